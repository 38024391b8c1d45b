"""Every quantitative mention in an article, as the tidy statistics table.

A mention is a number as the article states it, with its qualifier ("more than two
million"), its kind and unit, what it counts (`subject`), the period it covers and whom
the article credits. Years, dates, titles ("60 Minutes"), names ("Title 42"), ordinals,
list numbers, phone numbers and URLs are not quantities and are never reported.

The rules are written for English news prose, not for one article: each candidate comes
from a rule for a kind of expression (digits and number words, vague plurals,
multipliers, fractions), and the exclusions are rules for what a number can be instead.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from analysis import vocabulary
from analysis.article import Article, title_case
from analysis.attribution import source_of
from analysis.numbers import (
    DIGITS,
    FRACTION_DENOMINATORS,
    MULTIPLIER_WORDS,
    NUMBER_WORD,
    NUMBER_WORDS,
    VAGUE_FLOORS,
    fraction_value,
    is_year_like,
    parse_number,
)
from analysis.periods import (MONTH_ABBREVIATIONS, MONTHS, TimeExpression, context_years,
                              dates_a_release, find_time_expressions, ranked_against,
                              reading_in_year)

COLUMNS = [
    "article_id", "stat_id", "paragraph", "sentence", "char_start", "char_end", "surface",
    "value", "value_max", "qualifier", "kind", "unit", "subject", "period", "baseline_period",
    "source", "sentence_text",
]
QUALIFIERS = ("exact", "approximate", "more_than", "less_than", "at_least", "at_most")
KINDS = ("count", "ratio", "fraction", "percent", "duration", "age", "money", "rate")


@dataclass(frozen=True)
class Mention:
    """A quantity found in one sentence; offsets are relative to the sentence."""

    start: int
    end: int
    value: float
    kind: str
    unit: str = ""
    qualifier: str = "exact"
    value_max: float | None = None
    #: where the counted thing is named: after ("18 people"), before ("X fell by half"),
    #: or the previous mention ("double the number").
    subject_hint: str = "after"


# --------------------------------------------------------------------------- qualifiers

def _phrases(names: list[str]) -> str:
    return "|".join(re.escape(n).replace("\\ \u2026\\ ", r"\s+(?:[\w-]+\s+){1,2}?")
                    .replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


#: (phrase alternation, qualifier) from vocabulary/english.yaml, in its order.
_QUALIFIER_BEFORE = [(_phrases(phrases), name) for name, phrases
                     in vocabulary.load("english")["qualifiers_before"].items()]
_QUALIFIER_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\u201c\"\u2014\u2013]))(?:" + "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(_QUALIFIER_BEFORE))
    + r")\s+(?:an?\s+)?$", re.I)
_QUALIFIER_AFTER = [
    (re.compile(r"^(?:\s+[a-z]+){0,2}\s+or\s+more\b", re.I), "at_least"),  # "2,500 encounters or more"
    (re.compile(r"^\s+or\s+(?:fewer|less)\b", re.I), "at_most"),
    (re.compile(r"^\s+or\s+so\b", re.I), "approximate"),
    (re.compile(r"^\+"), "at_least"),  # "370+": 370 or more
    (re.compile(r"^-plus\b"), "more_than"),  # "300-plus ports"
]


#: Verbs of movement: "up to" after them says where a figure went ("edged up to 242,399").
_MOVED_BEFORE = re.compile(r"\b(?:edged|edging|climbed|climbing|jumped|jumping|ticked|ticking|"
                           r"moved|moving|crept|creeping|shot|shooting|went|inched|inching|bumped|"
                           r"rose|rising|crawled|spiked|spiking|surged|surging|soared|soaring|"
                           r"swelled|swelling|crept|ramped|ramping|"
                           # "the three months added up to 612,467": a sum, not "at most"
                           r"add|adds|added|adding|summed|sums|totted|totaled)\s+$", re.I)
#: How far before a number its qualifier and context words are looked for (characters).
_WINDOW = 48


def _qualifier(sentence: str, mention: Mention) -> Mention:
    """Attach the qualifier written around the number, widening the span to include it."""
    if mention.qualifier != "exact":
        return mention
    window = max(0, mention.start - _WINDOW)
    match = _QUALIFIER_BEFORE_RE.search(sentence[window: mention.start])
    if match:
        for i, (_, name) in enumerate(_QUALIFIER_BEFORE):
            if match.group(f"q{i}"):
                if mention.kind == "duration" and re.fullmatch(r"(?i)over", match.group(0).strip()) \
                        and not re.search(r"\bfor\s+$", sentence[:window + match.start()]):
                    return mention  # "$4 billion over four years": a span, not "more than"
                if re.fullmatch(r"(?i)up\s+to", match.group(0).strip()) and _MOVED_BEFORE.search(
                        sentence[:window + match.start()]):
                    return mention  # "edged up to 242,399": where it went, not "at most"
                if mention.kind == "age" and re.search(r"\s(?:an?)\s+$", match.group(0)):
                    return mention  # "worried about a 7-year-old": a preposition, not "about 7"
                return replace(mention, qualifier=name, start=window + match.start())
    for pattern, name in _QUALIFIER_AFTER:
        after = pattern.match(sentence[mention.end :])
        if after:
            return replace(mention, qualifier=name, end=mention.end + after.end())
    return mention


# ----------------------------------------------------------- what a number is instead

#: Words that a statute, rule or document number follows ("section 212(f)", "title 8").
_CITED = (r"sections?|subsections?|secs?\.|paragraphs?|subparagraphs?|clauses?|titles?|"
          r"chapters?|proclamations?|executive\s+orders?|dockets?|case\s+nos?\.|pub\.\s*l\.|p\.\s?l\.|"
          r"public\s+laws?|h\.\s?r\.|bills?|e\.\s?o\.|executive\s+orders?\s+\(e\.\s?o\.\)")
#: Codes a cited number stands before ("8 U.S.C. 1326", "89 Fed. Reg. 48,710").
_CODES = r"U\.S\.C\.?|USC|C\.F\.R\.?|CFR|Stat\.|Fed\.\s*Reg\.|FR"
#: URLs and e-mail addresses (looked for only when the text holds "http", "www." or "@").
_URLS = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+", re.I)
_MASKS = re.compile(
    r"(?=[\d(#Nn\u2018\u2019'])"  # every mask starts so: other positions fail at once
    r"(?:\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b"  # phone numbers
    r"|\b1[-.]\d{3}[-.]\d{3}[-.]\d{4}\b"  # "1-866-581-7549"
    r"|\b1-8\d\d-[A-Z0-9][A-Z0-9-]{3,}"  # "1-800-CALL-FBI"
    r"|\b\d{2,4}-[A-Z]\b(?!-)"  # "212-F", "121-F": a section written with its letter
    r"|\(\d{1,2}\)(?=\s+[a-z])"  # "(1) how Border Patrol …": a list's numbers
    r"|\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b"  # clock times
    r"|\b\d+/\d+(?:/\d+)?\b"  # 9/11, 24/7, 3/26/2024
    r"|\b(?:No|Nos|no|Number)\.?\s*\d+(?:[-:][\w-]+)?\b|#\d+"  # "No. 1", "No. 23-cr-104"
    # Statute, rule and document numbers: "section 212(f)", "sections 1 and 2", "Sec. 4",
    # "§ 1326", "title 3", "8 U.S.C. 1182(f) and 1185(a)", "89 Fed. Reg. 48,710", "Pub. L. 118-31"
    rf"|\b\d+\s+(?:{_CODES})\s*(?:\u00a7+\s*)?\d[\d,]*[\w().-]*(?:\s*(?:,|and|or)\s*\d[\w().-]*)*"
    r"|\b\d+(?:\([a-z0-9]{1,4}\))+"  # "212(f)", "4(a)(iii)": a section's subdivision
    r"|(?<![\w])[\u2018\u2019']\d{2}\b(?![%\u2019'])"  # "in \u201886 and \u201896": a year
    r"|\b\d+-wheelers?\b"  # "an 18-wheeler": a kind of truck
    r"|\b\d+(?=\s+block\s+of\s+[A-Z]))"  # "the 600 block of Cebada Street": an address
    , re.I)
#: Statute and document numbers led by their word: "section 212(f)", "sections 1 and 2",
#: "Sec. 4", "\u00a7 1326", "title 3", "Pub. L. 118-31" (a separate pass: most texts hold none).
_CITATIONS = re.compile(rf"(?:\b(?:{_CITED})|\u00a7\u00a7?)\s*\d[\w().:-]*"
                        r"(?:\s*(?:,|and|or|through|to)\s*\d[\w().:-]*)*", re.I)
_CITATION_HINT = re.compile(r"(?:[Ss][Ee][Cc]\w*|\u00a7|[Tt]itles?|[Pp]aragraphs?|[Cc]lauses?|"
                            r"[Cc]hapters?|[Pp]roclamations?|[Oo]rders?|[Dd]ockets?|[Nn]os?|[Ll]|"
                            r"[Ll]aws?|H\.\s?R|[Bb]ills?|E\.\s?O|\(E\.O\.\))\.?\s*\u00a7*\s*\d")
_MONTH_NAMES = "|".join(list(MONTHS) + [f"{a}\\.?" for a in MONTH_ABBREVIATIONS])
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_NAMES})\s+$")
_DAY_RANGE_BEFORE = re.compile(rf"\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\s*[-\u2013]\s*$")
_DAY_RANGE_AFTER = re.compile(r"^\s*[-\u2013]\s*\d{1,2},?\s+(?:19|20)\d\d\b")
_DAY_PAIR_BEFORE = re.compile(r"(?:^|\s)\d{1,2}\s*[-\u2013]\s*$")
_YEAR_AFTER = re.compile(r"^,?\s+(?:19|20)\d\d\b")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b")
#: Capitalised words that may stand right before a quantity ("About 300", "Some 40").
_CAPITALS_BEFORE_QUANTITIES = {
    "a", "about", "after", "all", "almost", "among", "an", "and", "another", "approximately",
    "around", "as", "at", "barely", "before", "between", "but", "by", "during", "estimated",
    "exactly", "fewer", "for", "from", "in", "just", "less", "more", "nearly", "of", "only",
    "over", "perhaps", "precisely", "roughly", "since", "some", "than", "the", "then", "these",
    "those", "to", "under", "until", "up", "with", "that", "this", "each", "every", "or",
    "so", "yet", "also", "still", "now", "here", "there", "while", "when", "where", "if",
    "though", "although", "because", "nearly", "within", "across", "through", "per", "below",
    "above", "beyond", "roughly", "total", "totaling", "including", "only", "just", "almost",
}
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|from|by|until|till|of|during|between|before|after|through|to|and|or|"
    r"early|late|mid|fiscal|year|years|FY|spring|summer|fall|autumn|winter)|[-\u2013\u2014])\s*$",
    re.I)
#: "the two countries": a small number word after a definite article refers back; after a
#: possessive ("her two daughters") it still counts.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|both|all)\s+$", re.I)
_TIME_SPAN_BEFORE = re.compile(r"\b(?:last|past|previous|next|coming|recent|first|final|"
                               r"following|ensuing|prior|opening|closing)\s+$", re.I)
#: "two years ago", "three days later": a point in time. "14 days after the finding" is a
#: duration counted from an event, so "after"/"before" mark a point only at a clause end.
_TIME_SPAN_AFTER = re.compile(r"^\s*(?:ago|later|earlier|from\s+now|prior|back|hence|on(?!\s+(?:average|end|top)\b))\b"
                              r"|^\s*(?:before|after)\s*(?:[,.;:]|$)", re.I)


def _masked(start: int, end: int, masks: list[tuple[int, int]]) -> bool:
    return any(start < m_end and m_start < end for m_start, m_end in masks)


#: Countries (vocabulary/border.yaml) before a figure in a list: "Mexico 1,200 encounters/day".
_COUNTRY_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(
    re.escape(name) for name in vocabulary.load("border")["countries"]), re.I)


def _is_name_or_label(sentence: str, start: int, end: int) -> bool:
    """'Title 42', 'Section 8', 'COVID-19', 'I-94', 'Boeing 737': a number inside a name."""
    before = sentence[:start]
    if _COUNTRY_BEFORE.search(before, max(0, len(before) - 40)):
        return False  # "Mexico 1,200 encounters/day": a country and its figure
    if re.search(r"[A-Za-z]-$", before):
        return True
    word = re.search(r"([A-Z][\w.\u2019'&-]*)\s$", before)
    if word:
        text = word.group(1)
        if text.lower() not in _CAPITALS_BEFORE_QUANTITIES and not re.search(r"['\u2019]s?$", text) \
                and text.rstrip(".") not in MONTHS and text.rstrip(".") not in MONTH_ABBREVIATIONS:
            # In a title-case headline every word is capitalised: "Hire 1,500 More Agents" is
            # a figure; only a word that labels numbers ("Title 42 Ends") makes a name there.
            return not title_case(sentence) or \
                re.split(r"[-\u2013\u2014]+", text)[-1].lower().rstrip(".") in _LABEL_WORDS
    return False


#: Words that label a number in a name even in a headline: "Title 42", "Section 8", "Flight 93".
_LABEL_WORDS = {"title", "section", "sec", "chapter", "article", "form", "flight", "route",
                "highway", "interstate", "operation", "phase", "level", "district", "proclamation",
                "order", "act", "covid", "h.r", "s", "no", "number", "docket", "case", "unit",
                "gate", "bridge", "building", "room", "station", "camp", "fort", "region",
                "volume", "vol", "page", "pages", "part", "amendment", "resolution", "bill"}


def _is_list_number(sentence: str, start: int, end: int) -> bool:
    return not sentence[:start].strip(" \t\"(\u201c") and bool(re.match(r"^[.)]\s", sentence[end:]))


def _in_short_title(sentence: str, start: int, end: int) -> bool:
    """A number inside a quoted title of a few capitalised words: \u201c60 Minutes\u201d."""
    for match in re.finditer(r"[\u201c\"]([^\u201d\"]{1,40})[\u201d\"]", sentence):
        if match.start(1) <= start and end <= match.end(1):
            words = match.group(1).split()
            if len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words):
                return True
    return False


# ------------------------------------------------------------------ candidate rules

_CORE = re.compile(
    r"(?P<half>\bhalf\s+an?\s+(?:dozen|hundred|thousand|million|billion|trillion)\b)"
    r"|(?P<partof>\b(?:an?|one|two|three)\s+(?P<part>quarters?|thirds?|half)\s+of\s+an?\s+"
    r"(?P<partscale>thousand|million|billion|trillion)\b)"
    rf"|(?P<andhalf>\b(?:{NUMBER_WORD}|\d+)\s+and\s+a\s+half(?:\s+(?P<halfscale>hundred|thousand|"
    r"million|billion|trillion))?\b)"
    # "a hundred and seventy", "a thousand five hundred": "a" for "one" before more words
    rf"|(?P<a>\ban?\s+(?:dozen|(?:hundred|thousand)(?:[ \t]+(?:and[ \t]+)?{NUMBER_WORD}"
    rf"(?:(?:[ \t]+|-){NUMBER_WORD})*)?|million|billion|trillion)\b)"
    rf"|(?P<digits>(?<![\w.,]){DIGITS}(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?)"
    rf"|(?P<words>{NUMBER_WORDS})",
    re.I)
_CURRENCY_BEFORE = re.compile(r"(?P<cur>US\$|MX\$|C\$|A\$|\$|\u20ac|\u00a3|\u00a5)\s?$")
_CURRENCIES: dict[str, str] = dict(vocabulary.load("english")["currencies"])
_ABBREVIATION_AFTER = re.compile(r"^(?P<abbr>k|m|mn|mln|bn|b|tn)\b", re.I)
_ABBREVIATED = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
_RANGE_JOIN = re.compile(r"^\s*(?:-|\u2013|\u2014|to|and|or)\s*(?:US\$|\$|\u20ac|\u00a3)?\s*$", re.I)
_FRACTION_JOIN = re.compile(r"^\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)
_FOR_EVERY_JOIN = re.compile(r"^\s+(?:(?P<noun>[a-z]+)\s+)?for\s+every\s+$", re.I)
_DURATION_UNITS: dict[str, str] = dict(vocabulary.load("english")["duration_units"])
_DURATION_ADJECTIVES = _phrases(list(vocabulary.words("english", "duration_adjectives")))
_SUFFIXES = [
    ("dozen", re.compile(r"^\s+dozen\b", re.I)),
    ("percentage_point", re.compile(r"^\s*(?:%|percent|per\s?cent)?\s*(?:percentage\s+)?points?\b", re.I)),
    ("percent", re.compile(r"^\s?(?:%|percent\b|per\s?cent\b|pct\b)", re.I)),
    ("fold", re.compile(r"^[\s-]?fold\b", re.I)),
    # "50x stronger", "80-100x": a multiple written with an x
    ("x", re.compile(r"^x(?=\s+(?:more|stronger|weaker|higher|larger|greater|as|the|what)\b|[\s,.;:)]|$)")),
    ("age", re.compile(r"^[\s-]+(?P<unit>year|month|week|day)s?[\s-]+old\b", re.I)),
    ("fiscal_period", re.compile(r"^\s+(?:fiscal|calendar)\s+years?\b", re.I)),
    ("duration", re.compile(rf"^[\s-](?:(?:{_DURATION_ADJECTIVES})[\s-])*"
                            rf"(?P<unit>{'|'.join(_DURATION_UNITS)})"
                            r"(?:s|ies|y)?\b(?P<poss>['\u2019]s?)?", re.I)),
    ("times", re.compile(r"^\s+times\b", re.I)),
    ("money", re.compile(r"^\s+(?:(?:new|more|additional|extra|federal|taxpayer|public|state)\s+)?"
                         r"(?P<unit>" + "|".join(  # the currency words of english.yaml
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
            vocabulary.load("english")["currencies"], key=len, reverse=True) if w[0].isalpha())
        + r")\b", re.I)),
    ("weight", re.compile(r"^\s+(?P<unit>pounds|lbs?\.?|kilograms|kilos|kg|tons|tonnes|ounces)\b",
                          re.I)),
]
_SUFFIXES_BY_NAME = dict(_SUFFIXES)
_COMPARATIVE_AFTER = re.compile(r"^\s+(?:(?:as|more|higher|larger|greater|bigger|faster|the|that|those|these|"
                                r"what|over|than|its|their)\b"
                                # "fiscal 2022's was more than ten times it."
                                r"|it(?=\s*[.,;:]|\s*$)"
                                # "roughly seven times fiscal 2017's", "triple 2019's"
                                r"|(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:(?:19|20)\d\d|FY\s?\d{2,4}|"
                                + "|".join(MONTHS) + r")(?:'s|\u2019s)(?!\w)"
                                # "about 5.3 times Mexico's count": a named one's figure
                                r"|(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?:'s|\u2019s)\s)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages(?:\s+rang(?:ed|ing|e|es))?|ranging\s+in\s+age)\s+"
                         r"(?:of\s+|from\s+)?(?:between\s+)?$", re.I)
#: "Age: 31", "The median age was 27", "an average age of 34": an age named before it.
_AGE_NAMED_BEFORE = re.compile(r"\bage:\s*$|\b(?:median|average|mean)\s+age\s+(?:was|is|of|at)\s+"
                               r"(?:about\s+|just\s+)?$", re.I)
#: "Iowans under 25", "Americans over 65": people of an age, when no noun follows the number.
_PEOPLE_AGE_BEFORE = re.compile(r"\b(?P<who>[A-Z][a-z]+(?:ans|ers)|people|adults|men|women|teens|"
                                r"teenagers|youths|residents|students|migrants)\s+(?:under|over|"
                                r"younger\s+than|older\s+than)\s+$")
_APPOSITIVE_AGE_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+,\s*$")
#: "Ray Dean Purcell, now 66 and living in Fort Davis", "Efraín Tarango, then 26,": an
#: appositive age that says when.
_APPOSITIVE_AGE_WHEN_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+,\s*(?:now|then)\s+$")
#: "with her daughter, 6.", "My daughter turned 6": a relative's or a person's age.
_KIN_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|our|a|the)\s+(?:(?:young|younger|older|eldest|"
                             r"youngest|little|baby)\s+)?(?:" + vocabulary.alternation("english", "kin_nouns")
                             + "|" + vocabulary.alternation("english", "person_nouns")
                             + r"|driver|patient|victim|youngest|oldest|eldest)"
                             r"(?P<turned>\s+(?:just\s+)?(?:turned|turns)\s+|,\s*|\s+(?:was|is)\s+)$", re.I)


_SAID_NAME_BEFORE = re.compile(r"\b(?:said|says|added|told\s+\w+)\s+"
                               # "said her daughter, Anne Kessler Moreno, 55."
                               r"(?:(?:his|her|their|the|a|an)\s+[a-z][\w -]{0,40}?,\s+)?"
                               r"(?:[A-Z][\w\u00c0-\u024f.'\u2019-]*\s+){0,3}"
                               r"[A-Z][\w\u00c0-\u024f'\u2019-]+,\s*$")
#: "dies at 83", "retired at age 62", "She was 83.", "until she was 79, when": a person's age.
_AGE_OF_A_PERSON_BEFORE = re.compile(r"(?:\b(?P<event>die[sd]?|dying|passed\s+away|retired|retires|"
                                     r"married|emigrated)\s+at\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?"
                                     r"|\b(?:he|she|I)\s+(?:was|is|turns|turned)\s+"
                                     # "Her son Joel was 22 when he disappeared"
                                     r"|(?-i:\b[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+),?\s+(?P<named>was)\s+"
                                     # "Don Teófilo, who is 74,", "a boy of 16"
                                     r"|,\s+who\s+(?:is|was|turns|turned)\s+(?:now\s+|then\s+|just\s+|only\s+)?"
                                     r"|\b(?P<of>(?:an?|the)\s+(?:"
                                     + vocabulary.alternation("english", "person_nouns")
                                     + r")\s+of)\s+)$", re.I)
#: "ages 7 and 10": the ages after the first of a list.
_AGES_LIST_BEFORE = re.compile(r"\bages\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or|to)\s+$", re.I)
#: "a taco stand whose owner now opens at 4", "I wake up at 5 in the morning": a time of day.
_HOUR_BEFORE = re.compile(r"\b(?:opens?|opened|closes?|closed|wakes?\s+up|woke\s+up|gets?\s+up|got\s+up|"
                          r"starts?|started|leaves?|left|arrives?|arrived|begins?|began|ends?|ended)"
                          r"(?:\s+\w+)?\s+(?:at|by|until|before)\s+$", re.I)
_HOUR_AFTER = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['\u2019]clock|in\s+the\s+(?:morning|afternoon|"
                         r"evening)|at\s+night)", re.I)


_ORDINAL_AFTER = re.compile(r"^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                            r"(?!months?\b)[a-z]+th)\b", re.I)  # not "six-month"
_YEAR_WORDS_BEFORE = re.compile(r"\byear\s+(?:of\s+our\s+Lord\s+)?$", re.I)


_CATEGORY_AGE_BEFORE = re.compile(r"\b(?:child|children|victim|victims|person|persons|minor|"
                                  r"minors|girl|girls|boy|boys|juvenile)\s+(?:under|over|below|"
                                  r"above|aged|age|younger\s+than|older\s+than)?\s*$", re.I)
_CATEGORY_AGE_AFTER = re.compile(r"^(?:[\s-]+years?[\s-]+old)?\s+or\s+(?:older|over|younger|under)\b",
                                 re.I)


def _core_value(match: re.Match) -> float:
    text = match.group(0)
    if match.group("andhalf"):
        whole = parse_number(re.match(r"\S+", text).group(0)) + 0.5
        scale = match.group("halfscale")
        return whole * (parse_number(scale) if scale else 1)
    if match.group("partof"):  # "a quarter of a million", "three quarters of a billion"
        count = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}[text.split()[0].lower()]
        part = {"quarter": 4, "third": 3, "half": 2}[match.group("part").lower().rstrip("s")]
        return count / part * parse_number("one " + match.group("partscale"))
    if match.group("half"):
        return 0.5 * parse_number(re.sub(r"^half\s+an?\s+", "one ", text, flags=re.I))
    if match.group("a") and text.lower().endswith("dozen"):
        return 12.0
    if match.group("a"):
        return parse_number(re.sub(r"^an?\s+", "one ", text, flags=re.I))
    return parse_number(text)


def _cores(sentence: str, masks: list[tuple[int, int]]) -> list[tuple[int, int, float, str]]:
    """(start, end, value, form) for every number written in digits or words."""
    cores = []
    for match in _CORE.finditer(sentence):
        start, end = match.span()
        if _masked(start, end, masks):
            continue
        form = "digits" if match.group("digits") else "words"
        try:
            value = _core_value(match)
        except ValueError:
            continue
        cores.append((start, end, value, form))
    return cores


#: Words before "a year" that make it a span of time: "for a year", "it took me a year" (not
#: "5,000 people in a year": the period of a count).
_SPAN_BEFORE = re.compile(r"\b(?:" + vocabulary.alternation("english", "span_words")
                          + r")\s+(?:(?:me|him|her|them|us|you|it)\s+)?$", re.I)
_A_TIME_UNIT = re.compile(
    rf"(?<=\s)(?P<a>an?)\s+(?P<unit>decade|year|month|week|day|hour|century)\b(?!-)", re.I)


def _a_unit_mentions(sentence: str) -> list[Mention]:
    """'more than a decade', 'nearly a year': one time unit, when a qualifier stands before."""
    mentions = []
    for match in _A_TIME_UNIT.finditer(sentence):
        window = sentence[max(0, match.start() - _WINDOW): match.start()]
        qualified = re.search(r"(?:more|less|fewer)\s+than\s+$|\b(?:nearly|almost|about|roughly|"
                              r"at\s+least|up\s+to|over|under|within|just\s+over)\s+$", window, re.I)
        # "for a decade", "it took me a year", "wouldn't last a year": a span of
        # time by a word that measures one (not "once in a while", "a day job", "a year ago")
        spanned = _SPAN_BEFORE.search(window) and not re.match(
            r"[\s]+(?:ago|earlier|later|from\s+now|job|shift|trip|pass|care|school|old)\b|['\u2019]s?\b",
            sentence[match.end():], re.I) and not re.search(r"\bonce\s+in\s+$", window, re.I)
        if not qualified and not spanned:
            continue
        unit = _DURATION_UNITS["centur" if match.group("unit").lower() == "century"
                               else match.group("unit").lower()]
        mentions.append(Mention(match.start(), match.end(), 1.0, "duration", unit,
                                subject_hint="duration"))
    return mentions


def _numeric_mentions(sentence: str, masks: list[tuple[int, int]]) -> list[Mention]:
    """Digits and number words, with currency, scale, range and unit around them."""
    mentions: list[Mention] = []
    cores = _cores(sentence, masks)
    skip_next = False
    for index, (start, end, value, form) in enumerate(cores):
        if skip_next:
            skip_next = False
            continue
        text = sentence[start:end]
        window = max(0, start - _WINDOW)
        before, after = sentence[window:start], sentence[end:]
        currency = _CURRENCY_BEFORE.search(before)
        kind, unit, value_max, hint = "count", "", None, "after"
        if form == "digits":
            if re.match(r"^[A-Za-z]", after) and not _SUFFIXES_BY_NAME["x"].match(after):
                abbreviation = _ABBREVIATION_AFTER.match(after)
                if not (currency and abbreviation):
                    continue  # 3D, 1990s, 21st, 5G
                value *= _ABBREVIATED[abbreviation.group("abbr").lower()]
                end += abbreviation.end()
                after = sentence[end:]
            if re.match(r"^\.\d", after) or _is_list_number(sentence, start, end):
                continue
            if not currency and _is_name_or_label(sentence, start, end):
                continue
            if value <= 31 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)
                                or _DAY_RANGE_BEFORE.search(before) or _DAY_RANGE_AFTER.match(after)
                                or (_DAY_PAIR_BEFORE.search(before) and _YEAR_AFTER.match(after))):
                continue  # the day of a date, or of a span of days ("October 3-4", "3\u20134, 2023")
        if form == "words" and _ORDINAL_AFTER.match(after):
            continue  # "twenty-seventh", "two hundred and forty-ninth": an ordinal
        if form == "words" and 1000 <= value <= 2200 and _YEAR_WORDS_BEFORE.search(before):
            continue  # "in the year of our Lord two thousand twenty-four": a year
        if form == "words" and text[0].isupper() and _is_name_or_label(sentence, start, end):
            continue  # "World War Two": a name
        if form == "words" and re.search(r"[A-Za-z]-$", before):
            continue  # "ground-zero": part of a compound word
        if currency:
            start = window + currency.start()
            kind, unit = "money", _CURRENCIES[currency.group("cur")]
        # A range: "between 300 and 400", "2 to 3 million", "5-7 years".
        if index + 1 < len(cores):
            n_start, n_end, n_value, _ = cores[index + 1]
            join = sentence[end:n_start]
            per = _FOR_EVERY_JOIN.match(join)
            following = re.match(r"\s+([a-z]+)", sentence[n_end:])
            if per and n_value > value and float(value).is_integer() and not is_year_like(sentence[n_start:n_end]) \
                    and (not following or not following[1].endswith("s") or
                         following[1] == (per["noun"] or "") or following[1] == f"{per['noun']}s"):
                # "Mexico detained about one migrant for every six that U.S. agents
                # apprehended", "fewer than three returns for every 10 detention events": a
                # fraction (not "one agent for every 10 miles", a rate)
                mentions.append(Mention(start, n_end, value / n_value, "fraction", "fraction"))
                skip_next = True
                continue
            if _FRACTION_JOIN.match(join) and n_value > value and not is_year_like(
                    sentence[n_start:n_end]):
                mentions.append(Mention(start, n_end, value / n_value, "fraction", "fraction"))
                skip_next = True
                continue
            bare_scale = re.fullmatch(r"(?:hundred|thousand|million|billion|trillion)",
                                      sentence[n_start:n_end], re.I)
            if bare_scale and re.fullmatch(r"\s*-\s*", join):  # "a 1-million-person shortage"
                value *= n_value
                end, after, skip_next = n_end, sentence[n_end:], True
            joins_as_range = not bare_scale and _RANGE_JOIN.match(join) and (
                not re.search(r"\band\s*$", join, re.I) or re.search(r"\bbetween\s+$", before, re.I))
            if joins_as_range and not (is_year_like(text) or is_year_like(sentence[n_start:n_end])) \
                    and n_value > value:
                second_scale = re.search(r"(hundred|thousand|million|billion|trillion)\s*$",
                                         sentence[n_start:n_end], re.I)
                if second_scale and not re.search(r"(hundred|thousand|million|billion|trillion)",
                                                  text, re.I):
                    scale = n_value / parse_number(sentence[n_start:n_start + second_scale.start()])
                    value *= scale
                value_max, end, after = n_value, n_end, sentence[n_end:]
                skip_next = True
        if form == "words" and text.lower() in ("one", "an", "a") and not re.match(
                r"^\s?(?:%|percent|per\s?cent)", after, re.I):
            continue  # "one of the highest", "one night": a determiner, not a count
        if form == "words" and text[:1].isupper() and re.match(r"\s+[A-Z][a-z]", after) and \
                re.search(r"[a-z,]\s+$", sentence[:start]) and not title_case(sentence):
            continue  # "out past Three Points", "the Five Points station": a place's name
        if re.match(r"\s+tolerance\b", after, re.I) and text.lower() == "zero" or \
                text == "911" and not re.match(r"\s*(?:%|percent)", after):
            continue  # "zero tolerance" names a policy; "911" a telephone number
        suffix_kind, suffix = "", None
        for name, pattern in _SUFFIXES:
            suffix = pattern.match(after)
            if suffix:
                suffix_kind = name
                break
        if suffix_kind in ("fiscal_period",):
            continue
        if suffix_kind == "duration":
            unit_text = suffix.group("unit")
            if unit_text[0].isupper() and not before.strip() == "" and not title_case(sentence):
                continue  # "60 Minutes": a title (but in a headline every word is capitalised)
            if _TIME_SPAN_BEFORE.search(before) or _TIME_SPAN_AFTER.match(after[suffix.end():]) \
                    or (re.search(r"\b(?:the|this|that)\s+(?:last|past|next)?\s*$", before, re.I)
                        and not after.startswith("-")):  # "the 7-day average" is a duration
                continue  # "the last two years", "two years ago": a period, not a quantity
        if re.fullmatch(r"\d\d", text) and re.search(r"\b(?:19|20)\d\d\s?[-\u2013]\s?$", before) \
                and not suffix_kind:
            continue  # "FY 2009-12": the end of a range of years, not a quantity
        if (is_year_like(text) and not currency and value_max is None
                and suffix_kind not in ("percent", "percentage_point", "money", "dozen")):
            if _YEAR_CONTEXT_BEFORE.search(before) or not re.match(
                    r"^\s+(?:[a-z]+s|people)\b", after) or re.search(
                    r"\b(?:the|its|their|this|that|last|next)\s+$", before, re.I):
                # ("the 2025 elections": a year that names which ones)
                continue  # a year belongs to `period` and the timeline
        if form == "words" and value <= 10 and _DEFINITE_BEFORE.search(before) \
                and suffix_kind not in ("percent", "age") \
                and not (suffix_kind == "duration" and after.startswith("-")):
            continue  # "the two countries": a reference, not a reported quantity
        if suffix_kind == "dozen":
            value *= 12
            value_max = value_max * 12 if value_max else None
        elif suffix_kind in ("percent", "percentage_point"):
            kind, unit = "percent", "percent" if suffix_kind == "percent" else "percentage_point"
            hint = "percent"
        elif suffix_kind == "fold":
            kind, unit, hint = "ratio", "times", "before"
        elif suffix_kind == "x":
            kind, unit, hint = "ratio", "times", "comparative"
        elif suffix_kind == "age":
            kind, unit, hint = "age", suffix.group("unit").lower(), "after"
        elif suffix_kind == "duration":
            kind = "duration"
            unit = _DURATION_UNITS[suffix.group("unit").lower()]
            hint = "possessive" if suffix.group("poss") else "duration"
        elif suffix_kind == "times":
            if _COMPARATIVE_AFTER.match(after[suffix.end():]):
                kind, unit, hint = "ratio", "times", "comparative"
            else:
                unit = "times"
        elif suffix_kind == "money":
            kind, unit = "money", _CURRENCIES[re.sub(r"\s+", " ", suffix.group("unit").lower())]
        elif suffix_kind == "weight":
            unit = suffix.group("unit").lower().rstrip(".")
        if suffix:
            poss = suffix.groupdict().get("poss")
            end += suffix.start("poss") if poss else suffix.end()
        if kind in ("count", "age") and value <= 21 and (_CATEGORY_AGE_BEFORE.search(before) or
                                                _CATEGORY_AGE_AFTER.match(sentence[end:])):
            continue  # "a victim under 13", "a person 14 or older": a legal category, not a count
        if (kind == "count" and form == "digits" and value_max is None and value <= 120
                and float(value).is_integer() and (
                    (_APPOSITIVE_AGE_WHEN_BEFORE.search(before)  # "Purcell, now 66 and living"
                     and re.match(r"^\s*(?:[,;)]|and\b|\.(?:\s|$))", sentence[end:]))
                    or (_APPOSITIVE_AGE_BEFORE.search(before) and (
                        re.match(r"^\s*[,;)]", sentence[end:]) or (
                            # "“Quiet is not the same as ready,” said Ferrer, 61."
                            re.match(r"^\s*\.(?:\s|$)", sentence[end:]) and 15 <= value
                            and _SAID_NAME_BEFORE.search(before)))))):
            kind, unit = "age", "year"  # "Mar\u00eda Elena Ruiz, 34, arrived"
        if kind == "count" and form == "digits" and value_max is None and 1 <= value <= 120 and \
                float(value).is_integer() and (aged := _AGE_OF_A_PERSON_BEFORE.search(before)) and (
                    aged["event"] or aged["of"]  # "dies at 83", "a boy of 16"; "she was 79" only
                    # where the clause ends; "Joel was 22" only before "when"
                    or (aged["named"] and re.match(r"^\s+when\b|^\s+at\s+the\s+time\b", sentence[end:]))
                    or not aged["named"] and re.match(r"^\s*(?:[.,;]|\s+when\b|\s+at\s+the\s+time\b|\s+the\s+(?:last|first)\s+time\b|$)", sentence[end:])):
            kind, unit = "age", "year"  # "dies at 83", "until she was 79, when her knees gave out"
        if kind == "count" and form == "digits" and value_max is None and value <= 120 and \
                float(value).is_integer() and _PEOPLE_AGE_BEFORE.search(before) and \
                not re.match(r"^\s+(?!(?:is|was|has|does)\b)[a-z]+s\b", sentence[end:]):
            kind, unit, hint = "age", "year", "age"  # "overdose deaths of Iowans under 25"
        if kind == "count" and form == "digits" and value_max is None and 1 <= value <= 120 and \
                float(value).is_integer() and (kin := _KIN_AGE_BEFORE.search(before)) and (
                    kin["turned"].strip() in ("turned", "turns", "just turned", "just turns")
                    or re.match(r"^\s*(?:[.,;)]|$)", sentence[end:])):
            kind, unit = "age", "year"  # "with her daughter, 6.", "My daughter turned 6"
        if kind == "count" and form == "digits" and value_max is None and 1 <= value <= 120 and \
                float(value).is_integer() and re.search(
                    r"\b(?:his|her|their|my|our)\s+(?:oldest|youngest|eldest)\s+(?:is|was|turned|turns)\s+$",
                    before, re.I) and re.match(r"^\s*(?:[.,;)]|$)", sentence[end:]):
            kind, unit = "age", "year"  # "My oldest is 12."
        if kind == "count" and form == "digits" and value_max is None and value <= 120 and \
                float(value).is_integer() and _AGES_LIST_BEFORE.search(before):
            kind, unit = "age", "year"  # "two daughters, ages 7 and 10"
        if kind == "count" and form == "digits" and value_max is None and 1 <= value <= 12 and \
                float(value).is_integer() and ((_HOUR_BEFORE.search(before) and not re.match(
                    r"\s+(?:[a-z]+s|people|percent)\b", sentence[end:])) or (
                    re.search(r"\bat\s+$", before) and _HOUR_AFTER.match(sentence[end:]))):
            continue  # "opens at 4 to feed the people waiting", "at 5 in the morning": an hour
        if kind == "count" and value_max is None and value <= 120 and _AGE_NAMED_BEFORE.search(before):
            kind, unit = "age", "year"  # "The median age was 27"
        if _AGE_BEFORE.search(before) and kind == "count":
            kind, unit = "age", "year"
            start = window + _AGE_BEFORE.search(before).start()
        if kind == "money":
            hint = "money"
        mentions.append(Mention(start, end, value, kind, unit, value_max=value_max,
                                subject_hint=hint))
    return mentions


_VAGUE = re.compile(
    r"\b(?:(?P<tens>tens|hundreds)\s+of\s+(?P<big>thousands|millions|billions)"
    r"|(?P<plain>dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"|(?P<few>several|a\s+few|a\s+couple(?:\s+of)?)\s+(?P<scale>dozen|hundred|thousand|million|billion)"
    r")\b(?!-)", re.I)


def _vague_mentions(sentence: str) -> list[Mention]:
    """'hundreds of checkpoints', 'tens of thousands', 'several thousand': their floor."""
    mentions = []
    for match in _VAGUE.finditer(sentence):
        after = sentence[match.end():]
        if match.group("plain"):
            word = match.group("plain").lower()
            if word == "scores" and not re.match(r"^\s+of\b", after, re.I):
                continue  # test scores
            value = float(VAGUE_FLOORS[word])
        elif match.group("tens"):
            multiplier = 10 if match.group("tens").lower() == "tens" else 100
            value = multiplier * VAGUE_FLOORS[match.group("big").lower()]
        else:
            few = match.group("few").lower()
            scale = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6,
                     "billion": 1e9}[match.group("scale").lower()]
            value = (2 if "couple" in few else 1) * scale  # "several hundred": at least 100
        kind, unit = "count", ""
        if re.match(r"^\s+of\s+(?:dollars|pesos|euros)\b", after, re.I):
            currency = re.match(r"^\s+of\s+(\w+)", after).group(1).lower()
            kind, unit = "money", _CURRENCIES[currency]
        mentions.append(Mention(match.start(), match.end(), value, kind, unit, "at_least",
                                subject_hint="money" if kind == "money" else "after"))
    return mentions


_MULTIPLIER = re.compile(r"\b(?P<word>" + "|".join(MULTIPLIER_WORDS) + r")\b(?!-)", re.I)
_FOLD = re.compile(rf"\b(?P<n>{NUMBER_WORD}|\d+(?:\.\d+)?)-?fold\b", re.I)
_MULTIPLIER_NOT_QUANTITY = re.compile(
    r"^[\s-]+(?:digits?|standard|agent|check|down|duty|bed|room|edged|dip|decker|"
    r"jeopardy|whammy|life|lives|team|play|take|shift|role|bind|blow)\b", re.I)
_REFERENT_AFTER = re.compile(r"^\s+(?:the|that|what|its|their|his|her|those|this)\b"
                             # "triple fiscal 2019's", "double 2019's level", "double May's"
                             r"|^\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:\d{4}|FY\s?\d{2,4}|"
                             + "|".join(calendar.month_name[1:]) + r")(?:'s|\u2019s)"
                             # "more than double fiscal 2020": a year named as the baseline
                             r"|^\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?(?:19|20)\d\d|FY\s?\d{2,4})\b"
                             # "nearly triple October 2022": a month named as the baseline
                             r"|^\s+(?:" + "|".join(calendar.month_name[1:]) + r")\s+(?:19|20)\d\d\b"
                             # "more than triple Mexico's pre-pandemic 2019 total"
                             r"|^\s+(?-i:[A-Z][\w.\u00c0-\u024f-]*)(?:\s+(?-i:[A-Z][\w.\u00c0-\u024f-]*)){0,3}(?:'s|\u2019s)\s",
                             re.I)


#: "twice" before a subject pronoun or a past participle counts occasions, not a ratio.
_FREQUENCY_AFTER = re.compile(r"^\s+(?:(?:they|we|he|she|I|you)\s+\w+|"
                              r"[a-z]+ed\b(?!\s+(?:as|the|that|what|its|their)\b))", re.I)


def _multiplier_mentions(sentence: str) -> list[Mention]:
    """'double the number', 'tripled', 'twice as many', 'tenfold', '3-fold'."""
    mentions = []
    for match in _MULTIPLIER.finditer(sentence):
        word = match.group("word").lower()
        after = sentence[match.end():]
        if _MULTIPLIER_NOT_QUANTITY.match(after):
            continue
        at_clause_end = re.match(r"^\s*(?:[,.;:!?)\u201d\"]|$)", after) and not re.search(
            r"\b(?:about|roughly|nearly|almost|around|than|is|was|are|were|be|been|grew|rose|"
            r"increased|jumped|climbed|doubled|over|by)\s+$", sentence[:match.start()], re.I)
        if word in ("twice", "thrice") and (_FREQUENCY_AFTER.match(after) or at_clause_end):
            # ("the screen froze twice.", "every entry gets looked at twice")
            # "Twice they voted against it", "it was twice voted down": how many times
            mentions.append(Mention(match.start(), match.end(), float(MULTIPLIER_WORDS[word]),
                                    "count", "times", subject_hint="none"))
            continue
        if word in ("double", "triple", "quadruple", "quintuple", "twice", "thrice", "halves") and not (
                _REFERENT_AFTER.match(after) or re.match(r"^\s+(?:as|in|from|since)\b", after, re.I)
                or re.match(r"^\s*(?:[,.;:]|$)", after)):
            continue  # "a double agent", "visited twice"
        hint = "referent" if _REFERENT_AFTER.match(after) else (
            "comparative" if re.match(r"^\s+as\b", after, re.I) else "before")
        mentions.append(Mention(match.start(), match.end(), float(MULTIPLIER_WORDS[word]),
                                "ratio", "times", subject_hint=hint))
    for match in _FOLD.finditer(sentence):
        mentions.append(Mention(match.start(), match.end(), parse_number(match.group("n")),
                                "ratio", "times", subject_hint="before"))
    return mentions


_FRACTION = re.compile(
    r"(?<![\w-])(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|\d+)[\s-]"
    r"(?P<den>" + "|".join(sorted(FRACTION_DENOMINATORS, key=len, reverse=True)) + r")\b(?!-)",
    re.I)
_HALF = re.compile(r"(?<![\w-])half\b(?!-)", re.I)
_FRACTION_LEAD = re.compile(r"\b(?:by|than|nearly|almost|about|roughly|around|over|under|just|"
                            r"only|some|least|most)\s+$", re.I)
_HALF_LEAD = re.compile(r"\b(?:in|by|than|nearly|almost|about|roughly|around|over|under|just|"
                        r"only|some|least|most)\s+$", re.I)
_ORDINAL_LEAD = re.compile(r"\b(?:the|first|second|third|last|latter|former|other|next|"
                           r"previous|final)\s+$", re.I)


def _fraction_mentions(sentence: str) -> list[Mention]:
    """'more than half', 'two-thirds of', 'a third of', 'cut in half'."""
    mentions = []
    for match in _FRACTION.finditer(sentence):
        before, after = sentence[:match.start()], sentence[match.end():]
        plural = match.group("den").lower().endswith("s") and match.group("num").lower() not in (
            "a", "an", "one")
        if _ORDINAL_LEAD.search(before) and not plural:
            continue
        if not (plural or re.match(r"^\s+of\b", after, re.I) or _FRACTION_LEAD.search(before)
                or re.match(r"^\s*(?:[,.;:)]|$)", after)):
            continue  # "a third country": an ordinal
        value = fraction_value(match.group("num"), match.group("den"))
        mentions.append(Mention(match.start(), match.end(), value, "fraction", "fraction",
                                subject_hint="of"))
    for match in _HALF.finditer(sentence):
        before, after = sentence[:match.start()], sentence[match.end():]
        if _ORDINAL_LEAD.search(before) or re.search(r"\b(?:and|a|one)\s+$", before, re.I):
            continue  # "the first half of the year", "one and a half"
        if re.match(r"^\s+(?:an?\s+)?(?:hour|day|week|month|year|century|decade|mile|dozen|"
                    r"million|billion|thousand|hundred)\b", after, re.I):
            continue  # durations and "half a million" are read elsewhere
        if not (re.match(r"^\s+(?:of|the|its|their|his|her|all)\b", after, re.I)
                or _HALF_LEAD.search(before) or re.match(r"^\s*(?:[,.;:)]|$)", after)):
            continue
        mentions.append(Mention(match.start(), match.end(), 0.5, "fraction", "fraction",
                                subject_hint="of"))
    return mentions


#: A cheap first pass: a sentence with none of these holds no quantity and is skipped.
_TRIGGER = re.compile(
    r"\d|\b(?:" + "|".join([NUMBER_WORD, "half", "dozens?", "scores",
                            *MULTIPLIER_WORDS, *FRACTION_DENOMINATORS]) + r")"
    r"|fold\b|hundreds|thousands|millions|billions|trillions", re.I)
#: "more than a decade": a time unit after a qualifier holds a quantity too.
_A_UNIT_TRIGGER = re.compile(r"\ban?\s+(?:decade|year|month|week|day|hour|century)\b", re.I)


_TRIGGER_WORDS = frozenset(
    [*re.findall(r"[a-z]+", NUMBER_WORD), "half", "dozen", "dozens", "scores", *MULTIPLIER_WORDS,
     *FRACTION_DENOMINATORS, "hundreds", "thousands", "millions", "billions", "trillions"])
_WORDS = re.compile(r"[a-z]+")


_DIGIT = re.compile(r"\d")


def might_hold_quantities(sentence: str) -> bool:
    """A cheap first pass: digits, a number word, or a time unit after a qualifier."""
    if _DIGIT.search(sentence):
        return True
    lowered = sentence.lower()
    if "fold" in lowered or not _TRIGGER_WORDS.isdisjoint(_WORDS.findall(lowered)):
        return True
    return (" a " in lowered or " an " in lowered) and _A_UNIT_TRIGGER.search(sentence) is not None


def mask_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, phone numbers, clock times and the like: numbers that are not quantities."""
    spans = [m.span() for m in _MASKS.finditer(text)]
    if "@" in text or "http" in text or "www." in text:
        spans = sorted(spans + [m.span() for m in _URLS.finditer(text)])
    if _CITATION_HINT.search(text):
        spans = sorted(spans + [m.span() for m in _CITATIONS.finditer(text)])
    return spans


