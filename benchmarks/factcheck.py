"""Fact-check accuracy on the hand-checked border stories (tests/factcheck/), per split.

For each story: claims expected, verdicts right, false `not_supported` (the worst error:
a true claim called false), planted errors caught (any verdict but `supported`) and
claims missed (no row covers them); then the seed's verdict counts and the time per story.
The expected verdicts were computed by hand from data/reference/ before the checker was
run on a story. Run: .venv/bin/python benchmarks/factcheck.py (also part of make bench): the
dev stories, with every wrong verdict listed. `--locked` also scores the locked stories: a look,
logged in benchmarks/factcheck_looks.csv; their pooled and per-story figures are printed, never
their wrong verdicts (the locked split is reported, not tuned on).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import subprocess
import sys
import time

import pandas as pd

from analysis.article import load_article
from analysis.factcheck import Figures, check_claims
from analysis.paths import ROOT, SEEDS
from analysis.statistics import extract_statistics

sys.path.insert(0, str(ROOT / "tests" / "factcheck"))
import stories as story_set  # noqa: E402


def summary(scores: pd.DataFrame) -> dict:
    right = scores["expected"] == scores["got"]
    planted = scores[scores["planted"] == "yes"]
    return {
        "claims": len(scores), "right": int(right.sum()), "share": f"{right.mean():.1%}",
        "false_not_supported": int(((scores["got"] == "not_supported")
                                    & (scores["expected"] != "not_supported")).sum()),
        "planted_caught": f"{int((~planted['got'].isin(['supported', 'missing'])).sum())}/"
                          f"{len(planted)}",
        "missed": int((scores["got"] == "missing").sum()),
    }


LOOKS = ROOT / "benchmarks" / "factcheck_looks.csv"


def _log_look(scores: pd.DataFrame) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    s = summary(scores)
    new = not LOOKS.exists()
    with LOOKS.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if new:
            writer.writerow(["when_utc", "commit", "stories", "claims", "right",
                             "false_not_supported", "planted_caught", "missed"])
        writer.writerow([dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"), commit,
                         scores["story"].nunique(), s["claims"], s["right"],
                         s["false_not_supported"], s["planted_caught"], s["missed"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locked", action="store_true", help="also score the locked stories "
                        "(a look: logged in benchmarks/factcheck_looks.csv)")
    args = parser.parse_args()
    figures = Figures.load()
    rows, timings = [], []
    for story in story_set.stories():
        if story.split == "locked" and not args.locked:
            continue
        article = load_article(story.text_path, story.published)
        start = time.perf_counter()
        table = check_claims(article, extract_statistics(article), figures)
        timings.append(time.perf_counter() - start)
        rows.append(story_set.score(story, table, article.text))
    scores = pd.concat(rows, ignore_index=True)
    print("| story | split | claims | right | false not_supported | planted caught | missed |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, group in scores.groupby("story", sort=True):
        s = summary(group)
        print(f"| {name} | {group['split'].iloc[0]} | {s['claims']} | {s['right']} | "
              f"{s['false_not_supported']} | {s['planted_caught']} | {s['missed']} |")
    print()
    print("| split | claims | right | share | false not_supported | planted caught | missed |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for split, group in list(scores.groupby("split")) + [("all", scores)]:
        s = summary(group)
        print(f"| {split} | {s['claims']} | {s['right']} | {s['share']} | "
              f"{s['false_not_supported']} | {s['planted_caught']} | {s['missed']} |")
    if args.locked:
        _log_look(scores[scores["split"] == "locked"])
    wrong = scores[(scores["expected"] != scores["got"]) & (scores["split"] != "locked")]
    if len(wrong):
        print("\nwrong verdicts:")
        for item in wrong.itertuples():
            print(f"  {item.story} [{item.split}] \u201c{item.anchor}\u201d: expected "
                  f"{item.expected}, got {item.got}")
    seed = load_article(SEEDS / "mexico-president-us-election.txt")
    checks = check_claims(seed, extract_statistics(seed), figures).drop_duplicates("claim_id")
    counts = checks["verdict"].value_counts().to_dict()
    probes = story_set.run_probes()  # one-claim sentences, dev
    right = probes["expected"] == probes["got"]
    false_no = (probes["got"] == "not_supported") & (probes["expected"] != "not_supported")
    print(f"\nprobe sentences (dev): {int(right.sum())} of {len(probes)} right ({right.mean():.1%}), "
          f"{int(false_no.sum())} false not_supported, "
          f"{int((probes['got'] == 'missing').sum())} missed")
    for item in probes[~right].itertuples():
        print(f"  {item.story} \u201c{item.anchor}\u201d: expected {item.expected}, got {item.got}")
    if args.locked and story_set.LOCKED_PROBES.exists():  # a look: pooled figures only
        locked = story_set.run_probes(story_set.LOCKED_PROBES)
        s = summary(locked.assign(planted=""))
        print(f"\nlocked probe sentences: {s['right']} of {s['claims']} right ({s['share']}), "
              f"{s['false_not_supported']} false not_supported, {s['missed']} missed")
        _log_look(locked.assign(planted="", story="probes"))
    print(f"\nseed: {len(checks)} claims: " + ", ".join(f"{counts[v]} {v}" for v in sorted(counts)))
    for item in checks[checks["verdict"] == "not_checkable"].itertuples():
        print(f"  not_checkable \u201c{item.claim_text}\u201d: {item.explanation[:110]}")
    timings.sort()
    print(f"\ntime per story (check_claims with extraction, median of {len(timings)}): "
          f"{1000 * timings[len(timings) // 2]:.0f} ms")


if __name__ == "__main__":
    main()
