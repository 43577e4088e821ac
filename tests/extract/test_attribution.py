"""Who claims it: the original source, its party and type; relays are kept as reporters."""

from datetime import date

import pytest

from skytruce.extract import extract_claims
from skytruce.extract.pipeline import read
from tests.extract.helpers import claims_of, only_claim


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


def test_per_relays_the_source_named_right_after_it():
    assert claimant("Per the Romanian defence ministry, two drones fell near Galati overnight.")[0] == \
        "Romanian Ministry of National Defence"
    text = ("The breakdown by type, per the Ukrainian General Staff:\n"
            "- 31 Shahed drones, 24 of them shot down;\n"
            "- two Iskander-M missiles.")
    assert {c.claimant.name for c in claims_of(text)} == {"Ukrainian General Staff"}


def test_a_statement_given_by_a_body_names_the_voice_of_the_list_after_it():
    text = ("09:10\nMayor Ihor Polishchuk said debris fell on a garage in Lutsk.\n\n"
            "09:40\nThe air force has published its overnight figures. Russia launched 40 missiles, it said. "
            "The missiles were aimed at energy sites in the west.\n\n"
            "The breakdown given by the air force:\n"
            "• 30 Kh-101 missiles from the Saratov region;\n"
            "• 10 Kalibr missiles from the Black Sea.")
    claims = [c for c in claims_of(text, date(2025, 1, 15)) if any(w.launched for w in c.weapons)]
    assert {c.claimant.name for c in claims} == {"Ukrainian Air Force"}


def test_a_list_opened_in_a_new_paragraph_speaks_in_the_voice_of_the_paragraph_before():
    text = ("Here is what the regional heads reported in the morning.\n\n"
            "Across Ukraine\n\n"
            "Ukraine's air force said Russia had launched 52 missiles and 90 drones. Air defence shot down 38 missiles "
            "and 71 drones.\n\n"
            "The missiles included:\n"
            "• 36 Kh-101 missiles from the Saratov region (30 shot down);\n"
            "• 16 Kalibr missiles from the Black Sea (8 shot down).\n\n"
            "Lviv region\n\n"
            "Governor Maksym Kozytskyi said four drones were downed.")
    claims = [c for c in claims_of(text) if any(w.launched for w in c.weapons)]
    assert {c.claimant.name for c in claims} == {"Ukrainian Air Force"}


def test_per_cent_is_no_relay():
    text = "Drones launched from the Bryansk region made up 40 per cent of the 75 the Ukrainian air force counted overnight."
    assert "Bryansk" not in (claimant(text) or ("",))[0]


def test_a_medium_after_according_to_relays_the_one_who_said_it():
    claim = only_claim("Air defences downed 41 of the drones, the Ukrainian air force said on Monday, according to AFP.")
    assert (claim.claimant.name, claim.claimant.reporter) == ("Ukrainian Air Force", "AFP")
    assert claimant("Russia fired 30 drones overnight, according to AFP.")[0] == "AFP"


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


def test_a_neighbouring_states_body_from_the_registry():
    claim = only_claim("A military-type drone that entered from Belarus crashed near Gaidziunai, Lithuania's armed "
                       "forces said.")
    assert (claim.claimant.name, claim.claimant.party, claim.claimant.type) == ("Lithuanian Armed Forces", "LT", "military")


def test_a_foreign_body_the_registry_lacks_is_named_as_the_text_names_it():
    claim = only_claim("Two drone fragments were found near a farm in Zemplén county, Hungary's defence ministry said.")
    assert (claim.claimant.name, claim.claimant.party, claim.claimant.type) == ("Hungary's defence ministry", "HU", "military")


def test_a_titled_person_after_the_name_carries_the_title():
    claim = only_claim("Vasily Petrov, the governor of the Kursk region, said 6 drones were destroyed overnight.")
    assert claim.claimant.name == "Vasily Petrov" and claim.claimant.party == "RU"
    assert "governor of the Kursk region" in claim.claimant.aliases


def test_a_spokespersons_title_after_the_name_names_the_body():
    claim = only_claim("Ivan Kovalenko, spokesman for the Western Air Command, said four Kh-101 missiles were downed.")
    assert "spokesman for the Western Air Command" in claim.claimant.aliases


def test_a_place_before_a_title_is_part_of_it():
    claim = only_claim("Tula Governor Dmitry Milyaev wrote that two drones hit an enterprise.")
    assert (claim.claimant.name, claim.claimant.party) == ("Dmitry Milyaev", "RU")


def test_a_spokesperson_speaks_as_a_person_of_the_body():
    claim = only_claim("Navy spokesperson Oksana Hrytsenko said two Kalibr missiles were shot down over the Black Sea.")
    assert claim.claimant.name == "Oksana Hrytsenko" and claim.claimant.type == "military"


def test_a_channel_that_breaks_the_news_is_the_source():
    claim = only_claim("The Astra Telegram channel reported that two drones struck a fuel depot near Tambov.")
    assert claim.claimant.name == "Astra"


def test_the_speaker_is_the_subject_not_a_side_inside_it():
    claim = only_claim("The mayor of Kyiv, Vitali Klitschko, said two drones fell on the Darnytskyi district.")
    assert claim.claimant.name == "Vitali Klitschko"


def test_a_tail_attribution_after_the_figures():
    claim = only_claim("Overnight, Russian air defence forces shot down a missile over Crimea, the defence ministry "
                       "said later.")
    assert claim.claimant.name == "Russian Defence Ministry"


def test_a_headline_in_title_case_has_no_surname_speaker():
    claim = only_claim("Odesa Attacked By 20 Drones Overnight, Damage Reported")
    assert claim.claimant is None


def test_a_local_body_named_by_its_place():
    claim = only_claim("Debris of a drone fell on the refinery, the operational headquarters of Stavropol Krai said.")
    assert (claim.claimant.name, claim.claimant.party) == ("operational headquarters of Stavropol Krai", "RU")


def test_a_long_title_before_the_name():
    claim = only_claim("The head of the Russian republic of Tatarstan, Rustam Minnikhanov, said a drone hit a plant.")
    assert claim.claimant.name == "Rustam Minnikhanov" and claim.claimant.party == "RU"


def test_a_speaker_named_in_a_chain_at_the_end():
    claim = only_claim("At least nine Shahed drones crossed into Belarus overnight, the monitoring group Belarusian "
                       "Hajun reported.")
    assert claim.claimant.name == "Belarusian Hajun"


def test_the_speaker_of_the_next_sentence_is_the_source_of_an_unattributed_strike():
    from tests.extract.helpers import claims_of
    text = ("Russian forces struck Kharkiv with two guided aerial bombs on Saturday. "
            "Three people died and 17 were injured, the mayor of Kharkiv Ihor Terekhov reported.")
    [claim] = claims_of(text)
    assert claim.claimant.name == "Ihor Terekhov" and claim.weapons[0].launched == 2


def test_a_channel_named_in_quotes_is_a_source():
    claim = only_claim('The X account "Frontline Intel" claimed that 20 drones had struck the oil terminal in Tuapse.')
    assert claim.claimant.name == "Frontline Intel" and claim.claimant.type == "media"


def test_the_owner_of_a_breakdown_is_its_speaker():
    from tests.extract.helpers import claims_of
    text = ("Russia's defence ministry said 30 Ukrainian drones were destroyed overnight. "
            "Governor Alexander Bogomaz said nobody was hurt in Bryansk. "
            "The ministry's summary put 12 of the drones over the Smolensk region.")
    owners = {w.destroyed: c.claimant.name for c in claims_of(text) for w in c.weapons}
    assert owners.get(12, "Russian Defence Ministry") == "Russian Defence Ministry"
    assert owners[30] == "Russian Defence Ministry"


def test_its_drones_belong_to_the_side_that_said_so_not_to_the_sentence_speaker():
    text = ("Governor Vasily Anokhin said a fire at the Smolensk depot was caused by falling debris, "
            "while the Ukrainian military said its drones had struck the depot.")
    claim = only_claim(text)  # the clause after "while" has its own speaker
    assert claim.claimant.name == "Ukrainian military" and claim.attacker == "UA"


def test_a_possessive_description_after_the_comma_is_the_speaker():
    text = "Overall, Russia launched 52 drones at Ukraine, the country's air force said on Telegram."
    assert claimant(text) == ("Ukrainian Air Force", "UA", "military")


def test_a_speaker_before_a_long_apposition():
    text = ("Belarusian Hajun, a monitoring group of exiles that has tracked military traffic through "
            "the country since 2022, said that four Shahed drones crossed into Belarus overnight.")
    assert claimant(text)[0] == "Belarusian Hajun"


def test_the_wire_in_a_dateline_is_not_the_speaker():
    text = "WARSAW (Reuters) - Poland said on Monday its jets had shot down three drones over its territory."
    assert claimant(text)[1] == "PL"


def test_a_channel_named_before_the_word_channel():
    claim = only_claim("The Crimean Wind Telegram channel wrote that three drones flew over Feodosia at night.")
    assert claim.claimant.name == "Crimean Wind" and claim.claimant.type == "media"


@pytest.mark.parametrize("text, name", [
    ("Ukrainian Telegram channels wrote that four drones exploded over the airport in Belgorod.",
     "Ukrainian Telegram channels"),
    ("Pro-government war bloggers claimed that 15 drones were intercepted near Kursk.", "Pro-government war bloggers"),
    ("According to local media, two drones fell on a warehouse in Tambov.", "local media"),
])
def test_an_unnamed_group_that_breaks_the_news_is_the_source(text, name):
    assert claimant(text) == (name, None, "media")


