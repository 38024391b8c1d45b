"""Which official series a claim speaks of, from its words.

The agent, the verb and the place choose the series (`choose_series`, which asks the
registry in analysis.series): "Border Patrol agents apprehended ... between ports of entry"
is Border Patrol, "at ports of entry" the Office of Field Operations, "encounters at the
southwest border" all encounters, bare "illegal crossings" both the total and Border Patrol.
A figure that counts no crossing people (money, agents, a sector) gets no series
(`counts_people`), and a share or a multiple may name another series as its whole.
"""

from __future__ import annotations

import calendar
import re

from analysis import series as registry
from analysis.claims import words_re
from analysis.verdicts import Check, missing_data
from analysis.vocabulary import alternation, words
from analysis.claim_reading import DIFFERENCE_AFTER, THAT_WAS_DIFFERENCE


def cue(name: str, text: str) -> bool:
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


_PLACE_SUBJECT = re.compile(r"^\s*(?:(?:by|in|for|during|over|across|throughout|after|since|at|through)\s+[^,]{1,40},\s+)?(?:the\s+)?(?:border['\u2019]s\s+)?"
                            r"((?:official\s+)?ports\s+of\s+entry|official\s+"
                            r"crossings|ports(?=\s+(?:themselves\s+|now\s+|still\s+|alone\s+)?(?:accounted|accounts?|made\s+up|make\s+up|were|represented|represent|"
                            r"handled|processed|recorded|counted|saw|hit|set|reached|topped)\b))\b", re.I)


#: A sentence whose subject is the figure before ("That was about 17 percent of the year's
#: total", "They made up more than one in four of all southwest border encounters").
PART_PRONOUN = re.compile(r"\s*(?:That|This|It|They|These|Those)\b(?!\s+(?:who|said|say|says)\b)")


_PERIODS_TOTAL = re.compile(r"\s(?:the|its|their)\s+(?:previous|prior|preceding)\s+(?:year|month)"
                            r"['\u2019]s\s+totals?\b", re.I)


def choose_series(clause: str, sentence: str) -> list[str]:
    """The series a figure belongs to, from the agent, verb and place of its clause (then of
    its sentence), asking the registry: a Mexican agent goes to Mexico's series whose cues
    match ('mexico' when none does); otherwise the most specific U.S. series whose cues
    match; cues of two parts at once mean the series that sums them; loose words
    ("crossings") mean every series declaring them. [] when nothing matches."""
    for text in (clause, sentence):
        # "Ports of entry accounted for ...": a place as the subject is where it was counted
        text = _PLACE_SUBJECT.sub(r"at \1", text)
        # "more than double the previous year's total": a period's figure, not all encounters
        text = _PERIODS_TOTAL.sub(" figure", text)
        # "Encounters at our ports of entry": a possessive is no part of the place
        text = re.sub(r"\b(at|through|between)\s+(?:our|their|its|his|her)\s+", r"\1 the ", text)
        if mexican_agent(text):
            if cue("mexico_other_measures", text):
                return ["mexico"]  # INM's press counts ("detected", "rescued") are not UPM events
            mexico = [s.id for s in registry.by_country("Mexico") if s.cues and cue(s.cues, text)]
            return mexico[:1] or ["mexico"]
        us = registry.by_country("United States", "month")
        if cue("both_parts_cues", text):  # "Agents and officers recorded 104,311 encounters"
            both = [s for s in us if s.parts]
            if both:
                return [both[0].id]
        specific = [s for s in us if s.cues and not s.parts and cue(s.cues, text)]
        if len(specific) > 1:  # "apprehensions and inadmissibles": both components
            whole = registry.sum_of({s.id for s in specific})
            if whole:
                return [whole.id]
        if specific:
            return [specific[0].id]
        sums = [s for s in us if s.parts and s.cues and cue(s.cues, text)]
        if sums:
            return [sums[0].id]
        if re.search(r"\bcross|\bborder\b", text, re.I):
            loose = [s.id for s in sorted(us, key=lambda s: not s.parts)  # the sum first
                     if s.loose_cues and cue(s.loose_cues, text)]
            if loose:
                return loose
    return []


GENERIC = re.compile(r"\b(?:the|its|that)\s+(?:same\s+)?(?:(?:(?:fiscal|calendar)\s+(?:year\s+)?)?\d{4}\s+|"
                     r"FY\s?\d{2,4}\s+|year's\s+|year\u2019s\s+)?(?:"
                     + alternation("claims", "generic_figure_nouns") + r")\b(?!\s+of\b)", re.I)


#: "fiscal 2022's 2,378,944", "December's 302,034": a bare figure of a period's own.
PERIOD_POSSESSIVE = re.compile(r"\b(?:(?:(?:fiscal|calendar)\s+(?:year\s+)?)?\d{4}|FY\s?\d{2,4}|"
                               r"(?:last|the\s+previous|the\s+prior)\s+(?:year|month)|"
                               + "|".join(calendar.month_name[1:]) + r")(?:'s|\u2019s)\s+$", re.I)
#: "the fiscal 2002 total", "its December figure": the measure before, in another period.
DATED_GENERIC = re.compile(r"\b(?:the|its|their)\s+(?:(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
                           r"\d{4}|FY\s?\d{2,4}|" + "|".join(calendar.month_name[1:]) + r")\s+(?:"
                           + alternation("claims", "generic_figure_nouns") + r")\b(?!\s+of\b)",
                           re.I)


