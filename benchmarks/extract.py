"""Accuracy and speed of the statistics extractor against the seed's gold, beside quantulum3.

Prints precision, recall and F1 (lenient: overlapping span and same value; strict: also the
same qualifier, kind and unit) and the time per article in process. Run: make bench.
"""

from __future__ import annotations

import platform
import statistics as stats
import time
import warnings


from accuracy import quantulum_table
from analysis.article import article_from_text, load_article
from analysis.evaluation import load_gold, score
from analysis.paths import ROOT
from analysis.periods import clear_cache
from analysis.pipeline import run

SEED = ROOT / "seeds" / "mexico-president-us-election.txt"
GOLD = ROOT / "tests" / "gold" / "mexico-president-us-election.statistics.csv"


def statistics_of(article):
    """The statistics table alone, as the pipeline builds it."""
    return run(article, ["statistics"])["statistics"]


def timed(function, repeat: int) -> float:
    """Median seconds per call over `repeat` calls (after one warm-up call)."""
    function()
    samples = []
    for _ in range(repeat):
        clear_cache()  # every timed call reads its sentences afresh
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return stats.median(samples)


def main() -> None:
    warnings.filterwarnings("ignore")
    article = load_article(SEED)
    gold = load_gold(GOLD, article.text)
    ours = statistics_of(article)
    theirs = quantulum_table(article.text)
    print(f"machine: {platform.machine()}, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.system()}")
    print(f"seed: {len(article.text):,} characters, {len(gold)} gold mentions\n")
    print(f"{'extractor':<24}{'match':<9}{'found':>6}{'P':>7}{'R':>7}{'F1':>7}")
    for name, table, strict in [("border-desk", ours, True), ("border-desk", ours, False),
                                ("quantulum3", theirs, False)]:
        result = score(table, gold, strict=strict)
        print(f"{name:<24}{'strict' if strict else 'lenient':<9}{len(table):>6}"
              f"{result.precision:>7.3f}{result.recall:>7.3f}{result.f1:>7.3f}")
    text, published = article.text, article.published
    ours_extract = timed(lambda: statistics_of(article), 50)
    ours_total = timed(lambda: statistics_of(article_from_text(text, published)), 50)
    theirs_time = timed(lambda: quantulum_table(text), 5)
    print("\ntime per article, median (in process, after one warm-up run)")
    print(f"  border-desk statistics on a loaded article     : {ours_extract * 1000:8.2f} ms")
    print(f"  border-desk with sentence splitting (from text):    {ours_total * 1000:8.2f} ms")
    print(f"  quantulum3 parser.parse(text):                      {theirs_time * 1000:8.2f} ms")
    print(f"  speed-up: {theirs_time / ours_extract:.0f}x (extraction), "
          f"{theirs_time / ours_total:.0f}x (with splitting)")


if __name__ == "__main__":
    main()