def find_mentions(sentence: str, masks: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every quantity in one sentence, left to right, overlaps resolved to the longest.

    `masks` are spans (relative to the sentence) to ignore; by default they are found in
    the sentence itself.
    """
    if not might_hold_quantities(sentence):
        return []
    masks = mask_spans(sentence) if masks is None else masks
    candidates = (_numeric_mentions(sentence, masks) + _vague_mentions(sentence)
                  + _multiplier_mentions(sentence) + _fraction_mentions(sentence)
                  + _a_unit_mentions(sentence))
    candidates = [c for c in candidates if not _in_short_title(sentence, c.start, c.end)]
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Mention] = []
    for candidate in candidates:
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(_qualifier(sentence, candidate))
    return chosen


# ------------------------------------------------------------------------- subjects

_NP_STOP = set("""
in into on onto at from to for with by across through since during over under between per
than as about after before along near toward towards against within without among amid
upon via like including and or but nor so yet because while when where whereas although
though if unless whether that which who whom whose what this these those there here it its
is are was were be been being am have has had having will would could should may might
must can cannot do does did said says say told according each every last next ago
too instead
also still just only even already then now again more most less least very much many such
their his her our your my they them he she we you i not no
""".split()) | {m.lower() for m in MONTHS}
_DETERMINERS = {"the", "a", "an", "all", "its", "their", "his", "her", "these", "those",
                "some", "of", "our", "this", "that", "such", "other", "about"}
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "personnel", "staff",
                      "cattle", "data", "media", "youth", "military", "crew", "troops",
                      "feet", "teeth", "mice", "geese", "folk", "clergy"}
_NOT_PLURAL = {"was", "has", "is", "its", "his", "this", "thus", "us", "across", "always",
               "perhaps", "less", "unless", "news", "series", "status", "bus", "gas",
               "analysis", "crisis", "basis", "process", "access", "congress", "business",
               "address", "success", "progress", "campus", "census", "consensus", "virus"}
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019-]*|\S")
_CHANGE_VERBS = (r"rose|risen|rising|fell|fallen|falling|dropped|dropping|increased|increasing|"
                 r"decreased|decreasing|declined|declining|grew|grown|growing|jumped|jumping|"
                 r"plunged|plummeted|surged|climbed|soared|shrank|shrunk|doubled|tripled|halved|"
                 r"reached|totaled|totalled|hit|topped|numbered|went\s+(?:up|down)|was|were|is|are|"
                 r"costs?|spent|spends?|paid|pays?|received|receives?|"
                 r"quadrupled|doubling|tripling|halving|stood|stands|stand|remained|remains|"
                 r"totals?|amounted|amounts?")
_CHANGE_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERBS})(?:\s+(?:by|to|from|about|around|at))?\s*$|"
                            rf"\b(?:{_CHANGE_VERBS})\s+from\s+[^,;.]{{1,60}}?\s+to\s*$",
                            re.I)  # "nearly doubled from their 2018 level to almost 1 million"
#: "Increases CBP supervisory inspectors by 600": what a verb of change changes, before "by N".
_CHANGED_BY = re.compile(
    r"\b(?:increas|rais|boost|expand|reduc|cut|lower|decreas|grow|grew)\w*\s+(?!(?:the\s+)?(?:number|"
    r"total|count)\b)(?P<np>[^,;:\d]{3,100}?)\s+by\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|"
    r"more\s+than\s+|over\s+|at\s+least\s+|up\s+to\s+)?$", re.I)
_TRANSITIVE_BEFORE = re.compile(
    r"\b(?:increased|raised|boosted|expanded|cut|reduced|lowered|slashed|multiplied|"
    r"increase|raise|boost|expand|cut|reduce|grew|grow)\s+"
    r"(?!(?:from|to|by|about|around|at|in|on|over|under|nearly|almost|approximately|some|more|"
    r"less|fewer|up|down)\b)(?P<np>(?:[\w\u2019'-]+\s+){1,5})$", re.I)
_PREPOSITIONS = (r"between|at|in|on|from|to|of|for|by|with|across|through|into|within|near|"
                 r"along|inside|outside|under|over")
_CLAUSE_BOUNDARY = re.compile(rf"(?:[,;:\u201c\u201d\"(]|\b(?:and|or)\b(?!\s+(?:{_PREPOSITIONS})\b)"
                              r"|\b(?:but|while|that|which|as|after|because|when|where|although|"
                              r"though|since|if)\b)", re.I)
_REFERENT_NOUNS = re.compile(r"^\s*(?:the|that|its|their|those|this)\s+(?:number|total|figure|"
                             r"amount|level|rate|count|size|tally|sum)?\b", re.I)


def _is_head_noun(word: str) -> bool:
    lower = word.lower().rstrip("'\u2019")
    if lower in _IRREGULAR_PLURALS:
        return True
    return (len(lower) > 3 and lower.endswith("s") and lower not in _NOT_PLURAL
            and not lower.endswith(("ss", "us", "is", "ous")))


_ACRONYM_AFTER_NAME = re.compile(r"(?<=[A-Za-z])\s+\([A-Z][A-Za-z]{1,6}\)(?=\s+[a-z])")


def noun_phrase(text: str, allow_capitals: bool = True) -> str:
    """The noun phrase at the start of `text`: up to its plural head or a function word."""
    if "(" in text[:120]:
        text = _ACRONYM_AFTER_NAME.sub("", text[:200])  # "Border Protection (CBP) personnel"
    words: list[str] = []
    for token in _WORD.finditer(text):
        word = token.group(0)
        lower = word.lower()
        if not words and lower in _DETERMINERS:
            continue
        if lower == "and" and words and words[-1][0].isupper() and re.match(
                r"\s+[A-Z]", text[token.end():]):
            words.append(word)  # "Customs and Border Protection personnel": one name
            continue
        if not word[0].isalpha() or lower in _NP_STOP:
            break
        if re.search(r"n['\u2019]t$", lower):
            break  # "couldn't": a verb
        if words and word[0].isupper() and not words[-1][0].isupper() and not allow_capitals:
            break  # lower-case words followed by a name
        words.append(word)
        in_name = word[0].isupper() and re.match(r"\s+(?:and\s+)?[A-Z]", text[token.end():])
        if (_is_head_noun(word) and not in_name) or len(words) == (5 if "and" not in words else 8):
            break
    if words and not any(_is_head_noun(w) for w in words):
        while words and re.search(r"(?:ed|ing)$", words[-1]) and words[-1][0].islower():
            words.pop()  # "45 included", "thousands more crossed": a verb, not a noun
    phrase = " ".join(words)
    return re.sub(r"['\u2019]s?$", "", phrase)


_TRAILING_TIME = re.compile(
    rf"\s+(?:in|during|since|for|from|by|of|last|this)\s+(?:the\s+)?(?:fiscal\s+year\s+)?"
    rf"(?:(?:{_MONTH_NAMES})\s*)?(?:\d{{4}}|year|month|week)?$", re.I)


def _phrase_before(text: str) -> str:
    """The subject of the clause that ends `text`: its noun phrase and, when one follows,
    a prepositional phrase ('Deportations from Mexico', 'Encounters of unaccompanied
    children')."""
    boundaries = list(_CLAUSE_BOUNDARY.finditer(text))
    if boundaries:
        text = text[boundaries[-1].end():]
    text = re.sub(r"^\s*(?:(?:also|however|yet|still|meanwhile)\b[,\s]*)+", "", text.strip(),
                  flags=re.I)
    head = noun_phrase(text)
    if not head:
        return ""
    rest = text[text.find(head.split()[-1]) + len(head.split()[-1]):]
    pp = re.match(r"^\s+(from|of|in|at|on|for|among)\s+(.*)$", rest, re.I | re.S)
    if pp:
        tail = noun_phrase(pp.group(2))
        if tail:
            head = f"{head} {pp.group(1)} {tail}"
    return _TRAILING_TIME.sub("", head)


_PATTERN_REACH = 360  # the longest a subject pattern ending at a mention can be
_LOOKBEHIND_CHARS = 160  # a reporting verb and up to five words before the mention


def _subject_before(sentence: str, mention: Mention) -> str:
    """The subject of the verb that reports the change: 'Deportations from Mexico fell by'."""
    before = sentence[: mention.start]
    # Both patterns end at the mention: looking back a bounded window keeps each search
    # constant-time, so a sentence dense with figures costs linear, not quadratic, time.
    window = max(0, len(before) - _LOOKBEHIND_CHARS)
    transitive = _TRANSITIVE_BEFORE.search(before, window)
    if transitive:
        return noun_phrase(transitive.group("np")) or transitive.group("np").strip()
    changed_by = _CHANGED_BY.search(before, window)
    if changed_by and (phrase := noun_phrase(changed_by.group("np"))):
        return phrase
    change = _CHANGE_BEFORE.search(before, max(0, len(before) - 100))  # verb + "from … to"
    if re.fullmatch(_CHANGE_VERBS, sentence[mention.start:mention.end], re.I):
        change = re.search(r"$", before)  # the mention is the verb itself: "doubled"
    if change:
        number_of = re.search(r"\b(?:number|total|count|amount)\s+of\s+(?P<np>.*)$",
                              before[: change.start()], re.I)
        if number_of:
            return noun_phrase(number_of.group("np"))
        return _phrase_before(before[: change.start()]) or _relative_antecedent(
            before[: change.start()])
    return ""


#: "record Border Patrol apprehensions—which, by the way, have risen": the noun a relative
#: clause hangs on.
_RELATIVE = re.compile(r"(?P<np>(?:[\w\u2019'-]+\s+){0,4}[\w\u2019'-]+)\s*[,\u2014\u2013-]*\s*"
                       r"(?:which|who|that)\b[^.;:\u201c\u201d]{0,60}$")


def _relative_antecedent(clause: str) -> str:
    """The noun before "which"/"that" when the verb's subject is a relative pronoun."""
    match = _RELATIVE.search(clause)
    if not match:
        return ""
    words = match.group("np").split()
    while words and words[0].lower() in _NP_STOP | _DETERMINERS:
        words = words[1:]
    stops = [i for i, w in enumerate(words) if w.lower() in _NP_STOP]
    words = words[stops[-1] + 1:] if stops else words
    phrase = noun_phrase(" ".join(words))
    return phrase if phrase and _is_head_noun(phrase.split()[-1]) else ""


#: The counted noun named before a "from N to M" change: "cut the number of people held in
#: its stations from 5,000 in May to 600".
_COUNTED_BEFORE = re.compile(
    r"\b(?:number|count|total|population)\s+of\s+(?P<np>[^,;:\d]{3,80}?)\s+(?:[^,;:]{0,60}?(?:\s|,\s))?"
    r"(?:(?:from|to)\s+(?:just\s+|only\s+|nearly\s+|about\s+|some\s+)?"
    r"(?:[^,;:\d]{0,3}\d[\d,.]*\s+(?:(?:in|per|a)\s+\w+\s+)?to\s+)?|[\u2013\u2014]\s*|--\s*|"
    r"(?:was|were|is|stood\s+at|reached|totaled|totalled|hit)\s+)$", re.I)


#: "a record number of Americans—71,000 in 2021": the noun before a dash.
_COUNTED_DASH = re.compile(r"\b(?:number|count|total|population)\s+of\s+(?P<np>[^,;:\d\u2013\u2014]{3,80}?)"
                           r"\s*(?:[\u2013\u2014]|--)\s*$", re.I)
#: "expanding refugee admissions from the Western Hemisphere from 5,000 in Fiscal Year 2021
#: to up to 50,000": the noun a verb of change takes, before "from N ... to M".
_CHANGED_FROM = re.compile(
    r"\b(?:expand|increas|rais|cut|cutting|reduc|lower|boost|grow|grew|doubl|tripl|slash|halv|rang|var|"
    r"shr[iau]nk|bring|brought|push|drive|drove|drop|dropp|ris|rose|climb|jump|fell|fall|"
    r"decreas|declin)\w*\s+(?:the\s+|its\s+|their\s+)?(?P<np>[a-z][^,;:\d]{2,80}?)\s+from\s+"
    r"(?:(?:just|only|nearly|about|some|roughly|approximately|fewer\s+than|more\s+than|over|under)\s+)?"
    r"(?:[^,;:\d]{0,3}\d[\d,.]*(?:\s+(?:million|thousand|billion))?(?:\s+(?:in|during|for)\s+[^,;:\d]{0,30}?"
    r"(?:\d{4})?)?\s+to\s+(?:(?:up\s+to|nearly|about|roughly|more\s+than|over|under|just|only|some)\s+)?)?$",
    re.I)
#: "The number served in each state ranged from fewer than 50 to over 24,000": what ranged.
_RANGED = re.compile(r"\s+(?:ranged|ranges|range|ranging|varied|varies|vary|varying)\s+from\s+"
                     r"(?:[^,;:\d]{0,20}\d[\d,.]*(?:\s+(?:million|thousand))?\s+to\s+)?[^,;:\d]{0,20}$", re.I)
#: "total annual apprehensions were at an all-time high of 1.64 million": a level named
#: before the number, of what the clause's subject counts.
_LEVEL_OF = re.compile(
    r"(?P<np>[^,;:\d]{3,120}?)\s+(?:was|were|is|are|stood|peaked|reached|hit|remained|fell\s+to|"
    r"rose\s+to|dropped\s+to|climbed\s+to)\s+(?:at\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:high|low|peak|record|level)\s+of\s+(?:about\s+|nearly\s+|roughly\s+|"
    r"some\s+|more\s+than\s+|over\s+|just\s+)?$", re.I)
#: "this group of 15,000", "a caravan of some 7,000 migrants": the collective is what is counted
#: when no noun follows the number.
_GROUP_OF = re.compile(r"\b(?P<noun>group|crowd|caravan|backlog|influx|wave|convoy|contingent|"
                       r"cohort|population|workforce|force|team|class)\s+of\s+(?:about\s+|some\s+|"
                       r"nearly\s+|roughly\s+|more\s+than\s+|over\s+|almost\s+|at\s+least\s+)?$", re.I)
#: "6.7 million--6.7 million--migrants": a number repeated between dashes for emphasis.
_REPEATED = re.compile(r"^\s*(?:--|[\u2013\u2014])\s*(?:(?P<again>[\d$][\d,.]*(?:\s+(?:million|billion|thousand))?)"
                       r"\s*(?:--|[\u2013\u2014])\s*)?")


def _subject(sentence: str, mention: Mention, previous: str) -> str:
    """What the mention counts, from the words around it (see Mention.subject_hint)."""
    after = sentence[mention.end:]
    hint = mention.subject_hint
    repeated = _REPEATED.match(after)
    surface = sentence[mention.start:mention.end]
    if repeated and (repeated.group("again") == surface or re.search(
            re.escape(surface) + r"\s*(?:--|[\u2013\u2014])\s*$", sentence[:mention.start])):
        after = " " + after[repeated.end():]  # the noun after the repetition is the count's
    if hint == "none":
        return ""
    named = re.match(r"^(?:an?\s+|the\s+)?(?:maximum|minimum)\s+(?P<np>[\w-]+(?:\s+[\w-]+)?)\s+of\b",
                     sentence[mention.start:mention.end], re.I)
    if named:  # "a maximum penalty of 20 years": the penalty
        return named.group("np")
    if hint == "referent" and _REFERENT_NOUNS.match(after):
        return previous or _subject_before(sentence, mention)
    if hint == "comparative":
        many = re.match(r"^\s+(?:as\s+)?(?:many|much|more)\s+(?P<np>.*)", after, re.I)
        if many:
            return noun_phrase(many.group("np")) or previous
        return previous or _subject_before(sentence, mention)
    if hint in ("of", "percent", "money"):
        leads = r"in|of|for|worth\s+of|on" if hint == "money" else r"of|among"
        lead = re.match(rf"^\s+(?:{leads})\s+", after, re.I)
        change = re.match(r"^\s+(?:increase|rise|drop|decline|decrease|jump|fall|gain|reduction|"
                          r"cut|share)\s+(?:in|of)\s+", after, re.I)
        if lead or change:
            return noun_phrase(after[(lead or change).end():])
        if hint == "money" and not _RATE_AFTER.match(after) and (
                phrase := noun_phrase(after, allow_capitals=False)):
            return phrase
        return _subject_before(sentence, mention) or previous
    if hint == "before":
        counted = _COUNTED_BEFORE.search(sentence[: mention.start])
        return (noun_phrase(counted.group("np")) if counted else "") or \
            _subject_before(sentence, mention) or previous
    if hint == "possessive":
        return noun_phrase(re.sub(r"^['\u2019]s?", "", after))
    if hint == "duration":
        lead = re.search(r"(?P<np>[\w\u2019'-]+)\s+(?:for|within|of|after|lasting|up\s+to)\s+$",
                         sentence[: mention.start], re.I)
        return lead.group("np") if lead else noun_phrase(after)
    if mention.kind == "age" and (people := _PEOPLE_AGE_BEFORE.search(
            sentence[:mention.start] + re.match(r"(?:(?:under|over|younger\s+than|older\s+than)"
                                                r"\s+)?", sentence[mention.start:]).group(0))):
        return people.group("who")  # "Iowans under 25": the surface holds "under"
    if mention.kind == "age":
        name = re.match(r"^\s+((?:[A-Z][\w\u2019'-]*\s?)+)", after)
        if name:
            return name.group(1).strip()
        before_name = re.search(r"((?:[A-Z][\w\u00c0-\u024f.\u2019'-]*\s){0,3}[A-Z][\w\u00c0-\u024f\u2019'-]+),"
                                r"(?:\s+who\s+(?:is|was|turns|turned)\s+(?:now\s+|then\s+|just\s+|only\s+)?|\s*(?:now|then)\s+)?\s*$",
                                sentence[: mention.start])
        if before_name:  # "Jane Doe, 46, of Laredo", "Sebastián, who is now 14"
            return before_name.group(1)
        return " ".join(noun_phrase(after).split()[:1])
    if re.match(r"^\s+who\b", after, re.I) and mention.kind == "count":
        return "people"  # "the 1.4 million who got away"
    if re.match(r"^\s+of\s+them\b", after, re.I):  # "the backlog of cases, 2 million of them"
        nouns = [w for w in _WORD.findall(sentence[max(0, mention.start - 120):mention.start])
                 if _is_head_noun(w) and w[0].islower()]
        return nouns[-1] if nouns else ""
    # Each pattern below ends at the mention and spans fewer than _PATTERN_REACH characters:
    # searching only that far back keeps a sentence dense with figures linear in time.
    reach = max(0, mention.start - _PATTERN_REACH)
    before = sentence[:mention.start]
    bare = not noun_phrase(after)  # no noun after the number
    level = _LEVEL_OF.search(before, max(0, mention.start - 200)) if bare else None
    if level and (phrase := noun_phrase(level.group("np"))):
        return phrase  # "apprehensions were at an all-time high of 1.64 million"
    counted = _COUNTED_BEFORE.search(before, reach) or _COUNTED_DASH.search(before, reach)
    if counted:  # "the number of refugees resettled ... from 4,000 in 2022 to over 30,000"
        return noun_phrase(counted.group("np"))
    changed = _CHANGED_FROM.search(before, reach) if bare else None
    if changed:  # "expanding refugee admissions ... from 5,000 ..."
        return noun_phrase(changed.group("np"))
    ranged = _RANGED.search(before, reach) if bare else None
    if ranged:  # "The number served in each state ranged from 50"
        return _phrase_before(sentence[: ranged.start()])
    group = _GROUP_OF.search(before, reach) if bare else None
    if group:  # "this group of 15,000", "a caravan of some 7,000"
        return group.group("noun")
    compound = re.match(r"^-(?P<noun>[a-z]+)\b", after)
    if compound and compound.group("noun") not in _DURATION_UNITS:  # "a 1-million-person shortage"
        noun = compound.group("noun")
        return {"person": "people", "man": "men", "woman": "women", "child": "children",
                "foot": "feet", "inch": "inches"}.get(
            noun, noun if noun.endswith("s") else noun + "s")
    or_more = re.search(r"\d[\d,.]*\s+(?P<np>[a-z][\w\s-]*?)\s+or\s+more$",
                        sentence[mention.start:mention.end], re.I)
    if or_more:  # "2,500 encounters or more"
        return noun_phrase(or_more.group("np"))
    of = re.match(r"^\s+of\s+", after, re.I)
    # "1,500 more border security agents", "4,300 additional asylum officers": the noun
    # after a word that adds to the count, not "more than"
    adding = re.match(r"^\s+(?:more|additional|new|extra|fewer)\s+(?!than\b)", after, re.I)
    phrase = noun_phrase(after[(of or adding).end():] if of or adding else after)
    if re.fullmatch(r"(?:day|night|week|month|year|hour)s?", phrase, re.I) and \
            _RATE_AFTER.match(after):
        phrase = ""  # "2,000 a day": the day is the rate's unit, not what is counted
    if not of and not adding and _WHEN_AFTER.match(after):
        phrase = ""  # "up from 140 the year before": when it was counted, not what
    if not phrase:  # "up from 242,359": the thing counted before it in the sentence
        phrase = _subject_before(sentence, mention) or previous
    return phrase


#: A time phrase right after a bare number: "up from 140 the year before", "15 the month
#: before", "140 a year earlier", "the 90 the previous summer".
_WHEN_AFTER = re.compile(r"^\s+(?:the|a|an|that|this|one)\s+(?:(?:previous|prior|same|preceding|"
                         r"following|next)\s+)?(?:day|night|week|month|year|quarter|decade|season|"
                         r"spring|summer|fall|autumn|winter)\b(?:\s+(?:before|earlier|prior|ago|"
                         r"later|after))?(?=\s*[.,;:)\u2014\u2013]|\s*$|\s+(?:and|but|when|as)\b)", re.I)


_PEOPLE_VERB_BEFORE = re.compile(r"\b(?:" + "|".join(vocabulary.words("english", "people_object_verbs"))
                                 + r")\s+(?:(?:another|nearly|about|some|more\s+than|over|"
                                 r"at\s+least|almost|roughly)\s+)?$", re.I)


_RATE_AFTER = re.compile(r"^\s*(?:a|an|per|each|every)\s+(?P<unit>day|night|week|month|year|hour)\b"
                         r"(?!\s+(?:earlier|later|ago|before|after|prior))|"
                         r"^\s*/\s*(?P<slash>day|week|month|year|hour)\b|"
                         r"^\s+(?P<adverb>daily|weekly|monthly|annually|a\s+year)\b"
                         r"(?!\s+(?:earlier|later|ago|before|after|prior|from|since))", re.I)


#: A rate word later in the same clause, with no other number or time phrase between:
#: "placing more than 970 individuals ... into the process each day on average".
_RATE_LATER = re.compile(r"^(?:[^,;:.\d\u2014()]|\([A-Z]{2,6}\))"  # "(USBP)" may stand in the noun
                         r"{0,120}?\s(?<!in\s)(?<!for\s)(?<!within\s)"
                         r"(?:(?:each|per|every(?:\s+single)?)\s+(?P<unit>day|week|month|year)\b"
                         # "9,300 commercial trucks cross our border daily": an adverb closing it
                         r"|(?P<adverb>daily|weekly|monthly|annually)(?=\s*[.,;:]|\s*$)"
                         # "8,000 people who cross at San Luis each morning", "40,000 heads of
                         # romaine a day", "15,000 trucks … on a typical weekday"
                         r"|(?:each|every|a|an)\s+(?P<part>morning|night|evening|weekday|workday)\b"
                         r"|(?<!in\s)(?<!for\s)(?<!within\s)(?<!over\s)an?\s+(?P<unit2>day|week|month|year)\b(?!\s+(?:earlier|later|ago|before|after))"
                         r"|on\s+a\s+(?:typical\s+|normal\s+|busy\s+|given\s+)?(?P<part2>weekday|day|workday))"
                         r"(?P<slash>)", re.I)


#: "a daily average of 77", "a 7-consecutive-calendar-day average of less than 1,500": a
#: rate named before the number.
_AVERAGE_BEFORE = re.compile(r"\b(?:(?P<adverb>daily|weekly|monthly|annual|yearly)|[\w-]*-(?P<unit>day|"
                             r"week|month))\s+average\s+(?:of\s+|has\s+|had\s+|is\s+|was\s+|"
                             r"(?:has\s+|had\s+)?(?:exceeded|reached|topped|surpassed|hit|been)\s+)?"
                             r"(?:just\s+|only\s+)?$", re.I)
#: The counted noun of a bare rate, a few words before "at"/"of": "averaged the lowest daily
#: nationwide apprehensions in history at approximately 264 per day".
_RATE_COUNTED_BEFORE = re.compile(r"\b(?P<noun>[a-z]{3,}(?<!ss)(?<!ous)(?<!is)s)\b(?:\s+[a-z][\w-]*){0,3}?"
                                  r"\s+(?:at|of|averaging|reaching|to)\s+$")
_ADVERB_UNITS = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year",
                 "yearly": "year"}


def _rate(sentence: str, mention: Mention, subject: str) -> Mention:
    """'8,000 migrants a day': a count per unit of time is a rate; so is 'seven days a week'."""
    if mention.kind == "duration" and mention.unit in ("hour", "day") and (
            per := re.match(r"^\s+(?:a|per|each)\s+(?P<unit>day|week)\b", sentence[mention.end:], re.I)):
        return replace(mention, kind="rate", unit=f"{mention.unit}s per {per.group('unit').lower()}")
    if mention.kind not in ("count", "money"):
        return mention
    average = _AVERAGE_BEFORE.search(sentence[max(0, mention.start - 80):mention.start])
    if average:
        per = average.group("unit") or _ADVERB_UNITS[average.group("adverb").lower()]
        base = mention.unit or head_noun(subject)
        return replace(mention, kind="rate", unit=f"{base} per {per.lower()}".strip())
    after = sentence[mention.end:]
    if subject and not _RATE_AFTER.match(after):
        position = after.find(subject)
        if 0 <= position <= 3 or (position >= 0 and re.match(r"^\s+of\s+(?:the\s+)?$",
                                                             after[:position], re.I)):
            after = after[position + len(subject):]
    match = _RATE_AFTER.match(after)
    clause = re.split(r"[,;:]", sentence[max(0, mention.start - 200):mention.start])[-1]
    after_number = re.split(r"\d", clause)[-1] if re.search(r"\d", clause) else ""
    if not match and mention.kind == "count" and not (
            re.search(r"\d", clause) and not re.search(r"\band\b", after_number)):
        # "970 individuals ... into the process each day"; a rate word later in the clause
        # is the first count's ("roughly 15,000 trucks cross its two bridges on a weekday")
        match = _RATE_LATER.match(after)
    if not match:
        return mention
    groups = match.groupdict()
    per = groups.get("unit") or groups.get("slash") or groups.get("unit2") or (
        "day" if groups.get("part") or groups.get("part2") else None) or {
        "daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
        "a year": "year"}[re.sub(r"\s+", " ", match.group("adverb").lower())]
    base = mention.unit or head_noun(subject)
    if not base and (counted := _RATE_COUNTED_BEFORE.search(sentence, max(0, mention.start - 120),
                                                            mention.start)):
        base = counted.group("noun").lower()  # "apprehensions in history at approximately 264 per day"
    return replace(mention, kind="rate", unit=f"{base} per {per.lower()}".strip())


# --------------------------------------------------------------------------- periods

_BASELINE_GAP = re.compile(
    r"^\s*(?:(?:the|that|its|their|what\s+it\s+was)(?:\s+[\w-]+){0,3}?\s+(?:in|of|during|for)"
    r"|[^,;.]{0,30}?\b(?:from|compared\s+(?:with|to)|than(?:\s+in)?|since|over)"
    # "two and a half times as many people as in fiscal 2022"
    r"|\s*as\s+(?:many|much)\b[^,;.]{0,40}?\bas(?:\s+(?:in|during|for|of))?)\s+"
    r"(?:the\s+)?(?:fiscal\s+year\s+)?$", re.I)


#: "from January through September, the last month of the U.S. government's 2024 fiscal
#: year": an aside that places a date inside a longer period, which is no figure's period.
_PART_OF_ASIDE = re.compile(r",\s+the\s+(?:last|first|final|second|third)\s+(?:month|day|week|quarter)\s+of\s+"
                            r"[^,;]*(?:[,;]|$)")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|when|the\s+(?:fiscal\s+)?(?:year|month|period)\s+that)"
                             r"\s+[^,;:()]*,")  # "in fiscal 2023, the year that ended Sept. 30,"
