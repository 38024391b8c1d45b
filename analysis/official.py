"""Official Southwest land border encounter figures as tidy tables.

Two series live in `data/reference/`:
- `southwest_encounters_monthly.csv`: one row per month and component (USBP: Border
  Patrol, between ports of entry; OFO: Office of Field Operations, at ports of entry),
  FY2019 onward, each row with its status and the page that published it;
- `usbp_southwest_monthly_fy2000.csv`: Border Patrol alone since FY2000, rounded to the
  nearest 10 by DHS's Office of Homeland Security Statistics, for "record" and "highest
  January" questions.

Encounters count events, not people. The readers here turn the project's reference files
and CBP's own export format into those tables; `merge_months` lets a new export replace
the months it covers and keep the rest.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

import pandas as pd

from analysis.errors import InputError
from analysis.paths import REFERENCE

ENCOUNTERS_CSV = REFERENCE / "southwest_encounters_monthly.csv"
LONG_SERIES_CSV = REFERENCE / "usbp_southwest_monthly_fy2000.csv"
FIRST_RELEASES_CSV = REFERENCE / "first_releases.csv"
MEXICO_CSV = REFERENCE / "mexico_migration_yearly.csv"
CONTEXT_EVENTS_CSV = REFERENCE / "context_events.csv"

COLUMNS = ["month", "fiscal_year", "component", "encounters", "status", "source_url",
           "source_note"]
STATUSES = ("verified", "single_source", "derived", "preliminary", "not_found")
COMPONENTS = {"USBP": "U.S. Border Patrol (between ports of entry)",
              "OFO": "Office of Field Operations (at ports of entry)"}
CBP_PAGE = "https://www.cbp.gov/newsroom/stats/southwest-land-border-encounters"
CBP_EXPORT_COLUMNS = ["Fiscal Year", "Month Grouping", "Month (abbv)", "Component",
                      "Demographic", "Citizenship Grouping", "Title of Authority",
                      "Encounter Type", "Encounter Count"]
_CBP_COMPONENTS = {"U.S. Border Patrol": "USBP", "Office of Field Operations": "OFO"}
_MONTH_ABBREVIATIONS = {name.upper(): i for i, name in enumerate(calendar.month_abbr) if name}


def month_of_fiscal_year(fiscal_year: int, month: int) -> str:
    """Calendar month 'YYYY-MM' of a month number within a fiscal year (Oct-Dec: year before)."""
    year = fiscal_year - 1 if month >= 10 else fiscal_year
    return f"{year}-{month:02d}"


def fiscal_year_of_month(month: str) -> int:
    year, number = int(month[:4]), int(month[5:7])
    return year + 1 if number >= 10 else year


def _split_source(text: object) -> tuple[str, str]:
    """'URL (note)' -> (URL, note)."""
    if not isinstance(text, str) or not text.strip():
        return "", ""
    match = re.match(r"\s*(\S+)\s*(?:\((.*)\))?\s*$", text)
    return (match.group(1), match.group(2) or "") if match else (text.strip(), "")


def _status(raw: object) -> tuple[str, str]:
    """Map a reference status to the five statuses; a rounding becomes a note."""
    raw = str(raw) if isinstance(raw, str) else "not_found"
    if raw.startswith("rounded_"):
        return raw.removeprefix("rounded_"), "rounded to the nearest 10"
    if raw not in STATUSES:
        raise InputError(f"unknown status {raw!r} (expected one of {', '.join(STATUSES)})")
    return raw, ""


def _sorted(table: pd.DataFrame) -> pd.DataFrame:
    table = table.sort_values(["month", "component"], kind="mergesort").reset_index(drop=True)
    table["fiscal_year"] = table["fiscal_year"].astype(int)
    table["encounters"] = table["encounters"].astype("Int64")
    return table[COLUMNS]


def read_reference_monthly(path: str | Path) -> pd.DataFrame:
    """The project's wide reference file (usbp/ofo/total with statuses) in long form."""
    wide = _read_csv(path)
    _require(wide, ["month", "fiscal_year", "usbp", "usbp_status", "usbp_source", "ofo",
                    "ofo_status", "ofo_source"], path)
    rows = []
    for record in wide.to_dict("records"):
        for component in ("usbp", "ofo"):
            status, note = _status(record[f"{component}_status"])
            url, source_note = _split_source(record[f"{component}_source"])
            value = pd.to_numeric(record[component], errors="coerce")
            rows.append({
                "month": record["month"], "fiscal_year": record["fiscal_year"],
                "component": component.upper(),
                "encounters": None if pd.isna(value) else int(value),
                "status": "not_found" if pd.isna(value) else status, "source_url": url,
                "source_note": "; ".join(n for n in (source_note, note) if n),
            })
    return _sorted(pd.DataFrame(rows, columns=COLUMNS))


