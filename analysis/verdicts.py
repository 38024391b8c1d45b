"""The rules that turn a claim and official figures into a verdict.

One function per kind of claim (`check_level`, `check_change`, `check_multiple`, `check_share`,
`check_trend`, `check_record`, `check_rank_among`, `check_lowest_since`, `check_streak`, `check_rank`,
`check_event`), each reading values only through `series.Figures` and returning a `Check`:
the verdict, a plain explanation (the figures, the source and whether it is secondary, the
release, the caveats the registry declares) and one `Comparison` per official figure (each
becomes a row of factcheck.csv). Tolerances are stated in analysis/factcheck.py's docstring
and applied in `holds`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

import pandas as pd

from analysis import series as registry, vocabulary
from analysis.claims import EventClaim
from analysis.series import Figures, Period, _month_name, _shift, periods_of

VERDICTS = ("supported", "partly_supported", "not_supported", "not_checkable")
_RANK = {"supported": 0, "partly_supported": 1, "not_supported": 2, "not_checkable": 3}

#: What would settle a claim no bundled series reaches, by what it counts.
_MISSING_DATA = [
    (re.compile(r"detect|rescu|identif|located", re.I), "the National Migration Institute's "
     "own counts of people 'detected' or 'rescued', which measure something other than the "
     "UPM's events of people presented or channelled (the bundled series) and are not bundled"),
    (re.compile(r"checkpoint", re.I), "a yearly count of Mexican immigration checkpoints, from "
     "Mexico's National Migration Institute (INM) or the State Department data the article cites"),
    (re.compile(r"personnel|agents|officers|guard|police|staff|troops|soldiers", re.I),
     "staffing figures for Mexico's immigration and law-enforcement agencies (INM, National "
     "Guard) by year"),
    (re.compile(r"poverty|climate|pandemic|violence|factors|because|due to", re.I),
     "survey data on why migrants leave (for example IOM's displacement tracking surveys); "
     "the bundled series count encounters, not their causes"),
]


# --- verdict rules -------------------------------------------------------------------------

_QUALIFIER_WORDS = {"more_than": "more than", "at_least": "at least", "less_than": "less than",
                    "at_most": "at most", "approximate": "about", "exact": ""}


def _printed_tolerance(surface: str, value: float) -> float:
    """Half the last printed digit: '2.4 million' -> 50,000; '176,000' -> 500."""
    m = re.search(r"(\d[\d,]*)(?:\.(\d+))?\s*(million|billion|thousand)?", surface or "")
    if not m:
        return 0.0
    scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3}.get((m[3] or "").lower(), 1)
    if m[2]:
        return 0.5 * scale / 10 ** len(m[2])
    digits = m[1].replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * scale * 10 ** zeros if (zeros or scale > 1) else 0.0


def holds(stat: dict, actual: float) -> str:
    """'yes', 'near' (misses its tolerance by little) or 'no' for a level claim."""
    claimed, qualifier = float(stat["value"]), stat["qualifier"]
    surface = str(stat.get("surface", "")).lower()
    top = stat.get("value_max")
    if top is not None and not pd.isna(top) and top != "":
        return "yes" if claimed <= actual <= float(top) else (
            "near" if 0.95 * claimed <= actual <= 1.05 * float(top) else "no")
    if re.match(r"(nearly|almost|just under|close to)\b", surface):
        return "yes" if 0.9 * claimed <= actual <= 1.01 * claimed else (
            "near" if 0.8 * claimed <= actual <= 1.05 * claimed else "no")
    if qualifier in ("more_than", "at_least"):
        ok = actual > claimed if qualifier == "more_than" else actual >= claimed
        return "yes" if ok else ("near" if actual >= 0.97 * claimed else "no")
    if qualifier in ("less_than", "at_most"):
        ok = actual < claimed if qualifier == "less_than" else actual <= claimed
        return "yes" if ok else ("near" if actual <= 1.03 * claimed else "no")
    gap = abs(actual - claimed)
    if qualifier == "approximate":
        return "yes" if gap <= 0.10 * actual else ("near" if gap <= 0.20 * actual else "no")
    if gap <= max(0.01 * actual, _printed_tolerance(surface, claimed)):
        return "yes"
    return "near" if gap <= 0.05 * actual else "no"


_FROM_OUTCOME = {"yes": "supported", "near": "partly_supported", "no": "not_supported"}


@dataclass
class Comparison:
    """One official figure set against a claim: one output row."""

    series_id: str
    period: Period | None
    value: float | None
    comparison: str = ""
    source_url: str = ""
    day: str = ""  # a dated event's day (ISO), when there is no period


@dataclass
class Check:
    verdict: str = "not_checkable"
    explanation: str = ""
    compared: list[Comparison] = field(default_factory=list)
    period: str = ""
    series_hint: list[str] = field(default_factory=list)  # series a later claim may inherit
    matched: str = ""  # withheld: the other series the figure matched (factcheck.second_look)


def _n(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.2f}"


def _caveats(series_id: str, periods: list[Period]) -> str:
    s = registry.get(series_id)
    months = [m for p in periods for m in p.months]
    notes = []
    for caveat in s.caveats:
        if "Title 42" in caveat and not (months and min(months) <= "2023-05"
                                         and max(months) >= "2020-03"):
            continue
        if "CBP One" in caveat and not (months and max(months) >= "2023-01"):
            caveat = caveat.split("; since January 2023")[0].split(" Since January 2023")[0]
            caveat = caveat if caveat.endswith(".") else caveat + "."
            if "CBP One" in caveat:
                continue
        notes.append(caveat)
    return " ".join(notes)


def _source_phrase(series_id: str) -> str:
    s = registry.get(series_id)
    text = f"{s.source}{chr(39) if s.source.endswith('s') else chr(39) + 's'} {s.counts}"
    if s.secondary:
        text = (f"{s.counts} ({s.source}; secondary figures, not read from the UPM's own "
                f"bulletins)")
    return text


def combine(checks: list[Check], ambiguous: bool) -> Check:
    """One claim checked against several series: the most favourable verdict when the
    wording left the series open; never not_supported only because of that choice."""
    if not checks:  # no series could be read for the claim: nothing to say of it
        return Check(explanation="No bundled series could be read for this claim, so it is "
                     "not checked.")
    if len(checks) == 1:
        return checks[0]
    checkable = [c for c in checks if c.verdict != "not_checkable"]
    if not checkable:
        return checks[0]
    best = min(checkable, key=lambda c: _RANK[c.verdict])
    worst = max(checkable, key=lambda c: _RANK[c.verdict])
    verdict = best.verdict
    if ambiguous and best.verdict != worst.verdict and best.verdict == "supported":
        verdict = "supported"
    explanation = " ".join(c.explanation for c in checkable)
    if ambiguous:
        explanation = ("The wording does not say whether all encounters or Border Patrol's "
                       "alone are meant, so both are checked. " + explanation)
    return Check(verdict, explanation, [x for c in checks for x in c.compared], best.period)


# --- level, change, fraction, multiple ----------------------------------------------------

def check_level(stat: dict, series_id: str, periods: list[Period], figures: Figures) -> Check:
    values = [figures.value(series_id, p) for p in periods]
    if not periods or any(v is None for v in values):
        return unreachable(stat.get("period", ""), series_id)
    outcomes, notes = [], []
    for p, v in zip(periods, values):
        outcome = holds(stat, v)
        first = figures.first_release(series_id, p.months[0]) if len(p.months) == 1 else None
        if outcome != "yes" and first is not None and abs(first - float(stat["value"])) < 0.5:
            outcome = "yes"
            notes.append(f"The article's figure is CBP's first release for {p.name}; the "
                         f"revised figure is {_n(v)}.")
        elif first is not None:
            notes.append(f"CBP first released {_n(first)} for {p.name} and later revised it "
                         f"to {_n(v)}; the revised figure is compared.")
        outcomes.append(outcome)
    verdict = ("supported" if all(o == "yes" for o in outcomes) else
               "not_supported" if all(o == "no" for o in outcomes) else "partly_supported")
    words = f"{_QUALIFIER_WORDS.get(stat['qualifier'], '')} {_n(float(stat['value']))}".strip()
    pieces = " and ".join(f"{_n(v)} in {p.name}" for p, v in zip(periods, values))
    said = {"supported": "which bears out", "partly_supported": "which only partly bears out",
            "not_supported": "which does not bear out"}[verdict]
    explanation = (f"{_source_phrase(series_id)} numbered {pieces}, {said} the article's "
                   f"\u201c{stat['surface']}\u201d.")
    explanation = " ".join([explanation] + notes + [_rivals(series_id, periods, figures),
                                                   _caveats(series_id, periods)]).strip()
    compared = [Comparison(series_id, p, v, f"{p.name}: {_n(v)} vs {words}")
                for p, v in zip(periods, values)]
    return Check(verdict, " ".join(explanation.split()), compared, stat.get("period", ""))


def _rivals(series_id: str, periods: list[Period], figures: Figures) -> str:
    notes = []
    for p in periods:
        rivals = figures.rivals(series_id, p)
        if rivals:
            used = figures.value(series_id, p)
            others = ", ".join(f"{_n(v)}" for v, _ in rivals)
            notes.append(f"Sources disagree for {p.name}: {_n(used)} is used (the first "
                         f"published); other sources give {others}.")
    return " ".join(notes)


def itself(period_label: str) -> Check:
    """A comparison read as a period against a period it overlaps: a misreading, never a
    verdict."""
    return Check(explanation="The comparison was read as a period against itself (or one that "
                 "overlaps it), so the sentence's two periods were not told apart and no "
                 "verdict is given.", period=period_label)


def either_reading(first: Check, second: Check,
                   why: str = "The sentence leaves the year of a month open (the year of the "
                              "date before it, or the latest such month published), so both "
                              "are read; the closer reading is given. ") -> Check:
    """A claim whose period the sentence leaves open between two readings: the more
    favourable one, saying both were read (never not_supported on that choice)."""
    readings = [c for c in (first, second) if c.verdict != "not_checkable"]
    if len(readings) < 2 or first.verdict == second.verdict:
        return readings[0] if readings else first
    best = min(readings, key=lambda c: _RANK[c.verdict])
    return Check(best.verdict, why + best.explanation, best.compared, best.period,
                 best.series_hint)


def either_baseline(first: Check, second: Check) -> Check:
    """A change whose baseline the sentence leaves open (the span before, or the same span a
    year earlier): the more favourable reading, saying both were read."""
    return either_reading(first, second, "The sentence does not say what the change is "
                          "measured from, so both the period before and the same period a year "
                          "earlier are read; the closer reading is given. ")


def check_change(claimed: float, qualifier: str, direction: str, surface: str, series_id: str,
                 now: Period, before: Period, figures: Figures, period_label: str) -> Check:
    """A change of `claimed` (a fraction: 0.2 for 20 percent) from `before` to `now`."""
    if set(now.months) & set(before.months):
        return itself(period_label)
    a, b = figures.value(series_id, now), figures.value(series_id, before)
    if a is None or b is None:
        return unreachable(period_label, series_id)
    change = (a - b) / b
    right_way = (change < 0) if direction == "down" else (change > 0)
    size = abs(change)
    if qualifier in ("more_than", "at_least"):
        outcome = "yes" if size >= claimed else ("near" if size >= 0.9 * claimed else "no")
    elif qualifier in ("less_than", "at_most"):
        outcome = "yes" if size <= claimed else ("near" if size <= 1.1 * claimed else "no")
    else:
        tolerance = max(0.10 * claimed, 0.02) if qualifier == "approximate" else max(
            0.015, 0.05 * claimed)
        gap = abs(size - claimed)
        outcome = "yes" if gap <= tolerance else ("near" if gap <= 2 * tolerance else "no")
    if not right_way:
        outcome = "no"
    verdict = _FROM_OUTCOME[outcome]
    moved = "fell" if change < 0 else "rose"
    explanation = (f"{_source_phrase(series_id)} {moved} {abs(change):.1%}, from {_n(b)} in "
                   f"{before.name} to {_n(a)} in {now.name}; the article says "
                   f"\u201c{surface}\u201d ({'down' if direction == 'down' else 'up'} "
                   f"{_QUALIFIER_WORDS.get(qualifier, '')} {claimed:.0%}).")
    explanation = " ".join(f"{explanation} {_rivals(series_id, [now, before], figures)} "
                           f"{_caveats(series_id, [now, before])}".split())
    text = f"{now.name} vs {before.name}: {change:+.1%}"
    return Check(verdict, explanation, [Comparison(series_id, now, a, text),
                                        Comparison(series_id, before, b, text)], period_label)


def check_difference(stat: dict, direction: str, series_id: str, now: Period, before: Period,
                     figures: Figures, period_label: str) -> Check:
    """A change in number ("an increase of about 550 from February", "40,000 fewer than a
    year earlier"): the difference of the two periods' figures, held to a level's
    tolerance, in the right direction."""
    if set(now.months) & set(before.months):
        return itself(period_label)
    a, b = figures.value(series_id, now), figures.value(series_id, before)
    if a is None or b is None:
        return unreachable(period_label, series_id)
    difference = a - b
    right_way = difference < 0 if direction == "down" else difference > 0
    outcome = holds(stat, abs(difference)) if right_way else "no"
    verdict = _FROM_OUTCOME[outcome]
    explanation = (f"{_source_phrase(series_id)} numbered {_n(b)} in {before.name} and {_n(a)} "
                   f"in {now.name}, {'a fall' if difference < 0 else 'a rise'} of "
                   f"{_n(abs(difference))}; the article says \u201c{stat['surface']}\u201d "
                   f"({'fewer' if direction == 'down' else 'more'}).")
    explanation = " ".join(f"{explanation} {_caveats(series_id, [now, before])}".split())
    text = f"{now.name} - {before.name}: {difference:+,.0f}"
    return Check(verdict, explanation, [Comparison(series_id, now, a, text),
                                        Comparison(series_id, before, b, "baseline")],
                 period_label)


def check_multiple(claimed: float, qualifier: str, surface: str, series_id: str,
                   nows: list[Period], before: Period, figures: Figures, period_label: str,
                   fraction: bool = False) -> Check:
    """`claimed` times the baseline ("double the number in 2019", "less than half the")."""
    if not fraction and any(set(p.months) & set(before.months) for p in nows):
        return itself(period_label)  # (a fraction of a span holding it is a share)
    if fraction and any(p.months == before.months for p in nows):
        return itself(period_label)  # a period is never a fraction of itself
    base = figures.value(series_id, before)
    values = [figures.value(series_id, p) for p in nows]
    if base is None or not nows or any(v is None for v in values):
        return unreachable(period_label, series_id)
    outcomes = []
    for v in values:
        ratio = v / base
        if qualifier in ("more_than", "at_least"):
            outcomes.append("yes" if ratio >= claimed else "no")
        elif qualifier in ("less_than", "at_most"):
            outcomes.append("yes" if ratio <= claimed else "no")
        elif abs(ratio - claimed) <= 0.10 * claimed:
            outcomes.append("yes")
        elif ratio > claimed and not fraction:
            outcomes.append("near")  # the claim understates the rise
        else:
            outcomes.append("no")
    verdict = ("supported" if all(o == "yes" for o in outcomes) else
               "not_supported" if all(o == "no" for o in outcomes) else "partly_supported")
    parts = " and ".join(f"{_n(v)} in {p.name} ({v / base:.2f} times)" for p, v in
                         zip(nows, values))
    explanation = (f"{_source_phrase(series_id)} numbered {_n(base)} in {before.name} and "
                   f"{parts}; the article says \u201c{surface}\u201d ({claimed:g} times).")
    if "near" in outcomes:
        explanation += " The claim understates the rise."
    explanation = " ".join(f"{explanation} {_caveats(series_id, nows + [before])}".split())
    compared = [Comparison(series_id, p, v, f"{p.name}/{before.name} = {v / base:.2f} vs "
                           f"{claimed:g}") for p, v in zip(nows, values)]
    compared.append(Comparison(series_id, before, base, "baseline"))
    return Check(verdict, explanation, compared, period_label)


def check_between(claimed: float, qualifier: str, surface: str, series_id: str, other_id: str,
                  period: Period, figures: Figures, period_label: str) -> Check:
    """One series as a multiple of another over the same period ("the U.S. agency
    apprehended more than five times as many people as Mexico detained that year"), held to
    a multiple's tolerance."""
    a, b = figures.value(series_id, period), figures.value(other_id, period)
    if a is None or not b:
        return unreachable(period_label, series_id if a is None else other_id)
    ratio = a / b
    if qualifier in ("more_than", "at_least"):
        outcome = "yes" if ratio >= claimed else ("near" if ratio >= 0.9 * claimed else "no")
    elif qualifier in ("less_than", "at_most"):
        outcome = "yes" if ratio <= claimed else ("near" if ratio <= 1.1 * claimed else "no")
    else:
        outcome = "yes" if abs(ratio - claimed) <= 0.10 * claimed else (
            "near" if abs(ratio - claimed) <= 0.25 * claimed else "no")
    explanation = (f"{_source_phrase(series_id)} numbered {_n(a)} in {period.name}, and "
                   f"{_source_phrase(other_id)} {_n(b)}: {ratio:.2f} times; the article says "
                   f"\u201c{surface}\u201d ({claimed:g} times).")
    explanation = " ".join(f"{explanation} {_caveats(series_id, [period])} "
                           f"{_caveats(other_id, [period])}".split())
    return Check(_FROM_OUTCOME[outcome], explanation,
                 [Comparison(series_id, period, a, f"{ratio:.2f} times vs {claimed:g}"),
                  Comparison(other_id, period, b, "compared with")], period_label)


def check_outnumber(surface: str, series_id: str, other_id: str, period: Period,
                    figures: Figures, period_label: str, other_period: Period | None = None) -> Check:
    """One series larger than another over the same period ("encounters at ports of entry
    outnumbered Border Patrol's apprehensions"), or over the other's own (`other_period`:
    "… would surpass the number U.S. Border Patrol apprehended in all of 2023"); within 2% of
    the other is partly_supported."""
    other_period = other_period or period
    a, b = figures.value(series_id, period), figures.value(other_id, other_period)
    if a is None or not b:
        return unreachable(period_label, series_id if a is None else other_id)
    outcome = "yes" if a > b else ("near" if a >= 0.98 * b else "no")
    explanation = (f"{_source_phrase(series_id)} numbered {_n(a)} in {period.name}, and "
                   f"{_source_phrase(other_id)} {_n(b)}"
                   + (f" in {other_period.name}" if other_period != period else "")
                   + f"; the article says \u201c{surface}\u201d.")
    explanation = " ".join(f"{explanation} {_caveats(series_id, [period])} "
                           f"{_caveats(other_id, [period])}".split())
    return Check(_FROM_OUTCOME[outcome], explanation,
                 [Comparison(series_id, period, a, "more than" if a > b else "not more than"),
                  Comparison(other_id, other_period, b, "compared with")], period_label)


#: The least part of a total's change that "most of the increase" ("nearly all of the
#: increase") claims for one part; within DRIVER_PARTLY below it is partly_supported.
DRIVER_MOST, DRIVER_NEARLY_ALL, DRIVER_PARTLY = 0.5, 0.85, 0.1


def check_driver(claim: dict, part_id: str, whole_id: str, now: Period, before: Period,
                 figures: Figures, period_label: str) -> Check:
    """A part said to carry most of its total's change from `before` to `now` ("Most of the
    increase came between the ports"): the part's change as a share of the total's. A total
    that moved the other way, or not at all, leaves the claim unsettled."""
    values = [figures.value(s, p) for s in (part_id, whole_id) for p in (now, before)]
    if any(v is None for v in values):
        return unreachable(period_label, part_id)
    part_now, part_before, whole_now, whole_before = values
    moved, total = part_now - part_before, whole_now - whole_before
    if total == 0 or (total < 0) != (claim["direction"] == "down"):
        change = "a decline" if claim["direction"] == "down" else "an increase"
        return Check(explanation=f"The claim speaks of {change}, but {_source_phrase(whole_id)} "
                     f"went from {_n(whole_before)} in {before.name} to {_n(whole_now)} in "
                     f"{now.name}, so which change it "
                     "divides is not clear and no verdict is given.", period=period_label)
    share = moved / total
    least = DRIVER_NEARLY_ALL if claim["strength"] == "strong" else DRIVER_MOST
    outcome = "yes" if share > least else ("near" if share > least - DRIVER_PARTLY else "no")
    explanation = (f"From {before.name} to {now.name}, {_source_phrase(whole_id)} "
                   f"{'fell' if total < 0 else 'rose'} by {_n(abs(total))} ({_n(whole_before)} to "
                   f"{_n(whole_now)}); {_source_phrase(part_id)} {'fell' if moved < 0 else 'rose'} by "
                   f"{_n(abs(moved))}, {share:.0%} of that change; the article says \u201c"
                   f"{claim['surface']}\u201d.")
    explanation = " ".join(f"{explanation} {_caveats(part_id, [now, before])}".split())
    text = f"{before.name} to {now.name}: {_n(moved)} of {_n(total)} = {share:.0%}"
    return Check(_FROM_OUTCOME[outcome], explanation,
                 [Comparison(part_id, now, part_now, text),
                  Comparison(part_id, before, part_before, "baseline"),
                  Comparison(whole_id, now, whole_now, "the whole"),
                  Comparison(whole_id, before, whole_before, "the whole's baseline")], period_label)


def check_majority(claim: dict, part_id: str, whole_id: str, period: Period, figures: Figures,
                   period_label: str) -> Check:
    """A part said to be most (nearly all) of its total over one period ("Most of those were
    Border Patrol apprehensions"): its share above a half (0.85); within 10 points below it,
    partly_supported."""
    part, whole = figures.value(part_id, period), figures.value(whole_id, period)
    if part is None or not whole:
        return unreachable(period_label, part_id)
    share = part / whole
    least = DRIVER_NEARLY_ALL if claim["strength"] == "strong" else DRIVER_MOST
    outcome = "yes" if share > least else ("near" if share > least - DRIVER_PARTLY else "no")
    explanation = (f"{_source_phrase(part_id)} numbered {_n(part)} in {period.name}, {share:.1%} of "
                   f"the {_n(whole)} {registry.get(whole_id).counts}; the article says \u201c"
                   f"{claim['surface']}\u201d.")
    explanation = " ".join(f"{explanation} {_caveats(part_id, [period])}".split())
    return Check(_FROM_OUTCOME[outcome], explanation,
                 [Comparison(part_id, period, part, f"{period.name}: {share:.1%} of the whole"),
                  Comparison(whole_id, period, whole, "the whole")], period_label)


def check_share_trend(claim: dict, part_id: str, whole_id: str, first: Period, second: Period,
                      figures: Figures, period_label: str) -> Check:
    """A part's share of its total said to have risen (fallen) from one period to another
    ("the share of encounters at ports of entry shrank between calendar 2020 and calendar
    2022"): the direction of the two shares; a move of less than half a point is no rise or
    fall (partly_supported)."""
    shares = []
    for period in (first, second):
        part, whole = figures.value(part_id, period), figures.value(whole_id, period)
        if part is None or not whole:
            return unreachable(period_label, part_id)
        shares.append((period, part, whole, part / whole))
    moved = shares[1][3] - shares[0][3]
    up = claim["direction"] == "up"
    verdict = ("supported" if (moved > 0) == up else "not_supported") if abs(moved) >= 0.005 \
        else "partly_supported"
    explanation = (f"{_source_phrase(part_id)} made up {shares[0][3]:.1%} of the "
                   f"{registry.get(whole_id).counts} in {first.name} ({_n(shares[0][1])} of "
                   f"{_n(shares[0][2])}) and {shares[1][3]:.1%} in {second.name} ({_n(shares[1][1])} "
                   f"of {_n(shares[1][2])}): the share {'rose' if moved > 0 else 'fell'}; the article "
                   f"says \u201c{claim['surface']}\u201d.")
    return Check(verdict, " ".join(f"{explanation} {_caveats(part_id, [first, second])}".split()),
                 [Comparison(part_id, second, shares[1][1], f"{second.name}: {shares[1][3]:.1%} of the whole"),
                  Comparison(part_id, first, shares[0][1], f"{first.name}: {shares[0][3]:.1%} of the whole")],
                 period_label)


def check_share(claimed: float, qualifier: str, surface: str, series_id: str, whole_id: str,
                period: Period, figures: Figures, period_label: str,
                percent: bool = False) -> Check:
    """A part's share of the whole it belongs to over one period ("roughly one in three of
    the month's total": ports of entry over all encounters). A fraction word ("one in
    three", "half") holds within 10% of the claimed share, a percentage within the
    tolerance of a change (1.5 points or 5%, about: 2 points or 10%); a miss within a
    quarter of the claim plus 2 points is partly_supported."""
    part, whole = figures.value(series_id, period), figures.value(whole_id, period)
    if part is None or not whole:
        return unreachable(period_label, series_id)
    share = part / whole
    if qualifier in ("more_than", "at_least"):
        outcome = "yes" if share >= claimed else ("near" if share >= 0.9 * claimed else "no")
    elif qualifier in ("less_than", "at_most"):
        outcome = "yes" if share <= claimed else ("near" if share <= 1.1 * claimed else "no")
    else:
        tolerance = 0.10 * claimed if not percent else (
            max(0.02, 0.10 * claimed) if qualifier == "approximate" else max(0.015, 0.05 * claimed))
        gap = abs(share - claimed)
        outcome = "yes" if gap <= tolerance else ("near" if gap <= 0.25 * claimed + 0.02
                                                  else "no")
    verdict = _FROM_OUTCOME[outcome]
    whole_name = registry.get(whole_id).counts
    explanation = (f"{_source_phrase(series_id)} numbered {_n(part)} in {period.name}, "
                   f"{share:.1%} of the {_n(whole)} {whole_name}; the article says "
                   f"\u201c{surface}\u201d ({claimed:.1%}).")
    explanation = " ".join(f"{explanation} {_caveats(series_id, [period])}".split())
    text = f"{period.name}: {_n(part)} / {_n(whole)} = {share:.1%} vs {claimed:.1%}"
    return Check(verdict, explanation, [Comparison(series_id, period, part, text),
                                        Comparison(whole_id, period, whole, "the whole")],
                 period_label)


# --- claims without a number ---------------------------------------------------------------

def _months_upto(figures: Figures, series_id: str, month: str) -> pd.Series:
    obs = figures.table(series_id)
    obs = obs[obs["period"] <= month]
    return obs.set_index("period")["value"].astype(float)


#: "Barely changed", "held steady": supported within 3 percent, partly within 10.
FLAT_TOLERANCE = 0.03
FLAT_PARTLY = 0.10


def check_trend(claim: dict, series_id: str, period: Period, figures: Figures) -> Check:
    back = str(claim.get("extra") or "")
    named = registry.periods_of(back[3:]) if back.startswith("at:") else []
    if back.startswith("over:"):  # "the first half alone exceeds the full-year total for
        named = registry.periods_of(back[5:])  # fiscal 2021": levels of any length compared
        if len(named) != 1 or set(named[0].months) & set(period.months):
            return unreachable(claim["period"], series_id)  # (never a period against itself)
        before = named[0]
    elif back.startswith("at:"):  # "slightly fewer than in 2022": the named baseline
        if len(named) != 1 or len(named[0].months) != len(period.months):
            return unreachable(claim["period"], series_id)
        before = named[0]
    elif back.startswith("-"):  # "up slightly from the same month a year earlier"
        before = period.shifted(int(back))
    elif back.startswith("?-") and len(period.months) == 1:  # "down slightly from July"
        before = period.shifted(-next((k for k in range(1, 13) if period.shifted(-k).months[0]
                                       .endswith(back[1:])), 12))
    elif registry.get(series_id).frequency == "year" or len(period.months) == 1:
        before = period.shifted(-1 if len(period.months) == 1 else -12)
    else:
        before = period.shifted(-len(period.months))
    a, b = figures.value(series_id, period), figures.value(series_id, before)
    if a is None or b is None:
        return unreachable(claim["period"], series_id)
    change = (a - b) / b
    if claim["direction"] == "flat":  # "barely changed": within 3%; within 10% partly
        right_way, strong_enough = abs(change) <= FLAT_PARTLY, abs(change) <= FLAT_TOLERANCE
    else:
        right_way = change < 0 if claim["direction"] == "down" else change > 0
        strong_enough = claim["strength"] != "strong" or abs(change) >= 0.20
    verdict = "supported" if right_way and strong_enough else (
        "partly_supported" if right_way else "not_supported")
    explanation = (f"{_source_phrase(series_id)} {'fell' if change < 0 else 'rose'} "
                   f"{abs(change):.1%}, from {_n(b)} in {before.name} to {_n(a)} in "
                   f"{period.name}.")
    if back.startswith("over:"):  # two levels, not a change over time
        explanation = (f"{_source_phrase(series_id)} numbered {_n(a)} in {period.name}, "
                       f"{'more' if a > b else 'fewer'} than the {_n(b)} of {before.name}.")
    if claim["direction"] == "flat" and right_way and not strong_enough:
        explanation += " The change is small, but larger than the words suggest."
    elif right_way and not strong_enough:
        explanation += " The direction is right, but the change is smaller than the word suggests."
    if len(period.months) == 1:
        note = figures.note(series_id, period.months[0])
        if note:
            explanation += f" CBP {note} for {period.name}."
    text = f"{period.name} {_n(a)} vs {before.name} {_n(b)}: {change:+.1%}"
    return Check(verdict, " ".join(f"{explanation} {_caveats(series_id, [period, before])}"
                                   .split()),
                 [Comparison(series_id, period, a, text)], claim["period"])


def check_record(claim: dict, series_id: str, period: Period, figures: Figures) -> Check:
    """Highest (lowest) of its kind up to the claim's period, months against months, years
    against years; Border Patrol months also against DHS's series since FY2000."""
    high = claim["direction"] == "high"
    yearly = registry.get(series_id).frequency == "year" or len(period.months) > 1
    value = figures.value(series_id, period)
    if value is None:
        return unreachable(claim["period"], series_id)
    if yearly:
        step = 1 if registry.get(series_id).frequency == "year" else len(period.months)
        history, p = [], period
        while (v := figures.value(series_id, p)) is not None:
            history.append((p, v))
            p = p.shifted(-12 if registry.get(series_id).frequency == "year" else -step)
            if step != 12 and registry.get(series_id).frequency != "year":
                break
    else:
        upto = _months_upto(figures, series_id, period.months[0])
        history = [(Period(m, (m,)), v) for m, v in upto.items()]
    others = [v for p, v in history if p.months != period.months]
    is_record = all((value > v) if high else (value < v) for v in others) and bool(others)
    first = min(history, key=lambda x: x[0].months[0])[0]
    extreme = (max if high else min)(history, key=lambda x: x[1])
    word = "highest" if high else "lowest"
    explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, "
                   f"{'the' if is_record else 'not the'} {word} in the bundled series since "
                   f"{first.name}" + ("" if is_record else f" ({extreme[0].name}: "
                                      f"{_n(extreme[1])})") + ".")
    compared = [Comparison(series_id, period, value, f"{word} of {len(history)} since "
                           f"{first.name}: {'yes' if is_record else 'no'}")]
    # a record is rank 1: one off (the second highest) is partly_supported, as for any rank
    second = sum((v > value) if high else (v < value) for v in others) == 1
    verdict = "supported" if is_record else ("partly_supported" if second else "not_supported")
    history = registry.history_of(series_id)
    if not yearly and history is not None:
        long = _months_upto(figures, history.id, period.months[0])
        if period.months[0] in long.index:
            v = long[period.months[0]]
            rank = int(((long > v) if high else (long < v)).sum()) + 1
            explanation += (f" In Border Patrol's series since October 1999 (DHS, rounded to "
                            f"10) the month ranks {_ordinal(rank)} {word} of {len(long)}.")
            beaten = long[(long > v + 10) if high else (long < v - 10)]
            if is_record and history.extends == series_id and len(beaten):
                # a Border Patrol record that DHS's longer Border Patrol history beats (by more
                # than its rounding): the agency's records hold a higher month
                verdict = "partly_supported" if len(beaten) == 1 else "not_supported"
                top = (beaten.idxmax() if high else beaten.idxmin())
                explanation += (f" The agency's longer records hold {word.replace('est', 'er')} "
                                f"months ({Period(top, (top,)).name}: {_n(beaten[top])}), so it "
                                f"is not a record in them.")
    if len(period.months) == 1:
        note = figures.note(series_id, period.months[0])
        if note:
            explanation += f" CBP {note}."
    if not is_record and len(others) < 3:
        verdict = "not_checkable"
        explanation += " The bundled series is too short to settle a record."
    return Check(verdict, " ".join(f"{explanation} {_rivals(series_id, [period], figures)} "
                                   f"{_caveats(series_id, [period])}".split()),
                 compared, claim["period"])


def check_extreme_of_years(claim: dict, series_id: str, period: Period, last_year: int,
                           figures: Figures) -> Check:
    """'the fewest of the last six years': the claim's year is the lowest (highest) of the
    `n` years up to `last_year` (the last full year, calendar or fiscal as the claim's year
    is, before publication). A window
    named by whose years they are ("López Obrador's six years", extra ending ':term') is read
    the same way, but a miss is not_checkable: the bundled data do not date the term."""
    parts = str(claim.get("extra")).split(":")
    count, term = int(parts[1]), "term" in parts
    wanted = next((int(p[4:]) for p in parts if p.startswith("rank")), 1)  # "the third-highest"
    since = next((int(p[5:]) for p in parts if p.startswith("since")), 0)
    if since:  # "the six fiscal years since 2019": from that year on
        last_year = since + count - 1
    fiscal = period.label.startswith("FY")  # "the most of any of the six fiscal years"
    window = [f"FY{y}" if fiscal else str(y) for y in range(last_year - count + 1, last_year + 1)]
    values = {y: figures.value(series_id, registry.periods_of(y)[0]) for y in window}
    if len(period.months) != 12 or period.label not in window or \
            any(v is None for v in values.values()):
        return unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    value = values[period.label]
    rank = 1 + sum(1 for y, v in values.items() if y != period.label and
                   ((v > value) if high else (v < value)))
    extreme = rank == wanted
    word = ("highest" if high else "lowest") if wanted == 1 else \
        f"{_ordinal(wanted)} {'highest' if high else 'lowest'}"
    listing = ", ".join(f"{y} {_n(v)}" for y, v in values.items())
    explanation = (f"{_source_phrase(series_id)}: {listing}; {period.label} is "
                   f"{'the' if extreme else 'not the'} {word} of the {count} years "
                   f"{window[0]}-{window[-1]}.")
    verdict = "supported" if extreme else "not_supported"
    if term:
        explanation += (f" The years are read as the {count} full years before publication; "
                        "the bundled data do not date whose years they are.")
        if not extreme:
            verdict = "not_checkable"
    return Check(verdict, " ".join(f"{explanation} {_rivals(series_id, [period], figures)}"
                                   .split()),
                 [Comparison(series_id, period, value, f"{word} of {window[0]}-{window[-1]}: "
                             f"{'yes' if extreme else 'no'}")], claim["period"])


def check_same_month_since(claim: dict, series_id: str, period: Period, year: int,
                           figures: Figures) -> Check:
    """'the fewest for any August since 2020': no August after 2020 and before the claim's
    was lower (higher); the year named itself is not read either way."""
    if len(period.months) != 1:
        return unreachable(claim["period"], series_id)
    month = period.months[0]
    upto = _months_upto(figures, series_id, month)
    same = upto[[m.endswith(month[4:]) and year < int(m[:4]) < int(month[:4]) for m in upto.index]]
    if month not in upto.index or len(same) != int(month[:4]) - year - 1:
        return unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    value = upto[month]
    beaten = same[same > value] if high else same[same < value]
    word = "higher" if high else "lower"
    name = calendar.month_name[int(month[5:])]
    listing = ", ".join(f"{m[:4]} {_n(v)}" for m, v in same.items())
    explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {_month_name(month)}; "
                   f"{name}s after {year}: {listing or 'none'}; "
                   + (f"none was {word}." if beaten.empty else
                      f"{_month_name(beaten.index[0])} was {word}."))
    return Check("supported" if beaten.empty else "not_supported",
                 " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, period, value, f"{'highest' if high else 'lowest'} "
                             f"{name} since {year}: {'yes' if beaten.empty else 'no'}")],
                 claim["period"])


