"""The fast segment writer writes what Whoosh's own writer writes: the same terms, postings,
weights and field lengths for every field, so that searches, scores and highlights agree."""

import pytest
from whoosh import index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from statements.search_backend import postings
from statements.search_backend.backend import PairFilter, analyzer
from statements.search_backend.codec import CompactCodec
from statements.search_backend.snapshot import codec
from statements.search_backend.writer import FastSegmentWriter

SCHEMA = {
    "id": ID(stored=True, unique=True),
    "hit": ID(stored=True),
    "topics": KEYWORD(commas=True, lowercase=False),
    "title": STORED(),
    "text": TEXT(analyzer=analyzer(), phrase=False, stored=True, spelling=True),
    "text_pairs": TEXT(analyzer=analyzer() | PairFilter(), phrase=False),
    "question": TEXT(analyzer=analyzer(), phrase=False),
    "answers": TEXT(analyzer=analyzer(), phrase=False),
}

DOCUMENTS = [
    {
        "id": "1",
        "hit": "exchange",
        "topics": "russia,arms-control",
        "title": "Press conference",
        "text": "Q: Is NATO's U.S.-led missile defence ready? A: The allies' defences are ready.",
        "question": "Is NATO's U.S.-led missile defence ready?",
        "answers": "The allies' defences are ready, and ready again: 2%, 3.5% of GDP.",
    },
    {
        "id": "2",
        "hit": "turn",
        "topics": " climate, arms-control ,climate,, ",  # items stripped, repeats counted
        "title": "Speech",
        "text": "Ça va? Über-fast écoles, the the THE and a an; e-mail e—mail naïve café 42.",
        "question": "",
        "answers": "An answer in the answers field, with the words of the question: missile.",
    },
    {"id": "3", "hit": "statement", "title": "Empty", "text": ""},
]


def write(path, fast: bool):
    ix = index.create_in(str(path), Schema(**SCHEMA))
    options = {"codec": codec(128)}
    if fast:
        writer = FastSegmentWriter(
            ix, pairs={"text": "text_pairs"}, plain=["question", "answers"], **options
        )
    else:
        writer = ix.writer(**options)
    for document in DOCUMENTS:  # as the backend gives them: the pairs field gets the text
        writer.add_document(**document, text_pairs=document["text"])
    writer.commit()
    return index.open_dir(str(path))


