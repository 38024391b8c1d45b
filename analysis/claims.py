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
from dataclasses import dataclass, replace

import datetime as dt

import pandas as pd

from analysis.article import Article
from analysis.numbers import NUMBER_WORDS, parse_number
from analysis.periods import (TimeExpression, context_years, dates_a_release,
                              find_time_expressions, ranked_against, reading_in_year)
from analysis import vocabulary
from analysis.series import periods_of
from analysis.vocabulary import alternation, words

COLUMNS = ["article_id", "claim_type", "char_start", "char_end", "surface", "direction",
           "strength", "subject", "period", "month_name", "extra", "paragraph", "sentence",
           "sentence_text"]


def words_re(name: str) -> str:
    """A claims.yaml word list as a whole-word pattern (spaces match any white space)."""
    return r"(?<![\w-])(?:" + alternation("claims", name).replace(r"\ ", r"\s+") + r")(?![\w-])"


_DOWN_STRONG = alternation("claims", "trend_down_strong").replace(r"\ ", r"\s+")
_DOWN = alternation("claims", "trend_down").replace(r"\ ", r"\s+")
_UP_STRONG = alternation("claims", "trend_up_strong").replace(r"\ ", r"\s+")
_UP = alternation("claims", "trend_up").replace(r"\ ", r"\s+")
_TREND = re.compile(rf"\b(?:has\s+|have\s+|had\s+)?(?P<verb>{_DOWN_STRONG}|{_DOWN}|{_UP_STRONG}|"
                    rf"{_UP})\b(?P<again>\s+again)?", re.I)
_HEADLINE_TREND = re.compile(rf"\b(?P<verb>{alternation('claims', 'headline_trend_down')}|"
                             rf"{alternation('claims', 'headline_trend_up')})\b", re.I)
_HEADLINE_DOWN = set(vocabulary.words("claims", "headline_trend_down"))
_RECORD = re.compile(
    r"\b(?:in\s+)?record\s+(?:numbers|levels?|highs?|lows?)\b|\ball-time\s+(?:monthly\s+|annual\s+|yearly\s+)?(?:high|low)s?\b"
    r"|\b(?:the|a)\s+record\s+(?:set|reached|high|of)\b|\ba\s+record(?=\s+\d|\s*[.;]|\s*,\s+(?:CBP|officials|according|the\s+agency))|\b(?:highest|lowest|most|fewest)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:on\s+record|ever\s+recorded|ever)\b"
    r"|\b(?:more|fewer)\s+[\w\s]{0,30}?\s+than\s+ever\b"
    # "October's combined total surpassed every previous month on record"
    r"|\b(?:surpassed|topped|exceeded|outpaced|beat|eclipsed)\s+every\s+(?:previous|prior|other|earlier)\s+"
    r"(?:month|year|fiscal\s+year)\b"
    # "the worst month in the history of the southern border", "the busiest year in its history"
    r"|\b(?:worst|busiest|highest|biggest|largest|heaviest|quietest|slowest|lowest)\s+(?:single\s+)?"
    r"(?:month|year|fiscal\s+year)\s+(?:ever\s+)?in\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?history\b"
    # "the most apprehensions in any month of DHS's long series", "the fewest for any year"
    r"|\b(?:highest|lowest|most|fewest)\s+(?:[\w-]+\s+){0,3}?(?:in|for|of)\s+any\s+(?:single\s+)?"
    r"(?:calendar\s+|fiscal\s+)?(?:month|year)\b(?!\s+since\b(?!\s+(?:the\s+agency|CBP|it|they|"
    r"officials|the\s+government)\s+(?:began|started)\s+keeping\s+(?:records|track)))"
    # ("the most in any single month since the agency began keeping records": on record)
    # "That topped fiscal 2022's 2,378,944, the previous record": a record of the period before
    r"|\bthe\s+(?:previous|prior|old|former)\s+(?:(?:monthly|annual|yearly|all-time)\s+)?record\b"
    r"(?!\s+(?:low|lows)\b)"
    # "Agents had never logged more apprehensions in a single month"
    r"|\bnever\s+(?:before\s+)?(?:logged|recorded|seen|made|counted|apprehended|encountered|"
    r"registered|reported)\s+(?:more|so\s+many)\b[\w\s'\u2019-]{0,60}?\bin\s+(?:a\s+single|one|any)\s+"
    r"(?:month|year)\b"
    # "the highest annual figure in the series", "the most in DHS's Border Patrol records"
    r"|\b(?:highest|lowest|most|fewest|largest|smallest)\s+(?:[\w-]+\s+){0,3}?in\s+"
    r"(?:the|its|their|(?:[\w.-]+(?:'s|\u2019s)?\s+){1,3}?)\s*(?:series|records|data|history)\b"
    # "more migrants in 2024 than in any year on record"
    r"|\b(?:more|fewer)\s+[\w\s.-]{0,60}?\s+than\s+(?:in\s+)?any\s+(?:other\s+)?"
    r"(?:calendar\s+|fiscal\s+)?(?:year|month)\s+on\s+record\b"
    # "set the current record", "set what was then a monthly record"
    rf"|\b(?:{alternation('claims', 'record_set_verbs')})\s+(?:what\s+was\s+then\s+)?(?:a|the)\s+"
    rf"(?:(?:{alternation('claims', 'record_kinds')})\s+){{0,2}}record\b(?!\s+(?:low|lows)\b)"
    rf"|{words_re('record_high')}|(?P<low>{words_re('record_low')})", re.I)
_ADJECTIVES = "|".join(sorted(words("claims", "rank_high") + words("claims", "rank_low"),
                              key=len, reverse=True))
_LOW_ADJECTIVES = {w.lower() for w in words("claims", "rank_low")}
#: "in DHS records", "in the series", "in those records"
_IN_RECORDS = (r"in\s+(?:(?:the|its|their|[\w.-]+(?:'s|\u2019s)?)\s+){0,6}?(?:records|series|data|"
               r"figures)(?!\s+on)")  # ("in the Department of Homeland Security's records")
#: "since at least 2000", "since fiscal 2000", "since October 2018": where a bundled series
#: begins (claims.yaml `series_starts`), so a rank or record in the records.
_SINCE_SERIES_START = (r"since\s+(?:at\s+least\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:"
                       + alternation("claims", "series_starts").replace(r"\ ", r"\s+") + r")")
#: The ordinals of a rank ("the ninth-highest"), longest first (claims.yaml `ordinals`).
_ORDINAL = alternation("claims", "ordinals")
_RANK = re.compile(
    # ("Border Patrol's second-busiest January in records going back to fiscal 2000")
    r"\b(?:one\s+of\s+(?:the|its|their)|the|its|their|[A-Z][\w.-]*(?:'s|\u2019s))\s+"
    r"(?:(?P<ordinal>" + _ORDINAL + r")[-\s]+)?"
    r"(?:(?P<adjective>" + _ADJECTIVES + r")\s+(?:(?:calendar|fiscal)\s+)?"
    r"(?P<what>(?:" + "|".join(calendar.month_name[1:]) + r")s?|months?|years?|"
    # "one of the highest monthly totals on record"
    r"(?:monthly|annual|yearly)\s+(?:totals?|counts?|figures?|levels?|tallies|tally))"
    # "the second-highest month for Border Patrol apprehensions on record", "the
    # fourth-highest year for Border Patrol apprehensions in DHS records"
    r"(?:\s+(?:for|of|in|at)(?:\s+[\w'\u2019-]+){1,4}?(?=\s+(?:on\s+record|" + _IN_RECORDS + r"|"
    + _SINCE_SERIES_START + r")))?"
    r"\s+(?:on\s+record|ever|in\s+(?:history|decades)"
    # "the busiest July in DHS records", "the lowest April in the series", "the
    # fourth-busiest February for Border Patrol agents since at least 2000"
    r"|" + _IN_RECORDS + r"|" + _SINCE_SERIES_START + r")\b"
    # "the fifth-highest for any fiscal year in DHS records"
    # "the fifth-highest Border Patrol total in any fiscal year since 2000" (DHS's series
    # begins in fiscal 2000: a rank in its records)
    r"|(?P<adjective2>" + _ADJECTIVES + r")\s+(?:[\w'\u2019-]+\s+){0,3}?(?:for|in|of)\s+any\s+"
    r"(?:(?:calendar|fiscal)\s+)?(?P<what2>years?|months?|" + "|".join(calendar.month_name[1:])
    + r")\s+(?:on\s+record|" + _IN_RECORDS + r"|" + _SINCE_SERIES_START + r")\b"
    # "Calendar 2023 was the second-busiest.": the noun left out (an ordinal needed)
    r"|(?<=[-\s])(?P<bare>" + _ADJECTIVES + r")(?=\s*[.;,:]))", re.I)
_MONTH_NAMES = "|".join(calendar.month_name[1:])
#: "the fewest of López Obrador's six years", "the most of the last five years": the extreme
#: of a window of years (`extra` "years:6", "years:6:term" when a possessive names whose).
_OF_YEARS = re.compile(r"\bthe\s+(?:(?P<ordinal>" + _ORDINAL + r")[-\s]+)?"
                       r"(?P<adjective>fewest|most|lowest|highest|smallest|largest|busiest|quietest)\s+of\s+"
                       r"(?:(?:any\s+of\s+)?the\s+(?:last\s+|past\s+)?|(?P<whose>(?:[\w\u00c0-\u024f.-]+\s+){0,2}?"
                       r"[\w\u00c0-\u024f.-]+(?:'s|\u2019s))\s+)(?P<n>\w+)\s+(?:fiscal\s+|calendar\s+)?years\b"
                       # "the third-highest of the six fiscal years since 2019": the years since then
                       r"(?:\s+since\s+(?:fiscal\s+)?(?P<since>(?:19|20)\d\d))?", re.I)
#: "made more arrests than in any month in the agency's records", "apprehended more people
#: than in any fiscal year since at least 2000": a record, said with a comparative.
_MORE_THAN_ANY = re.compile(r"\b(?P<cmp>more|fewer)\s+(?:[\w'\u2019-]+\s+){0,4}?than\s+(?:in\s+)?any\s+"
                            r"(?:other\s+|full\s+|single\s+)?(?P<what>(?:(?:fiscal|calendar)\s+)?years?|"
                            r"months?)\b(?:\s+(?:on\s+record|in\s+(?:[\w.\u2019'-]+\s+){1,6}?(?:records|series|"
                            r"data|figures|statistics)|" + _SINCE_SERIES_START + r")\b|(?=\s*(?:[.;,]|$)))",
                            re.I)
#: "the busiest month of the fiscal year": the extreme among the months of one year
#: (`extra` "within:fiscal" or "within:year", then ":2" for "the second-busiest").
_WITHIN_YEAR = re.compile(r"\b(?:the|(?-i:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['\u2019]s)\s+(?:(?P<ordinal>"
                          + _ORDINAL + r")[-\s]+)?"
                          r"(?P<adjective>" + _ADJECTIVES + r")\s+month\s+of\s+(?:the\s+"
                          r"(?:(?P<fiscal>fiscal)\s+|calendar\s+)?year\b"
                          # "the busiest month of fiscal 2024", "the quietest month of 2023"
                          r"|(?P<fiscal_named>fiscal(?:\s+year)?\s+|FY\s?)(?:19|20)?\d\d\b"
                          r"|(?:calendar\s+(?:year\s+)?)?(?:19|20)\d\d\b"
                          # "September was the quietest month of the second half": of a half year
                          r"|the\s+(?P<half>first|second)\s+half\b(?:\s+of\s+the\s+(?P<half_fiscal>fiscal\s+)?"
                          r"year\b)?)", re.I)
#: "the fiscal year's second-busiest month": the same, with the year before the month.
_YEARS_MONTH = re.compile(r"\bthe\s+(?P<fiscal>fiscal\s+)?year['\u2019]s\s+(?:(?P<ordinal>" + _ORDINAL
                          + r")[-\s]+)?(?P<adjective>" + _ADJECTIVES + r")\s+month\b", re.I)
