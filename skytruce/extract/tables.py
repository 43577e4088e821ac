"""Tables: figures laid out in columns under a header of role words.

Newsletters and monitors lay a night out as a table, one weapon a row:

    weapon          launched   destroyed   lost locally
    Shahed-136/131     121         98           14
    Iskander-M           2          1            -

Each row's numbers take the role of the header cell above them; a cell whose role is not
launched or destroyed ('lost locally', 'hit') is read and left out, and a column of where
the weapons came from ('Launched from', 'Откуда пуски') gives the places in its cells the
role of launch areas. Round-ups lay out a night a row instead, the day first:

    Night ending | Drones launched | Drones shot down | Missiles launched
    Tue 10 Feb   | 129             | 103              | –

Each column names a weapon, a role or both ('Дрони', 'Downed', 'запущено / збито'), a
weapon a row's cell names ('20 Shahed') standing in for one the header does not. Cells are
separated by a run of spaces, a tab or a bar ('| Kalibr | 6 | 6 |'). A table ends at the
first line that is not a row.
"""

from __future__ import annotations

import re

from skytruce.extract.document import Sentence
from skytruce.extract.tokens import Tokens

CELL_BREAK = re.compile(r"\s*\|\s*|\t\s*| {2,}")
EMPTY_CELL = {"-", "–", "—", "n/a", "?", ""}
COUNTED_ROLES = {"launched", "destroyed"}
LAUNCH_COLUMN = "launch"  # the column of where each row's weapons came from ('Launched from | ...')


RULE_LINE = re.compile(r"[|:\-–—+= ]*[-–—=]{3}[|:\-–—+= ]*")  # '|---|---|', '--------  -----'


def rule_line(sent: Sentence) -> bool:
    """The line is a rule drawn under a table's header ('|---|---|---|'): the table goes on."""
    return bool(RULE_LINE.fullmatch(sent.text.strip()))


def _in_columns(sent: Sentence) -> bool:
    """The line is laid out in columns: a run of spaces, a tab or a bar in it."""
    return sent.hits is not None and ("  " in sent.text or "\t" in sent.text or "|" in sent.text)


def cells(sent: Sentence) -> list[tuple[int, int]]:
    """Character spans (in the document) of the sentence's cells, empty edges dropped."""
    cells, at = [], 0
    for m in CELL_BREAK.finditer(sent.text):
        cells.append((at, m.start()))
        at = m.end()
    cells.append((at, len(sent.text)))
    if cells and cells[0][1] <= cells[0][0]:
        cells.pop(0)  # (the edge before a line's first bar)
    if cells and cells[-1][1] <= cells[-1][0]:
        cells.pop()  # (after its last bar; an empty cell between bars stays a cell: '| All missiles | 88 | 37 | |')
    return [(sent.start + s, sent.start + e) for s, e in cells]


def header_roles(toks: Tokens, sent: Sentence, launch_columns: set[str]) -> list[str] | None:
    """The role of each column after the first, where the line is a table's header: every
    one of them names a role, or where the weapons came from (`launch`), and no cell holds
    a number."""
    if not _in_columns(sent):
        return None  # the usual sentence
    roles = sent.hits.spans("ROLE")
    if len(roles) < 2 or any(toks[k].like_num for k in range(sent.first, sent.last)):
        return None
    found: list[str] = []
    for start, end in cells(sent)[1:]:
        if toks.source[start:end].strip().lower() in launch_columns:
            found.append(LAUNCH_COLUMN)
            continue
        role = next((label.split(":")[1] for s, _, label in roles if start <= toks[s].idx < end), None)
        if role is None:
            return None
        found.append(role)
    return found if sum(role != LAUNCH_COLUMN for role in found) >= 2 else None


def row_values(toks: Tokens, sent: Sentence, columns: list[str]
               ) -> tuple[int, dict[str, int], list[tuple[int, int]]] | None:
    """Where a table row's first cell (its weapon) ends, the counts of its cells by role,
    and the spans of its cells that say where the weapons came from; None where the line is
    not a row of this table."""
    if sent.hits is None:
        return None
    spans = cells(sent)
    if len(spans) != len(columns) + 1:
        return None
    counts: dict[str, int] = {}
    launch: list[tuple[int, int]] = []
    for role, (start, end) in zip(columns, spans[1:]):
        text = toks.source[start:end].strip().replace(",", "")
        if role == LAUNCH_COLUMN:
            launch.append((start, end))
        elif text.isdigit():
            if role in COUNTED_ROLES:
                counts[role] = int(text)
        elif text.lower() not in EMPTY_CELL:
            return None
    return spans[0][1], counts, launch


def day_header(toks: Tokens, sent: Sentence, day_words: set[str]) -> list[tuple[int, int]] | None:
    """The spans of the cells after the first, where the line heads a table of nights: its
    first cell names the day ('Night ending', 'Morning of', 'Ніч на') and no cell holds a
    number."""
    if not _in_columns(sent):
        return None  # the usual sentence
    spans = cells(sent)
    if len(spans) < 2 or any(toks[k].like_num for k in range(sent.first, sent.last)):
        return None
    first = toks.source[spans[0][0]:spans[0][1]].lower()
    return spans[1:] if set(re.findall(r"\w+", first)) & day_words else None


def cell_counts(text: str) -> list[int]:
    """The counts of a cell, in order: '126 / 79' (launched and downed), '20 Shahed'; none in '–'."""
    return [int(m[1].replace(",", "")) for part in text.split("/") if (m := re.match(r"\s*(\d[\d,]*)", part))]
