"""The outlets an article credits in its head and foot lines: the masthead or byline outlet
under the title ("The Kyiv Independent", "«Думская»", "Heraldo de Aragón | Teruel", "Almería |
EFE", "EFE | Oviedo | 19/11/2026", "Kyiv Post | Weather", "Томский обзор | Ксения Белова",
"Diario de Almería — Redacción", "By Anna Richter, Deutsche Welle", "rbb24", "Le Monde avec
AFP"), an outlet opening the first paragraph ("Interfax — Yekaterinburg has …"), and the foot
credits ("© 2025 Valley Tribune", "Global Science Wire", "(dpa)").

One reading for every head line but the title: split it on its separators, set aside each part
a closed class (`attribution_headwords`: dates and times, sections, kinds of article, bylines,
staff and desk words, page furniture, menus) or the text's structure accounts for (a place the
title or the prose names as a place, the author after a byline or a place), and take the part
left as the outlet if it has the shape of one (capitalised words, a code such as "EFE", "dpa",
"rbb24", a domain). When two names are left, a code or a word of outlet titles decides which.
Never a list of outlets."""

from __future__ import annotations

import re
from functools import lru_cache

from kursk_reader.analysis import lexicon
from kursk_reader.analysis.attribution_bylines import TITLE_WORDS as _TITLE_WORDS
from kursk_reader.analysis.attribution_credits import dated, outlet_worded
from kursk_reader.analysis.attribution_groups import Found
from kursk_reader.analysis.attribution_headwords import (
    ARTICLES,
    FURNITURE,
    GENERIC_AGENCIES,
    GENRES,
    LINKS,
    LOCATIVE,
    MENU,
    SECTIONS,
    STAFF,
)

_HEAD_CHARS = 600
_HEAD_LINES = 4
_TAIL_CHARS = 600
_MAX_WORDS = 5
_BY = re.compile(
    r"^(?:by|par|por|von|от|від|автор|автори|text|texte|texto|reporting)\b", re.IGNORECASE
)
_WITH = frozenset("with avec con mit с з із".split())
"""How a byline credits the wire it drew on ("By Tom Lee, with AP")."""
_ELIDED = re.compile(r"^(?:d|l|dell|dall|nell)['’]", re.IGNORECASE)
"""An elided article or preposition before a capitalised word ("d'Alsace", "l'Est")."""
_PHOTO = re.compile(
    r"^(?:photo|photos|foto|fotos|фото|image|imagen|images|bild|bilder|picture|pictures"
    r"|illustration|crédit photo|credit|crédit|crédito)\b",
    re.IGNORECASE,
)
"""A picture credit: the photographer or picture agency, never a source of the text."""
_AGO = re.compile(r"\b(?:ago|hace|il y a|vor|назад|тому)\b", re.IGNORECASE)
_QUOTED = re.compile(r"^[«“„\"](?P<name>[^«»“”„\"\n]{2,40})[»”“\"]$")
_SEPARATOR = re.compile(r"[ \u00a0]*(?:[|·•,]|[ \u00a0][—–\-›»>/][ \u00a0])[ \u00a0]*")
_DIGIT = re.compile(r"\d")
_WITH_LINE = re.compile(
    r"^(?P<outlet>[^|·•,]{2,40}?)[ \u00a0]*,?[ \u00a0]+(?:avec|with|con|mit)[ \u00a0]+"
    r"(?:(?:l['’]|la |le |der |die |the ))?(?P<wire>[^|·•,\s][^|·•,]{0,30}?)[ \u00a0]*$"
)
"""An outlet line crediting the wire drawn on ("Le Monde avec AFP", "Le Figaro, avec AFP")."""
_DOMAIN = re.compile(r"[^\W_][\w-]*\.(?:[a-z]{2,4}|ру|рф|укр)")
"""A news site's domain standing for the outlet ("tagesschau.de", "20minutos.es")."""
_BRACKETED = re.compile(r"^[^()]{2,40}\((?P<name>[^()\d]{2,20})\)$")
"""A place with the agency in brackets inside a byline ("MADRID (Reuters)")."""
_OPENING = re.compile(
    r"(?P<name>[^\W\d_][^\s,—–./]*(?:[ \u00a0][^\s,—–./]+){0,2})[ \u00a0]+[—–][ \u00a0]+"
)
"""An outlet opening the first paragraph before a dash: "Interfax — Yekaterinburg has …"."""
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|Copyright)(?:[ \u00a0]*©)?[ \u00a0]*(?:\d{4}[ \u00a0]*)?"
    r"(?P<name>[^\W\d_][^\n.|,©]{1,50}?)[ \u00a0]*(?:\d{4}[ \u00a0]*)?(?=[.|,]|$|\n)",
    re.MULTILINE,
)
"""A copyright line at the foot: the publisher after "©" or "Copyright" and the year."""
_PICTURED = re.compile(
    r"(?i:photo|foto|фото|légende|leyenda|caption|image|imagen|bild|illustration|picture)"
)
_FOOT_LINES = 3
_LABEL = re.compile(r":(?!\d)")
"""A colon not inside a time: a labelled foot line ("Photo: …", "Читайте також: …")."""
_LABELLED = re.compile(r"[^\W\d_]+(?:[ \u00a0][^\W\d_]+)?:(?!\d)")
"""A line that opens with its label ("Source: …", "Quelle: …", "Автор: …")."""
_FOOT_OPENERS = frozenset("with avec mit con с з із по за от від via and et und y и і та".split())
"""How a foot line opens when it credits someone with a phrase, not by the name alone."""
_FOOT_WIRE = re.compile(r"(?m)^[ \t]*\((?P<name>[^\W\d_][\w-]{1,11})\)[ \t.]*$")
_PROSE_ENDS = tuple(".!?…")


