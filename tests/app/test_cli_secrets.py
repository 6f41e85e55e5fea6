"""The CLI and the environment's secrets: read-only commands run without the alert
routes' variables (only commands that send need them), and no message shows a
database password or a value taken from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from monitor.app.cli import main
from tests.daemon_process import DaemonProcess
from tests.feeds_now import freed, news
from tests.http_feeds import FeedServer

ROUTES = """people:
  - id: kozlov-vladimir
    name: Vladimir Kozlov
    status: imprisoned
alerts:
  - name: mail
    email: {to: [desk@example.org], smtp_url: "${CASE_TEST_SMTP_URL}"}
  - name: hook
    webhook: {url: "https://hooks.example.org/case", secret: "${CASE_TEST_HOOK_SECRET}"}
"""
DB_PASSWORD = "db-pa55word-9183"


def monitor(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def routes_without_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> list[str]:
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{tmp_path / 'monitor.db'}")
    monkeypatch.delenv("CASE_TEST_SMTP_URL", raising=False)
    monkeypatch.delenv("CASE_TEST_HOOK_SECRET", raising=False)
    path = tmp_path / "watchlist.yaml"
    path.write_text(ROUTES)
    assert monitor(["db", "upgrade", "--watchlist", str(path)], capsys)[0] == 0  # readers need one
    return ["--watchlist", str(path)]


@pytest.mark.parametrize(
    "command",
    [["matches"], ["status"], ["feeds"], ["alerts"], ["alerts", "list", "--format", "json"]],
    ids=" ".join,
)
def test_read_only_commands_run_without_the_alert_routes_variables(
    command: list[str], routes_without_variables: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = monitor([*command, *routes_without_variables], capsys)

    assert (status, err) == (0, "")


@pytest.mark.parametrize(
    "command",
    [["poll", "--once"], ["alerts", "send"], ["alerts", "test", "hook"], ["check"]],
    ids=" ".join,
)
def test_commands_that_send_refuse_naming_the_variable_and_the_route(
    command: list[str], routes_without_variables: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = monitor([*command, *routes_without_variables], capsys)

    assert status == 2
    assert "alerts[0].email.smtp_url (line 7): environment variable CASE_TEST_SMTP_URL" in err
    assert "route 'mail' needs it" in err
    assert "CASE_TEST_HOOK_SECRET is not set (route 'hook' needs it" in err


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_poll_shows_the_database_url_without_its_password(
    tmp_path: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with_password = make_url(database_url).set(password=DB_PASSWORD)  # (trust: not checked)
    monkeypatch.setenv("MONITOR_DATABASE_URL", with_password.render_as_string(False))
    with FeedServer() as server:
        server.route("/news.rss", body=news(freed(1)))
        path = tmp_path / "watchlist.yaml"
        path.write_text(ROUTES.split("alerts:")[0] + f"feeds:\n  - {server.url('/news.rss')}\n")
        status, out, err = monitor(["poll", "--once", "--watchlist", str(path)], capsys)
    unreachable = with_password.set(host="127.0.0.1", port=1).render_as_string(False)
    monkeypatch.setenv("MONITOR_DATABASE_URL", unreachable)
    failed, _, failure = monitor(["feeds", "--watchlist", str(path)], capsys)

    assert status == 0, err
    assert f"stored in postgresql+psycopg://postgres:***@{with_password.host}" in out
    assert failed != 0
    assert DB_PASSWORD not in out + err + failure


def test_check_quotes_no_value_taken_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASE_TEST_NEWS_KEY", "n3ws-k3y-check-771")
    monkeypatch.setenv("CASE_TEST_LOGIN", "reader:l0gin-pa55")
    people = ROUTES.split("alerts:")[0]
    often = tmp_path / "often.yaml"
    often.write_text(
        people + "feeds:\n  - url: https://news.example.org/rss?api_key=${CASE_TEST_NEWS_KEY}\n"
        "    interval: 30s\n"
    )
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(
        people + "feeds:\n  - ftp://${CASE_TEST_LOGIN}@news.example.org/rss\n"
        "  - https://news.example.org/rss?q=x&key=${CASE_TEST_NEWS_KEY}\n"
        "  - https://news.example.org/rss?q=x&key=${CASE_TEST_NEWS_KEY}\n"
    )

    warned = monitor(["check", "--watchlist", str(often)], capsys)
    refused = monitor(["check", "--watchlist", str(wrong)], capsys)

    assert warned[0] == 0
    assert "https://news.example.org/rss?api_key=*** every 30 s" in warned[2]
    assert refused[0] == 2
    assert "'ftp://***@news.example.org/rss' is not an http(s) URL" in refused[2]
    assert "duplicate 'https://news.example.org/rss?q=x&key=***'" in refused[2]
    for shown in (*warned[1:], *refused[1:]):
        assert "n3ws-k3y-check-771" not in shown
        assert "l0gin-pa55" not in shown


@pytest.mark.slow(reason="runs `monitor run` as a real process and waits for its passes")
def test_the_daemons_log_shows_no_value_taken_from_the_environment(tmp_path: Path) -> None:
    key, token = "n3ws-k3y-daemon-318", "feed-t0ken-daemon-772"
    with FeedServer() as server:
        server.route(f"/{token}/news.rss?api_key={key}", body=news(freed(1)))
        server.route(f"/{token}/down.rss?api_key={key}", status=500)
        base = server.url("").rstrip("/")
        path = tmp_path / "watchlist.yaml"
        path.write_text(
            ROUTES.split("alerts:")[0] + "feeds:\n"
            f"  - {{url: '{base}/${{FEED_TOKEN}}/news.rss?api_key=${{NEWS_KEY}}', interval: 2s}}\n"
            f"  - {{url: '{base}/${{FEED_TOKEN}}/down.rss?api_key=${{NEWS_KEY}}', interval: 2s}}\n"
        )
        env = {"NEWS_KEY": key, "FEED_TOKEN": token}
        with DaemonProcess(path, f"sqlite:///{tmp_path / 'monitor.db'}", env=env) as daemon:
            daemon.wait_for("feed pass")
            assert daemon.stop() == 0
            logged = daemon.output()

    assert "/***/news.rss?api_key=***" in logged
    assert "/***/down.rss?api_key=***" in logged
    assert key not in logged
    assert token not in logged
