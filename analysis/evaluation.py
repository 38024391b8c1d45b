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
    gold["char_start"] = locate(text, gold["surface"], gold["occurrence"])
    gold["char_end"] = gold["char_start"] + gold["surface"].str.len()
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


def locate(text: str, surfaces, occurrences) -> list[int]:
    """Start offsets of each surface's n-th occurrence in text."""
    starts = []
    for surface, occurrence in zip(surfaces, occurrences):
        position = -1
        for _ in range(int(occurrence)):
            position = text.find(surface, position + 1)
            if position < 0:
                raise ValueError(f"{surface!r} occurs fewer than {occurrence} times")
        starts.append(position)
    return starts


def load_gold_events(path: str | Path, text: str) -> pd.DataFrame:
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    gold["char_start"] = locate(text, gold["date_text"], gold["occurrence"])
    gold["char_end"] = gold["char_start"] + gold["date_text"].str.len()
    return gold


@dataclass(frozen=True)
class DateScore:
    right: int  # gold references found with the right interval
    found: int  # references reported
    false: int  # reported references the gold does not hold
    expected: int

    @property
    def share_right(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def score_events(events: pd.DataFrame, gold: pd.DataFrame) -> DateScore:
    """Right intervals and false dates (spans that overlap no gold reference)."""
    right, false, used = 0, 0, set()
    for row in events.itertuples():
        overlapping = gold[(gold["char_start"] < row.char_end) & (row.char_start < gold["char_end"])]
        if overlapping.empty:
            false += 1
            continue
        index = overlapping.index[0]
        if index in used:
            continue
        used.add(index)
        expected = overlapping.iloc[0]
        if (row.date_start, row.date_end) == (expected["date_start"], expected["date_end"]):
            right += 1
    return DateScore(right, len(events), false, len(gold))


def score_quotes(quotes: pd.DataFrame, gold: pd.DataFrame) -> tuple[int, int, int]:
    """(credited right, found, expected): a gold quote counts when a found quote starts
    with its first words and names the same speaker."""
    right = 0
    for expected in gold.itertuples():
        match = quotes[quotes["quote"].str.startswith(expected.quote_starts)]
        if not match.empty and match.iloc[0]["speaker"] == expected.speaker:
            right += 1
    return right, len(quotes), len(gold)
