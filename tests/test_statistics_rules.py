"""Rules of the statistics extractor, each pinned on phrasing other than the seed's."""

import math

import pytest

from conftest import only_row, statistics_of


# --- digits and number words, with scales -------------------------------------------

def test_digits_count_takes_the_noun_as_subject():
    row = only_row("A smuggler dropped off a group of 18 people miles from the border.")
    assert (row.value, row.kind, row.unit, row.subject) == (18, "count", "people", "people")


def test_more_than_two_million_keeps_its_qualifier():
    row = only_row("There have been more than two million illegal border crossings this year.")
    assert row.surface == "more than two million"
    assert (row.value, row.qualifier, row.subject) == (2_000_000, "more_than",
                                                       "illegal border crossings")


def test_decimal_with_scale_word():
    assert only_row("About 1.5 million migrants were released.").value == 1_500_000


def test_thousands_separators_are_read():
    assert only_row("Agents recorded 302,034 encounters.").value == 302_034


def test_nearly_is_approximate():
    row = only_row("Officials counted nearly 250,000 arrests.")
    assert (row.value, row.qualifier) == (250_000, "approximate")


def test_dollar_amount_with_scale_is_money_in_usd():
    row = only_row("Congress approved $3.2 billion in aid for Central America.")
    assert (row.value, row.kind, row.unit, row.subject) == (3.2e9, "money", "USD", "aid")


def test_abbreviated_scale_after_currency():
    assert only_row("The budget was $3bn.").value == 3e9


def test_other_currencies_by_symbol_and_by_word():
    table = statistics_of("The fund reached €5 million and 50,000 pesos.")
    assert list(table["unit"]) == ["EUR", "MXN"]
    assert list(table["value"]) == [5e6, 50_000]


def test_half_a_million_and_dozens_as_numbers():
    assert only_row("Half a million people applied.").value == 500_000
    table = statistics_of("A dozen agents and two dozen soldiers arrived.")
    assert list(table["value"]) == [12, 24]


# --- vague quantities ---------------------------------------------------------------

@pytest.mark.parametrize("text, floor", [
    ("Mexico added hundreds of immigration checkpoints.", 100),
    ("Traffickers brought in millions of migrants.", 1_000_000),
    ("Dozens of families waited at the bridge.", 12),
    ("Thousands gathered at the plaza.", 1_000),
    ("Tens of thousands of people marched.", 10_000),
    ("It gives work permits to hundreds of thousands of migrants.", 100_000),
], ids=["hundreds", "millions", "dozens", "thousands", "tens-of-thousands",
        "hundreds-of-thousands"])
def test_vague_plural_is_its_floor_at_least(text, floor):
    row = only_row(text)
    assert (row.value, row.qualifier, row.kind) == (floor, "at_least", "count")


def test_scores_of_test_results_are_not_a_quantity():
    assert statistics_of("Students improved their test scores.").empty


# --- multiples and fractions ----------------------------------------------------------

def test_double_the_number_in_a_year_is_a_ratio_with_a_baseline():
    row = only_row("Arrests in 2023 were double the number in 2019.")
    assert (row.value, row.kind, row.baseline_period, row.period) == (2, "ratio", "2019", "2023")


def test_times_before_a_periods_possessive_is_a_ratio():
    table = statistics_of("Arrests in 2022 ran at three times 2018's pace, and at nearly "
                          "four times December's.")
    assert list(table[table["kind"] == "ratio"]["value"]) == [3, 4]


def test_baseline_year_is_fiscal_when_the_sentence_speaks_of_fiscal_years():
    table = statistics_of("Crossings topped two million in each of the last two fiscal years, "
                          "double the number in 2019.")
    ratio = table[table["kind"] == "ratio"].iloc[0]
    assert (ratio.baseline_period, ratio.period) == ("FY2019", "FY2022/FY2023")


def test_tenfold_takes_the_object_of_the_verb_as_subject():
    row = only_row("The government increased law enforcement personnel tenfold.")
    assert (row.value, row.kind, row.subject) == (10, "ratio", "law enforcement personnel")


def test_numeric_fold_is_a_ratio():
    assert only_row("Seizures grew 3-fold.").value == 3


def test_doubled_as_a_verb_takes_the_number_of_phrase_as_subject():
    row = only_row("The number of asylum requests doubled last year.")
    assert (row.value, row.subject, row.period) == (2, "asylum requests", "2023")


def test_fell_by_more_than_half_is_a_fraction_of_the_verbs_subject():
    row = only_row("Deportations from Mexico fell by more than half last year.")
    assert (row.value, row.qualifier, row.kind) == (0.5, "more_than", "fraction")
    assert row.subject == "Deportations from Mexico"


def test_a_third_of_is_a_fraction():
    row = only_row("A third of the migrants were children.")
    assert math.isclose(row.value, 1 / 3) and row.subject == "migrants"


def test_a_third_country_is_an_ordinal_not_a_fraction():
    assert statistics_of("Migrants were sent to a third country.").empty


