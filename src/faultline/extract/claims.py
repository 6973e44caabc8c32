"""Claims: who said what, and on whose authority.

Three kinds, as the contract names them:
    direct        words in quotation marks, with the attribution next to them
                  ("..." he said / X said: "..." / a partial quote in an attributed sentence);
                  a quotation split around its attribution, or continued after it, keeps
                  the speaker of the part before
    indirect      reported speech: "X warned that ...", "..., X told Reuters."
    according_to  "According to X, ...", "..., according to X", "As X suggested, ..."

Speakers are resolved through the actor mentions inside the speaker's words (a named
person first, then an organisation, then a state); "he"/"she" go to the nearest person
named before. Words that name nobody ("a group official") stay in `speaker_text`.
The cue lexicon lives in data/reporting.yaml.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..model import Claim, Document, Mention, Span
from ..nlp.patterns import alternation
from .coreference import antecedent

_PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group"}
# Speakers that speak for the state or body their adjective names ("Israeli officials").
_INSTITUTIONAL = frozenset("officials official government authorities army military forces ministry police troops "
                           "spokesman spokeswoman spokesperson diplomats embassy negotiators delegation".split())
# Words that start an adverbial, not a reported clause ("said on Monday", "said to be").
_NOT_CLAUSE = "to|by|in|on|at|for|with|from|after|before|during|as|of|about|when|while|and|but"
# A relative clause after the speaker says more about them, not who they are.
_RELATIVE = re.compile(r"\s+(?:who|which|that|whose)\s+")
_CLAUSE_WORDS = frozenset("than which that who whom whose because if when while where whether".split())
_TEMPORAL_TAIL = re.compile(r"\s+(?:this|last|next|on|earlier|later|late|early)\s+(?:week|month|year|weekend|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|night)\b.*$"
                            r"|\s+(?:yesterday|today|overnight|recently)\b.*$")
_SPEAKER_PREFERENCE = ("person", "media", "organization", "armed_group", "state", "population", "location")
# A speaker's words stay short; more than this many words is a clause, not a speaker.
_MAX_SPEAKER_WORDS = 14


@dataclass(frozen=True)
class ReportingLexicon:
    verbs: tuple[str, ...]
    auxiliaries: tuple[str, ...]
    according_to: tuple[str, ...]
    generic_speakers: frozenset[str]
    clause_verbs: tuple[str, ...]
    stance_verbs: tuple[str, ...]
    adverbials: tuple[str, ...]


@lru_cache(maxsize=1)
def load_reporting() -> ReportingLexicon:
    data = load_data("reporting.yaml")
    return ReportingLexicon(tuple(data["verbs"]), tuple(data["auxiliaries"]), tuple(data["according_to"]),
                            frozenset(data["generic_speakers"]), tuple(data["clause_verbs"]),
                            tuple(data["stance_verbs"]), tuple(data["adverbials"]))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = load_reporting()
    verbs = [v for v in lex.verbs if v != "according"]
    cue = rf"(?P<cue>(?:(?:{alternation(lex.auxiliaries)})\s+)*(?:{alternation(verbs)}))\b"
    acc = alternation(lex.according_to)
    aux = rf"(?:(?:{alternation(lex.auxiliaries)})\s+)*"
    clause = alternation(lex.clause_verbs)
    # the object of "told": 'told NBC News', 'told reporters'
    told = r"(?:(?:(?<=told)|(?<=tells))(?:\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s?){1,5}(?=[\s,.])|\s+reporters))?"
    adv = rf"(?:,?\s+(?:{alternation(lex.adverbials)}))*"
    apposition = r"(?:,[^,“”\"]{2,80},)?"  # 'the Room, a network of volunteers,'
    speaker = r"(?P<spk>[^“”\"\n.!?;:]{1,160}?)"
    return {
        # after a closing quote: ', he said' / ', a group official told NBC News'
        "after_speaker_cue": re.compile(rf"^[\s,]*{speaker}\s+{cue}", re.UNICODE),
        # after a closing quote: ', said Mr Smith'
        "after_cue_speaker": re.compile(rf"^[\s,]*{cue}\s+(?P<spk>(?:[A-Z]|(?:a|an|the|one)\s)[^,.;:“”\"\n]{{1,100}})"),
        # before an opening quote: 'As one commentator suggested: '
        "before": re.compile(rf"{speaker}\s+{cue}(?:\s+that)?\s*[:,]?\s*$"),
        # reported speech: 'X warned (in a statement) that CONTENT', also after ', and '
        "indirect": re.compile(rf"(?:^|,\s+(?:and|but)\s+|;\s+)(?P<spk>[^,“”\"]{{2,120}}?)\s+{cue}{told}{adv}"
                               rf",?\s+that\s+(?P<content>.+)$", re.S),
        # reported speech with a bare clause: 'The army said its troops held the town.'
        "indirect_bare": re.compile(rf"^(?P<spk>[^,“”\"]{{2,100}}?{apposition})\s+(?P<cue>{aux}(?:{clause})){told}{adv}"
                                    rf"\s+(?P<content>(?!(?:{_NOT_CLAUSE})\b)[\w’'\"“-]+(?:\s+\S+){{3,}})$", re.S),
        # sentence-final attribution: 'CONTENT, X told NBC News.' / 'CONTENT, aid organizations warn.'
        "indirect_final": re.compile(rf"^(?P<content>.{{20,}}?),\s+(?P<spk>[^,“”\"]{{2,120}}?{apposition})\s+{cue}"
                                     rf"(?P<rest>[^,“”\"]{{0,40}}(?:,\s+[^“”\"]{{0,160}})?)[.!]?$", re.S),
        "according_initial": re.compile(rf"^(?:(?P<lead>[^,]{{0,40}}),\s+)?(?P<cue>{acc})\s+(?P<spk>[^,]{{2,140}}),\s+(?P<content>.+)$", re.S | re.I),
        "according_final": re.compile(rf"^(?P<content>.{{10,}}?),?\s+(?P<cue>{acc})\s+(?P<spk>[^,]{{2,140}}?)[.!]?$", re.S | re.I),
        # 'CONTENT, according to X, forcing ...': what was said comes before the source
        "according_mid": re.compile(rf"^(?P<content>(?:\S+\s+){{4,}}?\S+?),\s+(?P<cue>{acc})\s+(?P<spk>[^,]{{2,100}}),\s+(?P<tail>.+)$", re.S | re.I),
        "as_x_said": re.compile(rf"^As\s+(?P<spk>[^,]{{2,120}}?)\s+{cue},\s+(?P<content>.+)$", re.S),
        "quote": re.compile(r"“(?P<a>[^“”]{1,4000})”|\"(?P<b>[^\"\n]{1,4000})\""),
    }


def extract_claims(document: Document, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Claim]:
    """Claims of one document; `sentences` are (start, end) offsets into its text."""
    finder = _ClaimFinder(document, sentences, mentions)
    direct, reported = finder.direct(), finder.reported()
    # A partial quotation inside reported speech is part of that claim, not a claim of its own.
    covered = {id(c) for c in finder.partial for r in reported
               if r.evidence[0].start <= c.evidence[0].start and c.evidence[0].end <= r.evidence[0].end}
    claims = _merge_repeated([c for c in direct if id(c) not in covered]) + reported
    return sorted(claims, key=lambda c: c.evidence[0].start)


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
        first.evidence.extend(claim.evidence)
        if first.speaker is None and claim.speaker is not None:
            first.speaker, first.speaker_text, first.cue = claim.speaker, claim.speaker_text, claim.cue
        first.about = first.about or claim.about
    return list(merged.values())


class _ClaimFinder:
    def __init__(self, document: Document, sentences: list[tuple[int, int]], mentions: list[Mention]):
        self.doc = document
        self.text = document.text
        self.sentences = sentences
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self.p = _patterns()
        self.lex = load_reporting()
        self.quoted: list[tuple[int, int]] = []
        self.last_person_speaker: str | None = None
        self.partial: list[Claim] = []  # quotations attributed only through their sentence

    # ---- direct quotations -----------------------------------------------------------
    def direct(self) -> list[Claim]:
        claims: list[Claim] = []
        last: Claim | None = None
        last_para = -1
        for m in self.p["quote"].finditer(self.text):
            q_start, q_end = m.start(), m.end()
            inner_start, inner_end = _trim(self.text, q_start + 1, q_end - 1)
            if inner_end <= inner_start:
                continue
            self.quoted.append((q_start, q_end))
            if re.search(r"so-called\s*$", self.text[max(0, q_start - 12):q_start]):
                continue  # a label the writer distances themself from, not a statement
            attribution = self._attribution_around(q_start, q_end)
            para = self.text.count("\n\n", 0, q_start)
            partial = False
            if attribution is None:  # a quotation inside a sentence that names its own source
                attribution = self._sentence_attribution(q_start, q_end)
                partial = attribution is not None
            if attribution is None and last is not None and self._continues(last_para, para, q_start, q_end):
                attribution = (last.speaker_text, last.cue, None, last.speaker)
            if attribution is None:
                continue
            spk_text, cue, spk_span, speaker = attribution
            evidence = [self.doc.span(inner_start, inner_end)]
            if spk_span is not None:
                evidence.append(spk_span)
                speaker = self._resolve(spk_span.text, spk_span.start)
            claim = Claim(id=_claim_id(self.doc.id, "direct", inner_start), kind="direct",
                          text=self.text[inner_start:inner_end], evidence=evidence,
                          speaker=speaker, speaker_text=spk_text, cue=cue,
                          about=self._about(inner_start, inner_end, speaker))
            claims.append(claim)
            if partial:
                self.partial.append(claim)
            last, last_para = claim, para
            if speaker and self._type_of(speaker) == "person":
                self.last_person_speaker = speaker
        return claims

    def _attribution_around(self, q_start: int, q_end: int):
        para_start = self.text.rfind("\n", 0, q_start) + 1
        para_end = self.text.find("\n", q_end)
        para_end = len(self.text) if para_end < 0 else para_end
        after = self.text[q_end:para_end]
        for name in ("after_speaker_cue", "after_cue_speaker"):
            m = self.p[name].match(after)
            if m and self._speakerlike(m.group("spk")):
                spk = self._speaker_span(q_end + m.start("spk"), q_end + m.end("spk"))
                return spk.text, m.group("cue"), spk, None
        before = self.text[para_start:q_start]
        m = self.p["before"].search(before)
        if m and self._speakerlike(m.group("spk")):
            spk = self._speaker_span(para_start + m.start("spk"), para_start + m.end("spk"))
            return spk.text, m.group("cue"), spk, None
        return None

    def _continues(self, last_para: int, para: int, q_start: int, q_end: int) -> bool:
        """An unattributed quotation that goes on from the previous speaker's: in the same
        paragraph, or a paragraph that is nothing but a quotation right after it."""
        if para == last_para:
            return True
        if para != last_para + 1:
            return False
        para_start = self.text.rfind("\n", 0, q_start) + 1
        para_end = self.text.find("\n", q_end)
        rest = self.text[q_end:len(self.text) if para_end < 0 else para_end]
        return not self.text[para_start:q_start].strip() and not re.search(r"\w", rest)

    def _sentence_attribution(self, q_start: int, q_end: int):
        """A partial quotation inside a sentence that itself names its source."""
        s_start, s_end = self._sentence_of(q_start)
        sentence = self.text[s_start:s_end]
        m = self.p["according_initial"].match(sentence) or self.p["according_final"].match(sentence)
        if m:
            spk = self._speaker_span(s_start + m.start("spk"), s_start + m.end("spk"))
            return spk.text, m.group("cue"), spk, None
        head = self.text[s_start:q_start]
        m = re.match(rf"^(?P<spk>[^,“”\"]{{1,80}}?)\s+(?P<cue>{alternation(self.lex.verbs + self.lex.stance_verbs)})\b", head)
        if m and self._speakerlike(m.group("spk")):
            spk = self._speaker_span(s_start + m.start("spk"), s_start + m.end("spk"))
            return spk.text, m.group("cue"), spk, None
        return None

    # ---- reported speech and according-to ------------------------------------------------
    def reported(self) -> list[Claim]:
        claims = []
        for s_start, s_end in self.sentences:
            sentence = self.text[s_start:s_end].rstrip()
            found = self._reported_in(sentence)
            if not found:
                continue
            kind, m = found
            c_start, c_end = _trim(self.text, s_start + m.start("content"), s_start + m.end("content"))
            c_start = self._skip_dateline(c_start, c_end)
            if c_end - c_start < 8 or self._inside_quote(c_start, c_end):
                continue
            spk = self._speaker_span(s_start + m.start("spk"), s_start + m.end("spk"))
            speaker = self._resolve(spk.text, spk.start)
            claims.append(Claim(id=_claim_id(self.doc.id, kind, c_start), kind=kind,
                                text=self.text[c_start:c_end], speaker=speaker, speaker_text=spk.text,
                                cue=m.group("cue"), evidence=[self.doc.span(c_start, c_end), spk],
                                about=self._about(c_start, c_end, speaker)))
        return claims

    def _reported_in(self, sentence: str):
        for kind, name in (("according_to", "according_initial"), ("according_to", "according_mid"),
                           ("according_to", "according_final"), ("according_to", "as_x_said"),
                           ("indirect", "indirect"), ("indirect", "indirect_final"), ("indirect", "indirect_bare")):
            pattern = self.p[name]
            m = pattern.search(sentence) if name == "indirect" else pattern.match(sentence)
            if m and self._speakerlike(m.group("spk")):
                return kind, m
        return None

    def _inside_quote(self, start: int, end: int) -> bool:
        """Reported content that is mostly a quotation is already a direct claim."""
        covered = sum(max(0, min(end, qe) - max(start, qs)) for qs, qe in self.quoted)
        return covered > 0.6 * (end - start)

    def _skip_dateline(self, start: int, end: int) -> int:
        m = re.match(r"[A-Z][A-Z .'-]+(?:, [A-Z][\w .'-]+)? [—–-] ", self.text[start:end])
        return start + m.end() if m else start

    # ---- speakers ----------------------------------------------------------------------
    def _speakerlike(self, words: str) -> bool:
        words = _RELATIVE.split(words.strip(" ,"))[0]
        if not words or len(words.split()) > _MAX_SPEAKER_WORDS:
            return False
        if words.lower() in _PRONOUNS:
            return True
        lowered = words.lower().split()
        if _CLAUSE_WORDS & set(lowered) or (len(lowered) > 1 and lowered[-1] in _PRONOUNS):
            return False  # "rather than those ... it claims": a clause, not a speaker
        # A speaker has a name (a capital) or a generic speaker noun ("aid organizations").
        tokens = re.findall(r"[\w’'-]+", words)
        return any(t[0].isupper() for t in tokens) or any(t.lower() in self.lex.generic_speakers for t in tokens)

    def _speaker_span(self, start: int, end: int) -> Span:
        start, end = _trim(self.text, start, end)
        relative = _RELATIVE.search(self.text[start:end])
        end = start + relative.start() if relative else end
        piece = self.text[start:end]
        lead = re.match(r"^(?:(?:As|While|But|And|Meanwhile,?)\s+|(?:On|Late on|Early on|Earlier on|Last|Earlier|"
                        r"Later|This) (?:\w+ ){0,2}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"week|month|year|weekend|morning|night),?\s+)", piece)
        start += lead.end() if lead else 0
        # "The Times this week": when the words were said is not part of who said them.
        tail = _TEMPORAL_TAIL.search(self.text[start:end])
        end = start + tail.start() if tail and tail.start() > 0 else end
        start, end = _trim(self.text, start, end)
        return self.doc.span(start, end)

    def _resolve(self, words: str, at: int) -> str | None:
        key = words.strip().lower()
        possessive = re.match(r"^(its|their|his|her)\s+\w", key)
        if possessive:  # "its manifesto" speaks for whoever "its" is
            key = {"its": "it", "their": "they", "his": "he", "her": "she"}[possessive.group(1)]
        if key in _PRONOUNS:
            wanted = _PRONOUNS[key]
            # "he said" after a quotation: the person who has the floor, before anyone merely named.
            if wanted == "person" and self.last_person_speaker:
                return self.last_person_speaker
            types = ("person",) if wanted == "person" else ("armed_group", "organization", "media")
            found = antecedent(self.mentions, self.sentences, at, types)
            return found.entity if found else None
        inside = [m for m in self.mentions if at <= m.span.start and m.span.end <= at + len(words)
                  and m.type != "location"]  # "residents of Goma" are not Goma speaking
        if re.search(r"\s(?:and|but)$", key):  # "Rwanda denies X and says": the first clause's subject
            inside = inside[:1]
        # "The UN mission, MONUSCO": an apposition names the speaker more exactly
        after_comma = [m for m in inside if "," in self.text[at:m.span.start]]
        if after_comma:
            inside = after_comma + [m for m in inside if m not in after_comma]
        head = key.split()[-1] if key.split() else ""
        if head not in _INSTITUTIONAL:
            # "one Israeli commentator" is an Israeli, not Israel speaking.
            inside = [m for m in inside if m.role not in ("adjective", "people")]
        for kind in _SPEAKER_PREFERENCE:
            for m in inside:
                if m.type == kind:
                    return m.entity
        return None

    def _type_of(self, entity: str) -> str | None:
        return next((m.type for m in self.mentions if m.entity == entity), None)

    def _about(self, start: int, end: int, speaker: str | None) -> list[str]:
        ids = []
        for m in self.mentions:
            if start <= m.span.start and m.span.end <= end and m.entity != speaker and m.entity not in ids:
                ids.append(m.entity)
        return ids

    def _sentence_of(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return offset, offset


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink start:end past surrounding spaces and punctuation that belong to no claim."""
    while start < end and text[start] in " \t\n,;:—–-":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:—–-":
        end -= 1
    return start, end


def _claim_id(doc: str, kind: str, start: int) -> str:
    return "claim:" + hashlib.sha1(f"{doc}|{kind}|{start}".encode()).hexdigest()[:12]
