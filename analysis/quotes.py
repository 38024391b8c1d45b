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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import pandas as pd

from analysis import vocabulary
from analysis.article import Article
from analysis.attribution import GROUP_NOUNS, HONORIFICS, PARTY_STATE, REPORTING_VERBS
from analysis.entities import (AMBIGUOUS, TITLE_WORDS, find_people, genders, person_mentions, resolve_name,
                               title_case_headline_end)
from analysis.periods import MONTHS

COLUMNS = ["article_id", "quote_id", "speaker", "speaker_role", "quote", "char_start",
           "char_end", "paragraph", "sentence"]

SPEECH_VERBS = REPORTING_VERBS
_HONORIFIC = rf"(?:(?:the\s+)?(?:(?:{vocabulary.alternation('english', 'title_modifiers')})\s+)?" \
             rf"(?:{HONORIFICS})\.\s+)"  # ("said state Rep. Lorenzo Ybarra")
#: "his wife, Delia": a relative named by a given name alone.
_KIN_GIVEN = (r"(?:his|her|their)\s+(?:(?:younger|older|elder|eldest|youngest|little|baby)\s+)?(?:"
              + vocabulary.alternation("english", "kin_nouns") + r"),\s+"
              r"(?P<given>[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+),")
_WHO = (r"(?P<who>" + _KIN_GIVEN.replace("(?P<given>", "(?:")[:-1] + r"(?=,\s+(?:later\s+|also\s+)?(?:said|says|told|added)\b)|(?<![\w\u2019'-])(?:he|she|they|I|we|you)\b|" + _HONORIFIC + r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*"
        r"(?:\s+[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*){0,4}|"
        r"\b(?:the|a|an|one)\s+[\w\u00c0-\u024f\u2019'-]+"
        r"(?:\s+[\w\u00c0-\u024f\u2019'-]+){0,3}?"
        # "a spokesperson for the South Bay Union High School District": a long body's name
        r"(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?(?:[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*\s+){2,6}"
        r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*)?|[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*"
        r"(?:\s+(?:de\s+|del\s+|of\s+(?:the\s+)?|for\s+(?:the\s+)?)?[A-Z\u00c0-\u00de]"
        r"[\w\u00c0-\u024f.\u2019'-]*){0,6})")
_CAP = r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\u2019'-]*"
#: Words that close a title of several words: "Special Agent in Charge".
_TITLE_TAILS = "|".join(vocabulary.words("english", "title_tails"))
#: A title of several words before a name: "Secretary of Labor", "U.S. Attorney for the
#: Western District of Texas", "Senate Majority Leader" (capitalised words and connectors).
_TITLE_MODIFIERS = "|".join(vocabulary.words("english", "title_modifiers"))
_LONG_TITLE = (rf"(?:(?:(?:{_TITLE_MODIFIERS})[ \t-]+)?{_CAP}"
               rf"(?:\s+(?:of|for|the|and|on|de|del|to(?=\s+(?:the\s+)?[A-Z])|"  # "Ambassador to Mexico"
               rf"in(?=\s+(?:{_TITLE_TAILS})\b))\b)*\s+){{1,8}}")
#: "said Secretary of Labor Jane Doe", "said Sen. Jane Doe (D-Conn.)": a speaker after the verb.
_WHO_AFTER_VERB = (rf"(?P<who>(?:{_HONORIFIC}|{_LONG_TITLE})?{_CAP}(?:\s+(?:de\s+|del\s+)?{_CAP}){{0,4}}"
                   r"|(?:he|she|they|I|we)"
                   r"|\b(?:the|a|an|one)\s+[\w\u00c0-\u024f\u2019'-]+(?:\s+[\w\u00c0-\u024f\u2019'-]+){0,3}?)")
_PARTY = rf"(?:\s*{PARTY_STATE})?"
_AFTER_VERB_FIRST = re.compile(rf"^[,\s]*(?:{SPEECH_VERBS})\s+{_WHO_AFTER_VERB}{_PARTY}(?=[\s,.;:]|$)")
#: A role, then the person's name set off by commas, after a quotation: "“…,” Sonora's
#: economy secretary, Lorena Vázquez Ochoa, said", "“…,” said her husband, Gerald Hofmann."
_ADVERB = r"(?:\s+(?:has|have|had|also|later|then|once|so|very|[a-z]+ly|I\s+think|I\s+believe)){0,4}"
_ROLE_THEN_NAME = (r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:" + _CAP +
                   r"(?:'s|\u2019s)\s+)?(?:[\w.\u2019'-]+\s+){0,4}?[a-z][\w-]*\s*,\s+(?P<who>"
                   + _CAP + r"(?:\s+(?:de\s+|del\s+)?" + _CAP + r"){1,4})")
_ROLE_NAME_VERB = re.compile(rf"^[,\s]*{_ROLE_THEN_NAME}\s*,{_ADVERB}\s+(?:{SPEECH_VERBS})\b")
_VERB_ROLE_NAME = re.compile(rf"^[,\s]*(?:{SPEECH_VERBS})\s+{_ROLE_THEN_NAME}\s*(?=[.;]|,\s+(?:in|at|on|"
                             rf"during|after|before|who|adding|when)\b|,\s+\d{{1,3}}\b|$)")
#: A title with lowercase words before the name, after a quotation: "“…,” White House press
#: secretary Dana Whitfield said" (the last lowercase word must be a title: see `_speaker_words`).
_TITLE_NAME_VERB = re.compile(rf"^[,\s]*(?:the\s+)?(?:{_CAP}\s+){{0,4}}(?P<role>(?:[a-z][\w-]*\s+){{1,3}})"
                              rf"(?P<who>{_CAP}(?:\s+(?:de\s+|del\s+)?{_CAP}){{1,3}}){_ADVERB}\s+(?:{SPEECH_VERBS})\b")
_ACCORDING_TO = re.compile(rf"^[,\s]*according\s+to\s+{_WHO_AFTER_VERB}{_PARTY}(?=[\s,.;:]|$)")
#: "…,” according to a statement from the Border Patrol's Yuma Sector / according to a CBP fact
#: sheet: the body whose document it is.
_DOCUMENTS = r"(?:statement|fact\s+sheet|report|news\s+release|release|post|letter|memo|filing|complaint|" \
             r"analysis|study|estimate|assessment|audit|survey)"
_ACCORDING_TO_DOCUMENT_OF = re.compile(
    rf"^[,\s]*according\s+to\s+(?:a|an|the)\s+(?:written\s+|joint\s+)?{_DOCUMENTS}\s+(?:from|by|of|"
    rf"issued\s+by)\s+(?P<who>(?:the\s+)?{_CAP}(?:[\s-]+(?:of\s+|and\s+|for\s+)?{_CAP}){{0,6}})"
    rf"(?=[\s,.;:]|$)")
_ACCORDING_TO_BODYS_DOCUMENT = re.compile(
    rf"^[,\s]*according\s+to\s+(?:a|an|the)\s+(?P<who>[A-Z]{{2,6}}|{_CAP}(?:\s+{_CAP}){{0,3}}"
    rf"['\u2019]s)\s+(?:written\s+|joint\s+)?{_DOCUMENTS}\b")
#: "“…,” according to testimony Tuesday from Border Patrol Agent Lucas Perales": the witness.
_ACCORDING_TO_TESTIMONY = re.compile(
    rf"^[,\s]*according\s+to\s+(?:sworn\s+)?(?:testimony|remarks|comments)(?:\s+[\w.]+){{0,2}}?\s+"
    rf"(?:from|by|of)\s+(?P<who>{_CAP}(?:[\s-]+{_CAP}){{0,5}})(?=[\s,.;:]|$)")
#: "We are not saying, “…”", "I keep telling them: “…”": the speaker in the first person.
_FIRST_PERSON_BEFORE = re.compile(rf"\b(?P<who>I|[Ww]e)\s+(?:(?:am|are|was|were|have|had|will|would|"
                                  rf"do|did|keep|kept)\s+(?:not\s+|n['\u2019]t\s+)?)?(?:{SPEECH_VERBS}|"
                                  rf"saying|telling(?:\s+\w+)?)\s*[,:]?\s*$")
#: "According to Border Patrol Chief Jane Doe, “…”": the attribution right before the quote.
_ACCORDING_BEFORE = re.compile(rf"\b[Aa]ccording\s+to\s+{_WHO_AFTER_VERB}{_PARTY}\s*,\s*"
                               # "According to Villaseñor, the school's budget is “…”": the
                               # words that follow, in a clause that reports no one else
                               rf"(?:(?![^\u201c\u201d\".;:]*\b(?:{SPEECH_VERBS}|called|calls|described|"
                               rf"describes|dubbed)\b)[^\u201c\u201d\".;:A-Z]{{0,120}})?$")
#: Between a name and its verb: an age, a title, a party ("Diego, 9, said"; "Doe, the mayor, said").
_APPOSITIVES = r"(?:,\s*\d{1,3}(?:,[^,\u201c\u201d]{3,120}){0,2},|(?:,[^,\u201c\u201d]{3,120}){1,3},)?"
#: Auxiliaries and adverbs between a speaker and the verb: "has so powerfully said".
_AFTER_WHO_FIRST = re.compile(rf"^[,\s]*{_WHO}{_PARTY}{_APPOSITIVES}"
                              rf"(?:,(?=\s+(?:later\s+|also\s+)?(?:said|says|told|added)\b))?"  # "his wife, Delia,"
                              rf"{_ADVERB}\s+(?:{SPEECH_VERBS})\b")
_BEFORE = re.compile(rf"{_WHO}{_PARTY}{_APPOSITIVES}(?:,(?=\s+(?:once\s+|later\s+|also\s+)?(?:told|said)\b))?"
                     rf"{_ADVERB}\s+(?:{SPEECH_VERBS})\b")  # ("…, Luis Almanza, told me")
#: "“…” — White House spokesperson Abigail Jackson": a dash and the speaker after a quote.
_DASH_AFTER = re.compile(rf"^\s*(?:[\u2014\u2013]|-{{1,2}})\s*(?P<who>[\w\u00c0-\u024f.,\u2019' -]{{0,100}}?"
                         rf"{_CAP}\s+{_CAP}){_PARTY}\s*$")
#: Degrees after a name, dropped before an attribution is read: "Mark E. Green, MD (R-Tenn.)".
_DEGREES = re.compile(r",\s*(?:" + "|".join(re.escape(d) for d in vocabulary.words(
    "english", "degrees")) + r")(?=[\s,(])")
#: "Chair Doe on the Border Crisis: “…”": a release's label, the speaker and the topic.
#: A name with its title, on one line: "Chairman Mark Green", "Sen. Jane Doe".
_TITLED_RUN = rf"(?:{_HONORIFIC}|{_LONG_TITLE})?{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
_LABEL_ON = re.compile(rf"^\s*(?P<who>{_TITLED_RUN}){_PARTY}"
                       rf"\s+on\s+[^:\u201c\u201d\n]{{2,120}}:\s*$")
#: A paragraph or headline led by a titled speaker's label: "Chairman Doe: We Must Address
#: the “…”", "Chairman Doe on the Crisis: Numbers Show “…”".
_LEAD_LABEL = re.compile(rf"^(?P<who>{_TITLED_RUN})"
                         rf"{_PARTY}(?:[ \t]+on[ \t]+[^:\n\u201c\u201d]{{2,100}})?:[ \t]")


#: A release's headline: a titled name, a verb in the present ("Slams", "Urges", "Says") and a
#: colon before the quotation: "Chairman Doe Slams Biden’s Visit: “…”".
_HEADLINE_VERB = re.compile(rf"^\s*(?P<who>(?:{_HONORIFIC}|{_LONG_TITLE})?{_CAP}(?:[ \t]+{_CAP}){{0,2}}?)"
                            rf"{_PARTY}[ \t]+(?:{'|'.join(vocabulary.words('english', 'headline_verbs'))})\b"
                            rf"[^:\n\u201c\u201d]{{0,120}}:\s*$")


def _label_speaker(text: str, position: int) -> str:
    """The titled speaker whose label leads the paragraph holding `position`; ''."""
    start = text.rfind("\n", 0, position) + 1
    match = _LEAD_LABEL.match(text, start, position)
    if not match or "\u201c" in text[start:match.end()]:
        return ""
    who = match.group("who")
    if who.isupper():
        return ""  # a transcript's turn ("MS. DOE:"): its quotations may be anyone's
    title, name = split_speaker(who)
    return who if title and name and name[0].isupper() else ""


#: "Greg Doe, who lost his son to fentanyl: “…”": a full name leading its paragraph, an
#: appositive that describes the person, and a colon before the quotation.
_NAMED_APPOSITIVE = re.compile(rf"^\s*(?P<who>(?:{_HONORIFIC}|{_LONG_TITLE})?{_CAP}(?:[ \t]+{_CAP}){{1,3}})"
                               rf"{_PARTY},[ \t]+(?:who|whose|a|an|the|whom)\b[^:\u201c\u201d\n]{{3,160}}:\s*$")
#: "Senator Tillis, “…”", "Doe: “…”": a titled name or a name and a colon right before.
_NAMED_BEFORE = re.compile(rf"(?:^|[\s(\u2014-])(?P<who>(?:{_HONORIFIC}|{_LONG_TITLE})?{_CAP}"
                           rf"(?:[ \t]+{_CAP}){{0,3}}){_PARTY}\s*(?P<mark>[,:])\s*$")
_NOT_SPEAKERS = {"when", "if", "as", "after", "before", "while", "asked", "once", "then", "but",
                 "and", "so", "because", "like", "just", "since"}
_ADDING = re.compile(rf"\b(?:adding|added|continuing|he\s+added|she\s+added)\s*[:,]?\s*$", re.I)
_PRONOUNS = {"he", "she", "they", "i", "we"}
#: Words that a speaker's place can hold but that name no one.
_NOT_NAMES = {"the", "a", "an", "another", "other", "others", "one", "some", "this", "that",
              "these", "those", "each", "both", "either", "neither", "such"}
