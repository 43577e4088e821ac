"""Small helpers so extraction tests read like the sentences they check."""

from datetime import date

from skytruce.extract import extract_claims

PUBLISHED = date(2024, 8, 17)  # a Saturday


def claims_of(text: str, published: date | None = PUBLISHED, lang: str | None = None):
    return extract_claims(text, published, lang)


def weapons_of(text: str, published: date | None = PUBLISHED, lang: str | None = None) -> list[tuple]:
    """(model or category, launched, destroyed, qualifier) of every weapon extracted."""
    return [(w.model or w.category, w.launched, w.destroyed, w.qualifier)
            for c in claims_of(text, published, lang) for w in c.weapons]


def voices_of(text: str, published: date | None = PUBLISHED) -> dict[str, str]:
    """The voice of each weapon with a launched count, by model or category."""
    return {w.model or w.category: c.claimant.name for c in claims_of(text, published) for w in c.weapons if w.launched}


def only_claim(text: str, published: date | None = PUBLISHED):
    claims = claims_of(text, published)
    assert len(claims) == 1, [c.to_dict() for c in claims]
    return claims[0]
