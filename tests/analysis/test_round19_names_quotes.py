"""Round 19: name and quote variants on invented text (routes and stations, oblique-case
names, amounts after a name, titles of works in quotation marks)."""

from __future__ import annotations

from kursk_reader.analysis.names import find_name_variants


def _groups(texts: dict[int, str]) -> list[set[str]]:
    return [{v.name for v in g.variants} for g in find_name_variants(texts)]


def test_route_of_two_places_is_no_name_variant() -> None:
    texts = {
        1: "La nouvelle ligne Lyon-Turin ouvre demain. Elle relie Lyon et Turin en quatre "
        "heures, a déclaré Martine Duquesnoy.",
        2: "La nuova linea Lyon-Torino parte domani tra Lione e Torino, Martine Duquesnoy said.",
        3: "La línea Lyon-Torino une Lyon y Turín, dijo Martine Duquesnois.",
    }
    groups = _groups(texts)
    assert not any(any("Lyon-" in n for n in g) for g in groups)
    assert {"Martine Duquesnoy", "Martine Duquesnois"} in groups


def test_station_written_with_and_without_hyphen_is_no_variant() -> None:
    texts = {
        1: "El tren une Valladolid y Madrid. Llega a la estación de Madrid-Chamartín a las "
        "nueve, dijo Ulrike Pfandl.",
        2: "The train links Madrid and Valladolid. It pulls into Madrid Chamartin at nine, "
        "Ulrike Pfandel said.",
    }
    groups = _groups(texts)
    assert not any(any(n.startswith("Madrid") for n in g) for g in groups)
    assert {"Ulrike Pfandl", "Ulrike Pfandel"} in groups


def test_double_surname_with_and_without_hyphen_stays_a_variant() -> None:
    texts = {
        1: "Odile Lacombe-Ferrand, la maire, a parlé à Nantes et Rennes.",
        2: "Mayor Odile Lacombe Ferrand spoke in Nantes.",
    }
    assert {"Odile Lacombe-Ferrand", "Odile Lacombe Ferrand"} in _groups(texts)


def test_amount_after_a_dative_name_is_not_its_number() -> None:
    texts = {
        1: "Суд зобов'язав фірму виплатити художниці Мирославі Дзюбенко 40 тисяч гривень.",
        2: "The court ordered the firm to pay the painter Myroslava Dzyubenko damages.",
    }
    groups = _groups(texts)
    assert any("Мирославі Дзюбенко" in g and "Myroslava Dzyubenko" in g for g in groups)


def test_place_in_two_russian_cases_is_one_spelling() -> None:
    texts = {
        1: "Морозы ударили по Сибири. Над Тверью прошёл снег.",
        2: "Снегопад накрыл всю Сибирь, сообщили синоптики. Тверь стоит.",
    }
    groups = _groups(texts)
    assert not any(len(g) >= 2 and any(n.startswith(("Сибир", "Твер")) for n in g) for g in groups)


def _quote_groups(texts: dict[int, str]) -> list[tuple[str, set[int]]]:
    from kursk_reader.analysis.findings import analyze

    return [(g.speaker, {q.article_id for q in g.quotes}) for g in analyze(texts).quote_variants]


def test_title_of_an_exhibition_in_quotation_marks_is_no_quote() -> None:
    texts = {
        1: "L'exposition « Reflets du Rhône et de ses rives » a fermé dimanche. « Reflets du "
        "Rhône et de ses rives. Peintres du fleuve » a reçu 90 000 visiteurs, selon le musée.",
        2: 'Die Ausstellung "Reflets du Rhône et de ses rives" ist zu Ende. Der Direktor Paul '
        'Germond sagte: "Wir sind sehr stolz auf dieses Ergebnis."',
        3: "The exhibition “Reflets du Rhône et de ses rives” closed on Sunday.",
    }
    assert _quote_groups(texts) == []


def test_a_remark_confirmed_in_two_languages_finds_its_third_language_wording() -> None:
    texts = {
        1: "Die Sängerin Oksana Verbytska gewann den Preis. „Ich widme diesen Preis meiner "
        "Mutter und allen Lehrern in Poltawa“, sagte Verbytska nach der Zeremonie.",
        2: 'Singer Oksana Verbytska won the prize. "I dedicate this prize to my mother and to '
        'all the teachers in Poltava," Verbytska said after the ceremony.',
        3: "Співачка Оксана Вербицька отримала нагороду. «Я вперше співала на такій великій "
        "сцені», — сказала Вербицька. «Цю премію я присвячую мамі та всім вчителям з "
        "Полтави», — додала Вербицька. «Наступного року я поїду на гастролі», — розповіла "
        "вона.",
    }
    groups = _quote_groups(texts)
    assert any(articles == {1, 2, 3} for _, articles in groups), groups


def test_speaker_label_prefers_the_latin_spelling_nearest_the_cyrillic() -> None:
    from collections import Counter

    from kursk_reader.analysis.quote_group_speaker import group_speaker

    label = group_speaker(
        Counter({"Mykola Schewtschuk": 1, "Mykola Shevchuk": 1, "Микола Шевчук": 1})
    )
    assert label == "Mykola Shevchuk / Микола Шевчук"


def test_russian_and_ukrainian_forms_of_one_given_name_are_one_person() -> None:
    texts = {
        1: "Как сообщил глава службы Алексея Гончарука, работы завершатся в мае.",
        2: "Роботи завершаться у травні, заявив Олексій Гончарук.",
        3: "Председатель Николай Семенченко подтвердил это.",
        4: "Голова Микола Семенченко це підтвердив.",
    }
    groups = _groups(texts)
    assert any({"Алексея Гончарука", "Олексій Гончарук"} <= g for g in groups), groups
    assert any({"Николай Семенченко", "Микола Семенченко"} <= g for g in groups), groups


def test_relatives_and_streets_stay_apart() -> None:
    texts = {
        1: "Об этом заявил Виталий Кличенко. Ольга Петрущенко уехала.",
        2: "Про це заявив Володимир Кличенко. Олег Петрущенко залишився.",
        3: "Пожар начался на проспекте Николая Бажанова утром.",
        4: "Пожежа почалася на проспекті Миколи Бажанова вранці.",
    }
    groups = _groups(texts)
    assert not any(
        any(n.endswith(("Кличенко", "Петрущенко", "Бажанова")) for n in g) for g in groups
    )


def test_a_name_inside_what_was_said_is_not_the_speaker() -> None:
    from kursk_reader.analysis.quote_find import find_quotes
    from kursk_reader.analysis.quote_speaker import quote_speaker as _speaker

    text = (
        "La consejera delegada, Marta Ibarrola, subrayó que no habrá despidos. «Bremen "
        "seguirá siendo el corazón de la empresa», afirmó, y añadió que el objetivo es llevar "
        "los barcos de Kessler a los puertos de España."
    )
    (quote,) = find_quotes(1, text)
    named = text.index("Marta")
    persons = [(named, "Marta Ibarrola"), (text.index("Kessler"), "Kessler")]
    cited = [(named, "Marta Ibarrola")]
    assert _speaker(quote, text, [], (persons, cited)) == "Marta Ibarrola"
