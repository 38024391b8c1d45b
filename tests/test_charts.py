"""Charts: titles that state the finding, gaps kept as gaps, article text made inert."""

import json

import pandas as pd
import pytest

from analysis import charts, official
from analysis.display import Chart, table


@pytest.fixture(scope="module")
def months():
    return official.monthly_totals(official.load_encounters())


def test_border_crossings_title_states_the_peak_and_the_next_month(months):
    data = charts.border_crossings_data(months, pd.DataFrame(columns=["claim_type", "period",
                                                                      "claim", "verdict"]))
    assert charts.border_crossings_title(data) == (
        "Encounters peaked at 301,981 in December 2023, then fell 42% the next month")


def test_missing_months_stay_gaps_not_zeros():
    encounters = official.load_encounters()  # the bundled table has no gap since FY2021 was
    gap = (encounters["month"] == "2021-01") & (encounters["component"] == "OFO")  # completed
    encounters.loc[gap, "encounters"] = pd.NA
    months = official.monthly_totals(encounters)
    data = charts.border_crossings_data(months, pd.DataFrame(columns=["claim_type", "period",
                                                                      "claim", "verdict"]))
    row = data[(data["month"] == "2021-01-01") & (data["series"] == "Ports of entry")]
    assert row["encounters"].isna().all()


def test_chart_title_and_source_line_are_in_the_spec(months):
    data = charts.border_crossings_data(months, pd.DataFrame(columns=["claim_type", "period",
                                                                      "claim", "verdict"]))
    spec = charts.border_crossings_chart(data).to_dict()
    assert spec["title"]["text"].startswith("Encounters peaked")
    assert any("Customs and Border Protection" in line for line in spec["title"]["subtitle"])


def test_sourcing_title_counts_named_and_anonymous():
    sources = pd.DataFrame({"kind": ["person", "anonymous", "anonymous", "data"],
                            "country": ["Mexico", "United States", "", "Mexico"]})
    data = charts.sourcing_data(sources)
    assert charts.sourcing_title(data) == "1 named people and 2 anonymous sources"


def test_article_text_in_a_chart_cannot_close_its_script_element():
    import altair as alt

    frame = pd.DataFrame({"x": [1], "text": ["</script><script>alert(1)</script>"]})
    html = Chart(alt.Chart(frame).mark_point().encode(x="x:Q", tooltip="text:N"))._repr_html_()
    body = html.split("var spec = ", 1)[1]
    assert "</script><script>alert" not in body
    spec = json.loads(body.split(";\n", 1)[0])
    assert spec["datasets"][next(iter(spec["datasets"]))][0]["text"].startswith("</script>")


def test_tables_escape_article_markup():
    html = table(pd.DataFrame({"quote": ["<script>alert(1)</script>"]}))._repr_html_()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
