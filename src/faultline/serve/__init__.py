"""`faultline serve`: a local, read-only web dashboard over a store.

    run(db, host, port)   serve store file `db` (opened read-only) with uvicorn
    create_app(db)        the Starlette app, for tests and embedding (`app.py`)
    ReadOnlyStore(path)   the store as the dashboard reads it (`faultline.store.readonly`)

Pages (each with a JSON twin under /api/...): overview, actors and an actor, the tie network,
events (table, facets, timeline, map), stories and a story's versions side by side,
documents and a document's text with everything read in it marked. The read functions are
`faultline.serve.reads`; templates and vendored JS live beside this file.
"""
from faultline.serve.app import create_app
from faultline.store.readonly import ReadOnlyStore
from faultline.serve.server import DEFAULT_HOST, DEFAULT_PORT, run

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ReadOnlyStore", "create_app", "run"]
