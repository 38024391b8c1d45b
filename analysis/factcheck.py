"""Checking an article's claims against the official series of the registry.

A claim is a statistic of the article (a level, a change, a fraction of a baseline, a
multiple) or a claim without a number (a trend, a record, a rank, "the lowest since", a
streak, a dated event; see analysis.claims). Story details (ages, durations, one group's
size in an anecdote) are not claims and get no row.

The series is chosen from the agent, the verb and the place (analysis.series.candidates):
"Border Patrol agents apprehended ... between ports of entry" is Border Patrol, "at ports of
entry" is the Office of Field Operations, "encounters at the southwest border" all
encounters, and bare "illegal crossings" is ambiguous: it is checked against both the total
and Border Patrol, one row each, and the claim takes the more favourable verdict (never
`not_supported` because the wording left the series open). Mexico's own figures are
checked against Mexico's series, whose explanations say they are secondary.

Tolerances (stated once, in `holds`):
- exact figure: within 1%, or within the rounding of the printed number ("2.4 million" is
  2.35-2.45 million), or equal to CBP's first release of the month (the reference holds the
  revised figure; first releases are in data/reference/first_releases.csv);
- "about", "roughly", "around", "some", "approximately": within 10%;
- "nearly", "almost", "just under": between 90% and 101% of the figure;
- "more than", "over", "at least" / "less than", "fewer than", "at most": the inequality;
- a change in percent: within 1.5 percentage points (exact) or 10% of the claim
  (approximate); a multiple within 10% (a larger actual multiple is `partly_supported`:
  the claim understates); a strong trend word needs a change of 20% or more;
- "one of the highest" needs a rank in the top five or the top fifth.
A figure that misses its tolerance by little (an exact figure within 5%, an approximate
one within 20%) is `partly_supported`; beyond that, `not_supported`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace

import pandas as pd

from analysis import series as registry
from analysis.article import Article
from analysis.claims import (EventClaim, event_claims, extract_claims, fiscal_year_to_date,
                             words_re)
from analysis.vocabulary import alternation
from analysis.periods import find_time_expressions

COLUMNS = ["article_id", "claim_id", "stat_id", "char_start", "char_end", "claim_text", "claim",
           "claim_type", "period", "official_series", "official_period_start",
           "official_period_end", "official_value", "comparison", "verdict", "explanation",
           "source_url"]
VERDICTS = ("supported", "partly_supported", "not_supported", "not_checkable")
_RANK = {"supported": 0, "partly_supported": 1, "not_supported": 2, "not_checkable": 3}

US_TOTAL, US_BP, US_OFO, US_LONG = ("cbp_southwest_total", "cbp_southwest_usbp",
                                    "cbp_southwest_ofo", "ohss_usbp_southwest_long")
MX_EVENTS, MX_RETURNS, EVENTS = "mexico_upm_events", "mexico_upm_returns", "context_events"

#: What would settle a claim no bundled series reaches, by what it counts.
_MISSING_DATA = [
    (re.compile(r"checkpoint", re.I), "a yearly count of Mexican immigration checkpoints, from "
     "Mexico's National Migration Institute (INM) or the State Department data the article cites"),
    (re.compile(r"personnel|agents|officers|guard|police|staff|troops|soldiers", re.I),
     "staffing figures for Mexico's immigration and law-enforcement agencies (INM, National "
     "Guard) by year"),
    (re.compile(r"poverty|climate|pandemic|violence|factors|because|due to", re.I),
     "survey data on why migrants leave (for example IOM's displacement tracking surveys); "
     "the bundled series count encounters, not their causes"),
]


# --- periods -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """A stretch of whole months (or a calendar year, for yearly series)."""

    label: str
    months: tuple[str, ...]

    @property
    def start(self) -> str:
        return f"{self.months[0]}-01"

    @property
    def end(self) -> str:
        year, month = int(self.months[-1][:4]), int(self.months[-1][5:7])
        return f"{self.months[-1]}-{calendar.monthrange(year, month)[1]:02d}"

    @property
    def name(self) -> str:
        if len(self.months) == 1:
            return _month_name(self.months[0])
        if re.fullmatch(r"FY\d{4}|\d{4}", self.label):
            return self.label
        return f"{_month_name(self.months[0])} to {_month_name(self.months[-1])}"

    @property
    def year(self) -> str | None:
        """The calendar year, when the period is exactly one."""
        m = self.months
        if len(m) == 12 and m[0].endswith("-01") and m[-1].endswith("-12"):
            return m[0][:4]
        return None

    def shifted(self, months: int) -> "Period":
        moved = tuple(_shift(m, months) for m in self.months)
        label = self.label
        if re.fullmatch(r"FY\d{4}", label) and months % 12 == 0:
            label = f"FY{int(label[2:]) + months // 12}"
        elif re.fullmatch(r"\d{4}", label) and months % 12 == 0:
            label = str(int(label) + months // 12)
        else:
            label = moved[0] if len(moved) == 1 else f"{moved[0]}/{moved[-1]}"
        return Period(label, moved)


def _shift(month: str, by: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + by
    return f"{index // 12}-{index % 12 + 1:02d}"


def _month_range(first: str, last: str) -> tuple[str, ...]:
    months, current = [], first
    while current <= last:
        months.append(current)
        current = _shift(current, 1)
    return tuple(months)


def periods_of(label: object) -> list[Period]:
    """'FY2022/FY2023' -> two fiscal years; '2023-12'; 'FY2024'; '2023'; an interval of whole
    months ('2023-10-01/2024-02-29') -> one period; anything else -> []."""
    label = str(label) if isinstance(label, str) else ""
    if m := re.fullmatch(r"FY(\d{4})/FY(\d{4})", label):
        return [periods_of(f"FY{y}")[0] for y in range(int(m[1]), int(m[2]) + 1)]
    if m := re.fullmatch(r"FY(\d{4})", label):
        year = int(m[1])
        return [Period(label, _month_range(f"{year - 1}-10", f"{year}-09"))]
    if re.fullmatch(r"\d{4}", label):
        return [Period(label, _month_range(f"{label}-01", f"{label}-12"))]
    if re.fullmatch(r"\d{4}-\d{2}", label):
        return [Period(label, (label,))]
    if m := re.fullmatch(r"(\d{4}-\d{2})-(\d{2})/(\d{4}-\d{2})-(\d{2})", label):
        first, last = m[1], m[3]
        last_day = calendar.monthrange(int(last[:4]), int(last[5:]))[1]
        if m[2] == "01" and int(m[4]) == last_day:
            months = _month_range(first, last)
            if len(months) == 12 and first.endswith("-01"):
                return [Period(first[:4], months)]
            return [Period(label, months)]
    return []


def _month_name(month: str) -> str:
    return f"{calendar.month_name[int(month[5:7])]} {month[:4]}"


# --- figures -------------------------------------------------------------------------------

class Figures:
    """Values of the registry's series over periods (sums of months, or a year)."""

    def __init__(self) -> None:
        self._obs = {sid: registry.observations(sid) for sid in registry.REGISTRY}

    @classmethod
    def load(cls) -> "Figures":
        return cls()

    def table(self, series_id: str, preferred: bool = True) -> pd.DataFrame:
        obs = self._obs[series_id]
        return obs[obs["preferred"]] if preferred else obs

    def value(self, series_id: str, period: Period) -> float | None:
        obs = self.table(series_id).set_index("period")["value"]
        if registry.get(series_id).frequency == "year":
            year = period.year
            return float(obs[year]) if year and year in obs.index else None
        if any(m not in obs.index for m in period.months):
            return None
        return float(sum(obs[m] for m in period.months))

    def rivals(self, series_id: str, period: Period) -> list[tuple[float, str]]:
        """Other sources' figures for the same year (Mexico's series)."""
        obs = self.table(series_id, preferred=False)
        rows = obs[(obs["period"] == (period.year or "")) & ~obs["preferred"]]
        return [(float(v), str(u)) for v, u in zip(rows["value"], rows["source_url"])]

    def note(self, series_id: str, month: str) -> str:
        obs = self.table(series_id)
        rows = obs[obs["period"] == month]
        return str(rows["note"].iloc[0]) if len(rows) and registry.get(
            series_id).frequency == "month" else ""

    def first_release(self, series_id: str, month: str) -> float | None:
        note = self.note(series_id, month)
        m = re.match(r"first released as ([\d,]+)", note)
        return float(m[1].replace(",", "")) if m else None


