"""Compliance and what-if on small sets of waves and incidents built for each case."""

from datetime import date

from skytruce.ceasefire import build, compliance, verdict, what_if

TRUCE = build({"name": "drone truce", "parties": ["RU", "UA"], "scope": ["drones"], "start": "2025-08-01",
               "end": "2025-08-10", "countries": ["UA", "RU"]})


def wave(eid, day, attacker="RU", grade="fair", weapons=(("Shahed-136/131", "drone", 50),), country=None, sources=(),
         low_precision=False):
    return {"id": eid, "level": "wave", "wave_id": None, "end": day, "attacker": attacker, "grade": grade,
            "target_country": country or ("UA" if attacker == "RU" else "RU"), "places": [], "lat": None, "lon": None,
            "low_precision": low_precision, "sources": [{"name": s, "party": p, "type": "military"} for s, p in sources],
            "totals": [{"model": m, "category": c, "launched": n, "destroyed": n // 2} for m, c, n in weapons]}


def incident(eid, of, grade="weak", place="Odesa", country="UA", weapons=((None, "drone", 3),), lat=46.48, lon=30.73):
    return wave(eid, of["end"], of["attacker"], grade, weapons, country) | {
        "level": "incident", "wave_id": of["id"], "place": place, "places": [place], "lat": lat, "lon": lon}


def test_window_edges_scope_grades_and_baseline():
    events = [
        wave("before", "2025-07-31"), wave("first", "2025-08-01"), wave("last", "2025-08-10"),
        wave("after", "2025-08-11"),
        wave("missiles only", "2025-08-03", weapons=(("Kalibr", "cruise_missile", 4),)),
        wave("weak", "2025-08-04", grade="weak"), wave("ua", "2025-08-05", attacker="UA",
                                                        sources=[("Russian Defence Ministry", "RU")]),
        wave("elsewhere", "2025-08-06", country="PL"),
    ]
    report = compliance(TRUCE, events, min_grade="fair")
    ru, ua = report.parties["RU"], report.parties["UA"]
    assert (ru.waves, ru.launched, ru.destroyed) == (2, 100, 50)
    assert (ru.first, ru.first_date) == ("first", date(2025, 8, 1))
    assert ua.waves == 1 and ua.first == "ua"
    assert report.baseline["RU"].waves == 1 and report.baseline_window == (date(2025, 7, 22), date(2025, 7, 31))
    assert report.below_threshold == 1 and report.out_of_scope == 2
    assert report.alleged == {"RU against UA": {"fair": 1}}
    assert report.daily["RU"] == {"2025-08-01": 1, "2025-08-10": 1}


def test_a_wave_counts_once_and_its_incidents_beside_it():
    night = wave("night", "2025-08-02", grade="weak", weapons=(("Shahed-136/131", "drone", 80),))
    struck = incident("odesa", night, grade="one-sided", weapons=(("Shahed-136/131", "drone", 6),))
    crash = incident("poland", night, grade="confirmed", place="Poland", country="PL", lat=52.1, lon=19.4)
    anywhere = build(TRUCE.to_dict() | {"countries": []}, "anywhere")
    ru = compliance(anywhere, [night, struck, crash], min_grade="weak").parties["RU"]
    assert (ru.waves, ru.incidents, ru.launched) == (1, 2, 80)  # the incidents' drones are inside the national 80
    assert ru.by_grade == {"weak": 1} and ru.incidents_by_grade == {"one-sided": 1, "confirmed": 1}
    assert compliance(TRUCE, [night, struck, crash]).parties["RU"].incidents == 1  # Poland is outside UA and RU


def test_a_wave_counts_when_a_strike_inside_it_reaches_the_grade():
    night = wave("night", "2025-08-02", grade="weak")
    report = compliance(TRUCE, [night, incident("kharkiv", night, grade="fair")], min_grade="fair")
    assert (report.parties["RU"].waves, report.parties["RU"].incidents) == (1, 1)
    assert compliance(TRUCE, [night], min_grade="fair").parties["RU"].waves == 0


def test_a_months_total_is_no_attack_episode():
    report = compliance(TRUCE, [wave("july", "2025-08-05", low_precision=True, weapons=(("Shahed-136/131", "drone", 6000),)),
                                wave("night", "2025-08-05")])
    assert (report.parties["RU"].waves, report.parties["RU"].launched) == (1, 50)


def test_a_regional_truce_counts_the_incidents_in_its_regions():
    truce = build({"name": "Odesa skies", "parties": ["RU"], "scope": ["drones"], "start": "2025-08-01",
                   "end": "2025-08-10", "regions": ["Odesa"]})
    night = wave("night", "2025-08-02", weapons=(("Shahed-136/131", "drone", 80),))
    report = compliance(truce, [night, incident("odesa", night, weapons=(("Shahed-136/131", "drone", 6),)),
                                incident("lviv", night, place="Lviv", weapons=(("Shahed-136/131", "drone", 9),))])
    assert (report.parties["RU"].waves, report.parties["RU"].incidents, report.parties["RU"].launched) == (1, 1, 6)


def test_open_ended_truce_runs_to_the_last_event():
    truce = build({"name": "open", "parties": ["RU"], "start": "2025-08-01"})
    report = compliance(truce, [wave("a", "2025-08-01"), wave("b", "2025-09-01")])
    assert report.window == (date(2025, 8, 1), date(2025, 9, 1)) and report.parties["RU"].waves == 2


def test_model_scope():
    truce = build({"name": "no kinzhals", "parties": ["RU"], "start": "2025-08-01", "scope": ["Kinzhal"]})
    report = compliance(truce, [wave("k", "2025-08-02", weapons=(("Kh-47M2 Kinzhal", "ballistic_missile", 2),)),
                                wave("s", "2025-08-02")])
    assert report.parties["RU"].waves == 1 and report.parties["RU"].weapons == {"Kh-47M2 Kinzhal": 2}


def test_what_if_a_drones_only_truce_leaves_missiles_untouched():
    events = [wave(f"r{i}", f"2025-07-{i + 1:02d}", weapons=(("Shahed-136/131", "drone", 70), ("Kalibr", "cruise_missile", 30)))
              for i in range(6)] + [wave(f"u{i}", f"2025-07-{i + 1:02d}", attacker="UA", weapons=((None, "drone", 30),))
                                    for i in range(6)]
    coverage = what_if(TRUCE, events, date(2025, 7, 1), date(2025, 7, 31))
    assert (coverage["RU"].launched, coverage["RU"].launched_covered) == (600, 420)
    assert coverage["UA"].share == 1.0
    text = verdict(TRUCE, coverage)
    assert "left untouched: Kalibr 180" in text and "6 of 6 attack waves would have been covered" in text
    assert "the proposal constrains UA more: it would have covered 100% of its aerial activity against 70% of RU's" in text


def test_a_one_sided_geography():
    truce = build({"name": "skies over Russia", "parties": ["RU", "UA"], "start": "2025-08-01", "countries": ["RU"]})
    events = [wave(f"r{i}", "2025-07-10") for i in range(5)] + [wave(f"u{i}", "2025-07-10", attacker="UA") for i in range(5)]
    coverage = what_if(truce, events, date(2025, 7, 1), date(2025, 7, 31))
    assert coverage["RU"].share == 0 and coverage["UA"].share == 1
    assert "constrains UA more" in verdict(truce, coverage)
