"""Coreference of speakers: every sentence whose speaker is only referred to takes the
person or body referred to.

- a pronoun ("he said") or "the statement" takes whoever spoke last;
- a surname ("Nikitin said") takes the person named in full elsewhere in the report;
- a definite description ("the ministry said", "the governor wrote") takes the latest
  person or body whose name, aliases or title fit it, else the one named within the next
  few sentences, else the body the story implies (a ministry that reports downing
  Ukrainian drones is Russia's defence ministry: `default_speakers` in the lexicon);
- a whole side ("Kyiv said", "the Ukrainian military said") takes the most specific body
  of that side the report names as a speaker, else stays as the text names it;
- every sentence inside a quotation that runs over several sentences takes the speaker
  its opening or closing sentence names;
- a sentence that says its speaker told what came before ("This was reported by the
  governor", "Об этом сообщил губернатор") gives that speaker to the sentences before it
  that name none of their own;
- "its spokesman, X" speaks for the body named last ("Its" never being X's own);
- the answers of a question-and-answer interview are the words of the person its
  introduction names; in an official's post ("Name | Title" at the top) the sentences in
  which air defence merely acts ("силами ПВО уничтожены ...") are the official's;
- a new figure told with no speaker in the paragraph of a speaker's sentence is that
  speaker's ("..., it said. In addition, Russia launched 38 drones"); failing that, the
  report's note on its figures' source or its one "Source:" line gives the voice.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache, lru_cache
from itertools import islice, takewhile

from rapidfuzz import fuzz

from skytruce.extract.attacks import WARRING, compatible, local_voice, same_voice
from skytruce.extract.document import POST_STAMP, Document, Mention, Sentence
from skytruce.extract.figures import list_item
from skytruce.extract.parties import FORCE_NOUNS
from skytruce.extract.resources import WEAPON
from skytruce.extract.speakers import (
    NOT_NAME_WORDS,
    POSSESSIVE_MARKS,
    QUESTION_TURN,
    is_person,
    label_speaker,
    statement_noun,
)
from skytruce.extract.tables import rule_line
from skytruce.model import Claimant
from skytruce.reference import source_registry
from skytruce.reference.gazetteer import gazetteer
from skytruce.reference.sources import Source

LOOK_AHEAD = 4  # sentences to look ahead for a title named later ("the governor ... Governor X")
QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")


def coreference(doc: Document) -> None:
    """Pipeline component: the `claimant` of every sentence whose speaker was referred to."""
    sentences = doc.sentences
    quoted_after = _quotations(doc)
    author = _post_author(doc)
    last: Claimant | None = None
    teller = author
    for i, s in enumerate(sentences):
        if author is None and i == HEADLINE_REACH:  # the headline read: a governor's story is in his words
            headline = _headline_source(sentences)
            teller = headline if local_voice(headline) else None
        if s.claimant is None and s.speaker is not None and teller is not None and _defence_acting(doc, s) \
                and not _paragraph_names_another(doc, i, teller):
            s.claimant = teller  # "Ночью силами ПВО уничтожены девять беспилотников" in a governor's post (or his story)
        elif s.claimant is None and _defence_acting(doc, s) and local_voice(last) \
                and _named_just_before(sentences, i, last) and not _beyond_local(last, s):
            s.claimant = last  # "Лысак сообщил ... До этого силы ПВО уничтожили над областью 14 беспилотников"
        elif s.claimant is None and s.speaker is not None:
            s.claimant = _resolve(doc, i, s.speaker, last)
        elif s.claimant is not None and _titled_by_its(doc, s.speaker):
            body = _latest_named(sentences, i, s.speaker.token, _is_body) or last
            s.claimant = _speaking_for(s.claimant, body) if body else s.claimant
        if s.claimant is not None:
            last = s.claimant
    for i, s in enumerate(sentences):  # again once every body is known: "Ukraine's military said ...
        if s.speaker is not None and s.speaker.kind == "generic":  # The air force, which published the figures"
            s.claimant = _resolve(doc, i, s.speaker, None) or s.claimant
    for said, inside in quoted_after:
        for g in inside:
            g.speaker, g.claimant = said.speaker, said.claimant
    _labelled_posts(doc)
    _listed(doc)
    _post_headings(doc)
    _turns(doc)
    _interview(doc)
    _between_one_voice(sentences)
    _told_before(doc)
    _told_after(doc)
    _officials_named(doc)
    posted = author is not None
    author = author or _headline_source(sentences)
    voice = None if author else _sole_voice(sentences)
    noted = cache(lambda: _noted_source(doc))  # read from the text only when a sentence needs it
    last = paragraph_voice = introduced = None
    beyond = False  # the paragraph told a count in no one's words (the rest of it goes on with that count)
    told: set[int] = set()  # the figures told so far
    for s in sentences:
        if doc.opens_line(s):
            paragraph_voice, beyond = None, False
        if posted and POST_STAMP.match(s.text):
            last = None  # a channel's next post: in its author's voice again, whoever they quoted before
        values = {v for f in s.figures for v in (f.launched, f.destroyed) if v is not None}
        if s.claimant is None and s.speaker is None:
            if introduced is not None and (s.figures or s.named):
                s.claimant = introduced  # "Serhiy Lysak, Head of the Regional Military Administration, informs:"
            elif paragraph_voice is not None and (values and not values <= told or s.named and not values
                                                 and paragraph_voice.party not in s.parties):
                s.claimant = paragraph_voice  # "..., it said. In addition, Russia launched 38 drones" (not a figure told
                # before); "..., повідомив Філашкін. По Костянтинівці окупанти вдарили КАБами": the weapons his too
                # (not "Russia attacked Ukraine with Shaheds" after a Russian governor: his side's, not his account)
            elif (s.figures or s.named) and noted() is not None:
                s.claimant = noted()  # "Figures in this tracker come from the air force unless stated otherwise"
            elif author is not None and (last is None or last.name == author.name) \
                    and (posted or not (beyond or _beyond_local(author, s))):
                s.claimant = author  # a post in its author's voice, a story in its headline's source's
            elif voice is not None and last is not None and last.name == voice.name \
                    and not (beyond or _beyond_local(voice, s)):
                s.claimant = voice  # once the one official quoted has spoken, the story goes on in their words
            beyond |= s.claimant is None and bool(s.figures)  # ('In all, Russia sent 96 drones ... Air defence
            # units brought down 71 of them': not the governor's)
        if s.speaker is not None:  # (the paragraphs after a line that ends in a colon, or that says whose summary
            introduced = s.claimant if s.text.rstrip().endswith(":") or _introduces_summary(doc, s) else None
            # follows, are its speaker's until another speaks)
        last = s.claimant or last
        paragraph_voice = s.claimant or paragraph_voice
        told |= values
    _forwarded(doc)
    _defence_goes_on(doc)


def _defence_goes_on(doc: Document) -> None:
    """The air defence's count right after a count no one is said to tell, in the same paragraph
    and with no one said to tell it either, is no one's too ('Загалом росіяни запустили по Україні
    96 дронів. Силам ППО вдалося збити 71 безпілотник.')."""
    sentences = doc.sentences
    for before, s in zip(sentences, sentences[1:]):
        if s.figures and before.figures and before.claimant is None and not doc.opens_line(s) \
                and _defence_acting(doc, s) and all(p.precision == "country" for p in s.places if p.role == "target"):
            s.claimant = None


def _forwarded(doc: Document) -> None:
    """A post a channel forwards ('↪️ Переслано из: Минобороны России', 'Forwarded from ...')
    is in the voice of the one it was forwarded from, not the channel's owner, up to a line
    with no words (a separator, the post's view count) or a speaker named in it."""
    labels = tuple(doc.res.words["forwarded_from"])
    sentences = doc.sentences
    for i, s in enumerate(sentences):
        if not s.text.lstrip(" ↪️➡️>[").lower().startswith(labels):
            continue
        voice = next((m.claimant for m in s.mentions if m.kind == "named" and m.claimant), None) or s.claimant
        for after in sentences[i + 1:] if voice is not None else ():
            words = [t for t in doc.tokens[after.first:after.last] if t.is_alpha]
            if not words or after.speaker is not None and after.speaker.kind == "named":
                break
            after.claimant = voice


def _introduces_summary(doc: Document, s: Sentence) -> bool:
    """'Зведення оприлюднила обласна військова адміністрація, наводимо його повністю', 'The
    summary was released by the regional administration': a sentence that opens with the
    summary it credits and tells nothing itself, so what follows is that summary."""
    if s.hits is None or not _tells_nothing(s) or not s.text.rstrip().endswith("."):
        return False  # (nor a heading: 'Night report')
    return any(statement_noun(doc.res, doc.tokens[k].text) for k in range(s.first, min(s.last, s.first + SUMMARY_OPENS)))


SUMMARY_OPENS = 2  # tokens from a sentence's start to the summary it credits ('The summary was ...')
OWNING_PRONOUNS = {"its", "their"}


