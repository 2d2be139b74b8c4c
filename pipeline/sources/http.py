"""The one HTTP client of warta: timeouts, bounded retries, per-host rate limit, size cap, redirect checks.

Every failure is a FetchError whose reason names what went wrong (status code, timeout, too large, redirect
loop, wrong content type); adapters turn it into a Reject. Nothing here raises anything else for one URL.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline import __version__

PROJECT_URL = "https://github.com/warta-id/warta"
USER_AGENT = f"warta/{__version__} (+{PROJECT_URL})"

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Accepted content types per kind of resource (prefix match; a missing Content-Type is accepted).
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "text/html", "text/plain")
XML_TYPES = ("application/xml", "text/xml", "application/x-gzip", "text/plain")
JSON_TYPES = ("application/json",)


class FetchError(Exception):
    def __init__(self, reason: str, status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass
class HttpSettings:
    timeout: float = 20.0  # seconds for connect and for each read
    retries: int = 2  # extra attempts after a 5xx, 429, timeout or connection error
    backoff: float = 1.0  # seconds before the first retry, doubled after each
    max_backoff: float = 30.0
    rate_limit: float = 1.0  # requests per second per host (0: no limit)
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT

    @classmethod
    def from_dict(cls, values: dict) -> HttpSettings:
        known = set(cls.__dataclass_fields__)
        unknown = set(values) - known
        if unknown:
            raise ValueError(f"unknown HTTP setting(s): {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})")
        return cls(**values)


@dataclass
class Fetched:
    url: str  # as requested
    final_url: str  # after redirects
    status: int  # 200, or 304 for a conditional GET that found nothing new
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"')
        return None


class RateLimiter:
    """At most `rate` requests per second per host, shared by the threads of one client."""

    def __init__(self, rate: float):
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, 0.0))
            self._next[host] = slot + self.interval
        if slot > now:
            time.sleep(slot - now)


class HttpClient:
    def __init__(self, settings: HttpSettings | None = None):
        self.settings = settings or HttpSettings()
        self.limiter = RateLimiter(self.settings.rate_limit)
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    @property
    def client(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                s = self.settings
                self._client = httpx.Client(
                    timeout=httpx.Timeout(s.timeout), follow_redirects=False,
                    headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
                )
            return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ public
    def get(self, url: str, accept: tuple[str, ...] = HTML_TYPES, etag: str | None = None,
            last_modified: str | None = None, params: dict | None = None) -> Fetched:
        """GET with redirects followed by hand (loop and limit checks); raises FetchError with a reason."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        visited: list[str] = []
        current = str(httpx.URL(url, params=params)) if params else url
        while True:
            _check_scheme(current)
            if current in visited:
                raise FetchError(f"redirect loop ({' -> '.join(visited[-3:] + [current])})")
            visited.append(current)
            if len(visited) > self.settings.max_redirects + 1:
                raise FetchError(f"too many redirects (more than {self.settings.max_redirects})")
            response = self._attempts(current, headers, accept)
            if isinstance(response, Fetched):
                response.url = url
                return response
            current = urljoin(current, response)

    # ------------------------------------------------------------ internals
    def _attempts(self, url: str, headers: dict, accept: tuple[str, ...]) -> Fetched | str:
        """The response, or the next URL of a redirect; retries what may pass on its own."""
        s = self.settings
        delay = s.backoff
        for attempt in range(s.retries + 1):
            last = attempt == s.retries
            try:
                return self._once(url, headers, accept)
            except _Retryable as exc:
                if last:
                    tries = f" after {s.retries + 1} attempts" if s.retries else ""
                    raise FetchError(f"{exc.reason}{tries}", exc.status) from None
                time.sleep(min(exc.retry_after if exc.retry_after is not None else delay, s.max_backoff))
                delay *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict, accept: tuple[str, ...]) -> Fetched | str:
        s = self.settings
        self.limiter.wait(urlsplit(url).netloc)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in REDIRECT_STATUSES:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"HTTP {status} redirect without a Location header", status)
                    return location
                if status in RETRY_STATUSES:
                    raise _Retryable(f"HTTP {status} {response.reason_phrase}".strip(), status,
                                     _retry_after(response.headers.get("retry-after")))
                fetched = Fetched(url=url, final_url=url, status=status,
                                  content_type=response.headers.get("content-type", ""),
                                  etag=response.headers.get("etag"),
                                  last_modified=response.headers.get("last-modified"),
                                  headers=dict(response.headers))
                if status == 304:
                    return fetched
                if status >= 400 or status < 200:
                    raise FetchError(f"HTTP {status} {response.reason_phrase}".strip(), status)
                if fetched.media_type and not fetched.media_type.startswith(accept):
                    raise FetchError(f"wrong content type '{fetched.media_type}' (expected {', '.join(accept)})",
                                     status)
                fetched.body = _read_capped(response, s.max_bytes)
                return fetched
        except httpx.TimeoutException:
            raise _Retryable(f"timed out (timeout {s.timeout:g} s)") from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__}: {exc})") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL ({exc})") from None


class _Retryable(Exception):
    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason, self.status, self.retry_after = reason, status, retry_after


def _read_capped(response: httpx.Response, cap: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise FetchError(f"too large ({int(declared):,} bytes declared; limit {cap:,})")
    chunks, total = [], 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > cap:
            raise FetchError(f"too large (over the {cap:,} byte limit)")
        chunks.append(chunk)
    return b"".join(chunks)


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme '{scheme or '(none)'}' (only http and https)")
