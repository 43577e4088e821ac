"""Assembly: one attack told over several sentences is one claim's weapon; breakdowns
stay under their total; another speaker's account of the attack is their own claim."""

from datetime import date

import pytest

from skytruce.extract import extract_claims
from tests.extract.helpers import PUBLISHED, claims_of, only_claim, voices_of, weapons_of


def test_the_headline_and_the_body_tell_one_attack():
    text = ("Air defences down 58 drones overnight\n\n"
            "Russia attacked Ukraine overnight with 71 Shahed drones, Ukraine's air force said on Tuesday. "
            "Air defences shot down 58 of them over six regions, the force said.")
    assert weapons_of(text, date(2024, 8, 13)) == [("Shahed-136/131", 71, 58, "exact")]  # a Tuesday


def test_a_regional_breakdown_stays_under_its_total():
    text = ("Russian air defences destroyed 33 Ukrainian drones overnight, the defence ministry said. "
            "According to the ministry, 15 drones were brought down over the Kursk region, nine over the "
            "Bryansk region and nine over the Belgorod region.")
    [claim] = claims_of(text)
    [drones] = claim.weapons
    assert (drones.launched, drones.destroyed) == (None, 33)
    assert [b["destroyed"] for b in drones.breakdown] == [15, 9, 9]
    assert drones.breakdown[0]["place"] == "Kursk Oblast"


def test_more_drones_told_after_a_breakdown_add_to_the_total_not_split_it():
    text = ("Russia's defence ministry said 50 Ukrainian drones were destroyed overnight. "
            "The ministry said 22 drones were downed over the Oryol region and 11 over the Tula region. "
            "Later the ministry said eight more drones were shot down over the Kaluga region.")
    assert sorted(d for _, _, d, _ in weapons_of(text)) == [8, 50]


def test_regional_figures_without_a_total_are_attacks_of_their_own():
    text = ("The defence ministry said 12 drones were destroyed over the Voronezh region overnight. "
            "Another four were shot down over the Lipetsk region, it added.")
    assert sorted(d for *_, d, _ in [(w[0], w[1], w[2], w[3]) for w in weapons_of(text)]) == [4, 12]


def test_a_count_whose_region_stands_before_it_is_no_total_of_the_regions_after_the_next():
    text = "Над Курской областью за ночь сбиты девять беспилотников, ещё пять — над Брянской и три — над Орловской."
    assert sorted(w.destroyed for c in claims_of(text) for w in c.weapons) == [3, 5, 9]


def test_a_mayor_telling_of_the_same_night_is_a_claim_of_the_mayor():
    text = ("Ukraine's air force said it shot down 40 of 45 drones overnight. "
            "In Kharkiv, debris fell on a school in the Kyivskyi district, Mayor Ihor Terekhov said.")
    claims = claims_of(text)
    speakers = {c.claimant.name: c for c in claims}
    assert set(speakers) == {"Ukrainian Air Force", "Ihor Terekhov"}
    mayor = speakers["Ihor Terekhov"]
    assert [(w.category, w.launched, w.destroyed) for w in mayor.weapons] == [("drone", None, None)]
    assert "Kyivskyi" in {p.name for p in mayor.places}


def test_several_models_under_a_total_do_not_rename_it():
    text = ("Russia fired 60 missiles overnight, the air force said. "
            "They included Kh-101 cruise missiles, Kalibr missiles and Kinzhal hypersonic missiles.")
    assert ("missile", 60, None, "exact") in weapons_of(text)


def test_another_storys_headline_is_no_claim():
    text = ("Russian drones hit a depot in Lviv overnight, the governor said.\n\n"
            "Read also: Russia launched 1,200 guided bombs this week")
    assert all(w[1] != 1200 for w in weapons_of(text))


def test_a_pictures_caption_counts_nothing_unless_it_quotes_someone():
    text = ("Kursk drones downed\n\nA drone shot down above a wheat field. Photo: Getty Images\n\n"
            "Russia's defence ministry said on Friday that air defences had destroyed 17 Ukrainian drones over Kursk.")
    assert weapons_of(text) == [("drone", None, 17, "exact")]
    quoted = ("Firefighters at a warehouse in Odesa. The governor said two drones hit it. Photo: Oleh Kiper\n\n"
              "More drones were shot down over the south, the navy said.")
    assert ("drone", 2, None, "exact") in weapons_of(quoted)


def test_a_captions_date_does_not_date_the_strike_told_after_it():
    text = ("Warehouse damaged in Sumy\n\nRescuers at a school damaged in a strike on 2 May. Photo: Sumy regional "
            "administration\n\n"
            "Five Shahed drones struck a warehouse in Sumy, the regional administration said.")
    shaheds = next(c for c in claims_of(text) if any(w.launched == 5 for w in c.weapons))
    assert shaheds.time.end == PUBLISHED


def test_drones_over_the_attackers_own_country_are_another_attack():
    text = ("Russia struck Ukraine overnight with drones and missiles, killing four people. "
            "Moscow's mayor Sergei Sobyanin said 12 drones heading for the capital were shot down.")
    moscow = next(c for c in claims_of(text) if c.claimant and c.claimant.name == "Sergey Sobyanin")
    assert moscow.attacker == "UA" and moscow.weapons[0].destroyed == 12


