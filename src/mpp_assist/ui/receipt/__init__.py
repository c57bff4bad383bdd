"""The receipt page and its preview."""
