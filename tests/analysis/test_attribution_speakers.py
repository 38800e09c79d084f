"""People the quote check names as speakers are sources even when no speech verb cites them
(`attribution_speakers`); invented articles in several languages."""

from __future__ import annotations

from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.findings import analyze
from kursk_reader.analysis.quotes import quote_speakers

_MILL = {
    1: "Flood reaches the old mill\n\nThe river rose two metres overnight in Brenford. The miller"
    " Oswin Farrowdale watched the water from the roof.\n\n“We have never seen the wheel go"
    " under like this, not once in forty years,” Farrowdale, 61, recalled on Tuesday.\n",
    2: "Паводок в Бренфорде\n\nРека поднялась за ночь на два метра. Мельник Освин Фэрроудейл"
    " наблюдал за водой с крыши.\n\n«Мы никогда не видели, чтобы колесо так уходило под воду,"
    " ни разу за сорок лет», — вспоминает Фэрроудейл.\n",
    3: "Crue à Brenford\n\nLa fromagerie Vallée-Brenne Frères a perdu sa récolte. «Nous avons"
    " tout perdu en une seule nuit», Vallée-Brenne Frères.\n",
    4: "Crecida en Brenford\n\nLa alcaldesa, Irune Zabalegi Ortuzar, visitó el molino. «Hemos"
    " perdido toda la cosecha de este año en una sola noche», lamentó Zabalegi ante los"
    " vecinos.\n",
}


def _sources(texts: dict[int, str], speakers: bool = True) -> set[tuple[int, str]]:
    return {(a.article_id, a.source) for a in find_attributions(texts, speakers=speakers)}


def test_a_quoted_person_no_speech_verb_cites_is_a_source() -> None:
    found = _sources(_MILL)
    assert (1, "Oswin Farrowdale") in found  # "…,” Farrowdale, 61, recalled"
    assert (2, "Освин Фэрроудейл") in found  # "…», — вспоминает Фэрроудейл"
    without = _sources(_MILL, speakers=False)
    assert not any(aid in (1, 2) for aid, _ in without)


def test_the_speaker_is_given_where_the_article_names_them() -> None:
    found = {a.article_id: a for a in find_attributions(_MILL) if a.article_id == 1}
    a = found[1]
    assert _MILL[1][a.start : a.end] == "Oswin Farrowdale"
    assert a.start < _MILL[1].index("“")  # the mention before the quote


def test_a_body_quoted_as_speaker_is_not_taken_for_a_person() -> None:
    quotes, _is_person = quote_speakers(_MILL, find_attributions(_MILL, speakers=False))
    assert any(q.article_id == 3 and q.speaker == "Vallée-Brenne Frères" for q in quotes)
    assert not any(aid == 3 for aid, _ in _sources(_MILL))


def test_a_person_already_cited_is_not_listed_twice() -> None:
    found = [s for aid, s in _sources(_MILL) if aid == 4]
    assert found == ["Zabalegi"]


def test_analyze_lists_speakers_in_text_order() -> None:
    findings = analyze(_MILL)
    assert (1, "Oswin Farrowdale") in {(a.article_id, a.source) for a in findings.attributions}
    assert findings.attributions == sorted(
        findings.attributions, key=lambda a: (a.article_id, a.start, a.end)
    )


def test_a_genitive_name_the_article_names_only_once_stays_as_written() -> None:
    texts = {
        1: "Плотина выдержала. По словам Марины Кедровой из штаба, вода спала за ночь.",
        2: "Марина Кедрова возглавляет штаб. По словам Марины Кедровой, дорогу откроют завтра.",
    }
    assert _sources(texts) == {(1, "Марины Кедровой"), (2, "Марина Кедрова")}


def test_a_pronoun_in_a_phrase_of_attribution_cites_the_person_named_before() -> None:
    cases = {
        1: "Biologist Taras Lytvyniuk counted the nests. According to him, there are more.",
        2: "Біолог Ганна Літвинюк рахувала гнізда. За її словами, їх стало більше.",
        3: "Биолог Тарас Литвинюк считал гнёзда. По его словам, их стало больше.",
        4: "Le biologiste Taras Lytvyniouk a compté les nids. Selon lui, ils sont plus nombreux.",
        5: "Die Biologin Hanna Lytwynjuk zählte die Nester. Ihren Worten zufolge sind es mehr.",
    }
    found = _sources(cases)
    for aid, name in (
        (1, "Taras Lytvyniuk"),
        (2, "Ганна Літвинюк"),
        (3, "Тарас Литвинюк"),
        (4, "Taras Lytvyniouk"),
    ):
        assert (aid, name) in found
    assert any(aid == 5 and source.endswith("Hanna Lytwynjuk") for aid, source in found)


