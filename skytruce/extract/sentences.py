"""Sentences: where they start and end, and the phrase-matcher hits inside each.

A sentence ends at . ! ? (with closing quotes) and at a line break, unless the next line
carries on in lower case (a paragraph wrapped by hand), and not at the full stop of an
abbreviation the lexicon lists ("у м. Харків", "в с. Отрадное").
"""

from __future__ import annotations

from skytruce.extract.document import Document, Hits, Sentence
from skytruce.extract.tokens import Tokens

SENTENCE_END = {".", "!", "?", "…"}
CLOSERS = {"”", '"', "’", "'", ")", "»"}
OPENERS = "“\"(«„"  # a quote or bracket that opens the next sentence ('об атаке. «Над Туапсе ...')


def _runs_on(doc: Tokens, before: int, after: int, gap: str) -> bool:
    """A single line break inside a sentence: the next line starts in lower case and the
    line before did not end one."""
    if gap.count("\n") > 1 or before < 0 or after >= len(doc):
        return False
    last = doc[before].text
    return doc[after].text[:1].islower() and last not in SENTENCE_END and last[-1:] not in CLOSERS


def _model_letter_ending(doc: Tokens, i: int) -> bool:
    """A model's letter glued to a full stop after a hyphen ('Іскандер-М.'), which the
    tokenizer keeps as one abbreviation-like token."""
    text = doc[i].text
    return len(text) == 2 and text[1] == "." and text[0].isupper() and i > 0 and doc[i - 1].text == "-"


def sentence_bounds(doc: Tokens, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token ranges of sentences: ends at . ! ? (with closing quotes) and at line breaks."""
    bounds, start, n = [], 0, len(doc)
    line_ends = doc.before_newline()  # every token holding a line break is among them
    # only these tokens can end a sentence: the others are stepped over
    candidates = sorted(line_ends.union([t.i for t in doc if t.text in SENTENCE_END or _model_letter_ending(doc, t.i)]))
    i = 0
    for c in candidates:
        if c < i:
            continue
        i = c
        token = doc[i]
        end = None
        if token.is_space and "\n" in token.text:
            if not _runs_on(doc, i - 1, i + 1, token.text):
                end = i
                nxt = i + 1
        elif i in line_ends and not _runs_on(doc, i, i + 1, "\n"):
            end = nxt = i + 1
        elif _model_letter_ending(doc, i):
            if i + 1 >= n or doc[i + 1].is_space or doc[i + 1].text[:1].isupper():
                end = nxt = i + 1  # "... ракети Іскандер-М. Обидві ...": the model's letter and the full stop
        elif token.text in SENTENCE_END and not (token.text == "." and i > 0 and doc[i - 1].text.lower() in abbreviations):
            j = i + 1
            while j < n and doc[j].text in CLOSERS and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text):
                j += 1  # (a quote mark after a space opens the next sentence: 'in the morning. "The enemy used')
            if j >= n or doc[j].is_space or doc[j].text[:1].isupper() or doc[j].text[:1] in OPENERS or doc[j].like_num:
                end = nxt = j
        if end is not None:
            if end > start:
                bounds.append((start, end))
            start = nxt
            while start < n and doc[start].is_space:
                start += 1
            i = max(start, i + 1)
    if start < n:
        bounds.append((start, n))
    return [(s, e) for s, e in bounds if any(not doc[k].is_space for k in range(s, e))]


CONTRASTS = {"while", "whereas"}
CLAUSE_REACH = 6  # tokens from "while" to the verb that gives the second clause its own speaker


def split_sentences(doc: Document) -> None:
    """Pipeline component: the sentences, each with the matcher hits that lie inside it."""
    tokens, matches = doc.tokens, doc.matches
    m = 0
    bounds = [part for first, last in sentence_bounds(tokens, doc.res.abbreviations)
              for part in _two_voices(doc, first, last)]
    for index, (first, last) in enumerate(bounds):
        while m < len(matches) and matches[m][1] < first:
            m += 1
        k, inside = m, []
        while k < len(matches) and matches[k][1] < last:
            if matches[k][2] <= last and not _compound_verb(doc, matches[k]) and not _modifier_weapon(doc, matches[k]):
                inside.append(matches[k])
            k += 1
        start, end = tokens[first].idx, tokens[last - 1].idx + len(tokens[last - 1].text)
        sentence = Sentence(index, first, last, start, end, doc.text[start:end])
        own = tokens[first:last]
        words = frozenset([t.lower_ for t in own])
        if inside or any([t.like_num for t in own]) or not words.isdisjoint(doc.res.words["place_nouns"]):
            # (a line that only names a place, 'Білопільська громада.', labels the strike told after it)
            sentence.hits = Hits(doc.res, inside)
            sentence.words = words
        doc.sentences.append(sentence)


def _compound_verb(doc: Document, match: tuple[int, int, int]) -> bool:
    """A role verb inside a hyphenated word ('air-launched', 'ship-launched'), which the
    tokenizer splits: a modifier, not what happened to the weapons."""
    match_id, s, _ = match
    tokens = doc.tokens
    return doc.res.label_family[match_id] == "ROLE" and s > 0 and tokens[s - 1].text == "-" \
        and tokens[s - 1].idx + 1 == tokens[s].idx


def _modifier_weapon(doc: Document, match: tuple[int, int, int]) -> bool:
    """A weapon word that qualifies another noun ('bomb shelter'), or weapons kept somewhere
    ('a depot where glide bombs were stored'): no weapon used."""
    match_id, _, e = match
    if doc.res.label_family[match_id] != "WEAPON" or e >= len(doc.tokens):
        return False
    tokens, stored = doc.tokens, doc.res.words["stored"]
    return tokens[e].lower_ in doc.res.not_weapon_after or tokens[e].lower_ in stored \
        or (e + 1 < len(tokens) and tokens[e].lower_ in ("were", "are", "was", "is") and tokens[e + 1].lower_ in stored)


def _two_voices(doc: Document, first: int, last: int) -> list[tuple[int, int]]:
    """'Kyiv says it downed 458 drones, while Russia says it destroyed 67': two clauses, each
    with its own speaker and verb, are read as two sentences."""
    tokens = doc.tokens
    text = doc.text[tokens[first].idx:tokens[last - 1].idx + len(tokens[last - 1].text)].lower()
    if not any(word in text for word in CONTRASTS):
        return [(first, last)]  # the usual sentence, told at C speed without a look at its tokens
    for k in range(first + 1, last - 2):
        if tokens[k].text != "," or tokens[k + 1].lower_ not in CONTRASTS:
            continue
        verbs = [s for match_id, s, _ in doc.matches if first <= s < last
                 and doc.res.label_family[match_id] == "ATTRIBUTION_VERBS"]
        if any(s < k for s in verbs) and any(k + 2 < s <= k + 1 + CLAUSE_REACH for s in verbs):
            return [(first, k + 1), (k + 2, last)]
    return [(first, last)]
