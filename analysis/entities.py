"""People, bodies and countries named in an article, with full names for short references.

"Feeley" is John Feeley when the article names him in full; "President Biden" is Biden
with the title "President"; "U.S. Homeland Security Advisor Liz Sherwood-Randall" is Liz
Sherwood-Randall with the role "U.S. Homeland Security Advisor". The rules read the
shape of English names and titles; the country and body words are a small gazetteer.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from analysis import vocabulary
from analysis.article import Article, title_case

_UPPER = "A-Z\u00c0-\u00de"
_NAME_WORD = rf"(?:[{_UPPER}](?:[\w\u00c0-\u024f'\u2019-]|\.(?=[{_UPPER}]))*\.?)"
_PARTICLE = r"(?:de|del|de[ \t]+la|la|van|von|da|dos|bin|al)"
#: A run of capitalised words; it never crosses a line end (a headline is not a first name).
_RUN = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD})*")

TITLE_WORDS = set(vocabulary.words("english", "titles"))
#: Offices no surname is spelled as: a run ending in one names an office, not a person.
_OFFICE_ENDS = set(vocabulary.words("english", "office_ends"))
_TITLE_TAILS = set(vocabulary.words("english", "title_tails"))
#: Words that make a capitalised run a body, a place or a thing rather than a person.
BODY_WORDS = set(vocabulary.words("english", "body_words"))
#: Mexican places this beat's sources work in (vocabulary/border.yaml).
MEXICAN_PLACES = list(vocabulary.words("border", "mexican_places"))
COUNTRIES = {country: list(aliases) + (MEXICAN_PLACES if country == "Mexico" else [])
             for country, aliases in vocabulary.load("border")["countries"].items()}
_PLACE_WORDS = {word.lower() for aliases in COUNTRIES.values() for alias in aliases
                if "administration" not in alias and "House" not in alias
                for word in alias.split()} | {
    "latin", "california", "texas", "arizona", "new", "city", "el", "paso", "eagle", "pass",
    "central", "south", "north", "southern", "northern", "border", "rio", "grande",
    "ciudad", "casa", "san", "santa", "puerto", "villa", "port", "fort", "mount", "lake",
    "street", "avenue", "county", "state", "province", "valley", "island", "islands",
}
_NOT_NAMES = {"both", "either", "neither", "each", "all",
              "the", "a", "an", "in", "on", "but", "and", "yet", "however", "since", "while",
              "when", "as", "if", "this", "that", "these", "those", "it", "he", "she", "they",
              "we", "i", "you", "there", "here", "many", "some", "one", "two", "several",
              "additionally", "people", "yes", "at", "by", "from", "to", "of",
              "then", "now", "also", "still", "later", "after", "before", "because",
              "although", "meanwhile", "indeed", "instead", "perhaps", "so", "or", "nor",
              # "What GAO recommends:", "Dear Senator,": a question word or a greeting
              "what", "which", "why", "how", "where", "who", "dear", "madam",
              } | {w.lower() for w in vocabulary.words("english", "months")
                   + vocabulary.words("english", "weekdays")}
_NATIONALITY = [(re.compile(r"\b(?:U\.S\.|American|United States|White House|Homeland Security|"
                            r"Biden(?:\u2019s|'s)?|Obama(?:\u2019s|'s)?|Trump(?:\u2019s|'s)?|federal)\b"),
                 "United States"),
                (re.compile(r"\b(?:Mexican|Mexico\u2019s|Mexico's|of Mexico|" + "|".join(
                    re.escape(place) for place in MEXICAN_PLACES) + r")\b"), "Mexico")]


_KIN_NAME = re.compile(
    r"\b(?P<kin>(?:(?:younger|older|elder|eldest|youngest|little|baby)\s+)?(?:"
    + vocabulary.alternation("english", "kin_nouns")
    + r")),\s+(?P<name>[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+),")


_KIN_GIVEN_BARE = re.compile(
    r"\b(?P<poss>his|her)\s+(?:(?:younger|older|elder|eldest|youngest|little|baby)\s+)?"
    r"(?P<kin>brother|sister|son|daughter)\s+(?P<name>[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+)"
    r"(?=,|\s+and\b|\s+\()")


@dataclass(frozen=True)
class Person:
    name: str  # the fullest form the article gives
    start: int  # first mention
    title: str = ""  # words before the name in the first mention ("Mexican President")
    role: str = ""  # the appositive after the first full mention


#: Words that open a sentence before a titled name and are no part of the title.
_LEADS = {"as", "when", "if", "but", "and", "then", "after", "before", "while", "like", "with",
          "because", "so", "once", "though", "although", "since", "until", "unlike", "for"}


def _clean_run(run: str) -> str:
    return run.strip().rstrip(".,;:").removesuffix("\u2019s").removesuffix("'s").strip()


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """(title words, name words): the name starts after the last title word."""
    last_title = -1
    for i, word in enumerate(words[:-1]):
        lowered = word.lower().rstrip(",")
        if lowered in TITLE_WORDS or (lowered.endswith("s") and lowered[:-1] in TITLE_WORDS):
            last_title = i  # ("Senators Jane Doe and John Roe": a plural title)
    return words[: last_title + 1], words[last_title + 1 :]


def _is_person(words: list[str]) -> bool:
    if any(re.fullmatch(r"(?:[A-Z]\.){2,}|(?:[A-Z]\.)+[A-Z]", w) for w in words):  # ("U.S")
        return False  # "U.S. Customs": an abbreviation, not a name
    words = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]  # initials: "Troy A. Miller"
    lowered = [w.lower().rstrip(".,\u2019'").removesuffix("\u2019s") for w in words]
    if not words or lowered[0] in _NOT_NAMES or lowered[0] in ("las", "los", "la", "lo"):
        return False  # ("Las Tres Cruces": a place's article, not a first name)
    if any(w in BODY_WORDS or w in _PLACE_WORDS for w in lowered):
        return False
    return all(w not in _NOT_NAMES for w in lowered)


_APPOSITIVE = re.compile(r"^,\s+(?!who\b|which\b|that\b|whose\b|according\b|however\b|"
                         # "Lorena Vázquez Ochoa, said in Spanish": a verb, no title
                         r"(?:said|says|told|added|wrote|stated|explained|noted|testified|"
                         r"argued|recalled|warned|insisted|asked)\b|"
                         # "López Obrador, speaking at his news conference,": a participle, no title
                         r"(?!acting\b)[a-z]+ing\b|[a-z]+ed\s+(?:by|to|at|in|on|from|with|after)\b)(?P<role>(?:a|an|the\s+)?"
                         r"(?:[A-Z][\w-]*[\u2019']s\s+)?(?:former\s+|then-)?[a-z\u00c0-\u024f][^,;.\u201c\u201d]*?"
                         r"(?:(?:of|at|for|on|in)\s+[^,;\u201c\u201d]+?)?)(?=,|\.(?:\s|$)|;|\u201d|$)")


def find_people(article: Article) -> list[Person]:
    """Every person named in full (two or more name words), with title and role."""
    return list(_people_in(article.text))


def _up_to_sentence_end(words: list[str]) -> list[str]:
    """The words of a capitalised run before a full stop that ends a sentence ("Comar.
    Asylum"); initials ("J.") and abbreviated titles ("Rev.") do not end it."""
    kept = []
    for word in words:
        kept.append(word)
        if word.endswith(".") and len(word) > 2 and word.lower() not in TITLE_WORDS \
                and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            kept[-1] = word.rstrip(".")
            break
    return kept


#: (A straight mark after a word or comma closes a quotation: the words up to the next mark
#: are outside it, ",\" said BPAU President Richard Stahl. \"".)
_SHORT_QUOTE = re.compile(r"(?:\u201c|(?<![\w,.!?;:\u2019'])\")(?!\s)([^\u201d\"\n]{1,60})[\u201d\"]")


def _runs(text: str):
    """(run, where) of each capitalised run, split after a word that ends a sentence: "for
    Guatemala. Héctor Salinas Ruiz" gives the place and then the person."""
    for match in _RUN.finditer(text):
        run, offset = match.group(0), match.start()
        while True:
            kept = _up_to_sentence_end(_clean_run(run).split())
            yield run, offset
            cut = run.find(kept[-1] + ".") if kept else -1
            if not kept or len(kept) == len(_clean_run(run).split()) or cut < 0:
                break
            rest_at = cut + len(kept[-1]) + 1
            rest = run[rest_at:]
            stripped = rest.lstrip()
            if not stripped:
                break
            offset += rest_at + len(rest) - len(stripped)
            run = stripped


#: A place noun right after a capitalised run ("the Goodyear VFW hall", "the Ruiz family
#: ranch"): the run names the place's owner or namesake, not a person who speaks.
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:family[ \t]+)?(?:" + "|".join(
    vocabulary.words("english", "place_nouns")) + r")\b")


