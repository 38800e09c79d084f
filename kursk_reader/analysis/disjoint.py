"""Joining items into groups (union-find), shared by the checks that group what they find:
names, sources and quotes. A group's root is its smallest member, so the groups do not
depend on the order in which links are made."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

K = TypeVar("K", str, int)


class DisjointSets(Generic[K]):
    def __init__(self, items: Iterable[K] = ()) -> None:
        self._parent: dict[K, K] = {k: k for k in items}

    def add(self, item: K) -> None:
        """A new group of one (nothing if the item is known)."""
        self._parent.setdefault(item, item)

    def attach(self, item: K, to: K) -> None:
        """Put a new item into the group of `to`, whose root stays the root."""
        self._parent[item] = self.find(to)

    def find(self, item: K) -> K:
        """The root of the item's group (path halving keeps later look-ups short)."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def same(self, a: K, b: K) -> bool:
        return self.find(a) == self.find(b)

    def union(self, a: K, b: K) -> None:
        """Join the groups of a and b; the smaller root becomes the root of both."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)
