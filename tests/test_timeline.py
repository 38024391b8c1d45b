"""Time references resolved against the publication date, and the seed's timeline gold."""

import datetime as dt

import pandas as pd
import pytest

from analysis.article import article_from_text
from analysis.evaluation import load_gold_events
from analysis.paths import ROOT
from analysis.periods import find_time_expressions
from analysis.timeline import category_of, extract_events

GOLD = ROOT / "tests" / "gold" / "mexico-president-us-election.events.csv"
PUBLISHED = dt.date(2024, 3, 26)  # a Tuesday


def resolve(text: str, published: dt.date = PUBLISHED):
    expressions = find_time_expressions(text, published)
    assert len(expressions) == 1, expressions
    e = expressions[0]
    return e.date_start.isoformat(), e.date_end.isoformat(), e.precision


@pytest.fixture(scope="module")
def seed_events(seed_article):
    return extract_events(seed_article)


def test_every_gold_time_reference_resolves_to_its_interval(seed_article, seed_events):
    gold = load_gold_events(GOLD, seed_article.text)
    found = {(r.char_start, r.date_start, r.date_end, r.date_precision)
             for r in seed_events.itertuples()}
    for row in gold.itertuples():
        assert (row.char_start, row.date_start, row.date_end, row.date_precision) in found, row


def test_no_false_dates_in_the_seed(seed_events):
    assert len(seed_events) == len(pd.read_csv(GOLD))


def test_each_event_has_actors_summary_and_a_known_category(seed_events):
    assert (seed_events["summary"] != "").all()
    assert set(seed_events["category"]) <= {"diplomacy", "enforcement", "migration flow",
                                            "legal", "policy", "humanitarian", "statement"}


def test_the_supreme_court_ruling_is_legal_with_the_court_as_actor(seed_events):
    row = seed_events[seed_events["date_text"] == "Last year"].iloc[0]
    assert row.category == "legal" and "Mexican Supreme Court" in row.actors


@pytest.mark.parametrize("text, expected", [
    ("The law passed two years ago.", ("2022-01-01", "2022-12-31", "year")),
    ("Arrests rose last month.", ("2024-02-01", "2024-02-29", "month")),
    ("The ministry spoke last week.", ("2024-03-18", "2024-03-24", "week")),
    ("The talks ended yesterday.", ("2024-03-25", "2024-03-25", "day")),
    ("The deal was signed on March 1, 2024.", ("2024-03-01", "2024-03-01", "day")),
    ("The deal was signed on 1 March 2024.", ("2024-03-01", "2024-03-01", "day")),
    ("Talks began Jan. 19 in Washington.", ("2024-01-19", "2024-01-19", "day")),
    ("The rule expired in May 2023.", ("2023-05-01", "2023-05-31", "month")),
    ("The ruling came in May.", ("2023-05-01", "2023-05-31", "month")),
    ("Crossings rose in December.", ("2023-12-01", "2023-12-31", "month")),
    ("Crossings rose in March.", ("2024-03-01", "2024-03-31", "month")),
    ("Spending rose in FY2023.", ("2022-10-01", "2023-09-30", "fiscal_year")),
    ("Spending rose in fiscal year 2022.", ("2021-10-01", "2022-09-30", "fiscal_year")),
    ("Arrests rose last fiscal year.", ("2022-10-01", "2023-09-30", "fiscal_year")),
    ("Arrests are up this fiscal year.", ("2023-10-01", "2024-09-30", "fiscal_year")),
    ("Arrests rose over the past three years.", ("2021-03-26", "2024-03-26", "range")),
    ("Migration changed in the 1990s.", ("1990-01-01", "1999-12-31", "range")),
    ("He served in 2009-2012.", ("2009-01-01", "2012-12-31", "range")),
    ("He served from 2009 to 2012.", ("2009-01-01", "2012-12-31", "range")),
    ("Arrests have risen since 2019.", ("2019-01-01", "2024-03-26", "range")),
    ("The program grows this year.", ("2024-01-01", "2024-12-31", "year")),
    ("He spoke Sunday.", ("2024-03-24", "2024-03-24", "day")),
    ("The figures improved earlier this year.", ("2024-01-01", "2024-03-26", "range")),
], ids=["years-ago", "last-month", "last-week", "yesterday", "month-day-year", "day-month-year",
        "abbreviated-month", "month-year", "may-after-in", "december-before-publication",
        "same-month", "fy-compact", "fiscal-year-named", "last-fiscal-year", "this-fiscal-year",
        "past-three-years", "decade", "hyphen-range", "from-to", "since", "this-year",
        "weekday", "earlier-this-year"])
