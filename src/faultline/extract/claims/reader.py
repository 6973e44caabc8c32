"""The claims reader: verbs of saying over the parse, quotations, according-to, interviews
(the package docstring says what each kind is)."""
from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from dataclasses import dataclass

from ...model import Claim, Mention, Parsed, Span
from ..index import MentionIndex
from ..reporting import complement_of, load_reporting, reporting_frame
from .quotations import Quotation, interview, nested, quotations, trim
from .speakers import final_attribution, resolve_speaker, speaker_span, subject_of

_QUOTED_SHARE = 0.6  # reported content mostly inside quotation marks is a direct claim
_MIN_CONTENT_WORDS = 3
_REACH = 300  # characters around a quotation within which its verb of saying is looked for


@dataclass
class _Attribution:
    """Who a quotation is credited to: a verb of saying (its subject speaks), or a source
    named by according-to (its words end at `limit`)."""
    verb: object = None
    source: object = None
    cue: str | None = None
    limit: int | None = None


def extract_claims(parsed: Parsed, mentions: list[Mention]) -> list[Claim]:
    """Claims of one parsed document; `mentions` include coreference's references."""
    return _Reader(parsed, mentions).run()


class _Reader:
    def __init__(self, parsed: Parsed, mentions: list[Mention]):
        self.parsed = parsed
        self.doc = parsed.doc
        self.text = parsed.text
        self.index = MentionIndex(mentions)
        self.mentions = self.index.mentions
        self.quotes = quotations(self.text)
        self.quote_starts = [q.start for q in self.quotes]
        self.words_before = list(itertools.accumulate((t.is_alpha for t in self.doc), initial=0))
        # everything below looks things up by offset, so a long text costs n log n, not n²

    def run(self) -> list[Claim]:
        verbs = [t for t in self.doc if reporting_frame(t) and not self._quoted(t.idx)]
        self.verb_starts = [v.idx for v in verbs]
        reported = [c for c in (self._reported(v) for v in verbs) if c is not None]
        according = self._according_to()
        covered = sorted((c.evidence[0].start, c.evidence[0].end) for c in reported + according)
        direct = self._direct(verbs, covered)
        claims = _merge_repeated(direct) + reported + according + self._interview() + self._nested()
        # an interviewer's question asserts nothing, whatever verbs of saying it holds
        questions = sorted(line.body for line in interview(self.text) if line.question)
        claims = [c for c in claims if not _inside(questions, c.evidence[0].start)]
        claims = sorted(_without_duplicates(claims), key=lambda c: c.evidence[0].start)
        return self._headline_into_body(claims)

    def _headline_into_body(self, claims: list[Claim]) -> list[Claim]:
        """A headline's claim retold in the body ("X says Y" over "Y, X told ...") is one claim:
        the body's, with the headline as further evidence."""
        first = self.parsed.sentences[0] if self.parsed.sentences else (0, 0)
        line = self.text[first[0]:first[1]].strip()
        if not line or line[-1] in ".\"”" or "\n" not in self.text[first[0]:first[1] + 2]:
            return claims
        kept = []
        for claim in claims:
            if claim.evidence[0].end <= first[1]:
                words = _content_words(claim.text)
                body = next((c for c in claims if c.evidence[0].start >= first[1] and c.speaker == claim.speaker
                             and len(words & _content_words(c.text)) >= 0.4 * max(1, len(words))), None)
                if body is not None:
                    body.evidence.append(claim.evidence[0])
                    continue
            kept.append(claim)
        return kept

    # ---- reported speech and thought -------------------------------------------------------
    def _reported(self, verb) -> Claim | None:
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "did not say that ...": nothing was said
        content = _content_of(verb)
        if content is None:
            return None
        first, last = content
        nxt = self.doc[last.i + 1] if last.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.text in (".", "!", "?") and all(t.is_space for t in self.doc[nxt.i + 1:nxt.sent.end]):
            last = nxt  # content that ends the sentence keeps its full stop
        start = self.parsed.after_dateline(first.idx)
        start, end = trim(self.text, start, last.idx + len(last))
        words = self.words_before[last.i + 1] - self.words_before[first.i]
        if words < _MIN_CONTENT_WORDS or self._quoted_share(start, end) > _QUOTED_SHARE:
            return None
        return self._claim("indirect", start, end, verb)

    # ---- quotations ------------------------------------------------------------------------
    def _direct(self, verbs, covered: list[tuple[int, int]]) -> list[Claim]:
        claims: list[Claim] = []
        attributions: dict[int, _Attribution] = {}
        for q in self.quotes:  # first pass: the chain's attribution from any of its parts
            if q.chain not in attributions:
                found = self._attribution(q, verbs)
                if found is not None:
                    attributions[q.chain] = found
        last: Claim | None = None
        for q in self.quotes:
            a, b = q.inner
            i = bisect.bisect_right(covered, (a, len(self.text)))
            if any(s <= a and b <= e for s, e in covered[max(0, i - 8):i]):
                continue  # a partial quotation inside reported speech
            if re.search(r"so-called\s*$", self.text[max(0, q.start - 12):q.start]):
                continue  # a label the writer distances themself from, not a statement
            found = attributions.get(q.chain)
            if found is not None:
                claim = self._claim("direct", a, b, found.verb) if found.verb is not None else \
                    self._claim_by("direct", a, b, found.source, found.cue, limit=found.limit)
            elif last is not None and self._continues(last, q):
                claim = Claim(id=_claim_id(self.parsed.document.id, "direct", a, b), kind="direct",
                              text=self.text[a:b], evidence=[self.parsed.document.span(a, b)],
                              speaker=last.speaker, speaker_text=last.speaker_text, cue=last.cue)
                claim.about = self._about(a, b, claim.speaker)
            else:
                continue
            claims.append(claim)
            last = claim
        return claims

    def _attribution(self, q: Quotation, verbs) -> _Attribution | None:
        """The verb of saying that attributes quotation `q`, or an according-to source."""
        para = (self.text.rfind("\n", 0, q.start) + 1, _end_of_line(self.text, q.end))
        sentences = [(s, e) for s, e in self.parsed.sentences if s < q.end and e > q.start]
        if not sentences:
            return None
        lo, hi = max(para[0], sentences[0][0]), min(para[1], sentences[-1][1])
        lo, hi = max(lo, q.start - _REACH), min(hi, q.end + _REACH)  # an attribution stands by its quotation
        window = verbs[bisect.bisect_left(self.verb_starts, lo):bisect.bisect_left(self.verb_starts, hi)]
        near = [v for v in window if not (q.start <= v.idx < q.end) and subject_of(v) is not None]
        # the verb whose phrase holds the quotation ("she said: '...'", "'...,' she said") first
        holding = [v for v in near if v.left_edge.idx < q.end and q.start < v.right_edge.idx + len(v.right_edge)]
        if holding:
            return _Attribution(verb=min(holding, key=lambda v: min(abs(v.idx - q.start), abs(v.idx - q.end))))
        acc = self._according_in(lo, hi)
        if acc is not None and not (q.start <= acc[0].idx < q.end):
            return _Attribution(source=acc[1], cue=acc[2], limit=_source_end(acc[1]))
        if near:
            return _Attribution(verb=min(near, key=lambda v: min(abs(v.idx - q.start), abs(v.idx - q.end))))
        return None

    def _continues(self, last: Claim, q: Quotation) -> bool:
        """An unattributed quotation going on from the last one: in the same paragraph, or a
        paragraph that is nothing but a quotation right after it."""
        prev_end = last.evidence[0].end
        between = self.text[prev_end:q.start]
        if "\n" not in between:
            return True
        if between.count("\n") > 2 or between.strip(" \n”\"’.,") and not _only_quoted_lines(between):
            return False
        line_start = self.text.rfind("\n", 0, q.start) + 1
        return not self.text[line_start:q.start].strip() and not re.search(r"\w", self.text[q.end:_end_of_line(self.text, q.end)])

    def _nested(self) -> list[Claim]:
        """A quotation inside a quotation is its own speaker's: "the man shouted, 'We will not
        miss'", told by the outer speaker, is the man's."""
        claims = []
        for q in self.quotes:
            for a, b in nested(self.text, q):
                verbs = [t for t in self.parsed.tokens(q.inner[0], q.inner[1])
                         if reporting_frame(t) and not a <= t.idx < b and self.parsed.tokens(a, b)[:1]
                         and t.sent == self.parsed.tokens(a, b)[0].sent]
                if verbs:
                    verb = min(verbs, key=lambda v: min(abs(v.idx - a), abs(v.idx - b)))
                    claims.append(self._claim("direct", a, b, verb))
        return claims

    # ---- according to ----------------------------------------------------------------------
    def _according_to(self) -> list[Claim]:
        claims = []
        for s_start, s_end in self.parsed.sentences:
            found = self._according_in(s_start, s_end)
            if found is None:
                continue
            cue, source, cue_text = found
            phrase = (cue.left_edge.idx, _source_end(source))
            before = trim(self.text, self.parsed.after_dateline(s_start), phrase[0])
            after = trim(self.text, phrase[1], s_end)
            # what was said is the side of the sentence with a verb: "CONTENT, according to X" or
            # "In May, according to X, CONTENT"
            a, b = max((before, after), key=lambda side: (self._has_verb(*side), side[1] - side[0]))
            if b - a < 10 or self._quoted_share(a, b) > _QUOTED_SHARE:
                continue
            claims.append(self._claim_by("according_to", a, b, source, cue_text, limit=phrase[1]))
        return claims

    def _has_verb(self, start: int, end: int) -> bool:
        return any(t.pos_ in ("VERB", "AUX") for t in self.parsed.tokens(start, end))

    def _according_in(self, start: int, end: int):
        """("according"/"citing" token, the source's head token, cue words) in start:end."""
        cues = load_reporting().according_to
        span = self.parsed.tokens(start, end)
        for token in span:
            if token.lower_ not in cues:
                continue
            to = next((c for c in token.children if c.lower_ == "to"), None)
            if to is None and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                to = self.doc[token.i + 1]
            holder = to if to is not None else token
            source = next((c for c in holder.children if c.dep_ in ("pobj", "dobj")), None)
            if source is not None:
                return token, source, f"{token.lower_} to" if to is not None else token.lower_
        return None

    # ---- interviews --------------------------------------------------------------------
    def _interview(self) -> list[Claim]:
        claims = []
        lines = interview(self.text)
        named = [line for line in lines if not line.question and line.label not in ("A", "Answer")]
        for line in lines:
            if line.question:
                continue
            a, b = _unquote(self.text, *line.body)
            if b - a < 2:
                continue
            label = line if line in named else (named[-1] if named else None)
            span = self.parsed.document.span(*label.label_span) if label else None
            speaker = self._entity_in(span) if span else self._interviewee()
            claim = Claim(id=_claim_id(self.parsed.document.id, "direct", a, b), kind="direct", text=self.text[a:b],
                          evidence=[self.parsed.document.span(a, b)] + ([span] if span else []),
                          speaker=speaker, speaker_text=span.text if span else None, cue="interview")
            claim.about = self._about(a, b, speaker)
            claims.append(claim)
        return claims

    def _interviewee(self) -> str | None:
        """An answer under "A:": the person the text names most."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.type == "person":
                counts[m.entity] = counts.get(m.entity, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def _entity_in(self, span: Span) -> str | None:
        inside = [m for m in self.index.starting(span.start, span.end) if m.span.end <= span.end]
        if inside:
            return inside[0].entity
        exact = next((m for m in self.mentions if m.name == span.text), None)
        return exact.entity if exact else None

    # ---- building claims ---------------------------------------------------------------
    def _claim(self, kind: str, a: int, b: int, verb) -> Claim:
        subject = subject_of(verb)
        return self._claim_by(kind, a, b, subject, _cue(verb), frame=reporting_frame(verb))

    def _claim_by(self, kind: str, a: int, b: int, subject, cue: str, frame: str = "speech",
                  limit: int | None = None) -> Claim:
        span = speaker_span(self.parsed, subject, limit) if subject is not None else None
        speaker = resolve_speaker(self.parsed, subject, span, self.index.starting(
            min(span.start, subject.left_edge.idx), max(span.end, subject.right_edge.idx + 1))) if span else None
        evidence = [self.parsed.document.span(a, b)] + ([span] if span else [])
        claim = Claim(id=_claim_id(self.parsed.document.id, kind, a, b), kind=kind, text=self.text[a:b],
                      evidence=evidence, speaker=speaker, speaker_text=span.text if span else None, cue=cue,
                      frame=frame)
        claim.about = self._about(a, b, speaker)
        return claim

    def _about(self, start: int, end: int, speaker: str | None) -> list[str]:
        ids: list[str] = []
        for m in self.index.starting(start, end):
            if m.span.end <= end and m.entity != speaker and m.entity not in ids:
                ids.append(m.entity)
        return ids

    def _quotes_near(self, start: int, end: int) -> list[Quotation]:
        """The quotations that may overlap start:end (quotations never nest at this level)."""
        return self.quotes[max(0, bisect.bisect_right(self.quote_starts, start) - 1):
                           bisect.bisect_left(self.quote_starts, end)]

    def _quoted(self, pos: int) -> bool:
        return any(q.start <= pos < q.end for q in self._quotes_near(pos, pos + 1))

    def _quoted_share(self, start: int, end: int) -> float:
        covered = sum(max(0, min(end, q.end) - max(start, q.start)) for q in self._quotes_near(start, end))
        return covered / max(1, end - start)


def _content_of(verb):
    """(first, last) tokens of what a verb of saying or thinking reports, or None."""
    doc = verb.doc
    clause = _clause_of(verb)
    owned_object = any(c.dep_ == "dobj" and any(p.dep_ == "poss" for p in c.children) for c in verb.children)
    if clause is not None and clause.i < verb.i and owned_object:
        return None  # "X fired Y, one day after the team continued its slide": a deed, nothing said
    if clause is not None:
        first, last = clause.left_edge, clause.right_edge
        if first.dep_ == "mark" and first.lower_ == "that" and first.i < last.i:
            first = doc[first.i + 1]
        return first, last
    complement = complement_of(verb)
    if complement is not None:
        return complement
    if verb.dep_ in ("conj", "parataxis") and final_attribution(verb):
        # "CONTENT, residents said.": the parser made the verb a conjunct of the content
        comma = next(t for t in reversed(doc[verb.sent.start:verb.i]) if t.text == ",")
        return verb.sent[0], doc[comma.i - 1]
    after_that = _that_clause(verb)
    if after_that is not None:
        # "said in a statement that ...", where the parser hung the clause elsewhere
        last = verb.right_edge
        while last.is_punct and last.i > after_that.i:
            last = doc[last.i - 1]
        return after_that, last
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and verb.right_edge.i < verb.head.right_edge.i:
        # "As X warned, the truce collapsed": the clause the verb hangs from was said
        return doc[verb.right_edge.i + 1], verb.head.right_edge
    return None


def _clause_of(verb):
    """The clause a reporting verb introduces: its clausal complement (not an infinitive:
    "called on X to ..." is read by `complement_of`)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not any(t.lower_ == "to" for t in c.lefts)]
    return max(clauses, key=lambda c: c.right_edge.i - c.left_edge.i) if clauses else None


