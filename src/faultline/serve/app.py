"""The dashboard as an ASGI application: pages and their JSON twins over a read-only store.

    create_app(db)   the Starlette app over `db` (a ReadOnlyStore, or anything with `query`)

Read-only end to end: only GET and HEAD are answered (any other method gets 405), the store
is opened read-only, and nothing the app serves comes from elsewhere (the JS libraries and
the world outline are vendored under static/). Text from articles is hostile, so the
templates autoescape, JSON goes into pages through `tojson` (which escapes <, >, & and '),
links leave only for http(s) addresses, and a Content-Security-Policy allows scripts from
the app itself only: an inline script that slipped through would not run. The Host header
must name this machine (a page elsewhere cannot rebind a name to 127.0.0.1 and read it).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from faultline.errors import StoreError
from faultline.serve.pages import PAGES, Page, plain
from faultline.store.readonly import Queryable

HERE = Path(__file__).parent
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
READ_METHODS = frozenset({"GET", "HEAD"})
# Cytoscape.js 3.34.4 adds one fixed <style> element of its own: allowed by its hash (a
# re-vendored version may need a new one; the browser names it in its console).
CYTOSCAPE_STYLE = b"'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self' " + CYTOSCAPE_STYLE + b"; "
                                 b"img-src 'self' data:; connect-src 'self'; font-src 'self'; "
                                 b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def create_app(db: Queryable, hosts: Iterable[str] = LOCAL_HOSTS) -> Starlette:
    """The dashboard over `db`, answering requests whose Host is one of `hosts` ("*": any)."""
    templates = Jinja2Templates(env=_environment())
    routes = [Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]
    for page in PAGES:
        routes.append(Route(page.path, _html(page, templates), methods=["GET"], name=page.name))
        routes.append(Route(page.api_path, _json(page), methods=["GET"], name=f"api-{page.name}"))
    app = Starlette(routes=routes, middleware=[
        Middleware(ReadOnly),
        Middleware(TrustedHostMiddleware, allowed_hosts=list(hosts)),
    ], exception_handlers={HTTPException: _error(templates), StoreError: _store_error})
    app.state.db = db
    return app


class ReadOnly:
    """Refuse every method but GET and HEAD (405), and set the security headers."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in READ_METHODS:
            response = PlainTextResponse("read-only: only GET and HEAD are answered", status_code=405,
                                         headers={"Allow": "GET, HEAD"})
            await response(scope, receive, self._secured(send))
            return
        await self.app(scope, receive, self._secured(send))

    @staticmethod
    def _secured(send: Send) -> Send:
        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)
        return secured


def _html(page: Page, templates: Jinja2Templates):
    def endpoint(request: Request) -> Response:
        result = page.read(request)
        return templates.TemplateResponse(request, page.template, {
            "page": page, "data": result, "api_url": _with_query(request, page.api_path_of(request)),
        })
    return endpoint


def _json(page: Page):
    def endpoint(request: Request) -> Response:
        return JSONResponse(plain(page.read(request)))
    return endpoint


def _error(templates: Jinja2Templates):
    def handler(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail,
                                                                  "page": None, "api_url": None},
                                          status_code=exc.status_code)
    return handler


def _store_error(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": str(exc)}, status_code=500)


def _with_query(request: Request, path: str) -> str:
    query = request.url.query
    return f"{path}?{query}" if query else path


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "default": str, "ensure_ascii": False}
    env.filters["href"] = web_address
    env.filters["quote"] = lambda value: quote(str(value), safe="")
    env.globals["query"] = query_string
    env.globals["plain"] = plain
    return env


def web_address(url: object) -> str | None:
    """`url` when it is an http(s) address, else None: a `javascript:` or `data:` link from an
    article never becomes a link."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def query_string(values: dict[str, object], **changes: object) -> str:
    """`?a=1&b=2` from `values` with `changes` applied (None drops a key)."""
    merged = {**values, **changes}
    pairs = [(k, str(v)) for k, v in merged.items() if v not in (None, "")]
    return "?" + urlencode(pairs) if pairs else "?"


__all__ = ["create_app", "web_address"]
