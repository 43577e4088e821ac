"""Places with roles, mapped to the gazetteer with coordinates and precision."""

from datetime import date

import pytest

from skytruce.extract import extract_claims
from skytruce.extract.pipeline import read
from tests.extract.helpers import claims_of, only_claim


def places(text, role=None):
    return {p.name for p in only_claim(text).places if role is None or p.role == role}


def test_a_list_of_regions():
    text = "Air defences shot down 11 drones over the Mykolaiv, Odesa, Vinnytsia and Dnipropetrovsk regions."
    assert places(text, "target") >= {"Mykolaiv Oblast", "Odesa Oblast", "Vinnytsia Oblast", "Dnipropetrovsk Oblast"}


def test_launch_areas():
    text = "The enemy launched 40 drones from Cape Chauda, Crimea; Yeysk and Kursk."
    assert places(text, "launch") >= {"Cape Chauda", "Yeysk", "Kursk"}


def test_transliterations_and_old_spellings():
    text = "Missiles hit the Kiev, Zhitomir and Kirovograd regions, and the city of Odessa."
    assert places(text) >= {"Kyiv Oblast", "Zhytomyr Oblast", "Kirovohrad Oblast", "Odesa"}


def test_coordinates_and_precision():
    claim = only_claim("A drone was shot down over the Kharkiv region.")
    [kharkiv] = [p for p in claim.places if p.name == "Kharkiv Oblast"]
    assert kharkiv.precision == "admin1" and kharkiv.country == "UA"
    assert abs(kharkiv.lat - 49.99) < 0.5 and abs(kharkiv.lon - 36.23) < 0.5


def test_places_the_gazetteer_lacks_are_kept_by_their_context():
    text = "A Russian drone crashed into a house in the village of Zarichne."
    assert "Zarichne" in places(text)


def test_person_names_are_not_places():
    text = "President Volodymyr Zelenskyy said Russia used 300 drones."
    assert not any("Volodymyr" in p for p in places(text))


def test_a_sea_missiles_were_fired_from():
    text = "Russia launched 12 cruise missiles from Tu-95 bombers over the Caspian Sea, the air force said."
    assert "Caspian Sea" in places(text, "launch")


def test_a_dateline_with_a_date_is_no_target():
    text = "Kharkiv, June 3 (Agency) - Russian drones hit a warehouse in Lviv overnight, the mayor said."
    assert places(text) == {"Lviv"}


def test_a_dateline_of_several_cities_is_no_target():
    text = "LONDON/KYIV, March 9 (Agency) - Russian drones hit a depot in Rivne overnight, the governor said."
    assert places(text) == {"Rivne"}


def test_a_count_told_in_the_headline_and_again_under_a_dateline_is_one_count():
    text = ("Moscow says it shot down 41 Ukrainian drones as Kyiv reports a hit on a Ryazan depot\n\n"
            "MOSCOW/KYIV, March 9 (Agency) - Russian air defences destroyed 41 Ukrainian drones overnight, the "
            "Defence Ministry said.")
    assert [w.destroyed for c in claims_of(text) for w in c.weapons] == [41]


def test_launch_areas_listed_after_a_label_and_a_list_sharing_from():
    text = ("Russia launched 50 drones overnight, the air force said. Launch directions: Kursk, Millerovo and "
            "Primorsko-Akhtarsk.")
    assert {p.name for c in __import__("tests.extract.helpers", fromlist=["claims_of"]).claims_of(text)
            for p in c.places if p.role == "launch"} >= {"Kursk", "Millerovo", "Primorsko-Akhtarsk"}


def test_districts_the_gazetteer_lacks_are_found_in_lists():
    text = "Drones damaged houses in the Kovpakivskyi and Zarichnyi districts of Sumy, the mayor said."
    assert places(text) >= {"Kovpakivskyi", "Zarichnyi"}


def test_what_qualifies_a_weapon_or_a_clock_is_no_place():
    text = "An Iran-made drone launched by Russia at 03:00 Moscow time hit a house in Sumy."
    assert places(text) == {"Sumy"}


def test_a_countrys_soil_and_a_village_in_apposition():
    text = "A drone crashed on Moldovan soil near Cociulia, a village in the south, the border police said."
    assert places(text) >= {"Moldova", "Cociulia"}


