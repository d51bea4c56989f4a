"""manage.py retag_statements: apply the topics' keyword rules again after they were edited."""

from collections import defaultdict

from django.core.management.base import BaseCommand
from django.db import transaction

from statements.models import Statement, Turn
from statements.signals import index_updates_deferred, statements_changed
from statements.tagging import Tagger


class Command(BaseCommand):
    help = (
        "Re-apply the topics' keyword rules to statements and their exchanges. Automatic tags "
        "that no rule matches any more are removed, new matches added; tags set by a person in "
        "the admin are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "slugs", nargs="*", metavar="SLUG", help="Only these statements (default: all)."
        )

    def handle(self, *args, slugs, verbosity, **options):
        tagger = Tagger()
        statements = Statement.objects.order_by("pk")
        if slugs:
            statements = statements.filter(slug__in=slugs)
        changed = set()
        total = 0
        for statement in statements.only("pk", "title", "subtitle").iterator(chunk_size=200):
            total += 1
            turns = list(
                Turn.objects.filter(statement=statement).values_list("exchange_id", "text")
            )
            texts = defaultdict(list)
            for exchange_id, text in turns:
                texts[exchange_id].append(text)
            rest = texts.pop(None, [])
            heading = [statement.title, statement.subtitle]
            wanted, per_exchange = tagger.topics_by_part(list(texts.values()), rest, heading)
            by_exchange = dict(zip(texts, per_exchange, strict=True))
            with transaction.atomic(), index_updates_deferred():
                if tagger.apply(statement.pk, wanted, by_exchange):
                    changed.add(statement.pk)
        if changed:
            statements_changed.send(sender=Statement, ids=changed)
        if verbosity >= 1:
            self.stdout.write(f"Re-tagged {total} statement(s); tags changed on {len(changed)}.")
