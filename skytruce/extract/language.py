"""The language of a report, detected offline: lingua's models ship inside the package,
and the detector weighs only the languages the extractor reads (a Ukrainian text is
never taken for Belarusian or Bulgarian)."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = {Language.ENGLISH: "en", Language.UKRAINIAN: "uk", Language.RUSSIAN: "ru"}
SUPPORTED = tuple(LANGUAGES.values())
SAMPLE_CHARS = 400  # the opening of a report says what language it is in (a headline and a sentence)


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_low_accuracy_mode().build()  # trigrams tell these three apart


def detect_language(text: str) -> str:
    """'en', 'uk' or 'ru': the language most of the report's opening is written in."""
    sample = text[:SAMPLE_CHARS]
    if not any("\u0400" <= c <= "\u04ff" for c in sample):
        return "en"  # no Cyrillic letter: of the three, only English
    found = _detector().detect_language_of(sample)
    return LANGUAGES.get(found, "en") if found else "en"
