"""Scoring the extracted tables against hand-made gold (tests/corpus/, tests/gold/).

Shared by the tests and the benchmarks so both count a hit the same way.

- Statistics, strict: the spans overlap and value, qualifier and kind are the gold's, and
  the unit **or** the subject is right. A subject is right when, lower-cased and without
  articles, possessives and punctuation, one of the two phrases is a run of words inside
  the other ("doses" in "potentially lethal doses of fentanyl seized"); an empty subject
  is never right, except against an empty gold. Older gold without a `subject` column is
  judged on the unit alone.
- Dates: the share of gold references whose span is found with the gold's interval, and
  the false dates (found spans that overlap no gold reference).
- Quotes: each gold quotation is credited right, credited to a wrong person (a non-blank
  speaker that is not the gold's, or any speaker where the gold is blank), left blank
  (the gold names someone), or missed (no quotation found that starts with its words).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

#: Columns compared in the strict score, besides the value (then unit or subject).
STRICT_COLUMNS = ("qualifier", "kind")


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
    if "subject" not in gold.columns:
        gold["subject"] = None  # older gold: judged on the unit alone
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
            if strict and not strictly_right(row, expected):
                continue
            pairs.append((i, j))
            used.add(j)
            break
    return pairs


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


_ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "of"}


def _words(phrase: str) -> list[str]:
    words = re.findall(r"[\w\u00c0-\u024f-]+", _text(phrase).lower().replace("\u2019s", "")
                       .replace("'s", ""))
    return [w for w in words if w not in _ARTICLES]


def same_subject(predicted, expected) -> bool:
    """One phrase is a run of words inside the other, ignoring case and articles."""
    got, want = _words(predicted), _words(expected)
    if not got or not want:
        return not got and not want
    short, long = sorted((got, want), key=len)
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def strictly_right(row, expected) -> bool:
    """Qualifier and kind are the gold's, and the unit or (when judged) the subject."""
    if any(_text(row[c]) != _text(expected[c]) for c in STRICT_COLUMNS):
        return False
    if _text(row["unit"]).lower() == _text(expected["unit"]).lower():
        return True
    subject = expected.get("subject") if hasattr(expected, "get") else None
    return subject is not None and bool(_text(subject)) and same_subject(row["subject"], subject)


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


def event_outcomes(events: pd.DataFrame, gold: pd.DataFrame) -> tuple[list, list]:
    """(found, outcomes): for each found reference, (row, gold row or None, right?) in text
    order; and the gold rows no found reference overlaps (missed)."""
    outcomes, used = [], set()
    for row in events.itertuples():
        overlapping = gold[(gold["char_start"] < row.char_end) & (row.char_start < gold["char_end"])]
        if overlapping.empty:
            outcomes.append((row, None, False))
            continue
        index = overlapping.index[0]
        if index in used:
            continue
        used.add(index)
        expected = overlapping.iloc[0]
        outcomes.append((row, expected, (row.date_start, row.date_end) ==
                         (expected["date_start"], expected["date_end"])))
    missed = [expected for j, expected in gold.iterrows() if j not in used]
    return outcomes, missed


def score_events(events: pd.DataFrame, gold: pd.DataFrame) -> DateScore:
    """Right intervals and false dates (spans that overlap no gold reference)."""
    outcomes, _ = event_outcomes(events, gold)
    right = sum(1 for _, expected, ok in outcomes if expected is not None and ok)
    false = sum(1 for _, expected, _ in outcomes if expected is None)
    return DateScore(right, len(events), false, len(gold))


def same_speaker(predicted: str, expected: str) -> bool:
    """The same person or body: equal without a leading 'the', honorifics and full stops
    (a curly apostrophe is a straight one),
    one name's words inside the other's with the same last word ("Miller", "Troy A.
    Miller"), a name with its second surname left off ("Fernanda Ochoa", "Fernanda Ochoa
    Garza"; "Villaseñor", "Arturo Villaseñor Pinto"), or an acronym of the other's initials ("CBP", "Customs and Border Protection")."""
    def words(name: str) -> list[str]:
        name = re.sub(r"^the\s+", "", _text(name).strip().replace("\u2019", "'"), flags=re.I)
        return [w for w in re.findall(r"[\w\u00c0-\u024f'\u2019-]+", name.lower())
                if len(w) > 1 or not w.isalpha()]
    got, want = words(predicted), words(expected)
    if not got or not want:
        return not got and not want

    def initials(name: list[str]) -> str:
        return "".join(w[0] for w in name if w not in ("of", "and", "for", "the", "u", "s"))

    if len(got) == 1 and len(want) > 2 and got[0] == initials(want) or \
            len(want) == 1 and len(got) > 2 and want[0] == initials(got):
        return True  # "CBP" and "U.S. Customs and Border Protection": one body
    shorter, longer = sorted((got, want), key=len)
    if len(shorter) >= 2 and len(longer) == len(shorter) + 1 and longer[:len(shorter)] == shorter:
        return True  # "Fernanda Ochoa" and "Fernanda Ochoa Garza": a second surname left off
    if len(shorter) == 1 and len(longer) >= 3 and shorter[0] == longer[-2]:
        return True  # "Villaseñor" and "Arturo Villaseñor Pinto": the first surname alone
    return got == want or (got[-1] == want[-1] and (set(got) <= set(want) or set(want) <= set(got)))


