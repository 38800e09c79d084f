"""Round 21: name and quote variants on invented text (the body a role heads, an outlet that
only reports a remark and a nationality cited after a quote are no speakers)."""

from __future__ import annotations

import pytest

from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.names import find_name_variants
from kursk_reader.analysis.quote_titles import is_characterisation, is_title
from kursk_reader.analysis.quotes import find_quote_variants, quote_speakers
from kursk_reader.analysis.textspans import language_of


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


_PREMIERE = {
    1: "Die Stadthalle Lindau ist wieder offen. „Wir haben dieses Haus den Menschen der Stadt "
    "zurückgegeben, so wie sie es sich erträumt hatten“, sagte die Intendantin Marta Vogel, "
    "die die Saison mit der Oper „Der Silbersee“ eröffnete.",
    2: '"We have given this house back to the people of the town as they dreamed of it," '
    'director Marta Vogel said, as the curtain rose on Weill\'s "The Silver Lake".',
    3: "« Nous avons rendu cette maison aux habitants de la ville telle qu'ils l'avaient "
    "rêvée », a déclaré la directrice Marta Vogel, qui a ouvert la saison avec « Le Lac "
    "d'Argent ».",
    4: "«Hemos devuelto esta casa a la gente de la ciudad tal como la soñaron», dijo la "
    "directora Marta Vogel, que abrió la temporada con la ópera «El lago de plata».",
}


def test_a_works_title_in_quotation_marks_is_no_remark() -> None:
    groups = find_quote_variants(_PREMIERE)
    quoted = [{q.quote for q in g.quotes} for g in groups]
    assert not any(
        t in q for q in quoted for t in ("The Silver Lake", "Le Lac d'Argent", "El lago de plata")
    )
    assert any(len(g.quotes) >= 3 and "Marta Vogel" in g.speaker for g in groups)


def _quoted(text: str) -> tuple[int, int]:
    """The span inside the first pair of quotation marks, without inner spaces."""
    start = next(i for i, ch in enumerate(text) if ch in '"«„') + 1
    while text[start] == " ":
        start += 1
    end = next(i for i in range(start, len(text)) if text[i] in '"»“')
    while text[end - 1] == " ":
        end -= 1
    return start, end


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('The museum lent "Woman with a Parrot" to Lyon.', True),
        ("Il a lu « Les Soldats de Verdun » en public.", True),
        ("Смотрите спектакль «Серебряное озеро» в субботу.", True),
        ("Sie zeigen den Film „Kaltes Wasser“ am Abend.", True),
        ('He said "we will rebuild the school" on Monday.', False),
        ("Sie sprach von einem „Signal der Hoffnung“ für alle.", False),
        ('Ella habló de "urnas manipuladas" en la mesa.', False),
    ],
)
def test_titles_are_told_from_short_remarks(text: str, title: bool) -> None:
    start, end = _quoted(text)
    assert is_title(text, start, end, language_of(text)) is title


def test_a_group_of_labels_only_is_no_reworded_quote() -> None:
    texts = {
        1: "Die ukrainische Ministerin Petra Kalinke unterzeichnete den Vertrag in Riga. Petra "
        "Kalinke sprach von einem „Zeichen der Hoffnung“.",
        2: "Ukrainian Minister Petra Kalinke called it “a sign of hope”.",
        3: "La ministra ucraniana Petra Kalinke habló de «una señal de esperanza».",
    }
    assert find_quote_variants(texts) == []


def test_a_label_beside_the_whole_remark_still_joins_it() -> None:
    texts = {
        1: "„Dieser Vertrag ist ein Zeichen der Hoffnung für unsere beiden Länder“, sagte die "
        "Ministerin Petra Kalinke in Riga.",
        2: '"This treaty is a sign of hope for both our countries," Minister Petra Kalinke said '
        "in Riga.",
        3: "Міністерка Петра Калінке назвала договір «знаком надії» для обох країн.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1 and {q.article_id for q in groups[0].quotes} >= {1, 2}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Он назвал решение «ошибкой века» на встрече.", True),
        ("Вона назвала угоду «кроком уперед» для громади.", True),
        ("Le maire a qualifié le projet de « pari audacieux » hier.", True),
        ('The mayor said "we will rebuild" on Monday.', False),
    ],
)
def test_labels_are_told_by_a_verb_of_naming(text: str, label: bool) -> None:
    start, end = _quoted(text)
    assert is_characterisation(text, start, end) is label


