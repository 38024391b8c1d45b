"""Scoring extracted statistics against a hand-made gold annotation.

Shared by the tests and the benchmarks so both count a hit the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

#: Columns compared in the strict score, besides the value.
STRICT_COLUMNS = ("qualifier", "kind", "unit")


@dataclass(frozen=True)
class Score:
    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path, text: str) -> pd.DataFrame:
    """A gold CSV with `char_start`/`char_end` added from each row's surface and occurrence."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    starts, ends = [], []
    for surface, occurrence in zip(gold["surface"], gold["occurrence"]):
        position = -1
        for _ in range(int(occurrence)):
            position = text.find(surface, position + 1)
            if position < 0:
                raise ValueError(f"{path}: {surface!r} occurs fewer than {occurrence} times")
        starts.append(position)
        ends.append(position + len(surface))
    gold["char_start"], gold["char_end"] = starts, ends
    gold["value"] = gold["value"].astype(float)
    return gold


def same_value(a: float, b: float) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def match(predicted: pd.DataFrame, gold: pd.DataFrame, strict: bool = False) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index): overlapping spans with the same value
    (and, when strict, the same qualifier, kind and unit). Each side is used once."""
    pairs, used = [], set()
    for i, row in predicted.iterrows():
        for j, expected in gold.iterrows():
            if j in used or row["char_end"] <= expected["char_start"] or \
                    expected["char_end"] <= row["char_start"]:
                continue
            if not same_value(row["value"], expected["value"]):
                continue
            if strict and any(str(row[c]) != str(expected[c]) for c in STRICT_COLUMNS):
                continue
            pairs.append((i, j))
            used.add(j)
            break
    return pairs


def score(predicted: pd.DataFrame, gold: pd.DataFrame, strict: bool = False) -> Score:
    return Score(len(match(predicted, gold, strict)), len(predicted), len(gold))