def test_two_thirds_with_a_hyphen():
    assert math.isclose(only_row("Two-thirds of the funds were spent.").value, 2 / 3)


def test_one_in_five_is_a_fraction():
    row = only_row("One in five migrants was a minor.")
    assert (row.value, row.kind) == (0.2, "fraction")


def test_three_times_as_many_is_a_ratio_of_the_following_noun():
    row = only_row("Texas detained three times as many people as Arizona.")
    assert (row.value, row.kind, row.subject) == (3, "ratio", "people")


def test_first_half_of_the_year_is_not_a_fraction():
    assert statistics_of("Crossings rose in the first half of the year.").empty


def test_double_agent_is_not_a_ratio():
    assert statistics_of("He was a double agent for years.").empty


# --- percentages and changes ----------------------------------------------------------

def test_percent_sign_and_word_are_the_same_kind():
    assert only_row("Unemployment was 12% last year.").kind == "percent"
    assert only_row("Unemployment was 12 percent last year.").kind == "percent"


def test_fell_42_percent_names_what_fell_and_when():
    row = only_row("Apprehensions fell 42% in January.")
    assert (row.value, row.subject, row.period) == (42, "Apprehensions", "2024-01")


def test_percent_increase_in_takes_the_object_as_subject():
    row = only_row("Officials reported a 7.8 percent increase in arrests.")
    assert (row.value, row.subject) == (7.8, "arrests")


def test_percent_of_takes_what_follows_of():
    row = only_row("Almost 90 percent of adults were released.")
    assert (row.qualifier, row.subject) == ("approximate", "adults")


def test_percentage_points_have_their_own_unit():
    assert only_row("Turnout rose 3 percentage points.").unit == "percentage_point"


# --- durations and ages ---------------------------------------------------------------

def test_hours_are_a_duration():
    row = only_row("Migrants could only be detained for 36 hours.")
    assert (row.value, row.kind, row.unit) == (36, "duration", "hour")


def test_at_least_72_hours_notice_keeps_qualifier_and_drops_the_apostrophe():
    row = only_row("Many countries require at least 72 hours\u2019 notice before flights.")
    assert (row.surface, row.qualifier, row.subject) == ("at least 72 hours", "at_least", "notice")


def test_hyphenated_age_in_words():
    row = only_row("Two-year-old Denver Gonzalez couldn\u2019t stop sobbing.")
    assert (row.value, row.kind, row.unit, row.subject) == (2, "age", "year", "Denver Gonzalez")


def test_aged_before_a_number_is_an_age():
    assert only_row("The boy, aged 12, drowned.").kind == "age"


def test_the_last_two_years_is_a_period_not_a_duration():
    assert statistics_of("Crossings have surged over the last two years.").empty


def test_years_ago_is_a_date_not_a_duration():
    assert statistics_of("The law passed two years ago.").empty


# --- ranges ---------------------------------------------------------------------------

def test_between_and_is_a_range():
    row = only_row("Between 300 and 400 migrants crossed each night.")
    assert (row.value, row.value_max, row.subject) == (300, 400, "migrants")


def test_shared_scale_word_applies_to_both_ends():
    row = only_row("Officials expect 2 to 3 million arrivals.")
    assert (row.value, row.value_max) == (2e6, 3e6)


def test_range_of_years_as_duration():
    row = only_row("Smugglers face 5 to 7 years in prison.")
    assert (row.value, row.value_max, row.kind) == (5, 7, "duration")


def test_per_year_turns_money_into_a_rate():
    row = only_row("The program costs 2 to 3 million dollars a year.")
    assert (row.kind, row.unit, row.subject) == ("rate", "USD per year", "program")


def test_a_day_turns_a_count_into_a_rate():
    row = only_row("About 8,000 migrants a day crossed.")
    assert (row.kind, row.unit, row.qualifier) == ("rate", "migrants per day", "approximate")


# --- qualifiers -------------------------------------------------------------------------

@pytest.mark.parametrize("text, qualifier", [
    ("Over 500 soldiers were deployed.", "more_than"),
    ("Roughly 40 people were injured.", "approximate"),
    ("About 40 people were injured.", "approximate"),
    ("Almost 40 people were injured.", "approximate"),
    ("The shelter holds at most 200 people.", "at_most"),
    ("Up to 10,000 migrants may arrive.", "at_most"),
    ("Fewer than 100 agents were on duty.", "less_than"),
    ("Less than a quarter of the requests were approved.", "less_than"),
    ("The agency hired as many as 500 officers.", "at_most"),
    ("The 1,000 or more migrants waited.", "at_least"),
    ("Exactly 40 people were injured.", "exact"),
], ids=["over", "roughly", "about", "almost", "at-most", "up-to", "fewer-than", "less-than",
        "as-many-as", "or-more", "exact"])
def test_qualifier_words(text, qualifier):
    assert only_row(text).qualifier == qualifier