#: "a record year at the border", "after record December", "as record fiscal year closes": a
#: period named a record (a month name: the highest of its name; a year or month: of all).
_RECORD_NOUN = re.compile(r"(?<!\bon\s)\b(?:an?|the|its|another|after|as)\s+(?:new\s+)?record(?:-setting|-breaking)?\s+"
                          r"(?P<what>(?:fiscal\s+|calendar\s+)?year|month|" + "|".join(calendar.month_name[1:])
                          + r")\b(?!\s+(?:high|low|levels?|numbers?|highs|lows)\b)", re.I)
#: "between the two years": a pair the article named before ("between fiscal 2021 and fiscal
#: 2023, the two years that bracket …").
_THE_TWO_YEARS = re.compile(r"\b(?:between|over|across)\s+the\s+two\s+years\b", re.I)
_NAMED_PAIR = re.compile(r"\bbetween\s+(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<a>(?:19|20)\d\d)\s+and\s+"
                         r"(?:fiscal\s+(?:year\s+)?)?(?P<b>(?:19|20)\d\d)\b", re.I)
#: "The busiest month in 2021's first eight months was March": the extreme (or a rank) among
#: the months of a span the sentence names (`extra` "within:span:<label>[:rank]").
_MONTH_OF_SPAN = re.compile(r"\b[Tt]he\s+(?:(?P<ordinal>" + _ORDINAL + r")[-\s]+)?(?P<adjective>"
                            + _ADJECTIVES + r")\s+month\s+(?:in|of)\s+(?P<span>[^,;.]{3,50}?)\s+"
                            r"(?:was|came\s+in)\s+(?P<month>" + "|".join(calendar.month_name[1:])
                            + r")(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)")
#: "In fiscal 2019, the busiest month was June 2019": the same, the span leading the sentence.
_SPAN_THEN_MONTH = re.compile(r"\b(?:In|During|Over|For)\s+(?P<span>(?:fiscal\s+(?:year\s+)?|calendar\s+)?"
                              r"(?:19|20)\d\d),\s+the\s+(?:(?P<ordinal>" + _ORDINAL + r")[-\s]+)?"
                              r"(?P<adjective>" + _ADJECTIVES + r")\s+month\s+(?:was|came\s+in)\s+"
                              r"(?P<month>" + "|".join(calendar.month_name[1:])
                              + r")(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)")
_FIRST_TIME_SINCE = re.compile(r"\bfor\s+the\s+first\s+time\s+since\s+(?:last\s+)?(?P<month>"
                               + _MONTH_NAMES + r")(?:\s+(?P<year>\d{4}))?\b", re.I)
_STRONG_ADVERBS = {"sharply", "steeply", "dramatically"}
#: "the first monthly decline since June": the claim's month moved that way, and no month
#: after June did (`extra` "since-MM:first", the length counted from the claim's month).
_FIRST_SINCE = re.compile(r"\bfirst\s+(?:monthly\s+|month-over-month\s+|month-to-month\s+)?"
                          r"(?P<noun>decline|drop|decrease|fall|dip|increase|rise|gain|uptick|"
                          r"downturn)\s+since\s+(?P<month>" + _MONTH_NAMES + r")\b(?!\s+\d)", re.I)
#: "Encounters rose for the first time in six months": a change after months without one.
_FIRST_IN = re.compile(r"\b(?P<verb>rose|increased|climbed|grew|jumped|ticked\s+up|went\s+up|fell|"
                       r"dropped|declined|decreased|dipped|slipped|ticked\s+down|went\s+down)\s+"
                       r"for\s+the\s+first\s+time\s+in\s+(?P<n>\w+)\s+months\b", re.I)
#: "The first half of this fiscal year alone already exceeds the full-year total for fiscal
#: 2021": a level above another period's (of any length), with no number of its own.
_EXCEEDS = re.compile(r"(?:\b(?:exceeds|exceeded|surpasses|surpassed|outnumbers|outnumbered|eclipses|"
                      r"eclipsed|tops|topped)\s+(?:the\s+)?(?:full[-\s]year\s+|whole[-\s]year\s+|"
                      r"entire\s+|annual\s+|yearly\s+)?(?:total|number|count|figure|tally)\s+"
                      r"(?:for|of|in)\s+(?:all\s+of\s+)?(?:the\s+)?"
                      # "That is already more than in all of fiscal 2020"
                      r"|\b(?:more|higher)\s+than\s+(?:in\s+|during\s+)?(?:all|the\s+whole|the\s+"
                      r"entirety)\s+of\s+(?:the\s+)?"
                      r")(?=(?:fiscal\s+(?:year\s+)?|FY\s?|calendar\s+)?"
                      r"(?:19|20)\d\d\b|(?:" + "|".join(calendar.month_name[1:]) + r")\b)", re.I)
#: "apprehended more people this year than in fiscal 2019, 2020 and 2021 combined": a level
#: above the sum of consecutive years listed.
_MORE_THAN_COMBINED = re.compile(r"\b(?:more|higher)\s+(?:[\w-]+\s+){0,5}?than\s+(?:in\s+|during\s+)?"
                                 r"(?:the\s+)?(?P<fiscal>fiscal\s+(?:years?\s+)?|FY\s?)?(?P<years>(?:19|20)\d\d"
                                 r"(?:\s*,\s*(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d)\s+(?:combined|together|"
                                 r"put\s+together)\b", re.I)
#: "were up slightly from the same month a year earlier": a change without a number.
_UP_DOWN = re.compile(r"(?:\b(?:were|was|is|are|been|came\s+in)\s+(?:also\s+|still\s+)?(?P<dir>up|down)"
                      rf"(?:\s+(?P<adverb>{alternation('claims', 'change_adverbs')}))?"
                      # "47,932 encounters in September, up slightly from August"
                      # ("officers recorded 11,393 encounters, down from February")
                      rf"|,\s+(?P<dir2>up|down)(?:\s+(?P<adverb2>{alternation('claims', 'change_adverbs')}))?)"
                      r"(?=\s+(?:from|over|compared|on\s+the|year[-\s]over[-\s]year))", re.I)
#: "a figure barely changed from February", "held steady", "were essentially flat": no
#: change to speak of (verdicts.check_trend: within 3 percent).
_FLAT = re.compile(r"\b(?:(?:barely|little|hardly|virtually|essentially|nearly|almost|largely)\s+"
                   r"(?:changed|unchanged)|(?:was|were|is|are|held|stayed|remained|came\s+in)\s+"
                   r"(?:roughly\s+|about\s+|nearly\s+|essentially\s+|virtually\s+|largely\s+|"
                   r"mostly\s+|relatively\s+)?(?:flat|steady|stable|unchanged))\b"
                   r"(?!\s+(?:at|around|near|with)\b)", re.I)
#: "slightly fewer than in 2022", "marginally higher than in February": a small change
#: against a named baseline.
_SLIGHT_THAN = re.compile(r"\b(?P<adverb>slightly|marginally|somewhat|a\s+bit|a\s+little)\s+"
                          r"(?P<cmp>fewer|lower|less|more|higher|greater|smaller|larger)"
                          # "slightly fewer apprehensions in 2023 than in 2022"
                          r"(?=(?P<gap>(?:\s+(?!than\b)[\w\u2019'-]+){0,6}?)\s+than\s+"
                          r"(?:in\s+|during\s+|the\s+)?(?![\d$]))", re.I)
_SINCE = re.compile(rf"\b(?<!-)(?:(?P<adjective>lowest|highest|fewest|most|smallest|largest)\s+"
                    rf"(?:[\w-]+\s+){{0,4}}?"
                    # "the fewest Border Patrol apprehensions of any month since at least 2000"
                    rf"(?:(?:of|in|for)\s+any\s+(?:single\s+)?(?:calendar\s+|fiscal\s+)?(?:month|year)\s+"
                    # "the fewest for any August since 2020": among the Augusts
                    rf"|(?:of|in|for)\s+any\s+(?P<same>{_MONTH_NAMES})\s+)?"
                    # "agents made fewer apprehensions than in any month since August 2020"
                    rf"|(?P<comparative>fewer|more|lower|higher)\s+(?:[\w-]+\s+){{0,4}}?than\s+(?:in\s+)?"
                    rf"any\s+(?:other\s+)?(?:month|year)\s+"
                    # "had not recorded fewer apprehensions in a month since January 2021"
                    rf"|(?:had|has|have)\s+not\s+\w+\s+(?:so\s+|that\s+|as\s+)?(?P<neg>fewer|more|lower|higher|few|many|low|high)\s+"
                    rf"(?:[\w-]+\s+){{0,3}}?(?:in\s+a\s+(?:single\s+)?month\s+)?)"
                    rf"since\s+(?:at\s+least\s+)?(?:(?P<month>{_MONTH_NAMES})"
                    # "the lowest total since January": the latest January before the claim's month
                    rf"(?:\s+(?P<year>\d{{4}})|(?![\s,]+\d))"
                    # "the highest monthly level since 2001": no month after 2001 was higher
                    rf"|(?P<year_only>(?:19|20)\d{{2}})\b(?!-)"
                    # "the most since fiscal 2007": no fiscal year after it was higher
                    rf"|(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<fy>(?:19|20)\d{{2}})\b"
                    # "the lowest monthly total since early 2021": no month after that part
                    rf"|(?P<part>early|mid|late)[\s-]+(?P<part_year>(?:19|20)\d{{2}})\b)", re.I)
ADMINISTRATIONS: dict[str, tuple[dt.date, dt.date]] = {
    name: (dt.date.fromisoformat(str(start)), dt.date.fromisoformat(str(end)))
    for name, (start, end) in vocabulary.load("claims")["administrations"].items()}
#: "lower than at any point under the previous administration", "more than in any month
#: under President Trump": a comparison with every month of a presidential term.
_UNDER_TERM = re.compile(r"\b(?P<cmp>lower|higher|fewer|more|less)\s+than\s+(?:at\s+any\s+(?:point|time)|"
                         r"in\s+any\s+(?:single\s+)?month|ever)\s+(?:under|during)\s+(?:the\s+)?(?:"
                         r"(?:previous|prior|last)\s+administration|(?:President\s+)?(?P<who>"
                         + "|".join(ADMINISTRATIONS) + r")(?:['\u2019]s)?(?:\s+administration)?)\b", re.I)