@dataclass(frozen=True)
class QuoteScore:
    right: int  # found and credited to the gold's speaker (or left blank where the gold is)
    wrong: int  # credited to someone else: the worst error
    blank: int  # left blank where the gold names a speaker
    missed: int  # not found at all
    found: int
    expected: int

    @property
    def share_right(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def _folded(text: str) -> str:
    return " ".join(_text(text).replace("\u2019", "'").split())


def quote_outcomes(quotes: pd.DataFrame, gold: pd.DataFrame) -> list[tuple]:
    """(gold row, speaker found, outcome) for each gold quotation; outcome is right, wrong
    (credited to someone else), blank or missed."""
    outcomes = []
    found = [(_folded(q), _text(s)) for q, s in zip(quotes["quote"], quotes["speaker"])]
    used: set[int] = set()
    for expected in gold.itertuples():
        starts = _folded(expected.quote_starts)
        index = next((i for i, (q, _) in enumerate(found) if i not in used and q.startswith(starts)),
                     None)
        if index is None:
            outcomes.append((expected, "", "missed"))
            continue
        used.add(index)
        speaker = found[index][1]
        outcome = "right" if same_speaker(speaker, _text(expected.speaker)) else \
            "blank" if not speaker else "wrong"
        outcomes.append((expected, speaker, outcome))
    return outcomes


def score_quotes_in_detail(quotes: pd.DataFrame, gold: pd.DataFrame) -> QuoteScore:
    """Each gold quotation as right, wrong person, blank or missed (see the module)."""
    counts = {"right": 0, "wrong": 0, "blank": 0, "missed": 0}
    for _, _, outcome in quote_outcomes(quotes, gold):
        counts[outcome] += 1
    return QuoteScore(counts["right"], counts["wrong"], counts["blank"], counts["missed"],
                      len(quotes), len(gold))


def score_quotes(quotes: pd.DataFrame, gold: pd.DataFrame) -> tuple[int, int, int]:
    """(credited right, found, expected)."""
    result = score_quotes_in_detail(quotes, gold)
    return result.right, result.found, result.expected


#: The evaluation corpus: tests/corpus/<split>/<name>.txt with gold in <split>/gold/.
SPLITS = ("dev", "test")


def corpus_texts(split: str) -> list[tuple[Path, Path]]:
    """(text path, gold stem) of every text of a split, by name."""
    from analysis.paths import ROOT

    folder = ROOT / "tests" / "corpus" / split
    return [(path, folder / "gold" / path.stem) for path in sorted(folder.glob("*.txt"))]


def seed_texts() -> list[tuple[Path, Path]]:
    from analysis.paths import ROOT

    return [(ROOT / "seeds" / "mexico-president-us-election.txt",
             ROOT / "tests" / "gold" / "mexico-president-us-election")]


@dataclass(frozen=True)
class TextScore:
    """Every figure of one text (a row of the benchmarks' tables)."""

    name: str
    statistics: Score
    dates: DateScore
    quotes: QuoteScore


def score_text(text_path: Path, gold_stem: Path) -> TextScore:
    """Run the pipeline on one corpus text and score its three tables against the gold."""
    from analysis.article import load_article
    from analysis.pipeline import run

    article = load_article(text_path)
    tables = run(article, ["statistics", "events", "quotes"])
    gold = load_gold(Path(f"{gold_stem}.statistics.csv"), article.text)
    events = load_gold_events(Path(f"{gold_stem}.events.csv"), article.text)
    quotes = pd.read_csv(f"{gold_stem}.quotes.csv", dtype=str, keep_default_na=False)
    return TextScore(text_path.stem, score(tables["statistics"], gold, strict=True),
                     score_events(tables["events"], events),
                     score_quotes_in_detail(tables["quotes"], quotes))


def pooled(scores: list[TextScore]) -> TextScore:
    """The figures of several texts added together (micro-averaged)."""
    s = Score(*(sum(getattr(t.statistics, f) for t in scores)
                for f in ("true_positives", "predicted", "expected")))
    d = DateScore(*(sum(getattr(t.dates, f) for t in scores)
                    for f in ("right", "found", "false", "expected")))
    q = QuoteScore(*(sum(getattr(t.quotes, f) for t in scores)
                     for f in ("right", "wrong", "blank", "missed", "found", "expected")))
    return TextScore("all", s, d, q)
