from datetime import date

import pytest

from skytruce.errors import InputError
from skytruce.ingest import read_one
from skytruce.ingest.text import read_text


def test_trailing_web_boilerplate_is_trimmed(samples):
    [doc] = read_one(str(samples / "odesa-night-drones.txt"))
    assert doc.text.endswith("two people were injured.")
    assert "Scroll to Top" not in doc.text and "Leave a Comment" not in doc.text
    assert doc.title == "Air defence downs most of the drones sent at Odesa overnight"
    assert doc.published == date(2024, 2, 8)


def test_markdown_title_comes_from_the_heading(samples):
    [doc] = read_one(str(samples / "belgorod-report.md"))
    assert doc.kind == "markdown"
    assert doc.title == "Belgorod governor reports drones downed near the border"


def test_hashes_identify_raw_bytes_and_text():
    a = read_text(b"Drones were shot down over Sumy.\n", "a.txt")
    b = read_text(b"Drones were shot down over Sumy.\nScroll to Top\n", "b.txt")
    assert a.text == b.text and a.text_sha256 == b.text_sha256
    assert a.raw_sha256 != b.raw_sha256


def test_empty_file_is_refused(fixtures):
    with pytest.raises(InputError, match="empty file"):
        read_one(str(fixtures / "empty.txt"))


def test_binary_file_is_refused(fixtures):
    with pytest.raises(InputError, match="binary file"):
        read_one(str(fixtures / "image.txt"))


def test_unknown_suffix_is_refused(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK")
    with pytest.raises(InputError, match="unsupported file type"):
        read_one(str(path))


FRONT = b"""---
url: https://example.org/odesa-night
published: 2024-02-08
title: Drones over Odesa
source: Example Wire
tags: [odesa, drones]
---
Overnight, Russia launched 17 Shahed drones at the south; 11 were shot down, the air force said.
"""


def test_front_matter_says_when_and_where_a_saved_report_appeared():
    doc = read_text(FRONT, "saved/odesa.txt")
    assert (doc.location, doc.published, doc.title, doc.publisher) == (
        "https://example.org/odesa-night", date(2024, 2, 8), "Drones over Odesa", "Example Wire")
    assert doc.text.startswith("Overnight, Russia launched") and "---" not in doc.text


@pytest.mark.parametrize("front,where", [
    (b"---\npublished: 8 Feb 2024\n---\nText.\n", "saved.md:2: published: '8 Feb 2024' is not a YYYY-MM-DD date"),
    (b"---\ntitle: x\nurl: ftp://example.org/x\n---\nText.\n", "saved.md:3: url: 'ftp://example.org/x' is not an http(s) URL"),
    (b"---\ntitle: [unclosed\n---\nText.\n", "saved.md:3: front matter: not valid YAML"),
    (b"---\npublished: 2024-02-30\n---\nText.\n", "saved.md:2: front matter: not valid YAML (day is out of range"),
    (b"---\ntitle: only a title\n---\n", "saved.md: no report text after the front matter"),
])
def test_bad_front_matter_names_the_line_and_field(front, where):
    with pytest.raises(InputError) as caught:
        read_text(front, "saved.md", markdown=True)
    assert str(caught.value).startswith(where)


def test_a_rule_line_further_down_is_not_front_matter():
    doc = read_text(b"Drones hit Sumy.\n---\ntitle: not front matter\n---\n", "notes.txt")
    assert doc.title == "Drones hit Sumy." and "title: not front matter" in doc.text
