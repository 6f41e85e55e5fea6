"""One exception tree for everything the monitor reports to its users.

MonitorError
├── ConfigError            bad usage or configuration (exit status 2)
│   └── WatchlistError     an invalid watchlist file, with every problem listed
├── FeedError              one feed could not be read (the others go on)
│   ├── FetchError         the HTTP side failed, with a closed-set reason
│   └── ParseError         the bytes are not a usable feed (reason not_a_feed)
├── StorageError           the database failed
└── DeliveryError          an alert could not be delivered (permanent or not)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class MonitorError(Exception):
    """Base of every error the monitor raises on purpose."""

    exit_status = 1

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with its attributes (a feed parsed in a worker process raises it back)."""
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(kind: type[MonitorError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ConfigError(MonitorError):
    """Bad usage or configuration: the command refuses to run."""

    exit_status = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a configuration file, and where it is."""

    location: str  # e.g. "people[3].id"
    message: str  # e.g. "duplicate 'kozlov-vladimir'"
    line: int | None = None  # 1-based line in the file, when the YAML gives one

    def __str__(self) -> str:
        where = f"{self.location} (line {self.line})" if self.line else self.location
        return f"{where}: {self.message}"


class WatchlistError(ConfigError):
    """The watchlist file is invalid; ``problems`` lists every problem found."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        listing = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{path}: {len(problems)} problem(s)\n{listing}")


class FetchReason(StrEnum):
    """Why a feed could not be fetched: a closed set shown to users. The finer reasons
    (connection_refused, not_found, gone, missing_file) name what users fix differently;
    http_4xx and http_5xx cover the other statuses."""

    TIMEOUT = "timeout"
    DNS = "dns"
    TLS = "tls"
    CONNECTION_REFUSED = "connection_refused"  # nothing listens at that address and port
    NOT_FOUND = "not_found"  # HTTP 404: the URL is wrong, or moved without a redirect
    GONE = "gone"  # HTTP 410: the publisher took the feed down for good
    HTTP_4XX = "http_4xx"
    HTTP_5XX = "http_5xx"
    TOO_LARGE = "too_large"
    NOT_A_FEED = "not_a_feed"
    MISSING_FILE = "missing_file"  # a local feed (``path:``) whose file does not exist
    UNEXPECTED = "unexpected"


class FeedError(MonitorError):
    """One feed failed; ``reason`` is from the closed set in FetchReason."""

    def __init__(self, url: str, reason: FetchReason, message: str) -> None:
        self.url = url
        self.reason = reason
        self.message = message
        super().__init__(f"{url}: {reason}: {message}")


class FetchError(FeedError):
    """The feed could not be downloaded; ``retry_after`` carries a server's Retry-After."""

    def __init__(
        self, url: str, reason: FetchReason, message: str, *, retry_after: int | None = None
    ) -> None:
        self.retry_after = retry_after
        super().__init__(url, reason, message)


class ParseError(FeedError):
    """The downloaded bytes are not a usable feed."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(url, FetchReason.NOT_A_FEED, message)


class StorageReason(StrEnum):
    """Why the database failed: a closed set shown in logs and on /healthz."""

    READ_ONLY = "read_only"  # it refuses writes (a read-only file, transaction or replica)
    DISK_FULL = "disk_full"
    LOCKED = "locked"  # another process holds a lock longer than we wait
    UNREACHABLE = "unreachable"  # down, refusing connections, or the connection was lost
    UNEXPECTED = "unexpected"


class StorageError(MonitorError):
    """The database could not be read or written; ``reason`` says why when it is known."""

    def __init__(self, message: str, reason: StorageReason = StorageReason.UNEXPECTED) -> None:
        self.reason = reason
        super().__init__(message)


class DeliveryError(MonitorError):
    """An alert could not be delivered; permanent errors are not retried."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        self.permanent = permanent
        super().__init__(message)