def check_lowest_since(claim: dict, series_id: str, period: Period, since: str,
                       figures: Figures, named: bool = False) -> Check:
    """'the lowest since June 2023': no month after `since` and before the claim's month was
    lower, and `since` itself was (or earlier months were) lower."""
    month = period.months[0]
    upto = _months_upto(figures, series_id, month)
    if month not in upto.index or since not in upto.index:
        return unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    value = upto[month]
    between = upto[(upto.index > since) & (upto.index < month)]
    beaten = between[between < value] if not high else between[between > value]
    word = "lowest" if not high else "highest"
    if beaten.empty and not (named and (upto[since] < value if high else upto[since] > value)):
        verdict = "supported"
        explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, the "
                       f"{word} since {_month_name(since)} ({_n(upto[since])}).")
    elif beaten.empty:  # beyond the month named too: the claim understates a longer record
        verdict = "partly_supported"
        explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, "
                       f"{'above' if high else 'below'} {_month_name(since)} too "
                       f"({_n(upto[since])}): the {word} over a longer span than the claim says.")
    else:
        verdict = "not_supported"
        worst = beaten.idxmin() if not high else beaten.idxmax()
        explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, but "
                       f"{_month_name(worst)} was {'lower' if not high else 'higher'} "
                       f"({_n(beaten[worst])}), after {_month_name(since)}.")
    return Check(verdict, " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, period, value, f"{word} since {since}: "
                             f"{'yes' if verdict == 'supported' else 'no'}")], claim["period"])


