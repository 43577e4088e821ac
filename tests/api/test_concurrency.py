"""Concurrent writers lose nothing: two imports and a stream of API writes at once."""

import threading

from fastapi.testclient import TestClient

from skytruce.api import create_app
from skytruce.app import Skytruce
from skytruce.store import Ledger

TALLY_HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
                "still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,"
                "turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source")


def tally_file(path, month: int, rows: int):
    lines = [TALLY_HEADER] + [
        f"2024-{month:02d}-{day:02d} 19:00,2024-{month:02d}-{day + 1:02d} 07:00,Shahed-136/131,Kursk oblast,Ukraine,,"
        f"{20 + day}.0,{10 + day}.0,,,{{}},,,,,,,,,,,kpszsu/posts/m{month}d{day}" for day in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def test_two_imports_and_api_writes_at_once(api_ledger, tmp_path):
    url = str(api_ledger.engine.url.render_as_string(hide_password=False))
    first, second = tally_file(tmp_path / "march.csv", 3, 25), tally_file(tmp_path / "april.csv", 4, 25)
    token = api_ledger.create_token("concurrency")
    client = TestClient(create_app(Ledger(url)))
    errors: list[BaseException] = []

    def run(work):
        try:
            work()
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    def api_writes():
        for n in range(15):
            text = f"Russia launched {n + 30} Shahed drones at Kharkiv overnight into May {n + 1}, 2024, the air force said."
            response = client.post("/api/documents", json={"text": text, "location": f"api-{n}"},
                                   headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 201, response.text

    threads = [threading.Thread(target=run, args=(w,)) for w in (
        lambda: Skytruce(Ledger(url)).ingest([first]),
        lambda: Skytruce(Ledger(url)).ingest([second]),
        api_writes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    counts = api_ledger.counts()
    assert counts["documents"] == 2 + 15
    assert counts["claims"] == 25 + 25 + 15
    waves = api_ledger.list_events(limit=1000, level="wave")
    events = api_ledger.list_events(limit=1000)
    assert len({c for e in events for c in e["claim_ids"]}) == counts["claims"]
    assert len(waves) == 25 + 25 + 15
