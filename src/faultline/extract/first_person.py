"""First person plural in quoted words: "we", "our" and "us" stand for the body the speaker
speaks for.

    "We will defeat them," said the army.                      we = the army
    "We will defeat them," said X, commander of the Y Command.   we = the Y Command
    "Our forces are ready," Nordland's defence minister said.    our = Nordland
A speaker that is a body speaks for itself; a person for the body their own attribution
names (an organisation or group before a state: "the Y Command", then "Nordland's"). A
person named alone speaks for no one the text says, so their "we" stays unread, as does a
"we" in the reporter's own words or in reported speech ("X said we must ..." is the
reporter's "we"). Each reading becomes a Mention of the body with role "speaker".
"""
from __future__ import annotations

from ..model import Claim, Mention, Parsed
from .index import MentionIndex

_WE = frozenset({"we", "us", "our", "ours", "ourselves"})
_BODIES = ("organization", "armed_group", "media", "state")


def speaking_for(parsed: Parsed, claims: list[Claim], mentions: list[Mention]) -> list[Mention]:
    """A mention of the speaker's body for every "we" in a quotation of `claims`."""
    index = MentionIndex(mentions)
    found: list[Mention] = []
    # a quotation continued, or one attributed to "he", keeps the body last named for its speaker
    bodies: dict[str, Mention] = {}
    for claim in claims:
        if claim.speaker is None:
            continue
        named = _body(claim, index) if len(claim.evidence) > 1 else None
        if named is not None:
            bodies[claim.speaker] = named
        body = bodies.get(claim.speaker)
        if claim.kind != "direct" or body is None:
            continue
        words = claim.evidence[0]
        for token in parsed.doc.char_span(words.start, words.end, alignment_mode="expand") or ():
            if token.lower_ in _WE and not token.is_upper and token.pos_ in ("PRON", "DET") and not index.overlapping(
                    token.idx, token.idx + len(token)):
                span = parsed.document.span(token.idx, token.idx + len(token))
                found.append(Mention(body.entity, body.name, body.type, span, role="speaker",
                                     country=body.country, codes=dict(body.codes)))
    return found


def _body(claim: Claim, index: MentionIndex) -> Mention | None:
    """The body `claim`'s speaker speaks for, as a mention in the attribution's words."""
    who = claim.evidence[1]
    named = [m for m in index.overlapping(who.start, who.end) if m.role not in ("pronoun", "speaker")]
    own = next((m for m in named if m.entity == claim.speaker), None)
    if own is not None and own.type in _BODIES:
        return own
    if own is None or own.type != "person":
        return None
    others = [m for m in named if m.entity != claim.speaker and m.type in _BODIES]
    groups = [m for m in others if m.type != "state"]
    return (groups or others or [None])[0]
