"""Loading an article: its text, metadata, paragraphs and sentences with character spans.

Offsets always index `Article.text` exactly as decoded, so `text[start:end]` is the
surface of any span this package reports. Sentence splitting uses syntok, a rule-based
segmenter that keeps token offsets and handles abbreviations ("U.S.", "Mr.", "p.m.") that
faster splitters break on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import syntok.segmenter as syntok_segmenter
import yaml

from analysis import vocabulary
from analysis.errors import InputError

#: Larger files are refused: no news article is this long, and it keeps runs bounded.
MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Paragraph:
    index: int  # 1-based, in reading order; the headline is paragraph 1
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int  # 1-based across the whole article
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    published: dt.date
    metadata: dict[str, Any] = field(default_factory=dict)
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


#: Publication dates outside these years are refused: relative dates are resolved against
#: them, and the calendar arithmetic (and the official series) end well inside them.
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
LATEST_PUBLISHED = dt.date(2199, 12, 31)


def parse_published(value: str | dt.date | None, what: str = "published") -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or a date; InputError for anything else. `what` names the
    setting in the message: the notebook parameter `published` by default, `--published`
    when the command line passes it."""
    if value is None:
        return None
    date = value if isinstance(value, dt.date) else None
    text = str(value).strip()
    if date is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            date = dt.date.fromisoformat(text)
        except ValueError:
            pass
    if date is None:
        raise InputError(f"{what}: {value!r} is not a date in the form YYYY-MM-DD")
    if isinstance(date, dt.datetime):
        date = date.date()
    if not EARLIEST_PUBLISHED <= date <= LATEST_PUBLISHED:
        raise InputError(f"{what}: {date.isoformat()} is outside the years "
                         f"{EARLIEST_PUBLISHED.year}-{LATEST_PUBLISHED.year}; give the "
                         "article's real publication date")
    return date


def future_date_warning(date: dt.date, name: str, today: dt.date | None = None) -> str | None:
    """A warning when a publication date lies after today (a typo, most often): relative
    dates would be resolved against a day that has not come."""
    today = today or dt.date.today()
    if date > today:
        return (f"{name}: the publication date {date.isoformat()} is in the future; "
                "relative dates ('last week') are resolved against it")
    return None


_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode_utf8_or_cp1252(data: bytes, name: str) -> tuple[str, str, str | None]:
    """(text, encoding, note). Valid UTF-8 is UTF-8. Bytes that are not, but that hold
    valid multi-byte UTF-8 sequences, are UTF-8 with a few damaged bytes: those are
    replaced (U+FFFD) and reported, the rest keeps its UTF-8. Only bytes with no UTF-8
    sequence at all are read as Windows-1252 (Latin-1 text is a subset of it)."""
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    replaced = data.decode("utf-8", errors="replace")
    has_utf8_sequences = any(ord(ch) > 0x7F and ch != "\ufffd" for ch in replaced)
    if has_utf8_sequences:
        bad = replaced.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
        return replaced, "utf-8", (f"{name}: {bad} byte(s) that are not UTF-8 (the first at "
                                   f"byte {first_bad}) were replaced by \ufffd; the rest is "
                                   "read as UTF-8")
    try:
        return data.decode("cp1252"), "cp1252", f"{name}: not UTF-8; read as Windows-1252"
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text (undecodable byte at offset {first_bad}) "
                         "and not Windows-1252 either; save it as UTF-8") from None


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding); see `decode_article_bytes`, which also returns the note."""
    text, encoding, _ = decode_article_bytes(data, name)
    return text, encoding


def decode_article_bytes(data: bytes, name: str) -> tuple[str, str, str | None]:
    """(text, encoding, note or None): UTF-8 or UTF-16 by their byte-order mark, else
    UTF-8 (damaged bytes replaced and reported) or Windows-1252; binary data is refused."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if data.startswith(_UTF16_BOMS):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: starts with a UTF-16 byte-order mark but byte "
                             f"{exc.start} is not UTF-16; save it as UTF-8") from None
        note = f"{name}: UTF-16 text (byte-order mark); offsets index the decoded text"
    elif b"\x00" in data:
        raise InputError(f"{name}: the file is binary, not text")
    else:
        text, encoding, note = _decode_utf8_or_cp1252(data.removeprefix(_UTF8_BOM), name)
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f")
                   or 0x7F <= ord(ch) < 0xA0)
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name}: the file is binary, not text")
    if not text.strip():
        raise InputError(f"{name}: the file has no text")
    return text, encoding, note


