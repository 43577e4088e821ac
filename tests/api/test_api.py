"""The REST API as a client meets it."""

from fastapi.testclient import TestClient

from skytruce.api import create_app
from skytruce.model import Claim, Document, WeaponCount


def test_events_filter_and_page_by_cursor(client):
    first = client.get("/api/events", params={"limit": 3}).json()
    assert len(first["events"]) == 3 and first["next_cursor"]
    second = client.get("/api/events", params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}
    unverified = client.get("/api/events", params={"grade": "unverified"}).json()["events"]
    assert unverified and all(e["grade"] == "unverified" for e in unverified)
    ua = client.get("/api/events", params={"party": "UA"}).json()["events"]
    assert ua and all(e["attacker"] == "UA" for e in ua)
    boxed = client.get("/api/events", params={"bbox": "27,53,28,54.5"}).json()["events"]
    assert boxed and {e["place"] for e in boxed} == {"Minsk"}
    july = client.get("/api/events", params={"since": "2025-07-01", "until": "2025-07-31", "weapon": "Shahed-136/131"})
    assert all("2025-07" <= e["end"] for e in july.json()["events"])


def test_events_walked_by_cursor_are_the_ledgers_events_as_stored(client, api_ledger):
    walked, cursor = [], None
    while True:
        page = client.get("/api/events", params={"limit": 7} | ({"cursor": cursor} if cursor else {})).json()
        walked += page["events"]
        if not (cursor := page["next_cursor"]):
            break
    assert walked == api_ledger.list_events(limit=10_000)
    odesa = client.get("/api/events", params={"region": "Odesa", "limit": 2}).json()["events"]
    assert odesa and all("Odesa" in e["places"] for e in odesa)


def test_event_detail_has_claims_with_sentences(client):
    minsk = client.get("/api/events", params={"bbox": "27,53,28,54.5", "grade": "unverified"}).json()["events"][0]
    detail = client.get(f"/api/events/{minsk['id']}").json()
    assert detail["grade"] == "unverified" and detail["reasons"]
    assert "Lukashenko claimed" in detail["claims"][0]["payload"]["sentence"]
    assert client.get("/api/events/missing").status_code == 404


def test_waves_list_their_incidents_and_incidents_their_wave(client):
    waves = client.get("/api/events", params={"level": "wave", "limit": 500}).json()["events"]
    assert waves and {e["level"] for e in waves} == {"wave"}
    wave = next(w for w in waves if w["incident_ids"])
    incidents = client.get("/api/events", params={"wave": wave["id"]}).json()["events"]
    assert sorted(i["id"] for i in incidents) == sorted(wave["incident_ids"])
    detail = client.get(f"/api/events/{wave['id']}").json()
    assert sorted(i["id"] for i in detail["incidents"]) == sorted(wave["incident_ids"])
    assert client.get(f"/api/events/{incidents[0]['id']}").json()["wave"]["id"] == wave["id"]
    assert client.get("/api/events", params={"level": "region"}).status_code == 422


def test_claims_documents_sources_timeline(client):
    claims = client.get("/api/claims", params={"weapon": "Shahed-136/131", "limit": 5}).json()
    assert claims and all({"span", "sentence", "claimant", "scope"} <= set(c) for c in claims)
    assert len(client.get("/api/documents").json()) == 12
    assert any(s["name"] == "Ukrainian Air Force" for s in client.get("/api/sources").json())
    days = client.get("/api/timeline", params={"since": "2025-07-01", "until": "2025-07-31"}).json()
    assert sum(d["launched"] for d in days if d["category"] == "drone") >= 1572


def test_claims_come_latest_attack_first_and_a_documents_in_the_order_of_its_text(client, loaded):
    undated = Document(location="undated.txt", kind="text", text="Drones were shot down.", raw_sha256="c" * 64,
                       text_sha256="d" * 64)
    undated.claims = [Claim(span=(0, 22), sentence="Drones were shot down.", weapons=[WeaponCount(None, "drone")])]
    loaded.add([undated])
    listed = client.get("/api/claims", params={"limit": 1000}).json()
    order = [(c["time"]["end"] is not None, c["time"]["end"] or "", c["time"]["start"] or "", c["id"]) for c in listed]
    assert len(listed) == loaded.count_claims() and order == sorted(order, reverse=True)  # undated claims last
    assert order[0][0] and order[-1][1:3] == ("", "")
    window = client.get("/api/claims", params={"attacker": "RU", "since": "2025-07-01", "until": "2025-07-31"}).json()
    ends = [c["time"]["end"] for c in window]
    assert ends and ends == sorted(ends, reverse=True) and all(e >= "2025-07-01" for e in ends)
    document = listed[0]["document_id"]
    own = client.get("/api/claims", params={"document": document}).json()
    assert [c["id"] for c in own] == sorted(c["id"] for c in own)


