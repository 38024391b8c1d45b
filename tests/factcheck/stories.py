"""The fact-check stories: texts with hand-computed expected verdicts, and their scoring.

Each story is `NN-name.txt` (the text), `NN-name.yml` (published date, style, split: dev
(tuned on), locked (scored only to report) or seen (a locked batch after its one scoring, not
yet tuned on: reported, never asserted)) and `NN-name.csv` (one row per claim: `anchor`, words of the claim as printed;
`expected` verdict; `figure`, the official figure it rests on, computed by hand from
data/reference/; `planted`, yes for a deliberate error). A claim is matched to the
fact-check row whose span overlaps the anchor's first occurrence in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

FOLDER = Path(__file__).resolve().parent


@dataclass
class Story:
    name: str
    text_path: Path
    published: str
    split: str
    expected: pd.DataFrame


def stories() -> list[Story]:
    found = []
    for text in sorted(FOLDER.glob("*.txt")):
        meta = yaml.safe_load(text.with_suffix(".yml").read_text(encoding="utf-8"))
        expected = pd.read_csv(text.with_suffix(".csv"), dtype=str, keep_default_na=False)
        found.append(Story(text.stem, text, str(meta["published"]), meta["split"], expected))
    return found


def score(story: Story, table: pd.DataFrame, text: str) -> pd.DataFrame:
    """Expected claims beside the verdict the fact-checker gave (`got`; 'missing' when no
    row covers the anchor)."""
    claims = table.drop_duplicates("claim_id")
    rows = []
    for item in story.expected.to_dict("records"):
        start = text.find(item["anchor"])
        if start < 0:
            raise ValueError(f"{story.name}: anchor {item['anchor']!r} not in the text")
        end = start + len(item["anchor"])
        hits = claims[(claims["char_start"] < end) & (claims["char_end"] > start)]
        if len(hits) > 1:  # the claim whose span is nearest the anchor
            hits = hits.iloc[[int((abs(hits["char_start"] - start)).argmin())]]
        got = hits["verdict"].iloc[0] if len(hits) else "missing"
        rows.append({**item, "story": story.name, "split": story.split, "got": got,
                     "explanation": hits["explanation"].iloc[0] if len(hits) else ""})
    return pd.DataFrame(rows)


def run(story: Story) -> pd.DataFrame:
    from analysis.article import load_article
    from analysis.factcheck import check_claims
    from analysis.statistics import extract_statistics

    article = load_article(story.text_path, story.published)
    table = check_claims(article, extract_statistics(article))
    return score(story, table, article.text)


#: One-claim probe sentences (dev: tuned on), written by hand with verdicts computed from
#: data/reference/ before the checker was run on them: `id, published, text, anchor,
#: expected, figure`.
PROBES = FOLDER / "probes.csv"
#: Probes of the same kind written blind and scored only to report (benchmarks/factcheck.py
#: --locked), never tuned on.
LOCKED_PROBES = FOLDER / "probes_locked.csv"


def run_probes(path: Path = PROBES) -> pd.DataFrame:
    """Each probe's expected verdict beside the one the fact-checker gives."""
    from analysis.article import article_from_text
    from analysis.factcheck import check_claims
    from analysis.statistics import extract_statistics

    probes = pd.read_csv(path, dtype=str, keep_default_na=False)
    checked: dict[tuple[str, str], tuple] = {}
    rows = []
    for item in probes.to_dict("records"):
        key = (item["text"], item["published"])
        if key not in checked:
            article = article_from_text(item["text"], item["published"], article_id="probe")
            checked[key] = (article, check_claims(article, extract_statistics(article)))
        article, table = checked[key]
        story = Story(item["id"], Path(), item["published"], "dev",
                      pd.DataFrame([item])[["anchor", "expected", "figure"]].assign(planted=""))
        rows.append(score(story, table, article.text).iloc[0].to_dict())
    return pd.DataFrame(rows)