def test_a_pronoun_phrase_with_no_person_before_cites_no_one() -> None:
    text = "The dam held overnight. According to her, the water fell by morning."
    assert _sources({1: text}) == set()


def test_cyrillic_speakers_whose_given_name_is_also_a_word_are_people() -> None:
    text = (
        "Плавчиня фінішувала першою. Її тренер Ігор Дорошенчук зізнався, що «плакав, як"
        " дитина, коли побачив табло»."
    )  # "ігор" is a word too; mid-sentence capitals and the surname's ending tell a name
    assert _sources({1: text}) == {(1, "Ігор Дорошенчук")}
    assert _sources({1: text}, speakers=False) == set()


def test_the_person_a_sentence_with_an_unattributed_quote_opens_with_is_its_source() -> None:
    texts = {
        1: "The jury met on Sunday. Festival director Marguerite Olofsdal praised the winner,"
        " calling it “a war film without a single explosion”.",
        2: "La procureure Aurélie Castanhède a évoqué une attaque « d'une violence"
        " exceptionnelle et très organisée ».",
        3: "Ivan Petrovsky was arrested after officers found “three kilos of heroin” in the car.",
    }
    found = _sources(texts)
    assert (1, "Marguerite Olofsdal") in found
    assert (2, "Aurélie Castanhède") in found
    assert not any(aid == 3 for aid, _ in found)  # passive: he said nothing


def test_a_german_wie_clause_opening_a_sentence_and_naming_a_person_after_a_role() -> None:
    texts = {
        1: "Wie eine Unternehmenssprecherin, Anke Brünnhof, erläuterte, sind drei Modelle"
        " betroffen.",
        2: "Drei Modelle sind betroffen, wie ein Sprecher der Stadt, Jens Olbrecht, am Abend"
        " sagte.",
        3: "Wie die Polizei am Montag mitteilte, wurde niemand verletzt.",
        4: "Wie viele Räder betroffen sind, sagte sie nicht. Wie Deutschland reagierte, ist unklar.",
    }
    assert _sources(texts) == {(1, "Anke Brünnhof"), (2, "Jens Olbrecht"), (3, "Polizei")}


def test_a_speaker_described_by_age_or_an_indefinite_role_is_a_person() -> None:
    texts = {
        1: "The ice core reached Europe. Élodie Marchadour, a geochemist at the University"
        " of Grenoble who was not involved, called the result “a gift for the next twenty"
        " years”.",
        2: "La cosecha se perdió. Quique Orbeazu, 58, vio el agua desde el tejado."
        " «Nunca habíamos visto nada parecido en este valle», recordó Orbeazu.",
        3: "La cosecha se perdió. La Quesera Valdeluz, una empresa familiar, vio el agua."
        " «Nunca habíamos visto nada parecido en este valle», Quesera Valdeluz.",
    }
    found = _sources(texts)
    assert (1, "Élodie Marchadour") in found
    assert any(aid == 2 and "Orbeazu" in source for aid, source in found)
    assert not any(aid == 3 for aid, _ in found)


def test_a_speaker_another_article_gives_as_a_person_is_one_here_too() -> None:
    texts = {
        1: "Карета швидкої забрала велогонщика. «Я чув, як тріснула ключиця, ще до падіння»,"
        " — розповів Тарас Гнатюшко.",
        2: "El más perjudicado fue el ucraniano Taras Gnatiushko, que sufrió una fractura."
        " «Escuché cómo se rompía la clavícula antes de caer», relató el corredor a su equipo.",
    }
    found = _sources(texts)
    assert (1, "Тарас Гнатюшко") in found
    assert (2, "Taras Gnatiushko") in found


def test_a_role_word_after_a_quote_stands_for_its_named_speaker() -> None:
    texts = {
        1: "Für Schiffer wie Henk van der Olst ist die Lage ernst. «Ich fahre mit einem Drittel"
        " der Ladung und habe die vollen Kosten», sagt der 54-jährige Niederländer.",
        2: "Henk van der Olst ist Schiffer. „Wir warten auf Regen“, sagte Henk van der Olst.",
    }
    assert (1, "Niederländer") in _sources(texts, speakers=False)
    assert _sources(texts) == {(1, "Henk van der Olst"), (2, "Henk van der Olst")}