#: An appositive that says what kind of business or organisation the name is ("a Mexicali
#: company with a fleet of 22 buses", "a trucking firm"): its head noun before any phrase.
_ORGANISATION_ROLE = re.compile(r"(?:an?|the)\s+(?:[\w\u00c0-\u024f'\u2019-]+\s+){0,3}?(?:"
                                + vocabulary.alternation("english", "organisation_heads")
                                + r")(?:\s+(?:with|in|of|that|which|based|founded|run|owned|on|at|near|for)\b|$)",
                                re.I)


_NAME_TOKEN = r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+"
_NICKNAMED = re.compile(rf"(?<![\w.])(?P<given>{_NAME_TOKEN})[ \t]+[\u201c\"\u2018']{_NAME_TOKEN}[\u201d\"\u2019'][ \t]+"
                        rf"(?P<surname>{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?)")


def title_case_headline_end(text: str) -> int:
    """Where the first line ends when it is set in title case (most of its longer words
    capitalised, as headlines are): its capitalised runs name no one reliably. Else 0."""
    end = text.find("\n")
    first = text[:end if end >= 0 else len(text)]
    if first.rstrip().endswith((".", ";", ",")):
        return 0  # a sentence, not a headline
    return len(first) if title_case(first) else 0


@lru_cache(maxsize=16)
def _people_in(text: str) -> tuple[Person, ...]:
    short_quotes = [m.span(1) for m in _SHORT_QUOTE.finditer(text)
                    if len(m.group(1).split()) <= 6]  # in text order, not overlapping
    quote_starts = [start for start, _ in short_quotes]
    people: dict[str, Person] = {}
    headline_end = title_case_headline_end(text)
    for found, at in _runs(text):
        if at < headline_end:
            continue  # "President Biden and President López Obrador Reaffirm Joint
            # Commitments": every word of a title-case headline is capitalised
        words = _up_to_sentence_end(_clean_run(found).split())
        for i, word in enumerate(words[:-1]):
            if re.search(r"[\u2019']s$", word):  # "Secretary Blinken’s Travel to Mexico":
                words = words[:i] + [word[:-2]]   # a possessive ends the name
                break
        run = " ".join(words)
        if all(w.isupper() and len(w.strip(".,:")) >= 2 for w in words):
            continue  # "CIUDAD JU\u00c1REZ": a dateline; "MY RESPONSE": a label
        index = bisect.bisect_right(quote_starts, at) - 1
        if index >= 0 and at < short_quotes[index][1]:
            continue  # inside a quoted title or gloss: \u201cTo the Other Side\u201d
        if len(words) < 2:
            continue
        single = len(words) == 2 and words[0].lower() in TITLE_WORDS
        before = text[max(0, at - 5): at]
        office = re.search(r"\b(?P<title>[A-Z][a-z]+)\s+of\s+$", text[max(0, at - 30): at])
        if office and office["title"].lower() in TITLE_WORDS and len(words) >= 3:
            # "Secretary of State Antony J. Blinken": the office's words, then the name (two
            # words, or three around an initial)
            keep = 3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2
            at += len(found) - len(found.lstrip()) + found.find(words[-keep])
            found = " ".join(words[-keep:])
            words = words[-keep:]
        elif (re.search(r"\b(?:of|at|from|past|beyond|outside|toward|towards|across|along|into|via)\s+$",
                      text[max(0, at - 9): at])
                and not _person_after_prepositions(text, at + len(found), words)) or (
                re.search(r"\b(?:in|near)\s+$", before) and words[0] not in _TITLE_TAILS
                and words[0].lower().rstrip(".") not in TITLE_WORDS):
            continue  # "of Al Otro Lado", "teaching fourth grade in Gila Bend": a body or a
            # place (not "Special Agent in Charge Shelly R. Tran")
        if _PLACE_NOUN_AFTER.match(text, at + len(found)) and \
                len(words) == len(_clean_run(found).split()):
            continue  # "at a Goodyear VFW hall": a name that modifies a place is not a person
        title, name = _split_title(words)
        while title and title[0].lower() in _LEADS:
            title = title[1:]  # "As Sen. Jane Doe put it": the title is "Sen."
        while name and (name[0].lower() in _NOT_NAMES or re.search(r"\d|-old$", name[0])
                        or re.fullmatch(r"(?:I|It|We|You|They|He|She|That|There)['\u2019](?:m|s|re|ve|ll|d)",
                                        name[0])):
            name = name[1:]  # ("I'm Teresa Valdivia": the host's name is Teresa Valdivia)
        if (len(name) < 2 and not single) or not _is_person(name):
            continue
        if all(w.lower().rstrip(".,") in TITLE_WORDS for w in name) or (
                all(w.isupper() for w in name) and not title) or \
                name[-1].lower().rstrip(".,") in _OFFICE_ENDS:  # "Foreign Secretary", "Prime Minister"
            continue  # "Mr. President", "Madam Secretary": a title alone; "The PRESIDING
            # OFFICER.": a label in capitals with no honorific (not "Mr. HALVERSON")
        full = " ".join(name)
        start = at + run.find(name[0])
        if any(_same_name_end(other.name, full) and other.name != full for other in people.values()):
            continue
        role_match = _APPOSITIVE.match(text[at + len(run):])
        role = role_match.group("role").strip() if role_match else ""
        if _ORGANISATION_ROLE.match(role):
            continue  # "Transportes Ferrer, a Mexicali company with a fleet": a business
        if full not in people:
            people[full] = Person(full, start, " ".join(title), role or " ".join(title))
        elif not people[full].role and role:
            people[full] = Person(full, people[full].start, people[full].title, role)
    # A nickname in quotation marks between the given name and the surname: Ernesto "Neto"
    # Villalobos is Ernesto Villalobos.
    for match in _NICKNAMED.finditer(text):
        given, surname = match.group("given"), match.group("surname")
        if given.lower() not in TITLE_WORDS and given.lower() not in _NOT_NAMES and \
                _is_person(surname.split()) and match.start() >= headline_end:
            name = f"{given} {surname}"
            if not any(_same_name_end(other, name) for other in people):
                people.setdefault(name, Person(name, match.start(), "", ""))
    # A given name alone, set off after a kinship word: "Her younger daughter, Sofía, 7".
    for match in _KIN_NAME.finditer(text):
        name = match.group("name")
        if name.lower() not in _NOT_NAMES and not any(
                p.name.split()[0] == name for p in people.values()):
            people.setdefault(name, Person(name, match.start("name"), "", match.group("kin")))
    # A given name right after "his brother", "her sister", "his son": "Josue Caballero, 27,
    # and his brother Elias, 23" is Elias Caballero (siblings, and a man's children, carry his
    # surname; a wife's or a mother's child's is not guessed).
    for match in _KIN_GIVEN_BARE.finditer(text):
        given = match.group("name")
        if given.lower() in _NOT_NAMES or given.lower() in TITLE_WORDS or \
                match.group("kin").lower() in ("son", "daughter") and match.group("poss").lower() != "his":
            continue
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        before = [p for p in people.values() if len(p.name.split()) >= 2 and re.search(
            rf"\b{re.escape(p.name)}\b", text[sentence_start:match.start()])]
        if len(before) != 1:
            continue
        name = f"{given} {' '.join(before[0].name.split()[1:])}"
        if not any(p.name.split()[0] == given for p in people.values()):
            people.setdefault(name, Person(name, match.start("name"), "", match.group("kin")))
    # Two given names sharing the surnames after them: "Lucía and Fernanda Ochoa Garza" is
    # Lucía Ochoa Garza too, when the text also writes her name with the surname ("Lucía Ochoa")
    # or goes on with the given name alone as a subject ("Gary and Linda Halvorsen … Gary was
    # more skeptical").
    for person in list(people.values()):
        words = person.name.split()
        window = max(0, person.start - 40)
        shared = re.search(r"(?:^|[\s,(])(?P<given>[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+)\s+and\s+$",
                           text[window:person.start])
        if len(words) < 2 or not shared or shared["given"].lower() in TITLE_WORDS:
            continue
        name = f"{shared['given']} {' '.join(words[1:])}"
        given = re.escape(shared["given"])
        if re.search(rf"\b{given}\s+{re.escape(words[1])}\b", text) or (
                shared["given"].lower() not in BODY_WORDS and shared["given"].lower() not in _NOT_NAMES
                # (not "Wade Hollister and Carmen Villanueva": a surname, after its given name)
                and not re.search(r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019.-]*[ \t]+$",
                                  text[:window + shared.start("given")])
                and not any(shared["given"] in other.name.split() for other in people.values())
                and re.search(rf"(?:^|[.!?]\s+|\n){given}(?:[\u2019']s)?\s+(?!and\b)[a-z]", text)):
            people.setdefault(name, Person(name, window + shared.start("given"), "", person.role))
    # Keep the fullest form: "López Obrador" inside "Andrés Manuel López Obrador".
    names = sorted(people, key=len, reverse=True)
    kept = [n for n in names if not any(o != n and _same_name_end(o, n) for o in names)]
    return tuple(sorted((people[n] for n in kept), key=lambda p: p.start))