# --- what is not a quantity --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He told CBS\u2019 \u201c60 Minutes\u201d in an interview broadcast Sunday.",
    "Title 42 expulsions ended in May 2023 under Section 8 rules.",
    "The COVID-19 pandemic changed migration.",
    "It was the 21st crossing of the 3rd group.",
    "Call (202) 555-0143 or visit https://example.com/2024/03/page-12 before 3 p.m.",
    "Feeley served from 2009 to 2012 in Mexico City.",
    "It was one of the highest Januarys on record.",
    "Crossings have surged in the last two fiscal years.",
    "Feeley said the two countries carried out more patrols.",
    "Migrants use the CBP One app to book appointments.",
    "The agency is No. 1 in the 1990s rankings.",
    "Since 2022, Mexico has added checkpoints.",
    "The talks were held on March 24 and resumed on 2 April.",
    "The Boeing 737 landed at Gate 5.",
], ids=["title-60-minutes", "title-42-section-8", "covid-19", "ordinals", "phone-url-time",
        "year-range", "one-of", "fiscal-period", "the-two-countries", "cbp-one", "no-1-decade",
        "since-year", "dates", "model-numbers"])
def test_not_a_quantity(text):
    table = statistics_of(text)
    assert table.empty, table[["surface", "value"]].to_string()


def test_list_numbering_is_not_a_quantity():
    text = "Steps taken:\n\n1. Mexico added checkpoints.\n\n2. The U.S. sent a delegation."
    assert statistics_of(text).empty


def test_a_year_followed_by_a_plural_noun_is_a_count():
    assert only_row("Agents found 1,200 migrants.").value == 1200


# --- sources and periods -------------------------------------------------------------

def test_according_to_data_provided_by_names_the_agency():
    row = only_row("Mexico added 300 checkpoints, according to data provided by the U.S. "
                   "State Department.")
    assert row.source == "U.S. State Department"


def test_data_shows_names_the_data():
    row = only_row("Deportations fell by 40 percent last year, Mexican government data shows.")
    assert row.source == "Mexican government data"


def test_said_an_anonymous_official_is_the_source():
    row = only_row("Many countries require 72 hours of notice, said a senior official who "
                   "was not authorized to speak.")
    assert row.source == "senior official"


def test_month_without_year_resolves_to_the_latest_before_publication():
    assert only_row("Agents recorded 302,034 encounters in December.").period == "2023-12"
    assert only_row("Agents recorded 189,913 encounters in February.").period == "2024-02"


def test_a_hyphenated_scale_multiplies_instead_of_making_a_range():
    row = only_row("Canada has a 1-million-person labor shortage.")
    assert row.value == 1_000_000 and math.isnan(row.value_max)


@pytest.mark.parametrize("text", [
    "The president acted under sections 212(f) and 215(a) of the Act (8 U.S.C. 1182(f) and "
    "1185(a)) and section 301 of title 3.",
    "The rule was published at 89 Fed. Reg. 48,710 and amends Sec. 4 of the order.",
    "He was charged under 8 U.S.C. \u00a7 1326 in case No. 23-cr-104.",
    "The exception in subsection 4(a)(iii) of this proclamation still applies.",
], ids=["sections", "federal-register", "statute-and-docket", "subsection"])
def test_statute_section_and_docket_numbers_are_not_quantities(text):
    assert statistics_of(text).empty


@pytest.mark.parametrize("text", [
    "Done this twenty-seventh day of September.",
    "In the year of our Lord two thousand twenty-four.",
    "The largest wave of migration since World War Two.",
    "The bipartisanship that was there in \u201886 and \u201896 is gone.",
], ids=["ordinal-words", "year-in-words", "name-with-number-word", "two-digit-years"])
def test_ordinals_years_and_names_written_in_words_are_not_quantities(text):
    assert statistics_of(text).empty


@pytest.mark.parametrize("text, value, qualifier, unit", [
    ("A stay of 28 consecutive calendar days is required.", 28, "exact", "day"),
    ("The measures end 14 calendar days after the finding.", 14, "exact", "day"),
    ("It uses a 7-consecutive-calendar-day average of arrests.", 7, "exact", "day"),
    ("Families are removed within 30 days of the decision.", 30, "at_most", "day"),
    ("They face a minimum five-year ban on reentry.", 5, "at_least", "year"),
    ("They face at least a five-year bar to reentry.", 5, "at_least", "year"),
    ("The program has run for more than a decade.", 10, "more_than", "year"),  # in years
], ids=["consecutive-calendar-days", "calendar-days", "hyphenated-adjectives", "within",
        "minimum-adjective", "at-least-a", "more-than-a-decade"])
def test_durations_keep_their_adjectives_and_qualifiers(text, value, qualifier, unit):
    row = only_row(text)
    assert (row.value, row.qualifier, row.kind, row.unit) == (value, qualifier, "duration", unit)


def test_a_maximum_of_is_at_most_and_exceeded_is_more_than():
    assert only_row("The fine is a maximum of $250,000.").qualifier == "at_most"
    assert only_row("The average has exceeded 2,500 encounters.").qualifier == "more_than"


