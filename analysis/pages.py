"""The report's pages as a newsroom would publish them: one shell (real title, the
article's headline, date and publisher, navigation, viewport meta, styles that let tables
scroll on a phone) around each notebook's outputs; an index with the verdict summary and a
thumbnail of each figure; and an index across every article rendered.

Pure string building from what the report gathered; `analysis.report` writes the files.
Everything from the article is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from analysis.charts import VERDICT_COLOURS, VERDICT_WORDS

#: The shared Vega libraries, one copy per report (pages stay small; file:// works).
VEGA_ASSET = "assets/vega.js"
_LIBRARY_BLOCK = re.compile(r"<script data-bd-vega(?:=\"\")?>.*?</script>", re.S)


@dataclass
class ArticleInfo:
    """What every page says about the article."""

    article_id: str
    headline: str
    published: str
    publisher: str = ""
    byline: str = ""
    verdicts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, article, verdicts: dict[str, int] | None = None) -> "ArticleInfo":
        meta = article.metadata or {}
        original = meta.get("original") if isinstance(meta.get("original"), dict) else {}
        first_line = article.text.strip().splitlines()[0] if article.text.strip() else ""
        headline = str(meta.get("title") or first_line or article.article_id)
        return cls(article.article_id, " ".join(headline.split())[:200],
                   article.published.isoformat() if article.published else "",
                   str(meta.get("publisher") or original.get("publisher") or ""),
                   str(meta.get("byline") or ""), dict(verdicts or {}))

    def dateline(self) -> str:
        parts = []
        if self.published:
            parts.append(dt.date.fromisoformat(self.published).strftime("%-d %B %Y"))
        if self.byline:
            parts.append("by " + self.byline)
        if self.publisher:
            parts.append(("after " if self.byline else "") + self.publisher)
        return " \u00b7 ".join(parts)


STYLE = """
*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;
margin:0;color:#222;line-height:1.5;background:#fff}
header.bd-head{background:#f4f4f4;border-bottom:1px solid #ddd;padding:.6rem 1rem}
header.bd-head p{margin:.1rem 0}.bd-kicker{font-size:.8rem;color:#555;text-transform:uppercase;
letter-spacing:.04em}.bd-headline{font-weight:700;font-size:1.05rem}.bd-dateline{font-size:.85rem;
color:#555}nav.bd-nav ul{list-style:none;margin:.4rem 0 0;padding:0;display:flex;flex-wrap:wrap;
gap:.2rem .9rem;font-size:.9rem}nav.bd-nav a{color:#0072B2}nav.bd-nav a[aria-current]{
font-weight:700;color:#222;text-decoration:none}main{max-width:62rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25}a{color:#0072B2}img{max-width:100%;height:auto}
.bd-chart,.bd-scroll{overflow-x:auto;max-width:100%}.bd-chart svg{max-width:100%;height:auto}.bd-table{border-collapse:collapse}
.bd-table th{border-bottom:2px solid #ccc}.bd-table td{border-bottom:1px solid #eee}
.bd-downloads{font-size:.9rem}figure.bd-figure{margin:1rem 0}
.bd-badge{display:inline-block;color:#fff;font-weight:600;font-size:.85rem;padding:.1rem .5rem;
border-radius:1rem}.bd-thumbs{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));
gap:1rem;padding:0;list-style:none}.bd-thumbs li{border:1px solid #ddd;border-radius:6px;padding:.5rem}
.anchor-link{display:none}footer{max-width:62rem;margin:2rem auto;padding:0 1rem;font-size:.8rem;color:#666}
@media (max-width:40rem){main{padding:.6rem}h1{font-size:1.3rem}}
"""


def _e(text: str) -> str:
    return html.escape(str(text))


def verdict_badges(verdicts: dict[str, int]) -> str:
    return " ".join(f'<span class="bd-badge" style="background:{VERDICT_COLOURS[v]}">'
                    f"{_e(VERDICT_WORDS[v])}: {verdicts[v]}</span>" for v in VERDICT_COLOURS
                    if v in verdicts)


def shell(info: ArticleInfo, page_title: str, body: str, pages: list[tuple[str, str]],
          current: str, charts: bool = False) -> str:
    """One report page: head, the article's headline and date, navigation, the body."""
    nav = "".join(f'<li><a href="{_e(href)}"' + (' aria-current="page"' if href == current
                                                  else "") + f">{_e(name)}</a></li>"
                  for href, name in [("index.html", "Overview"), *pages])
    script = f'<script src="{VEGA_ASSET}"></script>\n' if charts else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(page_title)} \u2014 {_e(info.headline)}</title>
<style>{STYLE}</style>
{script}</head>
<body><header class="bd-head"><p class="bd-kicker">border-desk report</p>
<p class="bd-headline">{_e(info.headline)}</p>
<p class="bd-dateline">{_e(info.dateline())}</p>
<nav class="bd-nav" aria-label="report pages"><ul>{nav}</ul></nav></header>
<main>
{body}
</main>
<footer>Generated by border-desk from the article <code>{_e(info.article_id)}</code>; every
number links back to the article by character offsets in the tables.</footer>
</body></html>
"""


def notebook_page(fragment: str, info: ArticleInfo, page_title: str,
                  pages: list[tuple[str, str]], current: str) -> str:
    """A notebook's outputs (nbconvert's basic template) in the shell, with the inline Vega
    library replaced by the report's one shared copy."""
    charts = bool(_LIBRARY_BLOCK.search(fragment)) or 'class="bd-chart"' in fragment
    body = _LIBRARY_BLOCK.sub("", fragment)
    return shell(info, page_title, body, pages, current, charts=charts)


def index_page(info: ArticleInfo, pages: list[tuple[str, str]], tables: list[str],
               figures: list[tuple[str, str]]) -> str:
    """The report's front page: verdict summary, pages, a thumbnail of each figure with its
    files, and the tables to download."""
    page_items = "".join(f'<li><a href="{_e(href)}">{_e(name)}</a></li>' for href, name in pages)
    table_items = "".join(f'<li><a href="tables/{_e(t)}" download>{_e(t)}</a></li>'
                          for t in tables)
    thumbs = "".join(
        f'<li><a href="figures/{_e(f)}.html"><img src="figures/{_e(f)}.png" alt="{_e(alt)}" '
        f'></a><p>{_e(alt)}</p><p class="bd-downloads">'
        + " \u00b7 ".join(f'<a href="figures/{_e(f)}.{x}">{label}</a>' for x, label in
                          (("html", "Chart page"), ("png", "PNG"), ("svg", "SVG"),
                           ("csv", "Download this data (CSV)"))) + "</p></li>"
        for f, alt in figures)
    checked = sum(info.verdicts.values())
    summary = (f"<p><strong>{checked} claim{'' if checked == 1 else 's'} checked</strong> against official figures: "
               f"{verdict_badges(info.verdicts)}</p>" if checked else
               "<p>The article makes no claim that official figures can check.</p>")
    body = f"""<h1>{_e(info.headline)}</h1>
<p>The article's numbers, timeline, quotes and sources, checked against official U.S.
border figures.</p>
<section aria-label="verdict summary">{summary}</section>
<h2>Pages</h2><ol>{page_items}</ol>
<h2>Figures</h2><ul class="bd-thumbs">{thumbs}</ul>
<h2>Tables</h2><ul>{table_items}</ul>"""
    return shell(info, "Overview", body, pages, "index.html")


def reports_index(reports: list[tuple[str, ArticleInfo]]) -> str:
    """The page that lists every article rendered into one reports folder."""
    rows = "".join(
        f'<tr><td><a href="{_e(folder)}/index.html">{_e(info.headline)}</a></td>'
        f"<td>{_e(info.published)}</td><td>{_e(info.publisher)}</td>"
        f"<td>{verdict_badges(info.verdicts) or 'no checkable claim'}</td></tr>"
        for folder, info in reports)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>border-desk reports</title><style>{STYLE}</style></head>
<body><main><h1>border-desk reports</h1><p>{len(reports)} article{"" if len(reports) == 1 else "s"} rendered.</p>
<div class="bd-scroll"><table class="bd-table"><thead><tr><th>article</th><th>published</th>
<th>publisher</th><th>verdicts</th></tr></thead><tbody>{rows}</tbody></table></div>
</main></body></html>
"""


def read_info(report: Path) -> ArticleInfo | None:
    """The article facts a rendered report recorded (report.json), or None."""
    import json

    try:
        data = json.loads((report / "report.json").read_text(encoding="utf-8"))
        return ArticleInfo(**data)
    except (OSError, ValueError, TypeError):
        return None
