"""What live views poll: the events changed since a point in their history, with an ETag
that turns an unchanged answer into a 304; and the alerts the watcher sent."""


def test_changes_since_a_point_and_304_while_nothing_changed(client, loaded, samples, tmp_path):
    first = client.get("/api/changes", params={"after": 0})
    assert first.status_code == 200
    body, tag = first.json(), first.headers["etag"]
    assert body["changes"] and body["last"] == body["changes"][-1]["id"]
    assert all(c["event"] is None or c["event"]["id"] == c["event_id"] for c in body["changes"])
    quiet = client.get("/api/changes", params={"after": body["last"]}, headers={"If-None-Match": tag})
    assert quiet.status_code == 304
    report = tmp_path / "later.txt"
    report.write_text("Ukraine's air force said Russia launched 33 Shahed drones at Chernihiv overnight on 9 March 2025.\n")
    from skytruce.app import Skytruce
    Skytruce(loaded).ingest([str(report)])
    news = client.get("/api/changes", params={"after": body["last"]}, headers={"If-None-Match": tag})
    assert news.status_code == 200 and news.headers["etag"] != tag
    assert any(c["event"] and c["event"]["end"] == "2025-03-09" and c["previous_grade"] is None
               for c in news.json()["changes"])


def test_alerts_are_listed(client):
    assert client.get("/api/alerts").json() == []
    assert client.get("/api/alerts", params={"status": "sent"}).status_code == 422
    page = client.get("/alerts")
    assert page.status_code == 200 and "No alerts yet" in page.text
