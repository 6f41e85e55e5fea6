"""What of a feed entry the monitor takes in: a believable date and bounded text.

An entry is admitted before it is deduplicated, analysed and stored:

- its published date is the feed's when believable, else its fetch time
  (``core.dates.trusted_published``); the feed's date is kept beside it, as
  ``claimed_published``, when it was not trusted, for the review UI;
- its title and text are cut to ``MAX_TITLE_CHARS`` and ``MAX_TEXT_CHARS``,
  so that one huge item costs bounded work to analyse, store and show;
- NUL characters are removed from its text, guid and link: PostgreSQL stores
  no NUL in text, and one such item must not fail its feed at every pass.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import overload

from monitor.core.dates import trusted_published
from monitor.core.types import ParsedEntry

MAX_TEXT_CHARS = 200_000  # a long article is some 50,000 characters; the rest is not news
MAX_TITLE_CHARS = 2_000


@dataclass(frozen=True)
class AdmittedEntry:
    """A feed entry as the monitor keeps it."""

    entry: ParsedEntry  # with a trusted published date (or none) and bounded text
    claimed_published: datetime | None = None  # the feed's date, when it was not trusted


def admit_entry(entry: ParsedEntry, fetched_at: datetime) -> AdmittedEntry:
    """``entry`` with a trusted date and bounded text (an entry without a date keeps none)."""
    claimed = entry.published
    published = None if claimed is None else trusted_published(claimed, fetched_at)
    if published == claimed and fits(entry):
        return AdmittedEntry(entry)  # the usual case: nothing to change
    admitted = replace(
        entry,
        guid=without_nul(entry.guid),
        url=without_nul(entry.url),
        title=without_nul(entry.title[:MAX_TITLE_CHARS]),
        text=without_nul(entry.text[:MAX_TEXT_CHARS]),
        published=published,
    )
    return AdmittedEntry(admitted, claimed if claimed != published else None)


def fits(entry: ParsedEntry) -> bool:
    """Whether the entry's text is within bounds and free of NUL characters."""
    return (
        len(entry.title) <= MAX_TITLE_CHARS
        and len(entry.text) <= MAX_TEXT_CHARS
        and not any("\x00" in s for s in (entry.title, entry.text, entry.guid, entry.url) if s)
    )


@overload
def without_nul(text: str) -> str: ...
@overload
def without_nul(text: None) -> None: ...
def without_nul(text: str | None) -> str | None:
    """``text`` without NUL characters, which PostgreSQL refuses to store ("&#0;" in a feed)."""
    return text.replace("\x00", "") if text else text
