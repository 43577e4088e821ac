"""Lemmas found in one run are there for the next, in the user's cache directory, and two
runs that end at once both add theirs."""

import os
import subprocess
import sys

from skytruce import cache
from skytruce.extract import lemma_memory
from skytruce.extract.morphology import Lemmatizer
from skytruce.extract.resources import resources


def test_the_lemmas_of_a_run_are_kept_for_the_next(tmp_path):
    code = "from skytruce.extract import extract_claims; extract_claims('Уночі ворог атакував Житомир шахедами.', lang='uk')"
    subprocess.run([sys.executable, "-c", code], env={**os.environ, cache.CACHE_DIR_ENV: str(tmp_path)}, check=True)
    kept = cache.load(*resources("uk").lemma_memory, tmp_path)
    assert kept["шахедами"] == "шахед" and kept["атакував"] == "атакувати"
    following = Lemmatizer("uk")
    following.remember(kept)
    assert following.lemma("шахедами") == "шахед" and following.lemmas_found() == {}  # nothing new to keep


def test_runs_that_end_at_once_both_add_their_words(tmp_path):
    first, second = Lemmatizer("ru"), Lemmatizer("ru")
    first.lemma("беспилотниками")
    second.lemma("ракетами")
    lemma_memory.keep(first, "lemmas-ru", "k", tmp_path)
    lemma_memory.keep(second, "lemmas-ru", "k", tmp_path)
    assert {"беспилотниками", "ракетами"} <= cache.load("lemmas-ru", "k", tmp_path).keys()
