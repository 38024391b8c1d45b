"""The five figures: data behind each, an altair chart (interactive) and a matplotlib one
(static, for print). Pure functions: DataFrames in, chart or Figure out, no I/O.

Newsroom habits: a title that states the finding (computed from the data), a source line,
readable type, the Okabe-Ito colour-blind-safe palette, no chart junk.
"""

from __future__ import annotations

import datetime as dt

import altair as alt
import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis.entities import countries_in  # noqa: E402

#: Okabe-Ito: distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000"]
SOURCE_CBP = "Source: U.S. Customs and Border Protection, Southwest land border encounters"
FONT = 13
WIDTH, HEIGHT = 720, 340

plt.rcParams.update({"font.size": FONT - 2, "axes.spines.top": False,
                     "axes.spines.right": False, "svg.hashsalt": "border-desk",
                     "figure.dpi": 100})


def _theme(chart: alt.TopLevelMixin, source: str) -> alt.TopLevelMixin:
    return chart.configure_view(strokeWidth=0).configure_axis(
        labelFontSize=FONT - 1, titleFontSize=FONT, grid=False
    ).configure_title(fontSize=FONT + 3, anchor="start", subtitleFontSize=FONT - 1,
                      subtitleColor="#555").configure_legend(
        labelFontSize=FONT - 1, titleFontSize=FONT - 1, orient="top")


def _title(text: str, source: str) -> alt.TitleParams:
    return alt.TitleParams(text=text, subtitle=[source], subtitlePadding=6)


def _mpl_frame(title: str, source: str, size=(9.6, 4.8)) -> tuple[plt.Figure, plt.Axes]:
    figure, axes = plt.subplots(figsize=size)
    figure.suptitle(title, x=0.01, ha="left", fontsize=FONT + 1, fontweight="bold")
    figure.text(0.01, 0.01, source, fontsize=FONT - 4, color="#555")
    return figure, axes


# ------------------------------------------------------------------- 1. border crossings

def border_crossings_data(months: pd.DataFrame, factcheck: pd.DataFrame,
                          first: str | None = None, last: str | None = None) -> pd.DataFrame:
    """Long table: month, series, encounters (gaps empty), with the article's claims;
    every month of the official table unless a window (YYYY-MM) is given."""
    first, last = first or months["month"].min(), last or months["month"].max()
    window = months[(months["month"] >= first) & (months["month"] <= last)]
    rows = []
    for series, column in (("Total", "total"), ("Border Patrol", "usbp"),
                           ("Ports of entry", "ofo")):
        for record in window.itertuples():
            value = getattr(record, column)
            rows.append({"month": f"{record.month}-01", "series": series,
                         "encounters": None if pd.isna(value) else int(value),
                         "status": record.status, "claim": "", "verdict": ""})
    table = pd.DataFrame(rows)
    claims = factcheck[factcheck["claim_type"].isin(["record", "trend", "rank"])
                       & factcheck["period"].str.fullmatch(r"\d{4}-\d{2}", na=False)
                       ].drop_duplicates("claim_id")
    for claim in claims.itertuples():
        mask = (table["month"] == f"{claim.period}-01") & (table["series"] == "Total")
        table.loc[mask, "claim"] = claim.claim
        table.loc[mask, "verdict"] = claim.verdict
    return table


def border_crossings_title(data: pd.DataFrame) -> str:
    total = data[(data["series"] == "Total") & data["encounters"].notna()]
    if total.empty:
        return "Southwest border encounters by month"
    peak = total.loc[total["encounters"].idxmax()]
    after = total[total["month"] > peak["month"]].head(1)
    month = dt.date.fromisoformat(peak["month"]).strftime("%B %Y")
    text = f"Encounters peaked at {int(peak['encounters']):,} in {month}"
    if not after.empty:
        change = (after["encounters"].iloc[0] - peak["encounters"]) / peak["encounters"]
        text += f", then {'fell' if change < 0 else 'rose'} {abs(change):.0%} the next month"
    return text