_OTHER_SHARE_BETWEEN = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than|(?:up|down)\s+from|from)\s+(?:about\s+|roughly\s+|"
                                  r"nearly\s+|some\s+|just\s+)?(?:one\s+in\s+\w+|a\s+(?:third|quarter|"
                                  r"fifth|half)|half|\d[\d.]*\s*(?:percent|%))\s+(?:in|during|for)\s+$", re.I)
_SERIES_START_BEFORE = re.compile(r"\b(?:going|goes|go|dating|dates|date|reaching|reach)\s+back\s+to\s+"
                                  r"(?:(?:fiscal|calendar)\s+(?:year\s+)?)?$|\brecords?\s+(?:began|begin|"
                                  r"start(?:ed)?)\s+in\s+$", re.I)
#: The counted noun and a preposition between a number and the date it is of.
_OWN_DATE_AFTER = re.compile(r"^\s+(?:[a-z][\w'-]*\s+){0,3}?(?:in|during|for)\s+(?:the\s+)?$"
                             # "the roughly 900,000 apprehensions U.S. Border Patrol agents made
                             # along the southwest border from January through September"
                             r"|^\s+[a-z][\w'-]*\s+(?:that\s+)?(?:(?:U\.S\.\s+)?[A-Z][\w.]*\s+){1,3}(?:agents\s+|officers\s+)?"
                             r"(?:made|recorded|counted|apprehended|encountered|detained|reported)\s+"
                             r"(?:[\w'-]+\s+){0,5}?(?:from|in|during|between)\s+(?:the\s+)?$")