def test_an_unnamed_group_gives_way_to_anyone_named():
    text = ("Local channels reported explosions, while the governor of the Kursk region, Alexander Khinshtein, "
            "said nine drones were shot down.")
    assert claimant(text)[0] == "Alexander Khinshtein"


def test_someones_sources_are_not_who_speaks():
    claim = only_claim("The agency would not name its sources but said 12 drones were downed over the Bryansk region.")
    assert "sources" not in claim.claimant.name


def test_drones_over_held_land_are_the_holders_enemys():
    claim = only_claim("Explosions were heard as drones flew over Yevpatoria at night, a local channel said.")
    assert claim.attacker == "UA"


def test_a_name_before_a_colon_near_the_start_labels_what_follows():
    text = ("Live updates\n\n03:15 — Mayor Ihor Terekhov on Telegram: \"Kharkiv is under attack by Shaheds.\"\n\n"
            "04:12 — Syniehubov: the enemy struck Kharkiv with two Iskander-M ballistic missiles.")
    claims = claims_of(text)
    iskanders = [c for c in claims if any(w.model == "Iskander-M" for w in c.weapons)]
    assert iskanders and iskanders[0].claimant.name == "Oleh Syniehubov"


@pytest.mark.parametrize("text, speaker", [
    ("Богомаз рассказал об итогах атак ВСУ за ночь: над областью сбиты девять беспилотников.", "Alexander Bogomaz"),
    ("The governor described the night's strikes by Russia's military: four drones were downed over the city.",
     "governor"),
])
def test_a_body_before_a_colon_after_a_verb_of_saying_is_no_label(text, speaker):
    claim = only_claim(text)
    assert (claim.claimant.name if claim.claimant else None) == speaker


def test_a_name_before_a_countrys_possessive_title_is_the_speaker():
    text = "Pavel Lenkov, Belarus' deputy chief of the air force, said two drones were shot down over Mogilev."
    claim = only_claim(text)
    assert claim.claimant.name == "Pavel Lenkov" and claim.claimant.party == "BY"
    assert "Belarus' deputy chief of the air force" in claim.claimant.aliases


def test_a_title_set_off_after_a_titled_name_is_one_more_alias():
    text = "Colonel Anca Dobre, Romania's deputy defence minister, said a drone fell near Tulcea overnight."
    assert "Romania's deputy defence minister" in only_claim(text).claimant.aliases


def test_a_side_that_owns_a_weapon_does_not_speak():
    text = "The drone that fell near Sokal was a Russian military drone, the Lviv governor, Ivan Koval, said."
    assert only_claim(text).claimant.name == "Ivan Koval"


def test_a_spokesperson_titled_by_the_body_named_in_the_headline_keeps_the_claim():
    text = ("Ukraine's navy says warship fired Kalibrs\n\nRussia fired three Kalibr missiles from a ship on Friday, "
            "Ukraine's navy spokesman Oleksii Marchuk said.")
    assert only_claim(text).claimant.name == "Oleksii Marchuk"


def test_border_police_with_no_country_speak_as_named():
    claim = only_claim("A drone came down in a vineyard near Giurgiulesti overnight, border police said.")
    assert "border police" in claim.claimant.name.lower()


def test_a_body_that_recorded_the_figures_is_their_source():
    text = "Overall, Ukraine's air force recorded 52 Shahed-type drones launched overnight; 40 were shot down."
    assert only_claim(text).claimant.name == "Ukrainian Air Force"


def test_a_news_items_one_source_line_voices_its_unattributed_figures():
    text = ("Ballistic missile hits Dnipro suburb\n\nRussia struck the outskirts of Dnipro with a ballistic missile "
            "before dawn, injuring three people.\n\nSource: Serhiy Lysak, head of the regional military "
            "administration, on Telegram")
    assert only_claim(text).claimant.name == "Serhiy Lysak"


def test_two_source_lines_voice_only_their_own_items():
    text = ("Drone hits Sumy\n\nA drone struck a school in Sumy overnight.\n\nSource: Sumy city council\n\n"
            "Missile hits Odesa\n\nA missile struck the port of Odesa.\n\nSource: Oleh Kiper")
    assert all(c.claimant is None or c.claimant.name != "Oleh Kiper" or "Odesa" in c.sentence for c in claims_of(text))


def test_a_figure_after_a_speaker_in_the_same_paragraph_is_theirs():
    text = ("Ukraine's air force said Russia fired five Kalibr missiles at Odesa overnight, all of them shot down. "
            "In addition, Russia launched 27 drones, 22 of which were destroyed.")
    assert {c.claimant.name for c in claims_of(text) if c.claimant} == {"Ukrainian Air Force"}


def test_forces_that_managed_to_shoot_down_are_the_side_attacked():
    claim = only_claim("The president said Ukrainian forces had managed to shoot down 41 of the 55 missiles.")
    assert claim.attacker == "RU"


def test_an_abbreviation_in_brackets_between_speaker_and_verb():
    text = "A drone crashed near Daugavpils overnight, the Latvian armed forces (NBS) said on Sunday."
    assert "Latvia" in only_claim(text).claimant.name or only_claim(text).claimant.party == "LV"


def test_a_label_colon_then_a_quote_that_opens_with_a_capital():
    text = ('05:10 — First count from the regional governor, Ivan Fedorov: "In total, the enemy attacked '
            'the city with 11 Shahed drones."')
    assert only_claim(text).claimant.name == "Ivan Fedorov"


def test_figures_a_side_denies_are_the_other_sides_claim():
    claim = only_claim("Moscow rejected claims by Kyiv that its air defences had intercepted 12 Iskander missiles overnight.")
    assert (claim.claimant.party, claim.verification.status, claim.weapons[0].destroyed) == ("UA", "denied", 12)
    assert "Moscow" not in [p.name for p in claim.places]  # the side denying is no target


def test_a_person_the_registry_lacks_is_of_the_country_their_title_names():
    claim = only_claim("A Polish army spokesman, Jacek Goryszewski, said two drones from Belarus were shot down on Friday.")
    assert (claim.claimant.name, claim.claimant.party) == ("Jacek Goryszewski", "PL")


def test_a_line_that_names_its_speaker_and_ends_in_a_colon_introduces_a_quote():
    text = ("The air force said 40 drones were launched overnight.\n\n"
            "Vadym Filashkin, head of the Donetsk regional administration, sums up the morning:\n\n"
            '"Air defence destroyed nine drones over the region. A guided bomb fell on a school in Druzhkivka."')
    voices = {w.destroyed: c.claimant.name for c in claims_of(text) for w in c.weapons if w.destroyed}
    assert voices == {9: "Vadym Filashkin"}


def test_the_speaker_after_a_quote_that_names_a_body_is_the_one_after_the_verb():
    text = ('A guided bomb hit a school in Kupiansk. "Firefighters are still at the site," said '
            'Andrii Besedin, the head of the town administration.')
    assert only_claim(text).claimant.name == "Andrii Besedin"


def test_locals_who_say_something_are_no_surname():
    text = ('The Crimean Wind Telegram channel reported: "Explosions near Saky. Locals say at least six drones '
            'flew in from the sea."')
    assert only_claim(text).claimant.name == "Crimean Wind"


def test_a_place_of_two_words_before_a_name_is_no_first_name():
    text = "Governor of the Kursk Region Alexander Khinshtein said two drones were shot down over Rylsk."
    assert only_claim(text).claimant.name == "Alexander Khinshtein"


def test_a_speaker_who_put_the_attack_at_a_figure():
    text = "Speaking in Lviv on Friday, President Volodymyr Zelensky put the attack at 300 drones and 20 missiles."
    assert only_claim(text).claimant.name == "Volodymyr Zelenskyy"


def test_the_general_staff_of_a_countrys_armed_forces_is_that_general_staff():
    text = ("The regional head said two bombs hit Kupiansk. The General Staff of Ukraine's Armed Forces said "
            "Russia had dropped 90 guided bombs over the past day.")
    voices = {w.launched: c.claimant.name for c in claims_of(text) for w in c.weapons if w.launched}
    assert voices[90] == "Ukrainian General Staff"


def test_a_body_in_the_instrumental_is_no_speaker():
    doc = read("Призначений Москвою голова окупаційної адміністрації заявив, що над містом збили три дрони.", lang="uk")
    assert doc.sentences[0].speaker.kind == "anaphor"  # the head, not Moscow that appointed him


def test_a_noun_labelling_a_line_is_no_surname():
    text = ("Russia sent 40 drones at the north overnight; 31 were downed, the air force said.\n"
            "Damage reported: a school and two houses in the Sumy region.")
    assert {c.claimant.name for c in claims_of(text)} == {"Ukrainian Air Force"}


def test_the_ukrainian_navy_speaks_in_any_of_its_languages():
    assert only_claim("Ukraine's navy said Russia had fired two Kalibr missiles from a frigate.").claimant.name == "Ukrainian Navy"
    [claim] = extract_claims("За даними ВМС ЗСУ, ворог випустив по Одесі дві ракети «Калібр».")
    assert claim.claimant.name == "Ukrainian Navy"


def test_an_acronym_after_a_title_is_the_body_not_part_of_the_name():
    text = "«Одну ракету збили над морем», — розповів речник ВМС Дмитро Плетенчук."
    assert [c.claimant.name for c in extract_claims(text)] == ["Dmytro Pletenchuk"]


