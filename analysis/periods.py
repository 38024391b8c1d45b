"""Time expressions in a sentence, resolved to date intervals against the publication date.

"in December" in an article of 2024-03-26 is December 2023; "the last two fiscal years"
is FY2022-FY2023 (US federal fiscal years run 1 October - 30 September); "double the
number in 2019" in a sentence about fiscal years is FY2019. The statistics table uses
these as each figure's `period`; the timeline builds its events on them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from analysis import vocabulary
from analysis.numbers import NUMBER_WORD, NUMBER_WORDS, parse_number

MONTHS = {name: i for i, name in enumerate(vocabulary.words("english", "months"), start=1)}
MONTH_ABBREVIATIONS: dict[str, int] = dict(vocabulary.load("english")["month_abbreviations"])
WEEKDAYS = {name: i for i, name in enumerate(vocabulary.words("english", "weekdays"))}

_MONTH = (r"(?P<month>" + "|".join(MONTHS) + r"|(?:" + "|".join(MONTH_ABBREVIATIONS)
          + r")\.?)")
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_COUNT = rf"(?P<count>\d+|{NUMBER_WORDS})"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"


@dataclass(frozen=True)
class TimeExpression:
    """One time reference: where it stands and the interval it resolves to."""

    start: int
    end: int
    text: str
    date_start: dt.date
    date_end: dt.date
    precision: str  # day, week, month, year, fiscal_year, range
    label: str  # the interval in ISO 8601 form, fiscal years as FY2023


def fiscal_year_of(day: dt.date) -> int:
    """US federal fiscal year: FY2024 runs 2023-10-01 to 2024-09-30."""
    return day.year + 1 if day.month >= 10 else day.year


def fiscal_year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year - 1, 10, 1), dt.date(year, 9, 30)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _count(text: str) -> int:
    return int(parse_number(text))


def _interval_label(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()}/{end.isoformat()}"


def _year(year: int, fiscal: bool) -> tuple[dt.date, dt.date, str, str]:
    if fiscal:
        return (*fiscal_year_bounds(year), "fiscal_year", f"FY{year}")
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year)


def _most_recent_month(month: int, published: dt.date) -> int:
    """The year of the most recent such month up to publication."""
    return published.year if month <= published.month else published.year - 1


class _Resolver:
    """Resolves each kind of expression; one method per pattern, named for it."""

    def __init__(self, published: dt.date, fiscal: bool):
        self.published = published
        self.fiscal = fiscal

    def year_range(self, m: re.Match) -> tuple:
        first = int(m.group("y1"))
        last_text = m.group("y2")
        last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
        if last < first:
            raise ValueError("range runs backwards")
        if self.fiscal:
            start = fiscal_year_bounds(first)[0]
            end = fiscal_year_bounds(last)[1]
            return start, end, "fiscal_year", f"FY{first}/FY{last}"
        start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
        return start, end, "range", _interval_label(start, end)

    def full_date(self, m: re.Match) -> tuple:
        day = dt.date(int(m.group("year")), _month_number(m.group("month")), int(m.group("day")))
        return day, day, "day", day.isoformat()

    def month_day(self, m: re.Match) -> tuple:
        month, day_number = _month_number(m.group("month")), int(m.group("day"))
        year = self.published.year
        day = dt.date(year, month, day_number)
        if day > self.published:
            day = dt.date(year - 1, month, day_number)
        return day, day, "day", day.isoformat()

    def month_year(self, m: re.Match) -> tuple:
        year, month = int(m.group("year")), _month_number(m.group("month"))
        start, end = month_bounds(year, month)
        return start, end, "month", f"{year}-{month:02d}"

    def fiscal_named(self, m: re.Match) -> tuple:
        text = m.group("fy")
        year = int(text) if len(text) == 4 else 2000 + int(text)
        return (*fiscal_year_bounds(year), "fiscal_year", f"FY{year}")

    def fiscal_relative(self, m: re.Match) -> tuple:
        current = fiscal_year_of(self.published)
        which = m.group("which").lower()
        count = _count(m.group("count")) if m.group("count") else 1
        if which in ("this", "current"):
            first = last = current
        elif which == "next":
            first = last = current + 1
        else:  # last, past, previous: completed fiscal years before the current one
            first, last = current - count, current - 1
        start, end = fiscal_year_bounds(first)[0], fiscal_year_bounds(last)[1]
        label = f"FY{first}" if first == last else f"FY{first}/FY{last}"
        return start, end, "fiscal_year", label

    def since(self, m: re.Match) -> tuple:
        month = m.groupdict().get("month")
        year_text = m.groupdict().get("year")
        if month:
            number = _month_number(month)
            year = int(year_text) if year_text else _most_recent_month(number, self.published)
            start = dt.date(year, number, 1)
        else:
            year = int(year_text)
            start = fiscal_year_bounds(year)[0] if self.fiscal else dt.date(year, 1, 1)
        return start, self.published, "range", _interval_label(start, self.published)

    def season(self, m: re.Match) -> tuple:
        """Meteorological seasons of the northern hemisphere: summer is June-August."""
        name = m.group("season").lower()
        first = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}[name]
        which = (m.group("which") or "").lower()
        year = int(m.group("year")) if m.group("year") else self.published.year
        start = dt.date(year, first, 1)
        if not m.group("year"):
            if which in ("last", "past", "previous") or (not which and start > self.published):
                start = dt.date(year - 1, first, 1)
                while _shift_months(start, 3) > self.published:
                    start = dt.date(start.year - 1, first, 1)
            elif which == "next":
                start = dt.date(year + (start <= self.published), first, 1)
        end = _shift_months(start, 3) - dt.timedelta(days=1)
        return start, end, "range", _interval_label(start, end)

    def month_alone(self, m: re.Match) -> tuple:
        month = _month_number(m.group("month"))
        year = _most_recent_month(month, self.published)
        start, end = month_bounds(year, month)
        return start, end, "month", f"{year}-{month:02d}"

    def relative_unit(self, m: re.Match) -> tuple:
        which, unit = m.group("which").lower(), m.group("unit").lower()
        p = self.published
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "year":
            return _year(p.year + step, False)
        if unit == "month":
            shifted = _shift_months(p.replace(day=1), step)
            start, end = month_bounds(shifted.year, shifted.month)
            return start, end, "month", f"{shifted.year}-{shifted.month:02d}"
        monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=step)
        sunday = monday + dt.timedelta(days=6)
        return monday, sunday, "week", _interval_label(monday, sunday)

    def earlier_this(self, m: re.Match) -> tuple:
        unit, p = m.group("unit").lower(), self.published
        if unit == "year":
            start = dt.date(p.year, 1, 1)
        elif unit == "month":
            start = p.replace(day=1)
        else:
            start = p - dt.timedelta(days=p.weekday())
        return start, p, "range", _interval_label(start, p)

    def ago(self, m: re.Match) -> tuple:
        count, unit, p = _count(m.group("count")), m.group("unit").lower(), self.published
        if unit in ("year", "decade"):
            return _year(p.year - count * (10 if unit == "decade" else 1), False)
        if unit == "month":
            shifted = _shift_months(p, -count)
            start, end = month_bounds(shifted.year, shifted.month)
            return start, end, "month", f"{shifted.year}-{shifted.month:02d}"
        days = count * (7 if unit == "week" else 1)
        day = p - dt.timedelta(days=days)
        if unit == "week":
            monday = day - dt.timedelta(days=day.weekday())
            return monday, monday + dt.timedelta(days=6), "week", _interval_label(
                monday, monday + dt.timedelta(days=6))
        return day, day, "day", day.isoformat()

    def past_span(self, m: re.Match) -> tuple:
        count = _count(m.group("count")) if m.group("count") else 1
        unit, p = m.group("unit").lower(), self.published
        months = {"day": 0, "week": 0, "month": 1, "year": 12, "decade": 120}[unit] * count
        start = _shift_months(p, -months) if months else p - dt.timedelta(
            days=count * (7 if unit == "week" else 1))
        return start, p, "range", _interval_label(start, p)

    def next_span(self, m: re.Match) -> tuple:
        count = _count(m.group("count")) if m.group("count") else 1
        unit, p = m.group("unit").lower(), self.published
        months = {"day": 0, "week": 0, "month": 1, "year": 12, "decade": 120}[unit] * count
        end = _shift_months(p, months) if months else p + dt.timedelta(
            days=count * (7 if unit == "week" else 1))
        return p, end, "range", _interval_label(p, end)

    def recent(self, m: re.Match) -> tuple:
        unit, p = m.group("unit").lower(), self.published
        start = {"day": p - dt.timedelta(days=7), "week": p - dt.timedelta(weeks=4),
                 "month": _shift_months(p, -6), "year": _shift_months(p, -36)}[unit]
        return start, p, "range", _interval_label(start, p)

    def weekday(self, m: re.Match) -> tuple:
        back = (self.published.weekday() - WEEKDAYS[m.group("weekday")]) % 7
        day = self.published - dt.timedelta(days=back)
        return day, day, "day", day.isoformat()

    def deictic_day(self, m: re.Match) -> tuple:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(0).lower()]
        day = self.published + dt.timedelta(days=offset)
        return day, day, "day", day.isoformat()

    def decade(self, m: re.Match) -> tuple:
        first = int(m.group("decade"))
        start, end = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        return start, end, "range", _interval_label(start, end)

    def bare_year(self, m: re.Match) -> tuple:
        return _year(int(m.group("year")), self.fiscal)


#: (pattern, resolver method, case-insensitive?) - tried in this order; overlaps go to the
#: longest match. Month names are matched capitalised so "may" and "march" as verbs are not.
_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+(?:fiscal\s+(?:years?\s+)?)?(?P<y1>(?:19|20)\d\d)"
                rf"\s+(?:to|and|through|until)\s+(?P<y2>(?:19|20)\d\d)\b"), "year_range"),
    (re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s?[-\u2013\u2014]\s?(?P<y2>(?:19|20)\d\d|\d\d)\b"
                r"(?![-\u2013]?\d)"), "year_range"),
    (re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b"), "full_date"),
    (re.compile(rf"\b(?P<day>[0-3]?\d)\s+{_MONTH}\s+{_YEAR}\b"), "full_date"),
    (re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,\d|\.\d|\s*(?:percent|%))"),
     "month_day"),
    (re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"), "month_year"),
    (re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s?'?(?P<fy>(?:19|20)\d\d|\d\d)\b", re.I),
     "fiscal_named"),
    (re.compile(rf"\b(?:the\s+)?(?P<which>last|past|previous|this|current|next)\s+"
                rf"(?:(?P<count>\d+|{NUMBER_WORDS})\s+)?fiscal\s+years?\b", re.I),
     "fiscal_relative"),
    (re.compile(rf"\b[Ss]ince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:fiscal\s+(?:year\s+)?)?"
                rf"{_YEAR}\b"), "since"),
    (re.compile(rf"\b[Ss]ince\s+(?:(?:early|late|mid)[-\s]+)?{_MONTH}(?:,?\s+{_YEAR})?\b(?!\s+\d{{1,2}}\b)"),
     "since"),
    # A season needs a word that makes it a time ("last summer", "in the fall", "winter of
    # 2023"): bare "fall" and "spring" are verbs and nouns as often.
    (re.compile(r"\b(?:(?P<which>last|this|next|past|previous)\s+|(?:in|during|over|through)\s+"
                r"(?:the\s+)?(?:(?:early|late)\s+)?(?=\w+\s+(?:of\s+)?(?:19|20)\d\d|summer|"
                r"winter|autumn|fall\b(?!\s+(?:by|to|of|in|from))))(?P<season>spring|summer|fall|"
                r"autumn|winter)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b", re.I), "season"),
    (re.compile(r"\b(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)"
                r"\b(?P<which>)", re.I), "season"),
    (re.compile(rf"(?<![\w-]){_MONTH}(?!\s+\d)\b"), "month_alone"),
    (re.compile(r"\b(?P<which>last|this|next|past)\s+"
                r"(?P<unit>year|month|week)\b(?!s)", re.I), "relative_unit"),
    (re.compile(r"\b(?:earlier|so\s+far)\s+this\s+(?P<unit>year|month|week)\b", re.I),
     "earlier_this"),
    (re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b", re.I), "ago"),
    (re.compile(rf"\b(?:the\s+)?(?:last|past|previous(?=\s+(?:\d|{NUMBER_WORD})))\s+"
                rf"(?:{_COUNT}\s+)?{_UNIT}\b", re.I), "past_span"),
    (re.compile(rf"\b(?:the\s+)?(?:next|coming)\s+(?:{_COUNT}\s+)?{_UNIT}\b", re.I),
     "next_span"),
    (re.compile(r"\b(?:in\s+)?recent\s+(?P<unit>day|week|month|year)s\b", re.I), "recent"),
    (re.compile(r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"), "weekday"),
    (re.compile(r"\b(?:yesterday|today|tomorrow)\b", re.I), "deictic_day"),
    (re.compile(r"\b(?:the\s+)?(?P<decade>(?:19|20)\d0)['\u2019]?s\b"), "decade"),
    (re.compile(rf"(?<![\d,.$#-]){_YEAR}(?!\d|,\d|\.\d|\s*(?:%|percent))"), "bare_year"),
]

#: "May" is a verb as often as a month: only with a date word around it.
_AMBIGUOUS_MONTHS = {"May", "March"}


#: A cheap first pass: a sentence with none of these words holds no time expression.
_TRIGGER = re.compile(
    r"\d|\b(?:" + "|".join([*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS]) + r")\b|"
    r"\b(?:last|this|next|past|previous|ago|since|recent|earlier|yesterday|today|tomorrow|"
    r"fiscal|FY|spring|summer|fall|autumn|winter|current|coming)\b", re.I)


def speaks_of_fiscal_years(text: str) -> bool:
    return bool(re.search(r"\bfiscal\b|\bFY\s?\d", text))


def find_time_expressions(
    text: str, published: dt.date, offset: int = 0, fiscal: bool | None = None
) -> list[TimeExpression]:
    """Every time expression in `text` (a sentence), resolved; spans shifted by `offset`.

    Bare years are fiscal years when `fiscal` is true, or when it is None and the text
    speaks of fiscal years.
    """
    if not _TRIGGER.search(text):
        return []
    if fiscal is None:
        fiscal = speaks_of_fiscal_years(text)
    resolver = _Resolver(published, fiscal)
    found: list[tuple[int, int, tuple]] = []
    for pattern, method in _PATTERNS:
        for match in pattern.finditer(text):
            if method == "month_alone" and match.group("month") in _AMBIGUOUS_MONTHS:
                if not _month_context(text, match):
                    continue
            try:
                resolved = getattr(resolver, method)(match)
            except (ValueError, KeyError):
                continue  # an impossible date such as "February 30"
            found.append((match.start(), match.end(), resolved))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    expressions: list[TimeExpression] = []
    last_end = -1
    for start, end, (date_start, date_end, precision, label) in found:
        if start < last_end:
            continue
        expressions.append(TimeExpression(start + offset, end + offset, text[start:end],
                                          date_start, date_end, precision, label))
        last_end = end
    return expressions


def _month_context(text: str, match: re.Match) -> bool:
    before = text[: match.start()].rstrip().lower()
    return bool(re.search(r"\b(in|since|until|by|of|last|this|early|late|mid|through)$", before))
