"""Notebooks and reports: stored clean, executed by papermill into offline HTML."""

import json
import re

import nbformat
import pytest

from analysis.paths import NOTEBOOKS, SEEDS
from analysis.report import NotebookFailed, render_report

SEED = SEEDS / "mexico-president-us-election.txt"
NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def test_the_five_notebooks_exist_in_run_order():
    assert [p.name for p in NOTEBOOK_FILES] == [
        "01_statistics.ipynb", "02_border_crossings.ipynb", "03_cooperation_timeline.ipynb",
        "04_fact_check.ipynb", "05_sources.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_committed_notebook_is_clean_with_kernelspec_and_one_parameters_cell(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    assert notebook["metadata"]["language_info"]["name"] == "python"
    assert "papermill" not in notebook["metadata"]
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    assert all("papermill" not in c.get("metadata", {}) for c in notebook["cells"])
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    assert {"article: str", "published: str", "output_dir: str"} <= {
        line.split(" =")[0] for line in "".join(tagged[0]["source"]).splitlines()}
    assert notebook["cells"][0]["cell_type"] == "markdown"


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_notebook_cells_are_short(path):
    notebook = nbformat.read(path, as_version=4)
    assert all(len(c.source.splitlines()) <= 12 for c in notebook.cells if c.cell_type == "code")


@pytest.fixture(scope="module")
def report(rendered_report):
    return rendered_report


def test_report_has_every_page_table_and_figure(report):
    assert (report / "index.html").exists()
    for notebook in NOTEBOOK_FILES:
        assert (report / notebook.with_suffix(".html").name).exists()
        assert (report / "executed" / notebook.name).exists()
    for table in ("statistics", "events", "quotes", "sources", "factcheck"):
        assert (report / "tables" / f"{table}.csv").exists()
    for figure in ("border_crossings", "fiscal_years", "cooperation_timeline",
                   "article_numbers", "sourcing"):
        for extension in ("png", "svg", "html", "csv"):
            assert (report / "figures" / f"{figure}.{extension}").stat().st_size > 0


def test_report_pages_hold_their_charts_and_the_vega_libraries_once(report):
    page = (report / "02_border_crossings.html").read_text(encoding="utf-8")
    assert page.count('class="bd-chart"') == 2
    assert page.count("window.vegaEmbed=") == 1


def test_report_pages_load_nothing_from_the_internet(report):
    for page in list(report.glob("*.html")) + list((report / "figures").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<script[^>]+src=[\"']https?:", text), page.name
        assert not re.search(r"<link[^>]+href=[\"']https?:", text), page.name
        assert not re.search(r"@import\s+url\([\"']?https?:", text), page.name


def test_index_links_every_page(report):
    index = (report / "index.html").read_text(encoding="utf-8")
    for notebook in NOTEBOOK_FILES:
        assert f'href="{notebook.with_suffix(".html").name}"' in index


def test_executed_notebooks_carry_no_machine_paths(report):
    from analysis.paths import ROOT

    for executed in (report / "executed").glob("*.ipynb"):
        assert str(ROOT) not in executed.read_text(encoding="utf-8")


def test_a_failing_cell_names_the_notebook_and_keeps_the_earlier_report(report, tmp_path):
    broken = tmp_path / "99_broken.ipynb"
    notebook = nbformat.read(NOTEBOOK_FILES[0], as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("raise ValueError('on purpose')"))
    nbformat.write(notebook, broken)
    before = (report / "index.html").read_bytes()
    with pytest.raises(NotebookFailed, match=r"99_broken.ipynb: cell \d+ failed: ValueError"):
        render_report(SEED, report.parent, notebooks=[broken], progress=lambda m: None)
    assert (report / "index.html").read_bytes() == before
    assert not list(report.parent.glob(".*partial"))
