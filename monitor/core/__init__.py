"""The pure core: no I/O, no database, no clock, no environment, no network."""