def contents(ix):
    """Every field's terms with their postings (document, weight), and every field length."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        terms = {}
        for field, term in reader.all_terms():
            postings = reader.postings(field, term)
            found = []
            while postings.is_active():
                found.append((postings.id(), postings.weight()))
                postings.next()
            terms[field, term] = found
        lengths = {
            (field, doc): reader.doc_field_length(doc, field)
            for field in SCHEMA
            if ix.schema[field].scorable
            for doc in range(reader.doc_count_all())
        }
        stored = [reader.stored_fields(doc) for doc in range(reader.doc_count_all())]
        return terms, lengths, stored


@pytest.mark.parametrize("part", [1 << 20, 1, 3], ids=["one part", "a term a part", "parts of 3"])
def test_the_fast_writer_writes_the_same_index_as_whooshs_own(tmp_path, monkeypatch, part):
    # A big field is written a part of its terms at a time: the index is the same however cut.
    monkeypatch.setattr(postings, "PART_POSTINGS", part)
    (tmp_path / "fast").mkdir()
    (tmp_path / "whoosh").mkdir()
    fast = contents(write(tmp_path / "fast", fast=True))
    own = contents(write(tmp_path / "whoosh", fast=False))
    assert fast[0] == own[0]  # terms and postings
    assert fast[1] == own[1]  # field lengths
    assert fast[2] == own[2]  # stored fields
    fields = {field for field, _ in fast[0]}
    assert {"text", "text_pairs", "question", "answers", "topics", "hit"} <= fields


def test_a_word_found_in_one_document_takes_few_bytes_in_the_term_table(tmp_path):
    ix = write(tmp_path, fast=True)
    with ix.reader() as reader:
        terms = reader._terms
        term = "naïv-café".encode()
        row = terms._tindex[terms._keycoder("text_pairs", term)]
        postings = reader.postings("text_pairs", term)
        assert (postings.id(), postings.weight()) == (1, 1)
    # Whoosh's W3 table spends 23 bytes of term info and 75 of pickled posting on it (and 36
    # of hash table): here flags and count, its length byte, the document and its frequency.
    assert len(row) <= 4


def test_an_index_written_in_whooshs_own_format_is_read_and_merged_into_the_compact_one(tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    old = index.create_in(str(tmp_path / "old"), Schema(**SCHEMA))
    writer = old.writer(codec=W3Codec())  # an index written before the compact codec
    for document in DOCUMENTS[:2]:
        writer.add_document(**document, text_pairs=document["text"])
    writer.commit()
    new = contents(write(tmp_path / "new", fast=True))
    first_two = {term: [p for p in found if p[0] < 2] for term, found in new[0].items()}
    assert contents(old)[0] == {term: found for term, found in first_two.items() if found}
    writer = FastSegmentWriter(old, pairs={"text": "text_pairs"}, plain=["question", "answers"],
                               codec=codec(128))  # fmt: skip
    writer.add_document(**DOCUMENTS[2], text_pairs=DOCUMENTS[2]["text"])
    writer.commit(optimize=True)  # one segment, rewritten by the compact codec
    merged = index.open_dir(str(tmp_path / "old"))
    assert [type(s.codec()) for s in merged._segments()] == [CompactCodec]
    assert by_id(contents(merged)) == by_id(new)  # the merge may put documents in another order


def by_id(found):
    """``contents`` with documents named by their stored id rather than their number (spelling
    words: only the words, their one posting names no document)."""
    terms, lengths, stored = found
    ids = [fields.get("id") for fields in stored]
    return (
        {
            term: sorted((ids[doc], weight) for doc, weight in got)
            for term, got in terms.items()
            if not term[0].startswith("spell_")
        },
        {term for term in terms if term[0].startswith("spell_")},
        {(field, ids[doc]): length for (field, doc), length in lengths.items()},
        sorted(stored, key=lambda fields: fields.get("id")),
    )


def test_stored_fields_of_many_documents_read_back_exactly(tmp_path):
    schema = Schema(id=ID(stored=True, unique=True), title=STORED(), text=TEXT(stored=True))
    ix = index.create_in(str(tmp_path), schema)
    writer = ix.writer(codec=codec(128))
    expected = []
    for i in range(3000):  # enough for a preset dictionary and hundreds of blocks
        if i % 7 == 3:  # some documents store nothing
            writer.add_document(text=f"unstored {i}")
            expected.append({"text": f"unstored {i}"})
            continue
        fields = {"id": str(i), "title": f"Statement {i // 20}", "text": f"words {i} " * (i % 50)}
        writer.add_document(**fields)
        expected.append(fields)
    writer.commit()
    with index.open_dir(str(tmp_path)).searcher() as searcher:
        reader = searcher.reader()
        assert [reader.stored_fields(d) for d in range(3000)] == expected
        assert [reader.stored_fields(d) for d in (2999, 0, 1500, 1)] == [
            expected[d] for d in (2999, 0, 1500, 1)
        ]


def test_long_posting_lists_keep_their_frequencies_through_a_merge(tmp_path):
    ix = index.create_in(str(tmp_path), Schema(**SCHEMA))
    options = {"pairs": {"text": "text_pairs"}, "plain": ["question", "answers"]}
    for batch in (range(0, 150), range(150, 160)):  # two segments, then merged
        writer = FastSegmentWriter(ix, codec=codec(128), **options)
        for i in batch:
            text = "allies " * (1 + i % 3) + f"word{i}"
            writer.add_document(id=str(i), hit="turn", text=text, text_pairs=text)
        writer.commit(optimize=batch.start > 0)
    ix = index.open_dir(str(tmp_path))
    assert len(ix._segments()) == 1
    with ix.reader() as reader:
        postings = reader.postings("text", b"alli")  # 160 postings: in blocks, not inlined
        ids = [reader.stored_fields(d)["id"] for d in postings.all_ids()]
        postings = reader.postings("text", b"alli")
        found = []
        while postings.is_active():
            found.append((postings.weight(), postings.value_as("frequency")))
            postings.next()
    assert sorted(ids, key=int) == [str(i) for i in range(160)]
    assert sorted(found) == sorted((1 + int(i) % 3, 1 + int(i) % 3) for i in ids)
