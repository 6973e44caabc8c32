"""faultline: news reports in, source-traced actors, ties, events, claims and comparisons out.

The public API (imported on first use, so `import faultline.model` stays light):

    analyze_paths(paths, db=None)   files -> DuckDB (optional) -> RunReport with the Analysis
    analyze_articles(articles)      Article objects -> Analysis, in memory
    compare_corpus(analysis)        stories and comparisons across documents
    Analysis                        the faultline/1 document; .to_json(), .from_dict()
    Options, Pipeline, Store        configuration, the reusable extractor, the database
"""
from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "analyze_paths": "pipeline", "analyze_articles": "pipeline", "Options": "pipeline", "Pipeline": "pipeline",
    "RunReport": "pipeline", "compare_corpus": "compare", "Analysis": "model", "Store": "store",
    "FaultlineError": "errors", "InputError": "errors",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'faultline' has no attribute {name!r}")