def test_the_counted_noun_before_a_from_to_change_is_the_subject_of_both_numbers():
    table = statistics_of("It cut the number of people held in its stations from 5,000 in May "
                          "to 600 in August.")
    assert list(table["unit"]) == ["people", "people"]


@pytest.mark.parametrize("text", ["Twice they voted against more agents.",
                                  "The bill was twice voted down."],
                         ids=["before-a-pronoun", "before-a-participle"])
def test_twice_before_a_verb_counts_occasions(text):
    row = only_row(text)
    assert (row.value, row.kind, row.unit) == (2, "count", "times")


def test_twice_the_number_is_still_a_ratio():
    assert only_row("Arrests were twice the number in 2019.").kind == "ratio"


@pytest.mark.parametrize("text, unit", [
    ("We are conducting dozens of removal flights each week.", "flights per week"),
    ("It adds 250,000 visas in all (50,000/year).", "visas per year"),
], ids=["of-noun-each-week", "slash-year"])
def test_a_count_per_unit_of_time_is_a_rate(text, unit):
    rows = statistics_of(text)
    assert rows.iloc[-1]["kind"] == "rate" and rows.iloc[-1]["unit"] == unit


def test_a_hyphenated_duration_after_the_is_still_a_duration():
    row = statistics_of("The 7-consecutive-calendar-day average is low.").iloc[0]
    assert (row.value, row.kind, row.unit) == (7, "duration", "day")


def test_and_a_half_joins_its_number_and_scale():
    row = only_row("That totals nearly six and a half million people.")
    assert (row.value, row.qualifier, row.unit) == (6_500_000, "approximate", "people")


def test_a_count_coordinated_with_a_later_count_shares_its_noun():
    table = statistics_of("The agency arrested more than 150,000 and deported more than 135,000 "
                          "illegal aliens.")
    assert list(table["unit"]) == ["aliens", "aliens"]


def test_a_change_verb_before_from_does_not_make_from_the_subject():
    table = statistics_of("The pending caseload increased from approximately 170,000 to "
                          "approximately 2.46 million.")
    assert list(table["subject"]) == ["pending caseload", "pending caseload"]


@pytest.mark.parametrize("text", [
    "He was convicted of assault on a person 14 or older.",
    "She was convicted of the rape of a victim under 13.",
    "He has convictions for battery on a person 14-years-old or older.",
], ids=["or-older", "victim-under", "years-old-or-older"])
def test_an_age_that_defines_an_offence_is_not_a_statistic(text):
    assert statistics_of(text).empty


def test_several_hundred_counts_in_hundreds_at_least():
    row = only_row("That is several hundred people.")
    assert (row.value, row.qualifier) == (100, "at_least")


def test_a_number_word_after_these_or_those_still_counts():
    row = only_row("Mexico will take back migrants from those four countries.")
    assert (row.value, row.unit) == (4, "countries")


def test_a_hyphenated_duration_in_words_after_the_is_a_duration():
    row = statistics_of("The seven-consecutive-calendar-day average fell.").iloc[0]
    assert (row.value, row.kind, row.unit) == (7, "duration", "day")


def test_a_number_standing_alone_takes_the_noun_counted_just_before_it():
    table = statistics_of("Under one president, 2.6 million illegal crossings; under the next, "
                          "8.3 million.")
    assert list(table["unit"]) == ["crossings", "crossings"]


def test_a_rate_word_later_in_the_clause_makes_a_rate():
    row = only_row("The agency placed more than 970 individuals encountered at the border into "
                   "the process each day on average.")
    assert (row.kind, row.unit) == ("rate", "individuals per day")


def test_in_a_year_is_a_period_not_a_rate():
    assert only_row("They deported 5,000 people in a year.").kind == "count"


def test_a_number_hyphened_to_its_noun_counts_that_noun():
    assert only_row("Canada has a 1-million-person labor shortage.").unit == "people"


def test_the_day_of_a_rate_is_not_what_is_counted():
    row = only_row("Since the peak of 2,000 a day, crossings fell.")
    assert (row.kind, row.unit, row.subject) == ("rate", "per day", "")


@pytest.mark.parametrize("text", ["The summit was held October 3-4 in Mexico City.",
                                  "Talks ran Oct. 3\u20134, 2023."],
                         ids=["month-day-range", "day-range-with-year"])
def test_a_span_of_days_is_a_date_not_a_quantity(text):
    assert statistics_of(text).empty


def test_a_maximum_penalty_of_is_at_most_with_the_penalty_as_subject():
    row = statistics_of("He faces a maximum penalty of 20 years in prison.").iloc[0]
    assert (row.value, row.qualifier, row.kind, row.subject) == (20, "at_most", "duration",
                                                                 "penalty")


def test_an_age_after_a_name_has_that_name_as_subject():
    row = only_row("Jane Doe, 46, of Laredo, was sentenced.")
    assert (row.value, row.kind, row.unit, row.subject) == (46, "age", "year", "Jane Doe")


def test_a_number_word_inside_a_compound_is_not_a_quantity():
    assert statistics_of("Texas is ground-zero for the crisis.").empty


