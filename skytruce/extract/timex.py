"""Time expressions: find them in a sentence and resolve them against a reference date.

Fast regular expressions cover what attack reports say ("overnight into February 8,
2024", "on the night of August 23", "on Saturday", "in July", "since late June 2025",
"early 2025", "from 9 p.m. to 2:30 a.m."); dateparser is only the fallback for a
full date the patterns did not recognise. The month, weekday and relative-day words of the
other languages' lexicons (`time_words`) join the same patterns: "у ніч на 14 вересня",
"в ночь на четверг", "вчора".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

import yaml

from skytruce.cache import cached, fingerprint
from skytruce.extract.alternation import by_first_character
from skytruce.extract.document import LIST_MARKS, Document, Sentence
from skytruce.model import TimeWindow
from skytruce.reference._keys import data_path
from skytruce.reference.zones import zone, zone_table

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}


def _lexicon_time_words() -> dict:
    """The time words of every lexicon, kept between runs (parsing the lexicons' YAML costs a
    command's start more than reading them back)."""
    files = [*data_path("lexicon").glob("*.yaml"), Path(__file__)]
    return cached("time-words", fingerprint(files), _read_time_words)


def _read_time_words() -> dict:
    """The time words of every lexicon, each also with the other apostrophes reports use."""
    merged: dict = {"months": {}, "weekdays": {}, "relative": {}, "night_into": [], "since_start_of": [], "local_time": [],
                    "evenings": [], "until": [], "dawn": [], "clock_at": [], "daytime": []}
    for path in sorted(data_path("lexicon").glob("*.yaml")):
        words = (yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
                 or {}).get("time_words") or {}
        for key in ("months", "weekdays", "relative"):
            for word, value in (words.get(key) or {}).items():
                merged[key].update({form: value for form in _apostrophes(word.lower())})
        for key in ("night_into", "since_start_of", "local_time", "evenings", "until", "dawn", "clock_at", "daytime"):
            merged[key] += [form for phrase in words.get(key) or [] for form in _apostrophes(phrase.lower())]
    return merged


def _apostrophes(word: str) -> set[str]:
    return {word, word.replace("'", "’"), word.replace("'", "ʼ")}


def _alternatives(words) -> str:
    return by_first_character(_escaped(words))


def _escaped(words) -> list[str]:
    """The words as patterns, longest first, any space standing for any run of spaces."""
    return [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)]


TIME_WORDS = _lexicon_time_words()
MONTHS.update(TIME_WORDS["months"])
WEEKDAYS.update(TIME_WORDS["weekdays"])
MEANS = TIME_WORDS["relative"]  # another language's relative day -> the English words below


def meaning(text: str | None) -> str:
    """The English words a time word means, lower-cased ('Накануне': 'the day before')."""
    lowered = (text or "").lower()
    return MEANS.get(lowered, lowered)

_MONTH = r"(?P<month>" + by_first_character(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![:.]\d)(?!\s*[ap]\.?m\b)"  # (not the hour of "May 20 to 7 a.m.")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY_RANGE = r"(?P<day0>\d{1,2})(?:st|nd|rd|th)?(?![:.]\d)\s*(?:-|–|to|and|into)\s*"

# Full or partial calendar dates: "February 8, 2024", "8 February 2024", "Feb. 8", "23 August".
DATE_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+(?:{_DAY_RANGE})?{_DAY}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b(?:{_DAY_RANGE})?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
]
NIGHT_INTO = re.compile(r"\b(?:overnight|night|nighttime)\s+(?:in)?to\b"
                        + (r"|\b(?:" + _alternatives(TIME_WORDS["night_into"]) + r")\b" if TIME_WORDS["night_into"] else ""))
STARTED = re.compile(r"\b(?:began|begun|started|starting|beginning|commenced)\s*$", re.I)  # a night attack's start
# ... at an evening hour: "began at about 22:00 on Saturday" ends on Sunday
STARTED_AT = re.compile(r"\b(?:began|begun|started|commenced)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+)?"
                        r"(?P<hour>\d{1,2})(?:[:.]\d\d)?\s*(?:(?P<pm>p)\.?\s?m\.?|h\b)?\s*(?:on\s+)?$", re.I)
EVENING_HOUR = 18
NIGHT_OF = re.compile(r"\b(?:on\s+)?the\s+night\s+of\b")
WEEKDAY = re.compile(r"\b(?P<pre>(?:on|last|early|late|since|overnight\s+into|overnight\s+to|night\s+into|overnight(?:\s+on)?"
                     + "".join("|" + w for w in [_alternatives(TIME_WORDS["night_into"])] if w) + r")\s+)?"
                     r"(?:\w+\s+)?(?P<weekday>" + _alternatives(WEEKDAYS) + ")"
                     r"(?P<night>\s+(?:night|evening))?\b")
RELATIVE = re.compile(r"\b(?P<word>a day earlier|the day before|the previous day|the day before yesterday|two days earlier|"
                      r"the night before|the previous night|a night earlier|"
                      r"overnight|last night|tonight|this morning|early this morning|yesterday|today|"
                      r"the (?:past|last) 24 hours|the past day|"
                      r"earlier today|on the night|during the night|for the night|at night|this week|last week|last month|"
                      r"(?:over|at|during)\s+the\s+weekend|this weekend|last weekend|"
                      r"(?:over|during|in|for)\s+the\s+(?:past|last)\s+(?:month|week)|"
                      r"since the (?:start|beginning) of (?:the|this) (?:week|month)|"
                      r"this month|last year|this year" + "".join("|" + w for w in [_alternatives(MEANS)] if w) + r")\b")
# "from late Saturday evening until almost dawn", "с позднего вечера субботы почти до рассвета": the night after
EVENING_BEFORE = re.compile(r"\b(?:" + _alternatives(TIME_WORDS["evenings"]) + r")\s+$", re.I)
UNTIL_MORNING = re.compile(r"[^.;]{0,30}?\b(?:" + _alternatives(TIME_WORDS["until"]) + r")\s+(?:\w+\s+){0,2}?(?:"
                           + _alternatives(TIME_WORDS["dawn"]) + r")\b", re.I)
LOCAL_TIME = re.compile(r"(?:\s+[^\W\d]+){0,2}?\s*,?\s*(?:" + _alternatives(TIME_WORDS["local_time"]) + r")\b", re.I)
YEAR_WORDS = {"this year", "last year"}