def test_time_expression_resolves(text, expected):
    assert resolve(text) == expected


def test_month_without_year_in_a_february_article_is_the_previous_december():
    assert resolve("Crossings rose in December.", dt.date(2024, 2, 10))[0] == "2023-12-01"


def test_a_baseline_year_is_fiscal_when_the_sentence_speaks_of_fiscal_years():
    text = "Crossings topped two million in the last two fiscal years, double the number in 2019."
    labels = [e.label for e in find_time_expressions(text, PUBLISHED)]
    assert labels == ["FY2022/FY2023", "FY2019"]



def test_a_year_named_calendar_stays_a_calendar_year_among_fiscal_years():
    text = "Arrests hit a high in fiscal 2021, and calendar year 2022 was busier still."
    labels = [e.label for e in find_time_expressions(text, PUBLISHED)]
    assert labels == ["FY2021", "2022"]

@pytest.mark.parametrize("text", [
    "He told CBS\u2019 \u201c60 Minutes\u201d about it.",
    "Migrants could only be detained for 36 hours.",
    "Two-year-old Denver Gonzalez cried.",
    "We may see more arrivals, officials said.",
    "It was one of the highest Januarys on record.",
    "Protesters march toward the border.",
], ids=["title", "duration", "age", "may-as-verb", "plural-month", "march-as-verb"])
def test_not_a_date(text):
    assert find_time_expressions(text, PUBLISHED) == []


def test_shortly_thereafter_is_anchored_to_the_event_before_it():
    article = article_from_text("Biden called in December. Shortly thereafter, Mexico acted.",
                                "2024-03-26")
    events = extract_events(article)
    row = events[events["date_text"] == "Shortly thereafter"].iloc[0]
    assert (row.date_start, row.date_end) == ("2023-12-01", "2024-01-31")


def test_days_later_shifts_the_event_before_it():
    article = article_from_text("The ruling came on March 4, 2024. Three days later, the "
                                "ministry appealed.", "2024-03-26")
    row = extract_events(article).iloc[1]
    assert (row.date_start, row.date_end) == ("2024-03-07", "2024-03-07")


@pytest.mark.parametrize("text, category", [
    ("The court ruled the law unconstitutional.", "legal"),
    ("The presidents met and signed an agreement.", "diplomacy"),
    ("Police raided hotels and set up checkpoints.", "enforcement"),
    ("Crossings plummeted in January.", "migration flow"),
    ("The new visa policy took effect.", "policy"),
    ("A smuggler left the group in the desert, where a child was lost.", "humanitarian"),
    ("He said so in an interview.", "statement"),
])
def test_category_by_the_words_of_the_event(text, category):
    assert category_of(text) == category


# ---- spans, parts of periods and day words (issue 11); published 2024-03-26, a Tuesday ----

