"""Every direct quotation, credited to its speaker by full name.

A quotation is text between quotation marks that reads as speech: at least four words and
not a title ("60 Minutes", "To the Other Side"), or a short sentence of its own ("Yes.").
Its speaker comes from the attribution around it ("said John Feeley", "Feeley said",
"López Obrador replied:", "adding:"), resolved to the fullest name the article gives; a
pronoun or a noun such as "the boy" is the person last named before the quotation; a
quotation with no attribution continues the previous quotation of its paragraph.

A quotation split by its attribution ("“...,” Feeley said, “...”") is two rows, one per
quoted span, both credited to the same speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from analysis.article import Article
from analysis.attribution import HONORIFICS, REPORTING_VERBS
from analysis.entities import find_people, person_mentions, resolve_name

COLUMNS = ["article_id", "quote_id", "speaker", "speaker_role", "quote", "char_start",
           "char_end", "paragraph", "sentence"]

SPEECH_VERBS = REPORTING_VERBS
_HONORIFIC = rf"(?:(?:the\s+)?(?:{HONORIFICS})\.\s+)"
_WHO = (r"(?P<who>(?:he|she|they|I|we)|" + _HONORIFIC + r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*"
        r"(?:\s+[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*){0,4}|"
        r"(?:the|a|an|one)\s+[\w\u00c0-\u024f\u2019'-]+"
        r"(?:\s+[\w\u00c0-\u024f\u2019'-]+){0,3}?|[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*"
        r"(?:\s+(?:de\s+|del\s+)?[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*){0,4})")
_AFTER_VERB_FIRST = re.compile(rf"^[,\s]*(?:{SPEECH_VERBS})\s+{_WHO}(?=[\s,.;:]|$)")
_APPOSITIVES = r"(?:(?:,[^,\u201c\u201d]{3,120}){1,3},)?"
_AFTER_WHO_FIRST = re.compile(rf"^[,\s]*{_WHO}{_APPOSITIVES}\s+(?:{SPEECH_VERBS})\b")
_BEFORE = re.compile(rf"{_WHO}{_APPOSITIVES}\s+(?:{SPEECH_VERBS})\b")
_NOT_SPEAKERS = {"when", "if", "as", "after", "before", "while", "asked", "once", "then", "but",
                 "and", "so", "because"}
_ADDING = re.compile(rf"\b(?:adding|added|continuing|he\s+added|she\s+added)\s*[:,]?\s*$", re.I)
_PRONOUNS = {"he", "she", "they", "i", "we"}
_PERSON_NOUNS = re.compile(r"^(?:the|a|an)\s+(?:young\s+|little\s+|small\s+)?(?:boy|girl|man|woman|"
                           r"child|kid|son|daughter|mother|father|migrant|teenager|toddler)$", re.I)
_QUOTE_PAIRS = [("\u201c", "\u201d"), ('"', '"')]


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # inner text, without the marks
    end: int


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Inner spans of every pair of quotation marks that reads as speech."""
    spans = []
    for opening, closing in _QUOTE_PAIRS:
        position = 0
        while (start := text.find(opening, position)) >= 0:
            end = text.find(closing, start + 1)
            if end < 0:
                break
            paragraph_break = text.find("\n\n", start, end)
            if paragraph_break >= 0:  # an open quote runs to the paragraph's end
                end = paragraph_break
                position = end
            else:
                position = end + 1
            inner = text[start + 1:end]
            attributed = bool(_AFTER_VERB_FIRST.match(text[end + 1:end + 200])
                              or _AFTER_WHO_FIRST.match(text[end + 1:end + 200]))
            if _reads_as_speech(inner) or (attributed and len(inner.split()) >= 2):
                spans.append(QuoteSpan(start + 1, end))
    return sorted(spans, key=lambda s: s.start)


def _reads_as_speech(inner: str) -> bool:
    words = re.findall(r"[\w\u00c0-\u024f\u2019'-]+", inner)
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    title_like = len(words) <= 6 and capitalised >= max(2, len(words) - 1)
    if title_like:
        return False
    return len(words) >= 4 or (len(words) >= 2 and bool(re.search(r"[.!?]\s*$", inner.strip())))


def _speaker_words(text: str, quote: QuoteSpan, sentence_start: int, sentence_end: int,
                   quotes: list[QuoteSpan]) -> tuple[str, str]:
    """(who, how): the attribution words for a quotation, and which rule found them."""
    after = text[quote.end + 1: sentence_end + 1]
    following = [q for q in quotes if q.start > quote.end and q.start < sentence_end]
    if following:
        after = text[quote.end + 1: following[0].start - 1]
    for pattern, how in ((_AFTER_VERB_FIRST, "after"), (_AFTER_WHO_FIRST, "after")):
        match = pattern.match(after)
        if match:
            return match.group("who"), how
    previous = [q for q in quotes if q.end < quote.start and q.end > sentence_start]
    before_start = previous[-1].end + 1 if previous else sentence_start
    before = text[before_start: quote.start - 1]
    if _ADDING.search(before) and previous:
        return "", "adding"
    candidates = [m for m in _BEFORE.finditer(before)
                  if m.group("who").split()[0].lower() not in _NOT_SPEAKERS
                  and not re.search(r"[.!?]\s", before[m.end():])]
    if candidates:
        return candidates[-1].group("who"), "before"
    return "", ""


def extract_quotes(article: Article) -> pd.DataFrame:
    """The quotes table of DESIGN.md: one row per quoted span, with its speaker."""
    text = article.text
    people = find_people(article)
    roles = {p.name: p.role for p in people}
    spans = find_quote_spans(text)
    inside = lambda position: any(s.start <= position < s.end for s in spans)  # noqa: E731
    mentions = [(pos, name) for pos, name in person_mentions(article, people) if not inside(pos)]
    rows: list[dict] = []
    for span in spans:
        sentence = next((s for s in article.sentences if s.start <= span.start < s.end + 1),
                        article.sentences[-1])
        paragraph = article.paragraphs[sentence.paragraph - 1]
        who, how = _speaker_words(text, span, max(paragraph.start, sentence.start),
                                  paragraph.end, spans)
        speaker = ""
        if how == "adding" or (not who and rows and rows[-1]["paragraph"] == sentence.paragraph):
            speaker = rows[-1]["speaker"] if rows else ""
        elif who:
            lowered = who.lower()
            if lowered in _PRONOUNS or _PERSON_NOUNS.match(who):
                earlier = [name for pos, name in mentions if pos < span.start]
                speaker = earlier[-1] if earlier else who
            elif who[0].isupper() or re.match(_HONORIFIC, who):
                speaker = resolve_name(re.sub(rf"^{_HONORIFIC}", "", who), people)
            else:
                speaker = re.sub(r"^(?:a|an|the)\s+", "", who)
        rows.append({
            "article_id": article.article_id, "quote_id": "", "speaker": speaker,
            "speaker_role": roles.get(speaker, ""), "quote": text[span.start:span.end],
            "char_start": span.start, "char_end": span.end, "paragraph": sentence.paragraph,
            "sentence": sentence.index,
        })
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["quote_id"] = [f"q{i:03d}" for i in range(1, len(table) + 1)]
    return table
