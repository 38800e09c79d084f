"""The outlet named in an article's head and foot credit lines, read by one general reading
(invented texts in six languages): each head line but the title is split on its separators,
dates, sections, bylines, staff words, page furniture and places are set aside, and the name
left is the outlet."""

from __future__ import annotations

from tests.analysis.shapes import sources

_BODY = {
    "en": "The river rose by two metres overnight and several roads in Talbury were closed.",
    "fr": "La rivière est montée de deux mètres dans la nuit et plusieurs routes ont été fermées.",
    "es": "El río subió dos metros durante la noche y varias carreteras quedaron cortadas.",
    "de": "Der Fluss stieg über Nacht um zwei Meter, mehrere Straßen wurden gesperrt.",
    "ru": "За ночь уровень воды в реке поднялся на два метра, несколько дорог перекрыты.",
    "uk": "За ніч рівень води в річці піднявся на два метри, кілька доріг перекрито.",
}


def _text(title: str, head: str, lang: str, extra: str = "") -> str:
    return f"{title}\n\n{head}\n\n{_BODY[lang]} {extra}\n"


def _has(text: str, name: str) -> bool:
    return any(name == s or name in s for s in sources(text))


def test_an_outlet_beside_a_place_a_section_or_a_date_is_the_source():
    cases = [
        ("en", "Harwick Ledger | Weather", "Harwick Ledger"),
        (
            "fr",
            "Le Courrier des Vosges | Faits divers | 12 mars 2027 à 08h10",
            "Le Courrier des Vosges",
        ),
        ("es", "Noticias de Teruel — Redacción", "Noticias de Teruel"),
        ("de", "Allgäuer Bote | Kempten | 04.03.2027", "Allgäuer Bote"),
        ("ru", "Северный обзор | Ирина Котова", "Северный обзор"),
        ("uk", "Волинські вісті | Суспільство", "Волинські вісті"),
    ]
    for lang, head, name in cases:
        assert _has(_text("Flood headline of the day", head, lang), name), (lang, head)


def test_a_wire_code_after_the_place_it_writes_from_is_the_source():
    text = _text("Crecida del río", "Teruel | AGP", "es", "Los vecinos de Teruel fueron avisados.")
    assert _has(text, "AGP") and not _has(text, "Teruel")
    text = _text("Hochwasser am Fluss", "apn | Kempten", "de")
    assert _has(text, "apn")
    assert _has(_text("Hochwasser am Fluss", "tvr24", "de"), "tvr24")


def test_the_outlet_after_a_byline_is_the_source_the_writers_place_is_not():
    text = _text("Flood headline of the day", "By Tom Reyes, Coastal Radio", "en")
    assert _has(text, "Coastal Radio")
    text = _text("Crue de la rivière", "Par Anne Roux, Grenoble", "fr")
    assert sources(text) == []
    text = _text("Flood headline of the day", "By Tom Reyes | Talbury", "en")
    assert sources(text) == []


def test_an_outlet_line_above_the_title_and_an_outlet_opening_the_prose():
    text = "Nordkap Rundschau | Region\n\nHochwasser: Straßen gesperrt\n\n" + _BODY["de"]
    assert _has(text, "Nordkap Rundschau")
    text = "Паводок на реке\n\nСибинформ — " + _BODY["ru"]
    assert _has(text, "Сибинформ")
    text = "Flood headline of the day\n\nTALBURY — " + _BODY["en"]
    assert sources(text) == []


def test_places_menus_photo_credits_and_authors_in_capitals_are_not_outlets():
    for head, lang in (
        ("Talbury, 12 May 2027", "en"),
        ("Home | World | Europe", "en"),
        ("Partager | Imprimer", "fr"),
        ("Foto: Ana Gil / Agencia Sur", "es"),
        ("MARTA RUIZ PONS", "es"),
        ("Головна › Новини › Волинь", "uk"),
        ("Політика | 9 жовтня, 17:20", "uk"),
        ("Subscribe", "en"),
    ):
        found = sources(_text("A long headline about the flood of the river", head, lang))
        assert not any(s in head for s in found), (head, found)


def test_a_copyright_or_a_credit_line_at_the_foot_names_the_outlet():
    body = "A long headline about the flood\n\n" + _BODY["en"] + "\n\n"
    assert _has(body + "© 2027 Harwick Ledger. All rights reserved.\n", "Harwick Ledger")
    assert _has(body + "Coastal Wire | Updated 14:05 GMT\n", "Coastal Wire")
    assert sources(body + "Photo: the bridge at dawn. © Tom Reyes\n") == []