def border_crossings_chart(data: pd.DataFrame, events: pd.DataFrame | None = None) -> alt.Chart:
    base = alt.Chart(data).encode(x=alt.X("month:T", title=None,
                                          axis=alt.Axis(format="%Y", tickCount="year")))
    lines = base.mark_line(strokeWidth=2).encode(
        y=alt.Y("encounters:Q", title="Encounters per month", axis=alt.Axis(format="~s")),
        color=alt.Color("series:N", scale=alt.Scale(range=PALETTE[:3]), title=None),
        tooltip=[alt.Tooltip("month:T", format="%B %Y"), "series:N",
                 alt.Tooltip("encounters:Q", format=","), "status:N"])
    claimed = base.transform_filter(alt.datum.claim != "").mark_point(
        size=140, filled=True, color=PALETTE[3]).encode(
        y="encounters:Q",
        tooltip=[alt.Tooltip("month:T", format="%B %Y"),
                 alt.Tooltip("encounters:Q", format=",", title="official figure"),
                 alt.Tooltip("claim:N", title="the article says"), "verdict:N"])
    layers = [lines, claimed]
    if events is not None and len(events):
        rules = alt.Chart(events).mark_rule(strokeDash=[4, 3], color="#777").encode(
            x="date:T", tooltip=[alt.Tooltip("date:T", format="%d %B %Y"), "label:N"])
        layers.append(rules)
    chart = alt.layer(*layers).properties(
        width=WIDTH, height=HEIGHT, title=alt.TitleParams(
            text=border_crossings_title(data), subtitlePadding=6,
            subtitle=["Dots on the total: the article's claims (hover for the sentence); dashed "
                      "lines: events the article dates", SOURCE_CBP]))
    return _theme(chart, SOURCE_CBP)


def border_crossings_figure(data: pd.DataFrame, events: pd.DataFrame | None = None) -> plt.Figure:
    figure, axes = _mpl_frame(border_crossings_title(data), SOURCE_CBP)
    for colour, (series, group) in zip(PALETTE, data.groupby("series", sort=False)):
        axes.plot(pd.to_datetime(group["month"]), pd.to_numeric(group["encounters"], errors="coerce"),
                  color=colour, label=series, linewidth=2)
    claimed = data[data["claim"] != ""]
    axes.scatter(pd.to_datetime(claimed["month"]), pd.to_numeric(claimed["encounters"]),
                 color=PALETTE[3], zorder=3, s=50, label="the article's claims")
    if events is not None:
        for date in pd.to_datetime(events["date"]):
            axes.axvline(date, color="#999", linestyle="--", linewidth=0.8)
    axes.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    axes.xaxis.set_major_locator(mdates.YearLocator())
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    axes.legend(frameon=False, ncols=4, loc="upper left", fontsize=FONT - 3)
    figure.tight_layout(rect=(0, 0.04, 1, 0.95))
    return figure


def data_window(data: pd.DataFrame) -> tuple[str, str]:
    """First and last day a border-crossings table covers (ISO dates)."""
    last = pd.Timestamp(data["month"].max()) + pd.offsets.MonthEnd(0)
    return data["month"].min(), last.date().isoformat()


def event_rules(events: pd.DataFrame, first: str, last: str) -> pd.DataFrame:
    """Article events dated to a day, week or month inside the window, as chart rules."""
    dated = events[events["date_precision"].isin(["day", "week", "month"])
                   & (events["date_start"] >= first) & (events["date_start"] <= last)]
    return pd.DataFrame({"date": dated["date_start"].values,
                         "label": [s if len(s) < 90 else s[:87] + "\u2026"
                                   for s in dated["summary"]]})


# ---------------------------------------------------------------------- 2. fiscal years