def test_drones_a_side_says_its_forces_struck_with_do_not_take_the_other_sides_count():
    text = ("Russia's defence ministry said its forces carried out a massive strike overnight with Iskander missiles and "
            "strike drones, hitting military plants. It also said air defence crews destroyed 27 Ukrainian drones "
            "over the Kursk region.")
    by_attacker = {c.attacker: c for c in claims_of(text)}
    assert [(w.category, w.destroyed) for w in by_attacker["UA"].weapons] == [("drone", 27)]
    assert ("drone", None) in [(w.category, w.destroyed) for w in by_attacker["RU"].weapons]


def test_a_regional_heads_account_is_of_the_other_sides_attack():
    text = ("Russia's defence ministry said it destroyed 40 Ukrainian drones over its regions overnight. "
            "Kyiv regional head Mykola Kalashnyk said two people were killed in the Bucha district.")
    head = next(c for c in claims_of(text) if c.claimant and c.claimant.name == "Mykola Kalashnyk")
    assert head.attacker == "RU" and head.killed == 2


def test_strikes_on_two_villages_of_one_region_are_two_incidents():
    text = ("A Ukrainian drone hit a car near the town of Shebekino, Governor Vyacheslav Gladkov said. "
            "Later, the village of Nikolskoye came under attack from FPV drones, he said.")
    [claim] = claims_of(text)
    assert len(claim.weapons) == 2


def test_a_post_speaks_in_its_authors_voice():
    text = ("Oleh Kiper | Odesa RMA\n\nAt night the enemy attacked the Odesa district with drones. "
            "Air defence destroyed 7 drones over the region.")
    assert {c.claimant.name for c in claims_of(text)} == {"Oleh Kiper"}


def test_a_sentence_that_details_the_attack_speaks_in_its_voice():
    text = ("Russia launched 320 drones and 37 missiles overnight, the Ukrainian Air Force said. "
            "Among the missiles were Iskander-M ballistic missiles and Kalibr cruise missiles.")
    assert {c.claimant.name for c in claims_of(text)} == {"Ukrainian Air Force"}


def test_a_weapon_told_again_after_more_of_the_same_voice_stays_in_that_voice():
    text = ("Overnight Russia fired 9 missiles and 120 drones, the air force reported. Air defence shot down 7 of "
            "the missiles and 96 of the drones. The missiles were Kalibrs launched from the Black Sea, all of them "
            "shot down, the air force added.\n\nThe drones, Shahed-type and decoys, came from Kursk and Oryol.\n\n"
            "In Odesa, a drone hit a warehouse, said Oleh Kiper, the head of the regional administration.")
    voices = voices_of(text)
    assert voices["Shahed-136/131"] == "Ukrainian Air Force"


def test_a_count_completed_by_someone_named_later_is_theirs():
    text = ("During the attack the enemy used 43 Kh-101 cruise missiles. "
            "According to the Air Force, 38 of them were shot down.")
    [claim] = claims_of(text)
    assert claim.claimant.name == "Ukrainian Air Force"
    assert [(w.launched, w.destroyed) for w in claim.weapons] == [(43, 38)]


def test_a_figure_repeated_later_refers_back_to_its_attack():
    text = ("A viral video claimed that 20 drones hit the oil terminal in Tuapse, the channel said. "
            "The ministry said air defences destroyed one drone over the Kursk region. "
            "Fact-checkers found the '20 drones' figure had no basis.")
    figures = {(w.launched, w.destroyed) for c in claims_of(text) for w in c.weapons}
    assert figures == {(None, 1), (20, None)}


def test_who_was_behind_the_strike_is_an_account_of_it():
    text = ("Drones struck an oil terminal in Tuapse overnight, the regional headquarters said. "
            "A source in Ukraine's defence intelligence said the agency was behind the strike.")
    assert "Ukrainian Military Intelligence" in {c.claimant.name for c in claims_of(text)}


def test_a_strike_on_the_attack_told_takes_its_weapon():
    text = ("Russia said three people were killed in overnight Ukrainian drone attacks on its regions. "
            "Nizhny Novgorod Governor Gleb Nikitin said the overnight Ukrainian attack targeted two industrial zones.")
    governor = next(c for c in claims_of(text) if c.claimant and c.claimant.name == "Gleb Nikitin")
    assert [w.category for w in governor.weapons] == ["drone"]


def test_the_side_that_fired_is_the_attacker_though_a_governor_of_the_other_tells_it():
    text = "Mikhail Razvozhayev, the Russian-installed governor of Sevastopol, said the Ukrainian military had fired missiles at the city."
    [claim] = claims_of(text)
    assert claim.attacker == "UA"


def test_an_essays_opening_is_not_the_place_of_an_attack_told_paragraphs_later():
    text = ("The talks in Istanbul ended without a deal, leaving pressure on Kyiv and Odesa unchanged.\n\n"
            "Diplomats said a further round was unlikely before autumn. Both sides blamed each other. "
            "Observers expect little from the summer.\n\n"
            "Russia launched 40 drones at the Sumy region overnight, the air force said.")
    [claim] = claims_of(text)
    assert {p.name for p in claim.places} == {"Sumy Oblast"}


def test_a_strike_on_a_city_and_the_figures_for_one_of_its_districts_are_one_attack():
    text = ("On Saturday evening Kyiv was attacked by Shahed drones. "
            "Two drones hit a warehouse in the Sviatoshynskyi district, the city military administration said.")
    assert weapons_of(text) == [("Shahed-136/131", 2, None, "exact")]


