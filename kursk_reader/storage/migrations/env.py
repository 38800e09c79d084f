"""Alembic environment: migrations run on the connection the app hands over."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from kursk_reader.storage.schema import SEARCH_TABLE, Base

target_metadata = Base.metadata


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The FTS5 table and its shadow tables are made by hand in migrations, not by the ORM.
    return not (type_ == "table" and name and name.startswith(SEARCH_TABLE))


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    # Command-line use (`alembic -x db=PROJECT check`): work on the named project file.
    from kursk_reader.storage.engine import make_engine

    db = context.get_x_argument(as_dictionary=True).get("db")
    if not db:
        raise SystemExit("give the project to work on: alembic -x db=PROJECT.kursk ...")
    engine = make_engine(Path(db))
    with engine.connect() as conn:
        run(conn)
    engine.dispose()
