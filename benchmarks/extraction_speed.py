"""Extraction speed: words per second on one core, end to end from text to claims.

    python benchmarks/extraction_speed.py [--words 300000]

Uses the development corpus when it is beside the project (../shared/corpus/dev), else
the bundled sample reports. Process start and the one-time loading of lexicons are
excluded; each figure is the best of three runs; the blank spaCy tokenizer's speed on the
same texts is printed as the ceiling.
Target: >= 100,000 words/s.
"""

from __future__ import annotations

import argparse
import time
from importlib import resources as pkg_resources
from pathlib import Path

import spacy

from skytruce.extract import extract_claims
from skytruce.extract.resources import resources

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "articles"


def load_texts() -> list[str]:
    if CORPUS.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    samples = pkg_resources.files("skytruce") / "samples"
    return [p.read_text(encoding="utf-8") for p in samples.iterdir() if p.name.endswith((".txt", ".md"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000, help="words to process per measurement")
    args = parser.parse_args()
    texts = load_texts()
    words_per_pass = sum(len(t.split()) for t in texts)
    passes = max(1, args.words // words_per_pass)
    resources()  # load lexicons and build the matcher (not timed)
    start = time.perf_counter()
    for text in texts:  # one pass with empty caches: text never seen before
        extract_claims(text)
    cold = time.perf_counter() - start

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
    tokenizer_elapsed = best_of_three(spacy.blank("en").tokenizer)
    total_words = words_per_pass * passes

    print(f"documents: {len(texts) * passes} ({len(texts)} distinct), words: {total_words:,}, claims: {claims:,}")
    print(f"extraction end to end: {total_words / elapsed:,.0f} words/s ({elapsed:.2f} s)")
    print(f"first pass, empty caches: {words_per_pass / cold:,.0f} words/s ({cold:.2f} s for {words_per_pass:,} words)")
    print(f"blank spaCy tokenizer:  {total_words / tokenizer_elapsed:,.0f} words/s (ceiling)")
    print("target: >= 100,000 words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