#: Words that stand where a speaker would but name nobody: a generic "you" ("You say, “…”"),
#: "it", "this", "everyone".
_NOBODY = set(vocabulary.words("english", "impersonal_pronouns"))
#: A passive "told" right before a quotation: the words are someone else's ("we were told,").
_TOLD_PASSIVE = re.compile(r"\b(?:was|were|been|being|got|get)\s+told\s*[,:]?\s*[\u201c\"]?$", re.I)
#: Someone unnamed given as the source of the words that follow ("the answer I got from
#: somebody at FEMA was,").
_UNNAMED_SOURCE = re.compile(r"\b(?:from|by)\s+(?:somebody|someone|a|an|one)\b[^.\u201c\"]{0,60}"
                             r"(?:was|were|is|said|says|wrote|read)?\s*[,:]\s*[\u201c\"]?$", re.I)
#: A speaker reading words out before a colon ("I'll quote it:", "I'm reading from the log:").
_READ_OUT = re.compile(r"\b(?:I|we)(?:['\u2019](?:ll|m|re))?\s+(?:will\s+|am\s+|are\s+)?(?:quote|quoting|"
                       r"read|reading|cite|citing)\b[^.\u201c\"]*:\s*[\u201c\"]?$", re.I)
_PERSON_NOUNS = re.compile(r"^(?:the|a|an)\s+(?:young\s+|little\s+|small\s+)?(?:boy|girl|man|woman|"
                           r"child|kid|son|daughter|mother|father|migrant|teenager|toddler)$", re.I)
_QUOTE_PAIRS = [("\u201c", "\u201d"), ('"', '"')]


#: The longest run of paragraphs read as one quotation opened once and closed once.
_LONG_QUOTATION = 20_000


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # inner text, without the marks
    end: int


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Inner spans of every pair of quotation marks that reads as speech."""
    spans = []
    closers: set[int] = set()  # straight marks that closed a curly quotation
    last_opening = text.rfind("\u201c")
    below = _BELOW.search(text) if last_opening >= 0 else None
    below_at = below.end() if below else len(text) + 1  # where remarks announced below start
    for opening, closing in _QUOTE_PAIRS:
        position = 0
        while (start := text.find(opening, position)) >= 0:
            if start in closers:
                position = start + 1
                continue
            end = text.find(closing, start + 1)
            if opening == "\u201c" and end >= 0:
                # “…," said Port Director Jane Roe. “…”: a straight mark closes the first
                # quotation when another opens before the curly close
                straight = text.find('"', start + 1, end)
                reopened = text.find("\u201c", start + 1, end)
                if 0 <= straight < reopened:
                    end = straight
                    closers.add(straight)
            if end < 0 and opening == "\u201c" and start == last_opening and below_at <= start \
                    and len(text) - start <= _LONG_QUOTATION:
                end = len(text.rstrip())  # remarks announced below, opened and never closed
            if end < 0:  # never closed: the quotation runs to its paragraph's end
                end = text.find("\n\n", start)
                end = len(text.rstrip()) if end < 0 else end
            if opening == "\u201c" and text.find("\n\n", start, end) >= 0 and \
                    text.find("\u201c", start + 1, end) < 0 and end - start <= _LONG_QUOTATION:
                # remarks printed inside one pair of marks across paragraphs: a row for each
                # paragraph, so that each continues the one before
                for paragraph in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text[start + 1:end]):
                    if paragraph.group(0).strip():
                        spans.append(QuoteSpan(start + 1 + paragraph.start(), start + 1 + paragraph.end()))
                position = end + 1
                continue
            paragraph_break = text.find("\n\n", start, end)
            if paragraph_break >= 0:  # an open quote runs to the paragraph's end
                end = paragraph_break
                position = end
            else:
                position = end + 1
            inner = text[start + 1:end]
            attributed = bool(_AFTER_VERB_FIRST.match(text[end + 1:end + 200])
                              or _AFTER_WHO_FIRST.match(text[end + 1:end + 200]))
            if _reads_as_speech(inner) or (attributed and len(inner.split()) >= 2) \
                    or _quoted_from_a_named_speaker(text, start, inner) \
                    or (len(inner.split()) >= 2 and _label_speaker(text, start)):
                spans.append(QuoteSpan(start + 1, end))
    # A quotation nested inside another belongs to the outer one: not a row of its own.
    # One sweep in order of start (longest first): a span ending before the furthest end
    # seen so far lies inside an earlier one.
    outer, furthest = [], -1
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end)):
        if span.end > furthest or not outer:
            outer.append(span)
        furthest = max(furthest, span.end)
    return outer


class _Positions:
    """(position, value) pairs in text order, sliced by bisection so that looking up what
    lies between two quotations costs a logarithm, not a pass over the whole article."""

    def __init__(self, pairs):
        self.pairs = sorted(pairs, key=lambda pair: pair[0])
        self.positions = [position for position, _ in self.pairs]

    def between(self, low: int, high: int) -> list:
        """The pairs with low <= position < high."""
        return self.pairs[bisect_left(self.positions, low):bisect_left(self.positions, high)]


#: "A supervisor at Otay Mesa, Frank Delgado, once told me,": a role, then its name set off.
_LOWER_HONORIFICS = vocabulary.alternation("english", "lowercase_honorifics")
#: "A young mother from Venezuela, Yessenia, told me": someone unnamed, then a given name alone.
_PERSON_COMMA_GIVEN_NAME = re.compile(
    r"(?:^|[.;:]\s+)(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:" + vocabulary.alternation("english", "person_nouns") + r")\b(?P<where>[^,\u201c\u201d\".;]{0,40}),"
    rf"\s*(?P<name>{_CAP}),{_ADVERB}\s+(?:{SPEECH_VERBS})\b[^\u201c\u201d\".;]{{0,80}}$")
_ROLE_COMMA_NAME = re.compile(rf"(?:^|[.;:]\s+)(?:(?:And|But|So)\s+)?"
                              # "At the hearing, the chairman, Rep. Dale Whitcomb, R-Okla., said"
                              r"(?:(?:At|In|On|During|After|Before|Outside|Inside)\s[^,\u201c\u201d\".;]{2,100},\s+)?"
                              rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+"
                              # ("the U.S. commissioner of the International Boundary and Water
                              # Commission, Estevan Ybarra, told our board")
                              rf"(?:[^,\u201c\u201d\".;]|U\.S\.){{2,80}},\s*(?:(?:{_LOWER_HONORIFICS})\s+)?"
                              rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})(?:{_PARTY}|,\s*[DRI][-\u2013][A-Z][A-Za-z.]*)\s*,"
                              rf"{_ADVERB}\s+(?:{SPEECH_VERBS})\b[^\u201c\u201d\".;]{{0,80}}$")
#: What may stand before a sentence's subject named first: "Judge ", "His attorney, ".
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:His|Her|Their|The|Its)\s+[\w\s'\u2019-]{1,40}?,\s*)?"
                           rf"(?:(?:{HONORIFICS})\.\s+|(?:[A-Z][a-z]+\s+){{0,2}})?")
#: An object that carries the quoted words, after a reporting verb: " a post on a social media
#: app offering ", " a sign reading ".
_THING_CARRIES = re.compile(r"\s+(?:a|an|the|this|that|one|his|her|their)\s+[^\u201c\u201d\".;:]{0,80}?"
                            r"\b(?:" + vocabulary.alternation("english", "carrying_participles")
                            + r")\s*$")
_MAKING_VERB = re.compile(r"\b(?:" + vocabulary.alternation("english", "making_verbs") + r")$")
#: "Mexico's National Water Commission, which warned in a bulletin that levels would remain ":
#: a name, then a relative clause whose verb reports its words.
_WHICH_SAID = re.compile(rf"(?P<who>(?:{_CAP}['\u2019]s\s+)?{_CAP}(?:\s+(?:of\s+|for\s+|and\s+|the\s+|de\s+)*"
                         rf"{_CAP}){{0,7}}),\s+(?:which|who)\s+(?:also\s+|later\s+|then\s+)?"
                         rf"(?:{SPEECH_VERBS})\b[^\u201c\u201d\".;]{{0,140}}$")
#: "The commission wrote that any fixtures ": a body named by its kind, then the verb.
_BODY_BEFORE = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<who>[Tt]he\s+(?P<noun>[a-z]+))\s+"
                          rf"(?:also\s+)?(?:{SPEECH_VERBS})\b(?:\s+that)?[^.!?;\u201c\u201d\"]*$")
#: "called her “…”", "described the plan as “…”": someone's words about someone or something.
_CALLED_BEFORE = re.compile(r"\b(?:called|calls|described|describes|dubbed|dubs|labell?ed|labels|branded|brands)\s+(?:[^\u201c\u201d\".;:]{1,140}?"
                            r"\s+)?(?:as\s+)?$")
_WHAT_X_CALLED = re.compile(rf"\bwhat\s+(?P<who>{_CAP}(?:\s+{_CAP}){{0,3}})\s+(?:has\s+|had\s+)?(?:called|"
                            r"calls|described\s+as|describes\s+as|termed|dubbed)\s*$")
_NAMING_BEFORE = re.compile(r"(?:so-called|called|dubbed|named|known\s+as|labell?ed|termed|as|"
                            r"the|a|an|of|word|phrase|term)\s*$", re.I)


def _quoted_from_a_named_speaker(text: str, start: int, inner: str) -> bool:
    """A word or two quoted from someone the clause names with a reporting verb:
    "Rep. Jane Roe reminds migrants to “protect” themselves". A word after "so-called",
    "called" or "as" is a name or a scare quote instead."""
    words = inner.split()
    if not words or len(words) > 3 or not inner[:1].isalpha() or (
            inner[:1].isupper() and not re.search(r"[.!?]$", inner.strip())):
        return False
    window = max(0, start - 600)  # a clause is no longer than a sentence (article.py caps them)
    clause_start = max(text.rfind(". ", window, start), text.rfind("\n", window, start),
                       window - 1) + 1
    before = text[clause_start:start]
    if _NAMING_BEFORE.search(before) and not re.search(r"\b(?:an?|the)\s*$", before) or \
            re.search(r"(?:so-called|called|dubbed|known\s+as|as)\s*$", before, re.I):
        return False
    return any(m.group("who")[0].isupper() and m.group("who").lower() not in _PRONOUNS
               and m.group("who").split()[0].lower() not in _NOT_SPEAKERS
               for m in _BEFORE.finditer(before))


def _reads_as_speech(inner: str) -> bool:
    words = re.findall(r"[\w\u00c0-\u024f\u2019'-]+", inner)
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    title_like = len(words) <= 6 and capitalised >= max(2, len(words) - 1)
    if title_like:
        return False
    return len(words) >= 4 or (len(words) >= 2 and bool(re.search(r"[.!?]\s*$", inner.strip())))


#: A preposition before a name: "A woman in Reynosa told our crew", "At a hearing of the
#: Subcommittee on Border Security, the chairman, Rep. Dale Whitcomb, said": a place or a
#: body the sentence is set in, not who speaks.
_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|[Ii]nside|[Oo]f|[Oo]n|"
                                 r"[Dd]uring|[Bb]efore|[Ff]or|[Ww]ith|[Bb]y|[Aa]cross|[Aa]long|[Ii]nto|"
                                 r"[Uu]nder)\s+(?:(?:the|a|an)\s+)?"
                                 # the rest of a name the run of capitals belongs to
                                 r"(?:[A-Z][\w.\u2019'-]*\s+(?:(?:and|of|on|for|the|de|del)\s+)*)*$")


def _subjects_before(before: str) -> list[re.Match]:
    """The "Name (appositives) said" clauses of `before`, left to right. A name set after a
    preposition is no subject: the search goes on after it, so that the appositive person
    ("…, the chairman, Rep. Dale Whitcomb, R-Okla., said") is found."""
    found, position, rejected_end = [], 0, -1
    while (m := _BEFORE.search(before, position)):
        if (_PREPOSITION_BEFORE.search(before[:m.start("who")]) or
                # "The mayor of Nogales, Arizona, Jorge Maldonado, said": the place's own
                # appositive ("Arizona") is no subject either
                rejected_end >= 0 and re.fullmatch(r",\s*", before[rejected_end:m.start("who")])
                and re.match(r"\s*,[^,]{2,80},", before[m.end("who"):m.end()])) and \
                not _ON_BEHALF.search(before[:m.start("who")]):  # ("A spokesperson for Sen. X said")
            position = rejected_end = m.end("who")
            continue
        found.append(m)
        position = m.end()
    return found


def _speaker_words(text: str, quote: QuoteSpan, sentence_start: int, sentence_end: int,
                   quotes: list[QuoteSpan], index: int) -> tuple[str, str]:
    """(who, how): the attribution words for a quotation (`quotes[index]`, the spans in
    text order), and which rule found them."""
    following = quotes[index + 1] if index + 1 < len(quotes) else None
    if following is not None and following.start < sentence_end:
        after = text[quote.end + 1: following.start - 1]
    else:
        after = text[quote.end + 1: sentence_end + 1]
    # A quotation closed by a full stop ends its sentence: what follows is the next
    # sentence, not its attribution ("“… ever.” Then Johnson replied: …").
    closed = text[quote.start:quote.end].rstrip().endswith(".")
    # "a Honduran woman …, who asked me, “Do you have children?” I said yes": a quotation
    # its own clause introduces; what follows it is the next sentence, not its attribution
    introduced = re.search(rf"\b(?:{SPEECH_VERBS})(?:\s+(?:me|us|him|her|them))?\s*[,:]\s*$",
                           text[sentence_start:max(sentence_start, quote.start - 1)])
    patterns = ((_DASH_AFTER, "after"),) if closed or introduced else (
        (_ROLE_NAME_VERB, "after"), (_VERB_ROLE_NAME, "after"), (_TITLE_NAME_VERB, "after"),
        (_AFTER_VERB_FIRST, "after"), (_AFTER_WHO_FIRST, "after"),
        (_ACCORDING_TO_DOCUMENT_OF, "document"), (_ACCORDING_TO_BODYS_DOCUMENT, "document"),
        (_ACCORDING_TO_TESTIMONY, "document"),
        (_ACCORDING_TO, "after"), (_DASH_AFTER, "after"), (_OWNERS_DOCUMENT_SAID, "document"))
    after = _DEGREES.sub("", after)
    for pattern, how in patterns:
        match = pattern.match(after)
        if match and pattern is _TITLE_NAME_VERB and \
                match["role"].split()[-1].lower() not in TITLE_WORDS:
            continue  # "“…,” the crowd in Nogales Juan said": no title before the name
        if match and re.match(r"(?:And|But|Then|So|Or)\s", match.group("who")):
            continue  # "“Mamá, do you live there now?” And I say, “For now, yes.”": a new clause
        if match:
            if _first_sentence_of(match.group("who")) == match.group("who") and \
                    re.match(rf"{_PARTY}\s*,?\s+and\s+[A-Z]", after[match.end("who"):]):
                return "", "plural"  # "said Sens. Jane Doe and John Roe": two speakers
            return match.group("who"), how
    if not closed and (found := _DOCUMENT_VERB_AFTER.match(after)):
        return found["who"], "after"  # "“The delays are not random,” the report found."
    previous = [quotes[index - 1]] if index and sentence_start < quotes[index - 1].end \
        < quote.start else []
    before_start = previous[-1].end + 1 if previous else sentence_start
    before = _DEGREES.sub("", text[before_start: quote.start - 1])
    if _ADDING.search(before) and previous:
        return "", "adding"
    if previous and re.search(r"[,:]\s*$", before) and not _SENTENCE_END.search(before) and (
            _AFTER_VERB_FIRST.match(before) or _AFTER_WHO_FIRST.match(before)):
        # "“…,” said Jane Doe, President of the BTA, “…”": the attribution between the two
        # quotations is the first one's, and the second goes on in the same voice
        return "", "adding"
    given = _PERSON_COMMA_GIVEN_NAME.search(before)
    if given and not re.search(r"\b(?:capital|city|town|state|country|village|region|province|"
                               r"border|port|shelter|camp|county)\b", given["where"], re.I) \
            and not _is_title_word(given["name"]) and not _SENTENCE_END.search(before[given.end():]):
        return given["name"], "before"  # "A young mother from Venezuela, Yessenia, told me
        # last week, “…”": a person set off by a given name alone
    role_name = _ROLE_COMMA_NAME.search(before)
    if role_name and (not _is_title_word(role_name["name"].split()[0]) or (  # "Rep. Dale Whitcomb"
            len(role_name["name"].split()) >= 3 and role_name["name"].split()[0].endswith(".")
            and not any(_is_title_word(w) for w in role_name["name"].split()[1:]))) and \
            not _BODY_WORD.search(role_name["name"]) and not _SENTENCE_END.search(before[role_name.end():]):
        return role_name["name"], "before"  # "A supervisor at Otay Mesa, Frank Delgado, once
        # told me, “…”": the name set off after the role
    candidates = [(m, _without_lead(m.group("who"))) for m in _subjects_before(before)
                  if not re.search(r"[.!?]\s", before[m.end():])
                  # "said in its September report that …": a noun after a determiner, no subject
                  and not re.search(r"\b(?:its|their|his|her|our|my|an?)\s+$", before[:m.start("who")], re.I)]
    candidates = [(m, who) for m, who in candidates if who]
    def bare(who: str) -> str:  # ("I" and "I'll" are one subject)
        return re.sub(r"['\u2019](?:ll|ve|d|m|re|s)$", "", who.lower())

    if len(candidates) >= 2 and bare(candidates[-2][1]) != bare(candidates[-1][1]) and \
            re.search(r",\s+and\s+$", before[:candidates[-1][0].start("who")]):
        return "", ""  # "He said to me, and I wrote it down, “…”": two reporting clauses,
        # either of whose subjects may be the one quoted
    if candidates:
        match, who = candidates[-1]
        if _THING_CARRIES.match(before[match.end():]) and not _MAKING_VERB.search(match.group(0)):
            return "", ""  # "Doe answered a post offering “fast money”": the post's words
        if _ON_BEHALF.search(before[: match.start("who")]):
            # "A spokesperson for Gov. Abbott, Andrew Mahaleris, said": the spokesperson named
            named = re.match(rf"\s*(?:{PARTY_STATE})?\s*,\s*(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})\s*,",
                             before[match.end("who"):])
            if named and not _is_title_word(named["name"].split()[0]):
                return named["name"], "before"
            return "", "behalf"  # "a spokesperson for Governor Jane Doe said": not Doe herself
        if (body := re.search(r"(?:^|\s)((?:[A-Z][\w.\u2019'-]*\s+){1,4})and\s+$",
                              before[: match.start("who")])) and \
                _BODY_WORD.search(f"{body[1]}and {who}"):
            return f"{body[1]}and {who}", "before"  # "U.S. Customs and Border Protection said"
        if re.search(r"\band\s+$", before[: match.start("who")]) and not _CLAUSE_THEN_AND.search(
                before[: match.start("who")]):
            return "", "plural"  # "Jane Doe (D-Conn.) and John Roe (R-Okla.) said": two speakers
        return who, "before"
    relative = _WHICH_SAID.search(before)
    if relative and not _SENTENCE_END.search(before[relative.end("who"):]) and not re.search(
            r"\b(?:in|at|of|from|near|for|with|(?<!according\s)to)\s+(?:the\s+)?$",
            before[:relative.start("who")], re.I):
        # (not "One agent in the San Diego Sector, who asked not to be named, told": a place)
        return relative["who"], "before"  # "according to Mexico's National Water Commission,
        # which warned in a bulletin that levels would remain “…”": the one the clause hangs on
    body = _BODY_BEFORE.search(before)
    if body and body["noun"] in _BODY_NOUNS:
        return body["who"], "before"  # "The commission wrote that any fixtures “…”": the one
        # body of that kind named before, read like "“…,” the commission said"
    document = _DOCUMENT_FROM_SAID.search(before)
    if document and _BODY_WORD.search(document["who"]) and not _SENTENCE_END.search(
            before[document.end():]):
        return document["who"], "document"  # "A statement from Guatemala's Foreign Ministry,
        # translated from Spanish, said the agreement “…”"
    first_person = _FIRST_PERSON_BEFORE.search(before)
    if first_person:
        return first_person.group("who"), "before"  # "We are not saying, “…”"
    according = _ACCORDING_BEFORE.search(before)
    if according and according.group("who")[0].isupper():
        return according.group("who"), "before"
    label = _LABEL_ON.match(before)
    if label:
        return label.group("who"), "before"
    headline = _HEADLINE_VERB.match(before)
    if headline and split_speaker(headline.group("who"))[0]:  # a title and a name
        return headline.group("who"), "before"  # "Chairman Doe Slams the Visit: “…”"
    appositive = _NAMED_APPOSITIVE.match(before) if _opens_paragraph_at(text, before_start) else None
    if appositive and not _SENTENCE_END.search(before):
        return appositive.group("who"), "labelled"
    named = _NAMED_BEFORE.search(before)
    if named and _titled_or_colon(named):
        who = named.group("who")
        if re.search(r"[\u2019']s\s", who):  # "Fox News’s Bill Melugin:", not "Biden’s Border Photo-Op:"
            who = re.split(r"[\u2019']s\s+", who)[-1]
            if not 2 <= len(who.split()) <= 3 or _is_title_word(who.split()[-1]):
                return "", ""
        return who, "before"
    if (what := _WHAT_X_CALLED.search(before)) and what["who"].lower() not in _PRONOUNS:
        return what["who"], "before"  # "what Knowles called “a federal vacuum at the river”"
    if _CALLED_BEFORE.search(before) and not _SENTENCE_BREAK.search(before):  # ("Rep. Doe, D-Calif., called")
        pronoun = re.match(r"\s*(?:(?:But|And|Yet)\s+(?P<q>he|she)|(?P<p>He|She))\s+(?:has\s+|had\s+|"
                           r"once\s+|also\s+|\w+ly\s+)*(?:called|calls)\b", before)
        if pronoun:
            return (pronoun["p"] or pronoun["q"]).lower(), "before"  # "She called a demand “…”"
        if len(text[quote.start:quote.end].split()) >= 4:
            # "Bishop Raymond Okafor …, called her “the most stubborn Christian I have ever
            # met”": words the sentence's subject spoke about someone
            return "", "participle"
    if _PARTICIPLE_BEFORE.search(before):  # "Mayorkas backtracked, saying that “…”"
        subject = re.match(rf"^\s*{_WHO}{_PARTY}", before)
        who = _without_lead(subject.group("who")) if subject else ""
        if who and who[0].isupper() and who.lower() not in _PRONOUNS:
            return who, "subject"
        return "", "participle"
    if not re.search(rf"\b(?:{SPEECH_VERBS})\b", before) and (
            label := _label_speaker(text, quote.start)):
        return label, "before"  # "Chairman Doe: We Must Address the “…”"
    return "", ""


_SUFFIXES = set(vocabulary.words("english", "name_suffixes"))
HONORIFIC_WORDS = set(vocabulary.words("english", "honorifics"))


def split_speaker(who: str) -> tuple[str, str]:
    """(title, name) of an attribution: "Secretary of Labor Jane Doe" -> ("Secretary of
    Labor", "Jane Doe"), "Sen. John Roe" -> ("Sen.", "John Roe"). After a title that names a
    body ("of Labor"), the name is the last two words, with initials and a suffix."""
    words = who.split()
    initialled = _initialled_name(words)
    if initialled:
        return initialled
    titled = [i for i, w in enumerate(words[:-1]) if _is_title_word(w)]
    if not titled:
        return "", who
    around = _name_before_body(words)
    if around:
        return around
    first = titled[0]
    start = titled[-1] + 1
    if any(w in ("of", "for", "the", "on", "to") for w in words[first:-1]):
        i = len(words) - (1 if words[-1] in _SUFFIXES else 0) - 1  # the surname
        while i - 1 > first and re.fullmatch(r"[A-Z]\.", words[i - 1]):
            i -= 1  # initials
        if i - 1 > first and words[i - 1][0].isupper():
            i -= 1  # the given name
        start = max(i, start)
    return " ".join(words[:start]), " ".join(words[start:])


_BODY_LINKS = {"for", "of", "from", "at", "with"}


def _initialled_name(words: list[str]) -> tuple[str, str] | None:
    """(title, name) around the one name written with a middle initial, the surest mark of a
    person in official prose: "Supervisory Official Antoinette T. Bacon of the Justice
    Department's Criminal Division" -> ("Supervisory Official of the Justice Department's
    Criminal Division", "Antoinette T. Bacon"). None without such a name, or with two."""
    found = [k for k in range(1, len(words) - 1)
             if re.fullmatch(r"[A-Z]\.", words[k]) and re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+",
                                                                   words[k - 1])
             and re.fullmatch(r"[A-Z][\w\u00c0-\u024f'\u2019-]+\.?", words[k + 1])]
    if len(found) != 1 or found[0] - 1 == 0 and found[0] + 2 == len(words):
        return None
    k = found[0]
    end = k + 2 + (1 if k + 2 < len(words) and words[k + 2].rstrip(",") in _SUFFIXES else 0)
    if end < len(words) and words[end] not in _BODY_LINKS:
        return None  # "Jane T. Doe Foundation": the name runs on into something else
    name = " ".join(words[k - 1:end])
    return _without_stop(" ".join(words[:k - 1] + words[end:])), name


