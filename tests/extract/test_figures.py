"""Counts launched and destroyed, tied to the right weapon."""

from datetime import date

import pytest

from skytruce.extract import extract_claims
from tests.extract.helpers import claims_of, only_claim, weapons_of

CASES = [
    ("Russia launched 31 drones and 2 missiles overnight, and air defences destroyed 28 drones and both missiles.",
     [("drone", 31, 28, "exact"), ("missile", 2, 2, "exact")]),
    ("Air defence units shot down 14 of 16 Shahed attack drones over the Poltava region.",
     [("Shahed-136/131", 16, 14, "exact")]),
    ("All 14 enemy drones were shot down, the air force said.",
     [("drone", 14, 14, "exact")]),
    ("The defenders eliminated 17 out of 22 UAVs of the Shahed-136/131 type.",
     [("Shahed-136/131", 22, 17, "exact")]),
    ("Ukraine said it shot down all but 10 of 741 drones launched by Russia.",
     [("drone", 741, 731, "exact")]),
    ("The enemy attacked with fourteen Shahed drones and three Kalibr cruise missiles.",
     [("Shahed-136/131", 14, None, "exact"), ("Kalibr", 3, None, "exact")]),
    ("Russia fired more than 150 drones at the capital.", [("drone", 150, None, "at_least")]),
    ("At least three Iskander-M missiles were launched at Kharkiv.", [("Iskander-M", 3, None, "at_least")]),
    ("The army fired about 40 guided aerial bombs at the front.", [("KAB", 40, None, "about")]),
    ("Up to 20 Kinzhal missiles could have been used.", [("Kh-47M2 Kinzhal", 20, None, "at_most")]),
    ("Russian forces launched twenty-five Geran-2 drones.", [("Shahed-136/131", 25, None, "exact")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_tallies(sentence, expected):
    assert weapons_of(sentence) == expected


def test_counts_split_across_sentences_join_one_weapon():
    text = ("Overnight the enemy launched 17 Shahed-136/131 attack UAVs from Cape Chauda.\n"
            "Air defences shot down 11 of them over the Odesa region.")
    assert weapons_of(text) == [("Shahed-136/131", 17, 11, "exact")]


def test_relative_clauses_pick_their_own_weapon():
    text = ("Russia launched five missiles and 12 drones overnight. The missiles, of which two were shot down, "
            "hit the north, while the drones, of which 11 were downed, targeted the west.")
    assert weapons_of(text) == [("missile", 5, 2, "exact"), ("drone", 12, 11, "exact")]


def test_lost_drones_are_not_destroyed():
    text = "Of the 20 drones launched by Russia, 15 were shot down and two more were lost locally."
    [(weapon, launched, destroyed, _)] = weapons_of(text)
    assert (weapon, destroyed) == ("drone", 15)


def test_aircraft_hit_are_targets_not_weapons():
    assert weapons_of("Ukrainian drones hit 41 Russian aircraft at four airfields.") == [("drone", None, None, "exact")]


def test_units_are_not_counts():
    assert weapons_of("A drone carrying 59 kilograms of explosives struck a building 300 km from the border.") == [
        ("drone", 1, None, "exact")]


def test_a_weapon_named_without_figures_is_still_an_attack():
    assert weapons_of("Russia struck Poltava with ballistic and cruise missiles overnight.") == [
        ("ballistic_missile", None, None, "exact"), ("cruise_missile", None, None, "exact")]


def test_spellings_no_list_foresees_land_on_the_canonical_name():
    assert weapons_of("Air defences shot down six Kinjal missiles.") == [("Kh-47M2 Kinzhal", 6, 6, "exact")][:0] + [
        ("Kh-47M2 Kinzhal", None, 6, "exact")]
    assert weapons_of("Russia launched 12 Shaheed drones.") == [("Shahed-136/131", 12, None, "exact")]
    assert weapons_of("Ukraine fired two Neptun missiles.") == [("Neptune", 2, None, "exact")]
    assert weapons_of("Russia launched 9 Shahed-136s overnight.") == [("Shahed-136/131", 9, None, "exact")]


def test_reporting_styles():
    assert weapons_of("Of the 128 drones launched overnight, 96 were shot down and 25 were lost to electronic "
                      "warfare, the air force said.") == [("drone", 128, 96, "exact")]
    assert weapons_of("A total of 23 Shaheds were downed in the Kharkiv region, according to Oleh Syniehubov.") == [
        ("Shahed-136/131", None, 23, "exact")]
    assert weapons_of("Ukrainian forces said they downed 2 Kh-59 guided missiles and 23 drones of 37 launched.") == [
        ("Kh-59/Kh-69", None, 2, "exact"), ("drone", 37, 23, "exact")]


def test_the_attacker_named_as_subject():
    [claim] = claims_of("The Russian military launched a massive attack with 267 drones, the largest of the war.")
    assert claim.attacker == "RU" and claim.claimant is None


def test_an_anti_radar_missile_is_counted_by_its_kind():
    assert weapons_of("The enemy also fired one anti-radar missile and 14 drones, the air force said.") == [
        ("aircraft_missile", 1, None, "exact"), ("drone", 14, None, "exact")]


def test_the_attacker_told_by_the_side_whose_sites_were_hit():
    assert [c.attacker for c in claims_of("Around 40 drones attacked Russian fuel depots in the south overnight.")] == ["UA"]
    assert [c.attacker for c in claims_of("Six drones struck a Ukrainian power plant before dawn.")] == ["RU"]


def test_regional_counts_with_the_weapon_left_out():
    text = ("Air defence systems destroyed 12 Ukrainian drones over the Belgorod region, five over the Voronezh "
            "region and three over the Rostov region overnight, the Russian defence ministry said.")
    assert weapons_of(text) == [("drone", None, 12, "exact"), ("drone", None, 5, "exact"), ("drone", None, 3, "exact")]


def test_neutralised_either_way_and_relative_lists():
    assert weapons_of("Russia fired 539 drones and 11 missiles overnight, the air force said. Air defenses shot down "
                      "or jammed 476 of the drones and two of the missiles.") == [
        ("drone", 539, 476, "exact"), ("missile", 11, 2, "exact")]
    assert weapons_of("The air force said Russia had used 48 drones and eight cruise missiles, of which 40 drones and "
                      "all eight missiles were shot down.") == [("drone", 48, 40, "exact"), ("cruise_missile", 8, 8, "exact")]


def test_operational_tactical_missiles_are_ballistic():
    text = "\"Four operational and tactical missiles were shot down over the Belgorod region,\" the Ministry of Defence of the Russian Federation said."
    [claim] = claims_of(text)
    assert (claim.claimant.name, [(w.category, w.destroyed) for w in claim.weapons]) == (
        "Russian Defence Ministry", [("ballistic_missile", 4)])


def test_a_call_to_refrain_from_strikes_names_no_attack():
    text = "Kyiv urged Moscow to agree to its proposal and refrain from striking power plants with drones and missiles."
    assert claims_of(text) == []


def test_n_of_the_m_with_no_weapon_counts_the_weapon_told_before():
    text = ("Russia fired six Iskander-M missiles at Dnipro before dawn. Five of the six were intercepted "
            "over the city, the regional governor said.")
    assert weapons_of(text) == [("Iskander-M", 6, 5, "exact")]


def test_a_hit_among_those_counted_is_not_another_launch():
    text = ("Russia attacked the Chernihiv region with 15 Shahed drones overnight, the regional military "
            "administration said. Eleven of them were shot down; one drone hit a farm building.")
    assert weapons_of(text) == [("Shahed-136/131", 15, 11, "exact")]
    assert weapons_of("A Ukrainian drone hit an oil refinery near Ufa, the governor said.") == [("drone", 1, None, "exact")]


@pytest.mark.parametrize("sentence", [
    "Russia now makes about 2,700 Shahed-type drones a month, Ukrainian intelligence estimates.",
    "Since February 2022, Russia has launched more than 9,000 missiles at Ukraine.",
    "Germany delivered 20 IRIS-T missiles and three Patriot launchers this year.",
    "A Kalibr missile costs about $6.5 million and has a range of 1,500 km.",
    "Up to 16 Kh-101 missiles are usually launched from each Tu-95MS bomber.",
    "The figure of 300 drones is not supported by the air force's summary.",
    "The ministry plans to build 4,000 interceptor drones by the end of the year.",
    "Each Tu-95MS carries up to eight Kh-101 missiles under its wings.",
    "Intelligence officials say Russia could soon be able to launch 900 drones a night.",
    "Patriot is the one system in its arsenal that can reliably intercept Kinzhal missiles.",
])
def test_weapons_that_are_no_attack_give_no_figure(sentence):
    assert [w for w in weapons_of(sentence) if w[1] or w[2]] == []


def test_a_weapons_history_in_service_is_no_attack():
    assert weapons_of("The Zircon was designed as a ship-killer and entered service with the Northern Fleet in 2023.") == []


def test_what_air_defence_could_intercept_that_night_is_a_figure():
    assert weapons_of("Russia launched 40 drones, and air defences could intercept 30 of them.") == [
        ("drone", 40, 30, "exact")]


def test_a_strike_delivered_is_an_attack_not_a_delivery():
    text = "Overnight the Russian armed forces delivered a massive strike with four Kinzhal missiles on airfields."
    assert weapons_of(text) == [("Kh-47M2 Kinzhal", 4, None, "exact")]


def test_a_sentence_that_tells_of_the_attack_keeps_its_figures_beside_a_history():
    assert weapons_of("Russia launched 800 drones overnight, its largest attack since the start of the war.") == [
        ("drone", 800, None, "exact")]


@pytest.mark.parametrize("sentence,expected", [
    ("Russia launched about 90 drones and 12 missiles overnight.",
     [("drone", 90, None, "about"), ("missile", 12, None, "about")]),
    ("Russia launched 50+ drones and ~40 missiles overnight.",
     [("drone", 50, None, "at_least"), ("missile", 40, None, "about")]),
    ("Air defences shot down more than 40 Russian attack drones.", [("drone", None, 40, "at_least")]),
    ("Over a dozen drones were shot down near Chernihiv.", [("drone", None, 12, "at_least")]),
])
def test_qualifiers_reach_through_modifiers_and_over_lists(sentence, expected):
    assert weapons_of(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Ukraine launched 91 drones at the residence, Lavrov said. He said air defences destroyed all of the drones.",
     [("drone", 91, 91, "exact")]),
    ("The ministry said it had downed drones over nine regions, including 13 over the Kursk region.",
     [("drone", None, 13, "exact")]),
    ("The military shot down seven of their own attack drones that had lost their way.",
     [("drone", None, 7, "exact")]),
    ("Debris fell on a plant during the liquidation of the UAV, officials said.", [("drone", None, 1, "exact")]),
])
def test_destroyed_told_in_other_words(sentence, expected):
    assert weapons_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Tu-95MS bomber can carry up to eight Kh-101 missiles on external pylons.",
    "Minsk said it would shoot down any drone that violates its airspace.",
    "Debris of one of the Kalibr missiles damaged a school.",
    "Ukraine said it destroyed an S-400 Triumf air defence system in Crimea.",
])
def test_what_a_weapon_can_do_a_piece_of_a_count_and_a_target_give_no_figure(sentence):
    assert [w for w in weapons_of(sentence) if w[1] or w[2]] == []


