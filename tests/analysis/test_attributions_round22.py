"""Sources in wordings of round 22 (invented texts in six languages): a body leading the first
sentence of a wire story, right after the dateline's closing bracket and dash."""

from __future__ import annotations

from tests.analysis.shapes import sources


def test_a_body_leading_the_sentence_after_a_dateline_dash_is_a_source():
    cases = {
        "en": (
            "HALIFAX, May 3 (Wirex) - The Maritime Safety Board on Friday published new rules "
            "for small ferries.",
            "Maritime Safety Board",
        ),
        "es": (
            "Cuenca, 4 may (Agencia Norte).- El Ayuntamiento de Cuenca ha aprobado el plan de "
            "tráfico para el verano.",
            "Ayuntamiento de Cuenca",
        ),
        "de": (
            "Kassel (nwa) – Das Landesamt für Umwelt hat am Montag neue Messwerte vorgelegt.",
            "Landesamt für Umwelt",
        ),
        "fr": (
            "Brest (AFX) - Le Conseil régional de Bretagne a publié mardi les nouveaux quotas.",
            "Conseil régional de Bretagne",
        ),
        "ru": (
            "ОМСК, 5 мая (Сибинформ) - Министерство природных ресурсов Омской области объявило "
            "режим ЧС.",
            "Министерство природных ресурсов Омской области",
        ),
        "uk": (
            "ЛУЦЬК, 5 травня (Волиньпрес) - Міністерство охорони здоров'я України оголосило "
            "карантин у школах.",
            "Міністерство охорони здоров'я України",
        ),
    }
    for lang, (opening, name) in cases.items():
        found = sources("A headline\n\n" + opening + "\n")
        assert any(name in s or s in name for s in found if len(s) > 8), (lang, found)


def test_a_bracket_and_dash_inside_prose_with_no_body_after_adds_no_source():
    text = (
        "A headline\n\nThe ferry (an old one) - Nobody knows its age - sailed on time, "
        "the harbour master said.\n"
    )
    assert not any("Nobody" in s for s in sources(text))


def test_a_person_with_a_role_at_a_body_set_off_by_commas_is_the_source():
    cases = {
        "fr": "Anna Berg, vétérinaire à la clinique du Lac, a expliqué que les chiens iraient mieux.",
        "es": "Anna Berg, investigadora en el Instituto del Lago, explicó que los perros mejorarán.",
        "en": "Anna Berg, researcher at the Lakeside Institute, said the dogs would recover.",
        "de": "Anna Berg, Tierärztin der Klinik Seeblick, sagte, die Hunde könnten sich erholen.",
    }
    for lang, sentence in cases.items():
        found = sources("A headline\n\nText. " + sentence + "\n")
        assert "Anna Berg" in found, (lang, found)
        assert not any("Tierärztin" in s for s in found), (lang, found)


def test_a_participle_before_a_preposition_is_no_role_aside():
    text = (
        "A headline\n\nText. La empresa, fundada en 2017 y con 240 empleados, prevé un "
        "lanzamiento orbital en 2027.\n"
    )
    assert "empresa" not in [s.lower() for s in sources(text)]


def test_an_abbreviation_dot_inside_a_role_aside_keeps_the_person_as_the_source():
    cases = {
        "en": "Dr Anna Berg, a veterinary surgeon at Lakeside Animal Clinic No. 4, said the dogs "
        "could recover.",
        "de": "Anna Berg, Ärztin der Klinik Nr. 3, sagte, die Hunde seien gesund.",
    }
    for lang, sentence in cases.items():
        assert "Anna Berg" in sources("A headline\n\nText. " + sentence + "\n"), lang


def test_a_person_describing_something_as_a_judgment_is_a_source():
    cases = {
        "en": "Anna Berg, a vet, described the find as remarkable.",
        "fr": "Anna Berg a qualifié la découverte de remarquable.",
        "es": "Anna Berg calificó el hallazgo de notable.",
        "de": "Anna Berg bezeichnete den Fund als bemerkenswert.",
    }
    for lang, sentence in cases.items():
        assert "Anna Berg" in sources("A headline\n\nText. " + sentence + "\n"), lang


def test_calling_someone_without_a_judgment_is_still_no_citation():
    text = "A headline\n\nText. Anna Berg called the police at nine.\n"
    assert "Anna Berg" not in sources(text)


def test_a_slavic_role_noun_with_its_genitive_set_off_by_commas_keeps_the_person():
    cases = {
        "ru": "Анна Берг, ветеринар городской клиники, сказала, что собаки поправятся.",
        "uk": "Анна Берг, лікарка міської лікарні, сказала, що собаки одужають.",
    }
    for lang, sentence in cases.items():
        assert "Анна Берг" in sources("A headline\n\nText. " + sentence + "\n"), lang
