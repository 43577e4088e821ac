"""The phrase matcher finds every phrase wherever it stands, nested and overlapping ones too."""

from skytruce.extract.phrases import PhraseMatcher


def test_every_phrase_is_found_with_its_labels_by_start_then_end():
    matcher = PhraseMatcher()
    matcher.add(0, [("air", "force"), ("air",)])
    matcher.add(1, [("force",), ("air", "force")])
    words = "the air force said the air".split()
    assert matcher(words) == [(0, 1, 2), (0, 1, 3), (1, 1, 3), (1, 2, 3), (0, 5, 6)]


def test_a_phrase_cut_off_by_the_end_of_the_words_is_not_found():
    matcher = PhraseMatcher()
    matcher.add(7, [("shot", "down")])
    assert matcher(["drones", "were", "shot"]) == []
    assert matcher(["shot", "down", "shot", "down"]) == [(7, 0, 2), (7, 2, 4)]
