"""The sources file: durations and sizes in words, local paths beside the file, and every
problem named with its line and field."""

import pytest

from skytruce.errors import InputErrors
from skytruce.watch.config import load, seconds, size


def test_durations_and_sizes():
    assert [seconds(v, "x") for v in (90, "30s", "5m", "1h", "1d", "0.5s")] == [90, 30, 300, 3600, 86400, 0.5]
    assert size("10MB") == 10 * 1024 ** 2 and size("500kB") == 500 * 1024 and size(2048) == 2048
    with pytest.raises(ValueError, match="not a duration"):
        seconds("soon", "interval")


def test_a_good_file(tmp_path, monkeypatch):
    monkeypatch.setenv("HOOK_SECRET", "k")
    (tmp_path / "feeds").mkdir()
    path = tmp_path / "sources.yaml"
    path.write_text("""
defaults: {interval: 15m, timeout: 10}
sources:
  - {name: bulletin, url: feeds/bulletin.rss, claimant: Ukrainian Air Force}
  - {name: tallies, url: "https://data.example/attacks.csv", interval: 1h}
  - {name: statement, url: "https://mod.example/news/1", kind: page}
alerts:
  - name: breaches
    when: {ceasefire: any, party: ru, min_grade: fair}
    deliver: {webhook: "https://hooks.example/in", secret_env: HOOK_SECRET, retry: 10s, max_attempts: 5}
""")
    config = load(path)
    bulletin, tallies, statement = config.sources
    assert bulletin.url == str(tmp_path / "feeds" / "bulletin.rss") and bulletin.is_local and bulletin.kind == "feed"
    assert bulletin.interval == 900 and bulletin.timeout == 10 and bulletin.claimant == "Ukrainian Air Force"
    assert tallies.kind == "tally" and tallies.interval == 3600 and not tallies.is_local
    assert statement.kind == "page"
    [rule] = config.rules
    assert (rule.ceasefire, rule.party, rule.min_grade, rule.level) == ("any", "RU", "fair", "wave")
    assert rule.deliver.secret == "k" and rule.deliver.retry_seconds == 10 and rule.deliver.max_attempts == 5


def test_every_problem_is_named_with_its_line_and_field(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_SUCH_SECRET", raising=False)
    path = tmp_path / "bad.yaml"
    path.write_text("""sources:
  - name: one
    url: https://a.example/feed
    interval: often
  - name: two
    kind: podcast
    claimant: Nobody In Particular
alerts:
  - name: r
    when: {min_grade: excellent, colour: red}
    deliver: {webhook: "https://h.example", secret_env: NO_SUCH_SECRET}
  - name: s
    deliver: {jsonl: a.jsonl, command: [echo]}
""")
    with pytest.raises(InputErrors) as caught:
        load(path)
    messages = [str(e) for e in caught.value.errors]
    expected = [f"{path}:2: sources[0].interval: 'often' is not a duration",
                f"{path}:5: sources[1].url: missing", f"{path}:5: sources[1].kind: 'podcast'",
                f"{path}:5: sources[1].claimant: 'Nobody In Particular' is not in the source registry",
                f"{path}:10: alerts[0].when.colour: unknown condition", f"{path}:10: alerts[0].when.min_grade: 'excellent'",
                f"{path}:11: alerts[0].deliver.secret_env: the environment variable NO_SUCH_SECRET is not set",
                f"{path}:12: alerts[1].deliver: give exactly one of webhook"]
    for text in expected:
        assert any(m.startswith(text) for m in messages), (text, messages)


def test_a_file_that_is_not_yaml_or_has_no_sources(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("sources: [\n  {name: a\n")
    with pytest.raises(InputErrors, match="not valid YAML"):
        load(broken)
    empty = tmp_path / "empty.yaml"
    empty.write_text("alerts: []\n")
    with pytest.raises(InputErrors, match="non-empty list under 'sources'"):
        load(empty)
    with pytest.raises(InputErrors, match="cannot read"):
        load(tmp_path / "missing.yaml")