def term_of(who: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The term a claim names: a president's, or "previous" (the one before the term in
    office at publication); None when not declared."""
    if who != "previous":
        return next((t for n, t in ADMINISTRATIONS.items() if n.lower() == who.lower()), None)
    terms = sorted(ADMINISTRATIONS.values())
    current = [i for i, (start, end) in enumerate(terms) if start <= published <= end]
    return terms[current[0] - 1] if current and current[0] > 0 else None


#: "a level not seen since September 2020": a low or a high, by the clause's direction.
_NOT_SEEN = re.compile(r"\b(?:a\s+)?(?:level|total|number|figure|pace)s?\s+(?:not|never|last)\s+"
                       rf"seen\s+since\s+(?P<month>{_MONTH_NAMES})\s+(?P<year>\d{{4}})\b", re.I)
#: "the fewest in three years", "the highest in a decade": lowest (highest) since that long
#: before the claim's month; `extra` holds the months back as "-36".
_IN_YEARS = re.compile(r"\b(?P<adjective>lowest|highest|fewest|most|smallest|largest)\s+"
                       r"(?:[\w-]+\s+){0,4}?in\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?"
                       r"(?:(?P<n>\w+)\s+years|(?P<one>a|one|two)\s+(?P<unit>decades?|years?))\b"
                       # "June's two-year low", "a three-year high"
                       r"|\b(?P<n2>\w+)-year\s+(?P<adjective2>low|high)\b", re.I)
_STREAK = re.compile(
    rf"\b(?P<n>\w+)\s+(?:{alternation('claims', 'streak_words')})\s+months?\b"
    rf"|\b(?P<n2>\w+)\s+months?\s+in\s+a\s+row\b"
    rf"|\b(?P<ord>{_ORDINAL})\s+(?:straight|consecutive|successive)\s+"
    rf"(?P<unit>monthly\s+|annual\s+|yearly\s+)?(?:month(?:\s+of\s+(?:decline|declines|drops?|"
    rf"falls?|increases?|rises?|gains?|growth))?|decline|drop|fall|increase|rise|gain)"
    # "the fourth consecutive annual increase", "three straight years": a streak of years
    rf"|\b(?P<ny>\w+)\s+(?:straight|consecutive|successive)\s+(?P<years>years?)\b"
    # "ending a run of five straight monthly declines", "after three straight declines"
    rf"|\b(?P<nd>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}})\s+"
    rf"(?:straight|consecutive|successive)\s+(?:monthly\s+)?(?:declines|drops|falls|decreases|"
    rf"increases|rises|gains)\b", re.I)
#: "rose in every month from July to December 2023": a streak over the months of a span, each
#: one against the month before it (the claim ends at "month"; the span dates its end).
_EVERY_MONTH = re.compile(r"\b(?:in|during)\s+(?:every|each)\s+(?P<month>month)\s+(?:from|between)\s+"
                          r"(?P<first>" + "|".join(calendar.month_name[1:]) + r")\s+(?:to|through|and)\s+"
                          r"(?P<last>" + "|".join(calendar.month_name[1:]) + r")\b")
#: "officers recorded 2,944 encounters in November, more than they had logged in November
#: 2019": a level set above (below) the same count in another period.
_MORE_THAN_LOGGED = re.compile(r",\s+(?P<cmp>more|fewer|higher|lower|less)\s+than\s+(?:they|it|agents|officers|"
                               r"CBP|the\s+agency|the\s+Border\s+Patrol)\s+(?:had\s+)?(?:logged|recorded|"
                               r"counted|made|saw|reported|apprehended|encountered)"
                               r"(?=\s+(?:in|during)\s+(?:(?:fiscal\s+)?(?:19|20)\d\d|" + _MONTH_NAMES + r"))", re.I)
#: "Before this year, agents had not made more than 1.5 million apprehensions in a fiscal year
#: since 2000": no year between that one and the claim's past the threshold.
NOT_SINCE_THRESHOLD = re.compile(r"\b(?:had|has|have)\s+not\s+(?:made|recorded|seen|counted|logged|"
                                  r"had|reported)\s+(?P<cmp>more|fewer)\s+than\s+(?P<n>\d[\d,.]*)"
                                  r"(?P<million>\s+million)?\s+[^.;]{0,60}?\bin\s+a\s+(?:single\s+)?"
                                  r"(?:fiscal\s+|calendar\s+)?year\s+since\s+(?:fiscal\s+(?:year\s+)?)?"
                                  r"(?P<year>(?:19|20)\d\d)\b", re.I)
#: "encounters climbed almost every month and peaked in March": the month the highest (lowest)
#: of its year (`extra` "within:year", or "within:fiscal" in a passage on fiscal years).
_PEAKED_IN = re.compile(r"\b(?P<verb>peaked|topped\s+out|bottomed\s+out|hit\s+(?:its|their)\s+(?:peak|low)|"
                        r"the\s+(?:peak|low\s+point)\s+(?:came|was))"
                        r"\s+in\s+(?P<month>" + "|".join(calendar.month_name[1:]) + r")\b(?!\s+\d)")
#: "And it went up every single month": a streak over the span the text spoke of last (its
#: months read in `extract_claims`; none named, no claim).
_EVERY_MONTH_BARE = re.compile(r"\b(?P<verb>went\s+up|rose|increased|climbed|grew|went\s+down|fell|dropped|"
                               r"declined)\s+(?:in\s+)?every\s+(?:single\s+)?month\b"
                               r"(?!\s+(?:from|between|of|since|in|this|last|that)\b)", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "second": 2, "third": 3,
                 "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10, "eleventh": 11, "twelfth": 12}
#: "now ranks only seventh", "ranked third": a place in a ranking by size, highest first.
_RANKS_NTH = re.compile(r"\b(?:now\s+)?(?:ranks?|ranked)\s+(?:only\s+|just\s+|now\s+|still\s+)?(?P<ordinal>"
                        + _ORDINAL + r")\b(?![-\s]+(?:highest|lowest|busiest|"
                        r"quietest|largest|smallest|most|fewest|among|in\s+the\s+(?:nation|country|state)))", re.I)
#: "the share of encounters at ports of entry shrank between calendar 2020 and calendar 2022",
#: "the ports' share of all encounters rose from 2021 to 2023": a share over two named periods.
_SHARE_TREND = re.compile(r"\b(?P<what>(?:the\s+)?(?:[\w.\u2019'-]+\s+){0,3}?share\s+of\s+[^,;.\d]{3,80}?)\s+"
                          r"(?:has\s+|had\s+)?(?P<verb>" + words_re("change_up") + "|" + words_re("change_down")
                          + r")\s+(?:between|from)\s+(?P<a>(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:19|20)\d\d)"
                          r"\s+(?:and|to)\s+(?P<b>(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:19|20)\d\d)\b", re.I)
#: "the third-highest ...", "the second most ...": an ordinal that makes a record a rank.
_ORDINAL_BEFORE = re.compile(r"\b(?:the\s+)?(?P<ordinal>"
                             + "|".join(words("claims", "ordinals")) + r")[-\s]+$", re.I)
_MONTH_PLURAL = {f"{name.lower()}s": name for name in calendar.month_name[1:]}
#: A verb followed by its object is an action ("increased security"), not a trend.
_OBJECT_AFTER = re.compile(
    r"^\s+(?!(?:in|into|by|to|from|again|last|this|since|during|over|under|sharply|steadily|"
    r"dramatically|significantly|slightly|further|due|after|before|as|for|and|but|or|while|"
    r"when|year|month|week|amid|despite|through|until|at|on|more|less)\b)[a-z]")
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while|as|after|because|when)\s+)", re.I)


def _baseline_after(after: str) -> str:
    """The baseline words right after a change without a number, as `Claim.extra`: "-12" (a
    year earlier), "-1" (the month before), "?-MM" (the latest such month), "at:?" (a date
    that extract_claims resolves), '' (none)."""
    lead = r"\s+(?:from|over|compared\s+(?:with|to)|than)?\s*(?:in\s+|during\s+)?"
    if re.match(lead + "(?:" + alternation("claims", "same_period_last_year") + ")", after, re.I):
        return "-12"
    if re.match(lead + "(?:" + alternation("claims", "previous_month") + ")", after, re.I):
        return "-1"
    named = re.match(r"\s+(?:from|compared\s+(?:with|to)|than\s+in|than)\s+(?P<month>" + _MONTH_NAMES
                     + r")\b(?![\s,]+\d)", after)
    if named:
        return f"?-{list(calendar.month_name).index(named['month'].capitalize()):02d}"
    if re.match(r"\s+(?:from|compared\s+(?:with|to)|than)\s+(?:in\s+|during\s+)?(?:the\s+)?"
                r"(?:(?:fiscal|calendar)\s+(?:year\s+)?|FY\s?)?(?:(?:19|20)\d\d|" + _MONTH_NAMES + r")\b",
                after, re.I):
        return "at:?"
    return ""


@dataclass(frozen=True)
class Claim:
    claim_type: str  # trend, record, rank
    start: int  # sentence-relative
    end: int
    direction: str  # up / down / high / low
    strength: str  # strong / plain
    subject: str
    month_name: str = ""
    extra: str = ""  # 'since' claims: the month ('2023-06'); streaks: the number of months
    # (of years: '4:year')


def _subject_before(sentence: str, position: int) -> str:
    """The words before a verb, back to the start of its clause."""
    before = sentence[:position]
    starts = list(_CLAUSE_START.finditer(before))
    clause = before[starts[-1].end():] if starts else before
    if len(clause.split()) <= 1 and len(starts) >= 3 and before[starts[-2].start()] == "," and \
            before[starts[-1].start()] == ",":
        # "the border's ports of entry, two of them in Nogales, handled": the subject before
        # an aside set off by commas
        clause = before[starts[-3].end():starts[-2].start()] + " " + clause
    clause = re.sub(r"\b(?:has|have|had|was|were|is|are|been|also|still)\s*$", "", clause.strip())
    return clause.strip(" ,")


_DRIVER_NOUNS = alternation("claims", "driver_nouns_up") + "|" + alternation("claims", "driver_nouns_down")
_DRIVER_SHARE = r"(?P<share>" + alternation("claims", "driver_most") + "|" + \
    alternation("claims", "driver_nearly_all") + r")\s+of\s+(?:the|that|this|those|its|their)\s+" \
    r"(?:(?:overall|month's|month\u2019s|year's|year\u2019s|monthly|yearly|annual)\s+)?" \
    r"(?P<noun>" + _DRIVER_NOUNS + r")\b"
#: "Most of the increase came between the ports": where the part is named after the change.
_DRIVER_WHERE = re.compile(r"\b" + _DRIVER_SHARE + r"\s+(?:came|happened|occurred|was|were|took\s+place|"
                           r"showed\s+up|was\s+concentrated)\s+(?P<where>[^,;.:]{3,80})", re.I)
#: "Border Patrol drove most of that growth": the part is the subject.
_DRIVER_WHO = re.compile(r"\b(?:drove|drives|accounted\s+for|accounts\s+for|made\s+up|makes\s+up|"
                         r"produced|supplied)\s+" + _DRIVER_SHARE, re.I)
#: "Most of those were Border Patrol apprehensions", "Most of last month's encounters happened
#: … between the official crossings": a part said to be most of the total just given.
_MAJORITY_WHERE = re.compile(r"\b(?P<share>" + alternation("claims", "driver_most") + "|"
                             + alternation("claims", "driver_nearly_all") + r")\s+of\s+(?:those|them|these|"
                             r"(?:the|last|this)\s+(?:month['\u2019]s\s+|year['\u2019]s\s+)?(?:encounters|total)|"
                             r"(?:last|this)\s+month['\u2019]s\s+encounters)\s+(?:were|was|came|happened|"
                             r"took\s+place|occurred)\s+(?P<where>[^,;.:]{3,90})", re.I)
#: "Agents accounted for most of it": the part as the subject.
_MAJORITY_WHO = re.compile(r"\b(?:accounted\s+for|made\s+up|make\s+up|account\s+for)\s+(?P<share>"
                           + alternation("claims", "driver_most") + "|"
                           + alternation("claims", "driver_nearly_all")
                           + r")\s+of\s+(?:it|them|those|the\s+total|the\s+encounters)\b", re.I)
#: "X outnumbered Y": the object, up to the end of its clause (its own series is read from it).
_OUTNUMBERED = re.compile(r"\b(?:outnumbered|outnumber|outnumbers)\s+(?P<what>[^,;.:]{3,100})", re.I)
#: "would surpass the number of migrants U.S. Border Patrol apprehended … in all of 2023": the
#: object a count of another agent's (its own period, when it names one, read in factcheck).
_SURPASS_NUMBER = re.compile(r"\b(?:surpass|surpasses|surpassed|exceed|exceeds|exceeded|top|tops|topped|"
                             r"outstrip|outstrips|outstripped)\s+(?P<what>the\s+(?:number|total|count)\s+of\s+"
                             r"(?:people|migrants|apprehensions|encounters|arrests)\s+(?-i:(?:the\s+)?(?:U\.S\.\s+)?"
                             r"[A-Z])[^,;:]{3,120})", re.I)
#: "Mexico detained more migrants than the U.S. Border Patrol did": the subject's count above
#: another agent's, over the same period (the other agent named, then its own verb).
_MORE_THAN_AGENT = re.compile(r"\b(?:more|fewer)\s+(?:[\w-]+\s+){0,2}?than\s+(?P<what>(?:the\s+)?"
                              r"(?:U\.S\.|[A-Z])(?:U\.S\.|[^,;.:]){2,80}?)\s+(?:did|does|do|had|has)\b")


#: "In the Department of Homeland Security's records going back to 2000, it was the
#: second-highest November": the records named first, then the rank without them.
_RECORDS_LEAD = re.compile(r"\s*In\s+(?:the\s+)?[^,;]{0,80}?\b(?:records|data|figures|series)\b[^,;]{0,40},\s+")
_RANK_AFTER_LEAD = re.compile(
    r"\b(?:the|its|their|[A-Z][\w.-]*(?:'s|\u2019s))\s+(?:(?P<ordinal>" + _ORDINAL + r")[-\s]+)?"
    r"(?P<adjective>" + _ADJECTIVES + r")\s+(?:(?:calendar|fiscal)\s+)?"
    r"(?P<what>(?:" + "|".join(calendar.month_name[1:]) + r")|month|year)\b", re.I)


def find_claims(sentence: str, has_statistic_after: callable = lambda position: False) -> list[Claim]:
    """Trend, record and rank claims in one sentence."""
    claims: list[Claim] = []
    ranks = list(_RANK.finditer(sentence))
    if not ranks and (lead := _RECORDS_LEAD.match(sentence)):
        ranks = list(_RANK_AFTER_LEAD.finditer(sentence, lead.end()))[:1]
    for match in ranks:
        groups = match.groupdict()
        if groups.get("bare") and not match.group("ordinal"):
            continue  # "the busiest." alone says too little
        adjective = (match.group("adjective") or groups.get("adjective2")
                     or groups.get("bare")).lower()
        what = (match.group("what") or groups.get("what2") or "").lower()
        what = re.sub(r"^monthly\s+\w+$", "months", re.sub(r"^(?:annual|yearly)\s+\w+$", "years", what))
        one_of = match.group(0).lower().startswith("one of")
        plain = not one_of and not match.group("ordinal")
        kind = "record" if plain and what in ("month", "months", "year", "years") else "rank"
        # "the lowest April": first; "the third-highest": third; "one of the highest": top
        wanted = "" if one_of else str(_NUMBER_WORDS.get((match.group("ordinal") or "").lower(), 1))
        claims.append(Claim(kind, match.start(), match.end(),
                            "low" if adjective in _LOW_ADJECTIVES else "high",
                            "plain", _subject_before(sentence, match.start()),
                            _MONTH_PLURAL.get(what, what.capitalize() if what.capitalize()
                                              in calendar.month_name else ""), extra=wanted))
    for match in _SINCE.finditer(sentence):
        if any(c.start <= match.start() < c.end or match.start() <= c.start < match.end()
               for c in claims if c.claim_type in ("rank", "record")):
            continue  # "the highest for any fiscal year since at least 2000": the rank says it
        adjective = (match.group("adjective") or {"fewer": "fewest", "lower": "lowest", "few": "fewest",
                                                  "low": "lowest"}.get(
            (match.group("comparative") or match.group("neg")).lower(), "highest")).lower()
        month = list(calendar.month_name).index(match.group("month").capitalize()) \
            if match.group("month") else 12
        same_year = match["year_only"] or (match["year"] if match["same"] and match["month"] and
                                             match["month"].lower() == match["same"].lower() else "")
        if not match["same"] and match["adjective"] and match["year_only"] and (
                named := re.match(rf"\s*(?P<m>{_MONTH_NAMES})\s+(?:[\w-]+\s+){{0,2}}since\b",
                                  sentence[match.end("adjective"):], re.I)):
            # "the fewest April apprehensions since 2020": among the Aprils
            claims.append(Claim("since", match.start(), match.end(),
                                "low" if adjective in ("lowest", "fewest", "smallest") else "high",
                                "plain", _subject_before(sentence, match.start()),
                                named["m"].capitalize(), extra=f"same:{match['year_only']}"))
            continue
        if match["same"] and same_year:  # "the fewest for any August since 2020", "for any
            # July since July 2020": among the same months
            claims.append(Claim("since", match.start(), match.end(),
                                "low" if adjective in ("lowest", "fewest", "smallest") else "high",
                                "plain", _subject_before(sentence, match.start()),
                                match["same"].capitalize(), extra=f"same:{same_year}"))
            continue
        claims.append(Claim("since", match.start(), match.end(),
                            "low" if adjective in ("lowest", "fewest", "smallest") else "high",
                            "plain", _subject_before(sentence, match.start()),
                            extra=f"FY{match.group('fy')}" if match.group("fy") else
                            f"~{match['part_year']}-{ {'early': 4, 'mid': 8, 'late': 12}[match['part'].lower()]:02d}"
                            if match.group("part") else
                            f"Y{match.group('year_only')}" if match.group("year_only") else
                            f"{match.group('year') or '?'}-{month:02d}"))
    for match in [*_DRIVER_WHERE.finditer(sentence), *_DRIVER_WHO.finditer(sentence)]:
        # "Most of the increase came between the ports": the part said to carry the change
        where = match.groupdict().get("where") or _subject_before(sentence, match.start())
        down = re.fullmatch(alternation("claims", "driver_nouns_down"), match["noun"], re.I)
        nearly_all = re.fullmatch(alternation("claims", "driver_nearly_all"), match["share"], re.I)
        claims.append(Claim("driver", match.start(), match.end(), "down" if down else "up",
                            "strong" if nearly_all else "plain", where, extra=where))
    for match in _SHARE_TREND.finditer(sentence):
        # "the share of encounters at ports of entry shrank between calendar 2020 and calendar
        # 2022": a part's share of its total, at the first period against the second
        down = re.fullmatch(words_re("change_down"), match["verb"], re.I) is not None
        claims.append(Claim("share_trend", match.start(), match.end(), "down" if down else "up",
                            "plain", match["what"], extra=f"{match['a']}|{match['b']}"))
    for match in [*_MAJORITY_WHERE.finditer(sentence), *_MAJORITY_WHO.finditer(sentence)]:
        # "Most of those were Border Patrol apprehensions": the part's share of its total
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        where = match.groupdict().get("where") or (
            f"{_subject_before(sentence, match.start())} {match.group(0)}")  # ("Agents accounted")
        nearly_all = re.fullmatch(alternation("claims", "driver_nearly_all"), match["share"], re.I)
        claims.append(Claim("majority", match.start(), match.end(), "high",
                            "strong" if nearly_all else "plain", where, extra=where))
    for match in _OUTNUMBERED.finditer(sentence):  # "encounters at ports of entry outnumbered
        # Border Patrol's apprehensions": the subject's series against the object's
        if any(c.start <= match.start() < c.end for c in claims):
            continue  # ("outnumbered the total for fiscal 2021": a level above that period's)
        claims.append(Claim("outnumber", match.start(), match.end(), "high", "plain",
                            _subject_before(sentence, match.start()), extra=match["what"]))
    for match in _SURPASS_NUMBER.finditer(sentence):  # "Mexico's 2024 total would surpass the
        if any(c.start <= match.start() < c.end for c in claims):  # number of migrants U.S.
            continue  # Border Patrol apprehended … in all of 2023": one count above another's
        claims.append(Claim("outnumber", match.start(), match.end(), "high", "plain",
                            _subject_before(sentence, match.start()), extra=match["what"]))
    for match in _MORE_THAN_AGENT.finditer(sentence):
        if any(c.start <= match.start() < c.end for c in claims) or \
                match.group(0).lower().startswith("fewer"):
            continue
        claims.append(Claim("outnumber", match.start(), match.end(), "high", "plain",
                            _subject_before(sentence, match.start()), extra=match["what"]))
    for match in _UNDER_TERM.finditer(sentence):  # "lower than at any point under the
        # previous administration": the claim's month against every month of that term
        claims.append(Claim("since", match.start(), match.end(),
                            "low" if match["cmp"].lower() in ("lower", "fewer", "less") else "high",
                            "plain", _subject_before(sentence, match.start()),
                            extra="term:" + (match["who"] or "previous")))
    for match in _NOT_SEEN.finditer(sentence):  # "down from 83,532 and a level not seen since
        # September 2020": the direction is the clause's
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        clause = sentence[max(0, match.start() - 120):match.start()]
        down = re.search(r"\b(?:" + alternation("claims", "change_down") + r")\b", clause, re.I)
        up = re.search(r"\b(?:" + alternation("claims", "change_up") + r")\b", clause, re.I)
        if bool(down) == bool(up):
            continue  # no direction, or both: not a guess
        month = list(calendar.month_name).index(match.group("month").capitalize())
        claims.append(Claim("since", match.start(), match.end(), "low" if down else "high",
                            "plain", _subject_before(sentence, match.start()),
                            extra=f"{match.group('year')}-{month:02d}"))
    for match in _IN_YEARS.finditer(sentence):
        word = (match.group("n") or match.group("n2") or "").lower()
        unit = 10 if (match.group("unit") or "").lower().startswith("decade") else 1
        years = unit * (2 if match.group("one").lower() == "two" else 1) if match.group("one") \
            else _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        if not years:
            continue
        adjective = (match.group("adjective") or match.group("adjective2")).lower()
        adjective = {"low": "lowest", "high": "highest"}.get(adjective, adjective)
        claims.append(Claim("since", match.start(), match.end(),
                            "low" if adjective in ("lowest", "fewest", "smallest") else "high",
                            "plain", _subject_before(sentence, match.start()),
                            extra=f"-{12 * years}"))
    for match in _STREAK.finditer(sentence):
        word = (match.group("n") or match.group("n2") or match.group("ord")
                or match.group("ny") or match.group("nd")).lower()
        ended = bool(match["nd"]) and re.search(
            r"\b(?:ending|ended|ends|snapping|snapped|breaking|broke|after)\s+(?:a\s+(?:run|streak)\s+of\s+)?$",
            sentence[:match.start()], re.I)
        if match["nd"] and not ended:
            continue  # "five straight monthly declines" alone: left to the forms above
        yearly = bool(match.group("years")) or (match.group("unit") or "").strip().lower() in (
            "annual", "yearly")
        length = _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        # the verb nearest before the streak ("fell by about 30 percent from May to June, then
        # rose for three straight months": rose), else the sentence's first
        before_streak = list(_TREND.finditer(sentence[:match.start()]))
        trend = before_streak[-1] if before_streak else _TREND.search(sentence)
        noun = re.search(r"(decline|drop|fall|increase|rise|gain|growth)s?$", match.group(0), re.I) \
            or re.match(r"\s+of\s+(decline|drop|fall|increase|rise|gain|growth)s?\b",
                        sentence[match.end():], re.I)
        if not length or not (trend or noun):
            continue
        if noun:  # "the third straight monthly decline", "the second straight month of decline"
            down = noun[1].lower() in ("decline", "drop", "fall")
        else:
            verb = trend.group("verb").lower()
            down = re.fullmatch(f"{_DOWN_STRONG}|{_DOWN}", verb) is not None
        subject = _subject_before(sentence, trend.start()) if trend else sentence[match.end():]
        claims.append(Claim("streak", match.start(), match.end(), "down" if down else "up",
                            "plain", subject, extra=f"{length}:year" if yearly else
                            f"{length}:ended" if ended else str(length)))
    for match in _EVERY_MONTH.finditer(sentence):  # "rose in every month from July to December"
        trend = _TREND.search(sentence[:match.start()])
        first = list(calendar.month_name).index(match["first"].capitalize())
        last = list(calendar.month_name).index(match["last"].capitalize())
        length = (last - first) % 12 + 1
        if not trend or length < 2 or any(c.start <= match.start() < c.end for c in claims):
            continue
        down = re.fullmatch(f"{_DOWN_STRONG}|{_DOWN}", trend.group("verb").lower()) is not None
        claims.append(Claim("streak", match.start(), match.end("month"), "down" if down else "up",
                            "plain", _subject_before(sentence, trend.start()), extra=str(length)))
    for match in NOT_SINCE_THRESHOLD.finditer(sentence):  # "had not made more than 1.5
        try:  # million apprehensions in a fiscal year since 2000"
            threshold = parse_number(match["n"]) * (1e6 if match["million"] else 1)
        except ValueError:
            continue
        claims.append(Claim("since", match.start(), match.end(),
                            "low" if match["cmp"].lower() == "fewer" else "high", "plain",
                            _subject_before(sentence, match.start()),
                            extra=f"threshold-years:{threshold:g}:{match['year']}"))
    for match in _PEAKED_IN.finditer(sentence):  # "peaked in March"
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        low = bool(re.match(r"bottomed|hit\s+\w+\s+low|the\s+low", match["verb"], re.I))
        claims.append(Claim("record", match.start(), match.end(), "low" if low else "high", "plain",
                            _subject_before(sentence, match.start()), match["month"],
                            extra="within:year"))
    for match in _EVERY_MONTH_BARE.finditer(sentence):  # "it went up every single month"
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        down = bool(re.match(r"went\s+down|fell|dropped|declined", match["verb"], re.I))
        claims.append(Claim("streak", match.start(), match.end(), "down" if down else "up",
                            "plain", _subject_before(sentence, match.start()), extra="every"))
    for match in _FIRST_IN.finditer(sentence):  # "rose for the first time in six months"
        word = match["n"].lower()
        length = _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        if length < 2 or any(c.start <= match.start() < c.end for c in claims):
            continue
        down = re.fullmatch(f"{_DOWN_STRONG}|{_DOWN}", match["verb"].split()[0].lower()) is not None \
            or match["verb"].lower().endswith("down")
        claims.append(Claim("streak", match.start(), match.end(), "down" if down else "up",
                            "plain", _subject_before(sentence, match.start()),
                            extra=f"{length}:first"))
    for match in _MORE_THAN_ANY.finditer(sentence):
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        claims.append(Claim("record", match.start(), match.end(),
                            "low" if match["cmp"].lower() == "fewer" else "high", "plain",
                            _subject_before(sentence, match.start())))
    for match in _FIRST_SINCE.finditer(sentence):
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        down = match["noun"].lower() in ("decline", "drop", "decrease", "fall", "dip", "downturn")
        month = list(calendar.month_name).index(match["month"].capitalize())
        claims.append(Claim("streak", match.start(), match.end(), "down" if down else "up",
                            "plain", _subject_before(sentence, match.start()),
                            extra=f"since-{month:02d}:first"))
    for match in _RECORD.finditer(sentence):
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        text = match.group(0).lower()
        direction = "low" if match.group("low") or re.search(r"\blows?\b|fewer|fewest|lowest|quietest|slowest",
                                                             text) else "high"
        ordinal = _ORDINAL_BEFORE.search(sentence[:match.start()])
        if ordinal:  # "the third-highest monthly count in the agency's records": a rank
            # ("the second-highest February count in Homeland Security records": of Februaries)
            named = re.search(r"\b(" + _MONTH_NAMES + r")\b(?!\s+\d)",
                              sentence[ordinal.end():match.end()])
            claims.append(Claim("rank", ordinal.start(), match.end(), direction, "plain",
                                _subject_before(sentence, ordinal.start()),
                                named[1].capitalize() if named else "",
                                extra=str(_NUMBER_WORDS[ordinal["ordinal"].lower()])))
            continue
        claims.append(Claim("record", match.start(), match.end(), direction, "strong",
                            _subject_before(sentence, match.start())))
    for match in _FIRST_TIME_SINCE.finditer(sentence):  # "topping 200,000 for the first time
        # since May": above (below) the threshold now, not since that month, and then
        before = sentence[:match.start()]
        level = re.search(r"\b(?P<verb>topp(?:ing|ed)|exceed(?:ing|ed)|surpass(?:ing|ed)|"
                          r"pass(?:ing|ed)|cross(?:ing|ed)|above|over|(?:fell|falling|dipping|"
                          r"dropped|dropping)\s+below|below|under)\s+(?P<n>\d[\d,]*(?:\.\d+)?|"
                          rf"{NUMBER_WORDS})(?P<million>\s+million)?\s+$", before, re.I)
        if not level:
            continue
        try:  # "topped one hundred thousand for the first time since May 2019"
            threshold = parse_number(level["n"]) * (1e6 if level["million"] else 1)
        except ValueError:
            continue
        low = bool(re.search(r"below|under", level["verb"], re.I))
        month = list(calendar.month_name).index(match.group("month").capitalize())
        claims.append(Claim("since", match.start(), match.end(), "low" if low else "high",
                            "plain", _subject_before(sentence, level.start()),
                            extra=f"threshold:{threshold:g}:{month:02d}:{match.group('year') or ''}"))
    for match in [*_MONTH_OF_SPAN.finditer(sentence), *_SPAN_THEN_MONTH.finditer(sentence)]:
        # "The busiest month in 2021's first eight months was March", "In fiscal 2019, the
        # busiest month was June 2019": that month among the span's months ("of the year
        # was March": the year the article speaks of, read below)
        if any(c.start <= match.start() < c.end for c in claims) or not re.search(r"\d", match["span"]):
            continue
        low = match.group("adjective").lower() in _LOW_ADJECTIVES
        rank = _NUMBER_WORDS.get((match.group("ordinal") or "").lower(), 1)
        claims.append(Claim("record", match.start(), match.end(), "low" if low else "high",
                            "plain", "", match.group("month"),
                            extra=f"span:{match.start('span')}:{match.end('span')}:{rank}"
                            + (f":{match['year']}" if match["year"] else "")))
    for match in [*_WITHIN_YEAR.finditer(sentence), *_YEARS_MONTH.finditer(sentence)]:
        # "the busiest month of the fiscal year", "the fiscal year's second-busiest month"
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        low = match.group("adjective").lower() in _LOW_ADJECTIVES
        rank = _NUMBER_WORDS.get((match.group("ordinal") or "").lower(), 1)
        half = match.groupdict().get("half")
        claims.append(Claim("record", match.start(), match.end(), "low" if low else "high",
                            "plain", _subject_before(sentence, match.start()),
                            extra="within:" + ("fiscal" if match.group("fiscal") or match.groupdict().get(
                                "fiscal_named") or match.groupdict().get("half_fiscal") else "year")
                            + (f":{rank}" if rank != 1 or half else "")
                            + (f":half{1 if half.lower() == 'first' else 2}" if half else "")))
    for match in _RANKS_NTH.finditer(sentence):  # "Fiscal 2000's total now ranks only seventh"
        if any(c.start <= match.start() < c.end for c in claims):
            continue
        claims.append(Claim("rank", match.start(), match.end(), "high", "plain",
                            _subject_before(sentence, match.start()),
                            extra=str(_NUMBER_WORDS[match["ordinal"].lower()])))
    for match in _RECORD_NOUN.finditer(sentence):  # "A record year at the border"
        if any(c.start <= match.start("what") < c.end or match.start() <= c.start < match.end()
               for c in claims):
            continue
        what = match.group("what").lower()
        month = what.capitalize() if what.capitalize() in calendar.month_name[1:] else ""
        claims.append(Claim("rank" if month else "record", match.start(), match.end(), "high",
                            "plain", _subject_before(sentence, match.start()), month,
                            extra="1" if month else ("a-year" if "year" in what else "")))
    for match in _OF_YEARS.finditer(sentence):
        word = match.group("n").lower()
        years = _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        if years < 2:
            continue
        low = match.group("adjective").lower() in ("fewest", "lowest", "smallest", "quietest")
        rank = _NUMBER_WORDS.get((match["ordinal"] or "").lower(), 1)
        claims.append(Claim("record", match.start(), match.end(), "low" if low else "high",
                            "strong", _subject_before(sentence, match.start()),
                            extra=f"years:{years}" + (":term" if match.group("whose") else "")
                            + (f":rank{rank}" if rank > 1 else "")
                            + (f":since{match['since']}" if match["since"] else "")))
    for match, direction in [*((m, "flat") for m in _FLAT.finditer(sentence)),
                             *((m, "down" if m["cmp"].lower() in ("fewer", "lower", "less", "smaller")
                                else "up") for m in _SLIGHT_THAN.finditer(sentence))]:
        if has_statistic_after(match.end()) or any(c.start <= match.start() < c.end for c in claims):
            continue  # "remained steady at 140,000": the figure is the claim
        back = _baseline_after(sentence[match.end() + len(match.groupdict().get("gap") or ""):])
        if direction != "flat" and not back:
            continue  # "slightly fewer than the others": no period to compare with
        claims.append(Claim("trend", match.start(), match.end(), direction, "plain",
                            _subject_before(sentence, match.start()), extra=back))
    for match in _MORE_THAN_LOGGED.finditer(sentence):  # "2,944 encounters in November, more
        if any(c.start <= match.start() < c.end for c in claims):  # than they had logged in
            continue  # November 2019": the level against that period's
        claims.append(Claim("trend", match.start("cmp"), match.end(),
                            "down" if match["cmp"].lower() in ("fewer", "lower", "less") else "up",
                            "plain", _subject_before(sentence, match.start()), extra="at:?"))
    for match in _EXCEEDS.finditer(sentence):  # "already exceeds the full-year total for fiscal
        if any(c.start <= match.start() < c.end for c in claims):  # 2021": more than that
            continue
        claims.append(Claim("trend", match.start(), match.end(), "up", "plain",
                            _subject_before(sentence, match.start()), extra="over:?"))
    for match in _MORE_THAN_COMBINED.finditer(sentence):  # "more … than in fiscal 2019, 2020
        years = sorted(int(y) for y in re.findall(r"(?:19|20)\d\d", match["years"]))  # and 2021
        if any(b - a != 1 for a, b in zip(years, years[1:])) or \
                any(c.start <= match.start() < c.end for c in claims):  # combined"
            continue
        span = (f"{years[0] - 1}-10-01/{years[-1]}-09-30" if match["fiscal"]
                else f"{years[0]}-01-01/{years[-1]}-12-31")
        claims.append(Claim("trend", match.start(), match.end(), "up", "plain",
                            _subject_before(sentence, match.start()), extra="over:" + span))
    for match in _UP_DOWN.finditer(sentence):
        after = sentence[match.end():]
        back = "-12" if re.match(r"\s+(?:from|over|compared\s+(?:with|to))?\s*(?:"
                                 + alternation("claims", "same_period_last_year") + ")",
                                 after, re.I) else (
            "-1" if re.match(r"\s+(?:from|over|compared\s+(?:with|to))?\s*(?:"
                             + alternation("claims", "previous_month") + ")", after, re.I)
            else "")
        named = re.match(r"\s+(?:from|compared\s+(?:with|to)|than\s+in)\s+(?P<month>" + _MONTH_NAMES
                         + r")\b(?!\s+\d)", after)
        if not back and named:  # "was down slightly from July": the latest July before
            back = f"?-{list(calendar.month_name).index(named['month'].capitalize()):02d}"
        if not back:
            continue  # "up from 120,000": the figure after is the claim
        where = "dir" if match.group("dir") else "dir2"
        strong = (match.group("adverb") or match.group("adverb2") or "").lower() in _STRONG_ADVERBS
        claims.append(Claim("trend", match.start(where), match.end(), match.group(where).lower(),
                            "strong" if strong else "plain",
                            _subject_before(sentence, match.start()), extra=back))
    for match in _TREND.finditer(sentence):
        verb = match.group("verb").lower()
        if has_statistic_after(match.end()) and not re.match(
                r"(?:\s+[a-z]+ly)?\s+from\s+(?:" + _MONTH_NAMES + r")(?!\s+\d),?\s+to\b", sentence[match.end():]):
            continue  # "fell by more than half": the statistic is the claim ("edged up from
            # May, to 46,883", "fell slightly from June, to 47,700": the move from the month is
            # a claim beside the level)
        if any(c.start <= match.start() < c.end or c.claim_type == "streak" for c in claims):
            continue
        if _OBJECT_AFTER.match(sentence[match.end():]):
            continue  # "increased law enforcement personnel": an action, not a trend
        down = re.fullmatch(f"{_DOWN_STRONG}|{_DOWN}", verb) is not None
        strong = re.fullmatch(f"{_DOWN_STRONG}|{_UP_STRONG}", verb) is not None
        claims.append(Claim("trend", match.start(), match.end(), "down" if down else "up",
                            "strong" if strong else "plain",
                            _subject_before(sentence, match.start())))
    return sorted(claims, key=lambda c: c.start)


#: A verb that names the period a record claim speaks of ("... on record remains May").
_NAMES_AFTER = re.compile(r"\s+(?:remains|remained|is|was|is\s+still|was\s+still)\s+", re.I)
_SERIES_START = re.compile(r"\b(?:begins?|began|starts?|started|starting|dating\s+back|going\s+back|"
                           r"dat(?:e|es|ed|ing)\s+to|"
                           r"goes\s+back|go\s+back|went\s+back|gone\s+back|reach\s+back|reaches\s+back|"
                           r"kept\s+since|records?\s+since)\s+(?:in\s+|to\s+)?$", re.I)
_DESCRIBED = re.compile(r"\s*,?\s*(?:when|which|whose)\b", re.I)
_PRIOR_CLAUSE = re.compile(r"\b(?:after|following|before)\b[^,;.]{0,50}$", re.I)
_BASELINE_BEFORE = re.compile(r"\b(?:times|double|triple|twice|quadruple|quintuple|half|third|quarter)\s+"
                              # "more than double that of August 2022", "ten times its fiscal 2020 count"
                              r"(?:the\s+|th(?:at|ose)\s+of\s+|its\s+|their\s+)?"
                              r"(?:[\w.]+['\u2019]s\s+)?"  # "double the agency's fiscal 2018 total"
                              r"(?:(?:total|figure|level|number|count)\s+(?:in|for|of)\s+)?$|"
                              # "about 5.4 times fiscal 2020's level", "double 2019's" (not
                              # "2.38 million times in the fiscal year": a frequency)
                              r"\b(?:from|since|than|compared\s+with|compared\s+to|versus|behind|"
                              r"ahead\s+of|trailing|after\s+only|"
                              # "the highest on record, edging past April's 235,785": the
                              # figure overtaken is the baseline's
                              r"(?:edg|mov|climb|surg|inch|push|slipp|went|go)\w*\s+past|surpass(?:ing|ed)|topp(?:ing|ed)|eclips(?:ing|ed)|"
                              r"beat(?:ing)?|exceed(?:ing|ed)|overtak(?:ing|en)|overtook)\s+"
                              # "down from 83,532 in June": the figure's date is the baseline's
                              r"(?:(?:about|nearly|roughly|some|more\s+than|over)\s+)?"
                              # (a number ends on a digit: "since 2000, fiscal 2024" is no
                              # baseline of fiscal 2024)
                              r"(?:[\d$](?:[\d,.]*\d)?(?:\s+(?:million|thousand))?\s+)?"
                              r"(?:in\s+|during\s+)?(?:the\s+)?$", re.I)


def _shifted(e: TimeExpression, months: int) -> TimeExpression:
    """A month or year expression moved `months` on (a day becomes its month; others
    unchanged)."""
    if e.precision in ("month", "day"):
        index = e.date_start.year * 12 + e.date_start.month - 1 + months
        start = dt.date(index // 12, index % 12 + 1, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return replace(e, date_start=start, date_end=end, label=f"{start.year}-{start.month:02d}",
                       precision="month")
    if e.precision in ("year", "fiscal_year") and months % 12 == 0:
        years = months // 12
        start = e.date_start.replace(year=e.date_start.year + years)
        end = e.date_end.replace(year=e.date_end.year + years)
        label = re.sub(r"\d{4}", lambda m: str(int(m.group(0)) + years), e.label)
        return replace(e, date_start=start, date_end=end, label=label)
    return e


def _period(claim_start: int, expressions: list[TimeExpression]) -> str:
    if not expressions:
        return ""
    return min(expressions, key=lambda e: (abs(e.start - claim_start), e.start < claim_start)).label


_GENERIC_SUBJECT = re.compile(r"^(?:the|its|that|this)\s+(?:[\w-]+\s+)?(?:"
                              + alternation("claims", "generic_figure_nouns")
                              + r")(?:\s+(?:has|have|had|is|was|now|also|still|again))*$", re.I)


def extract_claims(article: Article, statistics: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every trend, record and rank claim of an article, with its resolved period."""
    stat_starts = set() if statistics is None else set(statistics["char_start"])
    rows = []
    sentences = article.sentences
    years: dict[int, int] | None = None  # computed once, and only for a text with claims
    for position, sentence in enumerate(sentences):
        text = article.sentence_text(sentence)

        def has_statistic_after(offset: int, base: int = sentence.start) -> bool:
            return any(base + offset <= s <= base + offset + 25 for s in stat_starts)

        claims = find_claims(text, has_statistic_after)
        if position == 0 and sentence.paragraph == 1 and len(article.paragraphs) > 1 and \
                not any(c.claim_type == "trend" for c in claims) and \
                (verb := next((m for m in _HEADLINE_TREND.finditer(text) if not re.search(
                    # "… after three-month slide", "a dip": a noun, not the headline's verb
                    r"(?:\b(?:a|an|the|after|its|their)\s+|-(?:day|week|month|year)\s+)$",
                    text[:m.start()], re.I)), None)):
            # "February border numbers climb as Cochise County braces for spring": a headline's
            # present tense (`extra` "headline": the month before and a year before are read)
            claims = sorted(claims + [Claim(
                "trend", verb.start(), verb.end(),
                "down" if verb["verb"].lower() in _HEADLINE_DOWN else "up", "plain",
                _subject_before(text, verb.start()), extra="headline")], key=lambda c: c.start)
        if not claims:
            continue
        if years is None:
            years = context_years(article, paragraphs=False)
        with reading_in_year(years.get(sentence.index)):
            expressions = find_time_expressions(text, article.published, offset=sentence.start)
        for claim in claims:
            start = sentence.start + claim.start
            if claim.extra == "within:year" and claim.month_name and _PEAKED_IN.match(text, claim.start):
                # "2021 produced the highest total … Monthly encounters peaked in July": the
                # month in the year the paragraph named last, not in a full date's elsewhere
                paragraph = article.paragraphs[sentence.paragraph - 1]
                named = [e for e in find_time_expressions(article.text[paragraph.start:start], article.published)
                         if e.precision == "year" and not re.search(
                             r"\b(?:since|to|back\s+to|from|than)\s+$",
                             article.text[paragraph.start:paragraph.start + e.start])]
                if named:
                    number = list(calendar.month_name).index(claim.month_name)
                    month = [e for e in expressions if e.label[5:7] == f"{number:02d}" and e.precision == "month"]
                    if month:
                        year = int(named[-1].label[:4])
                        moved = replace(month[0], label=f"{year}-{number:02d}",
                                        date_start=dt.date(year, number, 1),
                                        date_end=dt.date(year, number, calendar.monthrange(year, number)[1]))
                        expressions = [moved if e is month[0] else e for e in expressions]
            if claim.extra == "every":  # "it went up every single month": of the last span
                spans = []  # of months named in the eight sentences before
                for other in sentences[max(0, position - 8):position]:
                    with reading_in_year(years.get(other.index)):
                        spans += [e for e in find_time_expressions(article.sentence_text(other),
                                                                   article.published, offset=other.start)
                                  if len(periods_of(e.label)) == 1
                                  and 2 <= len(periods_of(e.label)[0].months) <= 12]
                if not spans or find_time_expressions(text, article.published):
                    continue
                claim = replace(claim, extra=str(len(periods_of(spans[-1].label)[0].months)))
                expressions = expressions + [spans[-1]]
            if claim.extra.startswith("within:year:") and ":half" in claim.extra and re.search(
                    r"\bfiscal\b", article.text[article.paragraphs[max(0, sentence.paragraph - 2)].start:
                                                sentence.start + claim.end], re.I):
                # "the quietest month of the second half" in a passage on fiscal years
                claim = replace(claim, extra=claim.extra.replace("within:year:", "within:fiscal:"))
            relative = [m.span() for name in ("same_period_last_year", "previous_month")
                        for m in re.finditer(words_re(name), text, re.I)]
            candidates = [e for e in expressions  # "a year earlier" dates the baseline
                          if not any(a <= e.start - sentence.start < b for a, b in relative)
                          # "figures released Wednesday": a release's date
                          and not dates_a_release(text[:e.start - sentence.start])]
            # "down 42 percent compared with December, and the lowest since June 2023": a
            # date after a comparison word is a baseline, never the period of another claim
            # ("from December, when agents made 249,740, the most on record": a clause
            # with "when" after the date describes that period, and the claim is its)
            candidates = [e for e in candidates if not (
                (e.start < start or e.start >= sentence.start + claim.end)
                and _BASELINE_BEFORE.search(text[:e.start - sentence.start])
                and not (e.end <= start and _DESCRIBED.match(article.text[e.end:start])))]
            if claim.claim_type in ("rank", "record", "since") and claim.month_name and re.search(
                    r"\b(?:that|the\s+same)\s+month\b", text[:claim.start], re.I):
                # "Border Patrol's apprehensions that month were the highest for any April":
                # "April" names the months ranked among; the month is the one named before
                candidates = [e for e in candidates
                              if not start <= e.start < sentence.start + claim.end]
            if claim.claim_type in ("rank", "record") and re.search(r"\bsince\b",
                                                                   text[claim.start:claim.end]):
                # "the fifth-highest total in any fiscal year since 2000": the records' start
                candidates = [e for e in candidates
                              if not start <= e.start < sentence.start + claim.end]
            if claim.extra.startswith("years:"):  # "the fewest of the last six years": the
                candidates = [e for e in candidates  # window, not the claim's year
                              if not start <= e.start < sentence.start + claim.end
                              # "the third-highest of the six years, behind 2023 and 2022"
                              and not (e.start >= sentence.start + claim.end and re.search(
                                  r"\b(?:behind|ahead\s+of|trailing|than|after)\b",
                                  article.text[sentence.start + claim.end:e.start]))]
            if claim.claim_type in ("rank", "record"):  # "the third-highest monthly total …,
                # behind only April and May of this year", "topped only by January 2000": the
                # months ahead of it, not its own
                candidates = [e for e in candidates if not (
                    e.start >= sentence.start + claim.end and (re.search(
                        r"\b(?:behind|ahead\s+of|trailing|after|topped|exceeded|surpassed|beaten)"
                        r"(?:\s+only)?(?:\s+by)?(?:\s+(?:that\s+of|those\s+of|the))?\s+$",
                        article.text[max(sentence.start + claim.end, e.start - 40):e.start], re.I)
                        or ranked_against(article.text[sentence.start + claim.end:e.start])))]
            if claim.claim_type == "since":  # "lowest since May 2023": its own date is the baseline
                candidates = [e for e in candidates
                              if not start <= e.start < sentence.start + claim.end
                              # (nor another claim's "since 2007" later in the sentence)
                              and not re.match(r"since\b", e.text, re.I)]
                owner = [e for e in expressions if e.end <= start and (re.fullmatch(
                    r"(?:'s|\u2019s)\s+", article.text[e.end:start]) or re.fullmatch(
                    # "July's Border Patrol count was the fewest since …": the subject's month
                    r"(?:'s|\u2019s)\s+[^,;:.]{0,60}?\b(?:was|were|is|are)\s+(?:also\s+)?(?:the\s+)?",
                    article.text[e.end:start]))]
                if owner:  # "from June's two-year low": the low is June's
                    candidates = owner[-1:]
            # "the third consecutive month of increases, after a brief lull in early summer":
            # a date in a clause of what came before is not the claim's period
            candidates = [e for e in candidates if not (
                e.start >= sentence.start + claim.end
                and _PRIOR_CLAUSE.search(text[claim.end:e.start - sentence.start]))]
            end = sentence.start + claim.end
            if claim.claim_type == "streak":  # "the second straight monthly increase, …
                # after the policy expired on May 11": a day after a streak is no month of it;
                # "risen for three straight months at the end of fiscal 2023": the month it ends
                candidates = [replace(e, date_start=e.date_end.replace(day=1), precision="month",
                                      label=f"{e.date_end:%Y-%m}")
                              if re.match(r"(?:the\s+)?(?:very\s+)?end\s+of\b", e.text, re.I) else e
                              for e in candidates]
                candidates = [e for e in candidates
                              if not (e.start >= end and e.precision in ("day", "week"))]
            # "figures for fiscal 2022, which ended Sept. 30, count …": a date in a relative
            # clause describes what the clause hangs on
            asides = [(sentence.start + m.start(), sentence.start + m.end())
                      for m in re.finditer(r",\s+(?:which|who|whose|the\s+(?:fiscal\s+)?(?:year|month|"
                                           r"period)\s+that)\s+[^,;:()]*,", text)]
            candidates = [e for e in candidates
                          if not any(a <= e.start < b for a, b in asides)] or candidates
            # "..., the fewest of six years; by 2022 the figure had reached ...": a date
            # past a semicolon belongs to another clause
            candidates = [e for e in candidates
                          if not (e.start >= end and re.search(r"[;:]", article.text[end:e.start]))]
            # "August, not September, is still the busiest month": a date denied is not the claim's
            candidates = [e for e in candidates
                          if not re.search(r"\bnot\s+$", text[:e.start - sentence.start])] or candidates
            if claim.claim_type in ("record", "rank"):  # "June … was the quietest month of the
                # year and the fewest encounters since February 2021": a span to publication
                # is another claim's, never a record's period
                candidates = [e for e in candidates if not re.match(r"since\b", e.text, re.I)
                              and not re.search(r"\bsince\s+$", text[:e.start - sentence.start])] \
                    or [e for e in candidates if not e.label.endswith("/" + article.published.isoformat())]
            if claim.claim_type in ("record", "since", "rank"):  # "..., which begins in fiscal 2000":
                candidates = [e for e in candidates  # the series' start, not the claim's date
                              if not _SERIES_START.search(text[:e.start - sentence.start])]
            # "the record set in December", "the busiest month on record remains May"
            following = [e for e in expressions if 0 <= e.start - end and (
                e.start - end <= 4 or _NAMES_AFTER.fullmatch(article.text[end:e.start]))]
            if claim.claim_type == "record" and following:  # "the record set in December"
                candidates = following
            if claim.claim_type == "record" and re.match(r"the\s+(?:previous|prior|old|former)\b",
                                                         text[claim.start:], re.I):
                # "topped fiscal 2022's 2,378,944, the previous record": the period overtaken
                candidates = [e for e in expressions if e.end <= start][-1:]
            # "The count has now risen for three consecutive years.": a generic figure noun
            # as the subject takes the period of the figure before it (analysis.factcheck),
            # never a date of a neighbouring sentence
            generic = bool(_GENERIC_SUBJECT.search(claim.subject or "")) or (
                # "That eclipsed a record set only a year earlier": the figure before's too
                claim.claim_type == "record" and bool(re.match(r"(?:That|This)\s+(?!was\b)",
                                                               text)))
            if claim.claim_type == "since" and not candidates and position >= 1 and re.search(
                    r"\b(?:so|that)\s+(?:few|many|low|high)\b", text[:claim.end], re.I):
                # "… drove the monthly count down to 17,106 in April. Agents had not recorded so
                # few apprehensions in a month since June 2017": the figure before's date
                previous = sentences[position - 1]
                previous_text = article.sentence_text(previous)
                has_figure = any(not re.fullmatch(r"(?:19|20)\d\d", m.group(0))
                                 for m in re.finditer(r"\d[\d,.]*\d|\d", previous_text))
                with reading_in_year(years.get(previous.index)):
                    before = find_time_expressions(previous_text, article.published, offset=previous.start)
                dating = [e for e in before if e.precision in ("month", "day")] if has_figure else []
                candidates = dating[-1:]
            that_year = re.search(r"\b(?:that|the\s+same)\s+(?:fiscal\s+)?year\b", text[:claim.start], re.I)
            if claim.claim_type in ("record", "since", "rank") and that_year:
                # "Fiscal 2019 was no quiet year either. Border Patrol apprehensions that year
                # were the highest since fiscal 2007": the year named before in the sentence,
                # else the one the sentence before names
                named = [e for e in expressions if e.precision in ("year", "fiscal_year")
                         and e.end <= sentence.start + that_year.start()]
                if not named and position >= 1:
                    previous = sentences[position - 1]
                    with reading_in_year(years.get(previous.index)):
                        named = [e for e in find_time_expressions(article.sentence_text(previous),
                                                                  article.published, offset=previous.start)
                                 if e.precision in ("year", "fiscal_year")]
                candidates = named[-1:]
            if not candidates and not generic and claim.extra != "headline":  # the nearest
                # sentence before or after that (a headline's month is the article's: factcheck)
                for neighbour in (position - 1, position + 1):
                    if 0 <= neighbour < len(sentences):
                        other = sentences[neighbour]
                        other_text = article.sentence_text(other)
                        # "fell 38 percent in January from December": not the baseline
                        candidates = [e for e in find_time_expressions(
                            other_text, article.published, offset=other.start)
                            # "declined for four straight months": a day is no streak's period
                            if not (claim.claim_type == "streak" and e.precision in ("day", "week"))
                            and not _BASELINE_BEFORE.search(other_text[:e.start - other.start])
                            # "the highest since December 2022": a span to publication
                            and not re.match(r"since\b", e.text, re.I)
                            # "behind fiscal 2023 and fiscal 2022": what a rank is set against
                            and not ranked_against(other_text[:e.start - other.start])
                            # "the fourth-busiest February … since at least 2000": a bound
                            and not re.search(r"\bsince\s+(?:at\s+least\s+)?(?:(?:fiscal|calendar)\s+"
                                              r"(?:year\s+)?)?$", other_text[:e.start - other.start], re.I)
                            and not dates_a_release(other_text[:e.start - other.start])
                            # "... after the administration on Jan. 5 expanded parole": a
                            # date of what came before
                            and not _PRIOR_CLAUSE.search(other_text[:e.start - other.start])
                            # "... in DHS records going back to fiscal 2000": the series' start
                            and not _SERIES_START.search(other_text[:e.start - other.start])
                            # "nearly 14 times the April 2020 total": what a figure is set against
                            and not re.search(r"\b(?:times|than|compared\s+(?:with|to)|versus)\s+(?:the\s+)?$",
                                              other_text[:e.start - other.start], re.I)]
                        if candidates and neighbour == position - 1 and (step := re.search(
                                r"\b(?:the\s+(?:following|next)|a)\s+(?P<unit>month|year)\s*(?:later)?\b",
                                text, re.I)) and re.search(r"\b(?:following|next|later)\b", step.group(0)):
                            # "The following month, apprehensions fell to the fewest since June
                            # 2017": a month (a year) after the one the sentence before names
                            months = 1 if step["unit"].lower() == "month" else 12
                            candidates = [_shifted(e, months) for e in candidates]
                        if candidates:
                            break
            if claim.claim_type == "streak" and (
                    dip := [e for e in expressions if 0 <= e.start - end <= 40 and re.fullmatch(
                        r"\s+before\s+\w+ing\s+(?:again\s+)?(?:in\s+)?", article.text[end:e.start])
                        and e.precision == "month"]):
                # "rose for 15 straight months before dipping in August": through July
                candidates = [_shifted(dip[0], -1)]
            elif claim.claim_type == "streak":
                span_after = [e for e in expressions if e.precision == "range" and
                              0 <= e.start - end <= 30 and re.fullmatch(
                                  r"\s*(?:(?:from|between)\s+)?", article.text[end:e.start])]
                if span_after:  # "fell for five straight months from March through July":
                    last = span_after[0].date_end  # the streak ends with the span
                    candidates = [replace(span_after[0], date_start=last.replace(day=1),
                                          precision="month", label=f"{last:%Y-%m}")]
                else:  # "the second straight monthly decline since the spring surge peaked
                    candidates = [e for e in candidates if not (  # in May": not May; "the
                        # lowest since August 2020" beside it: a span, no streak's month
                        e.start >= end and re.search(r"\bsince\b", article.text[end:e.start])
                        or re.match(r"since\b", e.text, re.I))]
            extra = claim.extra
            if extra.endswith(":ended"):  # "up 2.9 percent from July's 56,400, ending a run of
                # five straight monthly declines": the run ended the month before
                candidates = [_shifted(e, -1) for e in candidates if e.precision in ("month", "day")]
                if candidates:
                    extra = extra.split(":")[0]
                # else ":ended" stays: the article's month, read in analysis.factcheck, is
                # the one that ended the run ("…, ending two straight monthly increases to
                # close out the calendar year")
            if extra.startswith("over:") and extra != "over:?":  # "more … than in fiscal 2020 and
                than = sentence.start + claim.start + text[claim.start:claim.end].lower().find(" than ")
                candidates = [e for e in candidates  # 2021 combined": the years summed, not its own
                              if not than <= e.start < sentence.start + claim.end]
            if extra == "over:?":  # "exceeds the full-year total for fiscal 2021": that period
                base = [e for e in expressions if 0 <= e.start - end <= 3]
                if not base:
                    continue
                extra = "over:" + base[0].label
                candidates = [e for e in candidates if e is not base[0]]
            if extra.startswith("span:"):  # "The busiest month in 2021's first eight months
                _, a, b, rank, *year = extra.split(":")  # was March": March of that span, among its months
                spans = [e for e in expressions
                         if sentence.start + int(a) <= e.start < sentence.start + int(b)
                         and len(periods_of(e.label)) == 1 and len(periods_of(e.label)[0].months) > 1]
                number = list(calendar.month_name).index(claim.month_name)
                within = list(periods_of(spans[0].label)[0].months) if len(spans) == 1 else []
                part = re.search(r"\b(?P<end>first|last)\s+(?P<n>\w+)\s+months\b",
                                 text[int(a):int(b)], re.I)
                count = _NUMBER_WORDS.get(part["n"].lower(), 0) or (
                    int(part["n"]) if part["n"].isdigit() else 0) if part else 0
                if part and count:  # "2021's first eight months": January to August
                    within = within[:count] if part["end"].lower() == "first" else within[-count:]
                months = [m for m in within if int(m[5:]) == number and (not year or m[:4] == year[0])]
                if len(months) != 1:
                    continue
                end_day = calendar.monthrange(int(within[-1][:4]), int(within[-1][5:]))[1]
                extra = f"within:span:{within[0]}-01/{within[-1]}-{end_day:02d}" + (
                    f":{rank}" if rank != "1" else "")
                candidates = [replace(spans[0], precision="month", label=months[0])]
            if claim.claim_type == "trend" and not extra and _THE_TWO_YEARS.search(text) and \
                    not expressions:
                # "This week's issue looks back at … between fiscal 2021 and fiscal 2023, the two
                # years … Apprehensions actually dipped slightly between the two years": the
                # pair the article named; none named, the claim is left out
                pairs = list(_NAMED_PAIR.finditer(article.text[:sentence.start]))
                if not pairs:
                    continue
                pair = pairs[-1]
                fiscal = "fiscal " if pair["fiscal"] else ""
                ends = find_time_expressions(f"{fiscal}{pair['a']} and {fiscal}{pair['b']}",
                                             article.published)
                if len(ends) != 2:
                    continue
                extra, candidates = "at:" + ends[0].label, [replace(ends[1], start=start)]
            lead = re.match(r"\s*(?:Compared\s+(?:with|to)|Measured\s+against|Set\s+against|"
                            r"Against)\s+(?:the\s+)?", text)
            if claim.claim_type == "trend" and not extra and lead and (base := [
                    e for e in expressions if e.start - sentence.start == lead.end()]):
                # "Compared with August 2022, though, Border Patrol apprehensions held roughly
                # steady": the date that opens the sentence is the baseline
                extra = "at:" + base[0].label
                candidates = [e for e in candidates if e is not base[0]]
            if extra == "at:?":  # "slightly fewer than in 2022": the date right after is the baseline
                base = [e for e in expressions if 0 <= e.start - end <= 60 and re.search(
                    r"\b(?:than|from|compared\s+(?:with|to))\s+(?:in\s+|during\s+|the\s+)?$"
                    # (", more than they had logged in November 2019")
                    r"|^\s+(?:in|during)\s+$", article.text[end:e.start])]
                if not base:
                    continue
                extra = "at:" + base[0].label
                candidates = [e for e in candidates if e is not base[0]]
            period = _period(start, candidates)
            named_year = re.search(r"\b(?P<fiscal>fiscal(?:\s+year)?\s+|FY\s?)?(?P<year>(?:19|20)\d\d)\b",
                                   text[claim.start:claim.end]) if claim.extra.startswith("within:") else None
            if named_year and re.fullmatch(r"\d{4}-\d{2}", period):
                # "December was the quietest month of 2019" (published in 2024): December of
                # the year the claim names, not the latest December
                year, month = int(named_year["year"]), int(period[5:])
                if named_year["fiscal"] and month >= 10:
                    year -= 1
                period = f"{year}-{month:02d}"
            rows.append({
                "article_id": article.article_id, "claim_type": claim.claim_type,
                "char_start": start, "char_end": sentence.start + claim.end,
                "surface": article.text[start:sentence.start + claim.end],
                "direction": claim.direction, "strength": claim.strength,
                "subject": claim.subject, "period": period,
                "month_name": claim.month_name, "extra": extra, "paragraph": sentence.paragraph,
                "sentence": sentence.index, "sentence_text": " ".join(text.split()),
            })
    return pd.DataFrame(rows, columns=COLUMNS)