def test_that_before_a_number_does_not_make_it_a_label():
    assert only_row("That 6.7 million people is higher than before.").unit == "people"


def test_a_number_with_a_plus_sign_is_at_least():
    row = only_row("ICE made 370+ arrests in the operation.")
    assert (row.value, row.qualifier) == (370, "at_least")


def test_bucks_and_dollars_after_a_number_are_money():
    assert only_row("They paid 8,000 bucks to the smugglers.").unit == "USD"
    assert only_row("We invested nearly 4 billion dollars.").kind == "money"


def test_the_noun_after_more_or_additional_is_what_is_counted():
    rows = statistics_of("We hired 1,500 more border security agents and 4,300 additional "
                         "asylum officers.")
    assert list(rows.unit) == ["agents", "officers"]


def test_more_than_after_a_number_is_not_an_added_noun():
    rows = statistics_of("Agents made 5,000 more arrests than last year.")
    assert rows.iloc[0].unit == "arrests"


def test_initials_are_not_a_counted_noun():
    assert only_row("We added 1,200 new U.S. personnel.").unit == "personnel"


def test_too_is_not_a_counted_noun():
    assert only_row("Agents reported 38 too many.").unit == ""


def test_an_eighteen_wheeler_is_a_truck_not_a_count():
    assert statistics_of("The 18-wheeler carried 2.5 tons of produce.").surface.tolist() == \
        ["2.5 tons"]


def test_a_daily_average_of_n_is_a_rate_per_day():
    rows = statistics_of("There has been a seven-day average of less than 1,500 encounters.")
    assert (rows.iloc[-1].kind, rows.iloc[-1].unit) == ("rate", "encounters per day")


def test_the_number_of_x_then_a_dash_names_what_is_counted():
    row = only_row("The number of encounters we saw in December \u2013 47,300 \u2013 was low.")
    assert row.unit == "encounters"


def test_n_of_them_counts_the_noun_it_refers_to():
    rows = statistics_of("We need 100 more immigration judges to help tackle the backlog of "
                         "cases \u2014 more than 2 million of them.")
    assert rows.unit.tolist() == ["judges", "cases"]


def test_an_agency_name_with_its_acronym_before_the_counted_noun():
    row = only_row("It funds over 1,500 new U.S. Customs and Border Protection (CBP) personnel.")
    assert row.unit == "personnel"


def test_two_places_joined_by_and_are_not_the_counted_noun():
    assert only_row("Officials said 40 Texas and Arizona ranchers agreed.").unit == "ranchers"


def test_a_quarter_of_a_million_is_one_number():
    row = only_row("Nearly a quarter of a million people crossed in December.")
    assert (row.value, row.qualifier, row.unit) == (250_000, "approximate", "people")


def test_a_verb_after_a_number_is_not_its_noun():
    rows = statistics_of("The group of 45 included 12 unaccompanied children.")
    assert rows.unit.tolist() == ["group", "children"]  # the group's size, never "included"


@pytest.mark.parametrize("text", [
    "Call our 24/7 hotline at 1-866-581-7549 or 1-800-CALL-FBI.",
    "The action was taken pursuant to Executive Order (E.O.) 14059.",
    "The administration is considering its 212-F authority.",
    "This report addresses (1) how agents work and (2) the extent of the problem.",
])
def test_phone_numbers_orders_section_letters_and_list_numbers_are_not_statistics(text):
    assert statistics_of(text).empty


def test_n_plus_written_out_is_more_than():
    assert only_row("There are 300-plus ports of entry.").qualifier == "more_than"


def test_between_the_ages_of_is_an_age():
    rows = statistics_of("It is the leading cause of death for Americans between the ages of 18 "
                         "and 45.")
    assert rows.iloc[0].kind == "age"


def test_a_country_before_a_figure_is_not_a_label():
    row = only_row("Mexico 1,200 encounters/day")
    assert (row.value, row.kind, row.unit) == (1200, "rate", "encounters per day")


def test_days_a_week_and_hours_a_day_are_rates():
    rows = statistics_of("They work seven days a week, 24 hours a day.")
    assert rows.unit.tolist() == ["days per week", "hours per day"]


def test_over_before_a_duration_is_a_span_but_for_over_is_more_than():
    assert statistics_of("The plan provides $4 billion over four years.").iloc[1].qualifier == "exact"
    assert only_row("He was detained for over five years.").qualifier == "more_than"


def test_n_nouns_or_more_is_at_least_and_keeps_its_noun():
    row = only_row("It applies when there are 2,500 encounters or more.")
    assert (row.qualifier, row.unit) == ("at_least", "encounters")


def test_the_number_of_x_then_a_clause_and_from_n_per_day():
    rows = statistics_of("The number of Venezuelans trying to enter without a legal process has "
                         "dropped dramatically, from about 1,100 per day to less than 250 per day.")
    assert rows.unit.tolist() == ["venezuelans per day", "venezuelans per day"]


