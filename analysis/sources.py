"""Who the article relies on: one row per source, named or anonymous, person or data.

The sourcing audit editors ask for: how many named, how many anonymous, from which side
of the border. Attributions come from the one attribution mechanism (analysis.attribution:
"according to X", "X data shows", "said X", "X say") and from the quotes table's speakers;
each is classed as a person (a name the article gives), an organization (a named body),
data (figures, statistics) or anonymous (officials, groups, authorities without a name).
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.article import Article
from analysis.attribution import classify, credits
from analysis.entities import countries_in, find_people, nationality, person_mentions
from analysis.quotes import extract_quotes

COLUMNS = ["article_id", "source_id", "name", "kind", "role", "affiliation", "country",
           "mentions", "first_char_start"]
KINDS = ("person", "anonymous", "organization", "data")

def _affiliation(role: str) -> str:
    """The last named body in a role: 'head of the Tijuana Office of Migrant Affairs'."""
    bodies = re.findall(r"\b(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][\w\u00c0-\u024f\u2019'-]*"
                        r"(?:\s+(?:of|de|del)\s+|\s+)?)+)", role)
    return bodies[-1].strip() if bodies else ""


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
            kind = "person" if quote.speaker in names else classify(quote.speaker, names)
            if kind:
                add(quote.speaker, kind, int(quote.char_start), "")
    for credit in credits(article):
        add(credit.name, credit.kind, credit.start, credit.context)
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
