"""Claims: who said what, and on whose authority, read from the parse.

Three kinds, as the contract names them:
    direct        the words of a quotation (quotations.py finds them); its attribution is
                  the verb of saying beside it, outside any quotation, in a sentence the
                  quotation shares; a quotation split around its attribution, continued
                  over paragraphs or in the same paragraph, keeps its speaker; interview
                  answers ("A: ...", "Name: ...") are their speaker's words
    indirect      a verb of saying or of thinking (reporting.py) with a clause as
                  complement: "X warned (that) ...", "..., X told reporters", "officials
                  believe ...", "X denied carrying out ..."; a quotation inside that
                  clause is part of it, not a claim of its own
    according_to  "according to X", "citing X": the rest of the sentence is X's
The speaker is the verb's subject (speakers.py), resolved through the document's mentions
and coreference; `speaker_text` keeps the literal words.
"""
from .reader import extract_claims

__all__ = ["extract_claims"]