def test_a_change_from_a_baseline_to_a_figure_names_what_it_counts():
    rows = statistics_of("In 2019, encounters nearly doubled from their 2018 level to almost 1 "
                         "million.")
    assert rows.iloc[-1].unit == "encounters"


def test_the_n_who_are_people():
    assert only_row("Many are among the 1.4 million who got away.").unit == "people"


def test_a_duration_on_average_is_not_a_time_span():
    assert only_row("That is up from 77 hours on average last week.").unit == "hour"


def test_a_duration_in_a_title_case_headline_is_a_statistic():
    row = only_row("Laredo Man Sentenced to 10 Years for Smuggling Migrants in Tractor-Trailer")
    assert (row.value, row.kind, row.unit) == (10, "duration", "year")


def test_a_title_case_headline_keeps_its_figures_but_not_its_labels():
    assert only_row("Cornyn, Sinema Introduce Bill to Hire 1,500 More Border Patrol "
                    "Agents").unit == "agents"
    assert statistics_of("Title 42 Ends as Crossings Top 10,000 a Day").surface.tolist() == \
        ["10,000"]
    assert statistics_of("UNANIMOUS CONSENT REQUEST--S. 4392").empty


def test_a_multiplier_before_a_periods_possessive_is_a_ratio():
    row = only_row("Calendar 2021's count was itself double 2020's.")
    assert (row.kind, row.value) == ("ratio", 2.0)


def test_a_date_right_after_the_counted_noun_is_the_figures_own_period():
    row = only_row("Looking back, the late 1990s were busy, with roughly 1.6 million arrests in "
                   "fiscal 1999 alone.")
    assert row.period == "FY1999"


def test_a_date_in_a_relative_clause_does_not_date_a_figure_outside_it():
    row = only_row("Fiscal 2021, which ended in late September, was a record: 1,734,686 "
                   "encounters in all.")
    assert row.period == "FY2021"


def test_a_number_repeated_between_dashes_counts_the_noun_after_the_repetition():
    table = statistics_of("Since 2021, 2.4 million--2.4 million--people have been released.")
    assert set(table["subject"]) == {"people"}


def test_the_noun_a_verb_of_change_takes_before_from_n_to_m_is_counted():
    table = statistics_of("The plan would raise asylum officer positions in the region from "
                          "1,000 in 2022 to nearly 4,000 in 2025.")
    assert set(table["subject"]) == {"asylum officer positions"}


def test_the_number_of_a_noun_before_a_dash_is_counted():
    row = only_row("Smugglers moved a record number of children\u2014more than 130,000 last year.")
    assert row.subject == "children"


def test_a_count_after_a_group_of_counts_the_group():
    row = only_row("Medics screened everyone in this crowd of 4,000 on Tuesday.")
    assert row.subject == "crowd"


def test_what_ranged_from_n_to_m_is_counted():
    table = statistics_of("Capacity per shelter ranged from fewer than 20 to over 400.")
    assert set(table["subject"]) == {"Capacity"}


def test_per_day_after_a_noun_with_an_acronym_makes_a_rate():
    row = only_row("Agents averaged 2,100 Border Patrol (USBP) apprehensions between ports per day.")
    assert (row.kind, row.unit) == ("rate", "apprehensions per day")


def test_a_daily_average_that_has_exceeded_a_number_is_a_rate():
    row = only_row("The rule applies once the daily average has exceeded 1,800 encounters.")
    assert (row.kind, row.qualifier) == ("rate", "more_than")


def test_a_year_after_the_names_which_ones_and_is_no_count():
    assert statistics_of("Observers praised the 2024 elections in Mexico.").empty


def test_a_public_law_number_written_p_l_is_no_quantity():
    assert statistics_of("The act (P.L. 118-47) funds the agency.").empty


def test_increases_x_by_n_counts_x():
    row = only_row("The bill increases CBP supervisory inspectors by 600.")
    assert row.value == 600 and row.unit == "inspectors"


def test_the_two_digit_end_of_a_year_range_is_no_quantity():
    table = statistics_of("It adds 1,000 inspectors at air and sea ports (FY 2009-12).")
    assert list(table["value"]) == [1000]


def test_a_six_month_study_is_a_duration_not_an_ordinal():
    row = only_row("The agencies will conduct a six-month study of wait times.")
    assert (row.value, row.kind, row.unit) == (6, "duration", "month")


def test_a_level_of_n_counts_what_the_clause_subject_counts():
    row = only_row("In FY2000, total annual apprehensions were at an all-time high of 1.64 million.")
    assert row.unit == "apprehensions"


def test_the_number_after_a_count_counts_what_that_count_counts():
    table = statistics_of("Last year agents met over 24,000 unaccompanied children. By May, the "
                          "number had already reached just over 47,000.")
    assert list(table["unit"]) == ["children", "children"]


def test_a_hundred_and_seventy_is_one_number():
    row = only_row("Agents met well over a hundred and seventy different nationalities.")
    assert (row.value, row.qualifier) == (170, "more_than")


