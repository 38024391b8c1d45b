"""The findings of each notebook as sentences computed from the tables, so that no
number or claim is typed by hand into a notebook's prose, and every notebook says in words
what an article lacks ("The article states no numbers.") instead of failing."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from analysis.charts import (VERDICT_COLOURS, VERDICT_WORDS, border_crossings_title,
                             fiscal_years_title, peak_sentence)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def statistics_findings(statistics: pd.DataFrame) -> str:
    if statistics.empty:
        return "The article states no numbers."
    kinds = statistics["kind"].value_counts()
    parts = ", ".join(_plural(int(n), k) for k, n in kinds.items())
    hedged = statistics[statistics["qualifier"] != "exact"]
    sourced = statistics[statistics["source"].fillna("") != ""]
    return (f"The article states {_plural(len(statistics), 'number')} ({parts}). "
            f"{len(hedged)} carry a qualifier such as \u201cmore than\u201d or \u201cat least\u201d; "
            f"{len(sourced)} are credited to a source in their sentence.")


def crossings_findings(data: pd.DataFrame, factcheck: pd.DataFrame) -> str:
    """The chart's title, then the verdicts on the article's claims about monthly figures."""
    claims = data[data["claim"] != ""] if "claim" in data else data.iloc[0:0]
    if claims.empty:
        return f"{border_crossings_title(data)}. {peak_sentence(data)}".strip()
    verdicts = claims["verdict"].value_counts()
    summary = ", ".join(f"{int(verdicts[v])} {VERDICT_WORDS[v]}" for v in VERDICT_COLOURS
                        if v in verdicts)
    return (f"{border_crossings_title(data)}. The verdicts on its "
            f"{_plural(len(claims), 'claim')} about monthly encounters: {summary}. "
            f"{peak_sentence(data)}").strip()


def crossings_intro(factcheck: pd.DataFrame, statistics: pd.DataFrame) -> str:
    """What the crossings page sets against the official figures, in the article's words."""
    if factcheck.empty:
        return ("The article makes no claim about border encounters, so the official figures "
                "are shown on their own.")
    factcheck = factcheck.drop_duplicates("claim_id")  # one row per official figure compared
    checked = factcheck[factcheck["verdict"] != "not_checkable"]
    quoted = statistics.set_index("stat_id")["surface"].to_dict() if not statistics.empty else {}
    words = [quoted.get(s, "") for s in checked["stat_id"].fillna("")]
    words = [w for w in dict.fromkeys(words) if w]
    kinds = sorted(set(checked["claim_type"]))
    text = (f"The article makes {_plural(len(factcheck), 'claim')} the fact-check looked at; "
            f"{len(checked)} can be set against the official figures")
    if kinds:
        text += f" ({', '.join(kinds)})"
    if words:
        text += ", among them " + ", ".join(f"\u201c{w}\u201d" for w in words[:4])
    return text + "."


def fiscal_years_findings(data: pd.DataFrame) -> str:
    return f"{fiscal_years_title(data)}."


def timeline_findings(events: pd.DataFrame) -> str:
    if events.empty:
        return "The article has no dated references."
    precision = events["date_precision"].value_counts()
    parts = ", ".join(f"{n} to a {p.replace('_', ' ')}" for p, n in precision.items())
    return (f"The article makes {_plural(len(events), 'dated reference')}, resolved {parts}; "
            f"the earliest begins {events['date_start'].min()}, the latest ends "
            f"{events['date_end'].max()}.")


def factcheck_findings(factcheck: pd.DataFrame) -> str:
    if factcheck.empty:
        return "The article makes no claim that official figures can check."
    factcheck = factcheck.drop_duplicates("claim_id")  # one row per official figure compared
    counts = factcheck["verdict"].value_counts()
    parts = ", ".join(f"{int(counts[v])} {VERDICT_WORDS[v]}" for v in VERDICT_COLOURS
                      if v in counts)
    return f"Of {_plural(factcheck['claim_id'].nunique(), 'claim')} checked: {parts}."