def test_the_attackers_own_voice_after_a_strike_is_its_account_not_the_source():
    text = ("Russian guided bombs hit two houses in Kharkiv on Sunday, killing one man. "
            "Moscow said on Monday that the houses had held soldiers.")
    [claim, *_] = claims_of(text)
    assert claim.claimant is None or claim.claimant.party != "RU"


def test_of_which_after_a_list_of_models_counts_against_the_figure_of_the_sentence():
    text = ("The Russians launched 58 attack UAVs of the Shahed type, Gerbera and decoy drones overnight, "
            "of which 40 were shot down, the air force said.")
    assert weapons_of(text) == [("Shahed-136/131", 58, 40, "exact")]


def test_one_of_them_is_of_the_weapon_the_sentence_before_told():
    text = ("Russia launched 70 Shahed drones overnight, of which 52 were shot down, the air force said. "
            "The enemy also used four Kh-59 missiles. Only two of them were shot down, the air force said.")
    assert sorted(weapons_of(text)) == [("Kh-59/Kh-69", 4, 2, "exact"), ("Shahed-136/131", 70, 52, "exact")]


def test_the_forces_that_shoot_the_drones_down_are_the_side_attacked():
    [claim] = claims_of("The mayor of Kursk said Russian forces shot down seven drones over the city overnight.")
    assert claim.attacker == "UA"
    [claim] = claims_of("Ukrainian forces downed 25 drones overnight, the military said.")
    assert claim.attacker == "RU"


@pytest.mark.parametrize(("text", "attacker"), [
    ("Russian forces early on Sunday shot down 11 drones over the Black Sea, a news agency reported.", "UA"),
    ("Российские войска этой ночью сбили 11 беспилотников над Черным морем, сообщило агентство.", "UA"),
    ("Українські захисники минулої ночі знешкодили всі 11 шахедів, випущених окупантами, повідомили Повітряні сили.",
     "RU"),
])
def test_words_between_the_forces_and_their_downing_leave_them_the_side_attacked(text, attacker):
    assert only_claim(text).attacker == attacker


@pytest.mark.parametrize("text", [
    "The Russian Defence Ministry said Ukrainian drones were destroyed over the Oryol region overnight.",
    "Ukrainian drones were downed over the Tula region, the governor said.",
])
def test_the_drones_shot_down_are_their_own_sides_not_the_side_that_downs_them(text):
    assert only_claim(text).attacker == "UA"


def test_a_count_takes_the_side_named_in_its_own_clause():
    text = "Moscow said Ukrainian drones were shot down over Oryol; Kyiv said Russia had fired 80 drones at Ukraine overnight."
    assert [c.attacker for c in claims_of(text) if c.weapons[0].launched == 80] == ["RU"]


def test_a_figure_in_a_town_fills_the_attack_told_of_its_region():
    text = ("Twelve drones flew towards the Ternopil region overnight, the regional governor said. "
            "Ten of the drones were destroyed, he said, but one drone hit a warehouse in Chortkiv.")
    assert weapons_of(text) == [("drone", 12, 10, "exact")]


def test_two_towns_of_one_region_are_two_strikes():
    text = ("A drone hit a school in Izmail overnight, the governor said. "
            "Later two drones struck the port of Odesa, the governor said.")
    assert weapons_of(text) == [("drone", 1, None, "exact"), ("drone", 2, None, "exact")]


def test_an_unattributed_weapon_does_not_join_a_speakers_attack_told_before_another():
    text = ("A fire at a fuel depot near Bryansk was caused by a drone attack, according to a TASS source. "
            "Another drone was downed over the Kursk region, governor Alexei Smirnov said. "
            "Russia attacked Ukraine with Shahed drones earlier today. "
            "The Ukrainian military said 40 drones were launched and 31 of them were downed.")
    shaheds = [c for c in claims_of(text) if any(w.model == "Shahed-136/131" for w in c.weapons)]
    assert [(c.claimant.name, c.weapons[0].launched) for c in shaheds] == [("Ukrainian military", 40)]


def test_a_side_that_detected_the_drones_watched_them():
    [claim] = claims_of("Polish military radars detected a drone near Hrubieszow overnight, the Operational Command said.")
    assert claim.attacker != "PL"


def test_a_sides_forces_after_a_preposition_are_no_attacker():
    [claim] = claims_of("Ukraine's SBU said its Liutyi drones hit a refinery that supplies fuel to the Russian army.")
    assert claim.attacker == "UA"


def test_each_region_of_a_list_with_no_total_is_its_own_figure():
    text = ("Air defences destroyed 15 Ukrainian drones over the territory of the Kursk region, six over the "
            "Oryol region and three over the waters of the Black Sea overnight, the Russian defence ministry said.")
    counts = sorted(w[2] for w in weapons_of(text))
    assert counts == [3, 6, 15]


def test_a_single_strike_in_a_village_is_not_a_piece_of_the_days_total():
    text = ("A Ukrainian drone hit a tractor near the village of Nekhoteevka early on Friday, wounding its driver, "
            "Governor Vyacheslav Gladkov said. In his daily summary, he said at least 35 drones had been launched "
            "at the region over the past day. Of them, 20 targeted the Graivoron district and 11 the Shebekino district.")
    launched = sorted(w[1] for w in weapons_of(text) if w[1] is not None)
    assert 1 in launched and 35 in launched


