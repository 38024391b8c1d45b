"""Time expressions in a sentence, resolved to date intervals against the publication date.

"in December" in an article of 2024-03-26 is December 2023; "the last two fiscal years"
is FY2022-FY2023 (US federal fiscal years run 1 October - 30 September); "double the
number in 2019" in a sentence about fiscal years is FY2019. The statistics table uses
these as each figure's `period`; the timeline builds its events on them.
"""

from __future__ import annotations

import calendar
import contextvars
import datetime as dt
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache

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
    # when a month or day without a year took the year of a full date before it ("December
    # 2023 … September's"), the label it had read alone (the latest such month published)
    unanchored: str = ""


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

    def year_range(self, m: re.Match, fiscal: bool | None = None) -> tuple:
        first = int(m.group("y1"))
        last_text = m.group("y2")
        last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
        if last < first:
            raise ValueError("range runs backwards")
        if self.fiscal if fiscal is None else fiscal:
            start = fiscal_year_bounds(first)[0]
            end = fiscal_year_bounds(last)[1]
            return start, end, "fiscal_year", f"FY{first}/FY{last}"
        start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
        return start, end, "range", _interval_label(start, end)

    def full_date(self, m: re.Match) -> tuple:
        day = dt.date(int(m.group("year")), _month_number(m.group("month")), int(m.group("day")))
        return day, day, "day", day.isoformat()

    def month_day(self, m: re.Match) -> tuple:
        """The most recent such day up to publication; the next one when the clause speaks of
        the future ("Sentencing is set for Sept. 12")."""
        month, day_number = _month_number(m.group("month")), int(m.group("day"))
        year = self.published.year
        day = dt.date(year, month, day_number)
        ahead = bool(speaks_ahead(m.string[max(0, m.start() - 80):m.start()])
                     # "after May 11th, they will continue": the clause's verb is in the future
                     or _FUTURE_AFTER.match(m.string, m.end()))
        if day > self.published and not ahead:
            day = dt.date(year - 1, month, day_number)
        elif day < self.published and ahead:
            day = dt.date(year + 1, month, day_number)
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
            year = int(year_text) if year_text else 2000 + int(m.group("fy"))
            fiscal = bool(re.search(r"fiscal|FY", m.group(0), re.I))
            start = fiscal_year_bounds(year)[0] if fiscal else dt.date(year, 1, 1)
        return start, self.published, "range", _interval_label(start, self.published)

    def fiscal_year_range(self, m: re.Match) -> tuple:
        """"FY 2009-12", "fiscal years 2019-2021": fiscal years, whatever the sentence."""
        return self.year_range(m, fiscal=True)

    def since_season(self, m: re.Match) -> tuple:
        """"since last fall": from that season's start to publication."""
        start = self.season(m)[0]
        return start, self.published, "range", _interval_label(start, self.published)

    def past_hours(self, m: re.Match) -> tuple:
        """"the last 24 hours": the days those hours reach back over, to publication."""
        days = max(1, -(-int(m.group("hours")) // 24))
        start = self.published - dt.timedelta(days=days)
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
            elif which == "this" and start > self.published and (
                    re.search(r"\b(?:has|have|had|was|were)\b[^.;!?\u201c\u201d\"]{0,30}$",
                              m.string[max(0, m.start() - 40):m.start()])
                    or not speaks_ahead(m.string[max(0, m.start() - 80):m.start()]) and (
                        _shift_months(dt.date(year - 1, first, 1), 3) > self.published
                        # "Again and again this winter" in March or April: the winter just past
                        or name == "winter" and self.published.month <= 4)):
                # "this winter" in January is the one under way; "what Mexico has done this
                # winter" in April, the one just past
                start = dt.date(year - 1, first, 1)
        end = _shift_months(start, 3) - dt.timedelta(days=1)
        return start, end, "range", _interval_label(start, end)

    def month_alone(self, m: re.Match) -> tuple:
        """The most recent such month up to publication; the next one when the clause speaks
        of the future ("we expect the peak in May")."""
        month = _month_number(m.group("month"))
        year = _most_recent_month(month, self.published)
        if dt.date(year, month, 1) < self.published.replace(day=1) and speaks_ahead(
                m.string[max(0, m.start() - 80):m.start()]):
            year += 1
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
        end = p
        if m.group(0).lower().startswith("earlier") and unit != "year" and p > start:
            end = p - dt.timedelta(days=1)  # "earlier this week": before the day of writing
        return start, end, "range", _interval_label(start, end)

    def so_far_in_year(self, m: re.Match) -> tuple:
        """"so far in 2023", "2023 so far": from the year's start to publication."""
        start = dt.date(int(m.group("year")), 1, 1)
        end = min(self.published, dt.date(start.year, 12, 31))
        return start, end, "range", _interval_label(start, end)

    def end_of_month(self, m: re.Match) -> tuple:
        """"the end of February": its last part, as "late February" (days 21 to the end); "by
        the end of July", a deadline: the month's last day."""
        month = _month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else _most_recent_month(month, self.published)
        if not m.group("year") and dt.date(year, month, 1) < self.published.replace(day=1) and \
                speaks_ahead(m.string[max(0, m.start() - 80):m.start()]):
            year += 1  # "will assign 150 officers by the end of September": the coming one
        first, last = month_bounds(year, month)
        if re.search(r"\b(?:by|until|till|through)\s+$", m.string[:m.start()], re.I):
            return last, last, "day", last.isoformat()
        return first.replace(day=21), last, "range", _interval_label(first.replace(day=21), last)

    def part_of_relative_week(self, m: re.Match) -> tuple:
        """"early last week" (Monday-Wednesday), "late this week" (Thursday-Sunday)."""
        step = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
        monday = self.published - dt.timedelta(days=self.published.weekday()) + dt.timedelta(weeks=step)
        if m.group("part").lower() == "early":
            start, end = monday, monday + dt.timedelta(days=2)
        else:
            start, end = monday + dt.timedelta(days=3), monday + dt.timedelta(days=6)
        return start, end, "range", _interval_label(start, end)

    def ago(self, m: re.Match) -> tuple:
        count = 1 if m.group("count").lower() in ("a", "an", "one") else _count(m.group("count"))
        unit, p = m.group("unit").lower(), self.published
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
        unit, p = (m.group("unit") or m.group("single")).lower(), self.published
        per = {"day": 0, "week": 0, "month": 1, "year": 12, "decade": 120}[unit]
        months = per * count + (per // 2 if m.group("half") else 0)
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
                 "month": _shift_months(p, -6), "year": dt.date(p.year - 3, 1, 1)}[unit]
        return start, p, "range", _interval_label(start, p)

    def weekday(self, m: re.Match) -> tuple:
        """The most recent such day up to publication; the next one after it when the clause
        speaks of the future ("I will be back on Thursday")."""
        if speaks_ahead(m.string[max(0, m.start() - 80):m.start()]):
            ahead = (WEEKDAYS[m.group("weekday")] - self.published.weekday()) % 7 or 7
            day = self.published + dt.timedelta(days=ahead)
            return day, day, "day", day.isoformat()
        back = (self.published.weekday() - WEEKDAYS[m.group("weekday")]) % 7
        if not back and re.search(r"\blast\s+$", m.string[max(0, m.start() - 6):m.start()], re.I):
            back = 7  # "last Thursday" in a story published on a Thursday: the week before's
        day = self.published - dt.timedelta(days=back)
        return day, day, "day", day.isoformat()

    def numeric_date(self, m: re.Match) -> tuple:
        """"10/12/24", "3/4/2023": month/day/year, as U.S. texts write them."""
        year = int(m.group("y"))
        year = year if year > 99 else 2000 + year if 2000 + year <= self.published.year + 1 \
            else 1900 + year
        day = dt.date(year, int(m.group("m")), int(m.group("d")))
        return day, day, "day", day.isoformat()

    def day_of_relative_year(self, m: re.Match) -> tuple:
        """"June 4 of this year", "March 2 of last year"."""
        which = m.group("which").lower()
        year = self.published.year + (-1 if which in ("last", "previous", "prior") else
                                      1 if which in ("next", "following") else 0)
        day = dt.date(year, _month_number(m.group("month")), int(m.group("day")))
        return day, day, "day", day.isoformat()

    def since_day(self, m: re.Match) -> tuple:
        """"since Jan. 20", "since March 3, 2023": from that day to publication."""
        if m.group("year"):
            start = self.full_date(m)[0]
        else:
            start = self.month_day(m)[0]
        return start, self.published, "range", _interval_label(start, self.published)

    def now_until_month(self, m: re.Match) -> tuple:
        """"between now and November": from publication to the end of the next such month."""
        month = _month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else self.published.year + (
            month < self.published.month)
        end = month_bounds(year, month)[1]
        return self.published, end, "range", _interval_label(self.published, end)

    def calendar_quarter(self, m: re.Match) -> tuple:
        """"Q1 2024": January-March 2024."""
        start = dt.date(int(m.group("year")), 3 * int(m.group("quarter")) - 2, 1)
        end = _shift_months(start, 3) - dt.timedelta(days=1)
        return start, end, "range", _interval_label(start, end)

    def since_month_of_relative_year(self, m: re.Match) -> tuple:
        """"since August of last year": from that month's start to publication."""
        start = self.month_of_relative_year(m)[0]
        return start, self.published, "range", _interval_label(start, self.published)

    def part_of_month_by_count(self, m: re.Match) -> tuple:
        """"the first two weeks of March", "the last 10 days of June"."""
        month = _month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else _most_recent_month(month, self.published)
        first, last = month_bounds(year, month)
        days = _count(m.group("count")) * (7 if m.group("unit").lower() == "week" else 1)
        if m.group("part").lower() == "first":
            start, end = first, min(last, first + dt.timedelta(days=days - 1))
        else:
            start, end = max(first, last - dt.timedelta(days=days - 1)), last
        return start, end, "range", _interval_label(start, end)

    def months_ending(self, m: re.Match) -> tuple:
        """"the 12 months ending in September", "the past six months through March 2024"."""
        month = _month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else _most_recent_month(month, self.published)
        end = month_bounds(year, month)[1]
        start = _shift_months(dt.date(year, month, 1), 1 - _count(m.group("count")))
        return start, end, "range", _interval_label(start, end)

    def fiscal_year_ended(self, m: re.Match) -> tuple:
        """"the fiscal year that ended Sept. 30": the fiscal year closing on that day."""
        year = int(m.group("year")) if m.group("year") else (
            self.published.year if self.published >= dt.date(self.published.year, 9, 30)
            else self.published.year - 1)
        return (*fiscal_year_bounds(year), "fiscal_year", f"FY{year}")

    def months_of_current_fiscal_year(self, m: re.Match) -> tuple:
        """"the first nine months of the fiscal year": of the fiscal year the article is in
        (the one before when those months have not passed yet)."""
        count = _count(m.group("count"))
        year = fiscal_year_of(self.published)
        first, last = fiscal_year_bounds(year)
        if m.group("part").lower() == "first":
            last = _shift_months(first, count) - dt.timedelta(days=1)
            if last >= self.published:
                first, last = fiscal_year_bounds(year - 1)
                last = _shift_months(first, count) - dt.timedelta(days=1)
        else:
            first, last = fiscal_year_bounds(year - 1)
            first = _shift_months(last + dt.timedelta(days=1), -count)
        return first, last, "range", _interval_label(first, last)

    def deictic_day(self, m: re.Match) -> tuple:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(0).lower()]
        day = self.published + dt.timedelta(days=offset)
        return day, day, "day", day.isoformat()

    def past_weekend(self, m: re.Match) -> tuple:
        """"over the weekend", "last weekend": the latest Saturday and Sunday before
        publication (the one in progress when published on a weekend)."""
        p = self.published
        saturday = p - dt.timedelta(days=(p.weekday() - 5) % 7)
        if saturday > p:
            saturday -= dt.timedelta(days=7)
        sunday = saturday + dt.timedelta(days=1)
        return saturday, min(sunday, p), "range", _interval_label(saturday, min(sunday, p))

    def end_of_this_year(self, m: re.Match) -> tuple:
        """"by the end of the year": of a year the sentence named before it ("In 2019, by the
        end of the year"), else of publication: not a year a span runs on from ("since 2019,
        and will add eight more by the end of the year")."""
        named = re.findall(r"(?<!since )(?<!Since )\b((?:19|20)\d\d)\b", m.string[:m.start()])
        this = m.group(0).lower().split()[-2] == "this"
        day = dt.date(int(named[-1]) if named and not this else self.published.year, 12, 31)
        return day, day, "day", day.isoformat()

    def end_of_named_year(self, m: re.Match) -> tuple:
        """"by the end of 2025": a deadline, that year's last day."""
        day = dt.date(int(m.group("year")), 12, 31)
        return day, day, "day", day.isoformat()

    def since_weekday(self, m: re.Match) -> tuple:
        """"since Thursday": from the latest such day before publication to publication."""
        start = self.weekday(m)[0]
        return start, self.published, "range", _interval_label(start, self.published)

    def this_weekend(self, m: re.Match) -> tuple:
        """"this weekend": the Saturday and Sunday of the Monday-Sunday week of publication."""
        saturday = self.published - dt.timedelta(days=self.published.weekday()) + dt.timedelta(days=5)
        sunday = saturday + dt.timedelta(days=1)
        return saturday, sunday, "range", _interval_label(saturday, sunday)

    def night_or_part_of_day(self, m: re.Match) -> tuple:
        day = self.published - dt.timedelta(days=1 if m.group(0).lower().startswith("last") else 0)
        return day, day, "day", day.isoformat()

    def this_weekday(self, m: re.Match) -> tuple:
        """"this Sunday": that day of the Monday-Sunday week of publication."""
        monday = self.published - dt.timedelta(days=self.published.weekday())
        day = monday + dt.timedelta(days=WEEKDAYS[m.group("weekday")])
        return day, day, "day", day.isoformat()

    def day_run(self, m: re.Match) -> tuple:
        """"May 1-31": those days of the month (the most recent such month without a year)."""
        month = _month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else _most_recent_month(month, self.published)
        start = dt.date(year, month, int(m.group("day")))
        end = dt.date(year, month, int(m.group("day2")))
        if end <= start:
            raise ValueError("the run of days goes backwards")
        return start, end, "range", _interval_label(start, end)

    def week_of_month(self, m: re.Match) -> tuple:
        """"the fourth week in March": the nth Monday-to-Sunday week that starts in the month
        (the last: the one that starts last in it)."""
        month = _month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else _most_recent_month(month, self.published)
        first, last = month_bounds(year, month)
        mondays = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)
                   if (first + dt.timedelta(days=k)).weekday() == 0]
        nth = m.group("nth").lower()
        monday = mondays[-1] if nth == "last" else mondays[
            ["first", "second", "third", "fourth"].index(nth)]
        return monday, monday + dt.timedelta(days=6), "week", _interval_label(
            monday, monday + dt.timedelta(days=6))

    def year_to_present(self, m: re.Match) -> tuple:
        start = dt.date(int(m.group("year")), 1, 1)
        return start, self.published, "range", _interval_label(start, self.published)

    def part_of_month(self, m: re.Match) -> tuple:
        """"early June" (days 1-10), "mid-June" (11-20), "late June" (21 to the end)."""
        month = _month_number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else _most_recent_month(month, self.published)
        first, last = month_bounds(year, month)
        part = m.group("part").lower()
        start, end = {"early": (first, first.replace(day=10)),
                      "mid": (first.replace(day=11), first.replace(day=20)),
                      "late": (first.replace(day=21), last)}[part]
        return start, end, "range", _interval_label(start, end)

    def part_of_year(self, m: re.Match) -> tuple:
        """"early 2023" (January-April), "mid-2023" (May-August), "late 2023" (September-December)."""
        year, part = int(m.group("year")), m.group("part").lower()
        first = {"early": 1, "mid": 5, "late": 9}[part]
        start = dt.date(year, first, 1)
        end = _shift_months(start, 4) - dt.timedelta(days=1)
        return start, end, "range", _interval_label(start, end)

    def part_of_relative_year(self, m: re.Match) -> tuple:
        """"late last year", "early this year": the part of that year (as "late 2023")."""
        which = m.group("which").lower()
        year = self.published.year + {"last": -1, "this": 0, "next": 1}[which]
        first = {"early": 1, "mid": 5, "late": 9}[m.group("part").lower()]
        start = dt.date(year, first, 1)
        end = _shift_months(start, 4) - dt.timedelta(days=1)
        return start, end, "range", _interval_label(start, end)

    def month_of_relative_year(self, m: re.Match) -> tuple:
        """"December of last year", "March of the previous year", "March of this year"."""
        which = m.group("which").lower()
        year = self.published.year + (-1 if which in ("last", "previous", "prior") else
                                      1 if which in ("next", "following") else 0)
        month = _month_number(m.group("month"))
        start, end = month_bounds(year, month)
        return start, end, "month", f"{year}-{month:02d}"

    def last_month_name(self, m: re.Match) -> tuple:
        """"last August": that month of the year before publication's year."""
        month = _month_number(m.group("month"))
        year = self.published.year - 1
        start, end = month_bounds(year, month)
        return start, end, "month", f"{year}-{month:02d}"

    def last_calendar_month(self, m: re.Match) -> tuple:
        shifted = _shift_months(self.published.replace(day=1), -1)
        start, end = month_bounds(shifted.year, shifted.month)
        return start, end, "month", f"{shifted.year}-{shifted.month:02d}"

    def formal_date(self, m: re.Match) -> tuple:
        """"this twenty-seventh day of September, in the year of our Lord two thousand
        twenty-four": the date formula that closes a proclamation."""
        day_number = _ORDINALS[re.sub(r"\s+", "-", m.group("ordinal").strip().lower())]
        year = int(parse_number(m.group("year_words").replace("-", " ")))
        day = dt.date(year, _month_number(m.group("month")), day_number)
        return day, day, "day", day.isoformat()

    def term_start(self) -> dt.date:
        """The inauguration of the presidential term in force at publication."""
        starts = [dt.date.fromisoformat(d) for d in vocabulary.words("border", "presidential_terms")]
        return max((d for d in starts if d <= self.published), default=starts[0])

    def first_days_in_office(self, m: re.Match) -> tuple:
        """"my first 100 days in office": the term's first N days, from its inauguration."""
        start = self.term_start()
        end = start + dt.timedelta(days=_count(m.group("count")) - 1)
        return start, end, "range", _interval_label(start, end)

    def since_first_day(self, m: re.Match) -> tuple:
        """"since his first day in office", "since Day One": the term so far."""
        start = self.term_start()
        return start, self.published, "range", _interval_label(start, self.published)

    def two_digit_year(self, m: re.Match) -> tuple:
        """"in ‘86": the most recent such year up to publication."""
        short = int(m.group("yy"))
        year = 2000 + short if 2000 + short <= self.published.year else 1900 + short
        return _year(year, False)

    def since_decade_or_year(self, m: re.Match) -> tuple:
        """"since the 1990s", "since last year": from its start to publication."""
        start = dt.date(int(m.group("decade")), 1, 1) if m.group("decade") else \
            dt.date(self.published.year - (m.group("which").lower() == "last"), 1, 1)
        return start, self.published, "range", _interval_label(start, self.published)

    def decade(self, m: re.Match) -> tuple:
        first = int(m.group("decade") or m.group("decade_bare"))
        start, end = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        return start, end, "range", _interval_label(start, end)

    def calendar_named(self, m: re.Match) -> tuple:
        return _year(int(m.group("year")), False)

    def bare_year(self, m: re.Match) -> tuple:
        return _year(int(m.group("year")), self.fiscal)