#: What may stand between a figure and a superlative describing it: "2,475,669 encounters,
#: ports included, the most of any of the six years".
APPOSED = re.compile(r"(?:\s+(?!(?:from|than|since|compared|over|versus|which|when)\b)[a-z][\w-]*){0,2}"
                     r"\s*,(?:\s+(?!(?:which|when|who|that)\b)[a-z][\w-]*){0,2}(?:\s*,)?\s*"
                     r"(?:and\s+)?(?:the\s+)?")


def generic_choice(inherited: list[str], sentence: str, window: str = "") -> bool:
    """Whether a sentence whose only series word is a generic noun ("The 2024 total was 58
    percent higher", "By 2021 the figure had rebounded") counts what the figure before it
    counts, Mexico's series: "total" names the sum of the U.S. series only outside them."""
    window = window or sentence
    if not inherited or not GENERIC.search(window):
        return False
    if not all(c != "mexico" and registry.get(c).country == "Mexico" for c in inherited):
        return False
    return not choose_series(GENERIC.sub(" ", window), GENERIC.sub(" ", sentence))


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


def uncounted_noun(sentence: str, span: tuple[int, int], value: float = 0) -> str:
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


def uncounted_check(stat: dict, noun: str, sentence: str) -> Check:
    """A claim about something no bundled series counts, naming the data that would settle
    it (Mexico's agencies' when the sentence is about Mexico)."""
    data = missing_data(noun, "") if cue("mexico_cues", sentence) else ""
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
        if THAT_WAS_DIFFERENCE.match(clause[:start]) and DIFFERENCE_AFTER.match(clause[end:]):
            return True  # "That was about 40,000 fewer than in May": the figure before's count
        if PERIOD_POSSESSIVE.search(clause[:start]) and sentence and \
                re.search(r"\b(?:total|figure|count|tally|record)\b", sentence, re.I):
            return True  # "the highest monthly total on record, edging past April's 235,785"
        return ratio  # "more than double its December 2021 figure": what doubled is before
    if not re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + ")", clause[end:], re.I):
        parallel = [m for m in re.finditer(r"(?<![\w.,])(?!(?:19|20)\d\d\b)(?:\d[\d,.]*\d|\d)\s+"
                                           r"(?:million\s+|thousand\s+)?(?P<noun>" + nouns + ")",
                                           clause[:start], re.I)]  # (not "In 2022, agents")
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
    # ("Encounters at ports of entry, where people present themselves to CBP officers, reached
    # 172,508": a relative clause between commas describes; its nouns are not counted)
    asides = [m.span() for m in re.finditer(r",\s+(?:where|which|who|whose)\b[^,;]*,", clause, re.I)
              if not m.start() <= start < m.end()]
    for name in ("countable", "not_counted"):
        for m in re.finditer(words_re(name), clause, re.I):
            if any(a <= m.start() < b for a, b in asides):
                continue
            distance = m.start() - end if m.start() >= end else start - m.end()
            nearest.append((distance + (0 if m.start() >= end else 0.5), name))
    return bool(nearest) and min(nearest)[1] == "countable"


def other_series_of_share(after: str, series_id: str) -> str:
    """The series a share is of when it is not the whole the series is part of: the one the
    registry declares it a ratio of ("of the detention events"), or another country's series
    named after "of" ("of the apprehensions U.S. Border Patrol agents made"); ''."""
    declared = registry.REGISTRY.get(series_id)
    if declared is None:
        return ""
    if declared.ratio_of and re.match(r"\s+of\s+(?:the\s+|all\s+)?(?:year['\u2019]s\s+|[\w-]+\s+){0,2}?(?:"
                                      + words_re(declared.ratio_cues) + r")\b", after, re.I):
        return declared.ratio_of
    # ("one migrant for every six that U.S. Border Patrol agents apprehended")
    across = re.match(r"\s+(?:of\s+(?:the\s+|all\s+)?|that\s+(?=(?:the\s+)?(?:U\.S\.|[A-Z])))"
                      r"(?P<np>(?:U\.S\.|[^,;.]){3,140})", after)
    named = choose_series(across["np"], across["np"]) if across else []
    if len(named) == 1 and named[0] in registry.REGISTRY and \
            registry.get(named[0]).country != declared.country:
        return named[0]
    return ""


def countries_compared(sentence: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """(series, other) when a multiple sets one country's series against another's: "the
    U.S. agency apprehended more than five times as many people as Mexico detained"; None."""
    other = re.match(r"\s+as\s+(?:many|much)\s+(?P<noun>(?:[\w-]+\s+){0,3}?)as\s+(?P<np>(?:U\.S\.|[^,;.]){3,100})",
                     sentence[span[1]:], re.I) or re.match(
        # "Border Patrol's apprehensions were about 5.3 times Mexico's count": another
        # country's possessive figure
        r"\s+(?:that\s+of\s+|those\s+of\s+)?(?P<np>(?:the\s+)?(?:Mexico|Mexican|U\.S\.|United\s+States|"
        r"American)(?:['\u2019]s)?\s+[^,;.]{2,80})", sentence[span[1]:])
    if other is None:
        return None
    own_words = re.split(r"[,;:]\s", sentence[:span[0]])[-1]
    # ("as many apprehensions as Mexico's authorities recorded": the noun counts for both)
    theirs = f"{other['np']} {other.groupdict().get('noun') or ''}".strip()
    own, named = choose_series(own_words, own_words), choose_series(theirs, theirs)
    if len(own) != 1 or len(named) != 1 or not {own[0], named[0]} <= set(registry.REGISTRY):
        return None
    if registry.get(own[0]).country == registry.get(named[0]).country:
        return None
    return own[0], named[0]
