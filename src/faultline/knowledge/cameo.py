"""The CAMEO verb dictionary, converted for faultline and mapped to PLOVER.

    python -m faultline.knowledge.cameo [--cameo CAMEO.2.0.txt] [--crosswalk CAMEO2PLOVER-2021.txt]
                                        [--out src/faultline/data/cameo_verbs.json]

reads PETRARCH's CAMEO.2.0 verb dictionary (openeventdata/petrarch2, MIT) and the published
CAMEO-to-PLOVER crosswalk (openeventdata/PLOVER, CC BY-SA 4.0) from ../shared/external and
writes `data/cameo_verbs.json`: every verb block with its verbs (base forms, multi-word verbs
as "shoot down"), its default CAMEO code and its patterns, each pattern as the words that
must stand before and after the verb, synonym sets (&WEAPON) expanded, and each code's
PLOVER type and mode. Re-run it when either source changes; the file names both sources
and carries their notices.

The dictionary's pattern syntax, as PETRARCH reads it: `- BEFORE * AFTER [code] # note`;
`{A B}` a phrase, `(TO X)` a prepositional phrase, `&SET` a synonym set, `$` and `+` mark
where the target and source stand (faultline reads those from the tree instead), `_` joins
the words of a multi-word verb, `{FORMS}` after a verb lists its irregular forms.
"""
from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CAMEO = ROOT.parent / "shared" / "external" / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt"
DEFAULT_CROSSWALK = ROOT.parent / "shared" / "external" / "PLOVER" / "CAMEO2PLOVER-2021.txt"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "cameo_verbs.json"

_CODE = re.compile(r"\[([0-9A-F-]+)(?::[0-9A-F-]+)?\]")
_MARKERS = re.compile(r"[$+%^]")


@dataclass
class Block:
    code: str | None
    verbs: list[str] = field(default_factory=list)
    patterns: list[dict] = field(default_factory=list)


def read_cameo(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    """Synonym sets and verb blocks of a PETRARCH verb dictionary."""
    synonyms: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    in_verbs = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith("<!--"):
            current_set = None
            continue
        # a synonym set may also stand between verb blocks (older dictionaries have no sections)
        if line.startswith("&"):
            current_set = line.strip()[1:].split()[0].rstrip("_")
            synonyms[current_set] = []
            continue
        if line.startswith("+") and current_set is not None:
            synonyms[current_set].append(_words(line[1:]))
            continue
        in_verbs = in_verbs or line.startswith("---")
        if not in_verbs:
            continue
        if line.startswith("---"):
            code = _CODE.search(line)
            blocks.append(Block(code.group(1) if code and code.group(1) != "---" else None))
        elif line.startswith("-") and blocks:
            code = _CODE.search(line)
            body = _CODE.sub("", line[1:])
            if code is None or "*" not in body or code.group(1) == "---":
                continue
            before, after = body.split("*", 1)
            blocks[-1].patterns.append({"code": code.group(1), "before": _tokens(before), "after": _tokens(after)})
        elif blocks:
            verb = re.sub(r"\{[^}]*\}", "", _CODE.sub("", line)).strip().lstrip("+")
            if verb:
                blocks[-1].verbs.append(_words(verb))
    return synonyms, [b for b in blocks if b.verbs]


def _words(text: str) -> str:
    return " ".join(w for w in text.replace("_", " ").lower().split() if w)


def _tokens(text: str) -> list[str]:
    """A pattern side as its words, in order: phrase braces and parentheses dropped, markers
    removed, synonym sets kept as "&name"."""
    text = _MARKERS.sub(" ", text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " "))
    return [w.lower() if not w.startswith("&") else "&" + w[1:].rstrip("_").lower() for w in text.split()]


def read_crosswalk(path: Path) -> dict[str, dict]:
    """CAMEO code -> {"type", "mode"} from the crosswalk table."""
    table = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", line)
        if m:
            mode = (m.group(3) or "").strip() or None
            table[m.group(1)] = {"type": m.group(2), "mode": mode}
    return table


def plover_of(code: str, crosswalk: dict[str, dict]) -> dict | None:
    """The PLOVER type and mode of a CAMEO code: its own entry, else its parent's (4 -> 3 -> 2
    digits); None where PLOVER drops the category (01 statements, 02 appeals)."""
    for n in (len(code), 3, 2):
        entry = crosswalk.get(code[:n])
        if entry is not None:
            return entry
    return None


def read_verb_dictionary(path: Path, crosswalk_path: Path = DEFAULT_CROSSWALK) -> dict:
    """Any PETRARCH-format verb dictionary (`--verbs`: a project's own, or the one a test
    set was coded with), converted in memory as the shipped one is."""
    try:
        return convert(path, crosswalk_path, source=f"{path.name} (converted at load)")
    except (OSError, UnicodeError, ValueError) as exc:
        raise DictionaryError(f"{path}: cannot read the verb dictionary: {exc}") from exc


def convert(cameo: Path, crosswalk_path: Path, source: str | None = None) -> dict:
    synonyms, blocks = read_cameo(cameo)
    crosswalk = read_crosswalk(crosswalk_path)
    codes = {b.code for b in blocks if b.code} | {p["code"] for b in blocks for p in b.patterns}
    return {
        "source": {
            "verbs": source or "openeventdata/petrarch2 @ 676801c, petrarch2/data/dictionaries/CAMEO.2.0.txt "
                     "(Open Event Data Alliance; MIT License: Copyright (c) 2015 Open Event Data Alliance. "
                     "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
                     "software and associated documentation files, to deal in the Software without restriction; "
                     "the above copyright notice and this permission notice shall be included in all copies "
                     "or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT "
                     "WARRANTY OF ANY KIND.)",
            "plover": "openeventdata/PLOVER @ 5e0c24f, CAMEO2PLOVER-2021.txt (ed. P. Schrodt; Open Event Data "
                      "Alliance; CC BY-SA 4.0: this table's PLOVER types and modes are shared alike)",
            "converter": "python -m faultline.knowledge.cameo",
        },
        "synonyms": {k: v for k, v in sorted(synonyms.items())},
        "plover": {code: plover_of(code, crosswalk) for code in sorted(codes)},
        "blocks": [{"code": b.code, "verbs": b.verbs, "patterns": b.patterns} for b in blocks],
    }


@lru_cache(maxsize=1)
def load_cameo_verbs() -> dict:
    """The converted dictionary shipped in data/ (JSON: it loads in a few milliseconds)."""
    path = resources.files("faultline") / "data" / "cameo_verbs.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DictionaryError(f"{path}: cannot load the CAMEO verb dictionary: {exc}") from exc


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m faultline.knowledge.cameo", description=__doc__.split("\n\n")[0])
    ap.add_argument("--cameo", type=Path, default=DEFAULT_CAMEO)
    ap.add_argument("--crosswalk", type=Path, default=DEFAULT_CROSSWALK)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args(argv)
    data = convert(a.cameo, a.crosswalk)
    a.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    n_verbs = sum(len(b["verbs"]) for b in data["blocks"])
    n_patterns = sum(len(b["patterns"]) for b in data["blocks"])
    print(f"{a.out}: {len(data['blocks'])} blocks, {n_verbs} verbs, {n_patterns} patterns, "
          f"{len(data['synonyms'])} synonym sets, {sum(v is not None for v in data['plover'].values())} "
          f"of {len(data['plover'])} codes mapped to PLOVER")


if __name__ == "__main__":
    main()
