"""Token attributes read once per document into plain Python objects.

Indexing a spaCy Doc builds a new Token object on every access; the extractor looks at
each token many times, so it reads them once here and works on these instead.
"""

from __future__ import annotations

from spacy.tokens import Doc


class Tok:
    __slots__ = ("i", "text", "lower_", "like_num", "is_alpha", "is_punct", "is_space", "whitespace_", "idx")

    def __init__(self, i: int, text: str, lower: str, like_num: bool, is_alpha: bool, is_punct: bool,
                 is_space: bool, whitespace: str, idx: int):
        self.i, self.text, self.lower_, self.like_num = i, text, lower, like_num
        self.is_alpha, self.is_punct, self.is_space = is_alpha, is_punct, is_space
        self.whitespace_, self.idx = whitespace, idx


class Tokens(list):
    """The tokens of one document: a plain list (fast to index) that knows its text."""

    def __init__(self, doc: Doc, text: str):
        super().__init__(Tok(t.i, t.text, t.lower_, t.like_num, t.is_alpha, t.is_punct, t.is_space, t.whitespace_,
                             t.idx) for t in doc)
        self.source = text

    def text_of(self, start: int, end: int) -> str:
        """The document text of tokens start..end-1."""
        if end <= start:
            return ""
        last = self[end - 1]
        return self.source[self[start].idx:last.idx + len(last.text)]
