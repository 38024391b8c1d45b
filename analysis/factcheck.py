"""Checking an article's claims against the official series of the registry.

A claim is a statistic of the article (a level, a change, a fraction of a baseline, a share
of a total, a multiple) or a claim without a number (a trend, a record, a rank, "the lowest since", a
streak, a dated event; see analysis.claims). Story details (ages, durations, one group's
size in an anecdote) are not claims and get no row.

The series is chosen from the agent, the verb and the place (`choose_series`, which asks the
registry in analysis.series):
"Border Patrol agents apprehended ... between ports of entry" is Border Patrol, "at ports of
entry" is the Office of Field Operations, "encounters at the southwest border" all
encounters, and bare "illegal crossings" is ambiguous: it is checked against both the total
and Border Patrol, one row each, and the claim takes the more favourable verdict (never
`not_supported` because the wording left the series open). Mexico's own figures are
checked against Mexico's series, whose explanations say they are secondary.

The checks themselves live in analysis.verdicts; the series, their values over periods and
how claims name them, in analysis.series. Tolerances (applied in `verdicts.holds`):
- exact figure: within 1% of the official figure, or within the rounding of the printed number ("2.4 million" is
  2.35-2.45 million), or equal to CBP's first release of the month (the reference holds the
  revised figure; first releases are in data/reference/first_releases.csv);
- "about", "roughly", "around", "some", "approximately": within 10% of the official figure;
- "nearly", "almost", "just under": the official figure between 90% and 101% of the claim;
- "more than", "over", "at least" / "less than", "fewer than", "at most": the inequality;
- a change in percent, in the right direction: within 1.5 points or 5% of the claim,
  whichever is larger (exact), within 2 points or 10% of the claim (approximate); a multiple within 10% (a larger actual multiple is `partly_supported`:
  the claim understates); a strong trend word needs a change of 20% or more;
- a share of a total ("one in three of the month's total"): within 10% of the claimed share
  (in words) or the tolerance of a change (in percent);
- "one of the highest" needs a rank in the top five or the top fifth; "the third-busiest
  month on record" rank 3 among every month up to the claim's (one off: partly_supported);
  "the fewest of the last six years" the extreme of the six full years before publication
  (of someone's years: a miss is not_checkable, the term is not dated);
- "X outnumbered Y": X's figure above Y's over the same period (within 2% below: partly).
A figure that misses its tolerance by little (an exact figure within 5%, an approximate
one within 20% of the official figure; a change within a quarter of the claim plus 2 points)
is `partly_supported`; beyond that, `not_supported`. A change in the wrong direction is
always `not_supported`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pandas as pd

from analysis import series as registry
from analysis.article import Article
from analysis.numbers import MULTIPLIER_WORDS, parse_number
from analysis.claims import (event_claims, extract_claims, fiscal_months, fiscal_year_to_date,
                             term_of, words_re)
from analysis.periods import (names_an_event, context_years, dates_a_release, find_time_expressions,
                              reading_in_year)
from analysis.series import Figures, Period, periods_of
from analysis.verdicts import (VERDICTS, Check, Comparison, check_change, check_event, either_reading,
                               check_outnumber,
                               check_extreme_of_years, check_extreme_within_year, check_level,
                               check_same_month_since,
                               check_threshold_since, check_lowest_since,
                               check_multiple, check_rank,
                               check_rank_among,
                               check_difference, check_record, check_share, check_between, check_beyond_span, check_since_years,
                               check_streak,
                               check_trend, check_first_in, combine, either_baseline,
                               missing_data, unreachable)
from analysis.vocabulary import SMALL_COUNT, alternation, words

__all__ = ["COLUMNS", "VERDICTS", "Figures", "check_claims", "choose_series", "periods_of"]

COLUMNS = ["article_id", "claim_id", "stat_id", "char_start", "char_end", "claim_text", "claim",
           "claim_type", "period", "official_series", "official_period_start",
           "official_period_end", "official_value", "comparison", "verdict", "explanation",
           "source_url"]


# --- series choice -------------------------------------------------------------------------

def _cue(name: str, text: str) -> bool:
    return bool(re.search(words_re(name), text, re.I))


def mexican_agent(text: str) -> bool:
    """Whether Mexico acts in the text ("Mexico detained", "Mexican authorities",
    "deportations from Mexico"), not only names a place or an origin ("migrants from Mexico",
    "expelled to Mexico", "the U.S.-Mexico border")."""
    for match in re.finditer(words_re("mexico_cues"), text):
        # "across northern Mexico": a part of the country is still a place
        before = re.sub(r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|"
                        r"central)\s+$", "", text[:match.start()], flags=re.I)
        after = text[match.end():match.end() + 12]
        if re.search(r"\bNew\s+$", before):
            continue  # New Mexico: a U.S. state
        if re.match(r"[\s-]*border\b", after) or re.search(r"U\.S\.[-\u2013]$", before):
            continue  # the U.S.-Mexico border, the Mexico border: a place
        if re.search(r"\b(?:to|into|with|across|along|near|toward|towards|through|via|throughout)"
                     r"\s+$", before, re.I):
            continue  # a destination or a partner
        if re.search(r"\b(?:attribut\w*|thanks|due|owing|because|credit\w*|blamed?)\b[^.;]{0,60}$",
                     before, re.I):
            continue  # "a decline officials attributed to enforcement by Mexican
            # authorities": a cause of the figure, not who counted it
        if re.search(r"\b(?:in|inside|within|throughout)\s+$", before, re.I) and not re.search(
                r"\b(?:detain|deport|return|apprehend|arrest|present|channel|expel|intercept|"
                r"rescu|detect|stopp|caught|held)\w*\b",
                text[max(0, match.start() - 40):match.end() + 25], re.I):
            continue  # "as shelters in Mexico closed": a place; "migrants detained in Mexico"
            # still names Mexico's count
        if re.match(r"\s+(?:(?:young|adult|single|other)\s+)?(?:men|women|nationals|migrants|citizens|"
                    r"families|children|adults|minors|workers|people|immigrants|boys|girls|"
                    r"teenagers|asylum[-\s]seekers|imports|goods|products|truckers)\b",
                    text[match.end():], re.I):
            continue  # "young Mexican men", "Mexican imports": an origin, not who counted
        origin = re.search(r"(\w+)\s+from\s+$", before)
        if origin and not re.fullmatch(words_re("mexico_return_cues"), origin[1], re.I):
            continue  # "migrants from Mexico": where they come from
        return True
    return False


_PLACE_SUBJECT = re.compile(r"^\s*(?:(?:by|in|for|during)\s+[^,]{1,30},\s+)?(?:the\s+)?((?:official\s+)?ports\s+of\s+entry|official\s+"
                            r"crossings|ports(?=\s+(?:accounted|made\s+up|were|represented|"
                            r"handled|processed|recorded|counted|saw)\b))\b", re.I)


#: A sentence whose subject is the figure before ("That was about 17 percent of the year's
#: total", "They made up more than one in four of all southwest border encounters").
_PART_PRONOUN = re.compile(r"\s*(?:That|This|It|They|These|Those)\b(?!\s+(?:who|said|say|says)\b)")


def choose_series(clause: str, sentence: str) -> list[str]:
    """The series a figure belongs to, from the agent, verb and place of its clause (then of
    its sentence), asking the registry: a Mexican agent goes to Mexico's series whose cues
    match ('mexico' when none does); otherwise the most specific U.S. series whose cues
    match; cues of two parts at once mean the series that sums them; loose words
    ("crossings") mean every series declaring them. [] when nothing matches."""
    for text in (clause, sentence):
        # "Ports of entry accounted for ...": a place as the subject is where it was counted
        text = _PLACE_SUBJECT.sub(r"at \1", text)
        if mexican_agent(text):
            if _cue("mexico_other_measures", text):
                return ["mexico"]  # INM's press counts ("detected", "rescued") are not UPM events
            mexico = [s.id for s in registry.by_country("Mexico") if s.cues and _cue(s.cues, text)]
            return mexico[:1] or ["mexico"]
        us = registry.by_country("United States", "month")
        if _cue("both_parts_cues", text):  # "Agents and officers recorded 104,311 encounters"
            both = [s for s in us if s.parts]
            if both:
                return [both[0].id]
        specific = [s for s in us if s.cues and not s.parts and _cue(s.cues, text)]
        if len(specific) > 1:  # "apprehensions and inadmissibles": both components
            whole = registry.sum_of({s.id for s in specific})
            if whole:
                return [whole.id]
        if specific:
            return [specific[0].id]
        sums = [s for s in us if s.parts and s.cues and _cue(s.cues, text)]
        if sums:
            return [sums[0].id]
        if re.search(r"\bcross|\bborder\b", text, re.I):
            loose = [s.id for s in sorted(us, key=lambda s: not s.parts)  # the sum first
                     if s.loose_cues and _cue(s.loose_cues, text)]
            if loose:
                return loose
    return []


_GENERIC = re.compile(r"\b(?:the|its|that)\s+(?:(?:(?:fiscal|calendar)\s+(?:year\s+)?)?\d{4}\s+|"
                      r"FY\s?\d{2,4}\s+|year's\s+|year\u2019s\s+)?(?:"
                      + alternation("claims", "generic_figure_nouns") + r")\b(?!\s+of\b)", re.I)


#: "fiscal 2022's 2,378,944", "December's 302,034": a bare figure of a period's own.
_PERIOD_POSSESSIVE = re.compile(r"\b(?:(?:(?:fiscal|calendar)\s+(?:year\s+)?)?\d{4}|FY\s?\d{2,4}|"
                                r"(?:last|the\s+previous|the\s+prior)\s+(?:year|month)|"
                                + "|".join(calendar.month_name[1:]) + r")(?:'s|\u2019s)\s+$", re.I)
#: "the fiscal 2002 total", "its December figure": the measure before, in another period.
_DATED_GENERIC = re.compile(r"\b(?:the|its|their)\s+(?:(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
                            r"\d{4}|FY\s?\d{2,4}|" + "|".join(calendar.month_name[1:]) + r")\s+(?:"
                            + alternation("claims", "generic_figure_nouns") + r")\b(?!\s+of\b)",
                            re.I)


#: What may stand between a figure and a superlative describing it: "2,475,669 encounters,
#: ports included, the most of any of the six years".
_APPOSED = re.compile(r"(?:\s+(?!(?:from|than|since|compared|over|versus|which|when)\b)[a-z][\w-]*){0,2}"
                      r"\s*,(?:\s+(?!(?:which|when|who|that)\b)[a-z][\w-]*){0,2}(?:\s*,)?\s*"
                      r"(?:and\s+)?(?:the\s+)?")


def _generic_choice(inherited: list[str], sentence: str, window: str = "") -> bool:
    """Whether a sentence whose only series word is a generic noun ("The 2024 total was 58
    percent higher", "By 2021 the figure had rebounded") counts what the figure before it
    counts, Mexico's series: "total" names the sum of the U.S. series only outside them."""
    window = window or sentence
    if not inherited or not _GENERIC.search(window):
        return False
    if not all(c != "mexico" and registry.get(c).country == "Mexico" for c in inherited):
        return False
    return not choose_series(_GENERIC.sub(" ", window), _GENERIC.sub(" ", sentence))


#: "the 181,054 they apprehended", "the 50,000 agents encountered": a figure without a noun
#: whose verb, right after it, counts people crossing.
_COUNTING_VERB_AFTER = re.compile(r"\s+(?:they|it|agents|officers|the\s+agency|authorities|CBP|"
                                  r"the\s+Border\s+Patrol|Border\s+Patrol)\s+(?:had\s+)?"
                                  r"(?:" + words_re("counting_verbs") + r")\b", re.I)


#: "In December CBP reported 302,034, the highest monthly total on record": a bare figure an
#: agency reports or records, set beside a total of its own.
_AGENCY_REPORTED_BEFORE = re.compile(r"\b(?:CBP|the\s+agency|the\s+Border\s+Patrol|Border\s+Patrol|"
                                     r"agents|officers|authorities)\s+(?:(?:has|have|had)\s+)?"
                                     r"(?:reported|recorded|counted|logged|tallied|registered|"
                                     + words_re("counting_verbs") + r")\s+(?:(?:about|nearly|"
                                     r"roughly|almost|more\s+than|just\s+over|some)\s+)?$", re.I)
_TOTAL_APPOSITIVE = re.compile(r",\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,4}?(?:total|figure|count|"
                               r"tally|number)\b", re.I)


#: "about 3.3 times the number apprehended in May 2018": a figure compared with a number
#: whose verb counts people crossing.
_NUMBER_COUNTED_AFTER = re.compile(r"\s+(?:the\s+)?(?:number|total|count|tally)\s+(?:of\s+(?:people|"
                                   r"migrants)\s+)?(?:agents\s+|officers\s+)?(?:"
                                   + words_re("counting_verbs") + r")\b", re.I)


def _uncounted_noun(sentence: str, span: tuple[int, int], value: float = 0) -> str:
    """The noun right after a number when it is a resource no border series counts ("14 new
    checkpoints", "about 3,500 beds": claims.yaml `resource_nouns`); '' otherwise, and for a
    small count or a reference ("these two agents"), which are story details."""
    if value < 10 or re.search(r"\b(?:the|these|those|its|their|his|her|our)\s+$",
                               sentence[:span[0]], re.I):
        return ""
    match = re.match(r"\s+(?P<between>(?:[\w-]+\s+){0,2}?)(?P<noun>" + words_re("resource_nouns")
                     + r")\b", sentence[span[1]:], re.I)
    if not match or re.search(words_re("countable") + "|" + words_re("scope_people"),
                              match["between"], re.I):
        return ""  # "a group of 18 people miles from the border": people, then a place
    if re.search(r"\b(?:group|crowd|caravan|family|busload|truckload)\s+of\s+$",
                 sentence[:span[0]], re.I):
        return ""  # an anecdote's group: a story detail
    return match["noun"]


def _not_counted(stat: dict, noun: str, sentence: str) -> Check:
    """A claim about something no bundled series counts, naming the data that would settle
    it (Mexico's agencies' when the sentence is about Mexico)."""
    data = missing_data(noun, "") if _cue("mexico_cues", sentence) else ""
    if not data or data.startswith("an official series"):
        data = f"a count of {noun} from the agency or government that keeps it"
    return Check(explanation=f"No bundled series counts {noun} (\u201c{stat['surface']}\u201d); "
                 f"settling it would take {data}.", period=str(stat.get("period") or ""))


def counts_people(clause: str, start: int, length: int, ratio: bool = False,
                  sentence: str = "") -> bool:
    """Whether the noun nearest a number in its clause is one a border series counts
    (claims.yaml `countable`) rather than one it does not (`not_counted`). A number with no
    noun of its own takes the noun of the figure it parallels ("returned nearly 150,000
    migrants in 2019 but only 53,438 in 2023"), and "the figure" ("by 2022 the figure had
    reached 414,409") the nouns of its sentence."""
    if start < 0:
        return True
    end = start + length
    if re.match(r"\s+of\s+(?:them|those|these)\b", clause[end:], re.I) and \
            re.search(r"\baccount(?:ed|s)?\s+for\s+$", clause[:start], re.I):
        return True  # "Officers at the ports accounted for 13,935 of them": a part of the
        # figure before, counting what it counts
    if re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:" + words_re("scope_people") + r")\b", clause[end:], re.I):
        return True  # "about 9,000 unaccompanied children": people, of a narrower scope
    nouns = words_re("countable") + "|" + words_re("not_counted")
    if _NUMBER_COUNTED_AFTER.match(clause[end:]):
        return True  # "3.3 times the number apprehended in May 2018": the verb says what
    if not re.search(nouns, clause, re.I) and _COUNTING_VERB_AFTER.match(clause[end:]):
        return True  # "the 181,054 they apprehended in August 2023": the verb says what
    if not re.search(nouns, clause, re.I) and _AGENCY_REPORTED_BEFORE.search(clause[:start]) \
            and _TOTAL_APPOSITIVE.match(clause[end:]):
        return True  # "CBP reported 302,034, the highest monthly total on record"
    if not re.search(nouns, clause, re.I):
        if sentence and re.search(r"\b(?:the|that|this|[A-Z]\w+['\u2019]s)\s+(?:[A-Z]\w+\s+)?"
                                  r"(?:figure|count|total|number|tally)\b", clause, re.I):
            # "July's figure was …", "Border Patrol's July count of 56,400": the series' count
            # unless the sentence names something else it counts
            return counts_people(sentence, sentence.find(clause[start:end]), length, ratio) \
                or not re.search(nouns, sentence, re.I)
        if _THAT_WAS_DIFFERENCE.match(clause[:start]) and _DIFFERENCE_AFTER.match(clause[end:]):
            return True  # "That was about 40,000 fewer than in May": the figure before's count
        if _PERIOD_POSSESSIVE.search(clause[:start]) and sentence and \
                re.search(r"\b(?:total|figure|count|tally|record)\b", sentence, re.I):
            return True  # "the highest monthly total on record, edging past April's 235,785"
        return ratio  # "more than double its December 2021 figure": what doubled is before
    if not re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + ")", clause[end:], re.I):
        parallel = [m for m in re.finditer(r"\d[\d,.]*\s+(?:million\s+|thousand\s+)?(?P<noun>"
                                           + nouns + ")", clause[:start], re.I)]
        if parallel:  # the noun left out is the one of the figure before
            return bool(re.fullmatch(words_re("countable"), parallel[-1]["noun"], re.I))
    if ratio and re.match(r"\s+(?:that\s+of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w.]+['\u2019]s\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:total|figure|level|count|number|tally)\b",
                          clause[end:], re.I):
        return True  # "more than double the agency's fiscal 2018 total": a multiple of a total
    own = re.match(r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + nouns + ")", clause[end:], re.I)
    if own:  # "agents made about 40,000 fewer apprehensions": the noun the number counts,
        # not the subject before it
        return bool(re.fullmatch(words_re("countable"), own["noun"], re.I))
    nearest = []
    for name in ("countable", "not_counted"):
        for m in re.finditer(words_re(name), clause, re.I):
            distance = m.start() - end if m.start() >= end else start - m.end()
            nearest.append((distance + (0 if m.start() >= end else 0.5), name))
    return bool(nearest) and min(nearest)[1] == "countable"


# --- the table -----------------------------------------------------------------------------