@pytest.mark.parametrize("sentence,expected", [
    ("Defence Minister Dovile Sakaliene said the drone was a Russian Gerbera.", [("Gerbera", 1, None, "exact")]),
    ("A Russian drone came down in a field near Ceadir-Lunga on Sunday.", [("drone", 1, None, "exact")]),
])
def test_one_weapon_identified_or_coming_down(sentence, expected):
    assert weapons_of(sentence) == expected


def test_a_question_names_no_weapon_that_flew():
    assert [w for w in weapons_of("What is a glide bomb? It is a heavy bomb fitted with wings.") if w[1]] == []


@pytest.mark.parametrize("sentence,expected", [
    ("Russia has launched 64 drones at Ukraine since midnight, the air force said.", [("drone", 64, None, "exact")]),
    ("Air defences have shot down 31 drones since 18:00, the ministry said.", [("drone", None, 31, "exact")]),
    ("The governor said crews had downed 12 drones since late Sunday evening.", [("drone", None, 12, "exact")]),
    ("The mayor said nine drones had been brought down since the previous evening.", [("drone", None, 9, "exact")]),
    ("Iranian-designed drones have repeatedly crossed into Moldova since the autumn of 2022.", []),
])
def test_since_the_night_began_is_this_attack_but_since_an_earlier_time_is_history(sentence, expected):
    assert weapons_of(sentence) == expected


def test_a_weapon_system_a_country_will_host_is_no_attack():
    text = "Minsk says it will host the Oreshnik ballistic missile system, which Moscow says cannot be intercepted."
    assert weapons_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Russian troops struck a fuel depot near Sumy with an Iskander-M missile system, the ministry said.",
     [("Iskander-M", None, None, "exact")]),
    ("Russia has moved Iskander-M missile systems closer to the border, the ministry said.", []),
])
def test_a_strike_made_with_a_missile_system_used_its_missiles(text, expected):
    assert weapons_of(text) == expected


def test_an_unnamed_guided_bomb_is_russias_kab():
    assert weapons_of("Russian aircraft dropped four guided bombs on Vovchansk, the governor said.") == [
        ("KAB", 4, None, "exact")]


def test_one_of_a_number_a_side_fired_counts_them_all():
    text = "The drone was one of 43 that Russia launched overnight, the air force said."
    assert weapons_of(text) == [("drone", 43, None, "exact")]


def test_the_places_a_sentence_names_after_were_are_targets_not_a_side():
    [claim] = claims_of("Air defences downed 30 drones overnight; the main targets were Kyiv and Odesa.")
    assert claim.attacker != "UA"


def test_a_variants_letters_after_a_model_keep_the_model():
    text = "Russia's ministry said air defences destroyed four Neptune-MD long-range missiles over Crimea."
    assert weapons_of(text) == [("Neptune", None, 4, "exact")]


def test_a_weapon_called_by_its_origin_is_that_origins_model():
    assert weapons_of("Russia fired three North Korean-made ballistic missiles at Kharkiv on Tuesday.") == [
        ("Iskander-M/KN-23", 3, None, "exact")]


def test_a_weapon_added_along_with_a_count_shares_its_verb():
    text = "The air force shot down all 25 Shahed drones launched overnight, along with a Kh-59 missile."
    assert weapons_of(text) == [("Shahed-136/131", 25, 25, "exact"), ("Kh-59/Kh-69", 1, 1, "exact")]
    part = "Both Kh-59 missiles were brought down, along with 31 of the drones, the air force said."
    assert weapons_of(part) == [("Kh-59/Kh-69", 2, 2, "exact"), ("drone", None, 31, "exact")]


def test_an_all_that_ends_a_list_does_not_reach_the_count_added_after_it():
    text = "Air defences downed 9 missiles — seven Kh-101s and both Kalibrs — as well as 140 drones, the air force said."
    assert weapons_of(text) == [("missile", None, 9, "exact"), ("Kh-101/Kh-555", None, 7, "exact"),
                                ("Kalibr", 2, 2, "exact"), ("drone", None, 140, "exact")]


@pytest.mark.parametrize("line", ["Lgov district. 17 drones, 12 shot down.", "Lgov district: 17 UAVs, 12 destroyed."])
def test_a_bare_count_then_a_count_with_its_own_verb_is_a_whole_and_its_downed_part(line):
    assert weapons_of(f"The governor listed the night's attacks by district. {line}") == [("drone", 17, 12, "exact")]


def test_a_spaced_hyphen_after_a_weapon_opens_an_aside_not_a_compound():
    text = "The air force said Russia sent 85 attack drones - about 50 of them Shaheds - at Ukraine overnight."
    assert weapons_of(text) == [("drone", 85, None, "exact"), ("Shahed-136/131", 50, None, "about")]
    assert weapons_of("Two missile-carrying ships left port.") == []


@pytest.mark.parametrize("text", [
    "NIGHT TO TUESDAY\n- 75 Shahed drones launched from Kursk\n- 61 shot down over the south",
    "Уночі Херсон атакували 75 «шахедів». 61 збили сили ППО.",
])
def test_a_line_that_opens_with_a_count_and_its_verb_counts_the_weapon_told_just_before(text):
    assert weapons_of(text) == [("Shahed-136/131", 75, 61, "exact")]


@pytest.mark.parametrize("text", [
    "Уночі ворог атакував ударними дронами Кременчук. Їх було щонайменше вісім, повідомив Віталій Малецький.",
    "Ночью ударные дроны атаковали Таганрог. Их было не менее восьми, сообщил Юрий Слюсарь.",
    "Russian attack drones struck Kremenchuk overnight. There were at least eight of them, the mayor said.",
])
def test_how_many_the_weapons_named_before_were_is_their_count(text):
    assert weapons_of(text) == [("drone", 8, None, "at_least")]


def test_a_count_after_its_verb_and_only_is_the_count_downed():
    text = ("Russia fired four Kinzhal missiles at the west, the minister said. "
            "But the Kinzhals — of the four, we intercepted only one.")
    assert weapons_of(text) == [("Kh-47M2 Kinzhal", 4, 1, "exact")]


def test_a_hundred_and_some_after_a_partitive_is_that_many_not_one():
    text = "Russia sent 140 drones overnight, the spokesman said. Of these, a hundred and twelve were shot down."
    assert weapons_of(text) == [("drone", 140, 112, "exact")]


def test_one_count_of_two_models_of_one_kind_is_the_first_models_as_tallies_keep_it():
    assert weapons_of("Overnight Russia sent 96 Shahed-type and Gerbera drones against Ukraine.") == [
        ("Shahed-136/131", 96, None, "exact")]
    assert weapons_of("Overnight Russia sent 40 Shaheds and two drones of another type.") == [
        ("Shahed-136/131", 40, None, "exact"), ("drone", 2, None, "exact")]


def test_a_second_figure_with_its_own_passive_verb_is_not_shot_down_with_the_first():
    assert weapons_of('Air defences destroyed 61 drones and 22 drones were "locally lost", the force said.') == [
        ("drone", None, 61, "exact")]


def test_a_bare_count_after_a_verb_counts_the_weapon_named_before():
    assert weapons_of("Russia fired 44 drones at the south; air defence downed 30 and the rest hit fields.") == [
        ("drone", 44, 30, "exact")]


def test_a_footnote_mark_after_a_full_stop_still_ends_the_sentence():
    text = ("The air force said Russia launched 70 drones at Ukraine overnight.[2] "
            "The Air Force stated that Ukrainian forces downed 52 drones.[3]")
    assert weapons_of(text) == [("drone", 70, 52, "exact")]


def test_weapons_that_reached_their_target_are_part_of_those_launched():
    text = "Russia launched 15 drones at Poltava overnight; 11 were destroyed and four reached the city, the governor said."
    assert weapons_of(text) == [("drone", 15, 11, "exact")]


def test_all_of_a_count_told_before_destroyed_means_every_one_launched_was():
    text = ("The ministry said it shot down four Ukrainian drones over the Tula region. "
            "All of the drones were promptly “detected and neutralised”, it added.")
    assert weapons_of(text) == [("drone", 4, 4, "exact")]


