"""The readers of standing ties that relations.py runs: the cue lexicon's patterns around
each cue (cues.py compiles data/relations.yaml, frames.py reads each frame, actors.py says who
stands there, money.py reads amounts and purchases) and the readers of the parse (tree.py asks
each token; stances.py, support.py, sides.py, holdings.py, titles.py, transfers.py and
mediation.py answer, from data/tie_words.yaml).
"""
