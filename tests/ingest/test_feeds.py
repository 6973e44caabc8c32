"""feeds: each RSS item or Atom entry is one article."""
import json
from pathlib import Path

import pytest

from faultline.errors import InputError
from faultline.ingest.feeds import read_feed

FIXTURES = Path(__file__).parent / "fixtures"


def _feed(items: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
            "</channel></rss>").encode()


def test_rss_items():
    first, second = read_feed("feed.rss", (FIXTURES / "feed.rss").read_bytes())
    assert first.origin == "feed.rss#1" and second.origin == "feed.rss#2"
    assert first.text == ("Two border crossings between Northland and Southmark reopened on "
                          "Tuesday after a week of talks, officials said.\n"
                          "Trucks carrying food and fuel were the first to pass, according to "
                          "the regional council.")
    assert first.html.startswith("<p>Two border crossings")
    assert (first.id, first.title, first.url, first.published, first.outlet) == \
        ("meridian-1001", "Border crossings reopen after talks",
         "https://meridian.example/world/crossings-reopen", "2024-03-05", "Meridian World")
    assert second.text == \
        "A planned prisoner exchange was postponed by a day, the River Front said."
    assert second.html is None and second.id is None
    assert second.published == "2024-03-06"   # as written, not UTC's 7 March


def test_items_get_distinct_stable_raw_bytes():
    raw = (FIXTURES / "feed.rss").read_bytes()
    first, second = read_feed("feed.rss", raw)
    again, _ = read_feed("feed.rss", raw)
    assert first.raw != second.raw and first.raw == again.raw
    assert json.loads(first.raw)["id"] == "meridian-1001"


def test_atom_entry():
    (entry,) = read_feed("obs.atom", (FIXTURES / "feed.atom").read_bytes())
    assert entry.origin == "obs.atom#1"
    assert entry.text == ("A blast damaged a fuel depot in Eastport early on Thursday, the port "
                          "authority said.\nNo casualties were reported.")
    assert (entry.id, entry.title, entry.url, entry.published, entry.outlet) == \
        ("urn:example:eastport-observer:2001", "Blast damages Eastport depot",
         "https://observer.example/2024/03/blast-depot", "2024-03-07", "Eastport Observer")


def test_short_html_snippet_falls_back_to_plain_extraction():
    (item,) = read_feed("f.rss", _feed(
        "<item><title>Brief</title><description>&lt;p&gt;Fighting resumed.&lt;/p&gt;"
        "</description></item>"))
    assert (item.text, item.html) == ("Fighting resumed.", "<p>Fighting resumed.</p>")


def test_item_without_text_is_an_error_for_that_item_only():
    first, second = read_feed("f.rss", _feed(
        "<item><title>Only a title</title></item>"
        "<item><description>Shelling resumed overnight.</description></item>"))
    assert isinstance(first, InputError)
    assert str(first) == "f.rss#1: feed item has no text"
    assert second.text == "Shelling resumed overnight." and second.outlet == "Wire"


@pytest.mark.parametrize("raw, reason", [
    (_feed(""), "feed has no items"),
    (b"<rss><channel><title>Cut off", "malformed feed: "),
    (b"this is not a feed at all", "malformed feed: "),
])
def test_feed_without_items_is_an_error(raw, reason):
    with pytest.raises(InputError) as caught:
        list(read_feed("news/feed.rss", raw))
    assert str(caught.value).startswith(f"news/feed.rss: {reason}")


def test_feed_is_parsed_from_bytes_never_fetched(monkeypatch):
    import feedparser.api
    monkeypatch.setattr(feedparser.api.http, "get", lambda *a, **k: pytest.fail("fetched"))
    raw = b"https://example.invalid/feed.xml"
    with pytest.raises(InputError):
        list(read_feed("url.rss", raw))


def test_feed_fields_are_blank_free_single_lines():
    (item,) = read_feed("f.rss", _feed(
        "<item><title>\n  Talks\n  stall  </title><guid> </guid>"
        "<description>Talks stalled again.</description></item>"))
    assert (item.title, item.id, item.url, item.published) == ("Talks stall", None, None, None)
