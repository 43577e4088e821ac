"""Tables: a header of role words over rows of one weapon each, read column by column."""

from datetime import date

from tests.extract.helpers import claims_of, weapons_of


def test_rows_take_the_roles_of_the_header_cells():
    text = ("Russia fired drones and missiles at the south overnight, the air force said.\n\n"
            "type               fired    shot down    jammed\n"
            "Shahed drones        64        51           9\n"
            "Kalibr missiles       3         -           -\n"
            "Iskander-M            2         2           -\n")
    assert weapons_of(text) == [("Shahed-136/131", 64, 51, "exact"), ("Kalibr", 3, None, "exact"),
                                ("Iskander-M", 2, 2, "exact")]


def test_cells_between_bars():
    text = ("The general staff gave its figures for the night of 2 March.\n\n"
            "| weapon | launched | intercepted |\n"
            "| Kh-101 cruise missiles | 12 | 10 |\n")
    assert weapons_of(text) == [("Kh-101/Kh-555", 12, 10, "exact")]


def test_a_rule_under_the_header_and_an_empty_cell_keep_the_table_whole():
    text = ("The navy gave its figures for the night.\n\n"
            "| weapon | launched | shot down | from |\n"
            "|:---|---:|---:|---|\n"
            "| Kalibr missiles | 6 | 4 | Black Sea |\n"
            "| Oniks missiles | 2 | 0 | |\n")
    assert weapons_of(text) == [("Kalibr", 6, 4, "exact"), ("P-800 Oniks", 2, 0, "exact")]


def test_a_line_that_is_no_row_ends_the_table():
    text = ("weapon        launched    destroyed\n"
            "Geran-2          30          22\n"
            "Later, two more drones were shot down near Kharkiv, the mayor said.\n")
    assert weapons_of(text) == [("Shahed-136/131", 30, 22, "exact"), ("drone", None, 2, "exact")]


def test_a_column_of_where_they_came_from_gives_each_row_its_launch_areas():
    text = ("The air force gave its figures for the night.\n\n"
            "weapon | launched from | launched | shot down\n"
            "Kh-101 cruise missiles | Saratov region | 8 | 7\n"
            "Shahed drones | Kursk region, Cape Chauda | 40 | 33\n")
    claims = claims_of(text)
    assert weapons_of(text) == [("Kh-101/Kh-555", 8, 7, "exact"), ("Shahed-136/131", 40, 33, "exact")]
    launch = {p.name for c in claims for p in c.places if p.role == "launch"}
    assert launch == {"Saratov Oblast", "Kursk Oblast", "Cape Chauda"}


def test_a_russian_table_with_its_column_of_launch_areas():
    text = ("Что выпустила Россия, по данным Воздушных сил:\n\n"
            "Тип | Откуда пуски | Выпущено | Сбито\n"
            "Крылатые ракеты Х-101 | Саратовская область | 8 | 7\n")
    assert weapons_of(text) == [("Kh-101/Kh-555", 8, 7, "exact")]
    assert [p.name for c in claims_of(text) for p in c.places if p.role == "launch"] == ["Saratov Oblast"]


def test_a_table_of_nights_gives_each_row_its_day_and_the_weapons_of_the_header():
    text = ("Our weekly count, from the air force's morning reports.\n\n"
            "Night ending | Drones launched | Drones downed | Missiles launched\n"
            "Mon 3 Mar    | 112             | 90            | 6\n"
            "Tue 4 Mar    | 75              | 61            | –\n")
    claims = claims_of(text, date(2025, 3, 9))
    assert [(c.time.end, [(w.category, w.launched, w.destroyed) for w in c.weapons]) for c in claims] == [
        (date(2025, 3, 3), [("drone", 112, 90), ("missile", 6, None)]),
        (date(2025, 3, 4), [("drone", 75, 61)])]


def test_a_table_of_nights_in_ukrainian_with_weapon_columns_and_two_counts_in_a_cell():
    text = ("Таблиця. Наймасованіші атаки тижня\n\n"
            "Ніч на       | Дрони     | Ракети: запущено / збито\n"
            "14 травня    | 301       | 12 / 9\n")
    [claim] = claims_of(text, date(2025, 5, 18))
    assert (claim.time.end, [(w.category, w.launched, w.destroyed) for w in claim.weapons]) == (
        date(2025, 5, 14), [("drone", 301, None), ("missile", 12, 9)])


def test_a_row_names_the_weapon_a_column_of_roles_counts_or_of_a_kind_means():
    text = ("Morning of | Launched  | Shot down | Missiles launched | Missiles shot down\n"
            "Sat 8 Mar  | 44 Shahed | 39        | 3 (Kalibr)        | 3\n")
    assert weapons_of(text) == [("Shahed-136/131", 44, 39, "exact"), ("Kalibr", 3, 3, "exact")]


def test_a_tables_rows_are_read_in_the_voice_that_introduced_it_past_a_row_whose_note_names_someone():
    text = ("Below are the air force's figures for the week, one row per night.\n\n"
            "| Night ending | Drones launched | Drones destroyed | Notes |\n"
            "|---|---|---|---|\n"
            "| Mon 10 Feb | 48 | 41 | Odesa: 2 injured (Kiper). Port hit. |\n"
            "| Tue 11 Feb | 63 | 50 | |\n"
            "| Wed 12 Feb | 37 | 30 | Mostly over the north |\n")
    rows = {c.time.end: (c.weapons[0].launched, c.weapons[0].destroyed, c.claimant.name)
            for c in claims_of(text, date(2025, 2, 14)) if c.weapons[0].launched}
    assert rows[date(2025, 2, 10)][:2] == (48, 41)  # (the note's own speaker holds its row)
    assert [rows[date(2025, 2, 11)], rows[date(2025, 2, 12)]] == [(63, 50, "Ukrainian Air Force"),
                                                                  (37, 30, "Ukrainian Air Force")]
