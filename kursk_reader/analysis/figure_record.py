"""One figure found in an article: the record `figures` reads and `figure_groups` pairs,
kept apart so helper modules can build figures without importing the reader."""

from __future__ import annotations

from dataclasses import dataclass

from kursk_reader.analysis.numbers import format_value


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity in one article; `quote` is text[start:end] (hedge, number, noun)."""

    article_id: int
    value: str
    """As written, with its hedge: "more than a dozen"."""
    number: float
    hedge: str
    noun: str
    """What it counts, as written: "North Korean soldiers"."""
    quote: str
    start: int
    end: int
    context: tuple[str, ...]
    """Stems of the words around it, for grouping."""
    predicate: str = ""
    """What happened to what is counted, when the text says ("were killed", "загинули")."""
    kind: str = ""
    """The counted noun's class in `concepts` ("military"), or "" when the lexicon does not
    know it."""
    event: str = ""
    """The event class of `predicate` ("dead"; "casualties" for "killed and wounded")."""
    near: tuple[str, ...] = ()
    """Folded content words right beside the figure (what is measured: "tunnel", "invested")."""
    percent: bool = False
    """A share ("40 percent of the buildings"), never the same figure as a count."""
    dimension: str = ""
    """What a measure's unit measures ("length", "duration", "money:EUR"), "" for counts."""
    scale: float = 1.0
    """The unit's size in its dimension's base unit (km: 1000 metres), see `figure_units`."""
    sentence: int = -1
    """Start offset of the figure's sentence (figures of one sentence share it)."""
    sentence_words: tuple[str, ...] = ()
    """Folded words of five letters or more in the figure's sentence (number words too)."""
    near_lower: tuple[str, ...] = ()
    """The words of `near` written in lower case (no names)."""
    dated: bool = False
    """A year stands beside it in its sentence: a figure of another time (`figure_terms`)."""
    relation: str = ""
    """For a length: "from" for a distance from a place ("9 km from", "à 9 km de"), "of"
    for an extent ("4 km of the river", "12 km long"), "" when no word says."""
    per: str = ""
    """The period a rate is counted per ("days" for "eight crossings a day"), see
    `figure_rates`; "" for a plain count or measure."""
    complement: str = ""
    """The folded noun of an "of" phrase after the counted noun ("huellas de dinosaurio":
    "dinosaurio"), see `figure_cognates`."""
    earlier: bool = False
    """An earlier state said beside it ("the previous record of 396 minutes") or a value
    replaced ("statt 2,6 Milliarden"), see `figure_previous`."""
    lone_share: bool = False
    """A share that is the only one of its sentence: the sentence's words say what it is of
    ("La participation au second tour s'est établie à 31,4 %"), see `figure_guards`."""

    @property
    def normalized(self) -> str:
        return format_value(self.number)

    @property
    def measure(self) -> float:
        """The value in its dimension's base unit ("2 days" and "48 hours" alike)."""
        return self.number * self.scale
