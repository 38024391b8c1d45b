"""The article's timeline: every time reference, resolved to an interval, with who and what.

Time expressions come from analysis.periods (explicit dates and ranges, months without a
year, relative expressions, fiscal years); this module adds the expressions that lean on
the event before them ("shortly thereafter", "two days later"), the actors of each event,
the clause that says what happened and a category.

Not dates: titles ("60 Minutes"), durations ("36 hours"), ages ("Two-year-old"), plural
months ("one of the highest Januarys"), "May" as a verb: periods' rules leave them out.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from analysis.article import Article
from analysis.entities import bodies_in, countries_in, find_people, resolve_name
from analysis.periods import (MONTH_ABBREVIATIONS, MONTHS, context_years,
                              find_time_expressions, reading_in_year)

COLUMNS = ["article_id", "event_id", "date_start", "date_end", "date_precision", "date_text",
           "char_start", "char_end", "paragraph", "sentence", "actors", "summary", "category"]
CATEGORIES = ("diplomacy", "enforcement", "migration flow", "legal", "policy", "humanitarian",
              "statement")

_ANCHORED = re.compile(
    # ("shortly after 2 a.m." names its own time: only "after" that ends its clause anchors)
    r"\b(?:shortly|soon|immediately|not\s+long)\s+(?:thereafter|afterwards?|after(?=\s*[,.;]|\s*$))"
    r"|\b(?<!not\s)(?<!never\s)(?P<count>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week|month|year)s?"
    r"\s+later\b|\bthe\s+(?:next|following)\s+(?P<next>day|weekend|week|month|year)\b"
    r"|\b(?P<since_then>[Ss]ince\s+then)\b"
    r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<previous>day|week|month|year)\b"
    # "that year", "that month": the anchor's own ("the same month last year" is relative)
    r"|\b(?:that|the\s+same)\s+(?P<that>day|month|year)\b(?!\s+(?:last|a\s+year|the\s+previous|"
    r"earlier|before|of|in)\b)", re.I)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
_WORD_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7}

#: Keywords per category, tried in this order (the first that matches wins).
_CATEGORY_RULES = [
    ("legal", r"\bcourts?\b|\bruled?\b|\bruling\b|\bjudge\b|\blegal\b|\blawsuit\b|"
              r"\blaws?\b(?!\s+enforcement)|\bunconstitutional\b"),
    ("diplomacy", r"\bcall(?:ed)?\b|\bdelegation\b|\btalks\b|\bagreement\b|\bmet\b|\bvisit|"
                  r"\bnegotiat|\bsummit\b|\bdiplomac|\bmission\b|\bambassador\b|\bembassy\b|"
                  r"\bforeign\s+ministry\b|\bsigned\b"),
    ("humanitarian", r"\bsmuggler|\bshelter|\bdehydrat|\bdanger|\bdied\b|\bdrown|\bcamp\b|"
                     r"\blost\b|\bblankets?\b|\bchild|\bhumanitarian\b|\baid\s+groups?\b"),
    ("migration flow", r"\bcrossings?\b|\bmigrants?\s+(?:poured|crossed|arriv)|\bsurge|"
                       r"\bplummet|\bplunge|\binflux\b|\blull\b|\bencounters?\b|\bapprehensions?\b|"
                       r"\bmounted\b|\bnumbers?\s+arriving\b"),
    ("enforcement", r"\bpolice|\bcheckpoints?\b|\braid|\bdetain|\bdeport|\bpatrols?\b|"
                    r"\bsecurity\b|\bcrackdown\b|\barrest|\btroops?\b|\bguard\b|\benforcement\b|"
                    r"\brepatriat|\bexpel|\bexpulsion"),
    ("policy", r"\bpolicy|\bpolicies\b|\bprogram\b|\bvisas?\b|\basylum\b|\btariffs?\b|"
               r"\brestrictions?\b|\bregulation"),
    ("statement", r"\bsaid\b|\bsays\b|\btold\b|\binterview\b|\bbroadcast\b|\bclaims?\b|"
                  r"\bstatement\b|\bannounced\b"),
]
_ATTRIBUTION_TAIL = re.compile(r",\s+(?:according\s+to|said|says|U\.S\.\s+officials\s+say)\b.*$",
                               re.I)


def category_of(text: str) -> str:
    """The category whose keywords the sentence holds most often (ties: the earlier rule);
    'statement' when none does."""
    best, best_hits = "statement", 0
    for category, pattern in _CATEGORY_RULES:
        hits = len(re.findall(pattern, text, re.I))
        if hits > best_hits:
            best, best_hits = category, hits
    return best


def summary_of(sentence: str, limit: int = 200) -> str:
    """The sentence without its trailing attribution, cut at a clause end if long."""
    text = " ".join(sentence.split())
    text = _ATTRIBUTION_TAIL.sub(".", text).rstrip(" ,")
    if len(text) > limit:
        cut = max(text.rfind(", ", 0, limit), text.rfind("; ", 0, limit))
        text = text[: cut if cut > limit // 2 else limit].rstrip(" ,;") + " \u2026"
    return text


def actors_of(sentence: str, people_names: list[str], people) -> str:
    """Countries, bodies and people a sentence names, in order, '; '-joined."""
    found: list[tuple[int, str]] = []
    for body in bodies_in(sentence):
        found.append((sentence.find(body), body))
    for name in people_names:
        # the first place the sentence names the person, in full or by the end of the name
        # (a list, not a set: set order changes from one process to the next)
        positions = [position for form in dict.fromkeys(
                         (name, " ".join(name.split()[-2:]), name.split()[-1]))
                     if (position := sentence.find(form)) >= 0
                     and re.match(r"(?![\w])", sentence[position + len(form):])]
        if positions:
            found.append((min(positions), name))
    for country in countries_in(sentence):
        found.append((10_000, country))
    actors: list[str] = []
    for _, actor in sorted(found, key=lambda item: item[0]):
        if actor not in actors and not any(actor in other for other in actors):
            actors.append(actor)
    return "; ".join(actors)


def extract_events(article: Article) -> pd.DataFrame:
    """The events table of DESIGN.md: one row per time reference, resolved."""
    people = find_people(article)
    names = [p.name for p in people]
    rows: list[dict] = []
    years = context_years(article)
    for sentence in article.sentences:
        text = article.sentence_text(sentence)
        with reading_in_year(years.get(sentence.index)):
            expressions = find_time_expressions(text, article.published, offset=sentence.start)
        found = [(e.start, e.end, e.text, e.date_start, e.date_end, e.precision)
                 for e in expressions]
        for match in _ANCHORED.finditer(text):
            start = sentence.start + match.start()
            if any(s <= start < e for s, e, *_ in found):
                continue
            same = sorted(f for f in found if f[1] <= start)
            earlier = [r for r in rows if r["char_start"] < start]
            if same:  # "returned on Nov. 3, 2022, and unsealed the next day"
                anchor_start, anchor_end = same[-1][3], same[-1][4]
            elif earlier:
                # The anchor is the main (first) time of the nearest earlier sentence that has one.
                anchor = next(r for r in earlier if r["sentence"] == earlier[-1]["sentence"])
                anchor_start = dt.date.fromisoformat(anchor["date_start"])
                anchor_end = dt.date.fromisoformat(anchor["date_end"])
            else:
                continue
            if match.group("previous"):
                unit = match.group("previous").lower()
                if unit == "month":
                    first = (anchor_start.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
                    date_start = first
                    date_end = anchor_start.replace(day=1) - dt.timedelta(days=1)
                elif unit == "year":
                    date_start = dt.date(anchor_start.year - 1, 1, 1)
                    date_end = dt.date(anchor_start.year - 1, 12, 31)
                else:
                    shift = dt.timedelta(days=_UNIT_DAYS[unit])
                    date_start, date_end = anchor_start - shift, anchor_end - shift
            elif match.group("that"):
                unit = match.group("that").lower()
                span = (anchor_end - anchor_start).days
                whole_month = anchor_start.day == 1 and \
                    (anchor_end + dt.timedelta(days=1)).day == 1 and span <= 31
                if unit == "day" and span == 0 or unit == "month" and whole_month or \
                        unit == "year" and span >= 364:
                    date_start, date_end = anchor_start, anchor_end  # the anchor is that unit
                elif unit == "month" and span <= 31:
                    date_start = anchor_start.replace(day=1)
                    date_end = (date_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                elif unit == "year" and anchor_start.year == anchor_end.year:
                    date_start, date_end = dt.date(anchor_start.year, 1, 1), dt.date(anchor_start.year, 12, 31)
                else:
                    continue  # an anchor that is no such unit: not resolved
            elif match.group("since_then"):
                date_start, date_end = anchor_start, article.published
            elif (match.group("next") or "").lower() == "weekend":
                saturday = anchor_end + dt.timedelta(days=(5 - anchor_end.weekday()) % 7 or 7)
                date_start, date_end = saturday, saturday + dt.timedelta(days=1)
            elif match.group("unit") or match.group("next"):
                unit = (match.group("unit") or match.group("next")).lower()
                count = _WORD_COUNTS.get((match.group("count") or "one").lower()) or int(
                    match.group("count"))
                shift = dt.timedelta(days=count * _UNIT_DAYS[unit])
                date_start, date_end = anchor_start + shift, anchor_end + shift
            else:  # "shortly thereafter": from the anchor to a month after it
                date_start, date_end = anchor_start, anchor_end + dt.timedelta(days=31)
            precision = match.group("previous").lower() if match.group("previous") and \
                match.group("previous").lower() in ("month", "year") else "range"
            if match.group("that"):
                unit = match.group("that").lower()
                precision = "fiscal_year" if unit == "year" and date_start.month == 10 and \
                    date_end.month == 9 else unit
            found.append((start, sentence.start + match.end(), match.group(0), date_start,
                          date_end, precision))
        actors = actors_of(text, names, people)
        for start, end, date_text, date_start, date_end, precision in sorted(found):
            rows.append({
                "article_id": article.article_id, "event_id": "",
                "date_start": date_start.isoformat(), "date_end": date_end.isoformat(),
                "date_precision": precision, "date_text": date_text,
                "char_start": start, "char_end": end, "paragraph": sentence.paragraph,
                "sentence": sentence.index, "actors": actors, "summary": summary_of(text),
                "category": category_of(text),
            })
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["event_id"] = [f"e{i:03d}" for i in range(1, len(table) + 1)]
    return table


__all__ = ["extract_events", "category_of", "summary_of", "resolve_name"]
