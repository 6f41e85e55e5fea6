"""The packaging is read, not run (no Docker here): docker-compose.yml, Dockerfile,
.env.example and the systemd example must hang together."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SERVICES = {"postgres", "monitor", "web", "mailpit"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # the KEY=value form
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


def test_compose_has_the_four_services_each_with_an_image_or_a_build(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    assert set(services) == SERVICES
    for name, service in services.items():
        assert "image" in service or "build" in service, name
    assert services["monitor"]["build"] == "." and services["web"]["build"] == "."


def test_postgres_keeps_its_data_in_a_volume_and_has_a_healthcheck(
    compose: dict[str, Any],
) -> None:
    postgres = compose["services"]["postgres"]
    assert postgres["image"].startswith("postgres:")
    mounts = [str(v).split(":") for v in postgres["volumes"]]
    assert ["pgdata", "/var/lib/postgresql/data"] in mounts
    assert "pgdata" in compose["volumes"]
    test = postgres["healthcheck"]["test"]
    assert "pg_isready" in " ".join(test if isinstance(test, list) else [test])
    assert {"POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"} <= set(environment(postgres))


@pytest.mark.parametrize("name", ["monitor", "web"])
def test_the_monitor_and_the_web_ui_wait_for_a_healthy_database(
    compose: dict[str, Any], name: str
) -> None:
    service = compose["services"][name]
    assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
    env = environment(service)
    assert env["MONITOR_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert "@postgres:5432/" in env["MONITOR_DATABASE_URL"]
    assert env["MONITOR_WATCHLIST"] == "/config/watchlist.yaml"
    assert any(str(v).endswith(":/config/watchlist.yaml:ro") for v in service["volumes"])


def test_the_monitor_service_runs_the_daemon_with_its_health_port_probed(
    compose: dict[str, Any],
) -> None:
    monitor = compose["services"]["monitor"]
    assert monitor["command"][0] == "run" and "--health-port" in monitor["command"]
    port = monitor["command"][monitor["command"].index("--health-port") + 1]
    assert f"127.0.0.1:{port}/healthz" in " ".join(monitor["healthcheck"]["test"])
    assert compose["services"]["web"]["command"][0] == "web"
    assert environment(monitor)["SMTP_URL"].endswith("smtp://mailpit:1025}")
    assert compose["services"]["mailpit"]["image"].startswith("axllent/mailpit")


def test_every_variable_compose_reads_is_in_env_example(compose: dict[str, Any]) -> None:
    text = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", text))
    example = (REPO / ".env.example").read_text(encoding="utf-8")
    given = set(re.findall(r"^#?\s*([A-Z_][A-Z0-9_]*)=", example, re.M))
    assert used and used <= given


def test_the_dockerfile_is_slim_installs_the_package_and_never_runs_as_root() -> None:
    lines = [
        line.strip()
        for line in (REPO / "Dockerfile").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert lines[0] == "FROM python:3.11-slim"
    assert any(line.startswith("RUN pip install .") for line in lines)
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users, "the image must switch to a non-root user"
    assert users[-1].split(":")[0] not in {"root", "0"}
    entry = next(line for line in lines if line.startswith("ENTRYPOINT"))
    assert '"monitor"' in entry


def test_the_systemd_example_runs_the_daemon_and_reloads_with_sighup() -> None:
    text = (REPO / "docs" / "systemd.md").read_text(encoding="utf-8")
    assert re.search(r"^ExecStart=\S*monitor run\b", text, re.M)
    assert "ExecReload=/bin/kill -HUP $MAINPID" in text
    assert re.search(r"^User=(?!root)\S+", text, re.M)
    assert "RestartPreventExitStatus=2" in text