def test_a_title_case_headline_names_no_one_by_its_capitals():
    text = ("Kursk Governor Raises Toll Of Drone Strike On Market\n\n"
            "A Ukrainian drone hit a market in Rylsk on Sunday, killing two people, the governor of the Kursk region "
            "wrote on Telegram.")
    assert [c.claimant.name for c in claims_of(text) if c.claimant] == ["Kursk governor"]


def test_figures_said_afterwards_to_come_from_a_source_are_its_claim():
    text = ("Russia fired 21 Shahed drones at Ukraine overnight and 17 of them were shot down. "
            "The figures came from Ukraine's air force.")
    assert claimant(text)[0] == "Ukrainian Air Force"


def test_a_rank_after_a_title_is_part_of_the_title_not_a_name():
    text = ("Navy Spokesman Captain Second Rank Dmytro Pletenchuk said two Kalibr missiles "
            "were shot down over the Black Sea.")
    assert claimant(text)[0] == "Dmytro Pletenchuk"


def test_a_short_name_in_brackets_stands_for_the_body_later():
    text = ("Debris of a drone was found near Galati, the Romanian Ministry of National Defence (MApN) said. "
            "Later, the MApN reported that two F-16 jets had tracked five drones near the border.")
    assert {c.claimant.name for c in claims_of(text)} == {"Romanian Ministry of National Defence"}


def test_a_list_given_by_a_body_is_its_claim_and_none_intercepted_is_zero():
    text = ("The air force gave this breakdown:\n"
            "• Iskander-M ballistic missiles: 7 launched, none intercepted\n"
            "• Kh-101 cruise missiles: 12 launched, 11 shot down")
    claim = only_claim(text)
    assert claim.claimant.name == "Ukrainian Air Force"
    assert [(w.model, w.launched, w.destroyed) for w in claim.weapons] == [("Iskander-M", 7, 0), ("Kh-101/Kh-555", 12, 11)]


def test_a_commands_name_with_its_last_word_in_quotes_is_the_command():
    text = 'Operational Command "South" said its air defence units shot down 12 drones over the Mykolaiv region.'
    assert claimant(text)[0] == "Defence Forces of the South of Ukraine"


def test_an_abbreviated_rank_belongs_to_the_title():
    text = "Russia fired 40 cruise missiles, the commander of Ukraine's air force, Lt Gen Mykola Oleshchuk, said."
    assert claimant(text)[0] == "Mykola Oleshchuk"


def test_reports_of_something_name_no_one():
    text = "Unconfirmed reports of a reshuffle circulated in Kyiv. Russia launched 40 drones overnight, the air force said."
    assert claimant(text)[0] == "Ukrainian Air Force"


def test_a_governor_of_held_land_telling_of_a_drone_names_the_other_side():
    text = ("Yevgeny Balitsky, the Russian-appointed governor of the occupied part of the Zaporizhzhia region, said a "
            "drone had dropped an explosive on a car park in Enerhodar.")
    assert only_claim(text).attacker == "UA"


@pytest.mark.parametrize("text, name", [
    ("Key events\n• Russian drones hit a substation in Sumy overnight, injuring one man (regional governor Oleh Hryhorov).",
     "Oleh Hryhorov"),
    ("Key events\n• Air defences downed 24 Ukrainian drones over the Kursk region — Russian Defence Ministry.",
     "Russian Defence Ministry"),
    ("Two glide bombs struck Kupiansk, killing one man, according to the regional prosecutor's office.",
     "regional prosecutor's office"),
])
def test_a_roundup_items_tag_and_a_prosecutors_office_are_sources(text, name):
    assert claimant(text)[0] == name


def test_our_drones_in_a_quote_are_the_speakers_sides():
    text = '"More than 20 of our drones took part in the operation," General Staff spokesman Andrii Kovalov said.'
    assert only_claim(text).attacker == "UA"


def test_drones_we_counted_are_the_other_sides():
    text = "In our zone of responsibility, the Kyiv region, we counted 41 drones, the air force said."
    assert only_claim(text).attacker == "RU"


def test_guided_bombs_russia_says_it_shot_down_were_ukraines():
    text = "Russia's defence ministry said air defences had shot down four JDAM guided bombs over the past day."
    assert only_claim(text).attacker == "UA"


def test_footage_that_shows_something_is_no_speaker():
    text = "Video posted by drivers showed smoke over the bridge after two drones were shot down near it."
    assert only_claim(text).claimant is None


def test_an_outlet_told_in_the_dative_is_no_speaker():
    claim = only_claim("Про це виданню розповів співрозмовник у СБУ: у нафтобазу влучили щонайменше 12 дронів.")
    assert claim.claimant.name == "Security Service of Ukraine"


def test_the_channel_a_governor_posts_on_is_no_speaker():
    text = ("Ночью над Курской областью сбили четыре беспилотника. "
            "Об этом сообщил в своем телеграм-канале губернатор Курской области Алексей Смирнов.")
    assert only_claim(text).claimant.name == "Alexei Smirnov"


def test_an_unnamed_officer_speaks_for_the_body_his_title_names():
    text = ("The Deputy Commander of the Air Force informed the committee about the night. "
            "According to him, the enemy fired six Kalibr missiles from the Black Sea.")
    assert only_claim(text).claimant.name == "Ukrainian Air Force"


def test_a_title_of_a_body_with_the_name_after_it_is_that_person():
    text = "The commander of the Ukrainian Air Force, Lieutenant General Mykola Oleshchuk, said 40 drones were shot down."
    assert only_claim(text).claimant.name == "Mykola Oleshchuk"


@pytest.mark.parametrize("text", [
    "Источник в СБУ рассказал изданию о ночной атаке на аэродром. По словам собеседника издания, в ней участвовали 15 дронов.",
    "Джерело в СБУ розповіло виданню про нічну атаку на аеродром. За словами співрозмовника видання, в ній брали участь 15 дронів.",
])
def test_the_outlets_interlocutor_is_the_source_it_named(text):
    assert only_claim(text).claimant.name == "Security Service of Ukraine"


def test_the_channel_a_post_was_made_on_is_no_speaker_however_it_is_spelled():
    text = ("Ночью над Курской областью сбили четыре беспилотника. "
            "Об этом в своем Telegram-канале написал губернатор Курской области Алексей Смирнов.")
    assert only_claim(text).claimant.name == "Alexei Smirnov"


def test_a_live_update_from_a_body_is_in_its_voice():
    text = ("12:30\nPresident Volodymyr Zelensky said Russia used more than 60 drones.\n\n"
            "11:50\nUPDATE from the air force: 40 of the drones were shot down.\n\n"
            "09:40\nUkraine's air force: Russia launched 52 drones overnight.")
    counts = {c.claimant.name: (c.weapons[0].launched, c.weapons[0].destroyed) for c in claims_of(text)}
    assert counts == {"Volodymyr Zelenskyy": (60, None), "Ukrainian Air Force": (52, 40)}


def test_the_agency_that_reported_what_a_body_informed_only_relays_it():
    text = "As Ukrinform reported, on the night of 3 May the Air Force informed about 19 Shahed drones launched by the enemy."
    assert only_claim(text).claimant.name == "Ukrainian Air Force"


@pytest.mark.parametrize("text, name", [
    ("DTEK says its thermal plant was hit overnight. The plant was struck by at least six missiles, DTEK said.", "DTEK"),
    ("Lukoil said two drones hit its refinery in Kstovo overnight.", "Lukoil"),
])
def test_a_company_tells_of_the_strike_on_its_own_sites(text, name):
    claim = only_claim(text)
    assert (claim.claimant.name, claim.attacker) == (name, {"DTEK": "RU", "Lukoil": "UA"}[name])


def test_according_to_a_title_the_name_after_it_is_the_source():
    text = "Russia fired 40 missiles overnight, according to the country's air force commander, Lt Gen Mykola Oleshchuk."
    assert only_claim(text).claimant.name == "Mykola Oleshchuk"


def test_the_body_that_detected_the_drones_tells_of_them():
    claim = only_claim("Romanian military radars detected a drone over Tulcea County late on Friday.")
    assert claim.claimant is not None and "Romanian" in claim.claimant.name


@pytest.mark.parametrize("text", [
    "A Lancet hit a car near the village of Hrakove on Monday, the regional police reported.",
    "A drone dropped a grenade on a tractor near Hrakove on Monday, the Kharkiv region police said.",
    "Дрон атакував автомобіль біля села Граково, повідомила поліція.",
])
def test_the_police_are_the_police_not_the_emergency_service(text):
    assert "Police" in claims_of(text)[0].claimant.name


@pytest.mark.parametrize("text, name", [
    ("The Falcon unit said its interceptor drones had brought down seven Shaheds overnight.", "Falcon unit"),
    ("Батальйон «Беркут» повідомив, що за ніч збив сім шахедів.", "Berkut battalion"),
])
def test_a_named_unit_speaks_for_itself(text, name):
    assert claims_of(text)[0].claimant.name == name


def test_a_turn_opened_by_the_surname_of_a_person_introduced_is_in_their_voice():
    text = ("Colonel Taras Holub commands an air defence brigade near Odesa. We asked him about the night.\n\n"
            "Q: What came at the city?\n\n"
            "Holub: Eighteen Shahed drones came from the sea. We shot down fifteen of them.")
    claim = next(c for c in claims_of(text) if c.weapons and c.weapons[0].destroyed)
    assert claim.claimant.name == "Taras Holub"


