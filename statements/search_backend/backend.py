"""haystack's Whoosh backend, made fast and safe for concurrent writers.

Same index files, same haystack API (SearchQuerySet, facets, highlight, spelling), but:

- the schema stores exact fields unanalysed (``FacetCharField``/``FacetMultiValueField``), keeps
  no word positions, and adds a ``<field>_pairs`` field of neighbouring-word pairs for phrases
  and a ``day`` field (yyyymmdd) for date ranges and sorting;
- searches run on a per-process Snapshot refreshed only when the index generation changes, and
  are evaluated with whole-array operations (evaluate.py); facet counts are exact counts over
  the matched documents; snippets are made for the returned page only (highlight.py);
- every write takes the index lock with a generous timeout instead of failing with LockError,
  and ``replace_statements`` swaps all documents of a set of statements in one commit, reading
  the database only once the lock is held, so the last writer always writes the latest rows;
- a missing or damaged index raises SearchIndexUnavailable instead of being silently recreated;
  index files are read without mmap, so a truncated file is an error, not a SIGBUS (the newest
  generation is found and opened by generations.py).
"""

from __future__ import annotations

import logging
import os
import shutil
import threading

import numpy as np
from django.utils.encoding import force_str
from haystack.backends import log_query
from haystack.backends.whoosh_backend import WhooshSearchBackend
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.models import SearchResult
from whoosh.analysis import Filter, StemmingAnalyzer
from whoosh.fields import DATETIME, KEYWORD, STORED, TEXT, Schema
from whoosh.fields import ID as WHOOSH_ID
from whoosh.index import LockError
from whoosh.qparser import QueryParser

from statements.search_backend.evaluate import PAIR_SEPARATOR, Evaluator, order_hits, pairs_field
from statements.search_backend.generations import (
    UNREADABLE,
    SearchIndexUnavailable,
    index_version,
    open_snapshot,
)
from statements.search_backend.highlight import snippet, whole_text
from statements.search_backend.snapshot import POSTINGS_CACHE, Snapshot, codec
from statements.search_backend.spelling import suggest
from statements.search_backend.writer import FastSegmentWriter, supported

log = logging.getLogger("statements.search")

DAY_FIELD = "day"
# Fields holding a part of the content field's text (an exchange's questions, its answers): their
# phrases are looked up in the content's pairs, their words in themselves (no pairs of their own).
CONTENT_PARTS = ("question", "answers")
SUGGEST_BELOW = 5  # offer "did you mean" when a search finds fewer hits than this
BULK_STATEMENTS = 500  # a batch this large may use several indexing processes


def analyzer():
    return StemmingAnalyzer()


class PairFilter(Filter):
    """Each word joined to the one before it ("collective defence" -> "collect-defenc")."""

    def __call__(self, tokens):
        previous = None
        for token in tokens:
            text = token.text
            if previous is not None:
                token.text = f"{previous}{PAIR_SEPARATOR}{text}"
                yield token
            previous = text


_snapshots: dict[str, Snapshot] = {}
_snapshots_lock = threading.Lock()


class FastWhooshBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **options):
        super().__init__(connection_alias, **options)
        self.block_limit = int(options.get("BLOCK_LIMIT", 128))
        self.write_timeout = float(options.get("WRITE_TIMEOUT", 300))
        self.limit_mb = int(options.get("WRITER_MEMORY_MB", 128))
        self.writer_procs = int(options.get("WRITER_PROCS", 1))
        POSTINGS_CACHE.budget = int(options.get("POSTINGS_CACHE_MB", 128)) * 1024 * 1024
        self.scored_fields: set[str] = set()
        self.exact_fields: set[str] = set()
        self.pair_sources: list[str] = []
        self._schema_ready = False
        self._parsed: dict[str, object] = {}

    # --- schema ---

    def _prepare_schema(self):
        if not self._schema_ready:
            from haystack import connections

            fields = connections[self.connection_alias].get_unified_index().all_searchfields()
            self.content_field_name, self.schema = self.build_schema(fields)
            self.parser = QueryParser(self.content_field_name, schema=self.schema)
            self._schema_ready = True

    def setup(self, create: bool = False):
        """Open the index for writing. A missing index is only created when asked (``clear``:
        rebuild_index, clear_index, index_status --repair), never by one save behind the
        operator's back: that would hold only what the save touched."""
        self._prepare_schema()
        if not create:
            self._require_index()
        super().setup()  # opens (or, with create, creates) the index for writing
        self.storage.supports_mmap = False  # as for reading: see open_snapshot

    def _require_index(self):
        if index_version(self.path) is None:
            raise SearchIndexUnavailable(
                f"no search index at {self.path}: build it with python manage.py rebuild_index"
            )

    def delete_index(self):
        if os.path.exists(self.path):
            shutil.rmtree(self.path)
        self.setup(create=True)

    def build_schema(self, fields):
        schema = {
            ID: WHOOSH_ID(stored=True, unique=True),
            DJANGO_CT: WHOOSH_ID(stored=True),
            DJANGO_ID: STORED(),  # shown, never searched
        }
        content = ""
        self.scored_fields, self.pair_sources = set(), []
        self.exact_fields = {DJANGO_CT}
        for field in fields.values():
            name = field.index_fieldname
            if hasattr(field, "facet_for"):  # exact: filters and facets
                self.exact_fields.add(name)
                if field.is_multivalued:
                    schema[name] = KEYWORD(commas=True, lowercase=False, stored=field.stored)
                else:
                    schema[name] = WHOOSH_ID(stored=field.stored)
            elif field.field_type in ("date", "datetime"):
                schema[name] = DATETIME(stored=field.stored)
                schema[DAY_FIELD] = WHOOSH_ID()
                self.exact_fields.add(DAY_FIELD)
            elif not field.indexed:
                schema[name] = STORED()
            else:
                schema[name] = TEXT(
                    analyzer=analyzer(),
                    phrase=False,
                    stored=bool(field.document),
                    spelling=bool(field.document),
                )
                self.scored_fields.add(name)
                if name not in CONTENT_PARTS:
                    pairs = TEXT(analyzer=analyzer() | PairFilter(), phrase=False)
                    schema[pairs_field(name)] = pairs
                    self.scored_fields.add(pairs_field(name))
                    self.pair_sources.append(name)
                if field.document:
                    content = name
        return content, Schema(**schema)

    # --- writing ---

    def writer(self, bulk: bool = False):
        """An index writer, waiting for the lock (other threads, other processes). A ``bulk``
        writer analyses documents in WRITER_PROCS processes (fork) when that is above 1."""
        if not self.setup_complete:
            self.setup()
        self._require_index()
        self.index = self.index.refresh()
        options = {
            "timeout": self.write_timeout,
            "delay": 0.05,
            "codec": codec(self.block_limit),
            "limitmb": self.limit_mb,  # a bigger sorting pool: fewer runs to merge in bulk
        }
        try:
            if bulk and self.writer_procs > 1:
                options |= {"procs": self.writer_procs, "multisegment": True}
                return self.index.writer(**options)
            if supported(self.index.schema):
                pairs = {name: pairs_field(name) for name in self.pair_sources}
                plain = [name for name in CONTENT_PARTS if name in self.index.schema]
                del options["limitmb"]
                fields = (self.exact_fields, self.scored_fields)
                dates = [n for n, f in self.index.schema.items() if isinstance(f, DATETIME)]
                return FastSegmentWriter(  # dates are searched through DAY_FIELD
                    self.index, pairs=pairs, plain=plain, sidecar_fields=fields, unindexed=dates,
                    memory_mb=self.limit_mb, **options,
                )  # fmt: skip
            return self.index.writer(**options)
        except LockError as exc:
            raise LockError(
                f"the search index at {self.path} stayed locked for {self.write_timeout:.0f} s"
            ) from exc

    def whoosh_document(self, doc: dict) -> dict:
        doc = {k: self._from_python(v) for k, v in doc.items() if v is not None and k != "boost"}
        for name in self.pair_sources:
            doc[pairs_field(name)] = doc.get(name, "")
        when = doc.get("date")
        if hasattr(when, "strftime"):
            doc[DAY_FIELD] = f"{when:%Y%m%d}"
        return doc

    def update(self, index, iterable, commit=True):
        documents = [index.full_prepare(obj) for obj in iterable]
        if documents:
            self.write(documents=documents, replace=True, bulk=len(documents) >= BULK_STATEMENTS)

    def write(
        self, documents=(), *, delete_terms=(), make_documents=None, replace=False, bulk=False
    ):
        """One writer, one commit: delete by (field, value) terms, then add documents.

        ``make_documents`` (a callable) is called once the lock is held, so that what it reads
        from the database is at least as new as anything an earlier writer wrote.
        """
        writer = self.writer(bulk=bulk)
        try:
            for field, value in delete_terms:
                writer.delete_by_term(field, value)
            if make_documents is not None:
                documents = make_documents()
            for doc in documents:
                if replace:
                    writer.update_document(**self.whoosh_document(doc))
                else:
                    writer.add_document(**self.whoosh_document(doc))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise

    def replace_statements(self, ids, make_documents):
        self.write(
            delete_terms=[("statement", str(pk)) for pk in ids],
            make_documents=make_documents,
            bulk=len(ids) >= BULK_STATEMENTS,
        )

    def remove(self, obj_or_string, commit=True):
        from haystack.utils import get_identifier

        self.write(delete_terms=[(ID, get_identifier(obj_or_string))])

    def clear(self, models=None, commit=True):
        if models is None:
            self.delete_index()
            return
        from haystack.utils import get_model_ct

        self.write(delete_terms=[(DJANGO_CT, get_model_ct(m)) for m in models])

    # --- reading ---

    def snapshot(self) -> Snapshot:
        """This process's view of the latest index generation (opened once, then refreshed)."""
        self._prepare_schema()
        path = self.path
        with _snapshots_lock:
            current = _snapshots.get(path)
            version = index_version(path)
            if version is None:
                raise SearchIndexUnavailable(f"no search index at {path}")
            if current is not None and current.version == version:
                return current
            try:
                fresh = open_snapshot(path, current, (self.exact_fields, self.scored_fields))
            except SearchIndexUnavailable:
                raise
            except Exception as exc:  # whatever stops the files opening means they are damaged
                raise SearchIndexUnavailable(
                    f"the search index at {path} is damaged: {exc!r}"
                ) from exc
            if current is not None:
                # Closed before the new one is shown: the two share segment readers, which
                # (read without mmap) must not serve two searches at once.
                with current.lock:
                    current.close(keep=fresh.segments_by_id)
            _snapshots[path] = fresh
        return fresh

    @log_query
    def search(self, query_string, sort_by=None, start_offset=0, end_offset=None, fields="",
               highlight=False, facets=None, date_facets=None, query_facets=None,
               narrow_queries=None, spelling_query=None, within=None, dwithin=None,
               distance_point=None, models=None, limit_to_registered_models=None,
               result_class=None, **kwargs):  # fmt: skip
        query_string = force_str(query_string).strip()
        if not query_string:
            return {"results": [], "hits": 0, "facets": {}, "spelling_suggestion": None}
        while True:
            snap = self.snapshot()
            with snap.lock:
                if snap.closed:  # replaced by a newer generation meanwhile: take that one
                    continue
                try:
                    snap.check()  # a damaged segment: an error page, not what is cached
                    return self._search(
                        snap, query_string, sort_by, start_offset, end_offset, highlight,
                        facets, narrow_queries, spelling_query, models,
                        result_class or SearchResult,
                    )  # fmt: skip
                except UNREADABLE as exc:
                    raise SearchIndexUnavailable(
                        f"the search index at {self.path} is damaged: {exc!r}"
                    ) from exc

    def _search(self, snap, query_string, sort_by, start, end, highlight, facets, narrow,
                spelling_query, models, result_class):  # fmt: skip
        lifted = frozenset({self.content_field_name, pairs_field(self.content_field_name)})
        via = {name: self.content_field_name for name in CONTENT_PARTS if name in self.schema}
        evaluator = Evaluator(snap, self.schema, self.scored_fields, DAY_FIELD, lifted, via)
        hits = evaluator.run(self.parse(query_string))
        mask = hits.mask & snap.alive
        for nq in narrow or ():
            mask &= evaluator.run(self.parse(force_str(nq))).mask
        if models:
            from haystack.utils import get_model_ct

            allowed = np.zeros(snap.size, dtype=bool)
            for model in models:
                allowed |= snap.term_mask(DJANGO_CT, get_model_ct(model))
            mask &= allowed
        docs = np.flatnonzero(mask)
        total = len(docs)
        start = max(int(start or 0), 0)
        end = total if end is None else min(int(end), total)
        scores = hits.scores[docs] if hits.scores is not None else None
        days = snap.single(DAY_FIELD)[docs]
        page = order_hits(docs, scores, days, sort_by, end)[start:end]

        stems = {text for field, text in evaluator.terms if not field.endswith("_pairs")}
        stems.update(w for _, words in evaluator.phrases for w in words)
        tags = ("<mark>", "</mark>")
        if isinstance(highlight, dict):  # haystack's Elasticsearch options: pre_tags/post_tags
            tags = (
                highlight.get("pre_tags", ["<mark>"])[0],
                highlight.get("post_tags", ["</mark>"])[0],
            )
        results = []
        touched = np.flatnonzero(evaluator.touched) if evaluator.touched is not None else None
        for docnum, score in page:
            stored = snap.stored(int(docnum))
            app_label, model_name = stored[DJANGO_CT].split(".")
            extra = {k: v for k, v in stored.items() if k not in (DJANGO_CT, DJANGO_ID)}
            if highlight:
                text = whole_text(snap, int(docnum), stored, touched, self.content_field_name)
                extra["highlighted"] = {self.content_field_name: [snippet(text, stems, tags)]}
            results.append(
                result_class(app_label, model_name, stored[DJANGO_ID], float(score), **extra)
            )
        facet_counts = {"fields": {}, "dates": {}, "queries": {}}
        for name in facets or {}:
            counts = snap.column(name).counts(mask, docs)
            facet_counts["fields"][name] = sorted(counts, key=lambda vc: (-vc[1], vc[0]))
        suggestion = None
        if self.include_spelling and spelling_query and total < SUGGEST_BELOW:
            suggestion = suggest(snap, self.content_field_name, spelling_query)
        return {
            "results": results,
            "hits": total,
            "facets": facet_counts,
            "spelling_suggestion": suggestion,
        }

    def more_like_this(self, model_instance, additional_query_string=None, **kwargs):
        """Related documents, through ``search``: see related.py."""
        from statements.search_backend.related import more_like_this

        return more_like_this(self, model_instance, additional_query_string, **kwargs)

    def parse(self, query_string: str):
        """The Whoosh query for a query string (parsing is pure, so repeats are cached)."""
        parsed = self._parsed.get(query_string)
        if parsed is None:
            if len(self._parsed) > 1000:
                self._parsed.clear()
            parsed = self._parsed[query_string] = self.parser.parse(query_string)
        return parsed
