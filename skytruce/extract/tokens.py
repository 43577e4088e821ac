"""Tokens as plain Python objects, each with the attributes the extractor reads.

`lower_` is the form the lexicon is written in: the lower-case word, or in an inflected
language its lemma ("шахедами" -> "шахед").
"""

from __future__ import annotations

from bisect import bisect_right

# What the extractor reads of a word besides its text: lower_, like_num, is_alpha, is_punct, is_space.
WordAttributes = tuple[str, bool, bool, bool, bool]


class Tok:
    __slots__ = ("i", "text", "lower_", "like_num", "is_alpha", "is_punct", "is_space", "idx")

    def __init__(self, i: int, text: str, lower: str, like_num: bool, is_alpha: bool, is_punct: bool,
                 is_space: bool, idx: int):
        self.i, self.text, self.lower_, self.like_num = i, text, lower, like_num
        self.is_alpha, self.is_punct, self.is_space, self.idx = is_alpha, is_punct, is_space, idx


class Tokens(list):
    """The tokens of one document: a plain list (fast to index) that knows its text."""

    def __init__(self, tokens: list[Tok], text: str):
        super().__init__(tokens)
        self.source = text

    def before_newline(self) -> set[int]:
        """Indices of the tokens a line break follows."""
        starts = [t.idx for t in self]
        marked, at = set(), self.source.find("\n")
        while at != -1:
            marked.add(bisect_right(starts, at) - 1)
            at = self.source.find("\n", at + 1)
        return marked

    def phrase_ends_at(self, end: int, phrases, first: int = 0) -> bool:
        """Whether one of the lower-case phrases ends right before token `end`, from `first` on
        ('... flew towards' | 'Belarus', '... along with' | 'two Kalibrs')."""
        for phrase in phrases:
            words = phrase.split()
            start = end - len(words)
            if start >= first and all(self[start + n].lower_ == w for n, w in enumerate(words)):
                return True
        return False

    def text_of(self, start: int, end: int) -> str:
        """The document text of tokens start..end-1."""
        if end <= start:
            return ""
        last = self[end - 1]
        return self.source[self[start].idx:last.idx + len(last.text)]
