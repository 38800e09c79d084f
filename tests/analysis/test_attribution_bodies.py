"""Named bodies that act rather than "say" at the head of a sentence (invented texts in six
languages): a court that annuls, a watchdog that fines, a union that welcomes or criticises, a
prosecutor's office that revises an estimate; and what is not read as such a source."""

from __future__ import annotations

from tests.analysis.shapes import sources


def _has(text: str, name: str) -> bool:
    return any(name in s for s in sources(text))


def test_a_named_body_with_a_past_verb_is_a_source():
    texts = {
        "en": (
            "The Northern Ports Authority has suspended all ferry crossings.",
            "Ports Authority",
        ),
        "fr": (
            "Le tribunal de commerce de Rennes a prononcé la liquidation.",
            "tribunal de commerce de Rennes",
        ),
        "es": ("La Federación Vasca de Remo ha aplazado la regata.", "Federación Vasca de Remo"),
        "de": (
            "Der Landesverband Ostholstein kritisierte die Entscheidung scharf.",
            "Landesverband Ostholstein",
        ),
        "ru": (
            "Комитет по туризму Карелии закрыл маршрут для посетителей.",
            "Комитет по туризму Карелии",
        ),
        "uk": (
            "Асоціація виноробів Закарпаття підрахувала збитки від граду.",
            "Асоціація виноробів Закарпаття",
        ),
    }
    for lang, (text, name) in texts.items():
        assert _has("Erster Satz ohne Quelle.\n" + text if lang == "de" else text, name), lang


def test_acronym_subjects_and_negated_present():
    assert _has("El plan es duro. SATSE y CSIF han rechazado el acuerdo.", "SATSE")
    assert not _has("Il pleut. Météo-Lorraine n’annonce pas d’amélioration.", "Météo-Lorraine")
    assert _has("Die Lage ist ernst. Die IG Bergbau reagierte verhalten.", "IG Bergbau")


def test_what_a_body_opens_or_a_court_sentences_is_not_a_source():
    assert not _has("Le parquet de Quimper a ouvert une enquête.", "Quimper")
    assert not _has("The Harbour Police in Tarnby have opened an investigation.", "Tarnby")
    assert not _has("Прокуратура Вологды начала проверку.", "Вологды")
    assert not _has("Свердловский районный суд Омска приговорил бывшего мэра к 5 годам.", "Омска")
    assert not _has("Die Staatsanwaltschaft Celle ermittelt gegen den Fahrer.", "Celle")


def test_no_body_without_a_name_or_after_a_leading_preposition():
    assert sources("Emergency services treated 11 people at the scene.") == []
    assert sources("A Danish toy company has agreed to buy the plant.") == []
    assert not _has("Wie das Landesamt Nordhessen berichtete, war die Straße gesperrt.", "war")
    assert sources("Union leader Petra Holm addressed the crowd.") == []
    assert sources("Proben der Behörde Ansam hätten Rückstände enthalten.") == []


def test_a_dateline_agency_on_a_line_of_its_own_or_in_quotation_marks():
    es = (
        "Un alud corta la carretera\n\nLLANES (ASTURIAS), 3 Feb. (SERVIMEDIA) -\n\n"
        "Un alud de nieve ha cortado la carretera de acceso a tres aldeas de montaña."
    )
    assert sources(es) == ["SERVIMEDIA"]
    uk = (
        "Шторм в Одесі\n\nОДЕСА, 5 бер — «Новини Півдня». Сильний шторм пошкодив "
        "причали в порту та зірвав дахи на узбережжі."
    )
    assert sources(uk) == ["Новини Півдня"]


def test_an_outlet_a_statement_went_through_is_cited():
    fr = "« Nous reconstruirons », a déclaré le maire Paul Vasseur, cité par l'agence Belga."
    assert _has(fr, "Belga")
    en = '"It is a miracle," said Anna Kowal, in remarks carried by the news agency PAP.'
    assert _has(en, "PAP")
    de = "Die Brücke sei sicher, sagte sie gegenüber Radio Bremen."
    assert _has(de, "Radio Bremen")
    de2 = "„Wir bauen neu“, sagte Werkleiter Ole Brandt der Nachrichtenagentur KNA."
    assert _has(de2, "KNA")