# --- series choice -------------------------------------------------------------------------

def _cue(name: str, text: str) -> bool:
    return bool(re.search(words_re(name), text, re.I))


def choose_series(clause: str, sentence: str) -> list[str]:
    """The series a figure belongs to, from the agent, verb and place of its clause (then of
    its sentence): [] when none, two ids when the wording leaves the series open."""
    for text in (clause, sentence):
        if _cue("mexico_cues", text) and not re.search(
                r"\bMexico\s+border\b|"
                r"\bU\.S\.-Mexico\b|\bwith Mexico\b", text):
            if _cue("mexico_return_cues", text):
                return [MX_RETURNS]
            if _cue("mexico_detention_cues", text):
                return [MX_EVENTS]
            return ["mexico"]
        ports, patrol = _cue("port_of_entry_cues", text), _cue("border_patrol_cues", text)
        if ports and patrol:  # "apprehensions and inadmissibles": both components
            return [US_TOTAL]
        if ports:
            return [US_OFO]
        if patrol:
            return [US_BP]
        if _cue("total_cues", text):
            return [US_TOTAL]
        if _cue("crossing_cues", text) and re.search(r"\bcross|\bborder\b", text, re.I):
            return [US_TOTAL, US_BP]
    return []


def counts_people(clause: str, start: int, length: int, ratio: bool = False) -> bool:
    """Whether the noun nearest a number in its clause is one a border series counts
    (claims.yaml `countable`) rather than one it does not (`not_counted`)."""
    if start < 0:
        return True
    end = start + length
    if not re.search(words_re("countable") + "|" + words_re("not_counted"), clause, re.I):
        return ratio  # "more than double its December 2021 figure": what doubled is before
    nearest = []
    for name in ("countable", "not_counted"):
        for m in re.finditer(words_re(name), clause, re.I):
            distance = m.start() - end if m.start() >= end else start - m.end()
            nearest.append((distance + (0 if m.start() >= end else 0.5), name))
    return bool(nearest) and min(nearest)[1] == "countable"


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