def _is_title_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in TITLE_WORDS or lowered.rstrip(".") + "." in TITLE_WORDS \
        or word in _TITLE_TAILS.split("|")


def _name_before_body(words: list[str]) -> tuple[str, str] | None:
    """(title, name) when a name stands between its title and the body the title serves:
    "U.S. Attorney Jaime Esparza for the Western District of Texas", "Special Agent in
    Charge Jane Doe of HSI San Antonio". None for "Secretary of Labor Jane Doe"."""
    for k, word in enumerate(words):
        if word not in _BODY_LINKS or k < 3:
            continue
        j = k
        while j > 0 and words[j - 1][:1].isupper() and not _is_title_word(words[j - 1]):
            j -= 1
        if 2 <= k - j <= 4 and j > 0 and _is_title_word(words[j - 1]):
            return " ".join(words[:j] + words[k:]), " ".join(words[j:k])
        return None
    return None


def _without_stop(name: str) -> str:
    """A name without the full stop of its sentence ("Doe." -> "Doe"; "Biden Jr." kept)."""
    name = name.strip().rstrip(",;:")
    last = name.split()[-1] if name.split() else ""
    if last.endswith(".") and last.lower() not in {x.lower() for x in _SUFFIXES} \
            and not re.fullmatch(r"[A-Z]\.", last):
        name = name[:-1]
    return name


def _same_person(name: str, speaker: str) -> bool:
    return bool(name) and speaker.split()[-1:] == name.split()[-1:]


#: Words before a name that make someone else the speaker: "a spokesperson for", "an aide to".
_ON_BEHALF = re.compile(r"\b(?:spokes(?:wo)?man|spokesperson|aides?|representatives?|staff(?:er)?s?|"
                        r"officials?|lawyers?|attorneys?|office|campaign|allies|friends?|"
                        r"family)\s+(?:for|of|to|with)\s+(?:the\s+)?"
                        # "a spokesperson for Gov. Abbott": a title may stand before the name
                        r"(?:[A-Z][a-z]{0,12}\.?\s+){0,2}"
                        # "A spokesperson for U.S. Customs and Border Protection said"
                        r"(?:(?:U\.S\.|[A-Z][\w'\u2019-]*)\s+(?:(?:and|of|for|the)\s+)*){0,5}$", re.I)


#: A reporting participle that hands the quotation to the subject of the clause.
_PARTICIPLE_BEFORE = re.compile(rf",\u201d?\s*(?:saying|adding|noting|arguing|insisting|warning|"
                                rf"declaring|stating|explaining|writing|telling\s+\w+)"
                                # "telling Hollis that a shorter term “…”": the clause the quoted
                                # words finish (no other name or reporting verb in it)
                                rf"(?:\s+that(?:\s+(?![^.;\u201c\u201d\"]*(?:\b[A-Z][a-z]|\b(?:{SPEECH_VERBS})\b))"
                                rf"[^.;\u201c\u201d\"]{{1,160}}?)?)?\s*$")


def _without_lead(who: str) -> str:
    """"As President Trump", "Then Johnson": the name without a leading conjunction or
    adverb; '' when nothing that can speak is left."""
    words = who.split()
    while words and words[0].lower() in _NOT_SPEAKERS:
        words = words[1:]
    if words and words[0].lower() in ("what", "which", "how", "why", "where", "whatever", "all"):
        return ""  # "What I'll say is that a border agent … put it better: “…”": a clause
    if not words or not (words[0][0].isupper() or " ".join(words).lower() in _PRONOUNS | {"you"}
                         or words[0].lower() in ("the", "a", "an", "one")):
        return ""
    return " ".join(words)