def fiscal_years_data(years: pd.DataFrame, factcheck: pd.DataFrame, statistics: pd.DataFrame,
                      first: int | None = None, last: int | None = None) -> pd.DataFrame:
    """Fiscal-year totals beside the article's levels and multiples for those years (every
    fiscal year of the official table unless a range is given)."""
    first = first or int(years["fiscal_year"].min())
    last = last or int(years["fiscal_year"].max())
    table = years[(years["fiscal_year"] >= first) & (years["fiscal_year"] <= last)][
        ["fiscal_year", "total"]].copy()
    table["label"] = "FY" + table["fiscal_year"].astype(str)
    table["note"] = ["" if pd.notna(t) else "not available (months missing)"
                     for t in table["total"]]
    table["reference"] = ""
    table["reference_value"] = pd.NA
    rows = [table]
    checked = factcheck[factcheck["stat_id"] != ""].drop_duplicates("claim_id").merge(
        statistics[["stat_id", "value", "surface", "baseline_period"]], on="stat_id")
    for claim in checked.itertuples():
        if claim.claim_type == "level" and str(claim.period).startswith("FY"):
            rows.append(pd.DataFrame([{"label": "", "reference": f"\u201c{claim.surface}\u201d",
                                       "reference_value": claim.value}]))
        if claim.claim_type in ("ratio", "multiple") and str(claim.baseline_period).startswith("FY"):
            base = years.loc[years["fiscal_year"] == int(claim.baseline_period[2:]), "total"]
            if len(base) and not pd.isna(base.iloc[0]):
                rows.append(pd.DataFrame([{
                    "label": "", "reference": f"\u201c{claim.surface}\u201d {claim.baseline_period}",
                    "reference_value": float(base.iloc[0]) * claim.value}]))
    return pd.concat(rows, ignore_index=True)


def fiscal_years_title(data: pd.DataFrame) -> str:
    bars = data[data["label"] != ""].dropna(subset=["total"])
    over = bars[bars["total"] > 2_000_000]["label"].tolist()
    if over:
        return f"Encounters topped two million in {', '.join(over)}"
    return "Southwest border encounters by fiscal year"


def fiscal_years_chart(data: pd.DataFrame) -> alt.Chart:
    bars_data = data[data["label"] != ""]
    bars = alt.Chart(bars_data).mark_bar(color=PALETTE[0]).encode(
        x=alt.X("label:N", title=None, sort=None, axis=alt.Axis(labelAngle=0),
                scale=alt.Scale(domain=bars_data["label"].tolist())),
        y=alt.Y("total:Q", title="Encounters per fiscal year", axis=alt.Axis(format="~s")),
        tooltip=["label:N", alt.Tooltip("total:Q", format=","), "note:N"])
    references = data[data["reference"] != ""]
    rules = alt.Chart(references).mark_rule(strokeDash=[6, 4], strokeWidth=2).encode(
        y="reference_value:Q", color=alt.Color("reference:N", title="The article says",
                                                scale=alt.Scale(range=PALETTE[1:4])),
        tooltip=["reference:N", alt.Tooltip("reference_value:Q", format=",")])
    chart = alt.layer(bars, rules).properties(
        width=WIDTH, height=HEIGHT, title=_title(fiscal_years_title(data),
                                                 SOURCE_CBP + " (fiscal years start 1 October)"))
    return _theme(chart, SOURCE_CBP)


def fiscal_years_figure(data: pd.DataFrame) -> plt.Figure:
    figure, axes = _mpl_frame(fiscal_years_title(data), SOURCE_CBP)
    bars = data[data["label"] != ""]
    axes.bar(bars["label"], pd.to_numeric(bars["total"], errors="coerce").fillna(0), color=PALETTE[0])
    for colour, reference in zip(PALETTE[1:], data[data["reference"] != ""].itertuples()):
        axes.axhline(float(reference.reference_value), color=colour, linestyle="--",
                     label=f"the article: {reference.reference}")
    axes.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    axes.legend(frameon=False, loc="upper left", fontsize=FONT - 3)
    figure.tight_layout(rect=(0, 0.04, 1, 0.95))
    return figure


# ------------------------------------------------------------ 3. cooperation timeline

LANES = ["United States", "Mexico", "Courts and others"]


def _lane(actors: str) -> str:
    if "Court" in actors:
        return "Courts and others"
    countries = countries_in(actors)
    for country in countries:
        if country in LANES:
            return country
    return "Courts and others"


