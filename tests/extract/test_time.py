"""Time windows resolved against the published date, with a precision."""

from datetime import date

import pytest

from skytruce.extract import extract_claims, timex
from skytruce.extract.pipeline import read
from skytruce.extract.timex import reference_date, resolve
from tests.extract.helpers import claims_of, only_claim

SATURDAY = date(2024, 8, 17)


@pytest.mark.parametrize("text,start,end,precision", [
    ("overnight into February 8, 2024", date(2024, 2, 7), date(2024, 2, 8), "day"),
    ("on the night of August 13", date(2024, 8, 12), date(2024, 8, 13), "day"),
    ("drones were shot down from 9 p.m. to 2:30 a.m. on Saturday", SATURDAY, SATURDAY, "hour"),
    ("the air force said on Saturday", SATURDAY, SATURDAY, "day"),
    ("in an attack overnight", date(2024, 8, 16), SATURDAY, "day"),
    ("on Thursday", date(2024, 8, 15), date(2024, 8, 15), "day"),
    ("in July", date(2024, 7, 1), date(2024, 7, 31), "month"),
    ("in late July", date(2024, 7, 21), date(2024, 7, 31), "month"),
    ("since late June 2024", date(2024, 6, 21), SATURDAY, "month"),
    ("since early 2024", date(2024, 1, 1), SATURDAY, "year"),
    ("yesterday", date(2024, 8, 16), date(2024, 8, 16), "day"),
    ("since the start of the week", date(2024, 8, 12), SATURDAY, "week"),
    ("over the past week Russia launched 1,400 drones", date(2024, 8, 10), SATURDAY, "week"),
    ("in the last month air defence downed 3,100 drones", date(2024, 7, 18), SATURDAY, "month"),
    ("с начала недели", date(2024, 8, 12), SATURDAY, "week"),
    ("from 18:00 on 16 August the enemy used 80 drones", date(2024, 8, 16), SATURDAY, "day"),
    ("с 18:00 16 августа противник применил 80 дронов", date(2024, 8, 16), SATURDAY, "day"),
    ("destroyed 40 drones between 11 p.m. Friday and 7 a.m. Moscow time", date(2024, 8, 16), SATURDAY, "day"),
])
def test_expressions(text, start, end, precision):
    window = resolve(text, SATURDAY)
    assert (window.start, window.end, window.precision) == (start, end, precision)


def test_the_text_is_quoted_as_written():
    assert resolve("Overnight into February 8, 2024, the enemy launched", None).text == "into February 8, 2024"


def test_a_month_after_the_reference_belongs_to_the_year_before():
    window = resolve("in November", date(2025, 2, 1))
    assert (window.start, window.end) == (date(2024, 11, 1), date(2024, 11, 30))


def test_reference_is_published_else_the_latest_full_date_in_the_text():
    text = "Kyiv, 3 March 2024. Officials recalled the raid of February 8, 2024."
    assert reference_date(text, date(2024, 5, 1)) == date(2024, 5, 1)
    assert reference_date(text, None) == date(2024, 3, 3)
    assert reference_date("no dates here", None) is None


def test_no_time_words_no_window():
    assert resolve("Air defences were active.", SATURDAY) is None


def test_a_window_between_two_weekdays_ends_on_the_second():
    window = resolve("Air defences destroyed 40 drones between 10 p.m. Monday and 6 a.m. Tuesday.", date(2025, 3, 11))
    assert window.end == date(2025, 3, 11)


@pytest.mark.parametrize("text", ["The barrage lasted from late Monday into Tuesday morning.",
                                  "Drones flew at Lviv on Monday night into early Tuesday."])
def test_a_night_from_one_weekday_into_the_next_ends_on_the_second(text):
    assert resolve(text, date(2025, 3, 11)).end == date(2025, 3, 11)


def test_into_far_from_a_weekday_links_no_window():
    assert resolve("The shop opened on Monday, then moved into a larger hall on Tuesday.", date(2025, 3, 11)).end \
        == date(2025, 3, 10)


@pytest.mark.parametrize("text", ["Дроны летели на Москву вскоре после 23:00 пятницы и до рассвета.",
                                  "Атака почалася невдовзі після 22:30 п'ятниці й тривала до ранку."])
def test_a_night_that_began_after_an_evening_hour_ends_the_next_morning(text):
    assert resolve(text, date(2025, 10, 4)).end == date(2025, 10, 4)  # (a Saturday)


def test_a_day_earlier():
    assert resolve("A day earlier, drones hit a pumping station.", date(2025, 8, 15)).end == date(2025, 8, 14)


def test_overnight_and_a_weekday_is_the_night_into_it_and_an_evening_is_that_day():
    published = date(2025, 6, 8)  # a Sunday
    assert resolve("Russia launched 400 drones overnight Friday.", published).end == date(2025, 6, 6)
    assert resolve("A drone was downed on Wednesday evening.", published).end == date(2025, 6, 4)


def test_a_later_overnight_means_the_night_named_before():
    text = ("Russia attacked Ukraine overnight Friday, officials said. "
            "According to the air force, Russia used 407 drones in the overnight offensive.")
    [claim] = claims_of(text, date(2025, 6, 8))
    assert claim.time.end == date(2025, 6, 6)


def test_a_weekday_heading_dates_the_section_it_opens():
    text = ("Wednesday: Toropets\n\nThe ministry said air defences had destroyed 54 Ukrainian drones overnight.")
    [claim] = claims_of(text, date(2024, 9, 21))  # a Saturday
    assert claim.time.end == date(2024, 9, 18)


@pytest.mark.parametrize("text", [
    "Коротко\n\n— Еще одна атака была в ночь на среду.\n\nЧто было в ночь на пятницу\n\n"
    "По данным Воздушных сил, Россия выпустила по Украине 212 дронов, 180 из них сбиты.",
    "In brief\n\n- Another barrage came on the night into Wednesday.\n\nWhat happened on Thursday night\n\n"
    "The air force said Russia had launched 212 drones, 180 of which were shot down.",
])
def test_a_heading_that_names_a_night_dates_the_section_it_opens(text):
    [claim] = [c for c in claims_of(text, date(2025, 9, 7)) if c.weapons[0].launched]  # a Sunday
    assert claim.time.end == date(2025, 9, 5)