_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def html_article_text(page: str, name: str) -> str:
    """The article in an HTML page saved from a browser: its headline and paragraphs, one
    paragraph a block. InputError when the page holds no article text."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                     "iframe", "svg", "template"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    headline = soup.find("h1")
    if headline and headline.get_text(" ", strip=True):
        blocks.append(headline.get_text(" ", strip=True))
    for element in root.find_all(["p", "blockquote", "li", "h2", "h3"]):
        if element.find_parent(["p", "blockquote", "li"]):
            continue
        text = " ".join(element.get_text(" ", strip=True).split())
        if text and text not in blocks:
            blocks.append(text)
    text = "\n\n".join(blocks)
    if len(text) < 200:
        raise InputError(f"{name}: an HTML page with no article text to extract; save the "
                         "article as plain text")
    return text + "\n"


def read_metadata(path: Path) -> dict[str, Any]:
    """The `.yml` beside an article, or {} when there is none."""
    if not path.exists():
        return {}
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not the article's metadata file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: malformed metadata ({problem})") from None
    except ValueError as exc:  # YAML reads 2024-02-30 as a date and fails to build it
        raise InputError(f"{path}: a date in it is not a real date ({exc}); write it as "
                         "YYYY-MM-DD") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"{path}: metadata must be a mapping of keys to values")
    return data


#: A line break in any convention: Unix, Windows (one break, not two) or old Mac (CR only).
LINE_BREAK = r"(?>\r\n|\r|\n)"
_BLANK_LINE = re.compile(LINE_BREAK + r"[ \t\f\v]*" + LINE_BREAK + r"[ \t\f\v\r\n]*")
_ONE_LINE_BREAK = re.compile(LINE_BREAK)


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Blocks of non-blank lines; a text with no blank line at all splits on its lines.
    LF, CRLF and CR line ends (mixed, too) are all line breaks."""
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else _ONE_LINE_BREAK
    spans: list[tuple[int, int]] = []
    position = 0
    for match in separator.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    paragraphs = []
    for start, end in spans:
        block = text[start:end]
        if not block.strip():
            continue
        lead = len(block) - len(block.lstrip())
        trail = len(block) - len(block.rstrip())
        paragraphs.append(Paragraph(len(paragraphs) + 1, start + lead, end - trail))
    return tuple(paragraphs)


_POSSIBLE_BREAK = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+\S|[\n\r]")


