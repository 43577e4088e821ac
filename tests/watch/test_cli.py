"""`skytruce watch` and `skytruce sources status` as a user meets them."""

import json

from typer.testing import CliRunner

from skytruce.cli import app

runner = CliRunner()


def test_a_bad_sources_file_is_refused_with_its_line_and_field(tmp_path, db_url, monkeypatch):
    monkeypatch.setenv("SKYTRUCE_DATABASE_URL", db_url)
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - name: a\n    url: https://a.example/feed\n    interval: sometimes\n")
    result = runner.invoke(app, ["watch", str(path), "--once"], env={"COLUMNS": "300"})
    assert result.exit_code == 1
    assert f"{path}:2: sources[0].interval: 'sometimes' is not a duration" in result.output


def test_the_demo_then_the_status_of_its_sources(tmp_path, db_url, samples, monkeypatch):
    monkeypatch.setenv("SKYTRUCE_DATABASE_URL", db_url)
    monkeypatch.chdir(tmp_path)
    watched = runner.invoke(app, ["watch", str(samples / "watch-demo.yaml"), "--once", "--log", "watch.log"])
    assert watched.exit_code == 0, watched.output
    lines = [json.loads(line) for line in (tmp_path / "watch.log").read_text().splitlines()]
    assert [r["source"] for r in lines if r["kind"] == "fetch"] and lines[-1]["kind"] == "stopped"
    assert lines[-1]["documents"] >= 5 and lines[-1]["alerts_delivered"] == len(
        (tmp_path / "watch-demo-alerts.jsonl").read_text().splitlines()) > 0
    status = runner.invoke(app, ["sources", "status", "--format", "json"])
    rows = json.loads(status.output)
    assert {r["name"] for r in rows} == {"Sample air defence bulletin", "Sample Kyiv raid report", "Sample tallies"}
    assert all(r["last_status"] == "200 new content" and r["error_streak"] == 0 for r in rows)
    assert runner.invoke(app, ["sources", "--format", "json"]).exit_code == 0  # the registry, as before