def test_a_nights_count_over_several_regions_is_no_piece_of_the_days_total():
    text = ("Air defences destroyed 38 Ukrainian drones over the Kursk, Belgorod and Voronezh regions overnight, "
            "the Russian defence ministry said. Over the past day, it added, 171 drones were shot down. "
            "Separately, the ministry said two drones were destroyed over the Lipetsk region on Saturday morning.")
    assert sorted(w[2] for w in weapons_of(text)) == [38, 171]  # (the two over Lipetsk: a piece of the 171)


def test_a_hit_told_on_another_day_is_not_one_of_the_nights_weapons():
    text = ("Russia launched 30 drones at the Mykolaiv region overnight into Thursday, the governor said. "
            "On Tuesday evening, a Russian drone struck a warehouse in the centre of Mykolaiv, injuring two workers.")
    assert ("drone", 1, None, "exact") in weapons_of(text)


def test_a_rough_headline_figure_and_the_exact_body_figure_are_one_count():
    text = ("Russia fires nearly 300 drones at Ukraine\n\n"
            "Russia launched 287 drones overnight, the air force said. Air defences shot down 240 of them.")
    assert weapons_of(text) == [("drone", 287, 240, "exact")]


def test_two_sides_in_one_sentence_speak_each_for_their_clause():
    text = "Ukraine's air force says 120 drones were shot down, while Russia says it downed 45 Ukrainian drones."
    voices = {c.claimant.name: [w.destroyed for w in c.weapons] for c in claims_of(text)}
    assert voices == {"Ukrainian Air Force": [120], "Russian Defence Ministry": [45]}


def test_another_one_that_hit_after_a_count_downed_is_the_remainder():
    text = "Russia fired three missiles at Dnipro overnight; two were shot down. Another missile hit a warehouse."
    assert weapons_of(text) == [("missile", 3, 2, "exact")]


def test_guided_missiles_counted_later_are_the_kh59s_listed_before():
    text = ("Russia launched 20 drones and three Kh-59/69 missiles overnight, the air force said. "
            "Air defence destroyed 15 drones and two of the three guided missiles.")
    assert ("Kh-59/Kh-69", 3, 2, "exact") in weapons_of(text)


def test_a_claim_told_as_it_is_denied_and_in_its_own_words_is_one_claim():
    text = ("Minsk denies Ukraine shot down nine Shahed drones near the border\n\n"
            "Ukraine's air force said on Monday it had destroyed nine Shahed drones that flew in from Belarus overnight. "
            "Belarus's defence ministry called the report a fabrication.")
    [claim] = claims_of(text, date(2024, 8, 19))
    assert (claim.claimant.name, claim.weapons[0].destroyed, claim.verification.status) == ("Ukrainian Air Force", 9, "denied")


def test_a_sides_headline_figure_is_the_claim_of_the_source_that_gives_it():
    text = ("Ukraine says it shot down 27 drones over Kharkiv region\n\n"
            "KYIV — Air defences destroyed 27 Russian attack drones over the Kharkiv region overnight, the head of "
            "the regional military administration, Oleh Syniehubov, said on Tuesday.")
    [claim] = claims_of(text, date(2025, 3, 4))
    assert (claim.claimant.name, claim.weapons[0].destroyed) == ("Oleh Syniehubov", 27)


def test_missiles_counted_by_kind_are_the_one_model_the_report_names():
    text = ("Ukrainian officials confirmed that Storm Shadow missiles were used in Tuesday's strike on Sevastopol. "
            "Russia's defence ministry said seven missiles were shot down over the peninsula.")
    counted = [w for c in claims_of(text, date(2024, 9, 18)) for w in c.weapons if w.destroyed]
    assert [(w.model, w.destroyed) for w in counted] == [("Storm Shadow", 7)]
    counted_elsewhere = text + " Two Ukrainian officials said four of the six Storm Shadows hit their targets."
    counted = [w for c in claims_of(counted_elsewhere, date(2024, 9, 18)) for w in c.weapons if w.destroyed == 7]
    assert [w.model for w in counted] == ["Storm Shadow"]  # another voice's counts do not make the ministry's a mix
    mixed = "Russia fired 15 missiles, including eight Kalibr cruise missiles, the air force said."
    assert ("missile", 15) in [(w.model or w.category, w.launched) for c in claims_of(mixed) for w in c.weapons]


def test_a_definite_count_named_again_later_is_the_same_claim():
    text = ("The air force said on Friday that Russia launched 90 drones, and that 71 drones were shot down.\n\n"
            "A satellite image of the airfield taken on Sunday 18 August shows two burnt hangars.\n\n"
            "None of this tells us where the 71 drones were shot down.")
    assert weapons_of(text) == [("drone", 90, 71, "exact")]


def test_a_part_of_them_told_by_one_voice_is_never_put_in_anothers_count():
    text = ("A source in the SBU said more than 25 of its drones struck an airfield in the Saratov region overnight. "
            "Russia's defence ministry said air defences destroyed 31 Ukrainian drones overnight. "
            "The ministry said nine of them had been downed over the Saratov region.")
    counts = {c.claimant.name: [(w.launched, w.destroyed) for w in c.weapons] for c in claims_of(text, date(2025, 6, 2))}
    assert counts["Security Service of Ukraine"] == [(25, None)]


def test_in_total_with_no_verb_sums_the_counts_told_in_their_role():
    text = ("Air defences destroyed 12 drones over the Belgorod region overnight, the governor said. "
            "Two more drones were destroyed over the Shebekino district. In total, 14 drones overnight.")
    assert weapons_of(text) == [("drone", None, 14, "exact")]


