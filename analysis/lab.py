"""JupyterLab without dirty notebooks: a pre-save hook that stores every notebook the way
the repository keeps them (no outputs, no execution counts, no papermill metadata), so
exploring in `make lab` never breaks `make test`. The outputs stay on screen; only the
saved file is clean.
"""

from __future__ import annotations


def strip_notebook(notebook: dict) -> dict:
    """The notebook (nbformat JSON as a dict) without outputs, counts or papermill keys."""
    notebook.get("metadata", {}).pop("papermill", None)
    for cell in notebook.get("cells", []):
        cell.get("metadata", {}).pop("papermill", None)
        cell.get("metadata", {}).pop("execution", None)
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return notebook


def strip_outputs(model: dict, **_: object) -> None:
    """Jupyter's `ContentsManager.pre_save_hook`: clean a notebook before it is written."""
    if model.get("type") == "notebook" and isinstance(model.get("content"), dict):
        strip_notebook(model["content"])