def masthead_sources(article_id: int, text: str) -> list[Found]:
    """Outlets named in the head credit lines, opening the first paragraph, or as a wire code
    bracketed on a foot line."""
    out: list[Found] = []
    lines, prose = _head(text)
    title = _title(lines)
    body = prose if prose >= 0 else min(len(text), _HEAD_CHARS)
    places = _Places(text, lines[title][1] if lines else "", body)
    for n, (start, line) in enumerate(lines):
        if n == title or _LABELLED.match(line):
            continue  # a labelled line ("Source: …", "Автор: …") has its own reading
        for a, b in _outlet_of(line, places):
            out.append(Found(article_id, line[a:b], "", start, start + b, start + a))
    if prose >= 0 and not out:
        opening = _OPENING.match(text, prose)
        if opening is not None:
            name = opening.group("name")
            if _opening_outlet(name, text, opening.end(), places):
                s = opening.start("name")
                out.append(Found(article_id, name, "", s, opening.end("name"), s))
    tail = max(0, len(text) - _TAIL_CHARS)
    out += _foot(article_id, text, tail, places)
    if "(" in text[tail:]:
        for m in _FOOT_WIRE.finditer(text, tail):
            name = m.group("name")
            if _wire_code(name):
                s = m.start("name")
                out.append(Found(article_id, name, "", m.start(), m.end("name") + 1, s))
    return out


def _foot(article_id: int, text: str, tail: int, places: _Places) -> list[Found]:
    """Outlets on the last lines: a copyright line ("© 2025 Valley Tribune. All rights
    reserved.") and a short credit line under the last paragraph ("Global Science Wire",
    "Eurasia Wire | Updated 14:05 GMT")."""
    out: list[Found] = []
    foot = text[tail:]
    if "©" in foot or "opyright" in foot or "(c)" in foot or "(C)" in foot:
        for m in _COPYRIGHT.finditer(text, tail):
            name = m.group("name").strip()
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if _PICTURED.search(line):
                continue  # "Photo : l'étui du violon. © DR": the picture's owner
            if _name_like(name):
                s = m.start("name")
                initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
                code = initials if len(initials) > 1 and f"({initials}" in text else ""
                out.append(Found(article_id, name, code, m.start(), s + len(name), s))
    if out:
        return out
    end = len(text.rstrip())
    for _ in range(_FOOT_LINES):
        start = text.rfind("\n", tail, end) + 1
        if start <= tail:
            break
        line = text[start:end].strip()
        end = start - 1
        while end > tail and text[end - 1] in "\n \t":
            end -= 1
        if not line:
            continue
        if len(line.split()) > 8 or line.endswith(_PROSE_ENDS) or _LABEL.search(line):
            break  # the last paragraph: no foot credit below it
        if line.split()[0].lower() in _FOOT_OPENERS:
            continue  # "Avec Anne Roux", "With files from …": the credit lines' own reading
        at = text.find(line, start)
        for a, b in _outlet_of(line, places, head=False):
            if _outlet_evidence(line[a:b]) and not _signature(line[a:b]):
                out.append(Found(article_id, line[a:b], "", at + a, at + b, at + a))
    return out


