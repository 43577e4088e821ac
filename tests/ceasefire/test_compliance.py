"""Compliance and what-if on small sets of events built for each case."""

from datetime import date

from skytruce.ceasefire import build, compliance, verdict, what_if

TRUCE = build({"name": "drone truce", "parties": ["RU", "UA"], "scope": ["drones"], "start": "2025-08-01",
               "end": "2025-08-10", "countries": ["UA", "RU"]})


def event(eid, day, attacker="RU", grade="fair", weapons=(("Shahed-136/131", "drone", 50),), country=None, sources=()):
    return {"id": eid, "end": day, "attacker": attacker, "grade": grade,
            "target_country": country or ("UA" if attacker == "RU" else "RU"), "places": [], "lat": None, "lon": None,
            "sources": [{"name": s, "party": p, "type": "military"} for s, p in sources],
            "weapons": [{"model": m, "category": c, "launched": {"value": n}, "destroyed": {"value": n // 2}}
                        for m, c, n in weapons]}


def test_window_edges_scope_grades_and_baseline():
    events = [
        event("before", "2025-07-31"), event("first", "2025-08-01"), event("last", "2025-08-10"),
        event("after", "2025-08-11"),
        event("missiles only", "2025-08-03", weapons=(("Kalibr", "cruise_missile", 4),)),
        event("weak", "2025-08-04", grade="weak"), event("ua", "2025-08-05", attacker="UA",
                                                          sources=[("Russian Defence Ministry", "RU")]),
        event("elsewhere", "2025-08-06", country="PL"),
    ]
    report = compliance(TRUCE, events, min_grade="fair")
    ru, ua = report.parties["RU"], report.parties["UA"]
    assert (ru.events, ru.launched, ru.destroyed) == (2, 100, 50)
    assert (ru.first, ru.first_date) == ("first", date(2025, 8, 1))
    assert ua.events == 1 and ua.first == "ua"
    assert report.baseline["RU"].events == 1 and report.baseline_window == (date(2025, 7, 22), date(2025, 7, 31))
    assert report.below_threshold == 1 and report.out_of_scope == 2
    assert report.alleged == {"RU against UA": {"fair": 1}}
    assert report.daily["RU"] == {"2025-08-01": 1, "2025-08-10": 1}


def test_open_ended_truce_runs_to_the_last_event():
    truce = build({"name": "open", "parties": ["RU"], "start": "2025-08-01"})
    report = compliance(truce, [event("a", "2025-08-01"), event("b", "2025-09-01")])
    assert report.window == (date(2025, 8, 1), date(2025, 9, 1)) and report.parties["RU"].events == 2


def test_model_scope():
    truce = build({"name": "no kinzhals", "parties": ["RU"], "start": "2025-08-01", "scope": ["Kinzhal"]})
    report = compliance(truce, [event("k", "2025-08-02", weapons=(("Kh-47M2 Kinzhal", "ballistic_missile", 2),)),
                                event("s", "2025-08-02")])
    assert report.parties["RU"].events == 1 and report.parties["RU"].weapons == {"Kh-47M2 Kinzhal": 2}


def test_what_if_a_drones_only_truce_leaves_missiles_untouched():
    events = [event(f"r{i}", f"2025-07-{i + 1:02d}", weapons=(("Shahed-136/131", "drone", 70), ("Kalibr", "cruise_missile", 30)))
              for i in range(6)] + [event(f"u{i}", f"2025-07-{i + 1:02d}", attacker="UA", weapons=((None, "drone", 30),))
                                    for i in range(6)]
    coverage = what_if(TRUCE, events, date(2025, 7, 1), date(2025, 7, 31))
    assert (coverage["RU"].launched, coverage["RU"].launched_covered) == (600, 420)
    assert coverage["UA"].share == 1.0
    text = verdict(TRUCE, coverage)
    assert "left untouched: Kalibr 180" in text
    assert "the proposal constrains UA more: it would have covered 100% of its aerial activity against 70% of RU's" in text


def test_a_one_sided_geography():
    truce = build({"name": "skies over Russia", "parties": ["RU", "UA"], "start": "2025-08-01", "countries": ["RU"]})
    events = [event(f"r{i}", "2025-07-10") for i in range(5)] + [event(f"u{i}", "2025-07-10", attacker="UA") for i in range(5)]
    coverage = what_if(truce, events, date(2025, 7, 1), date(2025, 7, 31))
    assert coverage["RU"].share == 0 and coverage["UA"].share == 1
    assert "constrains UA more" in verdict(truce, coverage)