_UNITS_ORDINAL = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth"]
#: Ordinal words of the days of a month: "first" .. "thirty-first".
_ORDINALS = {**{w: i for i, w in enumerate(_UNITS_ORDINAL, start=1)},
             **{w: i for i, w in enumerate(["tenth", "eleventh", "twelfth", "thirteenth",
                                             "fourteenth", "fifteenth", "sixteenth",
                                             "seventeenth", "eighteenth", "nineteenth",
                                             "twentieth"], start=10)},
             **{f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS_ORDINAL, start=1)},
             "thirtieth": 30, "thirty-first": 31}

#: (pattern, resolver method, case-insensitive?) - tried in this order; overlaps go to the
#: longest match. Month names are matched capitalised so "may" and "march" as verbs are not.
_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+(?:fiscal\s+(?:years?\s+)?)?(?P<y1>(?:19|20)\d\d)"
                rf"\s+(?:to|and|through|until)\s+(?P<y2>(?:19|20)\d\d)\b"), "year_range"),
    (re.compile(r"\b(?:FY|[Ff]iscal\s+[Yy]ears?)\s?(?P<y1>(?:19|20)\d\d)\s?[-\u2013\u2014]\s?"
                r"(?P<y2>(?:19|20)\d\d|\d\d)\b(?![-\u2013]?\d)"), "fiscal_year_range"),
    (re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s?[-\u2013\u2014]\s?(?P<y2>(?:19|20)\d\d|\d\d)\b"
                r"(?![-\u2013]?\d)"), "year_range"),
    (re.compile(r"\b[Ss]ince\s+(?P<which>last|this)\s+(?P<season>spring|summer|fall|autumn|winter)\b"
                r"(?P<year>)"), "since_season"),
    (re.compile(r"\b(?:the\s+)?(?:last|past|previous)\s+(?P<hours>\d+)\s+hours\b", re.I),
     "past_hours"),
    (re.compile(rf"\b{_MONTH}(?:\s+|(?<=\.))(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b"),
     "full_date"),
    (re.compile(rf"\b[Ss]o\s+far\s+in\s+{_YEAR}\b"), "so_far_in_year"),
    (re.compile(rf"\b(?:the\s+)?end\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?\b(?!\s+\d)"), "end_of_month"),
    (re.compile(r"\b(?P<part>[Ee]arly|[Ll]ate)\s+(?P<which>last|this|next)\s+week\b"),
     "part_of_relative_week"),
    (re.compile(r"(?<![\w/.$,-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/"
                r"(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])"), "numeric_date"),
    (re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+of\s+(?:the\s+)?"
                r"(?P<which>last|this|next|previous|prior|following)\s+year\b"),
     "day_of_relative_year"),
    (re.compile(rf"\b[Ss]ince\s+{_MONTH}\s+of\s+(?:the\s+)?(?P<which>last|this|previous|prior)"
                r"\s+year\b"), "since_month_of_relative_year"),
    (re.compile(rf"\b(?:the\s+)?(?P<part>first|last|final)\s+(?P<count>\d+|{NUMBER_WORDS})\s+"
                rf"(?P<unit>day|week)s\s+(?:of|in)\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
     "part_of_month_by_count"),
    # "May 1-31", "Oct. 3–4, 2023": a run of days within one month
    (re.compile(rf"\b{_MONTH}(?:\s+|(?<=\.))(?P<day>[0-3]?\d)\s*[-\u2013]\s*(?P<day2>[0-3]?\d)\b(?!\s*(?:%|percent))"
                rf"(?:,?\s+{_YEAR}\b)?"), "day_run"),
    # "the fourth week in March", "the first week of June 2023"
    (re.compile(rf"\b[Tt]he\s+(?P<nth>first|second|third|fourth|last)\s+week\s+(?:of|in)\s+{_MONTH}"
                rf"(?:,?\s+{_YEAR})?\b", re.I), "week_of_month"),
    # "from 2007 to the present", "2019 to date"
    (re.compile(rf"\b(?:[Ff]rom\s+|[Ss]ince\s+)?{_YEAR}\s+(?:to|through|until)\s+(?:the\s+present|"
                r"today|date|now)\b"), "year_to_present"),
    (re.compile(rf"\b(?P<day>[0-3]?\d)\s+{_MONTH}\s+{_YEAR}\b"), "full_date"),
    (re.compile(rf"\b(?:the\s+)?(?:(?:past|last|previous)\s+)?(?P<count>\d+|{NUMBER_WORDS})\s+"
                rf"months\s+(?:ending|ended|that\s+ended|through|to|up\s+to)\s+(?:in\s+)?{_MONTH}"
                rf"(?:,?\s+{_YEAR})?\b"), "months_ending"),
    (re.compile(rf"\b(?:the\s+)?fiscal\s+year\s+(?:that\s+)?(?:ended|ending|closed)\s+(?:on\s+|in\s+)?"
                rf"Sept(?:ember|\.)?(?:\s+30(?:th)?)?(?:,?\s+{_YEAR})?", re.I), "fiscal_year_ended"),
    (re.compile(rf"\b[Tt]he\s+(?P<part>first|last)\s+(?P<count>\d+|{NUMBER_WORDS})\s+months\s+of\s+"
                r"the\s+(?:current\s+)?fiscal\s+year\b"), "months_of_current_fiscal_year"),
    (re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,\d|\.\d|\s*(?:percent|%))"),
     "month_day"),
    (re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"), "month_year"),
    (re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s?'?(?P<fy>(?:19|20)\d\d|\d\d)\b", re.I),
     "fiscal_named"),
    # "calendar 2000", "calendar year 2023": a calendar year, even among fiscal years
    (re.compile(r"\bcalendar\s+(?:year\s+)?(?P<year>(?:19|20)\d\d)\b", re.I), "calendar_named"),
    (re.compile(rf"\b(?:the\s+)?(?P<which>last|past|previous|this|current|next)\s+"
                rf"(?:(?P<count>\d+|{NUMBER_WORDS})\s+)?fiscal\s+years?\b"
                r"(?!\s+(?:19|20)\d\d\b)", re.I),  # "this fiscal year 2014" names its year
     "fiscal_relative"),
    (re.compile(rf"\b[Ss]ince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?"
                rf"{_YEAR}\b"), "since"),
    (re.compile(r"\b[Ss]ince\s+(?:the\s+(?:start|beginning)\s+of\s+)?FY\s?'?(?P<fy>\d\d)\b"),
     "since"),  # "since FY21"
    # "since the 1990s", "since last year": from that decade's (year's) start to publication
    (re.compile(r"\b[Ss]ince\s+(?:the\s+)?(?:(?P<decade>(?:19|20)\d0)['\u2019]?s|(?P<which>last|this)\s+year)\b"),
     "since_decade_or_year"),
    (re.compile(rf"\b[Ss]ince\s+(?:(?:early|late|mid)[-\s]+)?{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?\b(?!\.?\s+\d{{1,2}}\b)"),
     "since"),
    (re.compile(rf"\b[Ss]ince\s+{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?"
                r"(?!,\d|\.\d)"), "since_day"),
    # A season needs a word that makes it a time ("last summer", "in the fall", "winter of
    # 2023"): bare "fall" and "spring" are verbs and nouns as often.
    (re.compile(r"\b(?:(?P<which>last|this|next|past|previous)\s+|(?:in|during|over|through|by)\s+"
                r"(?:the\s+)?(?:(?:early|late)\s+)?(?=\w+\s+(?:of\s+)?(?:19|20)\d\d|summer|"
                r"winter|autumn|fall\b(?!\s+(?:by|to|of|in|from))))(?P<season>spring|summer|fall|"
                r"autumn|winter)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b"
                # ("during the winter harvest": a kind of harvest, every year)
                r"(?!\s+(?:harvest|harvests|crop|crops|rush|break|schedule|season|storms?|rains?|"
                r"weather|visitors)\b)", re.I), "season"),
    (re.compile(r"\b(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)"
                r"\b(?P<which>)", re.I), "season"),
    (re.compile(rf"\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+{_MONTH}(?:,?\s+{_YEAR})?\b(?!\s+\d{{1,2}}\b)"),
     "part_of_month"),
    (re.compile(rf"\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+{_YEAR}\b"), "part_of_year"),
    (re.compile(r"\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+(?P<which>last|this|next)\s+year\b"),
     "part_of_relative_year"),
    (re.compile(rf"\b{_MONTH}\s+of\s+(?:the\s+)?(?P<which>last|this|next|previous|prior|following)"
                r"\s+year\b"), "month_of_relative_year"),
    (re.compile(rf"\b[Ll]ast\s+{_MONTH}\b(?!\s+\d)"), "last_month_name"),
    (re.compile(r"\b(?:the\s+)?(?:last|previous|prior)\s+(?:full\s+)?calendar\s+month\b", re.I),
     "last_calendar_month"),
    (re.compile(r"\b(?:tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b", re.I),
     "night_or_part_of_day"),
    (re.compile(r"\b(?:(?<=over\s)|(?<=during\s)|(?<=on\s))the\s+weekend\b|\b(?:this\s+past|last)\s+"
                r"weekend\b", re.I), "past_weekend"),
    (re.compile(r"\b[Tt]his\s+(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"), "this_weekday"),
    (re.compile(r"(?<![\w])[\u2018\u2019'](?P<yy>\d\d)\b(?![%\u2019'])"), "two_digit_year"),
    (re.compile(rf"\b(?:(?:my|his|her|our|the\s+(?:President|administration)[\u2019']s|this\s+"
                rf"administration[\u2019']s)\s+)first\s+(?P<count>\d+|{NUMBER_WORDS})\s+days"
                r"(?:\s+in\s+office)?\b", re.I), "first_days_in_office"),
    (re.compile(r"\b[Ss]ince\s+(?:(?:my|his|her|our|the\s+President[\u2019']s)\s+first\s+day\s+in"
                r"\s+office|[Dd]ay\s+[Oo]ne)\b"), "since_first_day"),
    (re.compile(r"\b(?P<ordinal>(?:(?:twenty|thirty)[-\s])?[a-z]+(?:th|st|nd|rd))\s+day\s+of\s+"
                rf"{_MONTH},?\s+in\s+the\s+year\s+of\s+our\s+Lord\s+(?P<year_words>"
                rf"{NUMBER_WORDS})"), "formal_date"),
    (re.compile(rf"(?<![\w-]){_MONTH}(?!\s+\d)\b"), "month_alone"),
    (re.compile(r"\b(?P<which>this)\s+past\s+(?P<unit>year|month|week)\b(?!s)", re.I),
     "relative_unit"),
    # ("It rebounded the next year": counted from the date before it, not from publication)
    (re.compile(r"\b(?!(?<=the\s)next\b)(?P<which>last|this|next|past)\s+"
                r"(?P<unit>year|month|week)\b(?!s)", re.I), "relative_unit"),
    (re.compile(r"\b(?:earlier|so\s+far)\s+this\s+(?P<unit>year|month|week)\b", re.I),
     "earlier_this"),
    (re.compile(rf"\b(?P<count>\d+|{NUMBER_WORDS}|an?)\s+{_UNIT}\s+ago\b", re.I), "ago"),
    # "the past several years", "the last few months": as "in recent years".
    (re.compile(r"\b(?:the\s+)?(?:last|past)\s+(?:several|few|couple\s+of)\s+"
                r"(?P<unit>week|month|year)s\b", re.I), "recent"),
    # "the past three years", "the past year"; a plural with no count ("the past months")
    # is left vague.
    (re.compile(rf"\b(?:the\s+)?(?:last|past|previous(?=\s+(?:\d|{NUMBER_WORD})))\s+"
                rf"(?:{_COUNT}\s+{_UNIT}|(?P<single>day|week|month|year|decade)(?!s))"
                r"(?P<half>\s+and\s+a\s+half)?\b", re.I),  # "the last year and a half"
     "past_span"),
    # "by the end of the year": a deadline, the publication year's last day
    (re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+(?:calendar\s+)?year\b"
                r"(?!\s+(?:(?:19|20)\d\d|before|after|earlier|later)\b)", re.I),
     "end_of_this_year"),
    # "through the end of 2025": that year's last day
    (re.compile(r"\b(?:the\s+)?end\s+of\s+(?:calendar\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-\u2013])"),
     "end_of_named_year"),
    (re.compile(r"\b[Ss]ince\s+(?:last\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b(?!,?\s+(?:" + "|".join(MONTHS)
                + r"))"), "since_weekday"),
    (re.compile(r"\b[Tt]his\s+(?:coming\s+)?weekend\b"), "this_weekend"),
    # "the next day" is counted from the date before it (timeline._ANCHORED), not publication
    # ("It rebounded the next year" too, unless a preposition makes it a span ahead: "over
    # the next year")
    (re.compile(rf"\b(?<!the )(?<!the next )(?!the\s+next\s+day\b)"
                rf"(?:(?<=over\s)|(?<=in\s)|(?<=within\s)|(?<=during\s)|(?<=for\s)|(?<=through\s)|"
                rf"(?!the\s+next\s+(?:week|month|year)\b))"
                rf"(?:the\s+)?(?:next|coming)\s+(?:{_COUNT}\s+)?{_UNIT}\b", re.I), "next_span"),
    (re.compile(rf"\bQ(?P<quarter>[1-4])\s+{_YEAR}\b"), "calendar_quarter"),
    (re.compile(rf"\b(?:between\s+now\s+and|from\s+now\s+(?:until|through|to))\s+{_MONTH}"
                rf"(?:,?\s+{_YEAR})?\b(?!\.?\s+\d)", re.I), "now_until_month"),
    # "in recent weeks/months/years" (ANNOTATION.md); "in recent days" is left vague.
    (re.compile(r"\b(?:in\s+)?recent\s+(?P<unit>week|month|year)s\b", re.I), "recent"),
    (re.compile(r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"), "weekday"),
    (re.compile(r"\b(?:yesterday|today|tomorrow)\b", re.I), "deictic_day"),
    # "the 1990s", "the 1990's", "1990s"; not "nearly four times 2020's": a year's possessive
    (re.compile(r"\b(?:(?:the|early|mid|late)[\s-]+(?P<decade>(?:19|20)\d0)['\u2019]?s"
                r"|(?P<decade_bare>(?:19|20)\d0)s)\b"), "decade"),
    (re.compile(rf"(?<![\d,.$#-]){_YEAR}(?!\d|,\d|\.\d|\s*(?:%|percent))"), "bare_year"),
]

#: Words before a weekday that put it ahead of publication: "I'll be back on Thursday".
_FUTURE_BEFORE = re.compile(r"\b(?:will|won['\u2019]t|going\s+to|shall|plans?\s+to|"
                            r"expects?\s+to|scheduled\s+(?:to|for)|set\s+(?:to|for)|next)\b"
                            # "the plan to manage the border went into effect on May 12": a
                            # verb in the past after the marker makes the date a past one
                            r"(?![^.;!?]*\b(?:went|was|were|took|had|came|became|began|lifted|"
                            r"ended|expired|did)\b)[^.;!?]*$|"
                            r"['\u2019]ll\b[^.;!?]*$", re.I)

#: A past participle or verb right before a date, not after "be": "the process announced
#: October 12" dates a past announcement even after "He will also discuss".
_PAST_RIGHT_BEFORE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:announced|released|signed|approved|"
                                r"issued|published|unveiled|adopted|passed|reached|enacted|"
                                r"launched|introduced|filed|began|ended|took\s+effect)\s+(?:on\s+)?$",
                                re.I)


