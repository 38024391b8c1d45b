"""Rendering the reports: every notebook executed with papermill for one article, turned
into self-contained HTML pages (code hidden, nothing loaded from the internet), with an
index that links them and lists the tables and figures.

The report is built in a temporary folder beside its destination and swapped in only
when every notebook has run, so a failing cell leaves the earlier complete report as it
was. Notebooks run two at a time (the machine has two cores): each papermill run starts
its own kernel, and kernel start-up is most of a run's time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import nbformat

from analysis.errors import InputError
from analysis.paths import NOTEBOOKS, REPORTS, ROOT

KERNEL = "python3"


class NotebookFailed(Exception):
    """A notebook's cell raised; the message names the notebook and the cell."""


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def execute_notebook(notebook: Path, output: Path, parameters: dict) -> None:
    """Run one notebook with papermill, from the project root; NotebookFailed on error."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(str(notebook), str(output), parameters=parameters,
                                   kernel_name=KERNEL, cwd=str(ROOT), progress_bar=False,
                                   log_output=False, report_mode=False,
                                   extra_arguments=["--IPKernelApp.log_level=ERROR"])
    except PapermillExecutionError as exc:
        raise NotebookFailed(f"{notebook.name}: cell {exc.cell_index + 1} failed: {exc.ename}: "
                             f"{exc.evalue}".strip()) from None
    _scrub(output)


def _scrub(path: Path) -> None:
    """Drop machine paths and run-to-run noise from an executed notebook: papermill records
    paths, times and a random id for the cell it injects."""
    notebook = nbformat.read(path, as_version=4)
    meta = notebook.metadata.get("papermill", {})
    for key in ("input_path", "output_path"):
        if key in meta:
            meta[key] = Path(meta[key]).name
    for key in ("start_time", "end_time", "duration"):
        meta.pop(key, None)
    for number, cell in enumerate(notebook.cells):
        cell_meta = cell.get("metadata", {})
        for key in ("start_time", "end_time", "duration"):
            cell_meta.get("papermill", {}).pop(key, None)
        cell_meta.pop("execution", None)
        if "injected-parameters" in cell_meta.get("tags", []):
            cell["id"] = "injected-parameters"
        elif "id" in cell and not str(cell["id"]).startswith("cell-") and \
                re.fullmatch(r"[0-9a-f-]{36}", str(cell["id"])):
            cell["id"] = f"cell-{number:02d}"
    text = nbformat.writes(notebook)
    text = text.replace(str(ROOT) + "/", "").replace(str(ROOT), ".")
    text = _OBJECT_ADDRESS.sub(">", text)  # "<Chart at 0x7f55...>": a new address each run
    path.write_text(text, encoding="utf-8")


_OBJECT_ADDRESS = re.compile(r" at 0x[0-9a-f]+>")


def _point_at_final(staging: Path, final: Path) -> None:
    """Executed notebooks name the staging folder they ran in (its name is random): name
    the report's own folder instead, so two runs give the same bytes."""
    before, after = project_relative(staging), project_relative(final)
    for executed in sorted((staging / "executed").glob("*.ipynb")):
        text = executed.read_text(encoding="utf-8")
        executed.write_text(text.replace(before, after), encoding="utf-8")


_REMOTE = re.compile(r"<script[^>]*\bsrc=[\"']https?://[^>]*>\s*</script>|"
                     r"<link[^>]*\bhref=[\"']https?://[^>]*>", re.I)
_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)


def notebook_html(executed: Path) -> str:
    """An executed notebook's outputs as an HTML fragment (nbconvert's basic template: no
    remote scripts or styles); `analysis.pages` puts it in the page shell."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic", exclude_input=True,
                            exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    body = _MATHJAX.sub("", body)
    body = _REMOTE.sub("", body)
    return body


def render_report(article: str | Path, out_root: str | Path = REPORTS,
                  published: str | dt.date | None = None, workers: int = 2,
                  progress: Callable[[str], None] = lambda m: print(m, file=sys.stderr),
                  notebooks: list[Path] | None = None) -> Path:
    """Execute every notebook for `article` into `out_root/<article_id>/`; returns it."""
    from analysis.article import load_article
    from analysis.pipeline import EXTRACTED, run
    from analysis.tables import to_csv_text

    article_path = Path(article).resolve()
    loaded = load_article(article_path, published)  # bad input fails here, before any work
    notebooks = notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not notebooks:
        raise InputError(f"{NOTEBOOKS}: no notebooks to run")
    final = _prepare_destination(Path(out_root), loaded.article_id)
    published_text = published.isoformat() if isinstance(published, dt.date) else published
    with _destination_lock(final):
        staging = _staging(final)
        figures_dir = staging / "figures"
        parameters = {"article": project_relative(article_path),
                      "published": published_text or "",
                      "output_dir": project_relative(figures_dir)}
        progress(f"rendering {len(notebooks)} notebooks for {loaded.article_id} "
                 f"({max(1, workers)} at a time, about 10 s each) into {final}/")
        started = time.perf_counter()
        try:
            tables = run(loaded, (*EXTRACTED, "factcheck"))
            for name, table in tables.items():
                (staging / "tables" / f"{name}.csv").write_text(to_csv_text(table),
                                                                 encoding="utf-8")
            _run_all(notebooks, staging, parameters, workers, progress)
            _point_at_final(staging, final)
            build_pages(staging, loaded, notebooks, tables)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _swap(staging, final)
        write_reports_index(final.parent)
    progress(f"report ready in {time.perf_counter() - started:.1f} s: {_relative(final)}/index.html")
    return final


def project_relative(path: Path) -> str:
    """`path` relative to the project root (with '..' where it lies outside), so executed
    notebooks, which record their parameters, carry no absolute path of this machine."""
    return Path(os.path.relpath(Path(path).resolve(), ROOT)).as_posix()


def _prepare_destination(out_root: Path, article_id: str) -> Path:
    """The report folder `out_root/<article_id>`; its parent is created. InputError (one
    line, exit 2) when it is a file or cannot be written."""
    if out_root.exists() and not out_root.is_dir():
        raise InputError(f"{out_root}: output path is a file, not a folder")
    try:
        out_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out_root}: cannot create the reports folder ({exc.strerror})") from None
    if not os.access(out_root, os.W_OK | os.X_OK):
        raise InputError(f"{out_root}: the reports folder is not writable; choose another "
                         "with --out")
    final = out_root / article_id
    if final.exists() and not final.is_dir():
        raise InputError(f"{final}: is a file where the report folder goes")
    return final


@contextlib.contextmanager
def _destination_lock(final: Path) -> Iterator[None]:
    """One lock per report folder: a second run into it is refused in one line. Under the
    lock, what a killed run left (its staging folder, a half-done swap) is cleaned up."""
    from analysis import atomic

    with atomic.locked(final.parent, lock_file=final.with_name(f".{final.name}.lock")):
        atomic.recover_folder(final)
        yield


def _staging(final: Path) -> Path:
    """A fresh staging folder of this run beside `final`, with the report's sub-folders."""
    from analysis import atomic

    try:
        staging = atomic.staging_folder(final)
    except OSError as exc:
        raise InputError(f"{final.parent}: cannot write ({exc.strerror})") from None
    (staging / "executed").mkdir()
    (staging / "tables").mkdir()
    return staging