def test_a_headline_opened_by_a_word_and_a_colon_is_no_turn():
    text = ("Intelligence: Russia now builds thousands of drones a month\n\n"
            "Vadym Skibitskyi, deputy head of military intelligence, said output was rising. "
            "Overnight Russia launched 88 Shahed drones, the air force said.")
    assert {c.claimant.name for c in claims_of(text) if c.weapons and c.weapons[0].launched == 88} == {"Ukrainian Air Force"}


def test_a_turn_ends_at_a_paragraph_under_a_label_of_no_ones_name():
    text = ("Kim: drones hit a warehouse in Mykolaiv, one man injured\n\n"
            "Details: Debris fell on a warehouse in the Inhulskyi district overnight, Vitalii Kim said.\n\n"
            "Summary: Ukraine's air force later said Russia had sent 46 Shahed drones overnight. "
            "Air defence destroyed 39 drones over six regions.")
    claim = next(c for c in claims_of(text) if any(w.launched == 46 for w in c.weapons))
    assert claim.claimant.name == "Ukrainian Air Force" and claim.weapons[0].destroyed == 39


def test_a_lead_without_a_voice_is_the_voice_that_ends_the_next_sentence_about_its_weapons():
    text = ("Russia fired 20 Shahed drones and three Kalibr missiles at Mykolaiv overnight. "
            "The missiles were launched from ships in the Black Sea, navy spokesman Dmytro Pletenchuk said.\n\n"
            "Later the regional governor, Vitalii Kim, said debris had damaged a warehouse.")
    shaheds = next(c for c in claims_of(text) if any(w.launched == 20 for w in c.weapons))
    assert shaheds.claimant.name == "Dmytro Pletenchuk"


def test_a_ministry_telling_of_its_own_strike_is_the_striking_sides():
    claim = claims_of("The ministry said its missiles had struck a fuel depot in Odesa overnight.")[0]
    assert (claim.claimant.name, claim.attacker) == ("Russian Defence Ministry", "RU")


def test_a_sides_body_telling_of_its_strike_after_the_other_sides_governor_tells_its_own_side_attacked():
    text = ("Drones set fire to a fuel depot near Lipetsk overnight, governor Igor Artamonov said. "
            "Ukraine's General Staff said its drone units had hit the depot, one of Russia's largest.")
    staff = next(c for c in claims_of(text) if c.claimant.name == "Ukrainian General Staff")
    assert staff.attacker == "UA"


@pytest.mark.parametrize("text", [
    "Russia fired 40 drones at Kharkiv on Friday, a week after Dmitry Peskov said the Kremlin wanted talks.",
    "Росія випустила по Харкову 40 дронів, хоча минуло два тижні відтоді, як Дмитро Пєсков заявив про переговори.",
])
def test_someone_who_speaks_in_a_clause_of_time_after_the_figures_does_not_claim_them(text):
    assert only_claim(text).claimant is None


def test_a_determiner_before_a_noun_of_telling_is_no_surname():
    [sentence] = read("Neither statement named the Oryol region.").sentences
    assert [m.kind for m in sentence.mentions] == []


def test_a_note_that_the_figure_came_from_a_source_attributes_it():
    text = "Russia launched 88 drones at Ukraine overnight. The number came from Ukraine's air force."
    assert only_claim(text).claimant.name == "Ukrainian Air Force"


@pytest.mark.parametrize("text, name", [
    ("Моніторинговий канал skyeye написав, що понад 15 шахедів летять на Черкаси.", "skyeye"),
    ("Канал Voenkor Zapad сообщил, что «Искандер» ударил по аэродрому под Миргородом.", "Voenkor Zapad"),
    ("About 15 Shaheds were flying toward Cherkasy, the monitoring channel Zorya Radar reported.", "Zorya Radar"),
])
def test_a_channel_named_right_after_its_noun_breaks_the_news_itself(text, name):
    assert only_claim(text).claimant.name == name


def test_who_declared_what_the_sentence_only_mentions_does_not_tell_its_figures():
    text = ("Nine drones hit Kharkiv hours after the pause announced by Moscow ended, the monitoring channel "
            "Zorya Radar reported.")
    assert only_claim(text).claimant.name == "Zorya Radar"


def test_an_official_named_with_a_first_name_in_another_language_is_the_registered_one():
    text = "Начальник Полтавской ОВА Владимир Когут написал, что ночью над регионом уничтожены 17 дронов."
    assert only_claim(text).claimant.name == "Volodymyr Kohut"


def test_a_rank_with_a_full_stop_ends_no_sentence():
    doc = read("Russia fired 35 missiles overnight, according to Lt. Col. Ivan Petrenko of the air force. It was "
               "the third attack this week.", None, "en")
    assert len(doc.sentences) == 2


def test_putting_the_scale_of_an_attack_at_a_figure_names_the_speaker():
    claim = only_claim("The air force put the scale of the attack at 320 drones and 15 missiles.")
    assert claim.claimant.name == "Ukrainian Air Force"


def test_the_agent_of_a_passive_verb_of_saying_is_the_source_not_the_outlet_relaying_it():
    text = ("Russia attacked Ukraine overnight with 55 drones. This was reported on Telegram by the Air Force, "
            "a correspondent of the Kyiv Wire Service reports.")
    assert only_claim(text).claimant.name == "Ukrainian Air Force"


def test_a_company_named_before_a_verb_fires_nothing():
    text = "Rosneft shares dropped 2% and Transneft's fell on Monday after drones hit an oil depot in Tambov."
    assert [c.attacker for c in claims_of(text)] == ["UA"]


def test_a_rank_abbreviated_before_a_relayed_name_keeps_the_name_the_source():
    text = "Russia launched 64 drones overnight, according to Col. Yurii Ihnat, the air force spokesman."
    assert [c.claimant.name for c in claims_of(text)] == ["Yurii Ihnat"]


def test_a_tail_speaker_with_what_they_head_is_the_speaker_not_a_side_named_before():
    text = ("Air defences downed all 14 drones that Russia sent towards Odesa overnight, the head of the region's "
            "military administration said. Oleh Kiper added that debris damaged a warehouse.")
    assert [c.claimant.name for c in claims_of(text) if any(w.launched for w in c.weapons)] == ["Oleh Kiper"]


@pytest.mark.parametrize("text", [
    "Russia fires 300 drones at Ukraine overnight; Romania scrambles jets as strikes hit the Odesa region",
    "Ukraine war: Drones hit Odesa port as Russia sends 90 drones overnight",
])
def test_a_side_named_before_a_clause_of_its_own_or_in_a_kicker_is_no_attacker(text):
    assert [c.attacker for c in claims_of(text)] == ["RU"]


@pytest.mark.parametrize("text", [
    "Тип ракет, що влучили в Одесу, уточнює Повітряне командування «Південь»: на місто летіли шість крилатих ракет, "
    "чотири з них збили.",
    "Тип ракет, попавших в Одессу, уточняет Воздушное командование «Юг»: на город летели шесть крылатых ракет, "
    "четыре из них сбиты.",
])
def test_a_body_that_details_the_night_in_the_present_tense_is_its_voice(text):
    assert [c.claimant.name for c in claims_of(text)] == ["Air Force South Command"]


@pytest.mark.parametrize("text", [
    "Over the past night Russia launched 64 attack drones against our cities, the President of Ukraine said.",
    "Президент України повідомив, що минулої ночі Росія випустила 64 ударні дрони.",
])
def test_the_office_of_president_speaks_as_the_person_who_holds_it(text):
    assert only_claim(text).claimant.name == "Volodymyr Zelenskyy"


@pytest.mark.parametrize("text", [
    "Air defence downed 48 of 60 drones overnight – Oleshchuk\n\nIn Kharkiv, two drones hit a warehouse, the mayor said.",
    "ППО збила 48 із 60 дронів – Олещук\n\nУ Харкові два дрони влучили у склад, повідомив міський голова.",
])
def test_a_headline_that_ends_with_its_source_after_a_dash_is_in_that_voice(text):
    headline = next(c for c in claims_of(text) if any(w.launched == 60 for w in c.weapons))
    assert headline.claimant.name == "Mykola Oleshchuk"


def test_thats_according_to_gives_the_voice_of_the_sentences_before():
    text = ("Russia's defence ministry said it had downed 52 drones over six regions. Nine drones flying toward "
            "Voronezh were shot down before dawn. That's according to regional governor Alexander Gusev, who said "
            "no one was hurt.")
    assert [c.claimant.name for c in claims_of(text)] == ["Russian Defence Ministry", "Alexander Gusev"]


def test_a_lead_whose_downed_part_the_next_sentence_attributes_is_that_voices():
    text = ("Moscow, for its part, struck Ukraine overnight with 73 drones and two Iskander-M missiles. Fifty-one of "
            "the drones were shot down or jammed, Ukraine's air force said.")
    claim = only_claim(text)
    assert claim.claimant.name == "Ukrainian Air Force"
    assert [(w.model or w.category, w.launched, w.destroyed) for w in claim.weapons] == [
        ("drone", 73, 51), ("Iskander-M", 2, None)]


def test_its_drones_are_the_speakers_own_though_the_speaker_is_named_twice():
    text = "Ukraine's Defence Intelligence (HUR) said its drones hit a radar station near Mykolaivka overnight."
    assert only_claim(text).attacker == "UA"


@pytest.mark.parametrize("text, attacker", [
    ("A source in the SBU told reporters that the service's long-range drones had hit a fuel depot overnight.", "UA"),
    ("The Russian Defence Ministry said the ministry's air defences destroyed 14 drones overnight.", "UA"),
])
def test_drones_of_the_speaker_called_by_its_noun_are_its_own(text, attacker):
    assert only_claim(text).attacker == attacker


