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
    regenerated = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert regenerated, "extraction wrote no CSV"
    for name in regenerated:
        committed = PROCESSED / name
        assert committed.exists(), f"{name} is not committed: run make data"
        assert committed.read_bytes() == (tmp_path / name).read_bytes(), \
            f"data/processed/{name} differs from a fresh run: run make data and commit"