def speaks_ahead(text_before: str) -> bool:
    """Whether the clause before a date speaks of the future ("Sentencing is set for"),
    and no past verb dates the expression itself ("the process announced")."""
    return bool(_FUTURE_BEFORE.search(text_before)) and not _PAST_RIGHT_BEFORE.search(text_before)


#: A future verb right after a day: "after May 11th, they will continue".
_FUTURE_AFTER = re.compile(r"(?:st|nd|rd|th)?,?\s+(?:[\w'\u2019]+\s+){0,3}?(?:will|shall)\s+"
                           r"(?!have\b)", re.I)

#: "May" is a verb as often as a month: only with a date word around it.
_AMBIGUOUS_MONTHS = {"May", "March"}


#: A cheap first pass: a sentence with none of these words holds no time expression.
_TRIGGER = re.compile(
    r"\d|\b(?:" + "|".join([*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS]) + r")\b|"
    r"\b(?:last|this|next|past|previous|ago|since|recent|earlier|yesterday|today|tomorrow|"
    r"fiscal|FY|spring|summer|fall|autumn|winter|current|coming|tonight|night|morning|"
    r"afternoon|evening|first|then|weekend|end)\b|[\u2018\u2019']\d\d", re.I)


#: "figures CBP released Wednesday", "the agency said Tuesday": the date of a release or a
#: statement, never the period a figure counts.
RELEASE_DATE_BEFORE = re.compile(r"\b(?:released|published|announced|said|says|reported|posted|"
                                 r"issued|unveiled|made\s+public)\s+(?:on\s+|late\s+|early\s+|"
                                 r"last\s+)?$", re.I)