def check_beyond_span(claim: dict, series_id: str, period: Period, first: str, last: str,
                      figures: Figures, span_name: str) -> Check:
    """'lower than at any point under the previous administration': the claim's month below
    (above, for a high) every month from `first` to `last`; not_supported naming the month
    that was lower (higher)."""
    month = period.months[0]
    values = _months_upto(figures, series_id, month)
    span = values[(values.index >= first) & (values.index <= last)]
    if month not in values.index or span.empty or span.index.min() > first:
        return unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    value = values[month]
    worst = span.idxmax() if high else span.idxmin()
    holds = value > span[worst] if high else value < span[worst]
    explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}; "
                   f"{span_name}, from {_month_name(first)} to {_month_name(last)}, the "
                   f"{'highest' if high else 'lowest'} month was {_month_name(worst)} "
                   f"({_n(span[worst])}).")
    return Check("supported" if holds else "not_supported",
                 " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, period, value, f"{'above' if high else 'below'} every "
                             f"month {first}..{last}: {'yes' if holds else 'no'}")],
                 claim["period"])


def check_threshold_years(claim: dict, series_id: str, period: Period, threshold: float,
                          since: int, figures: Figures) -> Check:
    """'Before this year, agents had not made more than 1.5 million apprehensions in a fiscal
    year since 2000': no year after `since` and before the claim's went past the threshold."""
    if len(period.months) != 12:
        return unreachable(claim["period"], series_id)
    years, p = [], period.shifted(-12)
    while (v := figures.value(series_id, p)) is not None and not p.name.endswith(str(since)):
        years.append((p, v))
        p = p.shifted(-12)
    if figures.value(series_id, p) is None or len(years) > 40:
        return unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    past = [(q, v) for q, v in years if (v > threshold if high else v < threshold)]
    word = "more" if high else "fewer"
    explanation = (f"{_source_phrase(series_id)}: " + ", ".join(f"{q.name} {_n(v)}" for q, v in reversed(years))
                   + f"; {'none' if not past else past[0][0].name} had {word} than {_n(threshold)}.")
    return Check("not_supported" if past else "supported",
                 " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, past[0][0] if past else period, past[0][1] if past else
                             figures.value(series_id, period) or 0.0,
                             f"{word} than {_n(threshold)} since {since}: {'yes' if past else 'no'}")],
                 claim["period"])