_DETAIL_KINDS = ("age", "duration", "money", "rate")
_NEAR_FRACTION_BASE = re.compile(r"^\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|\w+(?:'s|\u2019s)\s+)"
                                 # "the December figure", "the previous year's total"
                                 r"(?:(?:[A-Z][a-z]+|\d{4}|previous|prior|preceding|year(?:'s|\u2019s)|"
                                 r"month(?:'s|\u2019s)|fiscal|calendar)\s+){0,3}"
                                 r"(?:[\d,.]+|number|level|total|figure|count|tally|"
                                 r"peak|record)"
                                 # "less than a quarter of those in April 2019"
                                 r"|^\s+(?:of\s+)?(?:those|that)\s+(?:of|in|for|during|recorded|seen|"
                                 r"logged|counted)\b"
                                 # "January's count came to nearly half of December's."
                                 r"|^\s+of\s+(?:" + "|".join(calendar.month_name[1:]) +
                                 # "less than a fifth of December 2023's."
                                 r")(?:\s+(?:19|20)\d\d)?(?:'s|\u2019s)(?=\s*(?:[.;,]|$))"
                                 # "The 2020 figure was less than half of 2019's, as ...",
                                 # "of fiscal 2019's": a year's own figure
                                 r"|^\s+of\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:19|20)\d\d"
                                 r"(?:'s|\u2019s)(?=\s*(?:[.;,]|$))", re.I)


#: "less than a quarter of what agents recorded in May 2022", "less than half what it had
#: been a year earlier": a fraction of the figure of another period.
_WHAT_BASE = re.compile(r"^\s+(?:of\s+)?what\s+(?:it|they|agents|officers|the\s+\w+|\w+)\s+"
                        r"(?:had\s+)?(?:been|was|were|recorded|counted|logged|reported|"
                        r"apprehended|encountered|registered|had)\b", re.I)
#: "53,438 in 2023, about a third as many": a fraction of the figure named before it.
_AS_MANY = re.compile(r"^\s+as\s+(?:many|much|large|high)\b(?![^.;]{0,60}?\bas\b)", re.I)
#: "less than a third as many people each month as they had in June": the baseline after "as".
_AS_MANY_AS = re.compile(r"^\s+as\s+(?:many|much|large|high)\b[^.;]{0,60}?\bas\b", re.I)

#: "one in three of the month's total", "46 percent of all encounters": a share of a whole
#: over the claim's own period (not "half of December's total", a fraction of another month).
_SHARE_OF = re.compile(r"^\s+of\s+(?:all\s+)?(?:the\s+)?(?:(?P<span>month|year|fiscal\s+year|"
                       r"quarter|period|" + "|".join(calendar.month_name[1:]) +
                       r")(?:'s|\u2019s)\s+)?(?:overall\s+|total\s+)?(?:southwest\s+(?:border\s+)?)?"
                       r"(?:total|encounters)\b", re.I)


#: "Border Patrol's share of the month's total was roughly 94 percent, versus about 6 percent
#: for officers at ports of entry": the whole named before the number.
_SHARE_BEFORE = re.compile(r"\bshare\s+of\s+(?:all\s+)?(?:the\s+)?(?:(?P<span>month|year|fiscal\s+"
                           r"year|quarter|period|" + "|".join(calendar.month_name[1:]) +
                           r")(?:'s|\u2019s)\s+)?(?:overall\s+|total\s+)?(?:southwest\s+(?:border\s+)?)?"
                           r"(?:total|encounters)\b[^.;]{0,80}?(?:\b(?:was|were|is|are|stood\s+at|"
                           r"came\s+to|reached)|,?\s+(?:versus|vs\.?|compared\s+with|against))\s+$",
                           re.I)


#: "... accounted for roughly one in three of the month's encounters, versus about one in six
#: in May": a figure after "versus" is a share of the same whole, for the same part.
_SHARE_THEN_VERSUS = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:(?P<span>month|year|fiscal\s+year|"
                                r"quarter|period|" + "|".join(calendar.month_name[1:]) +
                                r")(?:'s|\u2019s)\s+)?(?:overall\s+|total\s+)?(?:southwest\s+"
                                r"(?:border\s+)?)?(?:total|encounters)"
                                # "... of all encounters in September, versus about one in six"
                                r"(?:\s+(?:in|during|for)\s+[\w\s]{3,25}?)?\s*,?\s+(?:versus|vs\.?|"
                                r"compared\s+with)\s+$", re.I)


_SHARE_NOUN = re.compile(r"^\s+(?P<span>)(?:southwest\s+(?:border\s+)?)?encounters\b", re.I)


_IMPLIED_WHOLE = _SHARE_NOUN.match(" encounters")


def _share_of(stat: dict, after: str) -> re.Match | None:
    """The whole a share is of, from the words after it: "of the month's total", "of all
    encounters", "of September's encounters" when September is the claim's own month (not
    "roughly half of December's total" said of January: a fraction of that month)."""
    share = _SHARE_OF.match(after)
    if not share and re.search(r"\bin\s+(?:every\s+)?\w+$", str(stat.get("surface") or "")):
        share = _SHARE_NOUN.match(after)  # "one in five encounters in October happened at ..."
    named = (share["span"] or "").capitalize() if share else ""
    if named in calendar.month_name[1:]:
        own = str(stat.get("period") or "")
        if not re.fullmatch(r"\d{4}-\d{2}", own) or \
                int(own[5:]) != list(calendar.month_name).index(named):
            return None
    return share


#: A baseline relative to the claim right after a figure ("about 22 percent a year earlier",
#: "8 percent of the total the month before").
_RELATIVE_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+|all\s+)?[\w'\u2019]+(?:\s+[\w'\u2019]+)?)?"
                             r"\s+(?:in\s+|during\s+)?(?P<rel>"
                             + alternation("claims", "same_period_last_year") + "|"
                             + alternation("claims", "previous_month") + r")\b", re.I)


#: A date that belongs to a fiscal-year-to-date phrase ("Since the fiscal year began in
#: October", "October through March"), not to the figure.
_FYTD_WORDS = re.compile(r"(?:\b(?:began|begun|started|opened)\s+(?:in\s+)?|\b)(?:October|Oct\.)"
                         r"(?:[\s-]+(?:through|to)[\s-]+\w+)?$")
#: "the five Marches add up to", "taken together", "combined": a sum over several periods.
#: Words that make a figure over several named periods their sum.
_ADDED_UP = re.compile(r"\b(?:add(?:s|ed)?\s+(?:it\s+)?(?:all\s+)?up|all\s+told|in\s+all|altogether|"
                       r"combined|taken\s+together|in\s+total|cumulative(?:ly)?)\b", re.I)
_SUM_OF_PERIODS = re.compile(r"\b(?:add(?:s|ed)?\s+up\s+to|taken\s+together|all\s+told|"
                             r"(?:the|those|these)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
                             r"\d+)\s+(?:[A-Z][a-z]+s|months|years|Marches|summers|winters)\s+"
                             r"(?:combined|together))\b")
_PLURAL_PERIODS = re.compile(r"\b(?:the|those|these|all)\s+(?:two|three|four|five|six|seven|eight|"
                             r"nine|ten|\d+)\s+(?:(?:" + "|".join(calendar.month_name[1:]) + r")e?s|"
                             r"months|years|summers|winters|springs|falls)\b")
#: "in the second half of the year ... than in the first": halves of the year last named.
_HALF_OF_THE_YEAR = re.compile(r"\b(?P<which>first|second)\s+half\s+of\s+the\s+(?:fiscal\s+)?year\b"
                               r"(?=[^.;]*\bthan\s+(?:in\s+)?the\s+(?:first|second)\b)", re.I)
#: "over the year", "for the year": the year the article last named.
_THE_YEAR = re.compile(r"\b(?:over|for|during|across|in)\s+the\s+(?:whole\s+|entire\s+|fiscal\s+)?"
                       r"year\b(?!\s+(?:before|earlier|after|ago))", re.I)


#: A figure's own period named as "the year" right after it: "about 1.73 million encounters
#: along the southwest border over the 12 months".
_OWN_YEAR_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:over|for|during|across|in)\s+the\s+"
                             r"(?:whole\s+|entire\s+|fiscal\s+)?(?:year|12\s+months|twelve\s+months)"
                             r"\b(?!\s+(?:before|earlier|after|ago|to|through|ending|ended))", re.I)


#: A paragraph that is a heading or a question of a Q-and-A, not prose: one short line that
#: ends in a question mark or without a full stop ("Has it always gone up?", "2020: The pandemic").
_HEADING = re.compile(r"^[^\n]{1,90}(?:\?|(?<![.!\u201d\"]))$")


#: Words of Mexico's series that any country's figures use ("migrants", "held"): they carry
#: no Mexico context on their own.
_GENERIC_PEOPLE = re.compile(r"\b(?:migrants?|people|held|stopped|apprehended|apprehensions|"
                             r"intercepted)\b", re.I)


def _paragraphs_apart(article: Article, first: int, second: int) -> int:
    """How many paragraphs of prose `second` stands after `first`: headings between do not
    count, so a figure under "Has it always gone up?" follows the answer before it."""
    if first < 0:
        return 10**6
    if second - first > 4:  # only "next to each other" matters: never walk a long text
        return second - first
    headings = sum(1 for index in range(first + 1, second)
                   if 0 < index <= len(article.paragraphs) and _HEADING.match(
                       article.text[article.paragraphs[index - 1].start:
                                    article.paragraphs[index - 1].end].strip()))
    return second - first - headings


def _the_year_named(earlier: list[str], article: Article | None = None,
                    stat: dict | None = None) -> str:
    """The year "for the year" means: the last year named in the figure's paragraph before it
    ("By 2023, the money had run out. … Returns for the year were down 56 percent"), else the
    latest twelve-month period of the article's figures; ''."""
    if article is not None and stat is not None and 0 < int(stat.get("paragraph") or 0) \
            <= len(article.paragraphs):
        paragraph = article.paragraphs[int(stat["paragraph"]) - 1]
        named = [e for e in find_time_expressions(
            article.text[paragraph.start:int(stat["char_start"])], article.published)
            if e.precision in ("year", "fiscal_year")]
        if named:
            return named[-1].label
    years = [p for p in earlier if p and len(periods_of(p)) == 1
             and len(periods_of(p)[0].months) == 12]
    return years[-1] if years else ""


def _share_check(stat: dict, claimed: float, share: re.Match, series_id: str, fytd: str,
                 earlier: list[str], figures: Figures, percent: bool, sentence: str = "",
                 start: int = 0, published: dt.date | None = None) -> Check:
    """A share of the series' whole (the registry's sum it is a part of) over the claim's
    period: its own, else the latest the article named; "the month's total" needs a month
    and "the year's total" a longer period, else not_checkable."""
    label = fytd or str(stat.get("period") or "") or _current(earlier) or next(
        (p for p in reversed(earlier) if p), "")
    own_year = bool(sentence) and start >= 0 and bool(_OWN_YEAR_AFTER.match(
        sentence[start + len(str(stat.get("surface") or "")):]))
    if sentence and (not stat.get("period") and _THE_YEAR.search(sentence) or own_year):
        label = _the_year_named(earlier) or label  # "roughly one in eight encounters over
        # the year", "about one in six encounters for the year happened at a port"
    if sentence and not fytd:  # "three and a half times the fiscal 2022 level, and nearly
        # half of all encounters that year": a date compared with is not the share's
        expressions = find_time_expressions(sentence, published)
        compared = {e.label for e in expressions if _compared_with(sentence[:e.start])}
        own = [e.label for e in expressions if e.label not in compared and e.start < start]
        if label in compared and own_year:
            return Check(explanation="The share is of \u201cthe year\u201d, and the only year "
                         "the sentence names is the one it compares with, so no verdict is "
                         "given.", period=label)
        if label in compared:  # else the month the article reports ("the month's total")
            label = own[-1] if own else (_current([p for p in earlier if p not in compared])
                                         or next((p for p in reversed(earlier)
                                                  if p and p not in compared), ""))
    if sentence and start >= 0:  # "..., versus about 22 percent a year earlier": the same
        # share, twelve months (one month) back from the claim's period
        back = _RELATIVE_AFTER.match(sentence[start + len(str(stat.get("surface") or "")):])
        if back and label:
            label = _shifted_label(label, -12 if re.fullmatch(
                words_re("same_period_last_year"), back["rel"], re.I) else -1) or label
    periods = periods_of(label)
    whole = registry.whole_of(series_id)
    if whole is None or len(periods) != 1:
        return Check(explanation="The claim is a share of a total, but the part it measures is "
                     "not a part of a bundled total or its period is not stated, so the share "
                     "cannot be computed.", period=label)
    span = (share["span"] or "").lower()
    if span.capitalize() in calendar.month_name[1:]:
        span = "month"  # "nearly half of September's encounters"
    if (span == "month") != (len(periods[0].months) == 1) and span:
        return Check(explanation=f"The claim is a share of the {span}'s total, but the period "
                     f"it is read at ({label}) is not a {span}, so the share is not computed.",
                     period=label)
    return check_share(claimed, stat["qualifier"], stat["surface"], series_id, whole.id,
                       periods[0], figures, label, percent)


_SINCE_WHEN = re.compile(r"\bsince\s+(?P<date>[^,;]{3,30}),\s+when\b[^,;.]*$", re.I)
_INCLUDING_LEAD = re.compile(r"^\s*(?:Including|Counting|Adding|With|Plus|Excluding|Not\s+counting)\b"
                             r"(?:[^,;]|,(?=\d))*,\s*", re.I)
