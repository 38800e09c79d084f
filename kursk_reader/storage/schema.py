"""The project's tables, as SQLAlchemy 2 typed ORM classes."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

APPLICATION_ID = 0x4B524452
"""SQLite `PRAGMA application_id` of a Kursk Reader project ("KRDR"): tells our files apart."""

SEARCH_TABLE = "search_index"
"""The FTS5 table over article text and notes; made by migrations, kept current by triggers."""


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    outlet: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str] = mapped_column(String(32), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    source_file: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    chars: Mapped[int] = mapped_column(Integer)
    original: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    original_format: Mapped[str] = mapped_column(String(16), default="txt")
    debris: Mapped[list[list[int]]] = mapped_column(JSON, default=list)
    near_duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), nullable=True
    )
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    highlights: Mapped[list[HighlightRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


highlight_tags = Table(
    "highlight_tags",
    Base.metadata,
    Column("highlight_id", ForeignKey("highlights.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="SET NULL"), nullable=True, index=True
    )
    colour: Mapped[str] = mapped_column(String(16), default="#ffd54f")
    description: Mapped[str] = mapped_column(Text, default="")


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(
            "status IN ('unverified', 'supported', 'disputed', 'refuted')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="unverified")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class HighlightRow(Base):
    __tablename__ = "highlights"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" >= start', name="range"),
        Index("ix_highlights_article_start", "article_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    text_hash: Mapped[str] = mapped_column(String(64))
    colour: Mapped[str] = mapped_column(String(16), default="#ffd54f")
    note: Mapped[str] = mapped_column(Text, default="")
    orphan: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    article: Mapped[ArticleRow] = relationship(back_populates="highlights")
    tags: Mapped[list[TagRow]] = relationship(secondary=highlight_tags, lazy="selectin")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class EvidenceRow(Base):
    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("highlight_id", "claim_id", name="highlight_claim"),
        CheckConstraint("stance IN ('supports', 'contradicts', 'mentions')", name="stance"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    highlight_id: Mapped[int] = mapped_column(ForeignKey("highlights.id", ondelete="CASCADE"))
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    stance: Mapped[str] = mapped_column(String(16), default="mentions")
    value: Mapped[str] = mapped_column(Text, default="")


class WordRow(Base):
    """The project's own dictionary: words the spell-checker accepts."""

    __tablename__ = "word_list"

    word: Mapped[str] = mapped_column(Text, primary_key=True)


class SettingRow(Base):
    """Project-wide settings (title, dictionary language, dismissed findings)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DismissedFindingRow(Base):
    """A cross-check finding the user dismissed, by its stable key, so it stays hidden."""

    __tablename__ = "dismissed_findings"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(Text, default="")
    dismissed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StoredFindingsRow(Base):
    """Cross-check results kept so a report need not work them out again: one row per kind,
    valid while its `fingerprint` (the analysed texts and the analysis code) still matches."""

    __tablename__ = "stored_findings"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