def read_reference_long_series(path: str | Path) -> pd.DataFrame:
    """The DHS OHSS Border Patrol series since FY2000, in the same long form."""
    table = _read_csv(path)
    _require(table, ["month", "fiscal_year", "usbp_encounters", "rounded_to", "source_url"], path)
    return _sorted(pd.DataFrame({
        "month": table["month"], "fiscal_year": table["fiscal_year"], "component": "USBP",
        "encounters": table["usbp_encounters"], "status": "single_source",
        "source_url": table["source_url"],
        "source_note": [f"DHS Office of Homeland Security Statistics; rounded to the nearest {r}"
                        for r in table["rounded_to"]],
    }))


#: Columns some CBP exports carry that say where a row was counted, and the values that
#: are the Southwest land border. A row with any other value there is refused: summing a
#: Northern-border row into the Southwest would change a month silently. Sectors (USBP)
#: and field offices (OFO) of the Southwest border are as CBP names them.
REGION_COLUMNS: dict[str, frozenset[str]] = {
    "Land Border Region": frozenset({"Southwest Land Border"}),
    "Area of Responsibility": frozenset({
        "Big Bend Sector", "Del Rio Sector", "El Centro Sector", "El Paso Sector",
        "Laredo Sector", "Rio Grande Valley Sector", "San Diego Sector", "Tucson Sector",
        "Yuma Sector", "El Paso Field Office", "Laredo Field Office",
        "San Diego Field Office", "Tucson Field Office"}),
}
#: The first fiscal year of the monthly table; earlier years live in the long series.
FIRST_EXPORT_FISCAL_YEAR = 2019


def _refuse_row(path: str | Path, index: int, problem: str) -> None:
    """InputError naming the file line (header is line 1) of row `index`."""
    raise InputError(f"{path}: line {index + 2}: {problem}; fix or remove the row "
                     "and run again")


