"""What the writer leaves beside each index segment for the next process: the columns and lengths
a search needs, read without decoding; a missing, stale or damaged one is not trusted."""

from pathlib import Path

import pytest
from django.conf import settings
from haystack import connections

from statements.indexing import reindex_statements
from statements.search_backend import backend as engine
from statements.search_backend.snapshot import POSTINGS_CACHE
from tests.factories import make_outlet, make_person, make_press_conference

pytestmark = pytest.mark.django_db

INDEX = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])


@pytest.fixture
def indexed(search_index):
    sg, afp = make_person("Jens Stoltenberg"), make_outlet("AFP")
    statements = [
        make_press_conference(
            f"Briefing {i}",
            speaker=sg,
            opening="Allies discussed readiness.",
            exchanges=[(make_person(f"Journalist {i}"), afp, "Drones?", "Yes.")],
        )
        for i in range(4)
    ]
    reindex_statements(s.pk for s in statements[:3])
    reindex_statements([statements[3].pk])  # a second segment
    return statements


def fresh_process_search(client, **params):
    """A search as a new worker would make it: no snapshot, no decoded data in memory."""
    engine._snapshots.clear()
    POSTINGS_CACHE.entries.clear()
    return client.get("/search/", params).context


def facets(context):
    return {group.name: [(i.value, i.count) for i in group.items] for group in context["facets"]}


def test_every_segment_has_its_sidecar_and_a_new_process_uses_it(client, indexed):
    snap = connections["default"].get_backend().snapshot()
    assert len(snap.segments) >= 2
    for data in snap.segments:
        assert (INDEX / f"{data.segid}.fast").exists()
    engine._snapshots.clear()
    fresh = connections["default"].get_backend().snapshot()
    assert all(data.sidecar is not None for data in fresh.segments)
    context = fresh_process_search(client, q="drones")
    assert context["count"] == 4
    assert dict(facets(context)["journalist"]) == {f"journalist-{i}": 1 for i in range(4)}


def test_without_sidecars_the_counts_are_the_same_and_the_sidecars_come_back(client, indexed):
    with_sidecars = fresh_process_search(client, q="readiness OR drones")
    for path in INDEX.glob("*.fast"):
        path.unlink()
    without = fresh_process_search(client, q="readiness OR drones")
    assert without["count"] == with_sidecars["count"] > 0
    assert facets(without) == facets(with_sidecars)
    assert len(list(INDEX.glob("*.fast"))) == len(
        connections["default"].get_backend().snapshot().segments
    )


def test_a_damaged_or_stale_sidecar_is_ignored(client, indexed):
    expected = fresh_process_search(client, q="readiness")
    first, second = sorted(INDEX.glob("*.fast"))[:2]
    first.write_bytes(b"NATOFAST" + b"\xff" * 40)  # damaged
    second.write_bytes((INDEX / first.name).read_bytes())  # another segment's (stale)
    context = fresh_process_search(client, q="readiness")
    assert context["count"] == expected["count"]
    assert facets(context) == facets(expected)


def test_a_new_worker_opens_the_index_before_its_first_request(indexed):
    from statements.search_backend import warm_up

    engine._snapshots.clear()
    warm_up()
    assert str(INDEX) in engine._snapshots


def test_a_worker_starts_even_when_the_index_is_missing(search_index):
    import shutil

    from statements.search_backend import warm_up

    engine._snapshots.clear()
    shutil.rmtree(INDEX)
    warm_up()  # the search page reports it; starting the worker does not fail
    assert str(INDEX) not in engine._snapshots


def test_a_sidecar_gives_back_every_kind_of_column_as_written(tmp_path):
    import numpy as np
    from whoosh.filedb.filestore import FileStorage

    from statements.search_backend import sidecar

    class Segment:
        def segment_id(self):
            return "seg"

        def doc_count_all(self):
            return 70_000

    every = (["a"], np.arange(70_000), np.zeros(70_000))  # each document one value: not stored
    gaps = (["x", "y"], np.array([3, 4, 900, 69_999]), np.array([1, 0, 1, 1]))
    several = ([str(v) for v in range(300)], np.repeat(np.arange(5), 3), np.arange(15) * 20)
    unsorted = (["p", "q"], np.array([7, 2, 65_600]), np.array([0, 1, 1]))
    columns = {"every": every, "gaps": gaps, "several": several, "unsorted": unsorted}
    lengths = {"text": np.arange(70_000) % 256}
    sidecar.write(FileStorage(str(tmp_path)), Segment(), columns, lengths)
    found = sidecar.read(FileStorage(str(tmp_path)), Segment())
    for name, (values, docs, vals) in columns.items():
        got = found.column(name)
        order = np.argsort(docs, kind="stable")  # given back document by document
        assert got[0] == values
        assert got[1].tolist() == docs[order].tolist() and got[2].tolist() == vals[order].tolist()
        assert (got[1] + 70_000).max() == docs.max() + 70_000  # no overflow once offset
    assert found.lengths("text").tolist() == lengths["text"].tolist()
    # a byte a document for "every" and for the lengths; 8 bytes a document and value before
    assert (tmp_path / "seg.fast").stat().st_size < 2 * 70_000 + 4096
