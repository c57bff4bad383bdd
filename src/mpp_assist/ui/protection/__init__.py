"""Data protection at the desk: consent, lock, supervisor approval."""
