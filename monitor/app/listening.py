"""Listening on a port: taken first, before any other work, and refused in plain words.

``monitor run --health-port P`` and ``monitor web --port P`` both bind their port before
they open the database, so a port already in use stops them at once, with exit status 2
and ``port P on HOST is already in use`` rather than a traceback or a late failure.
"""

from __future__ import annotations

import errno
import socket

from monitor.errors import ConfigError


def listen_error(host: str, port: int, error: OSError) -> ConfigError:
    """What a failed bind means, as a configuration error (exit status 2)."""
    if error.errno == errno.EADDRINUSE:
        return ConfigError(f"port {port} on {host} is already in use")
    reason = error.strerror or str(error)
    return ConfigError(f"cannot listen on port {port} on {host}: {reason}")


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host`` and ``port`` and listening (IPv4 or IPv6)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
    except OSError as e:
        raise listen_error(host, port, e) from e
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do
        sock.bind(address)
        sock.listen(128)
    except OSError as e:
        sock.close()
        raise listen_error(host, port, e) from e
    return sock
