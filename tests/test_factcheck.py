"""Fact-checks: claims matched to the official series by subject, unit and period."""

import pandas as pd
import pytest

from analysis.article import article_from_text
from analysis.factcheck import VERDICTS, Figures, check_claims
from analysis.statistics import extract_statistics


@pytest.fixture(scope="module")
def figures():
    return Figures.load()


@pytest.fixture(scope="module")
def seed_checks(seed_article, figures):
    statistics = extract_statistics(seed_article)
    return check_claims(seed_article, statistics, figures), statistics


def checks_of(text: str, figures, published: str = "2024-03-26") -> pd.DataFrame:
    article = article_from_text(text, published, article_id="t")
    return check_claims(article, extract_statistics(article), figures)


def row_at(checks: pd.DataFrame, article, surface: str) -> pd.Series:
    rows = checks[[article.text[s:e] == surface for s, e in zip(checks["char_start"],
                                                                 checks["char_end"])]]
    assert len(rows) >= 1, surface
    return rows.iloc[0]


def test_every_statistic_has_a_row_and_ids_link_back(seed_checks):
    checks, statistics = seed_checks
    linked = checks[checks["stat_id"] != ""]
    assert set(linked["stat_id"]) == set(statistics["stat_id"])
    assert set(checks["verdict"]) <= set(VERDICTS)
    assert checks["claim_id"].is_unique


def test_fiscal_year_level_claim_is_supported_with_both_years(seed_article, seed_checks):
    row = row_at(seed_checks[0], seed_article, "more than two million")
    assert (row.claim_type, row.verdict, row.period) == ("level", "supported", "FY2022/FY2023")
    assert row.official_value == "2,378,944; 2,475,669"
    assert "Title 42" in row.explanation and "not people" in row.explanation


def test_double_the_number_in_2019_reports_both_ratios(seed_article, seed_checks):
    row = row_at(seed_checks[0], seed_article, "double")
    assert row.claim_type == "ratio"
    assert "2.43" in row.comparison and "2.53" in row.comparison
    assert row.verdict in ("supported", "partly_supported")


@pytest.mark.parametrize("surface, claim_type", [
    ("in record numbers", "record"), ("plummeted", "trend"), ("mounted again", "trend"),
    ("one of the highest Januarys on record", "rank")])
def test_border_claims_without_numbers_are_checked_and_supported(seed_article, seed_checks,
                                                                 surface, claim_type):
    row = row_at(seed_checks[0], seed_article, surface)
    assert (row.claim_type, row.verdict) == (claim_type, "supported")
    assert row.source_url.startswith("https://")


@pytest.mark.parametrize("surface, needed", [
    ("tenfold", "staffing"), ("more than half", "deportation"), ("hundreds", "checkpoints")])
def test_claims_on_mexicos_own_data_say_which_data_would_settle_them(seed_article, seed_checks,
                                                                     surface, needed):
    row = row_at(seed_checks[0], seed_article, surface)
    assert row.verdict == "not_checkable" and needed in row.explanation


def test_record_claim_names_the_first_release_and_the_revision(seed_article, seed_checks):
    row = row_at(seed_checks[0], seed_article, "in record numbers")
    assert "302,034" in row.explanation and "301,981" in row.explanation


def test_overstated_level_is_not_supported(figures):
    row = checks_of("There were more than three million border crossings in fiscal year 2023.",
                    figures).iloc[0]
    assert (row.verdict, row.period) == ("not_supported", "FY2023")


def test_wrong_direction_trend_is_not_supported(figures):
    checks = checks_of("Border Patrol apprehensions rose in January.", figures)
    row = checks[checks["claim_type"] == "trend"].iloc[0]
    assert row.verdict == "not_supported" and "fell" in row.explanation


def test_apprehensions_are_checked_against_border_patrol_alone(figures):
    row = checks_of("Border Patrol made about 250,000 apprehensions at the border in December.",
                    figures).iloc[0]
    assert row.verdict == "supported" and row.official_value == "249,740"


def test_a_first_release_figure_is_supported_and_says_so(figures):
    row = checks_of("Agents recorded 302,034 encounters at the southern border in December.",
                    figures).iloc[0]
    assert row.verdict == "supported" and "first release" in row.explanation


def test_claim_without_a_period_is_not_checkable(figures):
    row = checks_of("Millions of migrants have crossed the border.", figures).iloc[0]
    assert row.verdict == "not_checkable" and "no period" in row.explanation


def test_month_outside_the_bundled_figures_is_not_checkable(figures):
    row = checks_of("Encounters at the border topped 50,000 in March.", figures,
                    published="2015-04-10").iloc[0]
    assert row.verdict == "not_checkable"