_OF_A_CHANGE = re.compile(r"^\s+(?:[a-z]+\s+)?of\s+(?:that|the|this)\s+(?:decline|drop|decrease|fall|"
                          r"increase|rise|jump|gain|reduction)\b", re.I)


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause around a span of a sentence: back to the last ';', ', while', ', but' or
    sentence start, forward to the next such boundary."""
    boundary = re.compile(r";|,\s+(?:while|but|whereas|and|as)\s+|\s+while\s+|\.\s"
                          # "..., bringing the total for the fiscal year to date to 483,000": a
                          # result with its own subject
                          r"|,\s+(?=(?:bringing|pushing|putting|making|raising|lifting|taking|"
                          r"leaving|lowering|driving)\s+(?:the|its|their)\b)")
    before = [m.end() for m in boundary.finditer(sentence[:start])]
    after = boundary.search(sentence, end)
    return sentence[before[-1] if before else 0: after.start() if after else len(sentence)]


#: A comparative before a number that is no percentage or multiple bounds a level ("stayed
#: above 150,000", "more than 2 million"); it says nothing of a change's direction.
_LEVEL_BOUND = re.compile(r"\s+(?:than\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+)?\$?\d[\d,.]*"
                          r"(?!\d|[\d,.]*\s*(?:%|percent|per\s+cent|times|fold|percentage))", re.I)
_COMPARATIVES = {"above", "below", "more", "fewer", "higher", "lower"}


#: The words between a direction word and its number ("down by about two-thirds", "fell
#: nearly 16 percent"): the direction that stands right before a number is its own, whatever
#: an earlier clause of the sentence says ("edged up to 58,009 ..., still down by about ...").
_TO_NUMBER = r"(?:\s+by)?(?:\s+(?:about|roughly|around|nearly|almost|some|more\s+than|less\s+than|" \
    r"over|under|just|an?|a\s+further|another|approximately|close\s+to))*\s+$"


def _direction_next_to(before: str, after: str) -> str:
    """The direction of the word right before a number ("down by about") or right after it
    ("15 percent more than", "a third fewer"); empty when neither is there."""
    for name, way in (("change_down", "down"), ("change_up", "up")):
        if re.search(words_re(name) + _TO_NUMBER, before, re.I) and not re.search(
                r"\b(?:from|since|than)" + _TO_NUMBER, before, re.I):
            return way
    head = re.match(r"\s*(?:percent|per\s+cent|%|percentage\s+points?|points?)?\s+(\w+)", after, re.I)
    if head:
        for name, way in (("change_down", "down"), ("change_up", "up")):
            if re.fullmatch(words_re(name), head[1], re.I) and head[1].lower() not in (
                    "up", "down", "below", "above"):
                return way
    return ""


#: "accounted for about 17 percent of all encounters in fiscal 2023, up from roughly 7 percent
#: in fiscal 2022": a figure after "up from" is the earlier value of the measure before it.
_UP_FROM = re.compile(r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping|increasing|"
                      r"decreasing|grew|growing|shrank|shrinking|jumped|slipped)\s+from" + _TO_NUMBER,
                      re.I)


def _earlier_share(before: str) -> re.Match | None:
    """The whole of the share a figure after "up from" continues, when the figure before it
    is a share ("17 percent of all encounters ..., up from roughly 7 percent")."""
    if not _UP_FROM.search(before):
        return None
    shares = [_SHARE_OF.match(before[m.end():]) for m in
              re.finditer(r"(?:percent|per\s+cent|%|\bhalf|thirds?|quarters?|fifths?|in\s+\w+)",
                          before, re.I)]
    shares = [m for m in shares if m]
    return shares[-1] if shares else None


_QUALIFYING = (r"(?:(?:about|roughly|nearly|almost|some|more\s+than|over|just\s+over|just\s+under|"
               r"approximately|around|fewer\s+than|less\s+than|an\s+estimated)\s+)?")
#: "That was about 40,000 fewer than in May": a difference whose count is the figure before's.
_THAT_WAS_DIFFERENCE = re.compile(r"\s*(?:That|This|It)\s+(?:was|is|were|marked|marks|represented|"
                                  r"represents)\s+" + _QUALIFYING + "$")
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:(?P<noun>increase|rise|jump|gain|climb|drop|decline|decrease|fall|dip|reduction|cut)s?"
    r"\s+of|(?P<verb>up|down|rose|fell|increased|decreased|dropped|climbed|jumped|declined|grew|"
    r"shrank|swelled|slipped)\s+by|(?P<bare>up|down))\s+" + _QUALIFYING + r"$", re.I)
_DIFFERENCE_AFTER = re.compile(r"^\s+(?:(?!(?:was|were|is|are|remained|stood|came)\b)[a-z]+\s+){0,2}?"
                               # not "56,400 was less than a third of January's": a level compared
                               r"(?P<word>more|fewer|less|higher|lower)\s+"
                               # "about 43,000 more apprehensions in September than in August"
                               r"(?:(?:[a-zA-Z][\w-]*|,)\s+){0,6}?than\b", re.I)
_DOWN_WORDS = {"drop", "decline", "decrease", "fall", "dip", "reduction", "cut", "down", "fell",
               "decreased", "dropped", "declined", "shrank", "slipped", "fewer", "less", "lower"}


def _difference(sentence: str, span: tuple[int, int]) -> str:
    """'up' or 'down' when a count is a change in number ("an increase of about 550 from
    February", "down by 3,000", "40,000 fewer than a year earlier"), else ''."""
    before = _DIFFERENCE_BEFORE.search(sentence[:span[0]])
    if before and not (before["bare"] and re.match(r"\s*to\b", sentence[before.end():])):
        word = (before["noun"] or before["verb"] or before["bare"]).lower()
        return "down" if word in _DOWN_WORDS else "up"
    after = _DIFFERENCE_AFTER.match(sentence[span[1]:])
    if after:
        return "down" if after["word"].lower() in _DOWN_WORDS else "up"
    return ""


def _direction(window: str) -> str:
    def starts(name: str) -> list[int]:
        return [m.start() for m in re.finditer(words_re(name), window, re.I)
                if not (m.group(0).lower() in _COMPARATIVES
                        and _LEVEL_BOUND.match(window, m.end()))]

    downs, ups = starts("change_down"), starts("change_up")
    if downs and (not ups or min(downs) <= min(ups)):
        return "down"
    return "up" if ups else ""


def _baseline(stat: dict, sentence: str, now: Period, yearly: bool) -> Period | None:
    same = re.fullmatch(r"same-period:(FY)?(\d{4})", str(stat.get("baseline_period") or ""))
    if same:  # "the same period of 2023": the claim's months in that year; "the same stretch
        last = now.months[-1]  # of fiscal 2022": in that fiscal year
        year = int(last[:4]) + (1 if same[1] and int(last[5:7]) >= 10 else 0)
        return now.shifted(12 * (int(same[2]) - year))
    base = periods_of(stat.get("baseline_period"))
    if len(base) == 1:
        return base[0]
    if re.search(words_re("same_period_last_year"), sentence, re.I):
        return now.shifted(-12)
    if re.search(words_re("previous_month"), sentence, re.I):
        return now.shifted(-1)
    if len(now.months) == 1 and not yearly:
        return now.shifted(-1)
    return now.shifted(-12 if (yearly or len(now.months) == 12) else -len(now.months))


def _yearly_period(label: str, published: dt.date, open_ended: bool = False,
                   figures: Figures | None = None, series_id: str = "") -> list[Period]:
    """A yearly series' periods: whole calendar years, or a part of a year the series holds
    a figure for ("the first quarter of 2023" when it holds January-March). A claim without
    a number over an open stretch up to publication ("more migrants than ever in recent
    history", "since 2022") is read at the last full year before publication
    (`open_ended`); any other part of a year is never compared with a yearly figure: []."""
    periods = periods_of(label)
    if periods and all(p.year for p in periods):
        return periods
    if len(periods) == 1 and figures is not None and series_id and \
            figures.value(series_id, periods[0]) is not None:
        return periods
    if open_ended and (not label or label.endswith("/" + published.isoformat())):
        return periods_of(str(published.year - 1))
    return []


_BASELINE_WORD = re.compile(r"(?:\bthan\s+(?:in|during)\s+(?:the\s+)?|\b(?:from|since|compared\s+with|compared\s+to|than|"
                            # "up 20 percent over the same month": "over" after a change; at
                            # the head of a clause ("Over the first half of ...") it is a span
                            r"(?<=\d\s)over|(?<=percent\s)over|(?<=%\s)over|(?<=up\s)over|"
                            r"(?<=down\s)over|(?<=increase\s)over|(?<=rise\s)over|(?<=higher\s)over|"
                            r"versus|vs\.?)\s+(?:the\s+)?"
                            # "40% below the record set in December 2023"
                            r"|\b(?:below|above)\s+(?:the\s+|its\s+)?(?:(?:record|peak|high|low|"
                            r"level|total|figure)\s+(?:(?:set|reached|recorded)\s+)?(?:in|of)\s+)?"
                            # "to 63,438 from 122,055 in 2022", "than the 29,073 of 2022": the
                            # date of the figure compared with ("more than 2,000 in" is not)
                            r"|\b(?:from|compared\s+(?:with|to)|versus|vs\.?|below|above)\s+"
                            r"(?:the\s+)?(?:(?:about|roughly|nearly|almost|some|around|just)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+[a-z]+)?\s+(?:in|of|during)\s+"
                            r"|\bthan\s+the\s+\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+[a-z]+)?\s+"
                            r"(?:in|of|during)\s+(?:the\s+)?)"
                            r"(?:same\s+(?:\w+\s+)?\w+\s+(?:in|of)\s+)?$", re.I)  # "the same (nine) months of"


_RECORD_SINCE = re.compile(r"\b(?:" + "|".join(words("claims", "rank_high") + words("claims", "rank_low"))
                           + r"|most)\s+(?:[\w-]+\s+){0,4}?(?:since\s+(?:the\s+)?)?$", re.I)


_PERIOD_WORDS = (r"(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:(?:" + "|".join(calendar.month_name[1:])
                 + r")(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|FY\s?\d{2,4})")
_CHANGE_PAIR = re.compile(r"\b(?:between|from)\s+(?P<a>" + _PERIOD_WORDS + r")"
                          # "between May, the last full month before the June restrictions, and
                          # September": an aside after the first period
                          r"(?:,[^,;.]{1,80},)?\s+(?:and|to|through)\s+"
                          r"(?P<b>" + _PERIOD_WORDS + r")\b")


#: A change's baseline named relatively, right after it: "from the same six months a year
#: earlier", "compared with the same period last year".
_RELATIVE_BASELINE_NEXT = re.compile(
    r"\s*(?:(?:percent|per\s+cent|%)\s+)?(?:higher|lower|more|fewer|up|down)?\s*(?:from|compared\s+(?:with|to)|"
    r"over|than(?:\s+in)?)\s+(?:the\s+)?same\s+(?:\w+\s+)?(?:months?|period|stretch|time|quarter)\s+"
    r"(?:a\s+year\s+(?:earlier|before|ago)|last\s+year|of\s+the\s+previous\s+(?:fiscal\s+)?year)\b",
    re.I)


def _no_year(label: str) -> Check:
    return Check(explanation="The claim sets one series against another, but its year is not "
                 "stated, so it is not computed.", period=label)


def _year_of_claim(stat: dict, earlier: list[str], article: Article) -> tuple[str, Period | None]:
    """(label, period) of a claim that sets two series against each other over one year: its
    own period, else the year its paragraph (or the article) last named; None unless one
    whole year."""
    label = str(stat.get("period") or "") or _the_year_named(earlier, article, stat)
    periods = periods_of(label)
    return label, periods[0] if len(periods) == 1 and periods[0].year else None


def _other_series_of_share(after: str, series_id: str) -> str:
    """The series a share is of when it is not the whole the series is part of: the one the
    registry declares it a ratio of ("of the detention events"), or another country's series
    named after "of" ("of the apprehensions U.S. Border Patrol agents made"); ''."""
    declared = registry.REGISTRY.get(series_id)
    if declared is None:
        return ""
    if declared.ratio_of and re.match(r"\s+of\s+(?:the\s+|all\s+)?(?:year['\u2019]s\s+|[\w-]+\s+){0,2}?(?:"
                                      + words_re(declared.ratio_cues) + r")\b", after, re.I):
        return declared.ratio_of
    across = re.match(r"\s+of\s+(?:the\s+|all\s+)?(?P<np>[^,;.]{3,140})", after)
    named = choose_series(across["np"], across["np"]) if across else []
    if len(named) == 1 and named[0] in registry.REGISTRY and \
            registry.get(named[0]).country != declared.country:
        return named[0]
    return ""


def _countries_compared(sentence: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """(series, other) when a multiple sets one country's series against another's: "the
    U.S. agency apprehended more than five times as many people as Mexico detained"; None."""
    other = re.match(r"\s+as\s+(?:many|much)\s+(?:[\w-]+\s+){0,3}?as\s+(?P<np>[^,;.]{3,100})",
                     sentence[span[1]:], re.I) or re.match(
        # "Border Patrol's apprehensions were about 5.3 times Mexico's count": another
        # country's possessive figure
        r"\s+(?:that\s+of\s+|those\s+of\s+)?(?P<np>(?:the\s+)?(?:Mexico|Mexican|U\.S\.|United\s+States|"
        r"American)(?:['\u2019]s)?\s+[^,;.]{2,80})", sentence[span[1]:])
    if other is None:
        return None
    own_words = re.split(r"[,;:]\s", sentence[:span[0]])[-1]
    own, named = choose_series(own_words, own_words), choose_series(other["np"], other["np"])
    if len(own) != 1 or len(named) != 1 or not {own[0], named[0]} <= set(registry.REGISTRY):
        return None
    if registry.get(own[0]).country == registry.get(named[0]).country:
        return None
    return own[0], named[0]


#: "edged up from May, to 46,883", "fell from June to": a level reached by a move from a
#: named month.
_TREND_FROM_TO = re.compile(r"\b(?P<verb>" + alternation("claims", "trend_up").replace(r"\ ", r"\s+") + "|"
                            + alternation("claims", "trend_down").replace(r"\ ", r"\s+")
                            + r")\s+from\s+(?P<month>" + "|".join(calendar.month_name[1:])
                            + r")(?!\s+\d),?\s+to\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.I)


def _bare_month_pair(a: str, b: str, published: dt.date, span: str = "",
                     sentence: str = "") -> tuple[str, str] | None:
    """("2024-05", "2024-09") for "May" and "September" written without years: the months of
    the span the sentence was read as ("2024-05-01/2024-09-30"), else the later month the
    latest one before publication and the earlier the latest one before it."""
    names = list(calendar.month_name)
    year_after = re.fullmatch(r"(\w+)\s+((?:19|20)\d\d)", b)
    if a in names[1:] and year_after and year_after[1] in names[1:]:
        # "between May and September 2019": the year named once is both months'
        second, first, year = names.index(year_after[1]), names.index(a), int(year_after[2])
        return f"{year if first < second else year - 1}-{first:02d}", f"{year}-{second:02d}"
    if a not in names[1:] or b not in names[1:]:
        return None
    second, first = names.index(b), names.index(a)
    if re.search(r"\b(?:19|20)\d\d\b", sentence):
        return None  # "In 2019, … between May and September": not the months before publication
    read = re.fullmatch(r"(\d{4})-(\d{2})-01/(\d{4})-(\d{2})-\d{2}", span)
    if read and int(read[2]) == first and int(read[4]) == second:
        return f"{read[1]}-{read[2]}", f"{read[3]}-{read[4]}"
    year = published.year if second < published.month else published.year - 1
    first_year = year if first < second else year - 1
    return f"{first_year}-{first:02d}", f"{year}-{second:02d}"


def _periods_around(sentence: str, stat: dict, published: dt.date,
                    earlier: list[str]) -> tuple[str, str]:
    """(period, baseline) of a change: a time expression after 'from', 'since', 'compared
    with' or 'over' is the baseline; the period is another one in the sentence, else the
    latest period of an earlier claim that differs from the baseline."""
    period, baseline = str(stat.get("period") or ""), str(stat.get("baseline_period") or "")
    compares = re.match(r"\s*(?:That|This|It)\s+compares?\s+(?:with|to)\b", sentence)
    if compares and earlier:  # "That compares with 1.73 million in fiscal 2021, …, an increase
        # of about 23 percent": the sentence's date is the baseline, the figure before's the period
        named = [e.label for e in find_time_expressions(sentence, published)]
        now = next((p for p in reversed(earlier) if p and named and _comparable(p, named[0])
                    and p != named[0]), "")
        if len(set(named)) == 1 and now:
            return now, named[0]
    pair = _CHANGE_PAIR.search(sentence)
    if pair and re.search(r"\b(?:from|than|compared|versus|since|over|earlier|ago|before)\b",
                          # ("fell by more than two-thirds between May and September 2019":
                          # the figure's own qualifier names no baseline)
                          (sentence[:pair.start()] + sentence[pair.end():]).replace(
                              str(stat.get("surface") or "\0"), ""), re.I):
        pair = None  # "828,505 between January and July 2024, up 162 percent from the same
        # period of 2023": a span, with its baseline named elsewhere
    if pair:  # "fell by nearly half between December and January": January against December
        months = _bare_month_pair(pair["a"], pair["b"], published, period, sentence)
        if months:  # "between May and September": the latest September, the May before it
            return months[1], months[0]
        first = find_time_expressions(pair["a"], published)
        second = find_time_expressions(pair["b"], published)
        if len(first) == 1 and len(second) == 1 and _kind(first[0].label) == _kind(
                second[0].label) and first[0].label < second[0].label:
            return second[0].label, first[0].label
    covered = covered_month(sentence, published)
    if covered and (not period or re.fullmatch(r"\d{4}-\d{2}-\d{2}", period)):
        period = covered  # "The agency's January report, released Feb. 13, showed ... down"
    fiscal = "FY" in period or "FY" in baseline or any(p.startswith("FY") for p in earlier[-1:])
    expressions = [e for e in find_time_expressions(sentence, published, fiscal=fiscal or None)
                   if not dates_a_release(sentence[:e.start])]  # "figures released Tuesday"
    events = {e.label for e in expressions if names_an_event(sentence[e.end:])}
    expressions = [e for e in expressions if e.label not in events]
    if period in events:
        period = ""  # "Since May, before the president's June order, … have fallen": not June
    relative = _relative_spans(sentence)
    inside = {e.label for e in expressions if _inside(e, relative)}
    expressions = [e for e in expressions if not _inside(e, relative)]
    # "fell 42 percent to 99,538, the fewest since February 2021": the span of a record
    # claim beside the change, never its baseline
    expressions = [e for e in expressions if not _RECORD_SINCE.search(sentence[:e.start])]
    if period in inside and period not in {e.label for e in expressions}:
        period = ""  # "20 percent above the same month last year": 'last year' is the baseline's
    # "up 2.5 percent from November but about 10,000 fewer than in June": the figure's own
    # baseline is the first one after it, else the last one before it
    at = sentence.find(str(stat.get("surface") or "")) if stat.get("surface") else -1
    ordered = expressions if at < 0 else (
        [e for e in expressions if e.start >= at] + [e for e in reversed(expressions) if e.start < at])
    if at >= 0 and _RELATIVE_BASELINE_NEXT.match(sentence[at + len(str(stat["surface"])):]):
        ordered = []  # "up 86 percent from the same six months a year earlier and about two and a
        # half times the first half of fiscal 2019": its baseline is the relative one
    for e in ordered:
        if _BASELINE_WORD.search(sentence[:e.start - 0]) and not baseline and \
                not _from_span(sentence, e):
            baseline = e.label
            same = re.search(r"\bsame\s+(?:" + SMALL_COUNT + r"\s+)?(?:period|months?|stretch|time|"
                             r"quarter|weeks)\s+(?:in|of)\s+"
                             r"(?:(?:fiscal|calendar)\s+(?:year\s+)?)?$",
                             sentence[:e.start], re.I)  # ("the same nine months of fiscal 2022")
            if same and re.fullmatch(r"(?:FY)?\d{4}", e.label):
                baseline = "same-period:" + e.label  # "the same period of 2023": the claim's months
    if not baseline:  # "fell 30 percent from May": a bare month after 'from' is the baseline
        m = re.search(r"\b(?i:from|since|than|over)\s+(?:the\s+)?(" + "|".join(
            calendar.month_name[1:]) + r")\b(?!\s+\d)", sentence)
        if m:
            number = list(calendar.month_name).index(m[1])
            year = published.year if number < published.month else published.year - 1
            baseline = f"{year}-{number:02d}"
    since = re.fullmatch(r"(\d{4}-\d{2})-01/" + re.escape(published.isoformat()), period)
    if since and re.search(r"\bsince\b", sentence, re.I):  # "down 50% since December"
        if not any(_RECORD_SINCE.search(sentence[:e.start]) for e in find_time_expressions(
                sentence, published) if e.label == period):  # not "the fewest since ..."
            baseline = baseline or since[1]
        period = ""
    # "up 1.6 percent from October and roughly a third higher than in November 2021": a
    # date after a comparison word is a baseline (this change's or another's), never the period
    others = [e.label for e in expressions if e.label != baseline
              and not e.label.endswith("/" + published.isoformat())
              and (not _compared_with(sentence[:e.start]) or _from_span(sentence, e))]
    if period and period != baseline and period not in others and _compared_with(
            sentence[:next((e.start for e in expressions if e.label == period), 0)]):
        period = ""  # the extractor's period is the other comparison's baseline
    if not period:
        period = _later(sentence, earlier)  # "A year later, the count fell by more than half"
    if not period and baseline.startswith("same-period:"):
        # "Total encounters in those two months were also up more than a third from the same
        # two months of fiscal 2022": the months of the figure before (a span or a month)
        period = next((p for p in reversed(earlier)
                       if p and ("/" in p or re.fullmatch(r"\d{4}-\d{2}", p))), "")
    if not period or (baseline and period == baseline):
        # "Year over year, encounters rose 40 percent": the period of a claim before, of the
        # same kind as the baseline (a month for a month) and after it; the article's
        # current month first
        current = _current(earlier)
        period = others[-1] if others else (
            current if current and current != baseline and _comparable(current, baseline)
            else next((p for p in reversed(earlier)
                       if p and p != baseline and _comparable(p, baseline)), ""))
    if re.fullmatch(r"\d{4}-\d{2}", period) and re.fullmatch(r"\d{4}-\d{2}", baseline) and \
            period <= baseline and re.search(r"\b(?i:since)\b", sentence):
        period = ""  # "Since May, … have fallen": never a month before the one it runs from
    return period, baseline


def _from_span(sentence: str, expression) -> bool:
    """Whether "from" before a time expression opens the span the expression is ("from
    October through February"), not a baseline ("from October")."""
    return "/" in expression.label and bool(re.search(r"\bfrom\s+$", sentence[:expression.start])) \
        and bool(re.search(r"\s(?:through|to|until|till)\s|[-\u2013]",
                           sentence[expression.start:expression.end]))


#: Multiplier words that compare with a larger-than figure ("nearly triple the 2019 figure"),
#: from english.yaml (not "halved": a fraction of a share is no comparison).
_MULTIPLES = "|".join(w for w, n in MULTIPLIER_WORDS.items() if n >= 2)


def _compared_with(before: str) -> bool:
    """Whether a date right after `before` is a figure compared with ("from October", "than
    in November 2021", "three times the fiscal 2022 level")."""
    return bool(_BASELINE_WORD.search(before) or re.search(
        r"\b(?:than|from|since|compared\s+(?:with|to))\s+(?:in|during)\s+(?:the\s+)?$"
        r"|\btimes\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$"
        # "up about 27 percent from 2021 and nearly triple the 2019 figure"
        r"|\b(?:" + _MULTIPLES + r")\s+(?:the\s+|its\s+|their\s+)?$"
        # "two and a half times the number encountered at ports in September 2022"
        r"|\b(?:times|than|from|compared\s+(?:with|to))\s+(?:the|its|their)\s+(?:number|level|"
        r"total|figure|count|tally)\b[^,;.]{0,50}?\b(?:in|during|for|of)\s+$"
        # "more than four times the 182,940 detentions the agency counted in 2019"
        r"|\b(?:times|than|from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the|its|their)\s+"
        r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+[a-z][^,;.\d]{0,50}?\b(?:in|during|for|of)\s+$"
        ,
        before, re.I))


def _relative_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of the phrases that name a baseline relative to the claim's own period ("the
    same month last year", "a year earlier", "the month before"): a time expression inside
    one ("last year") dates the baseline, never the claim."""
    return [m.span() for name in ("same_period_last_year", "previous_month")
            for m in re.finditer(words_re(name), sentence, re.I)]


def _inside(expression, spans: list[tuple[int, int]]) -> bool:
    return any(a <= expression.start and expression.end <= b for a, b in spans)


_COVERED = re.compile(r"\b(?P<month>" + "|".join(calendar.month_name[1:]) + r")(?:'s|\u2019s)?\s+"
                      r"(?:\d{4}\s+)?(?:monthly\s+)?(?:report|figures|numbers|data|statistics|"
                      r"release|tally|count)\b")


def covered_month(sentence: str, published: dt.date) -> str:
    """The month a release covers when the sentence names it ("the agency's January report",
    "its December figures"): the latest such month before publication, as 'YYYY-MM'."""
    m = _COVERED.search(sentence)
    if not m:
        return ""
    number = list(calendar.month_name).index(m["month"])
    year_m = re.match(r"(\d{4})", sentence[m.end("month"):].lstrip("'\u2019s "))
    year = int(year_m[1]) if year_m else (
        published.year if number < published.month else published.year - 1)
    return f"{year}-{number:02d}"


def _since_start(label: str, sentence: str, published: dt.date) -> str:
    """The month a "since February 2020" span starts, when `label` is that span (from a month
    up to publication): such a span is a baseline, never a level's own period."""
    m = re.fullmatch(r"(\d{4}-\d{2})-01/" + re.escape(published.isoformat()), label)
    return m[1] if m and re.search(r"\bsince\b", sentence, re.I) else ""


def _kind(label: str) -> str:
    for kind, pattern in (("month", r"\d{4}-\d{2}"), ("fiscal", r"FY\d{4}"), ("year", r"\d{4}")):
        if re.fullmatch(pattern, label):
            return kind
    return "other"


def _comparable(period: str, baseline: str) -> bool:
    """A period a change from `baseline` can run to: same kind, later (any, without one)."""
    if not baseline:
        return True
    return _kind(period) == _kind(baseline) != "other" and period > baseline


_LEADING_BASELINE = re.compile(r"^\s*(?:(?:measured|compared|set)\s+(?:against|with|to)|"
                               r"against|relative\s+to|next\s+to)\s+(?:the\s+)?(?:year\s+|"
                               r"calendar\s+year\s+|fiscal\s+year\s+)?$", re.I)
_MULTIPLE_VERB = re.compile(r"(?:doubled|tripled|trebled|quadrupled|quintupled|halved)$", re.I)


#: "that first year of the series", "the last month of the term": a period pointed at, unnamed.
_UNNAMED_PERIOD = re.compile(r"\b(?:that|the|its)\s+(?:first|last|final|earliest|peak|worst|best)\s+"
                             r"(?:full\s+)?(?:fiscal\s+)?(?:year|month)\s+of\b", re.I)
#: "in CBP's monthly figures", "in the agency's current data": a rank within the series itself.
_IN_OWN_RECORDS = re.compile(r"\bin\s+(?:CBP['\u2019]s|the\s+agency['\u2019]s|its)\s+(?:current\s+|monthly\s+|"
                             r"public\s+)*(?:figures|data|records|series|statistics)\b", re.I)


def _read_alone(sentence: str, published: dt.date, period: Period) -> Period | None:
    """The period a month without a year names when read alone (the latest such month
    published), if the sentence gave it the year of a full date before it instead."""
    for e in find_time_expressions(sentence, published):
        if e.unanchored and e.label == period.label and (alone := periods_of(e.unanchored)):
            return alone[0] if len(alone) == 1 and alone[0] != period else None
    return None


def _multiple_periods(sentence: str, stat: dict, published: dt.date,
                      earlier: list[str], to_date: bool = False) -> tuple[list[Period], list[Period]]:
    """(periods, baseline) of a multiple. The baseline is the statistic's, else a time
    expression after the multiple ("five times the fiscal year 2020 level"), else the first
    year of "between 2019 and 2022"; a verb without one ("more than doubled in fiscal year
    2022") compares with the period before, of the same length."""
    period, base_label = str(stat.get("period") or ""), str(stat.get("baseline_period") or "")
    if period and period == base_label:
        period = ""  # "more than triple the number in September 2020": its only date is the baseline's
    months = re.fullmatch(r"(\d{4})-(\d{2})-01/(\d{4})-(\d{2})-\d{2}", period)
    pair = _CHANGE_PAIR.search(sentence)
    at = sentence.find(stat["surface"])
    if not base_label and months and pair and at >= 0 and \
            0 <= pair.start() - at - len(stat["surface"]) <= 3 and pair["a"] in calendar.month_name and \
            pair["b"] in calendar.month_name and \
            list(calendar.month_name).index(pair["a"]) == int(months[2]) and \
            list(calendar.month_name).index(pair["b"]) == int(months[4]):
        # "nearly doubled between January and December": December against January, not the
        # span they bound against itself
        return periods_of(f"{months[3]}-{months[4]}"), periods_of(f"{months[1]}-{months[2]}")
    interval = re.fullmatch(r"(\d{4})-01-01/(\d{4})-12-31", period)
    if not base_label and interval and interval[1] != interval[2]:
        return periods_of(interval[2]), periods_of(interval[1])
    spanned = re.fullmatch(r"(\d{4})-01-01/(\d{4})-12-31", base_label)
    if not period and spanned and spanned[1] != spanned[2] and _MULTIPLE_VERB.search(stat["surface"]):
        # "nearly tripled from calendar 2022 to calendar 2023": the last year against the first
        return periods_of(spanned[2]), periods_of(spanned[1])
    fiscal_span = re.fullmatch(r"(\d{4})-10-01/(\d{4})-09-30", period)
    if not base_label and fiscal_span and int(fiscal_span[2]) - int(fiscal_span[1]) > 1:
        # "nearly doubled between fiscal 2019 and fiscal 2021": the last fiscal year against
        # the first
        return (periods_of(f"FY{fiscal_span[2]}"),
                periods_of(f"FY{int(fiscal_span[1]) + 1}"))
    position = sentence.find(stat["surface"])
    fiscal = "FY" in period or None
    expressions = find_time_expressions(sentence, published, fiscal=fiscal)
    dated = [e for e in expressions if e.label == period]
    if dated and position >= 0 and all(e.end <= position and _compared_with(sentence[:e.start])
                                       for e in dated):
        period = ""  # "That was up 77 percent from 2022 and more than nine times the count
        # for 2020": the year another change is measured from is not this multiple's
    if (base_label or period) and position >= 0:
        # "nearly quadruple the count of 2020, and it was also more than triple the 2019
        # total": a date past the next clause is the other multiple's, not this one's
        end = position + len(stat["surface"])

        def past_the_clause(label: str) -> bool:
            dated = [e for e in expressions if e.label == label]
            return bool(dated) and all(e.start >= end and re.search(
                r",\s+(?:and|but|while)\b|;", sentence[end:e.start]) for e in dated)
        if past_the_clause(base_label):
            base_label = ""
        if period and past_the_clause(period):
            period = ""
    if position >= 0 and re.match(r"\s+as\s+(?:many|much|large|high)\b", sentence[position + len(
            stat["surface"]):], re.I):
        # "nearly 13 times as many people in March 2024 as in March 2020": the first date is
        # the claim's, the one after "as in" the baseline's
        end = position + len(stat["surface"])
        after = [e for e in expressions if e.start >= end]
        if len(after) >= 2 and re.search(r"\bas\s+(?:in|during|for)\s+(?:the\s+)?$",
                                         sentence[:after[1].start], re.I):
            return periods_of(after[0].label), periods_of(after[1].label)
        relative = re.search(r"\bas\s+(?:in\s+|during\s+)?(?P<rel>" + alternation(
            "claims", "same_period_last_year") + "|" + alternation("claims", "previous_month")
            + r")", sentence[end:], re.I)
        if relative and len(after) >= 1 and after[0].start < end + relative.start() and \
                len(periods_of(after[0].label)) == 1:
            # "nearly ten times as many encounters in January as a year earlier"
            now = periods_of(after[0].label)[0]
            back = -12 if re.fullmatch(words_re("same_period_last_year"), relative["rel"],
                                       re.I) else -1
            return [now], [now.shifted(back)]
    if not base_label and position >= 0:
        end = position + len(stat["surface"])
        after = [e for e in expressions if e.start >= end and (re.search(
            r"\b(?:the|its|their|his|her|that|those|from|over|than|compared|as|what)\b",
            sentence[end:e.start], re.I) or re.fullmatch(  # "triple fiscal 2019's"
                r"\s*(?:(?:calendar|fiscal)(?:\s+year)?\s*)?", sentence[end:e.start], re.I))  # "triple
            and not re.search(r"[,;]\s", sentence[end:e.start])]  # fiscal 2019's"
        if after:
            base_label = after[0].label
            before = [e.label for e in expressions if e.start < position
                      and not _compared_with(sentence[:e.start])]  # not "up 77 percent from 2022"
            if not to_date:  # (a fiscal year to date read from the sentence stays the claim's)
                period = before[-1] if before else next(
                    (p for p in reversed(earlier) if p and p != base_label), "")
    if not base_label and position >= 0:
        # "Measured against 2019, ..., the 2024 count was nearly seven times as large": a
        # date right after a leading comparison is the baseline; the later one, the claim's
        lead = [e for e in expressions if e.end <= position
                and _LEADING_BASELINE.search(sentence[:e.start])]
        if lead:
            base_label = lead[0].label
            later = [e.label for e in expressions if lead[0].end <= e.start < position
                     and e.label != base_label]
            period = later[-1] if later else (period if period != base_label else "")
            if not period:  # "Compared with July 2020, ..., encounters were more than five
                period = next((p for p in reversed(earlier)  # times as high": the current one
                               if p and p != base_label and _comparable(p, base_label)), "")
    if not base_label and position >= 0 and earlier and period and \
            _AS_MANY.match(sentence[position + len(stat["surface"]):]):
        # "In fiscal 2023 … the total was 2.48 million, more than five times as many": as
        # many as the figure before, in its period
        base_label = next((p for p in reversed(earlier)
                           if p and p != period and _kind(p) == _kind(period) != "other"), "")
    nows = periods_of(period)
    if not base_label and position >= 0 and not nows and earlier:
        nows = periods_of(_current(earlier) or earlier[-1])  # undated: the article's period
    if base_label and not nows and (current := _current(earlier)) and \
            _comparable(current, base_label) and current > base_label:
        nows = periods_of(current)  # "Agents' May tally was about 3.3 times the number
        # apprehended in May 2018": undated, the article's month against that baseline
    if base_label and not nows and position >= 0 and not re.search(
            r"\bsame\b|\b(?:first|last)\s+\w+\s+(?:months|weeks)\b|\bthrough\b|\bso\s+far\b",
            sentence, re.I) and (re.match(r"\s*(?:from|over|compared\s+(?:with|to)|as\s+(?:many|much)\b)\s+",
                                           sentence[position + len(stat["surface"]):], re.I)
                                  # "It is also more than triple the total for fiscal 2019": the
                                  # sentence's only date is the baseline's
                                  or re.match(r"\s*(?:the|that\s+of|those\s+of)\s+",
                                              sentence[position + len(stat["surface"]):], re.I)
                                  and ({e.label for e in expressions} == {base_label}
                                       # "That was up 77 percent from 2022 and more than nine
                                       # times the count for 2020": the figure before's
                                       or re.match(r"(?:That|This|It)\s+(?:was|is)\b", sentence))) and \
            (later := next((p for p in reversed(earlier) if p and
                            _comparable(p, base_label)), "")):
        nows = periods_of(later)  # "Encounters at ports of entry more than doubled from fiscal
        # 2021", after a paragraph about fiscal 2022: the article's fiscal year ("two and a
        # half times as many people as in fiscal 2022" after one about fiscal 2023: that one)
    if not base_label and position >= 0 and len(nows) == 1:
        # "nearly quadruple the same period a year earlier", "more than double the number a
        # year earlier": twelve months back; "the previous month": one month back
        rest = sentence[position + len(stat["surface"]):]
        relative = re.match(r"\s+(?:(?:from|over|compared\s+(?:with|to))\s+)?"  # "more than
                            # doubled from the same months a year earlier"
                            r"(?:that\s+of\s+|those\s+of\s+)?(?:the\s+(?:number|level|total|"
                            r"figure|count|tally)\s+(?:of\s+|from\s+|in\s+)?)?(?P<rel>"
                            + alternation("claims", "same_period_last_year") + "|"
                            + alternation("claims", "previous_month") + ")", rest, re.I)
        if relative:
            back = -12 if re.fullmatch(words_re("same_period_last_year"), relative["rel"],
                                       re.I) else -1
            return nows, [nows[0].shifted(back)]
    if not base_label and _MULTIPLE_VERB.search(stat["surface"]) and len(nows) == 1:
        now = nows[0]
        return nows, [now.shifted(-12 if len(now.months) == 12 else -len(now.months))]
    base = periods_of(base_label)
    if len(nows) == 1 and len(base) == 1 and len(base[0].months) == 12 and \
            len(nows[0].months) < 12 and position >= 0 and re.search(
                r"\bsame\s+(?:months|period|stretch|time|weeks)\s+(?:of|in)\s+(?:the\s+)?"
                r"(?:(?:fiscal|calendar)\s+(?:year\s+)?)?\S*\s*$",
                sentence[:sentence.find(base_label[:4], position)] if base_label[:4] in
                sentence[position:] else "", re.I):
        # "828,505 … from January to July, more than two and a half times the number in the
        # same months of 2023": those months of that year, not the whole year
        years = (int(nows[0].months[-1][:4]) - int(base[0].months[-1][:4]))
        return nows, [nows[0].shifted(-12 * years)] if years > 0 else []
    return nows, base


_COMPARISON_BETWEEN = re.compile(r"\b(?:times|double|triple|half|third|quarter|than|from|"
                                 r"compared|versus|vs)\b|\bthe\s+[\d,.]+", re.I)


def _own_period(stat: dict, sentence: str, start: int, published: dt.date) -> dict:
    """'totaled 429,831, about two and a half times the 172,508 of fiscal year 2022': a time
    expression after a comparison belongs to the figure compared with; a level takes the
    one before it instead ("For fiscal year 2023 as a whole, ...")."""
    if stat["kind"] != "count" or start < 0:
        return stat
    end = start + len(stat["surface"])
    expressions = find_time_expressions(sentence, published)
    after = [e for e in expressions if e.start >= end and e.label == stat["period"]]
    before = [e for e in expressions if e.end <= start]
    if after and before and _COMPARISON_BETWEEN.search(sentence[end:after[0].start]):
        return {**stat, "period": before[-1].label}
    if after and not before and re.match(r"\s*(?:of\s+(?:them|those|these)(?:\s+[a-z]+)?\s*)?,\s+(?:(?:more|less|"
                                         r"fewer)\s+than\s+|nearly\s+|about\s+|roughly\s+|almost\s+)?"
                                         r"(?:double|triple|twice|half|a\s+third|[\w.]+\s+times)\b",
                                         sentence[end:after[0].start], re.I):
        # "accounted for 851,508 of them, more than double the agency's fiscal 2018 total": the
        # date is the multiple's baseline; the figure's own period is the one named before
        return {**stat, "period": ""}
    return stat


_COMPARISON_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|than|from|versus|vs\.?)\s+"
                                r"(?:the\s+|a\s+|some\s+|about\s+|roughly\s+|nearly\s+)?$", re.I)
_CLAUSE_AFTER = re.compile(r",\s+(?:meaning|which|when|while|as|and|but|so|making|leaving|"
                           r"bringing|after|before|compared|up|down|a|an|the)\b", re.I)


_LATER = re.compile(r"\b(?:(?:a|one)\s+(?P<unit>year|month)\s+later|the\s+(?:following|next)\s+"
                    r"(?P<unit2>year|month))\b", re.I)


def _later(sentence: str, earlier: list[str]) -> str:
    """'A year later, the count fell by more than half': the period named before, a year (a
    month) on; '' without one."""
    m = _LATER.search(sentence)
    if not m or not earlier or not earlier[-1]:
        return ""
    return _shifted_label(earlier[-1], 12 if (m["unit"] or m["unit2"]).lower() == "year" else 1)


def _month_before(article: Article, stat: dict, kind: str = "month") -> str:
    """The month "that month" means: the last month the sentence before names, in the same
    or the previous paragraph ("The pressure came to a head in December. Encounters that
    month, 302,034, …"); '' when it names none."""
    index = int(stat.get("sentence") or 0) - 2
    if not 0 <= index < len(article.sentences):
        return ""
    before = article.sentences[index]
    if int(stat.get("paragraph") or 0) - before.paragraph > 1:
        return ""
    kinds = ("month",) if kind == "month" else ("year", "fiscal")  # or "that year": its year
    text = article.sentence_text(before)
    months = [e.label for e in find_time_expressions(text, article.published)
              if _kind(e.label) in kinds and not _compared_with(text[:e.start])]
    return months[-1] if months else ""


def _current(earlier: list[str]) -> str:
    """The article's current month: when the last period named is a month, the latest month
    named so far (a level dated by nothing in its sentence, after "The record remains May,
    when ...", still speaks of the month the article reports); else ''."""
    named = [p for p in earlier if p]
    if not named or _kind(named[-1]) != "month":
        return ""
    return max(p for p in named if _kind(p) == "month")


def _shifted_label(label: str, months: int) -> str:
    """A period label moved `months` back or forth, in a form `periods_of` reads."""
    periods = periods_of(label)
    if len(periods) != 1:
        return ""
    moved = periods[0].shifted(months)
    if re.fullmatch(r"FY\d{4}|\d{4}|\d{4}-\d{2}", moved.label):
        return moved.label
    return f"{moved.start}/{moved.end}"


def _level_period(stat: dict, sentence: str, start: int, published: dt.date,
                  earlier: list[str]) -> dict:
    """The period of a level the sentence dates only relatively or from another clause.

    - A figure after a phrase naming a baseline relative to the claim ("2 percent below the
      same month last year, when 193,249 were recorded") or right after a comparison word
      beside one ("compared with 193,249 a year earlier") is the baseline's figure: the
      claim's period (another date of the sentence, else the latest the article named)
      moved back a year (a month for "the month before"). 'last year' inside the phrase
      never dates it. Without a period to move back from, the level gets none.
    - "In June 2022, total encounters were 207,834, meaning this June was ...": a date
      before the figure dates it over one after the figure in a later clause."""
    if stat["kind"] != "count" or start < 0:
        return stat
    end = start + len(stat["surface"])
    period = str(stat.get("period") or "")
    expressions = find_time_expressions(sentence, published)
    phrases = [(m.start(), m.end(), -12 if name == "same_period_last_year" else -1)
               for name in ("same_period_last_year", "previous_month")
               for m in re.finditer(words_re(name), sentence, re.I)]
    spans = [(a, b) for a, b, _ in phrases]
    own = [e for e in expressions if not _inside(e, spans)]
    for a, b, shift in phrases:
        between = sentence[end:a]
        # "... the same month last year, when 193,249 were recorded" / "(193,249)"; not
        # "up 13 percent over the previous month, to 189,922": the new figure
        after_phrase = a < start and re.match(r"\s*(?:,\s*(?:when|which|whose)\b|\()[^;:\d]*$",
                                              sentence[b:start]) is not None
        compared = (_COMPARISON_BEFORE.search(sentence[:start]) and end <= a
                    and len(between) <= 30 and not re.search(r"[,;:]", between))
        if not (after_phrase or compared):
            continue
        if period and period in {e.label for e in own if e.start >= min(b, end)}:
            return stat  # "..., when 193,249 were recorded in March 2023": its own date
        reference = [e.label for e in own if e.end <= a and e.label != period] or [
            e.label for e in own if e.start >= b and e.end <= start]
        base = reference[-1] if reference else next(
            (p for p in reversed(earlier) if periods_of(p)), "")
        return {**stat, "period": _shifted_label(base, shift) if base else ""}
    if period in {e.label for e in expressions if _inside(e, spans)} and \
            period not in {e.label for e in own}:
        # "176,195, 12 percent above the same month last year": not the baseline's figure
        before = [e.label for e in own if e.end <= start]
        return {**stat, "period": before[-1] if before else ""}
    dated = [e for e in own if e.label == period and e.start >= end]
    baseline_word = _BASELINE_WORD.search(sentence[:dated[0].start]) \
        if dated and not _from_span(sentence, dated[0]) else None  # "from October through"
    if baseline_word and baseline_word.start() >= end and not any(e.label == period and e.end <= start
                                                        for e in own):
        # "fell by more than half, to 53,438 from 122,055 in 2022": 2022 dates 122,055; this
        # figure takes a date before it, else the latest period named before, later than 2022
        before = [e.label for e in own if e.end <= start and e.label != period]
        later = before[-1:] or [p for p in earlier if p and _comparable(p, period)][-1:]
        return {**stat, "period": later[0] if later else ""}
    after = [e for e in own if e.label == period and e.start >= end]
    before = [e for e in own if e.end <= start and periods_of(e.label)
              and not _BASELINE_WORD.search(sentence[:e.start])
              and not re.search(r"\bsince\s+$", sentence[:e.start], re.I)]
    if after and before and not any(e.label == period for e in own if e.end <= start) \
            and _CLAUSE_AFTER.search(sentence[end:after[0].start]):
        return {**stat, "period": before[-1].label}
    return stat


_MORE_THAN_VERB = re.compile(r"\b(?:topped|exceeded|surpassed|passed|crossed|eclipsed|"
                             r"above|over)\s+$", re.I)
_LESS_THAN_VERB = re.compile(r"\b(?:below|under)\s+$", re.I)


def _qualifier(stat: dict, sentence: str, start: int) -> dict:
    """'encounters topped 2.4 million': an exact figure after 'topped', 'exceeded', 'above'
    is a lower bound (and after 'below', 'under' an upper one)."""
    if stat["qualifier"] != "exact" or start < 0:
        return stat
    before = sentence[:start]
    if _MORE_THAN_VERB.search(before):
        return {**stat, "qualifier": "more_than"}
    if _LESS_THAN_VERB.search(before):
        return {**stat, "qualifier": "less_than"}
    return stat


def _statistic_check(stat: dict, article: Article, figures: Figures,
                     earlier: list[str], inherited: list[str]) -> tuple[str, Check] | None:
    """(claim_type, check) for one statistic, or None for a story detail."""
    sentence = stat["sentence_text"]
    sentence_start = article.text.find(sentence[:40], max(0, stat["char_start"] - len(sentence)))
    offset = stat["char_start"] - max(sentence_start, 0)
    span = (offset, offset + stat["char_end"] - stat["char_start"])
    clause = _clause(sentence, *span)
    money_rate = stat["kind"] == "rate" and re.match(r"[A-Z]{3}\s+per\b", str(stat.get("unit") or ""))
    if (stat["kind"] == "money" or money_rate) and float(stat["value"] or 0) >= 1_000_000 or \
            stat["kind"] == "money" and re.search(words_re("public_money_words"), sentence, re.I):
        # "The institute's budget, about 1.7 billion pesos", "$13 billion a year", "the
        # sheriff's office has spent about $410,000 on overtime": public money, a claim, but no
        # bundled series counts money
        return "level", Check(explanation=f"No bundled series counts money (\u201c{stat['surface']}"
                              "\u201d); settling it would take the budget or spending records of "
                              "the government or agency concerned.", period=str(stat.get("period") or ""))
    if stat["kind"] == "rate" and re.search(words_re("public_rate_nouns"),
                                            f"{stat.get('unit') or ''} {stat.get('subject') or ''}", re.I):
        # "about 1,450 appointments a day": an official program's daily rate, a claim
        return "level", Check(explanation=f"No bundled series counts this rate (\u201c"
                              f"{stat['surface']}\u201d); settling it would take the agency's daily "
                              "or program figures.", period=str(stat.get("period") or ""))
    if stat["kind"] in _DETAIL_KINDS:
        return None
    if offset >= 0 and re.search(r"\b(?:" + alternation("claims", "kin_nouns") + r")\s+of\s+$",
                                 sentence[:offset], re.I):
        return None  # "a Honduran mother of three": a family, a story detail
    if stat["kind"] == "count" and offset >= 0 and any(
            e.start <= span[0] and span[1] <= e.end
            for e in find_time_expressions(sentence, article.published)):
        return None  # "In January 2024 encounters were ...": the year of a date, not a figure
    stat = _qualifier(stat, sentence, offset)
    if stat["kind"] == "count" and _SUM_OF_PERIODS.search(sentence) and (
            _PLURAL_PERIODS.search(sentence) or not find_time_expressions(sentence,
                                                                         article.published)):
        # "Taken together, the five Marches add up to more than 800,000 encounters": a sum
        # over periods the sentence does not list is not set against one period
        return "level", Check(explanation="The figure sums several periods the sentence does "
                              "not list one by one, so it is not set against a single period.",
                              period="")
    stat = _own_period(stat, sentence, offset, article.published)
    stat = _level_period(stat, sentence, offset, article.published, earlier)
    if not stat["period"] and re.search(r"\b(?:that|the\s+same)\s+month\b", sentence, re.I):
        stat = {**stat, "period": _month_before(article, stat)}  # "encounters that month"
    if not stat["period"] and re.search(r"\b(?:that|the\s+same)\s+(?:fiscal\s+)?year\b", sentence, re.I):
        stat = {**stat, "period": _month_before(article, stat, "year")}  # "That year agents made"
    times = re.match(r"\s+(and\s+a\s+half\s+)?times\b", sentence[offset + len(stat["surface"]):])
    if stat["kind"] == "count" and times:  # "about two and a half times the 172,508 of ..."
        stat = {**stat, "kind": "ratio", "value": float(stat["value"]) + (0.5 if times[1] else 0),
                "surface": stat["surface"] + times.group(0)}
    after = sentence[span[1]:span[1] + 30]
    if stat["kind"] == "count" and re.match(r"\s*(?:" + alternation("claims", "streak_words") +
                                             r")\s+months?|\s*months?\s+in\s+a\s+row", after):
        return None  # the streak claim covers it
    if stat["kind"] == "count" and re.match(r"\s+for\s+the\s+first\s+time\s+since\b", after) and \
            re.search(r"\b(?:topp|exceed|surpass|pass|cross|above|over|below|under)\w*\s+(?:the\s+)?$",
                      sentence[:span[0]], re.I):
        return None  # "topped 200,000 for the first time since May": the since claim's threshold
    window = clause[:clause.find(stat["surface"]) + len(stat["surface"]) + 50] \
        if stat["surface"] in clause else clause
    both = re.search(words_re("both_parts_cues"), clause, re.I)
    if both and both.start() < len(window) < both.end():
        window = clause[:both.end()]  # ("…, Border Patrol and ports combined": cut in two)
    # "Including the 9,409 people stopped at ports of entry, the total came to 104,000": a
    # leading phrase of what is added in is not the figure's own series
    window = _INCLUDING_LEAD.sub("", window)
    if _OF_A_CHANGE.match(sentence[span[1]:]) and stat["kind"] == "count":
        return "level", Check(explanation="The figure is a part of a change named before it "
                              "(\u201cof that decline\u201d); a part of a change is not computed.",
                              period=str(stat.get("period") or ""))
    window = _there_named(window, article, int(stat["sentence"]))
    sentence_read = _there_named(sentence, article, int(stat["sentence"]))
    own_series = choose_series(window, window)
    own_series = _leading_place_series(sentence, window, span[0]) or own_series
    if stat["kind"] == "count" and re.search(r"\bout\s+of\s+(?:a\s+total\s+of\s+)?" + _QUALIFYING
                                             + r"$", sentence[:span[0]], re.I):
        # "processed 49,464 migrants in August, out of 107,473 encounters across the southwest
        # border": the whole, named by the figure's own noun, not the part before it
        tail = re.split(r"[,;:]|\s(?:according|said|says)\b", sentence[span[1]:])[0]
        own_series = choose_series(tail, tail) or own_series
    choice = own_series or choose_series(window, sentence_read)
    if choice == ["mexico"] and inherited and all(registry.get(c).country == "Mexico"
                                                  for c in inherited if c in registry.REGISTRY):
        choice = [c for c in inherited if c in registry.REGISTRY] or choice  # "That was
        # nearly quadruple the pandemic-depressed count of 2020": the Mexican count before
    if not choice and inherited and all(c != "mexico" and registry.get(c).country == "Mexico"
                                        for c in inherited):
        # "Mexico returned 53,438 people in 2023. … In 2019, the country returned 147,607":
        # after Mexico's figures, a verb or noun of one of Mexico's series is Mexico's
        # (only its own verbs and nouns: "migrants", "held" alone could be anyone's)
        choice = [s.id for s in registry.by_country("Mexico")
                  if s.cues and _cue(s.cues, _GENERIC_PEOPLE.sub(" ", window))][:1]
    if not own_series and inherited and _GENERIC.search(window):
        choice = inherited  # "The following year, the number rose 43 percent, while
        # deportations fell": the number counts what the figure before counts
    kind = stat["kind"]
    whole = _share_of(stat, sentence[span[1]:]) if kind in ("percent", "fraction") else None
    if kind == "fraction" and not whole and re.match(r"(?:about\s+|roughly\s+|nearly\s+|some\s+|"
                                                      r"(?:fewer|less|more)\s+than\s+|under\s+|over\s+)?"
                                                      r"one\s+in\s+\w+$", str(stat["surface"]), re.I) \
            and not re.match(r"\s+(?:of|in)\b", sentence[span[1]:], re.I):
        # "people caught before fell to roughly one in five": a share of a whole the sentence
        # does not name, never a change
        return "share", Check(explanation="The figure is a share of a whole the sentence does not "
                              "name, so it is not computed.", period=str(stat.get("period") or ""))
    if kind in ("percent", "fraction") and not whole and (
            re.search(r"\b(?:the\s+)?(?:remaining|other)\s+$", sentence[:span[0]], re.I)
            or re.match(r"\s+of\s+them\b", sentence[span[1]:], re.I)):
        whole = _IMPLIED_WHOLE  # "The remaining 13 percent were at ports of entry", "port
        # officers accounted for roughly one in eight of them": of the total named before
    lead = _SHARE_BEFORE.search(sentence[:span[0]]) if kind in ("percent", "fraction") \
        and not whole else None
    parallel = _SHARE_THEN_VERSUS.search(sentence[:span[0]]) \
        if kind in ("percent", "fraction") and not whole and not lead else None
    if parallel:  # "..., versus about one in six in May": the whole and part of the one before
        whole = parallel
        owner = sentence[:parallel.start()]
        part = choose_series(_clause(owner, 0, len(owner)), owner)
        if part and part != ["mexico"] and not any(registry.get(c).parts for c in part):
            choice = part
    if lead:  # the part: named after the number ("for officers at ports of entry"), else
        whole = lead  # the owner of "share" ("Border Patrol's share of the month's total")
        tail = re.match(r"\s+(?:for|by|at|from|of)\s+[^,;.]{0,60}", sentence[span[1]:])
        part = choose_series(tail.group(0), tail.group(0)) if tail else []
        if not part:
            owner = sentence[:lead.start()]
            part = choose_series(owner, owner)
        if part and part != ["mexico"] and not any(registry.get(c).parts for c in part):
            choice = part
    if whole and choice and choice != ["mexico"] and all(registry.get(c).parts for c in choice):
        # "nearly half of all encounters took place at ports of entry": the part is named
        # outside the whole's words
        without = sentence[:span[1]] + sentence[span[1] + whole.end():]
        part = choose_series(_clause(without, *span), without)
        if part and part != ["mexico"] and not any(registry.get(c).parts for c in part):
            choice = part
        elif inherited and all(registry.whole_of(c) is not None for c in inherited) and \
                _PART_PRONOUN.match(sentence):
            choice = inherited  # "Officers at ports encountered 429,831. That was about 17
            # percent of the year's total": the part is the figure before's
    parts = [c for c in inherited if registry.whole_of(c) is not None]  # not the share's whole
    if not whole and kind in ("percent", "fraction") and parts and \
            _PART_PRONOUN.match(sentence) and _earlier_share(sentence[:span[0]]):
        choice = parts  # "That was about 17 percent of the year's total, up from roughly 7
        # percent in fiscal 2022": the earlier share is of the same part
    if inherited and kind in ("percent", "fraction", "ratio") and choice and not choose_series(
            _DATED_GENERIC.sub(" ", window), _DATED_GENERIC.sub(" ", sentence)):
        choice = inherited  # "That was triple the fiscal 2002 total": the same measure then
    if not choice and kind in ("percent", "fraction", "ratio"):
        choice = inherited  # "That was an increase of about 4 percent": the claim before's
    if not choice and kind == "count" and _THAT_WAS_DIFFERENCE.match(sentence[:span[0]]) and \
            _DIFFERENCE_AFTER.match(sentence[span[1]:]):
        choice = inherited  # "That was about 40,000 fewer than in May": the figure before's
    named_generically = bool(own_series) and bool(re.search(
        r"\b(?:the|its|their)\s+(?:combined\s+|overall\s+|monthly\s+|total\s+)?(?:figure|total|count|"
        r"tally)\b", window, re.I))  # "pushing the combined figure above 213,000"
    if not choice and inherited and kind == "count" and _PERIOD_POSSESSIVE.search(
            sentence[:span[0]]) and not re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:" + words_re("countable")
                                                 + "|" + words_re("not_counted") + ")",
                                                 sentence[span[1]:], re.I):
        choice, named_generically = inherited, True  # "That topped fiscal 2022's 2,378,944"
    if inherited and _GENERIC.search(window) and (not choice or _generic_choice(inherited, sentence,
                                                                                 window)):
        choice, named_generically = inherited, True
    uncounted = _uncounted_noun(sentence, span, float(stat["value"])) if kind == "count" else ""
    if not choice:
        if uncounted:  # "Texas has set up 14 new checkpoints": a claim no series can settle
            return "level", _not_counted(stat, uncounted, sentence)
        return None
    if kind in ("count", "ratio") and choice != ["mexico"] and not named_generically and not counts_people(
            clause, clause.find(stat["surface"]), len(stat["surface"]), kind == "ratio",
            sentence):
        if _cue("mexico_cues", sentence):
            choice = ["mexico"]
        elif uncounted:
            return "level", _not_counted(stat, uncounted, sentence)
        else:
            return None
    claim_type = {"count": "level", "ratio": "multiple", "fraction": "change",
                  "percent": "change"}.get(kind, "level")
    if choice == ["mexico"]:
        data = missing_data(stat["subject"] or "", sentence)
        return claim_type, Check(explanation=f"The claim (\u201c{stat['surface']}\u201d) rests "
                                 "on Mexico's own figures, and no bundled series counts this. "
                                 f"Settling it would take {data}.", period=str(stat["period"] or ""))
    checks = []
    months_named = [p for p in earlier + [str(stat.get("period") or "")]
                    if re.fullmatch(r"\d{4}-\d{2}", p)]
    # "..., bringing the total for the fiscal year to date to about 483,000": the words up to
    # the end of the figure's clause say whether it runs from the fiscal year's start
    fytd = fiscal_year_to_date(sentence[:sentence.find(clause) + len(clause)]
                               if clause in sentence else sentence, article.published,
                               max(months_named) if months_named else "")
    its_months = re.search(r"\bits\s+first\s+(\w+)\s+months\b", sentence, re.I)
    if not fytd and its_months and _FISCAL_YEAR_BEFORE.search(
            _previous_sentence(article, int(stat["sentence"]))):
        # "The fiscal year began Oct. 1. Over its first eight months, …": of that fiscal year
        fytd = fiscal_year_to_date(f"the first {its_months[1]} months of the current fiscal "
                                   "year", article.published,
                                   max(months_named) if months_named else "")
    unfinished = re.fullmatch(r"FY(\d{4})", str(stat.get("period") or ""))
    if not fytd and unfinished and dt.date(int(unfinished[1]), 9, 30) >= article.published:
        # "Total encounters for fiscal 2024, which began Oct. 1, reached more than 1.3 million"
        # in April: the fiscal year so far, through the latest month the article names
        fiscal, latest = int(unfinished[1]), max(months_named) if months_named else ""
        if latest and fiscal == int(latest[:4]) + (1 if int(latest[5:]) >= 10 else 0):
            fytd = fiscal_months(fiscal, (int(latest[5:]) - 10) % 12 + 1)
        else:
            return claim_type, Check(explanation="The fiscal year had not ended when the article "
                                     "was published and the article names no month it runs to, "
                                     "so the figure is not set against the whole year.",
                                     period=str(stat["period"]))
    for series_id in choice:
        series_id = _longer_history(series_id, fytd or str(stat["period"] or ""), figures)
        yearly = registry.get(series_id).frequency == "year"
        label = fytd or str(stat["period"] or "")
        periods = (_yearly_period(label, article.published, False, figures, series_id)
                   if yearly else periods_of(label))
        if kind == "count" and not fytd and _OWN_YEAR_AFTER.match(sentence[span[1]:]) and \
                (named := _the_year_named(earlier, article, stat)):
            # "Agents made about 2.34 million apprehensions over the year, more than two and a
            # half times the number in 2019": the year named before, not the one compared with
            label = named
            periods = (_yearly_period(label, article.published, False, figures, series_id)
                       if yearly else periods_of(label))
            stat = {**stat, "period": label}
        difference = _difference(sentence, span) if kind == "count" else ""
        if difference:  # "an increase of about 550 from February": a change in number
            claim_type = "difference"
            label, baseline = _periods_around(sentence, stat, article.published, earlier)
            label = fytd or label
            periods = (_yearly_period(label, article.published, False, figures, series_id)
                       if yearly else periods_of(label))
            if baseline:
                stat = {**stat, "baseline_period": baseline}
            before = _baseline(stat, sentence, periods[0], yearly) if len(periods) == 1 else None
            if before is None or len(before.months) != len(periods[0].months):
                checks.append(Check(explanation="The figure is a change in number, and the "
                                    "sentence does not settle which two periods it compares, "
                                    "so it is not computed.", period=label))
                continue
            checks.append(check_difference(stat, difference, series_id, periods[0], before,
                                           figures, label))
            continue
        described = _SINCE_WHEN.search(sentence[:span[0]]) if kind == "count" else None
        if described:  # "the most since fiscal 2007, when agents made about 858,000 arrests":
            then = find_time_expressions(described["date"], article.published)  # that year's
            if len(then) == 1:
                label = then[0].label
                series_id = _longer_history(series_id, label, figures)
                yearly = registry.get(series_id).frequency == "year"
                periods = (_yearly_period(label, article.published, False, figures, series_id)
                           if yearly else periods_of(label))
                checks.append(check_level({**stat, "period": label}, series_id, periods, figures))
                continue
        if kind == "count" and label and (own := [e for e in find_time_expressions(
                sentence, article.published) if e.label == label]) and all(
                e.start >= span[1] and re.search(r"\bof\s+(?:the\s+)?$", sentence[:e.start])
                and re.match(r"['\u2019]s\b", sentence[e.end:]) for e in own):
            # "apprehended 124,220 people …, about half of December's count": the date after
            # the figure is what another claim compares it with, not the figure's own
            label, periods = "", []
        if kind == "count":
            since = _since_start(label, sentence, article.published)
            if since:  # "dropped to 128,410, the lowest since February 2020": a baseline
                label = next((p for p in reversed(earlier) if _kind(p) == "month" and
                              p > since), "")
                periods = periods_of(label) if label and not yearly else []
            if not label:
                label = _later(sentence, earlier)
                periods = periods_of(label) if label and not yearly else periods
            vague = re.match(r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:hundreds|thousands|"
                             r"millions|billions|dozens|scores)\b", str(stat["surface"]), re.I)
            if not label and _UNNAMED_PERIOD.search(sentence):
                # "that first year of the series, when agents recorded 1.57 million": a period
                # the sentence points at without naming; not the article's
                checks.append(Check(explanation="The sentence dates the figure by a period it "
                                    "does not name (\u201c" + _UNNAMED_PERIOD.search(sentence)[0]
                                    + "\u201d), so no official figure is set against it.",
                                    period=""))
                continue
            if not label and earlier and not vague and (inherited or _current(earlier)):
                # ("millions of migrants" with no date of its own spans no one month)
                label = _current(earlier) or earlier[-1]  # "plunged to 924 as ...": same month
                periods = (_yearly_period(label, article.published, False, figures,
                                          series_id) if yearly
                           else periods_of(label))
            moved = _TREND_FROM_TO.search(sentence[:span[0]])
            if moved and not yearly and re.fullmatch(r"\d{4}-\d{2}", label) and \
                    int(label[5:]) == list(calendar.month_name).index(moved["month"].capitalize()):
                # "edged up from May, to 46,883": May is where it moved from, not its month
                label = next((p for p in reversed(earlier) if re.fullmatch(r"\d{4}-\d{2}", p)
                              and p > label), "")
                periods = periods_of(label) if label else []
            if len(periods) > 1 and not yearly and _ADDED_UP.search(sentence):
                # "Add it all up and the six fiscal years from 2019 through 2024 produced more
                # than 10 million encounters": the sum over the years named
                periods = [Period(label, tuple(m for p in periods for m in p.months))]
            checks.append(check_level({**stat, "period": label or stat["period"]}, series_id,
                                      periods, figures))
        elif kind in ("percent", "fraction"):
            window = clause
            number_at = clause.find(stat["surface"])
            direction = (_direction_next_to(clause[:number_at],
                                            clause[number_at + len(stat["surface"]):])
                         if number_at >= 0 else "") or _direction(
                # "returns equalled fewer than one in ten": the figure's own "fewer than" is
                # its qualifier, not a change
                window if number_at < 0 else window[:number_at] + " "
                + window[number_at + len(stat["surface"]):])
            if not direction and fytd and number_at >= 0 and (pace := re.match(
                    r"\s*(?:percent|per\s+cent|%)?\s+(?P<way>ahead|behind)\b",
                    clause[number_at + len(stat["surface"]):], re.I)):
                # "running about 20 percent ahead of last year's pace": a running total
                # against the last fiscal year's over the same months (never without one)
                direction = "up" if pace["way"].lower() == "ahead" else "down"
            claimed = float(stat["value"]) / (100 if kind == "percent" else 1)
            share = whole
            continued = None if share else _earlier_share(sentence[:span[0]])
            if continued:  # "..., up from roughly 7 percent in fiscal 2022": the same share,
                claim_type = "share"  # at the period named after the figure
                checks.append(_share_check(stat, claimed, continued, series_id, fytd, earlier,
                                           figures, kind == "percent"))
                continue
            if _UP_FROM.search(sentence[:span[0]]):
                checks.append(Check(explanation="The figure is the earlier value of a measure "
                                    "the sentence names before it, and that measure is not one "
                                    "the bundled series can compute.", period=label))
                continue
            # ("Mexico's 2021 detentions were less than a fifth of the encounters U.S.
            # agencies recorded": a whole of another country, not the one it is a part of)
            other = _other_series_of_share(sentence[span[1]:], series_id) \
                if not share or registry.whole_of(series_id) is None else ""
            if other:  # "returns equalled about four in five of the detention events",
                # "Mexico's 2023 count equalled more than a third of the apprehensions U.S.
                # Border Patrol agents made … that calendar year": one series over another
                claim_type = "share"
                label, year = _year_of_claim(stat, earlier, article)
                checks.append(check_share(claimed, stat["qualifier"], stat["surface"], series_id,
                                          other, year, figures, label, kind == "percent")
                              if year else _no_year(label))
                continue
            if share:  # "roughly one in three of the month's total": a part over its whole
                claim_type = "share"
                checks.append(_share_check(stat, claimed, share, series_id, fytd, earlier,
                                           figures, kind == "percent", sentence, span[0],
                                           article.published))
                continue
            rest = sentence[span[1]:]
            what = _WHAT_BASE.match(rest)
            as_many = _AS_MANY.match(rest)
            of_that = re.match(r"\s+of\s+(?:that|those|it)(?=\s*[.;,]|\s*$)", rest, re.I) \
                if re.search(r"\b(?:fell|dropped|declined|shrank|slid|sank|plunged|rose|climbed|grew|"
                             r"jumped)\s+to\s+" + _QUALIFYING + "$", sentence[:span[0]], re.I) else None
            if kind == "fraction" and (_NEAR_FRACTION_BASE.match(rest) or what or as_many or of_that
                                       or _AS_MANY_AS.match(rest)):
                claim_type = "fraction_of"
                expressions = find_time_expressions(sentence, article.published)
                after = [e for e in expressions if e.start > span[1]]
                if len(after) > 1 and re.search(r"\b(?:ago|earlier|before)\b", after[0].text) and \
                        re.fullmatch(r",\s+(?:in|on|back\s+in)\s+", sentence[after[0].end:after[1].start]):
                    after = after[1:]  # "the record set just six months ago, in December":
                    # the month named is the relative date made precise
                nows = [periods_of(e.label) for e in expressions if e.start < span[0]]
                if (pair := _AS_MANY_AS.match(rest)):  # "a quarter as many people in August as
                    second_as = span[1] + pair.end()  # … last December": the period between
                    nows += [periods_of(e.label) for e in after if e.start < second_as]
                    after = [e for e in after if e.start >= second_as]
                base = [periods_of(e.label) for e in after]
                now = nows[-1] if nows and nows[-1] else periods_of(
                    stat.get("topic_period") or _current(earlier) or (earlier[-1] if earlier else ""))
                if fytd and not any(e.start < number_at and not _FYTD_WORDS.search(clause[:e.end])
                                    for e in find_time_expressions(clause, article.published)):  # "Since the fiscal year began in October,
                    now = periods_of(fytd)  # … roughly three-quarters of the number over the same
                    # seven months a year earlier" (not "…, and by September … less than half")
                relative = what and re.match(r"\s*(?:" + alternation("claims", "same_period_last_year")
                                             + "|" + alternation("claims", "previous_month")
                                             + r")", rest[what.end():], re.I)
                previous = re.match(r"\s+(?:of\s+)?(?:the|its)\s+(?:previous|prior|preceding)\s+"
                                    r"(?P<unit>year|month)(?:'s|\u2019s)?\b", rest, re.I)
                if relative and len(now) == 1:  # "less than half what it had been a year earlier"
                    back = -12 if re.fullmatch(words_re("same_period_last_year"),
                                               relative.group(0).strip(), re.I) else -1
                    base = [now[0].shifted(back)]
                elif previous and len(now) == 1 and not base:  # "the previous year's total"
                    base = [now[0].shifted(-12 if previous["unit"].lower() == "year" else -1)]
                elif len(now) == 1 and not base and re.search(
                        words_re("same_period_last_year"), rest, re.I):
                    base = [now[0].shifted(-12)]  # "less than a tenth of the 10,142 they
                    # logged a year earlier"
                elif as_many:  # "53,438 in 2023, about a third as many": the figure before's
                    base = nows[-2] if len(nows) > 1 and nows[-2] != now else []
                elif of_that and len(now) == 1:  # "In 2020, returns fell to less than half of
                    base = next((periods_of(p) for p in reversed(earlier)  # that": the figure
                                 if p and periods_of(p) and periods_of(p) != now), [])  # before's
                else:
                    base = base[0] if base and base[0] else []
                if len(base) != 1 or len(now) != 1:
                    checks.append(unreachable(label, series_id))
                    continue
                checks.append(check_multiple(claimed, stat["qualifier"], stat["surface"],
                                             series_id, now, base[0], figures, label, True))
                continue
            half = _HALF_OF_THE_YEAR.search(clause)
            if half and not stat.get("period"):
                # "in the second half of the year were about 40 percent lower than in the
                # first": the halves of the year the article last named
                year = periods_of(_the_year_named(earlier, article, stat))
                if len(year) != 1 or len(year[0].months) != 12 or not direction:
                    checks.append(Check(explanation="The claim compares halves of a year the "
                                        "article does not name, so it is not computed.",
                                        period=""))
                    continue
                first, second = year[0].months[:6], year[0].months[6:]
                now_months, base_months = (second, first) if half["which"].lower() == "second" \
                    else (first, second)
                now = Period(f"{now_months[0]}-01/{now_months[-1]}", tuple(now_months))
                base = Period(f"{base_months[0]}-01/{base_months[-1]}", tuple(base_months))
                checks.append(check_change(claimed, stat["qualifier"], direction, stat["surface"],
                                           series_id, now, base, figures, now.label))
                continue
            label, baseline = _periods_around(sentence, stat, article.published, earlier)
            label = fytd or label
            if not stat.get("period") and _THE_YEAR.search(clause) and \
                    _the_year_named(earlier, article, stat):
                label = _the_year_named(earlier, article, stat)  # "Returns for the year were down"
            periods = (_yearly_period(label, article.published, False, figures, series_id)
                       if yearly else periods_of(label))
            if baseline:
                stat = {**stat, "baseline_period": baseline}
            if not direction or len(periods) != 1:
                checks.append(Check(explanation="The sentence gives no direction of change or "
                                    "no single period, so the change cannot be computed.",
                                    period=label))
                continue
            before = _baseline(stat, sentence, periods[0], yearly)
            if before is not None and len(before.months) == 1 and not yearly and \
                    re.fullmatch(r"\d{4}", periods[0].label) and periods[0].label > before.months[0][:4]:
                # "came in 2022, with 222,574 encounters, up about 45 percent from March 2021":
                # a change from a month is the same month of the year named
                periods = periods_of(f"{periods[0].label}-{before.months[0][5:7]}")
                label = periods[0].label
            if before is None or len(before.months) != len(periods[0].months):
                checks.append(Check(explanation="The change would compare periods of different "
                                    "lengths (a part of a year with a whole one), so it is not "
                                    "computed.", period=label))
                continue
            change = check_change(claimed, stat["qualifier"], direction, stat["surface"],
                                  series_id, periods[0], before, figures, label)
            if not stat.get("baseline_period") and not yearly and \
                    1 < len(periods[0].months) < 12 and not re.search(
                        words_re("same_period_last_year") + "|" + words_re("previous_month"),
                        sentence, re.I):
                # "Over the same seven months, apprehensions fell about 22 percent": from the
                # months before or from the same months a year earlier; the sentence does not
                # say, so both are read and the claim is never not_supported on that choice
                other = check_change(claimed, stat["qualifier"], direction, stat["surface"],
                                     series_id, periods[0], periods[0].shifted(-12), figures, label)
                change = either_baseline(change, other)
            checks.append(change)
        elif kind == "ratio" and (compared := _countries_compared(sentence, span)):
            # "the U.S. agency apprehended more than five times as many people as Mexico
            # detained that year": two countries' series over one year
            series_id, other = compared
            label, year = _year_of_claim(stat, earlier, article)
            checks.append(check_between(float(stat["value"]), stat["qualifier"], stat["surface"],
                                        series_id, other, year, figures, label)
                          if year else _no_year(label))
        elif kind == "ratio":
            nows, base = _multiple_periods(sentence, {**stat, "period": fytd} if fytd else stat,
                                           article.published, earlier, bool(fytd))
            if yearly:
                nows = [p for p in nows if p.year] or nows
            if len(base) != 1 or not nows:
                checks.append(Check(explanation="The claim names no single baseline period, so "
                                    "the multiple cannot be computed.", period=label))
                continue
            if any(len(now.months) != len(base[0].months) for now in nows):
                checks.append(Check(explanation="The claim sets periods of different lengths "
                                    "against each other (part of a year against a whole "
                                    "year), so the multiple is not computed.", period=label))
                continue
            if len(nows) == 1 and label == base[0].label:
                label = nows[0].label  # "seven times fiscal 2017's": 2017 is the baseline's
            history = registry.history_of(series_id)
            if history is not None and history.extends == series_id and \
                    figures.value(series_id, base[0]) is None and \
                    figures.value(history.id, base[0]) is not None:
                series_id = history.id  # "roughly double calendar 2001's total": DHS's history
            multiple = check_multiple(float(stat["value"]), stat["qualifier"], stat["surface"],
                                      series_id, nows, base[0], figures, label)
            other_base = _read_alone(sentence, article.published, base[0])
            if other_base is not None and len(other_base.months) == len(base[0].months):
                # "Border Patrol's December 2023 peak was more than four times September's
                # count" in October 2024: September 2023 by the date before it, or the
                # September just published; both are read, never not_supported on that choice
                multiple = either_reading(multiple, check_multiple(
                    float(stat["value"]), stat["qualifier"], stat["surface"], series_id, nows,
                    other_base, figures, label))
            checks.append(multiple)
    number = clause.find(stat["surface"])
    own_words = clause if number < 0 else (  # the clause up to the number and the noun after it
        clause[:number + len(stat["surface"])]
        + re.split(r"[,;:(]|\s(?:in|on|at|as|while|after|since|during|from|to|with|through|by|"
                   r"for|than|and|but)\s",
                   clause[number + len(stat["surface"]):number + len(stat["surface"]) + 45])[0])
    # "Encounters at ports of entry, where the CBP One app schedules appointments, rose to
    # 429,831": a relative clause between commas describes; it does not narrow the figure
    own_words = _ASIDE.sub(",", own_words)
    return claim_type, second_look(stat, claim_type, combine(checks, ambiguous=len(choice) > 1),
                                   own_words, clause, figures, article.published, sentence)


