"""The project's session handling and change notifications, shared by every service mixin."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kursk_reader.core.errors import KurskError, ProjectError, ReadOnlyProjectError
from kursk_reader.core.models import Change

Observer = Callable[[Change], None]


@contextmanager
def bulk_records() -> Iterator[None]:
    """Pause the cycle collector while thousands of plain records are built.

    The records hold no reference cycles, but their sheer number triggers full collections
    that walk every object the program holds (SQLAlchemy's and Qt's included), adding tens
    of milliseconds to reading a large claim matrix. Reference counting still frees them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ProjectBase:
    """One open project file. Every write is one transaction, committed before it returns."""

    def __init__(self, path: Path, engine: Engine, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._observers: list[Observer] = []

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call `observer` after each committed change; returns a function that unsubscribes."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _notify(self, *changes: Change) -> None:
        """Tell every observer every change; an observer that fails does not keep the others
        from hearing, and its error is raised once all were told (the write stays committed)."""
        failure: BaseException | None = None
        for change in changes:
            for observer in list(self._observers):
                try:
                    observer(change)
                except Exception as e:
                    failure = failure or e
        if failure is not None:
            raise failure

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as e:
            raise self._storage_error(e) from None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One user action: a session in one transaction, committed at the end or rolled back."""
        if self.read_only:
            raise ReadOnlyProjectError("is open read-only; changes cannot be saved", self.path)
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError as e:
            raise _rule_broken(e) from None
        except DBAPIError as e:
            raise self._storage_error(e) from None

    def _storage_error(self, e: DBAPIError) -> ProjectError:
        orig = e.orig
        text = str(orig) if orig is not None else str(e)
        if isinstance(orig, sqlite3.OperationalError):
            lowered = text.lower()
            if "disk" in lowered and "full" in lowered:
                return ProjectError("the disk is full; the last change was not saved", self.path)
            if "readonly" in lowered or "read-only" in lowered:
                return ProjectError(
                    "cannot be written (read-only file or folder); the last change was not saved",
                    self.path,
                )
            if "locked" in lowered or "busy" in lowered:
                return ProjectError(
                    "is busy in another program; the last change was not saved", self.path
                )
        if isinstance(orig, sqlite3.DatabaseError) and "malformed" in text.lower():
            return ProjectError("is damaged (database disk image is malformed)", self.path)
        return ProjectError(f"storage error: {text}", self.path)


def _rule_broken(e: IntegrityError) -> KurskError:
    """A write the schema refused (a bug or a race with another window): say what, in words."""
    text = str(e.orig) if e.orig is not None else str(e)
    if "UNIQUE" in text and "tags.name" in text:
        return KurskError("a tag with that name already exists; nothing was changed")
    if "UNIQUE" in text:
        return KurskError(f"that already exists ({text}); nothing was changed")
    if "FOREIGN KEY" in text:
        return KurskError(
            "refers to an article, tag, claim or highlight that no longer exists; "
            "nothing was changed"
        )
    return KurskError(f"the change breaks a rule of the project ({text}); nothing was changed")
