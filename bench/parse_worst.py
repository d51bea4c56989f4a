"""Worst-case parsing time: ``python -m bench.parse_worst [--sizes 100000 1000000] [--only NAME]``.

Builds adversarial documents (long runs of spaces, capitals, hyphens, commas, brackets,
initials, labels, "Q:"/"A:" lines, quotations, dates, thousands of distinct speakers or roles)
at growing sizes and parses each with ``statements.parsing.parse`` in a child process, timing
its CPU seconds (so that other work on the machine counts little). It prints the time per MB
of every shape at every size, and the worst. A step that is not linear shows as a time per MB
that grows with the size; one that stalls is stopped after ``--timeout`` seconds and reported
as at least that.

``--profile NAME`` parses one shape at the largest size under cProfile and prints where the
time goes.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import random
import sys
import time


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


def _lines(make, size: int) -> str:
    """Lines ``make(i)`` joined until ``size`` characters."""
    out, total = [], 0
    for i in itertools.count():
        line = make(i)
        out.append(line)
        total += len(line) + 1
        if total >= size:
            return "\n".join(out)
    raise AssertionError  # pragma: no cover


def _words(rng: random.Random, vocabulary: list[str], size: int, joiner: str = "") -> str:
    out, total = [], 0
    while total < size:
        word = rng.choice(vocabulary)
        out.append(word)
        total += len(word) + len(joiner)
    return joiner.join(out)


_LABELISH = [
    "Q:", "A:", "Q.", "Q", "MR.", "Mr", "Jens", "STOLTENBERG", "Stoltenberg:", "Moderator:",
    "(NATO)", "[Interpretation]", "(through interpreter)", "Secretary", "General", ",", ", ",
    " ", "  ", "\n", "\n\n", "-", " - ", "–", ":", "(", ")", "[", "]", "00:12", "[00:12:45]",
    "“", "”", '"', "'", "?", ".", "said", "he said", "Press", "Conference", "Brussels",
    "7 October 2021", "07/10/2021", "Photo by", "VIRIN:", "the", "of", "in", "at", "A.", "D.C.",
    "Reuters", "AP", "Question", "(Lorne Cook, AP)", "Last updated:", "***", "_", "#",
]  # fmt: skip


def shapes() -> dict[str, object]:
    """Name -> function(size) -> text. Each is a shape some step once read in more than
    linear time, or one that could be."""
    rng = random.Random(11)
    surnames = ["".join(rng.choice("abcdefghij") for _ in range(7)) for _ in range(5000)]
    return {
        "spaces between words": lambda n: _repeat(" ", n, "Good afternoon", "everyone."),
        "spaces before a colon": lambda n: _repeat(" ", n, "Jens Stoltenberg", ": hi"),
        "tabs and odd spaces": lambda n: _repeat("\t\u00a0 \u2009", n, "Q", ": hi"),
        "capitals": lambda n: _repeat("A", n),
        "capital words": lambda n: _repeat("ANNA ", n),
        "capital words and a colon": lambda n: _repeat("Anna ", n, "", ":"),
        "hyphens": lambda n: _repeat("Anna-", n),
        "dashes": lambda n: _repeat(" – ", n, "Anna"),
        "commas then a colon": lambda n: _repeat("Anna, ", n, "", ":"),
        "a place repeated": lambda n: _repeat("Brussels, ", n, "Press Conference, "),
        "in places": lambda n: _repeat("in Brussels ", n, "Remarks "),
        "initials": lambda n: _repeat("A.", n, "Washington, ", "a."),
        "dots": lambda n: _repeat(". ", n, "Mr"),
        "opening brackets": lambda n: _repeat("(", n, "Jens "),
        "brackets with remarks": lambda n: _repeat("(via ", n, "[", "]]"),
        "square brackets": lambda n: _repeat("[Interpretation] ", n),
        "time codes": lambda n: _repeat("[00:12] ", n, "", "Jens Stoltenberg: hi"),
        "digits and colons": lambda n: _repeat("12:", n),
        "dates": lambda n: _repeat("7 October 2021, ", n),
        "numeric dates": lambda n: _repeat("07/10/2021 ", n),
        "quotation marks": lambda n: _repeat("“Anna ", n),
        "straight quotes": lambda n: _repeat('"', n, "He said "),
        "said clauses": lambda n: _repeat("“Yes,” said Anna Lee, ", n),
        "question marks on a line": lambda n: _repeat("Q: ", n),
        "one long line of words": lambda n: _words(rng, ["the", "NATO", "Anna", "said"], n, " "),
        "Q and A lines": lambda n: _lines(lambda i: "Q: Why?" if i % 2 == 0 else "A: Because.", n),
        "Q and interpreter lines": lambda n: _lines(
            lambda i: "Q: Why?" if i % 2 == 0 else "Interpreter: Because.", n
        ),
        "a role label repeated": lambda n: _lines(lambda i: "Minister: Yes.", n),
        "roles and named holders": lambda n: _lines(
            lambda i: f"Anna {surnames[i % 5000].title()}, Minister {i}:" if i % 2 else "Minister:",
            n,
        ),
        "distinct speakers": lambda n: _lines(
            lambda i: f"Anna {surnames[i % 5000].title()}{i}: Why?", n
        ),
        "distinct journalists": lambda n: _lines(
            lambda i: f"Q ({surnames[i % 5000].title()} {i}, Outlet {i}): Why?\nA: Yes.", n
        ),
        "moderator introductions": lambda n: _lines(
            lambda i: (
                f"Moderator: Next, Anna {surnames[i % 5000].title()} from Reuters.\n"
                "Q: Why?\nJens Stoltenberg: Because."
            ),
            n,
        ),
        "captions": lambda n: _lines(
            lambda i: f"(Photo by Anna Lee{i})\nVIRIN: 210101-D-AB123-{i:04d}", n
        ),
        "quotations with speakers": lambda n: _lines(
            lambda i: f"“We will,” said Anna {surnames[i % 5000].title()}, the minister.", n
        ),
        "quotations in one paragraph": lambda n: _repeat(
            "“We are ready,” Austin said, “to act.” The troops cheered. ",
            n,
            "Austin Visits Troops\n\nBy Jim Garamone, DOD News\n\nOct. 20, 2021\n\n"
            "WASHINGTON — Defense Secretary Lloyd J. Austin III met troops today.\n\n",
        ),
        "header lines": lambda n: _lines(
            lambda i: ["Press Conference", "Brussels, 7 October 2021", "Last updated: 7 Oct."][
                i % 3
            ],
            n,
        ),
        "blank lines": lambda n: _repeat("\n", n, "Title\n", "Q: hi"),
        "labelish tokens": lambda n: _words(rng, _LABELISH, n),
        "labelish words": lambda n: _words(rng, _LABELISH, n, " "),
    }


def _child(name: str, size: int, queue) -> None:
    from statements.parsing import parse

    text = shapes()[name](size)
    start = time.process_time()
    parse(text)
    queue.put((len(text.encode()), time.process_time() - start))


def measure(name: str, size: int, timeout: float) -> tuple[int, float, bool]:
    """(bytes, CPU seconds, finished) of parsing one shape at one size in a child process."""
    queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=_child, args=(name, size, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return size, timeout, False
    if child.exitcode != 0:
        raise SystemExit(f"{name} at {size} bytes: the parser failed (exit {child.exitcode})")
    size_bytes, seconds = queue.get()
    return size_bytes, seconds, True


def profile(name: str, size: int) -> None:
    import cProfile
    import pstats

    from statements.parsing import parse

    text = shapes()[name](size)
    profiler = cProfile.Profile()
    profiler.runcall(parse, text)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--only", help="shapes whose name contains this")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per parse")
    parser.add_argument("--profile", metavar="NAME", help="profile one shape, largest size")
    args = parser.parse_args(argv)
    if args.profile:
        profile(args.profile, max(args.sizes))
        return
    names = [n for n in shapes() if not args.only or args.only in n]
    worst = (0.0, "", 0)
    print(f"{'shape':30s}" + "".join(f"{s / 1e6:>9g} MB" for s in args.sizes) + "   (s/MB)")
    for name in names:
        cells = []
        for size in args.sizes:
            size_bytes, seconds, finished = measure(name, size, args.timeout)
            per_mb = seconds / (size_bytes / 1e6)
            cells.append(f"{'' if finished else '>'}{per_mb:11.2f}")
            if per_mb > worst[0]:
                worst = (per_mb, name, size)
        print(f"{name:30s}" + "".join(cells), flush=True)
    print(
        f"worst: {worst[0]:.2f} s per MB ({worst[1]}, {worst[2] / 1e6:g} MB; CPU seconds of "
        "the parse alone)"
    )


if __name__ == "__main__":
    sys.exit(main())
