"""How a statistic's sentence frames it as a claim: the period it speaks of, the baseline
of a change or a fraction, the whole of a share, the direction of a change and the bound
of its qualifier.

Pure functions of the sentence (and the article's earlier periods); analysis.factcheck
combines them with the series choice (analysis.series_choice) into one check.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from analysis import series as registry
from analysis.article import Article
from analysis.numbers import MULTIPLIER_WORDS, parse_number
from analysis.claims import words_re
from analysis.periods import names_an_event, dates_a_release, find_time_expressions, ranked_against
from analysis.series import Figures, Period, periods_of
from analysis.verdicts import Check, check_share
from analysis.vocabulary import SMALL_COUNT, alternation, words


DETAIL_KINDS = ("age", "duration", "money", "rate")
NEAR_FRACTION_BASE = re.compile(r"^\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|\w+(?:'s|\u2019s)\s+)"
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
WHAT_BASE = re.compile(r"^\s+(?:of\s+)?what\s+(?:it|they|agents|officers|the\s+\w+|\w+)\s+"
                       r"(?:had\s+)?(?:been|was|were|recorded|counted|logged|reported|"
                       r"apprehended|encountered|registered|had)\b", re.I)
#: "53,438 in 2023, about a third as many": a fraction of the figure named before it.
AS_MANY = re.compile(r"^\s+as\s+(?:many|much|large|high)\b(?![^.;]{0,60}?\bas\b)", re.I)
#: "less than a third as many people each month as they had in June": the baseline after "as".
AS_MANY_AS = re.compile(r"^\s+as\s+(?:many|much|large|high)\b[^.;]{0,60}?\bas\b", re.I)

#: "one in three of the month's total", "46 percent of all encounters": a share of a whole
#: over the claim's own period (not "half of December's total", a fraction of another month).
#: "port encounters made up less than 5 percent of the fiscal 2021 total" (`year`): a
#: percentage of the whole of a named year; a fraction word there is of another period ("less
#: than half of the fiscal 2019 total").
_SHARE_OF = re.compile(r"^\s+of\s+(?:all\s+)?(?:the\s+)?(?:(?P<span>month|year|fiscal\s+year|calendar\s+year|"
                       r"quarter|period|" + "|".join(calendar.month_name[1:]) +
                       r")(?:'s|\u2019s)\s+|(?<=the\s)(?P<year>(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
                       r"(?:19|20)\d\d(?:'s|\u2019s)?)\s+"
                       # "one in five of 2022's encounters"
                       r"|(?<=of\s)(?P<year_of>(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:19|20)\d\d(?:'s|\u2019s))\s+)?"
                       r"(?:overall\s+|total\s+)?(?:southwest\s+(?:border\s+)?)?"
                       r"(?:total|encounters)\b", re.I)


#: "Border Patrol's share of the month's total was roughly 94 percent, versus about 6 percent
#: for officers at ports of entry": the whole named before the number.
SHARE_BEFORE = re.compile(r"\bshare\s+of\s+(?:all\s+)?(?:the\s+)?(?:(?P<span>month|year|fiscal\s+"
                          r"year|quarter|period|" + "|".join(calendar.month_name[1:]) +
                          r")(?:'s|\u2019s)\s+)?(?:overall\s+|total\s+)?(?:southwest\s+(?:border\s+)?)?"
                          r"(?:total|encounters)\b(?:[^.;]{0,80}?(?:\b(?:was|were|is|are|stood\s+at|"
                          r"came\s+to|reached|"
                          # "The ports' share of all encounters rose to about 17 percent": the
                          # share's new level, not a change
                          r"(?:rose|grew|climbed|jumped|increased|fell|dropped|declined|slipped|"
                          r"shrank|edged\s+(?:up|down))\s+to)|,?\s+(?:versus|vs\.?|compared\s+with|against))\s+"
                          # "Border Patrol's share of the month's encounters, 93 percent, was …"
                          r"|,\s+)$",
                          re.I)


#: "... accounted for roughly one in three of the month's encounters, versus about one in six
#: in May": a figure after "versus" is a share of the same whole, for the same part.
SHARE_THEN_VERSUS = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:(?P<span>month|year|fiscal\s+year|"
                               r"quarter|period|" + "|".join(calendar.month_name[1:]) +
                               r")(?:'s|\u2019s)\s+)?(?:overall\s+|total\s+)?(?:southwest\s+"
                               r"(?:border\s+)?)?(?:total|encounters)"
                               # "... of all encounters in September, versus about one in six"
                               r"(?:\s+(?:in|during|for)\s+[\w\s]{3,25}?)?\s*,?\s+(?:versus|vs\.?|"
                               r"compared\s+with)\s+$", re.I)


_SHARE_NOUN = re.compile(r"^\s+(?P<span>)(?:southwest\s+(?:border\s+)?)?encounters\b", re.I)


IMPLIED_WHOLE = _SHARE_NOUN.match(" encounters")


def share_of(stat: dict, after: str) -> re.Match | None:
    """The whole a share is of, from the words after it: "of the month's total", "of all
    encounters", "of September's encounters" when September is the claim's own month (not
    "roughly half of December's total" said of January: a fraction of that month)."""
    share = _SHARE_OF.match(after)
    if share and share["year"] and stat.get("kind") != "percent":
        share = None
    if share and share["year_of"] and not re.search(r"\bin\s+\w+$", str(stat.get("surface") or "")):
        share = None  # ("half of 2019's encounters" may compare; "one in five of 2022's" is a share)
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
FYTD_WORDS = re.compile(r"(?:\b(?:began|begun|started|opened)\s+(?:in\s+)?|\b)(?:October|Oct\.)"
                        r"(?:[\s-]+(?:through|to)[\s-]+\w+)?$")
#: "the five Marches add up to", "taken together", "combined": a sum over several periods.
#: Words that make a figure over several named periods their sum.
ADDED_UP = re.compile(r"\b(?:add(?:s|ed)?\s+(?:it\s+)?(?:all\s+)?up|all\s+told|in\s+all|altogether|"
                      r"combined|taken\s+together|in\s+total|cumulative(?:ly)?)\b", re.I)
SUM_OF_PERIODS = re.compile(r"\b(?:add(?:s|ed)?\s+up\s+to|taken\s+together|all\s+told|"
                            r"(?:the|those|these)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
                            r"\d+)\s+(?:[A-Z][a-z]+s|months|years|Marches|summers|winters)\s+"
                            r"(?:combined|together))\b")
PLURAL_PERIODS = re.compile(r"\b(?:the|those|these|all)\s+(?:two|three|four|five|six|seven|eight|"
                            r"nine|ten|\d+)\s+(?:(?:" + "|".join(calendar.month_name[1:]) + r")e?s|"
                            r"months|years|summers|winters|springs|falls)\b")
#: "in the second half of the year ... than in the first": halves of the year last named.
HALF_OF_THE_YEAR = re.compile(r"\b(?P<which>first|second)\s+half\s+of\s+the\s+(?:fiscal\s+)?year\b"
                              r"(?=[^.;]*\bthan\s+(?:in\s+)?the\s+(?:first|second)\b)", re.I)
#: "over the year", "for the year": the year the article last named.
THE_YEAR = re.compile(r"\b(?:over|for|during|across|in)\s+the\s+(?:whole\s+|entire\s+|full\s+)?"
                      r"(?:fiscal\s+|calendar\s+)?year\b(?!\s+(?:before|earlier|after|ago))", re.I)


#: A figure's own period named as "the year" right after it: "about 1.73 million encounters
#: along the southwest border over the 12 months".
OWN_YEAR_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:over|for|during|across|in)\s+the\s+"
                            r"(?:whole\s+|entire\s+|full\s+)?(?:fiscal\s+|calendar\s+)?(?:year|12\s+months|"
                            r"twelve\s+months)"
                            r"\b(?!\s+(?:before|earlier|after|ago|to|through|ending|ended))"
                            # "about 7 percent of the year's encounters"
                            r"|\s+of\s+(?:all\s+)?the\s+(?:fiscal\s+|calendar\s+)?year['\u2019]s\b", re.I)


#: A paragraph that is a heading or a question of a Q-and-A, not prose: one short line that
#: ends in a question mark or without a full stop ("Has it always gone up?", "2020: The pandemic").
_HEADING = re.compile(r"^[^\n]{1,90}(?:\?|(?<![.!\u201d\"]))$")


#: Words of Mexico's series that any country's figures use ("migrants", "held"): they carry
#: no Mexico context on their own.
GENERIC_PEOPLE = re.compile(r"\b(?:migrants?|people|held|stopped|apprehended|apprehensions|"
                            r"intercepted)\b", re.I)


def paragraphs_apart(article: Article, first: int, second: int) -> int:
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


def the_year_named(earlier: list[str], article: Article | None = None,
                    stat: dict | None = None) -> str:
    """The year "for the year" means: the last year named in the figure's paragraph before it
    ("By 2023, the money had run out. … Returns for the year were down 56 percent"), else the
    twelve-month period the article's figures are of most often, the latest on a tie (a fiscal
    year when most of them are fiscal years); ''."""
    if article is not None and stat is not None and 0 < int(stat.get("paragraph") or 0) \
            <= len(article.paragraphs):
        paragraph = article.paragraphs[int(stat["paragraph"]) - 1]
        before = article.text[paragraph.start:int(stat["char_start"])]
        named = [e for e in find_time_expressions(before, article.published)
                 if e.precision in ("year", "fiscal_year")
                 # ("a figure that fell by about a third from 2022. By then, …": a baseline;
                 # "the third-highest of the six years, behind 2023 and 2022": a rank's)
                 and not compared_with(before[:e.start]) and not ranked_against(before[:e.start])]
        if named:
            return named[-1].label
    years = [p for p in earlier if p and len(periods_of(p)) == 1
             and len(periods_of(p)[0].months) == 12]
    fiscal = [p for p in years if p.startswith("FY")]
    if fiscal and 2 * len(fiscal) > len(years):
        years = fiscal  # an article that counts in fiscal years: one of those ("Before this
        # year, …" does not make "the year's encounters" a calendar year)
    # the year the article speaks of most, the latest of those on a tie (not "2.58 million in
    # 2022", a comparison, after two figures of 2023)
    return max(reversed(years), key=years.count) if years else ""


def share_check(stat: dict, claimed: float, share: re.Match, series_id: str, fytd: str,
                 earlier: list[str], figures: Figures, percent: bool, sentence: str = "",
                 start: int = 0, published: dt.date | None = None) -> Check:
    """A share of the series' whole (the registry's sum it is a part of) over the claim's
    period: its own, else the latest the article named; "the month's total" needs a month
    and "the year's total" a longer period, else not_checkable."""
    label = fytd or str(stat.get("period") or "") or current_month(earlier) or next(
        (p for p in reversed(earlier) if p), "")
    own_year = bool(sentence) and start >= 0 and bool(OWN_YEAR_AFTER.match(
        sentence[start + len(str(stat.get("surface") or "")):]))
    if sentence and (not stat.get("period") and THE_YEAR.search(sentence) or own_year):
        label = the_year_named(earlier) or label  # "roughly one in eight encounters over
        # the year", "about one in six encounters for the year happened at a port"
    if sentence and not fytd:  # "three and a half times the fiscal 2022 level, and nearly
        # half of all encounters that year": a date compared with is not the share's
        expressions = find_time_expressions(sentence, published)
        compared = {e.label for e in expressions if compared_with(sentence[:e.start])}
        own = [e.label for e in expressions if e.label not in compared and e.start < start]
        if label in compared and own_year:
            return Check(explanation="The share is of \u201cthe year\u201d, and the only year "
                         "the sentence names is the one it compares with, so no verdict is "
                         "given.", period=label)
        if label in compared:  # else the month the article reports ("the month's total")
            label = own[-1] if own else (current_month([p for p in earlier if p not in compared])
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
    if span and (span == "month") != (len(periods[0].months) == 1):
        # "of the year's encounters" after a month's release, "of the month's encounters"
        # beside "two years ago": the span the claim names, of the period the article reports
        other = current_month(earlier) if span == "month" else the_year_named(earlier)
        if other and len(periods_of(other)) == 1 and (span == "month") == (
                len(periods_of(other)[0].months) == 1):
            label, periods = other, periods_of(other)
    if span and (span == "month") != (len(periods[0].months) == 1):
        return Check(explanation=f"The claim is a share of the {span}'s total, but the period "
                     f"it is read at ({label}) is not a {span}, so the share is not computed.",
                     period=label)
    return check_share(claimed, stat["qualifier"], stat["surface"], series_id, whole.id,
                       periods[0], figures, label, percent)


SINCE_WHEN = re.compile(r"\bsince\s+(?P<date>[^,;]{3,30}),\s+when\b[^,;.]*$", re.I)
INCLUDING_LEAD = re.compile(r"^\s*(?:Including|Counting|Adding|With|Plus|Excluding|Not\s+counting)\b"
                            r"(?:[^,;]|,(?=\d))*,\s*", re.I)
OF_A_CHANGE = re.compile(r"^\s+(?:[a-z]+\s+)?of\s+(?:that|the|this)\s+(?:decline|drop|decrease|fall|"
                         r"increase|rise|jump|gain|reduction)\b", re.I)


#: A full stop that ends no sentence: "since Oct. 1", "Sen. Doe".
_NO_ABBREVIATION = "".join(rf"(?<!\b{re.escape(word)})" for word in (
    *words("english", "month_abbreviations"), "Sept", *words("english", "honorifics")))


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause around a span of a sentence: back to the last ';', ', while', ', but' or
    sentence start, forward to the next such boundary."""
    boundary = re.compile(r";|,\s+(?:while|but|whereas|and|as|even\s+as)\s+|"
                          r"\s+while\s+|" + _NO_ABBREVIATION + r"\.\s"
                          # "Border Patrol arrests keep falling as ports hit a new high": a clause
                          # with its own subject and verb after "as"
                          r"|\s+(?:even\s+)?as\s+(?=(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}\s+(?:hit|hits|"
                          r"reached|reaches|set|sets|rose|rises|fell|falls|climbed|climbs|dropped|drops|"
                          r"topped|tops|handled|handles|jumped|jumps|surged|surges)\b)"
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


def direction_next_to(before: str, after: str) -> str:
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
UP_FROM = re.compile(r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping|increasing|"
                     r"decreasing|grew|growing|shrank|shrinking|jumped|slipped)\s+from" + _TO_NUMBER,
                     re.I)


def earlier_share(before: str) -> re.Match | None:
    """The whole of the share a figure after "up from" continues, when the figure before it
    is a share ("17 percent of all encounters ..., up from roughly 7 percent")."""
    if not UP_FROM.search(before):
        return None
    shares = [_SHARE_OF.match(before[m.end():]) for m in
              re.finditer(r"(?:percent|per\s+cent|%|\bhalf|thirds?|quarters?|fifths?|in\s+\w+)",
                          before, re.I)]
    shares = [m for m in shares if m and not m["year"]]
    return shares[-1] if shares else None


QUALIFYING = (r"(?:(?:about|roughly|nearly|almost|some|more\s+than|over|just\s+over|just\s+under|"
              r"approximately|around|fewer\s+than|less\s+than|an\s+estimated)\s+)?")
#: "That was about 40,000 fewer than in May": a difference whose count is the figure before's.
THAT_WAS_DIFFERENCE = re.compile(r"\s*(?:That|This|It)\s+(?:was|is|were|marked|marks|represented|"
                                 r"represents)\s+" + QUALIFYING + "$")
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:(?P<noun>increase|rise|jump|gain|climb|drop|decline|decrease|fall|dip|reduction|cut)s?"
    r"\s+of|(?P<verb>up|down|rose|fell|increased|decreased|dropped|climbed|jumped|declined|grew|"
    r"shrank|swelled|slipped)\s+by|(?P<bare>up|down))\s+" + QUALIFYING + r"$", re.I)
