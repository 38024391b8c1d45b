"""Accuracy on the evaluation corpus (tests/corpus/) and the seed, per table and per text.

Statistics: precision, recall and F1, strict (same span, value, qualifier, kind and unit)
and lenient (overlapping span, same value), beside quantulum3 (lenient). Dates: the share
of gold time references resolved to the right interval and the false dates, beside
dateparser.search_dates (right when its date falls inside the gold interval). Quotes: the
share credited to the right speaker. Run: make bench.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pandas as pd

from analysis.article import load_article
from analysis.evaluation import load_gold, load_gold_events, score, score_events, score_quotes
from analysis.paths import ROOT
from analysis.pipeline import run

CORPUS = ROOT / "tests" / "corpus"
TEXTS = [(p, CORPUS / "gold" / p.stem) for p in sorted(CORPUS.glob("*.txt"))] + [
    (ROOT / "seeds" / "mexico-president-us-election.txt",
     ROOT / "tests" / "gold" / "mexico-president-us-election")]


def quantulum_table(text: str) -> pd.DataFrame:
    from quantulum3 import parser

    rows = [{"char_start": q.span[0], "char_end": q.span[1], "value": q.value}
            for q in parser.parse(text)]
    return pd.DataFrame(rows, columns=["char_start", "char_end", "value"])


def dateparser_table(text: str, published: dt.date) -> pd.DataFrame:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "past"}) or []
    rows, position = [], 0
    for surface, value in found:
        start = text.find(surface, position)
        position = max(position, start + 1)
        day = value.date().isoformat()
        rows.append({"char_start": start, "char_end": start + len(surface),
                     "date_start": day, "date_end": day})
    return pd.DataFrame(rows, columns=["char_start", "char_end", "date_start", "date_end"])


def lenient_dates(found: pd.DataFrame, gold: pd.DataFrame) -> tuple[int, int]:
    right, false = 0, 0
    for row in found.itertuples():
        overlap = gold[(gold["char_start"] < row.char_end) & (row.char_start < gold["char_end"])]
        if overlap.empty:
            false += 1
        elif overlap.iloc[0]["date_start"] <= row.date_start <= overlap.iloc[0]["date_end"]:
            right += 1
    return right, false


def main() -> None:
    warnings.filterwarnings("ignore")
    print(f"{'text':<30}{'stats F1 strict':>16}{'lenient':>9}{'quantulum3':>12}"
          f"{'dates right':>13}{'false':>7}{'dateparser':>12}{'false':>7}{'quotes':>9}")
    worst = 1.0
    for text_path, gold_stem in TEXTS:
        article = load_article(text_path)
        gold = load_gold(Path(f"{gold_stem}.statistics.csv"), article.text)
        tables = run(article, ["statistics", "events", "quotes"])
        ours = tables["statistics"]
        strict, lenient = score(ours, gold, strict=True), score(ours, gold)
        theirs = score(quantulum_table(article.text), gold)
        worst = min(worst, strict.f1)
        gold_events = load_gold_events(f"{gold_stem}.events.csv", article.text)
        dates = score_events(tables["events"], gold_events)
        dp = dateparser_table(article.text, article.published)
        dp_right, dp_false = lenient_dates(dp, gold_events)
        quotes_gold = pd.read_csv(f"{gold_stem}.quotes.csv", keep_default_na=False)
        credited, _, expected = score_quotes(tables["quotes"], quotes_gold)
        quotes = f"{credited}/{expected}" if expected else "-"
        print(f"{text_path.stem[:29]:<30}{strict.f1:>16.2f}{lenient.f1:>9.2f}{theirs.f1:>12.2f}"
              f"{dates.share_right:>13.0%}{dates.false:>7}"
              f"{dp_right / max(1, len(gold_events)):>12.0%}{dp_false:>7}{quotes:>9}")
    print(f"\nlowest strict statistics F1 on a text: {worst:.2f} (target at least 0.90)")


if __name__ == "__main__":
    main()