def _outlet_evidence(name: str) -> bool:
    """What a name on a foot line needs to be read as an outlet, for the foot holds menus and
    teasers ("Trending Now", "Weather Forecast"): a code ("AFP", "BR24 Sport") or a word of
    outlet titles or agency names ("Global Science Wire", "Europa Press")."""
    if _code(name) or outlet_worded(name, _TITLE_WORDS) or _titled(name):
        return True
    return any(_code(w) and any(c.isdigit() for c in w) for w in name.split())


def _signature(name: str) -> bool:
    """An author's name signing the article at its foot ("Anna Petrova"): capitalised words
    none of which the dictionaries know in lower case."""
    return _person_like(name) and not any(lexicon.is_dictionary_word(w) for w in name.split())


def _title(lines: list[tuple[int, str]]) -> int:
    """Which head line is the title: the first, unless it is short and a later line has at
    least twice its words ("ТАСС" above "В Удмуртии выросло число заболевших …")."""
    if not lines:
        return -1
    sizes = [len(_SEPARATOR.sub(" ", line).split()) for _start, line in lines]
    longest = max(
        range(len(lines)),
        key=lambda i: 0 if _BY.match(lines[i][1]) or dated(lines[i][1]) else sizes[i],
    )
    first = lines[0][1]
    if any(c in first for c in "|·•›>") or first[:1] in '«“„"' and _QUOTED.match(first):
        return longest if longest else -1  # "L'Alsace | Mulhouse | Culture", «Думская»
    parts = [len(p.split()) for p in _SEPARATOR.split(first) if p.strip()]
    if len(parts) >= 2 and max(parts) <= 4 and sizes[longest] > max(parts) + 2:
        return longest  # "Indian Ocean Times — Environment" above the title
    if sizes[0] <= 4 and sizes[longest] >= max(5, 2 * sizes[0]):
        return longest
    return 0


def _head(text: str) -> tuple[list[tuple[int, str]], int]:
    """The non-empty lines above the first line of prose (at most four, with where each
    starts), and where that first line of prose starts (-1 if not within the head)."""
    out: list[tuple[int, str]] = []
    at = 0
    head = text[:_HEAD_CHARS]
    for raw in head.split("\n"):
        start = at
        at += len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        n = len(line.split())
        if out and (n >= 25 or n >= 6 and line.endswith(_PROSE_ENDS)):
            return out, start + len(raw) - len(raw.lstrip())
        if at > len(head) or len(out) == _HEAD_LINES:
            return out, -1
        out.append((start + len(raw) - len(raw.lstrip()), line))
    return out, -1


