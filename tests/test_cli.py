"""The command line contract: outputs, one-line errors with exit 2, nothing half-written."""

import subprocess
import sys

import pytest

from analysis.paths import ROOT
from conftest import SEED


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_extract_writes_the_statistics_table(tmp_path):
    result = run("extract", str(SEED), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "statistics.csv").read_text(encoding="utf-8").startswith("article_id,")


def test_two_runs_write_byte_identical_csv(tmp_path):
    for folder in ("a", "b"):
        assert run("extract", str(SEED), "--out", str(tmp_path / folder)).returncode == 0
    assert (tmp_path / "a" / "statistics.csv").read_bytes() == \
        (tmp_path / "b" / "statistics.csv").read_bytes()


@pytest.fixture()
def bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "undecodable.txt"
    latin.write_bytes(b"Se\x81or L\x8dpez: neither UTF-8 nor Windows-1252")
    return {"empty": [str(empty), "--published", "2024-03-26"],
            "binary": [str(binary), "--published", "2024-03-26"],
            "undecodable": [str(latin), "--published", "2024-03-26"],
            "missing": [str(tmp_path / "missing.txt"), "--published", "2024-03-26"],
            "bad-date": [str(SEED), "--published", "2024-13-45"],
            "words-date": [str(SEED), "--published", "yesterday"]}


@pytest.mark.parametrize("case", ["empty", "binary", "undecodable", "missing", "bad-date",
                                  "words-date"])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(tmp_path, bad_inputs, case):
    out = tmp_path / "out"
    result = run("extract", *bad_inputs[case], "--out", str(out))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_a_failed_run_leaves_earlier_outputs_intact(tmp_path, bad_inputs):
    assert run("extract", str(SEED), "--out", str(tmp_path)).returncode == 0
    before = (tmp_path / "statistics.csv").read_bytes()
    assert run("extract", *bad_inputs["binary"], "--out", str(tmp_path)).returncode == 2
    assert (tmp_path / "statistics.csv").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_output_path_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "file"
    target.write_text("keep me")
    result = run("extract", str(SEED), "--out", str(target))
    assert result.returncode == 2 and "is a file" in result.stderr
    assert target.read_text() == "keep me"


def test_usage_error_is_one_line():
    result = run("extract")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [
    ["factcheck", "{missing}", "--out", "{out}"],
    ["report", "--article", "{missing}", "--out", "{out}"],
    ["official", "--cbp-export", "{missing}", "--out", "{out}"],
    ["extract", "{seed}", "--out", "{out}", "--published", "2024-02-30"],
], ids=["factcheck", "report", "official", "impossible-date"])
def test_every_command_refuses_bad_input_in_one_line(tmp_path, command):
    values = {"missing": str(tmp_path / "missing.txt"), "out": str(tmp_path / "out"),
              "seed": str(SEED)}
    result = run(*[part.format(**values) for part in command])
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_malformed_metadata_beside_the_article_is_one_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Agents counted 18 people.", encoding="utf-8")
    (tmp_path / "a.yml").write_text("published: [oops\n", encoding="utf-8")
    result = run("extract", str(article), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "malformed metadata" in result.stderr


def test_cp1252_article_is_extracted_with_a_note(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes("Se\u00f1or L\u00f3pez counted 18 people.".encode("cp1252"))
    result = run("extract", str(article), "--published", "2024-03-26", "--out",
                 str(tmp_path / "out"))
    assert result.returncode == 0 and "Windows-1252" in result.stderr
