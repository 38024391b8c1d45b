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


def parse_published(value: str | dt.date | None, what: str = "--published") -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or a date; InputError for anything else."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise InputError(f"{what}: {value!r} is not a date in the form YYYY-MM-DD")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 (a BOM is dropped), or Windows-1252 when the bytes are not
    UTF-8 but read unambiguously as it (Latin-1 text is a subset); refuse anything else."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if b"\x00" in data:
        raise InputError(f"{name}: the file is binary, not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise InputError(f"{name}: not UTF-8 text (undecodable byte at offset {exc.start}) "
                             "and not Windows-1252 either; save it as UTF-8") from None
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f")
                   or 0x7F <= ord(ch) < 0xA0)
    if controls > max(8, len(text) // 100):
        raise InputError(f"{name}: the file is binary, not text")
    if not text.strip():
        raise InputError(f"{name}: the file has no text")
    return text, encoding


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
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: malformed metadata ({problem})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"{path}: metadata must be a mapping of keys to values")
    return data


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Blocks of non-blank lines; a text with no blank line at all splits on its lines."""
    separator = r"\n[ \t\r\f\v]*\n" if re.search(r"\n[ \t\r\f\v]*\n", text) else r"\n"
    spans: list[tuple[int, int]] = []
    position = 0
    for match in re.finditer(separator, text):
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


_POSSIBLE_BREAK = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+\S|\n")


def split_sentences(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    """Sentences within each paragraph (a sentence never crosses a paragraph break)."""
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        block = text[paragraph.start : paragraph.end]
        if not _POSSIBLE_BREAK.search(block):  # one sentence: no need to run the segmenter
            sentences.append(Sentence(len(sentences) + 1, paragraph.index, paragraph.start,
                                      paragraph.end))
            continue
        for syntok_paragraph in syntok_segmenter.analyze(block):
            for tokens in syntok_paragraph:
                if not tokens:
                    continue
                start = paragraph.start + tokens[0].offset
                end = paragraph.start + tokens[-1].offset + len(tokens[-1].value)
                end = min(end, paragraph.end)
                if text[start:end].strip():
                    sentences.append(Sentence(len(sentences) + 1, paragraph.index, start, end))
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
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an article file")
    if path.stat().st_size > MAX_BYTES:
        raise InputError(
            f"{path}: {path.stat().st_size:,} bytes is too large for an article "
            f"(limit {MAX_BYTES:,})"
        )
    text, encoding = decode_text(path.read_bytes(), str(path))
    notes = []
    if encoding != "utf-8":
        notes.append(f"{path}: not UTF-8; read as Windows-1252 ({encoding})")
    if looks_like_html(text):
        text = html_article_text(text, str(path))
        notes.append(f"{path}: an HTML page; its article text was extracted, and offsets "
                     "index that text")
    metadata_path = path.with_suffix(".yml")
    metadata = read_metadata(metadata_path)
    if notes:
        metadata = {**metadata, "notes": notes}
    date = parse_published(published)
    if date is None and metadata.get("published") is not None:
        date = parse_published(str(metadata["published"]), f"{metadata_path}: published")
    if date is None:
        raise InputError(
            f"{path}: no publication date; add 'published: YYYY-MM-DD' to "
            f"{metadata_path.name} or pass --published"
        )
    return article_from_text(text, date, article_id=path.stem, metadata=metadata)
