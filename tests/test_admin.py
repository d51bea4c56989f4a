import pytest
from django.urls import reverse

from statements.models import Caption, Exchange, Outlet, Person, Statement, Topic, Turn
from tests.factories import make_exchange, make_outlet, make_person, make_statement, make_turn

pytestmark = pytest.mark.django_db

MODELS = [Statement, Person, Outlet, Topic, Turn, Exchange, Caption]


@pytest.fixture
def archive():
    statement = make_statement(title="Joint press conference")
    minister = make_person("Jens Stoltenberg")
    make_turn(statement, "Good afternoon.", speaker=minister, kind=Turn.Kind.STATEMENT)
    exchange = make_exchange(
        statement,
        make_person("Matthias Kolb"),
        make_outlet("Suddeutsche Zeitung"),
        answers=[(minister, "Well, NATO leaders made the decision.")],
    )
    Caption.objects.create(statement=statement, position=1, text="A man stands at a podium.")
    Topic.objects.create(name="Hypersonic weapons", keywords="hypersonic*")
    return statement, exchange


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_changelist_and_add_page_loads(admin_client, archive, model):
    opts = model._meta
    assert (
        admin_client.get(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        ).status_code
        == 200
    )
    assert (
        admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add")).status_code
        == 200
    )


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_change_page_loads(admin_client, archive, model):
    opts = model._meta
    obj = model.objects.first()
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    assert admin_client.get(url).status_code == 200


def statement_form_data(statement, changes=None):
    """The statement change form as the admin renders it, with ``changes`` applied.

    ``changes`` maps (inline prefix, row index) to the fields to change in that row.
    """
    changes = changes or {}
    from django.forms.models import model_to_dict

    data = {}
    for key, value in model_to_dict(statement).items():
        if key in {"topics", "id"} or value is None:
            continue
        data[key] = value
    data["date"] = statement.date.isoformat()
    for prefix, rows, fields in [
        ("statementtopic_set", [], []),
        (
            "turns",
            list(statement.turns.order_by("position")),
            [
                "position",
                "kind",
                "speaker_label",
                "speaker",
                "role",
                "outlet_label",
                "outlet",
                "text",
            ],
        ),
        ("exchanges", list(statement.exchanges.all()), []),
        (
            "captions",
            list(statement.captions.all()),
            ["position", "title", "alt_text", "text", "credit", "virin"],
        ),
    ]:
        data[f"{prefix}-TOTAL_FORMS"] = len(rows)
        data[f"{prefix}-INITIAL_FORMS"] = len(rows)
        for i, row in enumerate(rows):
            data[f"{prefix}-{i}-id"] = row.pk
            data[f"{prefix}-{i}-statement"] = statement.pk
            for field in fields:
                value = (
                    getattr(row, field + "_id", None)
                    if field in {"speaker", "outlet"}
                    else getattr(row, field)
                )
                data[f"{prefix}-{i}-{field}"] = "" if value is None else value
            for field, value in changes.get((prefix, i), {}).items():
                data[f"{prefix}-{i}-{field}"] = value
    return data


def test_editing_a_turns_text_saves_it_and_marks_the_statement_edited(admin_client, archive):
    statement, _ = archive
    assert not statement.edited
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    data = statement_form_data(statement, {("turns", 0): {"text": "Good evening, corrected."}})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    statement.refresh_from_db()
    assert statement.turns.get(position=1).text == "Good evening, corrected."
    assert statement.edited
    assert statement.edited_at is not None


def test_two_turns_can_swap_positions_in_one_save(admin_client, archive):
    statement, _ = archive
    first, second = statement.turns.order_by("position")[:2]
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    data = statement_form_data(
        statement, {("turns", 0): {"position": 2}, ("turns", 1): {"position": 1}}
    )
    assert admin_client.post(url, data).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.position, second.position) == (2, 1)


def test_two_turns_given_the_same_position_are_refused_with_a_message(admin_client, archive):
    statement, _ = archive
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    data = statement_form_data(statement, {("turns", 1): {"position": 1}})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Two rows cannot share position 1." in response.content.decode()
    assert sorted(statement.turns.values_list("position", flat=True)) == [1, 2, 3]


def test_saving_a_turn_on_its_own_marks_its_statement_edited(admin_client, archive):
    statement, _ = archive
    turn = statement.turns.get(position=1)
    url = reverse("admin:statements_turn_change", args=[turn.pk])
    data = {
        "statement": statement.pk,
        "position": 1,
        "kind": "statement",
        "speaker_label": turn.speaker_label,
        "speaker": turn.speaker_id,
        "text": "Changed.",
    }
    assert admin_client.post(url, data).status_code == 302
    statement.refresh_from_db()
    assert statement.edited


def test_merging_two_people_moves_their_turns_and_keeps_the_other_name(admin_client, archive):
    statement, exchange = archive
    kolb = exchange.journalist
    duplicate = make_person("M. Kolb")
    make_exchange(statement, duplicate, question="Another question?")
    url = reverse("admin:statements_person_changelist")
    response = admin_client.post(
        url,
        {"action": "merge_selected", "_selected_action": [kolb.pk, duplicate.pk]},
        follow=True,
    )
    assert response.status_code == 200
    # Both have one question; the older record is kept.
    assert not Person.objects.filter(pk=duplicate.pk).exists()
    kolb.refresh_from_db()
    assert kolb.alias_list == ["M. Kolb"]
    assert kolb.turns.count() == 2
    assert kolb.exchanges.count() == 2


def test_merging_outlets_moves_exchanges_to_the_most_used_one(admin_client, archive):
    statement, exchange = archive
    sdz = make_outlet("SDZ")
    make_exchange(statement, make_person(), sdz)
    make_exchange(statement, make_person(), sdz)
    url = reverse("admin:statements_outlet_changelist")
    admin_client.post(
        url, {"action": "merge_selected", "_selected_action": [exchange.outlet_id, sdz.pk]}
    )
    assert list(Outlet.objects.values_list("name", flat=True)) == ["SDZ"]
    sdz.refresh_from_db()
    assert sdz.alias_list == ["Suddeutsche Zeitung"]
    assert sdz.exchanges.count() == 3


def test_the_topic_page_says_how_its_rules_tag_statements_and_exchanges(admin_client, archive):
    topic = Topic.objects.get(name="Hypersonic weapons")
    page = admin_client.get(reverse("admin:statements_topic_change", args=[topic.pk]))
    assert "about once per 1,000 words" in page.content.decode()
    assert "retag_statements" in page.content.decode()
