"""Given names: whether a capitalised word is a first name, the strongest cue that a name
nobody listed belongs to a person ("Celeste Namashulua directs ...").

The list is the name dictionary shipped in the PyPI package gender-guesser (Jörg Michael's
nam_dict.txt, about 48,000 first names from many countries, GNU FDL), read offline from the
installed package; faultline uses only the names, not the genders.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..errors import DictionaryError

# nam_dict.txt: a two-character gender code, then the name in columns 3-28 ('+' joins parts).
_NAME_COLUMNS = slice(3, 29)


@lru_cache(maxsize=1)
def load_given_names() -> frozenset[str]:
    try:
        raw = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_bytes()
    except (OSError, ModuleNotFoundError) as exc:
        raise DictionaryError(f"gender-guesser's name dictionary is not installed: {exc}") from exc
    names = set()
    for line in raw.decode("iso-8859-1").splitlines():
        if not line or line[0] == "#" or line[:2].strip() in ("=",):
            continue
        name = line[_NAME_COLUMNS].strip()
        if name and "<" not in name:
            names.update(part for part in name.split("+") if len(part) > 1)
    return frozenset(names)


def is_given_name(word: str) -> bool:
    return word in load_given_names()