#: Words before the periods a rank is set against: "behind fiscal 2023 and fiscal 2022",
#: "topped only by January 2000".
_RANKED_AGAINST = re.compile(r"\b(?:behind|ahead\s+of|trailing|topped\s+only\s+by|after\s+only|"
                             r"exceeded\s+only\s+by|surpassed\s+only\s+by)\s+(?:only\s+)?(?:that\s+of\s+|those\s+of\s+)?"
                             # "behind fiscal 2022, 2023 and 2021": every period of the list
                             r"(?:[^;.]{0,60}?(?:\s(?:and|or)|,)\s+)?"
                             r"(?:the\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?$", re.I)


def ranked_against(text_before: str) -> bool:
    """Whether a time expression after these words is a period a rank is set against, not
    the period of a figure in the sentence."""
    return bool(_RANKED_AGAINST.search(text_before[-80:]))


def dates_a_release(text_before: str) -> bool:
    """Whether a time expression after these words dates a release or a statement."""
    # the pattern ends at the expression and is short: its last 60 characters are enough
    return bool(RELEASE_DATE_BEFORE.search(text_before[-60:]))


#: A date used as an adjective for an event, not a period a figure counts: "the president's
#: June order", "the June asylum restrictions", "the May 11 deadline".
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:(?:asylum|executive|border|presidential|federal|new|court|policy)\s+){0,2}"
    r"(?:order|orders|proclamation|rule|rules|restrictions?|policy|policies|deal|agreement|"
    r"election|elections|meeting|visit|summit|announcement|crackdown|action|ruling|decision|"
    r"deadline|memo|speech|trip|call|debate|vote|primary|hearing)\b", re.I)


