"""The findings of each notebook as sentences computed from the tables, so that no
number is typed by hand into a notebook's prose."""

from __future__ import annotations

import pandas as pd

from analysis.charts import border_crossings_title, fiscal_years_title


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def statistics_findings(statistics: pd.DataFrame) -> str:
    if statistics.empty:
        return "The article states no numbers."
    kinds = statistics["kind"].value_counts()
    parts = ", ".join(_plural(int(n), k) for k, n in kinds.items())
    hedged = statistics[statistics["qualifier"] != "exact"]
    sourced = statistics[statistics["source"].fillna("") != ""]
    return (f"The article states {_plural(len(statistics), 'number')} ({parts}). "
            f"{len(hedged)} carry a qualifier such as \u201cmore than\u201d or \u201cat least\u201d; "
            f"{len(sourced)} are credited to a source in their sentence.")


def crossings_findings(data: pd.DataFrame, factcheck: pd.DataFrame) -> str:
    claims = factcheck[factcheck["claim_type"].isin(["record", "trend", "rank"])].drop_duplicates(
        "claim_id")
    verdicts = claims["verdict"].value_counts()
    summary = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in verdicts.items())
    return (f"{border_crossings_title(data)}. The article's claims about the monthly "
            f"figures: {summary or 'none'}.")


def fiscal_years_findings(data: pd.DataFrame) -> str:
    return f"{fiscal_years_title(data)}."


def timeline_findings(events: pd.DataFrame) -> str:
    if events.empty:
        return "The article has no dated references."
    precision = events["date_precision"].value_counts()
    parts = ", ".join(f"{n} to a {p.replace('_', ' ')}" for p, n in precision.items())
    return (f"The article makes {_plural(len(events), 'dated reference')}, resolved {parts}; "
            f"the earliest begins {events['date_start'].min()}, the latest ends "
            f"{events['date_end'].max()}.")


def factcheck_findings(factcheck: pd.DataFrame) -> str:
    factcheck = factcheck.drop_duplicates("claim_id")  # one row per official figure compared
    counts = factcheck["verdict"].value_counts()
    parts = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in counts.items())
    return f"Of {_plural(len(factcheck), 'claim')} checked: {parts}."


def sources_findings(sources: pd.DataFrame) -> str:
    if sources.empty:
        return "The article credits no sources."
    kinds = sources["kind"].value_counts()
    countries = sources["country"].fillna("").replace("", "not stated").str.split("; ").str[0]
    sides = ", ".join(f"{n} from {c}" for c, n in countries.value_counts().items())
    return (f"The article relies on {_plural(len(sources), 'source')}: "
            f"{int(kinds.get('person', 0))} named people, {int(kinds.get('anonymous', 0))} "
            f"anonymous, {int(kinds.get('organization', 0))} organizations and "
            f"{int(kinds.get('data', 0))} data sources ({sides}).")


def factcheck_view(factcheck: pd.DataFrame, text: str) -> pd.DataFrame:
    """The fact-check table for reading: the article's own words beside each verdict."""
    view = factcheck.copy()
    view.insert(3, "the article says", [text[s:e] for s, e in zip(view["char_start"],
                                                                   view["char_end"])])
    return view
