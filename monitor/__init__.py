"""Case monitor: watches news feeds for people at risk and alerts when their status changes."""

__version__ = "0.1.0"
