"""The Whoosh engine's own reading of the index agrees with Whoosh's, block by block and
across segments, and ranks as BM25 would."""

import pytest
from haystack import connections
from whoosh.multiproc import MpWriter
from whoosh.searching import Searcher

from statements.indexing import reindex_statements
from statements.models import Statement, Turn
from statements.search_backend.snapshot import POSTINGS_CACHE
from tests.factories import make_press_conference, make_turn

pytestmark = pytest.mark.django_db


def test_bulk_decoded_postings_equal_whoosh_postings_over_several_blocks_and_segments(search_index):
    first = [
        make_press_conference(f"Briefing {i}", opening="Readiness and more readiness.")
        for i in range(150)
    ]
    reindex_statements(s.pk for s in first)  # one segment, posting lists longer than a block
    later = [make_press_conference(f"Update {i}", opening="Readiness again.") for i in range(5)]
    reindex_statements(s.pk for s in later)  # a second segment
    reindex_statements([first[3].pk])  # a deletion in the first segment, a third segment
    backend = connections["default"].get_backend()
    snap = backend.snapshot()
    assert len(snap.segments) >= 2
    searcher = Searcher(snap.reader, closereader=False)
    expected = list(searcher.postings("text", "readi").all_ids())
    ids, weights = snap.postings("text", "readi")
    assert ids[snap.alive[ids]].tolist() == expected  # deleted documents are masked later
    assert len(ids) > len(expected)
    assert len(expected) > 128  # the passages: a whole statement's text is indexed in its parts
    assert set(weights.tolist()) == {1.0, 2.0}  # "readiness" once or twice per document
    POSTINGS_CACHE.entries.clear()


def test_a_document_with_the_word_more_often_ranks_first(client, search_index):
    make_press_conference("Once", opening="Deterrence is discussed among many other words here.")
    make_press_conference("Thrice", opening="Deterrence, deterrence and deterrence.")
    reindex_statements(Statement.objects.values_list("pk", flat=True))
    results = client.get("/search/", {"q": "deterrence"}).context["results"]
    assert [r["title"] for r in results] == ["Thrice", "Once"]


def test_a_new_generation_keeps_the_decoded_data_of_unchanged_segments(search_index):
    statements = [make_press_conference(f"Briefing {i}") for i in range(3)]
    reindex_statements(s.pk for s in statements)
    backend = connections["default"].get_backend()
    before = backend.snapshot()
    before.column("year")
    reindex_statements([statements[0].pk])
    after = backend.snapshot()
    assert after is not before
    kept = set(before.segments_by_id) & set(after.segments_by_id)
    assert kept
    assert all(after.segments_by_id[s] is before.segments_by_id[s] for s in kept)


def test_facet_counts_over_a_new_generation_equal_those_of_an_index_opened_afresh(search_index):
    from statements.search_backend.backend import open_snapshot
    from tests.factories import make_topic, tag

    drones, budgets = make_topic("Drones"), make_topic("Budgets")
    statements = [make_press_conference(f"Briefing {i}") for i in range(6)]
    for i, statement in enumerate(statements):
        tag(statement, drones, *([budgets] if i % 2 else []))
    reindex_statements(s.pk for s in statements)
    backend = connections["default"].get_backend()
    before = backend.snapshot()
    assert before.column("topics").counts(before.alive)
    before.column("statement"), before.column("year")  # numbered: the next generation goes on
    tag(statements[0], budgets)  # a value new to the segment the edit writes
    statements[1].topics.remove(drones)
    reindex_statements([statements[0].pk, statements[1].pk])
    after = backend.snapshot()
    assert len(after.segments) >= 2
    fresh = open_snapshot(backend.path, None)
    try:
        for name in ("topics", "year", "statement"):
            assert sorted(after.column(name).counts(after.alive)) == sorted(
                fresh.column(name).counts(fresh.alive)
            )
            assert (after.column(name).mask(str(statements[0].pk)) == fresh.column(name).mask(
                str(statements[0].pk))).all()  # fmt: skip
        assert (after.single("day") == fresh.single("day")).all()
    finally:
        fresh.close()
    counts = dict(after.column("topics").counts(after.alive))
    assert counts["budgets"] > dict(before.column("topics").counts(before.alive))["budgets"]


def test_a_bulk_write_in_several_processes_indexes_everything_once(
    client, search_index, monkeypatch
):
    from statements.search_backend import backend as engine

    monkeypatch.setattr(engine, "BULK_STATEMENTS", 2)  # this small batch counts as bulk
    search_index.writer_procs = 2
    writer = search_index.writer(bulk=True)
    assert isinstance(writer, MpWriter)
    writer.cancel()
    statements = [
        make_press_conference(f"Briefing {i}", opening=f"Codeword{i} here.") for i in range(6)
    ]
    reindex_statements(s.pk for s in statements)
    reindex_statements(s.pk for s in statements)  # again: replaced, not added twice
    assert client.get("/search/", {"q": "briefing", "show": "statements"}).context["count"] == 6
    for i in range(6):
        assert client.get("/search/", {"q": f"codeword{i}"}).context["count"] == 1


def test_a_batch_beyond_the_writer_memory_is_committed_as_several_segments(
    client, search_index, monkeypatch
):
    monkeypatch.setattr(search_index, "limit_mb", 0)  # every 64 documents make a full segment
    statements = [
        make_press_conference(f"Briefing {i}", opening=f"Readiness codeword{i}.") for i in range(40)
    ]
    reindex_statements(s.pk for s in statements)
    snap = connections["default"].get_backend().snapshot()
    assert len(snap.segments) >= 2
    assert client.get("/search/", {"q": "readiness"}).context["count"] == 40
    assert client.get("/search/", {"q": "briefing", "show": "statements"}).context["count"] == 40
    assert client.get("/search/", {"q": "codeword39"}).context["count"] == 1


def test_whole_statements_rank_the_same_whether_their_word_is_rare_or_common(
    client, search_index, monkeypatch
):
    from statements.search_backend import evaluate

    make_press_conference("Once", opening="Hypersonic missiles were named once.")
    twice = make_press_conference("Twice", opening="Hypersonic, and hypersonic again.")
    make_turn(twice, "A later passage says hypersonic a third time.", kind=Turn.Kind.STATEMENT)
    make_press_conference("Never", opening="Nothing about missiles here.")
    reindex_statements(Statement.objects.values_list("pk", flat=True))
    found = {}
    for sparse in (0, 10**9):  # summed over the word's own documents, or over the whole index
        monkeypatch.setattr(evaluate, "SPARSE", sparse)
        response = client.get("/search/", {"q": "hypersonic", "show": "statements"})
        found[sparse] = [r["title"] for r in response.context["results"]]
    assert found[0] == found[10**9] == ["Twice", "Once"]


def test_a_word_is_marked_only_where_it_begins_a_word(client, search_index):
    make_press_conference("Senators", opening="The senator asked about NATO; Nato's senators too.")
    reindex_statements(Statement.objects.values_list("pk", flat=True))
    snippet = str(client.get("/search/", {"q": "nato"}).context["results"][0]["snippet"])
    assert snippet.count("<mark>") == 2
    assert "<mark>NATO</mark>" in snippet and "<mark>Nato</mark>&#x27;s" in snippet
    assert "se<mark>" not in snippet