def _outlet_of(line: str, places: _Places, head: bool = True) -> list[tuple[int, int]]:
    """The spans of the outlets a head line names, read part by part."""
    quoted = _QUOTED.match(line)
    if quoted is not None:
        name = quoted.group("name").strip()
        if _name_like(name, quoted=True):
            return [(quoted.start("name"), quoted.start("name") + len(name))]
        return []
    joined = _WITH_LINE.match(line)
    if joined is not None:  # "Le Monde avec AFP", "El Diario con agencias", "Par X avec AFP"
        outlet, wire = joined.group("outlet"), joined.group("wire")
        wired = _code(wire) or outlet_worded(wire, _TITLE_WORDS)
        spans = [joined.span("wire")] if wired else []
        generic = wire.lower() in GENERIC_AGENCIES
        if _BY.match(outlet):
            if spans:
                return spans
        elif (wired or generic and outlet_worded(outlet, _TITLE_WORDS)) and _name_like(outlet):
            return [joined.span("outlet"), *spans]
    if _PHOTO.match(line):
        return []  # "Photo: Rui Ferreira / Southern Lens": who took the picture
    if line.endswith(("-", "—", "–")):
        return []  # "SAN MARTIN DE OROTA -": a dateline on a line of its own
    parts: list[tuple[int, int, str]] = []
    at = 0
    for m in _SEPARATOR.finditer(line):
        parts.append((at, m.start(), m.group(0).strip()))
        at = m.end()
    parts.append((at, len(line), ""))
    parts = [p for p in parts if line[p[0] : p[1]].strip(" \u00a0-–—")]
    words_of = [_words(line[a:b]) for a, b, _sep in parts]
    if any(w in MENU for words in words_of for w in words):
        return []  # "Share | Print | Email", "Home | World | Germany": buttons, a menu
    bylined = staffed = after_place = False
    found: list[tuple[int, int]] = []
    dates = 0
    for n, (a, b, sep) in enumerate(parts):
        part = line[a:b].strip()
        words = words_of[n]
        dates += dated(part)
        by = _BY.match(part)
        if by is not None:
            wire = _by_wire(part[by.end() :])
            if wire is not None:  # "By AFP", "By Interfax staff", "Par Agence QMI"
                s = a + by.end() + part[by.end() :].index(wire)
                return [(s, s + len(wire))]
            bylined = True  # "By Anna Richter, Deutsche Welle": the author, then the outlet
            continue
        if dated(part) or _AGO.search(part) and any(c.isdigit() for c in part):
            continue
        if bylined and words[0] in _WITH:
            rest = part.split(None, 1)[1] if len(words) > 1 else ""
            if _wire_like(rest):  # "Par Anne Roux, avec AFP": the wire the author drew on
                s = a + part.index(rest)
                return [(s, s + len(rest))]
            continue
        if "&" in words or all(_labels(w) for w in words):
            if n == 0 and len(parts) > 1:
                return []  # "Opinion | John Smith", "Lokales | Rostock": a section's path
            continue
        if any(w in STAFF for w in words):
            staff = _staff_of(part) if not bylined and n == 0 else None
            if staff is not None:  # "Harlan Gazette staff", "News 12 Digital Team"
                return [(a, a + len(staff))]
            bylined = staffed = True  # "De notre correspondante à Berlin, Claire Mauduit"
            continue
        if any(w in FURNITURE for w in words):
            dates += 1  # "2 min read": page metadata, like a date
            continue
        inner = _BRACKETED.match(part)
        if inner is not None and bylined:
            if _name_like(inner.group("name").strip()):
                s = a + inner.start("name")
                return [(s, s + len(inner.group("name").strip()))]
            part = part[: part.index("(")].strip()  # "Meduza (English edition)": the outlet
            if _name_like(part) and not _person_like(part):
                return [(a, a + len(part))]
        quoted = _QUOTED.match(part)
        if quoted is not None:  # "Кременчуг, 12 ноября — «Телеграф»": the name inside
            a, part = a + quoted.start("name"), quoted.group("name").strip()
            b = a + len(part)
        if (
            sep == ","
            and n + 1 < len(parts)
            and _DIGIT.search(line, parts[n + 1][0], parts[n + 1][1])
            and not outlet_worded(part, _TITLE_WORDS)
        ):
            continue  # "MADRID, Nov 19", "Kyiv, 12 May 2026": a dateline's place
        if places.holds(part) or _known_place(part) and not places.unmentioned(part):
            after_place = True
            continue  # "Reuters" alone under the title is no place: the prose never names it
        if after_place and not found and _person_like(part):
            continue  # "MADRID | Lucía Benavente | 20 NOV 2026": the place, then the author
        if sep == "/" or n and parts[n - 1][2] == "/":
            if " " not in part and not _code(part) and not _titled(part):
                continue  # "Bilbao / Capbreton": places side by side
        if (
            bylined
            and not _after_byline(part, any(dated(line[p[0] : p[1]]) for p in parts))
            and not (n and parts[n - 1][2] == "|" and " " not in part and places.unmentioned(part))
        ):  # "Por Laura Ibáñez | Marca": a name the prose never uses is no place of writing
            continue  # "By Ann Lee | Mersin", "Von Tom Brandl, Straßburg": where she writes
        if staffed and not (_code(part) or outlet_worded(part, _TITLE_WORDS)):
            continue  # "De notre correspondante à Berlin, Claire Mauduit": the author
        named = _name_like(part) or head and _titled(part)  # "Le Courrier alpin"
        if not named and part.isupper() and len(part.split()) <= 3:
            named = any(all(_labels(w) for w in ws) for ws in words_of[n + 1 :])
            # "MUNDO DEPORTIVO · Balonmano": a masthead in capitals, then its section
        if not named or _common_word(part):
            if found:
                break
            return []  # a line of other words (a title, a standfirst): no credit line
        found.append((a, a + len(part)))
    if len(found) == 1 and dates and dates == len(parts) - 1 and not bylined:
        name = line[found[0][0] : found[0][1]]
        desk = any(w in SECTIONS for w in _words(name)[1:])  # "Суспільне Спорт"
        led = name.split()[0].lower() in ARTICLES and " " in name  # "Le Figaro | Publié le …"
        if not (_code(name) or outlet_worded(name, _TITLE_WORDS) or desk or led):
            return []  # "Zarechensk | 12:15": a place or an outlet, nothing tells which
    if len(found) < 2:
        return found
    names = [line[a:b] for a, b in found]
    later = [
        f
        for f, name in zip(found[1:], names[1:], strict=True)
        if (_code(name) and len(name) > 2) or outlet_worded(name, _TITLE_WORDS)
    ]  # "TVA Nouvelles | Agence QMI": two outlets; "Almería | EFE": a place, then the wire
    if _code(names[0]) or outlet_worded(names[0], _TITLE_WORDS):
        return [found[0], *later]
    if later:
        return later
    if " " in names[0]:
        return found[:1]  # "Томский обзор | Ксения Белова": the masthead comes first
    return []  # "Луцьк • Волинь": two single names, nothing tells the outlet


