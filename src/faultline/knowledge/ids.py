"""Stable entity ids from names, shared by the dictionaries and the readers that name actors."""
from __future__ import annotations

import re
import unicodedata


def slugify(name: str) -> str:
    """A stable, ASCII, lowercase id part: "Khaled al-Batsh" -> "khaled-al-batsh"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
