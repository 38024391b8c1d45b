"""The extractor against the hand-made gold annotation of the seed article."""

import pandas as pd
import pytest

from analysis.evaluation import load_gold, match, score
from analysis.paths import ROOT
from analysis.statistics import extract_statistics

GOLD = ROOT / "tests" / "gold" / "mexico-president-us-election.statistics.csv"


@pytest.fixture(scope="module")
def predicted_and_gold(seed_article):
    return extract_statistics(seed_article), load_gold(GOLD, seed_article.text)


def test_every_gold_mention_is_found_with_value_qualifier_kind_and_unit(predicted_and_gold):
    predicted, gold = predicted_and_gold
    result = score(predicted, gold, strict=True)
    missing = gold.drop(index=[j for _, j in match(predicted, gold, strict=True)])
    assert result.recall == 1.0, missing[["surface", "value", "qualifier", "kind", "unit"]]


def test_nothing_is_reported_that_the_gold_does_not_hold(predicted_and_gold):
    predicted, gold = predicted_and_gold
    extra = predicted.drop(index=[i for i, _ in match(predicted, gold)])
    assert extra.empty, extra[["surface", "value", "kind"]]


@pytest.mark.parametrize("column", ["subject", "period", "baseline_period", "source"])
def test_gold_context_columns_match(predicted_and_gold, column):
    predicted, gold = predicted_and_gold
    for i, j in match(predicted, gold, strict=True):
        expected = gold.loc[j, column]
        if column == "subject" and not expected:
            continue  # not judged
        got = "" if pd.isna(predicted.loc[i, column]) else predicted.loc[i, column]
        assert got == expected, (gold.loc[j, "surface"], column)


def test_every_surface_is_the_text_at_its_offsets(seed_article, predicted_and_gold):
    predicted, _ = predicted_and_gold
    for row in predicted.itertuples():
        assert seed_article.text[row.char_start:row.char_end] == row.surface


def test_stat_ids_are_unique_and_in_reading_order(predicted_and_gold):
    predicted, _ = predicted_and_gold
    assert predicted["stat_id"].is_unique
    assert list(predicted["char_start"]) == sorted(predicted["char_start"])
