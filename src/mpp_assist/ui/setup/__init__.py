"""First-run wizard and the settings dialog."""
