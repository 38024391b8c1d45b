"""Who the article relies on: one row per source, named or anonymous, person or data.

The sourcing audit editors ask for: how many named, how many anonymous, from which side
of the border. Attributions are found by their grammar ("according to X", "X data shows",
"said X", "X say", "X have come to see"), and by the quotes table's speakers; each is
classed as a person (a name the article gives), an organization (a named body), data
(figures, statistics) or anonymous (officials, groups, authorities without a name).
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.article import Article
from analysis.entities import (BODY, countries_in, find_people, nationality, person_mentions,
                               resolve_name)
from analysis.quotes import extract_quotes

COLUMNS = ["article_id", "source_id", "name", "kind", "role", "affiliation", "country",
           "mentions", "first_char_start"]
KINDS = ("person", "anonymous", "organization", "data")

_VERBS = (r"said|says|say|told|tells|claims?|claimed|blames?|blamed|reported|reports|warned|"
          r"warns|argued|argues|estimated|estimates|replied|believes?|fears?|insisted")
_PHRASE = r"[\w\u00c0-\u024f.\u2019'&-]+(?:\s+[\w\u00c0-\u024f.\u2019'&-]+){0,11}?"
_PATTERNS = [
    re.compile(rf"\baccording\s+to\s+(?P<src>(?:(?:data|figures|statistics)\s+(?:provided|released|"
               rf"published|compiled)\s+by\s+)?(?:the\s+)?{_PHRASE})(?=\s*(?:[,;:]|\.(?:\s|$)|$))",
               re.I),
    re.compile(rf"(?:^|,\s+|\.\s+)(?P<src>(?:[\w.\u2019'-]+\s+){{0,4}}(?:data|figures|statistics))\s+"
               r"(?:shows?|showed|indicates?|suggests?)\b", re.I),
    re.compile(rf"(?:,|\u201d)\s*(?:{_VERBS})\s+(?P<src>(?:an?\s+|the\s+)?{_PHRASE}"
               r"(?:\s+who\s+(?:was|were|is|are)\s+not\s+authorized\s+to\s+[\w\s]+?)?)"
               r"(?=\s*(?:[,;:]|\.(?:\s|$)|$))"),
    re.compile(rf"(?:^|,\s+|;\s+|\u201d\s*|\bwhat\s+)(?P<src>(?:(?:the|some|several|many|other)\s+)?"
               rf"(?:[\w\u00c0-\u024f.\u2019'-]+\s+){{0,5}}?[\w\u00c0-\u024f.\u2019'-]+)\s+"
               rf"(?:publicly\s+|also\s+|privately\s+|have\s+come\s+to\s+|has\s+come\s+to\s+)?"
               rf"(?:{_VERBS}|see|call)\b"),
]
_GENERIC = re.compile(r"\b(?:officials?|groups?|authorities|sources?|experts?|diplomats?|"
                      r"analysts?|advocates?|aides?|residents|people|observers|administration)\b",
                      re.I)
_DATA = re.compile(r"\b(?:data|figures|statistics|records)\b", re.I)
_SKIP = re.compile(r"^(?:he|she|they|it|we|i|you|this|that|who|which|there|what|the\s+boy|"
                   r"migrants|critics)$", re.I)


def _clean(phrase: str) -> str:
    phrase = re.sub(r"^(?:(?:data|figures|statistics)\s+(?:provided|released|published|compiled)"
                    r"\s+by\s+)", "", phrase.strip(" ,.;:"), flags=re.I)
    return re.sub(r"^(?:the)\s+", "", phrase, flags=re.I)


def _affiliation(role: str) -> str:
    """The last named body in a role: 'head of the Tijuana Office of Migrant Affairs'."""
    bodies = re.findall(r"\b(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][\w\u00c0-\u024f\u2019'-]*"
                        r"(?:\s+(?:of|de|del)\s+|\s+)?)+)", role)
    return bodies[-1].strip() if bodies else ""


def _classify(phrase: str, people_names: set[str]) -> str:
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


def extract_sources(article: Article, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sources table: one row per source, in order of first attribution. `quotes` is
    the article's quotes table when the caller has it (the pipeline does)."""
    people = find_people(article)
    names = {p.name for p in people}
    by_name = {p.name: p for p in people}
    found: dict[str, dict] = {}

    def add(name: str, kind: str, position: int, context: str) -> None:
        key = name.lower()
        if key in found:
            found[key]["attributions"] += 1
            return
        person = by_name.get(name)
        role = person.role if person else ""
        country = nationality(role or name) if kind == "person" else "; ".join(
            countries_in(name)) or nationality(name) or _context_country(context, name)
        found[key] = {"name": name, "kind": kind, "role": role,
                      "affiliation": _affiliation(role) if person else "",
                      "country": country, "first_char_start": position, "attributions": 1}

    quotes = extract_quotes(article) if quotes is None else quotes
    for quote in quotes.itertuples():
        if quote.speaker:
            kind = "person" if quote.speaker in names else _classify(quote.speaker, names)
            if kind:
                add(quote.speaker, kind, int(quote.char_start), "")
    for sentence in article.sentences:
        text = article.sentence_text(sentence)
        for pattern in _PATTERNS:
            for match in pattern.finditer(text):
                raw = match.group("src")
                phrase = _clean(raw)
                if not phrase or _SKIP.match(phrase) or len(phrase.split()) > 12:
                    continue
                resolved = resolve_name(phrase, people)
                kind = "data" if _DATA.search(raw) else _classify(resolved, names)
                if not kind:
                    continue
                add(resolved, kind, sentence.start + match.start("src"), text)
    mentions = person_mentions(article, people)
    rows = []
    for source in sorted(found.values(), key=lambda s: s["first_char_start"]):
        count = source["attributions"]
        if source["kind"] == "person":
            positions = [p for p, n in mentions if n == source["name"]]
            count = max(count, len(positions))
            source["first_char_start"] = min([source["first_char_start"], *positions])
        rows.append({"article_id": article.article_id, "source_id": "", "name": source["name"],
                     "kind": source["kind"], "role": source["role"],
                     "affiliation": source["affiliation"], "country": source["country"],
                     "mentions": count, "first_char_start": source["first_char_start"]})
    table = pd.DataFrame(rows, columns=COLUMNS)
    table = table.sort_values("first_char_start", kind="mergesort").reset_index(drop=True)
    table["source_id"] = [f"src{i:03d}" for i in range(1, len(table) + 1)]
    return table


def _context_country(sentence: str, phrase: str) -> str:
    """'In Mexico, officials say': a place that opens the clause of an anonymous source."""
    position = sentence.find(phrase)
    lead = re.search(r"\b[Ii]n\s+([A-Z][\w\s.]+?),\s*$", sentence[:max(position, 0)])
    return "; ".join(countries_in(lead.group(1))) if lead else ""