@pytest.mark.parametrize("sentence,expected", [
    ("Russia sent 48 drones overnight: 39 shot down, 7 lost locally.", [("drone", 48, 39, "exact")]),
    ("Russia launched 12 Shaheds at Kherson, all shot down, the governor said.", [("Shahed-136/131", 12, 12, "exact")]),
    ("Russia launched 12 Shaheds at Kherson, all of them were intercepted.", [("Shahed-136/131", 12, 12, "exact")]),
    ("Kyiv claims a hit on the depot, where drones struck tanks.", [("drone", None, None, "exact")]),
])
def test_counts_told_by_their_verb_alone(sentence, expected):
    assert weapons_of(sentence) == expected


def test_a_table_row_counts_its_weapon_cell_and_speaks_in_its_source_cell():
    row = "12 May | Kherson, Dniprovskyi district | KAB | 3 dropped | 2 injured | Oleksandr Prokudin"
    [claim] = claims_of(row)
    assert claim.claimant.name == "Oleksandr Prokudin"
    assert [(w.model or w.category, w.launched) for w in claim.weapons] == [("KAB", 3)] and claim.injured == 2


def test_a_downed_drone_is_one_destroyed_unless_counted_before():
    assert weapons_of("Debris of a downed drone fell on a warehouse in Yelets, the governor said.") == [
        ("drone", None, 1, "exact")]
    text = ("Russia launched 25 drones at the Chernihiv region, the governor said. "
            "Debris of a downed drone damaged a house in Nizhyn, he added.")
    assert weapons_of(text) == [("drone", 25, None, "exact")]


def test_list_items_take_the_verb_of_the_line_that_opens_the_list():
    text = ("The air force said Russia launched:\n– 6 Kh-101 cruise missiles;\n– 40 Shahed drones.\n\n"
            "Air defence shot down:\n– 5 Kh-101 cruise missiles;\n– 33 Shahed drones.")
    assert weapons_of(text) == [("Kh-101/Kh-555", 6, 5, "exact"), ("Shahed-136/131", 40, 33, "exact")]
    bulleted = ("Overnight the enemy launched 3 Kalibr missiles and 52 Shahed drones.\n\n"
                "Air defence shot down or suppressed:\n🔹 2 Kalibr missiles;\n🔹 44 Shahed drones.")
    assert weapons_of(bulleted) == [("Kalibr", 3, 2, "exact"), ("Shahed-136/131", 52, 44, "exact")]
    unmarked = ("Overnight the enemy launched 4 Kalibr missiles and 60 Shahed drones.\n\n"
                "By 08:30 air defence had shot down 50 targets:\n\n3 Kalibr missiles;\n47 Shahed drones.")
    assert weapons_of(unmarked) == [("Kalibr", 4, 3, "exact"), ("Shahed-136/131", 60, 47, "exact")]


def test_a_list_line_that_tells_what_became_of_its_count_keeps_the_count_launched():
    text = ("The navy said the enemy fired 20 missiles; 12 were shot down and three were lost to jamming.\n\n"
            "Its figures by type:\n– 8 Kalibr cruise missiles, 6 shot down\n– 12 Kh-101 cruise missiles, 6 shot down")
    assert ("Kalibr", 8, 6, "exact") in weapons_of(text) and ("Kh-101/Kh-555", 12, 6, "exact") in weapons_of(text)


def test_a_year_after_a_month_is_no_count():
    assert weapons_of("Ukraine first shot down a Kinzhal in May 2023 over Kyiv.") == [("Kh-47M2 Kinzhal", None, 1, "exact")]


def test_a_model_among_all_that_were_downed_was_downed_every_one():
    assert weapons_of("The air force said it downed all Russian missiles, including four Kalibr missiles, fired at Odesa.") == [
        ("Kalibr", 4, 4, "exact")]


def test_a_regional_count_reaches_its_place_past_the_waters_of():
    text = ("Overnight, air defences destroyed 11 drones over the Bryansk region and two over the waters of "
            "the Sea of Azov, the ministry said.")
    assert sorted(w[2] for w in weapons_of(text)) == [2, 11]


def test_a_models_share_of_a_count_is_that_models_own_figure():
    text = "Air defence destroyed 31 Russian drones of various types overnight, 19 of them Shahed attack drones."
    assert set(weapons_of(text)) == {("drone", None, 31, "exact"), ("Shahed-136/131", None, 19, "exact")}


def test_a_count_put_at_a_number_takes_the_tallys_weapon_and_verb():
    text = ("The ministry put the number of drones shot down over the Kursk region at 17, "
            "among 52 it said it had destroyed across the country.")
    assert {(w[0], w[2]) for w in weapons_of(text)} == {("drone", 17), ("drone", 52)}


def test_figures_detected_and_destroyed_were_destroyed():
    assert weapons_of("Three drones were detected and destroyed over the Oryol region, the ministry said.") == [
        ("drone", None, 3, "exact")]


def test_several_thousand_names_no_count():
    assert all(w[1] is None for w in weapons_of("Russia fired several thousand drones at Ukraine last month."))


def test_a_hyphenated_modifier_between_count_and_weapon():
    assert weapons_of("Air defences destroyed 23 fixed-wing drones over the Bryansk region overnight.") == [
        ("drone", None, 23, "exact")]


@pytest.mark.parametrize("sentence", [
    "A first-person-view drone dropped a charge on a tractor near Bilopillia, injuring its driver.",
    "A Russian first-person-view (FPV) drone hit an ambulance in Kupiansk on Monday.",
])
def test_a_modifier_of_several_hyphenated_words_leaves_the_article_a_count_of_one(sentence):
    assert [w[:2] for w in weapons_of(sentence)] == [("drone", 1)]


def test_the_named_weapon_listed_after_a_count_shares_its_verb():
    text = "Russia launched 31 drones and a Kh-59 missile. Air defence shot down 25 drones and the Kh-59 missile."
    assert ("Kh-59/Kh-69", 1, 1, "exact") in weapons_of(text)


def test_all_of_a_class_listed_after_a_count_were_destroyed():
    text = "Russia launched 90 drones and nine Kalibr missiles. Air defence downed 70 drones and all of the Kalibrs."
    assert ("Kalibr", 9, 9, "exact") in weapons_of(text)


def test_a_verb_inside_a_hyphenated_word_is_no_role():
    assert weapons_of("The Kalibr is a ship-launched cruise missile with a range of 1,500 km.") in ([], [
        ("Kalibr", None, None, "exact")])


def test_a_bare_bomb_dropped_on_a_town_is_a_guided_bomb_and_another_is_one_more():
    text = "Two bombs hit the Nemyshlianskyi district overnight, and another bomb fell near a school, the mayor said."
    assert sorted(w[1] for w in weapons_of(text) if w[0] == "KAB") == [1, 2]


def test_a_bomb_shelter_names_no_weapon():
    assert weapons_of("Residents of Sumy spent the night in a bomb shelter after Shahed drones hit the city.") == [
        ("Shahed-136/131", None, None, "exact")]


def test_none_of_a_model_shot_down_is_a_zero():
    text = ("Russia fired four Iskander-M and six Kh-22 missiles overnight. None of the Iskanders was intercepted, "
            "and none of the six Kh-22s were shot down.")
    assert set(weapons_of(text)) == {("Iskander-M", 4, 0, "exact"), ("Kh-22", 6, 0, "exact")}
    modal = "Russia fired four Iskander-M missiles at Dnipro overnight, and none could be intercepted."
    assert weapons_of(modal) == [("Iskander-M", 4, 0, "exact")]
    share = "Russia fired ten missiles. The other three were Kinzhal missiles, and none of them was shot down."
    assert ("Kh-47M2 Kinzhal", 3, 0, "exact") in weapons_of(share)


def test_a_participle_after_the_weapon_yields_to_the_main_verb():
    text = "The air force said a Kh-59 missile fired from over the Belgorod region had also been shot down."
    assert weapons_of(text) == [("Kh-59/Kh-69", None, 1, "exact")]


def test_a_record_set_by_this_attack_is_this_attack():
    text = ("Russia launched 420 drones at Ukraine overnight, the air force said, the largest number it has "
            "recorded in a single night since the invasion began.")
    assert weapons_of(text) == [("drone", 420, None, "exact")]
    since = "Russia had launched 560 drones at Ukraine overnight, the heaviest raid since the summer, the air force said."
    assert weapons_of(since) == [("drone", 560, None, "exact")]


def test_counts_said_to_be_a_model_are_that_models_share():
    text = ("Russia fired 15 missiles overnight. Five of the missiles were Iskander-M ballistic missiles, and ten "
            "were Kh-101 cruise missiles launched from Tu-95 bombers.")
    assert {("Iskander-M", 5), ("Kh-101/Kh-555", 10)} <= {(w[0], w[1]) for w in weapons_of(text)}


def test_half_of_them_is_half_the_count_told():
    assert weapons_of("Russia fired 18 missiles overnight, and half of them were shot down.") == [
        ("missile", 18, 9, "exact")]


def test_half_of_a_stated_number_is_that_number_launched_and_half_destroyed():
    assert weapons_of("Air defence shot down half of the ten Kalibr missiles fired at Odesa.") == [
        ("Kalibr", 10, 5, "exact")]


def test_people_killed_in_a_town_are_no_weapons_over_it():
    text = "Russian glide bombs kill seven in Sumy as strikes on border towns intensify"
    assert all(w[1] is None for w in weapons_of(text))


def test_a_participle_between_a_count_and_its_weapon_gives_the_count_its_role():
    assert weapons_of("The ministry said it had counted 37 intercepted Ukrainian drones by morning.") == [
        ("drone", None, 37, "exact")]
    assert weapons_of("Debris of one of the downed drones fell on a garage.") == [("drone", None, None, "exact")]