def _relative(text: str) -> re.Match | None:
    """The first relative time word, a day's before a year's ("in the largest attack this
    year, ... overnight" tells of one night)."""
    found = None
    for m in RELATIVE.finditer(text):
        if meaning(m["word"]) not in YEAR_WORDS:
            return m
        found = found or m
    return found


_SINCE = "|".join(["since", *_escaped(TIME_WORDS["since_start_of"])])  # ('з початку травня': since the start of May)
PART_OF_MONTH = re.compile(rf"\b(?P<since>(?:{_SINCE})\s+)?(?:(?:in|during|throughout|by|of)\s+)?(?:the\s+)?(?P<part>early|mid|mid-|late|end\s+of|beginning\s+of|start\s+of)?\s*-?\s*"
                           rf"(?P<month>{by_first_character([m for m in MONTHS if len(m) > 3 or not m.isascii()])})(?:\s+(?P<year>(?:19|20)\d\d))?\b")
PART_OF_YEAR = re.compile(r"\b(?P<since>since\s+)?(?:in\s+)?(?P<part>early|mid|mid-|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)?\s*-?\s*(?P<year>(?:19|20)\d\d)\b")
HOURS = re.compile(r"\bfrom\s+(?P<h0>\d{1,2})(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?\s+(?:to|until|till)\s+(?P<h1>\d{1,2})(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\bbetween\s+\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.)\s+and\s+\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.)")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


FUTURE_REACH = 14  # days past the reference date within which a date without a year is still that year's


def _infer_year(month: int, day: int, ref: date | None) -> int | None:
    """A date without a year lies on or before the reference date (reports look back), or
    days after it (a plan announced; a roundup dated by the first day it covers)."""
    if ref is None:
        return None
    year = ref.year
    candidate = _safe_date(year, month, day)
    if candidate and candidate > ref + timedelta(days=FUTURE_REACH):
        year -= 1
    return year


_YEAR_ONLY = re.compile(r"\b(?:19|20)\d\d\b")


def full_dates(text: str) -> list[date]:
    """Every complete calendar date (day, month and year) the text states."""
    found = []
    text = text.lower()
    for year in _YEAR_ONLY.finditer(text):  # a full date has a year: look only around years
        window = text[max(0, year.start() - 40):year.end() + 30]
        for pattern in DATE_PATTERNS:
            for m in pattern.finditer(window):
                d = _match_date(m, None)
                if d and m.groupdict().get("year"):
                    found.append(d)
    return found


def _match_date(m: re.Match, ref: date | None) -> date | None:
    g = m.groupdict()
    month = int(g["mnum"]) if g.get("mnum") else MONTHS.get(g["month"].lower().rstrip("."))
    day = int(g["day"])
    if not month or not 1 <= day <= 31:
        return None
    year = int(g["year"]) if g.get("year") else _infer_year(month, day, ref)
    return _safe_date(year, month, day) if year else None


def _month_window(year: int, month: int, part: str | None) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    part = (part or "").lower().replace("-", "").strip()
    if part == "early" or part.startswith("beginning") or part.startswith("start"):
        return date(year, month, 1), date(year, month, 10)
    if part == "mid":
        return date(year, month, 11), date(year, month, 20)
    if part == "late" or part.startswith("end"):
        return date(year, month, 21), date(year, month, last)
    return date(year, month, 1), date(year, month, last)


SINCE_BEFORE = re.compile(r"\bsince\s*$")  # (not "с 22 на 23 марта": a night)
MEASURED_SINCE = re.compile(r"\b(?:largest|biggest|heaviest|most|worst|deadliest|longest|record)\b[^.;,]{0,60}?"
                            r"\bsince\b[^,.;]*")  # a superlative's yardstick: no time of the attack told
