"""Every path the project uses, built from one place."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
PROCESSED = DATA / "processed"
REFERENCE = DATA / "reference"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
