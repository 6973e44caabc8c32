"""Where quotations and interview answers are: typography and layout, not grammar.

    quotations(text)   every quotation: the characters between matching marks (“…”,
                       "…", and ‘…’ outside another quotation); marks nested inside a
                       quotation belong to it. News style continues a quotation over
                       paragraphs by opening each paragraph again and closing only the last:
                       a segment left open at a paragraph's end is chained to a segment that
                       opens the next paragraph, and the chain shares one attribution.
    interview(text)    transcript lines: "Q: ..." questions and "A: ..." or "Name Surname:
                       ..." answers, when the text has at least two such lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = {"“": "”", '"': '"', "‘": "’"}
# A single curly mark opens a quotation only at a word's start, and closes only at a word's
# end ("don’t" and "the group’s" are apostrophes).
_LETTER = re.compile(r"\w")


@dataclass
class Quotation:
    start: int           # the opening mark
    end: int             # after the closing mark (or the paragraph's end when left open)
    inner: tuple[int, int]
    chain: int           # quotations continued over paragraphs share a chain number
    closed: bool = True


def quotations(text: str) -> list[Quotation]:
    found: list[Quotation] = []
    chain = 0
    para_start = 0
    while para_start <= len(text):
        para_end = text.find("\n", para_start)
        para_end = len(text) if para_end < 0 else para_end
        continues = bool(found) and not found[-1].closed
        for q in _in_paragraph(text, para_start, para_end):
            if not (continues and q.start == _first_char(text, para_start, para_end)):
                chain += 1
            continues = False
            q.chain = chain
            found.append(q)
        para_start = para_end + 1
    return found


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _in_paragraph(text: str, start: int, end: int) -> list[Quotation]:
    found = []
    i = start
    while i < end:
        mark = text[i]
        close = _OPEN.get(mark)
        if close is None or (mark == "‘" and i > start and _LETTER.match(text[i - 1])):
            i += 1
            continue
        j = _closing(text, i + 1, end, close)
        if j is None:  # left open: the quotation runs to the paragraph's end
            found.append(Quotation(i, end, trim(text, i + 1, end), 0, closed=False))
            break
        found.append(Quotation(i, j + 1, trim(text, i + 1, j), 0))
        i = j + 1
    return [q for q in found if q.inner[1] > q.inner[0]]


def _closing(text: str, i: int, end: int, close: str) -> int | None:
    while i < end:
        ch = text[i]
        if ch == close and not (close == "’" and i + 1 < len(text) and _LETTER.match(text[i + 1])):
            return i
        i += 1
    return None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink start:end past surrounding spaces and punctuation that belong to no claim."""
    while start < end and text[start] in " \t\n,;:—–-":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:—–-":
        end -= 1
    return start, end


def nested(text: str, outer: Quotation) -> list[tuple[int, int]]:
    """Quotations inside a double-quoted one ("... he shouted, 'Next time we will not miss.'"):
    the inner words between single marks that open at a word's start and close at its end."""
    a, b = outer.inner
    if text[outer.start] not in "“\"":
        return []
    found = []
    i = a
    while i < b:
        if text[i] in "‘'" and (i == a or not _LETTER.match(text[i - 1])):
            j = i + 1
            while j < b and not (text[j] in "’'" and (j + 1 >= len(text) or not _LETTER.match(text[j + 1]))):
                j += 1
            if j < b and j - i > 1:
                found.append(trim(text, i + 1, j))
            i = j + 1
        else:
            i += 1
    return [span for span in found if span[1] > span[0]]


# ---- interview transcripts ---------------------------------------------------------------
_LABEL = re.compile(r"^[ \t]*(?P<label>Q|A|Question|Answer|[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3})"
                    r"[ \t]*:[ \t]+(?P<body>\S[^\n]*)$", re.M)


@dataclass
class TranscriptLine:
    label: str
    label_span: tuple[int, int]
    body: tuple[int, int]

    @property
    def question(self) -> bool:
        return self.label in ("Q", "Question")


def interview(text: str) -> list[TranscriptLine]:
    """The labelled lines of an interview transcript; none unless the text has a question
    line, or at least two answer lines under one label."""
    lines = [TranscriptLine(m.group("label"), (m.start("label"), m.end("label")),
                            trim(text, m.start("body"), m.end("body"))) for m in _LABEL.finditer(text)]
    labels = [line.label for line in lines]
    if any(line.question for line in lines) or any(labels.count(label) >= 2 for label in labels):
        return lines
    return []
