"""The readers of standing ties that relations.py runs: the cue lexicon's patterns around
each cue (cues.py compiles data/relations.yaml, frames.py reads each frame, actors.py says who
stands there, money.py reads amounts and purchases) and the readers of the parse (tree.py asks
each token; stances.py, titles.py and transfers.py answer, from data/tie_words.yaml).
"""