def _titled_by_its(doc: Document, speaker: Mention | None) -> bool:
    """'Its spokesman, Jacek Nowak, said': a named person whose title a possessive pronoun opens."""
    return speaker is not None and speaker.kind == "named" and speaker.token > 0 \
        and doc.tokens[speaker.token - 1].lower_ in OWNING_PRONOUNS


def _persons_surname(surname: str, claimant: Claimant) -> bool:
    """The surname is a person's, in their name or its spellings in other scripts, not the last
    word of a body's name (a body the registry lists without one it works for, or a body a
    person speaks for)."""
    source = source_registry().lookup(claimant.name)
    if source is not None and source.affiliation is None or source is None and _is_body(claimant):
        return False
    return _ends_in(surname, [claimant.name, *(a for a in claimant.aliases if not a.isascii())])  # (not the body's)


def _is_body(claimant: Claimant) -> bool:
    """An institution, not a person: its name has a word no personal name has ('command',
    'ministry', 'forces')."""
    return bool(set(claimant.name.lower().split()) & NOT_NAME_WORDS)


def _speaking_for(person: Claimant, body: Claimant) -> Claimant:
    """The person speaks for the body named last: its name among the person's aliases, its
    party theirs where the text gave none."""
    if body.name == person.name or body.name in person.aliases:
        return person
    return Claimant(person.name, person.party or body.party, person.type, person.reporter,
                    aliases=[*person.aliases, body.name])


SANDWICH = 4  # unattributed sentences in a row that one speaker's sentences before and after still hold


def _between_one_voice(sentences: list[Sentence]) -> None:
    """An unattributed sentence between two sentences of one voice is that voice's ('..., the
    air force said. The enemy also used three Kh-59 missiles. Only one of them was shot down,
    the air force reported'; the force, then its commander)."""
    for i in range(1, len(sentences) - 1):
        before = sentences[i - 1].claimant
        run = list(takewhile(lambda s: s.claimant is None and s.speaker is None, sentences[i:i + SANDWICH + 1]))
        after = sentences[i + len(run)].claimant if run and i + len(run) < len(sentences) else None
        if before is not None and after is not None and len(run) <= SANDWICH and same_voice(before, after):
            for s in run:
                s.claimant = before


def _listed(doc: Document) -> None:
    """The items of a list a line, a heading or a table's header introduces ('Details by
    communities:') speak in the voice of that line or the sentence before it, until an item
    names a speaker of its own or a paragraph that is no item begins; a speaker quoted inside
    a marked item (a bullet's later sentence, a table row's note) speaks for that item alone."""
    sentences = doc.sentences
    for i, s in enumerate(sentences):
        if not s.text.rstrip().endswith(":") and not _place_items_follow(doc, i) and not _source_heading(doc, i) \
                and not _table_header(doc, i):
            continue
        voice = s.claimant or _paragraph_voice(doc, i)
        marked = quoting = False  # in an item with a mark ('•', a table's '|'); in one that quotes someone of its own
        for n, item in enumerate(sentences[i + 1:] if voice else ()):
            opens = doc.opens_line(item)
            if opens:
                marked, quoting = list_item(item.text) or item.text.startswith("|"), False
            if marked and item.speaker is not None and (not opens or item.text.startswith("|")):
                quoting = True  # "• Night to Thursday: ... Shot down: 288. The mayor said ...", a table row's note
            if quoting:  # naming who reported a toll: that item's own, and the next item goes on
                continue
            if item.speaker is not None or (_opens_paragraph(doc, item) and ":" not in item.text[:40]
                                            and not list_item(item.text) and not _place_item(doc, item)
                                            and not (n == 0 and item.text.isupper())):
                break  # (a heading in capitals may open the list: "AIR ATTACK MEANS DETECTED — 287")
            item.claimant = item.claimant or voice


CLOCK_HEADING = re.compile(r"\W*\d{1,2}[:.]\d\d\s")  # a live page's post: "08:45 Повітряні сили: підсумки ночі"


def _post_headings(doc: Document) -> None:
    """A live page's post whose heading names its source before a colon ('08:45 Air Force:
    the night's tally') speaks in that source's voice, up to the next post, wherever a
    sentence of it names no speaker of its own."""
    voice = None
    for s in doc.sentences:
        if doc.opens_line(s) and CLOCK_HEADING.match(s.text):
            labelled = s.speaker is not None and label_speaker(doc.tokens, s.mentions, s) is s.speaker
            voice = s.claimant if labelled and not s.figures else None
        elif voice is not None and s.claimant is None and s.speaker is None:
            s.claimant = voice


POST_LABEL_WORDS = 16  # words of a line that only names who posted what follows, and where and when


def _labelled_posts(doc: Document) -> None:
    """A line that only names who posted what follows, maybe with where and when ('Ihor
    Terekhov, mayor of Kharkiv (Telegram, 02:14)', 'Ukrainian Air Force (Telegram, 08:10)'),
    over a quotation: what it quotes is in their voice, but for someone the post itself cites."""
    sentences = doc.sentences
    voice, depth = None, 0
    for i, s in enumerate(sentences):
        if doc.opens_line(s) and i + 1 < len(sentences) and _post_label(doc, s, sentences[i + 1]):
            label = s.mentions[0]
            voice, depth = (label, label.claimant or _resolve(doc, i, label, None)), 0
            continue
        if voice is None or doc.opens_line(s) and depth == 0 and s.text.lstrip()[:1] not in QUOTE_MARKS:
            voice = None  # (the post's quotation closed, and a paragraph of the report's own begins)
            continue
        if s.speaker is None or not s.first <= s.speaker.token < s.last:
            s.speaker, s.claimant = voice
        depth = (depth + sum(s.text.count(q) for q in QUOTE_MARKS)) % 2


def _post_label(doc: Document, s: Sentence, after: Sentence) -> bool:
    """A short line that opens with whom it names and tells nothing else, over a paragraph in quotes."""
    first = s.mentions[0] if s.mentions else None
    return first is not None and first.token == s.first and first.kind in ("named", "anaphor") and not s.figures \
        and len(s.text.split()) <= POST_LABEL_WORDS and not s.hits.spans("ATTRIBUTION_VERBS") \
        and not s.text.rstrip().endswith((".", "!", "?", ":")) \
        and doc.opens_line(after) and after.text.lstrip()[:1] in QUOTE_MARKS


def _table_header(doc: Document, i: int) -> bool:
    """The header of a table ('| Night ending | Drones launched | ... |' over '|---|---|'): its
    rows speak in the voice that introduced the table."""
    sentences = doc.sentences
    return sentences[i].text.startswith("|") and i + 1 < len(sentences) \
        and rule_line(sentences[i + 1])


HEADING_WORDS = 8  # words of a heading over a list ('Night by night (Air Force figures)')


def _source_heading(doc: Document, i: int) -> bool:
    """A heading that names its figures' source over a list of them ('Night by night (Air
    Force figures)' over '• Night to Monday: 324 drones ...'): a line of its own, with no
    figure and no full stop, before a list item."""
    sentences = doc.sentences
    s, end = sentences[i], sentences[i].text.rstrip()[-1:]
    return (s.claimant is not None and not s.figures and i + 1 < len(sentences) and (end.isalnum() or end == ")")
            and len(s.text.split()) <= HEADING_WORDS and _opens_paragraph(doc, s)
            and doc.opens_line(sentences[i + 1]) and list_item(sentences[i + 1].text))


PLACE_LABEL = re.compile(r"[^\W\d][^:.!?]{1,40}(?::\s|\.$)")  # "Bilopillia hromada: an FPV drone hit ...",
# "Khotin community." over what was hit there


def _place_items_follow(doc: Document, i: int) -> bool:
    """The paragraphs after sentence i are items, each opening with a place as its label
    ('Khotin hromada: ...', 'Krasnopillia community.'), and quote no one of their own: the
    sentence introduces them though it ends in a full stop ('Below is the administration's
    list of the attacked communities.')."""
    sentences = doc.sentences
    if i + 1 >= len(sentences) or not _opens_paragraph(doc, sentences[i + 1]):
        return False  # (the usual case, decided without reading the rest of the report)
    items = list(islice((s for s in (sentences[j] for j in range(i + 1, len(sentences)))
                         if _opens_paragraph(doc, s)), 3))
    return len(items) >= 2 and all(_place_item(doc, s) for s in items[:2]) and not any(
        s.speaker is not None for s in sentences[i + 1:items[2].index if len(items) > 2 else len(sentences)])


def _place_item(doc: Document, s: Sentence) -> bool:
    """A line that opens with a place as its label ('Khotin hromada: ...', 'Khotin community.')."""
    label = PLACE_LABEL.match(s.text.strip())
    return bool(label and s.place_tokens and doc.tokens[s.place_tokens[0]].idx - s.start < label.end())


TURN = re.compile(r"(?P<name>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,})?):\s")  # "PAWLAK: At 4:12 our radar ..."
NAMED_TURN = re.compile(r"(?P<name>[^\W\d_][^\W\d_'’-]{2,}):\s")  # "Marchuk: We destroyed both." (if the report named a Marchuk)