def test_according_to_which_relays_the_one_who_published_it():
    text = ("The Bryansk regional government published its evening update, according to which Ukrainian forces "
            "had fired 17 drones at the Klimovo district during the day.")
    claim = only_claim(text)
    assert claim.claimant.name != "Ukrainian military" and "Bryansk" in claim.claimant.name


def test_a_label_line_of_a_title_and_a_name_gives_the_quote_below_its_voice():
    text = ("Kursk Mayor Igor Kutsak:\n\n"
            "\"Debris of a downed drone fell on a garage in the Seymsky district. Nobody was hurt.\"")
    assert only_claim(text).claimant.name == "Igor Kutsak"


def test_the_speaker_of_a_clause_opened_by_what_is_named_inside_it():
    claim = only_claim("Russia fired what Poland's operational command said were eight cruise missiles at western Ukraine.")
    assert claim.claimant.name == "Operational Command of the Polish Armed Forces" and claim.attacker == "RU"


def test_a_body_named_in_a_clause_of_time_after_the_figures_is_not_their_speaker():
    text = ("The ministry said on Sunday that its air defences had shot down 31 drones, after the Ukrainian general "
            "staff said it had hit an oil depot in the Belgorod region.")
    assert claimant(text)[0] == "Russian Defence Ministry"


@pytest.mark.parametrize("text, name", [
    ("A drone hit a clinic in Sumy, injuring four people, Oksana Petrenko, the health minister, said.", "Oksana Petrenko"),
    ("Two missiles struck a depot near Lviv, Ivan Moroz, Ukraine's energy minister, said.", "Ivan Moroz"),
])
def test_a_name_before_its_title_with_the_field_of_the_office(text, name):
    assert claimant(text)[0] == name


@pytest.mark.parametrize("text, name", [
    ("Призначений Кремлем «губернатор» окупованої частини Запорізької області Євген Балицький заявив, що ППО збила 12 "
     "безпілотників.", "Yevgeny Balitsky"),
    ("Назначенный Кремлем «губернатор» оккупированной части области Владимир Сальдо заявил, что ПВО сбила девять "
     "беспилотников.", "Vladimir Saldo"),
])
def test_a_title_in_quotation_marks_still_names_the_person_after_it(text, name):
    assert claimant(text)[0] == name


@pytest.mark.parametrize("text, name", [
    ("Про результати роботи протиповітряної оборони вранці повідомив заступник начальника ОВА Іван Федоров. "
     "«Над областю збито сім дронів», – написав він.", "Ivan Fedorov"),
    ("Про вибухи в місті міський голова Ігор Терехов повідомив о 21:15: два удари балістикою.", "Ihor Terekhov"),
])
def test_a_body_in_what_was_told_about_is_not_who_told_it(text, name):
    assert claimant(text)[0] == name


@pytest.mark.parametrize("text, name", [
    ("Russian forces hit Ukrainian depots near Pokrovsk with Iskander-M missiles — top brass", "Russian Defence Ministry"),
    ("Air defences down 12 Ukrainian drones over Kursk region overnight — the ministry", "Russian Defence Ministry"),
])
def test_a_headline_tagged_with_a_body_referred_to_is_that_bodys(text, name):
    assert claimant(text)[0] == name


@pytest.mark.parametrize("text, lang, name", [
    ("Начальник Запорізької ОВА Іван Федоров оприлюднив дані про обстріли області за добу.\n\n"
     "▪️ Оріхівська громада — 4 КАБ по Оріхову.", "uk", "Ivan Fedorov"),
    ("Губернатор Вячеслав Гладков опубликовал данные об обстрелах за сутки.\n\n"
     "Грайворонский округ. По селу Козинка выпущены 3 FPV-дрона.", "ru", "Vyacheslav Gladkov"),
])
def test_an_official_who_published_the_data_is_the_voice_of_the_figures_after(text, lang, name):
    assert {c.claimant.name for c in extract_claims(text, date(2025, 6, 16), lang)} == {name}


def test_weapons_named_right_after_an_officials_sentence_are_in_the_officials_voice():
    text = ("Уночі противник атакував Україну 120 ударними БпЛА, 90 з них збили, повідомили в Повітряних силах.\n\n"
            "Донеччина\n\nЗа минулу добу росіяни поранили трьох жителів області, повідомив начальник ОВА Вадим "
            "Філашкін. По Краматорську окупанти вдарили керованими авіабомбами, Слов'янськ атакували дрони.")
    bombs = [c for c in extract_claims(text, date(2025, 2, 18), "uk") if any(w.model == "KAB" for w in c.weapons)]
    assert [c.claimant.name for c in bombs] == ["Vadym Filashkin"]


def test_a_standing_source_note_gives_its_voice_to_every_night_that_names_no_other():
    text = ("Here is how the week went, night by night, according to the Ukrainian Air Force unless stated otherwise.\n\n"
            "Monday, 3 March\nRussia sent 90 drones overnight. Air defence shot down 61 of them. A drone hit a warehouse "
            "in Uman, Cherkasy governor Ihor Taburets said.\n\n"
            "Tuesday, 4 March\nA quieter night: 52 drones, 40 of them downed.")
    voices = {(w.launched, w.destroyed): c.claimant.name for c in claims_of(text) for w in c.weapons}
    assert voices == {(90, 61): "Ukrainian Air Force", (1, None): "Ihor Taburets", (52, 40): "Ukrainian Air Force"}


@pytest.mark.parametrize("note", [
    "The numbers below are just as the Ukrainian Air Force reported them each morning.",
    "By our tally of the Ukrainian Air Force's morning statements, the week brought 142 drones.",
])
def test_a_note_that_the_figures_are_as_a_source_gave_them_gives_them_that_sources_voice(note):
    text = (f"{note}\n\nMonday, 3 March\nRussia sent 90 drones overnight; 61 were shot down.\n\n"
            "Tuesday, 4 March\nA quieter night: 52 drones, 40 of them downed.")
    voices = {w.launched: c.claimant.name for c in claims_of(text) for w in c.weapons if w.launched in (90, 52)}
    assert voices == {90: "Ukrainian Air Force", 52: "Ukrainian Air Force"}


@pytest.mark.parametrize("text, lang", [
    ("The Kyiv Post has compiled the week's main attacks according to the Ukrainian Air Force.\n\n"
     "Night into Monday, 3 March\n\nRussia launched 90 drones. Air defence shot down 61 of them. A drone hit a "
     "warehouse in Uman, Cherkasy governor Ihor Taburets said.\n\n"
     "Night into Tuesday, 4 March\n\nA quieter night: 52 drones, 40 of them downed.", "en"),
    ("Укрінформ зібрав головне про нічні атаки тижня за даними Повітряних сил.\n\n"
     "Ніч на понеділок, 3 березня\n\nРосіяни запустили 90 дронів. Сили ППО збили 61 з них. Дрон влучив у склад "
     "в Умані, повідомив начальник Черкаської ОВА Ігор Табурець.\n\n"
     "Ніч на вівторок, 4 березня\n\nСпокійніша ніч: 52 дрони, 40 з них збито.", "uk"),
])
def test_a_note_that_an_outlet_compiled_the_figures_from_a_source_gives_them_that_sources_voice(text, lang):
    claims = extract_claims(text, date(2025, 3, 9), lang=lang)
    voices = {w.launched: c.claimant.name for c in claims for w in c.weapons if w.launched and w.launched > 1}
    assert voices == {90: "Ukrainian Air Force", 52: "Ukrainian Air Force"}


@pytest.mark.parametrize("text, lang", [
    ("The Sumy Regional Military Administration said in its morning summary that border communities were shelled 40 "
     "times.\n\nIn Sumy itself, acting mayor Artem Kobzar reported a hit on a warehouse. \"No one was hurt,\" he wrote."
     "\n\nWhere it hit\n\nThe administration listed the communities that came under fire:\n\n"
     "- Seredyna-Buda community: two guided bombs.\n- Esman community: an FPV drone hit a tractor.", "en"),
    ("Сумська ОВА у ранковому зведенні повідомила, що прикордонні громади обстріляли 40 разів.\n\nУ самих Сумах "
     "в. о. міського голови Артем Кобзар повідомив про влучання у склад. «Ніхто не постраждав», — написав він.\n\n"
     "Куди влучили\n\nВ ОВА перелічили громади, які потрапили під обстріл:\n\n"
     "- Середино-Будська громада: дві керовані авіабомби.\n- Есманська громада: FPV-дрон влучив у трактор.", "uk"),
])
def test_a_body_that_lists_the_places_hit_speaks_for_each_line_of_its_list(text, lang):
    claims = extract_claims(text, date(2025, 4, 8), lang=lang)
    assert {c.claimant.name for c in claims if c.weapons} == {"Sumy Regional Military Administration"}


def test_the_side_that_acted_after_according_to_is_not_whose_word_it_is():
    claim = only_claim("The National Police of Ukraine said that according to the inquiry the Russian military dropped "
                       "three guided bombs on Stepnohirsk.")
    assert (claim.claimant.name, claim.attacker) == ("National Police of Ukraine", "RU")


