"""A long input is read a section at a time and gives the claims the whole would."""

from datetime import date

from skytruce import sections
from skytruce.extract import extract_claims
from skytruce.sections import each_claim

NIGHTS = [
    "Russia launched {n} Shahed drones at Ukraine overnight into February {n}, 2024, the Ukrainian air force said.\n"
    "Air defence shot down 11 of them over the Mykolaiv region.",
    "Russia's defence ministry said on March {n}, 2024 that air defences destroyed {n} Ukrainian drones over the "
    "Belgorod region overnight.",
    "Russia launched {n} Shahed drones and 3 Kalibr missiles at Ukraine overnight into July {n}, 2025, the air force "
    "said.\nThe Odesa regional administration said debris damaged the port.",
]


def nights(times: int) -> str:
    return "\n\n".join(night.format(n=12 + i) for i in range(times) for night in NIGHTS)


def test_sections_end_at_paragraph_breaks_and_cover_the_text():
    text = nights(4)
    cuts = list(sections.sections(text, 400))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in zip(cuts, cuts[1:]))
    assert all(end - start <= 400 for start, end in cuts)
    assert all(text[start:end].endswith("\n\n") for start, end in cuts[:-1])


def test_a_text_of_ordinary_length_is_read_whole():
    text = nights(2)
    assert [c.to_dict() for c in each_claim(text)] == [c.to_dict() for c in extract_claims(text)]


def test_a_long_text_is_read_section_by_section_against_the_whole_texts_date(monkeypatch):
    monkeypatch.setattr(sections, "SECTION_CHARS", 500)
    undated = "Russia launched 9 Shahed drones at Ukraine overnight, the Ukrainian air force said."
    text = nights(2) + "\n\n" + undated
    cuts = list(sections.sections(text, 500))
    assert len(cuts) == 3 and text[cuts[-1][0]:].strip() == undated
    found = list(each_claim(text))
    assert all(text[c.span[0]:c.span[1]] == c.sentence for c in found)
    expected = [(c.span[0] + start, c.span[1] + start) for start, end in cuts
                for c in extract_claims(text[start:end], date(2025, 7, 13))]
    assert [c.span for c in found] == expected
    last = next(c for c in found if c.sentence == undated)
    assert last.time.end.isoformat() == "2025-07-13"  # the latest date of the whole text, not of its own section
