"""Showing charts, tables and the fact-check in a notebook so that they work in JupyterLab
and in the HTML reports, offline.

`enable_charts()` puts the Vega libraries (bundled by vl-convert, no network) on the page
once (the report swaps that block for one shared `assets/vega.js`); `Chart(chart)` draws an
altair chart with vega-embed into its own element, with alt text and, in a report, links
to the figure's files. Everything taken from the article is escaped.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from functools import lru_cache

import pandas as pd

from analysis.charts import VERDICT_COLOURS, VERDICT_WORDS, claim_series, claim_words
from analysis.figures import json_in_script

#: The attribute that marks the inline library block, which the report replaces.
LIBRARY_MARK = "data-bd-vega"


def _json_safe(text: str) -> str:
    return json_in_script(text)


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script (vl-convert's bundle, no network)."""
    import vl_convert

    bundle = vl_convert.javascript_bundle()
    if re.search(r"</script|<!--", bundle, re.I):
        raise RuntimeError("the Vega bundle holds '</script' or '<!--' and cannot be inlined")
    return "if (!window.vegaEmbed) { (function () {\n" + bundle + "\n})(); }"


_bundle = vega_bundle


class _HTML:
    def __init__(self, markup: str):
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup


def enable_charts() -> _HTML:
    """The Vega, Vega-Lite and vega-embed libraries, once per page (guarded and scoped)."""
    return _HTML(f"<script {LIBRARY_MARK}>" + vega_bundle() + "</script>")


def _links(links: dict[str, str]) -> str:
    if not links:
        return ""
    items = " \u00b7 ".join(f'<a href="{html.escape(href)}" download>{html.escape(label)}</a>'
                            for label, href in links.items())
    return f'<p class="bd-downloads">{items}</p>'


class Chart:
    """An altair chart drawn by vega-embed when shown, with its alt text (the chart's
    description) and, when `name` is given in a report, links to the figure's files."""

    def __init__(self, chart, name: str = "", downloads: bool = False):
        self.spec = chart.to_dict()
        self.name = name
        self.downloads = downloads

    def _repr_html_(self) -> str:
        spec = json.dumps(self.spec, sort_keys=True, ensure_ascii=False)
        element = "bd-chart-" + hashlib.sha1(spec.encode("utf-8")).hexdigest()[:12]
        title = self.spec.get("title", {})
        alt = str(self.spec.get("description") or (title.get("text") if isinstance(title, dict)
                                                   else title) or "chart")
        links = {}
        if self.downloads and self.name:
            links = {"Download this data (CSV)": f"figures/{self.name}.csv",
                     "PNG": f"figures/{self.name}.png", "SVG": f"figures/{self.name}.svg",
                     "Chart page": f"figures/{self.name}.html"}
        return (f'<figure class="bd-figure"><div id="{element}" class="bd-chart" role="img" '
                f'aria-label="{html.escape(alt)}"></div>\n'
                f'<script type="text/javascript">(function () {{\n'
                f'  var spec = {_json_safe(spec)};\n'
                f'  function draw() {{\n'
                f'    if (window.vegaEmbed) {{ window.vegaEmbed("#{element}", spec, '
                f'{{"actions": false, "renderer": "svg"}}); }}\n'
                f'    else {{ setTimeout(draw, 50); }}\n'
                f'  }}\n  draw();\n}})();</script>{_links(links)}</figure>')


def figure(context, name: str, chart, data: pd.DataFrame, empty: str = ""):
    """Save a figure's files (in a report) and show it with its alt text and download
    links; when `empty` is given and there is no data, the sentence instead of a chart."""
    if empty and data.empty:
        return _HTML(f"<p>{html.escape(empty)}</p>")
    context.save(name, chart, data=data)
    return Chart(chart, name, downloads=context.publishing)


def table(frame: pd.DataFrame, columns: list[str] | None = None, max_rows: int = 200,
          download: str = "", empty: str = "") -> _HTML:
    """A table as escaped HTML (article text can hold markup), scrolling sideways on a
    phone, with a download link (`download`: the CSV's path in the report) and a sentence
    in place of an empty table."""
    if frame.empty:
        return _HTML(f"<p>{html.escape(empty)}</p>" if empty else "")
    shown = frame[[c for c in columns if c in frame.columns]] if columns else frame
    markup = shown.head(max_rows).to_html(index=False, escape=True, na_rep="",
                                          classes="bd-table", border=0,
                                          float_format=lambda v: f"{v:,.10g}")
    link = _links({"Download this data (CSV)": download}) if download else ""
    return _HTML(_TABLE_STYLE + f'<div class="bd-scroll">{markup}</div>' + link)