@pytest.mark.parametrize("text, expected", [
    ("The surge ran from June 2 through June 9, 2023.", ("2023-06-02", "2023-06-09", "range")),
    ("The data cover the period between May 1, 2022, and June 30, 2023.",
     ("2022-05-01", "2023-06-30", "range")),
    ("Arrests fell from January to March 2024.", ("2024-01-01", "2024-03-31", "range")),
    ("Crossings rose in July and August 2023.", ("2023-07-01", "2023-08-31", "range")),
    ("It covers May 12, 2023, to March 31, 2024.", ("2023-05-12", "2024-03-31", "range")),
    ("Funding for fiscal years 2022 through 2024 was spent.", ("2021-10-01", "2024-09-30", "range")),
    ("Between Fiscal Year 2006 and the end of Fiscal Year 2023, staff doubled.",
     ("2005-10-01", "2023-09-30", "range")),
    ("Seizures rose between December of last year and March of this year.",
     ("2023-12-01", "2024-03-31", "range")),
], ids=["from-through", "between-and", "months-take-the-years-year", "month-and-month",
        "date-to-date", "fiscal-years-through", "between-fiscal-years", "months-of-relative-years"])
def test_two_dates_joined_as_a_span_are_one_range(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Seizures doubled in the first half of FY23.", ("2022-10-01", "2023-03-31", "range")),
    ("Arrests fell in the first quarter of 2023.", ("2023-01-01", "2023-03-31", "range")),
    ("Staff grew by the end of Fiscal Year 2023.", ("2023-09-30", "2023-09-30", "day")),
    ("Seizures in Fiscal Year 2023 to date rose.", ("2022-10-01", "2024-02-29", "range")),
    ("Talks resumed in early February 2024.", ("2024-02-01", "2024-02-10", "range")),
    ("Talks resumed in late 2023.", ("2023-09-01", "2023-12-31", "range")),
    ("Arrests were up 54 percent on March of the previous year.",
     ("2023-03-01", "2023-03-31", "month")),
    ("Crossings rose 14% on last August.", ("2023-08-01", "2023-08-31", "month")),
], ids=["first-half-of-fiscal-year", "first-quarter", "end-of-fiscal-year", "to-date",
        "early-month", "late-year", "month-of-the-previous-year", "last-month-name"])
def test_parts_of_periods_resolve_to_their_part(text, expected):
    assert resolve(text) == expected


def test_the_same_period_in_another_fiscal_year_takes_the_part_named_before():
    expressions = find_time_expressions(
        "Seizures rose in the first half of FY23 compared to the same period in FY22.", PUBLISHED)
    assert [(e.date_start.isoformat(), e.date_end.isoformat()) for e in expressions] == [
        ("2022-10-01", "2023-03-31"), ("2021-10-01", "2022-03-31")]


@pytest.mark.parametrize("text, expected", [
    ("Tonight the rule ends.", ("2024-03-26", "2024-03-26", "day")),
    ("Last night the office gave awards.", ("2024-03-25", "2024-03-25", "day")),
    ("The vote is this Sunday.", ("2024-03-31", "2024-03-31", "day")),
    ("Arrests fell this past week.", ("2024-03-25", "2024-03-31", "week")),
    ("The support that was there in \u201886 is gone.", ("1986-01-01", "1986-12-31", "year")),
    ("Done this twenty-seventh day of September, in the year of our Lord two thousand "
     "twenty-four.", ("2024-09-27", "2024-09-27", "day")),
], ids=["tonight", "last-night", "this-weekday", "this-past-week", "two-digit-year",
        "proclamation-date"])
def test_day_words_and_formal_dates_resolve(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Within my first 100 days in office, encounters fell.", dt.date(2025, 5, 27),
     ("2025-01-20", "2025-04-29", "range")),
    ("Since his first day in office, the President has called on Congress.",
     dt.date(2024, 6, 4), ("2021-01-20", "2024-06-04", "range")),
], ids=["first-100-days", "since-first-day-in-office"])
def test_days_in_office_count_from_the_inauguration_of_the_term(text, published, expected):
    assert resolve(text, published) == expected


def test_since_then_runs_from_the_date_before_it_to_publication():
    article = article_from_text("Policy\n\nThe rule began on May 12, 2023. Since then, arrests "
                                "fell.", "2024-06-04")
    row = extract_events(article).iloc[-1]
    assert (row.date_text, row.date_start, row.date_end) == ("Since then", "2023-05-12",
                                                             "2024-06-04")


