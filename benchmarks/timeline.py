"""Dated references and quote credits on the seed, against its gold, beside dateparser.

Prints the share of gold time references resolved to the right interval, the false dates
(references reported that the gold does not hold), the same for dateparser.search_dates on
the same text (counted right when its date falls inside the gold interval), and the share
of quotes credited to the right person. Run: make bench.
"""

from __future__ import annotations

import time
import warnings

import pandas as pd

from accuracy import dateparser_table, lenient_dates
from analysis.article import load_article
from analysis.evaluation import load_gold_events, score_events, score_quotes
from analysis.paths import ROOT
from analysis.pipeline import run

SEED = ROOT / "seeds" / "mexico-president-us-election.txt"
GOLD = ROOT / "tests" / "gold" / "mexico-president-us-election"


def main() -> None:
    warnings.filterwarnings("ignore")
    article = load_article(SEED)
    gold = load_gold_events(f"{GOLD}.events.csv", article.text)
    started = time.perf_counter()
    ours = score_events(run(article, ["events"])["events"], gold)
    ours_time = time.perf_counter() - started
    started = time.perf_counter()
    found = dateparser_table(article.text, article.published)
    dp_right, dp_false = lenient_dates(found, gold)
    dp_time = time.perf_counter() - started
    print(f"seed: {len(gold)} gold time references (published {article.published})\n")
    print(f"{'extractor':<26}{'found':>6}{'right interval':>16}{'false dates':>13}{'time':>10}")
    print(f"{'border-desk timeline':<26}{ours.found:>6}{ours.share_right:>15.0%} "
          f"{ours.false:>12}{ours_time * 1000:>8.1f}ms")
    print(f"{'dateparser.search_dates':<26}{len(found):>6}{dp_right / len(gold):>15.0%} "
          f"{dp_false:>12}{dp_time * 1000:>8.1f}ms")
    print("  (dateparser counted right when its date falls inside the gold interval)")
    gold_quotes = pd.read_csv(f"{GOLD}.quotes.csv")
    credited, found_quotes, expected = score_quotes(run(article, ["quotes"])["quotes"], gold_quotes)
    print(f"\nquotes: {found_quotes} found, {expected} in gold, "
          f"{credited / expected:.0%} credited to the right person")


if __name__ == "__main__":
    main()
