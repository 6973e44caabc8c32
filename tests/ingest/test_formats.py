"""formats: the reader by extension, else by content."""
import pytest

from faultline.errors import InputError
from faultline.ingest.formats import format_for_name, sniff_format


@pytest.mark.parametrize("name, kind", [
    ("a.txt", "text"), ("a.TEXT", "text"), ("notes.md", "text"), ("a.html", "html"),
    ("a.HTM", "html"), ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.rss", "feed"),
    ("a.atom", "feed"), ("a.xml", None), ("a.dat", None), ("-", None),
])
def test_format_for_name(name, kind):
    assert format_for_name(name) == kind


@pytest.mark.parametrize("text, kind", [
    ('<?xml version="1.0"?>\n<!-- exported -->\n<rss version="2.0"><channel/></rss>', "feed"),
    ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', "feed"),
    ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
    ("  <html><body></body></html>", "html"),
    ('{"text": "a"}\n\n{"text": "b"}\n', "jsonl"),
    ("Plain words on a line.\nAnother line.", "text"),
])
def test_sniff_format(text, kind):
    assert sniff_format(text, "-") == kind


def test_sniff_format_json_that_is_not_json_lines():
    with pytest.raises(InputError) as caught:
        sniff_format('{\n  "text": "a"\n}\n', "export.dat")
    assert str(caught.value) == \
        "export.dat: unknown format: JSON that is not JSON Lines (one object per line)"


def test_sniff_format_markup_that_is_neither_html_nor_feed():
    with pytest.raises(InputError) as caught:
        sniff_format("<svg><circle/></svg>", "-")
    assert str(caught.value) == \
        "-: unknown format: markup that is neither HTML nor an RSS/Atom feed"


def test_sniff_format_xml_must_be_a_feed_or_html():
    with pytest.raises(InputError) as caught:
        sniff_format('<?xml version="1.0"?><urlset><url/></urlset>', "sitemap.xml")
    assert str(caught.value) == \
        "sitemap.xml: unknown format: .xml file is neither an RSS/Atom feed nor HTML"
    assert sniff_format("<rss><channel/></rss>", "news.xml") == "feed"