def _titled(part: str) -> bool:
    """A name with lower-case words whose capitalised word is a word of outlet titles ("Le
    Courrier alpin"), not a phrase holding one ("From wire reports")."""
    words = part.split()
    return (
        len(words) <= _MAX_WORDS
        and words[0][:1].isupper()
        and any(w[:1].isupper() and w.lower() in _TITLE_WORDS for w in words)
        and not any(c.isdigit() for c in part)
    )


def _wire_like(name: str) -> bool:
    """A wire credited in a byline: one word, capitalised or a short code ("AFP", "Reuters",
    "dpa"), or two with a word of outlet titles ("Europa Press"); a co-author's first name
    and surname ("Ann Marsh") are neither."""
    words = name.split()
    if len(words) == 2:
        return words[0][:1].isupper() and words[1].lower() in _TITLE_WORDS
    return len(words) == 1 and (name[:1].isupper() or _code(name))


def _staff_of(part: str) -> str | None:
    """The outlet whose staff a head line credits: the name before a closing staff word
    ("Harlan Gazette staff", "News 12 Digital Team"), not a section's desk ("Science Desk")."""
    words = part.split()
    if len(words) < 2 or words[-1].lower() not in STAFF:
        return None
    name = " ".join(words[:-1])
    if all(w in SECTIONS or w in LINKS for w in _words(name)) or _common_word(name):
        return None
    if not (_name_like(name) or _code(name)):
        return None
    return name


def _by_wire(rest: str) -> str | None:
    """The outlet a byline gives instead of a person: a wire's code or one name ("By AFP",
    "Von Reuters"), an outlet's staff ("By Interfax staff"), a name with an outlet word
    ("Par Agence QMI")."""
    words = rest.split()
    if words and words[-1].lower() in STAFF and len(words) > 1:
        name = " ".join(words[:-1])
        return name if _name_like(name) else None
    name = rest.strip()
    if name.lower() in STAFF:
        return None  # "Por Redacción": the desk, no outlet named
    if len(words) == 1 and (_code(name) or name[:1].isupper() and not _common_word(name)):
        return name
    if _name_like(name) and outlet_worded(name, _TITLE_WORDS):
        return name
    return None