def _turns(doc: Document) -> None:
    """A transcript's turns: a paragraph that opens with a speaker's name in capitals and a
    colon, and the paragraphs after it up to the next turn or question, are in the voice of
    the person of that name the report introduced."""
    voice = None
    for i, s in enumerate(doc.sentences):
        opens = _opens_paragraph(doc, s) or i == 0
        turn = TURN.match(s.text) if opens else None
        named = NAMED_TURN.match(s.text) if opens and not turn and s.text[:1].isupper() else None
        person = _latest_named(doc.sentences, i, s.first, lambda c: _persons_surname(named["name"], c),
                               anywhere=True) if named else None  # ("Плетенчук: ..."; not a headline's "Intelligence:")
        if turn:
            surname = turn["name"].split()[-1].title()
            voice = _latest_named(doc.sentences, i, s.first, lambda c: _same_surname(surname, c), anywhere=True)
        elif person is not None:
            voice = person
        elif opens and (voice is None or QUESTION_TURN.match(s.text) or named
                        or s.speaker is not None and s.speaker.kind in ("named", "anaphor") and s.claimant is not None):
            voice = None  # (a question, a paragraph under a label of no one's name: "Background: ...", or one
            # that names its own source: "🇺🇦 Повітряні сили: у ніч на 11 березня ...")
        if voice is not None and s.claimant is None:
            s.claimant = voice


DIALOGUE_MARKS = ("— ", "– ", "- ")
FIRST_PERSON = {"i", "we", "я", "ми", "мы"}
DIALOGUE_TURNS = 4  # dash-led paragraphs that make a page a question-and-answer interview


def _interview(doc: Document) -> None:
    """A question-and-answer interview ('— The other nine drones in your zone?' / '— Some
    were lost to electronic warfare ...'): the answers, which name no speaker of their
    own, are the words of the person the introduction names."""
    sentences = doc.sentences
    turns = [i for i, s in enumerate(sentences) if _opens_paragraph(doc, s) and s.text.startswith(DIALOGUE_MARKS)]
    if len(turns) < DIALOGUE_TURNS:
        return
    intro = [m.claimant for s in sentences[:turns[0]] for m in s.mentions
             if m.kind == "named" and m.claimant and m.claimant.type not in ("media", None) and " " in m.claimant.name]
    if not intro:
        return
    answering, turn, narrative, own = False, set(turns), False, None
    asks = any(_question_turn(doc, i, turn) for i in turns)  # an interview, not a page of dash-led bullets
    for i, s in enumerate(sentences[turns[0]:], start=turns[0]):
        if i in turn:
            answering, narrative, own = not _question_turn(doc, i, turn), False, None
        elif _opens_paragraph(doc, s):
            narrative = True  # a paragraph that is no turn: an answer's, or the report's own
            if not answering:
                continue
        if answering and (s.speaker is None or doc.tokens[s.speaker.token].lower_ in FIRST_PERSON):
            s.claimant = own or intro[0]  # ("we destroyed 49 of them": the one answering)
        elif answering and not asks and not narrative and s.claimant is not None \
                and s.speaker.kind in ("named", "anaphor", "generic"):
            own = s.claimant  # "- The air force said ... The missiles included ...": a bullet in a voice of its own
        elif answering and narrative and s.speaker.kind in ("named", "anaphor", "generic"):
            answering = False  # such a paragraph in another voice ('По данным Воздушных сил, ...'): the answers are over


def _question_turn(doc: Document, i: int, turns: set[int]) -> bool:
    """A turn that asks: some sentence of it, up to the next turn, ends with a question mark."""
    sentences = doc.sentences
    end = next((k for k in range(i + 1, len(sentences)) if k in turns or _opens_paragraph(doc, sentences[k])),
               len(sentences))
    return any(sentences[k].text.rstrip().endswith("?") for k in range(i, end))


LIST_REACH = 2  # sentences before a list's opening line that may still give its voice
LABEL_WORDS = 2  # words of a line that only labels what follows ('Background:', 'By community:')


def _paragraph_voice(doc: Document, i: int) -> Claimant | None:
    """The speaker of the sentence before a list's opening line, or of one a little further
    back in its paragraph ('..., the administration reported. 214 explosions were recorded.
    The following came under fire:')."""
    sentences = doc.sentences
    if i == 0 or sentences[i - 1].claimant is not None:
        return sentences[i - 1].claimant if i else None  # "... the administration reported.\n\nBy community:"
    if _opens_paragraph(doc, sentences[i]) and len(sentences[i].text.split()) <= LABEL_WORDS:
        return None  # "Background:" after a source's last words (not "... it said. Air defence shot down 31.
    for k in range(i - 2, max(-1, i - 1 - LIST_REACH), -1):  # \n\nThe missiles included:": the paragraph's voice)
        if _opens_paragraph(doc, sentences[k + 1]):
            break
        if sentences[k].claimant is not None:
            return sentences[k].claimant
    return None


def _opens_paragraph(doc: Document, s: Sentence) -> bool:
    return "\n\n" in doc.text[max(0, s.start - 4):s.start]




HEADLINE_REACH = 3  # the first sentences, where a page's headline is


def _headline_source(sentences: list[Sentence]) -> Claimant | None:
    """The source a headline names ('Missile hit Dnipro ...: Lysak told about the
    consequences'): the story tells the rest in that source's words."""
    for s in sentences[:HEADLINE_REACH]:
        heading = not s.text.rstrip().endswith((".", "!", "?", '"', "”")) and not CLOCK_HEADING.match(s.text)
        if heading and s.claimant is not None and s.claimant.type not in ("media", None):
            return s.claimant
    return None


def _sole_voice(sentences: list[Sentence]) -> Claimant | None:
    """The one official a report quotes, when it quotes no one else: the story is told in
    their words ('Gladkov said ... A drone hit a car in Grayvoron.')."""
    voices = {s.claimant.name: s.claimant for s in sentences if s.claimant is not None}
    only = next(iter(voices.values())) if len(voices) == 1 else None
    return only if only is not None and only.type not in ("media", None) else None


BACK_REACH = 3  # sentences a "this was reported by" reaches back over


def _told_before(doc: Document) -> None:
    """'This was reported by the governor', 'Those figures were given by the air force': the
    voiceless sentences just before are theirs."""
    sentences = doc.sentences
    for i, s in enumerate(sentences):
        if s.hits is None:
            continue
        back = bool(s.hits.spans("BACK_REFERENCES")) or _credited_in_a_clause(doc, s)
        line = not back and _source_line(doc, s)
        credit = not back and (line or _credits_data(doc, s))
        if not (back or credit):
            continue
        named = next((m for m in s.mentions if m.kind == "named" and m.claimant is not None
                      and not (line and m.claimant.type == "media")), None)  # ("Source: Reuters" credits the copy)
        if line and named is None:
            continue
        if (s.speaker is None or s.claimant is None) and named is not None:  # (or a voice it only carried on)
            s.speaker, s.claimant = named, named.claimant
        if s.claimant is None:
            continue
        for earlier in reversed(sentences[max(0, i - BACK_REACH):i]):
            said = bool(earlier.hits and earlier.hits.spans("ATTRIBUTION_VERBS"))
            if earlier.speaker is not None if credit else said:
                break  # told by a speaker of its own (a credit reaches past "according to preliminary information")
            earlier.speaker, earlier.claimant = s.speaker, s.claimant
            if doc.opens_line(earlier) and list_item(earlier.text):
                break  # (a list's item speaks for itself: not the items before it)
        after = sentences[i + 1] if credit and i + 1 < len(sentences) else None
        if after is not None and after.speaker is not None and after.speaker.kind == "pronoun":
            after.claimant = s.claimant  # "Those figures came from the air force. The drones came from Kursk, it said."


CLAUSE_REACH = 4  # words from a relative pronoun to the data it says its speaker gave ('which gave that figure')


def _credited_in_a_clause(doc: Document, s: Sentence) -> bool:
    """A speaker named with a clause that says the data just told are theirs ('The air force,
    which gave that figure, said 49 of them were downed')."""
    toks, relatives = doc.tokens, doc.res.words["relative_pronouns"]
    return any(m.kind == "named" and m.end + 1 < s.last and toks[m.end].text == ","
               and toks[m.end + 1].lower_ in relatives
               and any(statement_noun(doc.res, toks[k].text)
                       for k in range(m.end + 3, min(s.last, m.end + 2 + CLAUSE_REACH)))
               for m in s.mentions)


def _source_line(doc: Document, s: Sentence) -> bool:
    """A 'Source: Oleh Kiper on Telegram' line under a block of news, or under a record's
    fields: the block is theirs."""
    return doc.res.source_lines is not None and doc.res.source_lines.match(doc.text, s.start) is not None


