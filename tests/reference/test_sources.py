"""The source registry: who speaks, for which party, under the names reports use for them."""

from collections import defaultdict

import pytest

from skytruce.reference import source_registry
from skytruce.reference._keys import alias_key
from skytruce.reference.sources import SourceRegistry


@pytest.fixture(scope="module")
def registry() -> SourceRegistry:
    return source_registry()


def test_no_name_answers_for_two_sources(registry):
    owners = defaultdict(set)
    for source in registry:
        for alias in (source.name, *source.aliases):
            owners[alias_key(alias)].add(source.name)
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared


def test_an_oblast_administration_under_the_names_reports_use(registry):
    names = ["Odesa Regional Military Administration", "Odesa Oblast Military Administration", "Odessa RMA",
             "Odesa OVA", "Одеська ОВА", "Одесская областная военная администрация"]
    assert {registry.lookup(n).name for n in names} == {"Odesa Regional Military Administration"}
    assert registry.lookup("Kyiv Oblast Military Administration").name == "Kyiv Regional Military Administration"
    assert registry.lookup("Kyiv military administration").name == "Kyiv City Military Administration"


def test_a_regional_head_answers_to_the_administration_under_every_spelling(registry):
    spellings = ["Oleh Syniehubov", "Syniehubov", "Synehubov", "Oleg Synegubov", "Олег Синєгубов"]
    heads = {registry.lookup(s) for s in spellings}
    assert len(heads) == 1
    head = heads.pop()
    assert (head.party, head.type, head.affiliation) == ("UA", "local_authority", "Kharkiv Regional Military Administration")


def test_the_southern_defence_forces_are_not_the_southern_air_command(registry):
    south = registry.lookup("Southern Defence Forces")
    assert south.name == registry.lookup("Defence Forces of the South").name == "Defence Forces of the South of Ukraine"
    assert registry.lookup("Air Command South").name == "Air Force South Command"
    assert registry.lookup("Vladyslav Voloshyn").affiliation == registry.lookup("Humeniuk").affiliation == south.name


def test_a_minister_is_a_person_of_the_ministry_not_its_alias(registry):
    lavrov = registry.lookup("Sergey Lavrov")
    assert (lavrov.name, lavrov.affiliation) == ("Sergei Lavrov", "Russian Foreign Ministry")
    assert registry.lookup("Grossi").affiliation == "International Atomic Energy Agency"


def test_neighbouring_states_officials_with_their_party(registry):
    assert (registry.lookup("Muraveiko").party, registry.lookup("Mosteanu").party) == ("BY", "RO")
    assert registry.lookup("Nosatii").affiliation == "Moldovan Ministry of Defence"
    assert registry.lookup("Goryszewski").affiliation == "Operational Command of the Polish Armed Forces"


def test_news_agencies_are_each_their_own_source(registry):
    assert len({registry.lookup(n).name for n in ("TASS", "RIA Novosti", "Interfax")}) == 3