def sources_findings(sources: pd.DataFrame) -> str:
    if sources.empty:
        return "The article credits no sources."
    kinds = sources["kind"].value_counts()
    countries = sources["country"].fillna("").replace("", "not stated").str.split("; ").str[0]
    sides = ", ".join(f"{n} from {c}" for c, n in countries.value_counts().items())
    return (f"The article relies on {_plural(len(sources), 'source')}: "
            f"{int(kinds.get('person', 0))} named people, {int(kinds.get('anonymous', 0))} "
            f"anonymous, {int(kinds.get('organization', 0))} organizations and "
            f"{int(kinds.get('data', 0))} data sources ({sides}).")


def quotes_findings(quotes: pd.DataFrame) -> str:
    if quotes.empty:
        return "The article quotes no one."
    speakers = quotes["speaker"].fillna("")
    named = speakers[speakers != ""]
    return (f"The article holds {_plural(len(quotes), 'quotation')} from "
            f"{_plural(named.nunique(), 'named speaker')}"
            + (f"; {int((speakers == '').sum())} have no speaker the text names." if
               (speakers == "").any() else "."))


def factcheck_view(factcheck: pd.DataFrame, text: str) -> pd.DataFrame:
    """The fact-check table for reading: the article's own words beside each verdict."""
    view = factcheck.copy()
    view.insert(3, "the article says", [text[s:e] for s, e in zip(view["char_start"],
                                                                   view["char_end"])])
    return view


def period_words(period: str) -> str:
    """An ISO period in words: '2023-12' December 2023, 'FY2022/FY2023' fiscal years 2022
    and 2023, '2022-01-01/2024-03-26' 1 January 2022 to 26 March 2024."""
    if not period:
        return ""
    if "/" in period:
        start, end = period.split("/", 1)
        if start.startswith("FY") and end.startswith("FY"):
            return f"fiscal years {start[2:]} and {end[2:]}" if int(end[2:]) - int(
                start[2:]) == 1 else f"fiscal years {start[2:]} to {end[2:]}"
        return f"{period_words(start)} to {period_words(end)}"
    if re.fullmatch(r"FY\d{4}", period):
        return f"fiscal year {period[2:]}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return dt.date.fromisoformat(period).strftime("%-d %B %Y")
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return dt.date.fromisoformat(period + "-01").strftime("%B %Y")
    return period


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c'])")
#: A piece ending in an abbreviation ("U.S.", "D.C.") continues in the next piece.
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep)\.$")


def split_sentences(text: str) -> list[str]:
    """An explanation's sentences, not split after an abbreviation such as "U.S."."""
    out: list[str] = []
    for piece in _SENTENCE.split(text.strip()):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        elif piece.strip():
            out.append(piece.strip())
    return out


def reasons_and_notes(explanations: list[str]) -> tuple[list[str], list[str], list[list[int]]]:
    """Each explanation's own sentences (its one-line reason), the sentences that repeat
    across explanations (caveats, said once as numbered notes) and, per explanation, the
    numbers of the notes it carries."""
    split = [split_sentences(text) for text in explanations]
    seen: dict[str, int] = {}
    for sentences in split:
        for sentence in dict.fromkeys(sentences):
            seen[sentence] = seen.get(sentence, 0) + 1
    notes = [s for s in dict.fromkeys(s for ss in split for s in ss) if seen[s] > 1]
    number = {note: i for i, note in enumerate(notes, 1)}
    reasons = [" ".join(s for s in ss if s not in number) or (ss[0] if ss else "")
               for ss in split]
    refs = [[number[s] for s in dict.fromkeys(ss) if s in number] for ss in split]
    return reasons, notes, refs


def verdict_summary(factcheck: pd.DataFrame) -> dict[str, int]:
    """Claims per verdict, in the order supported, partly, not supported, not checkable."""
    if factcheck is None or factcheck.empty:
        return {}
    claims = factcheck.drop_duplicates("claim_id") if "claim_id" in factcheck else factcheck
    counts = claims["verdict"].value_counts()  # a claim checked against two series is one claim
    return {v: int(counts[v]) for v in VERDICT_COLOURS if v in counts}
