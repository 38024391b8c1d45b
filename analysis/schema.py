"""The schema of every output table: one place that the data package, the data dictionary
(data/README.md) and the writers share."""

from __future__ import annotations

import csv
import json
from pathlib import Path

#: What the data dictionary and the package say about spreadsheet-safe cells.
FORMULA_NOTE = ("Text cells that would start a spreadsheet formula (=, +, -, @, tab, carriage "
                "return) are written with a leading apostrophe, as OWASP recommends; "
                "analysis.tables.restore_formulas removes it.")

#: table -> (what produces it, description, [(field, type, description)], primary key)
TABLES: dict[str, dict] = {
    "statistics": {
        "producer": "analysis.statistics.extract_statistics (python -m analysis extract)",
        "description": "One row per quantitative mention in an article.",
        "primaryKey": ["article_id", "stat_id"],
        "fields": [
            ("article_id", "string", "The article's file name without .txt."),
            ("stat_id", "string", "s001, s002, ... in reading order within the article."),
            ("paragraph", "integer", "1-based paragraph (the headline is paragraph 1)."),
            ("sentence", "integer", "1-based sentence, counted across the article."),
            ("char_start", "integer", "Start offset of surface in the article text."),
            ("char_end", "integer", "End offset (exclusive): text[char_start:char_end] == surface."),
            ("surface", "string", "The number as printed, with qualifier and unit words."),
            ("value", "number", "The number; vague plurals count in their unit ('hundreds' = 100, qualifier at_least)."),
            ("value_max", "number", "Top of a range ('5 to 7 years'); empty otherwise."),
            ("qualifier", "string", "exact, approximate, more_than, less_than, at_least, at_most."),
            ("kind", "string", "count, ratio, fraction, percent, duration, age, money, rate."),
            ("unit", "string", "Counted noun, percent, percentage_point, times, fraction, time "
                               "unit, ISO currency, or 'X per day' for rates."),
            ("subject", "string", "What is counted ('illegal border crossings')."),
            ("period", "string", "Time covered: ISO date, YYYY-MM, YYYY, start/end, FY2023 or "
                                 "FY2022/FY2023."),
            ("baseline_period", "string", "For a comparison ('double the number in 2019'), "
                                          "the period compared against."),
            ("source", "string", "Whom the sentence credits, as printed; empty when no one."),
            ("sentence_text", "string", "The sentence, white space folded."),
        ],
    },
    "events": {
        "producer": "analysis.timeline.extract_events (python -m analysis extract)",
        "description": "One row per dated event or time reference, resolved to an interval.",
        "primaryKey": ["article_id", "event_id"],
        "fields": [
            ("article_id", "string", "The article's file name without .txt."),
            ("event_id", "string", "e001, e002, ... in reading order."),
            ("date_start", "date", "First day of the interval the expression resolves to."),
            ("date_end", "date", "Last day of the interval."),
            ("date_precision", "string", "day, week, month, year, fiscal_year or range."),
            ("date_text", "string", "The time expression as printed."),
            ("char_start", "integer", "Start offset of date_text in the article text."),
            ("char_end", "integer", "End offset (exclusive) of date_text."),
            ("paragraph", "integer", "1-based paragraph."),
            ("sentence", "integer", "1-based sentence."),
            ("actors", "string", "Countries, bodies and people the sentence names, '; '-joined."),
            ("summary", "string", "The sentence without its trailing attribution."),
            ("category", "string", "diplomacy, enforcement, migration flow, legal, policy, "
                                   "humanitarian or statement."),
        ],
    },
    "quotes": {
        "producer": "analysis.quotes.extract_quotes (python -m analysis extract)",
        "description": "One row per directly quoted span.",
        "primaryKey": ["article_id", "quote_id"],
        "fields": [
            ("article_id", "string", "The article's file name without .txt."),
            ("quote_id", "string", "q001, q002, ... in reading order."),
            ("speaker", "string", "Full name of the speaker, or the words that describe them."),
            ("speaker_role", "string", "The speaker's role from their first mention."),
            ("quote", "string", "The quoted text, inside the quotation marks."),
            ("char_start", "integer", "Start offset of quote in the article text."),
            ("char_end", "integer", "End offset (exclusive) of quote."),
            ("paragraph", "integer", "1-based paragraph."),
            ("sentence", "integer", "1-based sentence."),
        ],
    },
    "sources": {
        "producer": "analysis.sources.extract_sources (python -m analysis extract)",
        "description": "One row per source the article relies on, named or anonymous.",
        "primaryKey": ["article_id", "source_id"],
        "fields": [
            ("article_id", "string", "The article's file name without .txt."),
            ("source_id", "string", "src001, src002, ... in order of first mention."),
            ("name", "string", "The source as printed ('several U.S. officials')."),
            ("kind", "string", "person, anonymous, organization or data."),
            ("role", "string", "A person's role from their first mention."),
            ("affiliation", "string", "The body named in the role."),
            ("country", "string", "Countries the name or role ties the source to, '; '-joined."),
            ("mentions", "integer", "Times the source is named or credited."),
            ("first_char_start", "integer", "Offset of the first mention."),
        ],
    },
    "factcheck": {
        "producer": "analysis.factcheck.check_claims (python -m analysis factcheck)",
        "description": "One row per claim and official figure compared (a claim checked "
                       "against two series or two periods is two rows with one claim_id); "
                       "story details (ages, durations, one group in an anecdote) are not "
                       "claims and have no row.",
        "primaryKey": ["article_id", "claim_id", "official_series", "official_period_start"],
        # (article_id, stat_id): a claim points at a statistic of its own article. A claim
        # without a number has an empty stat_id and is not checked (SQL's MATCH SIMPLE);
        # `validate_package` applies that rule, which Frictionless lacks for two-field keys.
        "foreignKeys": [{"fields": ["article_id", "stat_id"],
                         "reference": {"resource": "statistics",
                                       "fields": ["article_id", "stat_id"]}}],
        "fields": [
            ("article_id", "string", "The article's file name without .txt."),
            ("claim_id", "string", "c001, c002, ... in reading order; shared by the rows of "
                                   "one claim."),
            ("stat_id", "string", "The statistic the claim is (statistics.csv); empty for "
                                  "claims without a number."),
            ("char_start", "integer", "Start offset of the claim's words in the article."),
            ("char_end", "integer", "End offset (exclusive)."),
            ("claim_text", "string", "The checked words: the article text between char_start "
                                     "and char_end."),
            ("claim", "string", "The sentence that makes the claim."),
            ("claim_type", "string", "level, change, difference (a change in number), "
                                     "fraction_of, share (of a total), multiple, trend, record, rank, since (\u2018the lowest since\u2019), streak, "
                                     "outnumber (\u2018ports outnumbered Border Patrol\u2019), driver (\u2018most of "
                                     "the increase came between the ports\u2019), majority (\u2018most of those were "
                                     "Border Patrol apprehensions\u2019), share_trend (\u2018the share of encounters at "
                                     "ports of entry shrank between 2020 and 2022\u2019) or event."),
            ("period", "string", "The period the claim speaks of, as in statistics.csv."),
            ("official_series", "string", "The registry id of the series compared "
                                          "(analysis/series.py); empty when none."),
            ("official_period_start", "string", "First day of the official figure's period "
                                                "(ISO date); an event's date."),
            ("official_period_end", "string", "Last day of the official figure's period (ISO "
                                              "date)."),
            ("official_value", "number", "The official figure compared (one per row); empty "
                                         "for events and unchecked claims."),
            ("comparison", "string", "The comparison made, in short."),
            ("verdict", "string", "supported, partly_supported, not_supported, not_checkable "
                                  "(the claim's verdict, the same on each of its rows)."),
            ("explanation", "string", "A plain sentence naming the figures, the source (and "
                                      "whether it is secondary), the release and the caveats "
                                      "that matter; for not_checkable, the data that would "
                                      "settle the claim."),
            ("source_url", "string", "Where the official figure or event was published."),
        ],
    },
}