RECALLED = re.compile(r",\s*when\b")  # (but "since April 13, when two missiles killed 35": that day, told again)
STATEMENT_DAY = re.compile(r"\b(?:said|says|claimed|claims|announced|reported|stated|told|wrote|added)\s+(?:on\s+)?"
                           r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
STATEMENT_DATE = re.compile(r"\b(?:said|says|claimed|claims|announced|reported|stated|told\s+\w+|wrote|writes|added|posted)"
                            r"(?:\s+(?:on|in)\s+(?:Telegram|Facebook|X|a\s+\w+))?\s+(?:on\s+|early\s+|late\s+)?$", re.I)
# ("wrote on Telegram on Wednesday morning": the day something was said)


_ANY_TIME_WORD = re.compile(r"\b(?:" + by_first_character(
    [*sorted(MONTHS, key=len, reverse=True), *WEEKDAYS, "night", "overnight", "yesterday", "today", "tonight", "morning",
     "week", "month", "year", r"day\s+(?:earlier|before)", r"previous\s+day", r"(?:past|last)\s+(?:24\s+hours|day)",
     *_escaped([*MEANS, *TIME_WORDS["night_into"]]), r"19\d\d", r"20\d\d"]) + ")")


QUOTED_NAME = re.compile(r"[«\"“][^»\"”\s]{3,20}[»\"”]")  # a name in quotes ('дронів «Лютий»'): no month


def resolve(sentence: str, ref: date | None) -> TimeWindow | None:
    """The time window a sentence states, resolved against `ref` (the report's date)."""
    if "«" in sentence or '"' in sentence or "“" in sentence:
        sentence = QUOTED_NAME.sub(lambda m: " " * len(m.group(0)), sentence)
    lower = sentence.lower()  # patterns are lower-case: case-insensitive matching is slow
    words = set(_ANY_TIME_WORD.findall(lower))
    if not words:
        return None
    if "since" in lower:  # "the largest attack since the start of the invasion in February 2022": a yardstick
        lower = MEASURED_SINCE.sub(lambda m: m.group(0) if RECALLED.match(lower, m.end()) else " " * len(m.group(0)),
                                   lower)
    dateline = DATELINE.match(sentence)
    if dateline:  # "KURSK, February 16. /TASS/. ... on Saturday evening": the day the sentence tells
        told = resolve(" " * dateline.end() + sentence[dateline.end():], ref)
        if told is not None:
            return told
    window = _resolve(lower, ref, _Kinds(words))
    if window and window.text and len(lower) == len(sentence):
        at = lower.find(window.text)
        if at >= 0:  # quote the sentence as written
            window.text = sentence[at:at + len(window.text)]
    return window


DATELINE = re.compile(r"[A-Z][A-Za-z .'’/-]{2,30},\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b"
                      r"(?:,?\s+\d{4})?\W{0,3}(?:/[A-Z]+/|\([A-Za-z ]+\))?")
CONTINUED = re.compile(r"\b(?:continued|continuing|lasted|lasting|went\s+on|carried\s+on|kept\s+on"
                       r"|(?:built|grew|stretched|ran|rolled|extended|dragged)\s+(?:on\s+)?into)\b", re.I)
DAYS_LINK = re.compile(r"^\s*(?:to|and|through|until|till|-|–|до|по)\s*$", re.I)  # "from Friday to Monday": days apart
WINDOW_LINK = re.compile(r"^[^;]{0,40}?\b(?:to|until|till|and|до|по)\b[^;]{0,30}?$")
INTO_THE_MORNING = re.compile(  # "began late Sunday and built into a barrage after sunrise": a night, to Monday
    r"[^.;]{0,60}?" + CONTINUED.pattern + r"[^.;]{0,50}?\b(?:sunrise|dawn|daybreak|morning)\b", re.I)
INTO_NEXT = re.compile(r"^\s*(?:(?:morning|afternoon|evening|night)\s+)?into\s+(?:the\s+)?(?:early\s+)?$", re.I)  # "late Saturday into Sunday"
# "from 18:00 on 22 December", "с 18:00 22 декабря", "since the evening of Oct. 16", "з вечора 16 жовтня": a night
# that opens that evening and ends the next morning
FROM_EVENING = re.compile(r"\b(?:(?:starting|beginning)\s+(?:from|at)|from|since|с|з|від)\s+"
                          r"(?:(?P<hour>\d{1,2})[:.]\d\d(?:\s+(?:мск|msk))?\s*(?:on\s+)?"
                          r"(?:(?:" + _alternatives(WEEKDAYS) + r"),?\s+)?"  # ("с 18:00 понедельника, 26 января")
                          r"|(?P<pm>\d{1,2})(?::\d\d)?\s*(?:p\.m\.|pm)\s*(?:on\s+)?"  # "from 6 p.m. on Oct. 20"
                          r"(?:(?:" + _alternatives(WEEKDAYS) + r"),?\s+)?"
                          r"|(?:the\s+)?(?:late\s+)?evening\s+(?:of\s+)?|вечора\s+|вечера\s+)$", re.I)


def _evening_hour(m: re.Match) -> int:
    """The hour a window opens at, 24-hour; an evening named without one counts as its start."""
    return int(m["hour"]) if m["hour"] else int(m["pm"]) % 12 + 12 if m["pm"] else EVENING_HOUR


def _window_end(text: str, m: re.Match, pattern: re.Pattern, ref: date | None) -> tuple[date | None, int]:
    """The second date of 'from <date> to <date>' or 'between <date> and <date>', and
    where it ends in the text."""
    nxt = pattern.search(text, m.end())
    if nxt is None or not WINDOW_LINK.match(text[m.end():nxt.start()]):
        return None, m.end()
    return _match_date(nxt, ref), nxt.end()


class _Kinds:
    """Which kinds of time words a sentence has, so only the patterns that need them run."""

    def __init__(self, words: set[str]):
        self.month = any(w in MONTHS for w in words)
        self.weekday = any(w in WEEKDAYS for w in words)
        self.year = any(w[:1].isdigit() for w in words)
        self.other = bool(words - MONTHS.keys() - WEEKDAYS.keys())


ALL_KINDS = _Kinds(set(MONTHS) | set(WEEKDAYS) | {"2024", "night"})


def _resolve(text: str, ref: date | None, kinds: _Kinds = ALL_KINDS) -> TimeWindow | None:
    hours = HOURS.search(text) if ("m." in text or "am" in text or "pm" in text) else None
    precision_hint = "hour" if hours else None
    for pattern in DATE_PATTERNS if (kinds.month or kinds.year) else ():
        m = pattern.search(text)
        if not m:
            continue
        end = _match_date(m, ref)
        if end is None:
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if SINCE_BEFORE.search(before) and ref is not None and ref > end:  # "the fifth attack since March 22":
            return TimeWindow(end, ref, "week" if (ref - end).days <= 7 else "month", "since " + m.group(0))  # a period
        if STATEMENT_DATE.search(before):  # "said on 4 January that ... fired on 30 December"
            rest = _resolve(text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():], end, kinds)
            if rest is not None and rest.precision in ("day", "hour"):
                return rest  # ("said on 4 January that ... overnight": the night before the 4th)
        start = end - timedelta(days=1) if NIGHT_INTO.search(before) else end
        evening = FROM_EVENING.search(before)
        if evening and EVENING_HOUR <= _evening_hour(evening) <= 23 and not (ref and end >= ref + timedelta(days=1)):
            start, end = end, end + timedelta(days=1)  # (the window's end, when it names one, is read below)
        if m.groupdict().get("day0"):
            first = _safe_date(end.year, end.month, int(m["day0"]))
            start = first if first and first <= end else start
        elif NIGHT_OF.search(before):
            start = end - timedelta(days=1)
        later, later_at = _window_end(text, m, pattern, ref)
        if later and later > end and (later - end).days <= 2:
            # "from 23:00 on September 28 to 07:00 on September 29": the window ends on the second
            return TimeWindow(end, later, precision_hint or "hour", text[m.start():later_at])
        return TimeWindow(start, end, precision_hint or "day", m.group(0) if start == end else before.strip().split(" ")[-1] + " " + m.group(0))
    if ref is not None:
        w = _governed_weekday(text) if kinds.weekday else None
        if w and STATEMENT_DAY.search(text[max(0, w.start() - 25):w.end()]):
            said = ref - timedelta(days=(ref.weekday() - WEEKDAYS[w["weekday"].lower()]) % 7)
            rest = _resolve(text[:w.start()] + " " * (w.end() - w.start()) + text[w.end():], said, kinds)
            if rest is not None:  # "claimed on Friday that ... in late July": the attack is in July
                return rest  # ("said on Sunday that ... overnight": the night before that Sunday)
        later = WEEKDAY.search(text, w.end()) if w else None
        between = text[w.end():later.start("weekday")] if later else ""
        span = (WEEKDAYS[later["weekday"].lower()] - WEEKDAYS[w["weekday"].lower()]) % 7 if later else 0
        if later and DAYS_LINK.match(between) and span >= 2:
            last = ref - timedelta(days=(ref.weekday() - WEEKDAYS[later["weekday"].lower()]) % 7)
            return TimeWindow(last - timedelta(days=span), last, precision_hint or "week",
                              text[w.start("weekday"):later.end("weekday")])  # "every night from Friday to Monday"
        if later and (WINDOW_LINK.match(between) or INTO_NEXT.match(between) or CONTINUED.search(between)
                      and span == 1):
            w = later  # "between 10 p.m. Monday and 9 a.m. Tuesday", "began late on Thursday ... continued ... Friday": Friday
        if w:
            target = WEEKDAYS[w["weekday"].lower()]
            pre = (w["pre"] or "").lower()
            back = (ref.weekday() - target) % 7 or (7 if pre.startswith("last") else 0)  # "last Sunday", said on a Sunday
            if back == 6 and not pre.startswith("last") and LOCAL_TIME.match(text, w.end()):
                back = -1  # "early Wednesday local time" on a page dated Tuesday in New York: the next day in Kyiv
            day = ref - timedelta(days=back)
            if pre.startswith("since"):  # "downed 19 drones since Tuesday evening": a count up to the telling
                return TimeWindow(day, ref, precision_hint or "day", w.group(0).strip())
            evening = (w["night"] or "").strip().lower()
            night = evening == "night" or (evening == "evening" and bool(STARTED.search(text[:w.start()]))) \
                or _started_in_the_evening(text[:w.start("weekday")]) \
                or pre.startswith("late") and bool(INTO_THE_MORNING.match(text, w.end())) \
                or (evening == "evening" or EVENING_BEFORE.search(text[:w.start("weekday")])) \
                and bool(UNTIL_MORNING.match(text, w.end()))  # (an evening that lasted until dawn)
            if night and "into" not in pre:  # "Wednesday evening" stays Wednesday; "began on Thursday evening" ends on Friday
                day = day + timedelta(days=1) if day < ref else day
            start = day - timedelta(days=1) if ("into" in pre or "overnight" in pre or night) else day
            return TimeWindow(start, day, precision_hint or "day", w.group(0).strip())
        r = _relative(text) if kinds.other else None
        if r:
            word = meaning(r["word"])
            if word in ("this year", "last year"):  # "last year Russia dropped 40,000 bombs": a year's count
                year = ref.year - (word == "last year")
                return TimeWindow(date(year, 1, 1), min(date(year, 12, 31), ref), "year", r["word"])
            if word.startswith("since the") and word.endswith("week"):  # "since the start of the week": from Monday
                return TimeWindow(ref - timedelta(days=ref.weekday()), ref, "week", r["word"])
            if word.startswith("since the"):
                word = "this month"
            if word in ("yesterday", "a day earlier", "the day before", "the previous day"):
                return TimeWindow(ref - timedelta(days=1), ref - timedelta(days=1), "day", r["word"])
            if word in NIGHTS_BEFORE:  # before what, a night or a day, only a dated sentence before it tells
                return TimeWindow(ref - timedelta(days=1), ref, "day", r["word"])
            if word in ("the day before yesterday", "two days earlier"):
                return TimeWindow(ref - timedelta(days=2), ref - timedelta(days=2), "day", r["word"])
            if word in ("overnight", "last night", "on the night", "during the night", "for the night", "at night",
                        "the past 24 hours", "the last 24 hours", "the past day"):  # (a daily tally: up to the telling)
                return TimeWindow(ref - timedelta(days=1), ref, precision_hint or "day", r["word"])
            if word in ("tonight", "this morning", "early this morning", "today", "earlier today"):
                return TimeWindow(ref, ref, precision_hint or "day", r["word"])
            if word.endswith("weekend"):  # "over the weekend", said on a Monday: the Saturday and Sunday before
                end = ref - timedelta(days=(ref.weekday() - 6) % 7 if ref.weekday() != 5 else 0)
                return TimeWindow(end - timedelta(days=1) if ref.weekday() != 5 else end, end, "week", r["word"])
            if word.endswith(("past month", "last month", "past week", "last week")) \
                    and word.split()[0] in ("over", "during", "in", "for"):  # "downed 1,500 drones over the past week"
                days = 30 if word.endswith("month") else 7
                return TimeWindow(ref - timedelta(days=days), ref, "month" if days == 30 else "week", r["word"])
            if word in ("this week", "last week"):
                end = ref if word == "this week" else ref - timedelta(days=ref.weekday() + 1)
                return TimeWindow(end - timedelta(days=6), end, "week", r["word"])
            if word in ("this month", "last month"):
                month_ref = ref if word == "this month" else ref.replace(day=1) - timedelta(days=1)
                start, end = _month_window(month_ref.year, month_ref.month, None)
                return TimeWindow(start, min(end, ref), "month", r["word"])
    m = PART_OF_MONTH.search(text) if kinds.month else None
    if m and (m["year"] or ref):
        month = MONTHS[m["month"].lower()]
        year = int(m["year"]) if m["year"] else (ref.year if month <= ref.month else ref.year - 1)
        start, end = _month_window(year, month, m["part"])
        if m["since"] and ref and ref > start:
            end = ref
        return TimeWindow(start, end, "month", m.group(0).strip())
    m = PART_OF_YEAR.search(text) if kinds.year else None
    if m and (m["part"] or m["since"]):
        year = int(m["year"])
        part = (m["part"] or "").lower()
        start, end = date(year, 1, 1), date(year, 12, 31)
        if part == "early" or "beginning" in part or "start" in part:
            end = date(year, 4, 30)
        elif part.startswith("mid"):
            start, end = date(year, 5, 1), date(year, 8, 31)
        elif part == "late" or "end" in part:
            start = date(year, 9, 1)
        if m["since"] and ref and ref > start:
            end = ref
        return TimeWindow(start, end, "year", m.group(0).strip())
    return None


