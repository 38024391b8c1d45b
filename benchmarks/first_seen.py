"""Import corpus texts and record the score each gets the first time the extractor sees it.

    python benchmarks/first_seen.py --import /work/corpus-staging/b1 [...]
    python benchmarks/first_seen.py            # score texts not yet recorded

`--import` copies every text a staging folder's READY file lists (text, .yml and the three
gold files) into tests/corpus/<split>/ as its .yml says, then, before any rule is changed,
scores each new text with the code as it stands and appends one row to
benchmarks/first_seen.csv (name, split, commit, statistics, dates, quotes). Dev rows are
printed; test rows are recorded but not printed (the test split is only looked at when
reporting: see RESULTS.md). A text already recorded is never scored again here.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import yaml

from analysis.article import load_article
from analysis.evaluation import corpus_texts, score_text
from analysis.paths import ROOT

RECORD = ROOT / "benchmarks" / "first_seen.csv"
CORPUS = ROOT / "tests" / "corpus"
FIELDS = ["name", "split", "commit", "stats_tp", "stats_found", "stats_gold", "stats_f1",
          "dates_right", "dates_gold", "dates_false", "quotes_right", "quotes_wrong",
          "quotes_blank", "quotes_missed", "quotes_gold"]
#: The five texts written for the corpus before this recorder existed: their first-seen
#: scores are the ones quoted in RESULTS.md, not a score of today's code.
KNOWN = {"budget-percentages", "cbp-monthly-update", "dhs-statement", "shelter-quotes",
         "wire-report"}
#: Staged texts left out of the scored corpus, and why.
EXCLUDED = {
    "dhs-mayorkas-title42-briefing": "the same document as wh-briefing-mayorkas-title42-end "
                                     "(delivered twice by two batches); the first kept",
    "wh-article-border-promises-100-days": "the same White House document as "
                                           "wh-promises-kept-border-100-days (two annotators); "
                                           "removed from the corpus so it counts once",
}


def _recorded() -> set[str]:
    if not RECORD.exists():
        return set()
    with RECORD.open(encoding="utf-8") as handle:
        return {row["name"] for row in csv.DictReader(handle)}


def import_folder(staging: Path) -> list[str]:
    """Copy every READY text not yet in the corpus; the names imported."""
    ready = staging / "READY"
    if not ready.exists():
        return []
    imported = []
    for name in ready.read_text(encoding="utf-8").split():
        if name in EXCLUDED or any((CORPUS / s / f"{name}.txt").exists() for s in ("dev", "test")):
            continue
        meta = yaml.safe_load((staging / f"{name}.yml").read_text(encoding="utf-8"))
        split = meta.get("split")
        if split not in ("dev", "test"):
            print(f"{name}: no split in its .yml, not imported", file=sys.stderr)
            continue
        target = CORPUS / split
        (target / "gold").mkdir(parents=True, exist_ok=True)
        for suffix in (".txt", ".yml"):
            shutil.copy(staging / f"{name}{suffix}", target / f"{name}{suffix}")
        for table in ("statistics", "events", "quotes"):
            shutil.copy(staging / "gold" / f"{name}.{table}.csv",
                        target / "gold" / f"{name}.{table}.csv")
        load_article(target / f"{name}.txt")  # it loads
        imported.append(name)
    return imported


def record_new() -> None:
    """Score every corpus text not yet recorded and append its first-seen row."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "analysis"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    commit += "+changes" if dirty else ""
    done = _recorded() | KNOWN
    rows = []
    for split in ("dev", "test"):
        for text, gold in corpus_texts(split):
            if text.stem in done:
                continue
            try:
                result = score_text(text, gold)
            except ValueError as exc:  # the gold names a surface the text lacks
                print(f"{text.stem}: gold does not locate: {exc}", file=sys.stderr)
                continue
            s, d, q = result.statistics, result.dates, result.quotes
            rows.append({"name": text.stem, "split": split, "commit": commit,
                         "stats_tp": s.true_positives, "stats_found": s.predicted,
                         "stats_gold": s.expected, "stats_f1": f"{s.f1:.3f}",
                         "dates_right": d.right, "dates_gold": d.expected, "dates_false": d.false,
                         "quotes_right": q.right, "quotes_wrong": q.wrong, "quotes_blank": q.blank,
                         "quotes_missed": q.missed, "quotes_gold": q.expected})
    new_file = not RECORD.exists()
    with RECORD.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, lineterminator="\n")
        if new_file:
            writer.writeheader()
        writer.writerows(rows)
    for row in rows:
        if row["split"] == "test":
            print(f"{row['name']}: test text, first-seen score recorded, not shown")
        else:
            print(f"{row['name']}: stats F1 {row['stats_f1']} ({row['stats_tp']}/"
                  f"{row['stats_gold']} gold, {row['stats_found']} found), dates "
                  f"{row['dates_right']}/{row['dates_gold']} false {row['dates_false']}, quotes "
                  f"{row['quotes_right']}/{row['quotes_gold']} right, {row['quotes_wrong']} wrong, "
                  f"{row['quotes_blank']} blank, {row['quotes_missed']} missed")


def main() -> None:
    warnings.filterwarnings("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--import", dest="folders", nargs="*", default=[], metavar="DIR")
    args = parser.parse_args()
    for folder in args.folders:
        names = import_folder(Path(folder))
        print(f"{folder}: imported {len(names)}: {' '.join(names)}", file=sys.stderr)
    record_new()


if __name__ == "__main__":
    main()