#: Text reads left-aligned; wide tables scroll inside their box on a phone.
_TABLE_STYLE = ("<style>.bd-table th, .bd-table td {text-align: left !important; "
                "vertical-align: top; padding: 4px 8px;} .bd-table {font-size: 13px;} "
                ".bd-scroll {overflow-x: auto; max-width: 100%;}</style>")


def markdown_escape(text: str) -> str:
    """Text from an article made inert in Markdown and HTML."""
    return html.escape(text).replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


# ------------------------------------------------------------------ the fact-check page

def badge(verdict: str) -> str:
    colour = VERDICT_COLOURS.get(verdict, "#777777")
    return (f'<span class="bd-badge" style="background:{colour}">'
            f'{html.escape(VERDICT_WORDS.get(verdict, verdict))}</span>')


def _highlighted(sentence: str, words: str) -> str:
    at = sentence.find(words) if words else -1
    if at < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:at]) + "<mark>" + html.escape(words) + "</mark>"
            + html.escape(sentence[at + len(words):]))


def _sources(urls: str) -> str:
    from urllib.parse import urlparse

    links = [u.strip() for u in str(urls).split(" ; ") if u.strip().startswith("https://")]
    return " \u00b7 ".join(f'<a href="{html.escape(u)}" rel="noopener">'
                           f'{html.escape(urlparse(u).hostname or "source")}</a>' for u in links)


def _first_sentence(text: str) -> tuple[str, str]:
    """The one-line reason and the rest of an explanation."""
    from analysis.findings import split_sentences

    parts = split_sentences(text)
    return (parts[0], " ".join(parts[1:])) if parts else ("", "")


_FACTCHECK_STYLE = """<style>
.bd-summary{border:1px solid #ccc;border-radius:6px;padding:.6rem 1rem;margin:1rem 0;
background:#fafafa}.bd-summary ul{list-style:none;padding:0;margin:.3rem 0;display:flex;
flex-wrap:wrap;gap:.4rem 1rem}.bd-claim{border-top:1px solid #ddd;padding:.8rem 0}
.bd-claim blockquote{margin:.3rem 0 .5rem;padding-left:.8rem;border-left:3px solid #ccc}
.bd-claim mark{background:#fff2b3;padding:0 .1em}.bd-badge{display:inline-block;color:#fff;
font-weight:600;font-size:.85rem;padding:.1rem .5rem;border-radius:1rem}
.bd-claim dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .7rem;margin:.3rem 0}
.bd-claim dt{color:#555}.bd-claim details{font-size:.9rem;color:#444}.bd-claim dd{margin:0;min-width:0;overflow-wrap:anywhere}.bd-notes{font-size:.9rem;color:#444}
</style>"""


def record_words(row, claim_period: str = "") -> str:
    """What the official record says for one fact-check row, in words: its value, what the
    series counts (from the registry) and the period compared, e.g. "124,215 (Border Patrol
    encounters between ports of entry, January 2024)"."""
    from analysis import series as registry
    from analysis.findings import period_words

    value = row.get("official_value")
    shown = "" if value is None or pd.isna(value) else (
        f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}")
    series_id = str(row.get("official_series") or "")
    counts = registry.get(series_id).counts if series_id in registry.REGISTRY else \
        "Southwest border encounters"
    start, end = (str(row.get(c) or "") for c in ("official_period_start",
                                                   "official_period_end"))
    period = claim_period
    if start and end:
        period = period_words(start if start == end else f"{start}/{end}")
        month = re.fullmatch(r"(\d{4}-\d{2})-01/(\d{4}-\d{2})-\d{2}", f"{start}/{end}")
        if month and month.group(1) == month.group(2):
            period = period_words(month.group(1))  # a whole month: "January 2024"
        elif re.fullmatch(r"(\d{4})-01-01/\1-12-31", f"{start}/{end}"):
            period = start[:4]  # a calendar year
        elif start[5:] == "10-01" and end[5:] == "09-30" and int(end[:4]) == int(start[:4]) + 1:
            period = f"fiscal year {end[:4]}"
    detail = ", ".join(p for p in (counts, period) if p)
    return f"{shown} ({detail})" if shown else f"({detail})"


