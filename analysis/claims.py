"""Claims that carry no number but can be checked against a series: trends, records, ranks.

"Illegal border crossings plummeted in January" (trend, down, strong), "Migrants poured
across the border in record numbers" (record, high), "one of the highest Januarys on
record" (rank among Januarys). Each claim keeps its span, its subject and the period it
speaks of, resolved like the statistics' periods; a claim without a time expression takes
the nearest one in the sentence before or after it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import pandas as pd

from analysis.article import Article
from analysis.periods import TimeExpression, find_time_expressions

COLUMNS = ["article_id", "claim_type", "char_start", "char_end", "surface", "direction",
           "strength", "subject", "period", "month_name", "paragraph", "sentence",
           "sentence_text"]

_DOWN_STRONG = "plummeted|plunged|plummet|plunge|collapsed|tumbled|nosedived|cratered|halved"
_DOWN = "fell|dropped|declined|decreased|slowed|eased|dipped|shrank|subsided|waned"
_UP_STRONG = "surged|soared|spiked|skyrocketed|exploded|ballooned|doubled"
_UP = "rose|increased|climbed|jumped|grew|mounted|rebounded|picked\\s+up|ticked\\s+up"
_TREND = re.compile(rf"\b(?:has\s+|have\s+|had\s+)?(?P<verb>{_DOWN_STRONG}|{_DOWN}|{_UP_STRONG}|"
                    rf"{_UP})\b(?P<again>\s+again)?", re.I)
_RECORD = re.compile(
    r"\b(?:in\s+)?record\s+(?:numbers|levels?|highs?|lows?)\b|\ball-time\s+(?:high|low)s?\b"
    r"|\b(?:more|fewer)\s+[\w\s]{0,30}?\s+than\s+ever\b|\bunprecedented\s+numbers\b", re.I)
_RANK = re.compile(
    r"\b(?:one\s+of\s+the|the)\s+(?:(?P<ordinal>second|third|fourth|fifth)[-\s]+)?"
    r"(?P<adjective>highest|lowest|busiest|largest|biggest|smallest|quietest)\s+"
    r"(?P<what>(?:" + "|".join(calendar.month_name[1:]) + r")s?|months?|years?)"
    r"\s+(?:on\s+record|ever|in\s+(?:history|decades))\b", re.I)
_MONTH_PLURAL = {f"{name.lower()}s": name for name in calendar.month_name[1:]}
#: A verb followed by its object is an action ("increased security"), not a trend.
_OBJECT_AFTER = re.compile(
    r"^\s+(?!(?:in|into|by|to|from|again|last|this|since|during|over|under|sharply|steadily|"
    r"dramatically|significantly|slightly|further|due|after|before|as|for|and|but|or|while|"
    r"when|year|month|week|amid|despite|through|until|at|on|more|less)\b)[a-z]")
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while|as|after|because|when)\s+)", re.I)


@dataclass(frozen=True)
class Claim:
    claim_type: str  # trend, record, rank
    start: int  # sentence-relative
    end: int
    direction: str  # up / down / high / low
    strength: str  # strong / plain
    subject: str
    month_name: str = ""


def _subject_before(sentence: str, position: int) -> str:
    """The words before a verb, back to the start of its clause."""
    before = sentence[:position]
    starts = list(_CLAUSE_START.finditer(before))
    clause = before[starts[-1].end():] if starts else before
    clause = re.sub(r"\b(?:has|have|had|was|were|is|are|been|also|still)\s*$", "", clause.strip())
    return clause.strip(" ,")


def find_claims(sentence: str, has_statistic_after: callable = lambda position: False) -> list[Claim]:
    """Trend, record and rank claims in one sentence."""
    claims: list[Claim] = []
    for match in _RANK.finditer(sentence):
        adjective = match.group("adjective").lower()
        what = match.group("what").lower()
        claims.append(Claim("rank", match.start(), match.end(),
                            "low" if adjective in ("lowest", "smallest", "quietest") else "high",
                            "plain", _subject_before(sentence, match.start()),
                            _MONTH_PLURAL.get(what, what.capitalize() if what.capitalize()
                                              in calendar.month_name else "")))
    for match in _RECORD.finditer(sentence):
        text = match.group(0).lower()
        direction = "low" if re.search(r"\blows?\b|fewer", text) else "high"
        claims.append(Claim("record", match.start(), match.end(), direction, "strong",
                            _subject_before(sentence, match.start())))
    for match in _TREND.finditer(sentence):
        verb = match.group("verb").lower()
        if has_statistic_after(match.end()):
            continue  # "fell by more than half": the statistic is the claim
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        if _OBJECT_AFTER.match(sentence[match.end():]):
            continue  # "increased law enforcement personnel": an action, not a trend
        down = re.fullmatch(f"{_DOWN_STRONG}|{_DOWN}", verb) is not None
        strong = re.fullmatch(f"{_DOWN_STRONG}|{_UP_STRONG}", verb) is not None
        claims.append(Claim("trend", match.start(), match.end(), "down" if down else "up",
                            "strong" if strong else "plain",
                            _subject_before(sentence, match.start())))
    return sorted(claims, key=lambda c: c.start)


def _period(claim_start: int, expressions: list[TimeExpression]) -> str:
    if not expressions:
        return ""
    return min(expressions, key=lambda e: (abs(e.start - claim_start), e.start < claim_start)).label


def extract_claims(article: Article, statistics: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every trend, record and rank claim of an article, with its resolved period."""
    stat_starts = set() if statistics is None else set(statistics["char_start"])
    rows = []
    sentences = article.sentences
    for position, sentence in enumerate(sentences):
        text = article.sentence_text(sentence)

        def has_statistic_after(offset: int, base: int = sentence.start) -> bool:
            return any(base + offset <= s <= base + offset + 25 for s in stat_starts)

        claims = find_claims(text, has_statistic_after)
        if not claims:
            continue
        expressions = find_time_expressions(text, article.published, offset=sentence.start)
        for claim in claims:
            start = sentence.start + claim.start
            candidates = expressions
            if not candidates:  # the nearest sentence before or after that names a time
                for neighbour in (position - 1, position + 1):
                    if 0 <= neighbour < len(sentences):
                        other = sentences[neighbour]
                        candidates = find_time_expressions(
                            article.sentence_text(other), article.published, offset=other.start)
                        if candidates:
                            break
            rows.append({
                "article_id": article.article_id, "claim_type": claim.claim_type,
                "char_start": start, "char_end": sentence.start + claim.end,
                "surface": article.text[start:sentence.start + claim.end],
                "direction": claim.direction, "strength": claim.strength,
                "subject": claim.subject, "period": _period(start, candidates),
                "month_name": claim.month_name, "paragraph": sentence.paragraph,
                "sentence": sentence.index, "sentence_text": " ".join(text.split()),
            })
    return pd.DataFrame(rows, columns=COLUMNS)
