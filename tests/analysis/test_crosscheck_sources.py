"""Sources named in lower case or around places (invented texts): institutions without a
capital ("the port authority said"), a German capitalised source noun, the name of a body
before "in <place> said", an audience's place after "told", an owner named after a comma, a
quote after the cue, and a lowercase body never merged with a person who shares its word."""

from __future__ import annotations

from kursk_reader.analysis.attributions import find_attributions
from tests.analysis.shapes import sources as _sources


def test_lower_case_institutions_are_sources():
    assert _sources("Loading stopped at dawn, the harbour authority said.") == ["harbour authority"]
    assert _sources("The roads were closed, the prefecture said on Friday.") == ["prefecture"]
    assert _sources("Two barns burned, county emergency managers said.") == ["emergency managers"]


def test_a_body_before_in_place_said_is_the_source_not_the_place():
    assert _sources("Nine sailors were saved, the Northern Rescue Centre in Tromvik said.") == [
        "Northern Rescue Centre"
    ]
    assert _sources("People in Tromvik said the sirens never sounded.") == []


def test_the_place_of_an_audience_is_not_a_source():
    sources = _sources("“Stay indoors,” Marta Ilves told reporters in Tallinna on Monday.")
    assert "Tallinna" not in sources


def test_german_capitalised_source_noun_after_its_cue():
    text = "Nach Angaben der Präfektur brannten rund 300 Hektar Kiefernwald."
    assert _sources(text) == ["Präfektur"]


def test_owner_named_after_a_comma():
    assert _sources("The mate left last, according to the owner, Brandvik Shipping Lines.") == [
        "Brandvik Shipping Lines"
    ]


def test_words_inside_a_quote_after_the_cue_are_not_a_source():
    text = "Мер Олена Ткач заявила: «Ми попереджали міністерство ще взимку»."
    assert all("міністерство" not in s for s in _sources(text))


def test_a_lower_case_body_is_not_merged_with_a_person_sharing_its_word():
    texts = {
        1: "Eight people died, the health ministry said.",
        2: "Health Minister Rui Tavares said hospitals were full.",
    }
    by_article = {a.article_id: a.source for a in find_attributions(texts)}
    assert by_article[1] == "health ministry"


def test_whom_a_speaker_tells_is_not_a_source_but_a_named_outlet_is():
    assert "journalists" not in _sources(
        "“We fought to the end,” Governor Ivo Marr told journalists."
    )
    assert "Tallinna Post" in _sources("“We fought to the end,” Ivo Marr told the Tallinna Post.")
