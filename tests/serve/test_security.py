"""The dashboard is read-only, local and inert to what articles carry: payloads in titles,
names, quotes, labels, amounts and urls reach pages escaped, links leave only for http(s),
writes are refused, the server listens on 127.0.0.1 unless told otherwise."""
from __future__ import annotations

import json
import re
from urllib.parse import quote

import duckdb
import pytest
from click.testing import CliRunner
from markupsafe import escape
from serve.hostile import D1, GROUP, PAYLOADS, SCRIPT
from serve.test_pages import LISTS, twin

from faultline.cli import main
from faultline.errors import StoreError
from faultline.serve import DEFAULT_HOST, ReadOnlyStore
from faultline.serve.app import web_address
from faultline.serve.server import allowed_hosts

PAGES = LISTS + [f"/actors/{quote(GROUP, safe='')}", "/stories/story%3Araid",
                 f"/documents/{quote(D1, safe='')}", "/documents/doc-two"]


@pytest.mark.parametrize("path", PAGES)
def test_payloads_reach_pages_escaped(hostile, path):
    page = hostile.get(path).text
    for payload in PAYLOADS:
        assert payload not in page, f"{payload!r} unescaped in {path}"
    assert not re.search(r"<(img|svg)\b[^>]*\bon\w+=", page), "an event handler from the data"
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", page, re.I)
    # the only scripts are the app's own files and JSON data islands
    for tag in re.findall(r"<script\b[^>]*>", page):
        assert re.fullmatch(r'<script (src="/static/[\w/.-]+\.js"|id="[\w-]+" type="application/json")>', tag), tag


@pytest.mark.parametrize("path", PAGES)
def test_data_islands_are_valid_json_that_cannot_close_their_script(hostile, path):
    page = hostile.get(path).text
    for island in re.findall(r'<script id="[\w-]+" type="application/json">(.*?)</script>', page, re.S):
        assert "<" not in island and ">" not in island   # tojson writes them as \u003c, \u003e
        json.loads(island)


def test_a_payload_is_shown_as_text(hostile):
    page = hostile.get(f"/documents/{quote(D1, safe='')}").text
    assert str(escape(SCRIPT)) in page   # &lt;script&gt;window.__xss = &#39;script&#39;&lt;/script&gt;


def test_only_web_addresses_become_links():
    assert web_address("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert web_address(" HTTP://example.org") == "HTTP://example.org"
    for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x",
                "//evil.example/x", "/relative", "", None, 3]:
        assert web_address(bad) is None


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("path", ["/", "/api/overview", "/events", "/api/actors/x", "/static/app.css", "/nowhere"])
def test_writes_are_refused(hostile, method, path):
    response = hostile.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"


def test_pages_forbid_scripts_from_elsewhere(hostile):
    headers = hostile.get("/").headers
    policy = headers["content-security-policy"]
    assert "script-src 'self';" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert headers["x-content-type-options"] == "nosniff"


def test_only_this_machine_may_be_named_in_the_host_header(hostile):
    assert hostile.get("/", headers={"host": "localhost:8765"}).status_code == 200
    assert hostile.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_the_server_listens_on_localhost_by_default():
    assert DEFAULT_HOST == "127.0.0.1"
    host = next(p for p in main.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"
    assert "attacker.example" not in allowed_hosts("127.0.0.1")
    assert allowed_hosts("0.0.0.0") == ("*",)   # listening everywhere was asked for


def test_the_store_is_opened_read_only(hostile_db):
    with ReadOnlyStore(hostile_db) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.query("DELETE FROM documents")
        assert store.query("SELECT count(*) AS n FROM documents") == [{"n": 2}]


def test_a_store_from_an_older_faultline_is_refused_not_migrated(tmp_path, hostile_db):
    old = tmp_path / "old.duckdb"
    old.write_bytes(open(hostile_db, "rb").read())
    con = duckdb.connect(str(old))
    con.execute("DELETE FROM _migrations WHERE name = (SELECT max(name) FROM _migrations)")
    con.close()
    with pytest.raises(StoreError, match="faultline compare"):
        ReadOnlyStore(old)


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such database" in result.output
    assert not (tmp_path / "none.duckdb").exists()


def test_twins_of_pages_are_json_only(hostile):
    for path in PAGES:
        assert hostile.get(twin(path)).headers["content-type"] == "application/json"
