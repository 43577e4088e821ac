"""Word lists grouped by their first character match exactly what the plain alternation matches."""

import re

from skytruce.extract.alternation import by_first_character

WORDS = ["sept", "september", "sunday", "sep", "mar", "march", "monday", r"day\s+(?:earlier|before)", "d", r"\-day", "-x"]
TEXT = "On Sunday, 7 sept. a day earlier than march 3; mar-day -x and September -day d"


def test_grouped_words_match_what_the_plain_alternation_matches():
    plain, grouped = re.compile(r"\b(?:" + "|".join(WORDS) + ")"), re.compile(r"\b(?:" + by_first_character(WORDS) + ")")
    assert grouped.pattern != plain.pattern
    assert [m.span() for m in grouped.finditer(TEXT.lower())] == [m.span() for m in plain.finditer(TEXT.lower())]


def test_alternatives_that_may_start_anywhere_are_left_in_their_order():
    for words in (["ab", r"\d+", "a"], ["ab", "b?a", "a"], ["b|a", "ab"], ["(?:a)", "ab"]):
        assert by_first_character(words) == "|".join(words)


def test_an_escaped_character_joins_the_group_of_the_same_character():
    assert by_first_character([r"\-a", "b", "-c"]) == r"(?:\-a|-c)|(?:b)"
