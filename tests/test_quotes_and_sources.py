"""Quotations credited to the right person, and the sourcing audit."""

import pandas as pd
import pytest

from analysis.article import article_from_text
from analysis.paths import ROOT
from analysis.quotes import extract_quotes
from analysis.sources import extract_sources

GOLD_QUOTES = ROOT / "tests" / "gold" / "mexico-president-us-election.quotes.csv"
GOLD_SOURCES = ROOT / "tests" / "gold" / "mexico-president-us-election.sources.csv"


def quotes_of(text: str) -> pd.DataFrame:
    return extract_quotes(article_from_text(text, "2024-03-26"))


def sources_of(text: str) -> pd.DataFrame:
    return extract_sources(article_from_text(text, "2024-03-26"))


def test_every_seed_quote_is_credited_to_the_right_person(seed_article):
    quotes = extract_quotes(seed_article)
    gold = pd.read_csv(GOLD_QUOTES)
    assert len(quotes) == len(gold)
    for (_, expected), (_, got) in zip(gold.iterrows(), quotes.iterrows()):
        assert got.quote.startswith(expected.quote_starts)
        assert got.speaker == expected.speaker, expected.quote_starts


def test_quote_spans_index_the_text_inside_the_marks(seed_article):
    for row in extract_quotes(seed_article).itertuples():
        assert seed_article.text[row.char_start:row.char_end] == row.quote
        assert seed_article.text[row.char_start - 1] in "\u201c\""


def test_speaker_role_comes_from_the_first_mention(seed_article):
    quotes = extract_quotes(seed_article).set_index("speaker")
    assert quotes.loc["John Feeley", "speaker_role"].iloc[0].startswith(
        "former deputy chief of mission in Mexico")


def test_seed_sources_are_found_with_kind_and_country(seed_article):
    sources = extract_sources(seed_article).set_index("name")
    for row in pd.read_csv(GOLD_SOURCES, keep_default_na=False).itertuples():
        assert row.name in sources.index, row.name
        assert sources.loc[row.name, "kind"] == row.kind, row.name
        assert sources.loc[row.name, "country"] == row.country, row.name


def test_said_after_the_quote_with_full_name_and_role():
    quotes = quotes_of("\u201cWe will not stop the work at all,\u201d said Ana Ruiz, the mayor of "
                       "Ciudad Ju\u00e1rez.")
    assert quotes.iloc[0].speaker == "Ana Ruiz"


def test_surname_said_resolves_to_the_full_name_given_earlier():
    quotes = quotes_of("Maria Lopez Gil, a shelter director, spoke. \u201cWe are full every "
                       "night now,\u201d Gil said.")
    assert quotes.iloc[0].speaker == "Maria Lopez Gil"


def test_split_quote_is_two_rows_with_one_speaker():
    quotes = quotes_of("\u201cThe border is calm tonight,\u201d Tom Reed said, \u201cbut "
                       "tomorrow could be different for all of us.\u201d")
    assert list(quotes["speaker"]) == ["Tom Reed", "Tom Reed"]


def test_he_said_is_the_person_last_named_before_the_quote():
    quotes = quotes_of("Carlos Mena runs the shelter. He has seen it all.\n\n\u201cWe have no "
                       "beds left for anyone,\u201d he said.")
    assert quotes.iloc[0].speaker == "Carlos Mena"


def test_the_girl_shouted_is_the_child_named_in_the_sentence_before():
    quotes = quotes_of("Seven-year-old Lucia Flores waited. \u201cI want to go home now,\u201d "
                       "the girl shouted.")
    assert quotes.iloc[0].speaker == "Lucia Flores"


def test_name_replied_before_the_quote():
    quotes = quotes_of("Asked about it, Rosa Diaz replied: \u201cNo, we never agreed to that.\u201d")
    assert quotes.iloc[0].speaker == "Rosa Diaz"


def test_adding_continues_the_speaker_of_the_sentence():
    quotes = quotes_of("Adviser Mark Hall said the talks were going \u201cvery well for both "
                       "sides,\u201d adding: \u201cWe expect a deal by spring.\u201d")
    assert list(quotes["speaker"]) == ["Mark Hall", "Mark Hall"]


