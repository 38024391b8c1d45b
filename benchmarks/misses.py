"""What the extractor gets wrong on the dev split (never the locked test split): one line
per miss, to read when writing a rule.

    python benchmarks/misses.py [--only quotes|statistics|dates] [NAME ...]
"""

from __future__ import annotations

import argparse
import warnings

import pandas as pd

from analysis.article import load_article
from analysis.evaluation import (_folded, _text, corpus_texts, load_gold, load_gold_events,
                                 match, same_speaker, seed_texts)
from analysis.pipeline import run


def quote_misses(quotes: pd.DataFrame, gold: pd.DataFrame) -> list[str]:
    lines, used = [], set()
    found = [(_folded(q), _text(s)) for q, s in zip(quotes["quote"], quotes["speaker"])]
    for expected in gold.itertuples():
        starts = _folded(expected.quote_starts)
        index = next((i for i, (q, _) in enumerate(found) if i not in used and q.startswith(starts)),
                     None)
        if index is None:
            lines.append(f"  quote MISSED  {starts[:50]!r} (gold {expected.speaker!r})")
            continue
        used.add(index)
        got = found[index][1]
        if not same_speaker(got, expected.speaker):
            label = "BLANK" if not got else "WRONG"
            lines.append(f"  quote {label:6} {starts[:50]!r}: got {got!r}, gold "
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
    lines, used = [], set()
    for row in events.itertuples():
        overlapping = gold[(gold["char_start"] < row.char_end) & (row.char_start < gold["char_end"])]
        if overlapping.empty:
            lines.append(f"  date FALSE   {row.date_text!r} -> {row.date_start}..{row.date_end}")
            continue
        used.add(overlapping.index[0])
        want = overlapping.iloc[0]
        if (row.date_start, row.date_end) != (want["date_start"], want["date_end"]):
            lines.append(f"  date WRONG   {want['date_text']!r}: got {row.date_start}..{row.date_end}"
                         f" ({row.date_text!r}), gold {want['date_start']}..{want['date_end']}")
    for j, want in gold.iterrows():
        if j not in used:
            lines.append(f"  date MISSED  {want['date_text']!r} gold {want['date_start']}.."
                         f"{want['date_end']}")
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