@dataclass
class Check:
    verdict: str = "not_checkable"
    explanation: str = ""
    compared: list[Comparison] = field(default_factory=list)
    period: str = ""


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
    text = f"{s.source}'s {s.counts}"
    if s.secondary:
        text = (f"{s.counts} ({s.source}; secondary figures, not read from the UPM's own "
                f"bulletins)")
    return text


def _combine(checks: list[Check], ambiguous: bool) -> Check:
    """One claim checked against several series: the most favourable verdict when the
    wording left the series open; never not_supported only because of that choice."""
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
        return _unreachable(stat.get("period", ""), series_id)
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


def check_change(claimed: float, qualifier: str, direction: str, surface: str, series_id: str,
                 now: Period, before: Period, figures: Figures, period_label: str) -> Check:
    """A change of `claimed` (a fraction: 0.2 for 20 percent) from `before` to `now`."""
    a, b = figures.value(series_id, now), figures.value(series_id, before)
    if a is None or b is None:
        return _unreachable(period_label, series_id)
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
        outcome = "yes" if gap <= tolerance else ("near" if gap <= 0.25 * claimed + 0.02
                                                  else "no")
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


def check_multiple(claimed: float, qualifier: str, surface: str, series_id: str,
                   nows: list[Period], before: Period, figures: Figures, period_label: str,
                   fraction: bool = False) -> Check:
    """`claimed` times the baseline ("double the number in 2019", "less than half the")."""
    base = figures.value(series_id, before)
    values = [figures.value(series_id, p) for p in nows]
    if base is None or not nows or any(v is None for v in values):
        return _unreachable(period_label, series_id)
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


# --- claims without a number ---------------------------------------------------------------

def _months_upto(figures: Figures, series_id: str, month: str) -> pd.Series:
    obs = figures.table(series_id)
    obs = obs[obs["period"] <= month]
    return obs.set_index("period")["value"].astype(float)


