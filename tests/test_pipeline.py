"""One pipeline: the steps from article to tables are declared once and each runs once."""

import subprocess
import sys

from analysis import pipeline
from analysis.article import article_from_text
from analysis.paths import ROOT

TEXT = ("Migrants crossing\n\n\u201cWe counted more than 2,000 people,\u201d said Jane Doe, "
        "the mayor. Arrests fell by half in January, according to the Border Patrol.")


def test_every_step_reads_only_tables_declared_before_it():
    seen = set()
    for step in pipeline.STEPS:
        assert set(step.needs) <= seen, step.name
        seen.add(step.name)


def test_sources_reuse_the_quotes_instead_of_extracting_them_again(monkeypatch):
    import analysis.quotes

    calls = []
    original = analysis.quotes.extract_quotes
    monkeypatch.setattr(analysis.quotes, "extract_quotes",
                        lambda article: calls.append(1) or original(article))
    tables = pipeline.run(article_from_text(TEXT, "2024-03-01"), ["quotes", "sources"])
    assert len(calls) == 1
    assert "Jane Doe" in set(tables["sources"]["name"])


def test_the_cli_and_the_report_import_without_a_cycle():
    code = "import analysis.report, analysis.cli; import analysis.cli, analysis.report"
    for order in (code, "import analysis.cli; import analysis.report"):
        result = subprocess.run([sys.executable, "-c", order], cwd=ROOT, capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stderr
    assert "analysis.cli" not in (ROOT / "analysis" / "report.py").read_text(encoding="utf-8")
