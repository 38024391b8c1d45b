"""Loading articles: spans that index the decoded text, and clear refusals of bad input."""

import datetime as dt

import pytest

from analysis.article import article_from_text, load_article, parse_published
from analysis.errors import InputError
from conftest import SEED


def test_seed_loads_with_its_metadata_date_and_title(seed_article):
    assert seed_article.published == dt.date(2024, 3, 26)
    assert seed_article.metadata["byline"] == "James Brown"
    assert seed_article.text.startswith(seed_article.metadata["title"])


def test_seed_is_a_byte_for_byte_copy_of_the_original():
    original = SEED.parents[1].parent / "shared" / "seeds" / "000_9b34000afb193cc0.txt"
    if not original.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SEED.read_bytes() == original.read_bytes()


def test_paragraph_and_sentence_spans_index_the_text(seed_article):
    for paragraph in seed_article.paragraphs:
        block = seed_article.text[paragraph.start:paragraph.end]
        assert block == block.strip() and "\n\n" not in block
    for sentence in seed_article.sentences:
        text = seed_article.sentence_text(sentence)
        assert text == text.strip() and text
        paragraph = seed_article.paragraphs[sentence.paragraph - 1]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


def test_us_abbreviation_does_not_end_a_sentence():
    article = article_from_text("Several U.S. officials said so. Mexico agreed.", "2024-03-26")
    assert [article.sentence_text(s) for s in article.sentences] == [
        "Several U.S. officials said so.", "Mexico agreed."]


