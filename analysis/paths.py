"""Every path the project uses, built from one place."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
PROCESSED = DATA / "processed"
REFERENCE = DATA / "reference"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
#: The article `python -m analysis report` renders when none is named.
DEFAULT_ARTICLE = SEEDS / "mexico-president-us-election.txt"
