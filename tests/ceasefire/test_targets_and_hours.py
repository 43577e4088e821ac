"""Target scope (AND and OR with weapons and places), hour windows in a time zone, and
geography by regions and by a band along the line of contact, on waves written for each case."""

from skytruce.ceasefire import build, compliance

DAY = "2025-03-20"


def wave(eid, weapons=(("Shahed-136/131", "drone", 40),), targets=(), start_at=None, end_at=None, end=DAY,
         attacker="RU", country="UA", grade="weak"):
    return {"id": eid, "level": "wave", "wave_id": None, "end": end, "attacker": attacker, "grade": grade,
            "target_country": country, "places": [], "locations": [], "lat": None, "lon": None, "low_precision": False,
            "precision": "hour" if start_at else "day", "start_at": start_at, "end_at": end_at, "targets": list(targets),
            "sources": [{"name": "Ukrainian Air Force", "party": "UA", "type": "military"}],
            "totals": [{"model": m, "category": c, "launched": n, "destroyed": 0} for m, c, n in weapons]}


def incident(eid, of, place, lat, lon, region=None, weapons=((None, "drone", 3),)):
    return wave(eid, weapons, end=of["end"]) | {
        "level": "incident", "wave_id": of["id"], "place": place, "places": [p for p in (place, region) if p],
        "lat": lat, "lon": lon, "locations": [{"name": place, "country": "UA", "lat": lat, "lon": lon, "precision": "city"}]}


def truce(**extra):
    return build({"name": "t", "parties": ["RU", "UA"], "start": "2025-03-18", "end": "2025-04-16"} | extra)


MISSILES = (("Kalibr", "cruise_missile", 6),)


def test_targets_and_weapons_combine_by_and():
    both = truce(scope=["drones"], targets=["energy_infrastructure"])
    events = [wave("grid", targets=["energy"]), wave("flats", targets=["residential"]), wave("unknown"),
              wave("refinery by missile", MISSILES, targets=["oil"])]
    report = compliance(both, events)
    assert (report.parties["RU"].waves, report.parties["RU"].launched) == (1, 40)
    assert [u["id"] for u in report.unjudged] == ["unknown"] and report.parties["RU"].unjudged == 1
    assert report.out_of_scope == 2


def test_targets_or_weapons_any_condition():
    either = truce(scope=["drones"], targets=["energy_infrastructure"], combine="or")
    events = [wave("refinery by missile", MISSILES, targets=["oil"]), wave("drones on flats", targets=["residential"]),
              wave("missiles on flats", MISSILES, targets=["residential"]), wave("missiles, target unknown", MISSILES)]
    report = compliance(either, events)
    assert report.parties["RU"].waves == 2 and report.parties["RU"].weapons == {"Kalibr": 6, "Shahed-136/131": 40}
    assert [u["id"] for u in report.unjudged] == ["missiles, target unknown"]


def test_a_truce_on_targets_alone_covers_any_weapon():
    energy = truce(targets=["energy"])
    assert energy.restricts_weapons() is False
    report = compliance(energy, [wave("refinery by missile", MISSILES, targets=["energy"])])
    assert report.parties["RU"].launched == 6


def test_an_hour_window_in_moscow_time_judges_each_event_on_its_own_precision():
    easter = build({"name": "easter", "parties": ["RU", "UA"], "start": "2025-04-19 18:00", "end": "2025-04-21 00:00",
                    "zone": "Europe/Moscow"})
    assert easter.span() == ("2025-04-19T15:00Z", "2025-04-20T21:00Z")
    events = [
        wave("night before", start_at="2025-04-18T18:00Z", end_at="2025-04-19T06:00Z", end="2025-04-19"),
        wave("inside", start_at="2025-04-19T20:00Z", end_at="2025-04-20T02:00Z", end="2025-04-20"),
        wave("after", start_at="2025-04-20T23:00Z", end_at="2025-04-21T06:00Z", end="2025-04-21"),
        wave("across the start", start_at="2025-04-19T14:00Z", end_at="2025-04-19T16:00Z", end="2025-04-19"),
        wave("a whole day, 21 April", end="2025-04-21"),  # 00:00-24:00 Moscow time: after
        wave("a whole day, 20 April", end="2025-04-20"),  # inside
        wave("a whole day, 19 April", end="2025-04-19"),  # across the start at 18:00
    ]
    report = compliance(easter, events)
    assert [c["id"] for c in report.counted] == ["inside", "a whole day, 20 April"]
    assert [s["id"] for s in report.straddling] == ["a whole day, 19 April", "across the start"]
    assert report.parties["RU"].first_at == "2025-04-19T20:00Z"
    assert report.hourly["RU"] == {"2025-04-19T23": 40}  # local hours, of the waves whose sources give hours
    assert report.baseline["RU"].waves == 1  # the night before lies in the 30 hours before the start


def test_regions_take_in_the_towns_inside_them():
    kharkiv = truce(regions=["Kharkiv Oblast"])
    night = wave("night")
    town = incident("Kharkiv city", night, "Kharkiv", 49.99, 36.23)
    elsewhere = incident("Odesa city", night, "Odesa", 46.48, 30.73)
    report = compliance(kharkiv, [night, town, elsewhere])
    assert (report.parties["RU"].waves, report.parties["RU"].incidents, report.parties["RU"].launched) == (1, 1, 3)


def test_a_band_along_the_line_of_contact():
    front = truce(band={"line": "line of contact", "km": 30})
    assert front.area["type"] == "Polygon" and front.band == {"line": "line of contact", "km": 30.0}
    night = wave("night")
    near = incident("Kramatorsk", night, "Kramatorsk", 48.72, 37.56)
    far = incident("Kharkiv", night, "Kharkiv", 49.99, 36.23)
    report = compliance(front, [night, near, far])
    assert report.parties["RU"].incidents == 1 and report.parties["RU"].launched == 3
