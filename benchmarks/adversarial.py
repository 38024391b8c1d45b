"""Adversarial timing: time per kB and peak memory of extracting every table from hostile
texts, each at two sizes, against the seed article.

Cases: only numbers, a pasted table, one long line (up to the 5 MB limit), thousands of
quotation marks, long runs of capitalised words. Each size runs in a fresh process (so
peak memory is its own) through `python -m analysis extract`, the command a user runs.
Targets (issue 14): doubling a text costs at most 2.5 times its time, and no case costs
more than 10 times the seed's time per kB. The figures are printed, not asserted; they
are quoted in benchmarks/RESULTS.md. Run: .venv/bin/python benchmarks/adversarial.py
[--quick] (--quick: smaller sizes, for a look in a minute).
"""

from __future__ import annotations

import argparse
import os
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
    return "Headline\n\n" + (sentence * (size // len(sentence) + 1))[:size] + "\n"


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


def run_extract(path: Path, out: Path) -> tuple[float, int, int]:
    """(seconds, peak kB of the child, exit status) of one extract run in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "analysis", "extract", str(path), "--out",
                             str(out), "--published", "2024-03-26"], cwd=ROOT,
                            capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if result.returncode != 0:
        print(f"  exit {result.returncode}: {result.stderr.strip()}", file=sys.stderr)
    return seconds, max(peak, before), result.returncode


def startup_seconds(folder: Path) -> float:
    """The fixed cost of a run (interpreter, imports): a one-line article's time."""
    tiny = folder / "tiny.txt"
    tiny.write_text("A headline.\n", encoding="utf-8")
    return min(run_extract(tiny, folder / "out")[0] for _ in range(2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    args = parser.parse_args()
    scale = 0.1 if args.quick else 1.0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        fixed = startup_seconds(folder)
        seed_seconds, seed_peak, _ = run_extract(SEED, folder / "out")
        seed_kb = SEED.stat().st_size / 1000
        seed_rate = max(seed_seconds - fixed, 1e-3) / seed_kb
        print(f"start-up (interpreter and imports, subtracted below): {fixed:.2f} s")
        print(f"seed: {seed_kb:.1f} kB, {seed_seconds - fixed:.2f} s, "
              f"{seed_rate * 1000:.1f} ms/kB, peak {seed_peak / 1024:.0f} MB\n")
        print(f"| case | kB | s | ms/kB | x seed ms/kB | peak MB | doubling: time x |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, (make, sizes) in CASES.items():
            previous = None
            for size in sizes:
                size = int(size * scale)
                path = folder / f"{name.replace(' ', '-')}-{size}.txt"
                path.write_text(make(size), encoding="utf-8")
                kb = path.stat().st_size / 1000
                seconds, peak, status = run_extract(path, folder / "out")
                work = max(seconds - fixed, 1e-3)
                rate = work / kb
                growth = f"{work / previous:.2f}" if previous else ""
                flag = "" if status == 0 else f" (exit {status})"
                print(f"| {name}{flag} | {kb:,.0f} | {work:.2f} | {rate * 1000:.2f} | "
                      f"{rate / seed_rate:.2f} | {peak / 1024:.0f} | {growth} |", flush=True)
                previous = work


if __name__ == "__main__":
    main()
