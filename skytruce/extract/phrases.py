"""A phrase matcher: every place where any of many phrases (token sequences) stands in a
document, as spaCy's PhraseMatcher finds them, by a trie of dicts on the tokens' `lower_`
(the lower-case word, or the lemma in an inflected language).
"""

from __future__ import annotations

from typing import Iterable, Sequence

LABELS = ""  # the key of a trie node's labels (no token is empty)


class PhraseMatcher:
    def __init__(self) -> None:
        self._trie: dict = {}

    def add(self, label: int, phrases: Iterable[Sequence[str]]) -> None:
        for phrase in phrases:
            if not phrase:
                continue
            node = self._trie
            for word in phrase:
                node = node.setdefault(word, {})
            labels = node.setdefault(LABELS, [])
            if label not in labels:
                labels.append(label)

    def __call__(self, words: Sequence[str]) -> list[tuple[int, int, int]]:
        """(label, start, end) of every phrase found in `words`, by start, then end, then
        the order labels were added."""
        found = []
        trie, last = self._trie, len(words)
        for start in [i for i, word in enumerate(words) if word in trie]:  # (most words start no phrase)
            node, end = trie[words[start]], start + 1
            while node is not None:
                labels = node.get(LABELS)
                if labels:
                    found.extend((label, start, end) for label in labels)
                if end == last:
                    break
                node, end = node.get(words[end]), end + 1
        return found
