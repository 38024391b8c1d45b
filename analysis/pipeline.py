"""The order of the steps from an article to its tables, declared once.

article -> statistics, events, quotes, sources -> claims -> fact-check. The CLI, the
report, the notebooks' `Context` and the benchmarks all ask this module for tables, so a
step is added or reordered here only, and each table is computed once per article (the
sources step reuses the quotes, the fact-check reuses the statistics; claims are drawn
from the statistics inside the fact-check step).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd

from analysis.article import Article


@dataclass(frozen=True)
class Step:
    """One table: its name, the tables it reads, and the function that builds it."""

    name: str
    needs: tuple[str, ...]
    build: Callable[..., pd.DataFrame]


def _statistics(article: Article) -> pd.DataFrame:
    from analysis.statistics import extract_statistics

    return extract_statistics(article)


def _events(article: Article) -> pd.DataFrame:
    from analysis.timeline import extract_events

    return extract_events(article)


def _quotes(article: Article) -> pd.DataFrame:
    from analysis.quotes import extract_quotes

    return extract_quotes(article)


def _sources(article: Article, quotes: pd.DataFrame) -> pd.DataFrame:
    from analysis.sources import extract_sources

    return extract_sources(article, quotes)


def _factcheck(article: Article, statistics: pd.DataFrame, figures=None) -> pd.DataFrame:
    from analysis.factcheck import check_claims

    return check_claims(article, statistics, figures)


#: Every step, in an order where each step's inputs come before it.
STEPS: tuple[Step, ...] = (
    Step("statistics", (), _statistics),
    Step("events", (), _events),
    Step("quotes", (), _quotes),
    Step("sources", ("quotes",), _sources),
    Step("factcheck", ("statistics",), _factcheck),
)
BY_NAME = {step.name: step for step in STEPS}
#: The tables `python -m analysis extract` writes.
EXTRACTED: tuple[str, ...] = ("statistics", "events", "quotes", "sources")


class Tables:
    """The tables of one article, each built on first use and kept (a lazy mapping)."""

    def __init__(self, article: Article, figures=None):
        self.article = article
        self.figures = figures
        self._built: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._built:
            if name not in BY_NAME:
                raise KeyError(f"no step builds a table named {name!r}")
            step = BY_NAME[name]
            inputs = [self[need] for need in step.needs]
            extra = {"figures": self.figures} if name == "factcheck" else {}
            self._built[name] = step.build(self.article, *inputs, **extra)
        return self._built[name]

    def select(self, names: Iterable[str]) -> dict[str, pd.DataFrame]:
        return {name: self[name] for name in names}


def run(article: Article, names: Iterable[str] = EXTRACTED, figures=None) -> dict[str, pd.DataFrame]:
    """The named tables of one article, in the order asked."""
    return Tables(article, figures).select(names)


def run_many(articles: Iterable[Article], names: Iterable[str] = EXTRACTED,
             figures=None) -> dict[str, pd.DataFrame]:
    """The named tables across articles, rows ordered by article id then position."""
    names = tuple(names)
    per_article = [run(article, names, figures)
                   for article in sorted(articles, key=lambda a: a.article_id)]
    return {name: pd.concat([tables[name] for tables in per_article], ignore_index=True)
            if per_article else pd.DataFrame() for name in names}