def test_decoys_named_beside_a_count_of_drones_are_among_them_not_their_type():
    text = ("Russia launched 70 drones overnight and air defences shot down 52, the air force said. "
            "Most of those lost from radar were Gerbera decoys, a spokesman explained.")
    assert weapons_of(text) == [("drone", 70, 52, "exact")]
    one = "A drone crashed near the village on Tuesday, police said. It was a Gerbera decoy, the ministry said."
    assert [w[0] for w in weapons_of(one)] == ["Gerbera"]


def test_the_same_count_told_twice_in_one_claim_is_one_weapon_entry():
    text = ("Defence forces destroy 31 drones in the east in a day\n\n"
            "Ukraine's defence forces destroyed 31 Russian drones of various types over the past day in the east, "
            "16 of them Shahed attack drones.\n\n"
            'Quote from the spokesman: "Over the past day, 31 UAVs of various types were destroyed in the eastern zone, '
            '16 of them Shaheds."')
    counts = [(w.model or w.category, w.destroyed) for c in claims_of(text) for w in c.weapons]
    assert counts == [("drone", 31), ("Shahed-136/131", 16)]


def test_another_voices_count_of_the_weapons_just_told_is_its_own_claim():
    text = ("Russia's defence ministry said 210 Ukrainian drones had been destroyed overnight. "
            "Moscow mayor Sergei Sobyanin counted 38 of them shot down on the approaches to the city.")
    assert [(c.claimant.name, c.weapons[0].destroyed) for c in claims_of(text)] == [
        ("Russian Defence Ministry", 210), ("Sergey Sobyanin", 38)]


def test_a_hit_in_another_community_is_no_part_of_a_count_told_for_one():
    text = ("The administration's rundown by community:\n\n"
            "Yunakivka community: 4 FPV drones struck a farm.\n\n"
            "Bilopillia community: 2 Lancet drones hit a vehicle of a utility company.")
    counts = [(w.model or w.category, w.launched) for c in claims_of(text) for w in c.weapons]
    assert ("Lancet", 2) in counts and ("drone", 4) in counts


def test_drones_handed_over_to_a_brigade_are_aid_not_an_attack():
    assert claims_of("Volunteers handed over 150 FPV drones and two pickups to a brigade on Friday.") == []


def test_a_building_that_was_hit_is_no_building_of_weapons():
    claim, = claims_of("Two people were killed in a building in Dnipro during the night drone attack, the governor said.")
    assert (claim.weapons[0].category, claim.killed) == ("drone", 2)
    assert claims_of("Russia is building more Shahed drones than ever, intelligence says.") == []


@pytest.mark.parametrize("text, lang", [
    ("During a snap inspection, air defence crews shot down 14 target drones and two target missiles.", "en"),
    ("Crews repelled a mock raid of 30 drones launched by a notional enemy, the ministry said.", "en"),
    ("Під час навчань розрахунки ППО збили 14 дронів-мішеней.", "uk"),
    ("По сценарию учений расчеты ПВО уничтожили 14 беспилотников условного противника.", "ru"),
])
def test_a_drills_targets_are_no_attack(text, lang):
    assert extract_claims(text, PUBLISHED, lang=lang) == []


def test_a_city_the_drones_targeted_is_still_an_attack():
    text = "Kyiv was the main target of Russian drones overnight; the air force said 40 drones were shot down."
    assert ("drone", None, 40, "exact") in weapons_of(text)


def test_a_russian_model_joins_no_attack_a_headline_gave_ukraine():
    text = ("FAKE: the hospital was hit by a Ukrainian air defence missile\n\n"
            "Russia launched 38 missiles, the air force said. Thirteen were Kh-101 cruise missiles, and 11 of those "
            "were destroyed.")
    kh101 = [c for c in claims_of(text) for w in c.weapons if w.model == "Kh-101/Kh-555"]
    assert kh101 and all(c.attacker == "RU" for c in kh101)


def test_models_listed_in_a_counted_total_are_each_an_attack_without_a_count():
    text = "The navy said Russia launched 23 missiles: Kalibrs from a frigate off Novorossiysk and Oniks from Crimea."
    weapons = {(w.model or w.category, w.launched) for c in claims_of(text) for w in c.weapons}
    assert weapons == {("missile", 23), ("Kalibr", None), ("P-800 Oniks", None)}


def test_a_model_named_among_several_in_a_breakdown_does_not_name_the_whole():
    text = ("Russia fired 50 missiles overnight and 45 were shot down, the air force said. "
            "Among them were 30 Kh-101 cruise missiles and an unknown number of Iskander-M ballistic missiles.")
    assert ("missile", 50, 45) in [(w.model or w.category, w.launched, w.destroyed) for c in claims_of(text) for w in c.weapons]


def test_all_of_several_weapons_listed_in_one_sentence_were_destroyed():
    text = ("The ministry said 20 drones were shot down over the Kursk region. "
            "Kyiv also fired five ATACMS missiles and three Storm Shadow missiles at the region, the ministry said, "
            "adding that all of them had been destroyed.")
    counts = {(w.model or w.category): (w.launched, w.destroyed) for c in claims_of(text) for w in c.weapons}
    assert counts == {"drone": (None, 20), "ATACMS": (5, 5), "Storm Shadow": (3, 3)}


@pytest.mark.parametrize("text, attacker", [
    ("The General Staff said the fuel depot was hit by drones of the Unmanned Systems Forces.", "UA"),
    ("The governor said the warehouse was struck by missiles of the Russian Armed Forces.", "RU"),
])
def test_weapons_of_a_named_force_are_that_forces_sides(text, attacker):
    assert [c.attacker for c in claims_of(text)] == [attacker]