def test_a_weekday_beside_a_date_fixes_the_year_when_nothing_else_does():
    assert reference_date("Drones struck Lviv early on Saturday, 13 July, the mayor said.", None) == date(2024, 7, 13)
    assert reference_date("Shelling resumed on Wednesday, March 5.", None) == date(2025, 3, 5)
    assert reference_date("A drone fell on Friday, 1 January.", None) is None  # 2016, 2021: none since 2022


@pytest.mark.parametrize("sentence", [
    "Air defences destroyed 31 drones over the past 24 hours, the ministry said.",
    "За прошедшие сутки средствами ПВО сбиты 14 беспилотников.",
    "За минулу добу сили ППО збили 9 дронів.",
    "Протягом минулої доби ворог завдав 4 ударів КАБами по Костянтинівці.",
])
def test_a_daily_tally_covers_the_day_up_to_the_telling(sentence):
    window = resolve(sentence, date(2024, 5, 14))
    assert (window.start, window.end) == (date(2024, 5, 13), date(2024, 5, 14))


def test_a_count_since_a_weekday_runs_up_to_the_telling():
    window = resolve("Crews had downed 12 drones since Sunday evening.", date(2024, 5, 14))  # a Tuesday
    assert (window.start, window.end) == (date(2024, 5, 12), date(2024, 5, 14))


def test_the_day_a_statement_was_made_is_not_the_day_of_the_attack():
    ref = date(2024, 1, 8)
    said = resolve("An official said on 4 January that a missile had landed near Zaporizhzhia on 30 December.", ref)
    assert (said.start, said.end) == (date(2023, 12, 30), date(2023, 12, 30))
    night = resolve("The ministry said on 4 January that drones attacked overnight.", ref)
    assert night.end == date(2024, 1, 4)
    weekend = resolve("Drones struck two districts of Belgorod over the weekend, the governor said on Monday.", ref)
    assert (weekend.start, weekend.end) == (date(2024, 1, 6), date(2024, 1, 7))  # the Saturday and Sunday before
    assert resolve("Drones kept coming at the weekend.", SATURDAY).end == SATURDAY  # told on the Saturday itself


@pytest.mark.parametrize("text, lang", [
    ("Russia launched 210 drones at Ukraine overnight, the air force said on Saturday. It was the third large attack "
     "this week, after a barrage on Wednesday that cut power in Odesa.\n\nIn Kharkiv, two drones hit a warehouse, "
     "Mayor Ihor Terekhov said.", "en"),
    ("Уночі Росія випустила по Україні 210 дронів, повідомили Повітряні сили в суботу. Це третя велика атака за "
     "тиждень після удару в середу.\n\nУ Харкові два дрони влучили у склад, повідомив мер Ігор Терехов.", "uk"),
])
def test_a_strike_named_only_to_date_this_one_by_leaves_the_day_of_the_figures_after_it(text, lang):
    [kharkiv] = [c for c in read(text, date(2025, 3, 8), lang).claims if c.claimant and "Terekhov" in c.claimant.name]
    assert kharkiv.time.end == date(2025, 3, 8)  # the Saturday, not the Wednesday before


def test_a_datelines_date_gives_way_to_the_day_the_sentence_tells():
    told = resolve("ODESA, March 3 (Reuters) - Two drones hit the port on Saturday night, the governor said.",
                   date(2024, 3, 3))
    assert told.end == date(2024, 3, 3) and told.start == date(2024, 3, 2)
    assert resolve("LVIV, May 9 (AP) - Drones hit a depot.", date(2024, 5, 9)).end == date(2024, 5, 9)
    two_cities = resolve("KYIV/WARSAW, May 9, 2024 (Wire) - A drone hit a depot near Lutsk on Wednesday.", date(2024, 5, 9))
    assert two_cities.end == date(2024, 5, 8)


def test_a_weekday_a_time_word_introduces_wins_over_a_bare_one():
    ref = date(2024, 6, 20)  # a Thursday
    told = resolve("Crews spent Thursday clearing rubble after drones hit the depot in the early hours of Tuesday.", ref)
    assert (told.start, told.end) == (date(2024, 6, 18), date(2024, 6, 18))


def test_overnight_after_a_statement_day_is_the_night_before_that_day():
    night = resolve("The ministry said on Monday that it had downed 12 drones overnight.", date(2024, 6, 20))
    assert (night.start, night.end) == (date(2024, 6, 16), date(2024, 6, 17))


def test_a_heading_that_is_only_a_date_dates_the_undated_sentences_under_it():
    text = ("Weekly drone log\n\nTUESDAY, 4 JUNE\n\nA quiet night: 12 drones, 9 of them shot down, the air force said.\n\n"
            "THURSDAY, 6 JUNE\n\nThirty drones, 25 of them downed, the air force said.\n\nELSEWHERE\n\n"
            "Russia's ministry said it downed 14 drones overnight.")
    days = [(c.time.start, c.time.end) for c in claims_of(text, date(2024, 6, 9))]
    assert days[0][1] == date(2024, 6, 4) and days[1][1] == date(2024, 6, 6)
    assert days[2] == (date(2024, 6, 8), date(2024, 6, 9))  # a heading with no date ends the section


@pytest.mark.parametrize("text, lang", [
    ("Two nights in review\n\n3 June: the longest alert\n\nThe air force counted 60 drones and shot down 48.\n\n"
     "6 June: a quieter night\n\nThe air force counted 20 drones and shot down 17.", "en"),
    ("Дві ночі\n\n3 червня: найдовша тривога\n\nПовітряні сили нарахували 60 дронів, збили 48.\n\n"
     "6 червня: спокійніша ніч\n\nПовітряні сили нарахували 20 дронів, збили 17.", "uk"),
])
def test_a_heading_labelled_by_its_day_dates_its_section(text, lang):
    days = [c.time.end for c in extract_claims(text, date(2024, 6, 9), lang)]
    assert days == [date(2024, 6, 3), date(2024, 6, 6)]


