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
    from frictionless import validate

    report = validate(str(PROCESSED / "datapackage.json"))
    errors = [] if report.valid else report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.valid, errors[:5]


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


def test_a_fact_check_pointing_at_a_missing_statistic_fails_validation(tmp_path):
    import shutil

    from frictionless import validate

    for path in PROCESSED.iterdir():
        shutil.copy(path, tmp_path / path.name)
    factcheck = tmp_path / "factcheck.csv"
    text = factcheck.read_text(encoding="utf-8")
    factcheck.write_text(text.replace(",s003,", ",s999,", 1), encoding="utf-8")
    assert not validate(str(tmp_path / "datapackage.json")).valid