def test_the_following_weekend_is_the_saturday_and_sunday_after_the_date_before_it():
    article = article_from_text("Trip\n\nShe landed on Wednesday, June 5, 2024. The following "
                                "weekend she toured the border.", "2024-06-20")
    row = extract_events(article).iloc[-1]
    assert (row.date_start, row.date_end) == ("2024-06-08", "2024-06-09")


def test_from_february_to_may_is_one_range_in_one_season():
    assert resolve("Crossings rose from February to May.", dt.date(2024, 3, 26)) == (
        "2023-02-01", "2023-05-31", "range")


def test_a_month_without_a_year_takes_the_year_of_the_full_date_before_it_in_its_paragraph():
    article = article_from_text("Report\n\nOn March 3, 2021, agents met. In May they met again.",
                                "2024-03-26")
    row = extract_events(article).iloc[-1]
    assert (row.date_text, row.date_start, row.date_end) == ("May", "2021-05-01", "2021-05-31")


@pytest.mark.parametrize("text", ["Arrests rose in recent days.", "Over the past months we worked."],
                         ids=["recent-days", "past-months-without-a-count"])
def test_vague_spans_the_guide_does_not_date_are_not_dated(text):
    assert find_time_expressions(text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "The House passed the Secure the Border Act of 2023.",
    "The Consolidated Appropriations Act, 2023, asked for a review.",
    "Awards were given at the 2025 National HIDTA Awards Ceremony.",
    "Congressman August Pfluger voted for the bill.",
    "The 1996 immigration reform law passed with both parties.",
], ids=["act-of-year", "act-comma-year", "the-year-event", "month-as-given-name",
        "the-year-law"])
def test_a_date_inside_a_name_is_not_a_reference(text):
    assert find_time_expressions(text, PUBLISHED) == []


def test_a_month_after_a_preposition_stays_a_month_before_a_name():
    assert resolve("In August Brazil imposed new rules.") == ("2023-08-01", "2023-08-31", "month")


@pytest.mark.parametrize("text,expected", [
    ("The promise was made at a rally (10/12/23, Aurora, CO).", ("2023-10-12", "2023-10-12", "day")),
    ("It was signed 3/4/2023 in Washington.", ("2023-03-04", "2023-03-04", "day")),
    ("The rule took effect on June 4 of last year.", ("2023-06-04", "2023-06-04", "day")),
    ("Crossings fell since August of last year.", ("2023-08-01", "2024-03-26", "range")),
    ("In the first two weeks of March, arrests fell.", ("2024-03-01", "2024-03-14", "range")),
    ("A year ago, the numbers were higher.", ("2023-01-01", "2023-12-31", "year")),
    ("Over the past several years, the backlog grew.", ("2021-01-01", "2024-03-26", "range")),
])
def test_numeric_relative_and_partial_dates(text, expected):
    assert resolve(text) == expected


def test_a_weekday_in_the_future_tense_is_the_next_one():
    assert resolve("I will be back on Thursday.")[0] == "2024-03-28"
    assert resolve("He spoke on Thursday.")[0] == "2024-03-21"


def test_two_part_fractions_are_not_dates():
    assert find_time_expressions("It runs 24/7 and covers 1/2 of the cases.", PUBLISHED) == []


def _events(text: str, published: str = "2024-06-20"):
    events = extract_events(article_from_text(text, published))
    return list(zip(events.date_text, events.date_start, events.date_end))


def test_a_span_of_months_takes_the_year_of_the_full_date_before_it():
    assert _events("On March 3, 2023, the plan began. From February to May, crossings fell.")[1] \
        == ("February to May", "2023-02-01", "2023-05-31")


def test_a_relative_span_keeps_its_own_reference():
    events = _events("On March 3, 2023, the plan began. In recent weeks, crossings fell.")
    assert events[1][1:] == ("2024-05-23", "2024-06-20")


def test_late_last_year_is_the_last_third_of_last_year():
    assert resolve("Late last year, the numbers spiked.") == ("2023-09-01", "2023-12-31", "range")


