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


def test_report_pages_share_one_copy_of_the_vega_libraries(report):
    assert (report / "assets" / "vega.js").read_text(encoding="utf-8").count(
        "window.vegaEmbed=") == 1
    page = (report / "02_border_crossings.html").read_text(encoding="utf-8")
    assert page.count('class="bd-chart"') == 2
    assert page.count('<script src="assets/vega.js"></script>') == 1
    assert "window.vegaEmbed=" not in page
    figure = (report / "figures" / "border_crossings.html").read_text(encoding="utf-8")
    assert '<script src="../assets/vega.js"></script>' in figure


def test_every_page_stays_under_one_and_a_half_megabytes(report):
    for page in list(report.glob("*.html")) + list((report / "figures").glob("*.html")):
        assert page.stat().st_size < 1_500_000, page.name


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.name)
def test_every_page_has_a_real_title_the_headline_navigation_and_a_viewport(report, path):
    page = (report / path.with_suffix(".html").name).read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert title != "Notebook" and "Who could influence the outcome" in title
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "26 March 2024" in page and "The New York Times" in page
    assert '<nav class="bd-nav"' in page and 'href="index.html"' in page
    assert f'href="{path.with_suffix(".html").name}" aria-current="page"' in page


def test_every_table_and_chart_has_a_download_link(report):
    for name, downloads in (("01_statistics", ["tables/statistics.csv",
                                               "figures/article_numbers.csv"]),
                            ("02_border_crossings", ["figures/border_crossings.csv",
                                                     "figures/fiscal_years.csv"]),
                            ("03_cooperation_timeline", ["tables/events.csv",
                                                         "figures/cooperation_timeline.csv"]),
                            ("04_fact_check", ["tables/factcheck.csv"]),
                            ("05_sources", ["tables/sources.csv", "tables/quotes.csv",
                                            "figures/sourcing.csv"])):
        page = (report / f"{name}.html").read_text(encoding="utf-8")
        for href in downloads:
            assert re.search(rf'<a [^>]*href="{re.escape(href)}"[^>]*>Download this data \(CSV\)'
                             "</a>", page), (name, href)


def test_fact_check_page_is_built_around_the_verdict(report):
    page = (report / "04_fact_check.html").read_text(encoding="utf-8")
    assert 'aria-label="verdict summary"' in page and "claims checked" in page
    assert page.count('class="bd-badge"') >= 18
    assert "<mark>in record numbers</mark>" in page
    assert "Not checkable with the bundled data" in page and "what would settle it" in page
    assert '<ol class="bd-notes">' in page
    assert page.count("Encounters count events, not people") == 1
    assert 'href="https://www.cbp.gov/newsroom/stats/southwest-land-border-encounters"' in page


def test_index_has_the_verdict_summary_and_a_thumbnail_of_each_figure(report):
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "claims checked" in index and "bd-badge" in index
    for figure in ("border_crossings", "fiscal_years", "cooperation_timeline",
                   "article_numbers", "sourcing"):
        assert re.search(rf'<img src="figures/{figure}.png" alt="[^"]+"', index), figure
    across = (report.parent / "index.html").read_text(encoding="utf-8")
    assert f'href="{report.name}/index.html"' in across


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


@pytest.fixture(scope="module")
def bare_report(tmp_path_factory):
    """An article with no numbers, no dates and no quotes, rendered on its own."""
    folder = tmp_path_factory.mktemp("bare")
    article = folder / "quiet-afternoon.txt"
    article.write_text("A quiet afternoon at the crossing\n\nVendors sold coffee and the line "
                       "moved slowly, according to people who work there.\n", encoding="utf-8")
    return render_report(article, folder / "reports", published="2024-03-08",
                         progress=lambda m: None)


def test_an_article_without_numbers_dates_or_quotes_renders_every_page(bare_report):
    for notebook in NOTEBOOK_FILES:
        assert (bare_report / notebook.with_suffix(".html").name).exists()
    text = lambda name: (bare_report / f"{name}.html").read_text(encoding="utf-8")
    assert "The article states no numbers." in text("01_statistics")
    assert "The article has no dated references." in text("03_cooperation_timeline")
    assert "The article quotes no one." in text("05_sources")
    assert "The article makes no claim that official figures can check." in text(
        "04_fact_check")
    assert "The article makes no claim the monthly figures can check" in text(
        "02_border_crossings")


def test_the_lab_save_hook_stores_notebooks_without_outputs():
    from analysis.lab import strip_outputs

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    notebook.cells[0].outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "2"},
                                                        execution_count=1)]
    notebook.cells[0].execution_count = 1
    notebook.metadata["papermill"] = {"input_path": "/home/someone/x.ipynb"}
    model = {"type": "notebook", "content": json.loads(nbformat.writes(notebook))}
    strip_outputs(model, path="x.ipynb", contents_manager=None)
    cell = model["content"]["cells"][0]
    assert cell["outputs"] == [] and cell["execution_count"] is None
    assert "papermill" not in model["content"]["metadata"]


def test_the_record_names_the_series_and_period_it_was_checked_against():
    import pandas as pd

    from analysis.display import record_words

    row = pd.Series({"official_value": 124215.0, "official_series": "cbp_southwest_usbp",
                     "official_period_start": "2024-01-01", "official_period_end": "2024-01-31"})
    assert record_words(row) == ("124,215 (Border Patrol encounters between ports of entry "
                                 "(apprehensions and expulsions), January 2024)")
    mexico = pd.Series({"official_value": 53438.0, "official_series": "mexico_upm_returns",
                        "official_period_start": "2023-01-01", "official_period_end": "2023-12-31"})
    assert record_words(mexico).endswith(", 2023)")
    empty = pd.Series({"official_value": pd.NA, "official_series": "cbp_southwest_total",
                       "official_period_start": "2021-10-01", "official_period_end": "2022-09-30"})
    assert record_words(empty).startswith("(Southwest land border") and "fiscal year 2022" in \
        record_words(empty)


def _one_claim_two_series():
    """A fact-check table of one claim checked against two series: two rows, one claim_id."""
    import pandas as pd

    text = "Illegal crossings fell to 176,195 in January."
    row = {"article_id": "a", "claim_id": "c001", "stat_id": "s001", "char_start": 26,
           "char_end": 33, "claim_text": "176,195", "claim": text, "claim_type": "level",
           "period": "2024-01", "official_period_start": "2024-01-01",
           "official_period_end": "2024-01-31", "comparison": "", "verdict": "supported",
           "explanation": "The figure matches.", "source_url": "https://www.cbp.gov/x"}
    return text, pd.DataFrame([
        {**row, "official_series": "cbp_southwest_total", "official_value": 176195.0},
        {**row, "official_series": "cbp_southwest_usbp", "official_value": 124215.0}])


def test_a_claim_checked_against_two_series_is_one_card_with_two_records():
    from analysis.display import factcheck_page

    text, table = _one_claim_two_series()
    page = factcheck_page(table, text).markup
    assert page.count('class="bd-claim"') == 1
    assert "176,195 (Southwest land border" in page and "124,215 (Border Patrol" in page
    assert page.count("www.cbp.gov</a>") == 1


def test_the_summary_box_counts_a_claim_checked_against_two_series_once():
    from analysis.display import factcheck_page

    text, table = _one_claim_two_series()
    page = factcheck_page(table, text).markup
    summary = page[page.index('class="bd-summary"'):page.index("</section>")]
    assert "1 claim checked" in summary and "</span> 1</li>" in summary
