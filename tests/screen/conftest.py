"""The screen tests' fixtures."""

from tests.support.screen import make_screen

__all__ = ["make_screen"]