def test_a_dateline_names_two_wires_and_an_agency_with_a_number():
    body = " Die Grenzschützer haben am Fluss eine Bande mutmaßlicher Wilderer gefasst und verhört."
    found = sources("Titel\n\nWien (APN/dpa) -" + body)
    assert "APN" in found and "dpa" in found
    assert sources("Titel\n\nKempten (dpa/lby) -" + body) == ["dpa"]
    en = " Voters in the district backed the centrist candidate by a narrow margin on Sunday."
    assert "Channel 9" in sources("Headline\n\nLYON, Nov 3 (Channel 9) -" + en)
    es = "\n\nEl Ayuntamiento ha cerrado tres carreteras por la crecida del río esta mañana."
    assert sources("Titular\n\nTERUEL (AGP) | 05/05/2027" + es) == ["AGP"]


def test_two_outlets_on_one_head_line_and_a_byline_naming_a_wire():
    text = _text("Crue de la rivière", "Radio Estrie | Agence Nordpresse", "fr")
    assert _has(text, "Radio Estrie") and _has(text, "Agence Nordpresse")
    assert _has(_text("Crue de la rivière", "Par Agence Nordpresse", "fr"), "Agence Nordpresse")
    assert _has(_text("Паводок на реке", "От Сибинформ staff", "ru"), "Сибинформ")
    assert sources(_text("Crecida del río", "Por Redacción", "es")) == []


def test_an_agency_a_statement_was_quoted_by_is_a_source_with_its_speaker():
    en = "Mayor Lena Ostrova was quoted as saying by the state news agency NRA that roads reopen."
    found = sources(en)
    assert "NRA" in found and "Lena Ostrova" in found
    fr = "Le maire a salué la décision, cité par l'agence belge Belpresse."
    assert "Belpresse" in sources(fr)
    de = "Der Bürgermeister sprach von einem Erfolg, zitiert von der Nachrichtenagentur apn."
    assert "apn" in sources(de)
    es = "El alcalde, citado por la agencia pública Agenor, dijo que la carretera abrirá."
    assert "Agenor" in sources(es)
    assert sources("Le maire, cité par des habitants, a parlé longuement hier soir.") == []


def test_the_author_after_a_place_or_a_correspondent_phrase_is_no_outlet():
    head = "TERUEL | Marta Gil Pons | 20 NOV 2027 - 14:05"
    found = sources(
        _text("Crecida del río", head, "es", "Los vecinos de Teruel, en Teruel, esperan.")
    )
    assert "Marta Gil Pons" not in found and "TERUEL" not in found
    found = sources(_text("Crue de la rivière", "De notre correspondante à Lyon, Anne Roux", "fr"))
    assert found == []


def test_an_outlets_staff_line_a_channel_number_and_a_c_copyright():
    assert _has(
        _text("Flood headline of the day", "Talbury Gazette staff", "en"), "Talbury Gazette"
    )
    assert sources(_text("Flood headline of the day", "Science Desk", "en")) == []
    head = "KLMN Channel 4 | Local News / Updated 11:04 AM"
    assert _has(_text("Flood headline of the day", head, "en"), "KLMN Channel 4")
    body = "A long headline about the flood\n\n" + _BODY["en"] + "\n\n"
    assert _has(body + "(c) 2027 Plains Wire\n", "Plains Wire")
    assert sources(body + "Page 1 of 1\n") == []


def test_a_wire_code_after_an_agency_noun_is_the_source_not_the_noun():
    assert sources("Die Straße ist gesperrt, meldet die Nachrichtenagentur apn.") == ["apn"]
    assert sources("Die Straße ist laut der Nachrichtenagentur apn gesperrt.") == ["apn"]
    assert sources("The road was closed, the agency said.") == ["agency"]


def test_case_forms_of_one_cyrillic_outlet_are_one_source():
    text = (
        "Паводок на реке\n\n«Заречная»\n\n"
        "Уровень воды поднялся на два метра, рассказал «Заречной» спасатель Иван Петров.\n"
    )
    found = sources(text)
    assert {s for s in found if s.startswith("Заречн")} == {"Заречная"}, found


def test_an_article_kind_or_a_section_path_is_no_outlet():
    for head, lang in (
        ("Opinion | Tom Reyes", "en"),
        ("Fact Check", "en"),
        ("Kommentar", "de"),
        ("Lokales | Kempten", "de"),
        ("Chronique", "fr"),
        ("Главное за день", "ru"),
        ("Mundo | Europa | Aragón", "es"),
    ):
        found = sources(_text("A long headline about the flood of the river", head, lang))
        assert not any(s in head for s in found), (head, found)


def test_a_foot_line_needs_an_outlet_word_or_a_code():
    body = "A long headline about the flood\n\n" + _BODY["en"] + "\n\n"
    for foot in ("Trending Now", "Weather Forecast", "World Cup 2026", "Kyiv", "Новости партнеров"):
        assert sources(body + foot + "\n") == [], foot
    assert _has(body + "Plains Wire\n", "Plains Wire")
    assert _has(body + "apn\n", "apn")