DIFFERENCE_AFTER = re.compile(r"^\s+(?:(?!(?:was|were|is|are|remained|stood|came)\b)[a-z]+\s+){0,2}?"
                              # not "56,400 was less than a third of January's": a level compared
                              r"(?P<word>more|fewer|less|higher|lower)\s+"
                              # "about 43,000 more apprehensions in September than in August"
                              r"(?:(?:[a-zA-Z][\w-]*|,)\s+){0,6}?than\b"
                              # (not "up 77 percent from 2022's 441,409 and more than nine times
                              # the count for 2020": the qualifier of the next figure)
                              r"(?!\s+(?:about\s+|nearly\s+|roughly\s+)?(?:\d|(?:one|two|three|four|five|six|"
                              r"seven|eight|nine|ten|eleven|twelve|half|double|twice|triple|a\s+(?:third|"
                              r"half|quarter|fifth))\b))", re.I)
_DOWN_WORDS = {"drop", "decline", "decrease", "fall", "dip", "reduction", "cut", "down", "fell",
               "decreased", "dropped", "declined", "shrank", "slipped", "fewer", "less", "lower"}


def difference_direction(sentence: str, span: tuple[int, int]) -> str:
    """'up' or 'down' when a count is a change in number ("an increase of about 550 from
    February", "down by 3,000", "40,000 fewer than a year earlier"), else ''."""
    before = _DIFFERENCE_BEFORE.search(sentence[:span[0]])
    if before and not (before["bare"] and re.match(r"\s*to\b", sentence[before.end():])):
        word = (before["noun"] or before["verb"] or before["bare"]).lower()
        return "down" if word in _DOWN_WORDS else "up"
    after = DIFFERENCE_AFTER.match(sentence[span[1]:])
    if after:
        return "down" if after["word"].lower() in _DOWN_WORDS else "up"
    return ""


