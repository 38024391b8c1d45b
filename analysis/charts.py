"""The five figures: the data behind each and one altair chart, which is both the web chart
and, rendered by vl-convert, the PNG and SVG exports (one spec, so one style). Pure
functions: DataFrames in, chart out, no I/O.

Newsroom habits: a title that states what *this* article's claims and the official figures
show, annotations written on the chart (not only on hover), a source line, the Okabe-Ito
colour-blind-safe palette, thousands written "300,000", years on every time axis, legends
above the plot and never over the data.
"""

from __future__ import annotations

import datetime as dt
import re

import altair as alt
import pandas as pd

from analysis.entities import countries_in, nationality

#: Okabe-Ito: distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000"]
#: One colour per verdict, the same on charts, badges and the index.
VERDICT_COLOURS = {"supported": "#009E73", "partly_supported": "#E69F00",
                   "not_supported": "#D55E00", "not_checkable": "#777777"}
VERDICT_WORDS = {"supported": "supported", "partly_supported": "partly supported",
                 "not_supported": "not supported", "not_checkable": "not checkable"}
#: The monthly series, in the order of the legend and the lines, and their colours.
SERIES = ["Total", "Border Patrol", "Ports of entry"]
SERIES_COLOURS = PALETTE[:3]
#: Registry ids of official series (factcheck.csv `official_series`) to the chart's series.
#: The chart line of each monthly series of the registry (analysis/series.py); a claim
#: checked against a series not listed here is not drawn on the crossings chart.
SERIES_OF_REGISTRY = {"cbp_southwest_total": "Total", "cbp_southwest_usbp": "Border Patrol",
                      "cbp_southwest_ofo": "Ports of entry",
                      "ohss_usbp_southwest_long": "Border Patrol"}
SOURCE_CBP = "Source: U.S. Customs and Border Protection, Southwest land border encounters"
FONT = 13
WIDTH, HEIGHT = 720, 340
NUMBER = ",.0f"  # d3 format: 300,000 (never SI prefixes: "100m" reads as 100 million)
LABEL_PX = 6.2  # average width of one character of a 11 px label, for packing labels


