"""Checking an article's claims against the official series of the registry.

A claim is a statistic of the article (a level, a change, a fraction of a baseline, a share
of a total, a multiple) or a claim without a number (a trend, a record, a rank, "the lowest since", a
streak, a dated event; see analysis.claims). Story details (ages, durations, one group's
size in an anecdote) are not claims and get no row.

The series is chosen from the agent, the verb and the place (`choose_series` in
analysis.series_choice, which asks the registry in analysis.series):
"Border Patrol agents apprehended ... between ports of entry" is Border Patrol, "at ports of
entry" is the Office of Field Operations, "encounters at the southwest border" all
encounters, and bare "illegal crossings" is ambiguous: it is checked against both the total
and Border Patrol, one row each, and the claim takes the more favourable verdict (never
`not_supported` because the wording left the series open). Mexico's own figures are
checked against Mexico's series, whose explanations say they are secondary.

How the sentence frames a statistic (its period, a change's baseline, a share's whole, the
bound of its qualifier) is read in analysis.claim_reading. The checks themselves live in
analysis.verdicts; the series, their values over periods and how claims name them, in
analysis.series. Tolerances (applied in `verdicts.holds`):
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
- "Most of the increase came between the ports": the part's change over more than half of its
  total's (nearly all: over 85%), between the two periods of the change the article reported
  last (a month with none: against the month before); within 10 points below: partly; a
  total that moved the other way: not_checkable.
- "Most of those were Border Patrol apprehensions": the part's share of its total over the
  period of the figure before, above a half (nearly all: 85%); within 10 points below: partly.
A figure that misses its tolerance by little (an exact figure within 5%, an approximate
one within 20% of the official figure; a change within a quarter of the claim plus 2 points)
is `partly_supported`; beyond that, `not_supported`. A change in the wrong direction is
always `not_supported`.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
import datetime as dt
import re

import pandas as pd

from analysis import series as registry
from analysis.article import Article
from analysis.numbers import parse_number
from analysis.claims import (NOT_SINCE_THRESHOLD, event_claims, extract_claims, fiscal_months,
                             fiscal_year_to_date, term_of, words_re)
from analysis.periods import context_years, find_time_expressions, reading_in_year
from analysis.series import Figures, Period, periods_of
from analysis.verdicts import (VERDICTS, Check, Comparison, check_change, check_driver, check_event,
                               check_majority, check_share_trend,
                               either_reading, check_outnumber, check_extreme_of_years,
                               check_extreme_within_year, check_level, check_same_month_since,
                               check_threshold_years,
                               check_threshold_since, check_lowest_since, check_multiple,
                               check_rank, check_rank_among, check_difference, check_record,
                               check_share, check_between, check_beyond_span, check_since_years,
                               check_streak, check_trend, check_first_in, combine,
                               either_baseline, missing_data, unreachable)
from analysis.vocabulary import alternation, words
from analysis.series_choice import (APPOSED, DATED_GENERIC, GENERIC, PART_PRONOUN,
                                    PERIOD_POSSESSIVE, choose_series, countries_compared,
                                    counts_people, cue, generic_choice, other_series_of_share,
                                    mexican_agent, uncounted_check, uncounted_noun)
from analysis.claim_reading import (ADDED_UP, AS_MANY, AS_MANY_AS, CHANGE_PAIR, DETAIL_KINDS,
                                    DIFFERENCE_AFTER, FYTD_WORDS, GENERIC_PEOPLE,
                                    HALF_OF_THE_YEAR, IMPLIED_WHOLE, INCLUDING_LEAD,
                                    IN_OWN_RECORDS, NEAR_FRACTION_BASE, OF_A_CHANGE,
                                    OWN_YEAR_AFTER, PLURAL_PERIODS, QUALIFYING,
                                    RELATIVE_BASELINE_NEXT, SHARE_BEFORE, SHARE_THEN_VERSUS,
                                    SINCE_WHEN, SUM_OF_PERIODS, THAT_WAS_DIFFERENCE, THE_YEAR,
                                    TREND_FROM_TO, UNNAMED_PERIOD, UP_FROM, WHAT_BASE,
                                    baseline_of, bound_qualifier, clause_around, current_month, published_by,
                                    difference_direction, direction_next_to, direction_of,
                                    earlier_share, inside_any, label_kind, later_period,
                                    level_period, month_before, multiple_periods, no_year,
                                    own_period, paragraphs_apart, periods_around, read_alone,
                                    parse_count_word, relative_spans, same_months_and_source,
                                    compared_with, share_check, share_of, since_start,
                                    the_year_named, year_of_claim, yearly_period)

__all__ = ["COLUMNS", "VERDICTS", "Figures", "check_claims", "choose_series", "periods_of"]

COLUMNS = ["article_id", "claim_id", "stat_id", "char_start", "char_end", "claim_text", "claim",
           "claim_type", "period", "official_series", "official_period_start",
           "official_period_end", "official_value", "comparison", "verdict", "explanation",
           "source_url"]

COLUMNS = ["article_id", "claim_id", "stat_id", "char_start", "char_end", "claim_text", "claim",
           "claim_type", "period", "official_series", "official_period_start",
           "official_period_end", "official_value", "comparison", "verdict", "explanation",
           "source_url"]


def _since_to_latest(claimed: float, stat: dict, direction: str, series_id: str, baseline: str,
                     published: dt.date, figures: Figures) -> Check:
    """"Since then (December), total encounters are down by two-thirds": a change from the
    month named to the latest one published before the article, which the sentence leaves
    open between the month before publication and the one before that (CBP publishes a
    month in the middle of the next); both are read, never not_supported on that choice."""
    first = dt.date(published.year, published.month, 1)
    latest = [(first - dt.timedelta(days=1)).strftime("%Y-%m")]
    latest.append((dt.date.fromisoformat(latest[0] + "-01") - dt.timedelta(days=1)).strftime("%Y-%m"))
    readings = [check_change(claimed, stat["qualifier"], direction, stat["surface"], series_id,
                             periods_of(month)[0], periods_of(baseline)[0], figures, month)
                for month in latest if month > baseline]
    if not readings:
        return Check(explanation="The change runs from a month to no month the sentence names, "
                     "so it is not computed.", period="")
    return either_reading(*readings, why="The sentence does not name the month the change runs "
                          "to: the latest month published before the article, and the one "
                          "before it, are read; the closer reading is given. ") \
        if len(readings) == 2 else readings[0]


def _list_lead(text: str, position: int) -> str:
    """The line that opens the bulleted list holding `position` ("… by fiscal year:"), when
    the figure's line is an item ("- Fiscal 2019 (April 2019): 109,415."); else ''."""
    line_start = text.rfind("\n", 0, position) + 1
    if not re.match(r"[ \t]*[-\u2022*][ \t]", text[line_start:position]):
        return ""
    lines = text[:line_start].rstrip("\n").split("\n")
    while lines and (re.match(r"[ \t]*[-\u2022*][ \t]", lines[-1]) or not lines[-1].strip()):
        lines.pop()
    return lines[-1] if lines and lines[-1].rstrip().endswith(":") else ""


#: A multiple right before the figure it is of: "about two and a half times the 182,940".
_BASE_OF_MULTIPLE = re.compile(r"\b(?:times|double|triple|twice|half|third|quarter)\s+(?:the\s+|that\s+)?$",
                               re.I)
#: Words that set a part of a year against the same part of another: "the first-half figure".
_SAME_PART = re.compile(r"\b(?:first|second)[-\s]half\s+(?:figure|total|count|level)|\bsame\s+(?:stretch|"
                        r"period|months|span)\b", re.I)
#: A counting verb right before a figure that has no noun of its own: "it recorded 2.54 million,".
_ELLIPTICAL_COUNT = re.compile(r"\b(?:it|they|agents|officers|the\s+agency|CBP|the\s+Border\s+Patrol)\s+"
                              r"(?:also\s+)?(?:recorded|counted|logged|tallied|registered|reported)\s+$")


def _uncovered(series_id: str, label: str, figures: Figures) -> bool:
    """True when `label` names one period the series holds no figure for (FY2000 in a series
    that starts in FY2019)."""
    periods = periods_of(label) if label else []
    return len(periods) == 1 and figures.value(series_id, periods[0]) is None


#: "times that low point", "times it": a figure the sentence before dated.
_THAT_POINT = re.compile(r"\s+(?:that|this)\s+(?:low(?:\s+point)?|peak|high|record|level|figure|total|"
                         r"count|number|mark)\b(?!\s+(?:in|of|for)\b)|\s+it\b(?=\s*[.,;:]|\s*$)", re.I)
#: ", a year dominated by …,", ", the month the order expired,": what a period was like.
_PERIOD_APPOSITIVE = re.compile(r"(?<=\d),\s+(?:a|an|the)\s+(?:(?:[a-z]+\s+){0,2})?(?:year|month|period|"
                                r"stretch|quarter|summer|winter|spring|fall)\b[^,;.\d]{0,120},", re.I)


