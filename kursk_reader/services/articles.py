"""Articles, the project dictionary and settings."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from kursk_reader.core.anchoring import TextSelectors, anchor
from kursk_reader.core.errors import ImportRefused, NotFound
from kursk_reader.core.models import Article, ArticleInfo, Change, NewArticle, Range
from kursk_reader.core.text import text_hash
from kursk_reader.services import convert
from kursk_reader.services.base import ProjectBase
from kursk_reader.storage.schema import (
    ArticleRow,
    DismissedFindingRow,
    HighlightRow,
    SettingRow,
    StoredFindingsRow,
    WordRow,
    utcnow,
)

EDITABLE_METADATA = ("title", "outlet", "url", "author", "published", "language")


class ArticleServices(ProjectBase):
    def add_article(self, new: NewArticle, near_duplicate_of: int | None = None) -> ArticleInfo:
        """Store an imported article; identical text already in the project is refused."""
        digest = text_hash(new.text)
        with self._write() as s:
            existing = s.scalars(select(ArticleRow).where(ArticleRow.text_hash == digest)).first()
            if existing is not None:
                raise ImportRefused(
                    f"is already in the project as article {existing.id} "
                    f"({existing.title or existing.source_file})",
                    new.source_file or None,
                )
            row = ArticleRow(
                title=new.title,
                outlet=new.outlet,
                url=new.url,
                author=new.author,
                published=new.published,
                language=new.language,
                source_file=new.source_file,
                text=new.text,
                text_hash=digest,
                chars=len(new.text),
                original=new.original,
                original_format=new.original_format,
                debris=[list(r) for r in new.debris],
                near_duplicate_of=near_duplicate_of,
            )
            s.add(row)
            s.flush()
            info = convert.article_info(row)
        self._notify(Change("article", "added", (info.id,)))
        return info

    def list_articles(self) -> list[ArticleInfo]:
        with self._read() as s:
            rows = s.execute(select(*convert.INFO_COLUMNS).order_by(ArticleRow.id)).all()
            return [convert.info_from_columns(r) for r in rows]

    def article_info(self, article_id: int) -> ArticleInfo:
        with self._read() as s:
            row = s.execute(
                select(*convert.INFO_COLUMNS).where(ArticleRow.id == article_id)
            ).first()
            if row is None:
                raise NotFound(f"no article {article_id}")
            return convert.info_from_columns(row)

    def get_article(self, article_id: int) -> Article:
        with self._read() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise NotFound(f"no article {article_id}")
            return Article(
                info=convert.article_info(row),
                text=row.text,
                debris=tuple((int(a), int(b)) for a, b in row.debris),
            )

    def original_of(self, article_id: int) -> tuple[bytes, str]:
        """The bytes as imported, and their format."""
        with self._read() as s:
            row = s.execute(
                select(ArticleRow.original, ArticleRow.original_format).where(
                    ArticleRow.id == article_id
                )
            ).first()
            if row is None:
                raise NotFound(f"no article {article_id}")
            return bytes(row[0]), row[1]

    def update_article(self, article_id: int, **fields: str) -> ArticleInfo:
        """Edit metadata (title, outlet, url, author, published, language); text never changes."""
        unknown = set(fields) - set(EDITABLE_METADATA)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        with self._write() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise NotFound(f"no article {article_id}")
            for key, value in fields.items():
                setattr(row, key, value)
            s.flush()
            info = convert.article_info(row)
        self._notify(Change("article", "updated", (article_id,)))
        return info

    def delete_article(self, article_id: int) -> None:
        with self._write() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise NotFound(f"no article {article_id}")
            s.delete(row)
        self._notify(Change("article", "removed", (article_id,)))

    def replace_article_text(self, article_id: int, new: NewArticle) -> dict[str, int]:
        """Re-import: swap in a new version of the text and re-anchor every highlight.

        Highlights that cannot be placed become orphans with their quote kept. Returns how
        many anchored by each method.
        """
        counts = {"position": 0, "exact": 0, "fuzzy": 0, "orphan": 0}
        with self._write() as s:
            row = s.get(ArticleRow, article_id)
            if row is None:
                raise NotFound(f"no article {article_id}")
            digest = text_hash(new.text)
            row.text, row.text_hash, row.chars = new.text, digest, len(new.text)
            row.original, row.original_format = new.original, new.original_format
            row.debris = [list(r) for r in new.debris]
            for h in s.scalars(select(HighlightRow).where(HighlightRow.article_id == article_id)):
                sel = TextSelectors(h.start, h.end, h.exact, h.prefix, h.suffix)
                found = anchor(new.text, sel)
                counts[found.method] += 1
                h.orphan = found.orphan
                h.text_hash = digest
                if not found.orphan:
                    h.start, h.end = found.start, found.end
        self._notify(Change("article", "updated", (article_id,)), Change("highlight", "updated"))
        return counts

    def add_word(self, word: str) -> None:
        """Add a word to the project dictionary the spell-checker accepts."""
        word = word.strip()
        if not word:
            return
        with self._write() as s:
            if s.get(WordRow, word) is None:
                s.add(WordRow(word=word))
        self._notify(Change("wordlist", "added"))

    def remove_word(self, word: str) -> None:
        with self._write() as s:
            s.execute(delete(WordRow).where(WordRow.word == word))
        self._notify(Change("wordlist", "removed"))

    def words(self) -> list[str]:
        with self._read() as s:
            return list(s.scalars(select(WordRow.word).order_by(func.lower(WordRow.word))))

    def setting(self, key: str, default: str = "") -> str:
        with self._read() as s:
            row = s.get(SettingRow, key)
            return row.value if row is not None else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as s:
            s.merge(SettingRow(key=key, value=value))
        self._notify(Change("setting", "updated"))

    def dismiss_finding(self, key: str, kind: str = "") -> None:
        """Remember that the user dismissed a cross-check finding (by its stable key)."""
        with self._write() as s:
            if s.get(DismissedFindingRow, key) is None:
                s.add(DismissedFindingRow(key=key, kind=kind))
        self._notify(Change("finding", "removed"))

    def undismiss_finding(self, key: str) -> None:
        """Show a dismissed finding again."""
        with self._write() as s:
            s.execute(delete(DismissedFindingRow).where(DismissedFindingRow.key == key))
        self._notify(Change("finding", "added"))

    def dismissed_findings(self) -> set[str]:
        """Keys of every finding the user dismissed."""
        with self._read() as s:
            return set(s.scalars(select(DismissedFindingRow.key)))

    def analysis_inputs(self) -> list[tuple[int, str, tuple[Range, ...]]]:
        """Each article's id, text fingerprint and debris ranges, in id order: all that the
        cross-check's results depend on, read without loading the texts."""
        with self._read() as s:
            rows = s.execute(
                select(ArticleRow.id, ArticleRow.text_hash, ArticleRow.debris).order_by(
                    ArticleRow.id
                )
            )
            return [(i, h, tuple((a, b) for a, b in d or ())) for i, h, d in rows]

    def stored_findings(self, kind: str) -> tuple[str, str] | None:
        """The kept cross-check results of `kind` as (fingerprint, data), if any."""
        with self._read() as s:
            row = s.get(StoredFindingsRow, kind)
            return (row.fingerprint, row.data) if row is not None else None

    def store_findings(self, kind: str, fingerprint: str, data: str) -> None:
        """Keep cross-check results of `kind`, replacing older ones; `fingerprint` says what
        they were worked out from. Nothing the user sees changes, so no one is notified."""
        with self._write() as s:
            s.merge(
                StoredFindingsRow(kind=kind, fingerprint=fingerprint, data=data, stored_at=utcnow())
            )
