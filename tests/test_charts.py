"""Charts: titles computed from the article at hand, claims on the series they were checked
against, annotations written on the chart, one style for the web chart and its exports,
gaps kept as gaps, article text made inert."""

import json
import re

import pandas as pd
import pytest

from analysis import charts, official
from analysis.display import Chart, table
from analysis.figures import figure_files
from analysis.paths import ROOT

NO_CLAIMS = pd.DataFrame(columns=["claim_id", "stat_id", "char_start", "char_end", "claim",
                                  "claim_type", "period", "verdict"])


@pytest.fixture(scope="module")
def months():
    return official.monthly_totals(official.load_encounters())


def _claim(**fields) -> pd.DataFrame:
    row = {"claim_id": "c001", "stat_id": "", "char_start": 0, "char_end": 6,
           "claim": "Crossings rose in May.", "claim_type": "level", "period": "2023-05",
           "verdict": "not_supported"}
    row.update(fields)
    return pd.DataFrame([row])


def _context(path):
    from analysis.notebook import Context

    return Context(str(path))


@pytest.fixture(scope="module")
def seed_and_wire():
    return [_context("seeds/mexico-president-us-election.txt"),
            _context("tests/corpus/dev/wire-report.txt")]


def test_two_articles_get_two_crossings_titles(seed_and_wire, months):
    titles = {charts.border_crossings_title(charts.border_crossings_data(
        months, c.factcheck, c.article.text)) for c in seed_and_wire}
    assert len(titles) == 2


def test_two_articles_get_two_timeline_and_numbers_titles(seed_and_wire):
    timelines = {charts.timeline_title(charts.timeline_data(c.events, c.context_events,
                                                            c.sources)) for c in seed_and_wire}
    numbers = {charts.numbers_title(charts.numbers_data(c.statistics)) for c in seed_and_wire}
    assert len(timelines) == 2 and len(numbers) == 2


def test_seed_title_states_the_verdicts_on_its_monthly_claims(seed_and_wire, months):
    seed = seed_and_wire[0]
    title = charts.border_crossings_title(charts.border_crossings_data(
        months, seed.factcheck, seed.article.text))
    assert title.startswith("Official figures back") and "Dec 2023" in title


def test_without_claims_the_title_says_the_article_makes_none(months):
    title = charts.border_crossings_title(charts.border_crossings_data(months, NO_CLAIMS))
    assert title.startswith("The article makes no claim the monthly figures can check")


def test_a_level_claim_marked_not_supported_is_drawn(months):
    data = charts.border_crossings_data(months, _claim(), "Record")
    drawn = data[data["claim"] != ""]
    assert drawn["verdict"].tolist() == ["not_supported"]


def test_a_border_patrol_claim_sits_on_the_border_patrol_line(months):
    data = charts.border_crossings_data(months, _claim(official_series="cbp_southwest_usbp"), "Record")
    assert data.loc[data["claim"] != "", "series"].tolist() == ["Border Patrol"]


def test_without_official_series_a_claim_sits_on_the_total(months):
    data = charts.border_crossings_data(months, _claim(), "Record")
    assert data.loc[data["claim"] != "", "series"].tolist() == ["Total"]


def test_claim_words_come_from_the_article_span_when_claim_text_is_absent():
    assert charts.claim_words(_claim(char_start=7, char_end=11), "Border rose").tolist() == [
        "rose"]
    assert charts.claim_words(_claim(claim_text="rose in May"), "x").tolist() == ["rose in May"]


def test_missing_months_stay_gaps_not_zeros_and_get_a_note():
    encounters = official.load_encounters()  # the bundled table has no gap since FY2021 was
    gap = (encounters["month"] == "2021-01") & (encounters["component"] == "OFO")  # completed
    encounters.loc[gap, "encounters"] = pd.NA
    data = charts.border_crossings_data(official.monthly_totals(encounters), NO_CLAIMS)
    row = data[(data["month"] == "2021-01-01") & (data["series"] == "Ports of entry")]
    assert row["encounters"].isna().all()
    notes = charts.gaps(data)
    assert any("ports of entry" in n and "Jan 2021" in n for n in notes["note"])


def _texts(spec) -> list[str]:
    """Every literal string a spec draws (titles, data labels)."""
    return re.findall(r'"(?:text|label|note|key|numbers)": "([^"]*)"', json.dumps(spec))