def test_the_pages_own_date_line_is_no_section_heading():
    text = ("Drone crashed near the border, army says\n\nWednesday, 12 June 2024\n\n"
            "A drone came down in a field overnight into Tuesday, the army said. "
            "The air force said Russia launched 40 drones that night. Thirty-one of them were shot down, it said.")
    night = next(c for c in claims_of(text, date(2024, 6, 12)) if c.weapons and c.weapons[0].launched == 40)
    assert (night.weapons[0].destroyed, night.time.end) == (31, date(2024, 6, 11))


def test_an_attack_that_began_on_an_evening_ended_the_next_morning():
    text = "The attack began on Thursday evening, when 20 drones were launched at Odesa, the air force said."
    claim = only_claim(text, published=date(2024, 8, 17))  # a Saturday
    assert claim.time.end == date(2024, 8, 16)


def test_last_sunday_said_on_a_sunday_is_a_week_before():
    window = resolve("last Sunday's attack was larger", date(2024, 8, 18))  # a Sunday
    assert (window.start, window.end) == (date(2024, 8, 11), date(2024, 8, 11))


def test_the_day_before_counts_back_from_the_day_named_just_before():
    text = ("On Monday, 12 August, four guided bombs hit Kupiansk, the governor said. "
            "The day before, three guided bombs hit Vovchansk, he said.")
    days = sorted(c.time.end for c in claims_of(text, date(2024, 8, 14)))
    assert days == [date(2024, 8, 11), date(2024, 8, 12)]


@pytest.mark.parametrize("text, lang, nights", [
    ("Overnight into Monday, 12 August, air defences downed 30 drones over the Kursk region, the ministry said. "
     "The night before, it reported 45 drones downed.", "en", {date(2024, 8, 11), date(2024, 8, 12)}),
    ("On Monday, 12 August, a guided bomb hit Kupiansk, the governor said. The night before, two drones hit "
     "Vovchansk, he said.", "en", {date(2024, 8, 12)}),
    ("У ніч на 12 серпня над Сумщиною збито 30 дронів, повідомили Повітряні сили. Попередньої ночі вони повідомили "
     "про 45 збитих дронів.", "uk", {date(2024, 8, 11), date(2024, 8, 12)}),
])
def test_the_night_before_a_night_ends_a_day_earlier_and_before_a_day_ends_on_it(text, lang, nights):
    assert {c.time.end for c in extract_claims(text, date(2024, 8, 14), lang=lang)} == nights


def test_a_weekday_under_a_dated_heading_is_the_one_near_that_date():
    text = ("Weekly log\n\nTUESDAY, 6 AUGUST\n\nOvernight into Tuesday, Russia launched 25 drones, "
            "the air force said.")
    [claim] = claims_of(text)  # published on Saturday 17 August
    assert (claim.time.start, claim.time.end) == (date(2024, 8, 5), date(2024, 8, 6))


def test_the_day_the_sentence_before_opens_with_dates_an_undated_attack():
    text = ("Last Tuesday, people in Sumy spent the night in shelters. By morning, Russia had fired "
            "90 drones at the region, the air force said.")
    [claim] = claims_of(text)  # published on Saturday 17 August
    assert claim.time.end == date(2024, 8, 13)


def test_an_attack_that_began_at_an_evening_hour_ends_the_next_morning():
    text = ("The strike began at about 23:00 on Tuesday and went on until dawn. Russia launched 64 drones, "
            "the air force said.")
    [claim] = claims_of(text, date(2025, 10, 22))  # a Wednesday
    assert claim.time.end == date(2025, 10, 22)
    morning = "Russia launched six drones at Odesa in a strike that began at 10:00 on Tuesday, the air force said."
    assert claims_of(morning, date(2025, 10, 22))[0].time.end == date(2025, 10, 21)


@pytest.mark.parametrize("text", [
    "Від 21:00 вівторка ворог атакував Полтавщину 37 ударними БпЛА, повідомили Повітряні сили.",
    "С 19:30 вторника над Брянской областью уничтожены 22 беспилотника, сообщили в Минобороны.",
    "Between 8 p.m. on Tuesday and dawn, Russia launched 37 drones at the Poltava region, the air force said.",
    "From shortly after 10 p.m. on Tuesday until dawn, air defences shot down 37 drones over the region, the governor said.",
])
def test_a_count_from_an_evening_hour_of_a_weekday_ends_the_next_morning(text):
    [claim] = claims_of(text, date(2025, 10, 22))  # a Wednesday
    assert claim.time.end == date(2025, 10, 22)


@pytest.mark.parametrize("text", [
    "Overnight air defences destroyed 40 Ukrainian drones, the Russian defence ministry said. Between 9 a.m. and "
    "1 p.m. Moscow time, another 12 drones were destroyed over the Belgorod region, the ministry said.",
    "В ночь на 17 августа средства ПВО уничтожили 40 украинских беспилотников, сообщили в Минобороны России. "
    "С 09:00 до 13:00 по московскому времени над Белгородской областью уничтожены 12 беспилотников.",
])
def test_a_daytime_tally_in_hours_is_apart_from_the_night(text):
    claims = claims_of(text, SATURDAY)
    assert sorted(w.destroyed for c in claims for w in c.weapons) == [12, 40]
    assert len(claims) == 2
    daytime = next(c for c in claims if c.weapons[0].destroyed == 12).time
    assert (daytime.start, daytime.end, daytime.precision, daytime.start_at.hour, daytime.end_at.hour) == (
        SATURDAY, SATURDAY, "hour", 9, 13)
    assert daytime.start_at.utcoffset().total_seconds() == 3 * 3600  # Moscow time


