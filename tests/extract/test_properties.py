"""Extraction never raises, whatever the text, and every span points inside it."""

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from skytruce.extract import extract_claims

WORDS = st.sampled_from([
    "Russia", "launched", "17", "Shahed", "drones", "shot", "down", "11", "of", "them", "over", "the", "Odesa",
    "region", "overnight", "into", "February", "8,", "2024", "“", "”", '"', "said", "air", "force", "all", "both",
    "missiles", "Kinzhal", ".", ",", "\n", "at", "least", "killed", "people", "denied", "no", "video", "(", ")",
])


def check(text: str, published: date | None = None) -> None:
    for claim in extract_claims(text, published):
        start, end = claim.span
        assert 0 <= start <= end <= len(text)
        assert claim.sentence == text[start:end]
        claim.to_dict()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
@example("):")  # a line that ends in a colon and holds no word
def test_arbitrary_unicode(text):
    check(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=80).map(" ".join), st.one_of(st.none(), st.dates()))
def test_report_like_word_salad(text, published):
    check(text, published)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=2000))
def test_binary_looking_text(data):
    check(data.decode("latin-1"))


def test_empty_and_blank():
    assert extract_claims("") == [] and extract_claims("  \n\t ") == []


def test_unbalanced_quotes():
    check('“The enemy launched 25 drones, the air force said. "Eleven were shot down')


def test_a_hundred_thousand_words():
    sentence = "Russia launched 17 Shahed drones overnight and air defences shot down 11 of them over Odesa. "
    text = sentence * (100_000 // len(sentence.split()))
    check(text, date(2024, 2, 8))