def test_a_kinds_part_with_its_verb_left_out_takes_the_verb_of_the_part_before():
    text = "Russia launched 12 missiles and 64 drones at Lviv. Of the missiles, ten were intercepted; of the drones, 51."
    assert weapons_of(text) == [("missile", 12, 10, "exact"), ("drone", 64, 51, "exact")]


def test_an_attacking_weapon_counted_takes_the_role_of_its_verb():
    assert weapons_of("Some 30 incoming drones were brought down over the Kaluga region, the governor wrote.") == [
        ("drone", None, 30, "about")]
    assert weapons_of("Air defences said 18 attacking drones had been intercepted by dawn.") == [("drone", None, 18, "exact")]
    assert weapons_of("The mayor counted 12 attacking drones over the city before dawn.") == [("drone", 12, None, "exact")]


def test_neither_of_two_told_before_was_destroyed():
    text = "Russia fired two Kalibr missiles at the port overnight. Neither was shot down, the navy said."
    assert weapons_of(text) == [("Kalibr", 2, 0, "exact")]


def test_all_but_a_few_shot_down_after_the_count():
    assert weapons_of("Russia fired 16 Kalibr missiles from the Black Sea. All but three were shot down.") == [
        ("Kalibr", 16, 13, "exact")]


def test_weapons_kept_at_a_site_or_a_risk_run_are_no_attack():
    text = "Ukrainian drones struck an airfield near Morozovsk, hitting a depot where glide bombs were stored."
    assert [w[0] for w in weapons_of(text)] == ["drone"]
    assert weapons_of("Crews who flew there risked being shot down by portable air defence missiles.") == []


def test_a_word_between_count_and_weapon_that_modifies_the_weapon_counts_no_strikes():
    assert ("Shahed-136/131", 230, None, "exact") in weapons_of("Russia launched 230 Shahed-type strike and decoy "
                                                                "drones overnight.")
    assert weapons_of("The region saw 14 drone strikes on Sunday.") == [("drone", None, None, "exact")]


def test_a_second_reported_clause_has_its_own_verb():
    text = ("The air force reported that its units downed 31 drones, and that six missiles and 12 drones struck "
            "nine locations.")
    assert ("missile", 6, None, "exact") in weapons_of(text)


def test_a_verb_of_an_of_which_clause_is_not_the_role_of_the_next_figure():
    text = "The force counted 38 missiles, of which 25 were shot down, and 91 attack drones of the Shahed type."
    assert weapons_of(text) == [("missile", 38, 25, "exact"), ("Shahed-136/131", 91, None, "exact")]


def test_missiles_of_various_types_are_no_one_models_count():
    text = ("The attack combined Kh-101 cruise missiles, Iskander-M ballistic missiles and Kh-59 guided missiles. "
            "The air force counted 27 missiles of various types.")
    assert ("missile", 27, None, "exact") in weapons_of(text)


def test_none_of_a_model_named_with_its_class_noun_is_a_zero():
    text = "Russia fired four Kinzhal missiles overnight. None of the four Kinzhal missiles was intercepted."
    assert weapons_of(text) == [("Kh-47M2 Kinzhal", 4, 0, "exact")]


def test_so_many_of_our_drones_are_all_of_them():
    text = '"More than 40 of our drones took part in the strike," the commander wrote.'
    assert weapons_of(text) == [("drone", 40, None, "at_least")]


def test_a_part_of_them_with_its_own_verb_right_after_takes_that_verb():
    assert weapons_of("The morning report counted 72 drones, 51 of them shot down.") == [("drone", 72, 51, "exact")]


@pytest.mark.parametrize("correction", [
    "Correction: An earlier version of this report said Russia launched 41 drones; the figure was 14.",
    "Виправлення: у попередній версії новини йшлося про 41 дрон, насправді їх було 14.",
])
def test_a_corrections_retracted_figure_is_no_claim(correction):
    assert all(41 not in (w.launched, w.destroyed) for c in claims_of(correction) for w in c.weapons)


def test_a_count_of_targets_before_a_colon_gives_its_verb_to_the_list_after_it():
    text = "Air defence has shot down 61 targets: 3 Kalibr cruise missiles and 58 drones of various types."
    assert weapons_of(text) == [("Kalibr", None, 3, "exact"), ("drone", None, 58, "exact")]
    assert ("Kh-101/Kh-555", 5, None, "exact") in weapons_of("Source: Air Force. 5 Kh-101 missiles were fired.")


def test_so_many_of_them_were_a_model_is_that_models_share_of_those_sent():
    text = ("Russia attacked Ukraine overnight with 140 attack drones and decoys. About 90 of them were Shaheds, "
            "the air force said.")
    assert ("Shahed-136/131", 90, None, "about") in weapons_of(text)


def test_impacts_of_so_many_recorded_are_among_those_launched():
    text = "Russia launched 64 drones overnight, the air force said. Impacts of 11 drones were recorded at five locations."
    assert weapons_of(text) == [("drone", 64, None, "exact")]


@pytest.mark.parametrize("background", [
    "Odesa has been one of the most frequent targets of Russian missiles and drones since the spring.",
    "Since the start of the full-scale invasion, debris of Russian drones has been found in Romania about 20 times.",
])
def test_a_background_sentence_about_targets_since_long_ago_is_no_attack(background):
    text = "Russia launched 40 drones at Kharkiv overnight, the governor said. " + background
    assert [([w.category for w in c.weapons], [p.name for p in c.places]) for c in claims_of(text)] == [
        (["drone"], ["Kharkiv"])]


def test_the_defences_that_shot_down_some_of_them_are_not_what_was_counted():
    text = ("On Sunday, six ATACMS were fired at the position of an S-400 air defence battalion, the ministry said. "
            "Pantsir systems shot down four of them.")
    assert ("ATACMS", 6, 4, "exact") in weapons_of(text)
    assert all(w[1] is None for w in weapons_of(text) if w[0] == "S-400")  # a battalion, not one missile


def test_a_part_of_them_reaches_its_verb_past_an_aside():
    text = "Nineteen drones entered Polish airspace overnight. Three of them, and perhaps a fourth, were then shot down."
    assert weapons_of(text) == [("drone", 19, 3, "exact")]


def test_all_the_missiles_of_a_kind_after_a_count_were_all_destroyed():
    text = "Russia launched nine Kh-101 cruise missiles overnight. Air defence downed 52 drones and all the cruise missiles."
    assert ("Kh-101/Kh-555", 9, 9, "exact") in weapons_of(text)


@pytest.mark.parametrize("text, expected", [
    ("The military recorded 12 incursions by drones overnight, and at least two of them were shot down.",
     [("drone", 12, 2, "at_least")]),
    ("Air defence logged 7 drone incursions into the region's airspace.", [("drone", 7, None, "exact")]),
])
def test_each_incursion_is_one_weapon(text, expected):
    assert weapons_of(text) == expected


def test_a_relative_clause_that_denies_an_interception_gives_none_destroyed():
    text = "Russia also launched two Iskander-M missiles from Bryansk, which were not intercepted."
    assert weapons_of(text) == [("Iskander-M", 2, 0, "exact")]


@pytest.mark.parametrize("text, expected", [
    ("Why none of the four Kh-22 missiles were intercepted", [("Kh-22", 4, 0, "exact")]),
    ("Of the missiles, 31 were shot down, the air force said.", [("missile", None, 31, "exact")]),
])
def test_a_part_of_a_whole_not_told_before_is_that_weapons_own_figure(text, expected):
    assert weapons_of(text) == expected


def test_a_share_of_the_weapons_sent_at_one_place_is_that_places_count():
    text = ('The navy spokesman said 14 of the drones had been aimed at the port of Reni. '
            '"Eleven of them were shot down," he said.')
    assert weapons_of(text) == [("drone", 14, 11, "exact")]


def test_one_of_the_weapons_sent_somewhere_is_no_count():
    assert weapons_of("One of the missiles aimed at Lviv crossed into Polish airspace.") == [("missile", None, None, "exact")]


@pytest.mark.parametrize("text", [
    "Russia launched 61 drones overnight. Air defences neutralised 48 drones: 40 were shot down and 8 were lost locally.",
])
def test_what_was_downed_of_a_neutralised_total_is_the_downed_part(text):
    assert weapons_of(text) == [("drone", 61, 40, "exact")]


def test_a_list_lines_count_after_a_dash_or_colon_is_what_was_launched():
    text = ("The air force listed the weapons used overnight:\n"
            "• Kalibr: 8 (all shot down)\n"
            "• Kh-101 – 14 (11 shot down)")
    assert weapons_of(text) == [("Kalibr", 8, 8, "exact"), ("Kh-101/Kh-555", 14, 11, "exact")]


def test_a_list_after_a_passive_verb_and_a_colon_takes_that_verb():
    text = "Over the night, 48 aerial targets were shot down: 41 Shahed drones, 5 Kalibr missiles and 2 Kh-59 missiles."
    assert weapons_of(text) == [("Shahed-136/131", None, 41, "exact"), ("Kalibr", None, 5, "exact"),
                                ("Kh-59/Kh-69", None, 2, "exact")]


@pytest.mark.parametrize("text", [
    "Night to Friday: 58 drones and 2 Kalibr missiles. Shot down: 51 drones and 2 missiles.",
    "Launched: 58 drones and 2 Kalibr missiles.\nDestroyed: 51 drones and 2 missiles.",
    "The force counted 58 drones and 2 Kalibr missiles. What it shot down or suppressed: 51 drones and 2 missiles.",
])
def test_a_label_that_ends_with_a_role_verb_gives_the_counts_after_it_that_role(text):
    assert weapons_of(text) == [("drone", 58, 51, "exact"), ("Kalibr", 2, 2, "exact")]


def test_a_count_after_a_place_and_a_dash_with_a_verb_of_its_own_is_that_verbs():
    text = "- 18 Kalibr missiles, fired from submarines in the Black Sea – 15 intercepted;"
    assert weapons_of(text) == [("Kalibr", 18, 15, "exact")]


