"""Signals of the statements app, and the switch that batches search-index updates.

``statements_changed`` is sent (after the transaction commits) when statements change through a
path that bypasses model signals or batches them: a bulk import, a merge of people or outlets,
a re-tagging. ``ids`` is the set of Statement primary keys to refresh in the search index;
``deleted`` (optional) the set of Statement primary keys that are gone. Senders give the
statements a new revision in the transaction that changes them
(``statements.index_state.mark_changed``), so that a crash before the index is written leaves
them marked for repair.

Inside ``index_updates_deferred()``, per-row model signals must not touch the search index:
the code that opened it sends ``statements_changed`` once, for everything it changed, so the
index is written by one writer in one commit. The state is per thread, so an import running in
one thread does not silence admin saves in another.
"""

import threading
from contextlib import contextmanager

from django.dispatch import Signal

statements_changed = Signal()  # kwargs: ids (set[int]), deleted (set[int], optional)

_state = threading.local()


@contextmanager
def index_updates_deferred():
    _state.depth = getattr(_state, "depth", 0) + 1
    try:
        yield
    finally:
        _state.depth -= 1


def index_updates_are_deferred() -> bool:
    return getattr(_state, "depth", 0) > 0
