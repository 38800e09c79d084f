"""Sources cited in round-19 shapes (invented texts in six languages): the outlet on its own
line under the title, a wire on a foot line, a hyphenated wire in a dateline."""

from __future__ import annotations

from tests.analysis.shapes import sources

_BODY = {
    "en": "Nine fishing boats were stranded in the bay on Monday after the storm, officials said.",
    "de": "Neun Fischerboote saßen am Montag nach dem Sturm in der Bucht fest, hieß es.",
    "fr": "Neuf bateaux de pêche sont restés bloqués lundi dans la baie après la tempête.",
    "es": "Nueve barcos pesqueros quedaron atrapados el lunes en la bahía tras el temporal.",
    "ru": "Девять рыболовецких судов застряли в понедельник в бухте после шторма.",
    "uk": "Дев'ять рибальських суден застрягли в понеділок у бухті після шторму.",
}


def _has(text: str, name: str) -> bool:
    return any(name in s or s in name for s in sources(text))


def test_the_outlet_on_its_own_line_under_the_title_is_cited():
    cases = {
        "en": ("Storm strands fishing fleet", "The Harbour Lantern"),
        "de": ("Sturm hält Fischer fest", "Nordwest-Bote"),
        "fr": ("La tempête bloque les pêcheurs", "«Écho du Port»"),
        "es": ("El temporal deja varados a los pesqueros", "Faro de Vigo Sur"),
        "ru": ("Шторм запер рыбаков", "«Приморский маяк»"),
        "uk": ("Шторм заблокував рибалок", "Чорноморська Хвиля"),
    }
    for lang, (title, outlet) in cases.items():
        text = f"{title}\n\n{outlet}\n\n{_BODY[lang]}\n"
        assert _has(text, outlet.strip("«»")), (lang, sources(text))


def test_an_outlet_before_a_place_on_the_head_line_is_cited():
    body = f"{_BODY['es']} El puerto de Ferrol sigue cerrado."
    text = f"Temporal en la ría\n\nDiario de Ferrol | Ferrol\n\n{body}\n"
    assert _has(text, "Diario de Ferrol")
    section = f"Temporal en la ría\n\nDiario de Ferrol | Sucesos\n\n{body}\n"
    assert _has(section, "Diario de Ferrol")  # the outlet and its section (round 23 labels)


def test_head_lines_that_are_no_outlet_are_not_cited():
    lines = [
        "Advertisement",
        "Foto: Anna Berg",
        "MARTA LÓPEZ GIL",
        "Science Desk",
        "Tausende Urlauber sitzen fest",
        "Dienstag, 4. März",
    ]
    for line in lines:
        text = f"Sturm über der Bucht\n\n{line}\n\n{_BODY['de']}\n"
        assert sources(text) == [], (line, sources(text))


def test_a_place_line_under_the_title_is_not_an_outlet():
    text = (
        "Storm strands fishing fleet\n\nPort Averell\n\nNine boats were stranded in Port "
        "Averell on Monday after the storm.\n"
    )
    assert not _has(text, "Port Averell")


def test_a_wire_on_a_foot_line_and_a_hyphenated_wire_in_a_dateline_are_cited():
    foot = f"Sturm über der Bucht\n\n{_BODY['de']}\n\n(apa)\n\nAnzeige\n"
    assert _has(foot, "apa")
    dateline = (
        "Werft kauft Konkurrenten\n\nBremen (apa-OTS) - Die Bremer Werft Nordkai übernimmt "
        "den Konkurrenten aus Kiel, der Kaufpreis blieb offen.\n"
    )
    assert _has(dateline, "apa-OTS")


def test_a_demonstrative_outlet_and_a_perfect_tense_are_no_source():
    cases = [
        ("Los vecinos consultados por esta agencia criticaron el corte.", "agencia"),
        ("Les riverains interrogés par cette agence ont critiqué la coupure.", "agence"),
        ("Residents interviewed by this newspaper criticised the outage.", "newspaper"),
    ]
    for text, word in cases:
        assert not any(word in s for s in sources(text)), (text, sources(text))
    text = "El tren cuesta 59 euros, según ha informado Ferrocarriles del Norte."
    assert "Ferrocarriles del Norte" in sources(text)
    assert not any(s.startswith("ha ") for s in sources(text))


def test_a_person_named_after_a_role_of_a_company_is_the_pronoun_antecedent():
    text = (
        "Компанія має офіси у Рівному та Луцьку.\n\n«Ми нікого не звільнимо», — сказав "
        "директор компанії Остап Вербицький. За його словами, бренд збережуть."
    )
    found = sources(text)
    assert "Остап Вербицький" in found
    assert not any("Рівному" in s or "Луцьку" in s for s in found)


def test_an_outlet_told_sits_between_the_verb_and_the_speaker_or_before_a_bare_verb():
    text = "«Мы ждали этого пять лет», — сказал РБК директор завода Пётр Ланской."
    assert {"РБК", "Пётр Ланской"} <= set(sources(text))
    text = "Об этом «Вечернему Омску» сообщили в управлении дорожного хозяйства."
    assert "Вечернему Омску" in sources(text)
    text = "Про це «Волинським новинам» розповіли в обласній службі."
    assert "Волинським новинам" in sources(text)


