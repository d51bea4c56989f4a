"""Slugs for the archive's permalinks.

``unique_slug`` makes the slug a person, an outlet, a topic or a statement is reached by: the
slugified name or title, suffixed -2, -3... where another row of the same model has it already.
``SLUG_MAX`` is the length the models' slug fields are sized by.
"""

from django.utils.text import slugify

SLUG_MAX = 120


def unique_slug(model, text: str, *, max_length: int = SLUG_MAX, exclude_pk=None) -> str:
    """A slug for ``text`` that no other row of ``model`` has, suffixed -2, -3... if needed."""
    base = slugify(text)[:max_length].rstrip("-") or "untitled"
    taken = model.objects.filter(slug__startswith=base)
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    taken = set(taken.values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base[: max_length - len(str(n)) - 1]}-{n}"
    return slug
