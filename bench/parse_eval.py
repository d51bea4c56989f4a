"""Parser accuracy on hand-checked documents: ``python -m bench.parse_eval [-v] [FOLDER]``.

Each document FOLDER/NAME.txt (default tests/data/blind) has FOLDER/expected/NAME.json: what a
careful reader extracts from it. Every document goes through ``decode`` and ``parse`` as the
import command does, each expected field is compared with the parse, and a per-field accuracy
table is printed (documents passed, and for list fields the items found). ``-v`` also prints
every miss. The same comparison backs tests/test_parsing_blind_articles.py.

Expected fields (all optional): ``format``, ``kind``, ``organisation``, ``location`` (a value or
a list of acceptable values), ``title``, ``date``, ``byline`` (contained in the parsed byline),
``speakers`` ([{name, role}]; role a list of acceptable roles or null), ``n_questions``,
``people_mentioned_at_least``, ``captions`` ([{starts, photo_by, virin}], in order),
``quotes`` ([{contains, speaker}]; [] means none may be found), ``body_starts`` / ``body_ends``
(acceptable beginnings / endings of the body: its turns' texts, a newline between two), ``body_contains``, ``dropped`` (page chrome that
must appear in no body paragraph, title or caption), ``max_seconds`` and ``generate``.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from statements.parsing import parse
from statements.parsing.text import decode

BLIND = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind"
DEFAULT_SECONDS = 0.25  # generous on a shared 2-core machine; typical documents take ~ms
SCALARS = ("format", "kind", "organisation", "title", "date", "location", "byline")


@dataclass
class Check:
    """One field of one document: how many of its items matched, and what did not."""

    field: str
    total: int
    passed: int
    misses: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.passed == self.total


def big_document(size: int = 3_000_000) -> bytes:
    """A long plain report (about ``size`` bytes) of numbered paragraphs, built the same each time."""
    head = (
        "Annual Report on Allied Defence Cooperation\n\n31 January 2024\n\n"
        "This report describes the state of defence cooperation among the Allies in 2023.\n\n"
    )
    sentences = [
        "Allies continued to invest in air and missile defence, long-range fires and munitions.",
        "Exercises in the Baltic region tested the reinforcement of forward-deployed forces.",
        "The defence industrial base expanded production lines for artillery ammunition.",
        "Cooperation with partners in the Indo-Pacific deepened through regular consultations.",
        "Cyber defence centres shared information on malicious activity on a daily basis.",
    ]
    parts, n, length = [head], 0, len(head)
    while length < size:
        n += 1
        paragraph = f"{n}. " + " ".join(sentences[(n + i) % 5] for i in range(4)) + "\n\n"
        parts.append(paragraph)
        length += len(paragraph)
    return "".join(parts).encode()


def cases(folder: Path = BLIND) -> list[tuple[str, dict]]:
    """(name, expectation) for every expected/*.json of the folder, sorted by name."""
    return [
        (path.stem, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((folder / "expected").glob("*.json"))
    ]


def source(folder: Path, expected: dict) -> bytes:
    if expected.get("generate") == "big":
        return big_document()
    return (folder / expected["file"]).read_bytes()


def _norm(value: str) -> str:
    value = value.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+([,.])", r"\1", " ".join(value.split())).casefold()


def _one_of(value) -> list:
    return value if isinstance(value, list) else [value]


def _scalar(name: str, want, got) -> Check:
    got = got if got is not None else None
    if name == "byline":
        ok = any(_norm(w) in _norm(got or "") for w in _one_of(want)) and len(got or "") < 120
    elif name == "title" or name == "date":
        ok = any(got == w for w in _one_of(want))
    else:
        ok = any(_norm(got or "") == _norm(w or "") for w in _one_of(want))
    return Check(name, 1, int(ok), [] if ok else [f"{name}: got {got!r}, want {want!r}"])


def body_texts(summary: dict) -> list[str]:
    return [t["text"] for t in summary["turns"]]


def compare(summary: dict, want: dict, seconds: float) -> list[Check]:
    """Every expected field of one document against its parse summary."""
    checks = [_scalar(n, want[n], summary.get(n)) for n in SCALARS if n in want]
    names = [s["name"] for s in summary["speakers"]]
    if "speakers" in want:
        expected = [s["name"] for s in want["speakers"]]
        ok = sorted(names) == sorted(expected)
        checks.append(Check("speakers", 1, int(ok), [] if ok else [f"speakers: {names}"]))
        roles = {s["name"]: s["role"] for s in summary["speakers"]}
        judged = [s for s in want["speakers"] if s.get("role") is not None]
        hits = [
            s for s in judged if any(_norm(r) in _norm(roles.get(s["name"], "")) for r in s["role"])
        ]
        misses = [f"role of {s['name']}: {roles.get(s['name'])!r}" for s in judged if s not in hits]
        if judged:
            checks.append(Check("speaker roles", len(judged), len(hits), misses))
    if "n_questions" in want:
        ok = summary["n_questions"] == want["n_questions"]
        checks.append(
            Check(
                "n_questions", 1, int(ok), [] if ok else [f"n_questions {summary['n_questions']}"]
            )
        )
    if "people_mentioned_at_least" in want:
        known = set(summary["people_mentioned"]) | set(names)
        need = want["people_mentioned_at_least"]
        missing = [p for p in need if p not in known]
        checks.append(
            Check(
                "people mentioned",
                len(need),
                len(need) - len(missing),
                [f"not mentioned: {p}" for p in missing],
            )
        )
    if "captions" in want:
        checks.extend(_captions(summary["captions"], want["captions"]))
    if "quotes" in want:
        checks.append(_quotes(summary["quotes"], want["quotes"]))
    body = body_texts(summary)
    whole = "\n".join(body)  # a newline between turns: "We are ready\nhe said."
    if "body_starts" in want:
        ok = any(whole.startswith(w) for w in want["body_starts"])
        checks.append(
            Check("body starts", 1, int(ok), [] if ok else [f"body starts {whole[:70]!r}"])
        )
    if "body_ends" in want:
        ok = any(whole.endswith(w) for w in want["body_ends"])
        checks.append(Check("body ends", 1, int(ok), [] if ok else [f"body ends {whole[-70:]!r}"]))
    if "body_contains" in want:
        joined = "\n".join(body)
        lost = [w for w in want["body_contains"] if w not in joined]
        checks.append(Check("body contains", 1, int(not lost), [f"body lacks {w!r}" for w in lost]))
    if "dropped" in want:
        kept = [summary["title"]] + body + [c["text"] for c in summary["captions"]]
        left = [w for w in want["dropped"] if any(w in text for text in kept)]
        checks.append(
            Check("chrome dropped", 1, int(not left), [f"chrome kept: {w!r}" for w in left])
        )
    limit = want.get("max_seconds", DEFAULT_SECONDS)
    checks.append(
        Check("time", 1, int(seconds <= limit), [] if seconds <= limit else [f"{seconds:.3f}s"])
    )
    return checks


def _captions(got: list[dict], want: list[dict]) -> list[Check]:
    ok = len(got) == len(want)
    checks = [Check("caption count", 1, int(ok), [] if ok else [f"{len(got)} captions"])]
    total = passed = 0
    misses = []
    for i, w in enumerate(want):
        c = (
            got[i]
            if i < len(got)
            else {"text": "", "title": "", "alt_text": "", "photo_by": "", "virin": ""}
        )
        texts = (c["alt_text"], c["title"], c["text"])
        for name, good in (
            ("starts", any(t.startswith(s) for t in texts for s in w["starts"])),
            ("photo_by", _norm(c["photo_by"]) == _norm(w["photo_by"])),
            ("virin", c["virin"] == w["virin"]),
        ):
            total += 1
            passed += good
            if not good:
                misses.append(
                    f"caption {i + 1} {name}: {c.get('photo_by') if name == 'photo_by' else c.get(name if name == 'virin' else 'text', '')[:60]!r}"
                )
    if want:
        checks.append(Check("caption fields", total, passed, misses))
    return checks


def _quotes(got: list[dict], want: list[dict]) -> Check:
    if not want:
        return Check("quotes", 1, int(not got), [f"unexpected quote {q}" for q in got[:3]])
    misses = []
    for w in want:
        found = [q["speaker"] for q in got if w["contains"] in q["text"]]
        if w["speaker"] not in found:
            misses.append(f"quote {w['contains'][:40]!r}: {found or 'not found'}")
    return Check("quotes", len(want), len(want) - len(misses), misses)


def evaluate(folder: Path = BLIND) -> dict[str, list[Check]]:
    results = {}
    for name, want in cases(folder):
        data = source(folder, want)
        start = time.process_time()
        text, _ = decode(data)
        summary = parse(text).summary()
        seconds = time.process_time() - start
        results[name] = compare(summary, want, seconds)
    return results


def table(results: dict[str, list[Check]]) -> str:
    fields: dict[str, list[int]] = {}
    for checks in results.values():
        for c in checks:
            row = fields.setdefault(c.field, [0, 0, 0, 0])
            row[0] += 1
            row[1] += c.ok
            row[2] += c.total
            row[3] += c.passed
    lines = [f"{'field':18} {'docs ok':>9} {'%':>5}   {'items ok':>9} {'%':>5}"]
    for name, (docs, ok, items, hit) in fields.items():
        lines.append(
            f"{name:18} {ok:>4}/{docs:<4} {100 * ok / docs:5.0f}   {hit:>4}/{items:<4} {100 * hit / items:5.0f}"
        )
    docs_ok = sum(all(c.ok for c in checks) for checks in results.values())
    lines.append(f"documents fully right: {docs_ok}/{len(results)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=BLIND)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    results = evaluate(args.folder)
    if args.verbose:
        for name, checks in results.items():
            misses = [m for c in checks for m in c.misses]
            if misses:
                print(f"{name}:")
                for m in misses:
                    print(f"    {m}")
    print(table(results))


if __name__ == "__main__":
    main()