def _theme(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return chart.configure(font="DejaVu Sans, Helvetica, Arial, sans-serif",
                           background="white", padding=12).configure_view(
        strokeWidth=0).configure_axis(
        labelFontSize=FONT - 1, titleFontSize=FONT, grid=False, titleFontWeight="normal"
    ).configure_title(fontSize=FONT + 3, anchor="start", subtitleFontSize=FONT - 1,
                      subtitleColor="#555", limit=WIDTH + 180).configure_legend(
        labelFontSize=FONT - 1, titleFontSize=FONT - 1, orient="top", direction="horizontal"
    )


def _title(text: str, *subtitle: str) -> alt.TitleParams:
    return alt.TitleParams(text=text, subtitle=[s for s in subtitle if s], subtitlePadding=6)


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


#: A wire dateline opening a sentence: "MEXICO CITY (Wire) — ", "WASHINGTON — ".
_DATELINE = re.compile(r"^[A-Z][A-Z .,'\u2019-]+(?:\([^)]{1,30}\))?\s+[\u2014\u2013-]+\s+")


def _summary(text: str, limit: int) -> str:
    """A sentence as a short label, without its dateline."""
    return _short(_DATELINE.sub("", " ".join(str(text).split())), limit)


def _month_name(month: str) -> str:
    return dt.date.fromisoformat(f"{month[:7]}-01").strftime("%B %Y")


def _pack(positions: list[float], widths: list[float], gap: float = 8) -> list[int]:
    """Row for each label (left edge `positions`, in pixels) so that none overlaps."""
    ends: list[float] = []
    rows = []
    for x, width in zip(positions, widths):
        for row, end in enumerate(ends):
            if x > end + gap:
                ends[row] = x + width
                rows.append(row)
                break
        else:
            ends.append(x + width)
            rows.append(len(ends) - 1)
    return rows


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column, or empty strings when the table predates it."""
    if name in frame.columns:
        return frame[name].fillna("").astype(str)
    return pd.Series([""] * len(frame), index=frame.index, dtype=str)


def claim_words(factcheck: pd.DataFrame, text: str) -> pd.Series:
    """The checked words of each claim: `claim_text` when the table has it, else the
    article's own characters at char_start:char_end."""
    given = _column(factcheck, "claim_text")
    spans = [text[int(s):int(e)] if text and str(s).isdigit() and str(e).isdigit() else ""
             for s, e in zip(factcheck.get("char_start", given), factcheck.get("char_end", given))]
    return pd.Series([g or s for g, s in zip(given, spans)], index=factcheck.index, dtype=str)


def claim_series(factcheck: pd.DataFrame) -> pd.Series:
    """The chart series each claim was checked against (`official_series`), or '' for a
    series the chart does not draw; a table without that column was checked on the total."""
    if "official_series" not in factcheck:
        return pd.Series("Total", index=factcheck.index, dtype=str)
    ids = _column(factcheck, "official_series")
    return ids.map(lambda i: SERIES_OF_REGISTRY.get(i, ""))


# ------------------------------------------------------------------- 1. border crossings

def border_crossings_data(months: pd.DataFrame, factcheck: pd.DataFrame, text: str = "",
                          first: str | None = None, last: str | None = None) -> pd.DataFrame:
    """Long table: month, series, encounters (gaps empty), status; rows with `claim` set
    carry the article's claim about that month on the series it was checked against."""
    first, last = first or months["month"].min(), last or months["month"].max()
    window = months[(months["month"] >= first) & (months["month"] <= last)]
    rows = []
    for series, column in zip(SERIES, ("total", "usbp", "ofo")):
        for record in window.itertuples():
            value = getattr(record, column)
            rows.append({"month": f"{record.month}-01", "series": series,
                         "encounters": None if pd.isna(value) else int(value),
                         "status": record.status, "claim_id": "", "claim": "",
                         "claim_type": "", "verdict": ""})
    table = pd.DataFrame(rows, columns=["month", "series", "encounters", "status", "claim_id",
                                        "claim", "claim_type", "verdict"])
    if factcheck.empty:
        return table
    words, series = claim_words(factcheck, text), claim_series(factcheck)
    monthly = factcheck["period"].fillna("").astype(str).str.fullmatch(r"\d{4}-\d{2}")
    claims = []
    for index in factcheck.index[monthly & (factcheck["verdict"] != "not_checkable")]:
        claim = factcheck.loc[index]
        match = table[(table["month"] == f"{claim['period']}-01")
                      & (table["series"] == series[index])]
        if match.empty or pd.isna(match["encounters"].iloc[0]):
            continue
        row = match.iloc[0].to_dict()
        row.update(claim_id=claim["claim_id"], claim=words[index] or claim["claim"],
                   claim_type=claim["claim_type"], verdict=claim["verdict"])
        claims.append(row)
    if claims:
        table = pd.concat([table, pd.DataFrame(claims)], ignore_index=True)
    return table


def _verdict_counts(verdicts: pd.Series) -> str:
    counts = verdicts.value_counts()
    return ", ".join(f"{int(counts[v])} {VERDICT_WORDS[v]}" for v in VERDICT_COLOURS
                     if v in counts)


def border_crossings_title(data: pd.DataFrame) -> str:
    """What the official monthly figures say about this article's claims."""
    claims = data[data["claim"] != ""]
    total = data[(data["series"] == "Total") & data["encounters"].notna()
                 & (data["claim"] == "")]
    if claims.empty:
        return "The article makes no claim the monthly figures can check"
    months = sorted(set(claims["month"]))
    short = [dt.date.fromisoformat(m).strftime("%b %Y") for m in months]
    when = short[0] if len(short) == 1 else f"{short[0]}\u2013{short[-1]}"
    supported = int((claims["verdict"] == "supported").sum())
    if supported == len(claims):
        verb = f"back all {len(claims)} of the article's" if len(claims) > 1 else \
            "back the article's"
        return f"Official figures {verb} monthly claims ({when})"
    if supported == 0 and set(claims["verdict"]) == {"not_supported"}:
        return f"Official figures contradict the article's monthly claims ({when})"
    return (f"Official figures back {supported} of the article's {len(claims)} monthly claims "
            f"({when}): {_verdict_counts(claims['verdict'])}")


def peak_sentence(data: pd.DataFrame) -> str:
    """The series' own peak, for a page whose article makes no monthly claim."""
    total = data[(data["series"] == "Total") & data["encounters"].notna()
                 & (data["claim"] == "")]
    if total.empty:
        return ""
    peak = total.loc[total["encounters"].idxmax()]
    return (f"Total encounters peaked at {int(peak['encounters']):,} in "
            f"{_month_name(peak['month'])}.")


def gaps(data: pd.DataFrame) -> pd.DataFrame:
    """Runs of missing months in each series: series, start, end (ISO dates), note."""
    rows = []
    lines = data[data["claim"] == ""]
    for series in SERIES:
        run: list[str] = []
        for month, value in zip(lines.loc[lines["series"] == series, "month"],
                                lines.loc[lines["series"] == series, "encounters"]):
            if pd.isna(value):
                run.append(month)
                continue
            if run:
                rows.append(_gap(series, run))
                run = []
        if run:
            rows.append(_gap(series, run))
    frame = pd.DataFrame(rows, columns=["series", "start", "end", "note"])
    merged = []
    for (start, end), group in frame.groupby(["start", "end"], sort=True):
        names = " and ".join(s.lower() for s in group["series"])
        span = _span(start, end)
        merged.append({"series": "; ".join(group["series"]), "start": start, "end": end,
                       "note": f"gap: {names}, {span}, not published"})
    return pd.DataFrame(merged, columns=["series", "start", "end", "note"])


def _span(start: str, end: str) -> str:
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if (first.year, first.month) == (last.year, last.month):
        return first.strftime("%b %Y")
    return f"{first.strftime('%b %Y')}\u2013{last.strftime('%b %Y')}"


def _gap(series: str, run: list[str]) -> dict:
    end = (pd.Timestamp(run[-1]) + pd.offsets.MonthEnd(0)).date().isoformat()
    span = (f"{dt.date.fromisoformat(run[0]).strftime('%b %Y')}\u2013"
            f"{dt.date.fromisoformat(run[-1]).strftime('%b %Y')}" if len(run) > 1
            else dt.date.fromisoformat(run[0]).strftime("%b %Y"))
    return {"series": series, "start": run[0], "end": end,
            "note": f"gap: {series.lower()} {span} not published"}


def _x_time(domain: list[str] | None = None, title: str | None = None) -> alt.X:
    scale = alt.Scale(domain=domain) if domain else alt.Undefined
    return alt.X("date:T", title=title, scale=scale,
                 axis=alt.Axis(format="%Y", tickCount="year", labelOverlap=True))


def _annotation_strip(events: pd.DataFrame, domain: list[str], published: str = ""
                      ) -> alt.LayerChart | None:
    """Events the article dates and the publication date, as labelled ticks above a chart
    (so labels never cover the data), each label on its own row."""
    published = str(published or "")
    rows = events[["date", "label"]].assign(kind="event") if events is not None and len(
        events) else pd.DataFrame(columns=["date", "label", "kind"])
    if published and domain[0] <= published <= domain[1]:
        label = "published " + dt.date.fromisoformat(published).strftime("%-d %B %Y")
        rows = pd.concat([rows, pd.DataFrame([{"date": published, "label": label,
                                               "kind": "published"}])], ignore_index=True)
    if rows.empty:
        return None
    rows = rows.sort_values("date", kind="mergesort").reset_index(drop=True)
    start, stop = pd.Timestamp(domain[0]), pd.Timestamp(domain[1])
    pixels = [(pd.Timestamp(d) - start) / (stop - start) * WIDTH for d in rows["date"]]
    widths = [len(label) * LABEL_PX for label in rows["label"]]
    # labels right of centre end at their tick, so they stay inside the chart
    lefts = [x - w if x > WIDTH / 2 else x for x, w in zip(pixels, widths)]
    rows["row"] = _pack(lefts, widths)
    rows["align"] = ["right" if x > WIDTH / 2 else "left" for x in pixels]
    height = 16 * (int(rows["row"].max()) + 1) + 4
    base = alt.Chart(rows).encode(x=alt.X("date:T", title=None, scale=alt.Scale(domain=domain),
                                          axis=None))
    ticks = base.mark_rule(strokeDash=[3, 2]).encode(
        y=alt.value(0), y2=alt.value(height),
        color=alt.Color("kind:N", scale=alt.Scale(domain=["event", "published"],
                                                  range=["#777777", "#000000"]), legend=None))
    parts = []
    for align in ("left", "right"):
        subset = base.transform_filter(alt.datum.align == align).mark_text(
            align=align, baseline="middle", dx=4 if align == "left" else -4, fontSize=11)
        parts.append(subset.encode(
            y=alt.Y("row:O", axis=None, title=None), text="label:N",
            color=alt.Color("kind:N", scale=alt.Scale(domain=["event", "published"],
                                                      range=["#555555", "#000000"]),
                            legend=None),
            tooltip=[alt.Tooltip("date:T", format="%-d %B %Y"), "label:N"]))
    return alt.layer(ticks, *parts).properties(width=WIDTH, height=height)


def border_crossings_chart(data: pd.DataFrame, events: pd.DataFrame | None = None,
                           published: str = "") -> alt.VConcatChart | alt.LayerChart:
    """Monthly lines with the article's claims (on the series each was checked against,
    coloured by verdict, labelled), events and publication date labelled above the plot,
    and a note on each gap."""
    lines_data = data[data["claim"] == ""].rename(columns={"month": "date"})
    first, last = data_window(data)
    domain = [first, last]
    x = _x_time(domain)
    y = alt.Y("encounters:Q", title="Encounters per month", axis=alt.Axis(format=NUMBER))
    lines = alt.Chart(lines_data).mark_line(strokeWidth=2).encode(
        x=x, y=y, color=alt.Color("series:N", title=None, sort=SERIES,
                                  scale=alt.Scale(domain=SERIES, range=SERIES_COLOURS)),
        tooltip=[alt.Tooltip("date:T", format="%B %Y", title="month"), "series:N",
                 alt.Tooltip("encounters:Q", format=NUMBER), "status:N"])
    layers = [lines]
    gap_rows = gaps(data)
    if len(gap_rows):
        gap_rows = gap_rows.assign(date=gap_rows["start"])
        layers.insert(0, alt.Chart(gap_rows).mark_rect(color="#eeeeee", opacity=0.7).encode(
            x=alt.X("date:T", scale=alt.Scale(domain=domain), title=None), x2="end:T"))
        for row in range(len(gap_rows)):
            layers.append(alt.Chart(gap_rows.iloc[[row]]).mark_text(
                align="left", baseline="bottom", dx=2, dy=-12 * row, fontSize=10,
                color="#555555").encode(x=alt.X("date:T", scale=alt.Scale(domain=domain),
                                                title=None),
                                        y=alt.value(HEIGHT - 4), text="note:N"))
    if events is not None and len(events):
        layers.append(alt.Chart(events).mark_rule(strokeDash=[3, 3], color="#bbbbbb").encode(
            x=alt.X("date:T", scale=alt.Scale(domain=domain), title=None),
            tooltip=[alt.Tooltip("date:T", format="%-d %B %Y"), "label:N"]))
    if published and domain[0] <= str(published) <= domain[1]:
        layers.append(alt.Chart(pd.DataFrame({"date": [str(published)]})).mark_rule(
            color="#000000", strokeWidth=1).encode(
            x=alt.X("date:T", scale=alt.Scale(domain=domain), title=None)))
    claims = claim_key(data)
    key = None
    if len(claims):
        verdict = alt.Color("verdict_words:N", title="Verdict on the article's claim",
                            scale=alt.Scale(domain=list(VERDICT_WORDS.values()),
                                            range=list(VERDICT_COLOURS.values())))
        tip = [alt.Tooltip("date:T", format="%B %Y", title="month"), "series:N",
               alt.Tooltip("encounters:Q", format=NUMBER, title="official figure"),
               alt.Tooltip("claim:N", title="the article says"), "verdict_words:N"]
        points = claims.drop_duplicates(["date", "series"]).copy()
        points["numbers"] = [", ".join(str(n) for n in claims.loc[
            (claims["date"] == d) & (claims["series"] == r), "number"])
            for d, r in zip(points["date"], points["series"])]
        layers.append(alt.Chart(points).mark_point(size=150, filled=True, opacity=1,
                                                   stroke="white", strokeWidth=1).encode(
            x=x, y=y, fill=verdict, tooltip=tip))
        points["above"] = [i % 2 == 0 for i in range(len(points))]
        for above in (True, False):
            layers.append(alt.Chart(points[points["above"] == above]).mark_text(
                dy=-14 if above else 16, fontSize=12, fontWeight="bold",
                color="#222222").encode(x=x, y=y, text="numbers:N", tooltip=tip))
        key = alt.Chart(claims).mark_text(align="left", fontSize=12, fontWeight="bold").encode(
            y=alt.Y("number:O", axis=None, title=None), x=alt.value(0), text="key:N",
            fill=alt.Fill("verdict_words:N", legend=None, scale=alt.Scale(
                domain=list(VERDICT_WORDS.values()), range=list(VERDICT_COLOURS.values()))),
            tooltip=tip).properties(width=WIDTH, height=16 * len(claims))
    plot = alt.layer(*layers).properties(width=WIDTH, height=HEIGHT)
    strip = _annotation_strip(events, domain, published)
    subtitle = ("Dots: the article's claims on the series each was checked against, coloured "
                "by verdict. Ticks above: events the article dates" + (
                    " and its publication date" if published else "") + ".")
    title = _title(border_crossings_title(data), subtitle, SOURCE_CBP +
                   ". Encounters count events, not people.")
    panels = [p for p in (strip, plot, key) if p is not None]
    chart = (alt.vconcat(*panels, spacing=4) if len(panels) > 1 else plot).properties(
        title=title, description=border_crossings_title(data)).resolve_scale(
        color="independent")
    return _theme(chart)


def claim_key(data: pd.DataFrame) -> pd.DataFrame:
    """The article's claims on the monthly chart, numbered in date order, each with the
    line of the key printed under the chart."""
    claims = data[data["claim"] != ""].rename(columns={"month": "date"}).copy()
    claims = claims.sort_values(["date", "claim_id"], kind="mergesort").reset_index(drop=True)
    claims["number"] = range(1, len(claims) + 1)
    claims["verdict_words"] = claims["verdict"].map(VERDICT_WORDS)
    claims["key"] = [f"{n}  \u201c{_short(c, 60)}\u201d ({_month_name(d)}, {r.lower()}): {v}"
                     for n, c, d, r, v in zip(claims["number"], claims["claim"], claims["date"],
                                              claims["series"], claims["verdict_words"])]
    return claims


def border_crossings_figure(data: pd.DataFrame, events: pd.DataFrame | None = None,
                            published: str = ""):
    """The export (PNG/SVG) is rendered from the web chart's own spec: one style."""
    return border_crossings_chart(data, events, published)


def data_window(data: pd.DataFrame) -> tuple[str, str]:
    """First and last day a border-crossings table covers (ISO dates)."""
    last = pd.Timestamp(data["month"].max()) + pd.offsets.MonthEnd(0)
    return data["month"].min(), last.date().isoformat()


def event_rules(events: pd.DataFrame, first: str, last: str) -> pd.DataFrame:
    """Article events dated to a day, week or month inside the window, with short labels
    ("Dec 2023: President Biden called…")."""
    if events.empty:
        return pd.DataFrame(columns=["date", "label"])
    dated = events[events["date_precision"].isin(["day", "week", "month"])
                   & (events["date_start"] >= first) & (events["date_start"] <= last)]
    dated = dated.drop_duplicates("date_start")
    labels = [f"{dt.date.fromisoformat(d).strftime('%b %Y')}: {_summary(s, 34)}"
              for d, s in zip(dated["date_start"], dated["summary"])]
    return pd.DataFrame({"date": dated["date_start"].values, "label": labels})


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
    table["verdict"] = ""
    rows = [table]
    if factcheck.empty or statistics.empty:
        return table.reset_index(drop=True)
    checked = factcheck[factcheck["stat_id"].fillna("") != ""].drop_duplicates("claim_id").merge(
        statistics[["stat_id", "value", "surface", "baseline_period"]], on="stat_id")
    for claim in checked.itertuples():
        if claim.claim_type == "level" and str(claim.period).startswith("FY"):
            rows.append(pd.DataFrame([{"label": "", "reference": f"\u201c{claim.surface}\u201d",
                                       "reference_value": claim.value,
                                       "verdict": claim.verdict}]))
        if claim.claim_type in ("ratio", "multiple") and str(claim.baseline_period).startswith("FY"):
            base = years.loc[years["fiscal_year"] == int(claim.baseline_period[2:]), "total"]
            if len(base) and not pd.isna(base.iloc[0]):
                rows.append(pd.DataFrame([{
                    "label": "", "reference": f"\u201c{claim.surface}\u201d "
                                              f"{claim.baseline_period}",
                    "reference_value": float(base.iloc[0]) * claim.value,
                    "verdict": claim.verdict}]))
    return pd.concat(rows, ignore_index=True)


def fiscal_years_title(data: pd.DataFrame) -> str:
    """What the fiscal-year totals say about this article's fiscal-year claims."""
    references = data[data["reference"] != ""]
    bars = data[data["label"] != ""]
    span = f"{bars['label'].iloc[0]}\u2013{bars['label'].iloc[-1]}" if len(bars) else ""
    if references.empty:
        return f"Southwest border encounters by fiscal year, {span}: the article makes no " \
               "fiscal-year claim"
    words = " and ".join(dict.fromkeys(references["reference"].str.replace(
        r"\s+FY\d{4}$", "", regex=True)))
    verdicts = set(references["verdict"])
    if verdicts <= {"supported"}:
        verb = "bear out"
    elif "not_supported" in verdicts:
        verb = "contradict"
    elif "partly_supported" in verdicts:
        verb = "partly bear out"
    else:
        verb = "cannot settle"
    return f"Fiscal-year totals {verb} the article's {words}"


def fiscal_years_chart(data: pd.DataFrame) -> alt.LayerChart:
    bars_data = data[data["label"] != ""].copy()
    bars_data["shown"] = bars_data["total"].fillna(0)
    x = alt.X("label:N", title="Fiscal year (1 October to 30 September)", sort=None,
              axis=alt.Axis(labelAngle=0), scale=alt.Scale(domain=bars_data["label"].tolist()))
    bars = alt.Chart(bars_data).mark_bar(color=PALETTE[0]).encode(
        x=x, y=alt.Y("total:Q", title="Encounters per fiscal year", axis=alt.Axis(format=NUMBER)),
        tooltip=["label:N", alt.Tooltip("total:Q", format=NUMBER), "note:N"])
    layers = [bars]
    missing = bars_data[bars_data["total"].isna()]
    if len(missing):
        layers.append(alt.Chart(missing).mark_text(angle=270, align="left", dy=0, fontSize=11,
                                                   color="#555555").encode(
            x=x, y=alt.value(HEIGHT - 6), text=alt.value("gap: months missing")))
    references = data[data["reference"] != ""].copy()
    if len(references):
        references["verdict_words"] = references["verdict"].map(VERDICT_WORDS).fillna("")
        references["text"] = [f"the article: {r} ({v})" for r, v in
                              zip(references["reference"], references["verdict_words"])]
        references = references.sort_values("reference_value", ascending=False,
                                            kind="mergesort")
        references["stack"] = range(len(references))
        colour = alt.Color("verdict_words:N", legend=None, scale=alt.Scale(
            domain=list(VERDICT_WORDS.values()), range=list(VERDICT_COLOURS.values())))
        layers.append(alt.Chart(references).mark_rule(strokeDash=[6, 4], strokeWidth=2).encode(
            y="reference_value:Q", color=colour,
            tooltip=["reference:N", alt.Tooltip("reference_value:Q", format=NUMBER)]))
        for stack in range(len(references)):
            above = stack % 2 == 0
            layers.append(alt.Chart(references[references["stack"] == stack]).mark_text(
                align="left", baseline="bottom" if above else "top",
                dy=(-3 - 14 * (stack // 2)) if above else (3 + 14 * (stack // 2)),
                fontSize=11, fontWeight="bold").encode(x=alt.value(4), y="reference_value:Q",
                                                       text="text:N", color=colour))
    chart = alt.layer(*layers).properties(
        width=WIDTH, height=HEIGHT, description=fiscal_years_title(data),
        title=_title(fiscal_years_title(data), "Dashed lines: the article's fiscal-year "
                     "figures, coloured by verdict.", SOURCE_CBP))
    return _theme(chart)


def fiscal_years_figure(data: pd.DataFrame):
    """The export, from the web chart's own spec."""
    return fiscal_years_chart(data)


# ------------------------------------------------------------ 3. cooperation timeline

LANES = ["United States", "Mexico", "Border crossings", "Other or not stated"]
LANE_COLOURS = [PALETTE[0], PALETTE[2], PALETTE[1], "#777777"]
#: Event categories that describe flows of people, not an actor's act.
FLOW_CATEGORIES = {"migration flow"}


def _country(actor: str, people: dict[str, str]) -> str:
    found = countries_in(actor)
    return (found[0] if found else "") or people.get(actor, "") or nationality(actor)


def _outside_quotes(text: str) -> str:
    """The text with quoted speech blanked (same length), so a quotation's words are not
    taken for the sentence's subject."""
    out, inside = [], False
    for char in text:
        if char in "\u201c\u201d\"":
            inside = char == "\u201c" or (char == '"' and not inside)
            out.append(" ")
        else:
            out.append(" " if inside else char)
    return "".join(out)


def _position(text: str, actor: str) -> int:
    """Where the text first names an actor; a country also by its other names
    ("Mexican", "U.S.")."""
    from analysis.entities import _COUNTRY_PATTERNS

    at = text.find(actor)
    pattern = _COUNTRY_PATTERNS.get(actor)
    if pattern is not None:
        match = pattern.search(text)
        if match and (at < 0 or match.start() < at):
            at = match.start()
    return at


def acting_lane(summary: str, actors: str, category: str = "",
                people: dict[str, str] | None = None) -> str:
    """The lane of the actor who acted: the actor the sentence names first outside
    quotation marks (its subject, or the speaker of a quotation); flows of people have a
    lane of their own."""
    if category in FLOW_CATEGORIES:
        return "Border crossings"
    people = people or {}
    names = [a for a in str(actors).split("; ") if a]
    plain = _outside_quotes(str(summary))
    placed = sorted((_position(plain, a), a) for a in names if _position(plain, a) >= 0)
    first = placed[0][1] if placed else (names[0] if names else "")
    country = _country(first, people) if first else ""
    return country if country in LANES else "Other or not stated"


def timeline_data(events: pd.DataFrame, context: pd.DataFrame,
                  sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Article events and context events on one axis, each in the lane of its actor."""
    people = {} if sources is None or sources.empty else {
        n: str(c).split("; ")[0] for n, c in zip(sources["name"], sources["country"].fillna(""))
        if c}
    article = pd.DataFrame({
        "start": events["date_start"], "end": events["date_end"],
        "lane": [acting_lane(s, a, c, people) for s, a, c in
                 zip(events["summary"], events["actors"].fillna(""), events["category"])],
        "origin": "the article", "text": events["summary"], "when": events["date_text"],
        "source_url": ""})
    outside = pd.DataFrame({
        "start": context["date"], "end": context["date"],
        "lane": [_country(str(a).split("; ")[0], people) if _country(
            str(a).split("; ")[0], people) in LANES else "Other or not stated"
            for a in context["actors"]],
        "origin": "context (sourced)", "text": context["event"], "when": context["date"],
        "source_url": context["source_url"]})
    return pd.concat([frame for frame in (article, outside) if len(frame)] or [article],
                     ignore_index=True).sort_values(
        ["start", "origin"], kind="mergesort").reset_index(drop=True)


def timeline_window(data: pd.DataFrame) -> tuple[str, str]:
    """The span the timeline shows: the article's references without far-off outliers
    (a reference years before the rest is drawn at the left edge with an arrow)."""
    article = data[data["origin"] == "the article"]
    if article.empty:
        article = data
    if article.empty:
        return "2019-01-01", "2024-12-31"
    starts = pd.to_datetime(article["start"]).sort_values()
    ends = pd.to_datetime(article["end"])
    q1, q3 = starts.quantile(0.25), ends.quantile(0.75)
    spread = max(q3 - q1, pd.Timedelta(days=365))
    first = max(starts.iloc[0], q1 - spread)
    first = pd.Timestamp(year=first.year, month=1 if first.month < 7 else 7, day=1)
    last = ends.max() + pd.Timedelta(days=31)
    return first.date().isoformat(), last.date().isoformat()


def timeline_layout(data: pd.DataFrame) -> pd.DataFrame:
    """Timeline rows clipped to the window, with a short label and a row in the lane so
    that labels do not overlap; references before the window are marked with an arrow."""
    first, last = timeline_window(data)
    shown = data[(data["origin"] == "the article") | ((data["start"] >= first)
                                                      & (data["start"] <= last))].copy()
    start, stop = pd.Timestamp(first), pd.Timestamp(last)
    early = shown["start"] < first
    shown["x"] = shown["start"].where(~early, first)
    shown["x2"] = shown["end"].clip(upper=last).where(shown["end"] >= first, first)
    shown["label"] = [("\u2190 " + (s[:4] if s[:4] == e[:4] else f"{s[:4]}\u2013{e[:4]}")
                       + ": " if out else "") + _summary(t, 26) for s, e, t, out in
                      zip(shown["start"], shown["end"], shown["text"], early)]
    shown["row"] = 0
    for lane in LANES:
        mask = shown["lane"] == lane
        if not mask.any():
            continue
        pixels = [(pd.Timestamp(x) - start) / (stop - start) * WIDTH for x in shown.loc[mask, "x"]]
        widths = [len(label) * LABEL_PX + 12 for label in shown.loc[mask, "label"]]
        shown.loc[mask, "row"] = _pack(pixels, widths)
    return shown.reset_index(drop=True)


def timeline_title(data: pd.DataFrame) -> str:
    article = data[data["origin"] == "the article"]
    if article.empty:
        return "The article dates no events; sourced context of US\u2013Mexico cooperation"
    lanes = article["lane"].value_counts()
    top = lanes.index[0]
    return (f"The article's {len(article)} dated references run from "
            f"{article['start'].min()[:4]} to {article['end'].max()[:4]}; most are about "
            f"{top if top != 'Other or not stated' else 'unnamed actors'}")


def timeline_chart(data: pd.DataFrame) -> alt.VConcatChart:
    """One lane per actor, each event labelled; shared years axis at the bottom."""
    layout = timeline_layout(data)
    first, last = timeline_window(data)
    domain = [first, last]
    origin = alt.Shape("origin:N", title=None, scale=alt.Scale(
        domain=["the article", "context (sourced)"], range=["circle", "diamond"]))
    lanes = []
    used = [lane for lane in LANES if (layout["lane"] == lane).any()] or LANES[:1]
    for position, lane in enumerate(used):
        rows = layout[layout["lane"] == lane]
        colour = LANE_COLOURS[LANES.index(lane)]
        height = 20 * (int(rows["row"].max()) + 1 if len(rows) else 1) + 6
        bottom = position == len(used) - 1
        x = alt.X("x:T", scale=alt.Scale(domain=domain), title=None,
                  axis=alt.Axis(format="%Y", tickCount="year", labelOverlap=True)
                  if bottom else None)
        base = alt.Chart(rows).encode(
            x=x, y=alt.Y("row:O", axis=None, title=None),
            tooltip=["when:N", "lane:N", "origin:N", "text:N", "source_url:N"])
        spans = base.mark_bar(height=8, opacity=0.35, color=colour).encode(x2="x2:T")
        points = base.mark_point(filled=True, size=70, color=colour, opacity=1).encode(
            shape=origin)
        labels = base.mark_text(align="left", dx=7, fontSize=11, color="#222222").encode(
            text="label:N")
        lanes.append(alt.layer(spans, points, labels).properties(
            width=WIDTH, height=height,
            title=alt.TitleParams(lane, fontSize=FONT, color=colour, anchor="start",
                                  fontWeight="bold")))
    hidden = int(((data["origin"] != "the article") & ((data["start"] < first)
                                                        | (data["start"] > last))).sum())
    note = (f"{hidden} sourced context events outside {first[:4]}\u2013{last[:4]} not shown. "
            if hidden else "")
    chart = alt.vconcat(*lanes, spacing=6).properties(
        description=timeline_title(data),
        title=_title(timeline_title(data), "Circles: the article's references; diamonds: "
                     "sourced context events; bars: their span. Lane: the actor who acted.",
                     note, "Sources: the article; context events with their sources"))
    return _theme(chart)


def timeline_figure(data: pd.DataFrame):
    """The export, from the web chart's own spec."""
    return timeline_chart(data)


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
    if data.empty:
        return "The article states no numbers"
    hedged = int((data["qualifier"] != "exact").sum())
    kinds = data["kind"].value_counts()
    return (f"{len(data)} numbers in the article, mostly {kinds.index[0]}s; {hedged} come "
            f"with a qualifier such as \u201cmore than\u201d")


def numbers_chart(data: pd.DataFrame) -> alt.Chart:
    qualifiers = list(QUALIFIER_WORDS.values())
    chart = alt.Chart(data).mark_point(filled=True, size=110, opacity=1).encode(
        x=alt.X("value:Q", scale=alt.Scale(type="log"), title="Value (log scale)",
                axis=alt.Axis(format=",~r", tickCount=6)),
        y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=360)),
        color=alt.Color("qualifier_words:N", title="Qualifier",
                        scale=alt.Scale(domain=qualifiers, range=PALETTE[:len(qualifiers)])),
        shape=alt.Shape("kind:N", title="Kind"),
        tooltip=["surface:N", alt.Tooltip("value:Q", format=","), "qualifier_words:N",
                 "kind:N", "subject:N", "period:N", alt.Tooltip("sentence_text:N",
                                                                 title="sentence")],
    ).properties(width=WIDTH - 300, height=max(160, 22 * len(data)),
                 description=numbers_title(data),
                 title=_title(numbers_title(data), "Source: the article"))
    return _theme(chart)


def numbers_figure(data: pd.DataFrame):
    """The export, from the web chart's own spec."""
    return numbers_chart(data)


# ----------------------------------------------------------------------- 5. sourcing

KINDS = ["named person", "anonymous", "organization", "data"]


def sourcing_data(sources: pd.DataFrame) -> pd.DataFrame:
    kind_names = dict(zip(["person", "anonymous", "organization", "data"], KINDS))
    table = sources.assign(
        side=[c.split("; ")[0] if c else "not stated" for c in sources["country"].fillna("")],
        kind_name=sources["kind"].map(kind_names))
    counts = table.groupby(["side", "kind_name"]).size().reset_index(name="sources")
    return counts.sort_values(["side", "kind_name"], kind="mergesort").reset_index(drop=True)


def sourcing_title(data: pd.DataFrame) -> str:
    if data.empty:
        return "The article credits no sources"
    named = int(data.loc[data["kind_name"] == "named person", "sources"].sum())
    anonymous = int(data.loc[data["kind_name"] == "anonymous", "sources"].sum())
    people = "named person" if named == 1 else "named people"
    sources = "anonymous source" if anonymous == 1 else "anonymous sources"
    return f"{named} {people} and {anonymous} {sources}"


def sourcing_chart(data: pd.DataFrame) -> alt.Chart:
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("side:N", title=None, sort=["United States", "Mexico", "not stated"]),
        x=alt.X("sources:Q", title="Sources", axis=alt.Axis(tickMinStep=1, format="d")),
        color=alt.Color("kind_name:N", title=None, sort=KINDS,
                        scale=alt.Scale(domain=KINDS, range=PALETTE[:len(KINDS)])),
        order=alt.Order("kind_name:N"),
        tooltip=["side:N", "kind_name:N", "sources:Q"],
    ).properties(width=WIDTH - 120, height=180, description=sourcing_title(data),
                 title=_title(sourcing_title(data), "Source: the article (first country named "
                                                    "for each source)"))
    return _theme(chart)


def sourcing_figure(data: pd.DataFrame):
    """The export, from the web chart's own spec."""
    return sourcing_chart(data)
