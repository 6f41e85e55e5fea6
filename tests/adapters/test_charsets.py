"""No encoding hides markup from the screens: entity declarations written in UTF-7, UTF-16,
UTF-32 or EBCDIC, declared in the document or only in the HTTP header, with or without a
byte-order mark, are refused like plain ones; honest feeds in those encodings still read."""

from __future__ import annotations

import base64
import codecs

import pytest

from monitor.adapters.feeds.charsets import as_ascii_compatible, hides_markup
from monitor.adapters.feeds.parse import parse_feed
from monitor.errors import FetchReason, ParseError

BODY = (
    '<rss version="2.0"><channel><title>Court watch</title>'
    "<item><guid>c1</guid><title>Café verdict for Kozlov</title>"
    "<description>Vladimir Kozlov heard the verdict.</description></item></channel></rss>"
)
ENTITIES = '<!DOCTYPE rss [<!ENTITY word "a long word">]>'
BOMB = (
    '<!DOCTYPE rss [<!ENTITY big "' + "spam " * 2000 + '">]><rss version="2.0"><channel>'
    "<title>t</title><item><title>x</title><description>"
    + "&big;" * 2000
    + "</description></item></channel></rss>"
)  # 20 MB once expanded: refused before anything expands it


def utf7(text: str) -> bytes:
    """UTF-7 that writes every '<' and '!' in base64 (+ADw-), as a hostile server would."""
    return b"".join(
        b"+" + base64.b64encode(c.encode("utf-16-be")).rstrip(b"=") + b"-"
        if c in "<!"
        else c.encode("utf-7")
        for c in text
    )


def declared(encoding: str, body: str) -> str:
    return f'<?xml version="1.0" encoding="{encoding}"?>{body}'


def hostile_documents(body: str) -> dict[str, tuple[bytes, str | None]]:
    """The same document in every spelling that once slipped past the byte screen."""
    return {
        "utf-7-declared": (b'<?xml version="1.0" encoding="utf-7"?>' + utf7(body), None),
        "utf-7-in-the-header-only": (utf7(body), "application/rss+xml; charset=utf-7"),
        "utf-7-text-xml-header": (utf7(body), "text/xml; charset=UTF-7"),
        "utf-16-le-bom": (codecs.BOM_UTF16_LE + declared("utf-16", body).encode("utf-16-le"), None),
        "utf-16-be-no-bom": (declared("utf-16", body).encode("utf-16-be"), None),
        "utf-32-le-bom": (codecs.BOM_UTF32_LE + declared("utf-32", body).encode("utf-32-le"), None),
        "utf-32-be-bom": (codecs.BOM_UTF32_BE + declared("utf-32", body).encode("utf-32-be"), None),
        "utf-32-le-no-bom": (declared("utf-32", body).encode("utf-32-le"), None),
        "utf-32-be-no-bom": (declared("utf-32", body).encode("utf-32-be"), None),
        "ebcdic-cp037": (declared("cp037", body).encode("cp037"), None),
        "unicode-escape": (
            b'<?xml version="1.0" encoding="unicode_escape"?>'
            + body.replace("<", "\\x3c").encode("ascii", "backslashreplace"),
            None,
        ),
    }


HOSTILE = hostile_documents(ENTITIES + BODY)


@pytest.mark.parametrize(("content", "content_type"), HOSTILE.values(), ids=HOSTILE.keys())
def test_entity_declarations_are_refused_in_every_encoding(
    content: bytes, content_type: str | None
) -> None:
    with pytest.raises(ParseError) as refused:
        parse_feed(content, "https://evil.example.org/feed", content_type)
    assert refused.value.reason == FetchReason.NOT_A_FEED
    assert "entities" in refused.value.message


BOMBS = hostile_documents(BOMB)


@pytest.mark.parametrize(("content", "content_type"), BOMBS.values(), ids=BOMBS.keys())
def test_an_entity_bomb_in_utf_7_or_utf_16_is_refused_before_it_expands(
    content: bytes, content_type: str | None
) -> None:
    with pytest.raises(ParseError, match="entities"):
        parse_feed(content, "https://evil.example.org/bomb", content_type)


HONEST = {
    name: pair
    for name, pair in hostile_documents(BODY).items()
    if name not in ("unicode-escape",)  # honest text in it is not worth supporting
}


@pytest.mark.parametrize(("content", "content_type"), HONEST.values(), ids=HONEST.keys())
def test_an_honest_feed_in_those_encodings_reads_as_in_utf_8(
    content: bytes, content_type: str | None
) -> None:
    feed = parse_feed(content, "https://news.example.org/feed", content_type)
    assert [(e.title, e.text) for e in feed.entries] == [
        ("Café verdict for Kozlov", "Vladimir Kozlov heard the verdict.")
    ]


def test_a_plain_utf_8_document_passes_unchanged_and_undecoded() -> None:
    content = declared("utf-8", BODY).encode()
    for content_type in (None, "application/rss+xml; charset=utf-8", "text/xml"):
        assert as_ascii_compatible(content, content_type) == (content, content_type)


def test_a_converted_document_says_utf_8_in_its_declaration_and_header() -> None:
    content, content_type = HOSTILE["utf-7-in-the-header-only"]
    data, new_type = as_ascii_compatible(content, content_type)
    assert new_type == "application/rss+xml; charset=utf-8"
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert b"<!ENTITY" in data


@pytest.mark.parametrize(
    ("label", "hides"),
    [
        ("utf-8", False),
        ("iso-8859-1", False),
        ("windows-1251", False),
        ("shift_jis", False),
        ("gb18030", False),
        ("utf-7", True),
        ("utf-16", True),
        ("utf-32-be", True),
        ("cp037", True),
        ("unicode_escape", True),
        ("mac-arabic", True),
        ("no-such-codec", False),
        ("rot13", False),
    ],
)
def test_which_encodings_can_spell_markup_in_other_bytes(label: str, hides: bool) -> None:
    assert hides_markup(label) is hides


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'<?xml version="1.0" encoding="\xff\xfe"?><rss/>', "application/rss+xml; charset=utf-7"),
        (b'<?xml version="1.0" encoding="\xff"?><rss/>', "text/xml; charset=undefined"),
        (b'<?xml version="1.0" encoding="utf\x00"?><rss/>', "text/xml; charset=idna"),
    ],
    ids=["a-declaration-not-in-utf-8", "the-undefined-codec", "a-nul-in-the-label"],
)
def test_an_encoding_feedparser_chokes_on_costs_that_feed_alone(
    content: bytes, content_type: str
) -> None:
    try:
        parse_feed(content, "https://odd.example.org/feed", content_type)
    except ParseError as refused:  # nothing else may escape
        assert refused.reason == FetchReason.NOT_A_FEED