def _that_clause(verb):
    """The first word after a "that" which opens a clause within the verb's phrase."""
    for token in verb.doc[verb.i + 1:min(verb.right_edge.i, verb.i + 40)]:
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.pos_ in ("VERB", "AUX"):
            return verb.doc[token.i + 1]
    return None


def _source_end(source) -> int:
    """Where the words naming a source end: its phrase, up to a comma that the parser may
    have hung the rest of the sentence from ("according to X, Y did Z")."""
    last = source.right_edge
    comma = next((t for t in source.doc[source.i:last.i + 1] if t.text == ","), None)
    runs_to_end = last.is_sent_end or (last.i + 1 < len(source.doc) and source.doc[last.i + 1].is_sent_end)
    if comma is not None and runs_to_end:
        last = source.doc[comma.i - 1]
    return last.idx + len(last)


def _cue(verb) -> str:
    """The verb with its particle ("pointed out")."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.text} {particle.text}" if particle is not None else verb.text


def _end_of_line(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of the sorted, non-overlapping `spans`."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _only_quoted_lines(between: str) -> bool:
    return all(not line.strip() or line.strip()[0] in "“\"‘" for line in between.split("\n")[1:])


def _unquote(text: str, a: int, b: int) -> tuple[int, int]:
    if b - a >= 2 and text[a] in "“\"‘" and text[b - 1] in "”\"’":
        return a + 1, b - 1
    return a, b


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.casefold())}


def _merge_repeated(claims: list[Claim]) -> list[Claim]:
    """A quotation repeated in the document (standfirst and body) is one claim with every
    place it appears as evidence, credited to the speaker the clearest attribution names."""
    merged: dict[str, Claim] = {}
    for claim in claims:
        key = " ".join(re.findall(r"\w+", claim.text.casefold()))
        first = merged.get(key)
        if first is None:
            merged[key] = claim
            continue
        first.evidence.append(claim.evidence[0])
        if first.speaker is None and claim.speaker is not None:
            first.speaker, first.speaker_text, first.cue = claim.speaker, claim.speaker_text, claim.cue
        first.about = first.about or claim.about
    return list(merged.values())


def _without_duplicates(claims: list[Claim]) -> list[Claim]:
    """One claim per content span: an interview line or a source read twice stays once."""
    seen, kept = set(), []
    for claim in claims:
        key = (claim.evidence[0].start, claim.evidence[0].end)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept


def _claim_id(doc: str, kind: str, start: int, end: int) -> str:
    # the end too: a headline's claim and the body's longer one may start at one offset
    return "claim:" + hashlib.sha1(f"{doc}|{kind}|{start}|{end}".encode()).hexdigest()[:12]

