"""Outlets credited outside the prose (invented texts in six languages): a head line that
pairs an outlet with the date, a "By <wire>" byline, a credit line at the end ("With files
from", "Avec", "Mit Material von"); and head lines that name places or sections, not outlets."""

from __future__ import annotations

from tests.analysis.shapes import sources

_BODY = "\n\nThe river rose by two metres overnight and several roads were closed to traffic.\n"


def _has(text: str, name: str) -> bool:
    return any(name in s for s in sources(text))


def test_an_outlet_beside_the_date_in_the_head_is_a_source():
    heads = {
        "en": ("Harbor Daily · Posted: Apr 2, 2027 9:10 AM", "Harbor Daily"),
        "fr": ("Le Courrier alpin – Publié le 3 avril 2027", "Le Courrier alpin"),
        "es": ("Noticias del Sur | Jueves, 3 de abril de 2027", "Noticias del Sur"),
        "de": ("Werratal Kurier | Stand: 03.04.2027, 10:15 Uhr", "Werratal Kurier"),
        "ru": ("Вести Заречья | 3 апреля 2027, 10:15", "Вести Заречья"),
        "uk": ("Поліськінформ | 03.04.2027 10:15", "Поліськінформ"),
    }
    for lang, (head, name) in heads.items():
        assert _has("A headline about a flood\n\n" + head + _BODY, name), lang


def test_two_outlets_over_a_date_line_and_a_staff_byline():
    text = "Flood headline\n\nMorning Herald | Agencia Ibérica\nViernes, 4 de abril 2027\n" + _BODY
    assert _has(text, "Morning Herald") and _has(text, "Agencia Ibérica")
    text = "Flood headline\n\nBy Tassinform staff | OMSK, Apr 4\n" + _BODY
    assert _has(text, "Tassinform")
    assert _has("Flood headline\n\nBy APN\n" + _BODY, "APN")


def test_places_and_sections_in_the_head_are_not_sources():
    for head in (
        "Zarechensk | 12:15",
        "Lindow • 5 квітня 2027, 11:47",
        "Weather | 2 min read",
        "By Anna Moser | April 4",
    ):
        found = sources("A headline about a flood\n\n" + head + _BODY)
        assert not any(s in head for s in found), (head, found)


def test_credit_lines_name_the_outlets_drawn_on():
    credits = {
        "en": ("With files from Radio Norte and the AP", ("Radio Norte", "AP")),
        "fr": ("Avec l'AFP", ("AFP",)),
        "de": ("Mit Material von dpa und KNA", ("dpa", "KNA")),
        "es": ("Con información de Europa Press", ("Europa Press",)),
        "ru": ("По материалам ТАСС", ("ТАСС",)),
        "uk": ("За матеріалами Укрінформу", ("Укрінформу",)),
    }
    for lang, (line, names) in credits.items():
        text = "A headline about a flood" + _BODY + "\n" + line + "\n"
        for name in names:
            assert _has(text, name), (lang, name)


def test_a_prose_line_opening_with_avec_is_no_credit():
    text = "Titre\n\nAvec deux mètres de plus, la rivière a inondé la place du marché hier soir.\n"
    assert sources(text) == []


def test_a_quoted_name_after_a_kind_of_outlet_cited_in_the_sentence():
    cases = {
        "ru": ("«Спасали всё», — цитирует пожарного издание «Северный край».", "Северный край"),
        "uk": ("«Рятували все», — цитує пожежника видання «Поліський край».", "Поліський край"),
        "fr": ("Le feu a pris la nuit, écrit le quotidien « Le Courrier alpin ».", "Courrier"),
        "es": ("El fuego empezó de noche, cita el semanario «La Voz Norte».", "La Voz Norte"),
    }
    for lang, (text, name) in cases.items():
        assert _has(text, name), lang


def test_a_quoted_title_after_a_kind_word_without_a_citing_verb_is_no_source():
    assert sources("Він прочитав журнал «Новий світ» і пішов додому.") == []
    assert sources("Elle a acheté le magazine « Terre Sauvage » à la gare.") == []