def test_its_airspace_is_the_speaking_countrys_own():
    claim = only_claim("Romania said two Russian drones briefly entered its airspace near Galati overnight.")
    assert "Romania" in {p.name for p in claim.places}
    claim = only_claim("Ukraine's air force said Russia launched 30 drones from its territory near Kursk overnight.")
    assert "Ukraine" not in {p.name for p in claim.places}


def test_over_after_a_launch_platform_is_where_they_were_launched():
    text = "Russia fired six Kh-101 missiles from Tu-95MS bombers over the Volgograd region at Lviv, the air force said."
    assert places(text, "launch") == {"Volgograd Oblast"} and places(text, "target") == {"Lviv"}


@pytest.mark.parametrize("text", [
    "Окупанти випустили чотири ракети Х-59/69 з повітряного простору над Курською областю по Сумах.",
    "Оккупанты выпустили четыре ракеты Х-59/69 с воздушного пространства над Курской областью по Сумам.",
])
def test_over_after_the_airspace_launched_from_is_where_they_were_launched_in_ukrainian_and_russian(text):
    assert places(text, "launch") == {"Kursk Oblast"} and places(text, "target") == {"Sumy"}


def test_names_listed_with_a_known_place_are_places_too():
    text = "Guided bombs hit Vovchansk, Starytsia and Kolodiazne-Pershe overnight, the governor said."
    assert places(text, "target") >= {"Starytsia", "Kolodiazne-Pershe"}


def test_a_hyphenated_village_after_the_villages_of_is_one_name():
    text = "Drones dropped explosives on the villages of Kozinka and Gora-Podol, the governor said."
    assert "Gora-Podol" in places(text, "target")


def test_a_person_after_a_place_is_no_place():
    assert places("Drones hit Kharkiv and Ihor Terekhov said nobody was hurt.") == {"Kharkiv"}


def test_a_launch_list_runs_over_city_nouns_and_airspace():
    text = ("Russia launched 60 drones from the directions of Bryansk and Kursk cities, Millerovo and Hvardiiske, "
            "and 8 Kh-101 missiles from bombers over the Caspian Sea and the airspace of Volgograd Oblast.")
    assert places(text, "launch") >= {"Millerovo", "Hvardiiske", "Caspian Sea", "Volgograd Oblast"}
    assert places(text, "target") == set()


@pytest.mark.parametrize("text, lang", [
    ("Ворог запустив 95 дронів з напрямків Брянськ, Курськ, Орел, Міллерово та Гвардійське.", "uk"),
    ("Противник выпустил 95 дронов с направлений Брянск, Курск, Орел, Миллерово и Гвардейское.", "ru"),
])
def test_a_long_launch_list_joined_by_a_conjunction_is_launch_areas_to_its_end(text, lang):
    found = {(p.name, p.role) for c in extract_claims(text, date(2025, 4, 2), lang=lang) for p in c.places}
    assert ("Hvardiiske", "launch") in found and not any(role == "target" for _, role in found)


def test_the_region_is_the_one_in_the_speakers_title():
    text = ("The head of the Rivne Regional Military Administration, Oleksandr Koval, said 12 drones were "
            "shot down over the region overnight.")
    assert "Rivne Oblast" in {p.name for c in claims_of(text) for p in c.places}


def test_a_district_many_cities_have_is_the_one_of_the_city_told_before():
    text = ("Russian drones attacked Odesa overnight, the regional governor said. "
            "Debris fell in the Kyivskyi district, damaging a school.")
    assert "Kyivskyi district, Odesa" in {p.name for c in claims_of(text) for p in c.places}


def test_a_roundups_line_labelled_by_a_community_is_a_strike_there():
    text = ("The Chernihiv administration listed the day's strikes by community:\n"
            "Semenivska: an FPV drone hit a tractor near the village of Khotiivka;\n"
            "Novhorod-Siverska: two guided bombs fell on a field.")
    assert {"Semenivska", "Novhorod-Siverska"} <= {p.name for c in claims_of(text) for p in c.places}


def test_a_russian_citys_district_is_found_with_its_city_and_only_then():
    text = "Ukrainian drones attacked Saratov overnight. Debris fell in the Zavodskoy district, the governor wrote."
    assert "Zavodskoy district, Saratov" in {p.name for c in claims_of(text) for p in c.places}
    text = "A drone attacked Oryol overnight. Debris fell in the city's Zavodskoy district, the governor wrote."
    assert "Zavodskoy district, Saratov" not in {p.name for c in claims_of(text) for p in c.places}


