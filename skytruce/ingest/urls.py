"""Fetching http(s) URLs with httpx: timeouts, a size limit and a content-type check."""

from __future__ import annotations

from skytruce.errors import InputError

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
ACCEPTED_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "text/markdown": "markdown",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/xml": "feed", "text/xml": "feed",
}


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def fetch(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """Return the body and its kind (html, text, markdown, feed), or raise InputError."""
    import httpx
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "skytruce/0.1 (aerial-strike monitor)"}) as response:
            if response.status_code >= 400:
                raise InputError(url, f"HTTP {response.status_code}")
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            kind = ACCEPTED_TYPES.get(media_type)
            if kind is None:
                raise InputError(url, f"unsupported content type {media_type or 'missing'!r}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(url, f"response larger than {max_bytes} bytes")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise InputError(url, f"response larger than {max_bytes} bytes")
            return bytes(body), kind
    except httpx.TimeoutException:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except httpx.HTTPError as exc:
        raise InputError(url, f"fetch failed: {exc.__class__.__name__}: {exc}") from None