def _credits_data(doc: Document, s: Sentence) -> bool:
    """A sentence that tells nothing but whose the data just told are ('The figures are from
    Vladyslav Haivanenko', 'The air force published the data at 08:30', 'Ці дані оприлюднили
    Повітряні сили'): no figures, weapons or events, and the data named as told before."""
    if s.references or not _tells_nothing(s):
        return False  # (nor doubts: "Плетенчук заперечив ці заяви")
    toks, pointers = doc.tokens, doc.res.pointers
    return any(toks[k].lower_ in pointers and _names_the_data(doc, k + 1, s.last) for k in range(s.first, s.last - 1)) \
        or toks[s.first].lower_ in pointers - doc.res.words["list_determiners"] and _owner_of_the_data(doc, s)


def _names_the_data(doc: Document, k: int, last: int) -> bool:
    """A word for published data right after a pointer ('the figures'), or past a word that
    describes them ('the final toll')."""
    toks = doc.tokens
    return statement_noun(doc.res, toks[k].text) or k + 1 < last and toks[k].is_alpha \
        and statement_noun(doc.res, toks[k + 1].text)


OWNER_WORDS = 6  # words from a sentence's opening pointer to a possessive mark ("Those were the Air Force's figures")


def _owner_of_the_data(doc: Document, s: Sentence) -> bool:
    """A sentence that opens on a pointer and names the data by their owner ("Those were the
    Southern Defence Forces' figures", "These are the ministry's numbers")."""
    toks = doc.tokens
    words = takewhile(lambda n: toks[n].is_alpha or toks[n].text in POSSESSIVE_MARKS,
                      range(s.first + 1, min(s.last - 1, s.first + OWNER_WORDS + 2)))
    owner = next((n for n in words if toks[n].text in POSSESSIVE_MARKS), None)
    return owner is not None and _names_the_data(doc, owner + 1, s.last)


def _tells_nothing(s: Sentence) -> bool:
    """No figures, doubts, weapons or events of its own: a sentence that can only say whose
    the data are."""
    return not (s.figures or s.cues or s.hits.spans(WEAPON) or s.hits.spans("ROLE"))


def _told_after(doc: Document) -> None:
    """A lead with no voice of its own, whose next sentence in the paragraph goes on with its
    weapons and ends with who told it ('Russia fired 20 Shaheds and three Kalibrs overnight. The
    missiles came from ships in the Black Sea, the navy's spokesman said.'): the lead is theirs."""
    sentences = doc.sentences
    for i, s in enumerate(sentences[:-1]):
        after = sentences[i + 1]
        if s.claimant is not None or s.speaker is not None or not s.figures or _opens_paragraph(doc, after) \
                or doc.opens_line(after) and list_item(after.text) or after.claimant is None or after.speaker is None \
                or not _goes_on_with(s, after):
            continue
        weapons = after.hits.spans(WEAPON) if after.hits is not None else []
        if weapons and (after.speaker.token > weapons[0][0] or after.figures and not _defence_acting(doc, after)) \
                or not weapons and (after.figures or after.references):  # ('Як повідомили Повітряні сили, 86 із них
            # збили': how many of the lead's weapons were downed, told only by reference)
            s.speaker, s.claimant = after.speaker, after.claimant  # the speaker named after what they told of, or
            # saying how many of those were downed ("The Air Force reported shooting down 452 drones and 40 missiles")


OFFICIALS_REACH = 3  # sentences after a lead told by "officials" where the one who told it may be named


def _officials_named(doc: Document) -> None:
    """A lead told by officials unnamed ('..., killing four, Ukrainian officials said') and a
    sentence soon after in which one of that side, named, tells of the same weapon again ('The
    missile hit the port shortly before 10 a.m., Governor Oleh Kiper said'): the lead is theirs."""
    sentences, toks = doc.sentences, doc.tokens
    for i, s in enumerate(sentences):
        if s.speaker is None or s.speaker.kind != "generic" or not s.figures or s.claimant is None:
            continue
        for after in sentences[i + 1:i + 1 + OFFICIALS_REACH]:
            if after.hits is None or after.speaker is None or after.speaker.kind != "named" or after.claimant is None:
                continue
            again = any(w > after.first and toks[w - 1].lower_ in doc.res.words["definite"]
                        for w, _, _ in after.hits.spans(WEAPON))  # "The missile hit ...": the one told before
            if after.claimant.party == s.claimant.party and after.claimant.type != "media" and not after.figures \
                    and again and any(compatible(f.weapon, n) for f in s.figures for n in after.named):
                s.speaker, s.claimant = after.speaker, after.claimant
            break


def _goes_on_with(lead: Sentence, after: Sentence) -> bool:
    """The sentence after a lead tells more of the lead's weapons, no new ones: it names them
    without counts, refers to them, or gives how many of what the lead launched were downed
    ('... with 62 drones and an Iskander. Forty-eight of the drones were shot down, ...')."""
    if not after.figures:
        return bool(after.named or after.references)
    return all(f.launched is None and f.destroyed is not None
               and any(g.launched is not None and g.launched >= f.destroyed and compatible(f.weapon, g.weapon)
                       and (None in (f.attacker, g.attacker) or f.attacker == g.attacker) for g in lead.figures)
               for f in after.figures)


def _noted_source(doc: Document) -> Claimant | None:
    """The source a report's note names for its figures ('Figures in this tracker come from
    the morning summaries of the air force'), or its one 'Source:' line."""
    notes = list(doc.res.source_notes.finditer(doc.text)) if doc.res.source_notes else []
    lines = list(doc.res.source_lines.finditer(doc.text)) if doc.res.source_lines else []
    if len(lines) == 1:  # "Source: Tymur Tkachenko on Telegram" under a news item (one per item is each item's own)
        notes.append(lines[0])
    for note in notes:  # one pass over the text, not one per sentence
        s = next((s for s in doc.sentences if s.start <= note.start() < s.end), None)
        credit = s is not None and not any(t.figures for t in doc.sentences[s.index + 1:])
        named = [m for m in s.mentions if m.kind == "named" and m.claimant
                 and not (credit and m.claimant.type == "media")] if s else []
        if named and all(m.claimant.type == "media" for m in named if doc.tokens[m.token].idx < note.end()):
            after = [m for m in named if doc.tokens[m.token].idx >= note.end()]  # ("Суспільне зібрало ... за даними
            if not after and s.speaker is not None and doc.tokens[s.speaker.token].idx >= note.end() \
                    and s.claimant is not None and s.claimant.type != "media":  # Повітряних сил": the source the
                return s.claimant  # note names, not the outlet that noted it)
            named = after or named
        named = [m.claimant for m in named]
        if not named and s is not None and s.claimant is not None and s.claimant.type != "media":
            named = [s.claimant]  # "... за даними Повітряних сил": a body the note refers to, resolved
        if not named and s is not None:  # "The figures below are the Air Force's own": a body named before
            named = [c for m in s.mentions if m.kind == "anaphor" and doc.tokens[m.token].idx < note.end()
                     and (c := _resolve(doc, s.index, m, None)) is not None and c.type != "media"
                     and source_registry().lookup(c.name) is not None]  # (not a bare "headquarters")
        if named:  # ("Source: Al Jazeera and news agencies" after the story credits its copy, not who claims the figures)
            return named[0]
    return None


AUTHOR_LINE = 8  # words of a line that names a post's author and what they head
AUTHOR_LINES = 4  # lines at a page's top that may name its author, or the head it gives the word


def _post_author(doc: Document) -> Claimant | None:
    """The official whose post this is: a line near the top that only names them (and the
    body they head), as Telegram posts and official pages open. Journalists' bylines name
    no registered source and give none."""
    for s in doc.sentences[:AUTHOR_LINES]:
        named = [m for m in s.mentions if m.kind == "named" and m.claimant and m.claimant.type not in ("media", None)]
        words = [t.i for t in doc.tokens[s.first:s.last] if t.is_alpha]
        placed = next((m for m in s.mentions if m.kind == "anaphor" and m.place and m.head in HEAD_TYPES), None)
        if placed and words and all(placed.token <= k < placed.end for k in words):
            return Claimant(f"{placed.place} {placed.head}", placed.party, HEAD_TYPES[placed.head])  # "Поліція Києва"
        if s.index == 0 and not named and _only_a_persons_name(doc, s, words):
            return Claimant(doc.res.romanised(s.text.strip(), declined=True), None, "individual")  # "Віктор Коваленко"
        if not named or len(words) > 2 * AUTHOR_LINE or CLOCK_HEADING.match(s.text):
            continue  # (a live page's first post: "09:30 Sumy administration: the damage")
        if doc.tokens[words[0]].lower_ in doc.res.words["posted_by"] and source_registry().lookup(named[0].claimant.name):
            return named[0].claimant  # "Posted 5 Aug, 10:12 by Vyacheslav Gladkov, governor of Belgorod Region."
        naming = {k for m in s.mentions for k in range(m.token, m.end)} | {
            k for k in words if s.hits.covering("PLACE", k)}  # "Александр Гусев | Губернатор Воронежской области"
        press = {k for k in words if doc.tokens[k].lower_ in doc.res.words["press_pages"]}  # "DTEK | Press centre | News"
        share = len((naming | press) & set(words)) / len(words)
        if _full_name(doc, named[0].claimant, words) or (share >= 0.5 if len(words) <= AUTHOR_LINE else share == 1) and (
                sum(m.end - m.token for m in named) >= 2 or press and "|" in s.text):
            # (a longer line only if it is all names: "Повітряні сили ЗСУ / Air Force of ...")
            head = next((p.claimant for p in named for b in named if p is not b and _speaks_for(p.claimant, b.claimant)),
                        named[0].claimant)  # "Чернігівська ОВА | В'ячеслав Чаус": the head who writes for it
            return _its_head_in_the_headline(doc, head)
    return None


