"""Saving a figure: PNG and SVG (matplotlib, for print), HTML that opens offline (altair
with the Vega libraries inlined) and the CSV of the data behind it, named after the figure.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from analysis.tables import prepare_output_dir, to_csv_text, write_files


def figure_files(name: str, chart, figure: plt.Figure, data: pd.DataFrame) -> dict[str, bytes | str]:
    """{file name: content} for one figure."""
    png, svg = io.BytesIO(), io.StringIO()
    figure.savefig(png, format="png", dpi=150, metadata={"Software": None})
    figure.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(figure)
    page = chart.to_html(inline=True, embed_options={"actions": False})
    return {f"{name}.png": png.getvalue(), f"{name}.svg": svg.getvalue(),
            f"{name}.html": page, f"{name}.csv": to_csv_text(data)}


def save_figure(folder: str | Path, name: str, chart, figure: plt.Figure,
                data: pd.DataFrame) -> list[Path]:
    """Write the four files of a figure into `folder`, atomically."""
    folder = prepare_output_dir(folder)
    files = {folder / file: content for file, content in figure_files(name, chart, figure,
                                                                       data).items()}
    write_files(files)
    return sorted(files)
