"""Numbers as reports write them: '14', '1,200', 'fourteen', 'twenty-five', 'both', 'a',
and a lexicon's number words in a row ('двадцять два': 22, 'сто двадцять': 120)."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from skytruce.extract.tokenizer import CASE_ENDED
from skytruce.extract.tokens import Tok
from skytruce.extract.tokens import Tokens as Doc

DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
DECIMAL = re.compile(r"^\d+[.,]\d{1,2}$")  # '1,5' (of a thousand), but not '1,500'
NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
}
JOINERS = {"-", "and"}


class NumberWords(dict):
    """A lexicon's number words and their values, with the counting nouns that multiply the
    number before them ('двох десятків': two tens, 20)."""

    def __init__(self, words: dict[str, float], multipliers: dict[str, int], halves: list[tuple[str, ...]] = ()):
        super().__init__(words)
        self.multipliers = multipliers
        self.halves = halves  # the words of 'and a half' ('з половиною'), as the tokens read them


@lru_cache(maxsize=4096)
def words_to_int(words: str) -> int | None:
    try:
        return text2num(words, "en")
    except ValueError:
        return None


GLUED_RANGE = re.compile(r"^(\d{1,4})[–—-]\d{1,4}$")  # "25–30" as one token: a range, read as its lower bound
INSTRUMENTAL_PLURAL = ("ми", "ма")  # ('15-ю ударными БпЛА': `CASE_ENDED`'s '-ю' a count only before one)


def may_start_number(token: Tok, specials: dict[str, int]) -> bool:
    """The cheap test before `read_number`: digits, a number word, or a count word ('dozens')."""
    return token.like_num or token.lower_ in specials or (token.text[:1] == "~" and token.text[1:2].isdigit()) \
        or bool(GLUED_RANGE.match(token.text)) \
        or token.text.lower() in getattr(specials, "multipliers", ())  # ('десятка': one ten)


SCALES = {"hundred", "thousand"}  # what "a" counts one of ("a hundred and nine")


def read_number(doc: Doc, i: int, end: int, specials: NumberWords) -> tuple[int, int] | None:
    """(value, index after the number) for the number starting at token i, or None."""
    text = doc[i].text.lstrip("~")  # "~40": about 40 (the qualifier is read apart)
    if glued := GLUED_RANGE.match(text):
        return int(glued[1]), i + 1  # "25–30 беспилотников": at least 25 (`sign_qualifier`)
    if cased := CASE_ENDED.match(text):
        after = doc[i + 1].text.lower() if i + 1 < end else ""
        return (int(cased[1]), i + 1) if not cased[2] or after.endswith(INSTRUMENTAL_PLURAL) else None
    if DIGITS.match(text) or DECIMAL.match(text):
        number = float(text.replace(",", ".")) if DECIMAL.match(text) else int(text.replace(",", ""))
        found = _thousands(doc, number, i + 1, end, specials)  # '2 тисячі', '1,5 тыс.'
        if found:
            return found
        if isinstance(number, float):
            return None
        number, j = _space_grouped(doc, number, i, end)
        if j < end and doc[j].text == "+":
            j += 1  # "50+ drones": at least 50
        return number, j
    lower = text.lower()
    if lower in ("a", "an") and i + 1 < end and doc[i + 1].lower_ in SCALES:
        return read_number(doc, i + 1, end, specials)  # "a hundred and nine": the hundreds, not one
    if lower in NUMBER_WORDS:
        j = i + 1
        while j < end and (doc[j].lower_ in NUMBER_WORDS or (doc[j].lower_ in JOINERS and j + 1 < end
                                                              and doc[j + 1].lower_ in NUMBER_WORDS
                                                              and (doc[j].lower_ != "and" or doc[j - 1].lower_ in SCALES))):
            j += 1  # ("a hundred and nine"; not "between five and seven": two numbers)
        value = words_to_int(" ".join(t.lower_ for t in doc[i:j] if t.lower_ != "-"))
        if value is None:
            return None
        if (half := _and_a_half(doc, value, j, end, specials)) is not None:
            return half
        if j < end and doc[j].lower_ in specials.multipliers:
            value, j = value * specials.multipliers[doc[j].lower_], j + 1  # "two dozen"
        return value, j
    if lower in specials.multipliers and (i == 0 or not may_start_number(doc[i - 1], specials)):
        return specials.multipliers[lower], i + 1  # "около десятка дронов": one ten (not "двох десятків", read above)
    if specials.get(lower) == 0.5 and i + 2 < end and doc[i + 1].lower_ in ("a", "an") \
            and doc[i + 2].lower_ in specials.multipliers:
        return specials.multipliers[doc[i + 2].lower_] // 2, i + 3  # "half a dozen"
    if doc[i].lower_ in specials:
        value, j = _compose(doc, i, end, specials)
        if (half := _and_a_half(doc, value, j, end, specials)) is not None:
            return half
        if value != int(value):
            return None  # 'пів', 'півтори' count only as part of a thousand
        if j < end and doc[j].lower_ == "of":  # "dozens of drones"
            j += 1
        return int(value), j
    return None


def _and_a_half(doc: Doc, value: float, j: int, end: int, specials: NumberWords) -> tuple[int, int] | None:
    """'two and a half thousand', 'дві з половиною тисячі': half a thousand more."""
    for words in specials.halves:
        k = j + len(words)
        if 0 < value < 1000 and k < end and tuple(t.lower_ for t in doc[j:k]) == words \
                and (specials.get(doc[k].lower_) == 1000 or doc[k].lower_ == "thousand"):
            return int((value + 0.5) * 1000), k + 1
    return None


THIN_SPACES = {"\u00a0", "\u202f", "\u2009"}  # between groups of digits ('5 300', as Ukrainian and Russian write thousands)


def _space_grouped(doc: Doc, number: int, i: int, end: int) -> tuple[int, int]:
    """'5 300', '1 200 000': groups of three digits after one of at most three, each past
    one space (or a no-break or thin space), are one number; (value, index after it)."""
    j = i + 1
    if len(doc[i].text) > 3:
        return number, j
    while j < end:
        gap = doc[j].text in THIN_SPACES
        k = j + 1 if gap else j
        if not (k < end and len(doc[k].text) == 3 and doc[k].text.isdigit()):
            break
        before = doc[j - 1]
        if not gap and doc[k].idx != before.idx + len(before.text) + 1:  # one plain space between
            break
        number, j = number * 1000 + int(doc[k].text), k + 1
    return number, j


def _thousands(doc: Doc, number: float, j: int, end: int, specials: dict[str, float]) -> tuple[int, int] | None:
    """A number in figures that a word for a thousand multiplies ('2 тисячі', '1,5 тыс.'),
    past the abbreviation's full stop."""
    if j >= end or specials.get(doc[j].lower_) != 1000 or number * 1000 != int(number * 1000):
        return None
    j += 1
    if j + 1 < end and doc[j].text == "." and doc[j + 1].text[:1].islower():
        j += 1
    return int(number * 1000), j


