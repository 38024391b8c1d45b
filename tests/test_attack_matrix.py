"""The attack matrix of issue 14, one row per case: every user mistake is exit 2 with one
line on stderr and earlier outputs untouched; odd but valid input works; kill -9 at each
rename and at random moments leaves the earlier set or the new one, whole; two runs into
one destination end with one whole set or one refusal."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from analysis import official
from analysis.paths import ROOT
from conftest import SEED

CORPUS = sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))
FIXTURE = ROOT / "tests" / "fixtures" / "cbp_export_sample.csv"
HEADER = ",".join(official.CBP_EXPORT_COLUMNS)
ROW = "2024,FYTD,DEC,U.S. Border Patrol,Single Adults,Mexico,Title 8,Apprehensions,{count}"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()} \
        if folder.is_dir() else {}


# -- the matrix ------------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    args: list[str]  # {tmp}, {out}, {seed} are filled in
    files: dict[str, bytes | str] = field(default_factory=dict)  # written under {tmp} first
    exit: int = 2
    says: str = ""  # a word the one-line message must hold
    skip_as_root: bool = False


ARTICLE = "The agency counted 1,200 crossings in December, officials said.\n"
EXPORT_OK = f"{HEADER}\n" + ROW.format(count="249740") + "\n"


def export(*rows: str) -> str:
    return HEADER + "\n" + "\n".join(rows) + "\n"


CASES = [
    # extract: the article file
    Case("empty file", ["extract", "{tmp}/a.txt", "--published", "2024-03-26", "--out", "{out}"],
         {"a.txt": b""}, says="empty"),
    Case("whitespace-only file", ["extract", "{tmp}/a.txt", "--published", "2024-03-26",
                                  "--out", "{out}"], {"a.txt": b" \n\t\n"}, says="empty"),
    Case("binary file", ["extract", "{tmp}/a.txt", "--published", "2024-03-26", "--out", "{out}"],
         {"a.txt": bytes(range(256)) * 8}, says="binary"),
    Case("neither UTF-8 nor Windows-1252", ["extract", "{tmp}/a.txt", "--published",
                                            "2024-03-26", "--out", "{out}"],
         {"a.txt": b"Se\x81or L\x8dpez said so."}, says="UTF-8"),
    Case("UTF-16 without a byte-order mark", ["extract", "{tmp}/a.txt", "--published",
                                              "2024-03-26", "--out", "{out}"],
         {"a.txt": ARTICLE.encode("utf-16-le")}, says="binary"),
    Case("HTML page without article text", ["extract", "{tmp}/a.txt", "--published",
                                            "2024-03-26", "--out", "{out}"],
         {"a.txt": "<!DOCTYPE html><html><body><nav>Home</nav></body></html>"}, says="HTML"),
    Case("missing file", ["extract", "{tmp}/nowhere.txt", "--published", "2024-03-26",
                          "--out", "{out}"], says="no such file"),
    Case("folder given as article", ["extract", "{tmp}", "--published", "2024-03-26",
                                     "--out", "{out}"], says="folder"),
    Case("a device (/dev/zero) is refused by what is read", ["extract", "/dev/zero",
                                                             "--published", "2024-03-26",
                                                             "--out", "{out}"], says="too large"),
    Case("a file the system cannot read", ["extract", "/proc/self/mem", "--published",
                                           "2024-03-26", "--out", "{out}"], says="cannot read"),
    Case("unreadable file (mode 000)", ["extract", "{tmp}/locked.txt", "--published",
                                        "2024-03-26", "--out", "{out}"],
         {"locked.txt": ARTICLE}, says="Permission denied", skip_as_root=True),
    Case("two articles with one name", ["extract", "{tmp}/x/a.txt", "{tmp}/y/a.txt",
                                        "--published", "2024-03-26", "--out", "{out}"],
         {"x/a.txt": ARTICLE, "y/a.txt": ARTICLE}, says="share"),
    # extract: the date
    Case("--published yesterday", ["extract", "{seed}", "--published", "yesterday", "--out", "{out}"],
         says="--published"),
    Case("--published 2024-13-45", ["extract", "{seed}", "--published", "2024-13-45", "--out",
                                    "{out}"], says="--published"),
    Case("--published 2024-02-30", ["extract", "{seed}", "--published", "2024-02-30", "--out",
                                    "{out}"], says="--published"),
    Case("--published 9999-12-31", ["extract", "{seed}", "--published", "9999-12-31", "--out",
                                    "{out}"], says="outside the years"),
    Case("published: 2024-02-30 in the .yml", ["extract", "{tmp}/a.txt", "--out", "{out}"],
         {"a.txt": ARTICLE, "a.yml": "published: 2024-02-30\n"}, says="a.yml"),
    Case("malformed .yml", ["extract", "{tmp}/a.txt", "--out", "{out}"],
         {"a.txt": ARTICLE, "a.yml": "published: [2024\n"}, says="a.yml"),
    Case(".yml that is a list", ["extract", "{tmp}/a.txt", "--out", "{out}"],
         {"a.txt": ARTICLE, "a.yml": "- 1\n- 2\n"}, says="mapping"),
    Case("no date anywhere", ["extract", "{tmp}/a.txt", "--out", "{out}"], {"a.txt": ARTICLE},
         says="publication date"),
    # extract: the destination and the flags
    Case("output path that is a file", ["extract", "{seed}", "--out", "{tmp}/file"],
         {"file": "keep me"}, says="is a file"),
    Case("output folder that cannot be made", ["extract", "{seed}", "--out",
                                               "/proc/border-desk-out"], says="cannot create"),
    Case("--jobs 0", ["extract", "{seed}", "--out", "{out}", "--jobs", "0"], says="--jobs"),
    Case("no article given", ["extract", "--out", "{out}"], says="usage"),
    Case("unknown command", ["extrakt", "{seed}"], says="usage"),
    # factcheck and datapackage
    Case("factcheck: missing article", ["factcheck", "{tmp}/nowhere.txt", "--out", "{out}"],
         says="no such file"),
    Case("factcheck: bad --published", ["factcheck", "{seed}", "--published", "2024-02-30",
                                        "--out", "{out}"], says="--published"),
    Case("factcheck: output path that is a file", ["factcheck", "{seed}", "--out", "{tmp}/file"],
         {"file": "keep me"}, says="is a file"),
    Case("datapackage: output path that is a file", ["datapackage", "--out", "{tmp}/file"],
         {"file": "keep me"}, says="is a file"),
    Case("datapackage: dictionary that is a folder", ["datapackage", "--out", "{out}",
                                                      "--dictionary", "{tmp}"], says="folder"),
    # official: CBP's export
    Case("official: neither flag", ["official", "--out", "{out}"], says="usage"),
    Case("official: missing export", ["official", "--cbp-export", "{tmp}/no.csv", "--out", "{out}"],
         says="no such file"),
    Case("official: export that is a folder", ["official", "--cbp-export", "{tmp}", "--out",
                                               "{out}"], says="folder"),
    Case("official: missing column", ["official", "--cbp-export", "{tmp}/e.csv", "--out", "{out}"],
         {"e.csv": "Fiscal Year,Component\n2024,x\n"}, says="Encounter Count"),
    Case("official: non-numeric count", ["official", "--cbp-export", "{tmp}/e.csv", "--out",
                                         "{out}"], {"e.csv": export(ROW.format(count="many"))},
         says="line 2"),
    Case("official: count 1.5", ["official", "--cbp-export", "{tmp}/e.csv", "--out", "{out}"],
         {"e.csv": export(ROW.format(count="1.5"))}, says="whole number"),
    Case("official: negative count", ["official", "--cbp-export", "{tmp}/e.csv", "--out", "{out}"],
         {"e.csv": export(ROW.format(count="-40"))}, says="negative"),
    Case("official: a row repeated exactly", ["official", "--cbp-export", "{tmp}/e.csv", "--out",
                                              "{out}"],
         {"e.csv": export(ROW.format(count="40"), ROW.format(count="40"))}, says="line 3"),
    Case("official: a Northern-border row", ["official", "--cbp-export", "{tmp}/e.csv", "--out",
                                             "{out}"],
         {"e.csv": HEADER + ",Land Border Region\n" + ROW.format(count="40")
          + ",Northern Land Border\n"}, says="Southwest"),
    Case("official: a month in 2030", ["official", "--cbp-export", "{tmp}/e.csv", "--out", "{out}"],
         {"e.csv": export(ROW.format(count="40").replace("2024,", "2030,", 1))},
         says="not ended"),
    Case("official: a month in 2010", ["official", "--cbp-export", "{tmp}/e.csv", "--out", "{out}"],
         {"e.csv": export(ROW.format(count="40").replace("2024,", "2010,", 1))}, says="FY2019"),
    Case("official: a ragged row", ["official", "--cbp-export", "{tmp}/e.csv", "--out", "{out}"],
         {"e.csv": export(ROW.format(count="40") + ",extra,fields")}, says="e.csv"),
    Case("official: a verified month lowered by a partial export",
         ["official", "--cbp-export", "{tmp}/e.csv", "--out", "{out}"],
         {"e.csv": export(ROW.format(count="1000"))}, says="--accept-revisions"),
    # report (refused before any notebook runs)
    Case("report: missing article", ["report", "--article", "{tmp}/nowhere.txt", "--out", "{out}"],
         says="no such file"),
    Case("report: bad --published", ["report", "--published", "2024-02-30", "--out", "{out}"],
         says="--published"),
    Case("report: output path that is a file", ["report", "--out", "{tmp}/file"],
         {"file": "keep me"}, says="is a file"),
    Case("report: reports folder that cannot be made", ["report", "--out",
                                                        "/proc/border-desk-reports"],
         says="cannot create"),
    Case("report: --workers 0", ["report", "--out", "{out}", "--workers", "0"], says="--workers"),
]


def _prepare(case: Case, tmp_path: Path) -> tuple[list[str], Path]:
    for name, content in case.files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    if "locked.txt" in case.files:
        (tmp_path / "locked.txt").chmod(0)
    out = tmp_path / "out"
    out.mkdir()
    (out / "southwest_encounters_monthly.csv").write_bytes(official.ENCOUNTERS_CSV.read_bytes())
    (out / "statistics.csv").write_text("earlier output\n")
    fill = {"tmp": str(tmp_path), "out": str(out), "seed": str(SEED)}
    return [arg.format(**fill) for arg in case.args], out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_attack_matrix_user_mistakes_are_one_line_exit_2(case, tmp_path):
    if case.skip_as_root and AS_ROOT:
        pytest.skip("root reads any file; /proc/self/mem covers an unreadable file")
    args, out = _prepare(case, tmp_path)
    before = snapshot(out)
    result = run(*args, timeout=60)
    assert result.returncode == case.exit, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert case.says in lines[0], lines[0]
    assert snapshot(out) == before, "a failed run changed earlier outputs"
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


# -- odd but valid input -------------------------------------------------------------------

def test_a_future_publication_date_is_a_warning_not_an_error(tmp_path):
    result = run("extract", str(SEED), "--published", "2199-01-01", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "warning:" in result.stderr and "in the future" in result.stderr


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"))
    result = run("extract", str(article), "--published", "2024-03-26", "--out", str(tmp_path / "o"))
    assert result.returncode == 0 and "UTF-16" in result.stderr, result.stderr
    assert (tmp_path / "o" / "statistics.csv").read_text(encoding="utf-8").count("\n") > 5


def test_formula_cells_from_an_article_and_its_name_are_neutralised(tmp_path):
    article = tmp_path / "=HYPERLINK(x).txt"
    article.write_text("Headline\n\n\u201c=1+2,\u201d said John Smith, a guard.\n\n"
                       "\u201c@SUM(A1) is wrong,\u201d Smith said.\n", encoding="utf-8")
    result = run("extract", str(article), "--published", "2024-03-26", "--out", str(tmp_path / "o"))
    assert result.returncode == 0, result.stderr
    import csv

    for name in ("quotes", "sources", "events", "statistics"):
        with open(tmp_path / "o" / f"{name}.csv", encoding="utf-8", newline="") as stream:
            for row in csv.reader(stream):
                for cell in row:
                    assert cell[:1] not in ("=", "+", "-", "@"), (name, cell)
    quotes = (tmp_path / "o" / "quotes.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(x)" in quotes and "'@SUM(A1)" in quotes


@pytest.mark.parametrize("text", ["=1+2", "+1", "-5 percent", "@SUM(A1)", "\tx", "\rx",
                                  "'=already quoted", "plain", "", "'"])
def test_formula_neutralisation_is_inert_and_reversible(text):
    from analysis.tables import neutralise_cell, restore_cell

    written = neutralise_cell(text)
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert restore_cell(written) == text


def test_outputs_follow_the_users_umask(tmp_path):
    result = subprocess.run(["sh", "-c", f"umask 022 && {sys.executable} -m analysis extract "
                             f"{SEED} --out {tmp_path}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for path in tmp_path.glob("*.csv"):
        assert path.stat().st_mode & 0o777 == 0o644, path.name


# -- kill -9 at each rename (fault injection) and at random moments -------------------------

def _two_articles(tmp_path: Path) -> tuple[Path, Path]:
    """Two articles with different tables, so the earlier set and the new one differ."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_bytes(SEED.read_bytes())
    second.write_bytes(CORPUS[0].read_bytes())
    return first, second