def test_the_next_day_counts_from_the_date_before_it_in_the_sentence():
    assert _events("The indictment was returned on Nov. 3, 2022, and unsealed the next day.")[1] \
        == ("the next day", "2022-11-04", "2022-11-04")


def test_for_the_next_year_runs_from_publication():
    assert _events("The money would stem the flow for the next year.")[0][1:] == \
        ("2024-06-20", "2025-06-20")


@pytest.mark.parametrize("text,expected", [
    ("Sentencing is set for Sept. 12.", ("2024-09-12", "2024-09-12", "day")),
    ("Since Jan. 20, arrests fell.", ("2024-01-20", "2024-03-26", "range")),
    ("In Q1 2024, arrests fell.", ("2024-01-01", "2024-03-31", "range")),
])
def test_future_days_days_since_and_quarters(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Crossings fell since February of 2021.", ("2021-02-01", "2024-03-26", "range")),
    ("He was arrested Nov.18, 2021, in Laredo.", ("2021-11-18", "2021-11-18", "day")),
    ("So far in 2024, agents seized 900 pounds.", ("2024-01-01", "2024-03-26", "range")),
    ("Earlier this week, he spoke.", ("2024-03-25", "2024-03-25", "range")),
    ("At the end of February, crossings rose.", ("2024-02-21", "2024-02-29", "range")),
    ("Late last week, the rule changed.", ("2024-03-21", "2024-03-24", "range")),
    ("The peak will come in the month of February.", ("2025-02-01", "2025-02-28", "month")),
])
def test_more_spans_around_publication(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("In the first nine months of FY 2023, seizures rose.", ("2022-10-01", "2023-06-30", "range")),
    ("In the last three months of 2023, seizures rose.", ("2023-10-01", "2023-12-31", "range")),
])
def test_the_first_or_last_n_months_of_a_year(text, expected):
    assert resolve(text) == expected


def test_between_now_and_a_month_runs_from_publication():
    assert resolve("We need the money between now and November.") == \
        ("2024-03-26", "2024-11-30", "range")


def test_the_n_months_following_a_day():
    assert resolve("It applies in the 12 months following May 12, 2023.") == \
        ("2023-05-12", "2024-05-11", "range")


def test_the_twelve_months_ending_in_a_month_is_a_year_long_range():
    assert [(e.date_start, e.date_end) for e in find_time_expressions(
        "In the 12 months ending in June, arrests fell.", dt.date(2023, 7, 20))] == [
        (dt.date(2022, 7, 1), dt.date(2023, 6, 30))]


def test_the_fiscal_year_that_ended_sept_30_is_that_fiscal_year():
    assert [e.label for e in find_time_expressions(
        "For the fiscal year that ended Sept. 30, CBP reported a record.",
        dt.date(2022, 10, 21))] == ["FY2022"]


def test_the_first_months_of_the_fiscal_year_are_of_the_articles_fiscal_year():
    assert [(e.date_start, e.date_end) for e in find_time_expressions(
        "In the first six months of the fiscal year, agents made 900,000 arrests.",
        dt.date(2022, 4, 20))] == [(dt.date(2021, 10, 1), dt.date(2022, 3, 31))]


def test_a_month_with_a_possessive_or_before_total_is_a_month_not_a_verb():
    assert [e.label for e in find_time_expressions("March's total was lower than the May figure.",
                                                   dt.date(2023, 6, 10))] == ["2023-03", "2023-05"]


def test_a_run_of_days_within_a_month_is_one_range():
    assert resolve("The sweep ran June 2-9.", dt.date(2022, 7, 1))[:2] == ("2022-06-02", "2022-06-09")


def test_the_nth_week_in_a_month_starts_on_its_nth_monday():
    assert resolve("Agents filed 40 cases the second week of April 2024.")[:2] == (
        "2024-04-08", "2024-04-14")


def test_a_year_to_the_present_runs_to_publication():
    assert resolve("Seizures from 2015 to the present have grown.")[:2] == ("2015-01-01",
                                                                         "2024-03-26")