@pytest.mark.parametrize("text, attacker", [
    ("Attack drones of the Unmanned Systems Forces also took part in the raid, the statement said.", "UA"),
    ("Дрони Сил безпілотних систем також брали участь у нічному ударі.", "UA"),
    ("A drone company of the Ukrainian air force shot down 12 drones near Kyiv.", "RU"),  # the force that downs
])
def test_weapons_named_with_the_force_they_belong_to_are_its_sides(text, attacker):
    """Whose weapons the words after them name ('drones of the ... Forces', in the genitive
    in Ukrainian), with no verb to tell it."""
    assert [c.attacker for c in claims_of(text)] == [attacker]


@pytest.mark.parametrize("text, attacker", [
    ("Units of the Unmanned Systems Forces struck a fuel depot near Bryansk with long-range drones, Kyiv said.", "UA"),
    ("The raid on the airfield was carried out by the Unmanned Systems Forces with attack drones.", "UA"),
    ("The Unmanned Systems Forces had also hit the pumping station with drones, the statement added.", "UA"),
    ("Ukraine's military said the Russian Defence Ministry struck the port with missiles.", "RU"),
])
def test_a_named_force_that_strikes_with_weapons_is_their_side(text, attacker):
    """A side's named armed force as the subject or agent of a strike, weapons in hand."""
    assert [c.attacker for c in claims_of(text)] == [attacker]


@pytest.mark.parametrize("text, lang", [
    ("Forty drones were shot down over the Kursk region overnight, where Russian troops are fighting "
     "Ukrainian units, the ministry said.", "en"),
    ("Вночі над Курською областю збили 40 безпілотників, де російські війська ведуть бої, повідомило Міноборони "
     "Росії.", "uk"),
])
def test_a_side_named_in_a_clause_describing_a_place_is_no_attacker(text, lang):
    assert [c.attacker for c in extract_claims(text, date(2025, 3, 11), lang=lang)] == ["UA"]


def test_a_regions_head_does_not_become_the_voice_of_a_countrywide_count():
    text = ("Russia attacked Ukraine overnight with 380 drones and 30 missiles. "
            "In the Rivne region, two missiles hit a substation, said the regional governor, Oleksandr Koval.")
    by_claimant = {(c.claimant.name if c.claimant else None): [w.launched for w in c.weapons] for c in claims_of(text)}
    assert by_claimant["Oleksandr Koval"] == [2]


@pytest.mark.parametrize("text", [
    "Минобороны России сообщило, что над Херсонской областью сбиты две ракеты. "
    "Генерал добавил, что крылатыми ракетами «Калибр» нанесен удар по позициям ВСУ в Херсонской области.",
    "The Russian defence ministry said air defences had downed three missiles over the Zaporizhzhia region. "
    "Its spokesman added that Iskander-M missiles had hit army positions in the Zaporizhzhia region.",
])
def test_a_model_of_the_voices_own_side_is_its_own_strike_not_the_missiles_it_downed(text):
    by_attacker = {c.attacker: [w.model or w.category for w in c.weapons] for c in claims_of(text)}
    assert by_attacker["UA"] == ["missile"] and by_attacker["RU"][0] in ("Kalibr", "Iskander-M")


def test_a_named_launchers_rockets_keep_their_name_when_a_kind_of_missile_follows():
    text = ("Минобороны России сообщило, что сбиты четыре реактивных снаряда HIMARS. "
            "Также, по данным ведомства, над Белгородской областью перехвачены крылатые ракеты.")
    assert "HIMARS/GMLRS" in [w.model for c in claims_of(text) for w in c.weapons]


def test_a_transfer_of_missiles_is_no_place_of_the_attack_before_it():
    text = ("Air defences shot down 40 Shahed drones over Kharkiv overnight, the air force said. "
            "Meanwhile, London is weighing the transfer of more Storm Shadow missiles to Kyiv.")
    assert [p.name for c in claims_of(text) for p in c.places] == ["Kharkiv"]


def test_missiles_downed_are_the_missiles_total_not_a_model_within_it():
    text = ("The air force said Russia fired 300 drones and 40 missiles overnight. Among the missiles were 30 Kh-101 "
            "cruise missiles and six Kinzhals. Air defences shot down 270 drones and 25 missiles, the force said.")
    counts = {w.model or w.category: (w.launched, w.destroyed) for c in claims_of(text) for w in c.weapons}
    assert counts["missile"] == (40, 25) and counts["Kh-101/Kh-555"] == (30, None)


def test_all_destroyed_told_on_its_own_covers_every_weapon_just_listed():
    text = ("The air force said Russia fired four Kalibr missiles from the Black Sea and two Kh-59 missiles overnight. "
            "It also sent 12 Shahed drones. All were shot down, the force said.")
    counts = {w.model: (w.launched, w.destroyed) for c in claims_of(text) for w in c.weapons}
    assert counts == {"Kalibr": (4, 4), "Kh-59/Kh-69": (2, 2), "Shahed-136/131": (12, 12)}


