"""Counts told other than as a number before the weapon: running totals, ordinals, and
strikes counted by the missile, bomb or drone that made them. The sentences are our own."""

from datetime import date

import pytest

from skytruce.extract import extract_claims

PUBLISHED = date(2025, 9, 30)


def weapons_of(text: str, lang: str | None = None) -> list[tuple]:
    return [(w.model or w.category, w.launched, w.destroyed) for c in extract_claims(text, PUBLISHED, lang)
            for w in c.weapons]


def test_the_number_a_count_reached_is_the_total_and_earlier_figures_are_its_parts():
    assert weapons_of("Губернатор Калужской области Владислав Шапша сообщил о двух уничтоженных дронах. К полуночи "
                      "общее количество сбитых над регионом беспилотников возросло до 11.") == [("drone", None, 11)]


def test_in_ukrainian_too():
    assert weapons_of("Олег Синєгубов повідомив, що кількість збитих над Харківщиною ударних дронів сягнула 27.") \
        == [("drone", None, 27)]


def test_an_ordinal_is_the_count_so_far_even_with_a_place_between():
    assert weapons_of("Сергей Аксенов сообщил о пятой сбитой над Джанкоем ракете. Ранее он писал об уничтожении "
                      "двух ракет.") == [("missile", None, 5)]


def test_strikes_of_a_missile_are_so_many_missiles():
    assert weapons_of("Два ракетних удари по Павлограду, повідомив Сергій Лисак.") == [("missile", 2, None)]


@pytest.mark.parametrize("text", ["Ворог завдав трьох ракетних ударів із застосуванням семи ракет по Одещині.",
                                  "Противник нанес три ракетных удара с применением семи ракет по Одесской области."])
def test_strikes_whose_missiles_are_counted_after_them_are_that_count(text):
    assert weapons_of(text) == [("missile", 7, None)]


def test_a_second_strike_of_a_bomb_makes_two_bombs():
    assert weapons_of("Окупанти вдарили керованою авіабомбою по Куп'янську; за годину стався другий удар КАБом "
                      "по місту, повідомив Олег Синєгубов.") == [("KAB", 2, None)]


@pytest.mark.parametrize("text, expected", [
    ("Новопільська громада – 14 ударів FPV-дронів, двоє поранених.", [("drone", 14, None)]),
    ("По Ізюму було два удари «шахедів», повідомив Олег Синєгубов.", [("Shahed-136/131", 2, None)]),
    ("Противник нанес 230 ударов беспилотниками разных типов по 12 населенным пунктам.", [("drone", 230, None)]),
    ("Великописарівська громада – 3 КАБи, 12 ударів FPV-дронів.", [("KAB", 3, None), ("drone", 12, None)]),
    ("Оріхівська громада — 27 атак безпілотників, 14 артилерійських обстрілів.", [("drone", 27, None)]),
])
def test_drones_are_counted_by_their_strikes_as_bombs_are(text, expected):
    assert weapons_of(text) == expected


@pytest.mark.parametrize("text", ["За минулу добу ворог завдав 6 авіаударів керованими авіабомбами по Гуляйполю.",
                                  "За сутки противник нанес 6 авиаударов управляемыми авиабомбами по Гуляйполю."])
def test_airstrikes_of_guided_bombs_are_so_many_bombs(text):
    assert weapons_of(text) == [("KAB", 6, None)]


def test_a_verb_of_reaching_without_a_count_noun_is_no_total():
    assert all(destroyed != 5 for _, _, destroyed in weapons_of("Беспилотники достигли пяти регионов, сообщило Минобороны."))


def test_an_english_running_total_reaches_its_figure():
    text = ("The mayor said two drones were shot down over the city, then three more. By morning the number of "
            "drones shot down on approach to the city had reached 19.")
    assert ("drone", None, 19) in weapons_of(text)


def test_a_revised_count_replaces_the_one_told_before():
    text = ("The air force said 58 of the 80 drones were shot down. "
            "The air force later revised the number of drones shot down to 63.")
    assert weapons_of(text) == [("drone", 80, 63)]


def test_the_count_a_revision_replaced_is_no_figure_of_its_own():
    text = "The air force later revised the number of drones shot down overnight to 44, up from the 39 it gave first."
    assert weapons_of(text) == [("drone", None, 44)]


@pytest.mark.parametrize("text, lang", [
    ("Это уже четвертая атака беспилотников на город за месяц.", "ru"),
    ("Це вже четверта атака дронів на місто за місяць.", "uk"),
])
def test_an_ordinal_of_attacks_counts_no_weapons(text, lang):
    assert all(w.launched is None and w.destroyed is None for c in extract_claims(text, lang=lang) for w in c.weapons)


def test_a_toll_that_reached_a_number_is_no_count_of_the_weapons():
    text = ("At least nine Shahed drones hit Sumy overnight, the mayor said. By noon, the number of people hurt in the "
            "drone strikes had reached 14, he said.")
    assert weapons_of(text) == [("Shahed-136/131", 9, None)]


def test_an_attack_counted_by_an_ordinal_is_a_wave_not_that_many_weapons():
    assert all(launched != 3 for _, launched, _ in weapons_of("Це вже третя атака шахедів на Одесу за тиждень.", "uk"))


@pytest.mark.parametrize("text, count", [
    ("Governor Ivan Fedorov first wrote that four missiles had hit Zaporizhzhia. Later he corrected himself: three "
     "missiles had struck the city, he said.", 3),
    ("Прокудін спершу повідомив про п'ять КАБів на Херсон. Згодом він уточнив: на місто впали чотири КАБи.", 4),
])
def test_a_count_a_correction_announces_replaces_the_one_told_before(text, count):
    lang = "uk" if "Прокудін" in text else "en"
    claims = extract_claims(text, date(2025, 6, 2), lang=lang)
    assert [w.launched for c in claims for w in c.weapons] == [count]


@pytest.mark.parametrize("text, counts", [
    ("The air force first said Russia had sent 60 drones overnight. At noon it raised that figure to 64, "
     "saying 40 had been shot down.", (64, 40)),
    ("Governor Vasily Anokhin first wrote that six drones had been downed over the Smolensk region. "
     "In a later post he said the number had risen to eight.", (None, 8)),
])
def test_a_count_revised_with_no_weapon_named_replaces_the_count_told_before(text, counts):
    assert [(launched, destroyed) for _, launched, destroyed in weapons_of(text)] == [counts]


def test_a_revised_count_after_a_toll_is_the_tolls():
    text = ("Two guided bombs struck Kharkiv in the evening. The governor first reported nine people injured. "
            "By morning the count had risen to 12.")
    assert weapons_of(text) == [("KAB", 2, None)]
