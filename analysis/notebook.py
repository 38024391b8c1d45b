"""What a notebook needs from its parameters: the article and every table, computed once."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pandas as pd

from analysis import official
from analysis.article import Article, load_article
from analysis.paths import ROOT


def resolve(path: str | Path) -> Path:
    """A path given relative to the project root (as notebooks and reports pass them)."""
    path = Path(path)
    return path if path.is_absolute() else ROOT / path


class Context:
    """The article of a notebook run and its tables, each built on first use."""

    def __init__(self, article: str, published: str = "", output_dir: str = ""):
        self.article: Article = load_article(resolve(article), published or None)
        self.output_dir = resolve(output_dir) if output_dir else None

    @cached_property
    def tables(self):
        """The article's tables from the one pipeline (analysis.pipeline), built lazily."""
        from analysis.pipeline import Tables

        return Tables(self.article)

    @property
    def statistics(self) -> pd.DataFrame:
        return self.tables["statistics"]

    @property
    def events(self) -> pd.DataFrame:
        return self.tables["events"]

    @property
    def quotes(self) -> pd.DataFrame:
        return self.tables["quotes"]

    @property
    def sources(self) -> pd.DataFrame:
        return self.tables["sources"]

    @property
    def factcheck(self) -> pd.DataFrame:
        return self.tables["factcheck"]

    @cached_property
    def encounters(self) -> pd.DataFrame:
        return official.load_encounters()

    @cached_property
    def months(self) -> pd.DataFrame:
        return official.monthly_totals(self.encounters)

    @cached_property
    def years(self) -> pd.DataFrame:
        return official.fiscal_year_totals(self.encounters)

    @cached_property
    def context_events(self) -> pd.DataFrame:
        return official.read_context_events(official.REFERENCE / "context_events.csv")

    @property
    def publishing(self) -> bool:
        """True in a report run (figures saved, download links shown), False in the lab."""
        return self.output_dir is not None

    def save(self, name: str, chart, figure=None, data: pd.DataFrame | None = None
             ) -> list[Path]:
        """Save a figure's PNG, SVG (both rendered from `chart`), HTML and CSV into the
        run's output folder."""
        from analysis.figures import save_figure

        if self.output_dir is None:
            return []
        return save_figure(self.output_dir, name, chart, figure, data)