def names_an_event(text_after: str) -> bool:
    """Whether a time expression before these words dates an event it qualifies ("June" in
    "the president's June order"), not a period."""
    return bool(_EVENT_NOUN_AFTER.match(text_after[:60]))


def speaks_of_fiscal_years(text: str) -> bool:
    return bool(re.search(r"\b[Ff]iscal\b|\bFISCAL\b|\bFY\s?\d", text))


#: The context of the sentence being read (`context_years`): the year, and the month when a
#: full date set it, that months and days written without a year take. Set with
#: `reading_in_year` by a reader that resolves many pieces of one sentence.
_CONTEXT: contextvars.ContextVar[tuple[int, int | None] | None] = contextvars.ContextVar(
    "context_year", default=None)


@contextmanager
def reading_in_year(context: tuple[int, int | None] | None):
    """Within the block, months and days written without a year take the context's year
    (see `context_years`); None leaves them as resolved from publication."""
    token = _CONTEXT.set(context)
    try:
        yield
    finally:
        _CONTEXT.reset(token)


def find_time_expressions(
    text: str, published: dt.date, offset: int = 0, fiscal: bool | None = None
) -> list[TimeExpression]:
    """Every time expression in `text` (a sentence), resolved; spans shifted by `offset`.

    Bare years are fiscal years when `fiscal` is true, or when it is None and the text
    speaks of fiscal years. A month or day written without a year takes the year of a full
    date before it in the sentence, else (inside `reading_in_year`) the context's year.
    """
    found = list(_find_time_expressions(text, published, offset, fiscal))
    if not found:
        return found
    return _anchored(text, offset, found, _CONTEXT.get())


def clear_cache() -> None:
    """Forget the sentences read so far (benchmarks time a cold read)."""
    _find_time_expressions.cache_clear()


