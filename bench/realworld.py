"""How the parser reads real press briefings: who asked what, with no answer key.

    python -m bench.realworld [DIR ...] [--show N] [--sample N] [--seed S] [--names]

Each DIR (default ../shared/realworld/wh-press-briefings-2021, beside the checkout) holds
plain-text transcripts as a person copies them. Parse only (pure parsers, no database). What
every page shows serves as the key:

- question turns: each paragraph that begins with a ``Q`` label ("Q", "Q:", "Q.", "Q3:",
  followed by speech) is one question turn. Printed: the share of documents whose question-turn
  count equals the number of such paragraphs, and the documents that differ (``--show N``).
- questioners: the distinct names and outlets given to question turns, and those that do not
  look like a name or an outlet by a careful heuristic (greetings, openers, sentence pieces,
  common words printed in lower case elsewhere in the corpus): printed for a person to check.
- named: the share of question turns that name their journalist (a first name given alone
  included), by provenance, and the share named in full.
- principals: the upper-case speaker labels ("MS. PSAKI:", "SENIOR ADMINISTRATION OFFICIAL:")
  and the people the title names as briefers ("Press Briefing by Press Secretary Jen Psaki"):
  the share of documents where every one of them is found among the speakers: a label with a
  name by that person, an anonymous one ("MODERATOR:", or "MODERTOR:" read as the moderator) on
  its turns, a post printed alone ("THE PRESIDENT:") by its holder, or, where the document names
  no holder, by the post kept on its turns (counted apart: known by post only).
- people: the distinct names of the other speakers that do not look like a person's name
  (anonymous speakers, "Senior Administration Official", are nobody in the index: left out).

``--sample N`` prints N named question turns at random (with the words before them) for reading
by hand; ``--names`` prints every distinct questioner name and outlet with its count.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from bench.realworld_checks import (
    lower_words,
    name_problem,
    outlet_problem,
    paragraphs_opened_by_q,
    principals_found,
    question_turns,
)
from statements.parsing import document as d
from statements.parsing import parse
from statements.parsing.roles import is_anonymous
from statements.parsing.text import decode

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld"
DEFAULT_DIRS = [DEFAULT / "wh-press-briefings-2021"]


def run(dirs: list[Path], show: int, sample: int, seed: int, names: bool) -> int:
    paths = sorted(p for folder in dirs for p in folder.rglob("*") if p.suffix in (".txt", ".md"))
    if not paths:
        print("no documents found in " + ", ".join(map(str, dirs)), file=sys.stderr)
        return 1
    start = time.perf_counter()
    rows = []
    for path in paths:
        text, _ = decode(path.read_bytes())
        rows.append((path, text, parse(text)))
    elapsed = time.perf_counter() - start
    common = lower_words([text for _, text, _ in rows])

    exact, differ = 0, []
    asked = paragraphs = 0
    person_names: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    named = in_full = total = 0
    by_source: Counter[str] = Counter()
    principals_ok, unfound, by_post = 0, [], []
    speakers: Counter[str] = Counter()
    principal_words: set[str] = set()
    for path, text, doc in rows:
        questions = question_turns(doc)
        want = paragraphs_opened_by_q(text)
        asked, paragraphs = asked + len(questions), paragraphs + want
        if len(questions) == want:
            exact += 1
        else:
            differ.append((len(questions) - want, path.name, want))
        for turn in questions:
            total += 1
            if turn.speaker:
                in_full += 1
                person_names[turn.speaker] += 1
            if turn.speaker or turn.named_as:
                named += 1
                by_source[turn.name_source or "?"] += 1
            if turn.outlet:
                outlets[turn.outlet] += 1
        for canonical in doc.outlet_aliases.values():  # the importer makes these outlets too
            outlets[canonical] += 1
        for turn in doc.turns:
            if turn.kind != d.T_QUESTION and turn.speaker:
                speakers[turn.speaker] += 1
                principal_words.update(w.casefold() for w in turn.speaker.split())
        missing, post_only = principals_found(text, doc)
        if missing:
            unfound.append((path.name, missing))
        else:
            principals_ok += 1
        if post_only:
            by_post.append((path.name, post_only))

    n = len(rows)
    bad_names = {x: name_problem(x, common) for x in person_names}
    bad_names = {x: why for x, why in bad_names.items() if why}
    bad_outlets = {x: outlet_problem(x, common, principal_words) for x in outlets}
    bad_outlets = {x: why for x, why in bad_outlets.items() if why}
    bad_people = {}
    for x in speakers:
        if is_anonymous(x):
            continue  # kept on its turns as printed, nobody in the people index
        why = name_problem(x, common)
        if why:
            bad_people[x] = why
    distinct = len(person_names) + len(outlets)
    print(f"{n} documents parsed in {elapsed:.1f} s ({n / elapsed:.1f} documents/s)")
    print(
        f"question-turn count exact: {exact}/{n} = {100 * exact / n:.1f} % of documents "
        f"({asked} question turns for {paragraphs} Q paragraphs)"
    )
    print(
        f"questioners: {len(person_names)} distinct names, {len(outlets)} distinct outlets; "
        f"suspicious: {len(bad_names)} names, {len(bad_outlets)} outlets = "
        f"{100 * (len(bad_names) + len(bad_outlets)) / max(distinct, 1):.1f} % of {distinct}"
    )
    sources = ", ".join(f"{k} {v}" for k, v in by_source.most_common())
    print(
        f"named question turns: {named}/{total} = {100 * named / max(total, 1):.1f} %"
        + (f" (by {sources})" if sources else "")
        + f"; named in full: {in_full} = {100 * in_full / max(total, 1):.1f} %"
    )
    print(
        f"principals found: {principals_ok}/{n} = {100 * principals_ok / n:.1f} % of documents"
        f" ({len(by_post)} of them with a principal known by post only, no name given)"
    )
    print(
        f"other speakers: {len(speakers)} distinct, suspicious: {len(bad_people)} "
        f"({', '.join(sorted(bad_people)[:12])}{' ...' if len(bad_people) > 12 else ''})"
    )
    if bad_names or bad_outlets:
        print("\nsuspicious questioner names and outlets (check by hand):")
        for x, why in sorted(bad_names.items()):
            print(f"  name   {x!r} x{person_names[x]}: {why}")
        for x, why in sorted(bad_outlets.items()):
            print(f"  outlet {x!r} x{outlets[x]}: {why}")
    if bad_people:
        print("\nsuspicious speakers (check by hand):")
        for x, why in sorted(bad_people.items()):
            print(f"  {x!r} x{speakers[x]}: {why}")
    if show:
        print(f"\ndocuments whose question-turn count differs (first {show}, largest first):")
        for delta, name, want in sorted(differ, key=lambda r: -abs(r[0]))[:show]:
            print(f"  {delta:+d} of {want}  {name}")
        print(f"\ndocuments with principals not found (first {show}):")
        for name, missing in unfound[:show]:
            print(f"  {name}: {', '.join(missing)}")
        print(f"\ndocuments with a principal known by post only (first {show}):")
        for name, labels in by_post[:show]:
            print(f"  {name}: {', '.join(labels)}")
    if names:
        print("\nquestioner names:")
        for x, c in person_names.most_common():
            print(f"  {c:4d}  {x}")
        print("\noutlets:")
        for x, c in outlets.most_common():
            print(f"  {c:4d}  {x}")
    if sample:
        _print_sample(rows, sample, seed)
    return 0


def _print_sample(rows, size: int, seed: int) -> None:
    """Named question turns at random, with what was said before them, to read by hand."""
    found = []
    for path, _, doc in rows:
        for i, turn in enumerate(doc.turns):
            named = turn.speaker or turn.named_as
            if turn.kind == d.T_QUESTION and named and not turn.interpretation:
                before = doc.turns[i - 1].text[-160:] if i else ""
                found.append((path.name, turn, before))
    random.Random(seed).shuffle(found)
    print(f"\n{min(size, len(found))} named question turns at random (seed {seed}):")
    for n, (name, turn, before) in enumerate(found[:size], 1):
        who = turn.speaker or turn.named_as
        print(f"\n[{n}] {name} line {turn.line}: {who!r} ({turn.name_source}), {turn.outlet!r}")
        print("    before: ..." + " ".join(before.split()))
        print("    asks:   " + " ".join(turn.text[:220].split()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="folders of transcripts")
    parser.add_argument("--show", type=int, default=0, help="list N documents that differ")
    parser.add_argument("--sample", type=int, default=0, help="print N named questions")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sample")
    parser.add_argument("--names", action="store_true", help="print every questioner name")
    args = parser.parse_args(argv)
    return run(args.dirs or DEFAULT_DIRS, args.show, args.sample, args.seed, args.names)


if __name__ == "__main__":
    sys.exit(main())
