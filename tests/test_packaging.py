"""The packaging is read, not run (no Docker here): docker-compose.yml, Dockerfile,
.env.example and the systemd example must hang together."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from importlib.metadata import distribution
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

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


@pytest.mark.parametrize("name", ["monitor", "web"])
def test_the_watchlist_folder_is_mounted_not_the_file(compose: dict[str, Any], name: str) -> None:
    """A file mount stays on the old file when an editor saves by renaming a new one."""
    service = compose["services"][name]
    watchlist = environment(service)["MONITOR_WATCHLIST"]
    mounts = {str(v).split(":")[-2]: str(v) for v in service["volumes"]}
    folder = str(Path(watchlist).parent)
    assert folder in mounts and mounts[folder].endswith(":ro")
    assert Path(watchlist).name == "watchlist.yaml"
    source = mounts[folder].rsplit(":", 2)[0]
    assert "watchlist.yaml" not in source and not source.endswith((".yaml", ".yml"))


def test_the_web_ui_starts_once_the_daemon_has_made_the_schema(compose: dict[str, Any]) -> None:
    """`monitor web` only reads a database: it refuses one without the schema."""
    assert compose["services"]["web"]["depends_on"]["monitor"]["condition"] == "service_healthy"


def test_no_alert_variable_defaults_to_empty() -> None:
    """An empty secret makes the watchlist's route invalid, and both services exit 2 and
    restart in a loop: each variable the example routes use has a working default or,
    where the route is enabled, compose's required form (`${VAR:?message}`)."""
    text = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    assert not re.search(r"\$\{[A-Z_][A-Z0-9_]*:?-\}", text), "a variable defaults to nothing"
    shipped = (REPO / "watchlist.yaml").read_text(encoding="utf-8")
    routes = shipped[shipped.index("alerts:") :]  # the example routes, commented out
    for name in set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)\}", routes)):
        given = re.search(rf"\b{name}: \"\$\{{{name}(:-[^}}]+|:\?[^}}]+)\}}\"", text)
        assert given, f"{name}: neither a default nor required in docker-compose.yml"


def test_the_image_installs_pinned_versions_of_every_runtime_dependency() -> None:
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^COPY .*\bconstraints\.txt\b", dockerfile, re.M)
    assert re.search(r"^RUN pip install -c constraints\.txt \.", dockerfile, re.M)
    pins = constraint_pins()
    missing = runtime_dependencies() - set(pins)
    assert not missing, f"not pinned in constraints.txt: {sorted(missing)}"
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    for line in project["project"]["dependencies"]:
        wanted = Requirement(line)
        pinned = pins[canonicalize_name(wanted.name)]
        assert wanted.specifier.contains(pinned, prereleases=True), (line, pinned)


def test_time_zones_resolve_without_the_system_time_zone_files(tmp_path: Path) -> None:
    """Slim images have no /usr/share/zoneinfo: the tzdata package answers instead."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "tzdata" in {Requirement(d).name for d in project["project"]["dependencies"]}
    watchlist = tmp_path / "watchlist.yaml"
    watchlist.write_text(
        "people:\n  - id: kozlov-vladimir\n    name: Vladimir Kozlov\n"
        'alerts:\n  - name: digest\n    webhook: {url: "${HOOK}", secret: "${HOOK_KEY}"}\n'
        '    digest: "08:00"\n    timezone: Asia/Almaty\n',
        encoding="utf-8",
    )
    keep = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env = keep | {"PYTHONTZPATH": "", "HOOK": "https://hooks.example.org/x", "HOOK_KEY": "k"}
    result = subprocess.run(
        [sys.executable, "-m", "monitor.app.cli", "check", "--watchlist", str(watchlist)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, "")


def constraint_pins() -> dict[str, Version]:
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins[canonicalize_name(name)] = Version(version)
    return pins


def runtime_dependencies() -> set[str]:
    """What installing the package pulls in (its extras for tests left out), as installed
    here: the image's platform (Linux, this Python) evaluates the same markers."""
    found: dict[str, set[str]] = {}
    todo = [("case-monitor", frozenset[str]())]
    while todo:
        name, extras = todo.pop()
        key = canonicalize_name(name)
        if key in found and extras <= found[key]:
            continue
        found[key] = found.get(key, set()) | extras
        for line in distribution(name).requires or []:
            wanted = Requirement(line)
            environments = [{"extra": e} for e in extras] or [{"extra": ""}]
            if wanted.marker and not any(wanted.marker.evaluate(e) for e in environments):
                continue
            todo.append((wanted.name, frozenset(wanted.extras)))
    return set(found) - {"case-monitor"}


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
    assert any(line.startswith("RUN pip install -c constraints.txt .") for line in lines)
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