def _labels(word: str) -> bool:
    """A word of a section's or an article kind's name ("Weather", "Editor's", "Pick")."""
    word = re.sub(r"['’]s$", "", word)
    return word in SECTIONS or word in GENRES or word in LINKS or word in STAFF


def _words(part: str) -> list[str]:
    return [w.lower().strip(".:'’") for w in part.replace("&", " & ").split()]


def _after_byline(part: str, dated_line: bool) -> bool:
    """After a byline, an outlet ("Deutsche Welle", "The Barents Observer", "AFP") rather than
    the place the author writes from ("Lüneburg", "Costa del Sol", "A Coruña"): two or more
    words with no linking word, a name opening with an article, or a code."""
    words = [w for w in part.split() if len(w) > 1]
    if _code(part):
        return True
    if dated_line and len(words) == 1 and all(w[:1].isupper() for w in part.split("-")):
        return "-" in part  # "Par Ann Roux | Nice-Matin | Publié le 14/03": the credit line
    if words and words[0].lower() in ARTICLES:
        return True
    return len(words) >= 2 and not any(w.lower() in LINKS for w in words)


def _known_place(part: str) -> bool:
    """One word of the Latin script the dictionaries know only capitalised ("Germany",
    "Madrid", "MADRID"): a place far more often than a publisher, unless a code ("AFP")."""
    if " " in part or _cyrillic(part):
        return False
    if part.isupper():
        return len(part) > 4 and lexicon.is_known_capitalised(part.title())
    return lexicon.is_known_capitalised(part)


