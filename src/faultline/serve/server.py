"""Run the dashboard: uvicorn serving `create_app` over a store opened read-only."""
from __future__ import annotations

from collections.abc import Callable

from faultline.serve.app import LOCAL_HOSTS, create_app
from faultline.store.readonly import ReadOnlyStore

DEFAULT_HOST = "127.0.0.1"   # this machine only, unless told otherwise
DEFAULT_PORT = 8765
ANY_ADDRESS = ("0.0.0.0", "::", "")


def allowed_hosts(host: str) -> tuple[str, ...]:
    """The Host headers to answer when listening on `host`: this machine's names, the
    address itself, or any when listening on every address (the user chose to expose it)."""
    if host in ANY_ADDRESS:
        return ("*",)
    return tuple(dict.fromkeys([*LOCAL_HOSTS, host]))


def url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ANY_ADDRESS else host
    return f"http://[{shown}]:{port}/" if ":" in shown else f"http://{shown}:{port}/"


def run(db: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
        ready: Callable[[str], None] | None = None) -> None:
    """Serve store `db` read-only on host:port until interrupted; `ready(url)` is called once
    the store is open, before the server starts listening."""
    import uvicorn  # the web stack loads only for this command

    with ReadOnlyStore(db) as store:
        if ready:
            ready(url(host, port))
        uvicorn.run(create_app(store, allowed_hosts(host)), host=host, port=port, log_level="warning",
                    server_header=False)
