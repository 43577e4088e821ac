"""Regular expressions over long lists of words, written so that Python's engine tries few
of the words at each place.

The engine tries the alternatives of `a|b|c` one after another at every place it looks;
with hundreds of month, weekday or cue words that is most of a sentence's cost. Grouped by
their first character, `(?:a...|a...)|(?:b...)`, the alternatives that cannot start there
are ruled out by one comparison per group. The matches are the same: alternatives that
start with different characters never match at the same place, and within a group the
order is kept. (Only for patterns matched case-sensitively: with IGNORECASE 'a' and 'A'
would start two groups that can match at the same place.)
"""

from __future__ import annotations

SPECIAL = set(".^$*+?{}[]()|\\")


def by_first_character(alternatives: list[str]) -> str:
    """The alternation of `alternatives` (patterns), grouped by their first character
    where each starts with a plain character ('may', r'\\-day'); left as it is otherwise."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = _first_character(alternative)
        if first is None:
            return "|".join(alternatives)  # one starts with a class or a group: any order change could matter
        groups.setdefault(first, []).append(alternative)
    return "|".join(f"(?:{'|'.join(group)})" for group in groups.values())


def _first_character(pattern: str) -> str | None:
    """The character a pattern's match starts with, when the pattern fixes it."""
    escaped = pattern[:1] == "\\"
    first = pattern[1:2] if escaped else pattern[:1]
    if not first or (first.isalnum() if escaped else first in SPECIAL):
        return None  # r"\d" is a class; r"\-" is "-"
    if pattern[2 if escaped else 1:][:1] in ("*", "?", "{") or _alternation_at_top(pattern):
        return None  # "a?b" may start with "b", "a|b" with "b"
    return first


def _alternation_at_top(pattern: str) -> bool:
    """Whether the pattern is itself an alternation ('a|b'; not 'day (?:earlier|before)')."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False