@pytest.mark.parametrize("text, lang, hour", [
    ("Governor Pavel Malkov said air defences shot down nine drones over the region overnight.\n\n"
     "At about 4:30 p.m. drones attacked the city again. Malkov said three more drones had been shot down.", "en", 16),
    ("Уночі над областю збили дев'ять дронів, повідомив голова ОВА Іван Федоров.\n\n"
     "О 15:40 ворог знову атакував місто: Федоров повідомив, що збито ще три дрони.", "uk", 15),
    ("Governor Ivan Fedorov said air defences shot down nine drones over the region overnight.\n\n"
     "In the afternoon Fedorov said three drones had been shot down over Zaporizhzhia.", "en", 14),
    ("Governor Oleh Kiper said nine drones were downed over Odesa overnight.\n\n"
     "Around midday Kiper said three drones had been downed over Izmail.", "en", 14),
])
def test_a_strike_at_an_afternoon_hour_or_in_the_afternoon_is_apart_from_the_night_before(text, lang, hour):
    claims = extract_claims(text, SATURDAY, lang)
    assert sorted([w.destroyed for w in c.weapons] for c in claims) == [[3], [9]]
    afternoon = next(c for c in claims if c.weapons[0].destroyed == 3).time
    assert (afternoon.end, afternoon.precision, afternoon.start_at.hour) == (SATURDAY, "hour", hour)


@pytest.mark.parametrize("hour", ["at 7:10 a.m.", "at 11:30"])
def test_an_official_telling_a_toll_at_an_hour_does_not_split_it_from_the_night(hour):
    text = (f"Russian drones attacked Sumy overnight, the regional administration said. {hour.capitalize()} the "
            "administration said two people were injured.")
    assert [(len(c.weapons), c.injured) for c in claims_of(text, SATURDAY)] == [(1, 2)]


@pytest.mark.parametrize("text, lang, published, count", [
    ("Air defences shot down 40 drones over the region, the governor said.\n\nThe day before, a guided bomb hit "
     "a school in Vovchansk, he said.", "en", SATURDAY, 40),
    ("Над областью уничтожены 17 беспилотников, сообщил губернатор.\n\nНакануне, около 21:40, беспилотник "
     "атаковал автостанцию в Рыльске.", "ru", SATURDAY, 17),
    ("Над Белгородским районом за день сбиты четыре беспилотника, сообщил губернатор.\n\nНапомню, вечером 14 "
     "сентября над Белгородом были сбиты три ракеты.", "ru", date(2025, 9, 15), 4),
    ("Над Харківським районом за день збито чотири дрони, повідомив голова ОВА.\n\nНагадаю, увечері 14 вересня над "
     "Харковом збили три ракети.", "uk", date(2025, 9, 15), 4),
])
def test_a_strike_the_day_before_or_recalled_does_not_date_the_count_told_before_it(text, lang, published, count):
    claims = extract_claims(text, published, lang)
    assert {c.time.end for c in claims if any(w.destroyed == count for w in c.weapons)} == {published}


@pytest.mark.parametrize("text, lang", [
    ("Вечером 14 апреля беспилотники атаковали Липецк. С 19:40 до 21:50 над городом сбиты шесть беспилотников, "
     "сообщил губернатор.", "ru"),
    ("On the evening of April 14 drones attacked Lipetsk. Between 7:40 p.m. and 9:50 p.m. air defences shot down six "
     "drones over the city, the governor said.", "en"),
])
def test_hours_told_right_after_a_day_are_that_days(text, lang):
    claims = extract_claims(text, date(2026, 4, 15), lang)
    assert {c.time.end for c in claims if any(w.destroyed == 6 for w in c.weapons)} == {date(2026, 4, 14)}


def test_a_paragraph_after_a_strike_the_evening_before_is_back_at_the_reports_night():
    text = ("Air defences destroyed 20 drones over the Kursk region overnight, the defence ministry said.\n\n"
            "On Friday evening a drone hit a car near Sudzha, the district head said.\n\n"
            "In Lgov, debris from a downed drone damaged a school, the mayor said.")
    days = {(c.weapons[0].launched, c.weapons[0].destroyed): c.time.end for c in claims_of(text, SATURDAY)}
    assert days[(None, 1)] == SATURDAY and days[(1, None)] == date(2024, 8, 16)


def test_a_date_days_after_the_only_date_stated_is_of_the_same_year():
    text = ("MONDAY, 2 MARCH 2026\n\nRussia launched 90 drones overnight, the air force said.\n\n"
            "THURSDAY, 5 MARCH\n\nOvernight into Thursday Russia launched 60 drones, the air force said.")
    assert sorted(c.time.end for c in claims_of(text, None)) == [date(2026, 3, 2), date(2026, 3, 5)]
    assert resolve("on 20 December", date(2026, 1, 3)).end == date(2025, 12, 20)  # weeks later: the year before



def test_the_summary_for_the_night_is_a_night():
    night = resolve("According to the air force's summary for the night, Russia used four Kinzhals.", SATURDAY)
    assert (night.start, night.end, night.text) == (date(2024, 8, 16), SATURDAY, "for the night")


def test_an_attack_that_began_late_one_day_and_went_on_into_the_next_ends_on_the_next():
    text = ("The raid started late on Tuesday and continued into the early hours of Wednesday, "
            "the air force said. Russia launched 40 drones.")
    assert only_claim(text).time.end == date(2024, 8, 14)


def test_weapons_told_a_day_after_which_came_the_day_before():
    text = "The city buried its dead on Saturday, two days after a ballistic missile struck the market."
    assert only_claim(text, published=date(2024, 8, 17)).time.end == date(2024, 8, 15)
    text = "Russia fired 40 drones on Saturday, a day after Kyiv struck an airfield."
    assert only_claim(text, published=date(2024, 8, 17)).time.end == date(2024, 8, 17)


def test_a_date_things_happened_since_is_no_day_of_the_attack():
    text = ("Russia struck the grid overnight, the company said, the fifth such attack since March 22. "
            "The air force said 34 missiles were launched overnight.")
    claim = only_claim(text, published=date(2024, 4, 27))
    assert (claim.weapons[0].launched, claim.time.end) == (34, date(2024, 4, 27))


def test_a_weekday_heading_of_a_digest_dates_the_strike_under_it():
    text = ("THE WEEK IN ODESA\n\nTUESDAY, 3 SEPTEMBER\nNine drones were shot down overnight, the governor said.\n\n"
            "WEDNESDAY\nTwo Iskander-M missiles hit the port at about 1:30 p.m., the governor said.")
    iskander = next(c for c in claims_of(text, date(2024, 9, 9)) if c.weapons[0].model == "Iskander-M")
    assert iskander.time.end == date(2024, 9, 4)


