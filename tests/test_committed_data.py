"""The committed CSVs in data/processed/ are exactly what the pipeline regenerates."""

import subprocess
import sys

from analysis.paths import PROCESSED, ROOT, SEEDS


def test_committed_csvs_equal_a_fresh_extraction(tmp_path):
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    for command in ("extract", "factcheck"):  # what make data runs
        result = subprocess.run([sys.executable, "-m", "analysis", command, *seeds, "--out",
                                 str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "analysis", "datapackage", "--out",
                             str(tmp_path), "--dictionary", str(tmp_path / "README.md")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "README.md").read_bytes() == (ROOT / "data" / "README.md").read_bytes()
    regenerated = sorted(p.name for p in tmp_path.glob("*.csv")) + ["datapackage.json"]
    assert regenerated, "extraction wrote no CSV"
    for name in regenerated:
        committed = PROCESSED / name
        assert committed.exists(), f"{name} is not committed: run make data"
        assert committed.read_bytes() == (tmp_path / name).read_bytes(), \
            f"data/processed/{name} differs from a fresh run: run make data and commit"


def test_data_package_validates_with_frictionless():
    from analysis.schema import validate_package

    problems = validate_package(PROCESSED / "datapackage.json")
    assert not problems, problems[:5]


def test_data_package_describes_every_committed_csv():
    import json

    package = json.loads((PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    described = {resource["path"] for resource in package["resources"]}
    assert described == {p.name for p in PROCESSED.glob("*.csv")}
    for resource in package["resources"]:
        assert all(field.get("description") for field in resource["schema"]["fields"])


def test_csv_headers_follow_the_schema():
    from analysis.schema import field_names

    for path in PROCESSED.glob("*.csv"):
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header == field_names(path.stem), path.name


def _damaged_copy(tmp_path, old: str, new: str):
    import shutil

    for path in PROCESSED.iterdir():
        shutil.copy(path, tmp_path / path.name)
    factcheck = tmp_path / "factcheck.csv"
    text = factcheck.read_text(encoding="utf-8")
    assert old in text
    factcheck.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path / "datapackage.json"


def test_a_fact_check_pointing_at_a_missing_statistic_fails_validation(tmp_path):
    from analysis.schema import validate_package

    problems = validate_package(_damaged_copy(tmp_path, ",s003,", ",s999,"))
    assert any("s999 is not in statistics" in p for p in problems), problems


def test_a_fact_check_pointing_at_another_articles_statistic_fails_validation(tmp_path):
    from analysis.schema import validate_package

    import re

    text = (PROCESSED / "factcheck.csv").read_text(encoding="utf-8")
    row = re.search(r"^([^,\n]+)(,c\d+,s\d+,)", text, re.M)
    problems = validate_package(_damaged_copy(tmp_path, row.group(0), "other" + row.group(2)))
    assert any("other, s" in p for p in problems), problems


def test_a_verdict_outside_the_four_fails_validation(tmp_path):
    from analysis.schema import validate_package

    problems = validate_package(_damaged_copy(tmp_path, ",supported,", ",banana,"))
    assert any("verdict" in p for p in problems), problems