@dataclass(frozen=True)
class EventClaim:
    """A sentence that dates an event ("Biden called López Obrador in December")."""

    start: int
    end: int
    sentence: str
    date_start: str
    date_end: str
    label: str
    context: str = ""  # the next sentence of the paragraph ("Under the deal, Mexico pledged …")


def event_claims(article: Article, skip_sentences: set[int] = frozenset()) -> list[EventClaim]:
    """Sentences with an event verb (claims.yaml `event_verbs`) and a resolved time
    expression (a day, week, month or year; not "since 2022")."""
    verbs = re.compile(words_re("event_verbs"), re.I)
    found = []
    for sentence in article.sentences:
        text = article.sentence_text(sentence)
        # "In fiscal 2023, which ended Sept. 30, …": a clause dating a fiscal year is no event
        asides = [m.span() for m in _PERIOD_ASIDE.finditer(text)]
        verb = next((v for v in verbs.finditer(text)
                     if not any(a <= v.start() < b for a, b in asides)), None)
        if not verb:
            continue
        expressions = [e for e in _dated(article, sentence)
                       if not any(a <= e.start - sentence.start < b for a, b in asides)]
        if sentence.index in skip_sentences:  # a figure's sentence: only an explicit day
            expressions = [e for e in expressions if e.precision == "day"]
            if not expressions:
                continue
        position = sentence.index - 1
        for neighbour in (position + 1, position - 1):  # "rail bridges were suddenly closed"
            if expressions or not 0 <= neighbour < len(article.sentences):
                break
            other = article.sentences[neighbour]
            if other.paragraph in (sentence.paragraph, sentence.paragraph + 1, sentence.paragraph - 1):
                expressions = [e for e in _dated(article, other) if e.precision != "year"]
        if not expressions:
            continue
        following = article.sentences[sentence.index] if sentence.index < len(article.sentences) \
            else None
        context = article.sentence_text(following) if following is not None and \
            following.paragraph == sentence.paragraph else ""
        own = [e for e in expressions if sentence.start <= e.start < sentence.end]
        days = [e for e in own if e.precision == "day"]
        pairs = _events_by_day(text, sentence.start, days, verbs) if len(days) > 1 else []
        if pairs:  # "reached an agreement on Friday, June 7, averting the tariff that
            # President Trump had announced on May 30": one claim per dated event
            for start, end, when in pairs:
                found.append(EventClaim(start, end, " ".join(text.split()),
                                        when.date_start.isoformat(), when.date_end.isoformat(),
                                        when.label, context))
            continue
        # the most precise date, then the nearest the verb ("released its December figures
        # on Jan. 26": the day, not the month the figures cover)
        precision = {"day": 0, "week": 1, "month": 2, "year": 3}
        when = min(expressions, key=lambda e: (precision[e.precision],
                                               abs(e.start - sentence.start - verb.start())))
        found.append(EventClaim(sentence.start, sentence.end, " ".join(text.split()),
                                when.date_start.isoformat(), when.date_end.isoformat(),
                                when.label, context))
    return found