def _not_releases(sentence: str, expressions: list[TimeExpression],
                  sentence_start: int) -> list[TimeExpression]:
    """The expressions that are not a release's date ("figures CBP released Wednesday"):
    the same for every mention of a sentence, so found once per sentence."""
    return [e for e in expressions
            if not dates_a_release(sentence[:e.start - sentence_start])] or list(expressions)


#: Between a later multiple and a date: the date is what the multiple is of ("up about 22
#: percent in a month and nearly triple the number at the ports in August 2021").
_LATER_FIGURES_BASELINE = re.compile(r"^\S*\s+(?:times\s+)?(?:the|that|its|their)\s+(?:[^,;.\d]{0,60}?\b"
                                     r"(?:in|of|for|during)\s+)?$", re.I)  # ("nearly triple the 2019 level")


def _periods(sentence: str, mention: Mention, expressions: list[TimeExpression],
             sentence_start: int, not_releases: list[TimeExpression] | None = None,
             later: list[Mention] = ()) -> tuple[str, str]:
    """(period, baseline_period) of a mention from the sentence's time expressions; `later`
    are the mentions after it in the sentence (a date a later multiple is of is not this
    one's)."""
    start, end = mention.start + sentence_start, mention.end + sentence_start
    baseline = ""
    # "figures CBP released Wednesday": the release's date, not the figure's period
    candidates = list(not_releases) if not_releases is not None else \
        _not_releases(sentence, expressions, sentence_start)
    # "Fiscal 2022, which closed at the end of September, ...: 2,378,944 encounters": a date in
    # a relative clause describes what the clause hangs on, not a figure outside it
    asides = [m.span() for m in list(_RELATIVE_ASIDE.finditer(sentence)) + list(_PART_OF_ASIDE.finditer(sentence))
              if not m.start() <= mention.start < m.end()]
    candidates = [e for e in candidates if not any(
        a <= e.start - sentence_start < b for a, b in asides)] or candidates
    # "the highest monthly count in CBP's figures going back to October 2018": where a series
    # begins is no figure's period
    candidates = [e for e in candidates  # (the pattern ends at the date: 80 characters do)
                  if not _SERIES_START_BEFORE.search(
                      sentence[max(0, e.start - sentence_start - 80):e.start - sentence_start])]
    # "the third-highest fiscal-year total …, behind fiscal 2023 and fiscal 2022": the years a
    # rank is set against are no figure's period
    candidates = [e for e in candidates if not ranked_against(
        sentence[max(0, e.start - sentence_start - 60):e.start - sentence_start])]
    candidates = [e for e in candidates if not any(
        other.kind == "ratio" and mention.end <= other.start and other.end <= e.start - sentence_start
        and _LATER_FIGURES_BASELINE.match(sentence[other.end:e.start - sentence_start])
        for other in later)]
    if not candidates:
        return "", baseline
    if mention.kind in ("ratio", "percent", "fraction"):
        for expression in expressions:
            gap = sentence[mention.end: expression.start - sentence_start]
            if expression.start >= end and _BASELINE_GAP.match(gap):
                baseline = expression.label
                candidates.remove(expression)
                # "In April 2020, …, a drop of more than 70 percent from March and the lowest
                # since October 2018": with its baseline after it, a change's own date is before
                earlier = [e for e in candidates if e.end <= start]
                candidates = earlier or candidates
                break
    if not candidates:
        return "", baseline
    # "In 2021, ports accounted for less than 5 percent of all encounters; in 2023, nearly one
    # in five …": a date in another clause after a semicolon is that clause's
    left = sentence.rfind(";", 0, mention.start) + 1
    right = sentence.find(";", mention.end)
    right = len(sentence) if right < 0 else right
    own_clause = [e for e in candidates
                  if left <= e.start - sentence_start and e.end - sentence_start <= right]
    candidates = own_clause or candidates
    if mention.kind in ("percent", "fraction"):
        # "about 28 percent of all encounters that year, compared with about one in eight in
        # fiscal 2019": a date right after another share compared with is that share's
        others = [e for e in candidates if e.start >= end and _OTHER_SHARE_BETWEEN.search(
            sentence[mention.end:e.start - sentence_start])]
        candidates = [e for e in candidates if e not in others]
        if not candidates:
            return "", baseline

    def distance(expression: TimeExpression) -> tuple[int, int]:
        gap = max(0, expression.start - end, start - expression.end)
        if expression.start >= end and _OWN_DATE_AFTER.match(
                sentence[mention.end: expression.start - sentence_start]):
            gap = 0  # "about 1.57 million apprehensions in fiscal 2000": the figure's own date
        return gap, 0 if expression.start >= end else 1

    return min(candidates, key=distance).label, baseline


