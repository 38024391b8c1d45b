"""Whom a sentence credits for what it reports: "according to X", "X data shows", "X said".

The one attribution mechanism: the statistics' `source`, the sources table and the quotes'
speakers all use the grammar and the reporting verbs declared here (the verbs themselves
live in vocabulary/english.yaml). `credits(article)` finds every credited source of every
sentence once, resolved to the fullest name the article gives and classed as person,
organization, data or anonymous; a statistic's `source` is the first credit of its
sentence, and the sources table lists every credit, so the two cannot disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis import vocabulary
from analysis.article import Article

#: The one list of reporting verbs (vocabulary/english.yaml), as a regular expression.
REPORTING_VERBS = vocabulary.alternation("english", "reporting_verbs")
#: Verbs a data source takes ("CBP data shows").
DATA_VERBS = vocabulary.alternation("english", "data_verbs")
#: Nouns that make a source data ("according to CBP data").
DATA_NOUNS = vocabulary.alternation("english", "data_nouns")
#: Abbreviated titles before a name ("Sen.", "Dr."), without their full stop.
HONORIFICS = vocabulary.alternation("english", "honorifics")
#: A member of Congress's party and state after the name: "(D-Conn.)", "(R-TX)".
PARTY_STATE = (r"\((?:(?:" + vocabulary.alternation("english", "parties")
               + r")[-\u2013][A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?:[-\u2013]\d{1,2})?"
               r"|[A-Z]{2}[-\u2013]\d{1,2})\)")

_PHRASE = r"[\w\u00c0-\u024f.\u2019'&-]+(?:\s+[\w\u00c0-\u024f.\u2019'&-]+){0,11}?"
_PROVIDED = r"(?:provided|released|published|compiled|kept|issued|gathered)"
PATTERNS = [
    # "according to data provided by the U.S. State Department"
    re.compile(rf"\baccording\s+to\s+(?P<src>(?:(?:{DATA_NOUNS}|a\s+report|an?\s+analysis)\s+"
               rf"(?:{_PROVIDED}\s+)?(?:by|from|of)\s+)?(?:the\s+)?{_PHRASE})"
               r"(?=\s*(?:[,;:]|\.(?:\s|$)|$))", re.I),
    # "Mexican government data shows"
    re.compile(rf"(?:^|,\s+|\.\s+)(?P<src>(?:[\w.\u2019'-]+\s+){{0,4}}(?:{DATA_NOUNS}))\s+"
               rf"(?:{DATA_VERBS})\b", re.I),
    # ", said a senior Mexican official"
    re.compile(rf"(?:,|\u201d)\s*(?:{REPORTING_VERBS})\s+(?P<src>(?:an?\s+|the\s+)?{_PHRASE})"
               r"(?=\s*(?:[,;:]|\.(?:\s|$)|$|\s+who\b))"),
    # "U.S. officials say", "some senior Biden officials have come to see"
    re.compile(rf"(?:^|,\s+|;\s+|\u201d\s*|\bwhat\s+)(?P<src>(?:(?:the|some|several|many|other)\s+)?"
               rf"(?:[\w\u00c0-\u024f.\u2019'-]+\s+){{0,5}}?[\w\u00c0-\u024f.\u2019'-]+)\s+"
               rf"(?:publicly\s+|also\s+|privately\s+|have\s+come\s+to\s+|has\s+come\s+to\s+)?"
               rf"(?:{REPORTING_VERBS}|see|call)\b"),
]
#: Group nouns (vocabulary/english.yaml), shared with the quotes table's blank speakers.
GROUP_NOUNS = vocabulary.alternation("english", "group_nouns")
_GENERIC = re.compile(rf"\b(?:{GROUP_NOUNS}|administration)\b", re.I)
_DATA = re.compile(rf"\b(?:{DATA_NOUNS})\b", re.I)
_SKIP = re.compile(r"^(?:he|she|they|it|we|i|you|this|that|who|which|there|what|the\s+boy|"
                   r"migrants|critics)$", re.I)


@dataclass(frozen=True)
class Credit:
    """One attribution in one sentence: the source as the article names it at its fullest."""

    sentence: int  # the sentence's index
    name: str
    kind: str  # person, organization, data, anonymous
    start: int  # offset of the phrase in the article
    context: str  # the sentence, for the source's country


def clean(phrase: str) -> str:
    """The source in a matched phrase: without 'data provided by' or a leading article."""
    phrase = re.sub(rf"^(?:(?:{DATA_NOUNS})\s+{_PROVIDED}\s+by\s+)", "", phrase.strip(" ,.;:"),
                    flags=re.I)
    return re.sub(r"^(?:the|an?)\s+", "", phrase, flags=re.I)


def find_attributions(sentence: str) -> list[tuple[str, str, int]]:
    """(raw phrase, cleaned phrase, offset) of every attribution in one sentence."""
    found = []
    for pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            raw = match.group("src")
            phrase = clean(raw)
            if not phrase or _SKIP.match(phrase) or len(phrase.split()) > 12:
                continue
            found.append((raw, phrase, match.start("src")))
    return found


def classify(phrase: str, people_names: set[str]) -> str:
    """person, data, organization or anonymous; '' when the phrase is none of these."""
    from analysis.entities import BODY

    if phrase in people_names:
        return "person"
    if _DATA.search(phrase):
        return "data"
    if BODY.fullmatch(phrase) or re.fullmatch(r"(?:[\w.\u2019'-]+\s+)?(?:administration|"
                                              r"White House|government)", phrase, re.I):
        return "organization"
    if _GENERIC.search(phrase):
        return "anonymous"
    return ""


def credits(article: Article) -> list[Credit]:
    """Every credited source of every sentence, in order of the sentences and patterns."""
    from analysis.entities import find_people

    people = find_people(article)
    found = []
    for sentence in article.sentences:
        found.extend(sentence_credits(article, sentence, people))
    return found


def sentence_credits(article: Article, sentence, people) -> list[Credit]:
    """The credits of one sentence, in pattern order (see `credits`)."""
    from analysis.entities import resolve_name

    names = {p.name for p in people}
    text = article.sentence_text(sentence)
    found = []
    for raw, phrase, offset in find_attributions(text):
        resolved = resolve_name(phrase, people)
        kind = "data" if _DATA.search(raw) else classify(resolved, names)
        if kind:
            found.append(Credit(sentence.index, resolved, kind, sentence.start + offset, text))
    return found


def source_of(article: Article, sentence, people) -> str:
    """The source a sentence credits: its first credit, or ''."""
    found = sentence_credits(article, sentence, people)
    return found[0].name if found else ""
