"""Writing tables: deterministic CSV text, written whole or not at all.

Every output goes to a temporary file in its own folder and is renamed into place only
when all outputs of the run are ready, so a failed run leaves earlier files intact.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from analysis.errors import InputError

#: Floats are written with up to 15 significant digits and no exponent below 1e15.
FLOAT_FORMAT = "%.15g"


def to_csv_text(table: pd.DataFrame) -> str:
    """The CSV text of a table: UTF-8, '\\n' line ends, no index, stable float format."""
    return table.to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT)


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


def write_files(contents: dict[Path, str | bytes]) -> None:
    """Write every file atomically: all to temporaries first, then all renamed."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, content in contents.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                                 dir=path.parent)
            staged.append((temporary, path))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
        for temporary, path in staged:
            os.replace(temporary, path)
    except OSError as exc:
        for temporary, _ in staged:
            if os.path.exists(temporary):
                os.unlink(temporary)
        raise InputError(f"{exc.filename or 'output'}: cannot write ({exc.strerror})") from None


def write_tables(out_dir: str | Path, tables: dict[str, pd.DataFrame]) -> list[Path]:
    """Write {name: table} as DIR/name.csv, all or nothing; returns the paths written."""
    folder = prepare_output_dir(out_dir)
    contents = {folder / f"{name}.csv": to_csv_text(table) for name, table in tables.items()}
    write_files(contents)
    return list(contents)
