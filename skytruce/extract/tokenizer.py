"""Tokenization by the rules of spaCy's blank pipeline of a language, applied in plain Python.

spaCy's tokenizer splits a text on whitespace, then strips each chunk's prefixes and
suffixes and splits it at infixes, by regular expressions, with special cases ("U.S.",
"don't") taken whole. This module reads those rules from spaCy once (`rules_from_spacy`,
kept in skytruce's cache, so a warm start never imports spaCy) and applies them itself:
the same tokens, as a test checks on every report at hand, but no spaCy Doc or lexemes are
built, a chunk of letters only (most of them) needs no affix search, and each distinct
chunk is split once per process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

Pattern = tuple[str, int]  # a regular expression's source and flags, as kept in the cache
SPACE = re.compile(r"(\s+)")
MEMO_LIMIT = 500_000  # distinct chunks remembered before the memo starts again (memory stays bounded)


@dataclass(frozen=True)
class TokenizerRules:
    """What a language's tokenization depends on: plain data, cheap to keep and load."""

    prefix: Pattern | None
    suffix: Pattern | None
    infix: Pattern | None
    url: Pattern | None
    special_cases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    number_words: frozenset[str] = frozenset()  # the words spaCy's LIKE_NUM of the language lists


def rules_from_spacy(lang: str, special_cases: bool = True) -> TokenizerRules:
    """The rules of `spacy.blank(lang)`'s tokenizer (without its special cases unless
    `special_cases`) and its list of number words."""
    import importlib

    import spacy
    from spacy.attrs import ORTH

    tokenizer = spacy.blank(lang).tokenizer

    def source(method) -> Pattern | None:
        return (method.__self__.pattern, method.__self__.flags) if method is not None else None

    numbers = importlib.import_module(f"spacy.lang.{lang}.lex_attrs")
    words = [*getattr(numbers, "_num_words", []), *getattr(numbers, "_ordinal_words", [])]
    return TokenizerRules(
        source(tokenizer.prefix_search), source(tokenizer.suffix_search), source(tokenizer.infix_finditer),
        source(tokenizer.url_match),
        {chunk: tuple(t[ORTH] for t in parts) for chunk, parts in (tokenizer.rules or {}).items()} if special_cases else {},
        frozenset(w.lower() for w in words))