_ASIDE = re.compile(r",\s+(?:where|which|who|whose)\b[^,;()]*,", re.I)
_FIRST_RELEASE = re.compile(r"first released as ([\d,]+)")


def _month_shift(month: str, by: int) -> str:
    year, number = divmod(int(month[:4]) * 12 + int(month[5:7]) - 1 + by, 12)
    return f"{year}-{number + 1:02d}"


def _monthly_values(series_id: str) -> dict[str, list[float]]:
    """{month: [revised value, first release if it differed]} of one monthly series."""
    table = registry.observations(series_id)
    values: dict[str, list[float]] = {}
    for row in table[table["preferred"]].itertuples():
        if pd.isna(row.value):
            continue
        found = [float(row.value)]
        first = _FIRST_RELEASE.search(str(row.note or ""))
        if first:
            found.append(float(first.group(1).replace(",", "")))
        values[str(row.period)] = found
    return values


def _near_months(check: Check, by: int = 1) -> list[str]:
    """The months the check compared and those next to them."""
    months = {m for c in check.compared if c.period for m in c.period.months}
    return sorted({_month_shift(m, step) for m in months for step in range(-by, by + 1)})


def _significant_digits(surface: str) -> int:
    number = re.search(r"\d[\d,]*(?:\.\d+)?", surface)
    return len(re.sub(r"\D", "", number.group(0)).lstrip("0")) if number else 0


