"""The handlers of the `monitor` commands, grouped by what users do with them."""
