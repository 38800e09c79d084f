"""What a figure counts and who spoke a quote: figures of different subjects never pair (even
when both count "people"), hedges decide whether two values conflict, and a quote's speaker is
the person the sentence names, in the fullest form the article uses."""

from __future__ import annotations

from kursk_reader.analysis.figure_groups import find_discrepancies
from kursk_reader.analysis.figures import find_figures
from kursk_reader.analysis.quotes import find_quote_variants
from tests.analysis.shapes import value_groups as _groups


def test_generic_people_of_different_events_never_pair_across_languages():
    texts = {
        1: "The mine employs 1,800 people. About 900 people were evacuated from the town.",
        2: "Около 1200 человек эвакуировали из посёлка. На шахте работают 1800 человек.",
    }
    assert _groups(texts) == [{"900", "1200"}]


def test_injured_and_killed_stay_apart_in_one_sentence():
    texts = {
        1: "Officials said 14 people were injured and three were killed in the blast.",
        2: "Nine people were hurt and five died, the police said.",
    }
    groups = _groups(texts)
    assert {"14", "9"} in groups and {"3", "5"} in groups
    assert len(groups) == 2


def test_french_spanish_german_number_words_and_events_pair():
    texts = {
        1: "Huit personnes sont mortes et vingt ont été blessées, selon la police.",
        2: "Diez personas murieron y veinte resultaron heridas, según la policía.",
        3: "Acht Menschen kamen ums Leben, zwanzig wurden verletzt.",
    }
    assert _groups(texts) == [{"8", "10"}]


def test_a_value_inside_a_stated_bound_is_no_conflict_but_two_bounds_are():
    within = {
        1: "More than 10 firefighters were injured fighting the blaze.",
        2: "Twelve firefighters were injured fighting the blaze.",
    }
    assert find_discrepancies(within) == []
    bounds = {
        1: "At least 30 firefighters were injured fighting the blaze.",
        2: "More than 20 firefighters were injured fighting the blaze.",
    }
    assert _groups(bounds) == [{"30", "20"}]
    outside = {
        1: "At least six people died in the crash.",
        2: "Four people died in the crash.",
    }
    assert _groups(outside) == [{"6", "4"}]


def test_percentages_of_different_things_do_not_pair():
    texts = {
        1: "Turnout at the referendum was 52%. Prices rose 7% in a year.",
        2: "About 61% of voters backed the proposal, and 9% of shops closed.",
    }
    assert find_discrepancies(texts) == []


def test_years_ages_and_durations_written_as_words_are_not_paired_with_counts():
    texts = {
        1: "The dam, built in 1957, failed after two days of rain; 40 homes were flooded.",
        2: "Der Damm wurde 1957 gebaut. 55 Häuser wurden überflutet.",
    }
    figures = {f.normalized for aid, t in texts.items() for f in find_figures(aid, t)}
    assert "1957" not in figures
    assert _groups(texts) == [{"40", "55"}]


