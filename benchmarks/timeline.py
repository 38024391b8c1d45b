"""Dated references and quote credits on the seed, against its gold, beside dateparser.

Prints the share of gold time references resolved to the right interval, the false dates
(references reported that the gold does not hold), and the same for
dateparser.search_dates on the same text; then the share of quotes credited to the right
person. Run: make bench.
"""

from __future__ import annotations

import datetime as dt
import time
import warnings

import pandas as pd

from analysis.article import load_article
from analysis.paths import ROOT
from analysis.quotes import extract_quotes
from analysis.timeline import extract_events

SEED = ROOT / "seeds" / "mexico-president-us-election.txt"
GOLD = ROOT / "tests" / "gold"


def gold_events(text: str) -> pd.DataFrame:
    gold = pd.read_csv(GOLD / "mexico-president-us-election.events.csv", dtype=str)
    starts = []
    for surface, occurrence in zip(gold["date_text"], gold["occurrence"]):
        position = -1
        for _ in range(int(occurrence)):
            position = text.find(surface, position + 1)
        starts.append(position)
    gold["char_start"] = starts
    gold["char_end"] = gold["char_start"] + gold["date_text"].str.len()
    return gold


def overlapping(gold: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    return gold[(gold["char_start"] < end) & (start < gold["char_end"])]


def score_ours(events: pd.DataFrame, gold: pd.DataFrame) -> tuple[int, int]:
    right, false = 0, 0
    for row in events.itertuples():
        match = overlapping(gold, row.char_start, row.char_end)
        if match.empty:
            false += 1
        elif (match.iloc[0].date_start, match.iloc[0].date_end) == (row.date_start, row.date_end):
            right += 1
    return right, false


def score_dateparser(text: str, published: dt.date, gold: pd.DataFrame) -> tuple[int, int, int]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(published, dt.time())
    found = search_dates(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    right, false, position = 0, 0, 0
    for surface, value in found:
        start = text.find(surface, position)
        position = max(position, start + 1)
        match = overlapping(gold, start, start + len(surface))
        if match.empty:
            false += 1
            continue
        first, last = match.iloc[0].date_start, match.iloc[0].date_end
        if first <= value.date().isoformat() <= last:
            right += 1  # lenient: a point inside the right interval counts
    return right, false, len(found)


def main() -> None:
    warnings.filterwarnings("ignore")
    article = load_article(SEED)
    gold = gold_events(article.text)
    started = time.perf_counter()
    events = extract_events(article)
    ours_time = time.perf_counter() - started
    right, false = score_ours(events, gold)
    started = time.perf_counter()
    dp_right, dp_false, dp_found = score_dateparser(article.text, article.published, gold)
    dp_time = time.perf_counter() - started
    print(f"seed: {len(gold)} gold time references (published {article.published})\n")
    print(f"{'extractor':<26}{'found':>6}{'right interval':>16}{'false dates':>13}{'time':>10}")
    print(f"{'border-desk timeline':<26}{len(events):>6}{right / len(gold):>15.0%} "
          f"{false:>12}{ours_time * 1000:>8.1f}ms")
    print(f"{'dateparser.search_dates':<26}{dp_found:>6}{dp_right / len(gold):>15.0%} "
          f"{dp_false:>12}{dp_time * 1000:>8.1f}ms")
    print("  (dateparser counted right when its date falls inside the gold interval)")
    quotes = extract_quotes(article)
    gold_quotes = pd.read_csv(GOLD / "mexico-president-us-election.quotes.csv")
    credited = sum(q.startswith(g) and s == e for q, s, g, e in zip(
        quotes["quote"], quotes["speaker"], gold_quotes["quote_starts"], gold_quotes["speaker"]))
    print(f"\nquotes: {len(quotes)} found, {len(gold_quotes)} in gold, "
          f"{credited / len(gold_quotes):.0%} credited to the right person")


if __name__ == "__main__":
    main()