def factcheck_page(factcheck: pd.DataFrame, text: str, download: str = "") -> _HTML:
    """The fact-check built around the verdict: a summary box, each checked claim as the
    article's sentence with the checked words highlighted, a verdict badge, the article
    against the record, a one-line reason and the source; caveats once as numbered notes;
    claims that cannot be checked grouped apart, each saying what data would settle it."""
    from analysis.findings import period_words, reasons_and_notes, verdict_summary

    if factcheck.empty:
        return _HTML("<p>The article makes no claim that official figures can check.</p>")
    words, series = claim_words(factcheck, text), claim_series(factcheck)
    checkable_rows = (factcheck["verdict"] != "not_checkable").tolist()
    explanations = factcheck["explanation"].fillna("").tolist()
    # caveats come from the checked claims; a claim that cannot be checked keeps its
    # whole explanation, since what would settle it is its point
    reasons, notes, refs = reasons_and_notes([e if c else "" for e, c in
                                              zip(explanations, checkable_rows)])
    reasons = [r if c else e for r, e, c in zip(reasons, explanations, checkable_rows)]
    # one count per claim (findings.verdict_summary, as on the index): a claim checked
    # against two series or periods is two rows of the table but one claim
    summary = "".join(f"<li>{badge(v)} {n}</li>" for v, n in verdict_summary(factcheck).items())
    claims_total = factcheck["claim_id"].nunique()
    parts = [_FACTCHECK_STYLE, f'<section class="bd-summary" aria-label="verdict summary">'
             f"<strong>{claims_total} claim{'' if claims_total == 1 else 's'} checked</strong><ul>{summary}</ul></section>"]
    for title, checkable in (("Checked against the official figures", True),
                             ("Not checkable with the bundled data", False)):
        rows = factcheck[(factcheck["verdict"] != "not_checkable") == checkable]
        if rows.empty:
            continue
        parts.append(f"<h2>{title}</h2>")
        # one card per claim: a claim checked against two series or periods has two rows
        for _, group in rows.groupby("claim_id", sort=False):
            i = group.index[0]
            row = rows.loc[i]
            sentence, checked = str(row["claim"]), words[i]
            numbers = sorted({n for j in group.index for n in refs[factcheck.index.get_loc(j)]})
            note_marks = (" <sup>notes " + ", ".join(f'<a href="#note-{n}">{n}</a>'
                                                     for n in numbers) + "</sup>"
                          if numbers else "")
            period = period_words(str(row.get("period") or ""))
            details = (f"<dt>the article</dt><dd>\u201c{html.escape(checked)}\u201d"
                       + (f" ({html.escape(period)})" if period else "") + "</dd>")
            if checkable:
                records = dict.fromkeys(record_words(group.loc[j], period) for j in group.index)
                details += ("<dt>the record</dt><dd>"
                            + "<br>".join(html.escape(r) for r in records) + "</dd>")
            texts = [reasons[factcheck.index.get_loc(j)] for j in group.index]
            line, more = _first_sentence(texts[0]) if checkable else (texts[0], "")
            more = " ".join(dict.fromkeys(t for t in [more, *texts[1:]] if t))
            label = "why" if checkable else "what would settle it"
            details += f"<dt>{label}</dt><dd>{html.escape(line)}{note_marks}"
            if more:
                details += (f"<details><summary>the figures in full</summary>"
                            f"{html.escape(more)}</details>")
            details += "</dd>"
            urls = [u.strip() for value in group.get("source_url", pd.Series(dtype=str)).fillna("")
                    for u in str(value).split(" ; ") if u.strip()]
            source = _sources(" ; ".join(dict.fromkeys(urls)))
            if source:
                details += f"<dt>source</dt><dd>{source}</dd>"
            parts.append(f'<article class="bd-claim" id="{html.escape(str(row["claim_id"]))}">'
                         f"{badge(row['verdict'])} <small>{html.escape(str(row['claim_id']))}"
                         f" \u00b7 {html.escape(str(row['claim_type']))}</small>"
                         f"<blockquote>{_highlighted(sentence, checked)}</blockquote>"
                         f"<dl>{details}</dl></article>")
    if notes:
        items = "".join(f'<li id="note-{n}">{html.escape(note)}</li>'
                        for n, note in enumerate(notes, 1))
        parts.append(f'<h2>Notes</h2><ol class="bd-notes">{items}</ol>')
    if download:
        parts.append(_links({"Download this data (CSV)": download}))
    return _HTML("".join(parts))