def test_a_plain_dative_or_a_lower_case_by_phrase_is_no_outlet():
    assert not _has("Das Paket wurde der Polizei Hamburg übergeben, sagte er.", "Hamburg")
    assert sources("The results were carried by hand between the wards.") == []


def test_a_generic_company_or_authority_noun_takes_the_body_named_before_it():
    de = (
        "Der Kölner Spielwarenhersteller Kasimir Holz ruft 12.000 Rasseln zurück. "
        "Kleinteile könnten sich lösen, teilte das Unternehmen am Montag mit."
    )
    assert "Kasimir Holz" in sources(de)
    ru = "Штраф получила компания «Северный Хлеб». В компании заявили, что обжалуют решение."
    assert "Северный Хлеб" in sources(ru)
    en = (
        "The Northern Rail Safety Office has closed the line. The bridge is unsafe, "
        "a spokesman for the authority said."
    )
    assert any("Northern Rail Safety Office" in s for s in sources(en))
    assert "authority" not in sources(en)


def test_a_described_body_is_not_read_as_an_earlier_one():
    en = (
        "The Northern Rail Safety Office has closed the line. Two people fell ill, "
        "the local health authority said."
    )
    assert "local health authority" in sources(en)


def test_a_company_introduced_with_where_it_is_based_is_the_subject():
    es = "Intro. Cerámicas Turia, con sede en Manises, ha cerrado la planta de Paterna."
    assert sources(es) == ["Cerámicas Turia"]
    en = "Intro. Kestrel Foods, based in Leeds, said on Monday it would cut 200 jobs."
    assert sources(en) == ["Kestrel Foods"]


def test_swiss_gemaess_and_a_chancellery_cite_a_source():
    assert sources("Gemäss Staatskanzlei stimmten 51 Prozent zu.") == ["Staatskanzlei"]
    en = "Turnout was 44 percent, according to the cantonal chancellery."
    assert sources(en) == ["cantonal chancellery"]


def test_a_share_or_a_place_before_a_speech_verb_is_no_source():
    assert sources("Im Kanton Uri stimmten viele zu. 61,2 Prozent sagten Nein.") == []
    de = "Die Anwohner hatten vor allem den Lärm in der Innenstadt kritisiert."
    assert "Innenstadt" not in sources(de)
    en = "Analysts at Hallam Partners said the price was too high."
    assert sources(en) == ["Hallam Partners"]


def test_a_body_whose_study_opens_a_clause_is_a_source():
    en = "Research by the Arctic Bird Trust, founded in 1961, has recorded the decline."
    assert _has(en, "Arctic Bird Trust")
    fr = "Selon la mairie, les analyses de l'Ineris ont montré des traces de plomb."
    assert _has(fr, "Ineris")
    de = "Untersuchungen der Landesbehörde Kessin hätten Spuren ergeben."
    assert _has(de, "Kessin")
    assert sources("The study of gulls is old. Les analyses de sang sont normales.") == []


def test_a_company_after_its_descriptor_and_an_english_progressive():
    de = "Intro. Der Kasseler Spielzeughersteller Holzwerk Brandt ruft 9.000 Rasseln zurück."
    assert sources(de) == ["Holzwerk Brandt"]
    en = "Intro. Danish maker Nordvind Cykler is recalling 4,000 cargo bikes."
    assert sources(en) == ["Nordvind Cykler"]
    en2 = "Intro. Norway's state road agency NVDB had issued a warning for the pass."
    assert sources(en2) == ["NVDB"]
    assert sources("Intro. Latvian police have arrested four men in Riga.") == []
    assert sources("Intro. La Chambre des métiers de l'Ain appelle au calme.") != []


def test_spanish_desde_a_body_with_a_plural_verb():
    es = "Intro. Desde la Federación de Pescadores de Lugo lamentaron la decisión."
    assert sources(es) == ["Federación de Pescadores de Lugo"]
    assert sources("Intro. Desde la Ciudad de Lugo llegaron cuarenta bomberos.") == []
