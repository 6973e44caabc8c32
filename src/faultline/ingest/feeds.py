"""RSS and Atom feeds (.rss, .atom, feed-shaped .xml): each item or entry is one article.

feedparser is given a byte stream, never a string: a string may be taken for a URL or a
file name and fetched or opened.
"""
from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator

import feedparser

from faultline.errors import InputError
from faultline.ingest.dates import normalise_date
from faultline.ingest.encodings import normalise
from faultline.ingest.html import article_from_html, text_from_fragment
from faultline.model import Article

_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def read_feed(origin: str, raw: bytes) -> Iterator[Article | InputError]:
    """Articles for the feed's items, each with origin "path#N" (N counts from 1)."""
    try:
        feed = feedparser.parse(io.BytesIO(raw))
    except Exception as error:   # feedparser is lenient; anything it raises is a bad input
        raise InputError(origin, f"feed parser failed: {type(error).__name__}: {error}") from None
    if not feed.entries:
        reason = f"malformed feed: {feed.bozo_exception}" if feed.bozo else "feed has no items"
        raise InputError(origin, reason)
    outlet = _field(feed.feed, "title")
    for number, entry in enumerate(feed.entries, start=1):
        try:
            yield _article(entry, f"{origin}#{number}", outlet)
        except InputError as error:
            yield error


def _article(entry: feedparser.FeedParserDict, origin: str, outlet: str | None) -> Article:
    body = _body(entry)
    meta = {
        "id": _field(entry, "id"),
        "title": _field(entry, "title"),
        "url": _field(entry, "link"),
        "published": _published(entry),
        "outlet": outlet,
    }
    raw = _item_bytes(meta, body)
    if not body.strip():
        raise InputError(origin, "feed item has no text")
    if not _TAG.search(body):
        return Article(origin=origin, raw=raw, text=normalise(body).strip(), **meta)
    try:
        return article_from_html(body, origin, raw, **meta)
    except InputError:
        text = text_from_fragment(body)   # snippets too short for trafilatura's article test
    if not text:
        raise InputError(origin, "feed item has no text")
    return Article(origin=origin, raw=raw, text=normalise(text), html=body, **meta)


def _field(entry: feedparser.FeedParserDict, key: str) -> str | None:
    """A metadata field on one line, None when blank."""
    return " ".join((entry.get(key) or "").split()) or None


def _body(entry: feedparser.FeedParserDict) -> str:
    """The fullest text given: content:encoded or Atom content, else the summary."""
    for content in entry.get("content") or []:
        if (content.get("value") or "").strip():
            return content["value"]
    return entry.get("summary") or ""


def _published(entry: feedparser.FeedParserDict) -> str | None:
    """The date as written (publisher's time zone); feedparser's UTC tuples as a fallback."""
    for key in ("published", "updated", "published_parsed", "updated_parsed"):
        date = normalise_date(entry.get(key))
        if date:
            return date
    return None


def _item_bytes(meta: dict[str, str | None], body: str) -> bytes:
    """Stand-in for the item's undecoded input, which feedparser does not keep: its fields as
    canonical JSON, so each item gets its own stable hash."""
    fields = {key: meta[key] for key in ("id", "url", "title", "published")} | {"body": body}
    return json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
