"""Saved web pages: main text and metadata extracted by trafilatura, fully offline.

trafilatura gets the decoded HTML string (never a URL), so nothing is downloaded: it parses
the document with lxml and reads no linked resource. Scripts, styles, navigation, cookie
banners, asides, comments and footers are dropped by its extractor; our debris rules then
mark what is left of site furniture in the main text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kursk_reader.core.errors import ImportRefused
from kursk_reader.importers.metadata import find_date

_LANG_ATTR = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_CANONICAL = re.compile(
    r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*\bhref\s*=\s*[\"']([^\"'>\s]+)", re.I
)
_OG_URL = re.compile(
    r"<meta\b[^>]*\bproperty\s*=\s*[\"']og:url[\"'][^>]*\bcontent\s*=\s*[\"']([^\"'>\s]+)", re.I
)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str
    outlet: str
    author: str
    published: str
    url: str
    language: str


def extract_html(html: str, path: Path) -> HtmlArticle:
    """The main text and metadata of a page; refused when the page has no readable text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
    )
    text = getattr(doc, "text", None) or ""
    if len(text.split()) < 5:
        doc_recall = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_recall=True
        )
        if doc_recall is not None and len((getattr(doc_recall, "text", "") or "").split()) > len(
            text.split()
        ):
            doc, text = doc_recall, getattr(doc_recall, "text", "") or ""
    if not text.strip():
        raise ImportRefused("is a web page with no readable article text", path)

    def meta(name: str) -> str:
        value = getattr(doc, name, None)
        return str(value).strip() if value else ""

    published = meta("date")
    published = find_date(published) if published else ""
    url = meta("url") or _first(_CANONICAL, html) or _first(_OG_URL, html)
    if url and not url.lower().startswith(("http://", "https://")):
        url = ""
    language = (_first(_LANG_ATTR, html) or meta("language")).lower()[:2]
    author = meta("author").replace(";", ",")
    return HtmlArticle(
        text=_paragraphs(text),
        title=meta("title"),
        outlet=meta("sitename"),
        author=author,
        published=published,
        url=url,
        language=language,
    )


def _first(pattern: re.Pattern[str], html: str) -> str:
    m = pattern.search(html[:200_000])
    return m.group(1).strip() if m else ""


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph on each line; a blank line between reads better."""
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n\n".join(ln for ln in lines if ln)