def test_an_outlet_that_interviewed_the_speaker_is_a_source():
    assert "Radio Estrie" in sources("Le maire, interrogé par Radio Estrie, a salué la décision.")
    assert sources("Le maire, interrogé par des habitants, a répondu hier soir.") == []
    found = sources("The mayor, interviewed by Radio Talbury, said the road would reopen.")
    assert "Radio Talbury" in found
    assert "Cadena Norte" in sources("El alcalde, entrevistado por Cadena Norte, dijo que abrirá.")


def test_an_outlet_told_in_guillemets_after_a_cyrillic_speech_verb():
    uk = "Пасажирка Ірина Коваль розповіла «Волинським вістям», що воду роздавали пізно."
    assert "Волинським вістям" in sources(uk)
    assert "Заречной правде" in sources("Водитель рассказал «Заречной правде», что дорогу закрыли.")
    assert sources("Він сказав «Ні».") == []


def test_places_side_by_side_with_a_slash_are_no_outlet():
    assert sources(_text("Crecida del río", "Lekeitio / Hossegor", "es")) == []
    assert _has(_text("Crecida del río", "Radio Norte / Agencia Sur", "es"), "Radio Norte")


def test_a_masthead_in_capitals_before_its_section_and_sports_sections():
    assert _has(_text("Crecida del río", "GACETA NORTE · Balonmano", "es"), "GACETA NORTE")
    assert sources(_text("Crecida del río", "MARTA RUIZ PONS | 12 mayo 2027", "es")) == []
    for head, lang in (("Balonmano", "es"), ("Кино", "ru"), ("Fußball | 12.05.2027", "de")):
        assert sources(_text("A long headline about the flood of the river", head, lang)) == []


def test_agencies_in_general_or_the_desk_in_a_dateline_are_no_source():
    es = " El Ayuntamiento ha cerrado tres carreteras por la crecida del río esta mañana temprano."
    assert sources("Titular\n\nTERUEL (Agencias) -" + es) == []
    assert sources("Titular\n\nTERUEL (Redacción).-" + es) == []
    assert sources("Titular\n\nTERUEL (AGP/Reuters) -" + es) == ["AGP", "Reuters"]


def test_a_credit_line_naming_agencies_in_general_names_no_source():
    body = "A long headline about the flood\n\n" + _BODY["en"] + "\n\n"
    for foot in ("Mit Material von Agenturen", "Con información de Agencias", "Avec Agences"):
        assert sources(body + foot + "\n") == [], foot
    assert sources(body + "Avec AGP et Reuters\n") == ["AGP", "Reuters"]


def test_outlets_named_by_a_number_or_a_domain_and_an_article_led_name_beside_a_date():
    for head, name, lang in (
        ("20 Minuten | Zürich", "20 Minuten", "de"),
        ("nordpost.de | Politik", "nordpost.de", "de"),
        ("Le Quotidien | Publié le 12/05/2027", "Le Quotidien", "fr"),
    ):
        assert _has(_text("Crue de la rivière", head, lang), name), head
    assert sources(_text("Flood headline of the day", "Talbury | 12:15", "en")) == []


def test_an_outlet_line_crediting_the_wire_it_drew_on():
    found = sources(_text("Crue de la rivière", "Le Courrier avec AGP", "fr"))
    assert "Le Courrier" in found and "AGP" in found
    assert sources(_text("Crue de la rivière", "Par Anne Roux avec AGP", "fr")) == ["AGP"]
    assert sources(_text("Flood headline of the day", "Coffee with Friends", "en")) == []


def test_a_form_of_address_before_a_surname_is_dropped_from_the_source():
    fr = "« Nous avons gagné », a déclaré Mme Vasseur devant ses soutiens réunis dimanche soir."
    assert sources(fr) == ["Vasseur"]
    de = "„Wir haben gewonnen“, sagte Frau Lindqvist am Sonntagabend vor Anhängern."
    assert "Lindqvist" in sources(de)


def test_a_labelled_head_line_names_its_source_without_the_label():
    cases = [
        ("en", "Source:\u00a0 Harwick Ledger", "Harwick Ledger"),
        ("de", "Quelle: Allgäuer Bote", "Allgäuer Bote"),
        ("fr", "Source : Le Courrier des Vosges", "Le Courrier des Vosges"),
    ]
    for lang, head, name in cases:
        found = sources(_text("Flood closes roads", head, lang))
        assert any(name in s for s in found), (head, found)
        assert not any(s.lower().startswith(("source", "quelle")) for s in found), (head, found)
