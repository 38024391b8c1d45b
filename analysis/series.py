"""Every official series the fact-checker can use, declared once.

One small declaration per series (the LA Times Data Desk's census-data-downloader keeps
one `@register` class per table): what it counts, its geography, frequency, unit, source,
caveats and a loader that returns its observations in one shape. The fact-checker asks
the registry (`candidates`, `observations`); it names no series itself. Adding a dataset
is adding a loader here and a `register(Series(...))` call, and, if claims name it with
words of their own, a word list in `analysis/vocabulary/claims.yaml` (see CONTRIBUTING.md).

Observations: one row per period and value, columns `period` ('YYYY-MM' for monthly
series, 'YYYY' for calendar-year series and 'YYYY-MM/YYYY-MM' for a part of a year in one,
'YYYY-MM-DD' for dated events), `value` (float),
`status` (verified, single_source, derived, preliminary, secondary, ...), `source_url`,
`note`, `preferred` (False for a rival figure from another source for the same period).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Callable

import pandas as pd

from analysis import official

OBSERVATION_COLUMNS = ["period", "value", "status", "source_url", "note", "preferred"]


@dataclass(frozen=True)
class Series:
    """One official series: what it counts and where it comes from."""

    id: str
    counts: str  # what one unit of the series is, in words an explanation can use
    geography: str
    frequency: str  # month, year or event
    unit: str
    source: str  # the publisher, named in explanations
    source_url: str
    load: Callable[[], pd.DataFrame] = field(repr=False, compare=False)
    caveats: tuple[str, ...] = ()
    cues: str = ""  # the claims.yaml word list that names this series in a sentence
    loose_cues: str = ""  # words that may mean this series or another (both are checked)
    parts: tuple[str, ...] = ()  # the series this one is the sum of
    extends: str = ""  # this series is a longer history of that one (records, ranks)
    priority: int = 9  # cues are tried in this order, the most specific first
    country: str = "United States"  # whose agencies the figures describe
    secondary: bool = False  # figures quoted by others, not read from the publisher
    # a series this one is read as a share of without being a part of it ("returns equalled
    # about four in five of the detention events"), and the claims.yaml words that name it
    ratio_of: str = ""
    ratio_cues: str = ""


REGISTRY: dict[str, Series] = {}


def register(series: Series) -> Series:
    """Declare a series; its id must be new."""
    if series.id in REGISTRY:
        raise ValueError(f"series {series.id!r} is already registered")
    REGISTRY[series.id] = series
    return series


def get(series_id: str) -> Series:
    return REGISTRY[series_id]


@cache
def observations(series_id: str) -> pd.DataFrame:
    """The series' observations (see the module docstring), loaded once."""
    table = REGISTRY[series_id].load()
    return table[OBSERVATION_COLUMNS].reset_index(drop=True)


def by_country(country: str, frequency: str | None = None) -> list[Series]:
    """The series about one country's agencies, most specific cues first (histories left
    out: they answer record and rank questions about the series they extend)."""
    found = [s for s in REGISTRY.values() if s.country == country and not s.extends
             and s.frequency != "event" and (frequency is None or s.frequency == frequency)]
    return sorted(found, key=lambda s: (s.priority, s.id))


def sum_of(parts: set[str]) -> Series | None:
    """The series declared as the sum of exactly these parts."""
    return next((s for s in REGISTRY.values() if s.parts and set(s.parts) == parts), None)


def whole_of(series_id: str) -> Series | None:
    """The series this one is a part of ("one in three of the month's total")."""
    return next((s for s in REGISTRY.values() if series_id in s.parts), None)


def history_of(series_id: str) -> Series | None:
    """A longer history of a series (or of one of its parts), for records and ranks."""
    candidates = [series_id, *REGISTRY[series_id].parts]
    return next((s for c in candidates for s in REGISTRY.values() if s.extends == c), None)


def event_series() -> list[Series]:
    return [s for s in REGISTRY.values() if s.frequency == "event"]


# --- loaders -------------------------------------------------------------------------------