def test_unattributed_quote_continues_the_paragraphs_speaker():
    quotes = quotes_of("\u201cIt is hard to plan anything here,\u201d said Jose Perez. \u201cEvery "
                       "week the rules change again.\u201d")
    assert list(quotes["speaker"]) == ["Jose Perez", "Jose Perez"]


@pytest.mark.parametrize("text", [
    "He told CBS\u2019 \u201c60 Minutes\u201d about it.",
    "The group is called Al Otro Lado, or \u201cTo the Other Side,\u201d in English.",
    "Officials call it \u201cdecompression.\u201d",
], ids=["title", "translated-name", "scare-quote"])
def test_titles_and_scare_quotes_are_not_quotations(text):
    assert quotes_of(text).empty


def test_according_to_data_is_a_data_source():
    sources = sources_of("Crossings fell, according to U.S. federal data.")
    assert sources.iloc[0][["name", "kind", "country"]].tolist() == [
        "U.S. federal data", "data", "United States"]


def test_unauthorized_official_is_anonymous_with_a_country():
    sources = sources_of("The plan will fail, said a senior Mexican official who was not "
                         "authorized to speak publicly.")
    row = sources.iloc[0]
    assert (row.kind, row.country) == ("anonymous", "Mexico")


def test_officials_say_after_in_country_takes_that_country():
    row = sources_of("In Mexico, officials say they have reached their limit.").iloc[0]
    assert (row["name"], row.kind, row.country) == ("officials", "anonymous", "Mexico")


def test_named_ministry_said_is_an_organization():
    row = sources_of("Mexico\u2019s Foreign Ministry said it reached a deal.").iloc[0]
    assert (row.kind, row.country) == ("organization", "Mexico")


def test_quoted_person_is_a_named_source_with_mentions():
    sources = sources_of("\u201cWe are ready for the new rules,\u201d said Ana Ruiz, head of "
                         "the Juarez Office of Migrant Affairs. Ruiz spoke again later.")
    row = sources.set_index("name").loc["Ana Ruiz"]
    assert (row.kind, row.affiliation, row.mentions) == ("person",
                                                         "Juarez Office of Migrant Affairs", 2)


@pytest.mark.parametrize("text, people", [
    ("CIUDAD JU\u00c1REZ, Mexico \u2014 The line outside the Casa del Migrante grew.", []),
    ("Ana Ruiz runs a group whose motto is \u201cTo the Other Side,\u201d she said.",
     ["Ana Ruiz"]),
    ("U.S. Customs and Border Protection said so, according to Troy A. Miller.",
     ["Troy A. Miller"]),
    ("The agency is known as Comar. Asylum requests rose, said the Rev. Javier Calvillo.",
     ["Javier Calvillo"]),
], ids=["dateline-and-place", "quoted-gloss", "abbreviation-and-initial", "sentence-end"])
def test_people_are_names_not_datelines_places_or_titles(text, people):
    from analysis.entities import find_people

    assert [p.name for p in find_people(article_from_text(text, "2024-03-26"))] == people


def test_a_source_the_sources_table_credits_is_the_source_of_the_sentences_statistics():
    from analysis.pipeline import run

    text = ("Crossings fall\n\nArrests fell to 5,000 in May, said a senior Mexican official who "
            "was not authorized to speak publicly. Mexican government data shows 300 "
            "deportations in June.")
    tables = run(article_from_text(text, "2024-03-26"), ["statistics", "sources"])
    credited = set(tables["sources"]["name"])
    assert set(tables["statistics"]["source"]) <= credited
    assert list(tables["statistics"]["source"]) == ["senior Mexican official",
                                                    "Mexican government data"]


def test_reporting_verbs_are_one_list_shared_by_quotes_sources_and_statistics():
    import analysis.quotes
    from analysis import attribution

    assert analysis.quotes.SPEECH_VERBS is attribution.REPORTING_VERBS
    assert all(attribution.REPORTING_VERBS in p.pattern or "data" in p.pattern.lower()
               for p in attribution.PATTERNS[2:])
