"""Checking an article's claims against the official border figures.

Every statistic of the article gets a row, and so does every trend, record and rank claim
(see analysis.claims). A claim is matched to a series by what it counts (its subject), its
unit and its period, never by its wording: "crossings", "encounters", "apprehensions" at
the border are Southwest land border encounters (Border Patrol plus ports of entry; Border
Patrol alone for "apprehensions" and "arrests"); a claim about Mexico's own enforcement is
not_checkable with these data, and the row says which data would settle it.

Verdicts: supported, partly_supported, not_supported, not_checkable. Thresholds, stated
once: an exact figure must be within 1% (or equal a first release), an approximate one
within 10%; a ratio within 10% of the claimed multiple; a "plummeted"-strength trend needs
a change of at least 20%; "one of the highest" needs a rank in the top five or top fifth.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

import pandas as pd

from analysis import official, series
from analysis.article import Article
from analysis.claims import extract_claims

COLUMNS = ["article_id", "claim_id", "stat_id", "char_start", "char_end", "claim",
           "claim_type", "period", "official_value", "comparison", "verdict", "explanation",
           "source_url"]
VERDICTS = ("supported", "partly_supported", "not_supported", "not_checkable")

_BORDER_SERIES = re.compile(r"\b(?:crossings?|encounters?|apprehensions?|arrests?|crossers)\b",
                            re.I)
_MIGRANTS_AT_BORDER = re.compile(r"\bmigra\w*\b[^;]{0,80}?\bborder\b|\bborder\b[^;]{0,80}?\bmigra\w*\b",
                                 re.I)
_BORDER_PATROL_ONLY = re.compile(r"\b(?:apprehensions?|arrests?|border\s+patrol)\b", re.I)
_MEXICO = re.compile(r"\b(?:Mexico|Mexican|Mexico\u2019s|Mexico's)\b")
_TITLE_42 = ("2020-03", "2023-05")  # expulsions ran 2020-03-21 to 2023-05-11
_CBP_ONE_FROM = "2023-01"

#: What would settle a claim about Mexico's own enforcement, by what it counts.
_MEXICAN_DATA = [
    (re.compile(r"checkpoint", re.I), "a yearly count of Mexican immigration checkpoints, from "
     "Mexico's National Migration Institute (INM) or the State Department data the article cites"),
    (re.compile(r"personnel|agents|officers|guard|police|staff", re.I), "staffing figures for "
     "Mexico's immigration and law-enforcement agencies (INM, National Guard) by year"),
    (re.compile(r"deport|return|repatriat|expuls", re.I), "Mexico's deportation statistics by "
     "year (Unidad de Pol\u00edtica Migratoria, 'eventos de devoluci\u00f3n')"),
    (re.compile(r"detain|detention|held", re.I), "Mexico's migrant detention statistics "
     "(Unidad de Pol\u00edtica Migratoria, 'eventos de presentaci\u00f3n')"),
]


#: The registry's series behind each column of the prepared figures.
_COLUMN_SERIES = {"total": "cbp_southwest_total", "usbp": "cbp_southwest_usbp",
                  "long": "ohss_usbp_southwest_long"}


@dataclass
class Figures:
    """The official series a check can use, prepared once."""

    months: pd.DataFrame  # monthly_totals: month, fiscal_year, usbp, ofo, total, status
    years: pd.DataFrame  # fiscal_year_totals
    long_series: pd.DataFrame  # Border Patrol since FY2000
    first_releases: pd.DataFrame
    source_urls: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Figures":
        encounters = official.load_encounters()
        return cls.from_tables(encounters, official.load_long_series(),
                               official.load_first_releases())

    @classmethod
    def from_tables(cls, encounters: pd.DataFrame, long_series: pd.DataFrame,
                    first_releases: pd.DataFrame) -> "Figures":
        urls = {column: series.get(series_id).source_url
                for column, series_id in _COLUMN_SERIES.items()}
        return cls(official.monthly_totals(encounters), official.fiscal_year_totals(encounters),
                   long_series, first_releases, urls)

    def value(self, period: str, column: str) -> float | None:
        """Total (or usbp) for a month 'YYYY-MM', a fiscal year 'FY2023' or a year '2023'."""
        if re.fullmatch(r"FY\d{4}", period):
            row = self.years[self.years["fiscal_year"] == int(period[2:])]
            if row.empty or pd.isna(row[column].iloc[0]):
                return None
            return float(row[column].iloc[0])
        if re.fullmatch(r"\d{4}-\d{2}", period):
            row = self.months[self.months["month"] == period]
            if row.empty or pd.isna(row[column].iloc[0]):
                return None
            return float(row[column].iloc[0])
        if re.fullmatch(r"\d{4}", period):
            rows = self.months[self.months["month"].str.startswith(period + "-")]
            if len(rows) < 12 or rows[column].isna().any():
                return None
            return float(rows[column].sum())
        return None


@dataclass
class Check:
    period: str = ""
    official_value: str = ""
    comparison: str = ""
    verdict: str = "not_checkable"
    explanation: str = ""
    source_url: str = ""


def _n(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:,.2f}"


def _periods(label: str) -> list[str]:
    """'FY2022/FY2023' -> ['FY2022', 'FY2023']; '2023-12' -> ['2023-12']; ranges -> []."""
    if re.fullmatch(r"FY\d{4}/FY\d{4}", label):
        first, last = int(label[2:6]), int(label[-4:])
        return [f"FY{year}" for year in range(first, last + 1)]
    if re.fullmatch(r"FY\d{4}|\d{4}-\d{2}|\d{4}", label):
        return [label]
    return []


def _caveats(periods: list[str], column: str) -> str:
    months = []
    for period in periods:
        if period.startswith("FY"):
            year = int(period[2:])
            months += [f"{year - 1}-10", f"{year}-09"]
        elif len(period) == 4:
            months += [f"{period}-01", f"{period}-12"]
        else:
            months.append(period)
    notes = ["Encounters count events, not people (one person can be encountered more "
             "than once)."]
    if column == "total":
        notes.append("CBP's encounters include ports of entry, a broader measure than "
                     "'illegal border crossings'" + (
                         ", and since January 2023 they include arrivals with CBP One "
                         "appointments." if any(m >= _CBP_ONE_FROM for m in months) else "."))
    if months and min(months) <= _TITLE_42[1] and max(months) >= _TITLE_42[0]:
        notes.append("Title 42 expulsions (2020-03-21 to 2023-05-11) are counted as encounters.")
    return " ".join(notes)


def _revision_note(figures: Figures, month: str, column: str) -> str:
    component = "TOTAL" if column == "total" else "USBP"
    rows = figures.first_releases[(figures.first_releases["month"] == month)
                                  & (figures.first_releases["component"] == component)]
    if rows.empty:
        return ""
    row = rows.iloc[0]
    return (f" CBP first released {_n(row['first_release'])} for {_month_name(month)} on "
            f"{row['first_released_on']} and later revised it to {_n(row['revised'])}.")


def _month_name(month: str) -> str:
    return f"{calendar.month_name[int(month[5:7])]} {month[:4]}"


def _period_name(period: str) -> str:
    return _month_name(period) if re.fullmatch(r"\d{4}-\d{2}", period) else period


def _series_column(subject: str) -> str:
    return "usbp" if _BORDER_PATROL_ONLY.search(subject) else "total"


def _series_label(column: str) -> str:
    return ("Southwest land border encounters (Border Patrol and ports of entry)"
            if column == "total" else "Border Patrol Southwest border apprehensions and expulsions")


def topic(subject: str, sentence: str, clause_before: str, use_sentence: bool = False) -> str:
    """'mexico', 'us_border' or '' for what a claim counts.

    A statistic is judged by its subject (and, for migrants, the sentence naming the
    border); a claim without a number may also be judged by its whole sentence.
    """
    if _MEXICO.search(subject) or _MEXICO.search(clause_before):
        return "mexico"
    if _BORDER_SERIES.search(subject) or _MIGRANTS_AT_BORDER.search(subject):
        return "us_border"
    if re.search(r"\bmigra", subject, re.I) and _MIGRANTS_AT_BORDER.search(sentence):
        return "us_border"
    if use_sentence and _BORDER_SERIES.search(sentence) and not _MEXICO.search(sentence):
        return "us_border"
    return ""


def _mexican_data(subject: str, sentence: str) -> str:
    for text in (subject, sentence):
        for pattern, data in _MEXICAN_DATA:
            if pattern.search(text):
                return data
    return "Mexico's official migration statistics (Unidad de Pol\u00edtica Migratoria)"


def _holds(qualifier: str, claimed: float, actual: float, claimed_max: float | None) -> bool:
    if claimed_max is not None and not pd.isna(claimed_max):
        return claimed <= actual <= claimed_max
    return {
        "more_than": actual > claimed, "at_least": actual >= claimed,
        "less_than": actual < claimed, "at_most": actual <= claimed,
        "approximate": abs(actual - claimed) <= 0.10 * claimed,
    }.get(qualifier, abs(actual - claimed) <= 0.01 * claimed)


_QUALIFIER_WORDS = {"more_than": "more than", "at_least": "at least", "less_than": "less than",
                    "at_most": "at most", "approximate": "about", "exact": ""}


def _verdict(results: list[bool]) -> str:
    if all(results):
        return "supported"
    return "partly_supported" if any(results) else "not_supported"


def check_level(stat: pd.Series, figures: Figures, column: str) -> Check:
    periods = _periods(stat["period"])
    values = [figures.value(p, column) for p in periods]
    if not periods or any(v is None for v in values):
        return _unreachable_period(stat["period"])
    claimed = float(stat["value"])
    results = [_holds(stat["qualifier"], claimed, v, stat["value_max"]) for v in values]
    first_release_match = False
    if not all(results) and len(periods) == 1 and re.fullmatch(r"\d{4}-\d{2}", periods[0]):
        component = "TOTAL" if column == "total" else "USBP"
        first = figures.first_releases[(figures.first_releases["month"] == periods[0])
                                       & (figures.first_releases["component"] == component)]
        first_release_match = not first.empty and float(first["first_release"].iloc[0]) == claimed
        results = [results[0] or first_release_match]
    words = f"{_QUALIFIER_WORDS[stat['qualifier']]} {_n(claimed)}".strip()
    pieces = [f"{_n(v)} in {_period_name(p)}" for p, v in zip(periods, values)]
    verdict = _verdict(results)
    summary = {"supported": "which bears out", "partly_supported": "which only partly bears out",
               "not_supported": "which does not bear out"}[verdict]
    explanation = (f"CBP's {_series_label(column)} numbered {' and '.join(pieces)}, "
                   f"{summary} the article's \u201c{stat['surface']}\u201d.")
    if first_release_match:
        explanation += " The article's figure is CBP's first release."
    if len(periods) == 1 and re.fullmatch(r"\d{4}-\d{2}", periods[0]):
        explanation += _revision_note(figures, periods[0], column)
    return Check(stat["period"], "; ".join(_n(v) for v in values),
                 "; ".join(f"{_period_name(p)}: {_n(v)} vs {words}" for p, v in zip(periods, values)),
                 verdict, f"{explanation} {_caveats(periods, column)}", figures.source_urls[column])


def check_ratio(stat: pd.Series, figures: Figures, column: str) -> Check:
    periods, baselines = _periods(stat["period"]), _periods(stat["baseline_period"] or "")
    if len(baselines) != 1:
        return Check(stat["period"], explanation="The claim names no single baseline period, so "
                     "the multiple cannot be computed.")
    base = figures.value(baselines[0], column)
    values = [figures.value(p, column) for p in periods]
    if base is None or not periods or any(v is None for v in values):
        return _unreachable_period(stat["period"])
    claimed = float(stat["value"])
    ratios = [v / base for v in values]
    outcome = []
    for ratio in ratios:
        if stat["qualifier"] in ("more_than", "at_least", "less_than", "at_most"):
            outcome.append("holds" if _holds(stat["qualifier"], claimed, ratio, None) else "fails")
        elif abs(ratio - claimed) <= 0.10 * claimed:
            outcome.append("holds")
        else:
            outcome.append("understates" if ratio > claimed else "fails")
    if all(o == "holds" for o in outcome):
        verdict = "supported"
    elif "fails" not in outcome or any(o == "holds" for o in outcome):
        verdict = "partly_supported"
    else:
        verdict = "not_supported"
    parts = [f"{_n(v)} in {_period_name(p)} ({r:.2f} times)" for p, v, r in
             zip(periods, values, ratios)]
    explanation = (f"CBP's {_series_label(column)} numbered {_n(base)} in {baselines[0]} and "
                   f"{' and '.join(parts)}.")
    if "understates" in outcome:
        explanation += (f" The article's \u201c{stat['surface']}\u201d ({_n(claimed)} times) "
                        "understates the rise.")
    return Check(stat["period"], "; ".join(_n(v) for v in values),
                 "; ".join(f"{_period_name(p)}/{baselines[0]} = {r:.2f} vs {_n(claimed)}"
                           for p, r in zip(periods, ratios)),
                 verdict, f"{explanation} {_caveats(periods + baselines, column)}",
                 figures.source_urls[column])


def _previous(period: str) -> str:
    if period.startswith("FY"):
        return f"FY{int(period[2:]) - 1}"
    if re.fullmatch(r"\d{4}-\d{2}", period):
        year, month = int(period[:4]), int(period[5:])
        return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    return str(int(period) - 1)


def check_trend(claim: pd.Series, figures: Figures, column: str) -> Check:
    periods = _periods(claim["period"])
    if len(periods) != 1:
        return _unreachable_period(claim["period"])
    current, previous = periods[0], _previous(periods[0])
    now, before = figures.value(current, column), figures.value(previous, column)
    if now is None or before is None:
        return _unreachable_period(claim["period"])
    change = (now - before) / before
    right_way = change < 0 if claim["direction"] == "down" else change > 0
    strong_enough = claim["strength"] != "strong" or abs(change) >= 0.20
    verdict = "supported" if right_way and strong_enough else (
        "partly_supported" if right_way else "not_supported")
    word = "fell" if change < 0 else "rose"
    explanation = (f"{_series_label(column)} {word} {abs(change):.1%}, from {_n(before)} in "
                   f"{_period_name(previous)} to {_n(now)} in {_period_name(current)}.")
    if right_way and not strong_enough:
        explanation += " The direction is right, but the change is smaller than the word suggests."
    explanation += _revision_note(figures, current, column)
    return Check(claim["period"], _n(now),
                 f"{_period_name(current)} {_n(now)} vs {_period_name(previous)} {_n(before)}: "
                 f"{change:+.1%}", verdict, f"{explanation} {_caveats([current, previous], column)}",
                 figures.source_urls[column])


def check_record(claim: pd.Series, figures: Figures, column: str) -> Check:
    periods = _periods(claim["period"])
    if len(periods) != 1 or not re.fullmatch(r"\d{4}-\d{2}", periods[0]):
        return _unreachable_period(claim["period"])
    month = periods[0]
    upto = figures.months[(figures.months["month"] <= month) & figures.months[column].notna()]
    if month not in set(upto["month"]):
        return _unreachable_period(claim["period"])
    value = float(upto.loc[upto["month"] == month, column].iloc[0])
    best = upto.loc[upto[column].astype(float).idxmax()]
    highest = claim["direction"] == "high"
    extreme = upto.loc[(upto[column].astype(float).idxmax() if highest
                        else upto[column].astype(float).idxmin())]
    is_record = extreme["month"] == month
    long = figures.long_series[figures.long_series["month"] <= month]
    long_rank = int((long["encounters"] > long.loc[long["month"] == month, "encounters"].max()).sum()) + 1 \
        if month in set(long["month"]) else None
    explanation = (f"CBP's {_series_label(column)} numbered {_n(value)} in {_month_name(month)}, "
                   f"{'the' if is_record else 'not the'} {'highest' if highest else 'lowest'} "
                   f"month in the bundled series since {_month_name(upto['month'].min())}"
                   + ("" if is_record else f" ({_month_name(best['month'])}: {_n(best[column])})")
                   + ".")
    if long_rank is not None:
        explanation += (f" In Border Patrol's own series since October 1999 the month ranks "
                        f"{_ordinal(long_rank)} of {len(long)}.")
    explanation += _revision_note(figures, month, column)
    return Check(month, _n(value), f"rank {1 if is_record else 'not 1'} of {len(upto)} months "
                 f"since {upto['month'].min()}", "supported" if is_record else "not_supported",
                 f"{explanation} {_caveats([month], column)}",
                 f"{figures.source_urls[column]} ; {figures.source_urls['long']}")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def check_rank(claim: pd.Series, figures: Figures) -> Check:
    """Rank of a month among the same months of every year, in the long Border Patrol series."""
    year = claim["period"][:4] if re.match(r"\d{4}", str(claim["period"])) else ""
    if not claim["month_name"] or not year:
        return _unreachable_period(claim["period"])
    number = list(calendar.month_name).index(claim["month_name"])
    month = f"{year}-{number:02d}"
    series = figures.long_series
    same = series[series["month"].str.endswith(f"-{number:02d}") & (series["month"] <= month)]
    if month not in set(same["month"]):
        return _unreachable_period(month)
    value = float(same.loc[same["month"] == month, "encounters"].iloc[0])
    high = claim["direction"] == "high"
    rank = int(((same["encounters"] > value) if high else (same["encounters"] < value)).sum()) + 1
    count = len(same)
    top = max(5, round(count / 5))
    verdict = "supported" if rank <= top else ("partly_supported" if rank <= count / 3
                                               else "not_supported")
    leader = same.sort_values("encounters", ascending=not high).iloc[0]
    explanation = (f"Border Patrol recorded {_n(value)} Southwest border encounters in "
                   f"{_month_name(month)}, the {_ordinal(rank)} {'highest' if high else 'lowest'} "
                   f"{claim['month_name']} of {count} since {same['month'].min()[:4]} (the "
                   f"{'highest' if high else 'lowest'}: {_n(leader['encounters'])} in "
                   f"{leader['month'][:4]}). DHS's long series is rounded to the nearest 10 and "
                   f"covers Border Patrol only.")
    return Check(month, _n(value), f"rank {rank} of {count} {claim['month_name']}s",
                 verdict, f"{explanation} {_caveats([month], 'usbp')}", figures.source_urls["long"])


def _unreachable_period(period: str) -> Check:
    if not period:
        return Check("", explanation="The claim names no period, so no official figure can be "
                     "set against it.")
    return Check(period, explanation=f"The bundled official figures do not cover {period} as a "
                 "whole month, fiscal year or calendar year, so the claim cannot be checked "
                 "against them.")


def _not_checkable(kind: str, subject: str, sentence: str, about: str, surface: str) -> Check:
    if kind in ("age", "duration"):
        article = "An" if kind[0] in "aeiou" else "A"
        return Check(explanation=f"{article} {kind} stated in the story ('{surface}'): a detail "
                     "that border statistics do not record.")
    if about == "mexico":
        return Check(explanation=f"The claim ('{surface}') rests on Mexico's own figures; the "
                     "bundled data cover U.S. Southwest border encounters only. Settling it "
                     f"would take {_mexican_data(subject, sentence)}.")
    what = f"'{subject}'" if subject else "what this figure counts"
    return Check(explanation=f"No bundled dataset measures {what}; the official tables cover "
                 "U.S. Southwest border encounters only.")


def check_claims(article: Article, statistics: pd.DataFrame,
                 figures: Figures | None = None) -> pd.DataFrame:
    """The fact-check table: one row per statistic and per trend, record or rank claim."""
    figures = figures or Figures.load()
    rows = []
    text = article.text
    for stat in statistics.to_dict("records"):
        stat = pd.Series(stat)
        sentence = stat["sentence_text"]
        clause = text[max(0, stat["char_start"] - 200):stat["char_start"]]
        clause = re.split(r"[.;]\s", clause)[-1]
        about = topic(stat["subject"], sentence, clause)
        column = _series_column(stat["subject"])
        if about == "us_border" and stat["kind"] == "count":
            check, claim_type = check_level(stat, figures, column), "level"
        elif about == "us_border" and stat["kind"] == "ratio":
            check, claim_type = check_ratio(stat, figures, column), "ratio"
        else:
            check = _not_checkable(stat["kind"], stat["subject"], sentence, about, stat["surface"])
            check.period = stat["period"] or ""
            claim_type = {"ratio": "ratio", "fraction": "trend", "percent": "trend"}.get(
                stat["kind"], "level")
        rows.append(_row(article, stat["stat_id"], stat["char_start"], stat["char_end"],
                         sentence, claim_type, check))
    claims = extract_claims(article, statistics)
    previous_about, previous_paragraph, previous_subject = "", None, ""
    for claim in claims.to_dict("records"):
        claim = pd.Series(claim)
        about = topic(claim["subject"], claim["sentence_text"], claim["subject"],
                      use_sentence=True)
        subject = claim["subject"]
        if not about and previous_paragraph == claim["paragraph"]:
            about, subject = previous_about, previous_subject  # "Concerns mounted again"
        column = _series_column(subject)
        if about == "us_border":
            check = {"trend": lambda: check_trend(claim, figures, column),
                     "record": lambda: check_record(claim, figures, column),
                     "rank": lambda: check_rank(claim, figures)}[claim["claim_type"]]()
        else:
            check = _not_checkable("", claim["subject"], claim["sentence_text"], about,
                                   claim["surface"])
            check.period = claim["period"] or ""
        rows.append(_row(article, "", claim["char_start"], claim["char_end"],
                         claim["sentence_text"], claim["claim_type"], check))
        previous_about, previous_paragraph, previous_subject = about, claim["paragraph"], subject
    table = pd.DataFrame(rows, columns=COLUMNS)
    table = table.sort_values(["char_start", "char_end"], kind="mergesort").reset_index(drop=True)
    table["claim_id"] = [f"c{i:03d}" for i in range(1, len(table) + 1)]
    return table


def _row(article: Article, stat_id: str, start: int, end: int, sentence: str, claim_type: str,
         check: Check) -> dict:
    return {"article_id": article.article_id, "claim_id": "", "stat_id": stat_id,
            "char_start": int(start), "char_end": int(end), "claim": sentence,
            "claim_type": claim_type, "period": check.period,
            "official_value": check.official_value, "comparison": check.comparison,
            "verdict": check.verdict, "explanation": check.explanation,
            "source_url": check.source_url}
