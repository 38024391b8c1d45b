"""Showing charts and tables in a notebook so that they work in JupyterLab and in the
HTML reports, offline.

`enable_charts()` puts the Vega libraries (bundled by vl-convert, no network) on the page
once; `Chart(chart)` draws an altair chart with vega-embed into its own element. Both
emit plain HTML, which JupyterLab runs in a trusted notebook and nbconvert copies into
the report. Everything taken from the article is escaped.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from functools import lru_cache

import pandas as pd


def _json_safe(text: str) -> str:
    """JSON made safe inside <script>: '</' and '<!--' are escaped, so article text such as
    '</script>' cannot close the element (the JSON value is unchanged)."""
    return text.replace("</", "<\\/").replace("<!--", "<\\u0021--")


@lru_cache(maxsize=1)
def _bundle() -> str:
    import vl_convert

    bundle = vl_convert.javascript_bundle()
    if re.search(r"</script|<!--", bundle, re.I):
        raise RuntimeError("the Vega bundle holds '</script' or '<!--' and cannot be inlined")
    return bundle


class _HTML:
    def __init__(self, markup: str):
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup


def enable_charts() -> _HTML:
    """The Vega, Vega-Lite and vega-embed libraries, once per page (guarded and scoped)."""
    return _HTML("<script>if (!window.vegaEmbed) { (function () {\n" + _bundle()
                 + "\n})(); }</script>")


class Chart:
    """An altair chart drawn by vega-embed when shown."""

    def __init__(self, chart):
        self.spec = chart.to_dict()

    def _repr_html_(self) -> str:
        spec = json.dumps(self.spec, sort_keys=True, ensure_ascii=False)
        element = "bd-chart-" + hashlib.sha1(spec.encode("utf-8")).hexdigest()[:12]
        return (f'<div id="{element}" class="bd-chart"></div>\n'
                f'<script type="text/javascript">(function () {{\n'
                f'  var spec = {_json_safe(spec)};\n'
                f'  function draw() {{\n'
                f'    if (window.vegaEmbed) {{ window.vegaEmbed("#{element}", spec, '
                f'{{"actions": false, "renderer": "svg"}}); }}\n'
                f'    else {{ setTimeout(draw, 50); }}\n'
                f'  }}\n  draw();\n}})();</script>')


def table(frame: pd.DataFrame, columns: list[str] | None = None, max_rows: int = 200) -> _HTML:
    """A table as escaped HTML (article text can hold markup)."""
    shown = frame[columns] if columns else frame
    markup = shown.head(max_rows).to_html(index=False, escape=True, na_rep="",
                                          classes="bd-table", border=0,
                                          float_format=lambda v: f"{v:,.10g}")
    return _HTML(_TABLE_STYLE + markup)


#: Text reads left-aligned; numbers stay as pandas sets them.
_TABLE_STYLE = ("<style>.bd-table th, .bd-table td {text-align: left !important; "
                "vertical-align: top; padding: 4px 8px;} .bd-table {font-size: 13px;}</style>")


def markdown_escape(text: str) -> str:
    """Text from an article made inert in Markdown and HTML."""
    return html.escape(text).replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