@lru_cache(maxsize=4096)
def _find_time_expressions(text: str, published: dt.date, offset: int,
                           fiscal: bool | None) -> tuple[TimeExpression, ...]:
    """The expressions of a sentence read alone (cached: the readers of one article ask for
    the same sentence many times)."""
    if not _TRIGGER.search(text):
        return ()
    if fiscal is None:
        fiscal = speaks_of_fiscal_years(text)
    resolver = _Resolver(published, fiscal)
    found: list[tuple[int, int, tuple]] = []
    for pattern, method in _PATTERNS:
        for match in pattern.finditer(text):
            if method == "month_alone" and match.group("month") in _AMBIGUOUS_MONTHS:
                if not _month_context(text, match):
                    continue
            if method == "month_alone" and match.group("month") in MONTH_ABBREVIATIONS and \
                    re.match(r"\s+[A-Z]", text[match.end():]):
                continue  # "Mar Vista High School": an abbreviation alone is a month only by
                # a date word, never before a capitalised name
            if method == "month_alone" and _NAME_AFTER.match(text[match.end():]) \
                    and re.search(r"\b[A-Z][\w.]*\s+$", text[: match.start()]) \
                    and not _month_context(text, match):
                continue  # "Congressman August Pfluger": a given name, not "in March President..."
            if method == "bare_year" and (_MODEL_YEAR_AFTER.match(text[match.end():])
                                          or _NAMED_INSTRUMENT_AFTER.match(text[match.end():])):
                continue  # "a 2015 Volvo bus"; "the 1944 Water Treaty": part of a name
            if method == "deictic_day" and match.group(0).lower() == "today" and \
                    re.search(r"(?:^|[\u201c\"\s])[Nn]ot\s+$", text[:match.start()]) and \
                    re.match(r"\s*[,.!]", text[match.end():]):
                continue  # "“Not today,” he said": a refusal, no date
            if method == "bare_year" and re.match(r"-\d{3,}|_", text[match.end():]):
                continue  # "RELEASE NUMBER: 2023-088": an identifier
            if method == "weekday" and (re.search(
                    r"\b(?:every|each|any|most)\s+(?:\w+day,?\s+(?:and|or)\s+)?$|\bon\s+an?\s+[a-z]+\s+$"
                    r"|(?:^|[^\w\s]\s*|\b(?:on|as|was|is|of)\s+)an?\s+$", text[:match.start()], re.I) or (
                    re.search(r"\b(?:first|second|third|fourth|last)\s+$", text[:match.start()], re.I)
                    and re.match(r"\s+of\s+(?:each|every|the)\s+month", text[match.end():])) or (
                    re.search(r"\bthe\s+$", text[:match.start()], re.I)
                    and re.match(r"\s+(?!morning|afternoon|evening|night|before|after|of\b)[a-z]+", text[match.end():]))
                    or re.match(r"\s+hours\b", text[match.end():])):
                continue  # "He calls me every Sunday", "every Tuesday and Saturday", "On a normal
                # Friday", "a Saturday in December", "the first Saturday of each month", "the
                # Saturday farmers market", "Saturday hours": no one day
            if method in ("relative_unit", "past_span") and re.match(
                    r"\s+(?:with|when|in\s+which|that|before"
                    # "the last year agents made more", "the last month it fell": a contact clause
                    r"|(?:it|they|we|he|she|(?:the\s+)?[a-z]+s)\s+(?:[a-z]+ed|made|saw|had|was|were|did|"
                    r"got|hit|set|fell|rose|grew|topped)\b"
                    # (not "Over the last year agents reported 40 deaths": a span)
                    + (r"(?!)" if re.search(r"(?i)\b(?:over|in|during|for|within|through|across|"
                                            r"throughout)\s+$", text[:match.start()]) else "") + ")",
                    text[match.end():]) and \
                    re.search(r"(?i)\bthe\s+last\s+(?:month|year|week)$", text[:match.end()]):
                continue  # "since June 2017, the last month with a lower count": which month,
                # not the month before publication
            if method in ("bare_year", "fiscal_named") and _in_a_name(text, match):
                continue  # "the Secure the Border Act of 2023", "the 2025 Awards Ceremony"
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
        expressions.append(TimeExpression(start, end, text[start:end],
                                          date_start, date_end, precision, label))
        last_end = end
    expressions = _join_ranges(text, _with_parts(text, _weekday_dates(text, expressions),
                                                 published), resolver)
    expressions = _previous_from_anchor(text, expressions)
    # a part that took in the words before its period ("the last three months of 2023")
    # swallows an expression those words made on their own ("the last three months")
    expressions = [e for e in expressions if not any(
        o is not e and o.start <= e.start and e.end <= o.end and (o.end - o.start) > (e.end - e.start)
        for o in expressions)]
    return tuple(replace(e, start=e.start + offset, end=e.end + offset) for e in expressions)


_PREVIOUS_SPAN = re.compile(rf"^(?:the\s+)?(?:previous|preceding|prior)\s+(?P<count>\d+|{NUMBER_WORDS})\s+"
                            r"(?P<unit>day|week|month|year)s\b", re.I)