def _only_a_persons_name(doc: Document, s: Sentence, words: list[int]) -> bool:
    """A page's first line that is only a given name and a surname ('Віктор Коваленко' over a
    post): the post's author."""
    return len(words) == 2 == s.last - s.first and _given_name_and_surname(doc, s.first) \
        and not (s.hits and s.hits.covering("PLACE", words[1]))


def _given_name_and_surname(doc: Document, k: int) -> bool:
    """Tokens k and k + 1 are a given name and a surname ('Анатолій Вершина'), in a language
    whose dictionary knows given names."""
    toks = doc.tokens
    return doc.res.lemmatizer is not None and k + 1 < len(toks) \
        and all(toks[j].is_alpha and toks[j].text[:1].isupper() and toks[j].text[1:].islower() for j in (k, k + 1)) \
        and doc.res.lemmatizer.given_name(toks[k].text)


def _full_name(doc: Document, claimant: Claimant, words: list[int]) -> bool:
    """A line that is a person's full name in any order, a patronymic at most besides
    ('Богомаз Александр Васильевич' for Alexander Bogomaz), as official channels head posts."""
    line = {doc.tokens[k].lower_ for k in words}
    return len(words) <= 4 and any(len(name.split()) >= 2 and len(words) - len(name.split()) <= 1
                                   and set(name.lower().split()) <= line for name in [claimant.name, *claimant.aliases])


def _its_head_in_the_headline(doc: Document, body: Claimant) -> Claimant:
    """The person a body's own page gives the word in a headline's label ('Сергій Лисак:
    вечірнє зведення' on the regional administration's site): the page is in their voice."""
    for s in doc.sentences[:AUTHOR_LINES]:
        head = next((m.claimant for m in s.mentions if m.kind == "named" and m.claimant and m.token == s.first
                     and m.end < s.last and doc.tokens[m.end].text == ":" and _speaks_for(m.claimant, body)), None)
        if head is not None:
            return head
        name = _name_labelling(doc, s)
        if name is not None:  # 'Анатолій Вершина: «Місто вистояло»' on the city council's site
            return Claimant(name, body.party, body.type)
    return _signed_by(doc, body) or body


def _name_labelling(doc: Document, s: Sentence) -> str | None:
    """A given name and a surname before a colon at a line's start: the person whose words the
    line labels."""
    k = s.first
    if k + 2 >= s.last or doc.tokens[k + 2].text != ":" or not _given_name_and_surname(doc, k):
        return None
    return doc.res.romanised(doc.tokens.text_of(k, k + 2), declined=True)


def _signed_by(doc: Document, body: Claimant) -> Claimant | None:
    """The head of the body who signs its post on a line of their own ('Сергій Лисак,
    начальник ОВА' under the administration's post, 'Міський голова Петро Коваль' under a
    council's): the post is in their voice."""
    for s in doc.sentences[1:]:
        first = s.mentions[0] if s.mentions else None
        if first is not None and first.kind == "named" and first.token == s.first and first.claimant and not s.figures \
                and len(words := [t.i for t in doc.tokens[s.first:s.last] if t.is_alpha]) <= AUTHOR_LINE \
                and (_speaks_for(first.claimant, body) or _titled_signature(first, body, words)):
            return first.claimant
    return None


def _titled_signature(person: Mention, body: Claimant, words: list[int]) -> bool:
    """A line (its `words`) that is only an official's title and name, of the same kind of body
    as the page's ('Міський голова Петро Коваль' on a city council's site), the registry not
    knowing them."""
    return person.claimant.aliases != [] and person.claimant.type == body.type \
        and all(person.token <= k < person.end for k in words) \
        and source_registry().lookup(person.claimant.name) is None


def _speaks_for(person: Claimant, body: Claimant) -> bool:
    source = source_registry().lookup(person.name)
    return source is not None and source.affiliation == body.name


PERSON_HEADS = {"governor", "mayor", "head", "president", "minister"}  # anaphors' heads that name a person


def _resolve(doc: Document, i: int, mention: Mention, last: Claimant | None) -> Claimant | None:
    sentences = doc.sentences
    if mention.head == "speaker" and (owner := _owner_right_after(doc, i, mention, last)) is not None:
        return owner
    if mention.kind == "pronoun" or mention.head == "speaker":
        here = [m for m in sentences[i].mentions if m.token < mention.token and m.kind in ("named", "anaphor")
                and m.head != "speaker" and not m.collective and not _quoted(doc, sentences[i], m, mention.token)]
        personal = doc.tokens[mention.token].lower_ in doc.res.words["person_pronouns"]
        if personal:  # "he" is no body: not "Emergency services are at work, he said"
            here = [m for m in here if is_person(m) or m.head in PERSON_HEADS]
        if mention.kind == "pronoun" and here:  # "The air force has revised its figures: 79 ..., it now says"
            if here[0].kind != "named" and len(here) > 1 and here[1].kind == "named" and here[1].token - here[0].end <= 2:
                return here[1].claimant  # "the mayor of the capital Sergei Sobyanin wrote ..., he added": the name
            return here[0].claimant if here[0].kind == "named" else _resolve(doc, i, here[0], last)
        subject = _previous_subject(doc, i) or (_person_named_since(doc, i) if personal else None)
        return subject or last or _latest_named(sentences, i, _unquoted(doc, sentences[i], mention.token), lambda c: True)
    if mention.kind == "surname":
        found = _latest_named(sentences, i, mention.token, lambda c: _same_surname(mention.head, c), anywhere=True)
        surname = doc.res.lemmatizer.surname(mention.head) if doc.res.lemmatizer else mention.head
        return found or mention.claimant or Claimant(doc.res.romanised(surname), None, "individual")  # ("Волошин")
    if mention.kind == "anaphor" and mention.place:
        words = doc.res.anaphor_words.get(mention.head, [])
        country = doc.res.places.lookup(mention.place)
        if country is not None and country.precision == "country":  # "Ukraine's commander-in-chief said ...
            military = "command" in doc.tokens.text_of(mention.token, mention.end).lower()  # General X said": X
            found = _next_named(sentences, i, lambda c: c.party == country.country and _a_person(c)
                                and (c.type == "military" or not military))
        else:
            found = _latest_named(sentences, i, mention.token, lambda c: _fits(c, [mention.place.lower()])
                                  and _fits(c, words), anywhere=True)
        return found or Claimant(f"{mention.place} {mention.head}", mention.party, HEAD_TYPES.get(mention.head))
    if mention.kind == "anaphor":
        apposed = _apposed_person(doc, sentences[i], mention) or _name_right_after(doc, sentences[i], mention)
        if apposed:
            return apposed
        phrase = _described_phrase(doc, mention)
        words = doc.res.anaphor_words.get(mention.head, [])
        defended = _attackers(sentences[i]) or (_attackers(sentences[i - 1]) if i else set()) \
            if mention.head in DEFENDERS else set()  # ("the enemy launched 86 drones. Air defence downed 67": Russia's)
        seat = _seat(doc, sentences[i], mention)
        region = _region_told(doc, sentences[i]) if mention.head in LOCAL_HEADS else None
        fits = lambda c: (_fits(c, words) and _same_level(phrase, c) and c.party not in defended  # noqa: E731
                          and seat in (None, c.party) and _could_be_local(doc, c, region))
        named_so = lambda c: (_fits(c, [phrase]) and c.party not in defended and seat in (None, c.party)  # noqa: E731
                              and _could_be_local(doc, c, region))
        return (_latest_named(sentences, i, mention.token, named_so)
                or next((s.claimant for s in reversed(sentences[:i]) if s.claimant and named_so(s.claimant)), None)
                or _next_named(sentences, i, named_so, len(sentences))  # (a body named only later in the report)
                or _registered_as(doc, mention)
                or _latest_named(sentences, i, mention.token, fits)
                or next((s.claimant for s in reversed(sentences[:i]) if s.claimant and fits(s.claimant)), None)
                or _default(doc, i, mention.head, seat)  # a side's own 'air force' before a body named later
                or _next_named(sentences, i, fits)
                or _regions_own(doc, mention, region or (_region_told(doc, sentences[i - 1]) if i else None))
                or _as_named(doc, i, mention))
    if mention.kind == "generic":
        text = doc.tokens.text_of(mention.token, mention.end).lower()
        downed = any(f.destroyed is not None for f in sentences[i].figures)  # "Russia says it downed 144 drones": its military
        kinds = {"military"} if downed or any(w in text for w in MILITARY_WORDS) else BODIES
        body = _nearest_body(sentences, i, mention.party, kinds)
        if body:
            return body
        text = doc.tokens.text_of(mention.token, mention.end)
        known = doc.res.sources.lookup(text)
        if known:
            return _claimant(known)
        if not text.isascii():  # "В Киеве заявляли": the side's seat as the contract writes it (Kyiv)
            place = doc.res.places.lookup(text)
            text = place.name if place else doc.res.romanised(text, declined=True)
        return _default(doc, i, "side", mention.party) or Claimant(text, mention.party, "government")
    return None


