"""Adversarial timing: time per kB and peak memory of extracting every table from hostile
texts, each at two sizes, against the seed article.

Cases: only numbers, a pasted table, one long line (up to the 5 MB limit), thousands of
quotation marks, long runs of capitalised words. Each size runs in a fresh process (so
peak memory is its own), which warms up on the seed and then times reading the file and
building every table `extract` writes.
Targets (issue 14): doubling a text costs at most 2.5 times its time, and no case costs
more than 10 times the seed's time per kB. The figures are printed, not asserted; they
are quoted in benchmarks/RESULTS.md. Run: .venv/bin/python benchmarks/adversarial.py
[--quick] (--quick: smaller sizes, for a look in a minute).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "mexico-president-us-election.txt"


def only_numbers(size: int) -> str:
    words, i = [], 0
    while sum(map(len, words)) + len(words) < size:
        words.append(f"{(i * 7919) % 100000:,}")
        i += 1
    return "Figures\n\n" + " ".join(words) + "\n"


def pasted_table(size: int) -> str:
    lines, i = ["Month | Border Patrol | Ports of entry | Total", ""], 0
    while sum(map(len, lines)) < size:
        lines.append(f"{['Jan', 'Feb', 'Mar', 'Apr'][i % 4]} {2000 + i % 25} | "
                     f"{100000 + i * 37:,} | {50000 + i * 11:,} | {150000 + i * 48:,}")
        i += 1
    return "\n".join(lines) + "\n"


def one_line(size: int) -> str:
    sentence = ("The agency said 1,200 migrants crossed near El Paso in December, "
                "more than double the number a year earlier, officials said ")
    body = size - len("Headline\n\n\n")  # the whole file is `size` bytes: 5 MB is the limit
    return "Headline\n\n" + (sentence * (body // len(sentence) + 1))[:body] + "\n"


def quotation_marks(size: int) -> str:
    chunk = '\u201cWe will not,\u201d he said. "No," she said. \u201c'
    return "Quotes\n\n" + (chunk * (size // len(chunk) + 1))[:size] + "\n"


def capitalised_words(size: int) -> str:
    names = ["Andres", "Manuel", "Lopez", "Obrador", "Joe", "Biden", "Customs", "Border",
             "Protection", "Mexico", "City", "Ciudad", "Juarez", "State", "Department"]
    words = []
    while sum(map(len, words)) + len(words) < size:
        words.append(names[len(words) % len(names)])
    return "Names\n\n" + " ".join(words) + " said.\n"


CASES: dict[str, tuple[Callable[[int], str], tuple[int, int]]] = {
    # name: (text of about N bytes, the two sizes in bytes)
    "only numbers": (only_numbers, (50_000, 100_000)),
    "pasted table": (pasted_table, (50_000, 100_000)),
    "one long line": (one_line, (2_500_000, 5_000_000)),
    "quotation marks": (quotation_marks, (50_000, 100_000)),
    "capitalised words": (capitalised_words, (50_000, 100_000)),
}


def measure_one(path: str) -> None:
    """Child mode: warm up on the seed (imports, caches), then time reading and extracting
    every table of `path`; print seconds and this process's peak memory in kB."""
    from analysis.article import load_article
    from analysis.pipeline import EXTRACTED, run

    run(load_article(SEED), EXTRACTED)
    started = time.perf_counter()
    article = load_article(path, "2024-03-26")
    rows = sum(len(table) for table in run(article, EXTRACTED).values())
    seconds = time.perf_counter() - started
    print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rows)


def run_one(path: Path) -> tuple[float, int, int]:
    """(seconds, peak kB, rows) of one text, measured in a fresh process."""
    result = subprocess.run([sys.executable, __file__, "--one", str(path)], cwd=ROOT,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{path.name}: {result.stderr.strip().splitlines()[-1]}")
    seconds, peak, rows = result.stdout.split()
    return float(seconds), int(peak), int(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    parser.add_argument("--one", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        measure_one(args.one)
        return
    scale = 0.1 if args.quick else 1.0
    seed_seconds, seed_peak, _ = run_one(SEED)
    seed_kb = SEED.stat().st_size / 1000
    seed_rate = seed_seconds / seed_kb
    print(f"seed: {seed_kb:.1f} kB in {seed_seconds:.3f} s = {seed_rate * 1000:.1f} ms/kB, "
          f"peak {seed_peak / 1024:.0f} MB (reading and every table; imports excluded)\n")
    print("| case | kB | s | ms/kB | x seed ms/kB | peak MB | rows | doubling: time x |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as scratch:
        for name, (make, sizes) in CASES.items():
            previous = None
            for size in sizes:
                size = int(size * scale)
                path = Path(scratch) / f"{name.replace(' ', '-')}-{size}.txt"
                path.write_text(make(size), encoding="utf-8")
                kb = path.stat().st_size / 1000
                seconds, peak, rows = run_one(path)
                rate = seconds / kb
                growth = f"{seconds / previous:.2f}" if previous else ""
                print(f"| {name} | {kb:,.0f} | {seconds:.2f} | {rate * 1000:.1f} | "
                      f"{rate / seed_rate:.2f} | {peak / 1024:.0f} | {rows:,} | {growth} |",
                      flush=True)
                previous = seconds


if __name__ == "__main__":
    main()
