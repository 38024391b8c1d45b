"""Shared helpers: an article from a string, and the statistics of one sentence."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.article import article_from_text
from analysis.paths import ROOT

SEED = ROOT / "seeds" / "mexico-president-us-election.txt"
PUBLISHED = "2024-03-26"


def statistics_of(text: str, published: str = PUBLISHED) -> pd.DataFrame:
    from analysis.statistics import extract_statistics

    return extract_statistics(article_from_text(text, published, article_id="t"))


def only_row(text: str, published: str = PUBLISHED) -> pd.Series:
    """The single statistic in `text` (fails when there is not exactly one)."""
    table = statistics_of(text, published)
    assert len(table) == 1, table[["surface", "value", "kind"]].to_string()
    return table.iloc[0]


@pytest.fixture(scope="session")
def seed_article():
    from analysis.article import load_article

    return load_article(SEED)


@pytest.fixture(scope="session")
def rendered_report():
    """The seed's report, rendered once per test run into reports/ (ignored by git), so a
    person can open it, and its screenshots, after `make test`."""
    from analysis.paths import REPORTS
    from analysis.report import render_report

    return render_report(SEED, REPORTS, progress=lambda message: None)