def test_events_claims_and_publication_date_are_written_on_the_chart(months, seed_and_wire):
    seed = seed_and_wire[0]
    data = charts.border_crossings_data(months, seed.factcheck, seed.article.text)
    events = charts.event_rules(seed.events, *charts.data_window(data))
    svg = figure_files("c", charts.border_crossings_chart(data, events, "2024-03-26"),
                       data=data, script=None)["c.svg"]
    assert "published 26 March 2024" in svg
    assert "in record numbers" in svg and "supported" in svg
    assert "Dec 2023: Desperate for help" in svg


def test_no_axis_uses_si_prefixes(months, seed_and_wire):
    seed = seed_and_wire[0]
    specs = [charts.border_crossings_chart(charts.border_crossings_data(months, seed.factcheck)),
             charts.fiscal_years_chart(charts.fiscal_years_data(
                 official.fiscal_year_totals(official.load_encounters()), seed.factcheck,
                 seed.statistics)),
             charts.numbers_chart(charts.numbers_data(seed.statistics))]
    for spec in specs:
        formats = re.findall(r'"format": "([^"]*)"', json.dumps(spec.to_dict()))
        assert formats and not any(f.endswith("s") for f in formats), formats


def test_numbers_chart_shows_a_tenth_as_a_tenth_not_100m():
    data = charts.numbers_data(pd.DataFrame([{
        "stat_id": "s1", "surface": "a tenth", "value": 0.1, "qualifier": "exact",
        "kind": "fraction", "unit": "fraction", "subject": "", "period": "",
        "sentence_text": "A tenth."}, {
        "stat_id": "s2", "surface": "two million", "value": 2e6, "qualifier": "exact",
        "kind": "count", "unit": "", "subject": "", "period": "", "sentence_text": "Two."}]))
    svg = figure_files("n", charts.numbers_chart(data), data=data, script=None)["n.svg"]
    assert "100m" not in svg and "0.1" in svg and "1,000,000" in svg


def test_web_chart_and_export_share_series_order_and_colours(months):
    data = charts.border_crossings_data(months, NO_CLAIMS)
    chart = charts.border_crossings_chart(data)
    spec = chart.to_dict()
    colour = next(layer["encoding"]["color"] for layer in spec["layer"]
                  if "color" in layer.get("encoding", {}))
    assert colour["scale"]["domain"] == charts.SERIES
    assert colour["scale"]["range"] == charts.SERIES_COLOURS
    svg = figure_files("c", chart, charts.border_crossings_figure(data), data,
                       script=None)["c.svg"]
    positions = [svg.find(f">{name}<") for name in charts.SERIES]
    assert all(p > 0 for p in positions) and positions == sorted(positions)
    for hex_colour in charts.SERIES_COLOURS:
        assert hex_colour.lower() in svg.lower()


def test_every_time_axis_shows_years(months, seed_and_wire):
    seed = seed_and_wire[0]
    specs = [charts.border_crossings_chart(charts.border_crossings_data(months, NO_CLAIMS)),
             charts.timeline_chart(charts.timeline_data(seed.events, seed.context_events,
                                                        seed.sources))]
    for spec in specs:
        axes = re.findall(r'"axis": \{[^}]*"format": "([^"]*)"', json.dumps(spec.to_dict()))
        assert "%Y" in axes


def test_an_event_goes_to_the_lane_of_the_actor_who_acted():
    assert charts.acting_lane(
        "Since 2022, Mexico has added hundreds of immigration checkpoints.",
        "U.S. State Department; Mexico; United States", "enforcement") == "Mexico"
    assert charts.acting_lane(
        "Since 2022, the Mexican government has added checkpoints.",
        "Department of American; Mexico; United States", "enforcement") == "Mexico"
    assert charts.acting_lane("Desperate for help in December, President Biden called "
                              "Mexican President Andrés Manuel López Obrador.",
                              "Biden; Andrés Manuel López Obrador; Mexico; United States",
                              "diplomacy") == "United States"


def test_a_quotation_goes_to_its_speaker_not_to_the_country_it_names():
    lane = charts.acting_lane("\u201cMexico is not doing enough,\u201d said Jane Roe, a "
                              "diplomat.", "Jane Roe; Mexico", "statement",
                              {"Jane Roe": "United States"})
    assert lane == "United States"
    unknown = charts.acting_lane("\u201cMexico is not doing enough,\u201d said Jane Roe.",
                                 "Jane Roe; Mexico", "statement")
    assert unknown == "Other or not stated"


def test_crossing_figures_have_a_lane_of_their_own():
    assert charts.acting_lane("Illegal border crossings into the United States plummeted.",
                              "United States", "migration flow") == "Border crossings"


