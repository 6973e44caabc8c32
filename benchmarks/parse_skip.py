"""How much of the parse a cheap "nothing to extract here" test could skip, and what it costs.

    .venv/bin/python benchmarks/parse_skip.py [--articles 300] [--shared ../shared]

Every item faultline extracts stands on an actor's mention, an event trigger or a reported
statement. This tries the most a cheap test can skip without losing one: a sentence (cut by
cheap rules: a line break, or ".", "!", "?" before a capital) is kept for the parse when it
has a capital letter after its first token (any name, acronym, month; every dictionary actor
form has one), a first word that is no stop word ("Hamas denied", "Residents fled"), a digit,
a quotation mark, apostrophe or colon, or a word of the extractors' own lexicons: an event
trigger form, a toll or number word, a pronoun coreference resolves, a description head, role
or label, a reporting or thinking verb (by any lemma the model's tables allow), "according",
a denial. The rest could be tokenised and never parsed.

Prints, for the throughput corpus (articles varied from the examples), re3d's documents and
PETRARCH2's sentences: the sentences and tokens the test would skip, how many sentences each
rule keeps on its own, and the test's own cost against the parse it would save. A benchmark,
not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from faultline.evaluate.petrarch import read_records
from faultline.extract.coreference import _PRONOUNS
from faultline.knowledge.datafiles import load_data
from faultline.knowledge.triggers import load_triggers
from faultline.nlp import load_pipeline, parse

ROOT = Path(__file__).resolve().parents[1]
_QUOTES = re.compile(r"[\"“”‘’'«»:]")
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]|[^\x00-\x7f]")
_ENDS, _CLOSERS, _OPENERS = frozenset(".!?…"), frozenset("\"'”’)]"), frozenset("\"“‘([")
_POS = ("verb", "noun", "adj")


def _words(*lists) -> set[str]:
    return {w for items in lists for item in items or () for w in str(item).lower().split()}


class CheapTest:
    """The keep rules above, from the extractors' lexicons and the model's lemma tables."""

    def __init__(self, nlp):
        triggers, _ = load_triggers()
        events, numbers, names = load_data("events.yaml"), load_data("numbers.yaml"), load_data("name_cues.yaml")
        labels, reporting = load_data("labels.yaml"), load_data("reporting.yaml")
        self.words = {w for t in triggers for form in t.forms for w in form.split()} | set(_PRONOUNS) | _words(
            events.get("killed"), events.get("wounded"), events.get("toll_nouns"),
            *(list(numbers.get(k) or ()) for k in ("units", "tens", "scales", "groups", "vague")),
            names.get("roles"), list(names.get("descriptions") or ()),
            *(labels.get("labels") or {}).values(), labels.get("possessive"),
            reporting.get("according_to"), reporting.get("generic_speakers"),
            reporting.get("institutional_speakers"), load_data("modality.yaml").get("denial"))
        self.lemmas = _words(reporting.get("speech_lemmas"), reporting.get("cognition_lemmas"),
                             list(reporting.get("speech_particles") or ()), list(names.get("descriptions") or ()))
        self.stop = STOP_WORDS - self.words
        tables = nlp.get_pipe("lemmatizer").lookups
        self.exceptions = {p: tables.get_table("lemma_exc").get(p, {}) for p in _POS}
        self.rules = {p: tables.get_table("lemma_rules").get(p, []) for p in _POS}
        self.known: dict[str, bool] = {}

    def reasons(self, sentence) -> list[str]:
        first, text = sentence[0], sentence.text
        found = []
        if _QUOTES.search(text):
            found.append("quotation")
        if first.lower_ not in self.stop and not (first.is_punct or first.is_space):
            found.append("first word")
        if _CAPITAL_OR_DIGIT.search(text, first.idx + len(first) - sentence.start_char):
            found.append("capital or digit")
        if any(self._cue(t.lower_) for t in sentence):
            found.append("lexicon word")
        return found

    def _cue(self, word: str) -> bool:
        if word not in self.known:
            lemmas = {word} | {x for p in _POS for x in self.exceptions[p].get(word, ())} | {
                word[:len(word) - len(old)] + new for p in _POS for old, new in self.rules[p] if word.endswith(old)}
            self.known[word] = word in self.words or not self.lemmas.isdisjoint(lemmas)
        return self.known[word]


def sentences(doc):
    """The cheap cut: a line break, or a sentence end before a capital, a digit or an opener."""
    starts = [0]
    for token in doc[1:]:
        prev = doc[token.i - 1]
        end = doc[token.i - 2] if prev.text[-1] in _CLOSERS and token.i > 1 else prev
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text) or (
                prev.whitespace_ and not token.is_space and end.text[-1] in _ENDS
                and (token.text[0].isupper() or token.text[0].isdigit() or token.text[0] in _OPENERS)):
            starts.append(token.i)
    return [doc[a:b] for a, b in zip(starts, starts[1:] + [len(doc)]) if b > a]


def measure(name: str, texts: list[str], nlp, test: CheapTest) -> None:
    counts, skipped_tokens, tokens, total = Counter(), 0, 0, 0
    start = time.process_time()
    for text in texts:
        for sentence in sentences(nlp.make_doc(text)):
            reasons = test.reasons(sentence)
            total, tokens = total + 1, tokens + len(sentence)
            if not reasons:
                counts["skipped"] += 1
                skipped_tokens += len(sentence)
            elif len(reasons) == 1:
                counts[f"only {reasons[0]}"] += 1
    cost = time.process_time() - start
    start = time.process_time()
    for text in texts:
        parse(text)
    parsed = time.process_time() - start
    alone = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "skipped")
    print(f"{name:<24} {total:>9} {counts['skipped']:>7} {counts['skipped'] / total:>6.1%} "
          f"{skipped_tokens / tokens:>7.1%} {cost / parsed:>10.1%}   {alone}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args(argv)
    from throughput import make_corpus  # the throughput benchmark's corpus

    nlp = load_pipeline()
    test = CheapTest(nlp)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, _ = make_corpus(a.articles, Path(tmp))
        corpora = {"throughput corpus": [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]}
    re3d = a.shared / "external" / "re3d" / "documents.jsonl"
    if re3d.exists():
        corpora["re3d documents"] = [json.loads(line)["text"] for line in re3d.open(encoding="utf-8")]
    for file in ("GigaWord.sample.PETR.xml", "PETR.UnitTest.records.xml"):
        path = a.shared / "external" / "petrarch2" / "text" / file
        if path.exists():
            corpora[f"PETRARCH2 {file.split('.')[0]}"] = [r.text for r in read_records(path) if r.text]
    print(f"{'':<24} {'sentences':>9} {'skipped':>7} {'share':>6} {'tokens':>7} {'test/parse':>10}   "
          f"sentences kept by one rule alone")
    for name, texts in corpora.items():
        measure(name, texts, nlp, test)


if __name__ == "__main__":
    main()
