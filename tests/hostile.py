"""A hostile input corpus, written on demand (never committed as blobs): every kind of file
that once took a run down, lost an article or hung it, beside two good articles.

`write_corpus(folder)` returns what each file should come to: "stored" (analysed and kept,
perhaps with a warning), or the words its "skipped" line must hold.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

GOOD = {
    "good1.txt": "Rebels shelled the town of Kibumba on Monday, killing four civilians, the army said.\n",
    "good2.txt": "The government accused the militia of attacking a convoy near Bunia on Tuesday.\n",
}
# FAULTLINE_MAX_TEXT_CHARS for the run, so that a refused long text costs seconds, not minutes
TEXT_LIMIT = 200_000


def write_corpus(folder: Path) -> dict[str, str]:
    """Write the corpus into `folder`; return {file name: "stored" | words of its refusal}."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def text(name: str, content: str, outcome: str = "stored", encoding: str = "utf-8") -> None:
        (folder / name).write_bytes(content.encode(encoding))
        expected[name] = outcome

    for name, content in GOOD.items():
        text(name, content)
    # hard-wrapped lines and dashes before a relative "who" (an IndexError in the role reader)
    text("wrapped.txt", "Police are hunting the militants\nwho shelled the market in Goma.\n")
    text("dash.txt", "Police are hunting the militants — who shelled the market in Goma.\n")
    # figures no count, no store column and no JSON number can hold
    text("int32.txt", "Air strikes killed 2147483648 people in Gaza on Friday, officials said.\n")
    text("range30.txt", f"Between {10**29} and {2 * 10**29} people were killed.\n")
    text("digits309.txt", "9" * 320 + " people were killed.\n")
    text("dollars.txt", "The donors sent $" + "9" * 400 + " million to the rebels.\n")
    # relative dates counted from the ends of the calendar
    for name, published, words in (("late.txt", "9999-12-31", "tomorrow"), ("early.txt", "0001-01-01", "yesterday")):
        text(name, f"Rebels attacked the town {words}, officials said.\n")
        (folder / f"{Path(name).stem}.meta.json").write_text(json.dumps({"published": published}))
    # a text longer than an article may be
    text("book.txt", "Rebels attacked the town. " * (TEXT_LIMIT // 26 + 100), "characters of text")
    # long lines with no full stop, runs of quotation marks, a quote that never ends
    text("quotes.txt", '"' * 94_000)
    text("run-on.txt", " ".join(["rebels attacked the village and killed people"] * 2_000) + "\n")
    text("long-quote.txt", "She said " + "the rebels are coming and " * 4_000 + ".\n")
    # encodings: a bad byte in UTF-8, UTF-16 without a BOM, stray NULs
    (folder / "bad-byte.txt").write_bytes("Officials in Kyiv said the strike was «unjustified».\n"
                                          .encode("utf-8").replace("«".encode(), b"\xab"))
    expected["bad-byte.txt"] = "stored"
    text("utf16.txt", "Troops withdrew from Kherson on Friday, the ministry said.\n", encoding="utf-16-le")
    text("nul.txt", "Talks resumed in Doha\x00 on Sunday, mediators said.\n")
    # metadata a spreadsheet would run, or a terminal would obey
    text("formula.txt", "Rebels attacked Sake on Wednesday.\n")
    (folder / "formula.meta.json").write_text(json.dumps({"title": '=HYPERLINK("http://x.invalid","open")',
                                                          "outlet": "+Outlet\x1b[2J\x1b]0;owned\x07"}))
    # one id, two texts: an error naming both, never a silent "unchanged"
    (folder / "records.jsonl").write_text(
        json.dumps({"id": "same", "text": "Troops entered the border town on Friday."}) + "\n"
        + json.dumps({"id": "same", "text": "Protesters blocked the highway on Saturday."}) + "\n")
    expected["records.jsonl"] = "already"
    # names and kinds of file no reader should open
    (folder / os.fsdecode(b"bad\xff\xfename.txt")).write_bytes(b"Rebels attacked Goma on Monday.\n")
    expected["bad\\xff\\xfename.txt"] = "stored"
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "a FIFO (named pipe), not a regular file"
    (folder / "zero.txt").symlink_to("/dev/zero")
    expected["zero.txt"] = "a character device (symlink to /dev/zero), not a regular file"
    return expected