def _titled_or_colon(match: re.Match) -> bool:
    """A name before a bare comma names a speaker only with a title ("Senator Tillis,");
    a colon is enough ("Doe:")."""
    if match.group("mark") == ":":
        return True
    first = match.group("who").split()[0].lower()
    return first in TITLE_WORDS or first.rstrip(".") + "." in TITLE_WORDS


#: "the President", "the Secretary", "the Speaker": a person named by a capitalised title.
_ROLE_MENTION = re.compile(r"\bthe\s+(?:" + "|".join(
    re.escape(t.capitalize()) for t in sorted(TITLE_WORDS, key=len, reverse=True)
    if t.isalpha() and t not in ("head", "father", "chief", "general", "vice")) + r")\b(?!\s+of\b)")
#: "Senator Jane Doe", "Sen. Doe": a title and a capitalised name.
_TITLED_NAME = re.compile(r"\b(?:" + "|".join(
    re.escape(t.rstrip(".").capitalize()) for t in sorted(TITLE_WORDS, key=len, reverse=True))
    + rf")\.?[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP})*)")
#: A body that speaks as itself: "The Department of Homeland Security said".
_ORGANISATION = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}(?:" + "|".join(
    w.capitalize() for w in vocabulary.words("english", "body_words"))
    + r")(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s*)+)?\.?$")
#: A plural group is not a speaker: "Officials said", "Democrats", "Border Patrol agents".
_GROUP = re.compile(rf"(?:\b(?:{GROUP_NOUNS}|Democrats|Republicans|some|many|both)"
                    r"|\b[A-Z][a-z]+(?:icans|ians|ese))$", re.I)
#: A transcript turn: "Q " or "MS. DOE:" opening a paragraph.
_TURN = re.compile(r"(?m)^(?:Q\b|[A-Z][A-Z.\s'\u2019-]{2,40}:)")
#: A paragraph that is an interview's or a transcript's turn: "A:", "Q:", "MAYOR LEESER:".
_TURN_OPENING = re.compile(r"(?:[AQ]|[A-Z][A-Z.\s'\u2019-]{2,40}):\s")
_SELF_NAMED = re.compile(r"\bI,\s+(?P<name>[A-Z][A-Za-z.\u2019'-]*(?:\s+[A-Z][A-Za-z.\u2019'-]*){1,4}?),"
                         r"\s+(?:President|Governor|Secretary|Mayor|Director|Attorney)")
_HEADLINE_SPEAKER = re.compile(r"^(?:Statement|Opening\s+Statement)\b[^\n]*?\b(?:by|from|of)\s+(?P<who>[^\n:]+?)"
                               r"(?:\s+(?:on|at|before|to|regarding)\b[^\n]*)?$")


#: "Chairman Mark E. Green, MD (R-TN) issued the following statement": its author.
_FOLLOWING_STATEMENT = re.compile(r"(?:^|[\n\u2014\u2013])(?P<head>[^\n\u2014\u2013]{3,300}?)\s+(?:issued|"
                                  r"released|delivered|gave|made|shared)\s+the\s+(?:following|"
                                  r"below)\s+(?:statement|remarks)")
_NAME_AT_END = re.compile(rf"(?:{_CAP}\s+){{1,3}}{_CAP}$")


def _statement_author(head: str) -> str:
    """The author in "Rep. Mark E. Green, MD (R-TN), Chairman of the Committee": the name
    that ends the first comma-separated part, without its title; '' when it is no name."""
    head = re.sub(r"^\s*(?:Today|Yesterday|Tonight|This\s+(?:morning|afternoon|week)|On\s+\w+day)\s*,?\s*",
                  "", _DEGREES.sub("", head))
    first = re.sub(PARTY_STATE, "", head.split(",")[0]).strip()
    if not _NAME_AT_END.search(first):
        return ""
    _, name = split_speaker(first)
    return _without_stop(name) if len(name.split()) >= 2 else ""


#: "By Carmen Ríos Whitaker, Editor": a byline paragraph near the top.
_BYLINE = re.compile(rf"(?m)^[Bb]y\s+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})(?:,[^\n]{{1,80}})?[ \t]*$")


def _one_with_role(noun: str, people, text: str) -> str:
    """The one person whose title or role holds `noun` ("spokeswoman", "bishop"), when the
    text names exactly one and mentions nobody unnamed by it ("a spokeswoman for …"); ''."""
    if noun in _PRONOUNS or noun in _NOT_NAMES or noun.split()[-1] in _NOT_NAMES:
        return ""
    noun = r"\s+".join(map(re.escape, noun.split()))
    found = {p.name for p in people if len(p.name.split()) >= 2 and (
        re.search(rf"\b{noun}\b", f"{p.title} {p.role}", re.I)
        # "Secretary of State Paul Hendricks": a title the office's words stand inside
        or re.search(rf"\b{noun}\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,3}}{re.escape(p.name)}\b", text,
                     re.I)
        # "DHS spokesperson Lauren Whitcomb": a role in lower case right before the name
        or re.search(rf"\b{noun}\s+{re.escape(p.name)}\b", text))}
    if len(found) != 1:
        return ""
    if re.search(rf"\b{noun}(?:s|es)\b", text, re.I):
        return ""  # "our agents found them … “…,” the agent said": one of several
    named_with = {m.start() for m in re.finditer(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", text, re.I)
                  if re.search(rf"{_CAP}\s*,\s*$", text[max(0, m.start() - 60):m.start()])}
    # every "a spokesperson …" the text has, not only the first: "Agent Carlos Ibarra, a
    # spokesperson for the Border Patrol … A spokesperson for Mayor Jorge Maldonado says"
    if any(m.start() not in named_with for m in re.finditer(
            rf"\b(?:an?|another|one)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b(?!\s*,\s*{_CAP})", text, re.I)):
        return ""  # "a spokeswoman for the governor", unnamed: the noun is not one person's
    return found.pop()


def _byline(text: str, people) -> str:
    """The writer a byline near the top names, when it names one person the text knows."""
    match = _BYLINE.search(text, 0, 600)
    if not match or " and " in match.group(0):
        return ""
    full = resolve_name(match.group("name"), people)
    return full if any(p.name == full for p in people) else ""


def whole_text_speaker(article: Article, people) -> str:
    """The one speaker of a statement, remarks or proclamation ("I, JANE DOE, President",
    a headline "Statement from Senator Jane Doe"); '' for a transcript or anything else."""
    text = article.text
    if _TURN.search(text):
        return ""
    self_named = _SELF_NAMED.search(text)
    if self_named:
        return self_named.group("name").rstrip(",")
    statement = _FOLLOWING_STATEMENT.search(text)
    if statement and (author := _statement_author(statement.group("head").strip())):
        return author
    headline = text.split("\n", 1)[0].strip()
    match = _HEADLINE_SPEAKER.match(headline)
    if match and " and " not in match.group("who"):
        words = match.group("who").split()
        names = [w for w in words if w[0].isupper()]
        if len(names) >= 2 and not any(w.lower() in ("administration", "department", "office",
                                                      "house", "committee") for w in words):
            return resolve_name(match.group("who"), people)
    return ""


def _antecedent(position: int, paragraph_start: int, mentions, roles_named,
                window_start: int = 0, text: str = "", pronoun: str = "") -> str:
    """Whom a pronoun before a quotation means: the last person named before it in its
    paragraph or the one before, or a title such as "the President" named later in the
    same paragraph; '' when there is neither (never a guess from further back), when the
    sentence that names the last one names another ("Doe met Roe. “…,” she said"; "Doe
    questioned the Secretary"; but "Robles said he had walked … with Terán": the one reported
    speaking of himself, see `_reporting_subject`), when an unnamed person comes between ("Doe
    met a girl. She said, “…”"), or when the writer spoke to someone first ("I asked her …").
    In a transcript's turn the pronoun looks no further than the turn."""
    if text and _TURN.match(text, paragraph_start):
        window_start = paragraph_start
    names = mentions.between(window_start, position)
    titles = roles_named.between(paragraph_start, position)
    candidates = sorted(names + titles)
    if not candidates:
        return ""
    last_at, chosen = candidates[-1]
    if chosen.startswith(AMBIGUOUS):
        return ""  # "Delgado nodded. “…,” he said" after Ray and Patricia Delgado are named
    addressed = {"he": "him", "she": "her"}.get(pronoun)
    if addressed and text and re.search(rf"\b(?:I|[Ww]e)\s+(?:asked|told|showed|met|interviewed|visited|"
                                        rf"called|thanked)\s+{addressed}\b",
                                        _narrative(text)[window_start:candidates[0][0]]):
        return ""  # "I asked her what had happened after she crossed. Ybarra had warned me …
        # “…,” she said": the one the writer spoke to, unnamed in the window, may answer
    if text:
        ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, window_start, last_at)]
        sentence_start = max(ends[-1] if ends else -1, text.rfind("\n", 0, last_at),
                             window_start)
        if any(other != chosen for at, other in candidates if at >= sentence_start):
            reporter = _reporting_subject(text, sentence_start, candidates, pronoun, position)
            if not reporter:
                return ""
            last_at, chosen = reporter  # "Robles said he had walked the channel with
            # Councilman Daniel Terán. “…,” he said": the one reported speaking goes on
        if re.match(r"\s*(?:He|She|They)\b", text[sentence_start:last_at]) or (
                pronoun and re.search(rf"\b{pronoun}\s+(?:{SPEECH_VERBS})\b", text[sentence_start:last_at])):
            # ("Crossings had begun falling, he said, and Pell’s figures left out …": the one
            # speaking there was named before Pell)
            return ""  # "He also questioned whether the messages were typed by Tillman. “…,” he
            # said": the one named is not the sentence's subject, whom the pronoun goes on with
        ending = _SENTENCE_BREAK.search(text, last_at, position)
        if re.search(r"\b(?:him|her)\b(?=\s*[.,;!?]|\s+(?:to|for|with|at|in|on|and|back|goodbye|again)\b)",
                     text[last_at:ending.end() if ending else position]) and \
                any(other != chosen for _, other in candidates):
            return ""  # "Quintanilla walked the family to a table. Yusmary Rangel hugged her.
            # “…,” she said": the one named acts on someone else named, who may be the speaker
        previous_start = max(ends[-2] if len(ends) > 1 else -1, window_start,
                             text.rfind("\n", 0, last_at))
        if any(other != chosen and re.match(r"[\w\u00c0-\u024f'\u2019. -]{0,40}?\s(?:said|says|told|added)\b",
                                            text[at:sentence_start])
               for at, other in candidates if previous_start <= at < sentence_start):
            return ""  # "Kessler said she no longer rides alone. Baca said she sold her
            # horses. “…,” she said": two people reported speaking just before
        subject = _SUBJECT_VERB.search(text, sentence_start, position)
        if subject and subject["who"] not in chosen.split() and subject.start("who") < last_at:
            return ""  # "Mayorkas spoke with Foreign Secretary Alicia Bárcena. “…,” he said":
            # a subject the names list missed is a second person
        surname = re.escape(chosen.split()[-1]) if chosen.split() else "$^"
        if re.search(rf"\b{surname}\s+(?:and|&)\s+(?:[A-Z]|(?:he|she|him|her)\b)|"
                     rf"(?:\b[A-Z][\w\u00c0-\u024f'\u2019-]+|\b(?:he|she|him|her))\s+(?:and|&)\s+"
                     rf"{surname}\b", text[sentence_start:position]):
            return ""  # "Voss and Ochoa have both pressed Austin. “…,” she said": two people
        if any(not re.search(rf"\b{surname}[\u2019']?s?(?:,\s*[DRI]-[\w. ]{{1,20}})?\s*,\s*$",
                             # not "Doe, a mother", "Doe, R-Yuma, one of the law's sponsors"
                             text[max(0, m.start() - 80):m.start()])
               for m in _UNNAMED_PERSON.finditer(_narrative(text), sentence_start, position)
               if not (m.start() <= last_at < m.end())
               # "He retired as a supervisory agent", "she is a nurse": what the person is
               and not (re.search(r"\b(?:as|is|was|became|becomes|remains|remained|been)\s+$",
                                  text[max(0, m.start() - 12):m.start()])
                        # ("Among those who spoke was a rancher": someone new, not what Doe is)
                        and not re.search(r"\b(?:spoke|testified|commented|there)\s+(?:was|is)\s+$",
                                          text[max(0, m.start() - 30):m.start()], re.I))
               # "the daughter of a schoolteacher and a bus driver": whose child, not a speaker
               and not re.search(r"\b(?:daughter|son|child|wife|husband|widow)\s+of\s+"
                                 r"(?:an?\s+[\w-]+\s+(?:and|or)\s+)?$",
                                 text[max(0, m.start() - 60):m.start()])):
            return ""  # "In Tapachula, a Honduran woman … said": not the Doe named before
    return chosen


def _reporting_subject(text: str, sentence_start: int, candidates, pronoun: str, position: int):
    """(position, name) of the person a sentence opens on when that person is reported
    speaking of themselves with the quotation's own pronoun ("Robles said he had walked …
    with Terán"): the others the sentence names are inside what that person said. Not when
    the quotation speaks of another of the pronoun's kind ("Garza said he had advised
    Benavides. “I listened to him,” he said": Benavides speaks of Garza)."""
    other = {"he": r"\b(?:he|him|his)\b", "she": r"\b(?:she|her|hers)\b"}.get(pronoun)
    opened = position > 0 and text[position - 1] in "\u201c\""  # (at the quotation's words)
    quoted = re.compile(r"([^\u201d\"]*)").match(text, position) if opened else \
        re.compile(r"[\u201c\"]([^\u201d\"]*)").search(text, position, position + 600)
    if not other or not quoted or re.search(other, quoted.group(1), re.I):
        return None
    inside = [(at, name) for at, name in candidates if at >= sentence_start]
    at, name = inside[0]
    if name.startswith(AMBIGUOUS) or not re.fullmatch(r"\s*(?:[A-Z][\w.]*\s+){0,3}", text[sentence_start:at]):
        return None
    named = re.match(rf"(?:[A-Z][\w\u00c0-\u024f'\u2019.-]*\s+){{0,3}}[A-Z][\w\u00c0-\u024f'\u2019-]*"
                     rf"\s+(?:also\s+)?(?:said|says|told\s+(?:a\s+reporter|reporters|the\s+\w+))"
                     rf"(?:\s+\w+day)?\s+(?:that\s+)?{pronoun}\b", text[at:])
    return (at, name) if named else None