def check_trend(claim: dict, series_id: str, period: Period, figures: Figures) -> Check:
    if registry.get(series_id).frequency == "year" or len(period.months) == 1:
        before = period.shifted(-1 if len(period.months) == 1 else -12)
    else:
        before = period.shifted(-len(period.months))
    a, b = figures.value(series_id, period), figures.value(series_id, before)
    if a is None or b is None:
        return _unreachable(claim["period"], series_id)
    change = (a - b) / b
    right_way = change < 0 if claim["direction"] == "down" else change > 0
    strong_enough = claim["strength"] != "strong" or abs(change) >= 0.20
    verdict = "supported" if right_way and strong_enough else (
        "partly_supported" if right_way else "not_supported")
    explanation = (f"{_source_phrase(series_id)} {'fell' if change < 0 else 'rose'} "
                   f"{abs(change):.1%}, from {_n(b)} in {before.name} to {_n(a)} in "
                   f"{period.name}.")
    if right_way and not strong_enough:
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
        return _unreachable(claim["period"], series_id)
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
    verdict = "supported" if is_record else "not_supported"
    if not yearly and series_id in (US_BP, US_TOTAL):
        long = _months_upto(figures, US_LONG, period.months[0])
        if period.months[0] in long.index:
            v = long[period.months[0]]
            rank = int(((long > v) if high else (long < v)).sum()) + 1
            explanation += (f" In Border Patrol's series since October 1999 (DHS, rounded to "
                            f"10) the month ranks {_ordinal(rank)} {word} of {len(long)}.")
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


def check_lowest_since(claim: dict, series_id: str, period: Period, since: str,
                       figures: Figures) -> Check:
    """'the lowest since June 2023': no month after `since` and before the claim's month was
    lower, and `since` itself was (or earlier months were) lower."""
    month = period.months[0]
    upto = _months_upto(figures, series_id, month)
    if month not in upto.index or since not in upto.index:
        return _unreachable(claim["period"], series_id)
    high = claim["direction"] == "high"
    value = upto[month]
    between = upto[(upto.index > since) & (upto.index < month)]
    beaten = between[between < value] if not high else between[between > value]
    word = "lowest" if not high else "highest"
    if beaten.empty:
        verdict = "supported"
        explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, the "
                       f"{word} since {_month_name(since)} ({_n(upto[since])}).")
    else:
        verdict = "not_supported"
        worst = beaten.idxmin() if not high else beaten.idxmax()
        explanation = (f"{_source_phrase(series_id)} numbered {_n(value)} in {period.name}, but "
                       f"{_month_name(worst)} was {'lower' if not high else 'higher'} "
                       f"({_n(beaten[worst])}), after {_month_name(since)}.")
    return Check(verdict, " ".join(f"{explanation} {_caveats(series_id, [period])}".split()),
                 [Comparison(series_id, period, value, f"{word} since {since}: "
                             f"{'yes' if verdict == 'supported' else 'no'}")], claim["period"])


def check_streak(claim: dict, series_id: str, period: Period, length: int,
                 figures: Figures) -> Check:
    """'fallen for three straight months': each of the last `length` months moved that way."""
    month = period.months[-1]
    upto = _months_upto(figures, series_id, month)
    months = [_shift(month, -k) for k in range(length + 1)][::-1]
    if any(m not in upto.index for m in months):
        return _unreachable(claim["period"], series_id)
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


def check_rank(claim: dict, period: Period, figures: Figures) -> Check:
    """Rank of a month among the same months of every year, in the long Border Patrol series."""
    if not claim.get("month_name") or len(period.months) != 1:
        return _unreachable(claim["period"], US_LONG)
    month = period.months[0]
    number = f"-{month[5:7]}"
    long = _months_upto(figures, US_LONG, month)
    same = long[[m.endswith(number) for m in long.index]]
    if month not in same.index:
        return _unreachable(claim["period"], US_LONG)
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
    explanation = (f"Border Patrol recorded {_n(value)} Southwest border encounters in "
                   f"{_month_name(month)}, the {_ordinal(rank)} {word} {claim['month_name']} of "
                   f"{count} since {same.index.min()[:4]} (the {word}: {_n(same[leader])} in "
                   f"{leader[:4]}). DHS's long series is rounded to the nearest 10 and covers "
                   f"Border Patrol only.")
    return Check(verdict, " ".join(f"{explanation} {_caveats(US_BP, [period])}".split()),
                 [Comparison(US_LONG, period, value, f"rank {rank} of {count} "
                             f"{claim['month_name']}s")], claim["period"])