def test_each_dated_entry_of_a_register_dates_the_nights_it_tells_of():
    text = ("INCIDENT LOG\n\nCASE 3 · LATVIA · 7 MAY 2024\nSource: the armed forces\n"
            "Details: A Russian drone crashed in a forest during the night, the armed forces said.\n\n"
            "CASE 4 · POLAND · 2 JUNE 2025\nSource: the Operational Command\n"
            "Details: Three drones entered Polish airspace overnight, the command said.")
    ends = sorted(c.time.end for c in claims_of(text, date(2025, 8, 1)))
    assert ends == [date(2024, 5, 7), date(2025, 6, 2)]


def test_a_heading_that_opens_with_a_day_and_tells_of_the_attack_dates_its_section():
    text = ("Тиждень атак: підсумки з 2 по 9 березня\n\n"
            "НЕДІЛЯ, 2 БЕРЕЗНЯ: ДРОНИ НАД ОДЕСОЮ\n\n"
            "У ніч на неділю ворог запустив 96 ударних дронів, повідомили Повітряні сили.")
    [claim] = claims_of(text, date(2025, 3, 9))  # published a week later, on Sunday 9 March
    assert claim.time.end == date(2025, 3, 2)


@pytest.mark.parametrize("text, lang", [
    ("Night into Tuesday, 11 March: Odesa again\n\n54 drones, 40 of them shot down.\n\n"
     "Night into Thursday, 13 March: the largest attack of the month\n\n"
     "212 drones and 17 missiles, the air force said.", "en"),
    ("Ніч на вівторок, 11 березня: знову Одеса\n\n54 дрони, 40 з них збито.\n\n"
     "Ніч на четвер, 13 березня: наймасованіша атака місяця\n\n"
     "212 дронів і 17 ракет, повідомили Повітряні сили.", "uk"),
])
def test_a_heading_that_names_its_night_and_tells_of_it_dates_its_section(text, lang):
    claims = extract_claims(text, date(2025, 3, 16), lang=lang)
    ends = {w.launched: c.time.end for c in claims for w in c.weapons if w.launched}
    assert ends[54] == date(2025, 3, 11) and ends[212] == date(2025, 3, 13)


@pytest.mark.parametrize("text,start,end", [
    ("Last year the enemy fired more than 9,000 missiles at the country.", date(2023, 1, 1), date(2023, 12, 31)),
    ("Минулого року окупанти випустили по області понад дві тисячі дронів.", date(2023, 1, 1), date(2023, 12, 31)),
    ("В этом году по городу выпущено более 300 ракет.", date(2024, 1, 1), SATURDAY),
    ("З початку липня росіяни скинули на громаду понад сотню авіабомб.", date(2024, 7, 1), SATURDAY),
    ("С начала мая по району выпустили 40 ракет.", date(2024, 5, 1), SATURDAY),
])
def test_a_year_or_a_months_count_is_told_over_that_period(text, start, end):
    time = resolve(text, SATURDAY)
    assert (time.start, time.end) == (start, end)


def test_a_years_count_is_not_folded_into_the_nights_attack():
    text = ("Overnight, Russia launched 58 drones at the Poltava region, the regional governor said. "
            "Last year the region was targeted by more than 2,400 drones, he added.")
    night = next(c for c in claims_of(text, SATURDAY) if c.time.end == SATURDAY)
    assert night.weapons[0].launched == 58


def test_a_comparison_with_this_year_does_not_make_the_nights_figure_a_years():
    text = ("Russia launched 44 drones at Ukraine overnight, the air force said. "
            "Forty-four drones is a quiet night by the measure of this year.")
    assert [(c.weapons[0].launched, c.time.end) for c in claims_of(text, SATURDAY)] == [(44, SATURDAY)]


def test_a_day_a_sentence_gives_an_attack_it_tells_nothing_else_of_dates_the_figures_after_it():
    text = ("Russia sent 30 drones overnight, the air force said on Thursday. The strike on Tuesday had been far "
            "heavier. Russia fired 90 missiles at power plants, according to the air force.")
    ends = {c.weapons[0].launched: c.time.end for c in claims_of(text, date(2024, 8, 15))}  # a Thursday
    assert ends[90] == date(2024, 8, 13)


@pytest.mark.parametrize("text", [
    "Since the evening of October 21, Russia has launched 53 drones at the south, 40 of them were downed, the air force said.",
    "З вечора 21 жовтня ворог запустив 53 ударні дрони, 40 з них збито, повідомили Повітряні сили.",
    "С вечера 21 октября над Курской областью уничтожены 53 беспилотника, сообщили в Минобороны.",
])
def test_a_count_since_the_evening_of_a_date_ends_the_next_morning(text):
    [claim] = claims_of(text, date(2025, 10, 22))
    assert claim.time.end == date(2025, 10, 22)


def test_overnight_beside_the_day_a_statement_was_made_is_that_night_not_the_date_told_before():
    text = ("On 2 March, Russia fired 40 missiles at Ukraine's power plants, the air force said. "
            "Ukraine has struck back at Russian refineries. Russia's defence ministry said on Tuesday its air defences "
            "had destroyed 30 Ukrainian drones overnight.")
    drones = next(c for c in claims_of(text, date(2026, 3, 10)) if any(w.category == "drone" for w in c.weapons))  # a Tuesday
    assert drones.time.end == date(2026, 3, 10)


def test_a_live_pages_post_keeps_the_day_it_names_to_itself():
    text = ("Russia strikes Ukraine's grid overnight\n\n"
            "14:20\nRussia's defence ministry said Ukraine had fired six ATACMS at an airfield in the Kursk region on "
            "Monday, all of which were shot down.\n\n"
            "11:05\nThe head of the Rivne region said air defences destroyed five cruise missiles over the region.\n\n"
            "08:30\nUkraine's air force said Russia launched 90 missiles and 100 drones overnight.")
    days = {c.claimant.name: c.time.end for c in claims_of(text, date(2024, 11, 28))}
    assert days["Russian Defence Ministry"] == date(2024, 11, 25)
    assert days["Ukrainian Air Force"] == date(2024, 11, 28)
    assert [d for name, d in days.items() if "Rivne" in name] == [date(2024, 11, 28)]