def _round(surface: str) -> bool:
    """A whole number with at most two digits before its trailing zeros ("210,000")."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", surface)
    if not number or "." in number.group(0):
        return False
    return len(number.group(0).replace(",", "").strip("0")) <= 2


def _decimals(surface: str) -> int:
    found = re.search(r"\d+(?:\.(\d+))?", surface)
    return len(found.group(1)) if found and found.group(1) else 0


def _matches_elsewhere(stat: dict, claim_type: str, check: Check, clause: str,
                       named: list[Period] = (), figures: Figures | None = None) -> tuple[str, str]:
    """Where a figure that the check found wrong is, to the unit, an official figure of the
    month next to the one read, of another period the sentence names (`named`), or of
    another encounter series (a revised or first-release value; a percentage as printed, to
    its last digit): the sentence was most likely read against the wrong month or series.
    ('', '') when it matches nothing so exactly; else (where, the series it matched)."""
    claimed = float(stat["value"])
    if claim_type == "level" and any(c.value is not None and abs(c.value - claimed) <= 0.001 * c.value
                                     for c in check.compared if c.value):
        return "", ""  # the figure is the one compared: it failed on something else (a direction)
    months = _near_months(check)
    monthly = bool(check.compared) and all(c.period is None or len(c.period.months) == 1
                                           for c in check.compared)
    if figures is not None and claim_type == "level" and stat["qualifier"] == "exact" \
            and claimed >= 1000 and not _round(stat["surface"]):
        # a round "210,000" is near too many figures for a match to show a misreading
        for period in named:  # "In June 2022, encounters were 207,834, ... this June"
            for s in registry.by_country("United States", "month"):
                value = figures.value(s.id, period)
                if value is not None and abs(value - claimed) <= 0.001 * value:
                    return (f"{s.counts} numbered {value:,.0f} in {period.name}, a period the "
                            "sentence names", s.id)
    # the monthly U.S. series a misread month or series could have meant (the registry's);
    # "total encounters", "all encounters" name the whole: no part could have been meant
    candidates = [s.id for s in registry.by_country("United States", "month")]
    if re.search(r"\b(?:total|all|overall)\s+(?:southwest\s+border\s+)?encounters\b|"
                 r"\bencounters\s+overall\b", clause, re.I):
        checked = {c.series_id for c in check.compared if c.series_id}
        candidates = [c for c in candidates if c in checked] if checked else candidates
    for series_id in candidates:
        values = _monthly_values(series_id)
        name = registry.get(series_id).counts
        for month in months:
            if claim_type == "level" and stat["qualifier"] == "exact" and claimed >= 1000 \
                    and not _round(stat["surface"]):  # not a round "210,000"
                for value in values.get(month, []):
                    if abs(value - claimed) <= 0.001 * value:
                        return f"{name} numbered {value:,.0f} in {month}", series_id
            if claim_type == "change" and stat["kind"] == "percent" and stat["qualifier"] == "exact" \
                    and monthly and _significant_digits(stat["surface"]) >= 2:
                # a month-on-month change is evidence of a misread monthly claim only; "2
                # percent" matches too many changes to be evidence of anything
                places = _decimals(stat["surface"])
                direction = _direction(clause)
                for now in values.get(month, []):
                    for then in values.get(_month_shift(month, -1), []):
                        change = (now / then - 1) * 100 * (-1 if direction == "down" else 1)
                        if change > 0 and round(change, places) == round(claimed, places):
                            return (f"{name} changed {now / then - 1:+.{places + 1}%} from "
                                    f"{_month_shift(month, -1)} to {month}", series_id)
    return "", ""


#: Words after which a date belongs to the figure compared with, not to the figure itself:
#: "reached 189,922, roughly 40% below the record set in December 2023".
_COMPARED_WITH = re.compile(r"\b(?:below|above|than|from|since|compared\s+(?:with|to)|versus|"
                            r"as\s+(?:many|much|high|low|large)\s+as|times|"
                            r"vs\.?|record\s+set\s+in|peak(?:ed)?\s+(?:of|in)|high\s+(?:of|in)|"
                            r"low\s+(?:of|in))\b[^.;]{0,60}$", re.I)


def _dates_only_the_baseline(stat: dict, clause: str, published) -> bool:
    """True when every date of the clause comes after the figure and after a comparison
    word: the sentence dates what the figure is compared with, not the figure."""
    number = clause.find(stat["surface"])
    if number < 0:
        return False
    after = number + len(stat["surface"])  # "more than" before the date is the figure's own
    if _OWN_YEAR_AFTER.match(clause[after:]):
        return False  # "… over the 12 months, more than quintuple the fiscal 2020 total"
    times = find_time_expressions(clause, published)
    return bool(times) and all(t.start > after and _COMPARED_WITH.search(clause[after:t.start])
                               for t in times)


def _read_at_the_baselines_date(stat: dict, check: Check, clause: str, published) -> bool:
    """True when the clause dates, after the figure and a comparison word, what a change is
    measured from, and the change was not measured from that period ("roughly 40% below the
    record set in December 2023" read as a change to December 2023, "4 percent below the
    129,513 of January 2023" read against the month before)."""
    number = clause.find(stat["surface"])
    if number < 0 or len(check.compared) < 2 or check.compared[1].period is None:
        return False
    after = number + len(stat["surface"])
    if _RELATIVE_BASELINE_NEXT.match(clause[after:]):
        return False  # "up 86 percent from the same six months a year earlier": measured so
    before = check.compared[1].period.months
    pair = _CHANGE_PAIR.search(clause, after)
    if pair and [p.months for e in find_time_expressions(pair["a"], published)
                 for p in periods_of(e.label)] == [before]:
        return False  # "rose about 4 percent from fiscal 2021 to fiscal 2022": measured so
    relative = _relative_spans(clause)  # "the same month last year" was read as such
    def same_stretch(t) -> bool:  # "from the same period of fiscal 2023": a part of that year
        named = [m for p in periods_of(t.label) for m in p.months]
        return bool(re.search(r"\bsame\s+(?:period|stretch|months?|time|quarter)\s+(?:of|in)\s+"
                              r"(?:the\s+)?$", clause[:t.start], re.I)) and set(before) <= set(named)

    later = [t for t in find_time_expressions(clause, published)
             if t.start > after and not _inside(t, relative)
             and _COMPARED_WITH.search(clause[after:t.start])]
    # only the first date compared with after the figure is its baseline's ("a drop of more
    # than 70 percent from March and the lowest since at least October 2018": not 2018)
    return any(tuple(p.months for p in periods_of(t.label)) != (before,) and not same_stretch(t)
               for t in later[:1])


def second_look(stat: dict, claim_type: str, check: Check, window: str, clause: str,
                figures: Figures, published=None, sentence: str = "") -> Check:
    """A last look before a claim is called wrong or right on a series it may not mean.

    - A figure whose own words narrow or widen what it counts ("encounters of unaccompanied
      children", "nationwide encounters") is not set against a whole series: not_checkable.
    - A figure found wrong whose sentence dates only the figure it compares with, or a change
      not measured from the period its sentence gives the compared figure, was read at a
      guessed period: not_checkable.
    - A figure found wrong that matches an official figure of a nearby month, of another
      period the sentence names or of another encounter series is most likely read against
      the wrong month or series:
      not_checkable, saying what it matches, never not_supported (a false not_supported is
      the worst error a fact-checker can make)."""
    if check.verdict == "not_checkable" or not check.compared:
        return check
    # "Compared with April 2019, when families were crowding into stations, total encounters
    # were down 84 percent": a clause describing another period says nothing of the scope
    window = re.sub(r",\s+when\s+[^,;]*,", ",", window)
    scope = re.search(rf"\b(?:{alternation('claims', 'scope_part')}|"
                      rf"{alternation('claims', 'scope_wider')})\b", window, re.I)
    if scope and re.search(r"\b(?:boosted|driven|fueled|fuelled|helped|spurred|lifted)\s+by\b"
                           r"[^,;]{0,25}$|\b(?:thanks\s+to|because\s+of|due\s+to|amid)\b[^,;]{0,25}$",
                           window[:scope.start()], re.I):
        scope = None  # "boosted by the CBP One app": a cause of the figure, not its scope
    if scope:
        return Check(explanation=f"The figure's own words (\u201c{scope.group(0)}\u201d) make "
                     "it count a part of the encounters a bundled series counts, or more than "
                     "them, so it is not set against the whole series: a breakdown of CBP's "
                     "figures by demographic, nationality, sector or region would settle it.",
                     period=check.period)
    if check.verdict == "not_supported" and claim_type == "level" and published and \
            _dates_only_the_baseline(stat, clause, published):
        return Check(explanation="The sentence dates only the figure it compares with, not this "
                     "figure, so the month to check it against is not stated and no verdict "
                     "is given.", period=check.period,
                     series_hint=[c.series_id for c in check.compared if c.series_id])
    if check.verdict == "not_supported" and claim_type == "change" and published and \
            _read_at_the_baselines_date(stat, check, clause, published):
        return Check(explanation="The sentence dates the figure the change is measured from, "
                     "and the change was not measured from that period, so no verdict is "
                     "given.", period=check.period,
                     series_hint=[c.series_id for c in check.compared if c.series_id])
    if check.verdict == "not_supported" and stat["kind"] in ("count", "percent"):
        named = [p for e in find_time_expressions(sentence or clause, published)
                 for p in periods_of(e.label)] if published else []
        elsewhere, matched = _matches_elsewhere(stat, claim_type, check, clause, named, figures)
        if elsewhere:
            return Check(explanation=f"The figure does not match the period or series it was "
                         f"read against, but {elsewhere}: the sentence most likely means that, "
                         "so no verdict is given.", period=check.period,
                         series_hint=[c.series_id for c in check.compared if c.series_id],
                         matched=matched)
    return check


def _longer_history(series_id: str, label: str, figures: Figures) -> str:
    """The series' longer history (DHS's Border Patrol series since October 1999) when the
    series itself does not cover the claim's period ("11,130 in April 2017") and the history
    does; else the series."""
    history = registry.history_of(series_id)
    periods = periods_of(label)
    if history is None or history.extends != series_id or len(periods) != 1 \
            or len(periods[0].months) not in (1, 12):  # a month or a year, never a decade
        return series_id
    if figures.value(series_id, periods[0]) is None and \
            figures.value(history.id, periods[0]) is not None:
        return history.id
    return series_id


def _claim_check(claim: dict, article: Article, figures: Figures,
                 choice: list[str]) -> Check:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(claim["period"] or "")) and \
            claim["claim_type"] in ("record", "rank", "since", "streak", "trend"):
        # "… issued the order on March 20, 2020. Border Patrol's tally that month was the
        # smallest for any March": a day dates the month the claim is about
        claim = {**claim, "period": str(claim["period"])[:7]}
    month = re.fullmatch(r"(\d{4})-(\d{2})", str(claim["period"] or ""))
    surface = str(claim.get("surface") or "")
    if month and claim["claim_type"] in ("record", "rank") and re.search(
            r"\bfiscal\s+years?\b", surface, re.I) and not re.search(r"\bmonths?\b", surface, re.I) \
            and not str(claim.get("extra") or "").startswith("within:"):
        # "apprehensions for the year were the most in any fiscal year", read beside a
        # month: the fiscal year of that month
        year = int(month[1]) + (1 if int(month[2]) >= 10 else 0)
        claim = {**claim, "period": f"FY{year}"}
    elif month and claim["claim_type"] == "record" and re.search(
            r"\bfor\s+th(?:at|is|e)\s+month\b", surface, re.I):
        # "September's count was the highest for that month": among the Septembers
        claim = {**claim, "claim_type": "rank", "extra": "1",
                 "month_name": calendar.month_name[int(month[2])]}
    checks = []
    for series_id in choice:
        if claim["claim_type"] not in ("rank", "since"):
            series_id = _longer_history(series_id, claim["period"], figures)
        yearly = registry.get(series_id).frequency == "year"
        periods = (_yearly_period(claim["period"], article.published, True, figures, series_id)
                   if yearly else periods_of(claim["period"]))
        if claim["claim_type"] == "rank" and not claim.get("month_name"):
            # "the third-busiest month on record", "the second-busiest" (year)
            history = registry.history_of(series_id)
            own = history.id if history is not None and history.extends == series_id else ""
            checks.append(check_rank_among(claim, series_id, periods[0], figures, own)
                          if len(periods) == 1 else unreachable(claim["period"], series_id))
            continue
        if claim["claim_type"] == "rank":
            year = str(claim["period"])[:4]
            if claim.get("month_name") and year.isdigit():
                number = list(calendar.month_name).index(claim["month_name"])
                periods = periods_of(f"{year}-{number:02d}")
            history = registry.history_of(series_id)
            if history is None and _IN_OWN_RECORDS.search(str(claim.get("surface") or "")):
                # "the busiest March at the ports in CBP's monthly figures": among the
                # Marches of the series itself
                checks.append(check_rank(claim, periods[0], figures, series_id) if periods else
                              unreachable(claim["period"], series_id))
                continue
            if history is None:
                checks.append(Check(explanation="A rank among the same months needs a longer "
                                    f"history of {registry.get(series_id).counts} than the bundled "
                                    "series holds, so it is not computed.", period=claim["period"]))
                continue  # ranks among the same months need a long history
            checks.append(check_rank(claim, periods[0], figures, history.id) if periods else
                          unreachable(claim["period"], history.id))
            break
        if len(periods) != 1:
            checks.append(unreachable(claim["period"], series_id))
            continue
        period = periods[0]
        kind = claim["claim_type"]
        if kind == "outnumber":
            other = choose_series(str(claim["extra"]), str(claim["extra"]))
            if len(choice) != 1 or len(other) != 1 or other == choice or \
                    registry.get(other[0]).frequency != registry.get(series_id).frequency:
                checks.append(Check(explanation="The claim sets one count against another, "
                                    "but which two bundled series it names is not clear, so no "
                                    "verdict is given.", period=claim["period"]))
                continue
            checks.append(check_outnumber(claim["surface"], series_id, other[0], period, figures,
                                          claim["period"]))
        elif kind == "trend":
            checks.append(check_trend(claim, series_id, period, figures))
        elif kind == "record" and str(claim.get("extra")).startswith("within:"):
            checks.append(check_extreme_within_year(claim, series_id, period, figures))
        elif kind == "record" and str(claim.get("extra")).startswith("years:"):
            published = article.published  # the last full year (fiscal year) before it
            last = published.year - 1 if not period.label.startswith("FY") else \
                published.year - (0 if published.month >= 10 else 1)
            checks.append(check_extreme_of_years(claim, series_id, period, last, figures))
        elif kind == "record":
            history = registry.history_of(series_id)
            if history is not None and history.extends == series_id and \
                    len(period.months) == 12 and figures.value(history.id, period) is not None and \
                    not _IN_OWN_RECORDS.search(str(claim.get("surface") or "")):
                # "the fewest in any fiscal year since at least 2000": a year's record is
                # over every year on record, DHS's longer history included
                series_id = history.id
            checks.append(check_record(claim, series_id, period, figures))
        elif kind == "since" and str(claim["extra"]).startswith("same:"):
            year = int(str(claim["extra"])[5:])
            history = registry.history_of(series_id)
            source = history.id if history is not None and history.extends == series_id and \
                f"{year + 1}-01" < figures.table(series_id)["period"].min() else series_id
            checks.append(check_same_month_since(claim, source, period, year, figures))
        elif kind == "since" and str(claim["extra"]).startswith("threshold:"):
            checks.append(check_threshold_since(claim, series_id, period, figures))
        elif kind == "since" and str(claim["extra"]).startswith("term:"):
            term = term_of(claim["extra"][5:], article.published)
            if term is None:
                checks.append(unreachable(claim["period"], series_id))
                continue
            start, end = term  # whole months of the term
            first = f"{start:%Y-%m}" if start.day == 1 else _month_shift(f"{start:%Y-%m}", 1)
            last = _month_shift(f"{end:%Y-%m}", -1) if end.day < 28 else f"{end:%Y-%m}"
            history = registry.history_of(series_id)
            if history is not None and history.extends == series_id and \
                    first < figures.table(series_id)["period"].min():
                series_id = history.id  # months before CBP's series: DHS's longer history
            checks.append(check_beyond_span(claim, series_id, period, first, last, figures,
                                            f"under the administration in office "
                                            f"{start:%B %Y}-{end:%B %Y}"))
        elif kind == "since" and str(claim["extra"]).startswith("FY"):
            history = registry.history_of(series_id)  # "the most since fiscal 2007"
            source = history.id if history is not None and history.extends == series_id and \
                figures.value(history.id, period) is not None else series_id
            checks.append(check_since_years(claim, source, period, int(claim["extra"][2:]),
                                            figures))
        elif kind == "since":
            since = claim["extra"]
            named = not since.startswith(("-", "Y"))  # a month named: it is the bound
            if re.search(r"\bsince\s+at\s+least\b", claim.get("surface") or "", re.I):
                named = False  # "since at least October 2018": no claim about that month
            if since.startswith("Y"):  # "since 2001": no month after that year
                since = f"{since[1:]}-12"
            if since.startswith("-"):  # "the fewest in three years": that many months back
                since = period.shifted(int(since)).months[0]
            elif since.startswith("?-"):  # "since January": the latest January before it
                back = next((k for k in range(1, 13)
                             if period.shifted(-k).months[0].endswith(since[1:])), 12)
                since = period.shifted(-back).months[0]
            history = registry.history_of(series_id)
            first = figures.table(series_id)["period"].min()
            if history is not None and history.extends == series_id and since < first:
                series_id = history.id  # "highest since March 2000": the longer history
            checks.append(check_lowest_since(claim, series_id, period, since, figures, named))
        elif kind == "streak":
            length, _, unit = str(claim["extra"]).partition(":")
            if length.startswith("since-"):  # "the first monthly decline since June": the
                # months from the latest June before the claim's month
                month = int(length[6:])
                length = str(next((k for k in range(1, 13)
                                   if period.shifted(-k).months[0].endswith(f"-{month:02d}")), 0))
                if length == "0" or len(period.months) != 1:
                    checks.append(unreachable(claim["period"], series_id))
                    continue
            if unit == "first":  # "rose for the first time in six months"
                checks.append(check_first_in(claim, series_id, period, int(length), figures))
                continue
            checks.append(check_streak(claim, series_id, period, int(length), figures,
                                       unit == "year"))
    return combine(checks, ambiguous=len(choice) > 1)