def _recover(folder: Path) -> None:
    """What the next run on the folder does first: finish a committed set, drop the rest."""
    from analysis.tables import output_set

    with output_set(folder):
        pass


def _whole(folder: Path, names: list[str], sets: list[dict[str, bytes]]) -> bool:
    current = {n: (folder / n).read_bytes() if (folder / n).exists() else None for n in names}
    return any(current == {n: s.get(n) for n in names} for s in sets)


#: extract writes one folder of plain files: its set is swapped in whole (atomic.commit_files)
EXTRACT_POINTS = ["staged", "commit", "renamed"]


@pytest.mark.parametrize("point", EXTRACT_POINTS)
def test_kill_at_each_step_of_extract_leaves_one_whole_set(tmp_path, point):
    first, second = _two_articles(tmp_path)
    out = tmp_path / "out"
    names = ["statistics.csv", "events.csv", "quotes.csv", "sources.csv"]
    assert run("extract", str(first), "--published", "2024-03-26", "--out", str(out)).returncode == 0
    old = snapshot(out)
    killed = run("extract", str(second), "--published", "2024-03-26", "--out", str(out),
                 env={"BORDER_DESK_KILL_AT": point})
    assert killed.returncode == -signal.SIGKILL
    assert run("extract", str(second), "--published", "2024-03-26", "--out",
               str(tmp_path / "fresh")).returncode == 0
    new = snapshot(tmp_path / "fresh")
    # whole at once, before any later run has tidied up: the old set before the swap, the new after
    assert _whole(out, names, [old] if point in ("staged", "commit") else [new]), point
    _recover(out)
    assert _whole(out, names, [old, new]), point
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("command, point", [
    ("factcheck", "commit"), ("factcheck", "renamed"),
    ("datapackage", "rename:1"), ("datapackage", "renamed"),
    ("official", "commit"), ("official", "renamed"),
])
def test_kill_at_a_rename_of_factcheck_datapackage_and_official(tmp_path, command, point):
    out = tmp_path / "out"
    out.mkdir()
    if command == "factcheck":
        args = ["factcheck", str(SEED), "--out", str(out)]
        (out / "factcheck.csv").write_text("earlier\n")
        names = ["factcheck.csv"]
    elif command == "datapackage":
        args = ["datapackage", "--out", str(out), "--dictionary", str(tmp_path / "README.md")]
        (out / "datapackage.json").write_text("{}\n")
        (tmp_path / "README.md").write_text("earlier\n")
        names = ["datapackage.json"]
    else:
        args = ["official", "--out", str(out), "--cbp-export", str(FIXTURE), "--accept-revisions"]
        (out / "southwest_encounters_monthly.csv").write_bytes(official.ENCOUNTERS_CSV.read_bytes())
        names = ["southwest_encounters_monthly.csv"]
    old = snapshot(out)
    killed = run(*args, env={"BORDER_DESK_KILL_AT": point})
    assert killed.returncode == -signal.SIGKILL
    if point == "commit":
        assert snapshot(out) == old | {p: b for p, b in snapshot(out).items() if p.startswith(".")}
    _recover(out)
    _recover(tmp_path)
    assert run(*args).returncode == 0
    new = snapshot(out)
    if point == "commit":
        assert _whole(out, names, [new])  # and before the rerun it was the old one (above)
    if command == "datapackage":
        assert (tmp_path / "README.md").read_text().startswith("# Data dictionary")
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