DEFENDERS = {"air force"}  # the side that shoots down what the other side launched


def _attackers(s: Sentence) -> set[str]:
    """The sides whose weapons a sentence counts: an air force telling of them is the other
    side's ('the air force said the enemy launched 179 drones')."""
    return {side for side in [*(f.attacker for f in s.figures), *(s.parties[:1] if s.figures else [])] if side in WARRING}


def _defence_acting(doc: Document, s: Sentence) -> bool:
    """The air defence is the subject of what happened, no one is said to say it (not a line's
    label, '🇺🇦 Повітряні сили: у ніч на ...', nor the owner of a statement, 'Дані Повітряних сил ...')."""
    return bool(s.speaker and s.speaker.kind == "anaphor" and s.speaker.head in DEFENDERS
                and s.hits and not s.hits.spans("ATTRIBUTION_VERBS") and not CLOCK_HEADING.match(s.text)
                and label_speaker(doc.tokens, s.mentions, s) is not s.speaker and not _owns_a_statement(doc, s.speaker))


def _owns_a_statement(doc: Document, m: Mention) -> bool:
    """The mention follows a statement noun it owns ('Дані Повітряних сил', 'the data of the air force')."""
    return m.token > 0 and statement_noun(doc.res, doc.tokens[m.token - 1].text)


def _beyond_local(voice: Claimant, s: Sentence) -> bool:
    """Figures told of a whole country, and of no place in it, that a regional voice the story
    goes on in does not tell ('Overall, Russia launched 143 drones at Ukraine', after the
    governor's account of his region)."""
    aimed = [p for p in s.places if p.role == "target"]
    return local_voice(voice) and bool(s.figures) and bool(aimed) and all(p.precision == "country" for p in aimed)


def _named_just_before(sentences: list[Sentence], i: int, voice: Claimant) -> bool:
    """The sentence before is the voice's, by name ('По словам Лысака, ...')."""
    before = sentences[i - 1]
    return before.claimant == voice and before.speaker is not None and before.speaker.kind in ("named", "surname")


def _paragraph_names_another(doc: Document, i: int, voice: Claimant) -> bool:
    """Another source is named in the paragraph of sentence i ('... Такі дані наводять
    Повітряні сили ЗСУ' after the figures): the paragraph may be in that source's words."""
    sentences = doc.sentences
    start = next((k for k in range(i, -1, -1) if doc.opens_line(sentences[k])), 0)
    end = next((k for k in range(i + 1, len(sentences)) if doc.opens_line(sentences[k])), len(sentences))
    return any(m.kind == "named" and m.claimant and m.claimant.name != voice.name and not _acting_in(doc, s, m)
               and not _attacking_side(s, m) for s in sentences[start:end] for m in s.mentions)


def _attacking_side(s: Sentence, m: Mention) -> bool:
    """A side's forces named as the attacker ('ВСУ предприняли попытку атаковать ...'), not
    as the sentence's speaker."""
    return m.claimant.party in s.parties and (s.speaker is None or s.speaker.token != m.token)


def _acting_in(doc: Document, s: Sentence, m: Mention) -> bool:
    """The body that did what a sentence tells, named right after its air defence ('сили ППО
    Повітряного командування «Схід» збили ...'), not a source of the paragraph's words."""
    return _defence_acting(doc, s) and s.speaker is not None and 0 <= m.token - s.speaker.end <= 1


OWN_UNIT = re.compile(r"\s*of the (?:region|oblast|city|town|district|community)\b")


def _description(doc: Document, mention: Mention) -> str:
    """The words of a description without the article before it ('regional military
    administration')."""
    text = doc.tokens.text_of(mention.token, mention.end)
    return text[4:] if text.lower().startswith("the ") else text


def _claimant(known: Source) -> Claimant:
    """A registered body or person as a claim's claimant."""
    return Claimant(known.name, known.party, known.type, aliases=list(known.aliases))


def _registered_as(doc: Document, mention: Mention) -> Claimant | None:
    """A description that is itself a name the registry gives one body ('Повітряні сили' in a
    Ukrainian report): that body, before any other whose words it shares ('Russian air
    defence' for the air force's 'air defence')."""
    text = doc.tokens.text_of(mention.token, mention.end)
    if text.isascii() or mention.head in LOCAL_HEADS:
        return None  # (a region's or a city's body is the one of the place told: `_regions_own`)
    known = doc.res.sources.lookup(text)
    return _claimant(known) if known else None


def _described_phrase(doc: Document, mention: Mention) -> str:
    """The words of a description, with the unit it heads: 'head of the region' (not any
    head, such as 'the head of the neighbouring Kursk region' named later)."""
    phrase = _description(doc, mention).lower()
    after = doc.text[doc.tokens[mention.end - 1].idx + len(doc.tokens[mention.end - 1].text):][:40]
    unit = OWN_UNIT.match(after)
    return phrase + unit.group(0) if unit else phrase


def _unquoted(doc: Document, s: Sentence, token: int) -> int:
    """Where the quotation a pronoun follows begins in its sentence ('"Putin chose Christmas,"
    he wrote'): the names before the pronoun from there on are quoted, not who it is."""
    marks = _quote_marks(doc, s.first, token)
    if not marks:
        return token
    return s.first if len(marks) % 2 else marks[0]  # an odd count closes a quotation opened before


def _quoted(doc: Document, s: Sentence, m: Mention, pronoun: int) -> bool:
    """A quotation between a mention and the pronoun after it: one of them is quoted
    ('"Putin chose Christmas for an attack," he wrote'), so the pronoun does not stand for
    it; but a name before a whole quotation may be who it is ('Sobyanin wrote ... «...», he
    added': no quotation open at the name, all closed before the pronoun)."""
    between = len(_quote_marks(doc, m.end, pronoun))
    return bool(between) and not (m.kind == "named" and between % 2 == 0 and len(_quote_marks(doc, s.first, m.token)) % 2 == 0)


def _quote_marks(doc: Document, start: int, end: int) -> list[int]:
    """The quotation marks among tokens start..end-1."""
    return [k for k in range(start, end) if doc.tokens[k].text in QUOTE_MARKS]


HEAD_TYPES = {"ministry": "government", "department": "government", "governor": "local_authority",
              "mayor": "local_authority", "head": "local_authority", "administration": "local_authority",
              "air force": "military", "military": "military", "service": "emergency_service",
              "police": "emergency_service", "media": "media", "agency": "media", "prosecutor": "government",
              "president": "government", "minister": "government", "headquarters": "local_authority",
              "mission": "ngo", "organisation": "ngo", "health": "local_authority"}


LEVELS = ({"city", "town", "municipal"}, {"regional", "region", "oblast", "region's"})


def _region_told(doc: Document, s: Sentence) -> str | None:
    """The one region a sentence tells of as a target ('In Sumy Oblast, drones damaged ...'),
    not a river or sea of that extent ('the Volga city of Saratov')."""
    regions = {p.name for p in s.places if p.precision == "admin1" and p.role == "target"
               and (entry := doc.res.places.lookup(p.name)) is not None and entry.kind == "region"}
    return regions.pop() if len(regions) == 1 else None


LOCAL_HEADS = {"governor", "mayor", "administration", "head", "health"}  # a region's or a city's own voice
HOME_OF_BODY = re.compile(r"([A-Z][\w'-]+) (?:Regional|Oblast|Region|City|region|oblast)\b|\bof (?:the )?([A-Z][\w'-]+)")


def _could_be_local(doc: Document, claimant: Claimant, region: str | None) -> bool:
    """Whether a voice could be the local body a description means in a sentence about one
    region: a local authority the text does not place elsewhere ('Head of Odesa Regional
    Military Administration' is not 'the oblast military administration' of a sentence about
    Sumy Oblast, nor is the president or another description kept as written)."""
    if region is None:
        return True
    homes = {entry.admin1 for name in (claimant.name, *claimant.aliases) for m in HOME_OF_BODY.finditer(name)
             if (entry := doc.res.places.lookup(m.group(1) or m.group(2))) and entry.admin1}
    return local_voice(claimant) and claimant.name[:1].isupper() and (not homes or region in homes)