def check_event(claim: EventClaim, figures: Figures) -> Check:
    """A dated event: supported when a sourced context event matches in the interval."""
    events = figures.table(EVENTS)
    best, best_score = None, 0
    for row in events.to_dict("records"):
        if not (claim.date_start <= row["period"] <= claim.date_end):
            continue
        score = _overlap(claim.sentence, row["note"])
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
                 [Comparison(EVENTS, None, None, f"event on {day} within {claim.date_start}.."
                             f"{claim.date_end}", best["source_url"])], claim.label)


_STOP = set("the a an of to in on and or for with by at from that this was were is are be "
            "been has have had it its as into than more most their his her they he she who "
            "which said says after before over under also only could would not no last year "
            "month week day".split())


def _stems(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z\u00c0-\u024f]+", text.lower())
    return {w[:5] for w in words if w not in _STOP and len(w) > 2}


def _overlap(sentence: str, event: str) -> int:
    return len(_stems(sentence) & _stems(event))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _unreachable(period: str, series_id: str = "") -> Check:
    what = registry.get(series_id).counts if series_id else "the bundled series"
    if not period:
        return Check(explanation="The claim names no period, so no official figure can be set "
                     f"against it; the same claim for a stated month or year would be checked "
                     f"against {what}.")
    return Check(explanation=f"The bundled figures ({what}) do not cover {period} as whole "
                 "months or years, so the claim cannot be checked against them.", period=period)


def _missing_data(subject: str, sentence: str) -> str:
    for text in (subject, sentence):
        for pattern, data in _MISSING_DATA:
            if pattern.search(text):
                return data
    return ("an official series counting what the claim describes (the registry in "
            "analysis/series.py lists what is bundled)")


# --- the table -----------------------------------------------------------------------------

_DETAIL_KINDS = ("age", "duration", "money", "rate")
_NEAR_FRACTION_BASE = re.compile(r"^\s+(?:of\s+)?the\s+(?:[\d,.]+|number|level|total|figure|"
                                 r"peak|record)", re.I)


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause around a span of a sentence: back to the last ';', ', while', ', but' or
    sentence start, forward to the next such boundary."""
    boundary = re.compile(r";|,\s+(?:while|but|whereas|and|as)\s+|\s+while\s+|\.\s")
    before = [m.end() for m in boundary.finditer(sentence[:start])]
    after = boundary.search(sentence, end)
    return sentence[before[-1] if before else 0: after.start() if after else len(sentence)]


def _direction(window: str) -> str:
    downs = [m.start() for m in re.finditer(words_re("change_down"), window, re.I)]
    ups = [m.start() for m in re.finditer(words_re("change_up"), window, re.I)]
    if downs and (not ups or min(downs) <= min(ups)):
        return "down"
    return "up" if ups else ""


def _baseline(stat: dict, sentence: str, now: Period, yearly: bool) -> Period | None:
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


def _yearly_period(label: str, published: dt.date) -> list[Period]:
    """A yearly series' periods: whole years, else the last full year before publication."""
    periods = periods_of(label)
    if periods and all(p.year for p in periods):
        return periods
    return periods_of(str(published.year - 1))


_BASELINE_WORD = re.compile(r"\b(?:from|since|compared\s+with|compared\s+to|over|than|"
                            r"versus|vs\.?)\s+(?:the\s+)?(?:same\s+\w+\s+(?:in|of)\s+)?$", re.I)