def test_a_line_that_opens_with_a_date_dates_the_night_told_after_it():
    text = ("Incidents recorded by the grid operator:\n\n"
            "14 April — Odesa region. In the evening, drones hit a substation near Izmail.\n\n"
            "16 April — Mykolaiv region. At night, three Shahed drones struck a transformer in Voznesensk.")
    days = sorted(str(c.time.end) for c in claims_of(text, date(2025, 4, 20)))
    assert days == ["2025-04-14", "2025-04-16"]


def test_a_date_after_the_report_opening_a_line_dates_no_night():
    text = ("Missiles hit Sumy on 9 May, the city council said. 10 May will be a day of mourning in the city. "
            "At night, two drones were shot down over the region, the council said.")
    assert "2025-05-10" not in [str(c.time.end) for c in claims_of(text, date(2025, 5, 9))]


@pytest.mark.parametrize("text, lang", [
    ("The Volgograd refinery was hit by drones overnight, the General Staff said. The plant has been a target of "
     "Ukrainian drones several times, most recently on 3 October. The governor said 14 drones were destroyed.", "en"),
    ("Генштаб ЗСУ заявив про ураження НПЗ у Саратові. Завод уже неодноразово ставав ціллю українських дронів, "
     "востаннє — 3 жовтня. Губернатор заявив, що над областю знищено 14 безпілотників.", "uk"),
    ("Генштаб ВСУ заявил о поражении НПЗ в Саратове. Завод уже неоднократно становился целью украинских дронов, "
     "в последний раз — 3 октября. Губернатор заявил, что над областью уничтожены 14 беспилотников.", "ru"),
])
def test_the_latest_of_earlier_strikes_dates_none_told_after_it(text, lang):
    claim = next(c for c in extract_claims(text, date(2025, 11, 21), lang) if c.weapons and c.weapons[0].destroyed)
    assert str(claim.time.end) != "2025-10-03"


def test_a_paragraph_after_a_day_of_history_told_in_passing_is_back_at_the_reports_day():
    text = ("Drones hit a thermal power plant in the Kyiv region overnight, its operator said. Its other plant, near "
            "Kharkiv, was wrecked by missiles on 22 March.\n\n"
            "The night's figures\n\n"
            "The air force said Russia had launched 40 drones, of which 36 were shot down.")
    claim = next(c for c in claims_of(text, date(2024, 4, 11)) if c.weapons[0].launched == 40)
    assert claim.time.end == date(2024, 4, 11)


@pytest.mark.parametrize("text, lang", [
    ("On the night of 17 May she was asleep in the corridor when the first explosion came.\n\n"
     "The border is 30 kilometres away, and the sirens often sound too late.\n\n"
     "That night 13 drones struck the city, the governor said.", "en"),
    ("У ніч на 17 травня вона спала в коридорі, коли пролунав перший вибух.\n\n"
     "До кордону 30 кілометрів, і сирени часто звучать запізно.\n\n"
     "Тієї ночі 13 дронів атакували місто, повідомив губернатор.", "uk"),
])
def test_that_night_after_a_paragraph_between_is_the_night_of_history_named_before(text, lang):
    claim = next(c for c in extract_claims(text, date(2024, 6, 1), lang) if c.weapons[0].launched == 13)
    assert claim.time.end == date(2024, 5, 17)


def test_a_bullet_that_names_only_a_day_dates_the_figures_told_after_it():
    text = ("The week in strikes, 12 to 18 May\n\n"
            "• Tuesday 13 May. 64 drones were launched; the air force said 51 were shot down.\n\n"
            "• Friday 16 May. A quieter night. The air force counted 22 drones, of which 19 were downed.")
    days = {c.weapons[0].launched: c.time.end for c in claims_of(text, date(2025, 5, 19))}
    assert days == {64: date(2025, 5, 13), 22: date(2025, 5, 16)}


@pytest.mark.parametrize("text", [
    "Russia launched drones at Odesa early Thursday local time, the governor said.",
    "Russia launched drones at Odesa on Thursday morning, Kyiv time, the governor said.",
])
def test_a_weekday_in_local_time_on_a_page_dated_the_day_before_is_the_next_day(text):
    assert resolve(text, date(2025, 3, 12)).end == date(2025, 3, 13)  # (a page dated in New York on Wednesday)


def test_a_weekday_without_local_time_is_still_the_last_one():
    assert resolve("Russia launched drones at Odesa early Thursday, the governor said.", date(2025, 3, 12)).end \
        == date(2025, 3, 6)


@pytest.mark.parametrize("text", [
    "Russia launched 70 drones starting from 6 p.m. on Oct. 20, the air force said.",
    "Starting at 18:00 on October 20, Russia launched 70 drones.",
    "Russia launched 70 drones from 7 pm on 20 October.",
])
def test_a_night_opened_at_an_evening_hour_ends_the_next_morning(text):
    assert resolve(text, date(2025, 10, 21)).end == date(2025, 10, 21)


def test_a_strike_at_an_evening_hour_is_that_day():
    assert resolve("A drone hit a shop at 9 p.m. on October 20.", date(2025, 10, 21)).end == date(2025, 10, 20)


def test_the_day_a_toll_was_written_does_not_date_the_attack_told_after_it():
    text = ("Russian missiles struck Dnipro on Tuesday, killing five people.\n\n"
            "\"Nine people remain in hospital,\" the governor wrote on Telegram on Wednesday morning.\n\n"
            "The air force said Russia had fired four Iskander-M missiles at the city, one of which was shot down.")
    claim = next(c for c in claims_of(text, date(2025, 6, 25)) if c.weapons[0].launched == 4)
    assert claim.time.end == date(2025, 6, 24)


@pytest.mark.parametrize("line", ["22:15 (13 May) – the first drones crossed the border.",
                                  "The first drones crossed the border late on Tuesday."])
