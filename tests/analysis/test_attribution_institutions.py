"""Whom an article cites when a role, a body or an institution does the speaking (invented
texts in six languages): the person a role phrase describes ("said the secretary of the
dockers' union in Lower Saxony, Greta Holm"), and what is never a source."""

from __future__ import annotations

from tests.analysis.shapes import sources as _sources


def test_the_name_closing_a_role_phrase_is_the_source_not_the_body_in_it():
    ru = "«Вода чистая», — сказала руководитель Лаборатории водных ресурсов Полина Зорина."
    assert _sources(ru) == ["Полина Зорина"]
    de = '"Die Lage ist ruhig", sagte die Generaldirektorin für Verkehrsplanung, Ilse Brandauer.'
    assert _sources(de) == ["Ilse Brandauer"]
    es = (
        '"No firmaremos", ha afirmado el secretario de Transportes del sindicato en Aragón, '
        "Tomás Ibarguren."
    )
    assert _sources(es) == ["Tomás Ibarguren"]


def test_a_doctors_title_after_a_german_role_keeps_the_name():
    assert _sources('"Kein Risiko", sagte Amtsleiter Dr. Lothar Quendt am Freitag.') == [
        "Lothar Quendt"
    ]


def test_a_role_phrase_without_a_full_name_gives_no_person():
    assert _sources('"Alles ruhig", sagte die Sprecherin.') == ["Sprecherin"]
