"""The language of a report, detected offline: lingua's models ship inside the package,
and the detector weighs only the languages the extractor reads (a Ukrainian text is
never taken for Belarusian or Bulgarian). A text mostly in Cyrillic that has letters only
Ukrainian writes (і, ї, є, ґ) or only Russian (ы, э, ъ, ё), and not the other's, is told by
them without the detector."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = {Language.ENGLISH: "en", Language.UKRAINIAN: "uk", Language.RUSSIAN: "ru"}
SUPPORTED = tuple(LANGUAGES.values())
SAMPLE_CHARS = 400  # the opening of a report says what language it is in (a headline and a sentence)
OWN_LETTERS = {"uk": set("іїєґІЇЄҐ"), "ru": set("ыэъёЫЭЪЁ")}  # letters only one of the two writes


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_low_accuracy_mode().build()  # trigrams tell these three apart


def detect_language(text: str) -> str:
    """'en', 'uk' or 'ru': the language most of the report's opening is written in."""
    sample = text[:SAMPLE_CHARS]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in sample)
    if not cyrillic:
        return "en"  # no Cyrillic letter: of the three, only English
    if cyrillic * 2 > sum(c.isalpha() for c in sample):  # mostly Cyrillic: Ukrainian or Russian
        letters = set(sample)
        own = [lang for lang, marks in OWN_LETTERS.items() if letters & marks]
        if len(own) == 1:
            return own[0]  # the letters tell, at a fraction of the detector's cost
    found = _detector().detect_language_of(sample)
    return LANGUAGES.get(found, "en") if found else "en"