def test_a_bodys_namesake_is_no_name_variant() -> None:
    texts = {
        1: "Ректором Житомирского университета имени Дмитрия Яворивского избран Богдан "
        "Ковтунюк. Богдан Ковтунюк сказал, что работа начнётся сразу.",
        2: "Ректором Житомирського університету імені Дмитрія Яворівського обрано Богдана "
        "Ковтунюка. Богдан Ковтунюк сказав, що робота почнеться одразу.",
        3: "Bohdan Kovtuniuk was elected rector of the Zhytomyr university on Monday.",
    }
    groups = [{v.name for v in g.variants} for g in find_name_variants(texts)]
    assert not any(any("Яворі" in n or "Яворив" in n for n in g) for g in groups)
    assert any("Bohdan Kovtuniuk" in g for g in groups)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The plant closed. Mayor Joan Pritchard met the workers.\n\n"We will not step back '
            'on this question at all," the mayor told the Evening Courier.',
            "Joan Pritchard",
        ),
        (
            'The plant closed.\n\n"We will not step back on this question at all," the mayor '
            "told the Evening Courier.",
            "",
        ),
        (
            '"The peak is still ahead of us," warned Vera Solovyova, head of the Perm office.',
            "Vera Solovyova",
        ),
    ],
)
def test_the_paper_told_is_no_speaker(text: str, speaker: str) -> None:
    assert [s for _, s, _ in _speakers({1: text})] == [speaker]


def test_a_company_named_after_the_speaker_is_not_the_speaker() -> None:
    texts = {
        1: "Die Bäckereigruppe Backstube Gruber hat ein Werk eröffnet.\n\n„Wir glauben an diese "
        "Stadt und sind gekommen, um zu bleiben“, sagte Firmenchef Hans Gruber bei der Eröffnung.",
        2: 'Backstube Gruber said it had spent €40m on the plant.\n\n"We believe in this town and '
        'we came here to stay," chief executive Hans Gruber told guests at the opening.',
    }
    assert {s for _, s, _ in _speakers(texts)} == {"Hans Gruber"}
    groups = find_quote_variants(texts)
    assert [g.speaker for g in groups] == ["Hans Gruber"]


@pytest.mark.parametrize(
    "text",
    [
        'Pedro Gómez perdió su rebaño.\n\n"Nunca habíamos visto algo así en el valle", dijo la '
        "directora del Hospital del Valle, Ana Ruiz.",
        'Pedro Gómez, a farmer, lost his herd.\n\n"We have never seen anything like this in '
        'the valley," said the head of the regional health department, Ana Ruiz.',
    ],
)
def test_the_person_set_off_after_the_body_speaks(text: str) -> None:
    assert [s for _, s, _ in _speakers({1: text})] == ["Ana Ruiz"]


def test_a_remark_by_the_head_of_a_body_joins_under_the_person_another_article_names() -> None:
    texts = {
        1: "Die Bauern protestierten in Kassel.\n\n„Wir werden keinen einzigen Hof in diesem "
        "Land aufgeben“, sagte der Präsident des Landesbauernverbands.",
        2: 'Farmers protested in Kassel.\n\n"We will not give up a single farm in this state," '
        "said Karl Huber, president of the state farmers' association.",
        3: "Les agriculteurs ont manifesté à Kassel.\n\n« Nous n'abandonnerons aucune ferme dans "
        "ce Land », a déclaré le président de l'Union des agriculteurs de Hesse.",
    }
    groups = find_quote_variants(texts)
    assert [(g.speaker, len(g.quotes)) for g in groups] == [("Karl Huber", 3)]


def test_a_surname_after_a_slavic_role_still_speaks() -> None:
    text = (
        "Пожар начался ночью.\n\n«Мы не отступим ни на шаг в этом вопросе», — сказал "
        "губернатор Петрушевский."
    )
    assert [s for _, s, _ in _speakers({1: text})] == ["Петрушевский"]