#: The interval kinds of events.date_precision (analysis.periods produces them).
DATE_PRECISIONS = ("day", "week", "month", "year", "fiscal_year", "range")

#: The licence of every table: the structure is the project's own work (CC BY 4.0); the
#: sentences and quotations in it remain their publisher's, reproduced as short quotation
#: for checking; official figures are works of the U.S. government (public domain).
LICENCES: dict[str, list[dict[str, str]]] = {
    name: [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 for the structured data; article "
                     "text quoted in it remains its publisher's" + (
                         "; official figures are U.S. government works in the public domain"
                         if name == "factcheck" else "")}]
    for name in ("statistics", "events", "quotes", "sources", "factcheck")}


def enums() -> dict[tuple[str, str], tuple[str, ...]]:
    """(table, field) -> the values the field may take, from the modules that produce them,
    so a new kind or verdict is declared once, where it is made."""
    from analysis.factcheck import VERDICTS
    from analysis.sources import KINDS as SOURCE_KINDS
    from analysis.statistics import KINDS, QUALIFIERS
    from analysis.timeline import CATEGORIES

    return {("statistics", "qualifier"): tuple(QUALIFIERS), ("statistics", "kind"): tuple(KINDS),
            ("events", "date_precision"): DATE_PRECISIONS,
            ("events", "category"): tuple(CATEGORIES), ("sources", "kind"): tuple(SOURCE_KINDS),
            ("factcheck", "verdict"): tuple(VERDICTS)}


