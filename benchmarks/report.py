"""The report's wall time against its floor.

The floor is the same number of papermill runs, one after another, of an empty notebook
that imports the same libraries as the report's notebooks: what starting kernels and
importing costs before any work. The report runs its notebooks two at a time. Target: at
most 1.5 times the floor. Run: make bench.
"""

from __future__ import annotations

import platform
import tempfile
import time
from pathlib import Path

import nbformat

from analysis.paths import NOTEBOOKS, ROOT, SEEDS
from analysis.report import KERNEL, render_report

IMPORTS = """import pandas, altair, vl_convert
from IPython.display import Markdown, display
from analysis import charts, findings
from analysis.display import Chart, enable_charts, factcheck_page, figure, table
from analysis.notebook import Context"""


def floor_seconds(runs: int, folder: Path) -> float:
    import papermill

    notebook = nbformat.v4.new_notebook()
    notebook.metadata = nbformat.read(sorted(NOTEBOOKS.glob("*.ipynb"))[0], 4).metadata
    notebook.cells = [nbformat.v4.new_code_cell(IMPORTS)]
    path = folder / "empty.ipynb"
    nbformat.write(notebook, path)
    started = time.perf_counter()
    for run in range(runs):
        papermill.execute_notebook(str(path), str(folder / f"out{run}.ipynb"), kernel_name=KERNEL,
                                   cwd=str(ROOT), progress_bar=False,
                                   extra_arguments=["--IPKernelApp.log_level=ERROR"])
    return time.perf_counter() - started


def main() -> None:
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        floor = floor_seconds(len(notebooks), scratch)
        started = time.perf_counter()
        render_report(SEEDS / "mexico-president-us-election.txt", scratch / "reports",
                      progress=lambda message: None)
        report = time.perf_counter() - started
    print(f"machine: {platform.machine()}, {platform.python_version()}")
    print(f"floor: {len(notebooks)} papermill runs of an importing, empty notebook, "
          f"one after another: {floor:.1f} s")
    print(f"report: {len(notebooks)} notebooks, two at a time, plus HTML pages: {report:.1f} s")
    print(f"ratio: {report / floor:.2f} x the floor (target at most 1.5)")


if __name__ == "__main__":
    main()