def _periods_around(sentence: str, stat: dict, published: dt.date,
                    earlier: list[str]) -> tuple[str, str]:
    """(period, baseline) of a change: a time expression after 'from', 'since', 'compared
    with' or 'over' is the baseline; the period is another one in the sentence, else the
    latest period of an earlier claim that differs from the baseline."""
    period, baseline = str(stat.get("period") or ""), str(stat.get("baseline_period") or "")
    fiscal = "FY" in period or "FY" in baseline or any(p.startswith("FY") for p in earlier[-1:])
    expressions = find_time_expressions(sentence, published, fiscal=fiscal or None)
    for e in expressions:
        if _BASELINE_WORD.search(sentence[:e.start - 0]) and not baseline:
            baseline = e.label
    if not baseline:  # "fell 30 percent from May": a bare month after 'from' is the baseline
        m = re.search(r"\b(?:from|since|than|over)\s+(?:the\s+)?(" + "|".join(
            calendar.month_name[1:]) + r")\b(?!\s+\d)", sentence)
        if m:
            number = list(calendar.month_name).index(m[1])
            year = published.year if number < published.month else published.year - 1
            baseline = f"{year}-{number:02d}"
    others = [e.label for e in expressions if e.label != baseline]
    if not period or (baseline and period == baseline):
        # "Year over year, encounters rose 40 percent": the period of the claim before
        period = others[-1] if others else next((p for p in reversed(earlier)
                                                 if p and p != baseline), "")
    return period, baseline


_MULTIPLE_VERB = re.compile(r"(?:doubled|tripled|trebled|quadrupled|halved)$", re.I)


def _multiple_periods(sentence: str, stat: dict, published: dt.date,
                      earlier: list[str]) -> tuple[list[Period], list[Period]]:
    """(periods, baseline) of a multiple. The baseline is the statistic's, else a time
    expression after the multiple ("five times the fiscal year 2020 level"), else the first
    year of "between 2019 and 2022"; a verb without one ("more than doubled in fiscal year
    2022") compares with the period before, of the same length."""
    period, base_label = str(stat.get("period") or ""), str(stat.get("baseline_period") or "")
    interval = re.fullmatch(r"(\d{4})-01-01/(\d{4})-12-31", period)
    if not base_label and interval:
        return periods_of(interval[2]), periods_of(interval[1])
    position = sentence.find(stat["surface"])
    fiscal = "FY" in period or None
    expressions = find_time_expressions(sentence, published, fiscal=fiscal)
    if not base_label and position >= 0:
        end = position + len(stat["surface"])
        after = [e for e in expressions if e.start >= end and re.search(
            r"\b(?:the|its|their|his|her|that|those|from|over|than|compared)\b",
            sentence[end:e.start], re.I)]
        if after:
            base_label = after[0].label
            before = [e.label for e in expressions if e.start < position]
            period = before[-1] if before else next(
                (p for p in reversed(earlier) if p and p != base_label), "")
    nows = periods_of(period)
    if not base_label and _MULTIPLE_VERB.search(stat["surface"]) and len(nows) == 1:
        now = nows[0]
        return nows, [now.shifted(-12 if len(now.months) == 12 else -len(now.months))]
    return nows, periods_of(base_label)