def _person_after_prepositions(text: str, end: int, words: list[str]) -> bool:
    """Whether a capitalised run after "from" (or "of", "at", "past" …) is a person ("a letter … from Darlene Haskett,
    who ranches", "Mrs. Haskett" later), not a place ("from Puerto Peñasco")."""
    if re.match(r",\s+(?:who|whose)\b|,\s+\d{1,3},", text[end:end + 12]):
        return True
    surname = re.escape(words[-1])
    return bool(re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{surname}\b|\b{surname}\s+(?:said|says|told|wrote)\b",
                          text))


def resolve_name(short: str, people: list[Person]) -> str:
    """The full name for a short reference ('Feeley' -> 'John Feeley'), or the reference."""
    short = _clean_run(short)
    words = short.split()
    _, name = _split_title(words) if len(words) > 1 else ([], words)
    short = " ".join(name)
    matches = {person.name for person in people if _same_name_end(person.name, short)}
    if not matches and len(name) == 1:
        # "Guadalupe said", after "Guadalupe Ornelas" and "her brother, Efraín Ornelas": a
        # given name alone, when exactly one person the text names bears it
        matches = {person.name for person in people
                   if len(person.name.split()) >= 2 and _plain(person.name.split()[0]) == _plain(short)}
    # Two people who share the surname: the reference stays as printed, never a guess.
    return matches.pop() if len(matches) == 1 else short


@lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _same_name_end(full: str, short: str) -> bool:
    """'Andrés Manuel López Obrador' ends with 'Lopez Obrador' (accents aside); 'Enrique Lugo
    Solís' is 'Lugo' too (a first surname before a second one)."""
    full, short = _plain(full), _plain(short)
    words = full.split()
    return full == short or full.endswith(" " + short) or (
        len(words) >= 3 and " " not in short and words[-2] == short and words[-1][:1].isupper()
        and not re.fullmatch(r"[A-Z]\.?|Jr\.?|Sr\.?|I{2,3}|IV", words[-1]))


#: What `person_mentions(..., ambiguous=True)` puts for a surname two introduced people share.
AMBIGUOUS = "?"


def person_mentions(article: Article, people: list[Person],
                    ambiguous: bool = False) -> list[tuple[int, str]]:
    """(position, full name) of every mention of a known person, in full or by surname.

    A surname that two people share ("Gonzalez") is ambiguous alone and is not counted once
    both have been introduced; with `ambiguous`, it is kept as AMBIGUOUS + the surname, so
    that a reader of the mentions knows someone, but not who, is named there ("Delgado said
    Carrillo was the best tracker" names two people even when two Delgados are known).
    """
    forms: dict[str, set[str]] = {}
    for person in people:
        words = person.name.split()
        first_surname = [words[-2]] if len(words) >= 3 and words[-2][0].isupper() and \
            words[-2].lower() not in ("de", "del", "la", "van", "von") else []
        for form in {person.name, " ".join(words[-2:]), words[-1], *first_surname}:
            # ("Enríquez" for "Rodrigo Enríquez Salas": a first surname alone)
            forms.setdefault(form, set()).add(person.name)
    if not forms:
        return []
    first = {person.name: person.start for person in people}
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w])")
    found, taken = [], []
    for m in pattern.finditer(article.text):
        taken.append(m.span())
        names = forms[m.group(0)]
        if len(names) > 1:  # "Alcázar, 68, retired" before her daughter "Inés Hofmann
            # Alcázar" is named: the only one of them the text has introduced yet
            names = {name for name in names if first[name] <= m.start()}
        if len(names) == 1:
            found.append((m.start(), next(iter(names))))
        elif names and ambiguous:
            found.append((m.start(), AMBIGUOUS + m.group(0)))
    # "Efraín said he started volunteering in 2019": a given name alone, after its bearer is
    # introduced, when no one else the text names bears it or has it as a surname
    given: dict[str, list[str]] = {}
    for person in people:
        words = person.name.split()
        if len(words) >= 2 and words[0][:1].isupper() and len(words[0]) > 2:
            given.setdefault(words[0], []).append(person.name)
    given = {g: names[0] for g, names in given.items() if len(names) == 1 and g not in forms}
    if given:
        for m in re.finditer(r"(?<![\w])(?:" + "|".join(re.escape(g) for g in given) + r")(?![\w])",
                             article.text):
            name = given[m.group(0)]
            if m.start() >= first[name] + len(name) and not any(a <= m.start() < b for a, b in taken) \
                    and not re.match(r"\s+[A-Z]", article.text[m.end():]):
                found.append((m.start(), name))
        found.sort()
    return found


