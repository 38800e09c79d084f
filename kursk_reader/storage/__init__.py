"""SQLAlchemy models, the engine and Alembic migrations of a project file."""
