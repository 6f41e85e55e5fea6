"""The review web UI: FastAPI + Jinja2 pages, the JSON API, login and security headers."""