@pytest.mark.parametrize("text, lang", [
    ("СБУ заявила, що її дрони вразили нафтобазу. Губернатор Бєлгородської області В'ячеслав Гладков натомість "
     "запевнив, що над областю знищено чотири безпілотники.", "uk"),
    ("СБУ заявила, что ее дроны поразили нефтебазу. Губернатор Белгородской области Вячеслав Гладков в свою очередь "
     "заверил, что над областью уничтожены четыре беспилотника.", "ru"),
])
def test_an_official_who_assures_speaks(text, lang):
    claim = next(c for c in extract_claims(text, date(2025, 6, 2), lang=lang) if c.weapons and c.weapons[0].destroyed)
    assert (claim.claimant.name, claim.weapons[0].destroyed) == ("Vyacheslav Gladkov", 4)


@pytest.mark.parametrize("text, lang", [
    ("Повітряні сили повідомили про атаку на область. Над областю збили сім дронів, каже начальник Сумської ОВА Олег "
     "Григоров.", "uk"),
    ("Воздушные силы сообщили об атаке на область. Над областью сбили семь дронов, рассказывает начальник Сумской ОВА "
     "Олег Григоров.", "ru"),
])
def test_an_official_who_says_in_the_present_speaks(text, lang):
    claim = next(c for c in extract_claims(text, date(2025, 6, 2), lang=lang) if c.weapons and c.weapons[0].destroyed)
    assert (claim.claimant.name, claim.weapons[0].destroyed) == ("Oleh Hryhorov", 7)


def test_a_label_with_the_time_of_its_post_names_the_speaker():
    claim = only_claim("- Ukrainian Air Force (07:30): 94 drones and two Kh-101 cruise missiles overnight.")
    assert claim.claimant.name == "Ukrainian Air Force"


def test_a_credit_in_the_next_bullet_is_not_the_voice_of_the_bullet_before():
    text = ("Night of 3–4 March\n"
            "- Ukrainian Air Force: 120 drones launched.\n"
            "- Shot down or suppressed: 97 drones.\n"
            "- Odesa: drones hit a warehouse in the port; one person injured (Governor Oleh Kiper).")
    by_claimant = {c.claimant.name: [(w.launched, w.destroyed) for w in c.weapons] for c in claims_of(text)}
    assert by_claimant["Ukrainian Air Force"] == [(120, 97)]


@pytest.mark.parametrize("text, lang, voice", [
    ("Russia fired 61 drones and four missiles overnight; 50 drones were shot down.\n\n"
     "These figures were published on Friday morning by the Ukrainian air force.", "en", "Ukrainian Air Force"),
    ("- Zaporizhzhia: a guided bomb hit a shop in the city centre; four people were injured. "
     "The figures are from Ivan Fedorov, the regional governor.", "en", "Ivan Fedorov"),
    ("Уночі ворог випустив по Україні 83 ударні дрони, з них збито 66.\n\n"
     "Ці дані оприлюднили Повітряні сили ЗСУ.", "uk", "Ukrainian Air Force"),
    ("Three guided bombs hit a market in Kupiansk. Two people were injured, according to preliminary data.\n\n"
     "The figures are from Oleh Syniehubov.\nSource: Ukrainian Air Force", "en", "Oleh Syniehubov"),
    ("Понедельник, 9 июня\n\n41 беспилотник, из них 30 сбиты. Такие итоги дня привел в вечернем обзоре "
     "губернатор Вячеслав Гладков.", "ru", "Vyacheslav Gladkov"),
    ("Over the Odesa region, 23 drones were destroyed overnight. Those were the Southern Defence Forces' figures.\n\n"
     "Separately, the mayor of Izmail, Andriy Abramchenko, said the city's port had been calm.", "en",
     "Defence Forces of the South of Ukraine"),
])
def test_a_sentence_naming_whose_data_those_are_gives_the_figures_before_it_their_voice(text, lang, voice):
    claims = extract_claims(text, date(2025, 3, 7), lang=lang)
    assert [c.claimant.name for c in claims] == [voice]


def test_denying_those_statements_does_not_make_them_the_deniers():
    text = ("The Russian defence ministry said its forces hit a drone workshop in Kharkiv with an Iskander missile. "
            "The regional governor, Oleh Syniehubov, denied these statements.")
    assert [c.claimant.name for c in claims_of(text)] == ["Russian Defence Ministry"]


@pytest.mark.parametrize("text, voice", [
    ("• Sumy: a drone hit a bus depot before dawn, two drivers injured [Oleh Hryhorov]", "Oleh Hryhorov"),
    ("Zaporizhzhia: two guided bombs struck a warehouse; one man was killed (Governor Ivan Fedorov, updated at 11:20).",
     "Ivan Fedorov"),
])
def test_a_bracket_closing_the_item_with_a_source_credits_it(text, voice):
    assert [c.claimant.name for c in claims_of(text)] == [voice]


def test_an_outlet_in_the_closing_bracket_credits_no_claim():
    claim = only_claim("Kharkiv: a drone struck a garage cooperative overnight, no one was hurt (Reuters).")
    assert claim.claimant is None or claim.claimant.name != "Reuters"


def test_the_source_named_for_the_figures_is_who_speaks_on_after_them():
    text = ("A day after Recep Tayyip Erdogan said he would host new talks, the strikes resumed. "
            "In the night to Friday, 88 drones were launched at Ukraine. Sixty of them were shot down.\n\n"
            "Those numbers came from the Ukrainian air force. The drones had been launched from the Bryansk "
            "region and from Crimea, it said.")
    assert [c.claimant.name for c in claims_of(text)] == ["Ukrainian Air Force"]


@pytest.mark.parametrize("text, lang", [
    ('"Every school must stay open," the education minister, Oksen Lisovyi, said earlier.\n\n'
     "In the south, the port of Izmail was struck. Governor Oleh Kiper visited the terminal in the morning. "
     'Dozens of rescuers were at work there. "Fourteen drones were shot down over the district," he said.', "en"),
    ("«Усі школи мають працювати», — сказав раніше міністр освіти Оксен Лісовий.\n\n"
     "На півдні ворог атакував Ізмаїл. Уранці начальник ОВА Олег Кіпер приїхав на місце. "
     "Там працювали десятки рятувальників. «Над районом збили 14 дронів», — сказав він.", "uk"),
])
def test_he_said_is_the_person_named_since_the_last_one_who_spoke(text, lang):
    claims = extract_claims(text, date(2025, 5, 20), lang=lang)
    assert [c.claimant.name for c in claims] == ["Oleh Kiper"]


def test_he_said_is_not_a_body_named_in_his_sentence():
    text = ("Mayor Ihor Terekhov gave his morning count: \"Eleven drones struck the city overnight.\" "
            "Emergency services are clearing the rubble in two districts, he said.")
    assert [c.claimant.name for c in claims_of(text)] == ["Ihor Terekhov"]


def test_the_paragraphs_after_a_line_that_introduces_a_speaker_are_theirs():
    text = ("Zaporizhzhia Regional Military Administration\nOfficial website\n\n"
            "Ivan Fedorov, Head of the Regional Military Administration, informs:\n\n"
            "At night, air defence destroyed 9 drones over the region.\n\n"
            "In the morning, the enemy dropped 3 guided bombs on Stepnohirsk. A woman was injured.")
    assert {c.claimant.name for c in claims_of(text)} == {"Ivan Fedorov"}


def test_that_was_reported_by_gives_the_sentence_before_its_voice_not_the_voice_carried_on():
    text = ('"Overnight the enemy attacked Izmail with strike drones," Governor Oleh Kiper wrote.\n\n'
            "Twelve of the 15 drones aimed at the region were downed. That was reported by the Southern Defence "
            "Forces, which said the drones had come in from the sea.")
    by_claimant = {c.claimant.name: [(w.launched, w.destroyed) for w in c.weapons] for c in claims_of(text)}
    assert by_claimant["Defence Forces of the South of Ukraine"] == [(15, 12)]


def test_each_source_line_credits_the_block_above_it():
    text = ("Two people were hurt when a drone hit a garage in Chornomorsk overnight.\n\n"
            "Source: Oleh Kiper, head of the Odesa Regional Military Administration\n\n"
            "Nationwide, Russia sent 54 drones; 38 were shot down and 12 were lost locally.\n\n"
            "Source: Air Force of the Armed Forces of Ukraine")
    by_claimant = {c.claimant.name: [(w.launched, w.destroyed) for w in c.weapons] for c in claims_of(text)}
    assert by_claimant["Ukrainian Air Force"] == [(54, 38)]
    assert "Oleh Kiper" in by_claimant


def test_a_source_field_under_a_record_credits_the_record():
    text = ("RECORD 1\nDate: 1 June 2025, night\nLocation: Zaporizhzhia city\nWeapon: attack drones (type not given)\n"
            "Number: 3 drones launched at the city\nCasualties: 2 injured\n"
            "Source: Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration\n\n"
            "RECORD 2\nDate: 2 June 2025, approx. 14:00\nLocation: Kharkiv city\nWeapon: KAB guided aerial bombs\n"
            "Number: 2 bombs dropped on the city\nCasualties: 5 killed, 9 injured\n"
            "Source: Oleh Syniehubov, head of the Kharkiv Regional Military Administration\n")
    by_claimant = {c.claimant.name: (c.weapons[0].launched, c.killed, c.injured) for c in claims_of(text)}
    assert by_claimant == {"Ivan Fedorov": (3, None, 2), "Oleh Syniehubov": (2, 5, 9)}


def test_a_note_naming_the_data_by_a_body_named_before_gives_the_items_their_source():
    text = ("Each week we go through the Ukrainian Air Force's morning reports. The numbers here are the Air Force's own."
            "\n\nMonday\n48 drones launched, 30 shot down.\n\nTuesday\nA drone hit a shop in Sumy, Governor Oleh "
            "Hryhorov said.\n\nWednesday\n21 drones launched, 17 destroyed.")
    by_count = {c.weapons[0].launched: c.claimant.name for c in claims_of(text)}
    assert by_count[48] == by_count[21] == "Ukrainian Air Force"


