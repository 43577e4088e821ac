"""Who claims it: the original source, its party and type; relays are kept as reporters."""

from tests.extract.helpers import only_claim


def claimant(text):
    c = only_claim(text).claimant
    return (c.name, c.party, c.type) if c else None


def test_said_by_a_registered_source():
    assert claimant("Air defences shot down 20 drones overnight, the Ukrainian air force said.") == (
        "Ukrainian Air Force", "UA", "military")


def test_according_to():
    assert claimant("According to the Ukrainian General Staff, Russia launched 40 drones.") == (
        "Ukrainian General Staff", "UA", "military")


def test_reported_on_telegram_by_a_person():
    assert claimant("Sobyanin reported on Telegram that three drones flying to Moscow were destroyed.") == (
        "Sergey Sobyanin", "RU", "local_authority")


def test_relayed_chain_keeps_the_original_source():
    claim = only_claim("The Ukrainian Air Force said 11 Shahed drones were shot down, Ukrinform reports.")
    assert claim.claimant.name == "Ukrainian Air Force"
    assert claim.claimant.reporter == "Ukrinform"


def test_unknown_governor_is_named_from_the_text():
    claim = only_claim("Governor Ivan Petrenko of the Kursk region said air defences destroyed 4 drones.")
    assert claim.claimant.name == "Ivan Petrenko"
    assert claim.claimant.type == "local_authority"


def test_pronoun_speakers_take_the_last_named_source():
    text = ("Ukraine's air force said Russia attacked overnight. “The enemy launched 25 Shahed drones,” "
            "the statement said.")
    assert only_claim(text).claimant.name == "Ukrainian Air Force"


def test_the_document_itself():
    assert claimant("Russian drones struck the port of Izmail overnight.") is None


def test_a_foreign_air_force_is_not_ukraines():
    claim = only_claim("The Polish Air Force scrambled jets after three Russian drones were shot down.")
    assert claim.claimant is None or claim.claimant.name != "Ukrainian Air Force"


def test_a_foreign_body_the_registry_lacks():
    claim = only_claim("A military-type drone that entered from Belarus crashed near Gaidziunai, Lithuania's armed "
                       "forces said.")
    assert (claim.claimant.name, claim.claimant.party, claim.claimant.type) == ("Lithuania's armed forces", "LT", "military")