#: A sentence whose subject is a pronoun, after an opening phrase: "By fiscal 2024, they had
#: fallen by about a quarter".
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[A-Z][^,;]{0,40},\s+)?(?:they|it)\s+(?:had\s+|have\s+|has\s+)?"
                              r"(?:" + "|".join(alternation("claims", name) for name in (
                                  "trend_up", "trend_up_strong", "trend_down", "trend_down_strong"))
                              + r"|fallen|were|was)\b", re.I)


_FISCAL_YEAR_BEFORE = re.compile(r"\b(?:the|this|current)\s+fiscal\s+year\s+(?:began|started|opened)\b",
                                 re.I)


def _previous_sentence(article: Article, index: int) -> str:
    """The sentence before sentence `index` (counted from 1) in the same paragraph; ''."""
    if not 1 < index <= len(article.sentences):
        return ""
    before, own = article.sentences[index - 2], article.sentences[index - 1]
    return article.sentence_text(before) if before.paragraph == own.paragraph else ""


_PLACE = (r"(?:the\s+)?(?:official\s+)?(?:ports?\s+of\s+entry|ports|official\s+crossings|bridges|"
          r"crossings)\b")
#: A place that opens a sentence: "At ports of entry, where …, encounters edged up".
_LEADING_PLACE = re.compile(r"\s*(?:At|Between)\s+" + _PLACE)
_PLACE_NAMED = re.compile(r"\b(?:at|between)\s+" + _PLACE, re.I)
_THERE = re.compile(r"\b(?:encounters|apprehensions|arrests|crossings|numbers|figures|counts?)\s+there\b",
                    re.I)