def test_speaker_is_the_fullest_name_and_pronouns_resolve_to_the_last_person_cited():
    texts = {
        1: (
            "Fire chief Marta Okafor-Lind said the crews arrived within minutes. "
            "“The roof collapsed before we could reach the upper floors,” she said.\n\n"
            "The city council will meet on Friday, the AP reports."
        ),
        2: (
            "“The roof came down before our crews got to the upper floors,” Okafor-Lind told "
            "Reuters. Residents were allowed back in the evening."
        ),
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1
    assert groups[0].speaker == "Marta Okafor-Lind"
    speakers = {q.article_id: q.speaker for q in groups[0].quotes}
    assert speakers[1] == "Marta Okafor-Lind"
    assert speakers[2].endswith("Okafor-Lind")


def test_a_source_in_the_next_sentence_is_not_the_speaker():
    texts = {
        1: "“We will rebuild the school by autumn, whatever it costs.” The AP reports that "
        "funding is unclear.",
        2: "“Whatever it costs, the school will be rebuilt by autumn,” said Mayor Ana Ruiz.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1
    speakers = {q.article_id: q.speaker for q in groups[0].quotes}
    assert speakers[1] == ""
    assert speakers[2] == "Ana Ruiz"


def test_one_remark_per_language_by_one_speaker_pairs_across_languages():
    texts = {
        1: "La gobernadora Maricela Ortega visitó el penal. «No habrá impunidad para nadie, "
        "empezando por los custodios», afirmó la gobernadora Maricela Ortega.",
        2: "Governor Marisela Ortega visited the prison. “Nobody will go unpunished, and that "
        "begins with the guards,” Ortega told reporters.",
        3: "Einsatzleiter Jörg Weber war vor Ort. „Wir graben weiter, solange es Hoffnung gibt“, "
        "sagte er. „Die Hänge waren seit Tagen überladen“, sagte Weber später.",
        4: "Rescue chief Jörg Weber spoke at noon. “We will keep digging as long as there is "
        "hope,” he said.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 2  # Weber's second German remark shares nothing with the English one
    assert {q.article_id for q in groups[0].quotes} == {1, 2}
    assert "Ortega" in groups[0].speaker
    assert [q.quote[:10] for q in groups[1].quotes] == ["Wir graben", "We will ke"]


def test_a_surname_alone_after_the_quote_is_its_speaker_not_an_earlier_body():
    texts = {
        1: "Según la Fiscalía del Estado, hubo complicidad. «Aquí nadie quedará impune y los "
        "custodios responderán primero», dijo Gutiérrez durante una visita.",
        2: "Governor Ana Gutiérrez spoke. «No habrá impunidad para nadie y los custodios "
        "responderán», afirmó la gobernadora Ana Gutiérrez.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1
    speakers = {q.article_id: q.speaker for q in groups[0].quotes}
    assert "Gutiérrez" in groups[0].speaker and "Fiscal" not in groups[0].speaker
    assert set(speakers) == {1, 2}


def test_units_pair_only_when_what_they_measure_is_named_alike():
    texts = {
        1: "Los reos huyeron por un túnel de 80 metros. La carretera quedó cortada en 12 km.",
        2: "The inmates fled through a tunnel about 60 meters long. The new village will be "
        "built about 3 km away.",
        3: "The train's 38 cars were new. It had invested €4 million in barriers.",
        4: "Officials said 22 cars derailed.",
    }
    assert _groups(texts) == [{"80", "60"}]
    money = [f for f in find_figures(3, texts[3]) if f.quote.startswith("€")]
    assert [(f.normalized, f.kind) for f in money] == [("4000000", "money")]


def test_counted_nouns_and_one_word_german_numbers_pair_across_languages():
    texts = {
        1: "Rescuers said 40 climbers were stranded on the ridge overnight.",
        2: "Nach Angaben der Bergwacht saßen zweiundfünfzig Bergsteiger am Grat fest.",
        3: "The ridge hut sold 900 tickets for the summer season.",
    }
    assert _groups(texts) == [{"40", "52"}]


def test_a_named_person_keeps_dropped_accents_as_a_variant():
    from kursk_reader.analysis.names import find_name_variants

    texts = {
        1: "“We are ready,” said Lieutenant-Colonel Mirèle Vautrin, who leads the brigade.",
        2: "Mirele Vautrin, the commander of the brigade, declined to comment.",
    }
    groups = [{v.name for v in g.variants} for g in find_name_variants(texts)]
    assert {"Mirèle Vautrin", "Mirele Vautrin"} in groups


def test_a_cue_ending_a_sentence_names_nothing_in_the_next_one():
    from kursk_reader.analysis.attributions import find_attributions

    text = "The depot burned overnight, сообщила. Tomorrow the roads reopen, Interfax reported."
    sources = [a.source for a in find_attributions({1: text})]
    assert sources == ["Interfax"]