class Tokenizer:
    """Text -> (offset, token text) pairs, exactly as spaCy's tokenizer under the same rules."""

    def __init__(self, rules: TokenizerRules):
        self.rules = rules
        self._prefix = re.compile(*rules.prefix).search if rules.prefix else None
        self._suffix = re.compile(*rules.suffix).search if rules.suffix else None
        self._infixes = re.compile(*rules.infix).finditer if rules.infix else None
        self._url = re.compile(*rules.url).match if rules.url else None
        self._specials = rules.special_cases
        self._memo: dict[str, tuple[tuple[int, str], ...]] = {}
        # special cases that affixes would split ("U.S." -> "U.S", "."), found again after splitting, by first piece
        self._split_specials: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for special in self._specials:
            if " " in special or self._has_affix(special):
                pieces = tuple(piece for _, piece in self._tokens(special, with_specials=False))
                self._split_specials.setdefault(pieces[0], []).append((pieces, special))

    def __call__(self, text: str) -> list[tuple[int, str]]:
        return self._tokens(text)

    def _tokens(self, text: str, with_specials: bool = True) -> list[tuple[int, str]]:
        """A run of whitespace is one token, less one space that follows a token (spaCy's rule)."""
        out: list[tuple[int, str]] = []
        append, memo = out.append, self._memo
        at = 0
        for part in SPACE.split(text):
            if part == " " and at:  # (the commonest part: the space between two words)
                at += 1
                continue
            if not part:
                continue
            if part[0].isspace():
                if part[0] != " " or not at:
                    append((at, part))
                elif len(part) > 1:
                    append((at + 1, part[1:]))
            elif not with_specials:
                out.extend(_offsets(self._split(part, {}), at))
            else:
                pieces = memo.get(part) or self._remember(part)
                if len(pieces) == 1:
                    append((at, part))
                else:
                    out.extend((at + offset, piece) for offset, piece in pieces)
            at += len(part)
        return out

    def _remember(self, chunk: str) -> tuple[tuple[int, str], ...]:
        if len(self._memo) >= MEMO_LIMIT:
            self._memo.clear()
        if chunk.isalpha() and chunk not in self._specials:  # letters only: no rule splits it
            pieces: tuple[str, ...] | list[str] = (chunk,)
        else:
            pieces = self._specials.get(chunk) or self._split(chunk, self._specials)
        offsets = _offsets(pieces)
        if len(offsets) > 1 and self._split_specials:  # (within the chunk: no special case holds a space)
            offsets = self._rejoin_specials(offsets, chunk)
        found = self._memo[chunk] = tuple(offsets)
        return found

    def _has_affix(self, text: str) -> bool:
        return bool(self._prefix and self._prefix(text) or self._suffix and self._suffix(text)
                    or self._infixes and any(True for _ in self._infixes(text)))

    def _split(self, chunk: str, specials: dict[str, tuple[str, ...]]) -> list[str]:
        """Strip prefixes and suffixes until none is left (or what is left is a special
        case), then split the middle at infixes, as spaCy's `_split_affixes` and
        `_attach_tokens` do."""
        prefixes: list[str] = []
        suffixes: list[str] = []
        string, last = chunk, -1
        while string and len(string) != last and string not in specials:
            last = len(string)
            found = self._prefix(string) if self._prefix else None
            pre = found.end() - found.start() if found else 0
            if pre and string[pre:] in specials:
                prefixes.append(string[:pre])
                string = string[pre:]
                break
            found = self._suffix(string[pre:]) if self._suffix else None
            suf = found.end() - found.start() if found else 0
            if suf and string[:-suf] in specials:
                suffixes.append(string[-suf:])
                string = string[:-suf]
                break
            if pre and suf and pre + suf <= len(string):
                prefixes.append(string[:pre])
                suffixes.append(string[-suf:])
                string = string[pre:-suf]
            elif pre:
                prefixes.append(string[:pre])
                string = string[pre:]
            elif suf:
                suffixes.append(string[-suf:])
                string = string[:-suf]
        middle = list(specials[string]) if string in specials else self._split_infixes(string)
        return prefixes + middle + suffixes[::-1]

    def _split_infixes(self, string: str) -> list[str]:
        if not string:
            return []
        if not self._infixes or self._url and self._url(string):
            return [string]
        pieces, start = [], 0
        for found in self._infixes(string):
            begin, end = found.start(), found.end()
            if begin == 0:  # an infix at the very start splits nothing off
                continue
            if begin != start:
                pieces.append(string[start:begin])
            if begin != end:
                pieces.append(string[begin:end])
            start = end
        if string[start:]:
            pieces.append(string[start:])
        return pieces

    def _rejoin_specials(self, tokens: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
        """Special cases split by affixes, joined again where the text spells them whole:
        the longest first, none overlapping (spaCy's `_apply_special_cases`)."""
        found = []
        for i, (_, piece) in enumerate(tokens):
            for pieces, special in self._split_specials.get(piece, ()):
                if tuple(p for _, p in tokens[i:i + len(pieces)]) == pieces:
                    found.append((i, i + len(pieces), special))
        if not found:
            return tokens
        taken: set[int] = set()
        chosen: dict[int, tuple[int, str]] = {}
        for start, end, special in sorted(found, key=lambda f: (f[1] - f[0], f[0]), reverse=True):
            if start not in taken and end - 1 not in taken:
                chosen[start] = (end, special)
            taken.update(range(start, end))
        out, i = [], 0
        while i < len(tokens):
            end, special = chosen.get(i, (0, ""))
            first = tokens[i][0]
            if end and text[first:tokens[end - 1][0] + len(tokens[end - 1][1])] == special:
                for piece in self._specials[special]:
                    out.append((first, piece))
                    first += len(piece)
                i = end
            else:
                out.append(tokens[i])
                i += 1
        return out


def _offsets(pieces, at: int = 0) -> list[tuple[int, str]]:
    """Each piece of a chunk with its offset, the chunk starting at `at`."""
    out = []
    for piece in pieces:
        out.append((at, piece))
        at += len(piece)
    return out


# Digits with a cardinal's case ending ('5-ти', '3-х', '12-ма', '2-мя'); '15-ю' is also an
# ordinal ('15-ю ночь'), a count only before an instrumental plural (`numbers.read_number`).
CASE_ENDED = re.compile(r"^(\d{1,4})-(?:ти|х|ох|ьох|ех|ух|м|ми|мя|ма|ьма|ью|(ю))$")


def like_num(word: str, number_words: frozenset[str]) -> bool:
    """Digits (after a sign, with separators), a fraction, '21st', or one of the language's
    number words: what spaCy's LIKE_NUM tells, in one definition for every language."""
    text = word[1:] if word[:1] in "+-±~" and word else word
    text = text.removesuffix("%").replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    lower = text.lower()
    return lower in number_words or lower[-2:] in ("st", "nd", "rd", "th") and lower[:-2].isdigit() \
        or bool(CASE_ENDED.match(lower))


def is_punct(word: str) -> bool:
    """Every character punctuation (spaCy's IS_PUNCT)."""
    return all(unicodedata.category(c).startswith("P") for c in word)
