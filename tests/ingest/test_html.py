from datetime import date

import pytest

from skytruce.errors import InputError
from skytruce.ingest import read_one


def test_main_text_and_metadata(samples):
    [doc] = read_one(str(samples / "kyiv-missile-raid.html"))
    assert doc.kind == "html"
    assert doc.title == "Kyiv hit by combined missile and drone raid"
    assert doc.publisher == "The Sample Gazette"
    assert doc.author == "Sample Desk"
    assert doc.published == date(2024, 8, 26)
    assert "Russia launched 127 missiles and 109 drones" in doc.text


def test_boilerplate_is_left_behind(samples):
    [doc] = read_one(str(samples / "kyiv-missile-raid.html"))
    for junk in ("Leave a Reply", "Scroll to Top", "Subscribe", "Post Comment", "All rights reserved"):
        assert junk not in doc.text


def test_broken_html_gives_a_clear_error(fixtures):
    with pytest.raises(InputError) as caught:
        read_one(str(fixtures / "broken.html"))
    assert "broken.html" in str(caught.value)
    assert "no article text" in str(caught.value)