@pytest.mark.parametrize("text, places", [
    ("▪️ Куп'янський район, м. Куп'янськ. Внаслідок удару КАБ пошкоджено приватний будинок.", ["Kupiansk"]),
    ("• Грайворонский округ, с. Головчино. Дрон атаковал легковой автомобиль.", ["Golovchino"]),
])
def test_a_list_items_label_of_places_gives_its_places_to_the_strike_told_next(text, places):
    claim, = claims_of(text)
    assert set(places) <= {p.name for p in claim.places}


@pytest.mark.parametrize("text, regions", [
    ("The ministry said its air defences had downed 47 Ukrainian drones overnight, as follows:\n\n"
     "- over the Lipetsk region — 20;\n- over the Tambov region — 17;\n- over the Penza region — 10.",
     {"Lipetsk Oblast", "Tambov Oblast", "Penza Oblast"}),
    ("Минобороны сообщило, что за ночь сбиты 31 беспилотник, из них:\n\n"
     "• над Смоленской областью — 19;\n• над Калужской областью — 12.",
     {"Smolensk Oblast", "Kaluga Oblast"}),
    ("Минобороны России: за ночь уничтожены 31 беспилотник самолетного типа, в том числе:\n\n"
     "20 – над территорией Воронежской области,\n11 – над территорией Липецкой области.",
     {"Voronezh Oblast", "Lipetsk Oblast"}),
    ("У Міноборони РФ заявили, що за ніч збили 31 безпілотник. Відомство навело розбивку за регіонами:\n\n"
     "- 20 - над Воронезькою областю;\n- 11 - над Липецькою областю.",
     {"Voronezh Oblast", "Lipetsk Oblast"}),
])
def test_the_lines_of_a_list_under_a_total_give_it_their_places(text, regions):
    claim = only_claim(text)
    assert claim.weapons[0].destroyed in (47, 31)
    assert {p.name for p in claim.places} == regions


def test_one_drone_in_each_of_two_districts_of_a_city_is_two_strikes():
    text = ("Obolonskyi district\nA drone hit the roof of a school. Nobody was hurt.\n\n"
            "Darnytskyi district\nA drone hit a car park, setting three cars on fire.")
    attacks = [(w.category, w.launched) for c in claims_of(text) for w in c.weapons]
    assert attacks == [("drone", 1), ("drone", 1)]


def test_one_drone_in_a_city_then_in_its_district_stays_one_strike():
    text = ("A drone hit a block of flats in Kyiv overnight. "
            "One drone struck the building in the Obolonskyi district, injuring two people.")
    assert [(w.category, w.launched) for c in claims_of(text) for w in c.weapons] == [("drone", 1)]


def test_a_model_of_one_side_is_that_sides_though_the_next_heading_names_the_other():
    text = ("Ukraine's General Staff said its forces had hit the Saratov refinery overnight. "
            "A source in the SBU said Liutyi long-range drones were used.\n\n"
            "Did Russia attack Ukraine the same night?")
    liutyi = next(c for c in claims_of(text) if any(w.model == "Liutyi" for w in c.weapons))
    assert liutyi.attacker == "UA"


def test_every_model_inside_a_total_that_was_all_downed_was_all_downed():
    text = ("Russia fired 12 missiles at the capital overnight, the air force said: four Kinzhal and eight Kalibr "
            "missiles. All 12 missiles were shot down.")
    assert weapons_of(text) == [("missile", 12, 12, "exact"), ("Kh-47M2 Kinzhal", 4, 4, "exact"), ("Kalibr", 8, 8, "exact")]


def test_all_of_them_shot_down_after_downed_counts_of_two_models_gives_each_its_launched():
    text = ("Air defences shot down five ATACMS missiles and two Neptune missiles over Crimea, the ministry said. "
            '"All of them were shot down," the ministry added.')
    assert weapons_of(text) == [("ATACMS", 5, 5, "exact"), ("Neptune", 2, 2, "exact")]


def test_all_of_them_destroyed_along_with_more_drones_speaks_of_the_missiles_told_before():
    text = ("Russia fired five Kalibr missiles and two Iskander-M missiles at Dnipro overnight, the air force said. "
            "All of them were downed, it added, together with eleven Shahed drones.")
    assert weapons_of(text) == [("Kalibr", 5, 5, "exact"), ("Iskander-M", 2, 2, "exact"),
                                ("Shahed-136/131", 11, 11, "exact")]


def test_all_of_one_weapon_and_some_of_another_are_both_read():
    text = ("Russia fired eight missiles and 31 Shahed drones at Kharkiv overnight, the air force said. "
            "All the drones and three of the missiles were shot down.")
    assert weapons_of(text) == [("missile", 8, 3, "exact"), ("Shahed-136/131", 31, 31, "exact")]


@pytest.mark.parametrize("earlier", ["on Tuesday afternoon", "on Tuesday", "on 11 November"])
def test_strikes_of_two_named_days_are_two_attacks(earlier):
    text = ("A Ukrainian drone hit a grain truck near the village of Sudzhenka on Wednesday morning, injuring the "
            "driver, the Kursk governor said. He also said a drone had dropped a grenade on a barn in Sudzhenka "
            f"{earlier}.")
    claims = claims_of(text, date(2025, 11, 13))  # a Thursday
    assert sorted(str(c.time.end) for c in claims) == ["2025-11-11", "2025-11-12"]


def test_a_weekday_night_may_end_on_the_next_days_morning():
    text = ("Russia launched 40 drones at Odesa late on Tuesday, the air force said. "
            "On Wednesday the air force said 31 of them had been shot down.")
    assert weapons_of(text, date(2025, 11, 12)) == [("drone", 40, 31, "exact")]


