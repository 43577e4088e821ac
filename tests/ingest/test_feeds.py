from datetime import date

import pytest

from skytruce.errors import InputError
from skytruce.ingest import read_one


def test_each_entry_is_a_document_with_its_link_and_date(samples):
    docs = read_one(str(samples / "air-force-updates.rss"))
    assert [d.location for d in docs] == [
        "https://bulletin.example/2024/08/17/morning",
        "https://bulletin.example/2024/08/20/morning",
        "https://bulletin.example/2024/08/23/odesa",
    ]
    assert docs[0].published == date(2024, 8, 17)
    assert docs[0].publisher == "Sample Air Defence Bulletin"
    assert docs[0].text.startswith("14 of 16 drones downed over central regions\n")
    assert "shot down 14 of 16 Shahed attack drones" in docs[0].text
    assert len({d.raw_sha256 for d in docs}) == 3


def test_atom_feeds_are_read(tmp_path):
    feed = tmp_path / "updates.atom"
    feed.write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sample Atom</title><id>urn:x</id><updated>2024-05-01T00:00:00Z</updated>
<entry><title>Drones downed near Sumy</title><id>urn:x:1</id><link href="https://atom.example/1"/>
<updated>2024-05-01T05:00:00Z</updated><summary>Four drones were shot down over the Sumy region.</summary></entry></feed>""")
    [doc] = read_one(str(feed))
    assert doc.location == "https://atom.example/1"
    assert doc.published == date(2024, 5, 1)
    assert "Four drones were shot down" in doc.text


def test_truncated_feed_names_the_line(fixtures):
    with pytest.raises(InputError) as caught:
        read_one(str(fixtures / "truncated.rss"))
    message = str(caught.value)
    assert message.startswith(str(fixtures / "truncated.rss") + ":")
    assert "malformed feed" in message
    assert caught.value.line is not None
