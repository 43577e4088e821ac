"""What skytruce keeps between runs: found again under the same key, rebuilt when the
key changes or the file is damaged, and never a reason to fail."""

import subprocess
import sys

import pytest

from skytruce import cache
from skytruce.extract.resources import Resources

REPORT = ("Overnight into February 8, 2024, Russia launched 17 Shahed drones at Mykolaiv Oblast; air defence "
          "destroyed 11 of them, the Ukrainian Air Force said.")


def test_a_value_is_found_under_its_key_and_an_old_key_is_dropped(tmp_path, monkeypatch):
    monkeypatch.setenv("SKYTRUCE_CACHE_DIR", str(tmp_path))
    assert cache.cached("numbers", "k1", lambda: [1, 2]) == [1, 2]
    assert cache.load("numbers", "k1") == [1, 2]
    assert cache.load("numbers", "k2") is None
    cache.store("numbers", "k2", [3])
    assert [p.name for p in tmp_path.iterdir()] == ["numbers-k2.pickle"]


def test_a_damaged_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("SKYTRUCE_CACHE_DIR", str(tmp_path))
    (tmp_path / "numbers-k1.pickle").write_bytes(b"\x80\x05truncated")
    assert cache.cached("numbers", "k1", lambda: [1, 2]) == [1, 2]
    assert cache.load("numbers", "k1") == [1, 2]


def test_a_cache_directory_that_cannot_be_written_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("SKYTRUCE_CACHE_DIR", str(blocker / "cache"))
    assert cache.cached("numbers", "k1", lambda: [1, 2]) == [1, 2]
    assert cache.load("numbers", "k1") is None


def test_the_key_changes_with_the_files_and_versions(tmp_path):
    data = tmp_path / "weapons.yaml"
    data.write_text("a: 1")
    first = cache.fingerprint([data], "1.0")
    assert cache.fingerprint([data], "1.0") == first
    assert cache.fingerprint([data], "1.1") != first
    data.write_text("a: 2")
    assert cache.fingerprint([data], "1.0") != first


def test_the_extractor_finds_the_same_phrases_with_patterns_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SKYTRUCE_CACHE_DIR", str(tmp_path))
    built = Resources("en")
    assert len(list(tmp_path.glob("phrase-patterns-en-*.pickle"))) == 1
    monkeypatch.setattr(Resources, "_compile_patterns", lambda self: pytest.fail("the patterns were compiled again"))
    loaded = Resources("en")
    assert loaded.label_ids == built.label_ids
    assert built.match(built.tokens(REPORT)) == loaded.match(loaded.tokens(REPORT))


def test_two_processes_starting_at_once_share_one_whole_cache_file(tmp_path, monkeypatch):
    script = ("from skytruce.extract import extract_claims; "
              f"print(extract_claims({REPORT!r})[0].weapons[0].launched)")
    env = {"SKYTRUCE_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
            for _ in range(2)]
    assert [run.communicate(timeout=120)[0].strip() for run in runs] == ["17", "17"]
    [kept] = tmp_path.glob("phrase-patterns-en-*.pickle")
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind
    monkeypatch.setenv("SKYTRUCE_CACHE_DIR", str(tmp_path))
    assert cache.load("phrase-patterns-en", kept.stem.rsplit("-", 1)[1])
