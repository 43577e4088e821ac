"""Extraction speed: words per second on one core, end to end from text to claims.

    python benchmarks/extraction_speed.py [--words 300000]

Uses the development corpus when it is beside the project (../shared/corpus/dev), else
the bundled sample reports. Process start and the one-time loading of lexicons are
excluded; the blank spaCy tokenizer's speed on the same texts is printed as the ceiling.
Target: >= 100,000 words/s.
"""

from __future__ import annotations

import argparse
import time
from importlib import resources as pkg_resources
from pathlib import Path

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
    res = resources()
    extract_claims(texts[0])  # warm up: lexicons, matcher, caches of the first document

    start = time.perf_counter()
    claims = 0
    for _ in range(passes):
        for text in texts:
            claims += len(extract_claims(text))
    elapsed = time.perf_counter() - start
    total_words = words_per_pass * passes

    start = time.perf_counter()
    for _ in range(passes):
        for text in texts:
            res.nlp.make_doc(text)
    tokenizer_elapsed = time.perf_counter() - start

    print(f"documents: {len(texts) * passes} ({len(texts)} distinct), words: {total_words:,}, claims: {claims:,}")
    print(f"extraction end to end: {total_words / elapsed:,.0f} words/s ({elapsed:.2f} s)")
    print(f"blank spaCy tokenizer:  {total_words / tokenizer_elapsed:,.0f} words/s (ceiling)")
    print("target: >= 100,000 words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
