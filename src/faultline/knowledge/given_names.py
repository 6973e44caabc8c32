"""Given names: whether a capitalised word is a first name, the strongest cue that a name
nobody listed belongs to a person ("Celeste Namashulua directs ...").

The list is the name dictionary shipped in the PyPI package gender-guesser (Jörg Michael's
nam_dict.txt, about 48,000 first names from many countries, GNU FDL), read offline from the
installed package; faultline uses only the names, not the genders.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from ..errors import DictionaryError

# nam_dict.txt: a two-character gender code, then the name in columns 3-28 ('+' joins parts).
_NAME_COLUMNS = slice(3, 29)


@lru_cache(maxsize=1)
def load_given_names() -> frozenset[str]:
    return frozenset(_names_and_genders())


@lru_cache(maxsize=1)
def _names_and_genders() -> dict[str, str | None]:
    """Each given name with "m" or "f" when the dictionary says it is mostly one, else None."""
    try:
        raw = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_bytes()
    except (OSError, ModuleNotFoundError) as exc:
        raise DictionaryError(f"gender-guesser's name dictionary is not installed: {exc}") from exc
    names: dict[str, str | None] = {}
    for line in raw.decode("iso-8859-1").splitlines():
        if not line or line[0] == "#" or line[:2].strip() in ("=",):
            continue
        name = line[_NAME_COLUMNS].strip()
        if name and "<" not in name:
            code = line[:2].strip()  # "M", "1M", "?M" mostly male; "F" likewise; "?" either
            gender = "m" if code.endswith("M") else "f" if code.endswith("F") else None
            for part in name.split("+"):
                if len(part) > 1:
                    names[part] = gender if names.get(part, gender) == gender else None
    return names


def is_given_name(word: str) -> bool:
    return word in load_given_names()


def given_name_gender(word: str) -> str | None:
    """"m" or "f" for a given name mostly borne by men or by women, else None ("Édgar" is
    looked up as "Edgar" too)."""
    names = _names_and_genders()
    if word in names:
        return names[word]
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return names.get(plain)
