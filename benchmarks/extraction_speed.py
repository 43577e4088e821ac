"""Extraction speed: words per second on one core, end to end from text to claims
(language detection included), per language.

    python benchmarks/extraction_speed.py [--words 300000]

English uses the development corpus when it is beside the project (../shared/corpus/dev),
Ukrainian and Russian the reports of ../shared/corpus/dev-ukru in each language; without
them, the bundled sample reports of each language. Process start and the one-time loading
of lexicons are excluded; each figure is the best of three runs; the speed of the
extractor's tokenizer alone on the same texts is printed as the ceiling. The first pass
reads text never seen before (for Ukrainian and Russian, words the morphology has not yet
analysed: the run keeps its cache in a new temporary directory, so no lemma from an
earlier run is there). For Ukrainian and Russian a second first pass is printed, with a
fresh process's state but every word's lemma kept by the first (`lemma_memory`): the most
that lemmas kept between runs give.
The first pass is the headline figure: a monitor reads each report once.
Target: >= 120,000 words/s for English, >= 50,000 for Ukrainian and Russian (first pass).
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import tempfile
import time
from importlib import resources as pkg_resources
from pathlib import Path

from skytruce.cache import CACHE_DIR_ENV
from skytruce.extract import detect_language, extract_claims, lemma_memory
from skytruce.extract.resources import _resources, resources

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TARGETS = {"en": 120_000, "uk": 50_000, "ru": 50_000}


def load_texts() -> dict[str, list[str]]:
    """The texts of each language: the development corpora's, else the bundled samples'."""
    def by_language(paths) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {"en": [], "uk": [], "ru": []}
        for path in paths:
            text = path.read_text(encoding="utf-8")
            found[detect_language(text)].append(text)
        return found

    corpora = by_language(p for name in ("dev", "dev-ukru") for p in sorted((CORPORA / name / "articles").glob("*.txt")))
    samples = by_language(p for p in sorted(Path(str(pkg_resources.files("skytruce") / "samples")).iterdir())
                          if p.suffix in (".txt", ".md"))
    return {lang: corpora[lang] or samples[lang] for lang in corpora}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000, help="words to process per measurement")
    args = parser.parse_args()
    folder = tempfile.mkdtemp()
    atexit.register(shutil.rmtree, folder, True)  # (registered first: runs after what is kept at exit)
    os.environ[CACHE_DIR_ENV] = folder  # nothing kept by an earlier run
    for lang, texts in load_texts().items():
        if texts:
            measure(lang, texts, args.words)
    return 0


def measure(lang: str, texts: list[str], words: int) -> None:
    """Print one language's figures."""
    words_per_pass = sum(len(t.split()) for t in texts)
    passes = max(1, words // words_per_pass)
    resources(lang)  # load lexicons and build the matcher (not timed)
    start = time.perf_counter()
    for text in texts:  # one pass with empty caches: text never seen before
        extract_claims(text)
    cold = time.perf_counter() - start
    recalled = None
    if resources(lang).lemmatizer:  # again in a fresh state, with the lemmas the first pass found kept
        lemma_memory.keep(resources(lang).lemmatizer, *resources(lang).lemma_memory)
        _resources.cache_clear()
        resources(lang)
        start = time.perf_counter()
        for text in texts:
            extract_claims(text)
        recalled = time.perf_counter() - start

    def best_of_three(work) -> float:
        """Seconds for `passes` passes over the texts; the best of three runs, as timeit does."""
        times = []
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(passes):
                for text in texts:
                    work(text)
            times.append(time.perf_counter() - start)
        return min(times)

    claims = sum(len(extract_claims(text)) for text in texts) * passes
    elapsed = best_of_three(extract_claims)
    tokenizer_elapsed = best_of_three(resources(lang).tokenizer)  # as configured for the language
    total_words = words_per_pass * passes

    print(f"[{lang}] documents: {len(texts) * passes} ({len(texts)} distinct), words: {total_words:,}, claims: {claims:,}")
    print(f"[{lang}] first pass, empty caches: {words_per_pass / cold:,.0f} words/s ({cold:.2f} s for {words_per_pass:,} words)")
    if recalled:
        print(f"[{lang}] first pass, lemmas kept:  {words_per_pass / recalled:,.0f} words/s ({recalled:.2f} s)")
    print(f"[{lang}] warm, text seen before:   {total_words / elapsed:,.0f} words/s ({elapsed:.2f} s)")
    print(f"[{lang}] tokenizer alone:        {total_words / tokenizer_elapsed:,.0f} words/s (ceiling)")
    print(f"[{lang}] target (first pass): >= {TARGETS[lang]:,} words/s")


if __name__ == "__main__":
    raise SystemExit(main())