TIME_PREPOSITIONS = {"on", "of", "into", "to", "by", "since", "until", "from", "before", "after", "early", "late", "last"}


def _governed_weekday(text: str) -> re.Match | None:
    """The first weekday a time word introduces ("struck ... in the early hours of Wednesday"),
    else the first one: "spent Thursday clearing debris" names the day of the report, not of
    the attack."""
    found = list(WEEKDAY.finditer(text))
    for w in found:
        before = text[:w.start("weekday")].split()
        if w["pre"] or (before and before[-1] in TIME_PREPOSITIONS):
            return w
    return found[0] if found else None


OPENED_AT = re.compile(r"\b(?:from|between|since|з|із|від|с|со|(?:вскоре\s+|сразу\s+)?после|(?:невдовзі\s+|одразу\s+)?після)\s+"
                       r"(?:(?:shortly|just|soon)\s+after\s+|about\s+|around\s+)?(?P<hour>\d{1,2})(?:[:.]\d\d)?\s*(?:(?P<pm>p)\.?\s?m\.?|h\b)?"
                       r"\s*(?:мск\s+|msk\s+)?(?:on\s+)?$", re.I)
# "between 11 p.m. Saturday and 7 a.m.", "від 20:00 вівторка": a window opening that evening


def _started_in_the_evening(before: str) -> bool:
    """'began at about 22:00 (on Saturday)', 'started at 9 p.m.', 'between 11 p.m. (on) Saturday
    and 7 a.m.', 'з 18:30 понеділка': a night attack's evening start."""
    m = STARTED_AT.search(before) or OPENED_AT.search(before)
    if m is None:
        return False
    hour = int(m["hour"]) + (12 if m["pm"] and int(m["hour"]) < 12 else 0)
    return EVENING_HOUR <= hour <= 23