def test_an_hour_of_the_evening_the_night_began_keeps_the_figures_after_it_on_that_night(line):
    text = ("Russia attacked Ukraine with 90 drones overnight into 14 May, the air force said.\n\n"
            f"{line}\n\nAir defences shot down 70 drones by morning, the air force said.")
    claims = claims_of(text, date(2025, 5, 14))
    assert [(w.launched, w.destroyed, str(c.time.end)) for c in claims for w in c.weapons] == [(90, 70, "2025-05-14")]


def test_a_line_of_a_place_and_a_day_dates_the_night_its_paragraph_tells():
    text = ("Two nights in detail\n\nSaratov, 9 June.\nOvernight, drones hit the refinery, the General Staff said. "
            "The ministry said it destroyed 31 drones overnight.\n\nAnalysis published on 20 June.")
    claims = claims_of(text, date(2025, 6, 20))
    assert {str(c.time.end) for c in claims if any(w.destroyed == 31 for w in c.weapons)} == {"2025-06-09"}


def test_the_night_of_the_record_broken_does_not_date_what_is_told_after_it():
    text = ("Russia launched 310 drones at Ukraine overnight, the air force said. The previous record was set on the "
            "night of 3 March, when 290 drones were launched.\n\nIn Odesa, a drone hit a warehouse, governor Oleh Kiper said.")
    odesa = next(c for c in claims_of(text, date(2025, 6, 20)) if c.claimant and c.claimant.name == "Oleh Kiper")
    assert str(odesa.time.end) == "2025-06-20"


@pytest.mark.parametrize("text", [
    "The attack began with drones late on Tuesday and grew into a missile barrage after dawn, the air force said.",
    "Drones first appeared late Tuesday, and the attack went on until the morning, officials said.",
])
def test_an_attack_that_began_late_one_day_and_ran_into_the_morning_is_a_night_ending_the_next_day(text):
    window = resolve(text, date(2025, 3, 5))  # a Wednesday
    assert (window.start, window.end) == (date(2025, 3, 4), date(2025, 3, 5))


def test_overnight_under_a_new_heading_is_not_the_earlier_night_recalled_in_the_section_before():
    text = ("Russia fires 300 drones at Ukraine\n\n"
            "Russia launched 300 drones at Ukraine overnight into Thursday, the air force said.\n\n"
            "It was the third-largest attack of the war. On June 2, Russia launched 480 drones, the air force said.\n\n"
            "Drones over Russia\n\n"
            "Russia's defence ministry said 40 Ukrainian drones had been shot down over Russian regions overnight.")
    ministry = next(c for c in extract_claims(text, date(2025, 7, 17)) if c.claimant.name == "Russian Defence Ministry")
    assert ministry.time.end == date(2025, 7, 17)


@pytest.mark.parametrize("text", [
    "Russia fired 70 missiles overnight, the heaviest barrage since the start of the full-scale invasion in February 2022.",
    "The night brought 400 drones, the most since the record attack of July 2025, the air force said.",
])
def test_the_yardstick_of_a_superlative_does_not_date_the_attack(text):
    window = resolve(text, date(2025, 11, 3))
    assert window is None or window.end == date(2025, 11, 3)


def test_a_yardstick_day_told_again_still_dates_what_is_told_of_it():
    text = "It was the deadliest strike since April 13, when two missiles killed 35 people in the city centre."
    assert resolve(text, date(2025, 5, 21)) is not None


def test_a_night_told_after_an_evening_is_the_night_after_it():
    text = ("Увечері 3 березня ворог атакував Шостку двома ударними БпЛА. Уночі по Конотопу окупанти запустили "
            "п'ять «шахедів», три з них збили сили ППО.")
    ends = {w.launched: c.time.end for c in extract_claims(text, date(2025, 3, 4), "uk") for w in c.weapons}
    assert ends[5] == date(2025, 3, 4)


def test_a_summarys_day_dates_its_lines_not_an_evening_it_lists():
    text = ("Ситуація на Харківщині за минулу добу (з 07:00 4 березня до 07:00 5 березня)\n\n"
            "▪️ Золочівська: ворог скинув 2 КАБи на околиці Золочева.\n\n"
            "▪️ Богодухівська: увечері 4 березня росіяни атакували Богодухів трьома «шахедами».")
    ends = {w.launched: c.time.end for c in extract_claims(text, date(2025, 3, 5), "uk") for w in c.weapons}
    assert ends[2] == date(2025, 3, 5)


@pytest.mark.parametrize("text, lang", [
    ("Пізно ввечері у вівторок, 4 березня, і вночі Суми атакували 7 ударних безпілотників, повідомив мер.", "uk"),
    ("On the evening of 4 March and through the night, Russia launched 30 drones at Odesa, the governor said.", "en"),
])
def test_an_evening_and_the_night_after_it_end_the_next_morning(text, lang):
    [claim] = extract_claims(text, date(2025, 3, 5), lang)
    assert claim.time.end == date(2025, 3, 5)


def test_a_digest_heading_of_a_weekday_with_an_apostrophe_dates_its_section():
    text = ("Тиждень у небі\n\n4 жовтня 2025, 19:00\n\nЧетвер, 2 жовтня\nУночі Росія запустила 60 ударних дронів, "
            "41 з них збито.\n\nП'ятниця, 3 жовтня\nУдень Суми атакували двома КАБ.")
    days = {w.model or w.category: c.time.end for c in extract_claims(text, date(2025, 10, 4), lang="uk") for w in c.weapons}
    assert days == {"drone": date(2025, 10, 2), "KAB": date(2025, 10, 3)}


def test_a_heading_of_several_weekdays_is_no_one_days_section():
    text = ("Тиждень у небі\n\n17 листопада 2024, 21:40\n\nЧетвер, п'ятниця, субота\nУ ніч на четвер ППО збила 25 із 48 "
            "«шахедів».\n\nНеділя: 120 ракет\nУ ніч на неділю, 17 листопада, росіяни запустили 120 ракет.")
    days = {w.model or w.category: c.time.end for c in extract_claims(text, date(2024, 11, 17), lang="uk") for w in c.weapons}
    assert days == {"Shahed-136/131": date(2024, 11, 14), "missile": date(2024, 11, 17)}