def _monthly(component: str | None) -> Callable[[], pd.DataFrame]:
    """Monthly Southwest encounters for one component, or USBP + OFO when None."""

    def load() -> pd.DataFrame:
        encounters = official.load_encounters()
        first = official.load_first_releases()
        if component is None:
            months = official.monthly_totals(encounters)
            table = pd.DataFrame({"period": months["month"], "value": months["total"],
                                  "status": months["status"]})
            table["source_url"] = official.CBP_PAGE
        else:
            rows = encounters[encounters["component"] == component]
            table = pd.DataFrame({"period": rows["month"].values,
                                  "value": rows["encounters"].values,
                                  "status": rows["status"].values,
                                  "source_url": rows["source_url"].values})
        key = "TOTAL" if component is None else component
        notes = {r["month"]: (f"first released as {int(r['first_release']):,} on "
                              f"{r['first_released_on']}; revised to {int(r['revised']):,}")
                 for r in first[first["component"] == key].to_dict("records")}
        table["note"] = [notes.get(p, "") for p in table["period"]]
        table["value"] = pd.to_numeric(table["value"], errors="coerce").astype(float)
        table["preferred"] = True
        return table.dropna(subset=["value"])

    return load


def _long_series() -> pd.DataFrame:
    rows = official.load_long_series()
    return pd.DataFrame({"period": rows["month"], "value": rows["encounters"].astype(float),
                         "status": rows["status"], "source_url": rows["source_url"],
                         "note": rows["source_note"], "preferred": True})


_MONTH_ABBREVIATIONS = [name.lower() for name in calendar.month_abbr]


def _part_of_year(year: int, measure: str) -> str:
    """A measure's period: the year ('2023'), or the months of a part of it that the measure
    names by its suffix ('returns_jan_mar' -> '2023-01/2023-03')."""
    m = re.search(r"_([a-z]{3})_([a-z]{3})$", measure)
    if m and m[1] in _MONTH_ABBREVIATIONS and m[2] in _MONTH_ABBREVIATIONS:
        first, last = _MONTH_ABBREVIATIONS.index(m[1]), _MONTH_ABBREVIATIONS.index(m[2])
        return f"{year}-{first:02d}/{year}-{last:02d}"
    return str(year)


def _mexico(measures: tuple[str, ...]) -> Callable[[], pd.DataFrame]:
    """Mexico's yearly figures for the given measures, and the parts of a year a measure
    names ('..._jan_mar': January to March); the first row of a period is preferred, later
    rows for the same period are rival figures from other sources."""

    def load() -> pd.DataFrame:
        table = official.load_mexico_yearly()
        table = table[table["measure"].isin(measures)].copy()
        table["period"] = [_part_of_year(y, m) for y, m in zip(table["year"], table["measure"])]
        table["preferred"] = ~table.duplicated("period", keep="first")
        table["note"] = table["measure"] + "; " + table["unit"]
        return pd.DataFrame({"period": table["period"], "value": table["value"].astype(float),
                             "status": table["status"], "source_url": table["source"],
                             "note": table["note"], "preferred": table["preferred"]})

    return load


def _events() -> pd.DataFrame:
    events = official.read_context_events(official.CONTEXT_EVENTS_CSV)
    return pd.DataFrame({"period": events["date"], "value": float("nan"),
                         "status": events["source_quality"], "source_url": events["source_url"],
                         "note": events["event"], "preferred": True})


# --- declarations --------------------------------------------------------------------------

_ENCOUNTER_CAVEATS = (
    "Encounters count events, not people (one person can be encountered more than once).",
    "Title 42 expulsions (2020-03-21 to 2023-05-11) are counted as encounters.",
)

register(Series(
    id="cbp_southwest_total", counts="Southwest land border encounters (Border Patrol and "
    "ports of entry)", geography="U.S. Southwest land border", frequency="month",
    unit="encounters", source="U.S. Customs and Border Protection", source_url=official.CBP_PAGE,
    load=_monthly(None), cues="total_cues", loose_cues="crossing_cues",
    parts=("cbp_southwest_usbp", "cbp_southwest_ofo"), priority=3,
    caveats=_ENCOUNTER_CAVEATS + (
        "CBP's encounters include ports of entry, a broader measure than 'illegal border "
        "crossings'; since January 2023 they include arrivals with CBP One appointments.",)))

register(Series(
    id="cbp_southwest_usbp", counts="Border Patrol encounters between ports of entry "
    "(apprehensions and expulsions)", geography="U.S. Southwest land border, between ports of "
    "entry", frequency="month", unit="encounters", source="U.S. Customs and Border Protection",
    source_url=official.CBP_PAGE, load=_monthly("USBP"), cues="border_patrol_cues",
    loose_cues="crossing_cues", priority=2,
    caveats=_ENCOUNTER_CAVEATS))