def reference_date(text: str, published: date | None) -> date | None:
    """--published, else the document's date, else the latest full date the text states,
    else a date whose weekday fixes its year ("early on Sunday, 24 March"; "on the night of
    3 October ... the night into Thursday")."""
    if published:
        return published
    dates = full_dates(text)
    return max(dates) if dates else _dated_by_weekday(text) or _day_and_weekday(text.lower())


_MONTH_NAMES = by_first_character(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_DATE = re.compile(rf"\b(?P<weekday>{by_first_character(list(WEEKDAYS))}),?\s+(?:the\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                          rf"(?:of\s+)?(?P<month>{_MONTH_NAMES})\b|(?P<month2>{_MONTH_NAMES})\.?\s+(?P<day2>\d{{1,2}})\b)")
FIRST_YEAR = 2022  # the reports this reads are of the war since February 2022


def _dated_by_weekday(text: str) -> date | None:
    """The one year from 2022 to now in which the first weekday-and-date the text names
    falls on that weekday; none when no year or several fit."""
    m = WEEKDAY_DATE.search(text.lower())
    if m is None:
        return None
    month = MONTHS[(m["month"] or m["month2"]).rstrip(".")]
    day = int(m["day"] or m["day2"])
    fits = [d for year in range(FIRST_YEAR, date.today().year + 1)
            if (d := _safe_date(year, month, day)) and d.weekday() == WEEKDAYS[m["weekday"]]]
    return fits[0] if len(fits) == 1 else None


def _whole_words(words) -> re.Pattern:
    """Any of `words` standing as a whole run of word characters (a word with an apostrophe
    or a space never does)."""
    return re.compile(r"(?<!\w)(?:" + by_first_character([re.escape(w) for w in sorted(words, key=len, reverse=True)
                                                            if re.fullmatch(r"\w+", w)]) + r")(?!\w)")


_WEEKDAY_WORD, _MONTH_WORD = _whole_words(WEEKDAYS), _whole_words(MONTHS)


def _day_and_weekday(text: str) -> date | None:
    """The one day-and-month a report names, in the one year from 2022 to now in which it
    fell on a weekday the report names elsewhere; none when either is missing or several fit."""
    weekdays = {WEEKDAYS[w.group()] for w in _WEEKDAY_WORD.finditer(text)}
    if not weekdays:
        return None
    days = {(MONTHS[m["month"].rstrip(".")], int(m["day"]))
            for w in _MONTH_WORD.finditer(text) for pattern in DATE_PATTERNS[:2]  # the patterns run only near a month
            for m in pattern.finditer(text[max(0, w.start() - 16):w.end() + 16])
            if m["month"].rstrip(".") in MONTHS and 1 <= int(m["day"]) <= 31}
    if len(days) != 1:
        return None
    month, day = days.pop()
    fits = [d for year in range(FIRST_YEAR, date.today().year + 1)
            if (d := _safe_date(year, month, day)) and d <= date.today() and d.weekday() in weekdays]
    return fits[0] if len(fits) == 1 else None


VAGUE_NIGHTS = {"during the night", "at night", "on the night", "for the night", "overnight", "last night"}
VAGUE_REACH = 8  # sentences over which "overnight" still means the night named before
NAMED_DAY = re.compile(r"\d|" + "|".join(WEEKDAYS))


def times(doc: Document) -> None:
    """Pipeline component: the `time` of every sentence that tells of an attack. A vague
    "during the night" takes the date a sentence just before named."""
    dated: tuple[int, TimeWindow] | None = None  # the last sentence that named a calendar date
    main: tuple[int, TimeWindow] | None = None  # the first: the report's own night
    section: TimeWindow | None = None  # the day a heading that is only a date gave its section
    series = _dated_headings(doc)  # headings of a register's or digest's entries, each with its own date
    for s in doc.sentences:
        told = cache(lambda: resolve(s.text, doc.reference))  # the window the sentence states, read once
        if not s.attack_context:
            if NIGHT_WORD.search(s.text) and NAMED_DAY.search(s.text.lower()):
                night = told()  # "— Let's start with the night into 9 January.", "The night into Wednesday was
                if night and night.precision == "day" and (night.end - night.start).days == 1:  # aimed at the capital."
                    s.time = night  # the night the answer or the paragraph tells
            if ":" in s.text and (day := told()) and day.precision == "hour" and (day.end - day.start).days == 1:
                s.time = day  # "за минулу добу (з 08:00 11 липня до 08:00 12 липня)": the day a summary covers
            elif s.text.rstrip().endswith(":") and (day := told()) and day.precision == "day" \
                    and (day.end - day.start).days <= 1:
                s.time = day  # "The statement covers 18:00 Monday to 08:30 Tuesday:": the night of the list below
            if _heading(s.text):  # "Wednesday: Toropets" dates the section it opens
                day = told()
                night = NIGHT_HEADING.search(s.text)  # ("Что произошло в ночь на воскресенье", "MONDAY INTO TUESDAY
                # (10–11 November)" date their sections too)
                if day and day.precision in ("day", "hour") and (day.end - day.start).days <= bool(night):
                    dated = (s.index, TimeWindow(day.end - timedelta(days=1), day.end, day.precision, day.text))
                    section = dated[1] if _only_a_date(s.text, day) and not BYLINE_YEAR.search(s.text) \
                        or s.index in series or night or _labelled_by_its_day(s.text, day) else section
                    # ("ENTRY 19 · POLAND · 24 MARCH 2024", "25 декабря: утро Рождества")
                elif day is None and not FIELD_LINE.match(s.text):
                    section = dated = None  # "THE OTHER SIDE OF THE LEDGER" closes the day's section (not "Reported by: ...")
            elif (day := _opening_date(doc, s)) is not None:
                dated = (s.index, day)  # "26 March — Poltava region. At night, two drones struck ...": that night
                s.time = day  # ("• Friday 7 March." over the night's figures told after it)
            continue
        main = main or dated  # the report's own night: the first it names
        if dated is not None and dated is not main and _heading(s.text) and told() is None:
            dated = None  # "Ukraine strikes Russian refineries" over a new section: "overnight" below is not the
            # other night the section before recalled ("On July 9, Russia launched 728 drones")
        s.time = told() or _set_by(doc, s) or section \
            or _set_by(doc, s, scene=True)  # "MONDAY, 21 OCTOBER" / "A lighter night: 43 drones" / "The barrage on Monday ..."
        if s.time and s.time.start == s.time.end and _evening_into_night(doc, s):
            s.time = _night_after(s.time)
        if s.time and meaning(s.time.text) in YEAR_WORDS \
                and not _a_years_count(doc, s):
            s.time = _set_by(doc, s) or section  # "a modest number by the standards of this year": no year's count
        if section is not None and s.time is not section and _weekday_only(s.time):  # "Overnight into Monday" under "MONDAY, 10 NOVEMBER"
            s.time = resolve(s.text, section.end + timedelta(days=SECTION_REACH))
        if _dates_its_section(s):  # "MONDAY, 26 AUGUST: 127 MISSILES AND 109 SHAHEDS" opens that day's section
            section = TimeWindow(s.time.end - timedelta(days=1), s.time.end, s.time.precision, s.time.text)
        told = meaning(s.time.text) if s.time and s.time.text else None
        if told in NIGHTS_BEFORE and dated and s.index - dated[0] <= VAGUE_REACH:
            # the night before a night ended a day earlier; the night before a day, on it
            end = dated[1].end - timedelta(days=dated[1].start != dated[1].end)
            s.time = TimeWindow(end - timedelta(days=1), end, s.time.precision, s.time.text)
        elif told in DAYS_BEFORE and dated and s.index - dated[0] <= VAGUE_REACH:
            back = timedelta(days=DAYS_BEFORE[told])  # "On Wednesday, 1 October ... The day before, ..."
            s.time = TimeWindow(dated[1].end - back, dated[1].end - back, s.time.precision, s.time.text)
        if told in VAGUE_NIGHTS and dated and s.index - dated[0] <= VAGUE_REACH \
                and not STATEMENT_DAY.search(s.text.lower()) \
                and _a_night(doc, dated):  # (not "said on Wednesday ... overnight", nor after a day named for another thing)
            s.time = dated[1]  # "the night attack on September 25 ... shot down 19 drones during the night"
            if s.time.start == s.time.end and doc.res.evening and doc.res.evening.search(doc.sentences[dated[0]].text):
                s.time = _night_after(s.time)  # ("увечері 11 липня ... уночі по Сумах": the night after that evening)
        elif s.time and s.time.precision in ("day", "hour") and NAMED_DAY.search((s.time.text or "").lower()) \
                and (s.time.start != s.time.end or any(ch.isdigit() for ch in s.time.text)) \
                and (s.time.end - s.time.start).days <= 1:  # not a chart's "1-27 October"
            dated = (s.index, s.time)  # "overnight Friday", "on the night of 14 September" (not "on Friday")
        if s.time and s.time.precision == "day" and s.time.text:
            s.time = _days_after(doc, s, s.time)  # "mourned on Thursday, a day after missiles hit the city": Wednesday
        on = s.time.end if s.time and s.time.start == s.time.end and not s.time.start_at \
            else dated[1].end if dated and not s.time and s.index - dated[0] <= 1 else doc.reference
        # ("Накануне вечером, 14 апреля, ... С 20:10 до 22:30 сбиты шесть": the hours of the day just named)
        if on is not None and (not s.time or s.time.start == s.time.end) and any(c in s.text for c in HOUR_SIGNS):
            s.time = daytime_window(s.text, on) or s.time  # "from 08:00 to 14:00 ...": that day's daytime


DAY_HOURS = re.compile(
    r"(?:\bfrom|\bbetween|(?<!\w)[сз]|(?<!\w)від)\s+(?P<h0>\d{1,2})(?:[:.](?P<m0>\d\d))?\s*(?P<p0>[ap]\.?m\.?)?"
    r"\s+(?:to|until|till|and|до|по)\s+(?P<h1>\d{1,2})(?:[:.](?P<m1>\d\d))?\s*(?P<p1>[ap]\.?m\.?)?", re.I)
HOUR_SIGNS = (":", "m.", " am ", " pm")  # one of which a window of hours needs (a cheap look before the pattern)
DAYLIGHT = (6, 22)  # a window of hours within these is a daytime one, apart from the night before
CLOCK = re.compile(r"(?<!\w)(?:" + _alternatives(TIME_WORDS["clock_at"]) + r")\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?"
                   r"\s*(?P<p>[ap]\.?\s?m\b\.?)?(?!\s*(?:[-–—]|to\b|until\b|до\b)\s*\d)", re.I)
CLOCK_DAYTIME = (10, 21)  # a strike at a clock time within these is not the night's before it (earlier, the
# morning's reports of the night; later, the next night's start)
DAYTIME = re.compile(r"(?<!\w)(?:" + _alternatives(TIME_WORDS["daytime"]) + r")(?!\w)", re.I)
MIDDAY = 14  # the hour a strike told only as the afternoon's is put at


YEAR_REACH = 60  # characters between "last year" and the verb that tells what was done in it


def _a_night(doc: Document, dated: tuple[int, TimeWindow]) -> bool:
    """The date named is a night's ('the night of 14 September', 'overnight Friday') or a line's
    that dates its paragraph ('Saratov, 9 June.'), not a day named for something else
    ('explosions on the morning of March 2')."""
    named = doc.sentences[dated[0]]
    return dated[1].start != dated[1].end or bool(NIGHT_WORD.search(named.text)) or not named.attack_context


def _night_after(day: TimeWindow) -> TimeWindow:
    """The night after the evening of `day`, ending the next morning."""
    return TimeWindow(day.end, day.end + timedelta(days=1), day.precision, day.text)


EVENING_REACH = 40  # characters from an evening word to the day it names, and from the day to the night after


def _evening_into_night(doc: Document, s: Sentence) -> bool:
    """'Пізно ввечері в середу, 23 липня, і вночі ...': the evening of the day named, and the
    night after it, which ends the next morning."""
    at = s.text.find(s.time.text or "\0")
    if at < 0 or doc.res.evening is None:
        return False
    after = s.text[at + len(s.time.text):at + len(s.time.text) + EVENING_REACH]
    return bool(doc.res.evening.search(s.text[max(0, at - EVENING_REACH):at]) and NIGHT_WORD.search(after))


def _a_years_count(doc: Document, s: Sentence) -> bool:
    """'Last year Russia dropped 40,000 bombs': a year's count has a verb of the attack beside
    the year (not 'a missile produced this year struck the hospital', not 'a modest number
    by the standards of this year')."""
    at = s.start + s.text.lower().find(s.time.text.lower())
    return any(abs(doc.tokens[k].idx - at) <= YEAR_REACH for k, _, _ in s.hits.spans("ROLE"))


def daytime_window(text: str, day: date) -> TimeWindow | None:
    """'From 08:00 to 14:00 Moscow time', 'с 8:00 до 14:00': the hours of a daytime
    tally, on `day`, in the zone the text names (else the default one)."""
    m = DAY_HOURS.search(text)
    if m is None or not ((m["m0"] or m["p0"]) and (m["m1"] or m["p1"])):
        return None  # ("from 5 to 10 drones": no hours)
    h0, h1 = (int(m[h]) + (12 if (m[p] or "").lower().startswith("p") and int(m[h]) < 12 else 0)
              for h, p in (("h0", "p0"), ("h1", "p1")))
    if not DAYLIGHT[0] <= h0 < h1 <= DAYLIGHT[1]:
        return None
    where = _zone_named(text)
    return TimeWindow(day, day, "hour", m.group(0), datetime(day.year, day.month, day.day, h0, int(m["m0"] or 0), tzinfo=where),
                      datetime(day.year, day.month, day.day, h1, int(m["m1"] or 0), tzinfo=where))


def clock_time(text: str, day: date) -> TimeWindow | None:
    """'At about 7:40 p.m. drones attacked again', 'о 14:20 ракета влучила', 'in the afternoon
    two bombs hit': the daytime moment of a strike on `day`, a window that begins and ends then."""
    if (told := DAYTIME.search(text)) and not NIGHT_WORD.search(text):  # (not "днём и ночью")
        at = datetime(day.year, day.month, day.day, MIDDAY, tzinfo=_zone_named(text))
        return TimeWindow(day, day, "hour", told.group(0), at, at)
    for m in CLOCK.finditer(text):
        if not (m["m"] or m["p"]):
            continue  # ("at 5 sites": no hour)
        hour = int(m["h"]) + (12 if (m["p"] or "").lower().startswith("p") and int(m["h"]) < 12 else 0)
        if CLOCK_DAYTIME[0] <= hour < CLOCK_DAYTIME[1] and int(m["m"] or 0) < 60:
            at = datetime(day.year, day.month, day.day, hour, int(m["m"] or 0), tzinfo=_zone_named(text))
            return TimeWindow(day, day, "hour", m.group(0).strip(), at, at)
    return None


def _zone_named(text: str):
    """The zone a text names for its hours ('Moscow time'), else the default one."""
    lowered = text.lower()
    named = zone_table().get("named", {})
    return zone(next((named[k] for k in named if k in lowered), zone_table()["default"]))


NIGHT_WORD = re.compile(r"night|ніч|ноч", re.I)
NIGHT_HEADING = re.compile(r"night|ніч|ноч|\binto\b", re.I)  # a heading of a night ("Monday into Tuesday")
FIELD_LINE = re.compile(r"\s*[^\W\d_]+(?:[ -][^\W\d_]+){0,2}:\s+\S")  # a record's field, "Reported by: the ministry"

SECTION_REACH = 3  # days after a section's date within which a weekday it names falls
DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|the)\s+days?\s+after\b", re.I)
DAYS_AFTER_COUNT = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}


