"""Scale: time and peak memory to extract every table from 100 to 1,000 articles.

The articles are the seed and the evaluation corpus repeated, each copy made distinct by
a last line, so no cache helps. Extraction runs as `python -m analysis extract` does for a
batch: two processes on two cores. Target: 1,000 articles in under 30 seconds, with time
growing linearly. Run: make bench.
"""

from __future__ import annotations

import os
import platform
import resource
import tempfile
import time
from pathlib import Path

from analysis.cli import extract_paths
from analysis.paths import ROOT

SOURCES = [ROOT / "seeds" / "mexico-president-us-election.txt",
           *sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))]


def make_articles(folder: Path, count: int) -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in SOURCES]
    paths = []
    for i in range(count):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(texts[i % len(texts)] + f"\nCopy {i}.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def main() -> None:
    jobs = min(2, os.cpu_count() or 1)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; {jobs} processes")
    with tempfile.TemporaryDirectory() as scratch:
        paths = make_articles(Path(scratch), 1000)
        size = sum(os.path.getsize(p) for p in paths) / len(paths)
        print(f"articles: {size / 1000:.1f} kB on average\n")
        print(f"{'articles':>9}{'seconds':>10}{'ms/article':>12}{'rows':>9}")
        for count in (100, 250, 500, 1000):
            started = time.perf_counter()
            tables = extract_paths(paths[:count], "2024-03-26", jobs=jobs)
            seconds = time.perf_counter() - started
            rows = sum(len(t) for t in tables.values())
            print(f"{count:>9}{seconds:>10.2f}{seconds / count * 1000:>12.1f}{rows:>9}")
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(f"\npeak resident memory of one process: {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
