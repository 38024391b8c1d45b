"""The words the rules are made of, kept as data: one YAML file per topic in this folder.

As dateparser keeps `en.yaml`, a contributor adds a reporting verb, a title, a unit or a
trend word by editing a file here, not the code that uses it. `english.yaml` holds the
English of news writing; beat-specific words (places, agencies, series names) live in
their own files. Each file is a mapping of list names to lists (or mappings) of words.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent


@cache
def load(topic: str) -> dict:
    """The declarations of one topic file (`load("english")` reads english.yaml)."""
    path = FOLDER / f"{topic}.yaml"
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def words(topic: str, name: str) -> tuple[str, ...]:
    """One word list of a topic, in file order (`words("english", "reporting_verbs")`)."""
    return tuple(load(topic)[name])


#: What "{n}" in a listed phrase stands for: a small count, in digits or words ("the same
#: {n} months a year earlier" reads "the same two months a year earlier", "the same 7 months").
SMALL_COUNT = (r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")


def alternation(topic: str, name: str) -> str:
    """A word list as a regular-expression alternation, longest first so that
    "according to" is tried before "according"; a space matches any white space and
    "{n}" a small count (SMALL_COUNT)."""
    import re

    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\{n\}", SMALL_COUNT)
                    for w in sorted(words(topic, name), key=len, reverse=True))
