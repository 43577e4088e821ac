"""Peak memory of `extract` and `ingest`: one long input, and directories of many reports.

    python benchmarks/memory.py [--words 1000000] [--reports 1000,10000]

Writes its own reports (nights of drones and missiles with varied places, counts and
dates) into a temporary directory, runs each command as a whole process on a fresh ledger
and reads the process's peak resident memory from the kernel. `skytruce extract` of one
sentence is the floor (the interpreter and the lexicon).
Targets: a 1,000,000-word input under 500 MB; a directory of 10,000 reports about as much
as one of 1,000 (flat).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

UA_PLACES = ["Odesa", "Kharkiv", "Sumy", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Poltava", "Chernihiv", "Kyiv", "Lviv"]
RU_PLACES = ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov"]
WEAPONS = ["Shahed drones", "attack drones", "Kalibr cruise missiles", "Iskander-M ballistic missiles",
           "Kh-101 cruise missiles"]
TARGETS = ["a grain warehouse", "an energy facility", "residential buildings", "a railway depot", "the port"]


def report(rng: random.Random) -> str:
    """One short report in our own words, its figures and places drawn at random."""
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    when = f"{day:%B} {day.day}, {day.year}"
    launched = rng.randint(5, 180)
    if rng.random() < 0.8:
        place, weapon = rng.choice(UA_PLACES), rng.choice(WEAPONS)
        lines = [f"Russia launched {launched} {weapon} at Ukraine overnight into {when}, the Ukrainian air force said.",
                 f"Air defence shot down {rng.randint(0, launched)} of them over the {place} region and nearby areas.",
                 f"The {place} regional administration said debris damaged {rng.choice(TARGETS)} and "
                 f"{rng.randint(1, 9)} people were injured."]
    else:
        place = rng.choice(RU_PLACES)
        lines = [f"Russia's defence ministry said on {when} that air defences destroyed {launched} Ukrainian drones "
                 f"over the {place} region overnight.",
                 f"The governor of the {place} region said a fire broke out at {rng.choice(TARGETS)}."]
    if rng.random() < 0.3:
        lines.append("The claims could not be independently verified.")
    return f"Night of strikes on {place}\n\n" + "\n".join(lines) + "\n"


def long_input(path: Path, words: int, rng: random.Random) -> int:
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < words:
            text = report(rng)
            fh.write(text + "\n")
            written += len(text.split())
    return written


def directory(path: Path, n: int, rng: random.Random) -> None:
    path.mkdir()
    for i in range(n):
        (path / f"report-{i:05d}.txt").write_text(report(rng), encoding="utf-8")


def peak(command: list[str], env: dict) -> tuple[float, float]:
    """Peak resident memory (MB) and wall time (s) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-600:]}")
    return usage.ru_maxrss / 1024, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--reports", default="1000,10000", help="directory sizes, comma-separated")
    args = parser.parse_args()
    script = Path(sys.executable).parent / "skytruce"
    skytruce = [str(script)] if script.exists() else [sys.executable, "-m", "skytruce.cli"]
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = os.environ | {"SKYTRUCE_CACHE_DIR": str(tmp / "cache")}
        one = tmp / "one.txt"
        one.write_text(report(rng), encoding="utf-8")
        runs = [("extract, one report (floor)", ["extract", str(one)], None)]
        words = long_input(tmp / "long.txt", args.words, rng)
        runs += [(f"extract, one input of {words:,} words", ["extract", str(tmp / "long.txt")], 500),
                 (f"ingest, one input of {words:,} words", ["ingest", str(tmp / "long.txt")], 500)]
        for n in (int(x) for x in args.reports.split(",")):
            directory(tmp / f"reports-{n}", n, rng)
            runs += [(f"extract, a directory of {n:,} reports", ["extract", str(tmp / f"reports-{n}")], None),
                     (f"ingest, a directory of {n:,} reports", ["ingest", str(tmp / f"reports-{n}")], None)]
        peak([*skytruce, "extract", str(one)], env)  # builds the lexicon cache
        print(f"{'command':<46} {'peak RSS':>9} {'time':>8}  target")
        for n, (label, command, ceiling) in enumerate(runs):
            run_env = env | {"SKYTRUCE_DATABASE_URL": f"sqlite:///{tmp}/ledger-{n}.db"}
            megabytes, elapsed = peak([*skytruce, *command], run_env)
            verdict = "" if ceiling is None else f"< {ceiling} MB " + ("ok" if megabytes < ceiling else "MISSED")
            print(f"{label:<46} {megabytes:>6.0f} MB {elapsed:>7.1f}s  {verdict}", flush=True)
    print("target: a directory of 10,000 reports about as much memory as one of 1,000")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
