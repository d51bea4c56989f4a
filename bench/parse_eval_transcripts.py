"""How well the parser reads transcripts nobody tuned it on: per-field accuracy.

    python -m bench.parse_eval_transcripts [--verbose] [FOLDER]

FOLDER (default tests/data/blind_transcripts) holds pairs NAME.txt / NAME.json; each JSON says
what a careful reader extracts from the text: kind, organisation, title, date, speakers
[{name, role}], questioners [{name, outlet}] (those the text identifies by name or outlet),
n_questions, turns [{speaker, role, outlet, kind, starts}] and exchanges [{journalist, outlet,
question, answered_by}]. Any expected value may be {"any": [...]} where a reader could
reasonably write either. The table gives, per field, the share of documents read exactly
right, and for turns also the share of turns right after aligning the two sequences.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from statements.parsing import parse
from statements.parsing.text import decode

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind_transcripts"

FIELDS = [
    "kind",
    "organisation",
    "title",
    "date",
    "speakers",
    "speaker_roles",
    "questioners",
    "n_questions",
    "turns",
    "turn_text",
    "exchanges",
]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "‑": "-"})


def _plain(value) -> str:
    return re.sub(r"\s+", " ", str(value or "").translate(_QUOTES)).strip()


def _name(value) -> str:
    return _plain(value)


def _folded(value) -> str:
    text = _plain(value).casefold()
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"^the ", "", text)


def _role_equal(expected: str, actual: str) -> bool:
    """Roles as printed: "Secretary General" is the "NATO Secretary General" of the header."""
    a, b = _folded(expected), _folded(actual)
    if a == b:
        return True
    if not a or not b:
        return False
    return a.endswith(" " + b) or b.endswith(" " + a)


def _options(expected) -> list:
    if isinstance(expected, dict) and "any" in expected:
        return expected["any"]
    return [expected]


def matches(expected, actual, equal=None) -> bool:
    equal = equal or (lambda a, b: _name(a) == _name(b))
    return any(equal(option, actual) for option in _options(expected))


def _outlet_equal(a, b) -> bool:
    return _folded(a) == _folded(b)


def _title_equal(a, b) -> bool:
    return _folded(a) == _folded(b)


def _turn_equal(expected: dict, actual: dict) -> bool:
    """Who speaks, in what capacity, and for which outlet when asking."""
    if not matches(expected["speaker"], actual["speaker"]):
        return False
    if not matches(expected["kind"], actual["kind"]):
        return False
    if expected["kind"] == "question" or actual["kind"] == "question":
        return matches(expected.get("outlet", ""), actual["outlet"], _outlet_equal)
    return True


def _aligned(expected: list[dict], actual: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs of expected and actual turns that agree, in order (longest common subsequence)."""
    n, m = len(expected), len(actual)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if _turn_equal(expected[i], actual[j]):
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if _turn_equal(expected[i], actual[j]) and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((expected[i], actual[j]))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _starts(expected: str, text: str) -> bool:
    return _plain(expected) in _plain(text)[: len(_plain(expected)) + 40]


