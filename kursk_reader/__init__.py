"""Kursk Reader: read several news reports of one event side by side and tie their claims."""

__version__ = "0.1.0"