@pytest.mark.parametrize("text, expected", [
    ("Russia launched two dozen Shahed drones at Mykolaiv, and half were intercepted.", [("Shahed-136/131", 24, 12, "exact")]),
    ("Russia launched 36 drones overnight and two-thirds of them were shot down.", [("drone", 36, 24, "exact")]),
    ("Russia launched 40 drones; three quarters were shot down.", [("drone", 40, 30, "exact")]),
    ("The governor said half a dozen drones attacked Sudzha.", [("drone", 6, None, "exact")]),
    ("The ministry said every one of the eight missiles was shot down.", [("missile", 8, 8, "exact")]),
    ("Drones: 44; shot down: 31.", [("drone", 44, 31, "exact")]),
])
def test_counts_told_as_dozens_shares_and_labels(text, expected):
    assert weapons_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The air force said it shot down 31 of more than 40 Shahed drones.", [("Shahed-136/131", 40, 31, "at_least")]),
    ("Air defence destroyed 20 of about 30 drones.", [("drone", 30, 20, "about")]),
])
def test_a_qualified_whole_after_of(text, expected):
    assert weapons_of(text) == expected


def test_one_of_several_launched_tells_how_many_were_launched():
    assert weapons_of("The building was hit by a Kh-22 missile, one of six launched during the day.") == [
        ("Kh-22", 6, None, "exact")]


def test_the_first_half_of_a_pair_of_compounds_is_a_modifier():
    text = "The Russians fired 28 air- and sea-launched Kh-101 cruise missiles, and 18 of them were destroyed."
    assert weapons_of(text) == [("Kh-101/Kh-555", 28, 18, "exact")]


@pytest.mark.parametrize("text, expected", [
    ("At least 15 of the navy's Neptune missiles took part in the strike, a source said.", ("Neptune", 15, None, "at_least")),
    ("Kyiv sent 30 of the service's long-range drones against the depot.", ("drone", 30, None, "exact")),
])
def test_a_count_of_an_owners_weapons_is_all_of_them(text, expected):
    assert weapons_of(text) == [expected]


def test_the_number_a_voice_puts_a_tally_at_is_a_count():
    assert weapons_of("The governor put the number of drones that crossed the border at about 30.") == [
        ("drone", 30, None, "about")]


@pytest.mark.parametrize("text, expected", [
    ("None of the six Kh-22 missiles, which were fired from the Sea of Azov, was shot down, the spokesman said.",
     [("Kh-22", 6, 0, "exact")]),
    ("The crews could not intercept any of the three S-300 missiles.", [("S-300", 3, 0, "exact")]),
    ("None of the five Iskander-M missiles was intercepted, nor were any of the two Kh-31P missiles.",
     [("Iskander-M", 5, 0, "exact"), ("Kh-31P", 2, 0, "exact")]),
])
def test_none_of_a_counted_set_was_destroyed(text, expected):
    assert weapons_of(text) == expected


def test_a_count_of_more_over_another_place_is_a_count_of_its_own():
    assert weapons_of("Eleven drones were shot down over the Oryol region and three more over the Tula region.") == [
        ("drone", None, 11, "exact"), ("drone", None, 3, "exact")]


def test_the_tochka_u_is_a_ballistic_missile():
    assert weapons_of("Air defences downed two Tochka-U missiles over the Belgorod region.") == [("Tochka-U", None, 2, "exact")]


@pytest.mark.parametrize("text", [
    "All 16 launched attack drones were brought down over the Sumy region.",
    "За даними Повітряних сил, усі 16 запущених ударних дронів було збито над Сумщиною.",
])
def test_all_of_those_launched_downed_are_as_many_downed_as_launched(text):
    assert weapons_of(text) == [("drone", 16, 16, "exact")]


@pytest.mark.parametrize("text, lang", [
    ("Eleven drones were heading for Poltava overnight, and air defence shot them down, the governor said.", "en"),
    ("Уночі на Полтаву летіли одинадцять дронів, сили ППО збили їх, повідомив голова ОВА.", "uk"),
    ("Ночью к Белгороду летели одиннадцать беспилотников, средства ПВО уничтожили их, сообщил губернатор.", "ru"),
])
def test_the_weapons_counted_then_downed_as_them_were_all_downed(text, lang):
    assert weapons_of(text, lang=lang) == [("drone", 11, 11, "exact")]


@pytest.mark.parametrize("text, lang", [
    ("Ворог випустив по Миколаївщині 12 ударних дронів. Усі атаки були відбиті силами ППО.", "uk"),
    ("Противник выпустил по области 12 ударных беспилотников. Все атаки были отражены силами ПВО.", "ru"),
])
def test_all_attacks_repelled_after_a_count_downed_every_one(text, lang):
    assert weapons_of(text, lang=lang) == [("drone", 12, 12, "exact")]


@pytest.mark.parametrize("text, lang", [
    ("Overnight Russia fired two Iskander-M missiles at Poltava. The missiles, the air force said, were not shot "
     "down.", "en"),
    ("Уночі ворог випустив по Полтаві дві ракети «Іскандер-М». Ракети, за даними командування, не збито.", "uk"),
    ("Ночью противник выпустил по Полтаве две ракеты «Искандер-М». Ракеты, по данным командования, не сбиты.", "ru"),
])
def test_weapons_not_downed_with_an_aside_before_the_verb_were_none_downed(text, lang):
    assert weapons_of(text, lang=lang) == [("Iskander-M", 2, 0, "exact")]


def test_a_part_out_of_a_total_of_a_count_is_of_that_count():
    assert weapons_of("Air defence downed 23 out of a total of 30 attack drones over the Chernihiv region.") == [
        ("drone", 30, 23, "exact")]


@pytest.mark.parametrize("text, lang", [
    ("The governor said all drones were shot down. Later he wrote that air defence destroyed nine drones over "
     "the Kursk region.", "en"),
    ("Губернатор Роман Старовойт сообщил, что все беспилотники сбиты. Позже он написал, что над Курской областью "
     "уничтожены девять беспилотников.", "ru"),
    ("Міністерство оборони рф заявило, що всі повітряні цілі перехоплено. Над Курською областю, за даними "
     "відомства, знищено дев'ять безпілотників.", "uk"),
])
def test_all_shot_down_before_the_count_is_as_many_launched_as_downed(text, lang):
    assert [w for w in weapons_of(text, lang=lang) if w[2]] == [("drone", 9, 9, "exact")]


@pytest.mark.parametrize("text", [
    "Overnight, air defences shot down 90 aerial targets. Among them were 84 drones and six Kh-101 missiles.",
    "Уночі силами ППО збито 90 повітряних цілей. Серед них 84 дрони та шість ракет Х-101.",
    "Ночью средствами ПВО сбиты 90 воздушных целей. Среди них 84 беспилотника и шесть ракет Х-101.",
])
def test_a_breakdown_among_the_targets_told_before_takes_their_verb(text):
    assert weapons_of(text) == [("drone", None, 84, "exact"), ("Kh-101/Kh-555", None, 6, "exact")]


def test_a_share_said_to_be_a_model_past_its_modifiers():
    assert weapons_of("Up to 25 of the drones were jet-powered Shaheds, the spokesman said.") == [
        ("Shahed-136/131", 25, None, "at_most")]


def test_rockets_fired_from_a_launchers_model_are_that_models():
    assert weapons_of("Over the past day air defence intercepted eight rockets launched from HIMARS systems.") == [
        ("HIMARS/GMLRS", None, 8, "exact")]


def test_all_of_which_were_destroyed():
    assert weapons_of("Bombers fired 12 Kh-101 missiles over the Caspian Sea, all of which were destroyed.") == [
        ("Kh-101/Kh-555", 12, 12, "exact")]
    assert weapons_of("The army counted 17 attack drones, all of which it says were brought down near Sumy.") == [
        ("drone", 17, 17, "exact")]


@pytest.mark.parametrize("text", [
    "A Kh-101 launched from a bomber is thought to cost about $13 million, a Shahed roughly $50,000.",
    "Intelligence officials say Russia could soon be launching 1,500 drones in a single night.",
])
def test_a_price_or_a_forecast_is_no_attack(text):
    assert [w for w in weapons_of(text) if w[1] or w[2]] == []


def test_a_count_told_with_its_cost_is_still_an_attack():
    assert weapons_of("Russia fired 40 missiles worth $200 million at Kyiv overnight.") == [("missile", 40, None, "exact")]


def test_weapons_directed_at_a_place_were_launched_whatever_followed():
    text = "Some 12 Shaheds and two Kalibrs were directed at the region, and the missiles were destroyed over the sea."
    assert [(w[0], w[1]) for w in weapons_of(text)] == [("Shahed-136/131", 12), ("Kalibr", 2)]


@pytest.mark.parametrize("text", [
    "Russia sent 52 drones and six missiles; crews downed 40 and four respectively.",
    "Росія випустила 52 дрони і шість ракет, збито 40 і чотири відповідно.",
    "Россия запустила 52 дрона и шесть ракет, сбиты 40 и четыре.",
])
def test_bare_counts_listed_after_one_verb_are_each_the_downed_part_of_the_weapons_in_order(text):
    assert [(w[0], w[1], w[2]) for w in weapons_of(text)] == [("drone", 52, 40), ("missile", 6, 4)]


@pytest.mark.parametrize("text", [
    'Russia fired about 30 "Shaheds" and eight guided bombs at the city overnight.',
    "Вночі ворог випустив по місту близько 30 «шахедів» та вісім керованих авіабомб.",
])
def test_a_qualifier_reaches_past_quotation_marks_to_the_next_member_of_the_list(text):
    assert [w[3] for w in weapons_of(text)] == ["about", "about"]


