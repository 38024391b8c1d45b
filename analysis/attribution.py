"""Whom a sentence credits for what it reports: "according to X", "X data shows", "X said".

Used for the `source` of each statistic. Speakers are kept as the sentence names them;
resolving "Feeley" to "John Feeley" belongs to the quotes table.
"""

from __future__ import annotations

import re

from analysis import vocabulary

_NAME_CHARS = r"[\w.'\u2019&-]"
#: A source phrase: words up to a clause boundary.
_PHRASE = rf"(?P<source>(?:{_NAME_CHARS}+)(?:[ \t]+{_NAME_CHARS}+){{0,9}}?)"
_STOP = r"(?=\s*(?:[,;:!?\u201d\"]|(?<![A-Z])\.|\s+(?:who|that|which|but|because|when|while|in\s+(?:an?|the)\s+interview|on\s+\w+day)\b|$))"
#: The one list of reporting verbs (vocabulary/english.yaml), as a regular expression.
REPORTING_VERBS = vocabulary.alternation("english", "reporting_verbs")
#: Verbs a data source takes ("CBP data shows").
DATA_VERBS = vocabulary.alternation("english", "data_verbs")
#: Abbreviated titles before a name ("Sen.", "Dr."), without their full stop.
HONORIFICS = vocabulary.alternation("english", "honorifics")
_REPORTING_VERBS = f"{REPORTING_VERBS}|{DATA_VERBS}"

_PATTERNS = [
    re.compile(rf"\baccording\s+to\s+(?:(?:data|figures|statistics|numbers|estimates|a\s+report|"
               rf"an?\s+analysis|records)\s+(?:provided|released|published|compiled|kept|issued|"
               rf"gathered)?\s*(?:by|from|of)\s+)?(?:the\s+)?{_PHRASE}{_STOP}", re.I),
    re.compile(rf"(?P<source>(?:[\w.'\u2019-]+\s+){{0,5}}(?:data|figures|statistics|records|"
               rf"estimates))\s+(?:shows?|showed|indicates?|indicated|suggests?|suggested)\b",
               re.I),
    re.compile(rf"(?:,|\u201d|\")\s*(?:{_REPORTING_VERBS})\s+(?:the\s+)?{_PHRASE}{_STOP}"),
    re.compile(rf"(?:^|,\s*|\u201d\s*)(?P<source>(?:[\w.'\u2019-]+\s+){{0,5}}?[\w.'\u2019-]+)"
               rf"\s+(?:{_REPORTING_VERBS})\b\s*[.,]?\s*$"),
]

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that"}


def find_source(sentence: str) -> str:
    """The source the sentence credits, as printed (without a leading 'the'), or ''."""
    for pattern in _PATTERNS:
        match = pattern.search(sentence)
        if not match:
            continue
        source = match.group("source").strip(" ,.;:")
        source = re.sub(r"^(?:data|figures)\s+(?:provided|released)\s+by\s+", "", source, flags=re.I)
        source = _LEADING.sub("", source)
        if source and source.lower() not in _PRONOUNS:
            return source
    return ""