def timeline_data(events: pd.DataFrame, context: pd.DataFrame) -> pd.DataFrame:
    """Article events and context events on one axis, each in an actor's lane."""
    article = pd.DataFrame({
        "start": events["date_start"], "end": events["date_end"],
        "lane": [_lane(a) for a in events["actors"]], "origin": "the article",
        "text": events["summary"], "when": events["date_text"], "source_url": ""})
    outside = pd.DataFrame({
        "start": context["date"], "end": context["date"],
        "lane": [_lane(a) for a in context["actors"]], "origin": "context (sourced)",
        "text": context["event"], "when": context["date"], "source_url": context["source_url"]})
    return pd.concat([article, outside], ignore_index=True).sort_values(
        ["start", "origin"], kind="mergesort").reset_index(drop=True)


def timeline_title(data: pd.DataFrame) -> str:
    article = data[data["origin"] == "the article"]
    if article.empty:
        return "US\u2013Mexico cooperation on migration"
    return (f"The article's {len(article)} dated references run from "
            f"{article['start'].min()[:4]} to {article['end'].max()[:4]}")


def timeline_chart(data: pd.DataFrame) -> alt.Chart:
    base = alt.Chart(data).encode(
        y=alt.Y("lane:N", sort=LANES, title=None),
        color=alt.Color("origin:N", scale=alt.Scale(range=[PALETTE[3], PALETTE[0]]), title=None),
        tooltip=["when:N", "lane:N", "origin:N", "text:N", "source_url:N"])
    spans = base.mark_bar(height=10, opacity=0.5).encode(x=alt.X("start:T", title=None),
                                                         x2="end:T")
    points = base.mark_point(filled=True, size=90).encode(
        x="start:T", shape=alt.Shape("origin:N", scale=alt.Scale(range=["diamond", "circle"]),
                                     legend=None),
        yOffset=alt.YOffset("origin:N"))
    chart = alt.layer(spans, points).properties(
        width=WIDTH, height=220, title=_title(timeline_title(data),
                                              "Sources: the article; context events with their sources"))
    return _theme(chart, "")


def timeline_figure(data: pd.DataFrame) -> plt.Figure:
    figure, axes = _mpl_frame(timeline_title(data),
                              "Sources: the article; context events with their sources",
                              size=(9.6, 3.6))
    for offset, (colour, marker, origin) in enumerate(
            [(PALETTE[3], "o", "the article"), (PALETTE[0], "D", "context (sourced)")]):
        rows = data[data["origin"] == origin]
        y = [LANES.index(lane) + (0.15 if offset else -0.15) for lane in rows["lane"]]
        starts, ends = pd.to_datetime(rows["start"]), pd.to_datetime(rows["end"])
        axes.hlines(y, starts, ends, color=colour, alpha=0.5, linewidth=5)
        axes.scatter(starts, y, color=colour, marker=marker, label=origin, zorder=3)
    axes.set_yticks(range(len(LANES)), LANES)
    axes.invert_yaxis()
    axes.legend(frameon=False, loc="lower left", fontsize=FONT - 3)
    figure.tight_layout(rect=(0, 0.05, 1, 0.93))
    return figure


# ------------------------------------------------------------- 4. the article's numbers

QUALIFIER_WORDS = {"exact": "exact", "approximate": "about", "more_than": "more than",
                   "less_than": "less than", "at_least": "at least", "at_most": "at most"}


def numbers_data(statistics: pd.DataFrame) -> pd.DataFrame:
    table = statistics[["stat_id", "surface", "value", "qualifier", "kind", "unit", "subject",
                        "period", "sentence_text"]].copy()
    table["label"] = [f"{i}  {s}" + (f"  ({u})" if u else "") for i, s, u in zip(
        table["stat_id"], table["surface"], table["subject"])]
    table["qualifier_words"] = table["qualifier"].map(QUALIFIER_WORDS)
    return table


