"""faultline: news reports in, source-traced actors, ties, events, claims and comparisons out."""
__version__ = "0.1.0"
