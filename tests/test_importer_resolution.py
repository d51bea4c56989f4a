"""Printed names resolve to one Person or Outlet however they are spelled, across documents."""

import pytest

from statements.importer import Resolver
from statements.models import Outlet, Person
from tests.factories import make_outlet

pytestmark = pytest.mark.django_db


def test_the_same_name_in_other_case_spacing_or_quotes_is_one_person():
    people = Resolver(Person)
    first = people.resolve("Jane’s  Brooks Tigner")
    assert people.resolve("JANE'S BROOKS TIGNER") == first
    assert Person.objects.get().name == "Jane’s Brooks Tigner"


def test_an_alias_learned_in_one_document_resolves_in_the_next():
    Resolver(Outlet).learn_alias("SDZ", "Suddeutsche Zeitung")
    later = Resolver(Outlet)  # a new import run loads the aliases from the database
    assert later.resolve("SDZ") == later.resolve("Süddeutsche Zeitung")
    outlet = Outlet.objects.get()
    assert outlet.name == "Suddeutsche Zeitung"
    assert outlet.alias_list == ["SDZ"]


def test_spacing_around_slashes_and_hyphens_does_not_split_an_outlet():
    outlets = Resolver(Outlet)
    assert outlets.resolve("Radio Free Europe/ Radio Liberty") == outlets.resolve(
        "Radio Free Europe/Radio Liberty"
    )
    assert outlets.resolve("Interfax - Ukraine") == outlets.resolve("Interfax-Ukraine")
    assert Outlet.objects.count() == 2


def test_an_alias_that_already_means_another_outlet_is_not_moved():
    make_outlet("Verdens Gang", aliases="VG")
    make_outlet("Voice of Germany")
    Resolver(Outlet).learn_alias("VG", "Voice of Germany")
    assert Outlet.objects.get(name="Voice of Germany").alias_list == []
    assert Resolver(Outlet).resolve("VG") == Outlet.objects.get(name="Verdens Gang").pk


def test_a_rolled_back_file_forgets_the_people_it_created():
    people = Resolver(Person)
    people.resolve("Someone New")
    Person.objects.all().delete()  # what the failed file's transaction rollback does
    people.rollback()
    pk = people.resolve("Someone New")
    assert Person.objects.filter(pk=pk).exists()