def _days_after(doc: Document, s: Sentence, time: TimeWindow) -> TimeWindow:
    """A day told 'a day after' the weapons struck (every weapon the sentence names comes after
    the phrase): the weapons' day is that many days earlier."""
    at = s.text.find(time.text)
    m = DAYS_AFTER.search(s.text, at + len(time.text)) if at >= 0 else None
    if m is None or s.hits is None:
        return time
    weapons = [doc.tokens[k].idx - s.start for k, _, _ in s.hits.spans("WEAPON")]
    if not weapons or min(weapons) < m.end():
        return time
    back = timedelta(days=DAYS_AFTER_COUNT[m["n"].lower()])
    return TimeWindow(time.start - back, time.end - back, time.precision, time.text)


NIGHTS_BEFORE = ("the night before", "the previous night", "a night earlier")
DAYS_BEFORE = {"the day before": 1, "a day earlier": 1, "the previous day": 1, "the day before yesterday": 2,
               "two days earlier": 2}


def _weekday_only(time: TimeWindow | None) -> bool:
    """A window resolved from a weekday alone ('overnight into Monday'), not from a date."""
    text = (time.text or "").lower() if time else ""
    return bool(text) and not any(ch.isdigit() for ch in text) and any(w in WEEKDAYS for w in text.split())