def check_since_years(claim: dict, series_id: str, period: Period, since: int,
                      figures: Figures) -> Check:
    """'the most since fiscal 2007': no fiscal year between `since` and the claim's was higher
    (lower, for a low), and fiscal `since` itself was."""
    if len(period.months) != 12:
        return unreachable(claim["period"], series_id)
    value = figures.value(series_id, period)
    years, p = [], period.shifted(-12)
    while (v := figures.value(series_id, p)) is not None:
        years.append((p, v))
        if p.name.endswith(str(since)) or len(years) > 40:
            break
        p = p.shifted(-12)
    if value is None or not years or not years[-1][0].name.endswith(str(since)):
        return unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    between = years[:-1]
    beaten = [(q, v) for q, v in between if (v > value if high else v < value)]
    anchor = years[-1][1]
    anchored = anchor >= value if high else anchor <= value
    # beyond the year named too: a record, which the claim understates
    verdict = ("supported" if anchored else "partly_supported") if not beaten else "not_supported"
    word = "highest" if high else "lowest"
    if beaten:
        q, v = beaten[0]
        explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, but "
                       f"{q.name} was {'higher' if high else 'lower'} ({_n(v)}).")
    elif not anchored:
        explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, "
                       f"beyond {years[-1][0].name} too ({_n(anchor)}): the {word} in a longer span.")
    else:
        explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, the "
                       f"{word} since {years[-1][0].name} ({_n(anchor)}).")
    return Check(verdict, " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, period, value, f"{word} since FY{since}: "
                             f"{'yes' if verdict == 'supported' else 'no'}")], claim["period"])


