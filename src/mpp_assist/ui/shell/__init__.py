"""The window and what holds it together.

Main window, application start, background tasks, theme, translations, shared widgets, help and about,
sync status.
"""