def _leading_place_series(sentence: str, own_words: str, figure_at: int = -1) -> list[str]:
    """The series of the place that opens the sentence (before the figure at `figure_at`,
    when given), when the claim's own words name no place ("At ports of entry, …, encounters
    edged up from May, to 46,883"); []."""
    place = _LEADING_PLACE.match(sentence)
    if not place or (figure_at >= 0 and place.end() > figure_at) or _PLACE_NAMED.search(own_words):
        return []
    return choose_series(place.group(0), place.group(0))


def _there_named(text: str, article: Article, index: int) -> str:
    """`text` with "there" after a series noun ("Encounters there fell slightly") replaced by
    the place the sentence before names ("At the ports of entry, the change was smaller")."""
    if not _THERE.search(text):
        return text
    place = _PLACE_NAMED.search(_previous_sentence(article, index))
    return re.sub(r"\bthere\b", place.group(0), text, count=1) if place else text


def _series_named_before(article: Article, index: int, back: int = 3) -> list[str]:
    """The one series the sentences just before a figure name without a number of their own
    ("The clearest measure is the count kept by Mexico's Migration Policy Unit of events …
    That count rose to more than 1.2 million"), within a paragraph break; [] when they name
    none, several, or give figures of their own."""
    sentences = article.sentences  # (`index` counts from 1)
    if not 0 < index <= len(sentences):
        return []
    paragraph, mexican = sentences[index - 1].paragraph, False
    for sentence in reversed(sentences[max(0, index - 1 - back):index - 1]):
        if paragraph - sentence.paragraph > 1:
            break
        text = article.sentence_text(sentence)
        if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", text)):
            return []  # a figure of its own: the claims before carry the series
        found = choose_series(text, text)
        if found == ["mexico"]:
            mexican = True  # "Mexico's figures are not published …": Mexico, no series yet
            continue
        if found:
            if mexican and any(registry.get(c).country != "Mexico" for c in found):
                return []
            return found if len(found) == 1 else []
    return []