def _agreeing(speaker: str, pronoun: str, position: int, window_start: int, mentions,
              roles_named, gender: dict[str, str], text: str) -> str:
    """The pronoun's speaker once "he" or "she" is checked against whom the article marks
    as a man or a woman: the antecedent when nothing says otherwise; when the antecedent
    is marked the other way, or when there is none and two or more people are named (in a
    transcript's turn, one), the one person of the pronoun's kind named in the window, if
    every person named there is marked and nobody unnamed or titled comes after that
    person ("Leyva answered that … “…,” he said" is Councilman Whitfield's); else ''."""
    want = "m" if pronoun == "he" else "f"
    turn = text.rfind("\n", 0, position) + 1 if text else 0
    in_turn = bool(text and _TURN.match(text, turn))
    if in_turn:
        window_start = max(window_start, turn)  # in a transcript's turn, no further than the turn
    named = mentions.between(window_start, position)
    people = {name for _, name in named}
    if speaker and not gender.get(speaker) and any(
            gender.get(name) == want for name in people - {speaker}):
        return ""  # "Salinas said she … Delgado put a hand on her shoulder. “…,” she said":
        # another person of the pronoun's kind is named, and nothing marks the antecedent
    if speaker and gender.get(speaker, "") in ("", want) or not speaker and len(people) < 2 and not in_turn:
        return speaker
    matching = [name for name in people if gender.get(name) == want]
    if len(matching) != 1 or any(not gender.get(name) for name in people):
        return ""
    last = max(at for at, name in named if name == matching[0])
    if roles_named.between(last, position) or any(
            True for _ in _UNNAMED_PERSON.finditer(_narrative(text), last, position)):
        return ""
    return matching[0]


#: The end of a sentence: a full stop after a word that is no title abbreviation ("Sen.").
_SENTENCE_BREAK = re.compile("".join(rf"(?<!\b{re.escape(word)})" for word in (
    *vocabulary.words("english", "honorifics"), "St", "Jr", "U.S"))
    + r"(?<!\b[A-Z])[.!?][\u201d\"']?\s")


#: A capitalised word that acts as a sentence's subject ("Mayorkas spoke with ..."), which may
#: be a person whom the list of people missed.
_SUBJECT_VERB = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<who>(?!(?:The|This|That|These|Those|He|She|"
                           r"They|It|We|I|You|In|On|At|After|Before|When|While|But|And|Officials|"
                           r"Agents|Authorities)\b)[A-Z][\w\u00c0-\u024f'\u2019-]+)\s+(?:spoke|met|told|called|"
                           r"asked|visited|wrote|thanked|urged|joined|questioned|pressed|warned|"
                           r"praised|criticized|criticised|greeted|hosted|phoned|invited|received)\b")
#: Someone the text does not name: "a 10-year-old girl", "a mother of three", "an agent".
_UNNAMED_PERSON = re.compile(r"\b(?:an?|another|one)\s+(?:[\w-]+\s+){0,2}?(?:boy|girl|man|woman|"
                             r"child|kid|mother|father|teenager|migrant|agent|officer|official|"
                             r"resident|farmer|rancher|volunteer|nun|priest|pastor|doctor|nurse|"
                             r"friend|neighbou?r|constituent|victim|survivor|speaker|caller|"
                             r"listener|reader|witness|parent|student|worker|driver|teacher|"
                             r"member|commenter|protester|trucker|vendor|owner)\b"
                             # "Both men said …": two people, and a singular pronoun after them
                             r"|\b(?:both|the\s+two)\s+(?:men|women|officials|leaders|senators|"
                             r"lawmakers|sheriffs|mayors|of\s+them)\b"
                             # "Neither woman would say who would pay": either of two, unsaid
                             r"|\b(?:neither|either)\s+(?:man|woman|official|leader|of\s+them)\b"
                             # "At one point, one of them stood to give a toast": which one, unsaid
                             r"|\bone\s+of\s+(?:them|those|the\s+(?:two|three|four)\s+\w+)\b"
                             # "One of Delgado Tafoya's cousins", "one of her neighbors": unnamed
                             r"|\bone\s+of\s+(?:(?:his|her|their)|(?:[A-Z][\w\u00c0-\u024f-]*\s+){0,2}"
                             r"[A-Z][\w\u00c0-\u024f-]*['\u2019]s)\s+(?:[\w-]+\s+)?\w+s\b"
                             # "The woman, 31, testified …": someone unnamed, her age set off
                             r"|\bthe\s+(?:young\s+|older\s+)?(?:woman|man|mother|father|migrant|girl|boy)"
                             r",\s+\d{1,3},"
                             # "who declined to give her name", "who asked not to be named"
                             r"|\bwho\s+(?:declined|refused|asked\s+not)\s+to\s+(?:give|be|share)\b", re.I)


@lru_cache(maxsize=4)
def _narrative(text: str) -> str:
    """The text with every quotation's words blanked out (same length): the people the
    narrative itself speaks of, not "a worker" inside someone's quoted words."""
    chars = list(text)
    for span in find_quote_spans(text):
        chars[span.start:span.end] = " " * (span.end - span.start)
    return "".join(chars)


def _pronoun_goes_on(pronoun: str) -> re.Pattern:
    """A paragraph led by the pronoun as the subject of a reporting verb ("He said that …")."""
    return re.compile(rf"{pronoun.capitalize()}\s+(?:also\s+|later\s+)?(?:{SPEECH_VERBS})\b")


def _introduced_together(surname: str, people, text: str = "") -> bool:
    """Whether two people who bear `surname` were introduced side by side ("Lucía and Fernanda
    Ochoa Garza", "Ray and Patricia Delgado"), so that the surname alone is either of them."""
    bearers = [p for p in people if len(p.name.split()) >= 2 and surname in p.name.split()[1:]]
    starts = sorted(p.start for p in bearers)
    if any(b - a <= 60 for a, b in zip(starts, starts[1:])):
        return True
    given = {p.name.split()[0] for p in bearers}  # ("Rubén and Alicia Chávez", each named
    return len(given) >= 2 and any(  # again later in full)
        m["a"] in given and m["b"] in given for m in re.finditer(
            rf"\b(?P<a>{_CAP})\s+and\s+(?P<b>{_CAP})\s+{re.escape(surname)}\b", text))


def _first_sentence_of(who: str) -> str:
    """"Jane Doe. Senator John Roe" -> "Jane Doe": a name never runs over a sentence end
    (a full stop after a word of two letters or more that is no title or suffix)."""
    words = who.split()
    for i, word in enumerate(words[:-1]):
        bare = word.rstrip(".")
        if word.endswith(".") and len(bare) >= 2 and word.lower() not in TITLE_WORDS \
                and word not in _SUFFIXES and not re.fullmatch(r"(?:[A-Z]\.)+", word) \
                and bare not in HONORIFIC_WORDS:
            return " ".join(words[: i + 1])
    return who


def _someone_else_between(text: str, previous: dict, span, mentions) -> bool:
    """A person, a titled name or a label with a colon between two quotations of a paragraph
    (the first one's own attribution aside: "“…,” said Chief Jane Doe of the Big Bend Sector. “…”")."""
    start, end = previous["char_end"], span.start
    if _attributed_after(text, previous):
        start += _after_attribution(text[start:end])
    if any(name != previous["speaker"] for _, name in mentions.between(start + 1, end)):
        return True
    if any(not _same_person(_without_stop(m.group("name")), previous["speaker"])
           for m in _TITLED_NAME.finditer(text, start, end)):
        return True
    return bool(re.search(rf"{_CAP}(?:\s+{_CAP})*\s*:\s*$", text[start:end]))


def _continued(rows, span, paragraph: int, mentions, roles_named, text: str) -> str:
    """An unattributed quotation that opens a paragraph after the previous paragraph's
    quotation continues its speaker, when no other person is named in between."""
    if not rows or rows[-1]["paragraph"] != paragraph - 1 or not rows[-1]["speaker"]:
        return ""
    if text[span.end:span.end + 1] not in ("\u201d", '"') and not _unclosed(text, rows[-1]):
        return ""  # a new quotation, never closed, after a closed one: its attribution is
        # not in the text (a page cut short), and it may be anyone's
    between = (rows[-1]["char_end"], span.start)
    opening = text.rfind("\n", 0, span.start) + 1
    lead = text[opening:span.start - 1]
    if len(lead.split()) > 4 or re.search(r"\b[A-Z][a-z]+", lead[1:]) and not re.fullmatch(
            r"[\s,]*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ll]ast|[Tt]his|[Aa]nd|[Tt]hen|[Bb]ut)\s+)?(?:"
            + "|".join(MONTHS) + r")?(?:\s+(?:of\s+)?\d{4})?[\s,]*", lead):
        return ""  # the paragraph does not open on the quotation (or a date before it)
    tail = text[rows[-1]["char_end"]:text.find("\n", rows[-1]["char_end"]) % (len(text) + 1)]
    if len(_SENTENCE_BREAK.findall(tail + " ")) > 2:  # (not "U.S." nor "M.": no sentence ends)
        return ""  # the previous paragraph goes on after its quotation
    if any(name != rows[-1]["speaker"] for _, name in mentions.between(between[0] + 1, between[1])):
        return ""
    for match in _TITLED_NAME.finditer(text, between[0], between[1]):
        if not _same_person(_without_stop(match.group("name")), rows[-1]["speaker"]):
            return ""
    if roles_named.between(opening, span.start):
        return ""
    if _TURN.search(text[between[0]:between[1]]):
        return ""
    return rows[-1]["speaker"]


def _reported_just_before(article: Article, sentence, span, mentions, people, rows) -> str:
    """The speaker of a quotation that opens a sentence with no attribution of its own, when
    the sentence before it, in the same paragraph, reports one named person's words ("Chief
    Jane Doe emphasized that crossings rose. “In 2020, …”"). '' when that sentence names
    anyone else, holds a quotation, or reports no one."""
    text = article.text
    if text[sentence.start:span.start - 1].strip() or sentence.index < 2:
        return ""
    before = article.sentences[sentence.index - 2]
    # (also the last sentence of the paragraph before, when the quotation opens its own
    # paragraph: "… Héctor Villanueva … told commissioners that volunteers have been working out
    # of folding tables. ¶ “Our volunteers have been handing out water …")
    opens = before.paragraph == sentence.paragraph - 1 and _opens_paragraph_at(text, span.start - 1) \
        and not re.match(rf"[\s,\u201d\"]*(?:[\w\u2019'-]+\s+){{0,4}}(?:{SPEECH_VERBS})\b",
                         text[span.end:span.end + 80])  # (not "“…,” his wife said")
    if (before.paragraph != sentence.paragraph and not opens) or \
            (rows and rows[-1]["char_start"] >= before.start):
        return ""
    words = text[before.start:before.end]
    lead = len(words) - len(words.lstrip("-\u2022* \t"))
    match = _BEFORE.match(words, lead)
    if not match:
        return ""
    who = _without_lead(match.group("who"))
    if not who or who.lower() in _PRONOUNS | _NOBODY or _GROUP.search(who) or \
            _ORGANISATION.search(who):
        return ""
    _, name = split_speaker(who)
    full = resolve_name(_without_stop(name), people)
    # the one person named up to the verb; who else the reported words name does not matter
    named = {n for _, n in mentions.between(before.start, before.start + match.end("who"))}
    if named != {full} or not any(p.name == full for p in people):
        return ""
    return full


_TURN_LABEL = re.compile(r"(?m)^(?:Q\b|(?P<label>[A-Z][A-Z.\s'\u2019-]{2,40}):)")


def _turn_speaker(text: str, position: int, people) -> str:
    """The speaker of the transcript turn that holds `position` ("SECRETARY MAYORKAS:", or
    "A:" in a Q-and-A whose introduction names one interviewee), resolved to a person the
    text names; '' outside a turn, in a question, or when the label names no one the text
    knows."""
    answers = list(_ANSWER_LINE.finditer(text, 0, position))
    turns = list(_TURN_LABEL.finditer(text, 0, position))
    if answers and (not turns or turns[-1].start() < answers[-1].start()):
        return _interviewee(text, people)
    if not turns or not turns[-1].group("label"):
        return ""
    return _person_of_label(turns[-1].group("label").strip(), people, text)


#: The lines of a Q-and-A: "Q: Sister, how many people …" and "A: When we counted, …".
_QUESTION_LINE = re.compile(r"(?m)^Q\s*:")
_ANSWER_LINE = re.compile(r"(?m)^A\s*:")
#: Who asks, in a Q-and-A's introduction: "host Leticia Ferrán", "Ferrán spoke with her".
_ASKER = re.compile(r"\b(?:host|hosts|reporter|interviewer|correspondent|anchor|editor|"
                    r"producer|moderator)\s+$", re.I)
_ASKING_AFTER = re.compile(r"\s+(?:spoke|talked|sat\s+down)\s+with\b|\s+(?:interviewed|asked)\b")


def _interviewee(text: str, people) -> str:
    """The one person a Q-and-A answers for: named in the introduction before the first
    "Q:", not as its host or reporter; '' when none or several."""
    questions = list(_QUESTION_LINE.finditer(text))
    if len(questions) < 2 or len(_ANSWER_LINE.findall(text)) < 2:
        return ""
    intro = questions[0].start()
    named = [p for p in people if p.start < intro and len(p.name.split()) >= 2]
    answering = []
    for person in named:
        surname = re.escape(person.name.split()[-1])
        asks = any(_ASKER.search(text[max(0, m.start() - 40):m.start()]) or
                   _ASKING_AFTER.match(text, m.end())
                   for m in re.finditer(rf"(?:{re.escape(person.name)}|\b{surname})\b", text[:intro]))
        if not asks:
            answering.append(person.name)
    return answering[0] if len(answering) == 1 else ""


def _answering_speaker(text: str, position: int, people) -> str:
    """Whom a reporter's "you" means in a transcript: the speaker of the turn that answers
    the question holding `position`; '' outside a question."""
    turns = list(_TURN_LABEL.finditer(text, 0, position))
    if not turns:
        return ""  # not in a transcript
    asking = (turns[-1].group("label") or "").strip()
    if asking:  # "ALTAMIRANO: You said at a news conference, “…”": whoever speaks next,
        # when that is someone else
        answer = next((m for m in _TURN_LABEL.finditer(text, position)
                       if (m.group("label") or "").strip() != asking), None)
        if not answer or not answer.group("label") or not _person_of_label(asking, people, text):
            return ""
        return _person_of_label(answer.group("label").strip(), people, text)
    answer = _TURN_LABEL.search(text, position)
    if not answer or not answer.group("label"):
        return ""  # no turn follows, or another question: no answer to read
    return _person_of_label(answer.group("label").strip(), people, text)


def _person_of_label(label: str, people, text: str) -> str:
    """The person a label in capitals names ("SECRETARY MAYORKAS", "CORNYN"): one the text
    knows by that surname, or the surname as the text prints it after a title; ''."""
    surname = label.split()[-1].rstrip(".").lower()
    if surname in TITLE_WORDS:  # "SECRETARY:": the one person the text gives that title,
        # or the one introduced with it before the transcript's first turn
        titled = [p for p in people if p.title.lower().split()[-1:] == [surname]]
        if len(titled) > 1 and (first_turn := _TURN_LABEL.search(text)):
            titled = [p for p in titled if p.start < first_turn.start()]
        return titled[0].name if len(titled) == 1 else ""
    found = {p.name for p in people if p.name.split()[-1].lower().rstrip(".") == surname}
    if len(found) == 1:
        return found.pop()
    printed = surname[:1].upper() + surname[1:]  # "SECRETARY MAYORKAS" and "Secretary Mayorkas"
    return printed if not found and re.search(rf"\b[A-Z][a-z]+\.?\s+{re.escape(printed)}\b", text) \
        else ""


def _titled_person(text: str, title: str, people) -> str:
    """Whom "the Leader" means: the one name the text gives that title ("Leader McConnell"),
    resolved to its fullest form; "the Leader" itself when no name or several carry it."""
    stop = r"\.?" if title in HONORIFIC_WORDS else ""  # "Sen. Doe"; not "the President. On"
    # "the President" is the sitting one: not "Former President Trump", "ex-Gov. Doe"
    found: dict[str, bool] = {}  # surname: whether some mention ties it to another country
    for m in re.compile(rf"(?<![Ff]ormer )(?<!\bex-)\b{title}{stop}[ \t]+(?:of[ \t]+)?"
                        rf"(?P<name>{_CAP}(?:[ \t]+{_CAP})*)").finditer(text, title_case_headline_end(text)):
        run = _without_stop(m.group("name")).split()
        cut = next((i for i, word in enumerate(run) if re.search(r"[\u2019']s$", word)), len(run) - 1)
        surname = re.sub(r"[\u2019']s$", "", run[cut])  # "Secretary Blinken’s Travel": Blinken
        # "President Andrés Manuel López Obrador of Mexico", "Mexico's President", "Mexican
        # President": a holder from elsewhere, not the one "the President" of the text means
        abroad = bool(re.match(rf"[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}", text[m.end():]) and cut == len(run) - 1
                      # ("Mexican Foreign Secretary Mario Ledesma Ortiz": a word of the office between)
                      or re.search(r"(?:[A-Z][a-z]+(?:an|ese|ian|ish)|[\u2019']s)(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+$",
                                   text[max(0, m.start() - 40):m.start()]))
        found[surname] = found.get(surname, False) or abroad
    # one person under two forms ("Foreign Secretary Mario Ledesma Ortiz", "Foreign Secretary
    # Ledesma"): abroad when any mention is
    merged: dict[str, bool] = {}
    for n, abroad in found.items():
        if n.lower() in TITLE_WORDS or n in MONTHS:
            continue
        key = resolve_name(n, people) or n
        merged[key] = merged.get(key, False) or abroad
    names = set(merged)
    if len(names) > 1 and len(home := {n for n in names if not merged[n]}) == 1:
        names = home
    full = resolve_name(names.pop(), people) if len(names) == 1 else ""
    # only a person the article names ("President Biden"), never a stray capitalised word
    return full if full and any(_same_person(full, p.name) for p in people) else f"the {title}"


#: "Doe spoke on the House Floor … Read highlights and excerpts below.": remarks that follow.
_ANNOUNCED = re.compile(rf"(?P<who>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+(?:spoke|testified|delivered|"
                        r"gave|made|offered)\b[^\n]{0,300}?\b(?:below|as\s+follows|following)"
                        r"[^\n]{0,40}?[.:]?[ \t]*(?=\n|$)")
#: "Sen. Jane Doe, chairman of the subcommittee, made the following opening statement during
#: the hearing, titled, …:": a paragraph that ends by announcing the statement below it.
_ANNOUNCED_STATEMENT = re.compile(
    rf"(?m)^(?:[\w.,\u2019' -]{{0,60}}[\u2013\u2014-]+\s*)?(?P<who>{_CAP}(?:[ \t]+{_CAP}){{1,4}}){_PARTY}"
    r"(?:,[^\n\u201c\u201d\"]{3,200}?,)?[ \t]+(?:today\s+|also\s+)?(?:made|issued|released|delivered|"
    r"gave)\s+the\s+following\s+(?:[\w-]+\s+){0,2}?(?:statement|remarks|testimony)\b"
    r"[^\n]{0,600}$")
#: A paragraph that ends by announcing remarks printed below it: "Excerpts and highlights
#: below:", "Excerpts of Sen. Doe’s floor remarks are below.", "Read the full statement below."
_BELOW = re.compile(r"(?im)^[^\n]*\b(?:excerpts?|highlights|remarks|statement|testimony|speech|"
                    r"read|watch)\b[^\n]*\b(?:below|as\s+follows)\b[^\n\u201c\u201d]{0,60}$")
_WHOSE_REMARKS = re.compile(rf"(?P<who>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[\u2019']s\s+(?:\w+\s+){{0,2}}?"
                            r"(?:remarks|statement|testimony|speech)\b")


def _announced_below(text: str, people, mentions) -> tuple[str, int]:
    """(speaker, where the remarks start) when a paragraph announces one person's remarks
    printed below it; ('', end of text) otherwise. The speaker is the one person that
    paragraph and the one before it name, or whose remarks it names ("Sen. Doe’s remarks")."""
    statements = [m for m in _ANNOUNCED_STATEMENT.finditer(text)
                  if text[m.end():m.end() + 8].lstrip()[:1] in ('"', "\u201c")]
    for match in (*_ANNOUNCED.finditer(text), *statements):  # the statement opens below
        who = _without_lead(match.group("who"))
        title, name = split_speaker(who) if who else ("", "")
        full = resolve_name(_without_stop(name), people) if name else ""
        if full and full.lower() not in _PRONOUNS and any(p.name == full for p in people):
            return full, match.end()
    for match in _BELOW.finditer(text):
        whose = _WHOSE_REMARKS.search(match.group(0))
        if whose:
            _, name = split_speaker(whose.group("who"))
            if name and name[0].isupper() and not _is_title_word(name.split()[-1]):
                return resolve_name(_without_stop(name), people), match.end()
        above = max(0, text.rfind("\n\n", 0, max(0, match.start() - 2)))
        named = {n for _, n in mentions.between(above, match.end())}
        # the one person named there, or the one given a title or a party ("Chair Jane Doe (R-WA)")
        titled = {n for n in named if re.search(
            rf"(?:\b(?:{'|'.join(re.escape(t.capitalize()) for t in TITLE_WORDS if t.isalpha())})"
            rf"\.?\s+(?:[A-Z][\w.'-]*\s+)*{re.escape(n.split()[-1])}\b|"
            rf"\b{re.escape(n.split()[-1])}\s*{PARTY_STATE})", text[above:match.end()])}
        for group in (named, titled):
            if len(group) == 1 and not next(iter(group)).startswith(AMBIGUOUS):
                return group.pop(), match.end()
    return "", len(text) + 1


#: The end of a sentence, not of an initial or an abbreviation ("Sean L. McGoffin", "Dr.").
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bSt)[.!?]\s")


