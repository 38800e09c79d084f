"""Bytes to a normalised `NewArticle` (text, metadata, debris ranges); `batch` stores them."""

from kursk_reader.importers.reader import read_article

__all__ = ["read_article"]
