"""The shipped data files (src/faultline/data/*.yaml), each read and parsed once per process."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import DictionaryError


# libyaml's loader where the wheel has it: the same safe YAML, several times faster to read
# (the knowledge files are most of a process's start-up).
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """data/`name` parsed; a DictionaryError naming the file when it cannot be read.

    Callers share the parsed object: treat it as read-only."""
    try:
        return yaml.load((resources.files("faultline") / "data" / name).read_text(encoding="utf-8"), Loader=LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"data/{name}: cannot load: {exc}") from exc