def test_bom_and_crlf_keep_offsets_on_the_decoded_text(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nAgents counted 18 people.\r\n".encode("utf-8"))
    article = load_article(path, "2024-03-26")
    assert not article.text.startswith("\ufeff")
    from analysis.statistics import extract_statistics

    row = extract_statistics(article).iloc[0]
    assert article.text[row.char_start:row.char_end] == row.surface == "18"


def test_published_argument_overrides_metadata():
    assert load_article(SEED, "2024-04-01").published == dt.date(2024, 4, 1)


@pytest.mark.parametrize("value", ["yesterday", "2024-13-45", "26/03/2024", ""])
def test_unparseable_published_date_is_refused(value):
    with pytest.raises(InputError, match="not a date"):
        parse_published(value)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"caf\x81 \x8d na\x9dve, neither UTF-8 nor Windows-1252", "not UTF-8"),
], ids=["empty", "whitespace", "binary", "neither-utf8-nor-cp1252"])
def test_bad_article_bytes_are_refused_with_a_reason(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_article(path, "2024-03-26")


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt", "2024-03-26")


def test_article_without_date_anywhere_is_refused(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Agents counted 18 people.", encoding="utf-8")
    with pytest.raises(InputError, match="no publication date"):
        load_article(path)


def test_malformed_metadata_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Agents counted 18 people.", encoding="utf-8")
    (tmp_path / "a.yml").write_text("published: [2024-03-26\n", encoding="utf-8")
    with pytest.raises(InputError, match="malformed metadata"):
        load_article(tmp_path / "a.txt")


def test_windows_1252_text_is_decoded_and_says_so(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Se\u00f1or L\u00f3pez said \u201c18 people\u201d crossed.".encode("cp1252"))
    article = load_article(path, "2024-03-26")
    assert "L\u00f3pez" in article.text and "\u201c" in article.text
    assert any("Windows-1252" in note for note in article.metadata["notes"])


PAGE = """<!DOCTYPE html><html><head><title>x</title><script>var a = 1;</script></head>
<body><nav><p>Home | World</p></nav><article><h1>Crossings fell in January</h1>
<p>Illegal border crossings fell to 176,195 in January, according to U.S. federal data.</p>
<p>Officials said the drop followed a call between the two presidents in December, and
that more enforcement in Mexico had helped.</p><p>&ldquo;We are watching closely,&rdquo;
said Ana Ruiz, a spokeswoman for the agency, who added that February could differ.</p>
</article><footer><p>Copyright</p></footer></body></html>"""


def test_html_page_yields_its_article_text(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path, "2024-03-26")
    assert article.text.startswith("Crossings fell in January\n\nIllegal border crossings")
    assert "Home | World" not in article.text and "var a" not in article.text
    assert "Copyright" not in article.text
    assert any("HTML page" in note for note in article.metadata["notes"])


def test_html_page_without_article_text_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>menu</nav><p>Hi</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        load_article(path, "2024-03-26")


def test_a_50_megabyte_file_is_refused_quickly(tmp_path):
    import time

    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(InputError, match="too large"):
        load_article(path, "2024-03-26")
    assert time.perf_counter() - started < 5


def test_one_stray_byte_keeps_the_rest_utf8_and_says_so(tmp_path):
    from analysis.article import decode_article_bytes

    text, encoding, note = decode_article_bytes("López said “no” — twice.\n".encode("utf-8")
                                                .replace(b"twice", b"tw\xffice"), "a.txt")
    assert encoding == "utf-8" and "López" in text and "“no”" in text
    assert "\ufffd" in text and "replaced" in note


def test_utf16_with_a_byte_order_mark_is_text_not_binary():
    from analysis.article import decode_article_bytes

    text, encoding, note = decode_article_bytes("Héadline\n\nBody.\n".encode("utf-16"), "a.txt")
    assert text == "Héadline\n\nBody.\n" and encoding == "utf-16" and "UTF-16" in note


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
def test_every_line_ending_gives_the_same_paragraphs(ending):
    seed = SEED.read_text(encoding="utf-8")
    expected = len(article_from_text(seed, "2024-03-26").paragraphs)
    converted = seed.replace("\r\n", "\n").replace("\n", ending)
    article = article_from_text(converted, "2024-03-26")
    assert len(article.paragraphs) == expected > 30
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end].strip() == \
            article.text[paragraph.start:paragraph.end]


def test_mixed_line_endings_give_the_right_paragraphs():
    article = article_from_text("Title\r\n\r\nOne.\r\rTwo.\n\nThree.\n", "2024-03-26")
    assert [article.text[p.start:p.end] for p in article.paragraphs] == \
        ["Title", "One.", "Two.", "Three."]


def test_a_device_cannot_bypass_the_size_limit():
    from analysis.article import load_article

    with pytest.raises(InputError, match="too large"):
        load_article("/dev/zero", "2024-03-26")


def test_a_fifo_cannot_bypass_the_size_limit(tmp_path):
    import os
    import threading

    from analysis.article import MAX_BYTES, load_article

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with open(fifo, "wb") as stream:
                stream.write(b"a" * (MAX_BYTES + 1000))
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(InputError, match="too large"):
        load_article(fifo, "2024-03-26")
    writer.join(timeout=10)


def test_a_sentence_longer_than_the_cap_is_cut_at_line_breaks_first():
    from analysis.article import MAX_SENTENCE_CHARS

    table = "\n".join(f"Jan {2000 + i} | {100000 + i:,} | {50000 + i:,}" for i in range(200))
    article = article_from_text("Table\n\n" + table + "\n", "2024-03-26")
    for sentence in article.sentences:
        piece = article.sentence_text(sentence)
        assert len(piece) <= MAX_SENTENCE_CHARS
        assert piece == piece.strip() and piece.endswith(tuple("0123456789e"))


def test_seed_sentences_are_untouched_by_the_cap(seed_article):
    from analysis.article import MAX_SENTENCE_CHARS

    assert max(s.end - s.start for s in seed_article.sentences) < MAX_SENTENCE_CHARS


def test_published_dates_far_outside_the_news_are_refused_by_the_notebook_name():
    from analysis.article import parse_published

    with pytest.raises(InputError, match=r"^published: 9999-12-31 is outside"):
        parse_published("9999-12-31")


def test_a_future_date_is_a_warning():
    import datetime as dt

    from analysis.article import future_date_warning

    assert "future" in future_date_warning(dt.date(2030, 1, 1), "a.txt", dt.date(2026, 1, 1))
    assert future_date_warning(dt.date(2024, 1, 1), "a.txt", dt.date(2026, 1, 1)) is None


def test_a_title_abbreviation_before_a_name_does_not_end_a_sentence():
    from analysis.article import article_from_text

    article = article_from_text("A spokesperson for Gov. Abbott said no. The Rev. Michael Smith "
                                "and Lt. Gov. Dan Patrick came. He met Dr. Jones. Then he left.",
                                "2024-03-26")
    assert [article.sentence_text(s) for s in article.sentences] == [
        "A spokesperson for Gov. Abbott said no.",
        "The Rev. Michael Smith and Lt. Gov. Dan Patrick came.",
        "He met Dr. Jones.", "Then he left."]
