"""Settings from the environment, parsed strictly: a bad value is a ConfigError."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path

from monitor.errors import ConfigError

DEFAULT_DATABASE_URL = "sqlite:///monitor.db"
DEFAULT_WATCHLIST = "watchlist.yaml"

IPNetwork = IPv4Network | IPv6Network


@dataclass(frozen=True)
class Settings:
    database_url: str
    watchlist_path: Path
    retry_base_seconds: float  # first retry delay of a failed delivery
    retry_max_seconds: float  # the longest delay between two attempts
    retry_give_up_seconds: float  # a delivery not sent by then is failed
    base_url: str | None  # where the review UI is reached, for links in alerts
    trusted_proxies: tuple[IPNetwork, ...] = ()  # whose X-Forwarded-For the web UI believes


def load_settings(environ: Mapping[str, str], watchlist: str | None = None) -> Settings:
    """Settings from ``environ``; ``watchlist`` (from --watchlist) wins over the environment."""
    return Settings(
        database_url=env_text(environ, "MONITOR_DATABASE_URL") or DEFAULT_DATABASE_URL,
        watchlist_path=Path(
            watchlist or env_text(environ, "MONITOR_WATCHLIST") or DEFAULT_WATCHLIST
        ),
        retry_base_seconds=env_float(environ, "MONITOR_RETRY_BASE_SECONDS", 60.0),
        retry_max_seconds=env_float(environ, "MONITOR_RETRY_MAX_SECONDS", 3600.0),
        retry_give_up_seconds=env_float(environ, "MONITOR_RETRY_GIVE_UP_SECONDS", 48 * 3600.0),
        base_url=env_text(environ, "MONITOR_BASE_URL"),
        trusted_proxies=env_networks(environ, "MONITOR_TRUSTED_PROXIES"),
    )


def env_text(environ: Mapping[str, str], name: str) -> str | None:
    """The variable's value; None when it is unset, empty or only spaces."""
    raw = environ.get(name)
    return raw if raw and raw.strip() else None


def env_float(environ: Mapping[str, str], name: str, default: float) -> float:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
    if not math.isfinite(value):
        raise ConfigError(f"{name}={raw!r} is not a finite number")
    if value < 0:
        raise ConfigError(f"{name}={raw!r} must not be negative")
    return value


def env_networks(environ: Mapping[str, str], name: str) -> tuple[IPNetwork, ...]:
    """Comma-separated addresses or networks (``127.0.0.1,10.0.0.0/8``); none when unset."""
    raw = env_text(environ, name)
    if raw is None:
        return ()
    networks = []
    for item in raw.split(","):
        try:
            networks.append(ip_network(item.strip()))
        except ValueError:
            raise ConfigError(
                f"{name}: {item.strip()!r} is not an IP address or network (like 10.0.0.0/8)"
            ) from None
    return tuple(networks)