@pytest.mark.parametrize("text, lang, district", [
    ("Ночью беспилотник упал в Заводском районе Саратова, повреждены два гаража.", "ru", "Zavodskoy district, Saratov"),
    ("Уламки дрона впали в Заводському районі Миколаєва, пошкоджено склад.", "uk", "Zavodskyi district, Mykolaiv"),
])
def test_a_city_district_is_found_in_any_case_its_adjective_is_in(text, lang, district):
    """An adjective's case form may lemmatise to a different adjective than its nominative
    ('Заводском' to заводский, not заводской): the district is the one some reading names."""
    assert district in {p.name for c in extract_claims(text, date(2025, 5, 12), lang=lang) for p in c.places}


def test_of_towns_sharing_a_name_the_one_in_the_region_the_sentence_names():
    [claim] = claims_of("Two drones struck an oil depot in Kirovsk in the Leningrad region overnight, the governor said.")
    kirovsk = next(p for p in claim.places if p.name == "Kirovsk")
    assert round(kirovsk.lat) == 60  # not the larger Kirovsk beyond the Arctic Circle
    [claim] = claims_of("Debris fell on a refinery in Slavyansk in Russia's Krasnodar region after a drone attack.")
    assert "Slavyansk-na-Kubani" in [p.name for p in claim.places]


def test_the_countrys_own_ground_is_the_country_of_the_voice_that_says_so():
    text = "Defence Minister Dovilė Šakalienė said the drone flew into the country's territory from Belarus on Thursday."
    assert [(p.name, p.role) for p in only_claim(text).places] == [("Lithuania", "target"), ("Belarus", "launch")]
    text = "A Lithuanian army spokesman, Gintautas Ciunis, said the drone had entered the countryʼs airspace from Belarus."
    assert "Lithuania" in [p.name for p in only_claim(text).places]


def test_large_areas_a_report_names_as_a_whole_are_places():
    claim = only_claim("Ukrainian drones struck an airbase in Siberia and a plant in the Urals overnight, the SBU said.")
    assert {"Siberia", "Ural Mountains"} <= {p.name for p in claim.places}


def test_a_place_before_and_and_an_attack_verb_is_still_a_target():
    claim = only_claim("Russian missiles destroyed a power plant near Kyiv and hit a substation in the west overnight.")
    assert "Kyiv" in [p.name for p in claim.places]  # (a side's name too: "Kyiv launched ...")


def test_a_paragraph_that_opens_with_place_names_gives_them_to_its_strikes():
    text = ("The governor listed the day's strikes.\n\n"
            "Kupiansk and Balakliia. Russian aircraft dropped four guided bombs on the two towns.\n\n"
            "Izium. A drone hit a car, injuring the driver.")
    assert {p.name for c in claims_of(text) for p in c.places} == {"Kupiansk", "Balakliia", "Izium"}


def test_a_place_in_brackets_after_a_launch_area_is_where_it_lies_and_a_launch_area_too():
    text = "▪️ 144 ударні БпЛА типу Shahed – з напрямків: Брянськ, Орел, Гвардійське (ТОТ АР Крим)."
    roles = {p.name: p.role for s in read(text, None, "uk").sentences for p in s.places}
    assert roles.get("Crimea") == "launch" and roles.get("Hvardiiske") == "launch"


def test_a_side_that_attacked_after_an_aside_is_the_attacker_not_a_target():
    text = "Russia, for its part, attacked Ukraine overnight with 58 drones, the air force said, and 41 of them were shot down."
    claim = only_claim(text)
    assert "Russia" not in [p.name for p in claim.places]
    assert [(w.launched, w.destroyed) for w in claim.weapons] == [(58, 41)]


def test_half_of_a_hyphenated_word_is_no_place():
    claim = only_claim("Anti-Kremlin activists filmed six drones flying over Belgorod, a Kyiv-based analyst said.")
    assert [p.name for p in claim.places] == ["Belgorod"]


def test_a_place_after_what_the_debris_did_is_where_it_fell_not_a_launch_area():
    claim = only_claim("Debris from a downed drone damaged a grain warehouse in Izmail district.")
    assert [(p.name, p.role) for p in claim.places] == [("Izmail", "target")]


@pytest.mark.parametrize("text, place", [
    ("Drones set fire to the Kristall oil depot in Engels overnight.", "Kristall"),
    ("A missile hit the Burshtyn power plant in the Ivano-Frankivsk region.", "Burshtyn"),
    ("Debris of a drone damaged the entrance of Lukianivska metro station after the attack.", "Lukianivska"),
    ("A missile struck the Amstor shopping centre in Kremenchuk.", "Amstor"),
    ("A missile hit a building on Zhylianska Street in Kyiv.", "Zhylianska"),
])
def test_a_named_facility_is_a_place_of_the_strike(text, place):
    assert place in [p.name for c in claims_of(text) for p in c.places]