def field_names(table: str) -> list[str]:
    return [name for name, _, _ in TABLES[table]["fields"]]


def datapackage() -> dict:
    """The Frictionless Data Package descriptor of data/processed/."""
    resources = []
    allowed = enums()
    for name, table in TABLES.items():
        fields = []
        for field, kind, description in table["fields"]:
            entry = {"name": field, "type": kind, "description": description}
            if (name, field) in allowed:
                entry["constraints"] = {"enum": list(allowed[(name, field)])}
            fields.append(entry)
        schema = {"fields": fields,
                  "primaryKey": table["primaryKey"], "missingValues": [""]}
        if "foreignKeys" in table:
            schema["foreignKeys"] = table["foreignKeys"]
        resources.append({"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          "description": f"{table['description']} Produced by {table['producer']}."
                                         f" {FORMULA_NOTE}",
                          "licenses": LICENCES[name], "schema": schema})
    return {"name": "border-desk", "title": "border-desk: articles as checkable data",
            "profile": "tabular-data-package", "resources": resources}


def validate_package(descriptor: str | Path) -> list[str]:
    """Every problem in a data package folder, as lines (empty: valid). Frictionless checks
    types, enums and keys; foreign keys are checked here with SQL's MATCH SIMPLE rule (a
    row whose key has an empty field points at nothing and is not checked), which
    Frictionless applies to single-field keys only."""
    from frictionless import validate

    descriptor = Path(descriptor)
    report = validate(str(descriptor), skip_errors=["foreign-key"])
    problems = [f"{task.name} row {row}: {field}: {note}" for task in report.tasks
                for row, field, note in task.flatten(["rowNumber", "fieldName", "note"])]
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    for resource in package["resources"]:
        for key in resource["schema"].get("foreignKeys", []):
            target = resources[key["reference"]["resource"]]
            known = set(_rows(descriptor.parent / target["path"], key["reference"]["fields"]))
            for row, values in enumerate(_rows(descriptor.parent / resource["path"],
                                               key["fields"]), start=2):
                if all(values) and values not in known:
                    problems.append(f"{resource['name']} row {row}: {', '.join(key['fields'])} "
                                    f"{', '.join(values)} is not in {target['name']}")
    return problems


def _rows(path: Path, fields: list[str]) -> list[tuple[str, ...]]:
    with open(path, encoding="utf-8", newline="") as stream:
        return [tuple(record[f] for f in fields) for record in csv.DictReader(stream)]


def datapackage_json() -> str:
    return json.dumps(datapackage(), indent=2, ensure_ascii=False) + "\n"


def data_dictionary() -> str:
    """data/README.md: the human data dictionary, one table of columns per file."""
    lines = ["# Data dictionary", "",
             "Generated from `analysis/schema.py` by `make data`; `data/processed/datapackage.json`",
             "describes the same files for machines (Frictionless Table Schema). Character offsets",
             "index the article text as decoded: `text[char_start:char_end]` is the surface.",
             "Official figures live in `data/reference/` (see the README there and the project",
             "README).", "", FORMULA_NOTE, "",
             "Licence: " + LICENCES["statistics"][0]["title"] + " ("
             + LICENCES["statistics"][0]["path"] + "); official figures are U.S. government "
             "works in the public domain.", ""]
    for name, table in TABLES.items():
        lines += [f"## `processed/{name}.csv`", "", f"{table['description']} Produced by "
                  f"`{table['producer']}`. Key: {', '.join(table['primaryKey'])}.", "",
                  "| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| `{n}` | {t} | {d} |" for n, t, d in table["fields"]]
        lines.append("")
    return "\n".join(lines)