def check_streak(claim: dict, series_id: str, period: Period, length: int,
                 figures: Figures, years: bool = False) -> Check:
    """'fallen for three straight months': each of the last `length` months moved that way;
    'the fourth consecutive annual increase' (`years`): each of the last `length` years."""
    if years:
        return _yearly_streak(claim, series_id, period, length, figures)
    month = period.months[-1]
    upto = _months_upto(figures, series_id, month)
    months = [_shift(month, -k) for k in range(length + 1)][::-1]
    if any(m not in upto.index for m in months):
        return unreachable(claim["period"], series_id)
    down = claim["direction"] == "down"
    steps = [(upto[b] < upto[a]) if down else (upto[b] > upto[a]) for a, b in
             zip(months, months[1:])]
    verdict = "supported" if all(steps) else "not_supported"
    listing = ", ".join(f"{_month_name(m)} {_n(upto[m])}" for m in months)
    explanation = (f"{_source_phrase(series_id)}: {listing}; "
                   f"{'each' if all(steps) else 'not every'} month "
                   f"{'fell' if down else 'rose'} from the one before.")
    return Check(verdict, " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, Period(month, (month,)), upto[month],
                             f"{sum(steps)} of {length} months {'down' if down else 'up'}")],
                 claim["period"])


def check_first_in(claim: dict, series_id: str, period: Period, length: int,
                   figures: Figures) -> Check:
    """'rose for the first time in six months': the claim's month moved that way and the
    `length` - 1 months before it did not; one month short of that is partly supported."""
    month = period.months[-1]
    upto = _months_upto(figures, series_id, month)
    months = [_shift(month, -k) for k in range(length + 1)][::-1]
    if len(period.months) != 1 or any(m not in upto.index for m in months):
        return unreachable(claim["period"], series_id)
    down = claim["direction"] == "down"
    steps = [(upto[b] < upto[a]) if down else (upto[b] > upto[a]) for a, b in
             zip(months, months[1:])]
    without = 0  # months in a row before the claim's month that did not move that way
    for step in reversed(steps[:-1]):
        if step:
            break
        without += 1
    verb = "fell" if down else "rose"
    if not steps[-1]:
        verdict = "not_supported"
    else:
        verdict = "supported" if without >= length - 1 else (
            "partly_supported" if without == length - 2 else "not_supported")
    listing = ", ".join(f"{_month_name(m)} {_n(upto[m])}" for m in months)
    if steps[-1]:
        what = f"{verb} after {without} month{'' if without == 1 else 's'} in a row that did not"
    else:
        what = f"did not {'fall' if down else 'rise'}"
    explanation = f"{_source_phrase(series_id)}: {listing}; {_month_name(month)} {what}."
    return Check(verdict, " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, Period(month, (month,)), upto[month],
                             f"{'fall' if down else 'rise'} after {without} months without")],
                 claim["period"])