def read_cbp_export(path: str | Path, today: dt.date | None = None) -> pd.DataFrame:
    """CBP's published export (one row per month, component, demographic, citizenship,
    authority and encounter type) summed to one row per month and component.

    Refused with the line named, before anything is summed: a count that is not a whole
    number of zero or more, a row repeated exactly (it would count twice), a row of
    another region, a month after the current one or before FY2019."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give CBP's export file (CSV)")
    table = _read_csv(path, dtype=str, keep_default_na=False)
    _require(table, CBP_EXPORT_COLUMNS, path)
    raw_counts = table["Encounter Count"].astype(str).str.replace(",", "").str.strip()
    for index, raw in enumerate(raw_counts):
        if not re.fullmatch(r"-?\d+(?:\.0*)?", raw):
            shown = table["Encounter Count"].iloc[index]
            what = "is not a whole number" if re.fullmatch(r"-?\d*\.\d+", raw) else \
                "is not a number"
            _refuse_row(path, index, f"Encounter Count {shown!r} {what}")
        if raw.startswith("-"):
            _refuse_row(path, index, f"Encounter Count {raw} is negative")
    counts = raw_counts.map(lambda raw: int(raw.split(".")[0]))
    repeated = table.duplicated(keep="first")
    if repeated.any():
        index = int(repeated.to_numpy().nonzero()[0][0])
        first = int((table == table.iloc[index]).all(axis=1).to_numpy().nonzero()[0][0])
        _refuse_row(path, index, f"repeats line {first + 2} exactly (it would be counted twice)")
    for column, accepted in REGION_COLUMNS.items():
        if column in table.columns:
            for index, value in enumerate(table[column].astype(str).str.strip()):
                if value not in accepted:
                    _refuse_row(path, index, f"{column} {value!r} is not the Southwest land "
                                "border")
    fiscal = table["Fiscal Year"].astype(str).str.extract(r"^\s*(\d{4})")[0]
    months = table["Month (abbv)"].astype(str).str.strip().str.upper().str[:3]
    components = table["Component"].astype(str).str.strip().map(_CBP_COMPONENTS)
    for name, column in (("Fiscal Year", fiscal), ("Month (abbv)", months.map(_MONTH_ABBREVIATIONS)),
                         ("Component", components)):
        if column.isna().any():
            index = int(column.isna().to_numpy().nonzero()[0][0])
            _refuse_row(path, index, f"unreadable {name} {table[name].iloc[index]!r}")
    frame = pd.DataFrame({
        "month": [month_of_fiscal_year(int(f), _MONTH_ABBREVIATIONS[m])
                  for f, m in zip(fiscal, months)],
        "fiscal_year": fiscal.astype(int), "component": components, "encounters": counts,
    })
    today = today or dt.date.today()
    this_month = f"{today.year}-{today.month:02d}"
    for index, (month, year) in enumerate(zip(frame["month"], frame["fiscal_year"])):
        if month > this_month:
            _refuse_row(path, index, f"month {month} (fiscal year {year}) has not ended yet")
        if year < FIRST_EXPORT_FISCAL_YEAR:
            _refuse_row(path, index, f"fiscal year {year} is before FY{FIRST_EXPORT_FISCAL_YEAR}, "
                        "where the monthly table starts")
    summed = frame.groupby(["month", "fiscal_year", "component"], as_index=False)["encounters"].sum()
    summed["status"] = "single_source"
    summed["source_url"] = CBP_PAGE
    summed["source_note"] = f"CBP export {path.name}"
    return _sorted(summed)


def merge_months(existing: pd.DataFrame, new: pd.DataFrame,
                 accept_revisions: bool = False) -> tuple[pd.DataFrame, list[str]]:
    """(`existing` with the (month, component) rows `new` covers replaced, the list of
    downward revisions of verified months). Older months are kept; a month equal to its
    verified figure keeps its verified row. A verified month that `new` lowers (a filtered
    or partial export does exactly that) is refused unless `accept_revisions`."""
    current = existing.set_index(["month", "component"])
    revisions, unchanged = [], set()
    for row in new.itertuples(index=False):
        key = (row.month, row.component)
        if key not in current.index:
            continue
        old = current.loc[key]
        if pd.isna(old["encounters"]) or old["status"] != "verified":
            continue
        old_value, new_value = int(old["encounters"]), int(row.encounters)
        if new_value == old_value:
            unchanged.add(key)
        elif new_value < old_value:
            revision = (f"{row.month} {row.component}: {old_value:,} (verified) -> "
                        f"{new_value:,}")
            if not accept_revisions:
                raise InputError(f"{revision} drops below the verified figure; a filtered or "
                                 "partial export? Pass --accept-revisions if CBP revised it")
            revisions.append(revision)
    replacing = new[[(m, c) not in unchanged for m, c in zip(new["month"], new["component"])]]
    keys = set(zip(replacing["month"], replacing["component"]))
    kept = existing[[k not in keys for k in zip(existing["month"], existing["component"])]]
    return _sorted(pd.concat([kept, replacing], ignore_index=True)), revisions


def load_encounters(path: str | Path = ENCOUNTERS_CSV) -> pd.DataFrame:
    """The tidy monthly table (month, fiscal_year, component, encounters, status, source)."""
    return _sorted(_read_csv(path, keep_default_na=False, na_values=[""]))


def load_long_series(path: str | Path = LONG_SERIES_CSV) -> pd.DataFrame:
    """Border Patrol Southwest encounters by month since FY2000 (rounded to 10)."""
    return _sorted(_read_csv(path, keep_default_na=False, na_values=[""]))


def load_first_releases(path: str | Path = FIRST_RELEASES_CSV) -> pd.DataFrame:
    """Monthly figures as first released, beside their later revision."""
    return _read_csv(path)


def monthly_totals(encounters: pd.DataFrame) -> pd.DataFrame:
    """USBP + OFO per month; empty where either is missing (a gap, not a zero)."""
    wide = encounters.pivot(index="month", columns="component", values="encounters")
    status = encounters.pivot(index="month", columns="component", values="status")
    total = wide["USBP"].astype("Float64") + wide["OFO"].astype("Float64")
    worst = status.apply(lambda row: _worst_status(row.tolist()), axis=1)
    return pd.DataFrame({
        "month": wide.index, "fiscal_year": [fiscal_year_of_month(m) for m in wide.index],
        "usbp": wide["USBP"].astype("Int64").values, "ofo": wide["OFO"].astype("Int64").values,
        "total": total.round().astype("Int64").values, "status": worst.values,
    }).reset_index(drop=True)


def fiscal_year_totals(encounters: pd.DataFrame) -> pd.DataFrame:
    """Fiscal-year sums of the monthly totals; empty where a month is missing."""
    months = monthly_totals(encounters)
    grouped = months.groupby("fiscal_year")
    return pd.DataFrame({
        "fiscal_year": list(grouped.groups),
        "months": grouped["total"].count().values,
        "usbp": grouped["usbp"].sum(min_count=12).values,
        "total": [g["total"].sum() if g["total"].notna().sum() == 12 else pd.NA
                  for _, g in grouped],
    })


_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}


def _worst_status(statuses: list) -> str:
    statuses = [s if isinstance(s, str) else "not_found" for s in statuses]
    return max(statuses, key=lambda s: _STATUS_ORDER.get(s, len(STATUSES)))


def _read_csv(path: str | Path, **options) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a CSV file")
    options.setdefault("dtype", {"month": str})
    try:
        return pd.read_csv(path, **options)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{path}: not a readable CSV ({message})") from None


def _require(table: pd.DataFrame, columns: list[str], path: str | Path) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(repr(c) for c in missing)}")


CONTEXT_COLUMNS = ["date", "date_precision", "event", "actors", "category", "source_url",
                   "excerpt", "source_quality"]
SOURCE_QUALITIES = ("primary", "reputable", "weak")


def read_context_events(path: str | Path = CONTEXT_EVENTS_CSV) -> pd.DataFrame:
    """Dated context events of US-Mexico cooperation, each with its source, the excerpt
    that states the date and the source's quality (primary, reputable, weak)."""
    table = _read_csv(path, dtype=str, keep_default_na=False)
    _require(table, CONTEXT_COLUMNS, path)
    unknown = sorted(set(table["source_quality"]) - set(SOURCE_QUALITIES))
    if unknown:
        raise InputError(f"{path}: unknown source_quality {unknown[0]!r}")
    return table[CONTEXT_COLUMNS].sort_values(["date", "event"], kind="mergesort").reset_index(
        drop=True)