def test_of_the_count_told_before_the_part_is_of_that_count_not_of_a_record_named_between():
    text = ("Russia sent 314 drones at Ukraine overnight, the air force said. The record, 355 drones, was set on "
            "2 March. Of the 314, air defences shot down 201.")
    assert ("drone", 314, 201, "exact") in weapons_of(text, date(2025, 6, 9))


def test_a_speakers_account_after_a_sentence_naming_one_weapon_tells_of_that_weapon():
    text = ("The air force said Russia launched 60 drones and three Kh-59 missiles overnight. The Kh-59s were fired "
            "from jets over the Kursk region. One of them struck a grain terminal in Izmail, governor Oleh Kiper said.")
    kiper = next(c for c in claims_of(text) if c.claimant.name == "Oleh Kiper")
    assert [w.model or w.category for w in kiper.weapons] == ["Kh-59/Kh-69"]


def test_two_weapons_of_one_list_counted_once_each_are_two_not_one_told_twice():
    text = "The air force said Russia fired a ballistic missile from the Kursk region overnight, alongside a Kinzhal."
    assert sorted(weapons_of(text)) == [("Kh-47M2 Kinzhal", 1, None, "exact"), ("ballistic_missile", 1, None, "exact")]


def test_one_weapon_named_again_by_its_type_in_the_same_sentence_is_one():
    text = "Investigators examined debris of a missile that struck Sumy and concluded it was an Iskander-M."
    assert weapons_of(text) == [("Iskander-M", 1, None, "exact")]


def test_another_voices_part_of_the_weapons_just_told_is_of_their_model():
    text = ("Russia launched 40 Shahed drones at the south overnight, and 31 of them were shot down, the air force said. "
            "In the Odesa region, governor Oleh Kiper said nine of the drones had been destroyed over the region.")
    kiper = next(c for c in claims_of(text) if c.claimant.name == "Oleh Kiper")
    assert [(w.model, w.destroyed) for w in kiper.weapons] == [("Shahed-136/131", 9)]


@pytest.mark.parametrize("text", [
    "Уночі Росія випустила по Україні 60 ракет, повідомили Повітряні сили. Серед ракет були «Калібри» та «Кинджали».",
    "Ночью Россия выпустила по Украине 60 ракет, сообщили Воздушные силы. Среди ракет были «Калибры» и «Кинжалы».",
])
def test_types_named_among_a_total_are_the_attack_just_told(text):
    assert sorted(weapons_of(text, date(2025, 3, 2))) == [
        ("Kalibr", None, None, "exact"), ("Kh-47M2 Kinzhal", None, None, "exact"), ("missile", 60, None, "exact")]


def test_each_of_which_in_a_list_is_of_the_count_just_before_it():
    text = ("The air force said Russia fired 30 missiles, 20 of which were shot down, along with 20 Shahed drones, "
            "of which all but two were destroyed.")
    assert sorted(weapons_of(text)) == [("Shahed-136/131", 20, 18, "exact"), ("missile", 30, 20, "exact")]


def test_a_model_counted_after_a_total_of_several_named_models_is_its_own_count():
    text = ("The air force said Russia used 14 missiles, among them Kh-22 cruise missiles, Oniks missiles and Kalibr "
            "cruise missiles, along with 12 Shahed drones. Air defences shot down ten of the drones and three Kalibr "
            "missiles, the air force said.")
    assert ("missile", 14, None, "exact") in weapons_of(text) and ("Kalibr", None, 3, "exact") in weapons_of(text)


def test_a_headlines_count_of_drones_is_the_bodys_count_of_their_model():
    text = ("Ukraine says it downed 27 of 35 Russian drones as Danube port hit again\n\nBy Staff Reporter\n\n"
            "September 3, 2023 7:10 AM GMT+3\n\nKYIV, Sept 3 - Russia attacked Ukraine overnight with 35 Iranian-designed "
            "Shahed drones, aiming most of them at the Odesa region. Air defences destroyed 27 of them, the air force "
            "said on Sunday.")
    assert weapons_of(text, date(2023, 9, 3)) == [("Shahed-136/131", 35, 27, "exact")]


def test_data_released_by_a_side_does_not_make_it_the_attacker():
    text = ("The figures were released by Ukraine's air force, which said Russia had fired 30 Kh-101 cruise missiles "
            "from bombers over the Caspian Sea.")
    assert [c.attacker for c in claims_of(text)] == ["RU"]


@pytest.mark.parametrize("text, lang", [
    ("Ворог уночі атакував Україну ракетами та 90 дронами, ППО збила 70 з них.", "uk"),
    ("Противник ночью атаковал Украину ракетами и 90 дронами, ПВО сбила 70 из них.", "ru"),
])
def test_the_country_attacked_before_the_weapons_is_not_their_owner(text, lang):
    assert {c.attacker for c in extract_claims(text, date(2025, 4, 2), lang=lang)} == {"RU"}


@pytest.mark.parametrize("text, attacker", [
    ("Ukraine's General Staff said on Thursday that its long-range drones had struck a radar station overnight.", "UA"),
    ("The Russian Defence Ministry said its missiles had hit a fuel depot in Kharkiv region.", "RU"),
    ("Kyiv said Russia had fired its Iskander missiles at Sumy overnight.", "RU"),  # 'its' is Russia's
])
def test_weapons_the_speaker_calls_its_own_are_its_sides(text, attacker):
    assert {c.attacker for c in claims_of(text)} == {attacker}
