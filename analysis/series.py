"""Every official series the fact-checker can use, declared once.

One small declaration per series (the LA Times Data Desk's census-data-downloader keeps
one `@register` class per table): what it counts, its geography, frequency, unit, source,
caveats and a loader that returns its observations in one shape. The fact-checker asks
the registry (`candidates`, `observations`); it names no series itself. Adding a dataset
is adding a loader here and a `register(Series(...))` call, and, if claims name it with
words of their own, a word list in `analysis/vocabulary/claims.yaml` (see CONTRIBUTING.md).

Observations: one row per period and value, columns `period` ('YYYY-MM' for monthly
series, 'YYYY' for calendar-year series, 'YYYY-MM-DD' for dated events), `value` (float),
`status` (verified, single_source, derived, preliminary, secondary, ...), `source_url`,
`note`, `preferred` (False for a rival figure from another source for the same period).
"""

from __future__ import annotations

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
    country: str = "United States"
    secondary: bool = False  # figures quoted by others, not read from the publisher


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


def clear_cache() -> None:
    observations.cache_clear()


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


def _mexico(measures: tuple[str, ...]) -> Callable[[], pd.DataFrame]:
    """Mexico's yearly figures for the given measures; the first row of a year is preferred,
    later rows for the same year are rival figures from other sources."""

    def load() -> pd.DataFrame:
        table = official.load_mexico_yearly()
        table = table[table["measure"].isin(measures)].copy()
        table["period"] = table["year"].astype(str)
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
    load=_monthly(None), cues="total_cues",
    caveats=_ENCOUNTER_CAVEATS + (
        "CBP's encounters include ports of entry, a broader measure than 'illegal border "
        "crossings'; since January 2023 they include arrivals with CBP One appointments.",)))

register(Series(
    id="cbp_southwest_usbp", counts="Border Patrol encounters between ports of entry "
    "(apprehensions and expulsions)", geography="U.S. Southwest land border, between ports of "
    "entry", frequency="month", unit="encounters", source="U.S. Customs and Border Protection",
    source_url=official.CBP_PAGE, load=_monthly("USBP"), cues="border_patrol_cues",
    caveats=_ENCOUNTER_CAVEATS))

register(Series(
    id="cbp_southwest_ofo", counts="Office of Field Operations encounters at ports of entry",
    geography="U.S. Southwest land border, ports of entry", frequency="month",
    unit="encounters", source="U.S. Customs and Border Protection", source_url=official.CBP_PAGE,
    load=_monthly("OFO"), cues="port_of_entry_cues",
    caveats=_ENCOUNTER_CAVEATS[:1] + ("Since January 2023 port-of-entry encounters include "
                                      "arrivals with CBP One appointments.",)))

register(Series(
    id="ohss_usbp_southwest_long", counts="Border Patrol Southwest border encounters since "
    "October 1999, rounded to the nearest 10", geography="U.S. Southwest land border, between "
    "ports of entry", frequency="month", unit="encounters",
    source="DHS Office of Homeland Security Statistics",
    source_url="https://ohss.dhs.gov/khsm/cbp-encounters", load=_long_series,
    caveats=("Rounded to the nearest 10; Border Patrol only.",)))

register(Series(
    id="mexico_upm_events", counts="events of foreigners presented or channelled to Mexico's "
    "migration authority (detentions)", geography="Mexico", frequency="year", unit="events",
    source="Mexico's Unidad de Política Migratoria (UPM), as quoted by news agencies and IOM",
    source_url="https://portales.segob.gob.mx/es//PoliticaMigratoria/Boletines_Estadisticos",
    load=_mexico(("events_presented_to_migration_authority", "events_presented_or_channelled")),
    cues="mexico_detention_cues", country="Mexico", secondary=True,
    caveats=("Events, not people.", "Since 2021 the series includes children and families "
             "channelled to shelters, so later years are not strictly comparable with 2019-2020.")))

register(Series(
    id="mexico_upm_returns", counts="returns from Mexico (deportations plus assisted returns)",
    geography="Mexico", frequency="year", unit="events",
    source="Mexico's Unidad de Política Migratoria (UPM), as quoted by news agencies and IOM",
    source_url="https://portales.segob.gob.mx/es//PoliticaMigratoria/Boletines_Estadisticos",
    load=_mexico(("returns_total_deportation_plus_assisted_return",)),
    cues="mexico_return_cues", country="Mexico", secondary=True,
    caveats=("Events, not people.",)))

register(Series(
    id="context_events", counts="dated events of US-Mexico cooperation on migration",
    geography="United States and Mexico", frequency="event", unit="events",
    source="governments' own pages where they exist, else courts, libraries and news "
    "organisations (source_quality per event)", source_url="", load=_events,
    caveats=("A dated event matched by its words and date; an absent event is not evidence "
             "that it did not happen.",)))