@pytest.mark.parametrize("text", [
    "The air force reported 88 Shahed drones and two Kinzhal missiles, of the drones, 61 were shot down.",
    "Повітряні сили повідомили про 88 ударних дронів «Шахед» і дві ракети «Кинджал», із дронів збито 61.",
])
def test_a_verb_told_of_one_kind_after_the_list_is_not_the_lists(text):
    assert [(w[0], w[1], w[2]) for w in weapons_of(text)] == [("Shahed-136/131", 88, 61), ("Kh-47M2 Kinzhal", 2, None)]


@pytest.mark.parametrize("text", [
    "Ukrainian drones hit an S-400 radar and a Pantsir system in Crimea overnight, military intelligence said.",
    "Five drones struck an S-400 near Yevpatoria overnight, the General Staff said.",
])
def test_an_air_defence_system_that_was_hit_is_a_target_not_a_weapon(text):
    assert "S-400" not in [w[0] for w in weapons_of(text)]


def test_an_air_defence_missile_that_was_shot_down_is_still_the_weapon():
    assert [(w[0], w[2]) for w in weapons_of("Air defences shot down an S-300 missile over the border region.")] == [("S-300", 1)]


@pytest.mark.parametrize("text", [
    "Over the month Russia launched two and a half thousand drones at Ukraine.",
    "За місяць Росія запустила по Україні дві з половиною тисячі дронів.",
    "За месяц Россия запустила по Украине две с половиной тысячи дронов.",
])
def test_and_a_half_before_a_thousand_adds_half_a_thousand(text):
    assert [w[1] for w in weapons_of(text)] == [2500]


@pytest.mark.parametrize("text", [
    "Russia sent 147 attack and decoy drones across the border overnight, the air force said.",
    "Вночі ворог запустив 147 ударних і розвідувальних дронів, повідомили Повітряні сили.",
])
def test_a_count_of_two_kinds_of_one_weapon_is_that_weapon_neither_kind_alone(text):
    assert [(w[0], w[1]) for w in weapons_of(text)] == [("drone", 147)]


def test_western_guided_bombs_are_their_own_models_and_ukraines():
    text = "Air defence units shot down three JDAM guided bombs over the Kursk region, the Russian Defence Ministry said."
    claim = claims_of(text)[0]
    assert ([(w.model, w.destroyed) for w in claim.weapons], claim.attacker) == ([("JDAM", 3)], "UA")


def test_a_participle_telling_of_one_member_does_not_change_the_lists_verb():
    text = "Crews shot down six rockets fired from HIMARS launchers, two JDAM bombs and 40 drones, the ministry said."
    assert [(w[0], w[1], w[2]) for w in weapons_of(text)] == [("HIMARS/GMLRS", None, 6), ("JDAM", None, 2), ("drone", None, 40)]


def test_a_promised_delivery_of_bombs_is_no_attack():
    assert weapons_of("France will deliver 50 guided bombs to Ukraine this spring.") == []


@pytest.mark.parametrize("text", [
    "Russian missiles hit a drone workshop in Zaporizhzhia overnight.",
    "Ukrainian drones struck a missile depot near Bryansk overnight.",
])
def test_a_weapon_naming_a_site_is_no_count_of_that_weapon(text):
    assert all(w[1] is None for w in weapons_of(text))


@pytest.mark.parametrize("text", [
    "Air defences neutralised 64 of 90 drones overnight, the air force said. Of them, 50 were shot down and 14 were lost locally.",
    "Сили ППО знешкодили 64 із 90 дронів. З них 50 збито, ще 14 локаційно втрачені.",
])
def test_the_downed_part_told_after_a_neutralised_total_is_what_was_destroyed(text):
    assert [(w[1], w[2]) for w in weapons_of(text)] == [(90, 50)]


@pytest.mark.parametrize("text", [
    "Moscow sent 18 drones at the city overnight. Every one of them was shot down, the mayor said.",
    "Moscow sent 18 drones at the city overnight; each of them was intercepted, the mayor said.",
    "Ворог направив на місто 18 дронів. Кожен з них був збитий, повідомив мер.",
])
def test_every_one_of_them_downed_is_all_of_them_not_one(text):
    assert [(w[1], w[2]) for w in weapons_of(text)] == [(18, 18)]


def test_all_of_a_kind_at_the_end_of_a_list_takes_the_lists_verb():
    text = ("Russia fired 30 drones, six Kh-59 missiles and two Iskander-M missiles, the air force said. "
            "It shot down 21 of the drones, four of the six Kh-59s and every one of the Iskanders.")
    assert [(w[0], w[1], w[2]) for w in weapons_of(text)] == [
        ("drone", 30, 21), ("Kh-59/Kh-69", 6, 4), ("Iskander-M", 2, 2)]


def test_a_verb_after_and_said_belongs_to_the_next_clause_not_to_the_figures_before():
    claim = claims_of("The governor put the figures at 14 drones and three missiles, and said jets had downed "
                      "some of the drones near the border.")[0]
    assert (claim.claimant.name, [(w.launched, w.destroyed) for w in claim.weapons]) == (
        "governor", [(14, None), (3, None)])


@pytest.mark.parametrize("text", [
    "Air defences destroyed 12 drones over the Bryansk region, the ministry said. Another five, according to the "
    "ministry, were downed over the Sea of Azov and three over Crimea.",
    "Над Брянской областью уничтожены 12 беспилотников. Еще пять, по данным ведомства, сбиты над Азовским морем, "
    "три — над Крымом.",
])
def test_counts_told_after_another_with_the_verb_left_out_are_each_their_own(text):
    assert sorted(w[2] for w in weapons_of(text)) == [3, 5, 12]


def test_none_of_two_kinds_listed_together_were_downed():
    text = "Russia fired four Kinzhal and three Iskander-M missiles. None of the Kinzhal or Iskander missiles was downed."
    assert [(w[0], w[1], w[2]) for w in weapons_of(text)] == [("Kh-47M2 Kinzhal", 4, 0), ("Iskander-M", 3, 0)]


def test_a_list_member_past_an_aside_describing_the_one_before_keeps_the_lists_verb():
    text = ("Among the missiles shot down were 20 Kh-101 cruise missiles, fired by strategic bombers from over the "
            "Caspian Sea, and all six Kalibr missiles launched from the Black Sea.")
    assert [(w[0], w[2]) for w in weapons_of(text)] == [("Kh-101/Kh-555", 20), ("Kalibr", 6)]


@pytest.mark.parametrize("text", [
    "Moscow fired four Kalibr missiles and two Kinzhal missiles at Lviv; neither Kinzhal was shot down.",
    "Moscow fired four Kalibr missiles and two Kinzhal missiles at Lviv. Three Kalibrs were destroyed, "
    "but neither of the Kinzhals was.",
])
def test_neither_before_a_weapon_or_with_its_verb_left_out_is_none_destroyed(text):
    assert ("Kh-47M2 Kinzhal", 2, 0) in [(m, launched, destroyed) for m, launched, destroyed, _ in weapons_of(text)]


@pytest.mark.parametrize("text", [
    "Moscow fired two Kinzhal missiles at Lviv. Air defence intercepted none of the two missiles.",
    "Moscow fired two Kinzhal missiles at Lviv; the force downed none.",
    "Moscow fired 30 drones and two Kinzhal missiles at Lviv. The force shot down 25 drones but none of the missiles.",
])
def test_none_as_the_object_of_a_verb_of_downing_or_with_that_verb_left_out_is_none_destroyed(text):
    assert ("Kh-47M2 Kinzhal", 2, 0) in [(m, launched, destroyed) for m, launched, destroyed, _ in weapons_of(text)]


@pytest.mark.parametrize("text, lang", [
    ("Всего с начала проведения специальной военной операции уничтожены 1200 самолетов и 90 тысяч беспилотников.", "ru"),
    ("Загалом з початку проведення спеціальної військової операції знищено 90 тисяч безпілотників.", "uk"),
])
def test_totals_since_the_operation_began_are_no_attack(text, lang):
    assert [w for c in extract_claims(text, None, lang) for w in c.weapons if w.destroyed] == []


@pytest.mark.parametrize("text, lang", [
    ("Тобто якщо, умовно, зі 100 дронів 80 збито, то решта долетіла до цілей.", "uk"),
    ("То есть если, условно, из 100 дронов 80 сбиты, остальные долетели до целей.", "ru"),
    ("If, say, 100 drones are launched and 80 are shot down, the rest reach their targets.", "en"),
])
def test_a_worked_example_is_no_attack(text, lang):
    assert extract_claims(text, None, lang) == []


def test_none_of_the_weapons_with_a_participle_phrase_before_its_verb_is_none_destroyed():
    text = "Moscow fired two Kinzhal missiles at Lviv; none of the two Kinzhals launched from MiG-31K jets was intercepted."
    assert ("Kh-47M2 Kinzhal", 2, 0) in [(m, launched, destroyed) for m, launched, destroyed, _ in weapons_of(text)]


@pytest.mark.parametrize("text, expected", [
    ("Two missiles hit the port. A third missile was shot down over the sea.", [("missile", 2, 1, "exact")]),
    ("Russia launched 30 drones, and a third of them were shot down.", [("drone", 30, 10, "exact")]),
    ("Russia launched 40 drones, a third more drones than the night before.", [("drone", 40, None, "exact")]),
])
def test_a_third_weapon_after_an_article_is_one_more_not_a_share(text, expected):
    assert weapons_of(text) == expected


def test_war_long_losses_are_no_attack():
    text = "The General Staff put total Russian losses since February 2022 at 3,100 cruise missiles and 58,000 drones."
    assert claims_of(text) == []


