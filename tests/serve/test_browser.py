"""The dashboard in a real browser: headless Chromium (Debian's chromium and chromium-driver)
driven by selenium, against servers on free localhost ports.

Each page loads with no error in the console; a click on a network node opens its panel and
leads to the actor; a story opens from the list and a fact outlines its words; the map draws
the Natural Earth outline and its points, the timeline its bars; a click on marked words of
a document lists what was read there. Over the hostile store, no payload runs: `window.__xss`
stays unset and the title unchanged, even after clicking through what shows the payloads.
Screenshots and the pages' load times go to tests/serve/artefacts/ (git-ignored). Without
/usr/bin/chromium and /usr/bin/chromedriver these tests skip, saying so.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from serve.conftest import ROOT
from serve.hostile import D1, GROUP

from faultline.serve import ReadOnlyStore, create_app

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTEFACTS = ROOT / "tests" / "serve" / "artefacts"
TITLE_END = " · faultline"

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip("browser tests need Debian's chromium and chromium-driver "
                "(apt-get install -y chromium chromium-driver; `make test` does so as root)",
                allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


class Server:
    """uvicorn serving the dashboard over store `path` on a free localhost port, in a thread."""

    def __init__(self, path: str):
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.store = ReadOnlyStore(path)
        self.server = uvicorn.Server(uvicorn.Config(create_app(self.store), host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the dashboard did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.store.close()


@pytest.fixture(scope="module")
def examples_server(examples_db):
    server = Server(examples_db)
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def hostile_server(hostile_db):
    server = Server(hostile_db)
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def load(driver, url: str) -> float:
    """Open `url`, wait for its load event; the milliseconds the browser took to load it."""
    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
    return driver.execute_script("var n = performance.getEntriesByType('navigation')[0];"
                                 "return n ? n.loadEventEnd - n.startTime : -1;")


def errors(driver) -> list[str]:
    """The console's errors since the last call (a failed request, a blocked script, a throw)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def shot(driver, name: str) -> None:
    driver.save_screenshot(str(ARTEFACTS / f"{name}.png"))


def detail_urls(base: str, driver) -> dict[str, str]:
    def first(api: str, *keys: str) -> str:
        driver.get(base + api)
        value = json.loads(driver.find_element(By.TAG_NAME, "body").text)["rows"][0]
        for key in keys:
            value = value[key]
        return value
    return {"actor": f"/actors/{quote(first('/api/actors', 'actor', 'id'), safe='')}",
            "story": f"/stories/{quote(first('/api/stories', 'id'), safe='')}",
            "document": f"/documents/{quote(first('/api/documents', 'doc', 'id'), safe='')}"}


def test_every_page_loads_without_console_errors(browser, examples_server):
    pages = {"overview": "/", "actors": "/actors", "network": "/network", "events": "/events",
             "stories": "/stories", "documents": "/documents", **detail_urls(examples_server, browser)}
    errors(browser)
    times = {}
    for name, path in pages.items():
        times[name] = load(browser, examples_server + path)
        assert browser.title.endswith(TITLE_END), name
        assert errors(browser) == [], name
        shot(browser, name)
    (ARTEFACTS / "load-times-ms.json").write_text(json.dumps(times, indent=1))
    print(f"\nscreenshots and load times (ms) in {ARTEFACTS}: {times}")


def test_a_click_on_a_network_node_opens_its_panel_and_leads_to_the_actor(browser, examples_server):
    load(browser, examples_server + "/network")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return !!window.faultlineGraph"))
    node = browser.execute_script("""
        var cy = window.faultlineGraph, n = cy.nodes().max(function (n) { return n.degree(); }).ele;
        var p = n.renderedPosition(), box = cy.container().getBoundingClientRect();
        return {id: n.id(), label: n.data('label'), x: p.x, y: p.y, w: box.width, h: box.height};""")
    container = browser.find_element(By.ID, "cy")
    ActionChains(browser).move_to_element_with_offset(
        container, int(node["x"] - node["w"] / 2), int(node["y"] - node["h"] / 2)).click().perform()
    title = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "panel-title"))
    assert title.text == node["label"]
    assert browser.find_elements(By.CSS_SELECTOR, "#panel li"), "the node's ties are listed"
    shot(browser, "network-node-clicked")
    browser.find_element(By.LINK_TEXT, "Actor page").click()
    WebDriverWait(browser, 10).until(lambda d: "/actors/" in d.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith(node["label"])
    assert errors(browser) == []


def test_a_story_opens_from_the_list_and_a_fact_outlines_its_words(browser, examples_server):
    load(browser, examples_server + "/stories")
    browser.find_element(By.CSS_SELECTOR, "a.story").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "versions"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "th.version-head")) >= 2
    assert browser.find_elements(By.CSS_SELECTOR, "#text-0 .k-event"), "the event's words are marked"
    toll = browser.find_element(By.CSS_SELECTOR, 'td.fact[data-fact="toll"][data-col="0"]')
    toll.click()
    assert "active" in toll.get_attribute("class")
    assert "focus-toll" in browser.find_element(By.ID, "text-0").get_attribute("class")
    shot(browser, "story-toll-clicked")
    assert errors(browser) == []


