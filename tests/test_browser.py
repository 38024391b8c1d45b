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


def _serve(folder: Path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def served_report(rendered_report):
    server = _serve(rendered_report)
    yield f"http://127.0.0.1:{server.server_address[1]}", rendered_report
    server.shutdown()


@pytest.fixture(scope="module")
def other_report():
    """A second article of another kind (a wire report with its .yml), into reports/."""
    from analysis.paths import REPORTS, ROOT
    from analysis.report import render_report

    folder = render_report(ROOT / "tests" / "corpus" / "dev" / "wire-report.txt", REPORTS,
                           progress=lambda message: None)
    server = _serve(folder)
    yield f"http://127.0.0.1:{server.server_address[1]}", folder
    server.shutdown()


HOSTILE = ("Officials said </script><script>window.__pwned = 1</script> nothing happened "
           "<img src=x onerror=\"window.__pwned = 2\">\n\n"
           "Border Patrol agents recorded more than 200,000 encounters in December 2023, "
           "\u201c</script><script>window.__pwned = 3</script>\u201d said John Smith, a U.S. "
           "official, on 3 January 2024.\n\n"
           "Mexico\u2019s government <b onmouseover=\"window.__pwned = 4\">said</b> it would add "
           "checkpoints in February <svg onload=\"window.__pwned = 5\">.\n")


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    """An article whose text and headline try to run script in every kind of page."""
    from analysis.report import render_report

    folder = tmp_path_factory.mktemp("hostile")
    article = folder / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    (folder / "hostile.yml").write_text(
        'title: "<script>window.__pwned = 6</script><img src=x onerror=window.__pwned=7>"\n'
        "published: 2024-03-08\n", encoding="utf-8")
    report = render_report(article, folder / "reports", progress=lambda message: None)
    server = _serve(report)
    yield f"http://127.0.0.1:{server.server_address[1]}", report
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


DESKTOP, PHONE = {"width": 1200, "height": 900}, {"width": 390, "height": 844}


def _open(browser, url: str, viewport: dict = DESKTOP):
    page = browser.new_page(viewport=viewport)
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


def _draw_and_shoot(browser, base: str, folder: Path, name: str, viewport: dict, suffix: str):
    page, errors, refused = _open(browser, f"{base}/{name}.html", viewport)
    charts = page.locator(".bd-chart").count()
    if charts:
        page.wait_for_function(
            "() => [...document.querySelectorAll('.bd-chart')].every(c => "
            "c.querySelector('svg, canvas') && c.querySelectorAll('path, rect, text, line')"
            ".length > 5)", timeout=20_000)
    screenshots = folder / "screenshots"
    screenshots.mkdir(exist_ok=True)
    page.screenshot(path=str(screenshots / f"{name}{suffix}.png"), full_page=True)
    return page, errors, refused, charts


@pytest.mark.parametrize("width", ["desktop", "phone"])
@pytest.mark.parametrize("name", PAGES)
def test_report_page_draws_every_chart_without_errors(browser, served_report, name, width):
    base, folder = served_report
    page, errors, refused, charts = _draw_and_shoot(
        browser, base, folder, name, DESKTOP if width == "desktop" else PHONE,
        "" if width == "desktop" else "-phone")
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    page.close()
    assert errors == [], errors
    assert refused == [], f"tried to reach the internet: {refused}"
    if name in ("01_statistics", "02_border_crossings", "03_cooperation_timeline", "05_sources"):
        assert charts >= 1
    assert overflow <= 1, "the page scrolls sideways; wide tables and charts must scroll alone"


def _visible_text(page, selector: str) -> str:
    return " ".join(page.locator(selector).all_inner_texts())


@pytest.mark.parametrize("width", ["desktop", "phone"])
@pytest.mark.parametrize("name", PAGES)
def test_another_article_renders_every_page_at_both_widths(browser, other_report, name, width):
    base, folder = other_report
    page, errors, refused, _ = _draw_and_shoot(
        browser, base, folder, name, DESKTOP if width == "desktop" else PHONE,
        "" if width == "desktop" else "-phone")
    headline = _visible_text(page, ".bd-headline")
    page.close()
    assert errors == [] and refused == [], (errors, refused)
    assert "Mexico deportations fall" in headline


def test_the_crossings_chart_shows_its_labels_as_text(browser, served_report):
    base, _ = served_report
    page, _, _ = _open(browser, f"{base}/02_border_crossings.html")
    page.wait_for_function("() => document.querySelectorAll('.bd-chart svg').length >= 2",
                           timeout=20_000)
    drawn = " ".join(page.locator(".bd-chart svg text").all_text_contents())
    page.close()
    assert "published 26 March 2024" in drawn
    assert "\u201cin record numbers\u201d" in drawn and "supported" in drawn
    assert "Dec 2023: Desperate for help" in drawn
    assert "350,000" in drawn and "350k" not in drawn.lower()
    assert "2019" in drawn and "2024" in drawn


def test_verdict_badges_and_download_links_are_visible(browser, served_report):
    base, _ = served_report
    page, _, _ = _open(browser, f"{base}/04_fact_check.html", PHONE)
    badges = page.locator(".bd-badge")
    assert badges.count() >= 18 and badges.first.is_visible()
    colour = badges.first.evaluate("b => getComputedStyle(b).backgroundColor")
    assert colour == "rgb(0, 158, 115)"  # supported: Okabe-Ito bluish green
    download = page.get_by_text("Download this data (CSV)")
    assert download.count() == 1 and download.first.is_visible()
    page.close()
    page, _, _ = _open(browser, f"{base}/index.html")
    assert page.locator(".bd-badge").count() >= 3
    assert page.locator("img[alt]").count() == 5
    page.wait_for_function("() => [...document.images].every(i => i.complete && "
                           "i.naturalWidth > 0)", timeout=20_000)
    page.close()


def test_a_hostile_article_runs_no_script_on_any_page(browser, hostile_report):
    base, folder = hostile_report
    names = [p.relative_to(folder).as_posix() for p in sorted(folder.glob("*.html"))
             + sorted((folder / "figures").glob("*.html"))]
    assert len(names) >= 6 + 5
    for name in names:
        page, errors, refused = _open(browser, f"{base}/{name}")
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.wait_for_timeout(300)
        page.mouse.move(200, 200)
        pwned = page.evaluate("() => window.__pwned || 0")
        page.close()
        assert pwned == 0 and dialogs == [], name
        assert errors == [] and refused == [], (name, errors, refused)
    headline = (folder / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned = 6&lt;/script&gt;" in headline


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
         "--ContentsManager.pre_save_hook=analysis.lab.strip_outputs",  # as make lab
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
        yield base, token, root
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_jupyterlab_runs_the_border_crossings_notebook_and_shows_its_charts(browser, jupyterlab,
                                                                            tmp_path):
    base, token, root = jupyterlab
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
    saved = root / "02_border_crossings.ipynb"
    before = saved.stat().st_mtime_ns
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    for _ in range(100):
        if saved.stat().st_mtime_ns != before:
            break
        time.sleep(0.1)
    page.close()
    assert error_count == 0
    import json

    stored = json.loads(saved.read_text(encoding="utf-8"))
    assert saved.stat().st_mtime_ns != before, "JupyterLab did not save the notebook"
    assert all(not c.get("outputs") and c.get("execution_count") is None
               for c in stored["cells"] if c["cell_type"] == "code")
    assert refused == [] or all("127.0.0.1" in url for url in refused), refused