def test_a_country_the_target_regions_border_is_no_target():
    claim = only_claim("Twenty drones were shot down over the Sumy and Chernihiv regions, which border Russia.")
    assert {p.name for p in claim.places} == {"Sumy Oblast", "Chernihiv Oblast"}


def test_a_country_owning_the_weapons_is_no_target():
    claim = only_claim("Poland said its radars tracked eight of Russia's drones over the Lublin Voivodeship.")
    assert [p.name for p in claim.places] == ["Lublin Voivodeship"]


def test_a_place_the_weapons_were_fired_from_over_is_a_launch_area():
    claim = only_claim("Four Kh-59 missiles were fired from over the Kursk region at Sumy.")
    assert {(p.name, p.role) for p in claim.places} == {("Kursk Oblast", "launch"), ("Sumy", "target")}


def test_a_country_that_speaks_or_can_is_no_target():
    text = '"Moscow cannot pretend it does not know where its bombs land," she said after 30 drones hit Odesa.'
    assert [p.name for c in claims_of(text) for p in c.places] == ["Odesa"]


def test_days_listed_beside_a_place_are_no_places():
    text = "Overnight on Tuesday and Wednesday, Russia launched 61 Shahed drones at Kherson."
    assert [p.name for c in claims_of(text) for p in c.places] == ["Kherson"]


def test_the_older_russian_spelling_of_a_city_is_that_city():
    assert "Kryvyi Rih" in {p.name for p in only_claim("A ballistic missile hit Krivoi Rog on Friday.").places}


@pytest.mark.parametrize("text", ["Drones set fire to a tanker at Ust-Luga overnight.",
                                  "Ночью беспилотники атаковали Усть-Лугу."])
def test_a_port_named_by_its_settlement_is_found_and_its_side_attacked(text):
    claim, = claims_of(text)
    assert [p.name for p in claim.places] == ["Ust-Luga port"] and claim.attacker == "UA"


def test_a_site_named_by_a_noun_before_of_is_found():
    claim, = claims_of("Long-range drones struck the port of Primorsk overnight, the General Staff said.")
    assert [(p.name, p.country) for p in claim.places] == [("Primorsk oil terminal", "RU")]


@pytest.mark.parametrize("text, name", [
    ("Вночі ворог ударив балістичною ракетою по Прилуках.", "Pryluky"),
    ("Уламки дрона впали у Черкасах.", "Cherkasy"),
])
def test_a_town_named_in_the_plural_is_read_as_that_town_not_a_village_of_the_singular(text, name):
    assert name in {p.name for s in read(text, None, "uk").sentences for p in s.places}


@pytest.mark.parametrize("line", ["• Миропільська — скинуто дві керовані авіабомби.",
                                  "Миропільська: скинуто дві керовані авіабомби."])
def test_a_roundup_line_labelled_by_a_communitys_adjective_is_that_town(line):
    text = f"Сумська ОВА повідомила, яких громад зазнали ударів:\n{line}"
    assert places(text, "target") == {"Myropillia"}


def test_an_english_roundup_line_labelled_by_a_community_keeps_its_name():
    text = "The administration listed the communities that were hit.\nVelykopysarivska: two guided bombs hit a farm."
    assert places(text, "target") == {"Velykopysarivska"}


def test_the_lines_of_a_list_of_launch_directions_are_where_the_weapons_were_launched_from():
    text = ("Russia attacked Ukraine overnight with 140 Shahed drones, the air force said.\n\n"
            "The drones were launched from the following directions:\n\n"
            "• Kursk, Oryol and Millerovo – Russian Federation;\n• Hvardiiske – occupied Crimea.")
    assert places(text, "launch") >= {"Kursk", "Oryol", "Millerovo", "Hvardiiske"}


@pytest.mark.parametrize("text", [
    "The Kh-59 missiles came from Su-35 jets flying over the Kursk region and hit a depot in Sumy.",
    "The Kh-59 missiles, fired from a Su-35 over the Kursk region, hit a depot in Sumy.",
])
def test_a_region_the_aircraft_flew_over_to_fire_their_missiles_is_where_they_were_launched_from(text):
    assert places(text, "launch") == {"Kursk Oblast"} and "Kursk Oblast" not in places(text, "target")