def _statistic_check(stat: dict, article: Article, figures: Figures,
                     earlier: list[str], inherited: list[str]) -> tuple[str, Check] | None:
    """(claim_type, check) for one statistic, or None for a story detail."""
    sentence = stat["sentence_text"]
    sentence_start = article.text.find(sentence[:40], max(0, stat["char_start"] - len(sentence)))
    offset = stat["char_start"] - max(sentence_start, 0)
    span = (offset, offset + stat["char_end"] - stat["char_start"])
    clause = _clause(sentence, *span)
    if stat["kind"] in _DETAIL_KINDS:
        return None
    after = sentence[span[1]:span[1] + 30]
    if stat["kind"] == "count" and re.match(r"\s*(?:" + alternation("claims", "streak_words") +
                                             r")\s+months?|\s*months?\s+in\s+a\s+row", after):
        return None  # the streak claim covers it
    window = clause[:clause.find(stat["surface"]) + len(stat["surface"]) + 50] \
        if stat["surface"] in clause else clause
    choice = choose_series(window, sentence)
    kind = stat["kind"]
    if not choice and kind in ("percent", "fraction", "ratio"):
        choice = inherited  # "That was an increase of about 4 percent": the claim before's
    if not choice:
        return None
    if kind in ("count", "ratio") and choice != ["mexico"] and not counts_people(
            clause, clause.find(stat["surface"]), len(stat["surface"]), kind == "ratio"):
        if _cue("mexico_cues", sentence):
            choice = ["mexico"]
        else:
            return None
    claim_type = {"count": "level", "ratio": "multiple", "fraction": "change",
                  "percent": "change"}.get(kind, "level")
    if choice == ["mexico"]:
        data = _missing_data(stat["subject"] or "", sentence)
        return claim_type, Check(explanation=f"The claim (\u201c{stat['surface']}\u201d) rests "
                                 "on Mexico's own figures, and no bundled series counts this. "
                                 f"Settling it would take {data}.", period=str(stat["period"] or ""))
    checks = []
    months_named = [p for p in earlier + [str(stat.get("period") or "")]
                    if re.fullmatch(r"\d{4}-\d{2}", p)]
    fytd = fiscal_year_to_date(sentence, article.published,
                               max(months_named) if months_named else "")
    for series_id in choice:
        yearly = registry.get(series_id).frequency == "year"
        label = fytd or str(stat["period"] or "")
        periods = _yearly_period(label, article.published) if yearly else periods_of(label)
        if kind == "count":
            if not label and earlier and inherited:  # "plunged to 924 as ...": same month
                label = earlier[-1]
                periods = (_yearly_period(label, article.published) if yearly
                           else periods_of(label))
            checks.append(check_level(stat, series_id, periods, figures))
        elif kind in ("percent", "fraction"):
            window = clause
            direction = _direction(window)
            claimed = float(stat["value"]) / (100 if kind == "percent" else 1)
            if kind == "fraction" and _NEAR_FRACTION_BASE.match(sentence[span[1]:]):
                claim_type = "fraction_of"
                expressions = find_time_expressions(sentence, article.published)
                base = [periods_of(e.label) for e in expressions if e.start > span[1]]
                nows = [periods_of(e.label) for e in expressions if e.start < span[0]]
                base = base[0] if base and base[0] else []
                now = nows[-1] if nows and nows[-1] else periods_of(last_period)
                if len(base) != 1 or len(now) != 1:
                    checks.append(_unreachable(label, series_id))
                    continue
                checks.append(check_multiple(claimed, stat["qualifier"], stat["surface"],
                                             series_id, now, base[0], figures, label, True))
                continue
            label, baseline = _periods_around(sentence, stat, article.published, earlier)
            label = fytd or label
            periods = _yearly_period(label, article.published) if yearly else periods_of(label)
            if baseline:
                stat = {**stat, "baseline_period": baseline}
            if not direction or len(periods) != 1:
                checks.append(Check(explanation="The sentence gives no direction of change or "
                                    "no single period, so the change cannot be computed.",
                                    period=label))
                continue
            before = _baseline(stat, sentence, periods[0], yearly)
            checks.append(check_change(claimed, stat["qualifier"], direction, stat["surface"],
                                       series_id, periods[0], before, figures, label))
        elif kind == "ratio":
            nows, base = _multiple_periods(sentence, stat, article.published, earlier)
            if yearly:
                nows = [p for p in nows if p.year] or nows
            if len(base) != 1 or not nows:
                checks.append(Check(explanation="The claim names no single baseline period, so "
                                    "the multiple cannot be computed.", period=label))
                continue
            checks.append(check_multiple(float(stat["value"]), stat["qualifier"],
                                         stat["surface"], series_id, nows, base[0], figures,
                                         label))
    return claim_type, _combine(checks, ambiguous=len(choice) > 1)