def test_a_model_year_before_a_vehicle_is_no_date():
    assert find_time_expressions("Officers searched a 2018 Freightliner tractor-trailer.",
                                 PUBLISHED) == []


def test_a_fiscal_year_in_an_acts_name_is_no_date():
    assert find_time_expressions("It acts under the Intelligence Authorization Act, Fiscal Year "
                                 "2021.", PUBLISHED) == []


def test_a_fiscal_year_range_with_a_two_digit_end_spans_those_fiscal_years():
    assert resolve("The bill adds 1,000 inspectors (FY 2009-12).") == (
        "2008-10-01", "2012-09-30", "fiscal_year")


def test_since_a_fiscal_year_runs_from_its_start_to_publication():
    assert resolve("Apprehensions have risen since FY2019.") == ("2018-10-01", "2024-03-26", "range")


def test_since_last_fall_runs_from_that_fall_to_publication():
    assert resolve("He has pressed the issue since last fall.") == ("2023-09-01", "2024-03-26", "range")


def test_the_last_24_hours_reach_back_one_day():
    assert resolve("Agents made 300 arrests in the last 24 hours.") == ("2024-03-25", "2024-03-26", "range")


def test_a_comma_before_and_breaks_a_span_of_months_without_between():
    expressions = find_time_expressions("Crossings rose from April, and May was the busiest month.",
                                        PUBLISHED)
    assert [e.text for e in expressions] == ["April", "May"]


def test_a_plan_that_went_into_effect_on_a_day_is_in_the_past():
    assert resolve("The plan to manage the border went into full effect on May 12, officials "
                   "said.", dt.date(2023, 6, 6)) == ("2023-05-12", "2023-05-12", "day")


def test_that_year_is_the_fiscal_year_named_before_it():
    assert _events("Apprehensions rose to 851,508 in FY2019. Families made up most of them "
                   "that year.")[1] == ("that year", "2018-10-01", "2019-09-30")


def test_that_month_after_a_day_is_the_days_month():
    assert _events("The order took effect on March 20, 2020. Expulsions began that month.")[1] \
        == ("that month", "2020-03-01", "2020-03-31")


def test_the_same_month_last_year_is_not_an_anaphor():
    assert all(text != "the same month" for text, *_ in _events(
        "Encounters fell in May 2024 from the same month last year."))


@pytest.mark.parametrize("text", ["Officers seized the pills over the weekend.",
                                  "Last weekend, officers seized the pills."])
def test_the_weekend_before_publication(text):
    start, end, _ = resolve(text, dt.date(2023, 4, 25))  # a Tuesday
    assert (start, end) == ("2023-04-22", "2023-04-23")


# --- from the c18-c19 look (2026-11-29) -----------------------------------------------

def test_a_fiscal_year_inside_a_bill_name_is_no_date():
    assert find_time_expressions("This fiscal year 2014 Homeland Security Appropriations Bill "
                                 "provides $10.6 billion.", dt.date(2013, 5, 23)) == []


def test_since_a_two_digit_fiscal_year_runs_to_publication():
    assert resolve("Encounters have soared since FY21.", dt.date(2025, 1, 22)) == (
        "2020-10-01", "2025-01-22", "range")


def test_the_previous_five_years_count_back_from_the_period_before():
    found = find_time_expressions("In the past two years, DHS has seized more fentanyl than "
                                  "the previous five years combined.", dt.date(2023, 3, 22))
    assert [(e.date_start.isoformat(), e.date_end.isoformat()) for e in found] == [
        ("2021-03-22", "2023-03-22"), ("2016-03-22", "2021-03-22")]


def test_a_years_possessive_is_that_year_not_a_decade():
    assert resolve("The total was nearly four times 2020\u2019s.")[:2] == ("2020-01-01", "2020-12-31")
    assert resolve("It began in the 1990s.")[:2] == ("1990-01-01", "1999-12-31")