@pytest.mark.parametrize("text, district", [
    ("Уночі ворог атакував дронами Лозівщину, пошкоджено склад, повідомив Олег Синєгубов.", "Lozova district"),
    ("На Куп'янщині російський дрон влучив у приватний будинок, повідомив Олег Синєгубов.", "Kupiansk district"),
    ("Над Кременчуччиною сили ППО збили дві крилаті ракети, повідомив Володимир Когут.", "Kremenchuk district"),
])
def test_a_towns_area_named_after_it_is_the_district_around_the_town(text, district):
    assert district in places(text)


@pytest.mark.parametrize("text", [
    "Повітряні сили: ворог запустив 70 дронів. Збито 50 дронів, ще два полетіли в бік Молдови.",
    "Воздушные силы: противник запустил 70 дронов. Сбиты 50 дронов, еще два улетели в сторону Молдовы.",
])
def test_a_third_country_drones_flew_towards_is_no_target_of_the_night(text):
    claim = only_claim(text)
    assert "Moldova" not in {p.name for p in claim.places} and claim.weapons[0].destroyed == 50


def test_a_line_that_only_names_a_community_labels_the_strike_told_after_it():
    text = "Сумська ОВА\n\nВерхньосироватська громада.\nВорог скинув на село дві керовані авіабомби."
    claims = extract_claims(text, date(2025, 11, 10), lang="uk")
    assert any("Verkhnia Syrovatka" in [p.name for p in c.places] for c in claims)


@pytest.mark.parametrize("text", [
    "Телеграм-канал «Крымский ветер» сообщил, что в Феодосии ночью после атаки дронов загорелась нефтебаза.",
    "Drones hit a fuel depot in Feodosia overnight, the Crimean Wind channel reported.",
])
def test_a_place_in_an_outlets_name_is_no_target(text):
    assert places(text) == {"Feodosia"}


def test_a_cape_named_in_russian_in_a_list_of_launch_directions_is_a_launch_place():
    claims = extract_claims("Противник выпустил 146 БпЛА с направлений Курска, Орла, Приморско-Ахтарска, мыса Чауда "
                            "(Крым).", date(2025, 3, 18), lang="ru")
    assert {p.name for c in claims for p in c.places if p.role == "launch"} >= {"Kursk", "Primorsko-Akhtarsk",
                                                                                "Cape Chauda"}


@pytest.mark.parametrize("text, town", [
    ("Синєгубов: зведення по Харківщині за добу.\n\nЛозівська громада: «Герань-2» влучила у склад, поранено двох "
     "працівників.", "Lozova"),
    ("Зведення по Харківщині за минулу добу.\n\nБорівська: КАБ влучив у приватний будинок, поранено жінку.", "Borova"),
])
def test_a_community_is_named_after_the_town_of_that_name_in_the_region_the_report_named(text, town):
    places = {p.name for c in extract_claims(text, date(2025, 11, 21), lang="uk") for p in c.places}
    assert town in places


def test_a_speakers_surname_that_a_town_shares_is_no_target():
    text = "«Уночі на Чернігівщині знешкоджено чотири ударні дрони», — написав Чаус у Telegram."
    assert "Chausy" not in {p.name for c in extract_claims(text, date(2025, 3, 5), lang="uk") for p in c.places}


@pytest.mark.parametrize("text, lang", [
    ("Уночі дрон влучив у приватний будинок на вулиці Садовій у Чернігові, повідомив міський голова.", "uk"),
    ("Ночью обломки беспилотника упали на улице Садовой в Курчатове, сообщил губернатор.", "ru"),
    ("Overnight a drone hit a private house on Sadova Street in Chernihiv, the mayor said.", "en"),
])
def test_a_streets_name_is_no_village_of_that_name(text, lang):
    [claim] = extract_claims(text, date(2025, 3, 5), lang)
    assert not any("Sado" in p.name for p in claim.places)


@pytest.mark.parametrize("text, lang", [
    ("Уламки дрона впали на вулиці Академіка Корольова в Житомирі, повідомив міський голова.", "uk"),
    ("Обломки беспилотника упали на улице Академика Королева в Белгороде, сообщил губернатор.", "ru"),
])
def test_a_street_named_after_someone_is_no_town_of_that_name(text, lang):
    [claim] = extract_claims(text, date(2025, 3, 5), lang)
    assert not any(p.name.startswith("Korol") for p in claim.places)

