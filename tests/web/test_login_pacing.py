"""How fast anyone may guess passwords: attempts are counted per account and per client
address in the database, before the password is checked; X-Forwarded-For is believed
from configured proxies only; a right password after the wait always logs in.

Time moves on a clock the test holds (the app's ``clock``), never by sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from ipaddress import ip_network

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.adapters.db.tables import LoginAttemptRow
from monitor.app.web import auth
from monitor.app.web.app import create_app
from monitor.app.web.auth import LoginPolicy, Throttle
from tests.web.conftest import PASSWORD, USER, Site, csrf_of, serving

WRONG = "not the password"


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now(UTC))


def attempt(
    client: httpx.Client | TestClient, user: str, password: str, **headers: str
) -> httpx.Response:
    form = client.get("/login")
    return client.post(
        "/login",
        data={"username": user, "password": password, "csrf_token": csrf_of(form.text)},
        headers=headers,
        follow_redirects=False,
    )


def from_address(app: FastAPI, address: str) -> TestClient:
    """A client whose connection comes from ``address``."""
    return TestClient(app, client=(address, 50000))


def counts(site: Site) -> dict[tuple[str, str], int]:
    with site.database.transaction() as session:
        rows = session.scalars(select(LoginAttemptRow)).all()
        return {(r.kind, r.key): r.attempts for r in rows}


def test_five_wrong_passwords_then_a_wait_that_says_how_long(site: Site, clock: Clock) -> None:
    with from_address(create_app(site.database, clock=clock), "192.0.2.10") as client:
        assert [attempt(client, USER, f"{WRONG} {i}").status_code for i in range(5)] == [401] * 5
        refused = attempt(client, USER, PASSWORD)
        assert refused.status_code == 429 and refused.headers["retry-after"] == "30"
        assert "Too many failed attempts. Try again in 30 seconds." in refused.text
        clock.advance(20)
        assert attempt(client, USER, PASSWORD).headers["retry-after"] == "10"
        assert attempt(client, "someone-else", WRONG).status_code == 401  # counted on its own
    assert counts(site)[("account", USER)] == 5  # refused attempts are not counted


def test_the_right_password_logs_in_after_the_wait_and_clears_the_count(
    site: Site, clock: Clock
) -> None:
    with from_address(create_app(site.database, clock=clock), "192.0.2.10") as client:
        for i in range(5):
            attempt(client, USER, f"{WRONG} {i}")
        clock.advance(30)
        assert attempt(client, USER, WRONG).status_code == 401  # the sixth: let in, wrong
        assert attempt(client, USER, PASSWORD).headers["retry-after"] == "60"  # doubled
        clock.advance(60)
        assert attempt(client, USER, PASSWORD).status_code == 303
    assert ("account", USER) not in counts(site)
    with from_address(create_app(site.database, clock=clock), "192.0.2.10") as client:
        assert attempt(client, USER, WRONG).status_code == 401  # five free ones again


def test_the_account_limit_holds_whatever_the_address(site: Site, clock: Clock) -> None:
    app = create_app(site.database, clock=clock)
    for i in range(5):
        with from_address(app, f"198.51.100.{i + 1}") as client:
            assert attempt(client, USER.upper(), WRONG).status_code == 401
    with from_address(app, "198.51.100.99") as client:
        assert attempt(client, USER, PASSWORD).status_code == 429


def test_one_address_trying_many_accounts_is_slowed_down(site: Site, clock: Clock) -> None:
    small = LoginPolicy(
        address=Throttle(3, timedelta(seconds=30), timedelta(minutes=15), timedelta(days=1))
    )
    app = create_app(site.database, clock=clock, login_policy=small)
    with from_address(app, "203.0.113.5") as client:
        statuses = [attempt(client, f"guess-{i}", WRONG).status_code for i in range(4)]
        assert statuses == [401, 401, 401, 429]
        assert attempt(client, USER, PASSWORD).status_code == 429
    with from_address(app, "203.0.113.6") as client:  # others are not held up
        assert attempt(client, USER, PASSWORD).status_code == 303


def test_a_login_does_not_count_against_its_address(site: Site, clock: Clock) -> None:
    app = create_app(site.database, clock=clock)
    for _ in range(3):
        with from_address(app, "192.0.2.44") as client:
            assert attempt(client, USER, PASSWORD).status_code == 303
    assert counts(site).get(("address", "192.0.2.44"), 0) == 0


def test_a_forwarded_address_from_an_untrusted_peer_is_ignored(site: Site, clock: Clock) -> None:
    """`monitor web` trusts no proxy unless told: changing X-Forwarded-For from 127.0.0.1
    neither resets the count nor names another address."""
    with serving(create_app(site.database, clock=clock)) as url, httpx.Client(base_url=url) as c:
        statuses = [
            attempt(c, USER, WRONG, **{"X-Forwarded-For": f"10.9.8.{i}"}).status_code
            for i in range(8)
        ]
    assert statuses == [401] * 5 + [429] * 3
    assert {key for kind, key in counts(site) if kind == "address"} == {"127.0.0.1"}


def test_a_trusted_proxys_forwarded_address_is_used(site: Site, clock: Clock) -> None:
    app = create_app(
        site.database,
        clock=clock,
        trusted_proxies=[ip_network("127.0.0.0/8")],
        login_policy=LoginPolicy(
            address=Throttle(2, timedelta(seconds=30), timedelta(minutes=15), timedelta(days=1))
        ),
    )
    with serving(app) as url, httpx.Client(base_url=url) as client:

        def status(user: str, forwarded: str) -> int:
            return attempt(client, user, WRONG, **{"X-Forwarded-For": forwarded}).status_code

        assert [status(f"u{i}", "198.51.100.7") for i in range(3)] == [401, 401, 429]
        assert status("u9", "198.51.100.8") == 401  # another client behind the proxy
        assert status("u9", "198.51.100.7, 127.0.0.1") == 429  # the proxy's own hop skipped
    addresses = {key for kind, key in counts(site) if kind == "address"}
    assert addresses == {"198.51.100.7", "198.51.100.8"}


@pytest.fixture
def verified(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The passwords argon2 checked (the real check, counted)."""
    checked: list[str] = []
    real: Callable[[str | None, str], bool] = auth.password_matches

    def counting(password_hash: str | None, password: str) -> bool:
        checked.append(password)
        return real(password_hash, password)

    monkeypatch.setattr(auth, "password_matches", counting)
    return checked


@pytest.mark.slow(reason="twenty clients at once against a served site")
def test_twenty_parallel_wrong_attempts_check_at_most_five_passwords(
    site: Site, verified: list[str]
) -> None:
    start = threading.Barrier(20, timeout=30)
    statuses: list[int] = []
    lock = threading.Lock()

    def guess(n: int) -> None:
        with httpx.Client(base_url=url, timeout=60) as client:
            form = client.get("/login")
            start.wait()
            answer = client.post(
                "/login",
                data={
                    "username": USER,
                    "password": f"{WRONG} {n}",
                    "csrf_token": csrf_of(form.text),
                },
            )
            with lock:
                statuses.append(answer.status_code)

    with serving(create_app(site.database)) as url:
        threads = [threading.Thread(target=guess, args=(n,)) for n in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert sorted(statuses) == [401] * 5 + [429] * 15
    assert len(verified) == 5  # a refused attempt never runs argon2
    assert counts(site)[("account", USER)] == 5