# ----------------------------------------------------------------------------- table

#: Words that make a measure with the noun after them: "1,200 square miles".
_MEASURE_MODIFIERS = {"square", "cubic"}


def head_noun(subject: str) -> str:
    """The counted noun of a subject: its first plural-looking word, else its last word."""
    words = subject.split()
    named = len(words) > 2 and words[1] == "and" and words[2][0].isupper()  # "Texas and Arizona"
    if len(words) >= 2 and words[0].lower() in _MEASURE_MODIFIERS:
        return f"{words[0].lower()} {words[1].lower()}"  # "square miles", "cubic feet": one unit
    for word in words:
        if _is_head_noun(word) and (word[0].islower() or (word is words[0] and not named)):
            return word.lower().rstrip("'\u2019")
    return words[-1].lower() if words else ""


def _format_unit(mention: Mention, subject: str) -> str:
    if mention.kind == "count" and not mention.unit:
        return head_noun(subject)
    return mention.unit


#: "arrested more than 150,000 and deported more than 135,000 illegal aliens": two counts
#: joined by and/or share the counted noun of the second.
_COORDINATED = re.compile(r"^\s*,?\s*(?:and|or|to|but)\s+(?:[a-z]+\s+){0,2}$")


#: "passed 86 to 42", "by a vote of 353-126", "failed 48-52": the two sides of a vote.
_VOTE_TALLY = re.compile(r"\b(?:passed|approved|adopted|rejected|defeated|failed|fell|carried|"
                         r"vote\s+of|voted)\s+(?:\w+\s+){0,2}?\d+\s*(?:to|-|\u2013)\s*\d+\b", re.I)