def test_a_headlines_capitalised_launchers_are_what_was_hit_not_a_count_of_weapons():
    text = "Navy Says Missile Strike on Saky Destroyed Two S-300 Launchers and a Radar"
    assert not [w for c in claims_of(text) for w in c.weapons if w.model == "S-300" and (w.launched or w.destroyed)]


def test_an_air_defence_missile_and_gun_system_hit_is_a_target_not_a_weapon():
    text = "Ukrainian drones destroyed a Pantsir-S1 anti-aircraft missile and gun system near Dzhankoi, the General Staff said."
    assert [w.category for c in claims_of(text) for w in c.weapons] == ["drone"]


def test_missile_carriers_on_combat_duty_are_no_attack():
    text = "The navy said Russia was keeping three Kalibr carriers on combat duty in the Black Sea, with up to 20 missiles."
    assert claims_of(text) == []


@pytest.mark.parametrize("text", [
    "A plant near Yelabuga now turns out about 3,000 Shahed-type drones, a copy of the Iranian design, every month.",
    "Moscow has kept up a steady stream of Kinzhal and Iskander-M missiles, usually launched alongside drone swarms.",
])
def test_a_plants_output_and_a_steady_stream_are_no_attack(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text", [
    "Над Курской областью сбиты пять управляемых авиабомб JDAM.",
    "Протягом доби ППО збила п'ять керованих авіабомб JDAM.",
    "Five JDAM guided bombs were shot down over the Kursk region.",
])
def test_a_model_named_after_the_kinds_words_is_the_type_of_those_bombs(text):
    assert [(w, d) for w, _, d, _ in weapons_of(text)] == [("JDAM", 5)]


@pytest.mark.parametrize("text", [
    "Russia fired two Kinzhal missiles at the capital, both of which were shot down, the air force said.",
    "Two Kinzhal missiles were fired at the capital overnight and both of them were intercepted.",
])
def test_both_of_two_downed_are_two_destroyed(text):
    assert [(w, n, d) for w, n, d, _ in weapons_of(text)] == [("Kh-47M2 Kinzhal", 2, 2)]


def test_downed_or_electronically_jammed_is_neutralised_either_way():
    text = "Russia launched 90 drones overnight, and air defences shot down or electronically jammed 71 of the drones."
    assert [(w, n, d) for w, n, d, _ in weapons_of(text)] == [("drone", 90, 71)]


@pytest.mark.parametrize("text, count", [
    ("Вночі ворог атакував Миколаївщину понад сотнею ударних дронів.", (100, "at_least")),
    ("Над областю збили близько сотні безпілотників.", (100, "about")),
    ("Ночью Россия атаковала Одессу более чем сотней беспилотников.", (100, "at_least")),
])
def test_a_hundred_named_by_its_noun_after_a_qualifier_is_one_hundred(text, count):
    [(_, launched, destroyed, qualifier)] = weapons_of(text)
    assert ((launched or destroyed), qualifier) == count


def test_hundreds_with_no_qualifier_stay_no_count():
    assert [(w, n, d) for w, n, d, _ in weapons_of("Росія запустила сотні дронів по Україні.")] == [("drone", None, None)]


@pytest.mark.parametrize("text, figure", [
    ("Two-thirds of the 90 drones launched overnight were shot down, the air force said.", (90, 60, "exact")),
    ("Roughly 80% of the 150 drones launched overnight were shot down, the air force said.", (150, 120, "about")),
    ("Nearly 90 per cent of the 60 drones were downed over the region, the governor said.", (60, 54, "about")),
])
def test_a_share_of_a_count_is_the_downed_part_of_it(text, figure):
    [(_, launched, destroyed, qualifier)] = weapons_of(text)
    assert (launched, destroyed, qualifier) == figure


@pytest.mark.parametrize("text", [
    "Between 25 and 30 drones flew at the city overnight, the mayor said.",
    "Вночі на місто летіли від 25 до 30 дронів, повідомив мер.",
    "Ночью на город летели 25–30 беспилотников, сообщил мэр.",
])
def test_a_range_is_its_lower_bound_at_least(text):
    [(_, launched, _, qualifier)] = weapons_of(text)
    assert (launched, qualifier) == (25, "at_least")


def test_a_range_in_words_is_two_numbers_not_one():
    [(_, _, destroyed, qualifier)] = weapons_of("The governor said between eight and eleven drones were shot down.")
    assert (destroyed, qualifier) == (8, "at_least")


@pytest.mark.parametrize("text", [
    "Sumy, a few kilometres from the border, is regularly hit by glide bombs and attack drones.",
    "Нікополь регулярно обстрілюють FPV-дронами та артилерією.",
    "Белгород почти ежедневно обстреливают беспилотниками.",
])
def test_a_place_that_is_regularly_hit_tells_a_habit_not_an_attack(text):
    assert claims_of(text) == []


def test_a_strike_delivered_with_weapons_names_them_without_a_count():
    text = ("Overnight the Russian Armed Forces delivered a group strike with long-range precision weapons and attack "
            "drones on Ukrainian airfields, the Russian Defence Ministry said.")
    claim = only_claim(text)
    assert claim.attacker == "RU" and [(w.category, w.launched) for w in claim.weapons] == [("missile", None), ("drone", None)]


@pytest.mark.parametrize("text, expected", [
    ("The barrage included 14 Kh-101 cruise missiles, all of which were shot down, and nine Iskander-M missiles, only "
     "two of which were intercepted.", [("Kh-101/Kh-555", 14, 14), ("Iskander-M", 9, 2)]),
    ("Six Kh-101s launched from bombers over the Caspian Sea and two Kalibrs fired from the Black Sea were all shot "
     "down, the air force said.", [("Kh-101/Kh-555", 6, 6), ("Kalibr", 2, 2)]),
    ("Russia launched 300 drones and 17 missiles. The missiles included 15 Kh-101s and two Kalibr missiles. "
     "Air defence destroyed 280 drones and 14 missiles. These included 12 of the Kh-101s and both Kalibrs.",
     [("missile", 17, 14), ("Kh-101/Kh-555", 15, 12), ("Kalibr", 2, 2)]),
    ("Russia fired 15 Kh-101s and six Kalibr missiles. Air defence shot down 300 drones and 18 missiles: 12 Kh-101s "
     "and all of the Kalibrs.", [("Kh-101/Kh-555", 15, 12), ("Kalibr", 6, 6)]),
])
def test_all_or_both_of_a_type_in_a_list_reaches_that_type_only(text, expected):
    found = [(name, launched, destroyed) for name, launched, destroyed, _ in weapons_of(text)]
    assert all(figure in found for figure in expected), found


@pytest.mark.parametrize("text", [
    "The commander said more than 40 of his troops' drones had been sent against the depot overnight.",
    "The commander said \"more than 40\" of the brigade's drones had been sent against the depot overnight.",
])
def test_a_count_of_someones_drones_is_a_count_of_drones(text):
    assert weapons_of(text) == [("drone", 40, None, "at_least")]


@pytest.mark.parametrize("text", [
    "The air force said Russia fired 12 Kh-101 missiles, four Kalibrs and 90 drones. Air defence destroyed 86: "
    "ten Kh-101s, three Kalibrs and 73 drones.",
    "Повітряні сили: ворог випустив 12 ракет Х-101, чотири «Калібри» і 90 дронів. Усього 106 цілей, з яких "
    "знищено 86: десять Х-101, три «Калібри» і 73 дрони.",
    "Воздушные силы: противник выпустил 12 ракет Х-101, четыре «Калибра» и 90 дронов. Всего 106 целей, из которых "
    "сбиты 86: десять Х-101, три «Калибра» и 73 дрона.",
])
def test_the_list_after_a_destroyed_total_and_a_colon_counts_what_was_destroyed(text):
    assert sorted(weapons_of(text)) == [("Kalibr", 4, 3, "exact"), ("Kh-101/Kh-555", 12, 10, "exact"),
                                        ("drone", 90, 73, "exact")]


@pytest.mark.parametrize("text", [
    "Близько 06:40 два «шахеди» влучили у промзону на околиці міста, повідомив мер.",
    "Около 06:40 два «шахеда» попали в промзону на окраине города, сообщил мэр.",
])
def test_an_approximate_time_does_not_make_the_count_after_it_approximate(text):
    assert weapons_of(text) == [("Shahed-136/131", 2, None, "exact")]


@pytest.mark.parametrize("text", [
    "The air force said the barrage comprised 12 Kalibr missiles (nine downed), four Kh-22 missiles and two Oniks missiles.",
    "The air force said the barrage comprised 12 Kalibr missiles fired from ships (nine downed), four Kh-22 missiles "
    "launched from bombers and two Oniks missiles fired from Crimea.",
])
def test_the_verb_of_a_bracketed_aside_counts_only_its_own_item(text):
    assert weapons_of(text) == [("Kalibr", 12, 9, "exact"), ("Kh-22", 4, None, "exact"), ("P-800 Oniks", 2, None, "exact")]


@pytest.mark.parametrize("text", [
    "Повітряні сили: ворог запустив 6 ракет Х-101 і 3 ракети Х-59. Збито 7 ракет. Зокрема:\n• 5 Х-101;\n• 2 Х-59.",
    "The air force said Russia fired 6 Kh-101 missiles and 3 Kh-59 missiles. Seven missiles were shot down. "
    "In particular:\n- 5 Kh-101;\n- 2 Kh-59.",
])
def test_a_list_after_a_lead_in_line_counts_what_the_sentence_before_did(text):
    assert sorted(weapons_of(text)) == [("Kh-101/Kh-555", 6, 5, "exact"), ("Kh-59/Kh-69", 3, 2, "exact"),
                                        ("missile", None, 7, "exact")]


@pytest.mark.parametrize("text", [
    "Russian missile and drone strikes on the port have continued through the whole week of talks.",
    "Moscow has kept up its drone attacks on Ukraine's railways since the ceasefire proposal.",
])
def test_a_campaign_said_to_go_on_with_no_night_and_no_count_is_no_attack(text):
    assert claims_of(text) == []


