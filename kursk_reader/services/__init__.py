"""The one API for reading and writing a project: `open_project` returns a `Project`."""

from kursk_reader.services.project import Project, open_project

__all__ = ["Project", "open_project"]
