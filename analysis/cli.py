"""The command line: `python -m analysis extract ARTICLE... --out DIR`.

Exit status 0 on success; 2 with one line on stderr for bad input or usage. Outputs are
computed in full before anything is written, then written atomically.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from analysis.article import Article, load_article, parse_published
from analysis.errors import InputError
from analysis.paths import DEFAULT_ARTICLE, REFERENCE, REPORTS
from analysis.pipeline import EXTRACTED, run, run_many
from analysis.tables import write_tables


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(f"usage: {message} (see 'python -m analysis {self.prog.split()[-1]} --help')")


def extract_tables(articles: Sequence[Article]) -> dict[str, pd.DataFrame]:
    """Every table for every article, rows ordered by article id then position."""
    return run_many(articles, EXTRACTED)


def _refuse_duplicate_ids(ids: Sequence[str]) -> None:
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError(f"{duplicates[0]}: two articles share this name; article ids must differ")


def _extract_one(path: str, published: str | None) -> tuple[str, dict[str, pd.DataFrame], list]:
    article = load_article(path, parse_published(published, "--published") if published else None)
    return (article.article_id, run(article, EXTRACTED), _messages(article))


def _messages(article: Article) -> list[str]:
    """The lines to print about an article: notes (how it was read) and warnings."""
    return ([f"note: {note}" for note in article.metadata.get("notes", [])]
            + [f"warning: {text}" for text in article.metadata.get("warnings", [])])


def extract_paths(paths: Sequence[str], published: str | None = None,
                  jobs: int = 1) -> dict[str, pd.DataFrame]:
    """Every table for every article file, in `jobs` processes; rows ordered by article id."""
    if published:
        parse_published(published, "--published")  # a bad date fails before any work
    if jobs > 1 and len(paths) > 8:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_extract_one, paths, [published] * len(paths),
                                    chunksize=max(1, len(paths) // (jobs * 8))))
    else:
        results = [_extract_one(path, published) for path in paths]
    ids = [article_id for article_id, _, _ in results]
    _refuse_duplicate_ids(ids)
    for _, _, messages in results:
        for message in messages:
            print(message, file=sys.stderr)
    results.sort(key=lambda result: result[0])
    return {name: pd.concat([tables[name] for _, tables, _ in results], ignore_index=True)
            for name in EXTRACTED}


def _load_all(paths: Sequence[str], published: str | None) -> list[Article]:
    date = parse_published(published, "--published") if published else None
    articles = [load_article(path, date) for path in paths]
    for article in articles:
        for message in _messages(article):
            print(message, file=sys.stderr)
    ids = [article.article_id for article in articles]
    _refuse_duplicate_ids(ids)
    return articles


def _refuse_file_as_folder(path: str) -> None:
    """Fail before any work when the output folder is a file (nothing is created)."""
    if Path(path).exists() and not Path(path).is_dir():
        raise InputError(f"{path}: output path is a file, not a folder")


def command_extract(args: argparse.Namespace) -> int:
    _refuse_file_as_folder(args.out)
    if args.jobs < 1:
        raise InputError(f"--jobs: {args.jobs} must be 1 or more")
    tables = extract_paths(args.articles, args.published, jobs=args.jobs)
    written = write_tables(args.out, tables)
    rows = ", ".join(f"{len(tables[p.stem])} {p.stem}" for p in written)
    print(f"extracted {len(args.articles)} article(s): {rows} -> {args.out}", file=sys.stderr)
    return 0


def command_factcheck(args: argparse.Namespace) -> int:
    from analysis.factcheck import Figures

    _refuse_file_as_folder(args.out)
    articles = _load_all(args.articles, args.published)
    table = run_many(articles, ["factcheck"], Figures.load())["factcheck"]
    write_tables(args.out, {"factcheck": table})
    claims = table.drop_duplicates(["article_id", "claim_id"])  # one row per figure compared
    counts = claims["verdict"].value_counts().to_dict()
    print(f"checked {len(claims)} claim(s): " + ", ".join(f"{counts[v]} {v}" for v in sorted(counts))
          + f" -> {args.out}", file=sys.stderr)
    return 0


def command_datapackage(args: argparse.Namespace) -> int:
    from analysis.schema import data_dictionary, datapackage_json
    from analysis.tables import output_set, write_files

    folders = [args.out]
    if args.dictionary:
        _refuse_file_as_folder(str(Path(args.dictionary).parent))
        if Path(args.dictionary).is_dir():
            raise InputError(f"{args.dictionary}: is a folder; give the dictionary's file name")
        folders.append(Path(args.dictionary).parent)
    with output_set(*folders) as _:
        files = {Path(args.out) / "datapackage.json": datapackage_json()}
        if args.dictionary:
            files[Path(args.dictionary)] = data_dictionary()
        write_files(files)
    print("wrote " + ", ".join(str(p) for p in files), file=sys.stderr)
    return 0


def command_report(args: argparse.Namespace) -> int:
    from analysis.report import NotebookFailed, render_report

    published = parse_published(args.published, "--published") if args.published else None
    if args.workers < 1:
        raise InputError(f"--workers: {args.workers} must be 1 or more")
    try:
        render_report(args.article, args.out, published, workers=args.workers)
    except NotebookFailed as exc:
        print(f"error: {exc} (the earlier report is unchanged)", file=sys.stderr)
        return 1
    return 0


def command_official(args: argparse.Namespace) -> int:
    from analysis import official
    from analysis.tables import output_set, stage_tables, write_files

    if not args.from_reference and not args.cbp_export:
        raise InputError("usage: official needs --cbp-export FILE or --from-reference DIR")
    tables = official.read_reference_folder(args.from_reference) if args.from_reference else {}
    new = official.read_cbp_export(args.cbp_export) if args.cbp_export else None
    with output_set(args.out) as (out,):  # read, merge and write under the folder's lock
        if new is not None:
            current = tables.get("southwest_encounters_monthly")
            if current is None:
                existing = out / "southwest_encounters_monthly.csv"
                current = official.load_encounters(existing) if existing.exists() else None
            if current is None:
                merged, revisions = new, []
            else:
                merged, revisions = official.merge_months(
                    current, new, accept_revisions=args.accept_revisions)
            tables["southwest_encounters_monthly"] = merged
            for revision in revisions:
                print(f"revised: {revision}", file=sys.stderr)
            print(f"{args.cbp_export}: {new['month'].nunique()} months from "
                  f"{new['month'].min()} to {new['month'].max()}", file=sys.stderr)
        contents = stage_tables(out, tables)
        write_files(contents)
    print("wrote " + ", ".join(str(Path(args.out) / p.name) for p in contents), file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser("extract", help="write the article tables as CSV")
    extract.add_argument("articles", nargs="+", metavar="ARTICLE", help="article .txt files")
    extract.add_argument("--out", required=True, metavar="DIR", help="output folder")
    extract.add_argument("--published", metavar="YYYY-MM-DD",
                         help="publication date (default: 'published' in ARTICLE.yml)")
    extract.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                         help="processes for a batch of articles (default: 2)")
    extract.set_defaults(run=command_extract)

    factcheck = commands.add_parser("factcheck", help="check the articles' claims against "
                                    "the official figures")
    factcheck.add_argument("articles", nargs="+", metavar="ARTICLE", help="article .txt files")
    factcheck.add_argument("--out", required=True, metavar="DIR", help="output folder")
    factcheck.add_argument("--published", metavar="YYYY-MM-DD",
                           help="publication date (default: 'published' in ARTICLE.yml)")
    factcheck.set_defaults(run=command_factcheck)

    package = commands.add_parser("datapackage", help="write datapackage.json (and the data "
                                  "dictionary) describing the tables")
    package.add_argument("--out", required=True, metavar="DIR", help="folder of the CSVs")
    package.add_argument("--dictionary", metavar="FILE", help="also write the Markdown data "
                         "dictionary here")
    package.set_defaults(run=command_datapackage)

    report = commands.add_parser("report", help="execute every notebook into HTML reports")
    report.add_argument("--article", default=str(DEFAULT_ARTICLE), metavar="ARTICLE",
                        help="article .txt file (default: the seed article)")
    report.add_argument("--out", default=str(REPORTS), metavar="DIR",
                        help="reports folder (default: reports/)")
    report.add_argument("--published", metavar="YYYY-MM-DD",
                        help="publication date (default: 'published' in ARTICLE.yml)")
    report.add_argument("--workers", type=int, default=2, metavar="N",
                        help="notebooks run at once (default: 2)")
    report.set_defaults(run=command_report)

    official = commands.add_parser("official", help="rebuild the official figures tables")
    official.add_argument("--cbp-export", metavar="FILE",
                          help="CBP's Southwest land border encounters export (CSV); its "
                               "months replace the same months, older months are kept")
    official.add_argument("--from-reference", metavar="DIR",
                          help="rebuild every table from a folder of gathered reference files")
    official.add_argument("--accept-revisions", action="store_true",
                          help="let the export lower a month below the verified figure "
                               "(each revision is reported)")
    official.add_argument("--out", default=str(REFERENCE), metavar="DIR",
                          help="folder of the official tables (default: data/reference)")
    official.set_defaults(run=command_official)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the file system said no: a path, a permission, a full disk
        where = exc.filename or "output"
        print(f"error: {where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; earlier outputs are unchanged", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a one-line message instead of a traceback wall
        if os.environ.get("BORDER_DESK_DEBUG"):
            raise
        print(f"error: internal error {type(exc).__name__}: {exc} "
              "(set BORDER_DESK_DEBUG=1 for the traceback)", file=sys.stderr)
        return 1