MEXICO_COLUMNS = ["year", "measure", "value", "unit", "status", "source", "excerpt"]


def load_mexico_yearly(path: str | Path = MEXICO_CSV) -> pd.DataFrame:
    """Mexico's own enforcement figures by calendar year, one row per figure and source
    (all secondary or derived: agencies and IOM quoting Mexico's migration policy unit).
    Row order is kept: for a year with rival figures, the first row is the one used."""
    table = _read_csv(path, dtype={"measure": str, "unit": str, "status": str, "source": str,
                                   "excerpt": str}, keep_default_na=False, na_values=[""])
    _require(table, MEXICO_COLUMNS, path)
    values = pd.to_numeric(table["value"], errors="coerce")
    if values.isna().any():
        raise InputError(f"{path}: line {int(values.isna().idxmax()) + 2}: value is not a number")
    table["value"] = values
    table["year"] = table["year"].astype(int)
    return table[MEXICO_COLUMNS].reset_index(drop=True)


def read_reference_folder(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Every official table from a folder of gathered reference files (see its README)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    return {
        "southwest_encounters_monthly": read_reference_monthly(
            folder / "southwest_encounters_monthly_fy2019_fy2024.csv"),
        "usbp_southwest_monthly_fy2000": read_reference_long_series(
            folder / "usbp_southwest_monthly_fy2000_onward.csv"),
        "context_events": read_context_events(folder / "context_events.csv"),
        "mexico_migration_yearly": load_mexico_yearly(folder / "mexico_migration_yearly.csv"),
    }