def test_a_body_with_a_long_official_name_and_an_adverb_before_its_verb():
    cases = {
        "ru": (
            "Первое предложение. Арбитражный суд Тверской области и Твери частично "
            "удовлетворил иск подрядчика.",
            "Арбитражный суд Тверской области и Твери",
        ),
        "uk": (
            "Перше речення. Господарський суд Київської області частково задовольнив позов.",
            "Господарський суд Київської області",
        ),
        "en": ("First sentence. The Supreme Court of Ohio has partly upheld the ruling.", "Ohio"),
        "fr": (
            "Première phrase. Le tribunal administratif de Nantes a partiellement annulé l'arrêté.",
            "tribunal administratif de Nantes",
        ),
        "es": (
            "Primera frase. El Juzgado de lo Mercantil de Soria rechazó parcialmente el recurso.",
            "Juzgado de lo Mercantil de Soria",
        ),
        "de": (
            "Erster Satz. Das Verwaltungsgericht Minden hat die Klage teilweise abgewiesen.",
            "Verwaltungsgericht Minden",
        ),
    }
    for lang, (text, name) in cases.items():
        assert _has(text, name), lang


def test_an_embassy_named_with_its_host_country_is_a_body():
    assert _has("Перше речення. Посольство Польщі в Україні оприлюднило заяву.", "Посольство")
    assert _has("Первое предложение. Посольство Чили в Перу назвало решение ошибкой.", "Чили")
    assert _has("First sentence. The Embassy of Chile in Peru rejected the claim.", "Embassy")


def test_a_lower_case_territory_word_without_a_name_before_it_ends_no_body():
    assert sources("Первое предложение. Жители области провели собрание во дворе.") == []


def test_an_office_of_a_commissioner_speaks_for_the_commissioner():
    cases = {
        "en": (
            "First sentence here. The office of the regional children's commissioner said it "
            "had received complaints.",
            "commissioner",
        ),
        "uk": (
            "Перше речення. Уповноважений з прав дитини заявив, що отримав скарги.",
            "Уповноважений з прав дитини",
        ),
        "de": (
            "Erster Satz. Die Kinderschutzbeauftragte sagte, sie habe Beschwerden erhalten.",
            "Kinderschutzbeauftragte",
        ),
    }
    for lang, (text, name) in cases.items():
        assert _has(text, name), lang


def test_a_one_word_outlet_shaped_name_beside_a_place_needs_no_date():
    assert _has("A headline about a flood\n\nЛуцьк • Волиньінформ" + _BODY, "Волиньінформ")
    assert _has("A headline about a flood\n\nOMSK | Sibpress" + _BODY, "Sibpress")
    found = sources("A headline about a flood\n\nЛуцьк • Волинь" + _BODY)
    assert "Волинь" not in found and "Луцьк" not in found


def test_a_town_hall_a_directorate_or_a_prefect_is_a_kind_of_source():
    cases = {
        "ru": ("Первое предложение. Мэрия призвала жителей не выходить из дома.", "Мэрия"),
        "uk": ("Перше речення. Мерія закликала мешканців не виходити з дому.", "Мерія"),
        "fr": ("Première phrase. Le préfet a condamné « des actes inacceptables ».", "préfet"),
    }
    for lang, (text, name) in cases.items():
        assert _has(text, name), lang


def test_a_workplace_keeps_the_inner_words_of_its_foreign_name():
    text = "Salmon spread disease, according to biologists at the Instituto Austral de Pesca."
    assert _has(text, "Instituto Austral de Pesca")
    text = "Salmon spread disease, according to experts from the Institut für Meereskunde."
    assert _has(text, "Institut für Meereskunde")
    text = "Salmon spread disease, according to biologists at the Instituto Austral de la costa."
    assert not any(s.endswith((" de", " de la")) for s in sources(text))


def test_the_newspaper_refers_back_to_the_outlet_its_kind_introduced():
    text = (
        "The yard was fined, the business daily Vedomosti Plus reported on Monday. "
        "The ship was late, according to the newspaper."
    )
    assert sources(text) == ["Vedomosti Plus", "Vedomosti Plus"]
    text = "Le chantier a été condamné, écrit le quotidien « Ouest Matin ». Selon le journal, le navire avait un an de retard."
    assert "journal" not in sources(text) and _has(text, "Ouest Matin")
    assert sources("The ship was late, according to the newspaper.") == ["newspaper"]


def test_a_press_office_and_a_legal_form_before_a_quoted_company_name_give_the_company():
    text = "Поїзд зупинився. Про це повідомили в пресслужбі ТОВ «Західний шлях»."
    assert sources(text) == ["Західний шлях"]
    text = "Поезд остановился. Об этом сообщили в пресс-службе ОАО «Северная дорога»."
    assert sources(text) == ["Северная дорога"]


def test_a_bare_avec_line_credits_a_wire_not_a_co_author():
    text = "Titre\n\nLa rivière a débordé dans la nuit et plusieurs routes sont fermées.\n\nAvec Anne Roux\n"
    assert sources(text) == []