#: The longest span treated as one sentence. News sentences run to 300-odd characters (the
#: seed's longest is 333); a longer "sentence" is a pasted table, a list of figures or a
#: text without punctuation, and is cut (at a line break, else a semicolon or comma, else
#: a space) so that what one sentence costs the extractors stays bounded and a text of
#: any shape takes time in proportion to its length.
MAX_SENTENCE_CHARS = 600
_CUTS = (re.compile(r"\r\n|\r|\n"), re.compile(r"[;,]\s"), re.compile(r"\s"))


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most MAX_SENTENCE_CHARS covering text[start:end], each
    trimmed of surrounding white space, cut at the most natural place in each window."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        window_end = start + MAX_SENTENCE_CHARS
        cut = window_end
        for pattern in _CUTS:
            matches = [m.end() for m in pattern.finditer(text, start + MAX_SENTENCE_CHARS // 3,
                                                         window_end)]
            if matches:
                cut = matches[-1]
                break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    trimmed = []
    for piece_start, piece_end in pieces:
        piece = text[piece_start:piece_end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            trimmed.append((piece_start + lead, piece_end - trail))
    return trimmed


#: A title abbreviation before a name ("Gov. Abbott", "the Rev. Michael Smith", "Lt. Gov.
#: Dan Patrick") that the segmenter may take for a sentence's end.
_TITLE_AT_END = re.compile(r"(?:^|[\s(])(?:" + "|".join(
    a for a in vocabulary.words("english", "honorifics") if a not in ("Sr", "Sra")) + r")\.$")


def _title_breaks_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a break after a title abbreviation undone, when a capitalised word follows."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _TITLE_AT_END.search(text[joined[-1][0]:joined[-1][1]]) and \
                text[start:start + 1].isupper():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def split_sentences(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    """Sentences within each paragraph (a sentence never crosses a paragraph break); a
    span longer than MAX_SENTENCE_CHARS is cut into pieces (see `_capped`)."""
    sentences: list[Sentence] = []

    def add(paragraph: Paragraph, start: int, end: int) -> None:
        for piece_start, piece_end in _capped(text, start, end):
            sentences.append(Sentence(len(sentences) + 1, paragraph.index, piece_start,
                                      piece_end))

    for paragraph in paragraphs:
        block = text[paragraph.start : paragraph.end]
        if not _POSSIBLE_BREAK.search(block):  # one sentence: no need to run the segmenter
            add(paragraph, paragraph.start, paragraph.end)
            continue
        spans = []
        for syntok_paragraph in syntok_segmenter.analyze(block):
            for tokens in syntok_paragraph:
                if not tokens:
                    continue
                start = paragraph.start + tokens[0].offset
                end = paragraph.start + tokens[-1].offset + len(tokens[-1].value)
                end = min(end, paragraph.end)
                if text[start:end].strip():
                    spans.append((start, end))
        for start, end in _title_breaks_joined(text, spans):
            add(paragraph, start, end)
    return tuple(sentences)


def article_from_text(
    text: str,
    published: str | dt.date,
    article_id: str = "article",
    metadata: dict[str, Any] | None = None,
) -> Article:
    """An Article from text already in memory (tests, notebooks, other callers)."""
    date = parse_published(published)
    if date is None:
        raise InputError(f"{article_id}: no publication date given")
    paragraphs = split_paragraphs(text)
    return Article(
        article_id=article_id,
        text=text,
        published=date,
        metadata=dict(metadata or {}),
        paragraphs=paragraphs,
        sentences=split_sentences(text, paragraphs),
    )


def load_article(path: str | Path, published: str | dt.date | None = None) -> Article:
    """Read ARTICLE.txt and the ARTICLE.yml beside it.

    `published` (ISO string or date) overrides the metadata's date; one of the two must
    exist, since relative dates ("last week", "in December") are resolved against it.
    """
    path = Path(path)
    data = read_limited(path)
    text, _, note = decode_article_bytes(data, str(path))
    notes = [note] if note else []
    if looks_like_html(text):
        text = html_article_text(text, str(path))
        notes.append(f"{path}: an HTML page; its article text was extracted, and offsets "
                     "index that text")
    metadata_path = path.with_suffix(".yml")
    metadata = read_metadata(metadata_path)
    date = parse_published(published)
    if date is None and metadata.get("published") is not None:
        date = parse_published(metadata["published"] if isinstance(metadata["published"], dt.date)
                               else str(metadata["published"]), f"{metadata_path}: published")
    if date is None:
        raise InputError(
            f"{path}: no publication date; add 'published: YYYY-MM-DD' to "
            f"{metadata_path.name} or pass --published"
        )
    warning = future_date_warning(date, str(path))
    if notes or warning:
        metadata = {**metadata, "notes": notes, "warnings": [warning] if warning else []}
    return article_from_text(text, date, article_id=path.stem, metadata=metadata)


def read_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of an article file, refused past `limit`: counted on what is read, so a
    FIFO or a device (/dev/zero) cannot bypass the limit the way a stat() size can."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an article file")
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{path}: {size:,} bytes is too large for an article "
                             f"(limit {limit:,})")
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise InputError(f"{path}: more than {limit:,} bytes is too large for an article "
                         f"(limit {limit:,})")
    return data


def title_case(text: str) -> bool:
    """A headline in title case: most of its longer words capitalised ("Nine Migrants Rescued
    Near Presidio"), where capitalised runs name no one and numbers label nothing reliably."""
    words = [w for w in re.findall(r"[A-Za-z\u00c0-\u024f][\w'\u2019-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
