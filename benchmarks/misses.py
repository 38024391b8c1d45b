"""What the extractor gets wrong on the dev split (never the locked test split): one line
per miss, to read when writing a rule.

    python benchmarks/misses.py [--only quotes|statistics|dates] [NAME ...]
"""

from __future__ import annotations

import argparse
import warnings

import pandas as pd

from analysis.article import load_article
from analysis.evaluation import (_folded, _text, corpus_texts, event_outcomes, load_gold,
                                 load_gold_events, match, quote_outcomes, seed_texts)
from analysis.pipeline import run


def quote_misses(quotes: pd.DataFrame, gold: pd.DataFrame) -> list[str]:
    lines = []
    for expected, got, outcome in quote_outcomes(quotes, gold):
        starts = _folded(expected.quote_starts)
        if outcome == "missed":
            lines.append(f"  quote MISSED  {starts[:50]!r} (gold {expected.speaker!r})")
        elif outcome != "right":
            lines.append(f"  quote {outcome.upper():6} {starts[:50]!r}: got {got!r}, gold "
                         f"{expected.speaker!r} [{expected.form}]")
    return lines


def statistic_misses(found: pd.DataFrame, gold: pd.DataFrame, text: str) -> list[str]:
    lines = []
    strict = dict(match(found, gold, strict=True))
    lenient = dict(match(found, gold, strict=False))
    right_gold = set(strict.values())
    for j, row in gold.iterrows():
        if j in right_gold:
            continue
        partner = next((i for i, k in lenient.items() if k == j), None)
        if partner is None:
            lines.append(f"  stat MISSED  {row['surface']!r} {row['qualifier']} {row['kind']} "
                         f"unit={_text(row['unit'])!r} subject={_text(row['subject'])!r}")
        else:
            got = found.loc[partner]
            lines.append(f"  stat WRONG   {row['surface']!r} gold {row['qualifier']}/{row['kind']}/"
                         f"{_text(row['unit'])!r}/{_text(row['subject'])!r}  got {got['qualifier']}/"
                         f"{got['kind']}/{_text(got['unit'])!r}/{_text(got['subject'])!r}")
    for i, row in found.iterrows():
        if i not in lenient:
            lines.append(f"  stat FALSE   {text[row['char_start']:row['char_end']]!r} value="
                         f"{row['value']} ({_text(row['unit'])})")
    return lines


def date_misses(events: pd.DataFrame, gold: pd.DataFrame) -> list[str]:
    outcomes, missed = event_outcomes(events, gold)
    lines = []
    for row, want, right in outcomes:
        if want is None:
            lines.append(f"  date FALSE   {row.date_text!r} -> {row.date_start}..{row.date_end}")
        elif not right:
            lines.append(f"  date WRONG   {want['date_text']!r}: got {row.date_start}..{row.date_end}"
                         f" ({row.date_text!r}), gold {want['date_start']}..{want['date_end']}")
    lines += [f"  date MISSED  {want['date_text']!r} gold {want['date_start']}..{want['date_end']}"
              for want in missed]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--only", choices=("quotes", "statistics", "dates"))
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    for text_path, stem in seed_texts() + corpus_texts("dev"):
        if args.names and text_path.stem not in args.names:
            continue
        article = load_article(text_path)
        tables = run(article, ["statistics", "events", "quotes"])
        lines = []
        if args.only in (None, "quotes"):
            gold = pd.read_csv(f"{stem}.quotes.csv", dtype=str, keep_default_na=False)
            lines += quote_misses(tables["quotes"], gold)
        if args.only in (None, "statistics"):
            lines += statistic_misses(tables["statistics"],
                                      load_gold(f"{stem}.statistics.csv", article.text), article.text)
        if args.only in (None, "dates"):
            lines += date_misses(tables["events"], load_gold_events(f"{stem}.events.csv", article.text))
        if lines:
            print(text_path.stem)
            print("\n".join(lines))


if __name__ == "__main__":
    main()