def test_kill_9_at_random_moments_of_extract_leaves_one_whole_set(tmp_path):
    first, second = _two_articles(tmp_path)
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    names = ["statistics.csv", "events.csv", "quotes.csv", "sources.csv"]
    assert run("extract", str(first), "--published", "2024-03-26", "--out", str(out)).returncode == 0
    assert run("extract", str(second), "--published", "2024-03-26", "--out",
               str(fresh)).returncode == 0
    old, new = snapshot(out), snapshot(fresh)
    started = time.perf_counter()
    assert run("extract", str(second), "--published", "2024-03-26", "--out",
               str(tmp_path / "timing")).returncode == 0
    duration = time.perf_counter() - started
    generator = random.Random(14)
    for attempt in range(20):
        source = second if attempt % 2 == 0 else first
        process = subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(source),
                                    "--published", "2024-03-26", "--out", str(out)], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(generator.uniform(0.5, 1.0) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert _whole(out, names, [old, new]), f"attempt {attempt}: a mixed set"
        _recover(out)
        assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


def test_two_extract_runs_into_one_folder_end_with_one_whole_set(tmp_path):
    first, second = _two_articles(tmp_path)
    out = tmp_path / "out"
    processes = [subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(path),
                                   "--published", "2024-03-26", "--out", str(out)], cwd=ROOT,
                                  stderr=subprocess.PIPE, text=True) for path in (first, second)]
    results = [(p.wait(), p.stderr.read()) for p in processes]
    for code, stderr in results:
        assert code == 0 or (code == 2 and "another run" in stderr), stderr
    sets = []
    for path in (first, second):
        folder = tmp_path / path.stem
        assert run("extract", str(path), "--published", "2024-03-26", "--out",
                   str(folder)).returncode == 0
        sets.append(snapshot(folder))
    assert _whole(out, list(sets[0]), sets)


