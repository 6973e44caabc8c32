"""The pages: for each, its path, its JSON twin's path, its template, and how a request's
parameters become a call to a read function of `faultline.serve.reads`.

A page's result is a dataclass; the HTML page renders it, the twin under /api returns it as
JSON (`plain`). Bad parameters (a page number that is not one, a date that is not
YYYY-MM-DD) are a 400, an id the store lacks a 404.
"""
from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.exceptions import HTTPException
from starlette.requests import Request

from faultline.serve.reads.actors import actor_page, actors_page
from faultline.serve.reads.documents import document_page, documents_page
from faultline.serve.reads.events import EventFilters, events_page
from faultline.serve.reads.network import DEFAULT_LIMIT, NetworkFilters, network
from faultline.serve.reads.overview import overview
from faultline.serve.reads.stories import stories_page, story_page

MAX_PARAM = 300     # characters of a text parameter kept
MAX_PAGE = 1_000_000


class Params:
    """A request's query parameters, checked."""

    def __init__(self, request: Request):
        self.values = request.query_params

    def text(self, name: str) -> str | None:
        value = (self.values.get(name) or "").strip()[:MAX_PARAM]
        return value or None

    def number(self, name: str, default: int, high: int) -> int:
        value = self.values.get(name)
        if value in (None, ""):
            return default
        if not value.isdigit() or not 1 <= int(value) <= high:
            raise HTTPException(400, f"{name} must be a whole number from 1 to {high}")
        return int(value)

    def date(self, name: str) -> datetime.date | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise HTTPException(400, f"{name} must be a date, YYYY-MM-DD") from None

    def page(self) -> int:
        return self.number("page", 1, MAX_PAGE)


def _found(result: Any, what: str) -> Any:
    if result is None:
        raise HTTPException(404, f"no such {what}")
    return result


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    api_path: str
    template: str
    title: str
    reader: Callable[[Any, Params, dict[str, str]], Any]

    def read(self, request: Request) -> Any:
        return self.reader(request.app.state.db, Params(request), request.path_params)

    def api_path_of(self, request: Request) -> str:
        """This request's twin: the API path with the same ids."""
        path = self.api_path
        for key, value in request.path_params.items():
            path = path.replace("{" + key + ":path}", quote(value, safe=""))
        return path


def _events(db: Any, p: Params, _: dict[str, str]) -> Any:
    return events_page(db, EventFilters(type=p.text("type"), mode=p.text("mode"), country=p.text("country"),
                                        actor=p.text("actor"), outlet=p.text("outlet"), since=p.date("since"),
                                        until=p.date("until"), page=p.page()))


def _network(db: Any, p: Params, _: dict[str, str]) -> Any:
    return network(db, NetworkFilters(type=p.text("type"), outlet=p.text("outlet"), country=p.text("country"),
                                      actor=p.text("actor"), limit=p.number("limit", DEFAULT_LIMIT, 5000)))


PAGES = [
    Page("overview", "/", "/api/overview", "overview.html", "Overview", lambda db, p, _: overview(db)),
    Page("actors", "/actors", "/api/actors", "actors.html", "Actors",
         lambda db, p, _: actors_page(db, p.text("q"), p.text("type"), p.text("country"), p.page())),
    Page("actor", "/actors/{id:path}", "/api/actors/{id:path}", "actor.html", "Actor",
         lambda db, p, ids: _found(actor_page(db, ids["id"]), "actor")),
    Page("network", "/network", "/api/network", "network.html", "Network", _network),
    Page("events", "/events", "/api/events", "events.html", "Events", _events),
    Page("stories", "/stories", "/api/stories", "stories.html", "Stories",
         lambda db, p, _: stories_page(db, p.text("q"), p.page())),
    Page("story", "/stories/{id:path}", "/api/stories/{id:path}", "story.html", "Story",
         lambda db, p, ids: _found(story_page(db, ids["id"]), "story")),
    Page("documents", "/documents", "/api/documents", "documents.html", "Documents",
         lambda db, p, _: documents_page(db, p.text("q"), p.text("outlet"), p.page())),
    Page("document", "/documents/{id:path}", "/api/documents/{id:path}", "document.html", "Document",
         lambda db, p, ids: _found(document_page(db, ids["id"]), "document")),
]


def plain(value: Any) -> Any:
    """A page's result as JSON-able data: dataclasses to dicts, dates to ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value
