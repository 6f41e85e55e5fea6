"""Entry identity: the same news item is recognised whichever feed or link carries it."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.core.entries import (
    _canonical_http_url,
    canonical_url,
    content_hash,
    entry_keys,
    is_tracking_param,
    sha256,
)
from monitor.core.types import ParsedEntry

STORY = "https://timesca.com/kazakhstan-court-rejects-dzhakishev-parole/"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (f"{STORY}?utm_source=rss&utm_medium=feed&utm_campaign=daily", STORY),
        (f"{STORY}?fbclid=IwAR0x", STORY),
        (f"{STORY}?gclid=abc&msclkid=def&_ga=1.2", STORY),
        (f"{STORY}?UTM_Source=rss", STORY),
        (f"{STORY}?pk_campaign=x&mtm_kwd=y&hsa_acc=1", STORY),
        (f"{STORY}#comments", STORY),
        ("HTTPS://TimesCA.com/kazakhstan-court-rejects-dzhakishev-parole/", STORY),
        ("https://timesca.com:443/kazakhstan-court-rejects-dzhakishev-parole/", STORY),
        ("http://timesca.com:80/a", "http://timesca.com/a"),
        ("http://timesca.com:8080/a", "http://timesca.com:8080/a"),
        ("https://timesca.com", "https://timesca.com/"),
        (f"  {STORY}\n", STORY),
        (
            "https://www.rferl.org/a/29384.html?id=7&utm_source=x&page=2",
            "https://www.rferl.org/a/29384.html?id=7&page=2",
        ),
        (
            "https://example.org/search?q=Dzhakishev+parole&lang=en",
            "https://example.org/search?q=Dzhakishev+parole&lang=en",
        ),
        ("https://example.org/a?z=1&a=2", "https://example.org/a?z=1&a=2"),
        ("http://[::1]:8080/feed?utm_term=x", "http://[::1]:8080/feed"),
        ("https://editor@example.org/a", "https://editor@example.org/a"),
    ],
    ids=[
        "utm-parameters",
        "facebook-click-id",
        "ad-click-ids",
        "tracking-key-in-capitals",
        "analytics-prefixes",
        "fragment",
        "scheme-and-host-case",
        "default-https-port",
        "default-http-port",
        "other-port-kept",
        "empty-path",
        "surrounding-whitespace",
        "other-parameters-kept-in-order",
        "search-query-kept",
        "parameter-order-kept",
        "ipv6-host-keeps-brackets",
        "user-kept",
    ],
)
def test_a_url_is_reduced_to_its_canonical_form(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    "url",
    ["", "not a url", "mailto:desk@example.org", "urn:uuid:1234", "http://", "http://a:99999/x"],
    ids=["empty", "plain-text", "mailto", "urn", "no-host", "port-out-of-range"],
)
def test_what_is_not_a_web_address_comes_back_as_it_was(url: str) -> None:
    assert canonical_url(f" {url} ") == url


@pytest.mark.parametrize(
    ("key", "tracking"),
    [
        ("utm_content", True),
        ("fbclid", True),
        ("Gclid", True),
        ("mc_eid", True),
        ("id", False),
        ("page", False),
        ("q", False),
        ("utm", False),
    ],
    ids=lambda v: str(v),
)
def test_only_known_tracking_parameters_are_dropped(key: str, tracking: bool) -> None:
    assert is_tracking_param(key) is tracking


urls = st.one_of(
    st.text(),
    st.builds(
        lambda scheme, host, path, query, fragment: f"{scheme}://{host}{path}?{query}#{fragment}",
        st.sampled_from(["http", "https", "HTTP", "ftp", ""]),
        st.text(max_size=15),
        st.text(max_size=15),
        st.text(max_size=25),
        st.text(max_size=5),
    ),
)


@settings(max_examples=300)
@given(urls)
@example("HTTP://0/ ?")  # a space before an empty query once survived the first pass
def test_canonicalising_never_raises_and_is_idempotent(url: str) -> None:
    once = canonical_url(url)

    assert canonical_url(once) == once


plain_looking_urls = st.builds(
    "{}://{}{}".format,
    st.sampled_from(["http", "https", "HTTP", "ftp"]),
    st.text(alphabet="abcXYZ019.-:@[]_", min_size=0, max_size=12),
    st.text(alphabet=st.sampled_from(list("/aZ9.-_~%?#&=;: \t\n\x00\x7f\\é")), max_size=20),
)


@settings(max_examples=2000)
@given(plain_looking_urls)
@example("http://0/ #")  # a space before an empty fragment: both readings strip it
def test_the_plain_url_shortcut_agrees_with_the_full_reading(url: str) -> None:
    """Links read without ``urlsplit`` (lower-case http(s), a plain host, no query) come
    out as the full reading gives them; the rest take the full reading."""
    try:
        full = _canonical_http_url(url.strip())
    except ValueError:
        full = url.strip()

    assert canonical_url(url) == full


@settings(max_examples=100)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.just("\ud800"), max_size=20))
def test_canonicalising_survives_text_that_is_not_valid_unicode(query: str) -> None:
    once = canonical_url(f"https://example.org/a?q={query}")

    assert canonical_url(once) == once


@settings(max_examples=100)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["utm_source", "fbclid", "gclid", "id", "page", "q"]),
            st.text(alphabet="abc123", max_size=4),
        ),
        max_size=6,
    )
)
def test_tracking_parameters_never_survive_and_the_others_always_do(
    params: list[tuple[str, str]],
) -> None:
    query = "&".join(f"{k}={v}" for k, v in params)
    kept = "&".join(f"{k}={v}" for k, v in params if k in {"id", "page", "q"})

    assert canonical_url(f"https://example.org/a?{query}") == "https://example.org/a" + (
        f"?{kept}" if kept else ""
    )


# --- content hash ---------------------------------------------------------------------

TITLE = "Court rejects Mukhtar Dzhakishev's parole request"
TEXT = "The court in Semey dismissed the request on July 23."


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (TITLE.upper(), TEXT.lower()),
        ("  Court   rejects\nMukhtar\tDzhakishev's  parole request ", TEXT),
        ("Court rejects Mukhtar Dzhakishev’s parole request!", TEXT.replace(".", "…")),
        (TITLE, "The court in Semey dismissed the request on July\u00a023."),
        (
            TITLE,
            unicodedata.normalize(
                "NFKC", "The ｃｏｕｒｔ in Semey dismissed the request on July 23."
            ),
        ),
    ],
    ids=["case", "spacing", "punctuation", "no-break-space", "full-width"],
)
def test_the_same_words_hash_the_same(title: str, text: str) -> None:
    assert content_hash(title, text) == content_hash(TITLE, TEXT)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Court grants Mukhtar Dzhakishev's parole request", TEXT),
        (TITLE, "The court in Semey dismissed the request on July 24."),
        (TITLE, ""),
    ],
    ids=["a-word-changed", "a-number-changed", "text-missing"],
)
def test_different_words_hash_differently(title: str, text: str) -> None:
    assert content_hash(title, text) != content_hash(TITLE, TEXT)


def test_the_same_words_in_cyrillic_hash_the_same_in_any_normal_form() -> None:
    text = "Владимир Козлов вышел на свободу"

    hashes = {content_hash("", unicodedata.normalize(form, text)) for form in ("NFC", "NFD")}

    assert len(hashes) == 1


words = st.lists(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzéüçñ"
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяқңөүұһәßσςάώ0123456789",
        min_size=1,
        max_size=8,
    ),
    min_size=1,
    max_size=6,
)
gaps = st.lists(st.sampled_from([" ", "  ", "\n", "\t", ", ", ". ", " — ", "!\n", "\u00a0"]))


@settings(max_examples=200)
@given(words, gaps, st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]))
def test_the_hash_ignores_case_spacing_punctuation_and_normal_form(
    text_words: list[str], separators: list[str], form: str
) -> None:
    plain = " ".join(text_words)
    shouted = "".join(
        word.upper() + (separators[i % len(separators)] if separators else " ")
        for i, word in enumerate(text_words)
    )

    assert content_hash("", plain) == content_hash("", unicodedata.normalize(form, shouted))


# --- entry keys -----------------------------------------------------------------------


def entry(guid: str | None = None, url: str | None = None) -> ParsedEntry:
    return ParsedEntry(guid=guid, url=url, title=TITLE, text=TEXT, published=None)


def test_an_entry_is_known_by_its_guid_when_the_feed_gives_one() -> None:
    keys = entry_keys(entry(guid=" tag:timesca.com,2019:4711 ", url=f"{STORY}?utm_source=rss"))

    assert keys.guid == "tag:timesca.com,2019:4711"
    assert keys.guid_key == sha256("tag:timesca.com,2019:4711")
    assert keys.url == STORY
    assert keys.url_key == sha256(STORY)
    assert keys.content_hash == content_hash(TITLE, TEXT)


@pytest.mark.parametrize("guid", [None, "", "   "], ids=["no-guid", "empty-guid", "blank-guid"])
def test_without_a_guid_an_entry_is_known_by_its_canonical_url(guid: str | None) -> None:
    keys = entry_keys(entry(guid=guid, url=f"{STORY}#top"))

    assert keys.guid == STORY
    assert keys.guid_key == sha256(STORY)


def test_without_a_guid_or_a_link_an_entry_is_known_by_its_words() -> None:
    keys = entry_keys(entry())

    assert keys.guid == content_hash(TITLE, TEXT)
    assert keys.url is None
    assert keys.url_key is None


def test_two_feeds_linking_the_same_story_differently_share_the_url_key() -> None:
    from_rss = entry_keys(entry(guid="rss-1", url=f"{STORY}?utm_source=rss"))
    from_atom = entry_keys(entry(guid="atom-9", url=f"HTTPS://TIMESCA.COM:443{STORY[19:]}#x"))

    assert from_rss.guid_key != from_atom.guid_key
    assert from_rss.url_key == from_atom.url_key


def words_by_regex(title: str, text: str) -> str:
    """``content_hash`` as the regex alone computes it, for every text."""
    folded = unicodedata.normalize("NFKC", f"{title}\n{text}").casefold()
    return sha256(" ".join(re.findall(r"\w+", folded)))


@given(st.text(alphabet=st.characters(max_codepoint=127)), st.text(max_size=20))
def test_ascii_text_hashes_as_the_word_regex_reads_it(text: str, tail: str) -> None:
    assert content_hash("Title_1: x-y", text) == words_by_regex("Title_1: x-y", text)
    assert content_hash(tail, text) == words_by_regex(tail, text)  # (often not ASCII)


@pytest.mark.parametrize(
    "text",
    ["snake_case and kebab-case", "tabs\tand\x1cseparators\x1f", "a.b,c;d!e?f", "ΑΒΓ ascii"],
)
def test_word_boundaries_are_the_same_on_the_fast_path(text: str) -> None:
    assert content_hash("", text) == words_by_regex("", text)