# -- reports: the swap, the lock, the parameters --------------------------------------------

TINY_NOTEBOOK = {
    "cells": [
        {"cell_type": "markdown", "id": "c0", "metadata": {}, "source": ["# Tiny"]},
        {"cell_type": "code", "execution_count": None, "id": "c1",
         "metadata": {"tags": ["parameters"]}, "outputs": [],
         "source": ["article = ''\n", "published = ''\n", "output_dir = ''"]},
        {"cell_type": "code", "execution_count": None, "id": "c2", "metadata": {}, "outputs": [],
         "source": ["{slow}print(article, published)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                "name": "python3"},
                 "language_info": {"name": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}

RENDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from analysis.errors import InputError
    from analysis.report import render_report
    try:
        render_report(sys.argv[1], sys.argv[2], notebooks=[Path(sys.argv[3])],
                      progress=lambda m: None)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
""")


def _tiny(tmp_path: Path, slow: float = 0) -> Path:
    notebook = tmp_path / "01_tiny.ipynb"
    content = json.loads(json.dumps(TINY_NOTEBOOK))
    content["cells"][2]["source"][0] = (f"import time; time.sleep({slow})\n" if slow else "") + \
        "print(article, published)"
    notebook.write_text(json.dumps(content), encoding="utf-8")
    return notebook


def _render(tmp_path: Path, notebook: Path, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", RENDER, str(SEED), str(tmp_path / "reports"),
                             str(notebook)], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def _report_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("point", ["swap", "swapped"])
def test_kill_at_the_report_swap_leaves_a_whole_report(tmp_path, point):
    notebook = _tiny(tmp_path)
    assert _render(tmp_path, notebook).wait() == 0
    final = tmp_path / "reports" / SEED.stem
    old = _report_files(final)
    (final / "marker").write_text("the earlier report")
    old["marker"] = b"the earlier report"
    process = _render(tmp_path, notebook, {"BORDER_DESK_KILL_AT": point})
    assert process.wait() == -signal.SIGKILL
    assert final.is_dir() and (final / "index.html").exists()
    current = _report_files(final)
    assert current == old or "marker" not in current  # the earlier report, or the new one
    assert _render(tmp_path, notebook).wait() == 0  # the next run cleans what was left
    assert sorted(p.name for p in final.parent.iterdir()) == [f".{SEED.stem}.lock", "index.html", SEED.stem]


def test_two_report_runs_into_one_folder_one_refuses_in_one_line(tmp_path):
    notebook = _tiny(tmp_path, slow=3)
    first = _render(tmp_path, notebook)
    time.sleep(1.0)
    second = _render(tmp_path, notebook)
    second_code, second_err = second.wait(), second.stderr.read()
    assert first.wait() == 0, first.stderr.read()
    assert second_code == 2 and "another run" in second_err, second_err
    assert len(second_err.strip().splitlines()) == 1
    assert (tmp_path / "reports" / SEED.stem / "index.html").exists()


def test_executed_notebooks_name_project_relative_paths_only(tmp_path):
    notebook = _tiny(tmp_path)
    assert _render(tmp_path, notebook).wait() == 0
    executed = (tmp_path / "reports" / SEED.stem / "executed" / notebook.name).read_text()
    import re

    assert str(ROOT) not in executed
    assert not re.search(r'"/(?:tmp|work|root|home|Users)/', executed)
    assert "seeds/mexico-president-us-election.txt" in executed
    assert ".staging-" not in executed


@pytest.mark.parametrize("command", ["factcheck", "datapackage", "official"])
def test_kill_9_at_random_moments_of_the_other_writers_leaves_one_whole_set(tmp_path, command):
    out = tmp_path / "out"
    out.mkdir()
    args = {"factcheck": ["factcheck", str(SEED), "--out", str(out)],
            "datapackage": ["datapackage", "--out", str(out)],
            "official": ["official", "--out", str(out), "--cbp-export", str(FIXTURE),
                         "--accept-revisions"]}[command]
    name = {"factcheck": "factcheck.csv", "datapackage": "datapackage.json",
            "official": "southwest_encounters_monthly.csv"}[command]
    (out / name).write_bytes(official.ENCOUNTERS_CSV.read_bytes() if command == "official"
                             else b"earlier\n")
    old = snapshot(out)
    started = time.perf_counter()
    assert run(*args).returncode == 0
    duration = time.perf_counter() - started
    new = snapshot(out)
    (out / name).write_bytes(old[name])
    generator = random.Random(command)
    for attempt in range(4):
        process = subprocess.Popen([sys.executable, "-m", "analysis", *args], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(generator.uniform(0.6, 1.0) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        _recover(out)
        assert _whole(out, [name], [old, new]), f"attempt {attempt}"
        assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