def test_exports_hold_every_matching_event_unless_limited(client, loaded):
    total = loaded.count_events()
    csv_text = client.get("/api/export/events.csv").text
    assert csv_text.startswith("event_id_cnty,event_date") and len(csv_text.splitlines()) == total + 1
    geo = client.get("/api/export/events.geojson").json()
    assert geo["type"] == "FeatureCollection" and geo["skytruce"]["events"] == total
    waves = client.get("/api/export/events.json", params={"level": "wave"}).json()
    assert len(waves) == loaded.count_events(level="wave") and {e["level"] for e in waves} == {"wave"}
    assert len(client.get("/api/export/events.json", params={"limit": 2}).json()) == 2


def test_writes_need_a_token(client, token):
    body = {"text": "Russia launched 12 Shahed drones at Sumy overnight into March 3, 2025, the Ukrainian air force said."}
    assert client.post("/api/documents", json=body).status_code == 401
    assert client.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    made = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {token}"})
    assert made.status_code == 201 and made.json()["claims_added"] == 1
    again = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {token}"}).json()
    assert again["documents_added"] == 0


def test_tally_upload_is_all_or_nothing(client, token, fixtures, loaded):
    before = loaded.counts()["claims"]
    with open(fixtures / "bad-numbers.csv", "rb") as fh:
        bad = client.post("/api/tallies", files={"file": ("bad.csv", fh, "text/csv")}, headers={"Authorization": f"Bearer {token}"})
    assert bad.status_code == 422 and len(bad.json()["errors"]) == 3
    assert loaded.counts()["claims"] == before


def test_ceasefires_over_the_api(client, token):
    definition = {"name": "drone truce", "parties": ["RU", "UA"], "scope": ["drones"], "start": "2025-07-01"}
    assert client.post("/api/ceasefires", json=definition).status_code == 401
    auth = {"Authorization": f"Bearer {token}"}
    assert client.post("/api/ceasefires", json=definition, headers=auth).status_code == 201
    refused = client.post("/api/ceasefires", json=definition | {"name": "bad", "end": "2025-06-01"}, headers=auth)
    assert refused.status_code == 422 and refused.json()["field"] == "end"
    report = client.get("/api/ceasefires/drone truce/report").json()
    assert report["parties"]["RU"]["waves"] >= 4
    hours = {"name": "night truce", "parties": ["RU", "UA"], "start": "2025-07-13 12:00", "end": "2025-07-31 00:00",
             "zone": "Europe/Kyiv", "targets": ["energy_infrastructure"], "combine": "or", "scope": ["missiles"],
             "band": {"line": "line of contact", "km": 30}, "source": "a test"}
    made = client.post("/api/ceasefires", json=hours, headers=auth)
    assert made.status_code == 201 and (made.json()["start_time"], made.json()["area"]["type"]) == ("12:00", "Polygon")
    bad_zone = client.post("/api/ceasefires", json=hours | {"name": "x", "zone": "Europe/Atlantis"}, headers=auth)
    assert bad_zone.status_code == 422 and bad_zone.json()["field"] == "zone"
    night = client.get("/api/ceasefires/night truce/report").json()
    assert night["span"] == ["2025-07-13T09:00Z", "2025-07-30T21:00Z"] and "cannot_be_judged" in night
    brief = client.get("/api/ceasefires/night truce/brief").json()
    assert brief["title"] == "night truce" and len(brief["verdicts"]) == 2 and brief["limits"]
    whatif = client.get("/api/ceasefires/drone truce/whatif", params={"since": "2025-07-01", "until": "2025-07-31"}).json()
    assert "RU:" in whatif["verdict"]
    ru = whatif["parties"]["RU"]
    assert sum(w["covered"] for w in ru["by_weapon"].values()) == ru["launched_covered"]


def test_clear_errors_and_limits(client, token):
    bad = client.get("/api/events", params={"since": "yesterday"})
    assert bad.status_code == 422 and bad.json()["problems"][0]["field"] == "query.since"
    assert client.get("/api/events", params={"cursor": "%%%"}).status_code == 422
    assert client.get("/api/events", params={"bbox": "1,2,3"}).status_code == 422
    huge = client.post("/api/analyze", content=b"x" * (21 * 1024 * 1024), headers={"Content-Type": "application/json"})
    assert huge.status_code == 413


def test_analyze_escapes_untrusted_text(client):
    page = client.post("/analyze", data={"text": "<script>alert('x')</script> Russia launched 12 drones at Sumy."})
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "&lt;script&gt;alert" in page.text


def test_private_mode_guards_reads(loaded, token):
    private = TestClient(create_app(loaded, private=True))
    assert private.get("/api/events").status_code == 401
    assert private.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200