def test_a_speaker_named_with_a_clause_saying_the_data_are_theirs_gives_the_sentence_before_its_voice():
    text = ("The mayor of Kherson, Roman Mrochko, said drones struck a school overnight, wounding two guards.\n\n"
            "Nationwide, Russia sent 64 drones overnight. The Ukrainian Air Force, which published those numbers, said "
            "41 of them had been downed over six regions, while 20 decoy drones were lost from radar.")
    by_claimant = {c.claimant.name: [(w.launched, w.destroyed) for w in c.weapons] for c in claims_of(text)}
    assert by_claimant["Ukrainian Air Force"][0] == (64, 41)


@pytest.mark.parametrize("text, lang", [
    ("Автор: Ігор Ткаченко\n\nУночі ударний дрон влучив у приватний будинок у Києві, двоє людей поранені.", "uk"),
    ("Reporting by Oleksii Kiper\n\nA drone hit a private house in Odesa overnight, injuring two people.", "en"),
])
def test_a_known_surname_after_another_first_name_is_someone_else(text, lang):
    claim = extract_claims(text, date(2025, 6, 2), lang=lang)[0]
    assert claim.claimant is None or claim.claimant.name not in ("Tymur Tkachenko", "Oleh Kiper")


@pytest.mark.parametrize("text, voice", [
    ("A drone hit a depot in Nova Kakhovka, Volodymyr Saldo said.", "Vladimir Saldo"),
    ("A drone hit a depot in Volgograd, Mr Bocharov said.", "Andrei Bocharov"),
])
def test_a_surname_after_its_own_first_name_in_another_spelling_or_a_courtesy_title_is_still_theirs(text, voice):
    assert only_claim(text).claimant.name == voice


def test_a_lead_told_by_officials_is_the_named_official_who_then_tells_of_the_same_weapon():
    text = ("A Russian ballistic missile struck a rail depot in Dnipro on Friday, killing two workers and wounding "
            "nine, Ukrainian officials said.\n\n"
            "The missile hit the depot just after 8 a.m., regional governor Serhiy Lysak said on Telegram.")
    assert [(c.claimant.name, c.killed, c.injured) for c in claims_of(text)] == [("Serhiy Lysak", 2, 9)]


@pytest.mark.parametrize("text, lang", [
    ("A Kremlin spokesman said the Russian army had shot down six of its own drones after the order to stop.", "en"),
    ("Речник Кремля заявив, що російські військові збили шість своїх дронів після наказу.", "uk"),
    ("Представитель Кремля заявил, что российская армия сбила шесть своих дронов после приказа.", "ru"),
])
def test_a_force_downing_its_own_drones_is_their_attacker(text, lang):
    claim = extract_claims(text, date(2025, 3, 19), lang=lang)[0]
    assert (claim.attacker, claim.weapons[0].destroyed) == ("RU", 6)


def test_weapons_a_struck_plant_makes_for_a_side_are_no_attack_of_that_side():
    text = "The General Staff said its drones hit a plant near Oryol, which it said makes engines for Russian drones."
    assert {c.attacker for c in claims_of(text)} == {"UA"}


def test_a_city_hit_by_weapons_is_their_target_not_their_attacker():
    assert only_claim("Kyiv was hit by Russian missiles overnight.").attacker == "RU"


def test_who_uses_what_a_strike_hit_is_no_attacker():
    text = ("Ukraine's military intelligence said the agency's long-range drones struck two barges used by Russia's "
            "Black Sea Fleet overnight.")
    assert only_claim(text).attacker == "UA"


def test_weapons_named_after_a_sides_military_body_are_that_sides():
    assert only_claim("SBU drones hit an airfield in Crimea as Russia strikes Odesa overnight").attacker == "UA"


def test_a_countrys_possessive_before_its_registered_body_is_no_voice_of_its_own():
    text = ("Ukrainian drones hit an ammunition depot near Kursk overnight, a source in Ukraine's SBU security service "
            "told AFP.\n\nUkraine's General Staff later said a fire had broken out at the depot.")
    assert claims_of(text)[0].claimant.name == "Security Service of Ukraine"


@pytest.mark.parametrize("text, lang", [
    ("Two injured as drones hit Mykolaiv port\n\nRussian drones struck port facilities in Mykolaiv overnight, injuring "
     "two workers, the regional governor Vitaliy Kim said on Friday.\n\n"
     "A warehouse and a crane were damaged, he said.\n\n"
     "Overall, Russia launched 143 drones at Ukraine overnight, and air defences downed 120 of them.", "en"),
    ("На Миколаївщині через атаку дронів постраждали двоє людей\n\nРосійські дрони вночі атакували порт у Миколаєві, "
     "двоє працівників поранені, повідомив голова ОВА Віталій Кім.\n\nПошкоджено склад і кран.\n\n"
     "Загалом у ніч на 14 березня росіяни запустили по Україні 143 дрони.", "uk"),
])
def test_a_whole_countrys_count_after_a_governors_account_is_not_his(text, lang):
    claims = extract_claims(text, date(2025, 3, 14), lang=lang)
    total = next(c for c in claims if any(w.launched == 143 for w in c.weapons))
    governor = next(c for c in claims if c.claimant is not None and c.claimant.name == "Vitaliy Kim")
    assert total is not governor and total.claimant is None


@pytest.mark.parametrize("text, lang", [
    ("Drones hit Sumy overnight\n\nRussian drones struck an industrial site in Sumy overnight, regional governor "
     "Oleh Hryhorov said on Monday. Three people were injured.\n\n"
     "In all, Russia sent 96 drones against Ukraine during the night. Air defence units brought down 71 of them.", "en"),
    ("Дрони атакували Суми\n\nРосійські дрони вночі вразили промисловий об'єкт у Сумах, повідомив голова ОВА "
     "Олег Григоров. Троє людей поранені.\n\n"
     "Загалом у ніч на 14 березня росіяни запустили по Україні 96 дронів. Силам ППО вдалося збити 71 безпілотник.",
     "uk"),
])
def test_the_air_defences_count_after_a_whole_countrys_goes_on_with_it(text, lang):
    claims = extract_claims(text, date(2025, 3, 14), lang=lang)
    total = next(c for c in claims if any(w.launched == 96 for w in c.weapons))
    assert total.claimant is None and total.weapons[0].destroyed == 71



@pytest.mark.parametrize("text, lang", [
    ("Черкаська обласна прокуратура відкрила справу. За даними прокурорів, удару завдали двома ракетами «Іскандер-М».",
     "uk"),
    ("Курская областная прокуратура возбудила дело. По данным прокуроров, удар нанесли двумя ракетами ATACMS.", "ru"),
])
def test_the_prosecutors_referred_to_are_the_voice_of_the_weapons_they_name(text, lang):
    claim = extract_claims(text, date(2025, 3, 14), lang=lang)[0]
    assert claim.claimant is not None and "prosecutor" in claim.claimant.name.lower()


@pytest.mark.parametrize("text, lang, voice", [
    ("Twelve drones were shot down over the Oryol region, the press service of the Russian Defence Ministry said.",
     "en", "Russian Defence Ministry"),
    ("Над Орловской областью сбиты 12 беспилотников, сообщили в пресс-службе Минобороны РФ.", "ru",
     "Russian Defence Ministry"),
    ("Над Черкащиною збито 12 дронів, повідомила пресслужба Повітряних сил.", "uk", "Ukrainian Air Force"),
])
def test_a_press_service_speaks_for_the_body_named_right_after_it(text, lang, voice):
    claim = extract_claims(text, date(2025, 3, 14), lang=lang)[0]
    assert claim.claimant is not None and claim.claimant.name == voice


@pytest.mark.parametrize("text", [
    "Three drones hit a warehouse in Kropyvnytskyi overnight, city authorities said.",
    "A drone struck a fuel depot in the Penza region early on Sunday, the regional authorities said.",
])
def test_regional_or_city_authorities_are_a_voice(text):
    claim = only_claim(text)
    assert claim.claimant is not None and "authorities" in claim.claimant.name.lower()


def test_a_bodys_possessive_owner_does_not_speak_for_the_body_named_after_it():
    text = ("Ukraine's air force said Russia fired 40 cruise missiles overnight and 31 of them were shot down. "
            "The military's Southern Operational Command said nine missiles were intercepted over the Odesa region.")
    voices = {w.destroyed: c.claimant.name for c in claims_of(text) for w in c.weapons if c.claimant}
    assert voices[9] == "Defence Forces of the South of Ukraine"


def test_an_official_who_summed_up_the_night_speaks_the_quote_after_the_colon():
    text = ("07:30 — The head of the Sumy Regional Military Administration, Oleh Hryhorov, has summed up the night: "
            "\"In all, 14 attack drones flew over the region and 12 of them were shot down.\"")
    assert only_claim(text).claimant.name == "Oleh Hryhorov"


def test_a_headline_credited_to_the_mod_is_the_ministrys_not_the_next_lines_governor():
    text = ("Air defences destroy 31 Ukrainian drones over three regions overnight — MoD\n\n"
            "In the Kursk Region, debris damaged two houses, Governor Alexander Khinshtein said\n\n"
            "MOSCOW, May 3. Russian air defences destroyed 31 Ukrainian drones overnight, the Russian Defence Ministry said.")
    assert [c.claimant.name for c in extract_claims(text, date(2025, 5, 3)) if c.weapons[0].destroyed == 31] \
        == ["Russian Defence Ministry"]


