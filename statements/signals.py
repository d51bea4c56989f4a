"""Signals of the statements app.

``statements_changed`` is sent (after the transaction commits) when statements change through a
path that bypasses model signals: a bulk import, a merge of people or outlets, a re-tagging.
``ids`` is the set of Statement primary keys to refresh; the search index listens to it.
"""

from django.dispatch import Signal

statements_changed = Signal()  # kwargs: ids (set[int]), deleted (bool, optional)
