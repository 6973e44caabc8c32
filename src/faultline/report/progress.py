"""The progress bar of `faultline analyze` on a terminal (rich): articles done of the total
expected, the rate, the time left, the last input done; and the cheap count of that total.

`count_articles` walks the paths as `ingest.read_inputs` does, without reading articles: a
file is one article, except a JSON Lines file (one per non-blank line) and a feed (one per
item), whose bytes are scanned. The count is an estimate (a .txt holding JSON Lines is one
article until read); standard input makes it unknown, and the bar then shows a count and a
rate without a total.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn
from rich.table import Column
from rich.text import Text

from faultline import limits
from faultline.ingest.formats import FEED, JSONL, format_for_name
from faultline.ingest.metadata import SIDECAR_SUFFIX

from .terminal import cut, printable

_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>/]")
ORIGIN_WIDTH = 40  # columns for the last input's name, its end kept (the file name)


def count_articles(paths: Iterable[str | os.PathLike]) -> int | None:
    """How many articles (or refusals) reading `paths` will give; None when one is stdin."""
    limit = limits.current().file_bytes
    total = 0
    for given in paths:
        name = os.fsdecode(given)
        if name == "-":
            return None
        files = _walk(name) if os.path.isdir(name) else [name]
        total += sum(_count_file(file, limit) for file in files)
    return total


def _walk(top: str) -> Iterator[str]:
    """The files `read_inputs` reads under `top`: hidden names and metadata sidecars left out."""
    for folder, subfolders, names in os.walk(top):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        yield from (os.path.join(folder, name) for name in names
                    if not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX))


def _count_file(path: str, limit: int) -> int:
    kind = format_for_name(path)
    if kind not in (JSONL, FEED):
        return 1
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return 1  # refused unread: one error
        with open(path, "rb") as file:
            data = file.read(limit)
    except OSError:
        return 1
    found = sum(1 for line in data.split(b"\n") if line.strip()) if kind == JSONL \
        else len(_FEED_ITEM.findall(data))
    return max(found, 1)


class ProgressBar:
    """`with ProgressBar(total) as bar:` draws on stderr; `bar(origin)` counts one input done.

    A total of None draws a bar without an end: the count, the rate and the time elapsed.
    """

    def __init__(self, total: int | None, console: Console | None = None):
        self.total = total
        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), _Count(_ONE_LINE), _Rate(_ONE_LINE),
                                  _Time(_ONE_LINE), TextColumn("{task.fields[origin]}", markup=False,
                                                              table_column=Column(no_wrap=True, overflow="ellipsis")),
                                  console=console or Console(stderr=True))
        self._task = self._progress.add_task("analysing", total=total, origin="")

    def __enter__(self) -> "ProgressBar":
        self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        task = self._progress.tasks[0]
        if kind is None:  # all done: the bar ends full, with the time taken and the rate
            self._progress.update(self._task, total=task.completed, origin="", description="analysed")
        self._progress.stop()

    def __call__(self, origin: str) -> None:
        task = self._progress.tasks[0]
        if task.total is not None and task.completed >= task.total:
            self._progress.update(self._task, total=task.completed + 1)  # the estimate was short
        self._progress.update(self._task, advance=1, origin=_tail(printable(origin), ORIGIN_WIDTH))


def _tail(text: str, width: int) -> str:
    """The end of `text` in `width` columns, "…" in front of what is left out."""
    return text if len(text) <= width else "…" + cut(text[-(width - 1):], width - 1)


# a column's text never wraps onto a second line of the bar
_ONE_LINE = Column(no_wrap=True)


def _rate(task: Task) -> float | None:
    """Articles per second since the start: inputs finish in batches (50 at a time), which
    a short window would read as bursts and pauses."""
    elapsed = task.finished_time if task.finished else task.elapsed
    return task.completed / elapsed if elapsed and task.completed else None


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-:--:--"
    minutes, second = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{second:02d}"


class _Count(ProgressColumn):
    """"120/5000", or "120 articles" when the total is unknown."""

    def render(self, task: Task) -> Text:
        done = int(task.completed)
        return Text(f"{done}/{int(task.total)}" if task.total is not None else f"{done} articles")


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        rate = _rate(task)
        return Text(f"{rate:.1f} articles/s" if rate else "- articles/s")


class _Time(ProgressColumn):
    """The time left while it can be told, else (and once done) the time taken."""

    def render(self, task: Task) -> Text:
        rate = _rate(task)
        if task.finished or task.total is None or not rate:
            return Text(f"{_clock(task.finished_time if task.finished else task.elapsed)} elapsed")
        return Text(f"{_clock((task.total - task.completed) / rate)} left")
