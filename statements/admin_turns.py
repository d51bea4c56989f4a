"""Which of a statement's turns its admin change page lists (statements/admin.py's TurnInline).

A transcript of hundreds of turns is too long for one form (and for Django's limit on posted
fields): the page lists PER_PAGE turns at a time, or those with the words looked for.
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q


class TurnPage:
    """Which turns the statement's change page lists: ``?find=`` words (all of them, in the
    text, the label, the speaker's name, the role or the outlet; a number is a position),
    a page of PER_PAGE (``?turns=``), or the page holding position ``?at=``."""

    PER_PAGE = 50

    def __init__(self, request, turns):
        self.find = request.GET.get("find", "").strip()[:200]
        for word in self.find.split():
            match = (
                Q(text__icontains=word)
                | Q(speaker_label__icontains=word)
                | Q(speaker__name__icontains=word)
                | Q(role__icontains=word)
                | Q(outlet_label__icontains=word)
            )
            turns = turns.filter(match | Q(position=word) if word.isdigit() else match)
        keys = list(turns.order_by("position").values_list("pk", "position"))
        self.paginator = Paginator(keys, self.PER_PAGE)
        at = request.GET.get("at", "")
        number = request.GET.get("turns", "1")
        if at.isdigit():
            before = sum(1 for _, position in keys if position < int(at))
            number = before // self.PER_PAGE + 1
        self.page = self.paginator.get_page(number)
        self.pks = [pk for pk, _ in self.page.object_list]
        self.params = {"find": self.find} if self.find else {}

    def url(self, number) -> str:
        return "?" + urlencode({**self.params, "turns": number}) + "#turns-group"

    @property
    def links(self) -> list[tuple[int, str, bool]]:
        current = self.page.number
        return [(n, self.url(n), n == current) for n in self.paginator.page_range]