#: "… called the barrier “a cruel stunt” in a post on X on Wednesday, and Sen. Marcus Bell
#: said": a clause of its own before ", and", not a list of names sharing one verb.
_CLAUSE_THEN_AND = re.compile(r"\b(?!(?:of|the|and|for|del|de|la)\b)[a-z]{3,}\b[^,;]*,\s*and\s+$")


def _attributed_after(text: str, previous: dict) -> bool:
    """Whether the quotation of `previous` was attributed after it ("“…,” Doe said",
    "“…,” Crane’s statement said")."""
    return previous.get("how") == "after" or (
        previous.get("how") == "document"
        and bool(_OWNERS_DOCUMENT_SAID.match(text[previous["char_end"] + 1:previous["char_end"] + 300])))


def _after_attribution(gap: str) -> int:
    """Where the attribution that follows a quotation ends in `gap` (its sentence's end);
    len(gap) when the gap is all attribution."""
    for end in _SENTENCE_END.finditer(gap):
        word = re.search(r"(\w+)$", gap[:end.start()])
        if end.group(0)[0] == "." and word and word.group(1) in HONORIFIC_WORDS:
            continue  # "said Sen. Doe.": the title's stop, not the sentence's
        return end.end()
    return len(gap)


def _unread_attribution(text: str, previous: dict, span) -> bool:
    """A reporting verb between two quotations of a paragraph, other than the first one's
    own attribution ("“…,” said Doe. A girl told him, “…”")."""
    gap = text[previous["char_end"] + 1:span.start]
    if _attributed_after(text, previous):
        gap = gap[_after_attribution(gap):]
    # "… and says …": the same subject goes on speaking
    return any(not re.search(r"\b(?:and|then|but|also|later)\s+(?:\w+ly\s+)?$", gap[:m.start()])
               for m in re.finditer(rf"\b(?:{SPEECH_VERBS})\b", gap))


def _unclosed(text: str, row: dict) -> bool:
    """A quotation left open at its paragraph's end: by convention it goes on in the next
    paragraph, which opens with a quotation mark."""
    return text[row["char_end"]:row["char_end"] + 1] not in ("\u201d", '"')


def _opens_paragraph_at(text: str, start: int) -> bool:
    """Nothing but blanks between the paragraph's start and `start`."""
    return text[text.rfind("\n", 0, start) + 1:start].strip() == ""


def _opens_paragraph(text: str, start: int) -> bool:
    """A quotation whose inner text starts at `start` opens its paragraph (its mark first)."""
    return _opens_paragraph_at(text, start - 1)


def _runs_on(text: str, rows: list[dict], span, paragraph: int) -> bool:
    return bool(rows) and rows[-1]["paragraph"] == paragraph - 1 and _unclosed(text, rows[-1]) \
        and _opens_paragraph(text, span.start)


#: "Chairwoman Jane Doe (R-Wash.) said in her opening statement:" closing a paragraph.
_INTRO_ABOVE = re.compile(rf"{_BEFORE.pattern}[^.!?\u201c\u201d]{{0,120}}:\s*$")


def _introduced_above(text: str, span, paragraphs, paragraph: int) -> str:
    """The speaker announced at the end of the paragraph before one that opens on a quotation."""
    if paragraph < 2 or not _opens_paragraph(text, span.start):
        return ""
    above = paragraphs[paragraph - 2]
    last = text[above.start:above.end]
    last = last[max(last.rfind(". "), -1) + 1:]
    match = _INTRO_ABOVE.search(last)
    if not match:
        return ""
    who = _without_lead(match.group("who"))
    return who if who and who[0].isupper() and who.lower() not in _PRONOUNS | _NOBODY \
        and not _GROUP.search(who) else ""


def _pronoun_introduced_above(text: str, span, paragraphs, paragraph: int) -> tuple[str, int] | None:
    """("he" or "she", where) when the paragraph before one that opens on a quotation ends on
    "He said:" or "She told the committee:"; None otherwise."""
    if paragraph < 2 or not _opens_paragraph(text, span.start):
        return None
    above = paragraphs[paragraph - 2]
    said = re.search(rf"(?:^|(?<=[.!?]\s))(?P<p>He|She)\s+(?:also\s+|then\s+)?(?:{SPEECH_VERBS})\b"
                     rf"[^.!?\u201c\u201d\"]{{0,80}}:\s*$", text[above.start:above.end])
    return (said["p"].lower(), above.start + said.start()) if said else None


#: A paragraph that is only a speaker's label over the quotation below it: "Senator Jane Doe
#: (R-OK):", "Senator Jane Doe (TN)", "Jane Doe, President of the Border Trade Alliance".
_LABEL_PARAGRAPH = re.compile(
    rf"^(?P<who>(?:{_HONORIFIC}|{_LONG_TITLE})?{_CAP}(?:[ \t]+{_CAP}){{1,3}})"
    rf"[ \t]*(?P<party>{PARTY_STATE}|\((?:[DRI][-\u2013])?[A-Z][A-Za-z.]{{1,12}}\))?"
    rf"(?:,[ \t]*(?P<role>[^\n\u201c\u201d\"]{{2,140}}?))?[ \t]*(?P<colon>:)?[ \t]*$")
#: Words that open a letter or a heading, not a speaker's label ("Dear Senator Doe:").
_NOT_LABELS = {"dear", "to", "from", "re", "subject", "attn", "cc"}


def _label_above(text: str, span, paragraphs, paragraph: int, people) -> tuple[str, str]:
    """(speaker, role) when the paragraph before one that opens on a quotation is nothing but
    a person's label. Only a name the article knows as a person, given a title, a party or
    state, a role after a comma or a colon, counts: a bare heading credits no one."""
    if paragraph < 2 or not _opens_paragraph(text, span.start):
        return "", ""
    above = paragraphs[paragraph - 2]
    line = text[above.start:above.end].strip()
    match = _LABEL_PARAGRAPH.match(line) if len(line) <= 200 else None
    if not match or match.group("who").split()[0].lower() in _NOT_LABELS or \
            _ORGANISATION.search(match.group("who")) or _GROUP.search(match.group("who")):
        return "", ""
    title, name = split_speaker(match.group("who"))
    full = resolve_name(_without_stop(name), people)
    if len(name.split()) < 2 or not any(p.name == full for p in people) or \
            not (title or match.group("party") or match.group("role") or match.group("colon")):
        return "", ""
    role = match.group("role") or title
    return full, (role or "").strip().rstrip(":")


def _credit_back(rows: list[dict], text: str) -> None:
    """A quotation left open at a paragraph's end and left blank takes the speaker its
    continuation is credited to ("“… \n\n“…,” Doe said.")."""
    for i in range(len(rows) - 2, -1, -1):
        row, following = rows[i], rows[i + 1]
        if not row["speaker"] and following["speaker"] and _unclosed(text, row) and \
                following["paragraph"] == row["paragraph"] + 1 and \
                _opens_paragraph(text, following["char_start"]):
            row["speaker"], row["speaker_role"] = following["speaker"], following["speaker_role"]