def _set_by(doc: Document, s: Sentence, scene: bool = False) -> TimeWindow | None:
    """The day the sentence before, in the same paragraph, opens with when it tells no attack
    itself ('Last Friday, residents spent seven hours in shelters. By the all-clear, Russia
    had fired 539 drones'), or names for an attack it gives no figures, weapons, places or
    voice of ('The barrage on Monday was of a different order.'): the scene it sets is the attack's."""
    if s.index == 0 or "\n" in doc.text[max(0, s.start - 4):s.start]:
        return None
    before = doc.sentences[s.index - 1]
    scene = scene and bool(set(re.findall(r"\w+", before.text.lower())) & doc.res.event_nouns) and not before.figures \
        and not before.named and not before.speaker and not before.places  # "The barrage on Monday was ... Russia fired"
    if (before.attack_context and not scene) or _heading(before.text):
        return None
    day = resolve(before.text, doc.reference)
    opens = day is not None and day.text is not None and (scene or _opens_with(before.text, day))
    return day if opens and day.precision in ("day", "hour") else None


def _opening_date(doc: Document, s: Sentence) -> TimeWindow | None:
    """The calendar day a line that tells no attack opens with ('26 March — Poltava region.',
    '• Monday 3 March.')."""
    if not any(ch.isdigit() for ch in s.text[:24]) or BYLINE_YEAR.search(s.text):
        return None  # (the usual sentence; a dateline, '9 грудня 2025, 19:24', dates the page)
    day = resolve(s.text, doc.reference)
    return day if day and day.precision == "day" and day.start == day.end and day.text \
        and (_opens_with(s.text, day) or _place_and_day(s.text, day)) and not (doc.reference and day.end > doc.reference) \
        else None