def _statistic_check(stat: dict, article: Article, figures: Figures,
                     earlier: list[str], inherited: list[str]) -> tuple[str, Check] | None:
    """(claim_type, check) for one statistic, or None for a story detail."""
    sentence = stat["sentence_text"]
    stat = {**stat, "period": published_by(str(stat.get("period") or ""), article.published, sentence)}
    sentence_start = article.text.find(sentence[:40], max(0, stat["char_start"] - len(sentence)))
    offset = stat["char_start"] - max(sentence_start, 0)
    span = (offset, offset + stat["char_end"] - stat["char_start"])
    clause = clause_around(sentence, *span)
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
    if stat["kind"] in DETAIL_KINDS:
        return None
    if offset >= 0 and re.search(r"\b(?:" + alternation("claims", "kin_nouns") + r")\s+of\s+$",
                                 sentence[:offset], re.I):
        return None  # "a Honduran mother of three": a family, a story detail
    if stat["kind"] == "count" and offset >= 0 and any(
            e.start <= span[0] and span[1] <= e.end
            for e in find_time_expressions(sentence, article.published)):
        return None  # "In January 2024 encounters were ...": the year of a date, not a figure
    stat = bound_qualifier(stat, sentence, offset)
    if stat["kind"] == "count" and SUM_OF_PERIODS.search(sentence) and (
            PLURAL_PERIODS.search(sentence) or not find_time_expressions(sentence,
                                                                         article.published)):
        # "Taken together, the five Marches add up to more than 800,000 encounters": a sum
        # over periods the sentence does not list is not set against one period
        return "level", Check(explanation="The figure sums several periods the sentence does "
                              "not list one by one, so it is not set against a single period.",
                              period="")
    stat = own_period(stat, sentence, offset, article.published)
    later = _LATER_BY.match(sentence)
    count = (1 if later["n"].lower() in ("a", "an") else parse_count_word(later["n"])) if later else 0
    if count and not stat.get("period") and not find_time_expressions(sentence, article.published) \
            and len(named := periods_of(_period_named_before(article, int(stat["sentence"])))) == 1:
        # "… 1.73 million encounters in fiscal 2021. Two years later the count reached about
        # 2.48 million": that many years (months) after the period the sentence before names
        step = count * (12 if later["unit"].lower().startswith("year") else 1)
        stat = {**stat, "period": named[0].shifted(step).label}
    stat = level_period(stat, sentence, offset, article.published, earlier)
    same, source = same_months_and_source(sentence, earlier)
    if same and stat["kind"] == "count" and str(stat.get("period") or "") == same[:4]:
        stat = {**stat, "period": same}  # "In the same eight months of 2021, the count was …"
    elif same and stat["kind"] in ("percent", "fraction") and _SHARE_WORDS.search(sentence) and \
            str(stat.get("period") or "") in ("", same[:4]):
        stat = {**stat, "period": same}  # "In the same months of 2024, roughly one in three
        # encounters happened at a port of entry": a share over those months
    elif same and stat["kind"] == "percent" and str(stat.get("period") or "") in ("", same[:4]) and \
            str(stat.get("baseline_period") or "") in ("", source[:4]) and source != same:
        # "Over the same nine months of 2024, the count was about 1.35 million, down about 27
        # percent": those months, against the span named before
        stat = {**stat, "period": same, "baseline_period": source}
    if not stat["period"] and re.search(r"\b(?:that|the\s+same)\s+month\b", sentence, re.I):
        stat = {**stat, "period": month_before(article, stat)}  # "encounters that month"
    if not stat["period"] and re.search(r"\b(?:that|the\s+same)\s+(?:fiscal\s+)?year\b", sentence, re.I):
        stat = {**stat, "period": month_before(article, stat, "year")}  # "That year agents made"
    if stat["kind"] == "ratio" and not stat.get("baseline_period") and _THAT_POINT.match(
            sentence[span[1]:]) and (prior := _previous_sentence(article, int(stat["sentence"]))):
        # "Fiscal 2017 brought the fewest apprehensions … Fiscal 2024's total was about five
        # times that low point, and fiscal 2022's was more than ten times it": the period the
        # sentence before names
        named = [e.label for e in find_time_expressions(prior, article.published)]
        if named and len(set(named)) == 1:
            stat = {**stat, "baseline_period": named[-1]}
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
    if stat["kind"] == "count" and any(m.start() <= span[0] < m.end() for m in NOT_SINCE_THRESHOLD.finditer(sentence)):
        return None  # "had not made more than 1.5 million apprehensions in a fiscal year since
        # 2000": the since claim's threshold, no level of any one year
    window = clause[:clause.find(stat["surface"]) + len(stat["surface"]) + 50] \
        if stat["surface"] in clause else clause
    both = re.search(words_re("both_parts_cues"), clause, re.I)
    if both and both.start() < len(window) < both.end():
        window = clause[:both.end()]  # ("…, Border Patrol and ports combined": cut in two)
    # "Including the 9,409 people stopped at ports of entry, the total came to 104,000": a
    # leading phrase of what is added in is not the figure's own series
    window = INCLUDING_LEAD.sub("", window)
    if stat["kind"] == "count" and re.search(r"\b(?:for|of)\s+every\s+$", sentence[:span[0]], re.I):
        return "level", Check(explanation="The figure is the base of a ratio (\u201cfor every "
                              f"{stat['surface']} …\u201d), not a count of its own; a ratio of this "
                              "form is not computed.", period=str(stat.get("period") or ""))
    if stat["kind"] == "count" and re.search(r"\b(?:ratio|multiple)\s+(?:is|was|stands\s+at|stood\s+at|"
                                             r"comes\s+to|came\s+to|of)\s+" + QUALIFYING + "$",
                                             sentence[:span[0]], re.I):
        return "multiple", Check(explanation="The figure is a ratio (\u201cthe ratio is "
                                 f"{stat['surface']}\u201d) whose two terms the sentence does not "
                                 "name, so it is not computed.", period=str(stat.get("period") or ""))
    part = _PART_OF_PEOPLE.match(sentence[span[1]:])
    subject = clause[:clause.find(stat["surface"])] if stat["surface"] in clause else ""
    if part and stat["kind"] == "count" and not choose_series(subject + part["rest"], subject + part["rest"]):
        return "level", Check(explanation="The figure is a part of a larger count (\u201c"
                              f"{stat['surface']}{part.group(0).rstrip(' ,.;')}\u201d) that no bundled "
                              "series breaks out, so it is not computed.",
                              period=str(stat.get("period") or ""))
    if OF_A_CHANGE.match(sentence[span[1]:]) and stat["kind"] == "count":
        return "level", Check(explanation="The figure is a part of a change named before it "
                              "(\u201cof that decline\u201d); a part of a change is not computed.",
                              period=str(stat.get("period") or ""))
    # "In fiscal 2019, a year dominated by families who turned themselves in to agents, ports
    # of entry accounted for …": an appositive describing a period says nothing of the series
    window = _PERIOD_APPOSITIVE.sub(",", window)
    window = _there_named(window, article, int(stat["sentence"]))
    sentence_read = _there_named(_PERIOD_APPOSITIVE.sub(",", sentence), article, int(stat["sentence"]))
    own_series = choose_series(window, window)
    own_series = _leading_place_series(sentence, window, span[0]) or own_series
    maker = re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:that\s+|which\s+)?(?P<who>(?:the\s+)?(?:U\.S\.\s+)?"
                     r"(?:Border\s+Patrol(?:\s+agents)?|CBP(?:\s+officers)?|Mexican\s+authorities|"
                     r"Mexico)\s+(?:made|recorded|counted|apprehended|encountered|reported|detained))\b",
                     sentence[span[1]:])
    if maker and stat["kind"] == "count" and len(named := choose_series(maker["who"], maker["who"])) == 1:
        # "less than a fifth of the 2.34 million apprehensions U.S. Border Patrol made": the
        # agent named right after the figure is whose count it is, whatever the subject's
        own_series = named
    if stat["kind"] == "count" and re.search(r"\bout\s+of\s+(?:a\s+total\s+of\s+)?" + QUALIFYING
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
                  if s.cues and cue(s.cues, GENERIC_PEOPLE.sub(" ", window))][:1]
    if not own_series and inherited and stat["kind"] in ("percent", "fraction", "ratio") and \
            sentence.startswith(window.lstrip()[:20]) and \
            PART_PRONOUN.match(window) and registry.REGISTRY.keys() >= set(inherited):
        choice = inherited  # "… 204,087 encounters in August. That edged up about 2 percent
        # from July, as more people presented themselves at ports": the figure before's series
    if not own_series and inherited and GENERIC.search(window):
        choice = inherited  # "The following year, the number rose 43 percent, while
        # deportations fell": the number counts what the figure before counts
    summed = len(choice) == 1 and choice[0] in registry.REGISTRY and bool(registry.get(choice[0]).parts)
    passage = inherited or (_series_named_before(article, int(stat["sentence"]), back=1)
                            if summed else [])
    if summed and passage and all(
            c in registry.REGISTRY and registry.get(c).country == registry.get(choice[0]).country
            for c in passage) \
            and not choose_series(re.sub(r"\btotals?\b", " ", sentence_read, flags=re.I), "") and \
            any(_uncovered(choice[0], str(stat.get(key) or ""), figures)
                for key in ("period", "baseline_period")):
        # "Fiscal 2017 brought the fewest apprehensions … Fiscal 2024's total was about five
        # times that low point": a bare "total" where the all-encounters series has no such
        # year is the total of what the passage counts
        choice = passage
    kind = stat["kind"]
    if kind in ("percent", "fraction") and re.search(
            r"\bratio\s+(?:\w+\s+){0,2}?(?:rose|grew|climbed|increased|jumped|fell|dropped|declined|"
            r"shrank|slipped)\s+to\s+$", sentence[:span[0]], re.I):
        # "In 2023, the ratio rose to nearly two for every five": the level a ratio named
        # before reached, never a change of a count
        return "share", Check(explanation="The figure is the level a ratio the article named "
                              "before rose or fell to; its two counts are not named here, so it "
                              "is not computed.", period=str(stat.get("period") or ""))
    whole = share_of(stat, sentence[span[1]:]) if kind in ("percent", "fraction") else None
    if kind == "fraction" and not whole and re.match(r"(?:about\s+|roughly\s+|nearly\s+|some\s+|"
                                                      r"(?:fewer|less|more)\s+than\s+|under\s+|over\s+)?"
                                                      r"(?:one|two|three|four|\d+)\s+in\s+\w+$", str(stat["surface"]), re.I) \
            and not re.match(r"\s+(?:of|in)\b", sentence[span[1]:], re.I):
        # "people caught before fell to roughly one in five": a share of a whole the sentence
        # does not name, never a change; unless a pronoun carries on the share the sentence
        # before names ("about one in eight encounters took place at a port. In fiscal 2022,
        # it was about one in 14")
        prior = _share_said_before(article, int(stat["sentence"]), sentence[:span[0]])
        parts = [c for c in inherited if registry.whole_of(c) is not None]
        if prior and parts and stat.get("period"):  # (its own period: never the one before's)
            claimed = float(stat["value"])
            return "share", share_check(stat, claimed, prior, parts[0], "", earlier, figures,
                                        False, sentence, span[0], article.published)
        return "share", Check(explanation="The figure is a share of a whole the sentence does not "
                              "name, so it is not computed.", period=str(stat.get("period") or ""))
    if kind in ("percent", "fraction") and not whole and (
            re.search(r"\b(?:the\s+)?(?:remaining|other)\s+$", sentence[:span[0]], re.I)
            or re.match(r"\s+of\s+them\b", sentence[span[1]:], re.I)):
        whole = IMPLIED_WHOLE  # "The remaining 13 percent were at ports of entry", "port
        # officers accounted for roughly one in eight of them": of the total named before
    lead = SHARE_BEFORE.search(sentence[:span[0]]) if kind in ("percent", "fraction") \
        and not whole else None
    parallel = SHARE_THEN_VERSUS.search(sentence[:span[0]]) \
        if kind in ("percent", "fraction") and not whole and not lead else None
    if parallel:  # "..., versus about one in six in May": the whole and part of the one before
        whole = parallel
        owner = sentence[:parallel.start()]
        part = choose_series(clause_around(owner, 0, len(owner)), owner)
        if part and part != ["mexico"] and not any(registry.get(c).parts for c in part):
            choice = part
    if lead:  # the part: named after the number ("for officers at ports of entry"), else
        whole = lead  # the owner of "share" ("Border Patrol's share of the month's total")
        tail = re.match(r"\s+(?:for|by|at|from|of)\s+[^,;.]{0,60}", sentence[span[1]:])
        part = choose_series(tail.group(0), tail.group(0)) if tail else []
        if not part:
            owner = sentence[:lead.start()]
            last_clause = clause_around(owner, max(0, len(owner) - 1), len(owner))
            # ("At the official crossings, …, and the ports now account for": the clause's own)
            part = choose_series(last_clause, last_clause) or choose_series(owner, owner)
        if part and part != ["mexico"] and not any(registry.get(c).parts for c in part):
            choice = part
    if whole and choice and choice != ["mexico"] and all(registry.get(c).parts for c in choice):
        # "nearly half of all encounters took place at ports of entry": the part is named
        # outside the whole's words
        without = sentence[:span[1]] + sentence[span[1] + whole.end():]
        part = choose_series(clause_around(without, *span), without)
        if part and part != ["mexico"] and not any(registry.get(c).parts for c in part):
            choice = part
        elif inherited and all(registry.whole_of(c) is not None for c in inherited) and \
                PART_PRONOUN.match(sentence):
            choice = inherited  # "Officers at ports encountered 429,831. That was about 17
            # percent of the year's total": the part is the figure before's
    parts = [c for c in inherited if registry.whole_of(c) is not None]  # not the share's whole
    if not whole and kind in ("percent", "fraction") and parts and \
            PART_PRONOUN.match(sentence) and earlier_share(sentence[:span[0]]):
        choice = parts  # "That was about 17 percent of the year's total, up from roughly 7
        # percent in fiscal 2022": the earlier share is of the same part
    if inherited and kind in ("percent", "fraction", "ratio") and choice and not choose_series(
            DATED_GENERIC.sub(" ", window), DATED_GENERIC.sub(" ", sentence)) and not (
            # ("Returns, which combine deportations …, fell 56 percent" after Mexico's
            # detentions: a change of a Mexican series its own words name stays that series')
            kind == "percent" and all(
                c in registry.REGISTRY and registry.get(c).country == "Mexico" and registry.get(c).cues
                and cue(registry.get(c).cues, GENERIC_PEOPLE.sub(" ", window)) and c not in inherited
                for c in choice)):
        choice = inherited  # "That was triple the fiscal 2002 total": the same measure then
    if not choice and kind in ("percent", "fraction", "ratio"):
        choice = inherited  # "That was an increase of about 4 percent": the claim before's
    if not choice and kind == "count" and THAT_WAS_DIFFERENCE.match(sentence[:span[0]]) and \
            DIFFERENCE_AFTER.match(sentence[span[1]:]):
        choice = inherited  # "That was about 40,000 fewer than in May": the figure before's
    named_generically = bool(own_series) and bool(re.search(
        r"\b(?:the|its|their)\s+(?:combined\s+|overall\s+|monthly\s+|total\s+)?(?:figure|total|count|"
        r"tally)\b", window, re.I))  # "pushing the combined figure above 213,000"
    if not choice and inherited and kind == "count" and PERIOD_POSSESSIVE.search(
            sentence[:span[0]]) and not re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:" + words_re("countable")
                                                 + "|" + words_re("not_counted") + ")",
                                                 sentence[span[1]:], re.I):
        choice, named_generically = inherited, True  # "That topped fiscal 2022's 2,378,944"
    if not choice and inherited and kind == "count" and _ELLIPTICAL_COUNT.search(sentence[:span[0]]) and \
            re.match(r"\s*(?:[,.;]|$)", sentence[span[1]:]):
        # "… roughly 2.04 million encounters in 2021. In 2023 it recorded 2.54 million, an
        # increase of …": a count with no noun of its own, of the measure before
        choice, named_generically = inherited, True
    if not choice and kind == "count" and (lead := _list_lead(article.text, int(stat["char_start"]))):
        # "Southwest border encounters in April, by fiscal year: ¶ - Fiscal 2019 (April
        # 2019): 109,415.": an item of a list counts what the line that opens the list names
        choice = choose_series(lead, lead)
        named_generically = bool(choice)
    if inherited and kind == "count" and _BASE_OF_MULTIPLE.search(sentence[:span[0]]) and \
            re.match(r"\s*(?:That|This|It)\b", sentence) and not (
                cue("border_patrol_cues", window) or cue("port_of_entry_cues", window)
                or mexican_agent(window)):
        # "Mexico detained migrants 441,409 times in 2022. That total was about two and a half
        # times the 182,940 detentions recorded in 2019": the base of the multiple is the same
        # measure as the figure it is set against
        choice, named_generically = inherited, True
    if inherited and GENERIC.match(sentence.lstrip()) and kind in ("ratio", "percent", "fraction") \
            and choose_series(GENERIC.sub(" ", window), GENERIC.sub(" ", sentence)) == list(inherited):
        # "Mexico detained migrants 441,409 times in 2022. That total was about two and a half
        # times …": a generic subject, and the sentence names no series but the one before's
        choice, named_generically = inherited, True
    if inherited and GENERIC.search(window) and (not choice or generic_choice(inherited, sentence,
                                                                                 window)):
        choice, named_generically = inherited, True
    uncounted = uncounted_noun(sentence, span, float(stat["value"])) if kind == "count" else ""
    if not choice:
        if uncounted:  # "Texas has set up 14 new checkpoints": a claim no series can settle
            return "level", uncounted_check(stat, uncounted, sentence)
        if kind == "percent" and re.search(r"\b(?:border|crossings?)\b[^.;]{0,40}\brunning\b", sentence,
                                           re.I) and re.match(r"\s*(?:percent|%)?\s+(?:ahead|behind)\b",
                                                              sentence[span[1]:], re.I):
            # "the border is running about 15 percent ahead of the same seven months of
            # fiscal 2023": a pace claim about the border, whose count the sentence leaves open
            return "change", Check(explanation="The sentence sets the border's pace against a "
                                   "year before without saying which count (all encounters or "
                                   "Border Patrol's alone), so no verdict is given.",
                                   period=str(stat.get("period") or ""))
        return None
    if kind in ("count", "ratio") and choice != ["mexico"] and not named_generically and not counts_people(
            clause, clause.find(stat["surface"]), len(stat["surface"]), kind == "ratio",
            sentence):
        if cue("mexico_cues", sentence):
            choice = ["mexico"]
        elif uncounted:
            return "level", uncounted_check(stat, uncounted, sentence)
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
        periods = (yearly_period(label, article.published, False, figures, series_id)
                   if yearly else periods_of(label))
        if kind == "count" and not fytd and OWN_YEAR_AFTER.match(sentence[span[1]:]) and \
                (named := the_year_named(earlier, article, stat)):
            # "Agents made about 2.34 million apprehensions over the year, more than two and a
            # half times the number in 2019": the year named before, not the one compared with
            label = named
            periods = (yearly_period(label, article.published, False, figures, series_id)
                       if yearly else periods_of(label))
            stat = {**stat, "period": label}
        difference = difference_direction(sentence, span) if kind == "count" else ""
        if difference:  # "an increase of about 550 from February": a change in number
            claim_type = "difference"
            label, baseline = periods_around(sentence, stat, article.published, earlier)
            label = fytd or label
            periods = (yearly_period(label, article.published, False, figures, series_id)
                       if yearly else periods_of(label))
            if baseline:
                stat = {**stat, "baseline_period": baseline}
            before = baseline_of(stat, sentence, periods[0], yearly) if len(periods) == 1 else None
            if before is None or len(before.months) != len(periods[0].months):
                checks.append(Check(explanation="The figure is a change in number, and the "
                                    "sentence does not settle which two periods it compares, "
                                    "so it is not computed.", period=label))
                continue
            checks.append(check_difference(stat, difference, series_id, periods[0], before,
                                           figures, label))
            continue
        described = SINCE_WHEN.search(sentence[:span[0]]) if kind == "count" else None
        if described:  # "the most since fiscal 2007, when agents made about 858,000 arrests":
            then = find_time_expressions(described["date"], article.published)  # that year's
            if len(then) == 1:
                label = then[0].label
                series_id = _longer_history(series_id, label, figures)
                yearly = registry.get(series_id).frequency == "year"
                periods = (yearly_period(label, article.published, False, figures, series_id)
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
            since = since_start(label, sentence, article.published)
            if since:  # "dropped to 128,410, the lowest since February 2020": a baseline
                label = next((p for p in reversed(earlier) if label_kind(p) == "month" and
                              p > since), "")
                periods = periods_of(label) if label and not yearly else []
            if not label:
                label = later_period(sentence, earlier)
                periods = periods_of(label) if label and not yearly else periods
            vague = re.match(r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:hundreds|thousands|"
                             r"millions|billions|dozens|scores)\b", str(stat["surface"]), re.I)
            if not label and UNNAMED_PERIOD.search(sentence):
                # "that first year of the series, when agents recorded 1.57 million": a period
                # the sentence points at without naming; not the article's
                checks.append(Check(explanation="The sentence dates the figure by a period it "
                                    "does not name (\u201c" + UNNAMED_PERIOD.search(sentence)[0]
                                    + "\u201d), so no official figure is set against it.",
                                    period=""))
                continue
            if not label and earlier and not vague and (inherited or current_month(earlier)):
                # ("millions of migrants" with no date of its own spans no one month)
                label = current_month(earlier) or earlier[-1]  # "plunged to 924 as ...": same month
                periods = (yearly_period(label, article.published, False, figures,
                                          series_id) if yearly
                           else periods_of(label))
            moved = TREND_FROM_TO.search(sentence[:span[0]])
            if moved and not yearly and re.fullmatch(r"\d{4}-\d{2}", label) and \
                    int(label[5:]) == list(calendar.month_name).index(moved["month"].capitalize()):
                # "edged up from May, to 46,883": May is where it moved from, not its month
                label = next((p for p in reversed(earlier) if re.fullmatch(r"\d{4}-\d{2}", p)
                              and p > label), "")
                periods = periods_of(label) if label else []
            if len(periods) > 1 and not yearly and ADDED_UP.search(sentence):
                # "Add it all up and the six fiscal years from 2019 through 2024 produced more
                # than 10 million encounters": the sum over the years named
                periods = [Period(label, tuple(m for p in periods for m in p.months))]
            checks.append(check_level({**stat, "period": label or stat["period"]}, series_id,
                                      periods, figures))
        elif kind in ("percent", "fraction"):
            window = clause
            number_at = clause.find(stat["surface"])
            direction = (direction_next_to(clause[:number_at],
                                            clause[number_at + len(stat["surface"]):])
                         if number_at >= 0 else "") or direction_of(
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
            continued = None if share else earlier_share(sentence[:span[0]])
            if continued:  # "..., up from roughly 7 percent in fiscal 2022": the same share,
                claim_type = "share"  # at the period named after the figure
                checks.append(share_check(stat, claimed, continued, series_id, fytd, earlier,
                                           figures, kind == "percent"))
                continue
            if UP_FROM.search(sentence[:span[0]]):
                checks.append(Check(explanation="The figure is the earlier value of a measure "
                                    "the sentence names before it, and that measure is not one "
                                    "the bundled series can compute.", period=label))
                continue
            # ("Mexico's 2021 detentions were less than a fifth of the encounters U.S.
            # agencies recorded": a whole of another country, not the one it is a part of)
            # ("fewer than three returns for every 10 detention events": the noun after the
            # surface is the whole the ratio is of)
            every = " of" if re.search(r"\bfor\s+every\b", str(stat["surface"])) else ""
            other = other_series_of_share(every + sentence[span[1]:], series_id) \
                if not share or registry.whole_of(series_id) is None else ""
            if not other and series_id in registry.REGISTRY and \
                    registry.get(series_id).country == "Mexico" and re.match(
                        r"\s+of\s+(?:that|this|the)\s+(?:U\.S\.\s+)?(?:figure|total|count|number)\b",
                        sentence[span[1]:], re.I):
                # "Mexico's detentions that year came to less than a fifth of that figure",
                # after a U.S. figure: the U.S. series of the figure before
                other = next((c for c in inherited if c in registry.REGISTRY
                              and registry.get(c).country != "Mexico"), "")
            if other:  # "returns equalled about four in five of the detention events",
                # "Mexico's 2023 count equalled more than a third of the apprehensions U.S.
                # Border Patrol agents made … that calendar year": one series over another
                claim_type = "share"
                label, year = year_of_claim(stat, earlier, article)
                checks.append(check_share(claimed, stat["qualifier"], stat["surface"], series_id,
                                          other, year, figures, label, kind == "percent")
                              if year else no_year(label))
                continue
            if share:  # "roughly one in three of the month's total": a part over its whole
                claim_type = "share"
                checks.append(share_check(stat, claimed, share, series_id, fytd, earlier,
                                           figures, kind == "percent", sentence, span[0],
                                           article.published))
                continue
            rest = sentence[span[1]:]
            what = WHAT_BASE.match(rest)
            as_many = AS_MANY.match(rest)
            of_that = re.match(r"\s+of\s+(?:that|those|it)(?=\s*[.;,]|\s*$)", rest, re.I) \
                if re.search(r"\b(?:fell|dropped|declined|shrank|slid|sank|plunged|rose|climbed|grew|"
                             r"jumped)\s+to\s+" + QUALIFYING + "$", sentence[:span[0]], re.I) else None
            if kind == "fraction" and (NEAR_FRACTION_BASE.match(rest) or what or as_many or of_that
                                       or AS_MANY_AS.match(rest)):
                claim_type = "fraction_of"
                expressions = find_time_expressions(sentence, article.published)
                after = [e for e in expressions if e.start > span[1]]
                if len(after) > 1 and re.search(r"\b(?:ago|earlier|before)\b", after[0].text) and \
                        re.fullmatch(r",\s+(?:in|on|back\s+in)\s+", sentence[after[0].end:after[1].start]):
                    after = after[1:]  # "the record set just six months ago, in December":
                    # the month named is the relative date made precise
                # (not "down about 30 percent from July 2023, and Border Patrol's count was less
                # than half what agents recorded a year earlier": another clause's baseline)
                nows = [periods_of(e.label) for e in expressions if e.start < span[0]
                        and not compared_with(sentence[:e.start])]
                if (pair := AS_MANY_AS.match(rest)):  # "a quarter as many people in August as
                    second_as = span[1] + pair.end()  # … last December": the period between
                    nows += [periods_of(e.label) for e in after if e.start < second_as]
                    after = [e for e in after if e.start >= second_as]
                base = [periods_of(e.label) for e in after]
                now = nows[-1] if nows and nows[-1] else periods_of(
                    stat.get("topic_period") or current_month(earlier) or (earlier[-1] if earlier else ""))
                if fytd and not any(e.start < number_at and not FYTD_WORDS.search(clause[:e.end])
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
            half = HALF_OF_THE_YEAR.search(clause)
            if half and not stat.get("period"):
                # "in the second half of the year were about 40 percent lower than in the
                # first": the halves of the year the article last named
                year = periods_of(the_year_named(earlier, article, stat))
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
            label, baseline = periods_around(sentence, stat, article.published, earlier)
            label = fytd or label
            if not baseline and _OVER_THOSE.search(sentence) and not find_time_expressions(
                    sentence, article.published):
                # "rose about 23 percent over those two years": the span pointed back at, not
                # settled here; never the year before by default
                checks.append(Check(explanation="The change runs over a span the sentence points "
                                    "back at without naming, so it is not computed.", period=label))
                continue
            if not stat.get("period") and THE_YEAR.search(clause) and \
                    the_year_named(earlier, article, stat):
                label = the_year_named(earlier, article, stat)  # "Returns for the year were down"
            periods = (yearly_period(label, article.published, False, figures, series_id)
                       if yearly else periods_of(label))
            if baseline:
                stat = {**stat, "baseline_period": baseline}
            if not periods and direction and re.fullmatch(r"\d{4}-\d{2}", baseline) and \
                    re.search(r"\bsince\b", clause, re.I):
                checks.append(_since_to_latest(claimed, stat, direction, series_id, baseline,
                                               article.published, figures))
                continue
            if not direction or len(periods) != 1:
                checks.append(Check(explanation="The sentence gives no direction of change or "
                                    "no single period, so the change cannot be computed.",
                                    period=label))
                continue
            before = baseline_of(stat, sentence, periods[0], yearly)
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
            if not stat.get("baseline_period") and (figure_before := next(
                    (p for p in reversed(earlier[-2:]) if p != periods[0].label), "")) and \
                    figure_before not in (before.label, periods[0].shifted(-12).label) and \
                    len(named := periods_of(figure_before)) == 1 and \
                    len(named[0].months) == len(periods[0].months) and \
                    named[0].months[-1] < periods[0].months[0] and not re.search(
                        words_re("same_period_last_year") + "|" + words_re("previous_month"),
                        sentence, re.I):
                # "roughly 2.04 million encounters in 2021. In 2023 it recorded 2.54 million,
                # an increase of about a quarter": from the period of the figure before, or
                # from the period before; never not_supported on that choice
                change = either_reading(change, check_change(
                    claimed, stat["qualifier"], direction, stat["surface"], series_id, periods[0],
                    named[0], figures, label), "The sentence does not say what the change is "
                    f"measured from: the period before and {named[0].label}, the period of the "
                    "figure just before it, are both read; the closer reading is given. ")
            checks.append(change)
        elif kind == "ratio" and (compared := countries_compared(sentence, span)):
            # "the U.S. agency apprehended more than five times as many people as Mexico
            # detained that year": two countries' series over one year
            series_id, other = compared
            label, year = year_of_claim(stat, earlier, article)
            checks.append(check_between(float(stat["value"]), stat["qualifier"], stat["surface"],
                                        series_id, other, year, figures, label)
                          if year else no_year(label))
        elif kind == "ratio":
            nows, base = multiple_periods(sentence, {**stat, "period": fytd} if fytd else stat,
                                           article.published, earlier, bool(fytd))
            if yearly:
                nows = [p for p in nows if p.year] or nows
            if len(base) != 1 or not nows:
                checks.append(Check(explanation="The claim names no single baseline period, so "
                                    "the multiple cannot be computed.", period=label))
                continue
            if len(nows) == 1 and len(base[0].months) == 12 and len(nows[0].months) < 12 and \
                    _SAME_PART.search(sentence):
                # "Measured against fiscal 2022, this year's first half was nearly double the
                # first-half figure": the same months of the year named
                aligned = [nows[0].shifted(-12 * k) for k in range(1, 30)
                           if set(nows[0].shifted(-12 * k).months) <= set(base[0].months)]
                if aligned:
                    base = aligned[:1]
            if any(len(now.months) != len(base[0].months) for now in nows):
                checks.append(Check(explanation="The claim sets periods of different lengths "
                                    "against each other (part of a year against a whole "
                                    "year), so the multiple is not computed.", period=label))
                continue
            if len(nows) == 1 and label == base[0].label:
                label = nows[0].label  # "seven times fiscal 2017's": 2017 is the baseline's
            elif len(nows) == 1 and len(named := periods_of(label)) == 1 and \
                    set(nows[0].months) < set(named[0].months):
                label = nows[0].label  # "In 2022, … over the same months of 2024": those months
            history = registry.history_of(series_id)
            if history is not None and history.extends == series_id and \
                    figures.value(series_id, base[0]) is None and \
                    figures.value(history.id, base[0]) is not None:
                series_id = history.id  # "roughly double calendar 2001's total": DHS's history
            multiple = check_multiple(float(stat["value"]), stat["qualifier"], stat["surface"],
                                      series_id, nows, base[0], figures, label)
            other_base = read_alone(sentence, article.published, base[0])
            if other_base is not None and len(other_base.months) == len(base[0].months):
                # "Border Patrol's December 2023 peak was more than four times September's
                # count" in October 2024: September 2023 by the date before it, or the
                # September just published; both are read, never not_supported on that choice
                multiple = either_reading(multiple, check_multiple(
                    float(stat["value"]), stat["qualifier"], stat["surface"], series_id, nows,
                    other_base, figures, label))
            if len(nows) == 1 and len(base[0].months) == 1 and base[0].months[0] > nows[0].months[-1] \
                    and re.search(rf"\b{calendar.month_name[int(base[0].months[0][5:])]}\b(?![\s,]+\d)", sentence):
                # "Every month from July through December saw more than double January's total",
                # published in February: the January before those months is read too
                multiple = either_reading(multiple, check_multiple(
                    float(stat["value"]), stat["qualifier"], stat["surface"], series_id, nows,
                    base[0].shifted(-12), figures, label))
            checks.append(multiple)
    clause_read = _there_named(clause, article, int(stat["sentence"]))  # ("Agents there")
    number = clause_read.find(stat["surface"])
    own_words = clause_read if number < 0 else (  # the clause up to the number and the noun after it
        clause_read[:number + len(stat["surface"])]
        + re.split(r"[,;:(]|\s(?:in|on|at|as|while|after|since|during|from|to|with|through|by|"
                   r"for|than|and|but)\s",
                   clause_read[number + len(stat["surface"]):number + len(stat["surface"]) + 45])[0])
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
                direction = direction_of(clause)
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
    if OWN_YEAR_AFTER.match(clause[after:]):
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
    if RELATIVE_BASELINE_NEXT.match(clause[after:]):
        return False  # "up 86 percent from the same six months a year earlier": measured so
    before = check.compared[1].period.months
    pair = CHANGE_PAIR.search(clause, after)
    if pair and [p.months for e in find_time_expressions(pair["a"], published)
                 for p in periods_of(e.label)] == [before]:
        return False  # "rose about 4 percent from fiscal 2021 to fiscal 2022": measured so
    relative = relative_spans(clause)  # "the same month last year" was read as such
    def same_stretch(t) -> bool:  # "from the same period of fiscal 2023": a part of that year
        named = [m for p in periods_of(t.label) for m in p.months]
        return bool(re.search(r"\bsame\s+(?:period|stretch|months?|time|quarter)\s+(?:of|in)\s+"
                              r"(?:the\s+)?$", clause[:t.start], re.I)) and set(before) <= set(named)

    later = [t for t in find_time_expressions(clause, published)
             if t.start > after and not inside_any(t, relative)
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
    window = _PERIOD_APPOSITIVE.sub(",", re.sub(r",\s+when\s+[^,;]*,", ",", window))
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


_SHARE_WORDS = re.compile(r"\b(?:one|\d+)\s+in\s+\w+\b|\bshare\b|\bof\s+(?:all\s+)?(?:the\s+)?encounters\b", re.I)
def _period_named_before(article: Article, index: int) -> str:
    """The last period the sentence before sentence `index` (from 1) names, in its paragraph
    or the one before; ''."""
    for sentence in reversed(article.sentences[max(0, index - 3):index - 1]):
        found = [e.label for e in find_time_expressions(article.sentence_text(sentence),
                                                        article.published)
                 if e.precision in ("month", "year", "fiscal_year")]
        if found:
            return found[-1]
    return ""


#: "Two years later the count reached …": a period that many years after the one before.
_LATER_BY = re.compile(r"\s*(?P<n>\w+|a|an)\s+(?P<unit>years?|months?)\s+later\b", re.I)
#: "over those two years", "across that span": a change over a span named before.
_OVER_THOSE = re.compile(r"\b(?:over|across|during|in|between|throughout)\s+(?:those|these)\s+(?:two|three|"
                         r"four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|months)\b", re.I)


def _paragraph_at(article: Article, position: int) -> int:
    """The number (from 1) of the paragraph holding a character; 0 outside every paragraph."""
    return next((k for k, p in enumerate(article.paragraphs, 1) if p.start <= position < p.end), 0)


def _majority_check(claim: dict, dated: list[tuple[int, str]], article: Article,
                    figures: Figures) -> Check:
    """ "Most of those were Border Patrol apprehensions": the part named, over its total, in
    the period of the figure just before (its own, when the sentence names one)."""
    part = choose_series(str(claim["extra"]), str(claim["extra"]))
    whole = registry.whole_of(part[0]) if len(part) == 1 else None
    own = find_time_expressions(str(claim["sentence_text"]), article.published)
    label = (str(claim["period"] or "") if own else "") or next(
        (p for at, p in reversed(dated) if at < claim["char_start"] and p), "")
    periods = periods_of(label)
    if whole is None or len(periods) != 1:
        return Check(explanation=f"The claim (\u201c{claim['surface']}\u201d) gives a share to a "
                     "part the bundled series do not split out, or of a period the article does "
                     "not settle, so it is not computed.", period=label)
    return check_majority(claim, part[0], whole.id, periods[0], figures, label)


def _share_trend_check(claim: dict, article: Article, figures: Figures) -> Check:
    """ "the share of encounters at ports of entry shrank between calendar 2020 and calendar
    2022": the part the share names, over its total, at the two periods the claim names."""
    part = choose_series(str(claim["subject"]), str(claim["subject"]))
    whole = registry.whole_of(part[0]) if len(part) == 1 else None
    named = [periods_of(e.label) for text in str(claim["extra"]).split("|")
             for e in find_time_expressions(text, article.published)]
    if whole is None or len(named) != 2 or any(len(p) != 1 for p in named):
        return Check(explanation=f"The claim (\u201c{claim['surface']}\u201d) moves a share of a "
                     "part the bundled series do not split out, or between periods it does not "
                     "settle, so it is not computed.", period=str(claim["period"] or ""))
    return check_share_trend(claim, part[0], whole.id, named[0][0], named[1][0], figures,
                             named[1][0].label)


def _driver_check(claim: dict, claims: list[tuple], dated: list[tuple[int, str]],
                  article: Article, figures: Figures) -> Check:
    """ "Most of the increase came between the ports": the part named, against the change of
    its total the article reported last (in the claim's paragraph or the one before); with no
    change reported, a month against the month before."""
    part = choose_series(str(claim["extra"]), str(claim["extra"]))
    whole = registry.whole_of(part[0]) if len(part) == 1 else None
    if whole is None:
        return Check(explanation=f"The claim (\u201c{claim['surface']}\u201d) gives a share of "
                     "a change to a part the bundled series do not split out, so it is not "
                     "computed.", period=str(claim["period"] or ""))
    here = _paragraph_at(article, int(claim["char_start"]))
    changes = [c[5] for c in claims if c[0] < claim["char_start"] and c[3] in (
        "change", "difference", "multiple") and c[5].compared and paragraphs_apart(
        article, _paragraph_at(article, c[0]), here) <= 1]
    now = before = None
    if changes:  # "… up nearly 16 percent from August. Most of the increase came …"
        compared = changes[-1].compared
        own = [c for c in compared if c.series_id == compared[0].series_id and c.period]
        if len(own) >= 2 and own[0].period != own[-1].period and \
                len(own[0].period.months) == len(own[-1].period.months):
            now, before = own[0].period, own[-1].period
    else:
        month = str(claim["period"] or "") or current_month([p for at, p in dated
                                                             if at < claim["char_start"]])
        if label_kind(month) == "month" and len(periods_of(month)) == 1:
            now = periods_of(month)[0]
            before = now.shifted(-1)
    if now is None:
        return Check(explanation=f"The claim (\u201c{claim['surface']}\u201d) gives a share of "
                     "a change, and the article does not settle which two periods the change "
                     "runs between, so it is not computed.", period=str(claim["period"] or ""))
    return check_driver(claim, part[0], whole.id, now, before, figures, now.label)


def _claim_check(claim: dict, article: Article, figures: Figures,
                 choice: list[str]) -> Check:
    claim = {**claim, "period": published_by(str(claim["period"] or ""), article.published,
                                             str(claim.get("sentence_text") or ""))}
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
    elif month and claim["claim_type"] == "record" and claim.get("extra") == "a-year":
        # "A record year at the border" read beside a month: that month's fiscal year, and
        # its calendar year unless "fiscal" is said; the more favourable reading
        year = int(month[1]) + (1 if int(month[2]) >= 10 else 0)
        readings = [f"FY{year}"] + ([] if re.search(r"\bfiscal\b", surface, re.I) else [month[1]])
        checks = [_claim_check({**claim, "period": p, "extra": ""}, article, figures, choice)
                  for p in readings]
        return min(checks, key=lambda c: ("supported", "partly_supported", "not_checkable",
                                          "not_supported").index(c.verdict))
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
        periods = (yearly_period(claim["period"], article.published, True, figures, series_id)
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
            own_records = IN_OWN_RECORDS.search(str(claim.get("surface") or ""))
            if own_records and (history is None or re.search(r"\b(?:current|monthly)\b",
                                                             own_records.group(0), re.I)) or (
                    history is not None and history.extends != series_id and len(choice) == 1
                    and int(claim.get("extra") or 0) >= 1
                    and len(figures.table(series_id)["period"].unique()) >= 48):
                # (also "the busiest October on record for total encounters": a longer history
                # of one part (Border Patrol) is not the whole's, so the whole's own months; a
                # place in the top few, "one of the highest", means little among six)
                # "the busiest March at the ports in CBP's monthly figures", "the highest
                # for any February in CBP's current data": among the months of the series
                # itself (not "in the agency's records": Border Patrol's long history)
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
            if len(choice) != 1 or len(other) != 1 or other == choice or (
                    registry.get(other[0]).frequency != registry.get(series_id).frequency
                    and len(period.months) != 12):  # (a year is summed from months)
                checks.append(Check(explanation="The claim sets one count against another, "
                                    "but which two bundled series it names is not clear, so no "
                                    "verdict is given.", period=claim["period"]))
                continue
            with reading_in_year(None):
                own = find_time_expressions(str(claim["extra"]), article.published)
            named = periods_of(own[-1].label) if own else []
            before = [e for e in find_time_expressions(str(claim.get("sentence_text") or ""), article.published)
                      if e.end <= str(claim.get("sentence_text") or "").find(str(claim["surface"]))]
            mine = periods_of(before[-1].label) if before and named else [period]
            # ("Mexico's 2024 total would surpass the number … apprehended in all of 2023": each
            # count in its own year)
            checks.append(check_outnumber(claim["surface"], series_id, other[0], mine[0] if len(mine) == 1
                                          else period, figures, claim["period"],
                                          named[0] if len(named) == 1 else None))
        elif kind == "trend" and len(period.months) > 1 and re.search(
                rf"{re.escape(str(claim.get('surface') or ''))}\s+(?:again\s+|steadily\s+)?(?:through|throughout|over|"
                r"during|across)\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter|(?:first|second)\s+half|"
                r"year|months)\b", str(claim.get("sentence_text") or ""), re.I):
            # "the numbers climbed again through the summer": a move within the span, from its
            # first month to its last, not the span against the one before it
            last = Period(period.months[-1], period.months[-1:])
            checks.append(check_trend({**claim, "extra": f"at:{period.months[0]}"}, series_id,
                                      last, figures))
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
                    not IN_OWN_RECORDS.search(str(claim.get("surface") or "")):
                # "the fewest in any fiscal year since at least 2000": a year's record is
                # over every year on record, DHS's longer history included
                series_id = history.id
            reach = re.search(r"\bsince\s+(?:at\s+least\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?|FY\s?)?"
                              r"((?:19|20)\d\d)\b", str(claim.get("surface") or "") + " "
                              + str(claim.get("sentence_text") or ""), re.I)
            longer = registry.history_of(series_id)
            if reach and f"{reach[1]}-12" < figures.table(series_id)["period"].min() and \
                    (longer is None or longer.extends != series_id):
                # "the lowest in any fiscal year since at least 2000", read as all encounters:
                # the bundled series starts later and cannot settle so long a record
                checks.append(Check(explanation=f"The claim speaks of records since {reach[1]}, and "
                                    f"the bundled series of {registry.get(series_id).counts} "
                                    "begins later, so it cannot settle the claim.",
                                    period=claim["period"]))
                continue
            checks.append(check_record(claim, series_id, period, figures))
        elif kind == "since" and str(claim["extra"]).startswith("same:"):
            year = int(str(claim["extra"])[5:])
            history = registry.history_of(series_id)
            source = history.id if history is not None and history.extends == series_id and \
                f"{year + 1}-01" < figures.table(series_id)["period"].min() else series_id
            checks.append(check_same_month_since(claim, source, period, year, figures))
        elif kind == "since" and str(claim["extra"]).startswith("threshold-years:"):
            _, threshold, since_year = str(claim["extra"]).split(":")
            history = registry.history_of(series_id)  # years before CBP's series: DHS's history
            source = history.id if history is not None and history.extends == series_id and \
                figures.value(history.id, period) is not None else series_id
            checks.append(check_threshold_years(claim, source, period, float(threshold),
                                                int(since_year), figures))
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
            if since.startswith("Y") and len(period.months) == 12 and re.search(
                    r"\bany\s+(?:single\s+)?(?:calendar\s+|fiscal\s+)?year\b", claim.get("surface") or "", re.I):
                # "the most … in any calendar year since at least 2000": years against years
                history = registry.history_of(series_id)
                source = history.id if history is not None and history.extends == series_id and \
                    figures.value(history.id, period) is not None else series_id
                check = check_since_years(claim, source, period, int(since[1:]), figures)
                if re.search(r"\bsince\s+at\s+least\b", claim.get("surface") or "", re.I) and \
                        check.verdict in ("supported", "partly_supported"):
                    # "the most … since at least 2000": of every year from 2000 on, that one
                    # included; beyond it too holds, and 2000 higher is one rank off
                    check = replace(check, verdict="supported" if check.verdict == "partly_supported"
                                    else "partly_supported")
                checks.append(check)
                continue
            named = not since.startswith(("-", "Y"))  # a month named: it is the bound
            if re.search(r"\bsince\s+at\s+least\b", claim.get("surface") or "", re.I):
                named = False  # "since at least October 2018": no claim about that month
            if since.startswith("Y"):  # "since 2001": no month after that year
                since = f"{since[1:]}-12"
            if since.startswith("~"):  # "since early 2021": no month after that part of it
                since, named = since[1:], False
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
            if unit == "ended":  # the run ended the month before the article's month
                period, unit = period.shifted(-1), ""
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


#: A share's subject that is a pronoun for the share named before: "it was", "they made up".
_SHARE_PRONOUN = re.compile(r"(?:^|[,\s])(?:it|they|that|that\s+share|the\s+share)\s+(?:was|were|is|are|"
                            r"made\s+up|make\s+up|accounted\s+for|account\s+for|stood\s+at|"
                            r"had\s+been|has\s+been)\s+(?:closer\s+to\s+|close\s+to\s+)?" + QUALIFYING + "$", re.I)


def _share_said_before(article: Article, index: int, before: str) -> re.Match | None:
    """The whole of the share the sentence before names, when this one's share has a pronoun
    for its subject ("In fiscal 2022, it was about one in 14"), or the clause before a
    semicolon does ("roughly one in eight encounters happened at a port; in calendar 2023 it
    was about one in five"); None otherwise."""
    if ";" in before:
        prior, before = before[:before.rfind(";")], before[before.rfind(";") + 1:]
    else:
        prior = _previous_sentence(article, index)
    if not prior or not _SHARE_PRONOUN.search(before):
        return None
    shares = [share_of({"surface": m.group(0), "kind": "fraction"}, prior[m.end():]) for m in
              re.finditer(r"\b(?:(?:one|two|three|four|\d+)\s+in\s+(?:every\s+)?\w+|\d[\d.]*\s*(?:percent|%)|"
                          r"(?:a|one)\s+(?:half|third|quarter|fifth|tenth)|half|two-thirds|"
                          r"three-quarters)", prior, re.I)]
    shares = [m for m in shares if m]
    return shares[-1] if shares else None


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
#: (also "The other place was the ports of entry": a place the sentence is about)
_PLACE_NAMED = re.compile(r"\b(?:at|between|(?<=place\s)(?:was|is)|(?<=places\s)(?:were|are))\s+"
                          r"(?P<place>" + _PLACE + ")", re.I)
_THERE = re.compile(r"\b(?:encounters|apprehensions|arrests|crossings|numbers|figures|counts?|agents|"
                    r"officers|authorities)\s+there\b", re.I)
#: A part of the border smaller than a series counts, named by its own name: "the Laredo
#: Sector", "Cochise County".
_LOCAL_PLACE = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w.'\u2019-]+\s+){1,3}(?:Sector|County|Valley)\b")


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
    the place the sentence before names ("At the ports of entry, the change was smaller"; "the
    Laredo Sector remained quiet. Agents there apprehended …": a sector, no series' whole);
    and "It" opening the sentence replaced by Mexico when the sentence before has Mexico as
    its only agent ("What Mexico does not do much of is send people home. It returned 53,438
    migrants")."""
    if re.match(r"\s*It\s+(?!is\b|was\b|has\s+been\b|['\u2019]s\b)", text):
        previous = _previous_sentence(article, index)
        if previous and mexican_agent(previous) and not choose_series(previous.replace("Mexico", ""),
                                                                      previous.replace("Mexico", "")):
            text = re.sub(r"^\s*It\b", "Mexico", text, count=1)
    if not _THERE.search(text):
        return text
    previous = _previous_sentence(article, index)
    named = _PLACE_NAMED.search(previous)
    place = re.sub(r"^(?:was|is|were|are)\s", "at ", named.group(0)) if named else (
        local.group(0) if (local := _LOCAL_PLACE.search(previous)) else "")
    return re.sub(r"\bthere\b", place, text, count=1) if place else text


#: A sentence that says which series the article's figures are: "We use total southwest
#: border encounters here", "All figures below are Border Patrol apprehensions".
_DECLARES_SERIES = re.compile(r"\b(?:we\s+(?:use|count|report|are\s+using|rely\s+on)|(?:all\s+)?(?:the\s+)?"
                              r"(?:figures|numbers|counts|totals)\s+(?:here|below|in\s+this\s+\w+|we\s+use)\s+"
                              r"(?:are|refer\s+to|count|include|mean))\b", re.I)


def _declared_series(article: Article, index: int) -> list[str]:
    """The one series a sentence before figure `index` (counted from 1) declares for the
    figures after it ("We use total southwest border encounters here"), up to the next
    heading that names another; [] when none does."""
    for sentence in reversed(article.sentences[:max(0, index - 1)]):
        text = article.sentence_text(sentence)
        if _DECLARES_SERIES.search(text) and not re.search(r"\d", text):
            found = choose_series(text, text)
            return found if len(found) == 1 and found != ["mexico"] else []
    return []


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
    return months if len(months) == 1 and label_kind(months[0]) == "month" else []


def _topic_period(text: str, published: dt.date) -> str:
    """"Fiscal 2022 looked nothing like it.", "The release closes the books on fiscal 2021,
    which ended Sept. 30.": the one period a sentence without a figure is about ('' when it
    names none or several; a date in a ", which …," aside describes that period)."""
    text = re.sub(r",\s+(?:which|the\s+(?:fiscal\s+)?year\s+that)\s+[^,;:()]*[,.]", ".", text)
    labels = {e.label for e in find_time_expressions(text, published)}
    if len(labels) != 1:
        return ""
    label = labels.pop()
    return label if label_kind(label) in ("month", "fiscal", "year") else ""


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
        NEAR_FRACTION_BASE.match(text[at + len(str(stat["surface"])):])) and all(
        e.start >= at for e in find_time_expressions(text, article.published))
    if fraction_of_named:  # "It was less than half of the fiscal 2019 total" after "The 2020
        baseline = str(stat.get("period") or "")  # figure was itself unusual.": its only date
        # is the baseline's
    expressions = find_time_expressions(text, article.published)
    only_compared = bool(expressions) and all(compared_with(text[:e.start]) or re.search(
        r"\b(?:their|its|the)\s+$", text[:e.start]) and re.match(r"\s+(?:level|total|figure|count)\b",
                                                              text[e.end:]) for e in expressions)
    if stat["kind"] == "ratio" and not baseline and only_compared and stat.get("period"):
        baseline = str(stat["period"])  # "nearly six times their fiscal 2021 level": a baseline
    if stat["kind"] == "count" and _dates_only_the_baseline(stat, text, article.published) or \
            stat["kind"] == "ratio" and baseline and \
            str(stat.get("period") or "") in ("", baseline) or fraction_of_named and baseline or \
            stat["kind"] == "fraction" and only_compared and re.search(
                r"\bof\s+the\s+(?:year|month)['\u2019]s\b", text[at:], re.I):
        # ("…, and the ports handled roughly one in six of the year's encounters": the year
        # of the topic, not the one another clause compares with)
        topic_text = article.sentence_text(sentences[topic - 1])
        label = _topic_period(topic_text, article.published)
        back = topic - 1  # ("By fiscal 2023 the mix had changed. Apprehensions dipped slightly
        while not label and back >= 1 and sentences[back - 1].paragraph == int(stat["paragraph"]) \
                and not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "",  # between the two
                                                 article.sentence_text(sentences[back - 1]))):
            topic_text = article.sentence_text(sentences[back - 1])  # years. Ports were nearly
            label = _topic_period(topic_text, article.published)  # six times …": the one before
            back -= 1
        if re.fullmatch(r"\d{4}", label or "") and baseline.startswith("FY") and \
                not re.search(r"\bcalendar\b", topic_text, re.I):
            label = f"FY{label}"  # "The 2020 figure", set against fiscal 2019: fiscal 2020
        if label and label != baseline and label not in {e.label for e in expressions}:
            return {**stat, "period": label, "topic_period": label,
                    **({"baseline_period": baseline} if stat["kind"] == "ratio" and baseline else {})}
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


#: "about 53,000 of the people apprehended in March arrived as members of families": a part
#: of a count, told apart by what the rest of the clause says of it.
_PART_OF_PEOPLE = re.compile(r"\s+of\s+(?:the|those|them)\b(?:\s+(?:people|migrants|individuals|"
                             r"persons|apprehended|encountered|caught|detained|stopped|arrested)\b)*"
                             r"(?P<rest>[^.;]*)", re.I)
#: "More than 600,000 people were caught in three months": a span of that length, undated.
_IN_N_MONTHS = re.compile(r"\b(?:in|over|across|during)\s+(?P<n>two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|\d{1,2})\s+months\b", re.I)


def _over_those_same_months(stat: dict, article: Article) -> dict:
    """"Between January and July 2024 the UPM registered 828,505 … Over those same seven
    months, agents made about 789,000 apprehensions": the span the sentence before named
    (its month count agreeing); unread, the figure is left undated rather than guessed. A
    figure "in three months" with no date of its own takes the last span of exactly that
    many months named in the five sentences before ("the summer of 2022"), else stays as read."""
    text = str(stat["sentence_text"])
    same = _THOSE_SAME.search(text)
    if not same and (bare := _IN_N_MONTHS.search(text)) and not stat.get("period") and \
            not find_time_expressions(text, article.published):
        wanted = parse_count_word(bare["n"])
        index = int(stat["sentence"])
        for sentence in reversed(article.sentences[max(0, index - 6):index - 1]):
            spans = [e for e in find_time_expressions(article.sentence_text(sentence), article.published)
                     if len(periods_of(e.label)) == 1 and len(periods_of(e.label)[0].months) == wanted]
            if spans:
                return {**stat, "period": spans[-1].label}
        return stat
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
              if label_kind(str(c["period"] or "")) == "month" and c["extra"] != "headline"]
    with_figures = set(statistics["sentence"])
    topic = -1  # the number of the last sentence read without a figure
    unread = -1  # the sentence of the last figure that no series was read for
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
        near = inherited[1] if paragraphs_apart(article, inherited[0], stat["paragraph"]) <= 1 \
            else []
        if near and stat["paragraph"] != inherited[0]:
            # carried over a paragraph break, the series is a guess: the whole it is a part
            # of is checked too, and the claim is never not_supported on that ground
            wholes = [w.id for w in map(registry.whole_of, near) if w and w.id not in near]
            near = near + list(dict.fromkeys(wholes))
        if not near and GENERIC.search(stat["sentence_text"]):
            near = _series_named_before(article, int(stat["sentence"]))
        if not near and not inherited[1]:  # "We use total southwest border encounters here."
            near = _declared_series(article, int(stat["sentence"]))
        if _PRONOUN_SUBJECT.match(stat["sentence_text"]) and \
                not choose_series(stat["sentence_text"], stat["sentence_text"]) and \
                (named := _series_named_before(article, int(stat["sentence"]), back=2)):
            # "Border Patrol apprehensions had peaked in fiscal 2022 … By fiscal 2024, they
            # had fallen by about a quarter": the series the sentence before names
            near = named
        if not near and inherited[1] and GENERIC.search(stat["sentence_text"]) and \
                paragraphs_apart(article, inherited[0], stat["paragraph"]) <= 3 and \
                not choose_series(stat["sentence_text"], stat["sentence_text"]):
            # "… more than 1.2 million events in 2024. Here are the key figures. THE DETENTION
            # COUNT. The 2024 figure was up about 58 percent": no figure between names another
            near = inherited[1]
        if unread == stat["sentence"] and re.search(r"\b(?:a|the)\s+(?:figure|number|count|total)\s+"
                                                  r"(?:that|which)\b", stat["sentence_text"], re.I):
            near = []  # "In 2023 it returned 53,438, a figure that fell by about half from 2022":
            # the figure before in its sentence was not read, so no earlier one's series
        stat = _over_those_same_months(_dated_from_the_topic_before(stat, article, topic), article)
        with reading_in_year(years.get(int(stat["sentence"]))):  # "2019: …; By September"
            result = _statistic_check(stat, article, figures, earlier, near)
        unread = stat["sentence"] if result is None or not (
            result[1].compared or result[1].series_hint) else -1
        if result is None:
            continue
        claim_type, check = result
        said_of_then = SINCE_WHEN.search(stat["sentence_text"][:max(0, stat["sentence_text"].find(
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
        if claim["claim_type"] == "share_trend":  # "the share … shrank between 2020 and 2022"
            claims.append((claim["char_start"], claim["char_end"], "", "share_trend",
                           claim["sentence_text"], _share_trend_check(claim, article, figures)))
            continue
        if claim["claim_type"] == "majority":  # "Most of those were Border Patrol apprehensions"
            claims.append((claim["char_start"], claim["char_end"], "", "majority",
                           claim["sentence_text"], _majority_check(claim, dated, article, figures)))
            continue
        if claim["claim_type"] == "driver":  # "Most of the increase came between the ports"
            claims.append((claim["char_start"], claim["char_end"], "", "driver",
                           claim["sentence_text"], _driver_check(claim, claims, dated, article,
                                                                 figures)))
            continue
        if claim["claim_type"] == "streak" and re.search(r"\bnow\b", claim["sentence_text"]) and \
                (named := [p for at, p in dated if at < claim["char_start"] and p]):
            # "the total has now risen for four straight years": up to the latest period named
            claim["period"] = max(named, key=lambda p: (periods_of(p)[0].months[-1]
                                                        if periods_of(p) else ""))
        if claim["claim_type"] in ("record", "rank") and (apposed := [
                c[5].period for c in claims if c[2] and c[1] <= claim["char_start"]
                and c[5].period and APPOSED.fullmatch(article.text[c[1]:claim["char_start"]])]):
            # "… logged about 2.34 million apprehensions, the most for any calendar year":
            # the superlative describes the figure it stands beside, so it is of that period
            claim["period"] = apposed[-1]
        if not claim["period"]:  # "rose for a third consecutive month": the article's month
            named = [p for at, p in dated if at < claim["char_start"]]
            claim["period"] = current_month(named)
            if named and claim["claim_type"] == "record" and re.match(
                    r"\s*(?:That|This)\s+(?!was\b)", str(claim.get("sentence_text") or "")):
                claim["period"] = named[-1]  # "…, the most for any calendar year. That eclipsed
                # a record set only a year earlier": the figure before's period
            if not claim["period"] and named and GENERIC.search(claim["subject"] or ""):
                claim["period"] = named[-1]  # "That figure is the most ...": the figure's
            if not claim["period"] and named and str(claim.get("extra") or "").startswith("over:") \
                    and re.match(r"\s*(?:That|This|It)\b", str(claim.get("sentence_text") or "")):
                claim["period"] = named[-1]  # "That is already more than in all of fiscal 2020"
            if not claim["period"] and claim["claim_type"] == "record" and re.search(
                    r"\bany\s+(?:full\s+)?fiscal\s+year\b", claim["surface"] or "", re.I):
                # "apprehended more people than in any fiscal year": the article's fiscal year
                claim["period"] = next((p for p in reversed(named) if label_kind(p) == "fiscal"), "")
        if any(a <= claim["char_start"] and claim["char_end"] <= b for a, b in spans):
            continue  # "more than doubled": the statistic is the claim
        if claim["claim_type"] == "trend" and any(claim["char_start"] < b and a < claim["char_end"]
                                                  for a, b in spans):
            continue  # "had tripled": the multiple the statistic reads is the claim
        # ("Counting encounters at ports of entry, CBP recorded 130,415 …, the lowest total
        # since February 2021": what a leading phrase adds in is not the claim's series)
        subject = "" if re.match(r"\s*(?:Including|Counting|Adding|Plus|Excluding|Not\s+counting)\b",
                                 claim["subject"] or "") else claim["subject"] or ""
        clause = _there_named(subject, article, int(claim["sentence"]))
        said = _there_named(INCLUDING_LEAD.sub("", claim["sentence_text"]), article,
                            int(claim["sentence"]))
        choice = choose_series(clause, said) if clause else []
        choice = _leading_place_series(said, clause) or choice
        if not choice:
            choice = choose_series(said, said)
        before = [x for x in series_at if x[0] < claim["char_start"]
                  and paragraphs_apart(article, x[1], claim["paragraph"]) <= 1]
        if not choice and before:  # "December was the busiest month of the year": the series
            choice = before[-1][2]  # of the claim before it, in its paragraph or the one before
        elif not choice and paragraphs_apart(article, previous[0], claim["paragraph"]) <= 1:
            choice = previous[1]  # "Concerns mounted again": the series of the claim before
        if not choice and not before and not previous[1]:
            choice = _declared_series(article, int(claim["sentence"]))  # ("We use total …")
        if before and generic_choice(before[-1][2], claim["sentence_text"]):
            choice = before[-1][2]  # "the 2024 total ..., the fourth consecutive increase"
        if len(choice) == 1 and choice[0] in registry.REGISTRY and registry.get(choice[0]).parts \
                and before and not choose_series(re.sub(r"\btotals?\b", " ", clause, flags=re.I), "") \
                and _uncovered(choice[0], str(claim["period"] or ""), figures):
            choice = before[-1][2]  # "Fiscal 2000's total … now ranks only seventh": as above
        if claim["claim_type"] == "record" and int(claim["sentence"]) == 1 and int(claim["paragraph"]) == 1 \
                and len(article.paragraphs) > 1 and dated and not claim["extra"] and \
                not find_time_expressions(claim["sentence_text"], article.published):
            # "… border arrests set a record" over a story whose lede opens "When the pandemic
            # shut down much of the world in 2020": the period of the story's first figure
            claim["period"] = sorted(dated)[0][1]
        if choice and choice != ["mexico"]:
            headline = claim["extra"] == "headline"
            if headline:  # the article's first month, against the month
                claim["period"] = claim["period"] or next(  # before and a year before
                    (p for _, p in sorted(dated) if label_kind(p) == "month"), "")
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
