"""Where a redirect may lead: never from a public address to a private one, never with
credentials the server chose.

A feed on the internet that answers ``302 Location: http://127.0.0.1:8080/admin`` (or
``http://169.254.169.254/`` or ``http://10.0.0.5/``) would otherwise make the monitor fetch
an internal service and store its answer as an article. The rule, checked at every hop:

- a hop may go anywhere when the feed's own configured address is not public (a
  self-hosted source on the local network redirects within it);
- otherwise every hop must reach a public address: not loopback, private, link-local,
  shared (100.64/10), multicast, unspecified or reserved (``is_public``);
- the address checked is the one connected to (the peer of the socket, after DNS), so a
  name that resolves to a public address when checked and a private one when connected
  (DNS rebinding) gains nothing. Through a proxy the proxy connects: there the target's
  name is resolved here and checked, as well as it can be (a name that does not resolve
  here is left to the proxy);
- ``user:password@`` in a Location is dropped, and a Location that is not http(s) refused.

``GuardedConnector`` enforces it for any aiohttp session: the code that follows redirects
(``fetch.get_following_redirects``) opens a ``RedirectGuard`` for the request, and the
connector asks it about each connection before a byte is sent. Full-text page fetches use
the same two pieces.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import socket
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

import aiohttp
from aiohttp.client_reqrep import ClientRequest
from aiohttp.connector import Connection
from aiohttp.tracing import Trace
from yarl import URL

IsPublic = Callable[[str], bool]  # an IP address as text -> whether it is public


class RedirectRefused(Exception):
    """A redirect the rules above refuse; the message says which and why."""


@functools.lru_cache(maxsize=4096)
def is_public(address: str) -> bool:
    """Whether an IP address (text, e.g. from a socket's peer name) is on the public
    internet. IPv4 inside IPv6 (::ffff:10.0.0.1, 6to4) is judged as the IPv4 it carries."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # no IPv6 zone (fe80::1%eth0)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            ip = embedded
    special = (
        ip.is_private,
        ip.is_loopback,
        ip.is_link_local,
        ip.is_multicast,
        ip.is_unspecified,
        ip.is_reserved,
    )
    return ip.is_global and not any(special)


def redirect_target(current: URL, location: str) -> URL:
    """Where a Location leads from ``current``: absolute, http(s) only, no credentials."""
    try:
        target = current.join(URL(location))
    except ValueError as e:
        raise RedirectRefused(f"redirect to something that is not a URL: {location[:100]}") from e
    if target.scheme not in ("http", "https") or not target.host:
        raise RedirectRefused(f"redirect to a non-HTTP address refused: {str(target)[:100]}")
    return target.with_user(None).with_fragment(None)  # with_user(None) drops the password too


def check_redirect(origin: list[str], target: list[str], public: IsPublic = is_public) -> None:
    """Refuse a hop to ``target`` addresses when the feed's ``origin`` addresses are public.

    An origin whose addresses are unknown (empty) counts as public: the stricter reading."""
    if not all(public(address) for address in origin):
        return  # a feed configured on a private address may redirect within its network
    for address in target:
        if not public(address):
            raise RedirectRefused(f"redirect to a private address {address} refused")


UNKNOWN = "(unknown)"  # a direct connection whose peer cannot be told: no public address


@dataclass(frozen=True)
class Hop:
    """Where one request went: the socket's peer, or through a proxy, the target host."""

    host: str
    port: int | None
    peer: str | None  # None through a proxy (the socket's peer is the proxy)

    @classmethod
    def of(cls, request: ClientRequest, connection: Connection) -> Hop:
        """Taken while the connection is open (a TLS transport forgets its peer once closed)."""
        peer = None
        if request.proxy is None:
            transport = connection.transport
            name = transport.get_extra_info("peername") if transport is not None else None
            peer = str(name[0]) if name else UNKNOWN
        return cls(request.url.raw_host or "", request.url.port, peer)

    async def addresses(self) -> list[str]:
        """The addresses reached: the peer, or what the host resolves to here (nothing when
        it does not resolve here: the proxy judges)."""
        if self.peer is not None:
            return [self.peer]
        try:
            return [str(ipaddress.ip_address(self.host.strip("[]")))]
        except ValueError:
            pass
        try:
            found = await asyncio.get_running_loop().getaddrinfo(
                self.host, self.port, type=socket.SOCK_STREAM
            )
        except OSError:
            return []
        return sorted({str(info[4][0]) for info in found})


@dataclass
class RedirectGuard:
    """One request that may be redirected: its first hop, and whether it has left it.
    Lives in ``REDIRECT_GUARD`` while the request runs."""

    public: IsPublic = is_public
    origin: Hop | None = None
    redirected: bool = False

    async def admit(self, request: ClientRequest, connection: Connection) -> None:
        """Note the first hop (its addresses are judged only if a redirect follows); check
        every later one against it."""
        hop = Hop.of(request, connection)
        if not self.redirected:
            self.origin = hop
            return
        origin = await self.origin.addresses() if self.origin is not None else []
        known = [address for address in origin if address != UNKNOWN]  # unknown: public
        check_redirect(known, await hop.addresses(), self.public)


REDIRECT_GUARD: ContextVar[RedirectGuard | None] = ContextVar("redirect_guard", default=None)


class GuardedConnector(aiohttp.TCPConnector):
    """A TCPConnector that lets the current RedirectGuard, if any, refuse a connection
    before the request is sent on it (pooled connections included)."""

    async def connect(
        self, req: ClientRequest, traces: list[Trace], timeout: aiohttp.ClientTimeout
    ) -> Connection:
        connection = await super().connect(req, traces, timeout)
        guard = REDIRECT_GUARD.get()
        if guard is not None:
            try:
                await guard.admit(req, connection)
            except BaseException:
                connection.close()
                raise
        return connection