def test_a_reference_years_before_the_rest_does_not_squash_the_timeline():
    events = pd.DataFrame({
        "date_start": ["2009-01-01", "2023-12-01", "2024-01-01", "2024-02-01", "2024-03-18"],
        "date_end": ["2012-12-31", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-24"],
        "date_text": ["from 2009 to 2012", "December", "January", "February", "last week"],
        "actors": ["", "Mexico", "Mexico", "Mexico", "Mexico"],
        "category": ["diplomacy"] * 5, "summary": ["Old times.", "A.", "B.", "C.", "D."]})
    context = pd.DataFrame(columns=["date", "actors", "event", "source_url"])
    data = charts.timeline_data(events, context)
    first, _ = charts.timeline_window(data)
    assert first >= "2022-01-01"
    layout = charts.timeline_layout(data)
    outlier = layout[layout["start"] == "2009-01-01"].iloc[0]
    assert outlier["x"] == first and outlier["label"].startswith("\u2190 2009\u20132012")


def test_timeline_labels_in_one_lane_do_not_overlap():
    rows = charts._pack([0, 10, 300], [100, 100, 100])
    assert rows == [0, 1, 0]


def test_sourcing_title_counts_named_and_anonymous():
    sources = pd.DataFrame({"kind": ["person", "anonymous", "anonymous", "data"],
                            "country": ["Mexico", "United States", "", "Mexico"]})
    data = charts.sourcing_data(sources)
    assert charts.sourcing_title(data) == "1 named person and 2 anonymous sources"


def test_article_text_in_a_chart_cannot_close_its_script_element():
    import altair as alt

    frame = pd.DataFrame({"x": [1], "text": ["</script><script>alert(1)</script>"]})
    html = Chart(alt.Chart(frame).mark_point().encode(x="x:Q", tooltip="text:N"))._repr_html_()
    body = html.split("var spec = ", 1)[1]
    assert "</script><script>alert" not in body
    spec = json.loads(body.split(";\n", 1)[0])
    assert spec["datasets"][next(iter(spec["datasets"]))][0]["text"].startswith("</script>")


def test_article_text_in_a_figure_page_cannot_close_its_script_element():
    import altair as alt

    frame = pd.DataFrame({"x": [1], "text": ["</script><script>alert(1)</script>"]})
    page = figure_files("f", alt.Chart(frame).mark_point().encode(x="x:Q", tooltip="text:N"),
                        data=frame)["f.html"]
    assert "</script><script>alert" not in page
    assert page.count("</script>") == 2  # the shared library and the embed call only


def test_tables_escape_article_markup():
    html = table(pd.DataFrame({"quote": ["<script>alert(1)</script>"]}))._repr_html_()
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_a_chart_in_a_report_has_alt_text_and_download_links(months):
    data = charts.border_crossings_data(months, NO_CLAIMS)
    html = Chart(charts.border_crossings_chart(data), "border_crossings",
                 downloads=True)._repr_html_()
    assert 'role="img" aria-label="The article makes no claim' in html
    assert 'href="figures/border_crossings.csv" download>Download this data (CSV)' in html


def test_the_notebooks_name_no_claim_of_the_seed():
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        text = notebook.read_text(encoding="utf-8")
        assert "two million" not in text and "double" not in text.lower(), notebook.name


def test_caveats_shared_by_checked_claims_become_numbered_notes_said_once():
    from analysis.findings import reasons_and_notes

    reasons, notes, refs = reasons_and_notes([
        "Encounters fell 41.7%. Encounters count events, not people.",
        "Encounters numbered 301,981. Encounters count events, not people."])
    assert notes == ["Encounters count events, not people."]
    assert reasons == ["Encounters fell 41.7%.", "Encounters numbered 301,981."]
    assert refs == [[1], [1]]


def test_an_explanation_is_not_cut_after_an_abbreviation():
    from analysis.findings import split_sentences

    assert split_sentences("The data cover U.S. Southwest encounters only. Settling it "
                           "would take X.") == ["The data cover U.S. Southwest encounters "
                                                "only.", "Settling it would take X."]


def test_period_words_read_as_an_editor_writes_them():
    from analysis.findings import period_words

    assert period_words("2023-12") == "December 2023"
    assert period_words("FY2022/FY2023") == "fiscal years 2022 and 2023"
    assert period_words("2022-01-01/2024-03-26") == "1 January 2022 to 26 March 2024"


def test_the_crossings_intro_counts_claims_not_rows():
    from analysis import findings

    rows = pd.concat([_claim(official_series="cbp_southwest_total", verdict="supported"),
                      _claim(official_series="cbp_southwest_usbp", verdict="supported")])
    statistics = pd.DataFrame(columns=["stat_id", "surface"])
    assert findings.crossings_intro(rows, statistics).startswith(
        "The article makes 1 claim the fact-check looked at; 1 can be set")
