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
import re
import sys
import time
from collections import Counter
from pathlib import Path

from statements.parsing import document as d
from statements.parsing import parse
from statements.parsing.roles import is_anonymous, readable, split_role_name, word_set
from statements.parsing.text import decode, normalise

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld"
DEFAULT_DIRS = [DEFAULT / "wh-press-briefings-2021"]

# A paragraph opened by a question label: "Q", "Q:", "Q.", "Q3:", then speech (or nothing).
Q_PARAGRAPH = re.compile(r"^[*_]{0,3}Q\d{0,2}(?:[.:]|\s|$)")
# A line opened by one unmistakably ("Q:", "Q.", "Q" and several spaces): a paragraph even
# where the page lost the blank line before it.
Q_LINE = re.compile(r"^[*_]{0,3}Q\d{0,2}(?:[.:]\s|\s{2,}|[–—]\s)")
# An upper-case speaker label: "MS. PSAKI:", "SECRETARY BLINKEN:", "THE PRESIDENT:".
UPPER_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,5})\s?:(?:\s|$)")
# A line broken off inside a sentence: it ends on a word or a comma.
_BROKEN_OFF = re.compile(r"[\w,]$")
_NOT_LABELS = {"Q", "A", "END", "NOTE", "Q&A", "PM", "AM", "EST", "EDT", "UTC"}
# Words of a title after the briefers' names: "..., May 26, 2021", "En Route Rome", "on Russia".
_TITLE_TAIL = re.compile(
    r",?\s+(?:en route|aboard|on|before|after|at|in|to|via|following|during|previewing|"
    r"regarding|discussing|announcing|ahead of)\s.*$|"
    r",\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d.*$",
    re.I,
)
# Words of posts and bodies in a title, not of a briefer's name.
_POST_WORDS = word_set(
    """official officials team staff member members spokesperson spokesman briefers experts
    leaders secretary press deputy principal national security advisor adviser director council
    economic economics assistant chief coordinator administrator envoy special presidential
    senior president vice prime minister ambassador general officer commissioner surgeon chair
    co-chair co-chairs chairs agency affairs department policy house white response health
    climate domestic homeland energy education commerce transportation labor treasury state
    defense agriculture interior veterans housing urban development competitiveness cyber
    international emerging technology infrastructure implementation environmental protection
    management budget office administration covid-19 task force representative trade
    spokespeople governor mayor senator"""
)
# Speaker labels that say what someone does, not who they are: found when their turns are.
_ANONYMOUS = re.compile(
    r"\b(?:MODERATOR|OPERATOR|AIDE|STAFF(?:ER)?|PARTICIPANT|OFFICIALS?|SPEAKER|HOST|"
    r"INTERPRETER|UNIDENTIFIED|AUDIENCE|REPORTER|JOURNALIST|BRIEFER|VOICE)\b"
)
_HONORIFIC = re.compile(r"^(?:MR|MS|MRS|MISS|DR|GEN|ADM|AMB|SEC)\.?$")

# Words that never open or make a name or an outlet: greetings, thanks, openers, pronouns.
_NEVER = word_set(
    """hi hello hey thanks thank thankyou happy good morning afternoon evening yes yeah no
    okay ok sure well so and but or also just look second first third fourth finally lastly
    next last one two three sorry excuse please great right all i i'm i’m my we we're our you
    your he she it they this that these those there here what why how when where who which
    is are was were be been do does did have has had will would can could should may might
    not if then than because about on in at to for from with of by as just really actually
    question questions follow up quick real quickly back again another other more"""
)
_NAME_PARTICLES = word_set("de da del della der den di du la le van von bin al el ibn st")
_OUTLET_SMALL = word_set("of the and for de la el y am im du des der die das on")


def paragraphs_opened_by_q(text: str) -> int:
    """How many paragraphs begin with a question label (a line after a blank line, or every
    line when the text has no blank lines)."""
    rows = normalise(text).split("\n")
    blank_separated = sum(1 for row in rows if not row.strip()) * 4 >= sum(
        1 for row in rows if row.strip()
    )
    count, previous = 0, ""
    for row in rows:
        row = row.strip()
        if not row:
            previous = ""
            continue
        # "... bringing it down by" + "Q4.  Do you think ...": a sentence goes on, no label
        broken_off = bool(previous) and _BROKEN_OFF.search(previous) is not None
        if ((not previous or not blank_separated) and Q_PARAGRAPH.match(row)) or (
            Q_LINE.match(row) and not broken_off
        ):
            count += 1
        previous = row
    return count