def _month_of_a_short_sentence(text: str, published: dt.date) -> list[str]:
    """"Then came June.": a short sentence without a figure that names one month moves the
    article's current month to it ([] for any other sentence)."""
    if len(text.split()) > 5 or re.search(r"\d", text):
        return []
    months = [e.label for e in find_time_expressions(text, published)]
    return months if len(months) == 1 and _kind(months[0]) == "month" else []


def _topic_period(text: str, published: dt.date) -> str:
    """"Fiscal 2022 looked nothing like it.", "The release closes the books on fiscal 2021,
    which ended Sept. 30.": the one period a sentence without a figure is about ('' when it
    names none or several; a date in a ", which …," aside describes that period)."""
    text = re.sub(r",\s+(?:which|the\s+(?:fiscal\s+)?year\s+that)\s+[^,;:()]*[,.]", ".", text)
    labels = {e.label for e in find_time_expressions(text, published)}
    if len(labels) != 1:
        return ""
    label = labels.pop()
    return label if _kind(label) in ("month", "fiscal", "year") else ""


def _dated_from_the_topic_before(stat: dict, article: Article, topic: int) -> dict:
    """A figure whose sentence dates only what it is compared with ("CBP counted 2.38
    million encounters, more than five times the fiscal 2020 total"), right after a sentence
    (number `topic`) without a figure that names one period ("Fiscal 2022 looked nothing
    like it."): of that period."""
    sentences = article.sentences
    if int(stat["sentence"]) != topic + 1 or stat["kind"] not in ("count", "ratio", "fraction") or \
            not 1 <= topic <= len(sentences) or \
            sentences[topic - 1].paragraph != int(stat["paragraph"]):
        return stat
    text = str(stat["sentence_text"])
    baseline = str(stat.get("baseline_period") or "")
    at = text.find(str(stat["surface"]))
    fraction_of_named = stat["kind"] == "fraction" and at >= 0 and bool(
        _NEAR_FRACTION_BASE.match(text[at + len(str(stat["surface"])):])) and all(
        e.start >= at for e in find_time_expressions(text, article.published))
    if fraction_of_named:  # "It was less than half of the fiscal 2019 total" after "The 2020
        baseline = str(stat.get("period") or "")  # figure was itself unusual.": its only date
        # is the baseline's
    if stat["kind"] == "count" and _dates_only_the_baseline(stat, text, article.published) or \
            stat["kind"] == "ratio" and baseline and \
            str(stat.get("period") or "") in ("", baseline) or fraction_of_named and baseline:
        topic_text = article.sentence_text(sentences[topic - 1])
        label = _topic_period(topic_text, article.published)
        if re.fullmatch(r"\d{4}", label or "") and baseline.startswith("FY") and \
                not re.search(r"\bcalendar\b", topic_text, re.I):
            label = f"FY{label}"  # "The 2020 figure", set against fiscal 2019: fiscal 2020
        if label and label != baseline and label not in {e.label for e in find_time_expressions(
                text, article.published)}:
            return {**stat, "period": label, "topic_period": label}
    return stat


def _doubt_series_of_the_sentence(claims: list[tuple]) -> list[tuple]:
    """A change or multiple found wrong in a sentence whose own level matched another series
    than the one it was read against ("Officers recorded 604,482 encounters in fiscal 2024,
    roughly eight times the fiscal 2021 figure", read as all encounters): the series is in
    doubt, so not_checkable, never not_supported."""
    doubted = {(c[4], s) for c in claims if c[3] == "level" and c[5].matched
               for s in c[5].series_hint if s != c[5].matched}  # (not the same series at
    # another period)
    out = []
    for claim in claims:
        start, end, stat_id, claim_type, sentence, check = claim
        if claim_type in ("change", "multiple") and check.verdict == "not_supported" and any(
                (sentence, c.series_id) in doubted for c in check.compared):
            check = Check(explanation="The sentence's own figure matches another series than the "
                          "one this claim was read against, so which series it measures is in "
                          "doubt and no verdict is given.", period=check.period,
                          series_hint=[c.series_id for c in check.compared if c.series_id])
        out.append((start, end, stat_id, claim_type, sentence, check))
    return out


_THOSE_SAME = re.compile(r"\b(?:those|the|that)\s+same\s+(?:(?P<n>\w+)\s+)?(?:months|period|"
                         r"stretch|span|weeks)\b", re.I)


def _over_those_same_months(stat: dict, article: Article) -> dict:
    """"Between January and July 2024 the UPM registered 828,505 … Over those same seven
    months, agents made about 789,000 apprehensions": the span the sentence before named
    (its month count agreeing); unread, the figure is left undated rather than guessed."""
    text = str(stat["sentence_text"])
    same = _THOSE_SAME.search(text)
    if not same or find_time_expressions(text[:same.start()] + text[same.end():], article.published):
        return stat
    index = int(stat["sentence"])
    for sentence in reversed(article.sentences[max(0, index - 3):index - 1]):
        spans = [e for e in find_time_expressions(article.sentence_text(sentence), article.published)
                 if len(periods_of(e.label)) == 1 and len(periods_of(e.label)[0].months) > 1]
        if spans:
            months = len(periods_of(spans[0].label)[0].months)
            try:
                wanted = int(parse_number(same["n"])) if same["n"] else months
            except ValueError:
                wanted = months
            return {**stat, "period": spans[0].label if wanted == months else ""}
    return {**stat, "period": ""}


def check_claims(article: Article, statistics: pd.DataFrame,
                 figures: Figures | None = None) -> pd.DataFrame:
    """The fact-check table: one row per claim and official figure compared."""
    figures = figures or Figures.load()
    claims: list[tuple[int, int, str, str, str, Check]] = []  # start, end, stat_id, type, ...
    earlier: list[str] = []
    dated: list[tuple[int, str]] = []  # (where, period) of each statistic's claim
    series_sentences: set[int] = set()
    inherited: tuple[int, list[str]] = (-1, [])
    years = context_years(article, paragraphs=False)  # the year a month written without one takes, by sentence
    series_at: list[tuple[int, int, list[str]]] = []  # (where, paragraph, series) of figures
    passed = 0  # where the sentences already read for a month end
    # "Illegal crossings fell in July for the fifth straight month. Agents stopped 56,400
    # people that month": a claim without a number names the month too
    worded_claims = extract_claims(article, statistics).to_dict("records")
    worded = [(c["char_end"], c["sentence"], c["period"]) for c in worded_claims
              if _kind(str(c["period"] or "")) == "month" and c["extra"] != "headline"]
    with_figures = set(statistics["sentence"])
    topic = -1  # the number of the last sentence read without a figure
    for stat in statistics.to_dict("records"):
        for sentence in article.sentences:
            if passed <= sentence.start and sentence.end <= stat["char_start"] and \
                    sentence.index not in with_figures:
                topic = sentence.index
            if passed <= sentence.start and sentence.end <= stat["char_start"]:
                earlier.extend(_month_of_a_short_sentence(article.sentence_text(sentence),
                                                          article.published))
                earlier.extend(p for _, at, p in worded if at == sentence.index)
        passed = max(passed, stat["char_end"])
        near = inherited[1] if _paragraphs_apart(article, inherited[0], stat["paragraph"]) <= 1 \
            else []
        if near and stat["paragraph"] != inherited[0]:
            # carried over a paragraph break, the series is a guess: the whole it is a part
            # of is checked too, and the claim is never not_supported on that ground
            wholes = [w.id for w in map(registry.whole_of, near) if w and w.id not in near]
            near = near + list(dict.fromkeys(wholes))
        if not near and _GENERIC.search(stat["sentence_text"]):
            near = _series_named_before(article, int(stat["sentence"]))
        if _PRONOUN_SUBJECT.match(stat["sentence_text"]) and \
                not choose_series(stat["sentence_text"], stat["sentence_text"]) and \
                (named := _series_named_before(article, int(stat["sentence"]), back=2)):
            # "Border Patrol apprehensions had peaked in fiscal 2022 … By fiscal 2024, they
            # had fallen by about a quarter": the series the sentence before names
            near = named
        if not near and inherited[1] and _GENERIC.search(stat["sentence_text"]) and \
                _paragraphs_apart(article, inherited[0], stat["paragraph"]) <= 3 and \
                not choose_series(stat["sentence_text"], stat["sentence_text"]):
            # "… more than 1.2 million events in 2024. Here are the key figures. THE DETENTION
            # COUNT. The 2024 figure was up about 58 percent": no figure between names another
            near = inherited[1]
        stat = _over_those_same_months(_dated_from_the_topic_before(stat, article, topic), article)
        with reading_in_year(years.get(int(stat["sentence"]))):  # "2019: …; By September"
            result = _statistic_check(stat, article, figures, earlier, near)
        if result is None:
            continue
        claim_type, check = result
        said_of_then = _SINCE_WHEN.search(stat["sentence_text"][:max(0, stat["sentence_text"].find(
            str(stat["surface"])))]) if stat["surface"] in stat["sentence_text"] else None
        if check.period and not said_of_then:  # ("…, when agents made 858,000 arrests": of
            earlier.append(check.period)        # that year, not the article's)
            dated.append((stat["char_start"], check.period))
        series = [c.series_id for c in check.compared if c.series_id] or check.series_hint
        if series:
            inherited = (stat["paragraph"], list(dict.fromkeys(series)))
            series_at.append((stat["char_start"], stat["paragraph"], inherited[1]))
        claims.append((stat["char_start"], stat["char_end"], stat["stat_id"], claim_type,
                       stat["sentence_text"], check))
        if check.compared or claim_type != "level":
            series_sentences.add(stat["sentence"])
    claims = _doubt_series_of_the_sentence(claims)
    previous = inherited
    spans = [(c[0], c[1]) for c in claims]
    for claim in worded_claims:
        if claim["claim_type"] == "streak" and re.search(r"\bnow\b", claim["sentence_text"]) and \
                (named := [p for at, p in dated if at < claim["char_start"] and p]):
            # "the total has now risen for four straight years": up to the latest period named
            claim["period"] = max(named, key=lambda p: (periods_of(p)[0].months[-1]
                                                        if periods_of(p) else ""))
        if claim["claim_type"] in ("record", "rank") and (apposed := [
                c[5].period for c in claims if c[2] and c[1] <= claim["char_start"]
                and c[5].period and _APPOSED.fullmatch(article.text[c[1]:claim["char_start"]])]):
            # "… logged about 2.34 million apprehensions, the most for any calendar year":
            # the superlative describes the figure it stands beside, so it is of that period
            claim["period"] = apposed[-1]
        if not claim["period"]:  # "rose for a third consecutive month": the article's month
            named = [p for at, p in dated if at < claim["char_start"]]
            claim["period"] = _current(named)
            if named and claim["claim_type"] == "record" and re.match(
                    r"\s*(?:That|This)\s+(?!was\b)", str(claim.get("sentence_text") or "")):
                claim["period"] = named[-1]  # "…, the most for any calendar year. That eclipsed
                # a record set only a year earlier": the figure before's period
            if not claim["period"] and named and _GENERIC.search(claim["subject"] or ""):
                claim["period"] = named[-1]  # "That figure is the most ...": the figure's
            if not claim["period"] and named and str(claim.get("extra") or "").startswith("over:") \
                    and re.match(r"\s*(?:That|This|It)\b", str(claim.get("sentence_text") or "")):
                claim["period"] = named[-1]  # "That is already more than in all of fiscal 2020"
            if not claim["period"] and claim["claim_type"] == "record" and re.search(
                    r"\bany\s+(?:full\s+)?fiscal\s+year\b", claim["surface"] or "", re.I):
                # "apprehended more people than in any fiscal year": the article's fiscal year
                claim["period"] = next((p for p in reversed(named) if _kind(p) == "fiscal"), "")
        if any(a <= claim["char_start"] and claim["char_end"] <= b for a, b in spans):
            continue  # "more than doubled": the statistic is the claim
        if claim["claim_type"] == "trend" and any(claim["char_start"] < b and a < claim["char_end"]
                                                  for a, b in spans):
            continue  # "had tripled": the multiple the statistic reads is the claim
        clause = _there_named(claim["subject"] or "", article, int(claim["sentence"]))
        said = _there_named(claim["sentence_text"], article, int(claim["sentence"]))
        choice = choose_series(clause, said) if clause else []
        choice = _leading_place_series(said, clause) or choice
        if not choice:
            choice = choose_series(said, said)
        before = [x for x in series_at if x[0] < claim["char_start"]
                  and _paragraphs_apart(article, x[1], claim["paragraph"]) <= 1]
        if not choice and before:  # "December was the busiest month of the year": the series
            choice = before[-1][2]  # of the claim before it, in its paragraph or the one before
        elif not choice and _paragraphs_apart(article, previous[0], claim["paragraph"]) <= 1:
            choice = previous[1]  # "Concerns mounted again": the series of the claim before
        if before and _generic_choice(before[-1][2], claim["sentence_text"]):
            choice = before[-1][2]  # "the 2024 total ..., the fourth consecutive increase"
        if choice and choice != ["mexico"]:
            headline = claim["extra"] == "headline"
            if headline:  # the article's first month, against the month
                claim["period"] = claim["period"] or next(  # before and a year before
                    (p for _, p in sorted(dated) if _kind(p) == "month"), "")
                claim["extra"] = ""
                if not choose_series(clause, clause):  # "October's numbers cool off, but the
                    # ports set a record": the subject names no series, so both are read
                    choice = choose_series("crossings", "crossings")  # (as crossing words)
            with reading_in_year(years.get(int(claim["sentence"]))):
                check = _claim_check(claim, article, figures, choice)
                if headline and claim["period"] and check.verdict != "supported":
                    other = _claim_check({**claim, "extra": "-12"}, article, figures, choice)
                    check = min((check, other), key=lambda c: (  # the more favourable
                        "supported", "partly_supported", "not_checkable", "not_supported").index(c.verdict))
        elif choice == ["mexico"]:
            check = Check(explanation=f"The claim (\u201c{claim['surface']}\u201d) rests on "
                          "Mexico's own figures, and no bundled series counts this. Settling "
                          f"it would take {missing_data(clause, claim['sentence_text'])}.",
                          period=claim["period"])
        else:
            check = Check(explanation=f"No bundled series measures what \u201c"
                          f"{claim['surface']}\u201d describes; settling it would take "
                          f"{missing_data(clause, claim['sentence_text'])}.",
                          period=claim["period"])
        claims.append((claim["char_start"], claim["char_end"], "", claim["claim_type"],
                       claim["sentence_text"], check))
        previous = (claim["paragraph"], choice)
        if choice and choice != ["mexico"]:
            series_at.append((claim["char_start"], claim["paragraph"], choice))
            series_at.sort(key=lambda x: x[0])
    for event in event_claims(article, series_sentences):
        checks = [check_event(event, figures, s.id) for s in registry.event_series()]
        best = min(checks, key=lambda c: VERDICTS.index(c.verdict))
        claims.append((event.start, event.end, "", "event", event.sentence, best))
    claims.sort(key=lambda c: (c[0], c[1]))
    rows = []
    for number, (start, end, stat_id, claim_type, sentence, check) in enumerate(claims, 1):
        base = {"article_id": article.article_id, "claim_id": f"c{number:03d}",
                "stat_id": stat_id, "char_start": int(start), "char_end": int(end),
                "claim_text": article.text[start:end], "claim": sentence,
                "claim_type": claim_type, "period": check.period or "",
                "verdict": check.verdict, "explanation": check.explanation}
        compared = check.compared or [Comparison("", None, None)]
        for item in compared:
            s = registry.get(item.series_id) if item.series_id else None
            start = item.period.start if item.period else item.day
            end = item.period.end if item.period else item.day
            rows.append({**base, "official_series": item.series_id,
                         "official_period_start": start, "official_period_end": end,
                         "official_value": item.value,
                         "comparison": item.comparison,
                         "source_url": item.source_url or (s.source_url if s else "")})
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["official_value"] = pd.to_numeric(table["official_value"]).astype("Float64")
    return table
