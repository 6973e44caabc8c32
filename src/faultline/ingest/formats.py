"""Which reader an input needs: by file extension, else by sniffing its decoded content."""
from __future__ import annotations

import re
from pathlib import PurePath

from faultline.errors import InputError

TEXT, HTML, JSONL, FEED = "text", "html", "jsonl", "feed"

EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".jsonl": JSONL, ".ndjson": JSONL,
    ".rss": FEED, ".atom": FEED,
}
# Extensions left to the content to decide, which may only be a feed or an HTML page.
MARKUP_EXTENSIONS = frozenset({".xml"})

FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
HTML_ROOTS = frozenset({"html", "head", "body", "article", "main", "section", "div", "p",
                        "h1", "meta", "title"})

# What may precede the root element: an XML declaration, processing instructions, comments.
_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)
_DOCTYPE = re.compile(r"<!doctype\s+([\w:.-]+)", re.IGNORECASE)
_FIRST_TAG = re.compile(r"<([A-Za-z][\w:.-]*)")


def format_for_name(name: str) -> str | None:
    """The reader an extension names, or None when the content must decide."""
    return EXTENSIONS.get(PurePath(name).suffix.lower())


def sniff_format(text: str, origin: str) -> str:
    """The reader for decoded `text` with no telling extension, or InputError saying why none."""
    suffix = PurePath(origin).suffix.lower()
    found = _sniff(text)
    if suffix in MARKUP_EXTENSIONS and found not in (FEED, HTML):
        raise InputError(origin, f"unknown format: {suffix} file is neither an RSS/Atom feed "
                                 "nor HTML")
    if found is None:
        what = ("markup that is neither HTML nor an RSS/Atom feed" if text.lstrip().startswith("<")
                else "JSON that is not JSON Lines (one object per line)")
        raise InputError(origin, f"unknown format: {what}")
    return found


def _sniff(text: str) -> str | None:
    head = text[:4096].lstrip()
    if head.startswith("<"):
        return _sniff_markup(head)
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        return JSONL
    if head.startswith(("{", "[")):
        return None   # JSON, but not one object per line: no reader takes it
    return TEXT


def _sniff_markup(head: str) -> str | None:
    position = 0
    while match := _PROLOGUE.match(head, position):
        position = match.end()
    head = head[position:].lstrip()
    doctype = _DOCTYPE.match(head)
    if doctype:
        root = doctype.group(1)
    else:
        tag = _FIRST_TAG.match(head)
        root = tag.group(1) if tag else ""
    root = root.lower()
    if root in FEED_ROOTS:
        return FEED
    if root in HTML_ROOTS:
        return HTML
    return None
