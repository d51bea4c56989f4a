"""The fast segment writer writes what Whoosh's own writer writes: the same terms, postings,
weights and field lengths for every field, so that searches, scores and highlights agree."""

from whoosh import index
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from statements.search_backend.backend import PairFilter, analyzer
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
        "topics": "climate",
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


def test_the_fast_writer_writes_the_same_index_as_whooshs_own(tmp_path):
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
    # Whoosh's term info (23 bytes), then the inlined posting: 75 bytes as Whoosh pickles it.
    assert len(row) <= 23 + 17