_COUNTRY_PATTERNS = {
    country: re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(
        aliases, key=len, reverse=True)) + r")(?![\w])")
    for country, aliases in COUNTRIES.items()}


def countries_in(text: str) -> list[str]:
    """Countries a phrase names or implies ('U.S. officials' -> United States)."""
    found = []
    for country, pattern in _COUNTRY_PATTERNS.items():
        match = pattern.search(text)
        if match:
            found.append((match.start(), country))
    return [country for _, country in sorted(found)]


def nationality(text: str) -> str:
    """The country a role or phrase ties someone to, from its words; '' when none."""
    hits = sorted((m.start(), country) for pattern, country in _NATIONALITY
                  for m in [pattern.search(text)] if m)
    return hits[0][1] if hits else ""


BODY = re.compile(
    r"(?:(?:the\s+)?(?:Mexican|U\.S\.|American|Mexico\u2019s|Mexico's|Venezuela\u2019s)\s+)?"
    r"(?:[A-Z][\w\u2019'.-]*\s+){0,4}(?:Court|Ministry|Department|Institute|Office|Agency|Patrol|"
    r"Guard|Congress|Senate|White\s+House|Administration|Government|Commission|Council|Bureau)"
    r"(?:\s+of\s+(?:[A-Z][\w\u2019'-]*\s?)+)?")


