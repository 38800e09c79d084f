"""Round 18 of the cross-check, on invented events: a quote's speaker is the person, not the
capitalised run the text writes them in — no role or nationality before the name ("die
Meteorologin X", "l'Italien X", "директор СВФУ X"), no body after it ("sagte X der Deutschen
Presse-Agentur")."""

from __future__ import annotations

from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.quotes import find_quote_variants, quote_speakers


def _groups(texts: dict[int, str]) -> list[tuple[str, list[int]]]:
    return [(g.speaker, sorted(q.article_id for q in g.quotes)) for g in find_quote_variants(texts)]


def test_a_german_speaker_does_not_run_into_the_agency_told() -> None:
    texts = {
        1: "Der Geologe Tobias Brenner warnt vor weiteren Felsstürzen im Tal.\n\n"
        '„Der ganze Hang ist in Bewegung, wir messen jeden Tag neue Risse", sagte Brenner der '
        "Deutschen Presse-Agentur.",
        2: "Geologist Tobias Brenner warned of more rockfalls in the valley.\n\n"
        '"The whole slope is moving, we measure new cracks every day," Brenner told Reuters.',
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2]
    assert groups[0][0] == "Tobias Brenner"


def test_a_role_noun_before_the_name_and_the_body_after_it_are_left_out() -> None:
    texts = {
        1: "Orkanböen haben in Bergen Dächer abgedeckt.\n\n"
        '„Solche Windgeschwindigkeiten haben wir an der Küste noch nie gemessen", sagte die '
        "Klimaforscherin Sigrid Aalvik der Nachrichtenagentur NTB.",
        2: "Hurricane-force gusts tore roofs off houses in Bergen.\n\n"
        '"We have never measured wind speeds like these on the coast," climate researcher '
        "Sigrid Aalvik said.",
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2]
    assert groups[0][0] == "Sigrid Aalvik"


def test_a_capitalised_nationality_after_a_french_article_is_no_given_name() -> None:
    texts = {
        1: "L'Italien Marco Bellandi a remporté dimanche le marathon de Carthagène.\n\n"
        "« J'ai souffert pendant les dix derniers kilomètres à cause du vent », a confié "
        "l'Italien Marco Bellandi.",
        2: "El italiano Marco Bellandi ganó el domingo el maratón de Cartagena.\n\n"
        '"He sufrido durante los diez últimos kilómetros por culpa del viento", dijo Marco '
        "Bellandi.",
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2]
    assert groups[0][0] == "Marco Bellandi"


def test_a_body_named_after_an_article_keeps_its_name() -> None:
    texts = {
        1: "«Es un día histórico para el remo gallego», afirmó la Federación Gallega de Remo.",
        2: "«Hoy es un día histórico para todo el remo gallego», señaló la Federación Gallega "
        "de Remo.",
    }
    groups = _groups(texts)
    assert groups and groups[0][0] == "Federación Gallega de Remo"


def test_a_role_stands_for_the_person_last_named_by_surname_alone() -> None:
    texts = {
        1: "La alpinista austriaca Lena Pichler superó por dos horas a la italiana Chiara "
        "Bonfanti en la ascensión.\n\nPichler, de 27 años, llegó a la cumbre al amanecer.\n\n"
        '"No sentía los dedos desde hacía dos horas", relató la escaladora.',
        2: "Austrian climber Lena Pichler beat Italy's Chiara Bonfanti by two hours.\n\n"
        '"I had not felt my fingers for two hours," Pichler said.\n\n'
        '"She was simply stronger on the last ridge," Chiara Bonfanti said.',
    }
    groups = _groups(texts)
    assert [g for g in groups if g[1] == [1, 2]]
    assert all("Pichler" in speaker for speaker, _ in groups)


def test_half_a_century_in_any_case_is_fifty_years_in_every_language() -> None:
    texts = {
        1: "«Такой засухи в крае не было больше полувека», — сказала агроном Ольга Дымова.",
        2: '"The region has not seen a drought like this in more than half a century," '
        "agronomist Olga Dymova said.",
        3: "« La région n'a pas connu une telle sécheresse depuis un demi-siècle », a déclaré "
        "l'agronome Olga Dymova.",
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2, 3]


def test_a_colon_inside_the_quotes_line_does_not_reach_back_to_the_sentence_before() -> None:
    texts = {
        1: "Один из спасённых, 61-летний Пётр Кравец, рассказал, что связь пропала сразу. "
        "Его сосед по палатке, пенсионер Михаил, добавил: «Рыба сегодня клевала отлично, "
        "жалко было уходить».",
        2: "Petro Kravets, 61, one of those rescued, said the phone signal died at once. "
        '"We heard a crack, and then there was open water all around us," he said.',
    }
    quotes, _ = quote_speakers(texts, find_attributions(texts, speakers=False))
    assert [q.speaker for q in quotes if q.article_id == 1] == [""]
    assert _groups(texts) == []


