"""What a reader and an explorer see, in headless Chromium (Debian's `chromium` package,
driven by Playwright's Python client; no browser is downloaded).

The report pages are served on 127.0.0.1 and every request to another host is refused and
counted; the test checks that each chart has drawn marks, that no page logs a script
error and that the index's links work, and saves a screenshot of each page under
reports/<article_id>/screenshots/. A second test starts JupyterLab on a free loopback port
with a token, runs a notebook in the browser and checks its charts and cells.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed: run 'apt-get install chromium' (the .ci/run "
                "script does) to run the browser tests", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api", reason="Playwright's Python client is "
                                 "missing: run 'make setup'")


@pytest.fixture(scope="module")
def browser():
    """Chromium with the flags that keep it off the network; Playwright gives each launch a
    fresh, empty user data directory of its own."""
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield launched
        launched.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served_report(rendered_report):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler,
                                directory=str(rendered_report))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", rendered_report
    server.shutdown()


def _loopback_only(page, refused: list[str]) -> None:
    def route(request_route):
        host = urlparse(request_route.request.url).hostname
        if host in ("127.0.0.1", "localhost", None) or request_route.request.url.startswith(
                ("data:", "blob:")):
            request_route.continue_()
        else:
            refused.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    refused: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    _loopback_only(page, refused)
    page.goto(url)
    return page, errors, refused


PAGES = ["index", "01_statistics", "02_border_crossings", "03_cooperation_timeline",
         "04_fact_check", "05_sources"]


@pytest.mark.parametrize("name", PAGES)
def test_report_page_draws_every_chart_without_errors(browser, served_report, name):
    base, folder = served_report
    page, errors, refused = _open(browser, f"{base}/{name}.html")
    charts = page.locator(".bd-chart").count()
    if charts:
        page.wait_for_function(
            "() => [...document.querySelectorAll('.bd-chart')].every(c => "
            "c.querySelector('svg, canvas') && c.querySelectorAll('path, rect, text, line')"
            ".length > 5)", timeout=20_000)
    screenshots = folder / "screenshots"
    screenshots.mkdir(exist_ok=True)
    page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
    page.close()
    assert errors == [], errors
    assert refused == [], f"tried to reach the internet: {refused}"
    if name in ("01_statistics", "02_border_crossings", "03_cooperation_timeline", "05_sources"):
        assert charts >= 1


def test_every_link_of_the_index_works(browser, served_report):
    base, _ = served_report
    page, _, _ = _open(browser, f"{base}/index.html")
    links = page.eval_on_selector_all("a", "anchors => anchors.map(a => a.href)")
    page.close()
    assert len(links) >= 5 + 5 + 5 * 4
    for link in links:
        with urllib.request.urlopen(link, timeout=10) as response:
            assert response.status == 200, link


@pytest.fixture()
def jupyterlab(tmp_path):
    """JupyterLab from the project's environment on a free loopback port with a token,
    serving a copy of the notebooks (so autosave cannot touch the committed ones)."""
    from analysis.paths import NOTEBOOKS

    root = tmp_path / "lab"
    shutil.copytree(NOTEBOOKS, root)
    port, token = _free_port(), "border-desk-test-token"
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
         "--ServerApp.open_browser=False", "--allow-root", "--LabApp.news_url=",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start within a minute")
        yield base, token
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_jupyterlab_runs_the_border_crossings_notebook_and_shows_its_charts(browser, jupyterlab,
                                                                            tmp_path):
    base, token = jupyterlab
    page, errors, refused = _open(
        browser, f"{base}/lab/tree/02_border_crossings.ipynb?token={token}")
    page.wait_for_function("() => window.jupyterapp && document.querySelector('.jp-Notebook')",
                           timeout=60_000)
    page.wait_for_function(
        "() => { const w = window.jupyterapp.shell.currentWidget;"
        " return w && w.sessionContext && w.sessionContext.session"
        " && w.sessionContext.session.kernel"
        " && w.sessionContext.session.kernel.status === 'idle'; }", timeout=60_000)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(
        "() => document.querySelectorAll('.jp-OutputArea-output .bd-chart svg').length >= 2",
        timeout=90_000)
    failed = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
                          ", .jp-RenderedText[data-mime-type='application/vnd.jupyter.error']")
    page.screenshot(path=str(tmp_path / "jupyterlab.png"), full_page=False)
    error_count = failed.count()
    page.close()
    assert error_count == 0
    assert refused == [] or all("127.0.0.1" in url for url in refused), refused
