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
