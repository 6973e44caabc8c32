"""Extraction: what one document says, as typed objects pointing into its text.

Each module is one extractor, a function (or a matcher built once) from a parsed document
(model.Parsed: the text and its spaCy parse) to typed results; the pipeline runs them in
this order:
    entities.py      actor mentions from the dictionaries (PhraseMatcher)
    names.py         names no dictionary lists, from capitals, cues and the model's NER (with
                     name_proposals: the model's NER; name_variants: surnames, acronyms, repeated names)
    coreference.py   pronouns and definite descriptions ("she", "the group", "the director"; with
                     salience: gender, a mention's place in its sentence, pleonastic "it")
    claims.py        quotations, reported speech and thought, according-to, interviews, with
                     speakers (quotations: where quotation marks are; speakers: who is
                     speaking; reporting: which verbs report speech or thought)
    first_person.py  a quotation's "we" and "our" as the body its speaker speaks for
    relations.py     standing ties (with ties/: the cue lexicon's patterns in cues, frames,
                     actors, money; the readers of the parse in tree, stances, titles, transfers)
    events.py        PLOVER events (with event_roles, modality, attributes, verbs, plurals;
                     event_merge: one event per happening)
    framing.py       the labels each document gives each actor
"""