def _yearly_streak(claim: dict, series_id: str, period: Period, length: int,
                   figures: Figures) -> Check:
    if len(period.months) != 12:
        return unreachable(claim["period"], series_id)
    years = [period.shifted(-12 * k) for k in range(length + 1)][::-1]
    values = [figures.value(series_id, p) for p in years]
    if any(v is None for v in values):
        return unreachable(claim["period"], series_id)
    down = claim["direction"] == "down"
    steps = [(b < a) if down else (b > a) for a, b in zip(values, values[1:])]
    verdict = "supported" if all(steps) else "not_supported"
    listing = ", ".join(f"{p.name} {_n(v)}" for p, v in zip(years, values))
    explanation = (f"{_source_phrase(series_id)}: {listing}; "
                   f"{'each' if all(steps) else 'not every'} year "
                   f"{'fell' if down else 'rose'} from the one before.")
    return Check(verdict, " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, period, values[-1],
                             f"{sum(steps)} of {length} years {'down' if down else 'up'}")],
                 claim["period"])


def check_threshold_since(claim: dict, series_id: str, period: Period,
                          figures: Figures) -> Check:
    """'topping 200,000 for the first time since May': the claim's month is past the
    threshold, no month between it and that month is, and that month was."""
    _, threshold, number, year = str(claim["extra"]).split(":")
    if len(period.months) != 1:
        return unreachable(claim["period"], series_id)
    month = period.months[0]
    since = f"{year}-{number}" if year else next(
        (_shift(month, -k) for k in range(1, 13) if _shift(month, -k)[5:] == number), "")
    upto = _months_upto(figures, series_id, month)
    if not since or since not in upto.index or month not in upto.index:
        return unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    past = (lambda v: v > float(threshold)) if high else (lambda v: v < float(threshold))
    between = [m for m in upto.index if since < m < month]
    holds = past(upto[month]) and past(upto[since]) and not any(past(upto[m]) for m in between)
    word = "above" if high else "below"
    explanation = (f"{_source_phrase(series_id)} numbered {_n(upto[month])} in "
                   f"{_month_name(month)} and {_n(upto[since])} in {_month_name(since)}; "
                   + ", ".join(f"{_month_name(m)} {_n(upto[m])}" for m in between)
                   + f" {'were not' if holds else 'were'} {word} {_n(float(threshold))}.")
    return Check("supported" if holds else "not_supported",
                 " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, period, upto[month],
                             f"{word} {_n(float(threshold))} first since {since}: "
                             f"{'yes' if holds else 'no'}")], claim["period"])


