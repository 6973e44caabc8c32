"""First person plural: "we", "our" and "us" stand for the body whose words they are.

    "We will defeat them," said the army.                      we = the army
    "We will defeat them," said X, commander of the Y Command.   we = the Y Command
    "Our forces are ready," Nordland's defence minister said.    our = Nordland
    Minister X said:¶ We will not rest ...                       we = the body X's line names,
                                                                 else the document's publisher
    We condemn the attack. (a ministry's own release)           we = the publisher
A speaker that is a body speaks for itself; a person for the body their own attribution
names (an organisation or group before a state: "the Y Command", then "Nordland's"). A
statement a line ending "X said:" introduces, unquoted, runs to the next such line. The
publisher is the body a document's outlet names (ActorMatcher.publisher: a ministry or a
command, never a news outlet): its own words, and the statements of its officials who name no
other body, are its "we". Otherwise a person named alone speaks for no one the text says, so
their "we" stays unread, as does a "we" in a quotation no claim reads, in a news outlet's
own words or in reported speech ("X said we must ..." is the reporter's "we"). Each reading
becomes a Mention of the body with role "speaker".
"""
from __future__ import annotations

from typing import NamedTuple

from ..model import Actor, Claim, Mention, Parsed
from .claims.quotations import quotations
from .index import MentionIndex, SpanSet
from .reporting import is_reporting_verb, load_reporting

_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_POSSESSIVES = frozenset({"our", "ours"})
_BODIES = ("organization", "armed_group", "media", "state")


def speaking_for(parsed: Parsed, claims: list[Claim], mentions: list[Mention],
                 publisher: Actor | None = None) -> list[Mention]:
    """A mention of the body each "we" of the document stands for."""
    index = MentionIndex(mentions)
    found: list[Mention] = []
    read = SpanSet()  # quotations a claim reads: their "we" is the speaker's or no one's
    # a quotation continued, or one attributed to "he", keeps the body last named for its speaker
    bodies: dict[str, Mention] = {}
    for claim in claims:
        if claim.speaker is None:
            continue
        named = _body(claim.speaker, claim.evidence[1], index) if len(claim.evidence) > 1 else None
        if named is not None:
            bodies[claim.speaker] = named
        body = bodies.get(claim.speaker)
        if claim.kind != "direct":
            continue
        words = claim.evidence[0]
        read.add(words.start, words.end)
        if body is not None:
            found += _readings(parsed, index, words.start, words.end, body)
    unread = SpanSet((q.start, q.end) for q in quotations(parsed.text))
    voice = _as_body(publisher, parsed) if publisher is not None else None
    said = _statements(parsed, index)
    for n, line in enumerate(said):
        end = said[n + 1].line[0] if n + 1 < len(said) else len(parsed.text)
        who = parsed.document.span(*line.line)
        body = _body(line.speaker.entity, who, index, line.speaker) or voice
        if body is not None:
            found += [m for m in _readings(parsed, index, line.start, end, body) if not read.covers(m.span.start)]
    if voice is not None:  # the publisher's own words: before any statement, outside quotations
        first = said[0].line[0] if said else len(parsed.text)
        found += [m for m in _readings(parsed, index, 0, first, voice)
                  if not read.covers(m.span.start) and not unread.covers(m.span.start)]
    return found


def as_mentions(readings: list[Mention]) -> list[Mention]:
    """The readings a reader of the output sees as mentions: "we", "us"; a possessive ("our
    partners") is a word of another noun's phrase, read by the tie readers only."""
    return [m for m in readings if m.span.text.lower() not in _POSSESSIVES]


class _Statement(NamedTuple):
    line: tuple[int, int]  # the line that introduces it ("Minister X said:")
    start: int
    speaker: Mention


def _as_body(actor: Actor, parsed: Parsed) -> Mention:
    """The publisher as the body its readings copy (never itself a mention of the text)."""
    return Mention(actor.id, actor.name, actor.type, parsed.document.span(0, 0), role="speaker",
                   country=actor.country, codes=dict(actor.codes))


def _readings(parsed: Parsed, index: MentionIndex, start: int, end: int, body: Mention) -> list[Mention]:
    """A mention of `body` for each "we" between `start` and `end` that is no name."""
    found = []
    for token in parsed.doc.char_span(start, end, alignment_mode="expand") or ():
        if token.lower_ in _WE and not token.is_upper and token.pos_ in ("PRON", "DET") and not index.overlapping(
                token.idx, token.idx + len(token)):
            span = parsed.document.span(token.idx, token.idx + len(token))
            found.append(Mention(body.entity, body.name, body.type, span, role="speaker",
                                 country=body.country, codes=dict(body.codes)))
    return found


def _body(speaker: str, who, index: MentionIndex, own: Mention | None = None) -> Mention | None:
    """The body `speaker` speaks for, as a mention in the attribution's words `who`."""
    named = [m for m in index.overlapping(who.start, who.end) if m.role not in ("pronoun", "speaker")]
    own = own or next((m for m in named if m.entity == speaker), None)
    if own is not None and own.type in _BODIES:
        return own
    if own is None or own.type != "person":
        return None
    others = [m for m in named if m.entity != speaker and m.type in _BODIES]
    groups = [m for m in others if m.type != "state"]
    return (groups or others or [None])[0]


def _statements(parsed: Parsed, index: MentionIndex) -> list[_Statement]:
    """Each statement a paragraph's last line introduces ("Minister X said:", "X issued the
    following statement:"), with the mention of its speaker, the line's subject."""
    nouns = load_reporting().statement_nouns
    text = parsed.text
    found = []
    for sent in parsed.doc.sents:
        line = text[sent.start_char:sent.end_char].rstrip()
        end = sent.start_char + len(line)
        if not line.endswith(":") or text[end:].lstrip(" \t")[:1] not in ("\n", ""):
            continue
        for verb in sent:
            said = is_reporting_verb(verb) or any(c.dep_ == "dobj" and c.lower_ in nouns for c in verb.children)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if said else None
            if subject is None:
                continue
            edge = subject.right_edge.idx + len(subject.right_edge)
            named = [m for m in index.overlapping(subject.left_edge.idx, edge) if m.role != "speaker"]
            speaker = next((m for m in named if m.span.start <= subject.idx < m.span.end), None) \
                or next((m for m in named if m.type == "person"), None) or (named or [None])[0]
            if speaker is not None:
                found.append(_Statement((sent.start_char, end), end, speaker))
            break
    return found