def _same_level(phrase: str, claimant: Claimant) -> bool:
    """'The city military administration' is not the regional one named before."""
    said, named = set(phrase.split()), set(claimant.name.lower().split())
    return not any(said & level and named & other for level, other in (LEVELS, LEVELS[::-1]))


def _apposed_person(doc: Document, s: Sentence, mention: Mention) -> Claimant | None:
    """'the chief of the general staff, General Jan Nowak, said': the person the
    description is set beside, between commas, is who it means."""
    toks = doc.tokens
    after = next((m for m in s.mentions if m.token >= mention.end and m.kind != "anaphor"), None)
    if after is None or after.kind != "named" or after.claimant is None or not (after.head or _a_person(after.claimant)):
        return None
    between = [toks[k].text for k in range(mention.end, after.token)]
    if not between or between[-1] != "," or after.token - mention.end > DESCRIPTION_REACH:
        return None
    if any(not (w[:1].isalpha() or w == ",") for w in between) or between.count(",") > 1:
        return None
    closing = toks[after.end].text if after.end < s.last else ""
    return after.claimant if closing in (",", "") else None


DESCRIPTION_REACH = 8  # tokens from a description to the name set beside it ("the head of the regional council, X")


def _name_right_after(doc: Document, s: Sentence, mention: Mention) -> Claimant | None:
    """'Telegram-канал Astra', 'the channel «Rybar»': the outlet named right after the noun
    is who it means, whatever channel the report named before (not 'начальник ХОВА', whose
    name after him is his administration's)."""
    after = _mention_right_after(doc, s, mention, QUOTE_MARKS)
    if after is None or after.kind != "named" or after.claimant is None or after.claimant.type != "media" \
            or HEAD_TYPES.get(mention.head) != "media":
        return None
    return after.claimant


def _mention_right_after(doc: Document, s: Sentence, mention: Mention, gap_words: Collection[str]) -> Mention | None:
    """The next mention of the sentence, when only `gap_words` stand between it and `mention`."""
    after = next((m for m in s.mentions if m.token >= mention.end), None)
    if after is None or not all(doc.tokens[k].lower_ in gap_words for k in range(mention.end, after.token)):
        return None
    return after


def _owner_right_after(doc: Document, i: int, mention: Mention, last: Claimant | None) -> Claimant | None:
    """'the press service of the Russian Defence Ministry', 'пресслужба Повітряних сил': the
    body named right after a spokesperson or a press service is whose words they are."""
    after = _mention_right_after(doc, doc.sentences[i], mention, doc.res.words["owner_links"])
    if after is None or after.kind not in ("named", "anaphor") or after.head == "speaker":
        return None
    owner = after.claimant if after.kind == "named" else _resolve(doc, i, after, last)
    return owner if owner is not None and _is_body(owner) else None


def _as_named(doc: Document, i: int, mention: Mention) -> Claimant | None:
    """A description the report never ties to a name stays as the text gives it ('the
    regional military administration'), on the side whose air defence it speaks for."""
    text = _description(doc, mention)
    if mention.head not in HEAD_TYPES:
        return None
    if not text.isascii():  # 'полиции', declined: the body in the English of the contract ('police')
        text = mention.head
    return Claimant(text, _defending_side(doc, doc.sentences[i]), HEAD_TYPES[mention.head])


def _regions_own(doc: Document, mention: Mention, region: str | None) -> Claimant | None:
    """'In Sumy Oblast, drones damaged ..., the oblast military administration said': a
    regional body the report names nowhere else is the region's ('Sumy Oblast Military
    Administration')."""
    text = _description(doc, mention)
    words = text.split()
    if region is not None and not text.isascii():
        return _registered_body(doc, region, text)
    if region is None or not {w.lower() for w in words} & LEVELS[1]:
        return None
    entry = doc.res.places.lookup(region)
    name = " ".join([region.removesuffix(" Oblast"), *(w if w.isupper() else w.capitalize() for w in words)])
    return Claimant(name, entry.country if entry else None, HEAD_TYPES[mention.head])


def _registered_body(doc: Document, region: str, text: str) -> Claimant | None:
    """'обласна військова адміністрація' in a report about Sumy Oblast, 'оперативного штаба'
    in one about Belgorod Oblast: the body the registry knows by those words and the region's
    name before or after them ('Сумська обласна військова адміністрація', 'оперативный штаб
    Белгородской области')."""
    for name in _cyrillic_names(region):
        known = doc.res.sources.lookup(f"{name} {text}") or doc.res.sources.lookup(f"{text} {name}")
        if known is not None:
            return _claimant(known)
    return None


@lru_cache(maxsize=64)
def _cyrillic_names(region: str) -> tuple[str, ...]:
    """A region's names in Cyrillic ('Сумська область', 'Сумщина', 'Сумська')."""
    return tuple(name for name, entry in gazetteer().cyrillic_names if entry.name == region)


def _previous_subject(doc: Document, i: int) -> Claimant | None:
    """'The Russian Defence Ministry's morning summary did not mention Tuapse. It said ...',
    'In Moscow, the defence ministry made no reference to Lviv. It said ...': the body that
    opens the sentence before (after an opening phrase), when that sentence had no speaker."""
    sentences = doc.sentences
    if i == 0 or sentences[i - 1].speaker is not None:
        return None
    before = sentences[i - 1]
    start = before.first + _lead(before)
    comma = next((k for k in range(before.first, min(before.last, before.first + INTRO_REACH)) if doc.tokens[k].text == ","), None)
    for m in before.mentions:
        if m.token not in (start, (comma + 1) if comma is not None else -1, (comma + 2) if comma is not None else -1):
            continue
        if m.kind == "named" and m.claimant and m.claimant.type != "media":
            return m.claimant
        if m.kind == "anaphor":
            return _resolve(doc, i - 1, m, None)
    first = next((m for m in before.mentions if m.kind == "named"), None)  # "Утром начальник ОВА Олег Синегубов
    prepositions = doc.res.place_or_target_prepositions  # привел свои данные."
    if first is not None and first.claimant and first.claimant.type != "media" and first.token - start <= SUBJECT_REACH \
            and not any(doc.tokens[k].lower_ in prepositions or doc.tokens[k].is_punct for k in range(start, first.token)):
        return first.claimant
    return None


SUBJECT_REACH = 10  # tokens from a sentence's start to its subject past a time word and a title
INTRO_REACH = 6  # tokens of an opening phrase before a sentence's subject ("In Moscow, the ministry ...")


def _lead(s: Sentence) -> int:
    """Tokens before a sentence's subject that are only an article."""
    return 1 if s.text[:4].lower() == "the " else 0


def _person_named_since(doc: Document, i: int) -> Claimant | None:
    """'Governor Alexander Drozdenko arrived at the scene. More than 40 firefighters were
    deployed. "...," he said': the person the paragraph named after the last one who spoke,
    not that speaker."""
    for k in range(i - 1, -1, -1):
        before = doc.sentences[k]
        if before.speaker is not None:
            return None
        person = next((m for m in reversed(before.mentions) if m.kind == "named" and m.claimant and is_person(m)), None)
        if person is not None or _opens_paragraph(doc, before):
            return person.claimant if person is not None else None
    return None


def _latest_named(sentences: list[Sentence], i: int, before_token: int, fits, anywhere: bool = False) -> Claimant | None:
    """The latest named person or body before token `before_token` of sentence i that fits
    (an unnamed group, "local channels", is no one a later word can refer back to)."""
    for k in range(i, -1, -1):
        for m in reversed(sentences[k].mentions):
            if m.kind == "named" and m.claimant and not m.collective and fits(m.claimant) \
                    and (k < i or m.token < before_token):
                return m.claimant
    return _next_named(sentences, i, fits, len(sentences)) if anywhere else None


def _next_named(sentences: list[Sentence], i: int, fits, reach: int = LOOK_AHEAD) -> Claimant | None:
    for s in sentences[i:i + reach + 1]:
        for m in s.mentions:
            if m.kind == "named" and m.claimant and not m.collective and fits(m.claimant):
                return m.claimant
    return None


BODIES = {"military", "government", "intelligence", "emergency_service"}  # a side's voice, not a city's


MILITARY_WORDS = ("military", "army", "forces", "armed")


def _seat(doc: Document, s: Sentence, mention: Mention) -> str | None:
    """The country of the city a body sits in: 'the ministry in Moscow said' is Russia's, and
    so is the ministry of a sentence that opens 'In Moscow, the ministry said'."""
    if mention.party and not mention.place:
        return mention.party  # ("the Russian ministry")
    toks, at = doc.tokens, mention.end + 1
    opening = s.hits.covering("PLACE", s.first + 1) if s.hits and s.first + 2 < mention.token else None
    if opening and toks[s.first].lower_ == "in" and opening[0] == s.first + 1 and toks[opening[1]].text == ",":
        at = opening[0]  # ("In Moscow, the defence ministry said its forces had struck ...")
    elif at >= s.last or toks[mention.end].lower_ not in ("in", "в", "у"):
        return None
    place = s.hits.covering("PLACE", at)
    entry = place and place[0] == at and doc.res.places.lookup(toks.text_of(place[0], place[1]))
    if entry and opening and entry.precision != "city":
        return None  # ('In Moldova, the Border Police said': the country's own, which its name tells)
    return entry.country if entry else None


