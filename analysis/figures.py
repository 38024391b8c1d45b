"""Saving a figure: PNG and SVG rendered by vl-convert from the web chart's own spec (one
style for screen and print), an HTML page that opens offline (the Vega libraries from one
shared `assets/vega.js` beside the figures folder, or inlined when saved alone) and the
CSV of the data behind it, named after the figure.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd

from analysis.tables import prepare_output_dir, to_csv_text, write_files

#: Where a figure page finds the shared Vega libraries (reports/<id>/assets/vega.js).
SHARED_SCRIPT = "../assets/vega.js"


def json_in_script(text: str) -> str:
    """JSON made safe inside <script>: '</' and '<!--' are escaped, so article text such as
    '</script>' cannot close the element (the JSON value is unchanged)."""
    return (text.replace("</", "<\\/").replace("<!--", "<\\u0021--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def figure_page(spec: dict, title: str, script: str | None = SHARED_SCRIPT) -> str:
    """A page with one chart, drawn by vega-embed; article text stays data, never markup."""
    from analysis.display import vega_bundle

    library = (f'<script src="{html.escape(script)}"></script>' if script
               else f"<script>{vega_bundle()}</script>")
    payload = json_in_script(json.dumps(spec, sort_keys=True, ensure_ascii=False))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:1rem}}#chart{{overflow-x:auto}}#chart svg{{max-width:100%;height:auto}}</style>
{library}</head>
<body><div id="chart" role="img" aria-label="{html.escape(title)}"></div>
<script>vegaEmbed("#chart", {payload}, {{"actions": false, "renderer": "svg"}});</script>
</body></html>
"""


def figure_files(name: str, chart, figure=None, data: pd.DataFrame | None = None,
                 script: str | None = SHARED_SCRIPT) -> dict[str, bytes | str]:
    """{file name: content} for one figure. `figure` is the chart to export (the web
    chart itself when None), so the PNG and SVG have the web chart's style."""
    import vl_convert

    spec = chart.to_dict()
    export = (figure if figure is not None else chart).to_dict()
    title = str(spec.get("description") or name)
    svg = vl_convert.vegalite_to_svg(export)
    return {f"{name}.png": vl_convert.svg_to_png(svg, scale=2), f"{name}.svg": svg,
            f"{name}.html": figure_page(spec, title, script),
            f"{name}.csv": to_csv_text(data if data is not None else pd.DataFrame())}


def save_figure(folder: str | Path, name: str, chart, figure=None,
                data: pd.DataFrame | None = None) -> list[Path]:
    """Write the four files of a figure into `folder`, atomically."""
    folder = prepare_output_dir(folder)
    files = {folder / file: content for file, content in figure_files(name, chart, figure,
                                                                       data).items()}
    write_files(files)
    return sorted(files)
