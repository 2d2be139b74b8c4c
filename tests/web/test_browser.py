"""The explorer in a real browser: `warta serve` in its own process, headless Chromium driven by Selenium.

Needs Debian's `chromium` and `chromium-driver`; `.ci/run` installs them. Without them these tests skip, except
under CI (CI set), where a missing browser is a failure.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.web.conftest import PERSON, REPO, document_id_of

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def _browser_missing() -> str | None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package")
    return ", ".join(missing) if missing else None


@pytest.fixture(scope="module")
def driver():
    missing = _browser_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests need {missing} (apt-get install chromium chromium-driver)")
        pytest.skip(f"no browser: {missing} missing (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,900"):
        options.add_argument(arg)
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    d.set_page_load_timeout(30)
    yield d
    d.quit()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db, tmp_path_factory):
    """`warta serve` over the test store, in its own process (so this process can hold a write lock on it)."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--db", str(web_db),
                                 "--port", str(port), "--hold", "0"], stdout=out, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/static/warta.css", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"warta serve did not start: {log.read_text()}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def shot(driver, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    assert driver.save_screenshot(str(path)) and path.stat().st_size > 10_000
    return path


def test_search_person_timeline_document_with_highlights(driver, server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(server + "/")
    box = driver.find_element(By.CSS_SELECTOR, "form.search.big input[name=q]")
    box.send_keys("Bupati Sigi")
    box.submit()
    # submit() returns before the browser has navigated: wait for the results page
    WebDriverWait(driver, 10).until(lambda d: "/search?q=Bupati+Sigi" in d.current_url)
    assert "/search?q=Bupati+Sigi" in driver.current_url
    shot(driver, tmp_path, "1-search")
    driver.find_element(By.LINK_TEXT, PERSON).click()

    assert driver.find_element(By.TAG_NAME, "h1").text == PERSON
    bars = driver.find_elements(By.CSS_SELECTOR, "svg.timeline g.spell rect")
    acting = driver.find_elements(By.CSS_SELECTOR, "svg.timeline g.spell.acting rect")
    assert len(bars) == 2 and len(acting) == 1
    assert all(b.size["width"] > 0 for b in bars)
    posts = driver.find_elements(By.CSS_SELECTOR, "#list-posts tbody tr")
    assert [r.find_elements(By.TAG_NAME, "td")[0].text for r in posts] == ["Bupati Sigi", "Bupati Sigi"]
    shot(driver, tmp_path, "2-person-timeline")

    driver.find_element(By.CSS_SELECTOR, "#list-documents tbody tr td a").click()
    assert "/documents/" in driver.current_url
    marks = driver.find_elements(By.CSS_SELECTOR, "article.release mark")
    kinds = {m.get_attribute("class") for m in marks}
    assert {"k-person", "k-place", "k-date", "k-event"} <= kinds
    person_mark = next(m for m in marks if m.get_attribute("class") == "k-person" and m.text == PERSON)
    color = person_mark.value_of_css_property("background-color")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent")  # highlighted, by the stylesheet of its kind
    legend = driver.find_elements(By.CSS_SELECTOR, "p.legend mark")
    assert len(legend) == 8
    assert color == next(m for m in legend if m.text == "person").value_of_css_property("background-color")
    shot(driver, tmp_path, "3-document")
    person_mark.find_element(By.TAG_NAME, "a").click()  # a highlight leads to its fact beside the text
    assert driver.current_url.endswith("#fact-person-0")
    assert driver.find_element(By.CSS_SELECTOR, "li:target").text.startswith(PERSON)


def test_a_script_in_a_release_is_shown_as_text(driver, server, client, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    doc = document_id_of(client, "sigi-diskominfo-pelatihan-keamanan-situs-2024.txt")
    driver.get(f"{server}/documents/{doc}")
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018  (the release's script never ran)
    assert driver.find_elements(By.TAG_NAME, "script") == []
    assert "<script>alert('warta')</script>" in driver.find_element(By.CSS_SELECTOR, "article.release").text
    assert "<script>" in driver.find_element(By.TAG_NAME, "h1").text
    shot(driver, tmp_path, "4-script-as-text")


def test_a_page_during_a_write_says_busy_then_works_again(driver, server, web_db, person_url, tmp_path):
    import duckdb
    from selenium.webdriver.common.by import By

    writer = duckdb.connect(str(web_db))  # the write lock, as `warta run` holds it
    try:
        driver.get(server + person_url)
        assert driver.find_element(By.TAG_NAME, "h1").text == "Busy, retry in a few seconds"
        assert "Traceback" not in driver.page_source
        shot(driver, tmp_path, "5-busy")
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(server + person_url, timeout=10)
        assert err.value.code == 503 and err.value.headers["Retry-After"] == "5"
    finally:
        writer.close()
    driver.refresh()
    assert driver.find_element(By.TAG_NAME, "h1").text == PERSON