_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def check_extreme_within_year(claim: dict, series_id: str, period: Period,
                              figures: Figures) -> Check:
    """'The busiest month of the fiscal year was May': the month is the extreme (or the rank
    claimed: 'the second-busiest', one off partly_supported) of the months of its fiscal
    (calendar) year, up to the last one the series holds; 'the busiest month in 2021's first
    eight months': of the months of that span."""
    if len(period.months) != 1:
        return unreachable(claim["period"], series_id)
    month = period.months[0]
    year, number = int(month[:4]), int(month[5:7])
    extra = str(claim.get("extra") or "")
    if extra.startswith("within:span:"):
        label, _, rank = extra[len("within:span:"):].partition(":")
        spans = periods_of(label)
        if len(spans) != 1:
            return unreachable(claim["period"], series_id)
        months, wanted = spans[0].months, int(rank or 1)
        span = f"{_month_name(months[0]).split()[0]}\u2013{_month_name(months[-1])}"
    else:
        parts = extra.split(":")
        fiscal, wanted = parts[1:2] == ["fiscal"], int(parts[2]) if len(parts) > 2 else 1
        first = f"{year - 1}-10" if fiscal and number < 10 else (f"{year}-10" if fiscal else f"{year}-01")
        months = tuple(_shift(first, k) for k in range(12))
        span = f"{'fiscal year ' + str(year + (1 if number >= 10 else 0)) if fiscal else year}"
        if parts[3:4] in (["half1"], ["half2"]):  # "the quietest month of the second half"
            months = months[:6] if parts[3] == "half1" else months[6:]
            span = f"the {'first' if parts[3] == 'half1' else 'second'} half of {span}"
    values = {m: figures.value(series_id, Period(m, (m,))) for m in months}
    values = {m: v for m, v in values.items() if v is not None}
    if month not in values or len(values) < 2:
        return unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    ordered = sorted(values, key=values.get, reverse=high)
    extreme = ordered[wanted - 1] if wanted <= len(ordered) else ordered[-1]
    rank = ordered.index(month) + 1
    verdict = "supported" if rank == wanted else (
        "partly_supported" if abs(rank - wanted) == 1 else "not_supported")
    word = ("highest" if high else "lowest") if wanted == 1 else \
        f"{_ORDINALS.get(wanted, str(wanted))}-{'highest' if high else 'lowest'}"
    explanation = (f"{_source_phrase(series_id)} numbered {_n(values[month])} in "
                   f"{_month_name(month)}; the {word} month of {span} "
                   f"({len(values)} months in the series) was {_month_name(extreme)} "
                   f"({_n(values[extreme])}).")
    return Check(verdict, " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, period, values[month],
                             f"{word} of {len(values)} months of {span}: "
                             f"{'yes' if verdict == 'supported' else 'no'}")], claim["period"])


