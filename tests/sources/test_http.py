"""The HTTP client against a real local server: every failure is a reason, never a crash."""
import time

import pytest

from pipeline import __version__
from pipeline.sources.http import FetchError, HttpClient, HttpSettings
from release_site import FIRST

pytestmark = pytest.mark.network


def reason(client, url, **kw) -> str:
    with pytest.raises(FetchError) as err:
        client.get(url, **kw)
    return err.value.reason


def test_page_and_user_agent(site, client):
    page = client.get(site.url(f"/berita/{FIRST}"))
    assert page.status == 200 and page.media_type == "text/html" and page.charset == "utf-8"
    assert b"Asesmen Diagnostik" in page.body and page.etag
    agent = site.headers[f"/berita/{FIRST}"]["User-Agent"]
    assert agent.startswith(f"warta/{__version__} (+http")


def test_conditional_get_gives_304(site, client):
    first = client.get(site.url(f"/berita/{FIRST}"))
    again = client.get(site.url(f"/berita/{FIRST}"), etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert site.conditional[f"/berita/{FIRST}"] == 1


def test_500_recovers_after_two_failures(site, client):
    page = client.get(site.url("/flaky"))
    assert page.status == 200 and site.hits["/flaky"] == 3


def test_500_without_retries_is_a_reason(site):
    with HttpClient(HttpSettings(retries=0, rate_limit=0)) as c:
        assert reason(c, site.url("/flaky")) == "HTTP 500 Internal Server Error"


@pytest.mark.parametrize("path, expected", [
    ("/tidak-ada", "HTTP 404 Not Found"),
    ("/big", "too large (3,000,009 bytes declared; limit 200,000)"),
    ("/big-stream", "too large (over the 200,000 byte limit)"),
    ("/gambar.png", "wrong content type 'image/png'"),
])
def test_failures_name_the_reason(site, client, path, expected):
    assert reason(client, site.url(path)).startswith(expected)


def test_redirect_loop(site, client):
    assert reason(client, site.url("/loop-a")).startswith("redirect loop")


def test_timeout_is_retried_then_reported(site, client):
    started = time.perf_counter()
    assert reason(client, site.url("/slow")) == "timed out (timeout 0.5 s) after 3 attempts"
    assert site.hits["/slow"] == 3 and time.perf_counter() - started < 2.5


def test_only_http_and_https(client):
    assert reason(client, "ftp://127.0.0.1/berkas.txt").startswith("unsupported URL scheme 'ftp'")
    assert reason(client, "file:///etc/passwd").startswith("unsupported URL scheme 'file'")


def test_connection_refused_is_a_reason(client):
    assert reason(client, "http://127.0.0.1:9/").startswith("connection failed")


def test_rate_limit_spaces_requests_per_host(site):
    with HttpClient(HttpSettings(rate_limit=10, retries=0)) as c:
        started = time.perf_counter()
        for _ in range(4):
            c.get(site.url(f"/berita/{FIRST}"))
        assert time.perf_counter() - started >= 0.29  # 4 requests at 10/s: 3 gaps of 0.1 s