def build_pages(staging: Path, article, notebooks: list[Path], tables: dict) -> None:
    """Every page of a report from its executed notebooks and figures: the shared Vega
    asset, one page per notebook, the index and report.json (what the reports index
    reads)."""
    from analysis import pages as web
    from analysis.display import vega_bundle
    from analysis.findings import verdict_summary

    info = web.ArticleInfo.of(article, verdict_summary(tables.get("factcheck")))
    (staging / "assets").mkdir(exist_ok=True)
    (staging / web.VEGA_ASSET).write_text(vega_bundle(), encoding="utf-8")
    links = [(n.with_suffix(".html").name, _title_of(n)) for n in notebooks]
    for notebook, (page, title) in zip(notebooks, links):
        fragment = notebook_html(staging / "executed" / notebook.name)
        (staging / page).write_text(web.notebook_page(fragment, info, title, links, page),
                                    encoding="utf-8")
    figures = []
    for chart_page in sorted((staging / "figures").glob("*.html")):
        found = re.search(r"<title>(.*?)</title>", chart_page.read_text(encoding="utf-8"), re.S)
        figures.append((chart_page.stem, html.unescape(found.group(1)) if found
                        else chart_page.stem))
    (staging / "index.html").write_text(
        web.index_page(info, links, sorted(f"{n}.csv" for n in tables), figures),
        encoding="utf-8")
    (staging / "report.json").write_text(json.dumps(info.__dict__, indent=1, sort_keys=True)
                                         + "\n", encoding="utf-8")


def write_reports_index(out_root: Path) -> Path:
    """reports/index.html: every article rendered into `out_root`, written atomically."""
    from analysis import pages as web

    reports = []
    for folder in sorted(p for p in Path(out_root).iterdir()
                         if p.is_dir() and not p.name.startswith(".")):
        info = web.read_info(folder)
        if info is not None:
            reports.append((folder.name, info))
    from analysis import atomic

    target = Path(out_root) / "index.html"
    # a temporary of its own (reports of two articles may finish at once), the umask's mode
    os.replace(atomic.write_temporary(target, web.reports_index(reports).encode("utf-8")),
               target)
    return target


def _run_all(notebooks: list[Path], staging: Path, parameters: dict, workers: int,
             progress: Callable[[str], None]) -> None:
    """Run the notebooks, `workers` at a time; each line is numbered by the notebook's
    place in run order ([2/5] is the second notebook), whichever finishes first."""
    total = len(notebooks)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {}
        for number, notebook in enumerate(notebooks, start=1):
            futures[pool.submit(_timed, notebook, staging / "executed" / notebook.name,
                                parameters)] = (number, notebook)
        try:
            for future in as_completed(futures):
                seconds = future.result()
                number, notebook = futures[future]
                progress(f"[{number}/{total}] {notebook.name} ({seconds:.1f} s)")
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _timed(notebook: Path, output: Path, parameters: dict) -> float:
    started = time.perf_counter()
    execute_notebook(notebook, output, parameters)
    return time.perf_counter() - started


def _title_of(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            source = "".join(cell.get("source", []))
            match = re.search(r"^#\s+(.+)$", source, re.M)
            if match:
                return match.group(1).strip()
    return notebook.stem


def _swap(staging: Path, final: Path) -> None:
    """Replace `final` with `staging` in one step a kill cannot split (an atomic exchange
    where the file system has one); the old report is removed only once the new one is in."""
    from analysis import atomic

    atomic.swap_folder(staging, final)