#: A clause that dates a fiscal year or a period, not an event: "fiscal 2023, which ended
#: Sept. 30", "the fiscal year that began Oct. 1".
_PERIOD_ASIDE = re.compile(r"(?:\bfiscal\s+(?:year\s+)?(?:\d{4}\s*)?|\bFY\s?\d{2,4}\s*|\byear\s*),?\s+"
                           r"(?:which|that)\s+(?:ended|ends|began|begins|started|starts|ran|runs|"
                           r"closed|opened)\b[^,;.]*(?:\.\s?\d+[^,;.]*)?", re.I)


def _events_by_day(text: str, offset: int, days: list, verbs: re.Pattern) -> list[tuple]:
    """(start, end, date) for each day a sentence gives with an event verb of its own
    between the day before it and this day: the clause from the verb to the day."""
    pairs, previous_end = [], 0
    for day in sorted(days, key=lambda e: e.start):
        at = day.start - offset
        verb = None
        for verb in verbs.finditer(text, previous_end, at):
            pass  # the verb nearest before the day
        if verb is None:
            return []  # a day without its own verb: not separable
        pairs.append((offset + verb.start(), day.end, day))
        previous_end = day.end - offset
    return pairs


def _dated(article: Article, sentence) -> list:
    text = article.sentence_text(sentence)
    return [e for e in find_time_expressions(text, article.published, offset=sentence.start)
            if e.precision in ("day", "week", "month", "year")]


