"""Official encounter figures: published totals, CBP's export format, and refreshing."""

import subprocess
import sys

import pytest

from analysis import official
from analysis.errors import InputError
from analysis.paths import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "cbp_export_sample.csv"

# CBP's published year-end Southwest land border totals (cbp.gov), and three months.
PUBLISHED_FISCAL_YEARS = {2019: 977_509, 2020: 458_088, 2021: 1_734_686, 2022: 2_378_944,
                          2023: 2_475_669, 2024: 2_135_005}
PUBLISHED_MONTHS = {"2023-12": 301_981, "2024-01": 176_195, "2024-02": 189_913}


@pytest.fixture(scope="module")
def encounters():
    return official.load_encounters()


@pytest.mark.parametrize("year, total", PUBLISHED_FISCAL_YEARS.items())
def test_fiscal_year_totals_equal_cbp_published_figures(encounters, year, total):
    years = official.fiscal_year_totals(encounters).set_index("fiscal_year")
    assert years.loc[year, "total"] == total


@pytest.mark.parametrize("month, total", PUBLISHED_MONTHS.items())
def test_month_totals_equal_cbp_published_figures(encounters, month, total):
    months = official.monthly_totals(encounters).set_index("month")
    assert months.loc[month, "total"] == total


def test_every_row_has_a_status_and_a_source(encounters):
    assert set(encounters["status"]) <= set(official.STATUSES)
    found = encounters[encounters["status"] != "not_found"]
    assert found["source_url"].str.startswith("http").all()
    assert set(encounters["component"]) == {"USBP", "OFO"}


def test_no_month_of_fy2019_to_fy2024_lacks_a_component(encounters):
    months = official.monthly_totals(encounters).set_index("month")
    expected = [official.month_of_fiscal_year(year, month) for year in range(2019, 2025)
                for month in (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)]
    assert sorted(expected) == sorted(months.index)
    assert months[["usbp", "ofo", "total"]].notna().all().all()
    assert (encounters["status"] != "not_found").all()


def test_fy2021_splits_into_cbp_published_border_patrol_and_port_figures(encounters):
    years = official.fiscal_year_totals(encounters).set_index("fiscal_year")
    ofo = encounters[(encounters["component"] == "OFO") & (encounters["fiscal_year"] == 2021)]
    assert years.loc[2021, "usbp"] == 1_659_206 and ofo["encounters"].sum() == 75_480


def test_context_events_carry_a_source_and_its_quality():
    events = official.read_context_events()
    assert len(events) == 25
    assert events["source_url"].str.startswith("http").all()
    assert set(events["source_quality"]) <= set(official.SOURCE_QUALITIES)


def test_mexico_figures_are_all_secondary_or_derived_with_sources():
    mexico = official.load_mexico_yearly()
    assert set(mexico["status"]) <= {"secondary", "derived"}
    assert mexico["source"].str.len().gt(0).all()
    events = mexico[mexico["measure"] == "events_presented_or_channelled"]
    assert events.loc[events["year"] == 2023, "value"].iloc[0] == 782_176


def test_reference_folder_import_reproduces_the_bundled_tables(tmp_path):
    source = ROOT.parent / "shared" / "reference"
    if not source.exists():
        pytest.skip("the gathered reference files are not beside this checkout (../shared/reference)")
    tables = official.read_reference_folder(source)
    bundled = official.load_encounters()
    assert tables["southwest_encounters_monthly"]["encounters"].tolist() == \
        bundled["encounters"].tolist()


def test_long_series_starts_in_fy2000_and_is_border_patrol_only():
    series = official.load_long_series()
    assert series["month"].iloc[0] == "1999-10" and set(series["component"]) == {"USBP"}


def test_cbp_export_is_summed_by_month_and_component():
    table = official.read_cbp_export(FIXTURE).set_index(["month", "component"])
    assert table.loc[("2023-12", "USBP"), "encounters"] == 1_350
    assert table.loc[("2023-12", "OFO"), "encounters"] == 40
    assert table.loc[("2024-10", "USBP"), "fiscal_year"] == 2025


def test_refresh_replaces_covered_months_and_keeps_older_ones(encounters):
    merged, revisions = official.merge_months(encounters, official.read_cbp_export(FIXTURE),
                                              accept_revisions=True)
    assert revisions and revisions[0].startswith("2023-12 USBP")
    by_key = merged.set_index(["month", "component"])["encounters"]
    assert by_key[("2023-12", "USBP")] == 1_350
    assert by_key[("2019-01", "USBP")] == encounters.set_index(["month", "component"])[
        "encounters"][("2019-01", "USBP")]
    assert ("2024-10", "OFO") in by_key.index
    assert len(merged) == len(encounters) + 2


def test_cbp_export_with_a_missing_column_is_refused(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(FIXTURE.read_text().replace("Encounter Count", "Count"))
    with pytest.raises(InputError, match="missing column"):
        official.read_cbp_export(path)


def test_cbp_export_with_a_non_numeric_count_names_the_line(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(FIXTURE.read_text().replace(",40\n", ",forty\n"))
    with pytest.raises(InputError, match="line 4"):
        official.read_cbp_export(path)


def test_official_command_refreshes_a_table_and_keeps_it_on_failure(tmp_path):
    command = [sys.executable, "-m", "analysis", "official", "--out", str(tmp_path)]
    (tmp_path / "southwest_encounters_monthly.csv").write_bytes(
        official.ENCOUNTERS_CSV.read_bytes())
    result = subprocess.run(command + ["--cbp-export", str(FIXTURE), "--accept-revisions"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "revised: 2023-12 USBP" in result.stderr
    refreshed = (tmp_path / "southwest_encounters_monthly.csv").read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("Fiscal Year,Component\n2024,x\n")
    result = subprocess.run(command + ["--cbp-export", str(bad)], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "southwest_encounters_monthly.csv").read_bytes() == refreshed


def test_real_cbp_export_matches_the_reference_months_when_available(encounters):
    export = ROOT.parent / "shared" / "reference" / "cbp_sbo-encounters-fy22-fy25-aug.csv"
    if not export.exists():
        pytest.skip("CBP's export is not beside this checkout (../shared/reference)")
    from_export = official.read_cbp_export(export).set_index(["month", "component"])
    reference = encounters.set_index(["month", "component"])
    covered = [key for key in reference.index if key in from_export.index]
    assert len(covered) == 36 * 2  # FY2022 - FY2024, both components
    for key in covered:
        assert from_export.loc[key, "encounters"] == reference.loc[key, "encounters"], key
