"""Fonts, icons, translations and data shipped with MPP Assist (installed as mpp_assist.resources)."""