LABEL_NAME_WORDS = 3  # words of the place that labels a paragraph with its day ('Novoshakhtinsk, 21 August.')


def _place_and_day(text: str, day: TimeWindow) -> bool:
    """A line that is only a name and the day it labels ('Volgograd, 14 August.'), as an
    analysis opens each night it goes through."""
    rest = text.replace(day.text or "\0", " ").strip(" ,.;:—–-\t")
    words = rest.split()
    return 0 < len(words) <= LABEL_NAME_WORDS and all(w[:1].isupper() for w in words) and not rest.isupper()
    # (not an agency's dateline, 'МОСКВА, 22 октября.', which dates the report)


def _opens_with(text: str, day: TimeWindow) -> bool:
    """The line opens with the day it names, after a bullet and a weekday at most ('26 March —
    Poltava region.', '• Monday 3 March.')."""
    text = text.lstrip("".join(LIST_MARKS) + " \t")
    return text.lower().startswith((day.text or "").lower()) or _opens_with_its_day(text, day)


BYLINE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # "Monday, 9 September 2024": the page's date, not a diary's section


def _dated_headings(doc: Document) -> set[int]:
    """The headings that open a report's dated entries ('ENTRY 14 · ROMANIA · 9 SEPTEMBER
    2023', 'ENTRY 15 · ... · 13 SEPTEMBER 2023'): headings with a full date, where several
    give different dates (one alone is the page's byline)."""
    found = {}
    for s in doc.sentences:
        if not s.attack_context and BYLINE_YEAR.search(s.text) and _heading(s.text):
            day = resolve(s.text, doc.reference)
            if day and day.precision == "day" and day.start == day.end:
                found[s.index] = day.end
    return set(found) if len(set(found.values())) >= 2 else set()


def _dates_its_section(s: Sentence) -> bool:
    """A heading that opens with a day and goes on to tell of that day's attack ('ПОНЕДІЛОК,
    26 СЕРПНЯ: 127 РАКЕТ', 'Sunday, 1 September: drones over Odesa'), or with its night ('Ніч на четвер, 6
    листопада: ...'): its date is its section's."""
    time = s.time
    return time is not None and time.precision == "day" and _heading(s.text) and _opens_with_its_day(s.text, time) \
        and (time.start == time.end or (time.end - time.start).days == 1 and bool(NIGHT_HEADING.search(s.text)))


def _opens_with_its_day(heading: str, day: TimeWindow) -> bool:
    """The heading opens with its date, a weekday at most before it ('ВІВТОРОК, 27 СЕРПНЯ: ...')."""
    lower = heading.lower()
    at = lower.find((day.text or "").lower()) if day.text else -1
    return at >= 0 and any(ch.isdigit() for ch in day.text) \
        and all(w in WEEKDAYS or w in NIGHT_LINKS or NIGHT_HEADING.fullmatch(w)
                for w in re.findall(r"[^\W\d_](?:[^\W\d_]|['’])*", lower[:at].replace("’", "'")))


def _labelled_by_its_day(heading: str, day: TimeWindow) -> bool:
    """A heading whose day labels the rest ('25 декабря: утро Рождества', '7 September — a
    record night'): the section it opens tells of that day."""
    lower = heading.lower()
    at = lower.find((day.text or "").lower()) if day.text else -1
    rest = lower[at + len(day.text):].lstrip() if at >= 0 else ""
    return rest[:1] in (":", "—", "–") and rest[1:].lstrip()[:1].isalpha() and _opens_with_its_day(heading, day)
    # (not the page's 'July 10, 2024 – 18:20', nor a table's '26 May – 1 Jun')


NIGHT_LINKS = {"on", "of", "the", "to", "на", "в", "у", "во"}  # 'Ніч на четвер, 6 листопада: ...', 'Night of 5 March: ...'


def _only_a_date(heading: str, day: TimeWindow) -> bool:
    """A heading that says nothing but a day ("MONDAY, 21 OCTOBER", "Wednesday"): a diary's
    section, unlike a byline's "28 October 2024 · 7 min read"."""
    rest = re.findall(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", heading.lower().replace((day.text or "").lower(), " "))
    return len(rest) <= 1 and all(w in WEEKDAYS for w in rest)  # ("П'ятниця, 12 вересня"; not "Четвер, п'ятниця, субота")


def _heading(text: str) -> bool:
    """A section heading: short, with no sentence end."""
    text = text.strip()
    return 0 < len(text) < 80 and not text.endswith((".", "!", "?", '"', "”", ","))