def _credit_headline(rows: list[dict]) -> None:
    """A headline's quotation left blank takes the speaker of the body's quotation that
    holds the same words ("“The phone is my jailer”: A Reynosa shelter nun on …" and, below,
    Yessenia's "“Sister, the phone is my jailer. …”"), when only one speaker holds them."""
    def plain(quote: str) -> str:
        return " ".join(re.findall(r"[\w\u00c0-\u024f]+", quote.lower()))
    for row in rows:
        words = plain(row["quote"])
        if row["paragraph"] != 1 or row["speaker"] or len(words.split()) < 3:
            continue
        holders = {(other["speaker"], other["speaker_role"]) for other in rows
                   if other["paragraph"] > 1 and other["speaker"] and
                   f" {words} " in f" {plain(other['quote'])} "}
        if len(holders) == 1:
            row["speaker"], row["speaker_role"] = holders.pop()


def _sentence_of(article: Article, starts: list[int], position: int):
    """The first sentence whose span (end included) holds `position`, else the last one."""
    index = bisect_right(starts, position) - 1
    for candidate in (index - 1, index):
        if 0 <= candidate < len(starts):
            sentence = article.sentences[candidate]
            if sentence.start <= position < sentence.end + 1:
                return sentence
    return article.sentences[-1]


#: When a document was issued, between its noun and the comma: "In a statement Wednesday, CBP said".
_DAY_WORDS = "|".join([*vocabulary.words("english", "weekdays"), "today", "yesterday", "last\\s+week",
                       "this\\s+week", "late\\s+\\w+day", "early\\s+\\w+day"])
#: "the statement", "the report", "the ruling": a document speaking after a quotation.
_DOCUMENT_NOUNS = r"statement|report|ruling|opinion|order|release|news\s+release|letter|memo|post|filing|complaint|indictment|testimony|study|audit|petition|lawsuit"
#: "“…,” the report found.": a document as the speaker, with a verb only documents take.
_DOCUMENT_VERB_AFTER = re.compile(rf"^[,\s]*(?P<who>[Tt]he\s+(?:written\s+|joint\s+)?(?:{_DOCUMENT_NOUNS}))\s+"
                                  r"(?:found|finds|concluded|concludes|states|stated|notes|noted|reads|"
                                  r"warned|warns|argued|argues|alleges|alleged|recommends|recommended)\b")
#: "“…,” Crane’s statement said", "“…,” the council's letter reads": whose document speaks.
_OWNERS_DOCUMENT_SAID = re.compile(
    rf"^[,\s]*(?P<who>(?:the\s+)?{_CAP}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP}){{0,5}})['\u2019]s\s+"
    rf"(?:written\s+|joint\s+|prepared\s+)?(?:{_DOCUMENT_NOUNS})\s+(?:said|says|reads|read|stated|states|added)\b")
_DOCUMENT_SAID = re.compile(rf"[Tt]he\s+(?:written\s+|joint\s+|agency['\u2019]s\s+)?(?P<doc>{_DOCUMENT_NOUNS})")
_BODY_RUN = rf"(?:the\s+)?{_CAP}(?:(?:['\u2019]s)?[\s-]+(?:of\s+|and\s+|for\s+|the\s+|in\s+|on\s+)*{_CAP}){{0,8}}"
_DOCUMENT_FROM_SAID = re.compile(rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts)\s+(?:\w+\s+)?(?:written\s+|joint\s+)?"
                                 rf"(?:{_DOCUMENTS})\s+(?:from|by|of|issued\s+by)\s+(?P<who>{_BODY_RUN})"
                                 rf"(?:,[^,;.]{{1,60}},)?\s+(?:said|says|stated|read|reads|added|called|"
                                 rf"noted|described)\b")


_BODY_WORD = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in vocabulary.words("english", "body_words"))
                        + r")\b")


_SPELLED = re.compile(r"\b(?:[A-Z][\w\u00c0-\u024f.'\u2019-]*(?:\s+(?:of|for|and|the|on|de|del)(?=\s))*\s+)+"
                     r"[A-Z][\w\u00c0-\u024f'\u2019-]*")


#: Words in capitals that are no agency's initials.
_NOT_AGENCIES = {"I", "OK", "US", "AM", "PM", "TV", "AP", "THE", "AND", "NOT", "YES", "NO"}


def _spelled_out(acronym: str, text: str) -> str:
    """The body an acronym stands for, as the text spells it out ("DPS" after "Texas
    Department of Public Safety": its initials, or all but a leading place name); the
    acronym itself when the text spells out none, or more than one."""
    found = set()
    for match in _SPELLED.finditer(text):
        words = [w for w in match.group(0).split() if w[0].isupper()]
        initials = "".join(w[0] for w in words)
        if initials == acronym or (len(words) > len(acronym) and initials[1:] == acronym
                                   and _BODY_WORD.search(match.group(0))):
            found.add(match.group(0))
        elif len(words) > len(acronym) + 1 and initials.endswith(acronym):
            # "the U.S. Section of the International Boundary and Water Commission": the
            # body its last capitalised words spell out
            tail = [m for m in re.finditer(r"\b[A-Z][\w\u00c0-\u024f.'\u2019-]*", match.group(0))]
            tail = match.group(0)[tail[-len(acronym)].start():] if len(tail) >= len(acronym) else ""
            if tail and _BODY_WORD.search(tail):
                found.add(tail)
    if not found:  # "Mexico's National Migration Institute, or INM,", "... Institute (INM)": the
        # text pairs the name with the acronym itself (initials in another language's order)
        for paired in re.finditer(rf"(?P<body>(?:[A-Z][\w\u00c0-\u024f'\u2019-]*\s+(?:(?:of|for|and|on|de|del|la)\s+)*)"
                                  rf"{{1,6}}[A-Z][\w\u00c0-\u024f'\u2019-]*)\s*(?:,\s*or\s+|\(\s*|,\s*known\s+as\s+)"
                                  rf"{re.escape(acronym)}\b", text):
            if _BODY_WORD.search(paired["body"]):
                found.add(re.sub(r"^(?:The|Mexico['\u2019]s)\s+", "", paired["body"]))
    if not found and (known := re.search(rf"\b[Tt]he\s+(?P<noun>[a-z]+),?\s+(?:known|referred\s+to)\s+"
                                         rf"(?:by\s+its\s+(?:\w+\s+)?initials|as)\s+{re.escape(acronym)}\b",
                                         text)):
        # "The institute, known by its Spanish initials INM": the institute the text named
        noun = known["noun"].capitalize()
        named = re.findall(rf"\b(?:[A-Z][\w'\u2019-]*\s+){{1,5}}{noun}\b", text[:known.start()])
        found.update(re.sub(r"^(?:The|Mexico['\u2019]s)\s+", "", n) for n in named[-1:])
    found = {re.sub(r"['\u2019]s$", "", body) for body in found}  # ("the Administration's plan")
    return found.pop() if len(found) == 1 else acronym


_BODY_NOUNS = set(vocabulary.words("english", "body_words")) - {"times", "news", "press", "party",
                                                                  "group", "program", "project"}


def _body_named_before(text: str, position: int, noun: str, paragraphs, paragraph: int) -> str:
    """The body "the <noun>" means: the one capitalised name ending in that noun in the same
    or the previous paragraph, in its fullest printed form ("the Border Patrol's Tucson
    Sector"); '' when none or several are named."""
    start = paragraphs[max(0, paragraph - 2)].start
    pattern = re.compile(rf"(?:\b[Tt]he\s+)?(?:(?:{_CAP}\s+){{0,3}}{_CAP}['\u2019]s\s+)?"
                         rf"(?:{_CAP}\s+(?:(?:of|for|and|the|on)\s+)*){{0,6}}{noun.capitalize()}\b"
                         # "for the District of New Mexico", "of Environmental Health and Quality"
                         rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:[ \t]+{_CAP})*)*"
                         rf"(?:\s+and\s+{_CAP}(?![ \t]+[A-Z]))?")
    found = {re.sub(r"^[Tt]he\s+(?=[A-Z][\w.]*\s)", "the ", m.group(0).strip())
             for m in pattern.finditer(text, start, position)
             if len(m.group(0).split()) > 1 and m.group(0).count(noun.capitalize()) == 1}
    # ("the Department" again after "the Department of Homeland Security": one body, the
    # fullest form)
    found = {f for f in found if not any(o != f and o.lower().startswith(f.lower()) for o in found)}
    return found.pop() if len(found) == 1 else ""


def _document_author(text: str, position: int, doc: str, paragraphs, paragraph: int,
                     people) -> str:
    """Who issued the document a quotation is read from, as the text named it in the same or
    the previous paragraph before it ("In a statement, CBP said", "The report by the
    Department of Homeland Security's Office of Inspector General found", "the U.S. District
    Court in El Paso denied … the ruling reads"); '' unless exactly one is named."""
    start = paragraphs[max(0, paragraph - 2)].start
    window = text[start:position]
    doc = doc.split()[-1]
    forms = [
        # ("In a 42-page ruling, Benavides wrote")
        rf"\b[Ii]n\s+(?:a|an|its|the|his|her|their)\s+(?:[\w-]+\s+)?(?:written\s+|joint\s+|prepared\s+)?{doc}(?:\s+(?:on\s+)?(?:{_DAY_WORDS}))?\s*,\s+(?P<who>{_BODY_RUN})\s+(?:said|wrote|stated|added|told|found|ruled)",
        # ("Sen. Jack Merrow, R-Ariz., said in a written statement")
        rf"(?P<who>{_BODY_RUN})(?:\s*{PARTY_STATE}|,\s*[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,)?\s+"
        rf"(?:said|wrote|stated)\s+in\s+(?:a|an|its)\s+(?:written\s+|joint\s+)?{doc}\b",
        rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts)\s+(?:written\s+|joint\s+)?{doc}\s+(?:by|from|of|issued\s+by)\s+(?P<who>{_BODY_RUN})",
        # "the National Treasury Employees Union, which represents CBP officers, submitted a
        # written statement"
        rf"(?P<who>{_BODY_RUN})(?:,[^,;.]{{1,80}},)?\s+(?:issued|released|published|posted|submitted|"
        rf"sent|filed|delivered)\s+(?:a|an|its)\s+(?:written\s+|joint\s+)?{doc}\b",
        # "The 48-page report, produced by the university's Border Economics Lab"
        rf"\b{doc},?\s+(?:produced|written|prepared|issued|published|released|compiled)\s+by\s+"
        rf"(?:the\s+)?(?:[a-z]+['\u2019]s\s+)?(?P<who>{_BODY_RUN})",
        # "according to a report the Government Accountability Office released Monday"
        rf"\b(?:a|an)\s+(?:new\s+)?{doc}\s+(?:that\s+)?(?P<who>{_BODY_RUN})\s+(?:released|issued|published)\b",
    ]
    def issuers(where: str) -> tuple[set, set]:
        found, read = set(), set()
        for form in forms:
            for match in re.finditer(form, where):
                if hit := re.search(rf"\b{doc}\b", match.group(0)):
                    read.add(match.start() + hit.start())
                who = re.sub(r"^[Tt]he\s+", "", match.group("who")).strip()
                if re.fullmatch(r"[A-Z]{2,6}", who):
                    found.add(_spelled_out(who, text))
                elif _ORGANISATION.search(who) or _BODY_WORD.search(who):
                    found.add(who)
                elif who.split()[0] not in ("In", "A", "An", "The", "Its"):
                    title, name = split_speaker(who)
                    found.add(resolve_name(_without_stop(name), people) if name else who)
        return found, read

    def introduced(where: str) -> set:
        """Where the text introduces such a document ("a report", not "the report" that
        refers back to one: "The report, requested by the committee, found")."""
        return {m.start() for m in re.finditer(rf"\b{doc}s?\b", where, re.I)
                if not re.search(r"\b(?:the|this|that|its)\s+$", where[:m.start()], re.I)}

    found, read = issuers(window)
    mentioned = introduced(window)
    if mentioned - read:
        return ""  # a document of someone the forms did not read ("the county issued one")
    if not found and not mentioned:
        # "“…,” the report said" paragraphs after "a report the Government Accountability
        # Office released Monday": the one issuer of such a document the text names before
        everywhere = text[:position]
        found, read = issuers(everywhere)
        if introduced(everywhere) - read:
            return ""
    return found.pop() if len(found) == 1 else ""


