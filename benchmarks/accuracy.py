"""Accuracy on the evaluation corpus (tests/corpus/) and the seed, per text and per split.

Statistics: F1 strict (overlapping span, same value, qualifier and kind, and the unit or the
subject right; see analysis.evaluation) and lenient (overlapping span, same value), beside
quantulum3 (lenient). Dates: the share of gold time references resolved to the right
interval, and the false dates. Quotes: credited right, credited to a wrong person, left
blank, missed.

    python benchmarks/accuracy.py            # dev split and seed (what rules are tuned on)
    python benchmarks/accuracy.py --test     # also the locked test split: each run is a look,
                                             # logged in benchmarks/test_looks.csv

Run: make bench (dev and seed only).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import subprocess
import warnings
from pathlib import Path

import pandas as pd

from analysis.article import load_article
from analysis.evaluation import (TextScore, corpus_texts, load_gold, pooled, score, score_text,
                                 seed_texts)
from analysis.paths import ROOT

LOOKS = ROOT / "benchmarks" / "test_looks.csv"


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


def _quantulum_f1(text_path: Path, gold_stem: Path) -> float:
    article = load_article(text_path)
    gold = load_gold(Path(f"{gold_stem}.statistics.csv"), article.text)
    return score(quantulum_table(article.text), gold).f1


def _row(result: TextScore, quantulum: float | None) -> str:
    s, d, q = result.statistics, result.dates, result.quotes
    theirs = f"{quantulum:.2f}" if quantulum is not None else "-"
    quotes = f"{q.right}/{q.expected}" if q.expected else "-"
    return (f"| {result.name} | {s.f1:.2f} | {s.true_positives}/{s.expected} ({s.predicted} found) "
            f"| {theirs} | {d.share_right:.0%} ({d.right}/{d.expected}) | {d.false} | {quotes} "
            f"| {q.wrong} | {q.blank} | {q.missed} |")


HEADER = ("| text | stats F1 strict | right/gold | quantulum3 F1 | dates right | false dates "
          "| quotes right | wrong person | blank | missed |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")


def report(name: str, texts: list[tuple[Path, Path]], with_quantulum: bool) -> TextScore:
    print(f"\n### {name} ({len(texts)} texts)\n\n{HEADER}")
    results = []
    for text_path, gold_stem in texts:
        result = score_text(text_path, gold_stem)
        results.append(result)
        print(_row(result, _quantulum_f1(text_path, gold_stem) if with_quantulum else None))
    total = pooled(results)
    print(_row(TextScore(f"**all {name}**", total.statistics, total.dates, total.quotes), None))
    return total


def _log_look(total: TextScore) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    new = not LOOKS.exists()
    with LOOKS.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if new:
            writer.writerow(["when_utc", "commit", "stats_f1", "dates_right", "quotes_right",
                             "quotes_wrong", "quotes_blank", "quotes_missed", "quotes_gold"])
        q = total.quotes
        writer.writerow([dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"), commit,
                         f"{total.statistics.f1:.3f}", f"{total.dates.share_right:.3f}",
                         q.right, q.wrong, q.blank, q.missed, q.expected])


def main() -> None:
    warnings.filterwarnings("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="also score the locked test split "
                        "(a look: logged in benchmarks/test_looks.csv)")
    parser.add_argument("--no-quantulum", action="store_true", help="skip quantulum3 (slow)")
    args = parser.parse_args()
    with_q = not args.no_quantulum
    report("seed", seed_texts(), with_q)
    report("dev", corpus_texts("dev"), with_q)
    if args.test:
        total = report("test", corpus_texts("test"), with_q)
        _log_look(total)


if __name__ == "__main__":
    main()
