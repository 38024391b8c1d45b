"""Identical inputs give identical bytes: tables and figure files."""

import pandas as pd

from analysis import charts, official
from analysis.figures import figure_files


def test_figure_files_are_byte_identical_across_runs():
    months = official.monthly_totals(official.load_encounters())
    empty = pd.DataFrame(columns=["claim_type", "period", "claim", "verdict"])
    runs = []
    for _ in range(2):
        data = charts.border_crossings_data(months, empty)
        runs.append(figure_files("border_crossings", charts.border_crossings_chart(data),
                                 charts.border_crossings_figure(data), data))
    for name in runs[0]:
        assert runs[0][name] == runs[1][name], name


def test_every_table_is_identical_when_extracted_twice(seed_article):
    from analysis.cli import extract_tables
    from analysis.tables import to_csv_text

    first, second = extract_tables([seed_article]), extract_tables([seed_article])
    for name in first:
        assert to_csv_text(first[name]) == to_csv_text(second[name]), name


def test_report_pages_and_executed_notebooks_are_byte_identical_between_runs(tmp_path):
    """Two renders into one destination: papermill's injected cell id, its timings, object
    addresses and the random staging folder name must not reach the files."""
    from analysis.paths import NOTEBOOKS
    from analysis.report import render_report
    from conftest import SEED

    notebooks = [NOTEBOOKS / "01_statistics.ipynb"]
    runs = []
    for _ in range(2):
        final = render_report(SEED, tmp_path, notebooks=notebooks, progress=lambda m: None)
        runs.append({str(p.relative_to(final)): p.read_bytes() for p in sorted(final.rglob("*"))
                     if p.is_file() and "screenshots" not in p.parts})
    assert runs[0].keys() == runs[1].keys()
    for name in runs[0]:
        assert runs[0][name] == runs[1][name], name


def test_corpus_tables_do_not_depend_on_the_string_hash_seed(tmp_path):
    """Python orders sets of strings by a per-process hash: two processes with different
    seeds must still write the same bytes (an actor found through a set once changed order)."""
    import os
    import subprocess
    import sys

    from analysis.paths import ROOT

    texts = sorted(str(p) for p in (ROOT / "tests" / "corpus" / "dev").glob("*.txt"))
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        result = subprocess.run([sys.executable, "-m", "analysis", "extract", *texts, "--out",
                                 str(out), "--jobs", "1"], cwd=ROOT, capture_output=True,
                                text=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))})
    assert outputs[0] == outputs[1]
