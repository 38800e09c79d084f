"""Sources whose reading swept up words that are no source: a perfect tense's auxiliary and
participle read after "según" ("según ha informado la compañía": the company, already named),
and a demonstrative before a kind word ("por esta agencia", "cette agence", "this paper",
"это издание": the outlet writing the article, or a body named before). Both closed classes
in six languages."""

from __future__ import annotations

import re

from kursk_reader.analysis.attribution_groups import Found

_PERFECT = re.compile(
    r"^(?:ha|han|había|habían|habría|a|ont|avait|avaient|has|have|had|hat|haben|hatte|hatten)"
    r"[ \u00a0]+[^\W\d_]+(?:ado|ada|ido|ida|é|ée|és|i|it|is|u|ed|en|et|t)[ \u00a0]+",
    re.IGNORECASE,
)
"""An auxiliary and a participle opening a source ("ha informado la compañía")."""
_DEMONSTRATIVE = re.compile(
    r"^(?:(?:by|por|par|von|durch|от|від|de)[ \u00a0]+)?(?:this|these|that|those|este|esta|estos|estas|ese|esa|dicho|dicha|ce|cet|cette|ces"
    r"|dieser|diese|dieses|diesem|diesen|jener|jene|этот|эта|это|эти|этого|этой|этому|этим"
    r"|цей|ця|це|ці|цього|цієї|цим|цією)[ \u00a0]+(?=[^\W\d_])",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|la|el|los|las|le|les|l['’]|die|der|das|den|dem)[ \u00a0]*")


def without_leads(found: list[Found]) -> list[Found]:
    """The sources with an auxiliary and participle dropped from their head, and without
    those that are then, or were, only a kind word after an article or a demonstrative."""
    out: list[Found] = []
    for f in found:
        perfect = _PERFECT.match(f.surface)
        if perfect is not None:
            rest = f.surface[perfect.end() :]
            if not _ARTICLE.sub("", rest)[:1].isupper():
                continue  # "la compañía": the body named before, the kind alone cites nothing
            f.surface, f.source_start = rest, f.source_start + perfect.end()
        demonstrative = _DEMONSTRATIVE.match(f.surface)
        if demonstrative is not None and not f.surface[demonstrative.end() :][:1].isupper():
            continue
        out.append(f)
    return out
