"""How the scorer counts a hit: shared by the corpus tests and the benchmarks."""

import pandas as pd

from analysis.evaluation import (same_speaker, same_subject, score, score_quotes_in_detail,
                                 strictly_right)


def _row(**values):
    base = {"qualifier": "exact", "kind": "count", "unit": "", "subject": ""}
    return pd.Series({**base, **values})


def test_a_subject_inside_the_gold_subject_is_right():
    assert same_subject("doses", "potentially lethal doses of fentanyl seized")
    assert same_subject("the people held in its stations", "people held in its stations")
    assert not same_subject("", "people held") and not same_subject("ports", "people held")


def test_strict_needs_qualifier_and_kind_and_then_the_unit_or_the_subject():
    gold = _row(unit="refugees", subject="refugees resettled from this region")
    assert strictly_right(_row(unit="refugees"), gold)
    assert strictly_right(_row(unit="people", subject="refugees resettled"), gold)
    assert not strictly_right(_row(unit="people", subject="people"), gold)
    assert not strictly_right(_row(unit="refugees", qualifier="approximate"), gold)


def test_older_gold_without_a_subject_is_judged_on_the_unit_alone():
    gold = _row(unit="migrants", subject=None)
    assert not strictly_right(_row(unit="people", subject="migrants"), gold)


def test_a_statistic_needs_an_overlapping_span_and_the_same_value():
    predicted = pd.DataFrame([{"char_start": 0, "char_end": 5, "value": 12.0, **_row()}])
    gold = pd.DataFrame([{"char_start": 3, "char_end": 9, "value": 12.0, **_row()}])
    assert score(predicted, gold, strict=True).f1 == 1.0
    assert score(predicted.assign(value=13.0), gold).f1 == 0.0


def test_speakers_match_on_the_same_person_not_the_same_string():
    assert same_speaker("Miller", "Troy A. Miller")
    assert same_speaker("Villaseñor", "Arturo Villaseñor Pinto")  # a first surname alone
    assert not same_speaker("Arturo", "Arturo Villaseñor Pinto")
    assert same_speaker("the Department of Homeland Security", "Department of Homeland Security")
    assert not same_speaker("John Miller", "Troy A. Miller")
    assert not same_speaker("Jane Doe", "")
    assert same_speaker("Mexico\u2019s National Migration Institute", "Mexico's National Migration Institute")
    assert same_speaker("Fernanda Ochoa", "Fernanda Ochoa Garza")  # a second surname left off
    assert not same_speaker("Fernanda Ochoa", "Lucia Ochoa Garza")
    assert not same_speaker("Ochoa", "Ochoa Garza Lopez")


def test_quote_outcomes_are_right_wrong_blank_or_missed():
    gold = pd.DataFrame({"quote_starts": ["We will", "They said", "It is", "Not found"],
                         "speaker": ["Jane Doe", "Jane Doe", "", "John Roe"]})
    found = pd.DataFrame({"quote": ["We will act.", "They said no.", "It is done."],
                          "speaker": ["Doe", "", "John Roe"]})
    result = score_quotes_in_detail(found, gold)
    assert (result.right, result.blank, result.wrong, result.missed) == (1, 1, 1, 1)


def test_an_acronym_and_the_bodys_name_are_one_speaker():
    from analysis.evaluation import same_speaker

    assert same_speaker("CBP", "U.S. Customs and Border Protection")
    assert not same_speaker("DHS", "U.S. Customs and Border Protection")
