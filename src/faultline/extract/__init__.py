"""Extraction: what one document says, as typed objects pointing into its text.

Each module is one extractor, a function (or a matcher built once) from a parsed document to
typed results; the pipeline runs them in this order:
    entities.py      actor mentions from the dictionaries (PhraseMatcher)
    names.py         names no dictionary lists, surnames, acronyms
    coreference.py   definite descriptions ("the group") and the antecedent rule
    claims.py        quotations, reported speech and according-to, with speakers
    relations.py     standing ties (with relation_actors, relation_cues, relation_frames,
                     relation_money)
    events.py        PLOVER events (with event_roles, modality, attributes)
    framing.py       the labels each document gives each actor
"""