def _opening_outlet(name: str, text: str, end: int, places: _Places) -> bool:
    """An outlet opening the first paragraph, not the place a dateline names first
    ("MOSCOW —", "Ужгород, 14 липня —"): a name or code the prose never uses as a place."""
    if not _name_like(name) or places.holds(name, opening=False):
        return False
    if (
        name.isupper()
        or _known_place(name)
        or " " not in name
        and lexicon.is_known_capitalised(name)
    ):
        return False  # "KYIV —", "Madrid —": a place, as wire datelines write it
    body = text[end : max(end, len(text) - _TAIL_CHARS // 2)].lower()
    return fold_stem(name) not in body or any(c.isdigit() for c in name)


def fold_stem(name: str) -> str:
    """A name lower-cased with a case ending cut off ("Ужгород" -> "ужгоро")."""
    low = name.lower()
    return low[:-2] if len(low) > 6 else low[:-1] if len(low) > 4 else low


class _Places:
    """Where the article puts place names: its title, the prose after a preposition of
    place ("у Києві", "en Almería", "on the Lüneburg Heath"), the opening of its first
    paragraph ("MADRID —")."""

    def __init__(self, text: str, title: str, body: int) -> None:
        self.text = text
        self.title = title.lower()
        self.body = body
        self._low = ""

    @property
    def low(self) -> str:
        """The text in lower case, made on the first question (most heads ask none)."""
        if not self._low:
            self._low = self.text.lower()
        return self._low

    def holds(self, name: str, opening: bool = True) -> bool:
        """Is the name (in any case form) written as a place? Then it is where the article
        was written or what it is about, not the outlet."""
        pattern = _stem_pattern(name)
        if pattern is None:
            return False
        if pattern.search(self.title) or opening and pattern.match(self.low, self.body):
            return True
        for m in pattern.finditer(self.low, self.body):
            before = self.low[max(0, m.start() - 16) : m.start()].split()
            if before and before[-1] in ARTICLES and len(before) > 1:
                before = before[:-1]
            if before and before[-1] in LOCATIVE:
                return True
        return False

    def unmentioned(self, name: str) -> bool:
        """Is the name (in any case form) absent from the prose? A head-line name the prose
        never uses is not the place the article reports from."""
        if name.isupper() or not name[:1].isupper():
            return False  # "MADRID": how datelines write a place
        pattern = _stem_pattern(name)
        return pattern is not None and pattern.search(self.low, max(self.body, 0)) is None


_VOWELS = "іоеїєиaeiouаяуюыé"


@lru_cache(maxsize=4096)
def _stem_pattern(name: str) -> re.Pattern[str] | None:
    """A pattern for the name in its case forms: each word cut to its stem, the vowel of its
    last syllable left open ("Львів" / "у Львові", "Київ" / "Києва", "Біла Церква" / "Білої
    Церкви")."""
    out = []
    for word in name.lower().split():
        stem = word[:-2] if len(word) > 6 else word[:-1] if len(word) > 4 else word
        if len(stem) < 3 and len(word) >= 3:
            stem = word[:3]
        k = max((i for i, c in enumerate(stem) if c in _VOWELS), default=-1)
        if len(word) >= 4 and k >= 2 and len(stem) - k <= 2:
            stem = re.escape(stem[:k]) + f"[{_VOWELS}]" + re.escape(stem[k + 1 :])
        else:
            stem = re.escape(stem)
        out.append(stem + r"\w*")
    if not out or sum(len(w) for w in name.split()) < 3:
        return None
    return re.compile(r"(?<!\w)" + r"[ \u00a0-]+".join(out))


def _name_like(name: str, quoted: bool = False) -> bool:
    """One to five words: capitalised but for linking words (lower-case words too in a
    Cyrillic name, «Томский обзор»), or a short code with letters and digits ("rbb24", "dpa",
    "Le360"); no sentence end, not page furniture."""
    words = name.split()
    if not 1 <= len(words) <= _MAX_WORDS or ":" in name or "/" in name or name[-1] in ".!?;,…":
        return False
    if len(words) == 1 and _code(name):
        return True
    if any(ch.isdigit() for ch in name) and not _digit_name(words):
        return False
    if words[0].isdigit() and len(words) > 1:
        words = words[1:]  # "20 Minutes", "24 Heures": a number opening the name
    if not words[0][:1].isupper():
        return False
    if any(w.lower().strip(".,") in FURNITURE for w in words):
        return False
    if len(words) > 1 and name.isupper() and not _cyrillic(name):
        return any(
            len(w) > 3 and lexicon.is_dictionary_word(w) for w in words
        )  # "NORTHERN WIRE", not an author in capitals ("MARTA LÓPEZ GIL")
    if quoted or _cyrillic(name) and len(words) <= 3:
        return True
    words = [_ELIDED.sub("", w) for w in words]
    return (words[-1][:1].isupper() or words[-1].isdigit()) and all(
        w[:1].isupper() or w.lower() in LINKS or w.isdigit() for w in words
    )


def _common_word(part: str) -> bool:
    """One word of the Latin script that the dictionaries know in lower case ("Traffic",
    "Maritime"): a section or a button, not a publisher's name. (Cyrillic outlets are often
    such words: «Суспільне», «Думская».)"""
    return (
        " " not in part
        and not _cyrillic(part)
        and not part.isupper()
        and lexicon.is_dictionary_word(part)
    )


def _code(word: str) -> bool:
    """A wire or station code: capitals ("EFE"), a short lower-case code ("dpa"), letters and
    digits ("rbb24", "Le360", "Е1.ру"), a site's domain ("tagesschau.de", "n-tv.de")."""
    if " " in word or "\u00a0" in word:
        return False
    if _DOMAIN.fullmatch(word):
        return True
    if not word[:1].isalpha():
        return False
    if any(c.isdigit() for c in word):
        return any(c.isalpha() for c in word[1:]) or len(word) <= 6
    return (word.isupper() and 2 <= len(word) <= 6) or (word.islower() and 2 <= len(word) <= 4)


def _digit_name(words: list[str]) -> bool:
    """A name with a number in it: letters and digits in one word, or a channel number
    after a capitalised word ("France 24")."""
    return all(not any(c.isdigit() for c in w) or _code(w) or w.isdigit() for w in words)


def _cyrillic(name: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in name)


def _person_like(part: str) -> bool:
    """Two or three capitalised words, no linking words: a person's name shape."""
    words = part.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)


def _wire_code(name: str) -> bool:
    """A wire's short code on a foot line: "dpa", "AFP", "dpa-AFX", "Reuters"."""
    parts = name.split("-")
    return all(p.isupper() or p.islower() for p in parts) or name.istitle()