def test_a_journal_accepting_a_paper_for_publication_is_cited():
    cases = [
        "The paper has been accepted for publication in the journal Polar Ecology Letters.",
        "Статья принята к публикации в журнале Polar Ecology Letters.",
        "Стаття прийнята до публікації в журналі Polar Ecology Letters.",
        "El artículo fue aceptado para su publicación en la revista Polar Ecology Letters.",
    ]
    for text in cases:
        assert "Polar Ecology Letters" in sources(text), (text, sources(text))


def test_a_body_that_alerts_is_cited():
    cases = {
        "es": (
            "Todo empezó cuando el Banco Central de Nordia alertó de billetes falsos.",
            "Banco Central de Nordia",
        ),
        "en": (
            "It began when the Nordia Central Bank alerted shops to the fakes.",
            "Nordia Central Bank",
        ),
        "fr": (
            "Tout a commencé quand la Banque de Nordie a alerté les commerçants.",
            "Banque de Nordie",
        ),
    }
    for lang, (text, body) in cases.items():
        assert any(body in s for s in sources(text)), (lang, sources(text))


def test_a_person_described_by_a_profession_is_cited_without_it():
    cases = {
        "en": ("The swarm may spread further, said entomologist Marta Kiel.", "Marta Kiel"),
        "es": ("«La plaga avanza», explicó el vulcanólogo Íñigo Berrueta.", "Íñigo Berrueta"),
        "de": ("Die Lage sei ernst, sagte die Biologin Anna Weller.", "Anna Weller"),
    }
    for lang, (text, person) in cases.items():
        assert person in sources(text), (lang, sources(text))


def test_a_person_quoted_by_an_outlet_is_read_in_the_nominative_and_the_outlet_cited():
    text = (
        "Защитник Игорь Самойлов забил дважды.\n\n«Это заслуга команды», — цитирует "
        "Самойлова «Северный спорт»."
    )
    found = sources(text)
    assert "Северный спорт" in found
    assert "Самойлова" not in found
    assert any(s.endswith("Самойлов") for s in found)


def test_a_speaker_who_tells_after_a_quote_is_cited():
    text = '"No oímos nada en toda la noche", cuenta Begoña Ruiz, que vive al lado.'
    assert "Begoña Ruiz" in sources(text)
    text = "„Wir haben nichts gehört“, erzählt Petra Lenz, die nebenan wohnt."
    assert "Petra Lenz" in sources(text)
    text = "La empresa cuenta con 300 empleados en la región."
    assert sources(text) == []


def test_a_description_named_in_an_apposition_before_the_verb_gives_the_name():
    cases = {
        "en": (
            "The country's rail regulator, the Office of Rail Safety, said the line was shut.",
            "Office of Rail Safety",
        ),
        "es": (
            "El regulador, la Comisión Nacional de Energía, informó del corte.",
            "Comisión Nacional de Energía",
        ),
        "fr": (
            "Le régulateur, la Commission de Régulation, a indiqué que la ligne était fermée.",
            "Commission de Régulation",
        ),
    }
    for lang, (text, name) in cases.items():
        found = sources(text)
        assert name in found, (lang, found)
        assert all(s[:1].isupper() for s in found), (lang, found)
    text = "All ferries stopped, the port regulator, the NPA, said."
    assert not any(s == "NPA" for s in sources(text))


def test_hospitals_museums_and_institutes_are_kinds_of_cited_bodies():
    cases = [
        ("По данным областной клинической больницы, в реанимации трое.", "больницы"),
        ("За даними обласної лікарні, стан трьох пацієнтів важкий.", "лікарні"),
        ("Selon le musée départemental, l'œuvre a été restaurée.", "musée départemental"),
    ]
    for text, word in cases:
        assert any(word in s for s in sources(text)), (text, sources(text))


def test_a_body_that_wins_or_obtains_is_no_source():
    for text in (
        "Lakeshore Credit Union has received some 4,000 complaints since the outage.",
        "Die Nordsee Reederei hat 300 Beschwerden erhalten, seit die Fähre ausfiel.",
        "Компанія Полтава Енерго отримала 300 скарг після аварії.",
    ):
        assert sources(text) == [], (text, sources(text))


def test_a_person_who_names_a_ruling_in_quotation_marks_is_cited():
    cases = {
        "uk": ("Адвокатка Олена Мирошник назвала рішення «історичним».", "Олена Мирошник"),
        "ru": ("Адвокат Игорь Ланской назвал приговор «позорным».", "Игорь Ланской"),
        "es": ("La abogada Marta Gil calificó el fallo de «histórico».", "Marta Gil"),
        "de": ("Die Anwältin Petra Lenz nannte das Urteil „ein klares Signal“.", "Petra Lenz"),
    }
    for lang, (text, person) in cases.items():
        found = sources(text)
        assert any(person in s for s in found), (lang, found)
        assert not any("Urteil" in s for s in found), (lang, found)
    assert sources("Олена Мирошник назвала доньку Марією.") == []


def test_a_count_of_bodies_named_before_is_no_source():
    for text in (
        "Chile and Peru signed four agreements, the two governments said.",
        "L'accord a été signé, ont indiqué les deux ministères.",
        "Угоду підписали у четвер, повідомили обидва уряди.",
    ):
        assert sources(text) == [], (text, sources(text))
