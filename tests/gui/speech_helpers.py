"""The shared stand-in for the sound card (see tests/speech_players.py)."""

from speech_players import GatedPlayer  # tests/ is on sys.path

__all__ = ["GatedPlayer"]