def _nearest_body(sentences: list[Sentence], i: int, party: str | None, kinds: set[str] = BODIES) -> Claimant | None:
    """The body of a side nearest to sentence i that speaks in the report, else the one
    named nearest: in it, then earlier, then later. Institutions before people ('Ukrainian
    military said' after 'the air force shot down')."""
    speaking = {s.claimant.name for s in sentences if s.claimant and s.claimant.party == party
                and s.claimant.type in kinds}
    return _nearest_named(sentences, i, party, speaking, kinds) or _nearest_named(sentences, i, party, None, kinds)


def _nearest_named(sentences: list[Sentence], i: int, party: str | None, among: set[str] | None,
                   kinds: set[str]) -> Claimant | None:
    for distance in range(len(sentences)):
        for k in (i - distance, i + distance) if distance else (i,):
            if not 0 <= k < len(sentences):
                continue
            named = [m.claimant for m in sentences[k].mentions if m.kind == "named" and m.claimant
                     and m.claimant.party == party and m.claimant.type in kinds
                     and (among is None or m.claimant.name in among)]
            if not named and among is not None and k != i and sentences[k].claimant is not None \
                    and sentences[k].claimant.name in among:
                named = [sentences[k].claimant]  # a body referred to there ("the air force, which published ...")
            if named:
                return min(named, key=lambda c: " " in c.name and c.name.split()[0][:1].isupper() and c.type != "military")
    return None


def _same_surname(surname: str, claimant: Claimant) -> bool:
    if claimant.type in ("media", None) or " " not in claimant.name:
        return False  # (the surname of a name in any script it is known by: "Федоров", Ivan Fedorov)
    return _ends_in(surname, [claimant.name, *claimant.aliases])


def _ends_in(surname: str, names: list[str]) -> bool:
    """One of the names of two words or more ends in the surname, spelled near enough."""
    return any(fuzz.ratio(surname.lower(), name.split()[-1].lower()) >= 80 for name in names if " " in name)


def _a_person(claimant: Claimant) -> bool:
    """Someone the registry lists as speaking for a body, or a name it lacks."""
    source = source_registry().lookup(claimant.name)
    return bool(source and source.affiliation) or claimant.type == "individual"


def _fits(claimant: Claimant, words: list[str]) -> bool:
    """Whether the claimant's names hold one of the words; a short one, an abbreviation such
    as 'ова', as a word of its own (not inside 'Командование')."""
    text = " ".join([claimant.name, *claimant.aliases, claimant.type or ""]).lower()
    return any(w in text if len(w) > SHORT_WORD else re.search(rf"\b{re.escape(w)}\b", text) for w in words)


SHORT_WORD = 4


STANDS_FOR = {"department": "ministry"}  # a body of any kind the report names nowhere: the side's ministry


def _default(doc: Document, i: int, head: str, party: str | None = None) -> Claimant | None:
    """The body a side's `head` stands for when the report names none: the side whose air
    defence the sentence speaks for (the opponent of the attacker), else the only side the
    lexicon gives such a body."""
    defaults = doc.res.default_speakers
    if party is None and (forces := _own_forces_struck(doc, doc.sentences[i])):
        party = forces  # "the Russian Armed Forces delivered a strike ..., the ministry said": Russia's ministry
    if party is None and (party := _defending_side(doc, doc.sentences[i])) and doc.sentences[i].self_report:
        party = doc.res.opponents.get(party)  # "the ministry said its missiles hit Odesa": the striking side's
    keys = [head, STANDS_FOR[head]] if head in STANDS_FOR else [head]
    if party is None:
        sides = [p for p, heads in defaults.items() if any(key in heads for key in keys)]
        party = sides[0] if len(sides) == 1 else None
    name = next((defaults.get(party, {})[key] for key in keys if key in defaults.get(party, {})), None)
    if name is None:
        return None
    known = doc.res.sources.lookup(name)
    return _claimant(known) if known else Claimant(name, party)


def _own_forces_struck(doc: Document, s: Sentence) -> str | None:
    """The side whose own forces the sentence says struck ('the Russian Armed Forces
    delivered a group strike'), downing nothing: a body of that side tells of it."""
    if not s.parties or any(f.destroyed is not None for f in s.figures):
        return None
    toks, nationality = doc.tokens, doc.res.nationality
    for k in range(s.first, s.last - 1):
        after = toks[k + 2].lower_ if toks[k + 1].lower_ == "armed" and k + 2 < s.last else toks[k + 1].lower_
        if nationality.get(toks[k].lower_) == s.parties[0] and after in FORCE_NOUNS:
            return s.parties[0]
    return None


def _defending_side(doc: Document, s: Sentence) -> str | None:
    """The side whose ground or air defence the sentence speaks of: a third country it
    names; else the opponent of whoever its counted weapons belong to ('80 Ukrainian drones
    over Crimea': Russia's, whoever's land Crimea is); else the country of the places it
    names; else the opponent of the side it names."""
    countries = {p.country for p in s.places if p.country and p.role == "target"}
    third = countries - WARRING
    if len(third) == 1:
        return third.pop()  # "a drone came down on Moldovan soil during Russia's attack on Ukraine"
    owners = [f.attacker for f in s.figures if f.attacker]
    if owners:
        return doc.res.opponents.get(owners[0])
    if len(countries) == 1:
        return countries.pop()
    return doc.res.opponents.get(s.parties[0]) if s.parties else None


QUOTE_REACH = 6  # sentences back to the speaker of a quotation that names none


def _quotations(doc: Document) -> list[tuple[Sentence, list[Sentence]]]:
    """Every sentence of a quotation that spans several sentences takes the speaker its
    opening or closing sentence names (or refers to) outside the quotation marks. Returns
    the quotations whose speaker was only referred to before them, with that sentence."""
    sentences = doc.sentences
    pending: list[tuple[Sentence, list[Sentence]]] = []
    opened = None
    for i, s in enumerate(sentences):
        if sum(s.text.count(q) for q in QUOTE_MARKS) % 2 == 0:
            continue
        if opened is None:
            opened = i
            continue
        inside = sentences[opened:i + 1]
        outside = [g for g, end in ((inside[-1], True), (inside[0], False)) if _speaks_outside(doc, g, end)]
        speaker = next((g.speaker for g in outside if g.speaker), None)
        claimant = next((g.claimant for g in outside if g.claimant), None)
        unsaid = speaker is None and claimant is None
        signer = _signature(doc, sentences[i + 1]) if unsaid and i + 1 < len(sentences) else None
        if signer is not None:  # '"Dear Odesans! ... Odesa will stand!"' and under it 'Hennadiy Trukhanov'
            speaker, claimant, said = signer, signer.claimant, None
        elif unsaid:  # "Statement of 11:22:" and the text in quotes; '..., he wrote. "A ...'
            said = next((g for g in reversed(sentences[max(0, opened - QUOTE_REACH):opened]) if g.claimant or g.speaker), None)
            speaker, claimant = (said.speaker, said.claimant) if said else (None, None)
        else:
            said = None
        quoted = [g for g in inside if g.speaker is None or not (g.hits and g.hits.spans("ATTRIBUTION_VERBS"))]
        if said is not None and claimant is None:  # 'The statement reads:': its voice is known once resolved
            pending.append((said, quoted))
        else:
            for g in quoted:  # the quoted speak in the quoter's words ("our air defence shot down ...")
                g.speaker, g.claimant = speaker, claimant
        opened = None
    return pending


def _signature(doc: Document, s: Sentence) -> Mention | None:
    """A line that is only a person's name, under a quotation: who signed what it quotes (not
    'Tula Region Governor Dmitry Milyaev:' over the next one)."""
    words = [t.i for t in doc.tokens[s.first:s.last] if t.is_alpha]
    named = s.mentions[0] if len(s.mentions) == 1 else None
    if named is None or named.kind != "named" or named.claimant is None or not is_person(named) or s.figures \
            or s.text.rstrip().endswith(":"):
        return None
    return named if doc.opens_line(s) and words and all(named.token <= k < named.end for k in words) else None


def _speaks_outside(doc: Document, s: Sentence, closing: bool) -> bool:
    """The sentence's speaker stands outside the quotation that opens or closes in it
    ('"...," he said' after the closing mark; not 'силами ПВО' inside '«Над Сочи силами ПВО ...'),
    or the sentence names none."""
    if s.speaker is None:
        return True
    marks = [k for k, ch in enumerate(s.text) if ch in QUOTE_MARKS]
    if not marks:
        return True
    at = doc.tokens[s.speaker.token].idx - s.start
    return at > marks[-1] if closing else at < marks[0]