def _claim_check(claim: dict, article: Article, figures: Figures,
                 choice: list[str]) -> Check:
    checks = []
    for series_id in choice:
        yearly = registry.get(series_id).frequency == "year"
        periods = (_yearly_period(claim["period"], article.published) if yearly
                   else periods_of(claim["period"]))
        if claim["claim_type"] == "rank":
            year = str(claim["period"])[:4]
            if claim.get("month_name") and year.isdigit():
                number = list(calendar.month_name).index(claim["month_name"])
                periods = periods_of(f"{year}-{number:02d}")
            checks.append(check_rank(claim, periods[0], figures) if periods else
                          _unreachable(claim["period"], US_LONG))
            break
        if len(periods) != 1:
            checks.append(_unreachable(claim["period"], series_id))
            continue
        period = periods[0]
        kind = claim["claim_type"]
        if kind == "trend":
            checks.append(check_trend(claim, series_id, period, figures))
        elif kind == "record":
            checks.append(check_record(claim, series_id, period, figures))
        elif kind == "since":
            checks.append(check_lowest_since(claim, series_id, period, claim["extra"], figures))
        elif kind == "streak":
            checks.append(check_streak(claim, series_id, period, int(claim["extra"]), figures))
    return _combine(checks, ambiguous=len(choice) > 1)


def check_claims(article: Article, statistics: pd.DataFrame,
                 figures: Figures | None = None) -> pd.DataFrame:
    """The fact-check table: one row per claim and official figure compared."""
    figures = figures or Figures.load()
    claims: list[tuple[int, int, str, str, str, Check]] = []  # start, end, stat_id, type, ...
    earlier: list[str] = []
    series_sentences: set[int] = set()
    inherited: tuple[int, list[str]] = (-1, [])
    for stat in statistics.to_dict("records"):
        near = inherited[1] if stat["paragraph"] - inherited[0] <= 1 else []
        result = _statistic_check(stat, article, figures, earlier, near)
        if result is None:
            continue
        claim_type, check = result
        if check.period:
            earlier.append(check.period)
        series = [c.series_id for c in check.compared if c.series_id]
        if series:
            inherited = (stat["paragraph"], list(dict.fromkeys(series)))
        claims.append((stat["char_start"], stat["char_end"], stat["stat_id"], claim_type,
                       stat["sentence_text"], check))
        if check.compared or claim_type != "level":
            series_sentences.add(stat["sentence"])
    previous = inherited
    spans = [(c[0], c[1]) for c in claims]
    for claim in extract_claims(article, statistics).to_dict("records"):
        if any(a <= claim["char_start"] and claim["char_end"] <= b for a, b in spans):
            continue  # "more than doubled": the statistic is the claim
        clause = claim["subject"] or ""
        choice = choose_series(clause, claim["sentence_text"]) if clause else []
        if not choice:
            choice = choose_series(claim["sentence_text"], claim["sentence_text"])
        if not choice and claim["paragraph"] - previous[0] <= 1:
            choice = previous[1]  # "Concerns mounted again": the series of the claim before
        if choice and choice != ["mexico"]:
            check = _claim_check(claim, article, figures, choice)
        elif choice == ["mexico"]:
            check = Check(explanation=f"The claim (\u201c{claim['surface']}\u201d) rests on "
                          "Mexico's own figures, and no bundled series counts this. Settling "
                          f"it would take {_missing_data(clause, claim['sentence_text'])}.",
                          period=claim["period"])
        else:
            check = Check(explanation=f"No bundled series measures what \u201c"
                          f"{claim['surface']}\u201d describes; settling it would take "
                          f"{_missing_data(clause, claim['sentence_text'])}.",
                          period=claim["period"])
        claims.append((claim["char_start"], claim["char_end"], "", claim["claim_type"],
                       claim["sentence_text"], check))
        previous = (claim["paragraph"], choice)
    for event in event_claims(article, series_sentences):
        claims.append((event.start, event.end, "", "event", event.sentence,
                       check_event(event, figures)))
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
            rows.append({**base, "official_series": item.series_id,
                         "official_period_start": item.period.start if item.period else (
                             item.comparison.split(" ")[2] if item.series_id == EVENTS else ""),
                         "official_period_end": item.period.end if item.period else (
                             item.comparison.split(" ")[2] if item.series_id == EVENTS else ""),
                         "official_value": item.value,
                         "comparison": item.comparison,
                         "source_url": item.source_url or (s.source_url if s else "")})
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["official_value"] = pd.to_numeric(table["official_value"]).astype("Float64")
    return table