def test_by_the_end_of_a_month_is_its_last_day_and_at_the_end_its_last_part():
    assert resolve("Perhaps by the end of July, it will be more.", dt.date(2019, 7, 11)) == (
        "2019-07-31", "2019-07-31", "day")
    assert resolve("At the end of February, crossings rose.")[2] == "range"


def test_the_next_year_after_a_past_verb_is_not_counted_from_publication():
    assert find_time_expressions("It rebounded the next year.", dt.date(2025, 2, 11)) == []
    assert resolve("Over the next year, we will hire.", dt.date(2025, 2, 11))[:2] == (
        "2025-02-11", "2026-02-11")


def test_a_weekday_before_a_day_picks_the_year_it_falls_on():
    # published Friday 6 January 2023: "Monday, January 9th" is three days ahead
    assert resolve("The President travels on Monday, January 9th, to Mexico City.",
                   dt.date(2023, 1, 6))[0] == "2023-01-09"


def test_a_day_followed_by_a_future_verb_is_ahead_of_publication():
    assert resolve("The two leaders affirmed that after May 11th, they will continue the work.",
                   dt.date(2023, 5, 9))[0] == "2023-05-11"
    assert resolve("On May 12, agents said they would return.", dt.date(2023, 5, 9))[0] == \
        "2022-05-12"


def test_the_last_year_and_a_half_is_eighteen_months():
    assert resolve("We have seen it over the last year and a half.", dt.date(2022, 7, 12))[:2] == \
        ("2021-01-12", "2022-07-12")


def test_the_end_of_the_year_is_its_last_day_of_the_year_named():
    assert resolve("They aim to finish by the end of the year.", dt.date(2023, 5, 2)) == \
        ("2023-12-31", "2023-12-31", "day")
    found = find_time_expressions("In 2019, by the end of the year, crossings fell.", PUBLISHED)
    assert found[-1].label == "2019-12-31"


def test_this_weekend_is_the_weekend_of_the_week_of_publication():
    assert resolve("He will travel this weekend.", dt.date(2023, 1, 6))[:2] == \
        ("2023-01-07", "2023-01-08")


def test_a_leading_in_year_sets_the_year_of_months_after_it():
    found = find_time_expressions("In 2019, apprehensions fell between May and September.",
                                  PUBLISHED)
    assert found[-1].label == "2019-05-01/2019-09-30"


def test_a_month_abbreviation_before_a_name_is_no_month():
    assert find_time_expressions("She teaches at Mar Vista High School.", PUBLISHED) == []


def test_shortly_after_a_time_of_day_is_no_date_of_its_own():
    from analysis.article import article_from_text
    from analysis.timeline import extract_events
    text = ("Fire at shelter\n\nOn Feb. 6, firefighters were called to the shelter. The fire "
            "began shortly after 2 a.m. in a dormitory.")
    events = extract_events(article_from_text(text, "2024-02-08", article_id="t"))
    assert "shortly after" not in " ".join(events["date_text"])


def test_a_season_before_harvest_is_a_kind_of_harvest_not_a_date():
    import datetime as dt
    from analysis.periods import find_time_expressions
    found = find_time_expressions("The crossing could take two hours during the winter harvest.",
                                  dt.date(2024, 11, 13))
    assert found == []


def test_a_bill_number_is_no_year():
    import datetime as dt
    from analysis.periods import find_time_expressions
    found = find_time_expressions("We'll take up Senate Bill 1874 by Senator Lozano.",
                                  dt.date(2025, 4, 10))
    assert found == []


def test_every_sunday_and_on_a_normal_friday_are_no_one_day():
    published = dt.date(2023, 11, 8)
    assert [e.label for e in find_time_expressions("He calls me every Sunday from Atlanta.",
                                                   published)] == []
    assert [e.label for e in find_time_expressions("On a normal Friday I would change money for "
                                                   "350 people.", published)] == []
    assert [e.label for e in find_time_expressions("Last Friday I counted 112.", published)] == \
        ["2023-11-03"]