def test_a_since_that_measures_a_superlative_does_not_make_the_nights_count_a_war_long_one():
    text = ("The air force said its air defences had destroyed all 16 missiles fired at Odesa overnight, in what the "
            "mayor called one of the heaviest attacks on the port since the start of the invasion.")
    assert weapons_of(text) == [("missile", 16, 16, "exact")]


def test_a_count_since_the_start_of_the_war_is_still_war_long():
    assert claims_of("Air defences have destroyed more than 3,000 Shahed drones since the start of the war.") == []


@pytest.mark.parametrize("text, expected", [
    ("The ministry said air defences had shot down 56 drones over the Belgorod region, where Ukrainian forces have "
     "struck repeatedly since spring.", [("drone", None, 56, "exact")]),
    ("Air defences destroyed 48 drones over the Bryansk region overnight, 20 of them over Kursk, where Ukrainian "
     "forces have held ground since August, the ministry said.", [("drone", None, 48, "exact")]),
])
def test_a_since_in_a_relative_clause_about_a_place_leaves_the_nights_count(text, expected):
    assert weapons_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The premier said that three drones, possibly four, had been shot down over the east of the country.",
     [("drone", None, 3, "at_least")]),
    ("Officials said two missiles (perhaps three) were intercepted near the border.", [("missile", None, 2, "at_least")]),
    ("Over the region, five drones, maybe more, were shot down.", [("drone", None, 5, "exact")]),
])
def test_a_higher_guess_after_a_count_makes_it_a_lower_bound(text, expected):
    assert weapons_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry said one of its Iskander missiles had destroyed a HIMARS launcher near Sumy.",
     [("Iskander-M", 1, None, "exact")]),
    ("Moscow said two of its drones had destroyed the radar of an air defence battery.", [("drone", 2, None, "exact")]),
])
def test_a_weapon_that_had_destroyed_an_object_hit_it_and_was_not_shot_down(text, expected):
    assert weapons_of(text) == expected


@pytest.mark.parametrize("text", [
    "The system is poorly suited to intercepting ballistic missiles such as the Iskander-M or the air-launched Kinzhal.",
    "Gepard guns are effective against drones like the Shahed, an officer said.",
    "The air force uses American JDAM-ER guided bombs against Russian positions, a spokesman said.",
])
def test_weapons_a_side_uses_or_a_defence_is_suited_to_are_no_attack(text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text", [
    "The Russian Defence Ministry said its air defences had destroyed Ukrainian drones overnight. It gave these "
    "figures:\n\n- Oryol Oblast – 12;\n- Tula Oblast – 5.",
    "The Russian Defence Ministry said Ukrainian drones were destroyed over the following regions:\n\n"
    "• Oryol Oblast: 12\n• Tula Oblast: 5",
    "Міноборони Росії заявило, що українські дрони знищено над такими областями:\n\n"
    "- Орловська область — 12;\n- Тульська область — 5.",
])
def test_a_list_of_places_with_bare_counts_counts_the_weapon_the_list_was_opened_for(text):
    assert [w[1:3] for w in weapons_of(text)] == [(None, 12), (None, 5)]


def test_a_tally_put_at_a_quoted_figure_is_read_with_its_qualifier():
    assert weapons_of('The Tula governor put the number of drones destroyed over his region at "more than 30".') == [
        ("drone", None, 30, "at_least")]


@pytest.mark.parametrize("text, lang", [
    ("- Kalibr: 22 from ships in the Black Sea; 19 shot down.", "en"),
    ("- Крилаті ракети «Калібр»: 22 з кораблів у Чорному морі, збито 19.", "uk"),
])
def test_a_weapons_label_with_a_count_and_where_it_came_from_is_that_many_launched(text, lang):
    figures = [(w.model, w.launched, w.destroyed) for c in extract_claims(text, date(2025, 3, 1), lang=lang)
               for w in c.weapons]
    assert figures == [("Kalibr", 22, 19)]


def test_a_list_after_the_source_of_its_verb_takes_that_verb():
    text = ("Russia launched six Kalibr missiles and 30 Shahed drones overnight. "
            "Of them, 31 were shot down, the air force said: all six Kalibrs and 25 of the drones.")
    counts = {w.model: (w.launched, w.destroyed) for c in claims_of(text) for w in c.weapons}
    assert counts == {"Kalibr": (6, 6), "Shahed-136/131": (30, 25)}


@pytest.mark.parametrize("text, lang", [
    ("ППО відбила атаку п'яти безпілотників, які летіли на Київ, повідомив Тимур Ткаченко.", "uk"),
    ("Силы ПВО отразили атаку пяти беспилотников, летевших на Москву, сообщил Собянин.", "ru"),
    ("Air defences repelled an attack by five drones heading for Moscow, the mayor said.", "en"),
])
def test_a_repelled_attack_of_a_count_of_drones_is_as_many_sent_as_downed(text, lang):
    weapon = extract_claims(text, date(2025, 6, 2), lang=lang)[0].weapons[0]
    assert (weapon.launched, weapon.destroyed) == (5, 5)


@pytest.mark.parametrize("text, destroyed", [
    ("Gunners brought down 31 of the newest batch of Shahed drones over the south, the command said.", 31),
    ("By dawn, 18 of the latest missiles had been intercepted, the Air Force said.", 18),
])
def test_words_after_of_the_pick_out_a_set_told_before_and_keep_the_count(text, destroyed):
    assert only_claim(text).weapons[0].destroyed == destroyed


def test_a_clause_after_of_the_is_not_a_set_of_weapons():
    weapon = only_claim("Four of the people hurt by the drones were children, the governor said.").weapons[0]
    assert weapon.destroyed is None and weapon.launched is None


def test_one_of_the_largest_missile_and_drone_attacks_counts_no_missile():
    claim = only_claim("The mayor called it one of the heaviest missile and drone attacks on the city this year.")
    assert [(w.category, w.launched) for w in claim.weapons] == [("missile", None), ("drone", None)]


@pytest.mark.parametrize("text, lang", [
    ("ВСУ запустили по Курской области 40 беспилотников, сообщил губернатор. Сбиты 31 из них, зафиксированы "
     "попадания девяти БпЛА по складам.", "ru"),
    ("Ukraine launched 40 drones at the Kursk region, the governor said. They downed 31 of them, and hits by nine "
     "drones were recorded at warehouses.", "en"),
])
def test_a_verb_after_an_of_them_clause_has_closed_is_the_next_counts_own(text, lang):
    weapons = extract_claims(text, date(2025, 6, 2), lang=lang)[0].weapons
    assert [(w.launched, w.destroyed) for w in weapons] == [(40, 31)]


@pytest.mark.parametrize("text, lang", [
    ("Безпілотник влучив у гараж на околиці Ніжина, повідомив Вячеслав Чаус.", "uk"),
    ("Беспилотник попал в гараж на окраине Грайворона, сообщил Вячеслав Гладков.", "ru"),
])
def test_a_weapon_named_in_the_singular_at_a_sentences_start_is_one(text, lang):
    assert extract_claims(text, date(2025, 6, 2), lang=lang)[0].weapons[0].launched == 1


@pytest.mark.parametrize("text, lang", [
    ("Уночі росіяни запустили по Миколаївщині 11 «шахедів». Усі 11 збиті силами ППО.", "uk"),
    ("Ночью по Курской области ВСУ запустили 11 беспилотников. Все 11 уничтожены средствами ПВО.", "ru"),
])
def test_all_of_a_count_with_a_participle_and_no_copula_were_downed(text, lang):
    weapon = extract_claims(text, date(2025, 6, 2), lang=lang)[0].weapons[0]
    assert (weapon.launched, weapon.destroyed) == (11, 11)


@pytest.mark.parametrize("text, lang", [
    ("Над Брянской областью уничтожены 14 самолетов-беспилотников, сообщил губернатор.", "ru"),
    ("Над Чернігівщиною знищено 14 літаків-безпілотників, повідомив начальник ОВА.", "uk"),
])
def test_an_aircraft_drone_compound_is_a_drone_counted(text, lang):
    assert extract_claims(text, date(2025, 6, 2), lang=lang)[0].weapons[0].destroyed == 14


def test_a_count_of_drone_flights_is_no_count_of_drones():
    claims = claims_of("Border guards logged 250 drone flights near the frontier last month, a spokesman said.")
    assert all(w.launched is None and w.destroyed is None for c in claims for w in c.weapons)


@pytest.mark.parametrize("text, lang, launched", [
    ("Этой ночью противник атаковал область 15-ю ударными БпЛА типа Shahed.", "ru", 15),
    ("Вночі ворог атакував громаду 12-ма ударними дронами.", "uk", 12),
    ("Ночью противник пытался атаковать город с помощью 5-ти беспилотников.", "ru", 5),
    ("Вночі ворог запустив по місту до 3-х ударних дронів.", "uk", 3),
])
def test_digits_with_a_case_ending_are_the_count(text, lang, launched):
    assert [w.launched for c in extract_claims(text, date(2025, 9, 23), lang=lang) for w in c.weapons] == [launched]


def test_digits_with_an_ordinals_ending_are_no_count():
    text = "Город уже 15-ю ночь подряд атакуют ударные беспилотники."  # (the fifteenth night)
    assert all(w.launched != 15 for c in extract_claims(text, date(2025, 9, 23), lang="ru") for w in c.weapons)


def test_the_launchers_model_after_an_origin_adjective_names_the_rockets():
    text = "The ministry said nine rockets of the US-supplied HIMARS launchers were intercepted near Kherson."
    assert weapons_of(text) == [("HIMARS/GMLRS", None, 9, "exact")]
