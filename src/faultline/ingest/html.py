"""HTML to article text and metadata: trafilatura for pages, plain lxml for feed snippets."""
from __future__ import annotations

import json
import logging
import re

import lxml.html
import trafilatura
from lxml import etree

from faultline.errors import InputError
from faultline.ingest.dates import normalise_date
from faultline.model import Article

# trafilatura (and htmldate under it) log every page they find no text in; for us that is an
# InputError, not log noise. Left alone when the user configured those loggers themselves.
for _name in ("trafilatura", "htmldate"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.CRITICAL)

# Precision first: comments, related links and teasers are not the report.
PRECISION = {"favor_precision": True}
RECALL = {"favor_recall": True}   # when precision leaves nothing of a short article
# trafilatura's JSON keys, as Article fields.
FIELDS = {"title": "title", "source-hostname": "outlet", "date": "published", "source": "url"}

# A menu or a form keeps only short labels; an article has at least one sentence this long.
MIN_SENTENCE_WORDS = 6
# A page with a password field and little text is a login or paywall page, not a report.
LOGIN_WALL_MAX_WORDS = 100
_PASSWORD_INPUT = re.compile(r"<input\b[^>]*\btype\s*=\s*[\"']?password", re.IGNORECASE)

# Elements that end a line in a snippet's text.
BLOCK_TAGS = ("p", "div", "br", "li", "blockquote", "pre", "tr", "dt", "dd", "section",
              "article", "h1", "h2", "h3", "h4", "h5", "h6")


def article_from_html(html: str, origin: str, raw: bytes, **given_meta: str | None) -> Article:
    """The article in an HTML page; `given_meta` (from a feed, record or sidecar) wins over
    what the page says about itself. Paragraphs in `text` are separated by "\\n"."""
    url = given_meta.get("url")
    found = _extract(html, origin, url, PRECISION)
    if found is None or not _reads_as_article(found["text"]):
        found = _extract(html, origin, url, RECALL)
    if found is None or not _reads_as_article(found["text"]) or _login_wall(html, found["text"]):
        raise InputError(origin, "no article text found in HTML")
    meta = {field: found.get(key) for key, field in FIELDS.items()}
    meta.update({key: value for key, value in given_meta.items() if value})
    meta["published"] = normalise_date(meta["published"])
    meta = {key: value for key, value in meta.items() if value}
    return Article(origin=origin, raw=raw, text=found["text"].strip(), html=html, **meta)


def text_from_fragment(html: str) -> str:
    """The text of a short HTML snippet, one line per block element, spaces collapsed."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _extract(html: str, origin: str, url: str | None, mode: dict[str, bool]) -> dict | None:
    try:
        found = trafilatura.extract(html, url=url, output_format="json", with_metadata=True,
                                    include_comments=False, **mode)
    except Exception as error:   # a parser crash on one page must not stop the batch
        raise InputError(origin, f"HTML parser failed: {type(error).__name__}: {error}") from None
    return json.loads(found) if found else None


def _reads_as_article(text: str | None) -> bool:
    return any(len(line.split()) >= MIN_SENTENCE_WORDS for line in (text or "").splitlines())


def _login_wall(html: str, text: str) -> bool:
    return bool(_PASSWORD_INPUT.search(html)) and len(text.split()) < LOGIN_WALL_MAX_WORDS