def direction_of(window: str) -> str:
    def starts(name: str) -> list[int]:
        return [m.start() for m in re.finditer(words_re(name), window, re.I)
                if not (m.group(0).lower() in _COMPARATIVES
                        and _LEVEL_BOUND.match(window, m.end()))]

    downs, ups = starts("change_down"), starts("change_up")
    if downs and (not ups or min(downs) <= min(ups)):
        return "down"
    return "up" if ups else ""


def baseline_of(stat: dict, sentence: str, now: Period, yearly: bool) -> Period | None:
    same = re.fullmatch(r"same-period:(FY)?(\d{4})", str(stat.get("baseline_period") or ""))
    if same:  # "the same period of 2023": the claim's months in that year; "the same stretch
        last = now.months[-1]  # of fiscal 2022": in that fiscal year
        year = int(last[:4]) + (1 if same[1] and int(last[5:7]) >= 10 else 0)
        return now.shifted(12 * (int(same[2]) - year))
    base = periods_of(stat.get("baseline_period"))
    if len(base) == 1 and len(base[0].months) == 1 and len(now.months) == 1 and \
            base[0].months[0] > now.months[0] and not re.search(r"\b(?:19|20)\d\d\b", sentence):
        base = [base[0].shifted(-12)]  # "by September 2019 … down from May's peak": that May
    if len(base) == 1 and not set(base[0].months) & set(now.months):
        return base[0]  # (not "since Oct. 1, up about 40 percent from the same period a year
        # earlier": the month a running total starts from is inside it, no baseline)
    multiple = _MULTIPLE_OF_YEAR.search(sentence)
    at = sentence.find(str(stat.get("surface") or ""))
    if not base and multiple and len(now.months) == 12 and 0 <= multiple.end() <= at:
        # "nearly five times the 2020 figure, an increase of about 370 percent": the change
        # restates the multiple, against the same year
        year = multiple["year"]
        named = periods_of(f"FY{year}" if multiple["fiscal"] else year)
        if len(named) == 1 and not set(named[0].months) & set(now.months):
            return named[0]
    if re.search(words_re("same_period_last_year"), sentence, re.I):
        return now.shifted(-12)
    if re.search(words_re("previous_month"), sentence, re.I):
        return now.shifted(-1)
    if len(now.months) == 1 and not yearly:
        return now.shifted(-1)
    if _ONE_TO_THE_NEXT.search(sentence):
        return None  # "fell 47 percent between the two periods" with one period named: the
        # other is not the span before by default
    return now.shifted(-12 if (yearly or len(now.months) == 12) else -len(now.months))


