"""Merging duplicate people or outlets into one record, keeping every other name as an alias."""

from django.db import transaction
from django.db.models import Count

from statements.index_state import mark_changed
from statements.models import Exchange, Outlet, Person, Turn
from statements.signals import statements_changed

# Which foreign keys point at each kind of record, and so have to move on a merge.
REFERENCES = {
    Person: [(Turn, "speaker"), (Exchange, "journalist")],
    Outlet: [(Turn, "outlet"), (Exchange, "outlet")],
}


def pick_target(records):
    """The record to keep: the one most referred to, then the oldest."""
    model = type(records[0])
    counts = model.objects.filter(pk__in=[r.pk for r in records]).annotate(
        uses=Count("turns", distinct=True) + Count("exchanges", distinct=True)
    )
    return max(counts, key=lambda r: (r.uses, -r.pk))


def merge(target, others) -> set[int]:
    """Move everything that refers to ``others`` onto ``target`` and delete ``others``.

    Their names and aliases become aliases of ``target``. Returns the ids of the statements
    whose turns or exchanges changed, after announcing them through ``statements_changed``.
    """
    model = type(target)
    others = [o for o in others if o.pk != target.pk]
    if not others:
        return set()
    other_ids = [o.pk for o in others]
    touched: set[int] = set()
    with transaction.atomic():
        for ref_model, field in REFERENCES[model]:
            moved = ref_model.objects.filter(**{f"{field}__in": other_ids})
            touched.update(moved.values_list("statement_id", flat=True))
        mark_changed(touched)  # the statements first, as an import locks them
        for ref_model, field in REFERENCES[model]:
            ref_model.objects.filter(**{f"{field}__in": other_ids}).update(**{field: target})
        for other in others:
            target.add_alias(other.name)
            for alias in other.alias_list:
                target.add_alias(alias)
        target.save()
        model.objects.filter(pk__in=other_ids).delete()
        transaction.on_commit(lambda: statements_changed.send(sender=model, ids=touched))
    return touched
