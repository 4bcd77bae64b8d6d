"""The one check of a web address a plan may show as a link: http or https, a host, nothing hidden or breaking.

Every `url` of a profile's sources, a rule pack's sources, frame.yaml and registry.yaml is read through `Url`,
so `validate` and `rules lint` refuse a bad one at its line; the renderers link only what `live` passes, so an
address that reached a plan some other way is shown as text, never followed.
"""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from planner.chars import code, first_hidden
from planner.messages import Msg, msg

# mailto: is left out on purpose: a source is a document a reader can open, and no profile or rule cites a mailbox.
SCHEMES = ("http", "https")
MAX_LENGTH = 2_000  # the longest address browsers and servers agree on; the shipped ones are under 200
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Whitespace ends a link; < > " close an HTML attribute or a Markdown <link>; | splits a Markdown table cell;
# \ ^ ` { } are not allowed in an address at all (RFC 3986) and are written %5C, %5E, %60, %7B, %7D.
_BREAKING = re.compile(r'[\s<>"\\^`{|}]')


def url_problem(url: str) -> Msg | None:
    """Why an address cannot be a link, or None when it can."""
    hidden = first_hidden(url)
    if hidden:
        return msg("url.hidden", char=hidden)
    if len(url) > MAX_LENGTH:
        return msg("url.too_long", length=len(url), limit=MAX_LENGTH)
    scheme = _SCHEME.match(url)
    if not scheme:
        return msg("url.no_scheme")
    if scheme[1].lower() not in SCHEMES:
        return msg("url.scheme", scheme=scheme[1])
    bad = _BREAKING.search(url)
    if bad:
        return msg("url.char", char=f"{bad.group(0)!r} ({code(bad.group(0))})")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        return msg("url.no_host")
    if not url[scheme.end() :].startswith("//") or not host:
        return msg("url.no_host")
    if "@" in parts.netloc:  # https://www.city.koto.lg.jp@example.com/ opens example.com
        return msg("url.userinfo")
    return None


def live(url: str | None) -> str | None:
    """The address if it may be a link, else None (it is then shown as text only)."""
    return url if url and url_problem(url) is None else None


def _check(url: str) -> str:
    problem = url_problem(url)
    if problem is not None:
        raise PydanticCustomError(f"planner.{problem.key}", problem.key, dict(problem.params))
    return url


Url = Annotated[str, AfterValidator(_check)]
