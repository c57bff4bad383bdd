"""Inclusive modes: speech, text size and contrast, the applicant display, glossary."""