def compare(expected: dict, summary: dict) -> dict[str, tuple[bool, str]]:
    """Field -> (right, what differs) for one document."""
    out: dict[str, tuple[bool, str]] = {}

    def scalar(field, equal=None):
        ok = matches(expected[field], summary[field], equal)
        out[field] = (ok, "" if ok else f"expected {expected[field]!r}, got {summary[field]!r}")

    scalar("kind")
    scalar("organisation", _outlet_equal)
    scalar("title", _title_equal)
    scalar("date")
    scalar("n_questions", lambda a, b: a == b)

    got = summary["speakers"]
    want = expected["speakers"]
    ok = len(got) == len(want) and all(
        matches(w["name"], g["name"]) for w, g in zip(want, got, strict=False)
    )
    out["speakers"] = (ok, "" if ok else f"expected {[w['name'] for w in want]}, got {got}")
    roles_ok = ok and all(
        matches(w["role"], g["role"], _role_equal) for w, g in zip(want, got, strict=False)
    )
    out["speaker_roles"] = (roles_ok, "" if roles_ok else f"expected {want}, got {got}")

    got = [q for q in summary["questioners"] if q["name"] or q["outlet"]]
    want = expected["questioners"]
    ok = len(got) == len(want) and all(
        matches(w["name"], g["name"]) and matches(w["outlet"], g["outlet"], _outlet_equal)
        for w, g in zip(want, got, strict=False)
    )
    out["questioners"] = (ok, "" if ok else f"expected {want}, got {got}")

    got_turns = summary["turns"]
    # A written statement may be read as one turn or as one turn per paragraph: the closest
    # of the readings given counts.
    want_turns, pairs = max(
        ((option, _aligned(option, got_turns)) for option in _options(expected["turns"])),
        key=lambda item: len(item[1]) * 2 - abs(len(item[0]) - len(got_turns)),
    )
    ok = len(pairs) == len(want_turns) == len(got_turns)
    out["turns"] = (ok, "" if ok else _turn_diff(want_turns, got_turns))
    out["turns_share"] = (len(pairs), max(len(want_turns), len(got_turns)))
    texts_ok = ok and all(_starts(w["starts"], g["text"]) for w, g in pairs)
    out["turn_text"] = (
        texts_ok,
        ""
        if texts_ok
        else "; ".join(
            f"{w['starts']!r} vs {g['text'][:60]!r}"
            for w, g in pairs
            if not _starts(w["starts"], g["text"])
        )
        or "turns differ",
    )

    want_ex, got_ex = expected["exchanges"], summary["exchanges"]
    ok = len(want_ex) == len(got_ex) and all(
        matches(w["journalist"], g["journalist"])
        and matches(w["outlet"], g["outlet"], _outlet_equal)
        and len(w["answered_by"]) == len(g["answered_by"])
        and all(matches(a, b) for a, b in zip(w["answered_by"], g["answered_by"], strict=False))
        and _starts(w["question"], g["question"])
        for w, g in zip(want_ex, got_ex, strict=False)
    )
    out["exchanges"] = (
        ok,
        ""
        if ok
        else "expected "
        + json.dumps([(w["journalist"], w["answered_by"]) for w in want_ex], ensure_ascii=False)
        + " got "
        + json.dumps(
            [(g["journalist"], g["outlet"], g["answered_by"], g["question"][:30]) for g in got_ex],
            ensure_ascii=False,
        ),
    )
    return out


def _turn_diff(want: list[dict], got: list[dict]) -> str:
    def show(t):
        outlet = t["outlet"] if t["kind"] == "question" else ""
        return f"{t['speaker'] or '?'}/{t['kind']}" + (f"({outlet})" if outlet else "")

    lines = []
    for i in range(max(len(want), len(got))):
        w = show(want[i]) if i < len(want) else "-"
        g = show(got[i]) if i < len(got) else "-"
        mark = "  " if i < len(want) and i < len(got) and _turn_equal(want[i], got[i]) else "!!"
        lines.append(f"      {mark} {w:<45} {g}")
    return "\n" + "\n".join(lines)


def _timed(text: str) -> float:
    start = time.process_time()
    parse(text)
    return time.process_time() - start


def documents(folder: Path = FOLDER):
    """(name, text, expected) for every pair in ``folder``, sorted by name."""
    for path in sorted(folder.glob("*.txt")):
        text, _encoding = decode(path.read_bytes())
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        yield path.stem, text, expected


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FOLDER)
    parser.add_argument("--verbose", "-v", action="store_true", help="show what differs")
    args = parser.parse_args(argv)

    right = dict.fromkeys(FIELDS, 0)
    turns_right = turns_all = 0
    n = 0
    slowest = (0.0, "")
    for name, text, expected in documents(args.folder):
        n += 1
        summary = parse(text).summary()
        elapsed = min(_timed(text) for _ in range(3))  # warm, the least disturbed of three
        slowest = max(slowest, (elapsed, name))
        result = compare(expected, summary)
        share = result.pop("turns_share")
        turns_right += share[0]
        turns_all += share[1]
        wrong = [f for f in FIELDS if not result[f][0]]
        for field in FIELDS:
            right[field] += result[field][0]
        if args.verbose and wrong:
            print(f"\n{name}: {', '.join(wrong)}")
            for field in wrong:
                print(f"   {field}: {result[field][1]}")
    print(f"\n{n} documents")
    print(f"{'field':<15} right  share")
    for field in FIELDS:
        print(f"{field:<15} {right[field]:>5}  {right[field] / n:6.1%}")
    print(f"{'turns (each)':<15} {turns_right:>5}  {turns_right / max(turns_all, 1):6.1%}")
    print(f"slowest parse: {slowest[0] * 1000:.1f} ms ({slowest[1]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
