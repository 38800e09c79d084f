"""Round 21: name and quote variants on invented text (the body a role heads, an outlet that
only reports a remark and a nationality cited after a quote are no speakers)."""

from __future__ import annotations

import pytest

from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.quotes import quote_speakers


def _speakers(texts: dict[int, str]) -> list[tuple[int, str, str]]:
    quotes, _ = quote_speakers(texts, find_attributions(texts, speakers=False))
    return [(q.article_id, q.speaker, q.quote) for q in quotes]


_NAMED = (
    "Der Landwirt Bernd Ostwald führt den Verband seit 2019. „Wir geben bei den Terminen nicht "
    "nach“, sagte Bernd Ostwald am Montag in Kassel."
)


@pytest.mark.parametrize(
    "text",
    [
        'Farmers marched in Leeds.\n\n"We will not give up on the question of the opening '
        "dates,\" said the chairman of the Northern Growers' Union.\n\nThe council did not reply.",
        "Les agriculteurs ont défilé.\n\n« Nous ne céderons rien sur la question des dates "
        "d'ouverture », a déclaré le président de la Fédération régionale des producteurs.",
        'Los agricultores protestaron.\n\n"No vamos a ceder nada en la cuestión de las fechas", '
        "afirmó el presidente de la Asociación de Productores del Valle.",
        "Фермеры вышли на протест.\n\n«Мы не уступим ни в чём по вопросу сроков открытия», — "
        "сказал председатель Союза производителей Поволжья.",
        "Фермери протестували.\n\n«Ми не поступимося нічим щодо строків відкриття», — сказав "
        "голова Спілки виробників Полісся.",
        "Die Bauern protestierten.\n\n„Wir geben bei den Terminen für die Eröffnung nicht nach“, "
        "sagte der Vorsitzende des Hessischen Erzeugerverbands der Zeitung Nordbote.",
    ],
)
def test_the_body_a_role_heads_is_no_speaker(text: str) -> None:
    texts = {1: text, 2: _NAMED}
    said = [s for aid, s, _ in _speakers(texts) if aid == 1]
    assert said and not any(
        w in s for s in said for w in ("Union", "Fédération", "Asociación", "Союз", "Спілк", "bote")
    )


def test_a_role_heading_a_body_is_the_person_another_article_names() -> None:
    texts = {
        1: "Karin Lettow, chairwoman of the Coastal Fishers' Guild, met the minister.\n\n"
        '"We will not accept a single day less at sea," said the chairwoman of the Coastal '
        "Fishers' Guild.",
        2: "Karin Lettow leitet die Gilde.",
    }
    said = [s for aid, s, _ in _speakers(texts) if aid == 1]
    assert said == ["Karin Lettow"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            'Omar Lindqvist won the bout in Malmö.\n\n"I give this win to my family back '
            'home," the Swede said, according to the Baltic Herald.',
            "Baltic Herald",
        ),
        (
            "Le boxeur Paul Marin a gagné samedi.\n\n« Je dédie cette victoire à ma famille », "
            "a dit le boxeur, selon le quotidien Le Courrier du Sud.",
            "Courrier",
        ),
        (
            'El púgil Omar Lindqvist ganó el combate.\n\n"Dedico esta victoria a mi familia", '
            "dijo el sueco, según recoge La Gaceta del Puerto.",
            "Gaceta",
        ),
    ],
)
def test_an_outlet_that_only_reports_the_remark_is_no_speaker(text: str, outlet: str) -> None:
    said = [s for aid, s, _ in _speakers({1: text}) if aid == 1]
    assert said and not any(outlet in s for s in said)


def test_a_nationality_cited_after_a_quote_is_the_person_named_before() -> None:
    texts = {
        1: "Omar Lindqvist won the title in Aarhus on Saturday.\n\n"
        '"I give this win to my family back home," the Dane said.',
        2: "„Ich widme diesen Sieg meiner Familie“, sagte Omar Lindqvist in Aarhus.",
    }
    said = [s for aid, s, _ in _speakers(texts) if aid == 1]
    assert said == ["Omar Lindqvist"]
