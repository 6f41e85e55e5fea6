"""Hand the screens of ``parse`` the text feedparser will read, whatever the encoding.

The screens (no entity declarations, no DOCTYPE, not an HTML page) look at bytes. That is
sound only when markup can be spelled in one way alone, its ASCII bytes. Some encodings
feedparser accepts spell it otherwise: UTF-7 writes ``<`` as ``+ADw-``, UTF-16 and UTF-32
put zero bytes between letters, EBCDIC (cp037) uses other byte values, unicode_escape reads
``\\x3c``, mac-arabic has a second ``<`` at 0xBC. A quadratic entity bomb declared as UTF-7
passed the screen and cost 20 s of CPU and 2 GB.

So before screening, ``as_ascii_compatible`` finds every encoding feedparser might use for
the document (a byte-order mark or the first bytes of ``<?xml`` in UTF-16, UTF-32 or
EBCDIC, the XML declaration as feedparser reads it, the HTTP charset); when one of them
could hide markup, the document is decoded exactly as feedparser would decode it
(feedparser's own ``convert_to_utf8``) and handed on as UTF-8, with a UTF-8 declaration and
``charset=utf-8`` in place of the server's, so that nothing can make feedparser decode it a
second, different way. Plain ASCII-compatible documents, nearly all of them, pass
unchanged and cost no decoding.
"""

from __future__ import annotations

import codecs
import functools

from feedparser import encodings as feedparser_encodings

# what feedparser sniffs from the first four bytes besides UTF-8 (feedparser.encodings)
NOT_ASCII_STARTS = (
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF16_LE,  # UTF-32-LE's mark starts like UTF-16-LE's
    codecs.BOM_UTF32_BE,
    b"\x4c\x6f\xa7\x94",  # <?xm in EBCDIC
    b"\x00\x3c\x00\x3f",
    b"\x3c\x00\x3f\x00",  # <? in UTF-16 without a mark
    b"\x00\x00\x00\x3c",
    b"\x3c\x00\x00\x00",  # < in UTF-32 without a mark
)
# ASCII that must read as itself, and the ways encodings spell "<" otherwise
PROBE = bytes(b for b in (9, 10, 13, *range(0x20, 0x7F)) if b != 0x5C) + (
    rb" +ADw- \x3c \u003c \\ xn--ls8h.xn--zca "
)
# a chardet guess is taken when the declared encodings fail: it cannot be foreseen
GUESSES = getattr(feedparser_encodings, "chardet", None) is not None


def as_ascii_compatible(content: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """The document and Content-Type to screen and parse: unchanged when every encoding
    feedparser might read it in spells markup in ASCII, else decoded as feedparser would
    and re-encoded as UTF-8 (declaration and charset rewritten to say so)."""
    if not may_hide_markup(content, content_type):
        return content, content_type
    headers = {"content-type": content_type} if content_type is not None else {}
    data: bytes = feedparser_encodings.convert_to_utf8(headers, content, {})
    if content_type is None:
        return data, None
    mime, _ = feedparser_encodings.parse_content_type(content_type)
    return data, f"{mime}; charset=utf-8"


def may_hide_markup(content: bytes, content_type: str | None) -> bool:
    if GUESSES or content.startswith(NOT_ASCII_STARTS):
        return True
    body = content[3:] if content.startswith(codecs.BOM_UTF8) else content
    labels = [feedparser_encodings.parse_content_type(content_type or "")[1]]
    if declared := feedparser_encodings.RE_XML_PI_ENCODING.match(body):  # as feedparser reads it
        labels.append(declared.group(1).decode("utf-8", "replace"))
    return any(hides_markup(label.strip().lower()) for label in labels if label)


@functools.lru_cache(maxsize=256)
def hides_markup(label: str) -> bool:
    """Whether text in this encoding may spell ASCII characters in other bytes than ASCII's.

    Unknown labels and codecs that are no text encodings do not: feedparser skips them."""
    try:
        if PROBE.decode(label) != PROBE.decode("ascii"):
            return True
        for byte in range(0x80, 0x100):
            try:
                if bytes([byte]).decode(label).isascii():
                    return True
            except UnicodeDecodeError:
                continue  # a lead byte, or a byte the encoding leaves undefined
    except LookupError:
        return False
    except Exception:  # a codec that fails on plain ASCII: let feedparser's decoding decide
        return True
    return False