def test_people_under_an_age_is_an_age():
    row = only_row("Overdose deaths rose sharply among Iowans under 25 last year.")
    assert (row.kind, row.unit, row.qualifier, row.subject) == ("age", "year", "less_than", "Iowans")


def test_seven_short_months_is_a_duration():
    row = only_row("In seven short months, crossings fell.")
    assert (row.value, row.kind, row.unit) == (7, "duration", "month")


def test_more_than_an_estimated_sum_is_more_than():
    row = only_row("Officers seized drugs worth more than an estimated $422,000.")
    assert (row.qualifier, row.kind) == ("more_than", "money")


def test_a_multiple_written_with_an_x_is_a_ratio():
    row = only_row("Fentanyl is 80-100x stronger than morphine.")
    assert (row.kind, row.unit, row.value, row.value_max) == ("ratio", "times", 80, 100)


# --- from the c18-c19 look (2026-11-29) -----------------------------------------------

def test_an_adverb_closing_the_clause_makes_a_count_a_rate():
    row = only_row("In fact, 9,300 commercial trucks cross our border daily.")
    assert (row.kind, row.unit) == ("rate", "trucks per day")


def test_ages_that_ranged_from_one_to_another_are_ages():
    row = only_row("The migrants\u2019 ages ranged from 16 to 44.")
    assert (row.value, row.value_max, row.kind, row.unit) == (16, 44, "age", "year")


def test_a_street_block_is_an_address_not_a_statistic():
    assert statistics_of("Agents arrived at a house in the 600 block of Cebada Street.").empty


def test_an_estimated_street_value_of_is_approximate():
    row = only_row("The seizures have an estimated street value of $5,320,000.")
    assert (row.value, row.qualifier, row.kind) == (5_320_000, "approximate", "money")


def test_a_foot_long_boat_counts_feet():
    assert only_row("They crewed a 26-foot wooden boat.").unit == "feet"


def test_billions_of_new_dollars_are_money():
    row = only_row("The law will provide nearly 4 billion new dollars to boost security.")
    assert (row.value, row.kind, row.unit) == (4e9, "money", "USD")


def test_a_bare_rate_counts_the_noun_named_before_at():
    row = only_row("Agents averaged the lowest daily nationwide apprehensions in history at "
                   "approximately 264 per day in March.")
    assert (row.kind, row.unit) == ("rate", "apprehensions per day")


def test_a_date_after_a_semicolon_belongs_to_its_own_clause():
    table = statistics_of("In 2021, ports of entry accounted for less than 5 percent of all "
                          "encounters; in 2023, nearly one in five took place at ports of entry.")
    assert list(table["period"]) == ["2021", "2023"]


def test_a_bare_number_after_an_arrest_verb_counts_people():
    table = statistics_of("ICE arrests 3, detains 32 at Phoenix drop house")
    assert list(table["unit"]) == ["people", "people"]


def test_each_morning_and_a_day_after_the_noun_make_a_rate():
    assert list(statistics_of("Many of the roughly 8,000 people who cross at San Luis each "
                              "morning work in the fields.")["unit"]) == ["people per day"]
    assert list(statistics_of("Her crews cut about 40,000 heads of romaine a day at the "
                              "peak.")["unit"]) == ["heads per day"]


def test_a_rate_word_later_in_a_clause_belongs_to_its_first_count():
    table = statistics_of("Roughly 15,000 trucks cross its two commercial bridges on a typical "
                          "weekday.")
    assert list(table["kind"]) == ["rate", "count"]


def test_a_year_earlier_after_a_count_is_no_rate():
    assert list(statistics_of("Agents arrested 300 people a year earlier.")["kind"]) == ["count"]


def test_an_age_after_said_name_closes_the_sentence():
    table = statistics_of("\u201cWe are quiet now,\u201d said Ferrer, 61.")
    assert list(table["kind"]) == ["age"]


def test_an_age_after_said_her_daughter_name_closes_the_sentence():
    row = only_row("\u201cShe never stopped,\u201d said her daughter, Ana Ruiz Moreno, 55.")
    assert (row["kind"], row["unit"]) == ("age", "year")


def test_dies_at_and_she_was_give_a_persons_age():
    table = statistics_of("Volunteer dies at 83\n\nShe carried jugs until she was 79, when her "
                          "knees gave out. She was 5 minutes late once.")
    assert list(table["kind"]) == ["age", "age", "duration"]


def test_as_long_as_and_as_little_as_bound_a_duration():
    table = statistics_of("It would cut the wait from as long as 10 years to as little as six "
                          "months.")
    assert list(table["qualifier"]) == ["at_most", "at_least"]


def test_times_a_named_ones_figure_is_a_multiple():
    row = only_row("In 2022, Border Patrol's apprehensions were about 5.3 times Mexico's count.")
    assert row["kind"] == "ratio"


def test_who_is_and_a_boy_of_give_a_persons_age():
    rows = statistics_of("A grandfather from Honduras, Don Teofilo, who is 74, said to me on his way. "
                 "I found a boy of 16 under a mesquite tree.")
    assert list(rows["kind"]) == ["age", "age"]


