"""Reading a number as written: digits with separators and scales, English number words.

Number words are converted by text2num (a maintained, compiled parser for cardinal words
in several languages); this module adds what it does not cover: "a million", digits
followed by a scale word ("1.5 million"), money abbreviations ("$3bn"), fractions
("two-thirds") and vague plurals ("hundreds of").
"""

from __future__ import annotations

import re

from text_to_num import text2num

from analysis import vocabulary

SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
ABBREVIATED_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                      "b": 1_000_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000}

UNIT_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
              "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORD = r"(?:" + "|".join(UNIT_WORDS + TENS_WORDS + list(SCALES)) + r")"
#: A run of cardinal words: "eighteen", "two million", "twenty-five", "two hundred and fifty".
NUMBER_WORDS = rf"\b{NUMBER_WORD}(?:(?:[ \t]+|-|(?<=hundred)[ \t]+and[ \t]+){NUMBER_WORD})*\b"
#: Digits with optional thousands separators and decimals: "302,034", "1.5", "18".
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

#: Denominators of fractions written in words, singular and plural.
FRACTION_DENOMINATORS: dict[str, int] = dict(vocabulary.load("english")["fraction_denominators"])
#: Multiplying words: "double the number", "tripled", "halved".
MULTIPLIER_WORDS: dict[str, float] = dict(vocabulary.load("english")["multiplier_words"])
#: Vague plurals, read as the unit they count in ("hundreds" is at least 100).
VAGUE_FLOORS: dict[str, int] = dict(vocabulary.load("english")["vague_floors"])


def parse_digits(text: str) -> float:
    """'302,034' -> 302034.0, '1.5' -> 1.5."""
    return float(text.replace(",", ""))


def parse_number_words(text: str) -> float:
    """'two million' -> 2000000.0, 'twenty-five' -> 25.0; ValueError if not a cardinal."""
    words = re.sub(r"\s+", " ", text.strip().lower())
    if words.startswith("a "):
        words = "one " + words[2:]
    try:
        return float(text2num(words, "en"))
    except ValueError:
        # text2num refuses a scale without a multiplier ("hundred") and some joins.
        if words in SCALES:
            return float(SCALES[words])
        raise


def parse_number(text: str) -> float:
    """Digits or words, with an optional trailing scale word: '1.5 million', 'two million'."""
    text = text.strip()
    match = re.fullmatch(rf"({DIGITS})\s*(hundred|thousand|million|billion|trillion)?", text, re.I)
    if match:
        value = parse_digits(match.group(1))
        if match.group(2):
            value *= SCALES[match.group(2).lower()]
        return value
    return parse_number_words(text)


def fraction_value(numerator: str, denominator: str) -> float:
    """'two', 'thirds' -> 0.666...; 'a', 'quarter' -> 0.25."""
    top = 1.0 if numerator.lower() in ("a", "an", "") else parse_number(numerator)
    return top / FRACTION_DENOMINATORS[denominator.lower()]


def is_year_like(text: str) -> bool:
    """A bare four-digit number that reads as a year: '2019', not '2,019' or '2019.5'."""
    return bool(re.fullmatch(r"(1[6-9]|20)\d\d", text))