def _compose(doc: Doc, i: int, end: int, specials: NumberWords) -> tuple[float, int]:
    """Number words in a row, each smaller than the place the one before left open
    ('двадцять' + 'два'; 'сто' + 'двадцять'), or a thousand multiplying them ('дві тисячі',
    'пів тисячі': a fraction the lexicon gives, 'пів' 0.5, counts only so)."""
    total, part, j = 0, specials[doc[i].lower_], i + 1
    multipliers = specials.multipliers
    while j < end and (doc[j].lower_ in specials or doc[j].lower_ in multipliers):
        if 0 < part < 10 and doc[j].lower_ in multipliers:
            part, j = part * multipliers[doc[j].lower_], j + 1  # 'два десятки', 'три сотні'
            continue
        if doc[j].lower_ not in specials:
            break
        value = specials[doc[j].lower_]
        if value == 1000 and 0 < part < 1000:
            total, part = total + part * 1000, 0
        elif 0 < value < _open_place(part):
            part += value
        else:
            break
        j += 1
    return total + part, j


def _open_place(value: int) -> int:
    """The largest number that can follow `value` in words: 20 leaves 1-9, 100 leaves 1-99."""
    if value == 0:
        return 1000
    if value % 100 == 0:
        return 100
    return 10 if value % 10 == 0 and value >= 20 else 0


def sign_qualifier(doc: Doc, start: int, end: int) -> str:
    """A qualifier written as a sign on the number: '~40' (about), '50+' (at least)."""
    if doc[start].text.startswith("~"):
        return "about"
    if GLUED_RANGE.match(doc[start].text):
        return "at_least"
    if end - 1 > start and doc[end - 1].text == "+":
        return "at_least"
    return "exact"