def test_every_age_of_a_list_after_ages_is_an_age():
    rows = statistics_of("Yesenia Ortiz walks her two daughters, ages 7 and 10, to the port.")
    assert rows[rows["value"].isin([7, 10])]["kind"].tolist() == ["age", "age"]


def test_an_hour_of_the_day_is_not_a_statistic():
    rows = statistics_of("A taco stand whose owner now opens at 4 to feed the people waiting. I wake up at 5 "
                 "in the morning to press a button.")
    assert rows.empty


def test_central_american_currencies_are_money():
    rows = statistics_of("The family paid a smuggler 90,000 lempiras. A cousin borrowed 60,000 quetzales.")
    assert list(zip(rows["kind"], rows["unit"])) == [("money", "HNL"), ("money", "GTQ")]


def test_square_miles_are_one_unit():
    rows = statistics_of("Deputies cover more than 4,500 square miles at night.")
    assert list(rows["unit"]) == ["square miles"]


def test_a_capitalised_number_word_in_a_name_and_idioms_are_no_statistics():
    rows = statistics_of("He was found out past Three Points. The county has a zero tolerance policy, "
                         "and residents call 911 when they see a group.")
    assert rows.empty
    assert list(statistics_of("Nine Migrants Rescued Near Presidio")["value"]) == [9]


def test_a_relatives_age_after_a_comma_or_turned_is_an_age():
    rows = statistics_of("She washed clothes with her daughter, 6. \u201cMy daughter turned 7 in this camp.\u201d")
    assert list(rows["kind"]) == ["age", "age"]


def test_about_before_an_article_and_an_age_is_a_preposition():
    rows = statistics_of("I was not worried enough about a 7-year-old walking a mile in the fog.")
    assert list(rows["qualifier"]) == ["exact"] and list(rows["kind"]) == ["age"]


def test_ages_said_with_the_last_time_and_my_oldest_are_ages():
    rows = statistics_of("\u201cI was 21 the last time I hugged him. My oldest is 12.\u201d")
    assert list(rows["kind"]) == ["age", "age"]


def test_decades_are_counted_in_years():
    rows = statistics_of("He has worked there for more than a decade. The law has been clear for two decades.")
    assert list(rows["value"]) == [10.0, 20.0] and set(rows["unit"]) == {"year"}


def test_the_driver_was_17_at_a_sentence_end_is_an_age():
    rows = statistics_of("The driver was 17. The group was 30.")
    assert list(rows["kind"]) == ["age", "count"]


def test_twice_at_the_end_of_a_clause_after_a_verb_counts_times():
    rows = statistics_of("They let me see him on a screen, and the screen froze twice. Trade is roughly "
                         "twice what it was.")
    assert list(rows["kind"]) == ["count", "ratio"]


def test_maybe_before_a_number_is_approximate():
    rows = statistics_of("The staffing is maybe 70 percent of what it was.")
    assert list(rows["qualifier"]) == ["approximate"]


def test_the_two_sides_of_a_vote_are_votes():
    rows = statistics_of("The constitutional amendment passed 86 to 42 after a long debate.")
    assert list(rows["unit"]) == ["votes", "votes"]


def test_a_time_phrase_after_a_bare_number_is_not_what_it_counts():
    rows = statistics_of("Deputies answered more than 300 calls in 2023, up from 140 the year before. "
                         "The clinic saw 30 patients this month and 15 the month before.")
    assert list(rows["unit"]) == ["calls", "calls", "patients", "patients"]


def test_an_age_said_with_now_or_then_is_an_age():
    rows = statistics_of("Their daughter, Inés Hofmann Alcázar, now 36 and a lawyer, was there. "
                         "Efraín Tarango, then 26, had been cutting. Her son, Sebastián, who is now 14, "
                         "goes to school. Her son Joel was 22 when he disappeared. The count was 22 when "
                         "they closed.")
    assert list(rows["kind"]) == ["age", "age", "age", "age", "count"]
    assert list(rows["subject"])[:3] == ["Inés Hofmann Alcázar", "Efraín Tarango", "Sebastián"]


def test_a_median_age_and_an_age_label_are_ages():
    rows = statistics_of("The median age was 27. Age: 31")
    assert list(rows["kind"]) == ["age", "age"] and list(rows["surface"]) == ["27", "31"]


def test_more_months_and_nights_are_durations():
    rows = statistics_of("She waited six more months to see a judge. They spent three nights in the "
                         "shelter. The county hired 20 more agents.")
    assert list(rows["kind"]) == ["duration", "duration", "count"]
    assert list(rows["unit"])[:2] == ["month", "night"]


def test_a_year_for_which_time_is_measured_is_a_duration():
    rows = statistics_of("He drove her for a year after his injury. It took me a year to understand it. "
                         "She left a year ago. He worked a day job. Once in a while it rains.")
    assert list(rows["surface"]) == ["a year", "a year"] and set(rows["kind"]) == {"duration"}
