"""Markdown notes to readable text: front matter read as metadata, markup removed.

The text keeps its lines and paragraphs; only syntax a reader should not see is removed
(heading marks, emphasis, link targets, images, HTML comments). Offsets therefore refer to
what the reader sees; the original Markdown is kept as the article's original bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.M)
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M)
_SETEXT = re.compile(r"^(.+)\n(?:=+|-+)\s*$", re.M)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+.*$", re.M)
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])"
)
_CODE = re.compile(r"`([^`\n]+)`")
_FENCE = re.compile(r"^ {0,3}(```|~~~).*$", re.M)
_QUOTE = re.compile(r"^ {0,3}> ?", re.M)
_LIST = re.compile(r"^( *)[-*+] +", re.M)
_RULE = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$", re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")


@dataclass(frozen=True, slots=True)
class MarkdownArticle:
    text: str
    title: str = ""
    fields: dict[str, str] = field(default_factory=dict)


def markdown_to_text(source: str) -> MarkdownArticle:
    fields: dict[str, str] = {}
    m = _FRONT_MATTER.match(source)
    if m:
        for key, value in _FIELD.findall(m.group(1)):
            fields[key.lower()] = value.strip().strip("\"'")
        source = source[m.end() :]
    heading = _HEADING.search(source)
    title = fields.get("title", "") or (_inline(heading.group(1)) if heading else "")
    text = _COMMENT.sub("", source)
    text = _FENCE.sub("", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub(lambda h: h.group(1) + "\n", text)
    text = _SETEXT.sub(lambda h: h.group(1) + "\n", text)
    text = _REF_DEF.sub("", text)
    text = _QUOTE.sub("", text)
    text = _LIST.sub(lambda li: li.group(1) + "• ", text)
    text = _inline(text)
    text = "\n\n".join(_join_soft_breaks(block) for block in re.split(r"\n\s*\n", text))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return MarkdownArticle(text=text, title=title, fields=fields)


_ITEM = re.compile(r"^\s*(?:• |\d{1,3}[.)] )")


def _join_soft_breaks(block: str) -> str:
    """A line break inside a Markdown paragraph is a space; list items keep their lines."""
    out: list[str] = []
    for line in block.strip("\n").split("\n"):
        if out and line.strip() and not _ITEM.match(line) and not out[-1].endswith("  "):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line.rstrip())
    return "\n".join(out)


def _inline(text: str) -> str:
    text = _IMAGE.sub(lambda i: i.group(1), text)
    text = _LINK.sub(lambda li: li.group(1), text)
    text = _REF_LINK.sub(lambda li: li.group(1), text)
    text = _AUTOLINK.sub(lambda a: a.group(1), text)
    text = _CODE.sub(lambda c: c.group(1), text)
    for _ in range(2):
        text = _EMPHASIS.sub(lambda e: e.group(2) or e.group(4) or "", text)
    return _HTML_TAG.sub("", text)
