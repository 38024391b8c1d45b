"""Writing tables: deterministic CSV text, safe to open in a spreadsheet, written as one
set or not at all.

Every output goes to a temporary file beside its target and is renamed into place only
when all outputs of the run are ready, behind a commit journal (`analysis.atomic`), so a
failed or killed run leaves the earlier set whole.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from analysis import atomic
from analysis.errors import InputError

#: Floats are written with up to 15 significant digits and no exponent below 1e15.
FLOAT_FORMAT = "%.15g"

#: A text cell starting with one of these is read as a formula by spreadsheet programs
#: (OWASP, "CSV Injection"): it is written with a leading apostrophe instead.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)"; other values unchanged. A text that already
    starts with an apostrophe before such a character gets one more, so that
    `restore_cell` gives back the original exactly."""
    if not isinstance(value, str) or not value:
        return value
    return "'" + value if value.lstrip("'")[:1] in FORMULA_STARTS else value


def restore_cell(value: object) -> object:
    """The original text of a neutralised cell (the inverse of `neutralise_cell`)."""
    if isinstance(value, str) and value[:1] == "'" and value.lstrip("'")[:1] in FORMULA_STARTS:
        return value[1:]
    return value


def _text_columns(table: pd.DataFrame) -> list:
    return [c for c in table.columns if pd.api.types.is_object_dtype(table[c].dtype)
            or pd.api.types.is_string_dtype(table[c].dtype)]


def neutralise_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell that a spreadsheet would run made inert."""
    text_columns = _text_columns(table)
    if not text_columns:
        return table
    table = table.copy()
    for column in text_columns:
        table[column] = table[column].map(neutralise_cell)
    return table


def restore_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """A table read back from CSV with neutralised cells restored to the original text."""
    table = table.copy()
    for column in _text_columns(table):
        table[column] = table[column].map(restore_cell)
    return table


def to_csv_text(table: pd.DataFrame) -> str:
    """The CSV text of a table: UTF-8, '\\n' line ends, no index, stable float format, and
    cells that would start a spreadsheet formula neutralised."""
    return neutralise_formulas(table).to_csv(index=False, lineterminator="\n",
                                             float_format=FLOAT_FORMAT)


def prepare_output_dir(path: str | Path) -> Path:
    """The output folder, created if absent; InputError if it is a file or cannot be made."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: output path is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path}: cannot create the output folder ({exc.strerror})") from None
    return path


@contextlib.contextmanager
def output_set(*folders: str | Path) -> Iterator[list[Path]]:
    """Hold the lock of every output folder (created if absent) and finish or clean up what
    a killed run left in them; another run writing there is refused in one line."""
    prepared = sorted({prepare_output_dir(folder).resolve() for folder in folders})
    with contextlib.ExitStack() as stack:
        for folder in prepared:
            stack.enter_context(atomic.locked(folder))
            try:
                atomic.recover(folder)
            except OSError as exc:
                raise InputError(f"{folder}: cannot finish an earlier interrupted run "
                                 f"({exc.strerror})") from None
        yield prepared


def write_files(contents: dict[Path, str | bytes]) -> None:
    """Write every file as one set: all to temporaries first, then all renamed."""
    data = {Path(path): content.encode("utf-8") if isinstance(content, str) else content
            for path, content in contents.items()}
    try:
        atomic.commit_files(data)
    except OSError as exc:
        raise InputError(f"{exc.filename or 'output'}: cannot write ({exc.strerror})") from None


def stage_tables(folder: Path, tables: dict[str, pd.DataFrame]) -> dict[Path, str]:
    """{DIR/name.csv: CSV text} for {name: table}."""
    return {folder / f"{name}.csv": to_csv_text(table) for name, table in tables.items()}


def write_tables(out_dir: str | Path, tables: dict[str, pd.DataFrame]) -> list[Path]:
    """Write {name: table} as DIR/name.csv, all or nothing; returns the paths written.
    Holds DIR's lock while writing."""
    with output_set(out_dir) as (folder,):
        contents = stage_tables(folder, tables)
        write_files(contents)
    return [Path(out_dir) / path.name for path in contents]