#: A number standing alone before the end of its clause: an ellipsis of the noun counted
#: just before ("under Trump, 450; under Biden, over 24,000").
_STANDS_ALONE = re.compile(r"^\s*(?:[,;.!?)\u2014]|$)")


def _coordinated_subject(sentence: str, mentions: list[Mention], index: int) -> str:
    """"2,000 and 3,000 migrants": the noun of the next count in a coordination."""
    if index + 1 >= len(mentions) or mentions[index + 1].kind != "count":
        return ""
    if not _COORDINATED.match(sentence[mentions[index].end: mentions[index + 1].start]):
        return ""
    return _subject(sentence, mentions[index + 1], "")


_GENERIC_SUBJECT = re.compile(r"(?:the\s+)?(?:number|total|figure|count|tally)", re.I)


def _counted_earlier(rows: list[dict], paragraph: int) -> str:
    """What the last count of the same paragraph counts, for a bare "the number" after it."""
    for row in reversed(rows):
        if row["paragraph"] != paragraph:
            return ""
        if row["kind"] == "count" and row["subject"] and not _GENERIC_SUBJECT.fullmatch(row["subject"]):
            return row["subject"]
    return ""


def extract_statistics(article: Article) -> pd.DataFrame:
    """The statistics table of DESIGN.md for one article, one row per quantitative mention."""
    rows = []
    article_masks = mask_spans(article.text)
    people = None
    years: dict[int, int] | None = None  # computed once, and only for a text with figures
    for sentence in article.sentences:
        text = article.sentence_text(sentence)
        masks = [(max(a, sentence.start) - sentence.start, min(b, sentence.end) - sentence.start)
                 for a, b in article_masks if a < sentence.end and sentence.start < b]
        mentions = find_mentions(text, masks)
        if not mentions:
            continue
        if years is None:
            years = context_years(article, paragraphs=False)
        with reading_in_year(years.get(sentence.index)):
            expressions = [e for e in find_time_expressions(text, article.published,
                                                             offset=sentence.start)
                           if not _masked(e.start - sentence.start, e.end - sentence.start, masks)]
        if people is None:
            from analysis.entities import find_people

            people = find_people(article)
        source = source_of(article, sentence, people)
        not_releases = _not_releases(text, expressions, sentence.start)
        previous_subject = ""
        for index, mention in enumerate(mentions):
            subject = _subject(text, mention, previous_subject)
            if not subject and mention.kind == "count" and not mention.unit:
                subject = _coordinated_subject(text, mentions, index)
            if not subject and mention.kind == "count" and not mention.unit and \
                    _PEOPLE_VERB_BEFORE.search(text[max(0, mention.start - 60):mention.start]) and \
                    not re.match(r"\s*(?:percent|%|times|of\b)", text[mention.end:], re.I):
                subject = "people"  # "ICE arrests 3, detains 32 at Phoenix drop house"
            if not subject and mention.kind == "count" and not mention.unit and any(
                    m.start() <= mention.start < m.end() for m in _VOTE_TALLY.finditer(text)):
                subject = "votes"  # "The amendment passed 86 to 42": a vote's tally
            if not subject and mention.kind == "count" and not mention.unit and \
                    _STANDS_ALONE.match(text[mention.end:]) and rows and \
                    rows[-1]["paragraph"] == sentence.paragraph and rows[-1]["kind"] == "count":
                subject = rows[-1]["subject"]  # "Trump, 2.6 million crossings; Biden, 8.3 million."
            if _GENERIC_SUBJECT.fullmatch(subject) and (
                    earlier := _counted_earlier(rows, sentence.paragraph)):
                subject = earlier  # "… 24,000 children. … the number has doubled to 47,000"
            mention = _rate(text, mention, subject)
            if mention.kind == "duration" and mention.unit == "decade":
                # "more than a decade", "two decades": in years, as durations are counted
                mention = replace(mention, unit="year", value=mention.value * 10,
                                  value_max=None if mention.value_max is None else mention.value_max * 10)
            period, baseline = _periods(text, mention, expressions, sentence.start, not_releases,
                                        mentions[index + 1:])
            if mention.subject_hint == "referent" and not period and previous_subject:
                period = rows[-1]["period"] if rows else ""
            start, end = sentence.start + mention.start, sentence.start + mention.end
            rows.append({
                "article_id": article.article_id,
                "stat_id": "",
                "paragraph": sentence.paragraph,
                "sentence": sentence.index,
                "char_start": start,
                "char_end": end,
                "surface": article.text[start:end],
                "value": mention.value,
                "value_max": mention.value_max,
                "qualifier": mention.qualifier,
                "kind": mention.kind,
                "unit": _format_unit(mention, subject),
                "subject": subject,
                "period": period,
                "baseline_period": baseline,
                "source": source,
                "sentence_text": " ".join(text.split()),
            })
            previous_subject = subject or previous_subject
    # built column by column with their types (one DataFrame, no casts: it is on the hot path)
    columns = {name: [row[name] for row in rows] for name in COLUMNS}
    columns["stat_id"] = [f"s{i:03d}" for i in range(1, len(rows) + 1)]
    columns["value"] = np.array(columns["value"], dtype=float)
    columns["value_max"] = np.array([math.nan if v is None else v for v in columns["value_max"]],
                                    dtype=float)
    for column in ("paragraph", "sentence", "char_start", "char_end"):
        columns[column] = np.array(columns[column], dtype=int)
    table = pd.DataFrame(columns, columns=COLUMNS)
    assert all(math.isfinite(v) for v in table["value"])
    return table