def test_the_map_and_the_timeline_draw(browser, examples_server):
    load(browser, examples_server + "/events")
    WebDriverWait(browser, 20).until(
        lambda d: d.find_element(By.ID, "map").get_attribute("data-outline") == "drawn")
    outline = browser.find_elements(By.CSS_SELECTOR, "#map .leaflet-overlay-pane path")
    points = browser.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive")
    assert len(outline) > 100 + len(points) and points, "countries and event points are drawn"
    bars = browser.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")
    assert bars and all(float(b.get_attribute("height")) > 0 for b in bars)
    points[-1].click()   # the last drawn: on top
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-popup-content strong"))
    shot(browser, "events-map-popup")
    bars[-1].click()   # narrows the page to that span
    WebDriverWait(browser, 10).until(lambda d: "since=" in d.current_url and "until=" in d.current_url)
    assert errors(browser) == []


def test_a_click_on_marked_words_lists_what_was_read_there(browser, examples_server):
    load(browser, examples_server + detail_urls(examples_server, browser)["document"])
    marked = browser.find_element(By.CSS_SELECTOR, "#doc-text .k-mention")
    marked.click()
    listed = browser.find_elements(By.CSS_SELECTOR, "#selection li")
    assert listed and "mention" in listed[0].text
    assert "selected" in marked.get_attribute("class")
    shot(browser, "document-clicked")
    assert errors(browser) == []


HOSTILE_PAGES = {"overview": "/", "actors": "/actors", "actor": f"/actors/{quote(GROUP, safe='')}",
                 "network": "/network", "events": "/events", "stories": "/stories", "story": "/stories/story%3Araid",
                 "documents": "/documents", "document": f"/documents/{quote(D1, safe='')}"}


def assert_inert(driver, where: str) -> None:
    assert driver.execute_script("return window.__xss === undefined"), f"a payload ran on {where}"
    assert driver.title.endswith(TITLE_END), f"the title was changed on {where}"   # the payload sets "pwned"
    assert errors(driver) == [], where   # a blocked inline script or a broken <img> would show here


def test_payloads_do_not_run(browser, hostile_server):
    errors(browser)
    for name, path in HOSTILE_PAGES.items():
        load(browser, hostile_server + path)
        assert_inert(browser, name)
        shot(browser, f"hostile-{name}")
    # what builds DOM from the data: the network's panel, the map's popup, the document's panel
    load(browser, hostile_server + "/network")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return !!window.faultlineGraph"))
    browser.execute_script("window.faultlineGraph.nodes().forEach(function (n) { n.emit('tap'); });")
    assert "<svg onload" in browser.find_element(By.ID, "panel").text   # shown as text
    assert_inert(browser, "network panel")
    load(browser, hostile_server + "/events")
    WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "map").get_attribute("data-outline") == "drawn")
    browser.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive")[-1].click()
    popup = WebDriverWait(browser, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".leaflet-popup-content").get_attribute("textContent"))
    assert "<svg onload" in popup   # shown as text
    assert_inert(browser, "map popup")
    load(browser, hostile_server + HOSTILE_PAGES["document"])
    for element in browser.find_elements(By.CSS_SELECTOR, "#doc-text [data-items]"):
        element.click()
    assert "<script>" in browser.find_element(By.ID, "selection").text
    shot(browser, "hostile-document-clicked")
    assert_inert(browser, "document panel")
