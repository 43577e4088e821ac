"""The lemmas of the Ukrainian and Russian words earlier runs analysed, kept in the user's
cache directory beside the compiled patterns: analysing a word (pymorphy3, and choosing
among its readings) is most of what reading a word for the first time costs, and reports
of one war repeat most of their words.

Keyed by the data, the code that chooses a lemma and the dictionaries' versions, so a
changed lexicon or dictionary starts afresh. Written when the process ends, merged with
what another process wrote meanwhile, and renamed into place whole (`cache.store`): two
processes at once never see half a file, and lose at most some of each other's newest
words. Damaged or unwritable, it costs only the time to analyse the words again.
"""

from __future__ import annotations

import atexit

from skytruce import cache
from skytruce.extract.morphology import Lemmatizer

MAX_WORDS = 300_000  # word forms kept per language (a few megabytes)


def recall(lemmatizer: Lemmatizer, name: str, key: str) -> None:
    """Give the lemmatizer the lemmas kept under `name` and `key`, and keep what it finds
    in this run when the process ends."""
    folder = cache.cache_dir()  # where they were found, whatever the environment says by the end
    lemmatizer.remember(cache.load(name, key, folder) or {})
    atexit.register(keep, lemmatizer, name, key, folder)


def keep(lemmatizer: Lemmatizer, name: str, key: str, folder=None) -> None:
    """Store the lemmas found, merged with those stored since (up to MAX_WORDS)."""
    found = lemmatizer.lemmas_found()
    if not found:
        return
    stored = cache.load(name, key, folder) or {}
    merged = dict(stored)
    for word, lemma in found.items():
        if len(merged) >= MAX_WORDS:
            break
        merged.setdefault(word, lemma)
    if len(merged) > len(stored):
        cache.store(name, key, merged, folder)
