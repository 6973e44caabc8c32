"""html: main text and metadata from a page; short snippets through lxml."""
import logging
from pathlib import Path

import pytest

from faultline.errors import InputError
from faultline.ingest.html import article_from_html, text_from_fragment

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = (FIXTURES / "article_page.html").read_text(encoding="utf-8")

NAV_ONLY = """<html><head><title>Sections</title></head><body><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></body></html>"""

LOGIN = """<html><head><title>Sign in</title></head><body>
<h1>Sign in to keep reading</h1>
<form action="/login" method="post">
<p>Subscribers can read every story from our correspondents around the world.</p>
<label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label>
<button>Sign in</button></form><a href="/forgot">Forgot your password?</a></body></html>"""


def test_article_page_keeps_main_text_and_drops_boilerplate():
    article = article_from_html(PAGE, "page.html", PAGE.encode())
    assert article.text == (
        "Ceasefire talks resume in Northland\n"
        "Negotiators from the Northland government and the River Front met on Tuesday in the "
        "capital, officials said.\n"
        "The talks, mediated by a regional council, focus on a prisoner exchange and the "
        "reopening of two border crossings.\n"
        "A spokesperson for the River Front said the group was ready to sign an agreement if "
        "the army withdrew from the valley.")
    for boilerplate in ("Home", "Weather", "cookies", "Copyright", "Privacy"):
        assert boilerplate not in article.text


def test_article_page_metadata():
    article = article_from_html(PAGE, "page.html", b"raw bytes")
    assert (article.origin, article.raw, article.html) == ("page.html", b"raw bytes", PAGE)
    assert article.title == "Ceasefire talks resume in Northland"
    assert article.outlet == "The Daily Meridian"
    assert article.published == "2024-03-05"
    assert article.url == "https://meridian.example/world/ceasefire-talks"


def test_given_metadata_wins_over_the_page():
    article = article_from_html(PAGE, "page.html", b"", title="Given title", outlet=None,
                                published="6 March 2024", id="x1")
    assert (article.title, article.outlet, article.published, article.id) == \
        ("Given title", "The Daily Meridian", "2024-03-06", "x1")


@pytest.mark.parametrize("html", [NAV_ONLY, LOGIN, "<html><body></body></html>", "<p>Hi</p>"])
def test_page_without_article_is_an_error(html):
    with pytest.raises(InputError) as caught:
        article_from_html(html, "site/index.html", html.encode())
    assert str(caught.value) == "site/index.html: no article text found in HTML"


def test_short_article_dropped_by_precision_is_kept_by_recall():
    html = ("<html><body><aside><p>Two people were killed in a blast in Eastport on Monday, "
            "police said.</p></aside></body></html>")
    article = article_from_html(html, "brief.html", html.encode())
    assert article.text == "Two people were killed in a blast in Eastport on Monday, police said."


def test_trafilatura_logs_nothing_for_a_page_without_article(caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InputError):
        article_from_html("<p>Hi</p>", "x.html", b"")
    assert [r for r in caplog.records if r.name.startswith(("trafilatura", "htmldate"))] == []


def test_text_from_fragment_one_line_per_block():
    html = ("Intro <b>text</b><p>Fighting   resumed near the dam.</p>"
            "<script>track()</script><ul><li>one</li><li>two</li></ul>tail<br>end")
    assert text_from_fragment(html) == \
        "Intro text\nFighting resumed near the dam.\none\ntwo\ntail\nend"


def test_text_from_fragment_of_nothing():
    assert text_from_fragment("") == ""
    assert text_from_fragment("<p>  </p>") == ""