def extract_quotes(article: Article) -> pd.DataFrame:
    """The quotes table of DESIGN.md: one row per quoted span, with its speaker."""
    text = article.text
    people = find_people(article)
    roles = {p.name: p.role for p in people}
    spans = find_quote_spans(text)
    span_starts = [s.start for s in spans]
    furthest_ends = list(accumulate((s.end for s in spans), max))

    def inside(position: int) -> bool:
        index = bisect_right(span_starts, position) - 1
        return index >= 0 and furthest_ends[index] > position

    # a surname two people share counts as someone named (AMBIGUOUS), never as either one
    mentions = _Positions((pos, name) for pos, name in person_mentions(article, people, True)
                          if not inside(pos))
    roles_named = _Positions((m.start(), m.group(0)) for m in _ROLE_MENTION.finditer(text)
                             if not inside(m.start()))
    author = whole_text_speaker(article, people)
    gender = genders(people, text)
    announced, announced_at = _announced_below(text, people, mentions)
    sentence_starts = [s.start for s in article.sentences]
    rows: list[dict] = []
    for index, span in enumerate(spans):
        sentence = _sentence_of(article, sentence_starts, span.start)
        paragraph = article.paragraphs[sentence.paragraph - 1]
        who, how = _speaker_words(text, span, max(paragraph.start, sentence.start),
                                  paragraph.end, spans, index)
        who = _first_sentence_of(who)
        speaker, role = "", ""
        named_here = {name for _, name in mentions.between(sentence.start, span.start)}
        if how in ("behalf", "plural"):
            pass  # someone speaking for another, or several people at once: no one speaker
        elif how == "document":  # "according to a statement from the Border Patrol's Yuma
            speaker = re.sub(r"[\u2019']s$", "", re.sub(r"^[Tt]he\s+", "", _without_stop(who)))  # Sector"
            if re.fullmatch(r"[A-Z]{2,6}", speaker):
                speaker = _spelled_out(speaker, text)  # "the CBO analysis": the office it names
            title, name = split_speaker(speaker)
            if title and name and not _ORGANISATION.search(speaker):  # "from Mayor Oscar Leeser"
                speaker, role = resolve_name(_without_stop(name), people), title
            elif not title and any(p.name == resolve_name(speaker, people) for p in people):
                speaker = resolve_name(speaker, people)  # "“…,” Crane’s statement said": Wesley Crane
        elif how == "participle" and (verb := _CALLED_BEFORE.search(text, sentence.start, span.start - 1)) \
                and len(before_verb := {name for _, name in mentions.between(sentence.start, verb.start())}) == 1 \
                and len(named_here) == 1 and not next(iter(before_verb)).startswith(AMBIGUOUS):
            speaker = before_verb.pop()  # "Doe, who voted no, called the grant “…”", never the
            # one the words are about ("The guidance describes Operation Stonegarden as “…”")
        elif how == "participle" and not _CALLED_BEFORE.search(text, sentence.start, span.start - 1) \
                and len(named_here) == 1 and not next(iter(named_here)).startswith(AMBIGUOUS):
            speaker = named_here.pop()  # "…, Doe backtracked, saying that “…”": the one person named
        elif how == "participle" and (first := mentions.between(sentence.start, span.start)) and \
                _SUBJECT_LEAD.fullmatch(text[sentence.start:first[0][0]]) and \
                not first[0][1].startswith(AMBIGUOUS):
            # "Art Kowalski, who worked alongside Beltrán for a decade, called his old
            # partner's speeches “…”": the sentence's subject, named first
            speaker = first[0][1]
        elif how == "adding" or (not who and rows and rows[-1]["paragraph"] == sentence.paragraph):
            speaker = rows[-1]["speaker"] if rows else ""
            if how != "adding" and _someone_else_between(text, rows[-1], span, mentions):
                speaker = ""  # another person or body is named between the two quotations
            elif how != "adding" and _unread_attribution(text, rows[-1], span):
                speaker = ""  # an attribution between them that could not be read: not a guess
        elif not who and _runs_on(text, rows, span, sentence.paragraph):
            speaker = rows[-1]["speaker"]  # the quotation goes on from the paragraph before
        elif not who and (intro := _introduced_above(text, span, article.paragraphs,
                                                     sentence.paragraph)):
            if (bare := re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+)", intro)) and \
                    bare.group(1).lower() in TITLE_WORDS:
                speaker = _titled_person(text, bare.group(1), people)  # "The Congressman stated:"
            else:
                title, name = split_speaker(re.sub(r"^the\s+", "", intro))
                speaker, role = resolve_name(_without_stop(name), people), title
        elif not who and (said := _pronoun_introduced_above(text, span, article.paragraphs,
                                                            sentence.paragraph)):
            # "… the Chief of the U.S. Border Patrol, Gregory Lindqvist, testified. … He said:"
            # above a paragraph that opens on the quotation: the pronoun's antecedent there
            pronoun, at = said
            above = article.paragraphs[sentence.paragraph - 2]  # (named in that paragraph)
            speaker = _agreeing(_antecedent(at, above.start, mentions, roles_named,
                                            above.start, text, pronoun),
                                pronoun, at, above.start, mentions, roles_named, gender, text)
        elif not who and (label := _label_above(text, span, article.paragraphs,
                                                sentence.paragraph, people))[0]:
            speaker, role = label  # "Senator Jane Doe (R-OK):" on a line of its own above
        elif not who and (reported := _reported_just_before(article, sentence, span, mentions,
                                                             people, rows)):
            speaker = reported  # "Chief Doe emphasized that X. “In 2020, …”": Doe goes on
        elif not who and _TURN_OPENING.match(text, paragraph.start):
            pass  # "A: … My grandmother used to tell us, “…”": in an interview's answer, words in
            # quotation marks with no one named are someone else's, whom the answer leaves unsaid
        elif not who:
            speaker = _continued(rows, span, sentence.paragraph, mentions, roles_named, text) \
                or author or (announced if announced_at <= span.start else "")
        elif who:
            # "I'll say it again today, “…”": the pronoun without its contraction
            lowered = re.sub(r"^(i|we|he|she|they|you)['\u2019](?:ll|ve|d|m|re|s)$", r"\1", who.lower())
            if lowered == "you" and (answer := _answering_speaker(text, span.start, people)):
                speaker = answer  # "Q: You said on Saturday, “…”": the one who answers
            elif lowered in _NOBODY:
                speaker = ""
            elif lowered in ("i", "we") and (turn := _turn_speaker(text, span.start, people)):
                speaker = turn  # "SECRETARY DOE: … We are not saying, “Don't come.”"
            elif lowered == "i" and author:
                speaker = author  # remarks or a statement by one person: "I said, “…”"
            elif lowered == "i" and (byline := _byline(text, people)):
                speaker = byline  # a column's "I wrote in June that … “…”": its byline's writer
            elif re.match(r"(?:an?|another|one)\s", lowered):
                speaker = ""  # "said a man who identified himself only as a rancher": someone new
            elif kin := re.fullmatch(_KIN_GIVEN, who + ","):
                # "“…,” his wife, Delia, said": the one person the text gives that first name
                bearers = {p.name for p in people if p.name.split()[0] == kin["given"]}
                speaker = bearers.pop() if len(bearers) == 1 else ""
            elif lowered in _PRONOUNS or _PERSON_NOUNS.match(who):
                previous_paragraph = article.paragraphs[max(0, sentence.paragraph - 2)]
                window = previous_paragraph.start
                if lowered in ("he", "she") and sentence.paragraph >= 3 and \
                        _pronoun_goes_on(lowered).match(text, window) and \
                        not mentions.between(window, span.start) and \
                        not roles_named.between(window, span.start) and \
                        not _UNNAMED_PERSON.search(_narrative(text), window, span.start):
                    # "Casillas said … ¶ He said that he had laid off nine … ¶ “…,” he said":
                    # a paragraph that goes on with the same pronoun and names no one
                    # carries the person named the paragraph before it
                    window = article.paragraphs[sentence.paragraph - 3].start
                speaker = _antecedent(span.start, paragraph.start, mentions, roles_named,
                                      window, text, lowered) \
                    if lowered not in ("they", "we", "i") else ""
                if lowered in ("he", "she"):
                    speaker = _agreeing(speaker, lowered, span.start, window,
                                        mentions, roles_named, gender, text)
                if (title := re.fullmatch(r"the\s+([A-Z][a-z]+)", speaker)) and \
                        title.group(1).lower() in TITLE_WORDS:
                    speaker = _titled_person(text, title.group(1), people)  # "the President": Biden
                if lowered in ("he", "she") and speaker and rows and rows[-1]["speaker"] == speaker \
                        and rows[-1]["paragraph"] < sentence.paragraph \
                        and re.search(r"\?\s*$", rows[-1]["quote"]):
                    speaker = ""  # "“And if they never do?” asked Justice Sonia Sotomayor. ¶ “Then
                    # the person would remain …,” she said": an answer, not the one who asked
                if lowered in ("he", "she") and speaker and (first := re.search(
                        rf"\b{lowered}\b", text[sentence.start:span.start], re.I)):
                    named_at = [at for at, name in mentions.between(sentence.start, span.start)
                                if name == speaker]
                    if named_at and min(named_at) > sentence.start + first.start():
                        speaker = ""  # "In a text message he sent last week, which Wilmer showed a
                        # reporter, he wrote: “…”": the pronoun stood for someone before Wilmer
            elif re.fullmatch(r"[Tt]he\s+[A-Z]{2,6}", who) and (spelled := _spelled_out(who.split()[1], text)) \
                    != who.split()[1]:
                speaker = spelled  # "The INM, in a statement posted Monday, said": the body
                # the text spells out
            elif re.fullmatch(r"[A-Z][A-Z .'\u2019-]{2,}", who) and not re.search(r"\b[A-Z]\.", who):
                # "CORNYN: “…”" is Cornyn; "DHS said" is the department; "PROMISE MADE:",
                # "FACT CHECK:" name no one
                acronym = who.rstrip(".")  # ("…,” according to ICE.": the agency)
                speaker = _person_of_label(who, people, text) or (
                    (_spelled_out(acronym, text) or (acronym if how == "after" and acronym not in _NOT_AGENCIES else ""))
                    if re.fullmatch(r"[A-Z]{2,6}", acronym) else "")
            elif _GROUP.search(who):
                speaker = ""  # "Americans", "Officials", "Border Patrol agents": no one person
            elif (body := re.fullmatch(r"[Tt]he\s+(?P<noun>[a-z]+|[A-Z][a-z]+)", who)) and \
                    body["noun"].lower() in _BODY_NOUNS and (body["noun"].islower() or
                                                             _body_named_before(text, span.start, body["noun"].lower(),
                                                                                article.paragraphs, sentence.paragraph)):
                # ("the Department replied …" after "the Department of Homeland Security")
                # "“…,” the sector said in a statement": the one body of that kind named just
                # before ("The Border Patrol's Tucson Sector, which covers 262 miles, said")
                speaker = _body_named_before(text, span.start, body["noun"].lower(), article.paragraphs,
                                             sentence.paragraph)
                in_document = re.match(rf"[\s,\u201d\"]*[Tt]he\s+{body['noun']}\s+(?:said|wrote|stated|added)\s+in\s+"
                                       rf"(?:a|an|the|its)\s+(?:written\s+)?(?P<doc>{_DOCUMENT_NOUNS})\b",
                                       text[span.end:span.end + 120])
                if not speaker and body["noun"] in ("company", "firm"):
                    # "“…,” the company said in a statement" after "Gulf Coast Harvest Packing
                    # LLC" named anywhere before: the one business the text names
                    firms = set(re.findall(rf"\b((?:{_CAP}\s+){{1,5}}(?:LLC|Inc\.|Inc|Corp\.|Corporation|"
                                           rf"Co\.|Company|Ltd\.))(?![\w])", text[:span.start]))
                    speaker = firms.pop().strip() if len(firms) == 1 else ""
                if not speaker and in_document and (issuer := _document_author(
                        text, span.start, in_document["doc"], article.paragraphs, sentence.paragraph,
                        people)):
                    speaker = issuer  # "In a statement, Vantor Electronics said … ¶ “…,” the
                    # company said in the statement": the body that issued it
            elif (role_noun := re.fullmatch(r"[Tt]he\s+(?P<noun>[a-z]+(?:\s+[a-z]+){0,2})", who)) and \
                    (one := _one_with_role(role_noun["noun"], people, text)):
                # ("“…,” the port director said" after "Rosalinda Osuna, the CBP port director")
                speaker = one  # "“…,” the spokeswoman said" after "Ana Lucía Treviño, a CBP
                # spokeswoman": the one person the text gives that role, none unnamed
            elif _ORGANISATION.search(who):
                speaker = re.sub(r"^[Tt]he\s+", "", _without_stop(who))  # "the Department of X"
            elif (title := re.match(r"^[Tt]he\s+([A-Z][a-z]+)$", who)) and \
                    title.group(1).lower() in TITLE_WORDS:
                speaker = _titled_person(text, title.group(1), people)  # "The Leader said"
            elif who[0].isupper() or re.match(_HONORIFIC, who):
                title, name = split_speaker(re.sub(r"^the\s+", "", who))
                name = _without_stop(name)
                full = resolve_name(name, people)
                speaker = name if set(full.split()) & set(title.split()) else full
                role = title
                if full == name and _introduced_together(name, people, text):
                    speaker, role = "", ""  # "“…,” Ochoa said" after "the sisters Lucía and
                    # Fernanda Ochoa Garza": either of them
            else:
                title = re.match(r"^the\s+([A-Z][a-z]+)$", who)
                # "the President" names one person; "a senior official", "the agency" do not
                speaker = _titled_person(text, title.group(1), people) if title and \
                    title.group(1).lower() in TITLE_WORDS else ""
        if speaker and _TOLD_PASSIVE.search(text, max(sentence.start, span.start - 60), span.start):
            speaker, role = "", ""  # "At one station, we were told, “…”": someone unnamed told
        if how == "adding" or (not who and rows and rows[-1]["paragraph"] == sentence.paragraph):
            gap = text[rows[-1]["char_end"]:span.start] if rows else ""
            if speaker and _UNNAMED_SOURCE.search(gap):
                speaker, role = "", ""  # "And the answer I got from somebody at FEMA was, “…”"
            if speaker and _READ_OUT.search(gap):
                speaker, role = "", ""  # "… Our director's order is simple, and I'll quote it:
                # “…”": words read out from something else, not the speaker before going on
        if how == "after" and not speaker and (doc := _DOCUMENT_SAID.fullmatch(who or "")):
            # "“…,” the statement said." after "In a statement, CBP said …": the body whose
            # document the article named just before, when it named exactly one
            speaker = _document_author(text, span.start, doc["doc"], article.paragraphs,
                                       sentence.paragraph, people)
        if speaker not in roles and re.search(r"\s(?:of|the)\s", speaker) and \
                re.search(r"\b[A-Z]{2,6}\b", speaker):
            # "the U.S. Section of the IBWC": the commission as the text spells it out
            speaker = re.sub(r"\b[A-Z]{2,6}\b", lambda m: _spelled_out(m.group(0), text), speaker)
        if speaker.lower() in _NOT_NAMES:
            speaker, role = "", ""  # "The report … concluded:", "Another, Pedro Garza, said": no name read
        if how == "labelled" and speaker not in roles:
            speaker, role = "", ""  # "In Iowa, the toll is rising: “…”": no person the article names
        if how == "subject" and speaker not in roles:
            # a clause subject hands on a quotation only if it is a person; else the one
            # person the sentence names before it ("Just days later, …, Doe backtracked, saying")
            named_here = {name for _, name in mentions.between(sentence.start, span.start)}
            speaker, role = (named_here.pop(), "") if len(named_here) == 1 else ("", "")
            if speaker.startswith(AMBIGUOUS):
                speaker = ""
        rows.append({
            "article_id": article.article_id, "quote_id": "", "speaker": speaker,
            "speaker_role": roles.get(speaker, "") or role, "quote": text[span.start:span.end],
            "char_start": span.start, "char_end": span.end, "paragraph": sentence.paragraph,
            "sentence": sentence.index, "how": how,
        })
    _credit_back(rows, text)
    _credit_headline(rows)
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["quote_id"] = [f"q{i:03d}" for i in range(1, len(table) + 1)]
    return table