def _previous_from_anchor(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """"more fentanyl in the past two years than the previous five years": "previous" counts
    back from the start of the period named before it in the sentence, not from publication."""
    out: list[TimeExpression] = []
    for e in expressions:
        match = _PREVIOUS_SPAN.match(e.text)
        anchor = out[-1] if out else None
        if match and anchor and not re.search(r"[.!?]\s", text[anchor.end:e.start]):
            count, unit = _count(match.group("count")), match.group("unit").lower()
            end = anchor.date_start
            months = {"month": 1, "year": 12}.get(unit, 0) * count
            start = _shift_months(end, -months) if months else end - dt.timedelta(
                days=count * (7 if unit == "week" else 1))
            e = replace(e, date_start=start, date_end=end, label=_interval_label(start, end))
        out.append(e)
    return out


def _weekday_dates(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """"Wednesday, June 5, 2024": the weekday belongs to the date after it."""
    out: list[TimeExpression] = []
    for e in expressions:
        if out and out[-1].text in WEEKDAYS and e.precision == "day" \
                and re.fullmatch(r",?\s*", text[out[-1].end:e.start]):
            weekday = out.pop()
            e = replace(e, start=weekday.start, text=text[weekday.start:e.end])
            named = WEEKDAYS[weekday.text]
            if e.date_start.weekday() != named and not re.search(r"\d{4}", e.text):
                # "Monday, January 9th" in a preview dated January 6: the year whose January 9
                # is a Monday, of the two next to the one read
                for year in (e.date_start.year + 1, e.date_start.year - 1):
                    try:
                        day = e.date_start.replace(year=year)
                    except ValueError:  # February 29
                        continue
                    if day.weekday() == named:
                        e = replace(e, date_start=day, date_end=day, label=day.isoformat())
                        break
        out.append(e)
    return out


def _span(text: str, start: int, end: int, date_start: dt.date, date_end: dt.date,
          precision: str, label: str | None = None) -> TimeExpression:
    if label is None:
        label = date_start.isoformat() if date_start == date_end else _interval_label(date_start,
                                                                                       date_end)
    return TimeExpression(start, end, text[start:end], date_start, date_end, precision, label)


#: Words before a period that take part of it: "the end of", "the first half of".
_PART_BEFORE = re.compile(
    r"\b(?P<the>[Tt]he\s+)(?:(?P<end>end|close)|(?P<start>start|beginning)|(?P<half>first|second)\s+half"
    r"|(?P<quarter>first|second|third|fourth|last)\s+quarter"
    rf"|(?P<months>first|last)\s+(?:(?P<count>\d+|{NUMBER_WORDS})\s+months|month))\s+of\s+(?:the\s+)?$")
_FOLLOWING_BEFORE = re.compile(rf"\b[Tt]he\s+(?P<count>\d+|{NUMBER_WORDS})\s+(?P<unit>day|week|month|"
                               r"year)s\s+(?:following|after|beginning|starting)\s+(?:on\s+)?$")
_SAME_PERIOD_BEFORE = re.compile(r"\b[Tt]he\s+same\s+(?:period|time|months?)\s+(?:in|of|last)\s+$")
#: "this year's first half", "fiscal 2023's second half": a half named after its period.
_HALF_AFTER = re.compile(r"^['\u2019]s\s+(?P<half>first|second)\s+half\b", re.I)
_TO_DATE_AFTER = re.compile(r"^\s*(?:to\s+date|through\s+today|so\s+far)\b", re.I)


def _with_parts(text: str, expressions: list[TimeExpression], published: dt.date
                ) -> list[TimeExpression]:
    """Parts of a period: "the end of Fiscal Year 2023" (its last day), "the first half of
    FY23", "the first quarter of 2024", "Fiscal Year 2023 to date" (to the end of the last
    full month before publication)."""
    out = []
    previous_part: tuple[int, int] | None = None  # (months from the start, months long)
    for e in expressions:
        following = _FOLLOWING_BEFORE.search(text[: e.start])
        if following and e.precision == "day":  # "the 12 months following May 12, 2023"
            count, unit = _count(following.group("count")), following.group("unit").lower()
            months = {"month": count, "year": 12 * count}.get(unit, 0)
            last = (_shift_months(e.date_start, months) if months else e.date_start
                    + dt.timedelta(days=count * (7 if unit == "week" else 1))) - dt.timedelta(days=1)
            out.append(_span(text, following.start(), e.end, e.date_start, last, "range"))
            continue
        part = _PART_BEFORE.search(text[: e.start])
        to_date = _TO_DATE_AFTER.match(text[e.end:])
        half_after = _HALF_AFTER.match(text[e.end:])
        if half_after and e.precision in ("year", "fiscal_year") and not part:
            first = e.date_start
            if e.precision == "year" and _shift_months(first, 6) > published and \
                    re.search(r"\bfiscal\b", text, re.I):
                # "this year's first half" in April of an article counting fiscal years: the
                # calendar half has not ended; the fiscal year's has
                first = dt.date(first.year - 1, 10, 1)
            if half_after["half"].lower() == "second":
                first = _shift_months(first, 6)
            last = _shift_months(first, 6) - dt.timedelta(days=1)
            if last < published:
                out.append(_span(text, e.start, e.end + half_after.end(), first, last, "range"))
                previous_part = (0 if half_after["half"].lower() == "first" else 6, 6)
                continue
        same = _SAME_PERIOD_BEFORE.search(text[: e.start])
        if same and previous_part and e.precision in ("year", "fiscal_year"):
            begin, months = previous_part
            first = _shift_months(e.date_start, begin)
            last = _shift_months(first, months) - dt.timedelta(days=1)
            out.append(_span(text, same.start(), e.end, first, last, "range"))
        elif part and (e.precision in ("fiscal_year", "month") or not (part.group("end")
                                                                      or part.group("start"))) \
                and e.precision in ("year", "fiscal_year", "month") and e.date_start != e.date_end:
            first, last = e.date_start, e.date_end
            if part.group("end"):
                first = last
            elif part.group("start"):
                last = first
            elif part.group("months"):  # "the first nine months of FY 2022", "the first month"
                count = _count(part.group("count")) if part.group("count") else 1
                if part.group("months") == "first":
                    last = _shift_months(first, count) - dt.timedelta(days=1)
                else:
                    first = _shift_months(last + dt.timedelta(days=1), -count)
            elif part.group("half"):
                middle = _shift_months(first, 6) - dt.timedelta(days=1)
                first, last = (first, middle) if part.group("half") == "first" else (
                    middle + dt.timedelta(days=1), last)
            else:
                index = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": 3}[
                    part.group("quarter")]
                first = _shift_months(e.date_start, 3 * index)
                last = _shift_months(first, 3) - dt.timedelta(days=1)
            precision = "day" if first == last else "range"
            out.append(_span(text, part.start("the"), e.end, first, last, precision))
            if first != last:
                previous_part = ((first.year - e.date_start.year) * 12 + first.month
                                 - e.date_start.month,
                                 (last.year - first.year) * 12 + last.month - first.month + 1)
        elif to_date and e.precision in ("year", "fiscal_year"):
            last = published.replace(day=1) - dt.timedelta(days=1)
            out.append(_span(text, e.start, e.end + to_date.end(), e.date_start, last, "range"))
        else:
            out.append(e)
    return out


_RANGE_GAP = re.compile(r"^\s*,?\s*(?:(?P<to>to|through|thru|until|till|[-\u2013\u2014])|(?P<and>and))\s*$",
                        re.I)
_RANGE_LEAD = re.compile(r"\b(?P<lead>[Ff]rom|[Bb]etween)\s+$")


def _join_ranges(text: str, expressions: list[TimeExpression], resolver) -> list[TimeExpression]:
    """Two periods joined as a span: "from June 2 through June 9", "between May 1, 2022, and
    June 30, 2023", "January to March 2024", "July and August 2024", "fiscal years 2022
    through 2024": one range from the start of the first to the end of the second."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(expressions):
        a = expressions[i]
        b = expressions[i + 1] if i + 1 < len(expressions) else None
        gap = _RANGE_GAP.match(text[a.end: b.start]) if b else None
        lead = _RANGE_LEAD.search(text[: a.start])
        months = a.precision in ("month", "day") and b is not None and b.precision in ("month", "day")
        between = bool(lead) and lead.group("lead").lower() == "between"
        if gap and gap.group("and") and "," in gap.group(0) and not between:
            gap = None  # "from April, and May was the busiest month": a clause break, not a span
        if gap and (gap.group("to") or between or (months and a.precision == b.precision)):
            first = a
            if a.precision in ("month", "day") and not re.search(r"(?:19|20)\d\d|year", a.text) \
                    and re.search(r"(?:19|20)\d\d", b.text):
                # "January to March 2024": the first takes the second's year
                year = b.date_start.year - (a.date_start.month > b.date_start.month)
                try:
                    start = a.date_start.replace(year=year)
                    end = a.date_end.replace(year=year) if a.precision == "day" else \
                        month_bounds(year, a.date_start.month)[1]
                except ValueError:
                    start, end = a.date_start, a.date_end
                first = replace(a, date_start=start, date_end=end)
            last = b
            if a.precision == "fiscal_year" and b.precision == "year" and re.fullmatch(
                    r"(?:19|20)\d\d", b.text):
                last = replace(b, date_start=fiscal_year_bounds(b.date_start.year)[0],
                               date_end=fiscal_year_bounds(b.date_start.year)[1])
            if first.date_start > last.date_end and a.precision == "month" and not re.search(
                    r"(?:19|20)\d\d|year", a.text + b.text):
                # "from February to May" in a March article: February of the year before May
                start = dt.date(a.date_start.year - 1, a.date_start.month, 1)
                first = replace(a, date_start=start,
                                date_end=month_bounds(start.year, start.month)[1])
            if first.date_start <= last.date_end:
                begin = lead.start("lead") if lead and lead.group("lead").lower() == "between" \
                    else a.start
                out.append(_span(text, begin, b.end, first.date_start, last.date_end, "range"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


#: A capitalised word after a month name that is no date word: the month is a given name.
_NAME_AFTER = re.compile(r"^\s+(?!(?:" + "|".join([*MONTHS, *WEEKDAYS]) + r")\b)[A-Z][a-z]+")
_LAW_BEFORE = re.compile(r"\b(?:Act|Law|Code|Rule|Order|Resolution|Authorization)(?:\s+of|,)\s+$"
                         # "the Foreign Relations Authorization Act, Fiscal Year 2003"
                         r"|\b(?:Act|Authorization|Appropriations)(?:\s+of|,)\s+(?:[Ff]iscal\s+[Yy]ear\s+)?$")
#: "a 2015 Volvo bus": a model year, not a date.
#: A treaty, a law or an accord named with its year: "the 1944 Water Treaty".
_NAMED_INSTRUMENT_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){0,3}(?:Treaty|Act|Accord|Agreement|Convention|"
                                     r"Protocol|Compact)\b")
_MODEL_YEAR_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){1,3}(?:bus|truck|car|sedan|pickup|SUV|van|"
                               r"tractor|trailer|motorcycle|vehicle|tractor-trailer)s?\b")


def _in_a_name(text: str, match: re.Match) -> bool:
    """A year inside a name (tests/corpus/ANNOTATION.md): "the Immigration Act of 1990",
    "the Consolidated Appropriations Act, 2023", "the 2025 National HIDTA Awards Ceremony"."""
    before, after = text[: match.start()], text[match.end():]
    if _LAW_BEFORE.search(before):
        return True
    if re.search(r"\b(?:Bill|Resolution|H\.\s?R\.|S\.|HB|SB|No\.|Number|Docket|Case|Order|"
                 r"Rule|Section|Article|Route|Highway|Interstate|Room|Suite|Flight)\s+$", before):
        return True  # "Senate Bill 1874", "Flight 1874": a number, not a year
    if not re.search(r"\b(?:the|this|that|its|a|an)\s+(?:fiscal\s+year\s+|FY\s?)?$", before, re.I):
        return False
    return bool(re.match(r"^\s+(?:[A-Z][\w-]*\s+){1,6}(?:Act|Awards?|Ceremony|Conference|Summit|"
                         r"Report|Strategy|Plan|Budget|Games|Census|Election|Agreement|Accords?|"
                         r"Law|Program|Bill)\b", after)
                or re.match(r"^\s+(?:[\w-]+\s+){0,4}(?:law|act|bill)\b", after))


def _month_context(text: str, match: re.Match) -> bool:
    before = text[: match.start()].rstrip().lower()
    after = text[match.end():]
    if text[match.start()].isupper() and (re.match(r"(?:'s|\u2019s)\b", after) or (
            re.search(r"\b(?:the|its|their|this|last|that)$", before) and re.match(
                r"\s+(?:total|totals|figure|figures|count|tally|numbers?|report|release|data|level|"
                r"peak|record|high|low|encounters|apprehensions|arrests|crossings)\b", after))):
        return True  # "March's total", "the May figure": a month, not a verb or a modal
    if re.match(r"[,;:]|\.(?:\s|$)", text[match.end():]) and \
            text[match.start()].isupper() and before:
        return True  # "the record remains May, when ...": the modal is never followed by a stop
    return bool(re.search(r"\b(in|since|until|by|of|last|this|early|late|mid|through|to|and|"
                          r"from|between|on|for|during)$", before))

# ------------------------------------------------------------------ the year of the context

#: A paragraph that is only a year, as a section heading: "2019: The tariff threat", "2020".
_YEAR_HEADING = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*(?:$|[:.\u2013\u2014-]\s*[^\n]{0,80}$)")


def context_years(article, paragraphs: bool = True) -> dict[int, tuple[int, int | None]]:
    """For each sentence (by index), the context a month or day written without a year is
    read in (tests/corpus/ANNOTATION.md): the year and month of the last full date ("March 3,
    2023", "May 2019") in an earlier sentence of its paragraph; else the year of a section
    heading that is only a year ("2019: The tariff threat") above it. Sentences with neither
    are left out. With `paragraphs` false only headings set a context (the figures' readers:
    a full date in another sentence is often a baseline's), and the paragraph's date only
    for a sentence that points back at a month ("16,182 apprehensions that April")."""
    years: dict[int, tuple[int, int | None]] = {}
    paragraph_date: dict[int, tuple[int, int | None]] = {}
    paragraph_own: dict[int, tuple[int, int | None]] = {}  # the same, for a season
    paragraph_years: dict[int, set[int]] = {}  # the years of a paragraph's full dates
    paragraph_span: dict[int, tuple[int, int | None]] = {}  # a span of one year ("2021's first
    heading_year = None  # eight months"), for a sentence that points back at it
    for sentence in article.sentences:
        text = article.sentence_text(sentence)
        paragraph = article.paragraphs[sentence.paragraph - 1]
        if sentence.start == paragraph.start and (heading := _YEAR_HEADING.match(
                article.text[paragraph.start:paragraph.end])):
            heading_year = int(heading["year"])
            continue
        context = paragraph_date.get(sentence.paragraph) if (
            paragraphs or _THAT_MONTH.search(text)) else None
        if not context and _BARE_SEASON.search(text) and not _YEARED.search(text):
            # "On June 7, 2019, … ¶ Apprehensions fell through the summer": a season without
            # a year, in a story walking through a past year, is that year's
            # (only when the dates there are of one year: "In June 2023, … in December 2022.
            # Then the numbers climbed again through the summer" is not settled so)
            for where in (sentence.paragraph, sentence.paragraph - 1):
                if where in paragraph_own:
                    context = paragraph_own[where] if len(paragraph_years[where]) == 1 else None
                    break
        if not context and _THAT_STRETCH.search(text):
            # "The busiest month in 2021's first eight months was March. July was the only
            # month in that stretch …": the year of the span pointed back at
            context = paragraph_span.get(sentence.paragraph)
        context = context or ((heading_year, None) if heading_year else None)
        if context:
            years[sentence.index] = context
        if _YEARED.search(text):
            for e in _find_time_expressions(text, article.published, 0, None):
                if _YEARED.search(e.text) and e.precision in ("day", "month"):
                    paragraph_date[sentence.paragraph] = (e.date_end.year, e.date_end.month)
                    paragraph_own[sentence.paragraph] = (e.date_end.year, e.date_end.month)
                    paragraph_years.setdefault(sentence.paragraph, set()).add(e.date_end.year)
                elif _YEARED.search(e.text) and e.date_start.year == e.date_end.year:
                    paragraph_span[sentence.paragraph] = (e.date_end.year, None)
    return years


_YEARED = re.compile(r"\b(?:19|20)\d\d\b")
_BARE_SEASON = re.compile(r"\b(?:in|during|over|through|by)\s+(?:the\s+)?(?:(?:early|late)\s+)?"
                          r"(?:spring|summer|fall|autumn|winter)\b", re.I)
#: "July was the only month in that stretch": a sentence that points back at a span named before.
_THAT_STRETCH = re.compile(r"\b(?:in|of|during|within)\s+(?:that|this|the\s+same)\s+(?:stretch|span|"
                           r"period|window)\b|\bof\s+those\s+(?:\w+\s+)?months\b", re.I)
#: "16,182 apprehensions that April": a month named before in the paragraph, with its year
#: (read so even by the figures' readers, which otherwise ignore other sentences' dates).
_THAT_MONTH = re.compile(r"\bthat\s+(?:same\s+)?(?:" + "|".join(MONTHS) + r")\b")
#: A word before a month that makes it a baseline: "half of December's", "from March".
_BASELINE_MONTH_BEFORE = re.compile(r"\b(?:from|than|since|of|over|versus|vs\.?|compared\s+(?:with|"
                                    r"to)|after|before)\s+(?:in\s+|the\s+)?$", re.I)


#: A full date compared with, which sets no year for the months after it.
_COMPARED_DATE_BEFORE = re.compile(r"\b(?:times|double|triple|twice|half|third|quarter|than|from|since|"
                                   r"compared\s+(?:with|to)|versus|vs\.?|recorded|counted|logged|"
                                   r"reached|seen|back\s+to|began|begins|begin|started|starts)\s+"
                                   r"(?:in\s+|the\s+|of\s+)?$", re.I)  # (also a series' start)
#: "this June", "next March": a month named from publication, whatever the context.
_RELATIVE_WORD_BEFORE = re.compile(r"\b(?:this|next|last|coming|past|that)\s+$", re.I)


def _anchored(text: str, offset: int, expressions: list[TimeExpression],
              context: tuple[int, int | None] | None) -> list[TimeExpression]:
    """Months and days without a year in the year of the last full date before them (in the
    sentence, else the context's): "In April 2020, … from March" is March 2020. A baseline
    month later in the year than that date is the year before: "In January 2024, … half of
    December's" is December 2023."""
    out: list[TimeExpression] = []
    anchor = context
    for e in expressions:
        before = text[:max(0, e.start - offset)]
        if _YEARED.search(e.text) and e.precision in ("day", "month"):
            if not _COMPARED_DATE_BEFORE.search(before):  # not "nearly three times the June
                anchor = (e.date_end.year, e.date_end.month)  # 2018 level, … the second-highest June"
        elif e.precision == "year" and re.fullmatch(r"\s*(?:In|During|Throughout|By)\s+", before) \
                and re.fullmatch(r"(?:calendar\s+(?:year\s+)?)?(?:19|20)\d\d", e.text) and re.match(
                    r",|\s+(?!(?:and|or|to|through|until|versus|vs)\b)[a-z]", text[e.end - offset:]):
            anchor = (e.date_start.year, None)  # "In 2019, … between May and September", "In
            # 2023 the busiest month came at the very end, in September"
        elif e.precision == "year" and re.fullmatch(r"(?:calendar\s+(?:year\s+)?)?(?:19|20)\d\d", e.text) and \
                re.search(r"\bmonth\s+(?:of|in)\s+$", before, re.I) and \
                re.match(r"\s+(?:was|were|came\s+in)\b", text[e.end - offset:]):
            anchor = (e.date_start.year, None)  # "The busiest month of 2019 was May, at 144,116"
        elif e.precision == "year" and re.fullmatch(r"(?:19|20)\d\d", e.text) and \
                re.search(r"\bthe\s+$", before) and re.match(r"\s+(?:span|stretch|period|months)\b",
                                                            text[e.end - offset:]):
            anchor = (e.date_start.year, None)  # "The busiest month of the 2022 span was May"
        elif anchor and (not _RELATIVE_WORD_BEFORE.search(before) or (
                e.precision == "month" and re.search(r"\bthat\s+(?:same\s+)?$", before))):
            # ("that April": the April of the date before, not the latest one)
            year, month = anchor
            if month and e.precision in ("day", "month") and e.date_start.month > month and \
                    _BASELINE_MONTH_BEFORE.search(text[:max(0, e.start - offset)]):
                year -= 1
            e = _in_year(e, year)
        out.append(e)
    return out


def _in_year(e: TimeExpression, year: int) -> TimeExpression:
    """A month or day written without a year, in the year of the full date before it in its
    paragraph (tests/corpus/ANNOTATION.md): "On March 3, 2023, ... in May" is May 2023."""
    if re.search(r"\b(?:19|20)\d\d\b|\b(?:year|week|ago|last|this|next|today|yesterday|"
                 r"tomorrow|tonight)\b", e.text, re.I) or e.precision not in ("day", "month", "range") \
            or e.date_start.year == year:
        return e
    if e.precision == "range" and (
            not re.search(r"\b(?:" + "|".join([*MONTHS, *MONTH_ABBREVIATIONS]) + r")\b", e.text)
            # ("through the summer" after "On June 7, 2019": that year's summer)
            and not re.search(r"\b(?:spring|summer|fall|autumn|winter)\b", e.text, re.I)
            or re.search(r"\b(?:recent|past|since|later|earlier|following|previous|weeks?|months?|"
                         r"days?|weekend)\b", e.text, re.I)):
        return e  # only a span of named months or days ("from February to May", "early June")
    shift = year - e.date_start.year  # a range moves as a whole
    try:
        start = e.date_start.replace(year=year)
        last = e.date_end.year + shift
        end = e.date_end.replace(year=last, day=min(e.date_end.day,
                                                    calendar.monthrange(last, e.date_end.month)[1]))
    except ValueError:
        return e
    if e.precision == "day" and re.fullmatch(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                                             r"Saturday|Sunday)", e.text):
        return e  # a weekday is counted from publication
    label = start.isoformat() if e.precision == "day" else f"{year}-{start.month:02d}" \
        if e.precision == "month" else f"{start.isoformat()}/{end.isoformat()}"
    return replace(e, date_start=start, date_end=end, label=label, unanchored=e.label)