_FY = r"(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<fy>\d{4})"


_COMPARED_BEFORE = re.compile(r"\b(?:from|since|than|compared\s+(?:with|to)|versus|vs\.?|"
                              r"(?:same|corresponding)\s+(?:period|stretch|months?|time|quarter)"
                              r"\s+(?:of|in)|"
                              # "about two and a half times the first half of fiscal 2019"
                              r"(?:times|double|triple|twice)\s+(?:the\s+)?(?:(?:first|second)\s+half"
                              r"|(?:first|opening)\s+\w+\s+months)\s+of)\s+(?:in\s+|during\s+)?"
                              r"(?:the\s+)?$", re.I)


def fiscal_year_to_date(sentence: str, published: dt.date, latest_named: str = "") -> str:
    """'through the first five months of fiscal year 2024' -> '2023-10-01/2024-02-29';
    'so far this fiscal year' -> October through `latest_named`, the latest month the
    article has named ('' when it named none: the end month is not guessed); else ''."""
    first = r"(?:first|opening)\s+(?P<n>\w+)\s+months\s+of\s+(?:the\s+)?" + _FY
    m = re.search(first, sentence, re.I)
    if m:
        n = _NUMBER_WORDS.get(m["n"].lower()) or (int(m["n"]) if m["n"].isdigit() else 0)
        if n:
            return fiscal_months(int(m["fy"]), n)
    # "For the fiscal year that started Oct. 1, total encounters in the first two months":
    # the current fiscal year, the one the article's latest month (or publication) falls in
    m = re.search(r"\b(?:first|opening)\s+(?P<n>\w+)\s+months\b", sentence, re.I)
    if m and re.search(r"\b(?:(?:this|the\s+current|the\s+new)\s+fiscal\s+year|fiscal\s+year\s+"
                       r"(?:that|which)\s+(?:started|began|opened))\b", sentence, re.I) and \
            not re.search(r"\bof\s+(?:the\s+)?(?:last|previous|prior)\s+fiscal\s+year\b",
                          sentence[m.end():m.end() + 40], re.I):
        n = _NUMBER_WORDS.get(m["n"].lower()) or (int(m["n"]) if m["n"].isdigit() else 0)
        if 0 < n < 12:
            return fiscal_months(_fiscal_year_of_label(latest_named, published), n)
    # "Six months into the federal fiscal year", "Halfway through fiscal 2022": the fiscal year
    # named, else the one the article's latest month (or publication) falls in
    m = re.search(r"\b(?:(?P<n>\w+)\s+months\s+into|(?P<half>halfway\s+through))\s+(?:the\s+)?"
                  r"(?:(?:federal|current|government's|government\u2019s)\s+)?(?:fiscal\s+(?:year\s+)?"
                  r"(?P<fy>\d{4})|fiscal\s+year\b|FY\s?(?P<fy2>\d{4}))", sentence, re.I)
    if m:
        n = 6 if m["half"] else (_NUMBER_WORDS.get(m["n"].lower()) or
                                 (int(m["n"]) if m["n"].isdigit() else 0))
        fy = int(m["fy"] or m["fy2"] or 0) or _fiscal_year_of_label(latest_named, published)
        if 0 < n < 12 and fy:
            return fiscal_months(fy, n)
    m = re.search(r"(?:October|Oct\.)[\s-]+(?:through|to|and)[\s-]+(?P<month>" + _MONTH_NAMES + r")",
                  sentence) or re.search(
        # "The federal fiscal year started in October, and through June CBP has counted"
        r"\bfiscal\s+year\s+(?:started|began|opened)\s+(?:in\s+|on\s+)?(?:October|Oct\.)(?:\s+1)?\b"
        r"[^.;]{0,30}?\b(?:through|until)\s+(?P<month>" + _MONTH_NAMES + r")\b", sentence)
    # "from October through February, ... compared with the same stretch of fiscal 2019": a
    # fiscal year compared with is the baseline's, not the one the months belong to
    fy = next((f for f in re.finditer(_FY, sentence)
               if not _COMPARED_BEFORE.search(sentence[:f.start()])), None)
    if m and fy:
        number = list(calendar.month_name).index(m["month"])
        return fiscal_months(int(fy["fy"]), (number - 10) % 12 + 1)
    if m and fy is None:
        # "The October-through-March total": the latest such span that ended before publication
        number = list(calendar.month_name).index(m["month"])
        last = published.replace(day=1) - dt.timedelta(days=1)
        year = last.year if last.month >= number else last.year - 1
        return fiscal_months(year + 1 if number >= 10 else year, (number - 10) % 12 + 1)
    # "So far in fiscal 2022, which began Oct. 1", "fiscal 2024 to date": that fiscal year up
    # to the latest month the article named, when that month falls in it (else not guessed)
    m = re.search(r"\bso\s+far\s+(?:in|during)\s+(?:the\s+)?" + _FY + r"|" + _FY.replace("fy>", "fy2>")
                  + r",?\s+(?:so\s+far|to\s+date)\b", sentence, re.I)
    if m:
        fiscal = int(m["fy"] or m["fy2"])
        if re.fullmatch(r"\d{4}-\d{2}", latest_named or ""):
            year, month = int(latest_named[:4]), int(latest_named[5:])
            if (year + 1 if month >= 10 else year) == fiscal:
                return fiscal_months(fiscal, (month - 10) % 12 + 1)
        return ""
    if re.search(r"\b(?:so\s+far\s+(?:this|in\s+the)\s+fiscal\s+year|fiscal\s+year\s+to\s+date|"
                 r"fiscal[-\s]year[-\s]to[-\s]date|"
                 # "Since the fiscal year began in October", "since the start of the fiscal year"
                 r"since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the|this)\s+(?:(?:current|"
                 r"federal|government's|government\u2019s)\s+)?"
                 r"fiscal\s+year(?:\s+(?:began|started|opened))?|"
                 # "running about 20 percent ahead of last year's pace", "2 percent more than
                 # at the same point last year": the fiscal year's running total
                 r"(?:ahead\s+of|behind)\s+(?:last\s+(?:fiscal\s+)?year['\u2019]s|the\s+previous\s+"
                 r"(?:fiscal\s+)?year['\u2019]s)\s+pace|at\s+(?:the\s+same|this)\s+point\s+(?:last\s+"
                 r"(?:fiscal\s+)?year|a\s+year\s+(?:earlier|ago))|"
                 # "has counted nearly 1.95 million encounters since October": a count of the
                 # months from the fiscal year's first (not "fallen 20 percent since October")
                 # ("more than 1 million encounters at the southwest border since Oct. 1": the
                 # fiscal year's first day, with no year after it)
                 r"(?:encounters|apprehensions|crossings|migrants|people)(?:\s+(?:at|along|on)\s+the\s+"
                 r"(?:southwest(?:ern)?\s+|southern\s+)?border)?\s+since\s+(?:October|Oct\.)"
                 r"(?:\s+1(?!\d|,?\s+\d{4}))?(?!\s+(?:\d|of\b)))", sentence, re.I):
        if not latest_named:
            return ""
        latest = latest_named
        year, month = int(latest[:4]), int(latest[5:])
        fiscal = year + 1 if month >= 10 else year
        return fiscal_months(fiscal, (month - 10) % 12 + 1)
    return ""


def _fiscal_year_of_label(latest_named: str, published: dt.date) -> int:
    """The fiscal year of the article's latest month ("2022-03": 2022), else of the last full
    month before publication."""
    if re.fullmatch(r"\d{4}-\d{2}", latest_named or ""):
        year, month = int(latest_named[:4]), int(latest_named[5:])
    else:
        last = published.replace(day=1) - dt.timedelta(days=1)
        year, month = last.year, last.month
    return year + 1 if month >= 10 else year


def fiscal_months(fiscal_year: int, count: int) -> str:
    index = (fiscal_year - 1) * 12 + 9 + count - 1
    year, month = index // 12, index % 12 + 1
    return (f"{fiscal_year - 1}-10-01/{year}-{month:02d}-"
            f"{calendar.monthrange(year, month)[1]:02d}")