def lower_words(texts: list[str]) -> set[str]:
    """Words printed more often in lower case than capitalised inside sentences: common
    words, not names ("thanks", "look", "second")."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for match in re.finditer(r"(?<=[a-z,;] )([A-Za-z][a-z'’]+)", text):
            word = match.group(1)
            (lower if word[0].islower() else upper)[word.casefold()] += 1
    return {w for w, n in lower.items() if n >= 3 and n > 2 * upper[w]}


def name_problem(name: str, common: set[str]) -> str:
    """Why ``name`` does not look like a person's name, or ""."""
    if re.search(r"[^\w\s.'’-]|\d", name):
        return "punctuation or digits"
    words = name.split()
    if not 1 <= len(words) <= 4:
        return "too many words"
    for i, word in enumerate(words):
        folded = word.casefold().strip(".")
        if folded in _NAME_PARTICLES and 0 < i < len(words) - 1:
            continue
        if not word[0].isupper():
            return f"lower-case word {word!r}"
        if folded in _NEVER:
            return f"not a name word {word!r}"
        if word.endswith(".") and len(folded) > 2 and i < len(words) - 1 and folded not in ("jr",):
            return f"sentence end {word!r}"
        if folded in common and len(words) == 1:
            return f"common word {word!r}"
    if all(w.casefold().strip(".") in common for w in words):
        return "common words"
    return ""


def outlet_problem(outlet: str, common: set[str], principal_words: set[str]) -> str:
    """Why ``outlet`` does not look like a news organisation's name, or ""."""
    if "?" in outlet or "!" in outlet:
        return "a question or exclamation"
    words = outlet.split()
    if not 1 <= len(words) <= 7:
        return "too many words"
    for i, word in enumerate(words):
        folded = word.casefold().strip(".,")
        if folded in _OUTLET_SMALL and i:
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return f"lower-case word {word!r}"
        if folded in _NEVER:
            return f"not an outlet word {word!r}"
        core = word.strip(".")
        if word.endswith(".") and i < len(words) - 1 and len(core) > 3 and not core.isupper():
            return f"sentence end {word!r}"
    if len(words) == 1 and words[0].casefold() in principal_words:
        return "a briefer's name"
    return ""


def upper_labels(text: str) -> list[str]:
    """The distinct upper-case speaker labels of a transcript, in order."""
    found: dict[str, None] = {}
    for row in normalise(text).split("\n"):
        match = UPPER_LABEL.match(row.strip())
        if not match:
            continue
        label = match["label"].strip()
        letters = [c for c in label if c.isalpha()]
        if len(letters) < 3 or label in _NOT_LABELS or not any(c.isupper() for c in letters):
            continue
        found[label] = None
    return list(found)


def title_briefers(title: str) -> list[str]:
    """The people a title names as briefers: "Press Briefing by Press Secretary Jen Psaki and
    Secretary of Energy Jennifer Granholm" -> ["Jen Psaki", "Jennifer Granholm"]."""
    _, by, rest = title.partition(" by ")
    if not by:
        return []
    rest = _TITLE_TAIL.sub("", rest)
    names = []
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", rest):
        part = re.sub(r"\s+of\s+(?:the\s+)?[A-Z]\w+$", "", part.strip())  # "... of Australia"
        words = part.split()
        if not words or not words[-1][:1].isupper():
            continue
        surname = words[-1].strip(".,")
        if surname.casefold() in _POST_WORDS or surname.isupper():
            continue
        names.append(surname)  # the surname is enough to find them among the speakers
    return names


def _surname(label: str) -> str:
    words = [w for w in label.replace(".", ". ").split() if not _HONORIFIC.match(w)]
    return words[-1].casefold() if words else ""


def principals_found(text: str, doc: d.ParsedDocument) -> tuple[list[str], list[str]]:
    """The principals (upper-case labels, title briefers) not found among the speakers, and
    those found by their post only: a label that prints a post and no name ("THE PRESIDENT:")
    where the document names nobody who holds it keeps the post on its turns, no person."""
    spoken = [t for t in doc.turns if t.kind != d.T_QUESTION]
    by_label: dict[str, set[str]] = {}
    roles_by_label: dict[str, set[str]] = {}
    for turn in spoken:
        key = " ".join(turn.speaker_label.split()).casefold()
        by_label.setdefault(key, set()).add(turn.speaker)
        roles_by_label.setdefault(key, set()).add(turn.role)
    speaker_words = {w.casefold() for t in spoken for w in re.split(r"[\s-]+", t.speaker) if w}
    missing, by_post = [], []
    for label in upper_labels(text):
        key = " ".join(label.split()).casefold()
        if key not in by_label:
            missing.append(label)
            continue
        named = [s for s in by_label[key] if s]
        if not named:
            roles = [r for r in roles_by_label[key] if r]
            if _ANONYMOUS.search(label) or any(is_anonymous(r) for r in roles):
                continue  # "MODERATOR:", and "MODERTOR:" where the parser read the moderator
            post = split_role_name(readable(label))
            if post[0] and not post[1] and roles:
                by_post.append(label)  # "THE PRESIDENT:" where nobody is named President
            else:
                missing.append(label)
            continue
        honorific = bool(_HONORIFIC.match(label.split()[0]))
        surname = _surname(label)
        if honorific and not any(surname in s.casefold() for s in named):
            missing.append(label)
    for surname in title_briefers(doc.title):
        if not all(p.casefold() in speaker_words for p in surname.split("-") if p):
            missing.append(surname)
    return missing, by_post


def question_turns(doc: d.ParsedDocument) -> list[d.ParsedTurn]:
    return [t for t in doc.turns if t.kind == d.T_QUESTION and not t.interpretation]


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
