"""Property tests: any text parses, without an exception and in time proportional to its size.

Hypothesis builds texts from the pieces that once made a step slow or could (long runs of
spaces, capitals, hyphens, commas, brackets, initials, labels, "Q:" lines, dates) repeated
up to tens of thousands of times, and from arbitrary characters. Each text must go through
the whole parser (``statements.parsing.read`` and ``parse``) and its main helpers without an
exception, within 2 s plus 5 s per MB of CPU time: a step that rescans a run of N characters
takes minutes at these sizes. The examples are derandomized and their number fixed, so that
the suite takes the same time in CI every run; the worst time per MB seen is printed at the
end of the module.
"""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from statements.parsing import UnreadableText, parse, read
from statements.parsing import labels as label_reader
from statements.parsing.chrome import strip
from statements.parsing.dates import find_dates
from statements.parsing.kinds import find_kind
from statements.parsing.places import date_line, is_place, title_place
from statements.parsing.text import lines

PIECES = [
    " ", "  ", "\t", "\u00a0", "\n", "\n\n", "A", "ANNA ", "Anna ", "anna ", "Anna-", "-", " - ",
    " – ", "—", ",", ", ", "Anna, ", ":", ": ", ".", ". ", "A.", "(", ")", "[", "]", "(via ",
    "[Interpretation] ", "[00:12] ", "00:12:45 ", "Q: ", "Q:", "A: ", "Q. ", "Q\n", "QUESTION: ",
    "Moderator: ", "Jens Stoltenberg: ", "MR. PRICE: ", "Anna Lee (Reuters): ", "Interpreter: ",
    "Q (Anna Lee, AP): ", "Press Conference, ", "Brussels, ", "in Brussels ", "7 October 2021 ",
    "07/10/2021 ", "Last updated: ", "“", "”", '"', "'", "’s ", "said ", "he said. ", "?", "!",
    "Photo by ", "VIRIN: ", "the ", "of ", "and ", "Secretary General ", "*", "_", "#", "> ",
    "\ue000", "\ue001", "<b>", "&",
]  # fmt: skip
RUN_LENGTH = st.integers(min_value=1, max_value=20_000)
runs = st.lists(st.tuples(st.sampled_from(PIECES), RUN_LENGTH), min_size=1, max_size=4).map(
    lambda parts: "".join(piece * n for piece, n in parts)
)
lines_of_pieces = st.lists(
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join), min_size=1, max_size=3_000
).map("\n".join)
any_text = st.one_of(runs, lines_of_pieces, st.text(max_size=3_000))
PROPERTY = settings(
    max_examples=60,
    deadline=None,  # the time is checked against the size below, not per example
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
WORST = {"per_mb": 0.0, "size": 0, "examples": 0}


@pytest.fixture(scope="module", autouse=True)
def report(request):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None and WORST["examples"]:
        with capture.global_and_fixture_disabled():
            reporter.write_line(
                f"\nparser property tests: {WORST['examples']} texts, worst "
                f"{WORST['per_mb']:.2f} s per MB (CPU, {WORST['size'] / 1e3:.0f} KB text)"
            )


def within_bound(function, text: str, *args):
    """Run ``function(text, *args)``; assert it took at most 2 s + 5 s per MB of CPU time."""
    size = len(text.encode("utf-8", "surrogatepass"))
    started = time.process_time()
    result = function(text, *args)
    seconds = time.process_time() - started
    allowed = 2 + 5 * size / 1e6
    assert seconds <= allowed, f"{seconds:.1f} s for {size} bytes (allowed {allowed:.1f} s)"
    WORST["examples"] += 1
    if size >= 20_000 and seconds / (size / 1e6) > WORST["per_mb"]:
        WORST["per_mb"], WORST["size"] = seconds / (size / 1e6), size
    return result


@PROPERTY
@given(any_text)
def test_any_text_parses_in_time_proportional_to_its_size(text):
    doc = within_bound(parse, text)
    assert doc.title is not None
    assert all(turn.text is not None for turn in doc.turns)


@PROPERTY
@given(any_text)
def test_any_bytes_of_text_are_read_or_refused_with_a_reason(text):
    data = text.encode("utf-8", "surrogatepass")
    try:
        within_bound(lambda _: read(data), text)
    except UnreadableText as exc:
        assert str(exc)


@PROPERTY
@given(any_text)
def test_the_label_readers_take_any_line(text):
    for line in [text, text.replace("\n", " ")]:
        within_bound(label_reader.read, line)
        within_bound(label_reader.read_alone, line)
        within_bound(label_reader.read_bare_answer, line)
        within_bound(label_reader.parse_journalist, line)


@PROPERTY
@given(any_text)
def test_the_header_helpers_take_any_line(text):
    line = text.replace("\n", " ")
    within_bound(find_kind, line)
    within_bound(title_place, line, {"Anna Lee"})
    within_bound(is_place, line)
    within_bound(date_line, line)
    within_bound(find_dates, line)


@PROPERTY
@given(any_text)
def test_the_page_chrome_is_stripped_from_any_text(text):
    within_bound(lambda t: strip(lines(t)), text)