register(Series(
    id="cbp_southwest_ofo", counts="Office of Field Operations encounters at ports of entry",
    geography="U.S. Southwest land border, ports of entry", frequency="month",
    unit="encounters", source="U.S. Customs and Border Protection", source_url=official.CBP_PAGE,
    load=_monthly("OFO"), cues="port_of_entry_cues", priority=1,
    caveats=_ENCOUNTER_CAVEATS[:1] + ("Since January 2023 port-of-entry encounters include "
                                      "arrivals with CBP One appointments.",)))

register(Series(
    id="ohss_usbp_southwest_long", counts="Border Patrol Southwest border encounters since "
    "October 1999, rounded to the nearest 10", geography="U.S. Southwest land border, between "
    "ports of entry", frequency="month", unit="encounters",
    source="DHS Office of Homeland Security Statistics",
    source_url="https://ohss.dhs.gov/khsm/cbp-encounters", load=_long_series,
    extends="cbp_southwest_usbp",
    caveats=("Rounded to the nearest 10; Border Patrol only.",)))

register(Series(
    id="mexico_upm_events", counts="events of foreigners presented or channelled to Mexico's "
    "migration authority (detentions)", geography="Mexico", frequency="year", unit="events",
    source="Mexico's Unidad de Política Migratoria (UPM), as quoted by news agencies and IOM",
    source_url="https://portales.segob.gob.mx/es//PoliticaMigratoria/Boletines_Estadisticos",
    # January-July from one source for both years; the January-October 2023 figure
    # (413,563, a blog quoting a press report) is left out: it would leave about 97,000
    # for August-October after 316,615 to July, and likely counts presented events only.
    load=_mexico(("events_presented_to_migration_authority", "events_presented_or_channelled",
                  "events_presented_or_channelled_jan_jul")),
    cues="mexico_detention_cues", country="Mexico", secondary=True, priority=2,
    caveats=("Events, not people.", "Since 2021 the series includes children and families "
             "channelled to shelters, so later years are not strictly comparable with 2019-2020.")))

register(Series(
    id="mexico_upm_returns", counts="returns from Mexico (deportations plus assisted returns)",
    geography="Mexico", frequency="year", unit="events",
    source="Mexico's Unidad de Política Migratoria (UPM), as quoted by news agencies and IOM",
    source_url="https://portales.segob.gob.mx/es//PoliticaMigratoria/Boletines_Estadisticos",
    load=_mexico(("returns_total_deportation_plus_assisted_return", "returns_jan_mar",
                  "returns_total_deportation_plus_assisted_return_jan_oct")),
    cues="mexico_return_cues", country="Mexico", secondary=True, priority=1,
    ratio_of="mexico_upm_events", ratio_cues="mexico_event_nouns",
    caveats=("Events, not people.",)))

register(Series(
    id="context_events", counts="dated events of US-Mexico cooperation on migration",
    geography="United States and Mexico", frequency="event", unit="events",
    source="governments' own pages where they exist, else courts, libraries and news "
    "organisations (source_quality per event)", source_url="", load=_events,
    caveats=("A dated event matched by its words and date; an absent event is not evidence "
             "that it did not happen.",)))


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
        first, last = self.months[0], self.months[-1]
        if first[:4] == last[:4]:  # "January–March 2023"
            return f"{calendar.month_name[int(first[5:7])]}\u2013{_month_name(last)}"
        return f"{_month_name(first)} to {_month_name(last)}"

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
        self._obs = {sid: observations(sid) for sid in REGISTRY}

    @classmethod
    def load(cls) -> "Figures":
        return cls()

    def table(self, series_id: str, preferred: bool = True) -> pd.DataFrame:
        obs = self._obs[series_id]
        return obs[obs["preferred"]] if preferred else obs

    def value(self, series_id: str, period: Period) -> float | None:
        obs = self.table(series_id).set_index("period")["value"]
        if get(series_id).frequency == "year":  # a year, or a part of one the series holds
            key = period.year or f"{period.months[0]}/{period.months[-1]}"
            return float(obs[key]) if key in obs.index else None
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
        return str(rows["note"].iloc[0]) if len(rows) and get(
            series_id).frequency == "month" else ""

    def first_release(self, series_id: str, month: str) -> float | None:
        note = self.note(series_id, month)
        m = re.match(r"first released as ([\d,]+)", note)
        return float(m[1].replace(",", "")) if m else None