def test_a_heading_of_a_night_from_one_day_into_the_next_dates_its_section():
    text = ("THE WEEK IN THE AIR\nSaturday, 8 March 2025\n\nMONDAY INTO TUESDAY (3–4 March)\n\nThe air force counted 80 "
            "drones overnight, 61 of them shot down.\n\nWEDNESDAY INTO THURSDAY (5–6 March)\n\nThe air force reported "
            "44 drones overnight, 30 of them downed.")
    days = {w.launched: c.time.end for c in claims_of(text, date(2025, 3, 8)) for w in c.weapons}
    assert days == {80: date(2025, 3, 4), 44: date(2025, 3, 6)}


def test_a_sentence_that_only_names_a_night_by_its_weekday_dates_the_strikes_told_after_it():
    text = ("Overnight into Monday, the air force counted 40 drones. Thirty were shot down.\n\n"
            "The night into Thursday was quieter. The mayor said four drones had been downed over the city.")
    ends = {w.destroyed: c.time.end for c in extract_claims(text, date(2025, 4, 13)) for w in c.weapons}
    assert ends == {30: date(2025, 4, 7), 4: date(2025, 4, 10)}


@pytest.mark.parametrize("text, lang", [
    ("Учора ввечері дрон влучив у склад у Херсоні, повідомив Олександр Прокудін. Загалом за тиждень росіяни скинули "
     "на область 80 керованих авіабомб.", "uk"),
    ("Вечером дрон попал в склад в Белгороде, сообщил Вячеслав Гладков. За прошедшую неделю по области выпустили "
     "300 дронов.", "ru"),
])
def test_a_weeks_total_is_a_claim_of_the_week_apart_from_the_evenings_strike(text, lang):
    claims = extract_claims(text, date(2026, 2, 22), lang=lang)
    assert sorted(c.time.precision for c in claims) == ["day", "week"]


@pytest.mark.parametrize("text", [
    "The raid on Kharkiv went on from late Saturday evening until almost dawn.",
    "Атака на Харків тривала з пізнього вечора суботи майже до світанку.",
    "Атака на Белгород продолжалась с позднего вечера субботы почти до утра.",
])
def test_an_evening_that_lasted_until_dawn_is_the_night_into_the_next_day(text):
    window = resolve(text, date(2025, 10, 5))
    assert (window.start, window.end) == (date(2025, 10, 4), date(2025, 10, 5))


@pytest.mark.parametrize("text", [
    "Drones came over the Mykolaiv region every night from Thursday to Sunday.",
    "Дрони атакували Миколаївщину щоночі з четверга по неділю.",
    "С четверга по воскресенье дроны каждую ночь летели на Николаев.",
])
def test_a_span_of_weekdays_is_the_days_between_them_not_the_last_one(text):
    window = resolve(text, date(2025, 10, 6))
    assert (window.start, window.end) == (date(2025, 10, 2), date(2025, 10, 5))


def test_two_weekdays_a_day_apart_still_end_on_the_second():
    window = resolve("The drones flew between 10 p.m. Monday and 9 a.m. Tuesday.", date(2025, 10, 8))
    assert window.end == date(2025, 10, 7)


def test_overnight_after_a_day_named_for_something_else_is_the_night_before_the_report():
    text = ("The plant's staff heard several explosions on the morning of April 4, the agency said.\n\n"
            "Ukraine's air force said Russia launched 40 drones at Ukraine overnight; 31 were shot down.")
    claim = next(c for c in claims_of(text, date(2025, 4, 5)) if c.weapons[0].launched == 40)
    assert claim.time.end == date(2025, 4, 5)


def test_overnight_after_a_night_named_before_is_that_night():
    text = ("Russia attacked Odesa on the night of April 2.\n\n"
            "The air force said it shot down 21 drones during the night.")
    assert {c.time.end for c in claims_of(text, date(2025, 4, 5))} == {date(2025, 4, 2)}


@pytest.mark.parametrize("text, lang", [
    ("Атака тривала з 18:00 неділі, 8 березня. За цей час ворог випустив 60 ударних дронів.", "uk"),
    ("The attack lasted from 6 p.m. on Sunday, March 8. In that time the enemy launched 60 drones.", "en"),
])
def test_a_window_from_an_evening_named_by_weekday_and_date_ends_the_next_morning(text, lang):
    claims = extract_claims(text, date(2026, 3, 9), lang)
    assert [c.time.end for c in claims] == [date(2026, 3, 9)]


def test_an_hour_after_a_date_and_to_is_no_day_of_a_range():
    window = resolve("Air defences downed 30 drones from 9 p.m. on June 14 to 6 a.m. on June 15.", date(2025, 6, 15))
    assert window is not None and window.end == date(2025, 6, 15)


def test_an_attack_takes_the_time_its_own_figures_state_over_the_one_carried_from_before():
    text = ("KYIV, March 5. Late on Tuesday, a drone hit a warehouse in Sumy, the regional governor said.\n\n"
            "The Ukrainian Air Force said Russia had again sent attack drones at the northern regions.\n\n"
            "It said air defence had shot down 40 of 55 drones during the night.")
    night = next(c for c in extract_claims(text, date(2025, 3, 5)) if c.weapons[0].launched == 55)
    assert night.time.end == date(2025, 3, 5)


def test_a_heading_that_dates_the_list_below_it_dates_its_attacks():
    text = ("Good morning. A calm night in the west.\n\n"
            "CORRECTION: Yesterday we wrote that Russia fired two Kh-59 missiles on the night into Monday. "
            "It fired three.\n\n"
            "The Air Force's morning report covers 18:00 Monday to 08:00 Tuesday:\n"
            "- 54 attack drones launched, 38 of them shot down.")
    night = next(c for c in extract_claims(text, date(2025, 3, 11)) if c.weapons[0].launched == 54)
    assert night.time.end == date(2025, 3, 11)


def test_the_time_words_kept_between_runs_are_those_the_lexicons_give(tmp_path, monkeypatch):
    monkeypatch.setenv("SKYTRUCE_CACHE_DIR", str(tmp_path))
    assert timex._lexicon_time_words() == timex._read_time_words()  # built, then kept
    assert timex._lexicon_time_words() == timex._read_time_words()  # read back
    assert list(tmp_path.glob("time-words-*.pickle"))
