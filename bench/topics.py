"""Which topics statements get: every topic mentioned (the old rule) against their subjects.

    python -m bench.topics [--show N] [FOLDER]

FOLDER (default ../shared/realworld/wh-press-briefings-2021) holds *.txt documents. Each is
parsed and tagged with the starting topic vocabulary, as the importer tags it: "mentioned" is a
statement's topics when any mention tagged it (the rule before issue 10), "subjects" the topics
it is about (``TopicMatcher.subjects``). Prints topics per statement under both rules, the most
frequent topics, and with --show N the tags of N documents spread over the folder, with each
topic's mentions, to read by hand.
"""

from __future__ import annotations

import argparse
import statistics
from collections import Counter
from importlib import import_module
from pathlib import Path

from statements.parsing import parse
from statements.parsing.text import decode
from statements.parsing.topics import WORD, TopicMatcher

FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld"
FOLDER = FOLDER / "wh-press-briefings-2021"


def vocabulary() -> TopicMatcher:
    topics = import_module("statements.migrations.0002_topic_vocabulary").TOPICS
    return TopicMatcher({name: keywords for name, _, keywords in topics})


def tag(matcher: TopicMatcher, text: str) -> dict:
    doc = parse(text)
    heading = "\n".join([doc.title, doc.subtitle])
    parts = [t.text for t in doc.turns]
    body = "\n".join(parts)
    mentioned = set(matcher.topics(heading)) | set(matcher.topics(body))
    return {
        "title": doc.title,
        "words": len(WORD.findall(body)),
        "mentioned": sorted(mentioned, key=matcher.order.__getitem__),
        "subjects": matcher.subjects(heading, parts),
        "mentions": {topic: matcher.mentions(topic, body) for topic in mentioned},
    }


def line(name: str, counts: list[int]) -> str:
    return (
        f"{name:10} mean {statistics.mean(counts):5.2f}  median {statistics.median(counts):4}"
        f"  max {max(counts):3}  none {sum(1 for c in counts if not c):4}"
    )


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FOLDER)
    parser.add_argument("--show", type=int, default=0, help="print N documents' tags")
    args = parser.parse_args(argv)
    matcher = vocabulary()
    files = sorted(args.folder.glob("*.txt"))
    results = [tag(matcher, decode(path.read_bytes())[0]) for path in files]
    print(f"{len(files)} documents in {args.folder}")
    print("topics per statement:")
    for rule in ("mentioned", "subjects"):
        print("  " + line(rule, [len(r[rule]) for r in results]))
    for rule in ("mentioned", "subjects"):
        common = Counter(t for r in results for t in r[rule]).most_common(8)
        print(f"most frequent, {rule}: " + ", ".join(f"{t} {n}" for t, n in common))
    step = max(1, len(results) // args.show) if args.show else 0
    for path, result in list(zip(files, results, strict=True))[::step] if step else []:
        print(f"\n{path.name}: {result['title']} ({result['words']} words)")
        for topic in result["mentioned"]:
            mark = "subject" if topic in result["subjects"] else "       "
            print(f"  {mark}  {topic} ({result['mentions'][topic]} mentions)")


if __name__ == "__main__":
    main()
