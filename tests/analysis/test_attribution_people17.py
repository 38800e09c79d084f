"""Round 17, people cited as sources: invented texts only."""

from kursk_reader.analysis.attributions import find_attributions


def _sources(text: str) -> list[str]:
    return [a.source for a in find_attributions({1: text})]


def test_a_sentence_opening_for_phrase_cites_the_person_whose_words_it_quotes() -> None:
    assert "Lucía Herrera" in _sources(
        'Para Lucía Herrera, de la asociación Mar Limpio, el vertido "es una vergüenza".'
    )
    assert "Mathilde Garnier" in _sources(
        "Pour Mathilde Garnier, présidente de l'association, « c'est une catastrophe »."
    )
    assert "Jonas Riedel" in _sources("Für Jonas Riedel ist die Entscheidung „ein Skandal“.")
    assert "Helen Marsh" in _sources(
        'For Helen Marsh, a local teacher, the closure is "a disaster".'
    )


def test_a_for_phrase_in_cyrillic_gives_the_name_as_the_article_writes_it() -> None:
    text = "Ірина Коваль живе біля річки. Для Ірини Коваль це рішення — «справжня катастрофа»."
    assert "Ірина Коваль" in _sources(text)


def test_a_for_phrase_without_quoted_words_cites_nobody() -> None:
    assert "Helen Marsh" not in _sources(
        'For Helen Marsh, the day began early. Then "nothing" happened.'
    )
    assert _sources("Für Jonas Riedel war der Sommer lang.") == []


def test_narrating_verbs_cite_their_subject() -> None:
    assert "Ramón Otero Vidal" in _sources(
        "El pescador gallego Ramón Otero Vidal, de 58 años, relata que el agua subió."
    )
    assert "Peter Hallworth" in _sources("Peter Hallworth recounted how the water rose.")
    assert "Анна Белова" in _sources("Соседка Анна Белова рассказывает, что вода поднялась быстро.")
    assert "Олена Гнатюк" in _sources("Сусідка Олена Гнатюк розповідає, що вода піднялася швидко.")
    assert "Marc Delorme" in _sources("Le voisin Marc Delorme relate que l'eau est montée.")


def test_she_said_after_a_reporting_sentence_is_its_speaker_not_a_name_she_reported() -> None:
    text = (
        "Ana Ruiz told reporters that the striker Tom Vos had left the club after a dispute "
        'with the coach. "We will miss him," she said.'
    )
    assert _sources(text) == ["Ana Ruiz"]
    text = (
        "Marie Lenoir a déclaré que le joueur Paul Masson avait quitté le club. "
        "« Il nous manquera », a-t-elle ajouté."
    )
    assert "Paul Masson" not in _sources(text)


def test_she_said_without_a_reporting_sentence_still_reads_the_last_person() -> None:
    text = 'Ana Ruiz met the striker Tom Vos on Monday. "We will miss him," he said.'
    assert _sources(text) == ["Tom Vos"]


def test_a_name_after_said_that_opens_the_reported_clause_is_no_source() -> None:
    text = (
        "Inspector Dana Brook, who led the inquiry, said Ivo Marsh had "
        '"lied to every donor". "We will find the money," said Tom Vos, who was on board.'
    )
    found = _sources(text)
    assert "Ivo Marsh" not in found
    assert "Tom Vos" in found
    assert "Amt" in " ".join(_sources("Laut dem Amt war keiner der Hunde krank."))


def test_a_speech_participle_closing_a_sentence_cites_its_subject() -> None:
    assert "Peter Hallworth" in _sources(
        "The mill owner, Peter Hallworth, blamed the delay on the weather, "
        'saying it was "not our fault".'
    )
    assert "Marta Ruiz" in _sources(
        "La alcaldesa Marta Ruiz defendió la obra, asegurando que era segura."
    )
    assert "Іван Петренко" in _sources(
        "Мер Іван Петренко захистив проєкт, заявивши, що він безпечний."
    )
    assert "Иван Петров" in _sources("Мэр Иван Петров защитил проект, заявив, что он безопасен.")


def test_a_speech_participle_does_not_cite_the_object_of_its_sentence() -> None:
    assert _sources("The police arrested John Smith, saying he had stolen a car.") == []
    assert "Paul Lenoir" not in _sources(
        "Les gendarmes ont interpellé Paul Lenoir, affirmant qu'il avait volé une voiture."
    )


def test_verbs_of_joking_and_summing_up_cite_like_said() -> None:
    assert "Hanna Lindqvist" in _sources(
        "« Le port ne dort jamais », a résumé Hanna Lindqvist, porte-parole du port."
    )
    assert "Pedro Almarza" in _sources('"Llovió dentro", bromeó Pedro Almarza.')
    assert "Pedro Almarza" in _sources('"It rained inside my film," joked Pedro Almarza.')
    assert "Пётр Иванов" in _sources("«Это был дождь», — пошутил Пётр Иванов.")
    assert "Петро Іваненко" in _sources("«Це був дощ», — пожартував Петро Іваненко.")
    assert "Klaus Obermaier" in _sources("„Es hat geregnet“, scherzte Klaus Obermaier.")


def test_a_name_with_particles_closing_a_role_phrase_is_the_person() -> None:
    found = _sources(
        '"El riesgo es mínimo", afirmó el director general de Sanidad Animal, Álvaro Ruiz de Azúa.'
    )
    assert "Álvaro Ruiz de Azúa" in found
    assert "Sanidad Animal" not in found
    found = _sources('"Alles gut", sagte die Sprecherin, Katja Brenner von der Stadtverwaltung.')
    assert not any("Stadtverwaltung" in s and "Brenner" in s for s in found)


def test_telling_verbs_cite_their_subject_only_when_telling_someone_or_what() -> None:
    assert "Ramón Otero" in _sources(
        "Uno de los vecinos, el jubilado Ramón Otero, contó a la radio que el agua subió."
    )
    assert "Helga Brandner" in " ".join(
        _sources("Die Nachbarin Helga Brandner erzählte, das Wasser sei schnell gestiegen.")
    )
    assert _sources("El pueblo de Villalta contó con 40 voluntarios.") == []
    assert _sources("Greta Holm erzählte die Geschichte ihrer Familie.") == []


def test_a_pronoun_closing_reported_speech_stands_for_the_person_of_the_sentence_before() -> None:
    text = (
        "Lena Vogt sprach von einem «klaren Signal». «Wir sind froh», sagte die Ministerin.\n\n"
        "Stadtrat Jonas Imhof, Sprecher des Komitees, zeigte sich enttäuscht. Das Tal sei "
        "überstimmt worden, sagte er gegenüber der Zeitung."
    )
    found = " | ".join(_sources(text))
    assert "Jonas Imhof" in found
    assert "Sprecher des Komitees" not in found