@pytest.mark.parametrize("text, lang, place", [
    ("Голова Чернігівської ОВА В'ячеслав Чаус повідомив, що вночі ворог атакував область дронами. «Над областю збито "
     "сім безпілотників», — написав він.\n\nВін також нагадав, що напередодні ввечері ворожий «шахед» влучив у склад "
     "у Ніжині.\n\nОновлено о 10:15: Повітряні сили оприлюднили дані про нічну атаку. У ніч на 5 березня противник "
     "запустив 80 ударних БпЛА типу Shahed. Сили ППО збили 60 дронів.", "uk", "Nizhyn"),
    ("Губернатор Белгородской области Вячеслав Гладков сообщил, что ночью регион атаковали беспилотники. «Повреждены "
     "два дома», — написал он.\n\nОн также напомнил, что накануне вечером ударный «шахед» попал в склад в Шебекино.\n\n"
     "Обновлено в 10:15: Воздушные силы ВСУ опубликовали данные о ночной атаке. В ночь на 5 марта противник запустил "
     "80 ударных БпЛА типа Shahed. Силы ПВО сбили 60 дронов.", "ru", "Shebekino"),
])
def test_an_official_who_recalls_an_earlier_strike_speaks_it(text, lang, place):
    """'He also recalled that ...' attributes what follows to him, not to the next voice."""
    voices = {p.name: c.claimant.name for c in extract_claims(text, date(2025, 3, 5), lang=lang) for p in c.places}
    assert voices[place] in ("Viacheslav Chaus", "Vyacheslav Gladkov")


def test_the_outlets_own_reminder_is_no_one_elses_attribution():
    text = ("Губернатор Брянской области Александр Богомаз сообщил, что ночью над регионом сбиты 12 беспилотников.\n\n"
            "Министерство обороны назвало другую цифру: над областью уничтожены 15 дронов.\n\n"
            "Напомним, по подсчетам нашей редакции, основанным на сообщениях губернатора, в январе над областью "
            "уничтожили более 500 дронов.")
    voices = {w.destroyed: c.claimant and c.claimant.name for c in extract_claims(text, date(2025, 2, 11), lang="ru")
              for w in c.weapons}
    assert voices[500] == "Alexander Bogomaz"


@pytest.mark.parametrize("text, town", [
    ("У Ніжинській міській раді повідомили, що вночі ворожий дрон влучив у склад на околиці міста.", "Nizhyn"),
    ("Конотопська МВА повідомила, що вночі місто атакували три шахеди.", "Konotop"),
])
def test_a_town_council_named_by_its_adjective_speaks_for_that_town(text, town):
    [claim] = extract_claims(text, date(2025, 3, 5), lang="uk")
    assert town in claim.claimant.name


def test_a_council_page_signed_by_its_mayor_is_in_the_mayors_voice():
    text = ("Ірпінська міська рада\n\nШановні ірпінчани! Інформую: вночі ворожий ударний дрон влучив у складське "
            "приміщення на вулиці Садовій. Постраждалих немає.\n\nМіський голова Петро Коваленко")
    [claim] = extract_claims(text, date(2025, 3, 5), lang="uk")
    assert claim.claimant.name == "Petro Kovalenko"


def test_a_channels_next_post_is_its_authors_again_after_one_that_quoted_the_ministry():
    text = ("Александр Хинштейн\nГубернатор Курской области\n\n08:05\nПо данным Министерства обороны, ночью над "
            "областью уничтожены 12 беспилотников.\n\n10:40\nДнём дрон атаковал автомобиль в Рыльске. Ранен водитель.")
    voices = {c.weapons[0].launched: c.claimant.name for c in extract_claims(text, date(2025, 11, 23), lang="ru")}
    assert voices[1] == "Alexander Khinshtein" and "inist" in voices[None]


def test_rescuers_putting_out_a_fire_do_not_take_the_post_from_its_author():
    text = ("Сергій Лисак\nНачальник Дніпропетровської ОВА\n\nВночі ворог атакував Павлоград трьома «шахедами». "
            "Виникла пожежа. Вогонь рятувальники ліквідували до ранку.\n\nВдень два дрони атакували Нікополь.")
    assert {c.claimant.name for c in extract_claims(text, date(2025, 8, 12), lang="uk")} == {"Serhiy Lysak"}


def test_a_name_labelling_the_headline_of_a_council_page_is_its_voice():
    text = ("Ірпінська міська рада\n\n12.03.2025 · Новини\n\nОлександр Марків: «Ми вистояли»\n\n"
            "Вночі ворожий дрон влучив у склад на околиці міста. Постраждалих немає.")
    [claim] = extract_claims(text, date(2025, 3, 12), lang="uk")
    assert claim.claimant.name == "Oleksandr Markiv"


@pytest.mark.parametrize("text, lang, voice", [
    ("Прокуратура Сумщини повідомила, що вночі дрон влучив у зерновий склад.", "uk", "Sumy prosecutor"),
    ("Поліція Полтавщини\n\nВночі ворожий дрон атакував заправку в Лубнах. Поранено водія.", "uk", "Poltava police"),
    ("Полиция Курской области сообщила, что дрон атаковал легковой автомобиль в Рыльске.", "ru", "Kursk police"),
])
def test_a_body_every_region_has_is_named_by_the_region_after_it(text, lang, voice):
    [claim] = extract_claims(text, date(2025, 7, 22), lang)
    assert claim.claimant.name == voice


def test_an_official_named_in_the_other_languages_spelling_is_the_registrys():
    text = ("Глава Сумской ОВА Дмитрий Живицкий сообщил, что ночью беспилотник попал в склад в Конотопе. "
            "Позже Живицкий добавил, что пострадавших нет.")
    [claim] = extract_claims(text, date(2025, 5, 1), lang="ru")
    assert claim.claimant.name == "Dmytro Zhyvytskyi"


def test_a_post_headed_by_a_persons_name_alone_is_in_their_voice():
    text = ("Олена Гриценко\n3 год.\n\nШановні жителі громади! Вночі ворог атакував село трьома «шахедами». "
            "Постраждалих немає.")
    [claim] = extract_claims(text, date(2025, 9, 16), lang="uk")
    assert claim.claimant.name == "Olena Hrytsenko"


def test_a_council_in_an_officials_title_is_not_the_speaker():
    text = "Секретар Сумської міської ради Олена Петренко повідомила, що вночі місто атакували три шахеди."
    [claim] = extract_claims(text, date(2025, 3, 5), lang="uk")
    assert "Petrenko" in claim.claimant.name


def test_a_regions_health_department_speaks_for_its_toll():
    [claim] = claims_of("The Sumy regional health department said five people were injured when a drone hit a bus.")
    assert claim.claimant.name == "Sumy regional health department" and claim.injured == 5


def test_a_department_of_health_is_named_as_one():
    text = ("Drones hit Shostka overnight, the regional head said.\n\nThe Department of Health of the Sumy Regional "
            "Military Administration said five people were injured.")
    assert "Health" in next(c.claimant.name for c in claims_of(text) if c.injured == 5)


def test_an_unnamed_regions_health_committee_gives_its_own_toll():
    text = ("Drones hit an oil depot in Saratov overnight, Governor Roman Busargin said.\n\n"
            "By the afternoon the regional health committee said four people had been injured.")
    tolls = {c.claimant.name: c.injured for c in claims_of(text)}
    assert tolls.get("regional health committee") == 4 and tolls.get("Roman Busargin") is None


def test_a_plural_noun_opening_a_sentence_is_no_speakers_surname():
    text = "Two guided bombs hit a bakery in Kharkiv on Friday.\n\nBakers told us that the night shift had just left."
    assert [c.claimant for c in claims_of(text)] == [None]


def test_a_surname_opening_a_sentence_is_still_a_speaker_the_report_names_in_full():
    text = ("Drones struck Odesa overnight, according to regional head Oleh Kiper.\n\n"
            "Kiper said three people were injured when a drone hit a house in the Kyivskyi district.")
    assert {c.claimant.name for c in claims_of(text)} == {"Oleh Kiper"}


def test_an_officials_surname_before_a_colon_labels_a_live_pages_later_post():
    text = ("ZAPORIZHZHIA, 12 May 2025\n\n08:10. Regional governor Ivan Fedorov said eleven drones were shot down "
            "overnight.\n\n11:15. Fedorov: a drone hit a warehouse in the Zaporizhzhia district; two people were injured. "
            "Ukrenergo says about 5,000 homes in the district are without power.")
    voices = {c.injured: c.claimant.name for c in extract_claims(text, date(2025, 5, 12)) if c.injured}
    assert voices == {2: "Ivan Fedorov"}


def test_a_village_council_named_by_a_hyphenated_adjective_speaks_for_that_village():
    text = "Каролино-Бугазька сільська рада повідомила, що вночі над селом збито чотири дрони."
    [claim] = extract_claims(text, date(2025, 3, 5), lang="uk")
    assert "Karolino-Buhaz" in claim.claimant.name


def test_a_body_named_after_a_city_opening_the_sentence_sits_in_that_citys_country():
    text = ("Ukraine's energy ministry said the overnight strike had damaged two thermal power plants. In Moscow, the "
            "defence ministry said its forces had hit energy facilities with precision weapons and attack drones.")
    voices = {c.claimant.name: c.attacker for c in claims_of(text) if c.claimant}
    assert voices.get("Russian Defence Ministry") == "RU"
