# The case monitor: one image for the daemon (`monitor run`) and the review UI (`monitor web`).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md constraints.txt ./
COPY monitor ./monitor
COPY db ./db
# constraints.txt pins every runtime dependency: each build installs the same versions.
# Time zones (digest routes) come from the tzdata package, a dependency: slim has none.
RUN pip install -c constraints.txt . \
    && rm -rf /src \
    && useradd --system --uid 10001 --user-group --home-dir /data --create-home monitor

# never root: the daemon reads feeds from the internet
USER monitor
WORKDIR /data
# the folder is mounted, not the file: an editor that saves by renaming is seen
ENV MONITOR_WATCHLIST=/config/watchlist.yaml

EXPOSE 8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8081/healthz', timeout=4)"]
ENTRYPOINT ["monitor"]
CMD ["run", "--health-host", "0.0.0.0", "--health-port", "8081", "--log-format", "json"]