def numbers_title(data: pd.DataFrame) -> str:
    hedged = int((data["qualifier"] != "exact").sum())
    return (f"{len(data)} numbers in the article; {hedged} of them come with a qualifier "
            f"such as \u201cmore than\u201d")


def numbers_chart(data: pd.DataFrame) -> alt.Chart:
    chart = alt.Chart(data).mark_point(filled=True, size=110).encode(
        x=alt.X("value:Q", scale=alt.Scale(type="log"), title="Value (log scale)",
                axis=alt.Axis(format="~s")),
        y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=360)),
        color=alt.Color("qualifier_words:N", title="Qualifier",
                        scale=alt.Scale(range=PALETTE)),
        shape=alt.Shape("kind:N", title="Kind"),
        tooltip=["surface:N", alt.Tooltip("value:Q", format=","), "qualifier_words:N",
                 "kind:N", "subject:N", "period:N", alt.Tooltip("sentence_text:N",
                                                                 title="sentence")],
    ).properties(width=WIDTH - 260, height=max(160, 26 * len(data)),
                 title=_title(numbers_title(data), "Source: the article"))
    return _theme(chart, "")


def numbers_figure(data: pd.DataFrame) -> plt.Figure:
    figure, axes = _mpl_frame(numbers_title(data), "Source: the article",
                              size=(9.6, max(3.0, 0.36 * len(data) + 1.4)))
    qualifiers = list(dict.fromkeys(data["qualifier_words"]))
    for colour, qualifier in zip(PALETTE, qualifiers):
        rows = data[data["qualifier_words"] == qualifier]
        axes.scatter(rows["value"].astype(float), rows["label"], color=colour, label=qualifier,
                     zorder=3)
    axes.set_xscale("log")
    axes.invert_yaxis()
    axes.legend(frameon=False, title="qualifier", fontsize=FONT - 3, loc="lower right")
    figure.tight_layout(rect=(0, 0.04, 1, 0.93))
    return figure


# ----------------------------------------------------------------------- 5. sourcing

def sourcing_data(sources: pd.DataFrame) -> pd.DataFrame:
    kind_names = {"person": "named person", "anonymous": "anonymous",
                  "organization": "organization", "data": "data"}
    table = sources.assign(
        side=[c.split("; ")[0] if c else "not stated" for c in sources["country"].fillna("")],
        kind_name=sources["kind"].map(kind_names))
    counts = table.groupby(["side", "kind_name"]).size().reset_index(name="sources")
    return counts.sort_values(["side", "kind_name"], kind="mergesort").reset_index(drop=True)


def sourcing_title(data: pd.DataFrame) -> str:
    named = int(data.loc[data["kind_name"] == "named person", "sources"].sum())
    anonymous = int(data.loc[data["kind_name"] == "anonymous", "sources"].sum())
    return f"{named} named people and {anonymous} anonymous sources"


def sourcing_chart(data: pd.DataFrame) -> alt.Chart:
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("side:N", title=None, sort=["United States", "Mexico", "not stated"]),
        x=alt.X("sources:Q", title="Sources", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("kind_name:N", title=None, scale=alt.Scale(range=PALETTE)),
        tooltip=["side:N", "kind_name:N", "sources:Q"],
    ).properties(width=WIDTH - 120, height=180,
                 title=_title(sourcing_title(data), "Source: the article (first country named "
                                                    "for each source)"))
    return _theme(chart, "")


def sourcing_figure(data: pd.DataFrame) -> plt.Figure:
    figure, axes = _mpl_frame(sourcing_title(data), "Source: the article", size=(9.6, 3.4))
    pivot = data.pivot(index="side", columns="kind_name", values="sources").fillna(0)
    left = pd.Series(0.0, index=pivot.index)
    for colour, column in zip(PALETTE, pivot.columns):
        axes.barh(pivot.index, pivot[column], left=left, color=colour, label=column)
        left += pivot[column]
    axes.legend(frameon=False, ncols=4, fontsize=FONT - 3, loc="lower right")
    figure.tight_layout(rect=(0, 0.05, 1, 0.93))
    return figure
