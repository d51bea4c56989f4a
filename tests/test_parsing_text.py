"""Decoding the bytes of a text file and cleaning its lines: every encoding a copied press page
arrives in reads the same, and what is not text is refused with a clear reason."""

import random

import pytest

from statements.parsing import read
from statements.parsing.text import UnreadableText, blocks, decode, lines

TEXT = "NATO “Summit” – Allies’ plan costs €5 million\n\nWe’re ready, Stoltenberg said.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8 with BOM"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le with BOM"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be with BOM"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_every_common_encoding_decodes_to_the_same_text(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_windows_1252_curly_apostrophe_and_euro_bytes_become_their_characters():
    text, encoding = decode(b"We\x92re ready \x96 it costs \x805 million.")
    assert text == "We’re ready – it costs €5 million."
    assert encoding == "cp1252"


def test_latin_1_accents_are_read():
    text, _ = decode("Le ministre a déclaré à Bruxelles: « Nous sommes prêts ».".encode("latin-1"))
    assert text == "Le ministre a déclaré à Bruxelles: « Nous sommes prêts »."


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_crlf_cr_and_lf_line_ends_give_the_same_lines(newline):
    text = newline.join(["Title", "", "First paragraph.", "Second line."])
    assert [line.text for line in lines(text)] == ["Title", "", "First paragraph.", "Second line."]


def test_odd_spaces_tabs_and_invisible_characters_are_cleaned():
    text = "NATO\u00a0Summit\u2003in\tMadrid\u200b\u200d\ufeff, soft\u00adhyphen \u202f!"
    assert lines(text)[0].text == "NATO Summit in Madrid, softhyphen  !"


def test_line_and_paragraph_separators_break_lines():
    assert [line.text for line in lines("one\u2028two\u2029three")] == ["one", "two", "", "three"]


def test_numbered_lines_keep_their_place_in_the_file():
    assert [(line.number, line.text) for line in lines("a\n\n  b  \n")] == [
        (1, "a"),
        (2, ""),
        (3, "b"),
        (4, ""),
    ]


def test_bullets_are_kept_in_the_text_and_start_their_own_line():
    source = lines("Allies agreed to:\n• spend more\n• train more\n")
    assert [[line.text for line in b] for b in blocks(source)] == [
        ["Allies agreed to:", "• spend more", "• train more"]
    ]


def test_a_line_broken_mid_sentence_is_joined_to_the_next():
    source = lines("Secretary of Defense Lloyd J. Austin III is\nattending the meeting.\n")
    assert [[line.text for line in b] for b in blocks(source)] == [
        ["Secretary of Defense Lloyd J. Austin III is attending the meeting."]
    ]


def test_decoded_text_reads_into_a_document():
    _, doc = read(TEXT.encode("utf-16"))
    assert doc.title == "NATO “Summit” – Allies’ plan costs €5 million"


# --- what is not text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b"  \r\n\t \n", "the file is empty (only white space)"),
        (b"\xef\xbb\xbf \n", "the file is empty (only white space)"),
        (b"\xff\xfe" + " \n".encode("utf-16-le"), "the file is empty (only white space)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00", "binary file (it contains NUL"),
        (b"%PDF-1.7\n" + bytes(range(0, 32)) * 20, "binary file (it contains NUL"),
        (b"\xff\xfe\x00\xd8", "not valid utf-16-le after its byte-order mark"),
    ],
)
def test_empty_white_space_and_binary_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(UnreadableText) as error:
        decode(data)
    assert str(error.value).startswith(reason)


@pytest.mark.parametrize("low", [0, 1, 128, 160])
def test_random_bytes_are_refused_as_binary(low):
    rng = random.Random(low)
    data = bytes(rng.randrange(low, 256) for _ in range(5000))
    with pytest.raises(UnreadableText) as error:
        decode(data)
    assert str(error.value).startswith("binary file")


def test_a_few_control_characters_in_real_text_are_tolerated():
    text, _ = decode(b"Title\x07\n\n" + b"A real paragraph of text. " * 20)
    assert text.startswith("Title")