def check_rank(claim: dict, period: Period, figures: Figures, history: str) -> Check:
    """Rank of a month among the same months of every year, in a long history series."""
    if not claim.get("month_name") or len(period.months) != 1:
        return unreachable(claim["period"], history)
    month = period.months[0]
    number = f"-{month[5:7]}"
    long = _months_upto(figures, history, month)
    same = long[[m.endswith(number) for m in long.index]]
    if month not in same.index:
        return unreachable(claim["period"], history)
    value = same[month]
    high = claim["direction"] == "high"
    rank = int(((same > value) if high else (same < value)).sum()) + 1
    count = len(same)
    top = max(5, round(count / 5))
    wanted = int(claim.get("extra") or 0)  # "the lowest April": 1; "one of the": 0
    if wanted:
        verdict = "supported" if rank == wanted else (
            "partly_supported" if wanted > 1 and abs(rank - wanted) == 1 else "not_supported")
    else:
        verdict = "supported" if rank <= top else ("partly_supported" if rank <= count / 3
                                                   else "not_supported")
    leader = same.idxmax() if high else same.idxmin()
    word = "highest" if high else "lowest"
    source = registry.get(history)
    explanation = (f"{_source_phrase(history)} numbered {_n(value)} in "
                   f"{_month_name(month)}, the {_ordinal(rank)} {word} {claim['month_name']} of "
                   f"{count} since {same.index.min()[:4]} (the {word}: {_n(same[leader])} in "
                   f"{leader[:4]}).")
    extended = _caveats(source.extends, [period]) if source.extends else ""
    return Check(verdict, " ".join(f"{explanation} {extended} "
                                   f"{_caveats(history, [period])}".split()),
                 [Comparison(history, period, value, f"rank {rank} of {count} "
                             f"{claim['month_name']}s")], claim["period"])


def check_rank_among(claim: dict, series_id: str, period: Period, figures: Figures,
                     history: str = "") -> Check:
    """Rank of a period among all periods of its length up to it ("the third-busiest month
    on record": among every month; "the second-busiest" calendar year: among calendar
    years), in the series' longer history when it has one (`history`)."""
    high = claim["direction"] == "high"
    if len(period.months) == 1:
        source = history if history and period.months[0] in _months_upto(
            figures, history, period.months[0]).index else series_id
        upto = _months_upto(figures, source, period.months[0])
        ranked = [(Period(m, (m,)), v) for m, v in upto.items()]
    else:  # years: among the same span of every year, in the longer history when it has one
        source = history if history and figures.value(history, period) is not None else series_id
        ranked, p = [], period
        while (v := figures.value(source, p)) is not None:
            ranked.append((p, v))
            p = p.shifted(-12)
        p = period.shifted(12)
        while re.match(r"now\b", str(claim.get("surface") or ""), re.I) and (
                v := figures.value(source, p)) is not None:
            ranked.append((p, v))  # "Fiscal 2000's total now ranks only seventh": among the
            p = p.shifted(12)      # years since too
    value = figures.value(source, period) if len(period.months) > 1 else dict(
        (q.months[0], v) for q, v in ranked).get(period.months[0])
    if value is None or not ranked:
        return unreachable(claim["period"], series_id)
    rank = sum(1 for _, v in ranked if (v > value if high else v < value)) + 1
    wanted = int(claim.get("extra") or 0)  # "the third-busiest": 3; "one of the highest": 0
    if wanted:
        verdict = "supported" if rank == wanted else (
            "partly_supported" if wanted > 1 and abs(rank - wanted) == 1 else "not_supported")
    else:  # "one of the highest monthly totals on record": the top fifth (at least five)
        top = max(5, round(len(ranked) / 5))
        verdict = "supported" if rank <= top else (
            "partly_supported" if rank <= len(ranked) / 3 else "not_supported")
        wanted = top
    word = "highest" if high else "lowest"
    first = min(q.months[0] for q, _ in ranked)
    explanation = (f"{_source_phrase(source)} numbered {_n(value)} in {period.name}, the "
                   f"{_ordinal(rank)} {word} of {len(ranked)} "
                   f"{'months' if len(period.months) == 1 else 'periods of its length'} "
                   f"since {_month_name(first)}.")
    if verdict != "supported" and len(ranked) < wanted + 2:
        verdict = "not_checkable"
        explanation += " The bundled series is too short to settle the rank."
    return Check(verdict, " ".join(f"{explanation} {_caveats(source, [period])}".split()),
                 [Comparison(source, period, value, f"rank {rank} of {len(ranked)}")],
                 claim["period"])


def check_event(claim: EventClaim, figures: Figures, series_id: str) -> Check:
    """A dated event: supported when a sourced event of the series falls in the interval and
    shares at least two content words with the sentence."""
    events = figures.table(series_id)
    best, best_score = None, 0
    day = claim.date_start == claim.date_end
    for row in events.to_dict("records"):
        if not (claim.date_start <= row["period"] <= claim.date_end):
            continue
        # a day is narrow enough to read the sentence that follows too ("Under the deal, …")
        score = _overlap(f"{claim.sentence} {claim.context}" if day else claim.sentence,
                         row["note"])
        if score > best_score:
            best, best_score = row, score
    if best is None or best_score < 2:
        return Check("not_checkable", f"No sourced context event between {claim.date_start} and "
                     f"{claim.date_end} matches the sentence; a dated record of the event (a "
                     "government readout, court record or news report) would settle it.",
                     [], claim.label)
    day = best["period"]
    explanation = (f"A sourced event matches: on {day}, {best['note']} (source: "
                   f"{best['source_url']}; source quality: {best['status']}).")
    return Check("supported", explanation,
                 [Comparison(series_id, None, None, f"event on {day} within {claim.date_start}.."
                             f"{claim.date_end}", best["source_url"], day)], claim.label)


_STOP = set("the a an of to in on and or for with by at from that this was were is are be "
            "been has have had it its as into than more most their his her they he she who "
            "which said says after before over under also only could would not no last year "
            "month week day".split())
#: Words nearly every event of the series shares: they do not make a match.
_GENERIC = {"mexic", "unite", "state", "migra", "borde", "presi", "gover", "offic", "natio"}
_GENERIC |= {name.lower()[:5] for name in (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday").split()}  # dates place an event; they are not what it is


#: Stems of words that name the same kind of event (claims.yaml `event_synonyms`): "an
#: agreement" and "a joint declaration", "lapsed" and "expired".
_SYNONYMS = {w.lower()[:5]: group[0].lower()[:5] for group in
             vocabulary.load("claims")["event_synonyms"] for w in group}


def _stems(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z\u00c0-\u024f]+", text.lower())
    stems = {w[:5] for w in words if w not in _STOP and len(w) > 2}
    return {_SYNONYMS.get(w, w) for w in stems} - _GENERIC


def _overlap(sentence: str, event: str) -> int:
    return len(_stems(sentence) & _stems(event))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def unreachable(period: str, series_id: str = "") -> Check:
    what = registry.get(series_id).counts if series_id else "the bundled series"
    if not period:
        return Check(explanation="The claim names no period, so no official figure can be set "
                     f"against it; the same claim for a stated month or year would be checked "
                     f"against {what}.")
    return Check(explanation=f"The bundled figures ({what}) do not cover {period} as whole "
                 "months or years, so the claim cannot be checked against them.", period=period)


def missing_data(subject: str, sentence: str) -> str:
    for text in (subject, sentence):
        for pattern, data in _MISSING_DATA:
            if pattern.search(text):
                return data
    return ("an official series counting what the claim describes (the registry in "
            "analysis/series.py lists what is bundled)")
