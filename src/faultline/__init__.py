"""faultline: news reports in, source-traced actors, ties, events, claims and comparisons out.

The public API (imported on first use, so `import faultline.model` stays light):

    analyze_paths(paths, db=None)   files -> DuckDB (optional) -> RunReport with the Analysis
    analyze_articles(articles)      Article objects -> Analysis, in memory
    compare_corpus(analysis)        stories and comparisons across documents
    Analysis                        the faultline/1 document; .to_json(), .from_dict()
    Options, Pipeline, Store        configuration, the reusable extractor, the database

For notebooks (`api.py`; each Analysis has events_frame(), actors_frame(), ties_frame(),
claims_frame() and stories_frame(): pandas DataFrames, or Arrow tables without pandas):

    analyze_text(text, title=.., outlet=.., published=.., url=..)   one article -> Analysis
    analyze(paths, db=None)         files -> Analysis (stored in db when given)
    open(db)                        a stored corpus: .analysis and the same frames
"""
from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "analyze_paths": "pipeline", "analyze_articles": "pipeline", "Options": "pipeline", "Pipeline": "pipeline",
    "RunReport": "pipeline", "compare_corpus": "compare", "Analysis": "model", "Store": "store",
    "FaultlineError": "errors", "InputError": "errors",
    "analyze_text": "api", "analyze": "api", "open": "api", "Corpus": "api",
}
# `open` is faultline.open, never star-imported over the builtin
__all__ = sorted(set(_EXPORTS) - {"open"})


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'faultline' has no attribute {name!r}")