def _speakers(texts: dict[int, str], article_id: int) -> list[str]:
    quotes, _ = quote_speakers(texts, find_attributions(texts, speakers=False))
    return [q.speaker for q in quotes if q.article_id == article_id]


def test_he_said_stands_for_the_person_not_the_place_cited_after_them() -> None:
    texts = {
        1: "Race director Marek Hollanek told reporters the federation was in talks with "
        'Val-Saint-Brévin about hosting the stage instead. "We want to keep every race on the '
        'calendar," he said.',
        2: "Marek Hollanek, the race director, said the stage would move. "
        '"Every race must stay on the calendar," Hollanek said.',
    }
    assert _speakers(texts, 1) == ["Marek Hollanek"]


def test_the_place_after_a_bodys_kind_is_no_surname_for_she_said() -> None:
    texts = {
        1: "Die Staatsanwaltschaft Bielefeld ermittelt gegen vier Männer. „Wir gehen jedem "
        'Hinweis nach", sagte ein Sprecher.',
        2: "The gang sold fake tickets online, according to Anke Dorfmeister, a prosecutor in "
        'Bielefeld whose office opened the case. "Some buyers lost their whole holiday '
        'budget," she said.',
    }
    assert _speakers(texts, 2) == ["Anke Dorfmeister"]


def test_a_person_in_apposition_after_the_body_they_lead_is_the_speaker() -> None:
    texts = {
        1: '"Hemos pagado por puentes que nunca se construyeron", lamentó la consejera de '
        "Obras Públicas, Lucía Beltrán Urquijo, que anunció una auditoría.",
        2: "Lucía Beltrán Urquijo, regional minister for public works, spoke of fraud. "
        '"We paid for bridges that were never built," Beltrán Urquijo said.',
    }
    assert _speakers(texts, 1) == ["Lucía Beltrán Urquijo"]


def test_the_person_after_the_outlet_they_told_is_the_speaker() -> None:
    texts = {
        1: "«Вода поднималась прямо на глазах», — рассказал «Ведомостям» инженер Павел Корнеев.",
        2: '"The water was rising before our eyes," engineer Pavel Korneev told Vedomosti.',
    }
    assert _speakers(texts, 1) == ["Павел Корнеев"]


def test_a_gerund_of_saying_brings_in_the_words_around_a_quoted_fragment() -> None:
    texts = {
        1: "Lena Vogtmann, the transport chief, criticised the operator on Monday, saying the "
        'constant delays on the northern line were "beyond any excuse".',
        2: '"The constant delays on the northern line cannot be tolerated any longer," Lena '
        "Vogtmann said.",
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2]


def test_the_clause_before_a_gerund_of_saying_gives_the_gist_of_a_fragment() -> None:
    texts = {
        1: "The plant's director, Oskar Brenntal, blamed the blackout on a faulty transformer, "
        'saying it was "entirely nobody\'s doing".',
        2: '"The blackout came from a faulty transformer and nothing else," Oskar Brenntal said.',
    }
    groups = _groups(texts)
    assert len(groups) == 1 and groups[0][1] == [1, 2]


def test_a_german_body_keeps_the_adjective_its_name_opens_with() -> None:
    texts = {
        1: "„Die Strecke nach Lenggries bleibt bis Freitag gesperrt“, teilte die Bayerische "
        "Oberland Bahn am Montag mit.",
        2: '"The line to Lenggries stays closed until Friday," the Bayerische Oberland Bahn said.',
    }
    assert _speakers(texts, 1) == ["Bayerische Oberland Bahn"]


def test_a_body_after_the_or_el_keeps_the_word_its_name_opens_with() -> None:
    texts = {
        1: '"Both crews were brought ashore within the hour," said the Royal Coastal Rescue '
        "Institution.",
        2: '"Las dos tripulaciones llegaron a tierra en menos de una hora", explicó el Servicio '
        "Insular de Rescate Marítimo.",
    }
    assert _speakers(texts, 1) == ["Royal Coastal Rescue Institution"]
    assert _speakers(texts, 2) == ["Servicio Insular de Rescate Marítimo"]


def test_the_word_going_on_from_a_title_is_no_given_name_but_a_given_name_stays() -> None:
    texts = {
        1: '"We kept every flight in the air until the last day," said Chief Executive Lars '
        "Heggedal Brun.",
        2: '"We paid for runways that were never built," said regional minister Maria Luisa '
        "Cardona.",
    }
    assert _speakers(texts, 1) == ["Lars Heggedal Brun"]
    assert _speakers(texts, 2) == ["Maria Luisa Cardona"]
