"""The tokenizer gives spaCy's tokens without spaCy at run time."""

from functools import lru_cache
from importlib import resources as pkg_resources
from pathlib import Path

import pytest
import spacy
from spacy.attrs import LIKE_NUM

from skytruce.extract.tokenizer import Tokenizer, like_num, rules_from_spacy
from skytruce.reference import gazetteer
from tests.conftest import SHARED

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@lru_cache(maxsize=None)
def both(lang: str) -> tuple:
    return spacy.blank(lang).tokenizer, Tokenizer(rules_from_spacy(lang))


def spacy_tokens(lang: str, text: str) -> list[tuple[int, str]]:
    return [(t.idx, t.text) for t in both(lang)[0](text)]


@pytest.mark.parametrize("text", [
    "The U.S.-made Patriot (PAC-3) downed two Kh-101s; officials didn't say more.",
    "Debris fell 3.5km away at 04:30, see https://example.org/report?id=7 or mail press@example.org.",
    "Drones: 54 launched, 41 shot down :3 and :)   then\n\n  a list -- \"quoted\" …",
    " leading space, a trailing one ",
    "Mr. Smith's team (e.g. the 110th brigade) said 1,200 km/h was 'fast'.",
])
def test_tokens_are_spacys_on_sentences_written_for_it(text):
    assert both("en")[1](text) == spacy_tokens("en", text)


def test_tokens_are_spacys_on_every_report_at_hand():
    """Our own sample reports and corpora, and the shared corpora where they are beside us."""
    folders = [BENCHMARKS / "style_corpus" / "articles", BENCHMARKS / "style_corpus_ukru" / "articles",
               Path(str(pkg_resources.files("skytruce") / "samples"))]
    folders += [p for p in (SHARED / "corpus").glob("*/articles")] if SHARED.exists() else []
    texts = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.iterdir()) if p.is_file()]
    assert len(texts) > 200
    for lang in ("en", "uk", "ru"):
        ours = both(lang)[1]
        assert [ours(t) for t in texts] == [spacy_tokens(lang, t) for t in texts]


def test_a_word_of_letters_only_is_never_split_by_the_rules():
    """Why the tokenizer takes such a chunk whole without searching its affixes."""
    words = {w for name in gazetteer().surface_forms for w in name.split() if w.isalpha()}
    assert len(words) > 1000
    for lang in ("en", "uk", "ru"):
        rules = both(lang)[1]
        assert [w for w in words if w not in rules._specials and rules._split(w, rules._specials) != [w]] == []


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_number_like_words_are_told_as_spacy_tells_them(lang):
    own = spacy.blank(lang).vocab.lex_attr_getters[LIKE_NUM]
    words = ["12", "1,5", "3/4", "²", "3rd", "twenty", "seventh", "п'ять", "двадцять", "пять", "двадцать",
             "тыс.", "тис", "Харків", "Белгород", "шахедів", "xii", "v", "drones", "1/2/3"]
    number_words = both(lang)[1].rules.number_words
    told = {w: own(w) for w in words}
    if lang != "en":  # spaCy's Ukrainian and Russian know no '3rd'
        told["3rd"] = True
    assert {w: like_num(w, number_words) for w in words} == told


def test_a_signed_figure_is_a_number_in_every_language():
    """spaCy's Ukrainian LIKE_NUM alone keeps the sign; one definition serves all three."""
    assert all(like_num(w, both(lang)[1].rules.number_words) for lang in ("en", "uk", "ru") for w in ("+7", "~3"))