def bodies_in(text: str) -> list[str]:
    """Named bodies: 'Mexican Supreme Court', 'Mexico's Foreign Ministry', 'White House'."""
    return [re.sub(r"^the\s+", "", m.group(0).strip(), flags=re.I) for m in BODY.finditer(text)]


_FEMALE = {w.lower() for w in vocabulary.words("english", "female_words")}
_MALE = {w.lower() for w in vocabulary.words("english", "male_words")}
#: "Leyva said she …", "Whitfield told reporters he …": the pronoun of the person just named.
_SAID_PRONOUN = r"\s+(?:said|says|told\s+\w+(?:\s+\w+)?|added|recalled|explained|noted|insisted|" \
                r"acknowledged|admitted|argued|conceded|wrote)\s+(?:that\s+)?(?P<p>he|she|his|her)\b"


def _subject_then_pronoun(escaped_name: str) -> re.Pattern:
    """A sentence that opens on the name, and the next one that opens on "He" or "She"."""
    return re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)){escaped_name}(?![\w])(?P<between>[^.!?\n\u201c\u201d\"]{{0,200}}?"
                      rf"[.!?])\s+(?P<p>He|She)\s+[a-z]")


#: Anyone else a sentence speaks of, whom a pronoun after it could mean: "her husband", "a
#: girl", "him", "they".
_SOMEONE_ELSE = re.compile(r"\b(?:him|her|his|hers|they|them|their|" + vocabulary.alternation(
    "english", "person_nouns") + r"|(?:members?|group|family|families|crew|team|both|each)\s+of)\b", re.I)


def genders(people: list[Person], text: str) -> dict[str, str]:
    """Each person's name with 'f', 'm' or '' (see `gender_of`); a surname two people share
    is not read alone."""
    surnames = [p.name.split()[-1] for p in people if p.name.split()]
    return {p.name: gender_of(p, text, shared=surnames.count(p.name.split()[-1]) > 1
                              if p.name.split() else False,
                              others=tuple(w for o in people if o is not p for w in o.name.split()))
            for p in people}


def gender_of(person: Person, text: str, shared: bool = False, others: tuple[str, ...] = ()) -> str:
    """'f' or 'm' when the article marks the person so (a gendered title or noun by the name,
    "Doe said she …", "Doe, 58, has run buses since 1996. She said …"), else '' (also when
    the marks disagree). First names are not read. `others`: the words of everyone else's
    name, whose mention between the name and a pronoun leaves that pronoun unread."""
    words = person.name.split()
    forms = ({person.name} if shared else {person.name, words[-1]}) if words else set()
    found: set[str] = set()

    def mark(word: str) -> None:
        word = word.lower().rstrip(".,")
        if word in _FEMALE:
            found.add("f")
        elif word in _MALE:
            found.add("m")

    for word in (person.title + " " + person.role).split()[:4] + words[:-1]:
        mark(word)  # "Councilwoman Margarita Leyva"
    for form in forms:
        escaped = re.escape(form)
        for m in re.finditer(rf"(?<![\w]){escaped}(?![\w])", text):
            run = re.search(r"(?:[A-Z][\w'\u2019-]*\.?[ \t]+){1,3}$", text[max(0, m.start() - 60):m.start()])
            for word in (run.group(0).split() if run else []):
                mark(word)  # "Mrs. Doe", "Councilwoman Margarita Leyva"
        for m in re.finditer(rf"(?<![\w]){escaped},\s+(?:\d{{1,3}},\s+)?(?:a|an|the)\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>\w+)", text):
            mark(m["noun"])  # "Doe, 34, a mother of three"
        # ("Salinas, 31, who joined the department four years ago, said she")
        for m in re.finditer(rf"(?<![\w]){escaped}(?:,[^,;.\u201c\u201d\"]{{1,80}}){{0,2}},?{_SAID_PRONOUN}", text):
            found.add("f" if m["p"] in ("she", "her") else "m")
        # The subject of one sentence taken up by the next one's pronoun, with nobody else
        # named or spoken of between: "Ferrer, 58, has managed buses since 1996. She said …"
        for m in _subject_then_pronoun(escaped).finditer(text):
            between = m["between"]
            if not _SOMEONE_ELSE.search(between) and not any(
                    re.search(rf"\b{re.escape(word)}\b", between) for word in others):
                found.add("f" if m["p"] == "She" else "m")
    return found.pop() if len(found) == 1 else ""
