"""The extractor on texts it was not written against (tests/corpus/), scored on hand-made gold."""

import pandas as pd
import pytest

from analysis.article import load_article
from analysis.evaluation import load_gold, load_gold_events, score, score_events, score_quotes
from analysis.paths import ROOT
from analysis.quotes import extract_quotes
from analysis.statistics import extract_statistics
from analysis.timeline import extract_events

CORPUS = ROOT / "tests" / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))


def test_the_corpus_holds_at_least_five_texts_with_gold():
    assert len(TEXTS) >= 5
    for text in TEXTS:
        for table in ("statistics", "events", "quotes"):
            assert (CORPUS / "gold" / f"{text.stem}.{table}.csv").exists()


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_statistics_f1_is_at_least_090(path):
    article = load_article(path)
    gold = load_gold(CORPUS / "gold" / f"{path.stem}.statistics.csv", article.text)
    assert score(extract_statistics(article), gold, strict=True).f1 >= 0.90


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_dates_resolve_to_the_right_interval_with_no_false_dates(path):
    article = load_article(path)
    gold = load_gold_events(CORPUS / "gold" / f"{path.stem}.events.csv", article.text)
    result = score_events(extract_events(article), gold)
    assert result.share_right >= 0.75 and result.false == 0


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_quotes_are_credited_to_their_speakers(path):
    article = load_article(path)
    gold = pd.read_csv(CORPUS / "gold" / f"{path.stem}.quotes.csv", keep_default_na=False)
    right, _, expected = score_quotes(extract_quotes(article), gold)
    assert right == expected


def test_batch_extraction_writes_one_table_per_kind_across_articles(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "analysis", "extract",
                             *map(str, TEXTS), "--out", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    statistics = pd.read_csv(tmp_path / "statistics.csv")
    assert set(statistics["article_id"]) == {p.stem for p in TEXTS}
    assert not statistics.duplicated(["article_id", "stat_id"]).any()