def test_by_ones_own_account_cites_the_person_the_sentence_names() -> None:
    texts = {
        1: "The administrator, Katrin Obermeyer, by her own account wants to meet buyers soon.",
        2: "Управляющая Катерина Обермайер, по собственным словам, уже ведёт переговоры.",
        3: "Die Verwalterin Katrin Obermeyer will nach eigenen Worten zügig verhandeln.",
        4: "Katrin Obermeyer leitet das Verfahren. Die Firma hat nach eigenen Angaben 420"
        " Mitarbeiter.",
    }
    found = _sources(texts)
    assert (1, "Katrin Obermeyer") in found
    assert (2, "Катерина Обермайер") in found
    assert any(aid == 3 and source.endswith("Katrin Obermeyer") for aid, source in found)
    assert not any(aid == 4 for aid, _ in found)  # the firm speaks of itself


def test_a_person_named_after_the_role_that_closes_a_quote_is_its_source() -> None:
    texts = {
        1: "« Ces bouteilles étaient vendues comme des grands crus », a résumé la procureure de"
        " la République, Hélène Vardier-Mauron, lors d'une conférence de presse.",
        2: "«No hubo heridos en el incendio», resumió la delegada del Gobierno en Soria, Marta"
        " Olaizabal.",
        3: "«Все живы и здоровы», — подытожил начальник областного управления МЧС, Игорь"
        " Заболоцкий.",
        4: "„Wir haben Glück gehabt“, resümierte die Leiterin des Amtes, Petra Hönigsberg.",
        5: "„Wir haben großes Glück gehabt“, sagte er am Montag in Kiel, Lübeck und Rostock.",
    }
    assert _sources(texts) == {
        (1, "Hélène Vardier-Mauron"),
        (2, "Marta Olaizabal"),
        (3, "Игорь Заболоцкий"),
        (4, "Petra Hönigsberg"),
    }


def test_a_nationality_quoted_as_speaker_is_no_person() -> None:
    text = (
        "Korean officers said little. In one account, a combined Russian-North Korean unit"
        " described the soldiers as ‘well equipped and highly disciplined in the field.’"
    )
    assert not any("Korean" in source for _aid, source in _sources({1: text}))


def test_a_citation_inside_a_quote_is_the_speakers_words() -> None:
    text = (
        "Die Staatsrätin Anne Brülhaus sprach von einem Signal. «Die Freiburgerinnen und"
        " Freiburger haben entschieden, ihre Kranken hier zu behandeln», sagte Brülhaus."
    )
    assert "Freiburger" in " ".join(s for _a, s in _sources({1: text}, speakers=False))
    found = " ".join(s for _a, s in _sources({1: text}))
    assert "Brülhaus" in found and "Freiburger" not in found


def test_a_quote_naming_a_place_or_in_a_relative_clause_gives_the_subject_no_remark() -> None:
    texts = {
        1: "Coach Igor Dorofeev watched the team train at the “old stadium by the river” all week.",
        2: "Певица Ирина Заболоцкая выступила в клубе «Старый дом у реки» в субботу.",
        3: "Minister Anna Kowalska presented the plan, which critics call “a gift to the big"
        " landlords”.",
    }
    assert _sources(texts) == set()


def test_a_quote_a_body_is_cited_for_gives_no_person_source() -> None:
    text = (
        "Police arrested Ivan Petrovsky, 45, near the Old Mill bar on Friday. The suspect had"
        " stolen a “very valuable painting from the museum”, police said."
    )
    assert _sources({1: text}) == {(1, "police")}


def test_a_pronoun_before_a_noun_or_as_the_only_source_is_no_citation_of_the_person() -> None:
    texts = {
        1: "Anna Kowalska was charged on Monday. According to her lawyer, she will appeal.",
        2: "Die Polizei Kiel ermittelt gegen Anna Kowalska. Ihr zufolge sind die Vorwürfe falsch.",
    }
    found = _sources(texts)
    assert (1, "Anna Kowalska") not in found
    assert [s for aid, s in found if aid == 2] == ["Anna Kowalska"]
