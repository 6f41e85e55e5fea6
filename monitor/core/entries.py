"""Identify feed entries so each news item is stored once, whichever feed carries it.

An entry is already known when its feed has shown the same guid before, or
another feed carried the same canonical URL or the same text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from monitor.core.types import ParsedEntry

# Query parameters that track readers and never select content.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "rb_clickid",
        "s_cid",
        "cmpid",
        "ito",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "at_medium",
        "at_campaign",
        "ocid",
        "sr_share",
        "smid",
        "ref_src",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class EntryKeys:
    """What makes an entry the same news item as one seen before."""

    guid: str  # the feed's id for it (its guid, else its link, else its content hash)
    guid_key: str  # sha256 of guid
    url: str | None  # canonical URL
    url_key: str | None  # sha256 of the canonical URL
    content_hash: str  # sha256 of the folded title and text


def entry_keys(entry: ParsedEntry) -> EntryKeys:
    url = canonical_url(entry.url) if entry.url else None
    content = content_hash(entry.title, entry.text)
    guid = (entry.guid or "").strip() or url or content
    return EntryKeys(
        guid=guid,
        guid_key=sha256(guid),
        url=url,
        url_key=sha256(url) if url else None,
        content_hash=content,
    )


# an http(s) URL already canonical but maybe for its empty path: lower-case scheme and
# host, no port, user, query or fragment, nothing ``urlsplit`` would remove or reject (the
# usual link, read without it: 12 -> 2 us)
PLAIN_URL = re.compile(r"(https?)://([a-z0-9.-]+)((?:/[^?#\x00-\x20\x7f]*)?)")


def canonical_url(url: str) -> str:
    """``url`` without tracking parameters, fragment, default port or host case.

    Only http(s) URLs with a host are rewritten; anything else comes back stripped.
    """
    url = url.strip()
    plain = PLAIN_URL.fullmatch(url)
    if plain is not None:
        return f"{plain[1]}://{plain[2]}{plain[3] or '/'}"
    try:
        return _canonical_http_url(url)
    except ValueError:  # also UnicodeEncodeError: a lone surrogate cannot be re-encoded
        return url


def _canonical_http_url(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host:
        return url
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(key)
    ]
    # stripped again: a path or query of spaces may end the rewritten link
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query, doseq=True), "")).strip()


def is_tracking_param(key: str) -> bool:
    key = key.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


WORD = re.compile(r"\w+")
# ASCII text's words without the regex, as bytes (a tenth of the time): every ASCII
# character that is not a word character (``\w``: letters, digits, underscore) becomes a
# space
ASCII_NON_WORD = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256)
)


def content_hash(title: str, text: str) -> str:
    """The same for the same words, whatever the case, spacing, punctuation or Unicode form."""
    folded = unicodedata.normalize("NFKC", f"{title}\n{text}").casefold()
    if folded.isascii():  # (the words joined by spaces, as bytes: what sha256 encodes)
        return hashlib.sha256(
            b" ".join(folded.encode().translate(ASCII_NON_WORD).split())
        ).hexdigest()
    return sha256(" ".join(WORD.findall(folded)))


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
