"""CLI start-up: how long the commands an analyst types take, as whole processes.

    python benchmarks/cli_startup.py [--runs 7]

Fills a ledger in a temporary directory with the bundled samples (and the full tally CSV
when it is beside the project), then runs each command `--runs` times, round-robin so
that a busy moment slows them all alike, and prints the median wall time beside
`python -c pass` (the interpreter alone) and `python -c "import spacy"` (what an extractor
built on spaCy's tokenizer could not start without: skytruce reads spaCy's rules only when
it builds its cache) from the same run. The lexicon cache lives in the temporary
directory too: the first `extract` builds it and is shown apart.
Targets: `skytruce --help` < 0.3 s, `extract` of one sentence < 0.6 s, listings < 0.6 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources as pkg_resources
from pathlib import Path

from skytruce.app import Skytruce
from skytruce.store import Ledger

TALLY_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "massive-missile-attacks" / "missile_attacks_daily.csv"
SENTENCE = ("Overnight into February 8, 2024, Russia launched 17 Shahed drones at Mykolaiv Oblast; air defence "
            "destroyed 11 of them, the Ukrainian Air Force said.\n")


def skytruce_command() -> list[str]:
    """The installed `skytruce` script beside this interpreter, as a user runs it."""
    script = Path(sys.executable).parent / "skytruce"
    return [str(script)] if script.exists() else [sys.executable, "-m", "skytruce.cli"]


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-400:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/ledger.db"
        inputs = [str(pkg_resources.files("skytruce") / "samples")] + ([str(TALLY_CSV)] if TALLY_CSV.exists() else [])
        Skytruce(Ledger.open(url)).ingest(inputs)
        one = Path(tmp) / "one.txt"
        one.write_text(SENTENCE, encoding="utf-8")
        env = os.environ | {"SKYTRUCE_DATABASE_URL": url, "SKYTRUCE_CACHE_DIR": f"{tmp}/cache"}
        skytruce = skytruce_command()
        extract = [*skytruce, "extract", str(one)]
        first_extract = timed(extract, env)
        commands = {
            "python -c pass": ([sys.executable, "-c", "pass"], None),
            'python -c "import spacy"': ([sys.executable, "-c", "import spacy"], None),
            "skytruce --help": ([*skytruce, "--help"], 0.3),
            "skytruce extract one.txt": (extract, 0.6),
            "skytruce events --limit 1": ([*skytruce, "events", "--limit", "1"], 0.6),
            "skytruce claims --limit 1": ([*skytruce, "claims", "--limit", "1"], 0.6),
            "skytruce documents": ([*skytruce, "documents"], 0.6),
            "skytruce sources": ([*skytruce, "sources"], 0.6),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, _) in commands.items():
                times[name].append(timed(command, env))
    floor = statistics.median(times["python -c pass"])
    print(f"median of {args.runs} runs each, whole processes ({'with' if TALLY_CSV.exists() else 'without'} the tally CSV "
          f"in the ledger)")
    print(f"{'command':<30} {'median':>8} {'x python':>9}  target")
    for name, (_, target) in commands.items():
        median = statistics.median(times[name])
        verdict = "" if target is None else f"< {target} s " + ("ok" if median < target else "MISSED")
        print(f"{name:<30} {median:>7.3f}s {median / floor:>8.1f}x  {verdict}")
    print(f"{'extract, first run':<30} {first_extract:>7.3f}s {first_extract / floor:>8.1f}x  (builds the lexicon cache)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