def yearly_period(label: str, published: dt.date, open_ended: bool = False,
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
CHANGE_PAIR = re.compile(r"\b(?:between|from)\s+(?P<a>" + _PERIOD_WORDS + r")"
                         # "between May, the last full month before the June restrictions, and
                         # September": an aside after the first period
                         r"(?:,[^,;.]{1,80},)?\s+(?:and|to|through)\s+"
                         r"(?P<b>" + _PERIOD_WORDS + r")\b")


#: A change's baseline named relatively, right after it: "from the same six months a year
#: earlier", "compared with the same period last year".
RELATIVE_BASELINE_NEXT = re.compile(
    r"\s*(?:(?:percent|per\s+cent|%)\s+)?(?:higher|lower|more|fewer|up|down)?\s*(?:from|compared\s+(?:with|to)|"
    r"over|than(?:\s+in)?)\s+(?:the\s+)?same\s+(?:\w+\s+)?(?:months?|period|stretch|time|quarter)\s+"
    r"(?:a\s+year\s+(?:earlier|before|ago)|last\s+year|of\s+the\s+previous\s+(?:fiscal\s+)?year)\b",
    re.I)


def no_year(label: str) -> Check:
    return Check(explanation="The claim sets one series against another, but its year is not "
                 "stated, so it is not computed.", period=label)


def year_of_claim(stat: dict, earlier: list[str], article: Article) -> tuple[str, Period | None]:
    """(label, period) of a claim that sets two series against each other over one year: its
    own period, else the year its paragraph (or the article) last named; None unless one
    whole year."""
    label = str(stat.get("period") or "") or the_year_named(earlier, article, stat)
    periods = periods_of(label)
    return label, periods[0] if len(periods) == 1 and periods[0].year else None


#: "edged up from May, to 46,883", "fell from June to": a level reached by a move from a
#: named month.
TREND_FROM_TO = re.compile(r"\b(?P<verb>" + alternation("claims", "trend_up").replace(r"\ ", r"\s+") + "|"
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


def periods_around(sentence: str, stat: dict, published: dt.date,
                    earlier: list[str]) -> tuple[str, str]:
    """(period, baseline) of a change: a time expression after 'from', 'since', 'compared
    with' or 'over' is the baseline; the period is another one in the sentence, else the
    latest period of an earlier claim that differs from the baseline."""
    period, baseline = str(stat.get("period") or ""), str(stat.get("baseline_period") or "")
    if not baseline and (pair := consecutive_pair(sentence, earlier, published)):
        return pair[0].label, pair[1].label  # "So, overall, encounters are down about 6 percent"
    compares = re.match(r"\s*(?:That|This|It)\s+compares?\s+(?:with|to)\b", sentence)
    if compares and earlier:  # "That compares with 1.73 million in fiscal 2021, …, an increase
        # of about 23 percent": the sentence's date is the baseline, the figure before's the period
        named = [e.label for e in find_time_expressions(sentence, published)]
        now = next((p for p in reversed(earlier) if p and named and _comparable(p, named[0])
                    and p != named[0]), "")
        if len(set(named)) == 1 and now:
            return now, named[0]
    pair = CHANGE_PAIR.search(sentence)
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
        if len(first) == 1 and len(second) == 1 and label_kind(first[0].label) == label_kind(
                second[0].label) and first[0].label < second[0].label:
            return second[0].label, first[0].label
    covered = covered_month(sentence, published)
    if covered and (not period or re.fullmatch(r"\d{4}-\d{2}-\d{2}", period)):
        period = covered  # "The agency's January report, released Feb. 13, showed ... down"
    fiscal = "FY" in period or "FY" in baseline or any(p.startswith("FY") for p in earlier[-1:])
    expressions = [e for e in find_time_expressions(sentence, published, fiscal=fiscal or None)
                   if not dates_a_release(sentence[:e.start])  # "figures released Tuesday"
                   and not ranked_against(sentence[:e.start])]  # "behind fiscal 2023 and 2022"
    # "Compared with July 2021, when last year's summer surge was at its height, …": a date
    # inside a clause that describes another date is neither the period nor the baseline
    described = [m.span() for m in re.finditer(r"(?<=\S),\s+when\s+[^,;]*,", sentence)]
    expressions = [e for e in expressions
                   if not any(a <= e.start < b for a, b in described)] or expressions
    events = {e.label for e in expressions if names_an_event(sentence[e.end:])}
    expressions = [e for e in expressions if e.label not in events]
    if period in events:
        period = ""  # "Since May, before the president's June order, … have fallen": not June
    relative = relative_spans(sentence)
    inside = {e.label for e in expressions if inside_any(e, relative)}
    expressions = [e for e in expressions if not inside_any(e, relative)]
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
    if at >= 0 and RELATIVE_BASELINE_NEXT.match(sentence[at + len(str(stat["surface"])):]):
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
    if not baseline and earlier and earlier[-1] and re.search(r"\bsince\s+then\b", sentence, re.I):
        baseline = earlier[-1]  # "December was the worst month. Since then, encounters are down
        # by two-thirds": the period named before is the baseline
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
              and (not compared_with(sentence[:e.start]) or _from_span(sentence, e))
              # "That slipped about 2 percent from October, but it was nearly double the
              # number in November 2022": a date in a later clause set against this one
              and not (at >= 0 and e.start > at and re.search(
                  r"[,;]\s+(?:but|yet|though|although|while|whereas)\s", sentence[at:e.start]))]
    contrasted = {e.label for e in expressions if at >= 0 and e.start > at and re.search(
        r"[,;]\s+(?:but|yet|though|although|while|whereas)\s", sentence[at:e.start])}
    if period and period != baseline and period not in others and compared_with(
            sentence[:next((e.start for e in expressions if e.label == period), 0)]):
        period = ""  # the extractor's period is the other comparison's baseline
    if period in contrasted and period not in others:
        period = ""
    owner = re.search(r"\bthe\s+(?P<when>[^,;]{2,30}?)\s+(?:number|total|figure|count|level|tally)s?,\s+"
                      r"which\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+\s+){0,2}$", sentence[:at]) \
        if at >= 0 else None
    if owner and (own := [e for e in expressions if owner.start("when") <= e.start < owner.end("when")
                          and e.label != baseline]):
        period = own[0].label  # "the 2020 number, which had fallen about 60 percent from 2019"
    if not period:
        period = later_period(sentence, earlier)  # "A year later, the count fell by more than half"
    if not period and baseline.startswith("same-period:"):
        # "Total encounters in those two months were also up more than a third from the same
        # two months of fiscal 2022": the months of the figure before (a span or a month)
        period = next((p for p in reversed(earlier)
                       if p and ("/" in p or re.fullmatch(r"\d{4}-\d{2}", p))), "")
    if not period or (baseline and period == baseline):
        # "Year over year, encounters rose 40 percent": the period of a claim before, of the
        # same kind as the baseline (a month for a month) and after it; the article's
        # current month first
        current = current_month(earlier)
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
#: "nearly five times the 2020 figure": a multiple of a year's figure named in the sentence.
_MULTIPLE_OF_YEAR = re.compile(r"\b(?:times|" + _MULTIPLES + r")\s+(?:the|its|their)\s+"
                               r"(?P<fiscal>fiscal\s+(?:year\s+)?)?(?:calendar\s+)?(?P<year>(?:19|20)\d\d)\s+"
                               r"(?:figure|total|level|count|number|tally)\b", re.I)
#: "52,178 encounters, nearly double what they recorded in October 2022": the date of what a
#: level is compared with, not the level's.
_WHAT_RECORDED = re.compile(r"\bwhat\s+(?:[a-z]+\s+){1,3}?(?:recorded|counted|logged|saw|made|reported|"
                            r"tallied|had|were|was)\s+(?:in|during)\s+(?:the\s+)?$"
                            # "51,293 encounters, nearly double the number in November 2022"
                            r"|\b(?:times|half|" + _MULTIPLES + r")\s+(?:the|its|their)\s+(?:number|level|total|"
                            r"figure|count|tally)\s+(?:[a-z]+\s+){0,3}?(?:in|during|for|of)\s+(?:the\s+)?$", re.I)


def compared_with(before: str) -> bool:
    """Whether a date right after `before` is a figure compared with ("from October", "than
    in November 2021", "three times the fiscal 2022 level")."""
    return bool(_BASELINE_WORD.search(before) or re.search(
        r"\b(?:than|from|since|compared\s+(?:with|to))\s+(?:in|during)\s+(?:the\s+)?$"
        r"|\btimes\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$"
        # "up about 27 percent from 2021 and nearly triple the 2019 figure"
        r"|\b(?:" + _MULTIPLES + r")\s+(?:the\s+|its\s+|their\s+)?$"
        # "two and a half times the number encountered at ports in September 2022"
        # ("nearly triple the number at the ports in August 2021")
        r"|\b(?:times|than|from|compared\s+(?:with|to)|" + _MULTIPLES + r")\s+(?:the|its|their)\s+(?:number|level|"
        r"total|figure|count|tally)\b[^,;.]{0,50}?\b(?:in|during|for|of)\s+$"
        # "more than four times the 182,940 detentions the agency counted in 2019", "more
        # than double the 182,940 detentions recorded in 2019"
        r"|\b(?:times|than|from|compared\s+(?:with|to)|versus|vs\.?|" + _MULTIPLES + r")\s+(?:the|its|their)\s+"
        r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+[a-z][^,;.\d]{0,50}?\b(?:in|during|for|of)\s+$"
        ,
        before, re.I))


def relative_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of the phrases that name a baseline relative to the claim's own period ("the
    same month last year", "a year earlier", "the month before"): a time expression inside
    one ("last year") dates the baseline, never the claim."""
    return [m.span() for name in ("same_period_last_year", "previous_month")
            for m in re.finditer(words_re(name), sentence, re.I)]


def inside_any(expression, spans: list[tuple[int, int]]) -> bool:
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


def since_start(label: str, sentence: str, published: dt.date) -> str:
    """The month a "since February 2020" span starts, when `label` is that span (from a month
    up to publication): such a span is a baseline, never a level's own period."""
    m = re.fullmatch(r"(\d{4}-\d{2})-01/" + re.escape(published.isoformat()), label)
    return m[1] if m and re.search(r"\bsince\b", sentence, re.I) else ""


def label_kind(label: str) -> str:
    for kind, pattern in (("month", r"\d{4}-\d{2}"), ("fiscal", r"FY\d{4}"), ("year", r"\d{4}")):
        if re.fullmatch(pattern, label):
            return kind
    return "other"


def _comparable(period: str, baseline: str) -> bool:
    """A period a change from `baseline` can run to: same kind, later (any, without one)."""
    if not baseline:
        return True
    return label_kind(period) == label_kind(baseline) != "other" and period > baseline


_LEADING_BASELINE = re.compile(r"^\s*(?:(?:measured|compared|set)\s+(?:against|with|to)|"
                               r"against|relative\s+to|next\s+to)\s+(?:the\s+)?(?:year\s+|"
                               r"calendar\s+year\s+|fiscal\s+year\s+)?$", re.I)
_MULTIPLE_VERB = re.compile(r"(?:doubled|tripled|trebled|quadrupled|quintupled|halved)$", re.I)


#: "that first year of the series", "the last month of the term": a period pointed at, unnamed.
UNNAMED_PERIOD = re.compile(r"\b(?:that|the|its)\s+(?:first|last|final|earliest|peak|worst|best)\s+"
                            r"(?:full\s+)?(?:fiscal\s+)?(?:year|month)\s+of\b", re.I)
#: "in CBP's monthly figures", "in the agency's current data": a rank within the series itself.
IN_OWN_RECORDS = re.compile(r"\bin\s+(?:CBP['\u2019]s|the\s+agency['\u2019]s|its)\s+(?:current\s+|monthly\s+|"
                            r"public\s+)*(?:figures|data|records|series|statistics)\b", re.I)


def read_alone(sentence: str, published: dt.date, period: Period) -> Period | None:
    """The period a month without a year names when read alone (the latest such month
    published), if the sentence gave it the year of a full date before it instead."""
    for e in find_time_expressions(sentence, published):
        if e.unanchored and e.label == period.label and (alone := periods_of(e.unanchored)):
            return alone[0] if len(alone) == 1 and alone[0] != period else None
    return None


def span_period(months: tuple[str, ...]) -> Period:
    """A Period of consecutive months labelled as a span of days ("2022-01-01/2022-09-30"), the
    form the time expressions give and periods_of reads back."""
    end = calendar.monthrange(int(months[-1][:4]), int(months[-1][5:]))[1]
    return Period(f"{months[0]}-01/{months[-1]}-{end:02d}", tuple(months))


def parse_count_word(word: str) -> int:
    """A small count in digits or words ("four", "12"); 0 when it is none."""
    try:
        value = parse_number(word)
    except ValueError:
        return 0
    return int(value) if value and float(value).is_integer() and 1 <= value <= 50 else 0


_SAME_SPAN_OF = re.compile(r"\bthe\s+same\s+(?:(?:(?P<n>(?!months\b)\w+)\s+)?months|quarter|period|stretch|span)"
                           r"\s+(?:of|in)\s+"
                           r"(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s?)?(?P<year>(?:19|20)\d\d)\b", re.I)
_SAME_MONTHS_OF = re.compile(r"\bthe\s+same\s+(?:(?P<n>\w+)\s+)?months\s+(?:of|in)\s+"
                             r"(?P<year>(?:19|20)\d\d)\b", re.I)


def same_months_and_source(sentence: str, earlier: list[str]) -> tuple[str, str]:
    """(label, source) of "the same eight months of 2021": the span of that many months named
    last ("From January through August of this year") moved to the year named, and the label
    of that span ('', '' when none is)."""
    match = _SAME_MONTHS_OF.search(sentence)
    count = (parse_count_word(match["n"]) if match["n"] else next(  # "the same months of 2024":
        (len(periods_of(p)[0].months) for p in reversed(earlier)  # those of the span before
         if p and len(periods_of(p)) == 1 and 1 < len(periods_of(p)[0].months) < 12), 0)) if match else 0
    spans = [periods_of(p)[0] for p in reversed(earlier) if p and len(periods_of(p)) == 1
             and len(periods_of(p)[0].months) == count
             and periods_of(p)[0].months[0][:4] != match["year"]] if count else []
    if not spans or not re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", spans[0].label):
        return "", ""
    moved = spans[0].shifted(12 * (int(match["year"]) - int(spans[0].months[0][:4])))
    return span_period(moved.months).label, spans[0].label


_ONE_TO_THE_NEXT = re.compile(r"\bfrom\s+one\s+(?:year|month)\s+to\s+the\s+next\b"
                              # "fell 47 percent between the two periods"
                              r"|\b(?:between|over|across)\s+the\s+two\s+(?:periods|spans|stretches|years)\b", re.I)


#: "So, overall, encounters are down about 6 percent": the two figures just given, compared.
_SUMMING_UP = re.compile(r"\s*(?:So|Overall|All\s+told|In\s+all|That\s+means|In\s+other\s+words)\b[,\s]", re.I)


def consecutive_pair(sentence: str, earlier: list[str],
                     published: dt.date) -> tuple[Period, Period] | None:
    """(later, earlier) of the two periods named last, for a change "from one year to the
    next" that names neither ("… 114,000 in 2021, after roughly 60,000 in 2020. Returns nearly
    doubled from one year to the next"); None when the sentence says otherwise."""
    if not (_ONE_TO_THE_NEXT.search(sentence) or _SUMMING_UP.match(sentence)) or \
            find_time_expressions(sentence, published):
        return None
    named = list(dict.fromkeys(p for p in reversed(earlier) if p and len(periods_of(p)) == 1))[:2]
    if len(named) != 2 or label_kind(named[0]) != label_kind(named[1]):
        return None
    first, second = sorted((periods_of(p)[0] for p in named), key=lambda p: p.months[0])
    return (second, first) if len(first.months) == len(second.months) else None


def multiple_periods(sentence: str, stat: dict, published: dt.date,
                      earlier: list[str], to_date: bool = False) -> tuple[list[Period], list[Period]]:
    """(periods, baseline) of a multiple. The baseline is the statistic's, else a time
    expression after the multiple ("five times the fiscal year 2020 level"), else the first
    year of "between 2019 and 2022"; a verb without one ("more than doubled in fiscal year
    2022") compares with the period before, of the same length."""
    period, base_label = str(stat.get("period") or ""), str(stat.get("baseline_period") or "")
    if not base_label and (pair := consecutive_pair(sentence, earlier, published)):
        return [pair[0]], [pair[1]]
    same = _SAME_SPAN_OF.search(sentence)
    at = sentence.find(str(stat["surface"]))
    spanned_same = same_months_and_source(sentence, earlier)[0] if same and not same["n"] and \
        "months" in same.group(0).lower() and base_label in ("", same["year"]) else ""
    if spanned_same and period and re.fullmatch(r"\d{4}", period) and period != same["year"] and \
            0 <= at < same.start():
        # "In 2022, agents were apprehending roughly triple the number … over the same months
        # of 2024": the months of the span named before, in each year
        base_period = periods_of(spanned_same)[0]
        moved = base_period.shifted(12 * (int(period) - int(base_period.months[0][:4])))
        return [span_period(moved.months)], [base_period]
    own = periods_of(period) if period and period != base_label else []
    if same and (not base_label or base_label in (same["year"], f"FY{same['year']}")) and \
            len(own) == 1 and 0 <= at < same.start():
        # "from January through September were nearly five times the total for the same nine
        # months of 2019", "… the same quarter of fiscal 2021": the claim's months, that year
        year, fiscal = int(same["year"]), bool(same["fiscal"])
        count = parse_count_word(same["n"]) if same["n"] else 0
        for k in range(1, 40):
            moved = own[0].shifted(-12 * k)
            first = moved.months[0]
            if int(first[:4]) + (1 if fiscal and int(first[5:]) >= 10 else 0) == year:
                if not count or count == len(moved.months):
                    return own, [moved]
                break
    if period and period == base_label:
        period = ""  # "more than triple the number in September 2020": its only date is the baseline's
    months = re.fullmatch(r"(\d{4})-(\d{2})-01/(\d{4})-(\d{2})-\d{2}", period)
    pair = CHANGE_PAIR.search(sentence)
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
    fiscal_spanned = re.fullmatch(r"(\d{4})-10-01/(\d{4})-09-30", base_label)
    if not period and fiscal_spanned and int(fiscal_spanned[2]) - int(fiscal_spanned[1]) > 1 and \
            _MULTIPLE_VERB.search(stat["surface"]):
        # "doubled from fiscal 2021 to fiscal 2023": the last fiscal year against the first
        return (periods_of(f"FY{fiscal_spanned[2]}"), periods_of(f"FY{int(fiscal_spanned[1]) + 1}"))
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
    if dated and position >= 0 and all(e.end <= position and compared_with(sentence[:e.start])
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
        if len(after) == 1 and not base_label and re.search(
                r"\bas\s+(?:in|during|for)\s+(?:the\s+)?$", sentence[:after[0].start], re.I):
            base_label = after[0].label  # "roughly two and a half times as many people as in
            period = "" if period == base_label else period  # fiscal 2022": the baseline
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
                      and not compared_with(sentence[:e.start])]  # not "up 77 percent from 2022"
            if not to_date:  # (a fiscal year to date read from the sentence stays the claim's)
                period = before[-1] if before else next(
                    (p for p in reversed(earlier) if p and p != base_label), "")
    if not base_label and position >= 0 and _MULTIPLE_VERB.search(str(stat["surface"])):
        # "Border Patrol apprehensions fell by about a third from May 2022, while encounters
        # at the ports more than doubled": the other clause's baseline is this one's too
        compared = [e for e in expressions if e.end <= position and compared_with(sentence[:e.start])]
        if compared and re.search(r",\s+(?:while|whereas|and|but)\b|;", sentence[compared[-1].end:position]):
            base_label = compared[-1].label
            if period == base_label:
                period = ""
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
            AS_MANY.match(sentence[position + len(stat["surface"]):]):
        # "In fiscal 2023 … the total was 2.48 million, more than five times as many": as
        # many as the figure before, in its period
        base_label = next((p for p in reversed(earlier)
                           if p and p != period and label_kind(p) == label_kind(period) != "other"), "")
    nows = periods_of(period)
    if not base_label and position >= 0 and not nows and earlier:
        nows = periods_of(current_month(earlier) or earlier[-1])  # undated: the article's period
    if base_label and not nows and (current := current_month(earlier)) and \
            _comparable(current, base_label) and current > base_label:
        nows = periods_of(current)  # "Agents' May tally was about 3.3 times the number
        # apprehended in May 2018": undated, the article's month against that baseline
    if base_label and not nows and position >= 0 and not re.search(
            r"\bsame\b|\b(?:first|last)\s+\w+\s+(?:months|weeks)\b|\bthrough\s+(?:the\s+end\s+of\s+)?(?:(?-i:[A-Z])|\d)|\bso\s+far\b",
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
    those_two = re.search(r"\b(?:over|across|during|in|between)\s+(?:those|these|the)\s+two\s+"
                          r"(?:fiscal\s+)?(?:years|months)\b", sentence, re.I)
    if not base_label and those_two and _MULTIPLE_VERB.search(str(stat["surface"])) and \
            not find_time_expressions(sentence, published):
        # "Border Patrol arrests nearly doubled over those two years", after fiscal 2019 and
        # fiscal 2021 were named: the later of the two against the earlier; else no guess
        named = []
        for label in reversed(earlier):
            if label and label_kind(label) != "other" and label not in named and (
                    not named or label_kind(label) == label_kind(named[0])):
                named.append(label)
            if len(named) == 2:
                break
        if len(named) == 2 and all(len(periods_of(p)) == 1 for p in named):
            later_one, earlier_one = sorted(named, reverse=True)
            return periods_of(later_one), periods_of(earlier_one)
        return nows, []
    span = re.search(r"\b(?:in|over|within)\s+(?:the\s+)?(?:past\s+|last\s+)?(?P<n>\w+)\s+"
                     r"(?P<unit>years|months)\b", sentence, re.I)
    if not base_label and span and len(nows) == 1 and _MULTIPLE_VERB.search(str(stat["surface"])) \
            and (count := parse_count_word(span["n"])) and not find_time_expressions(
                sentence[span.start():span.end()], published):
        # "By 2023 the count had reached 782,176. In four years, the number had more than
        # quadrupled": against the period that many years (months) before
        back = count * (12 if span["unit"].lower() == "years" else 1)
        if span["unit"].lower() == "months" or len(nows[0].months) == 12:
            return nows, [nows[0].shifted(-back)]
    if not base_label and position >= 0 and len(nows) == 1:
        # "nearly quadruple the same period a year earlier", "more than double the number a
        # year earlier": twelve months back; "the previous month": one month back
        rest = sentence[position + len(stat["surface"]):]
        relative = re.match(r"\s+(?:(?:from|over|compared\s+(?:with|to))\s+)?"  # "more than
                            # doubled from the same months a year earlier"
                            r"(?:that\s+of\s+|those\s+of\s+)?(?:the\s+(?:number|level|total|"
                            r"figure|count|tally)\s+(?:of\s+|from\s+|in\s+)?)?"
                            # "nearly quadruple what they had been a year earlier"
                            r"(?:what\s+(?:it|they|the\s+\w+)\s+(?:had\s+been|was|were)\s+)?(?P<rel>"
                            + alternation("claims", "same_period_last_year") + "|"
                            + alternation("claims", "previous_month") + ")", rest, re.I)
        if relative:
            back = -12 if re.fullmatch(words_re("same_period_last_year"), relative["rel"],
                                       re.I) else -1
            return nows, [nows[0].shifted(back)]
    if not base_label and _MULTIPLE_VERB.search(stat["surface"]) and len(nows) == 1:
        now = nows[0]
        if 1 < len(now.months) < 12:  # "From January to September 2022 … Over the same nine
            # months of 2024 … they nearly tripled": the other span of that length named before;
            # none named, no guess at the span before
            others = [periods_of(p)[0] for p in reversed(earlier) if p and len(periods_of(p)) == 1
                      and len(periods_of(p)[0].months) == len(now.months) and periods_of(p)[0] != now]
            if not others and re.search(r"\b(?:over|by|on|in)\s+the\s+same\s+(?:comparison|measure|basis)\b",
                                        sentence, re.I):
                # "… nearly four times those of the same two months a year earlier. Border
                # Patrol apprehensions nearly doubled over the same comparison"
                others = [now.shifted(-12)]
            if others and others[0].months[0] > now.months[0]:
                return others[:1], [now]  # ("they nearly tripled": from the earlier span to the later)
            return nows, others[:1]
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


def own_period(stat: dict, sentence: str, start: int, published: dt.date) -> dict:
    """'totaled 429,831, about two and a half times the 172,508 of fiscal year 2022': a time
    expression after a comparison belongs to the figure compared with; a level takes the
    one before it instead ("For fiscal year 2023 as a whole, ...")."""
    if stat["kind"] != "count" or start < 0:
        return stat
    end = start + len(stat["surface"])
    expressions = find_time_expressions(sentence, published)
    after = [e for e in expressions if e.start >= end and e.label == stat["period"]]
    before = [e for e in expressions if e.end <= start]
    if after and before and _COMPARISON_BETWEEN.search(sentence[end:after[0].start]) and \
            not _from_span(sentence, after[0]):  # (not "made … from January through September")
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


def later_period(sentence: str, earlier: list[str]) -> str:
    """'A year later, the count fell by more than half': the period named before, a year (a
    month) on; '' without one."""
    m = _LATER.search(sentence)
    if not m or not earlier or not earlier[-1]:
        return ""
    return _shifted_label(earlier[-1], 12 if (m["unit"] or m["unit2"]).lower() == "year" else 1)


def month_before(article: Article, stat: dict, kind: str = "month") -> str:
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
              if label_kind(e.label) in kinds and not compared_with(text[:e.start])]
    return months[-1] if months else ""


def published_by(label: str, published: dt.date, sentence: str) -> str:
    """A month the sentence names without a year whose figures could not be out when the
    article was published (the month of publication or later, in the past tense): the same
    month a year earlier ("by September they were down", published Sept. 14, 2020, is
    September 2019). Other labels unchanged."""
    month = re.fullmatch(r"(\d{4})-(\d{2})", label or "")
    if not month or (int(month[1]), int(month[2])) < (published.year, published.month):
        return label
    name = calendar.month_name[int(month[2])]
    if not re.search(rf"\b{name}\b(?!\s+\d)", sentence):
        return label  # the month came from a day ("which ended Sept. 30") or from elsewhere
    if re.search(r"\b(?:19|20)\d\d\b", sentence) or re.search(
            r"\b(?:will|would|expect|expects|expected|projected|forecast|so\s+far|to\s+date|this\s+month)\b",
            sentence, re.I):
        return label
    return f"{int(month[1]) - 1}-{month[2]}"


def current_month(earlier: list[str]) -> str:
    """The article's current month: when the last period named is a month, the latest month
    named so far (a level dated by nothing in its sentence, after "The record remains May,
    when ...", still speaks of the month the article reports); else ''."""
    named = [p for p in earlier if p]
    if not named or label_kind(named[-1]) != "month":
        return ""
    return max(p for p in named if label_kind(p) == "month")


def _shifted_label(label: str, months: int) -> str:
    """A period label moved `months` back or forth, in a form `periods_of` reads."""
    periods = periods_of(label)
    if len(periods) != 1:
        return ""
    moved = periods[0].shifted(months)
    if re.fullmatch(r"FY\d{4}|\d{4}|\d{4}-\d{2}", moved.label):
        return moved.label
    return f"{moved.start}/{moved.end}"


def level_period(stat: dict, sentence: str, start: int, published: dt.date,
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
    own = [e for e in expressions if not inside_any(e, spans)]
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
    if period in {e.label for e in expressions if inside_any(e, spans)} and \
            period not in {e.label for e in own}:
        # "176,195, 12 percent above the same month last year": not the baseline's figure
        before = [e.label for e in own if e.end <= start]
        return {**stat, "period": before[-1] if before else ""}
    dated = [e for e in own if e.label == period and e.start >= end]
    baseline_word = (_BASELINE_WORD.search(sentence[:dated[0].start])
                     or _WHAT_RECORDED.search(sentence[:dated[0].start])) \
        if dated and not _from_span(sentence, dated[0]) else None  # "from October through"
    if baseline_word and baseline_word.start() >= end and not any(e.label == period and e.end <= start
                                                        for e in own):
        # "fell by more than half, to 53,438 from 122,055 in 2022": 2022 dates 122,055; this
        # figure takes a date before it, else the latest period named before, later than 2022
        before = [e.label for e in own if e.end <= start and e.label != period]
        later = before[-1:] or [p for p in earlier if p and _comparable(p, period)][-1:]
        return {**stat, "period": later[0] if later else ""}
    moved_from = [e for e in own if e.label == period and e.end <= start]
    if moved_from and re.search(r"\bfrom\s+$", sentence[:moved_from[-1].start], re.I) and \
            re.fullmatch(r",?\s+to\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?",
                         sentence[moved_from[-1].end:start], re.I):
        # "encounters fell slightly from June, to 47,700": where the count went, in the
        # period the article speaks of, not the month it moved from
        later = [p for p in earlier if p and _comparable(p, period) and p > period][-1:]
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


def bound_qualifier(stat: dict, sentence: str, start: int) -> dict:
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
