"""Extraction: what one document says, as typed objects pointing into its text.

Each module is one extractor, a function from a parsed document to typed results:
    entities.py   actor mentions (dictionary matching)
    claims.py     quotations and reported speech with their speakers
"""
