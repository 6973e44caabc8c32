"""Word lists as regular expressions, built the one way every lexicon needs."""
from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first (so "air strike" wins over "air"),
    escaped, with each space matching any run of whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(map(str, words)), key=len, reverse=True))