def test_a_release_number_is_not_a_year():
    assert [e.label for e in find_time_expressions("RELEASE NUMBER: 2023-088_Meraz-Quintero",
                                                   dt.date(2023, 6, 14))] == []


def test_the_last_month_with_a_lower_count_is_no_date():
    labels = [e.label for e in find_time_expressions(
        "the fewest in any month since June 2017, the last month with a lower count",
        dt.date(2022, 10, 27))]
    assert labels == ["2017-06-01/2022-10-27"]


def test_since_a_decade_or_last_year_runs_to_publication():
    published = dt.date(2024, 8, 15)
    assert [e.label for e in find_time_expressions("Since the 1990s, veterans have been deported.",
                                                   published)] == ["1990-01-01/2024-08-15"]
    assert [e.label for e in find_time_expressions("Prices have risen since last year.",
                                                   published)] == ["2023-01-01/2024-08-15"]


def test_a_date_a_past_verb_sets_is_past_even_in_a_future_clause():
    assert _events("Note\n\nHe will also discuss the process announced October 12.",
                   "2022-11-02")[0][1] == "2022-10-12"
    assert _events("Note\n\nThe results will be announced October 12.", "2022-11-02")[0][1] == \
        "2023-10-12"


def test_the_end_of_a_month_in_a_future_clause_is_the_coming_one():
    assert _events("Note\n\nThe United States will assign 150 officers to the ports by the end "
                   "of September.", "2024-04-29")[0][1:] == ("2024-09-30", "2024-09-30")


def test_this_winter_after_a_perfect_verb_in_spring_is_the_winter_just_past():
    assert _events("Note\n\nWe will not forget what Mexico has done this winter.",
                   "2024-04-29")[0][1:] == ("2023-12-01", "2024-02-29")
    assert _events("Note\n\nThis winter the shelter is full.", "2024-01-15")[0][1:] == \
        ("2023-12-01", "2024-02-29")


def test_a_half_named_after_its_year_is_that_half():
    assert _events("Note\n\nIn fiscal 2023's second half, crossings fell.", "2024-01-10")[0][1:] == \
        ("2023-04-01", "2023-09-30")
    # in April, a calendar half not yet over in an article that counts fiscal years: the fiscal one
    assert _events("Note\n\nCompared with fiscal 2022, this year's first half was busy.",
                   "2024-04-19")[1][1:] == ("2023-10-01", "2024-03-31")


def test_since_thursday_runs_to_publication_and_the_end_of_2025_is_its_last_day():
    import datetime as dt
    from analysis.periods import find_time_expressions
    found = {e.text: e.label for e in find_time_expressions(
        "Since Thursday the shelter has filled, and the contract runs through the end of 2025.",
        dt.date(2023, 5, 15))}
    assert found == {"Since Thursday": "2023-05-11/2023-05-15", "the end of 2025": "2025-12-31"}


@pytest.mark.parametrize("text", [
    "They cross the bridge every Tuesday and Saturday.",
    "Attendance at the Saturday farmers market has fallen.",
    "The group meets on the first Saturday of each month.",
    "She remembers the busiest day as a Saturday.",
    "We have added Saturday hours twice a month.",
])
def test_a_weekday_that_recurs_or_describes_is_no_one_day(text):
    assert [e.label for e in find_time_expressions(text, dt.date(2024, 3, 14))] == []


def test_last_thursday_in_a_story_published_on_a_thursday_is_the_week_before():
    assert [e.label for e in find_time_expressions("Students collapsed last Thursday.",
                                                   dt.date(2023, 10, 19))] == ["2023-10-12"]
    assert [e.label for e in find_time_expressions("Students collapsed Thursday.",
                                                   dt.date(2023, 10, 19))] == ["2023-10-19"]


def test_the_end_of_the_year_after_since_a_year_is_the_publication_years():
    labels = [e.label for e in find_time_expressions(
        "The sector has placed 45 beacons since 2019, and will add eight more by the end of the year.",
        dt.date(2023, 7, 11))]
    assert "2023-12-31" in labels and "2019-12-31" not in labels
