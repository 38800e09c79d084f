"""Figures of round 23 on invented text, in several languages: counted-noun lexicon gaps
filled by domain (hotel rooms, laps, carcasses, storeys, seats, starters), a general noun
paired with a specific kind of it when what happened tells which ("participants evacuated"
/ "runners evacuated"), two counts of one noun told apart by their verbs, currencies,
turnouts and vote shares, spans of years, bare totals ("470 коек из 600") and words no
longer misread (a route as a march, "verfügt über" as a hedge, "Britons" as tons)."""

from __future__ import annotations

from kursk_reader.analysis.counted_nouns import concept_of
from kursk_reader.analysis.figure_concepts import figure_concept
from kursk_reader.analysis.figures import find_figures
from tests.analysis.shapes import article_value_groups as _groups


def test_participants_evacuated_pair_with_runners_evacuated_not_with_those_who_started():
    texts = {
        1: (
            "На старт марафону в Ужгороді вийшли 820 бігунів. Через спеку медики "
            "евакуювали з траси 23 учасників."
        ),
        2: (
            "About 800 runners started the Uzhhorod marathon. Medics evacuated 31 runners "
            "from the course because of the heat."
        ),
    }
    groups = _groups(texts)
    assert {(1, "23"), (2, "31")} in groups
    assert not any((1, "23") in g and (2, "800") in g for g in groups)


def test_participants_evacuated_pair_across_german_and_spanish():
    texts = {
        1: (
            "Beim Radrennen in Girona gingen 410 Radfahrer an den Start. Die Bergwacht "
            "evakuierte 18 Teilnehmer nach einem Unwetter."
        ),
        2: (
            "En la carrera ciclista de Girona tomaron la salida 410 ciclistas. Los "
            "rescatadores evacuaron a 25 ciclistas tras la tormenta."
        ),
    }
    assert {(1, "18"), (2, "25")} in _groups(texts)


def test_a_route_word_is_no_march():
    for text in (
        "Рятувальники евакуювали з маршруту 37 учасників.",
        "Спасатели эвакуировали с маршрута 37 участников.",
    ):
        (figure,) = find_figures(1, text)
        assert figure.event == "evacuated", text


def test_metres_per_second_is_a_speed_in_ukrainian_not_a_length():
    (gust,) = find_figures(1, "Пориви вітру сягали 25 метрів за секунду.")
    assert gust.dimension == "speed"
    (count,) = [f for f in find_figures(1, "За рік побудували 30 кілометрів доріг.")]
    assert count.dimension == "length"


def test_a_visibility_in_metres_does_not_pair_with_a_gust_per_second():
    texts = {
        1: "Видимість у горах упала до 20 метрів, а пориви вітру сягали 25 метрів за секунду.",
        2: "Visibility in the mountains fell to about 20 metres.",
        3: "Видимість упала до 30 метрів; пориви вітру сягали 18 метрів за секунду.",
    }
    groups = _groups(texts)
    assert {(1, "25"), (3, "18")} in groups
    assert not any((2, "20") in g and ((1, "25") in g or (3, "18") in g) for g in groups)


def test_a_day_between_the_verb_and_its_number_does_not_hide_the_verb():
    for text, event in (
        ("Les secours ont sauvé dimanche 64 personnes à bord d'un voilier.", "rescued"),
        ("Los bomberos evacuaron el lunes a 120 vecinos del barrio.", "evacuated"),
        ("Die Feuerwehr evakuierte am Freitag 75 Anwohner.", "evacuated"),
    ):
        (figure,) = find_figures(1, text)
        assert figure.event == event, text


def test_spanish_active_verbs_of_rescue_and_evacuation_are_read():
    for text, event in (
        ("La Guardia Civil rescató a 14 excursionistas en la sierra.", "rescued"),
        ("Los servicios de emergencia desalojaron a 300 vecinos.", "evacuated"),
    ):
        (figure,) = find_figures(1, text)
        assert figure.event == event, text


def test_currency_words_of_every_language_make_a_sum():
    for text, code in (
        ("Die Behörden beziffern den Schaden auf 12 Millionen Rubel.", "RUB"),
        ("Der Schaden liegt bei 3 Millionen Griwna.", "UAH"),
        ("Збитки сягають 50 тисяч гривні.", "UAH"),
        ("Die Sanierung kostet 8 Millionen Pfund.", "GBP"),
        ("The refit cost 900 million yen.", "JPY"),
        ("Die Strafe beträgt 2 Millionen Kronen.", "SEK"),
        ("La multa asciende a 5 millones de coronas.", "SEK"),
        ("Le contrat vaut 70 millions de dirhams.", "MAD"),
        ("The bill came to 4 million Turkish lira.", "TRY"),
    ):
        (figure,) = find_figures(1, text)
        assert figure.dimension == f"money:{code}", text


def test_a_damage_sum_in_roubles_pairs_across_german_russian_and_english():
    texts = {
        1: "Ущерб лесному хозяйству оценивается в 15 млн рублей.",
        2: "Den Schaden für die Forstwirtschaft beziffern die Behörden auf 11 Millionen Rubel.",
        3: "Officials put the damage to forestry at 15 million roubles.",
    }
    assert {(1, "15000000"), (2, "11000000"), (3, "15000000")} in _groups(texts)


def test_a_turnout_named_far_before_its_share_pairs_across_languages():
    texts = {
        1: "La participation au premier tour de ce scrutin municipal s'est établie à 44,2 %.",
        2: "Die Wahlbeteiligung lag bei nur 41,5 Prozent.",
        3: "La participación en la primera vuelta de estas elecciones municipales fue del 41,5 %.",
    }
    assert {(1, "44.2"), (2, "41.5"), (3, "41.5")} in _groups(texts)


def test_a_vote_share_beside_the_turnout_in_one_sentence_does_not_take_its_sense():
    texts = {
        1: "Mit einer Wahlbeteiligung von 38 Prozent gewann die Kandidatin 54 Prozent der Stimmen.",
        2: "La participation s'est établie à 38 % ; la candidate a obtenu 51 % des voix.",
    }
    groups = _groups(texts)
    assert not any((1, "54") in g and (2, "38") in g for g in groups)
    assert not any((1, "38") in g and (2, "51") in g for g in groups)


def test_hotel_rooms_pair_across_languages_including_a_hyphened_count():
    texts = {
        1: "El complejo, de nueve plantas, cuenta con 236 habitaciones frente al mar.",
        2: "The court ordered the demolition of the unfinished 250-room resort on the beach.",
        3: "Das Hotel mit 236 Zimmern darf nicht eröffnen.",
        4: "Отель на 236 номеров так и не открылся.",
    }
    assert {(1, "236"), (2, "250"), (3, "236"), (4, "236")} in _groups(texts)


def test_animal_carcasses_pair_across_russian_german_and_english():
    texts = {
        1: "На складе изъяли 120 кг мяса и 31 тушу лося.",
        2: "Inspectors seized 26 carcasses of elk from the warehouse.",
        3: "Die Kontrolleure stellten 31 Kadaver sicher.",
    }
    assert {(1, "31"), (2, "26"), (3, "31")} in _groups(texts)


def test_laps_and_stages_pair_across_languages():
    texts = {
        1: "El piloto abandonó tras 14 vueltas, en la tercera de 9 etapas del rally.",
        2: "Der Fahrer gab nach 12 Runden auf, in der dritten von 9 Etappen.",
    }
    assert {(1, "14"), (2, "12")} in _groups(texts)


def test_ballots_cast_and_votes_won_are_two_counts():
    texts = {
        1: "In total 9,800 ballots were cast in the town.",
        2: "Ana Ruiz won 5,600 votes and Karl Lenz 4,100 votes.",
    }
    assert _groups(texts) == []
    texts = {1: texts[1], 2: "Ana Ruiz won 5,600 votes."}
    assert _groups(texts) == []


def test_ballots_beside_votes_in_one_article_do_not_pair_by_kind():
    texts = {
        1: "Il y a eu 7 412 bulletins déposés et le maire sortant a obtenu 3 980 voix.",
        2: "The outgoing mayor won 3,890 votes.",
    }
    groups = _groups(texts)
    assert {(1, "3980"), (2, "3890")} in groups
    assert not any((1, "7412") in g for g in groups)


def test_seats_in_a_parliament_pair_with_mandates_and_escanos():
    texts = {
        1: "The regional nationalists won 7 seats in the new parliament.",
        2: "Los nacionalistas regionales obtuvieron 6 escaños en el nuevo parlamento.",
        3: "Региональные националисты получили 7 мандатов в новом парламенте.",
    }
    assert {(1, "7"), (2, "6"), (3, "7")} in _groups(texts)


def test_a_hyphened_height_does_not_take_the_place_of_a_plain_count():
    texts = {
        1: "Кабина лифта пролетела шесть этажей.",
        2: "In the 16-storey block the lift cabin fell eight floors.",
        3: "The lift in the 16-storey tower dropped six floors.",
    }
    groups = _groups(texts)
    assert {(1, "6"), (2, "8"), (3, "6")} in groups
    assert not any((2, "16") in g for g in groups)


def test_counts_of_one_noun_told_apart_by_what_happened_across_languages():
    texts = {
        1: "Police detained 40 fans; 12 fans were injured in the clashes.",
        2: "La policía detuvo a 40 aficionados; 15 aficionados resultaron heridos.",
        3: "Полиция задержала 45 болельщиков, 12 болельщиков получили травмы.",
    }
    groups = _groups(texts)
    assert {(1, "40"), (2, "40"), (3, "45")} in groups
    assert {(1, "12"), (2, "15"), (3, "12")} in groups


def test_rooms_in_total_and_rooms_damaged_stay_two_groups():
    texts = {
        1: "The hotel has 300 rooms; 120 rooms were damaged by the flood.",
        2: "Das Hotel hat 300 Zimmer, 150 Zimmer wurden durch das Hochwasser beschädigt.",
        3: "El hotel tiene 320 habitaciones; 120 habitaciones resultaron dañadas por la riada.",
    }
    groups = _groups(texts)
    assert {(1, "300"), (2, "300"), (3, "320")} in groups
    assert {(1, "120"), (2, "150"), (3, "120")} in groups


def test_a_german_verb_of_having_takes_ueber_as_its_preposition_not_as_a_hedge():
    (beds,) = find_figures(1, "Das Krankenhaus verfügt über 400 Betten.")
    assert (beds.hedge, beds.normalized) == ("", "400")
    (more,) = find_figures(1, "Es kamen über 400 Menschen.")
    assert more.hedge == "über"
    (rifles,) = find_figures(1, "The militia handed over 40 rifles to the army.")
    assert rifles.hedge == ""


def test_beds_in_total_pair_apart_from_beds_occupied():
    texts = {
        1: "The hospital has 420 beds. Of these, 310 beds are occupied by flu patients.",
        2: "Das Krankenhaus verfügt über 400 Betten. Derzeit sind 310 Betten belegt.",
        3: "L'hôpital compte 420 lits. Actuellement, 290 lits sont occupés par des malades.",
    }
    groups = _groups(texts)
    assert {(1, "420"), (2, "400"), (3, "420")} in groups
    assert {(1, "310"), (2, "310"), (3, "290")} in groups


def test_a_bare_total_after_the_counted_noun_is_the_whole_and_the_count_a_part():
    for text in (
        "В регионе заняты 470 коек из 600.",
        "Заняті 470 ліжок із 600.",
        "Actuellement, 470 lits sur 600 sont occupés.",
        "Some 470 beds out of 600 are occupied.",
    ):
        part, whole = find_figures(1, text)
        assert (part.normalized, whole.normalized, whole.noun) == ("470", "600", part.noun), text
    texts = {
        1: "В регионе заняты 470 коек из 600.",
        2: "The region has 620 hospital beds.",
    }
    assert {(1, "600"), (2, "620")} in _groups(texts)
    for text in ("Врачи осмотрели 12 человек из 300 жителей.", "They won 3 matches of 2024."):
        assert not any(f.noun and f.quote.isdigit() for f in find_figures(1, text)), text


def test_a_span_of_years_after_a_verb_of_lasting_is_read_in_french_and_spanish():
    texts = {
        1: "Реконструкция моста длилась семь лет.",
        2: "The bridge rebuild lasted eight years.",
        3: "La reconstrucción del puente duró siete años.",
        4: "Les travaux du pont ont duré sept ans.",
    }
    assert {(1, "7"), (2, "8"), (3, "7"), (4, "7")} in _groups(texts)
    assert find_figures(1, "Un enfant de six ans a été blessé.") == []


def test_a_span_something_ended_after_pairs_in_every_language():
    texts = {
        1: "The city reopened its opera house on Sunday after a five-year restoration.",
        2: "Nach vier Jahren Restaurierung ist das Opernhaus wiedereröffnet worden.",
        3: "Оперный театр открылся после пяти лет реставрации.",
        4: "L'opéra rouvre ses portes après cinq ans de restauration.",
    }
    assert {(1, "5"), (2, "4"), (3, "5"), (4, "5")} in _groups(texts)
    assert find_figures(1, "The council approved a five-year plan.") == []


def test_an_accented_form_tells_two_concepts_apart_that_folding_merges():
    texts = {
        1: "L'équipe de France rentre avec 14 médailles.",
        2: "Das französische Team kehrt mit 12 Medaillen zurück.",
        3: "The French team comes home with 14 medals.",
    }
    assert {(1, "14"), (2, "12"), (3, "14")} in _groups(texts)
    (medallists,) = find_figures(1, "Les 9 médaillés ont été reçus à l'Élysée.")
    (medals,) = find_figures(1, "L'équipe rentre avec 9 médailles.")
    assert figure_concept(medallists) != figure_concept(medals) == "medal"


def test_seats_won_pair_in_french_german_and_english():
    texts = {
        1: "Le parti écologiste remporte 11 sièges au conseil régional.",
        2: "Die Grünen gewinnen 12 Sitze im Regionalrat.",
        3: "The Greens won 11 seats on the regional council.",
    }
    assert {(1, "11"), (2, "12"), (3, "11")} in _groups(texts)


def test_starters_riders_and_councillors_pair_across_languages():
    texts = {
        1: "Au total, 176 partants se sont élancés de Nice.",
        2: "Insgesamt gingen 184 Starter in Nizza ins Rennen.",
    }
    assert {(1, "176"), (2, "184")} in _groups(texts)
    texts = {
        1: "The city council has 49 councillors.",
        2: "Le conseil municipal compte 45 conseillers.",
    }
    assert {(1, "49"), (2, "45")} in _groups(texts)


def test_a_german_adjective_before_its_noun_is_not_what_is_counted():
    (fish,) = find_figures(1, "Am Ufer wurden 60 tote Störe gefunden.")
    assert (fish.kind, fish.event) == ("", "dead")
    (people,) = find_figures(1, "Es gab drei tote Menschen.")
    assert people.kind == "people"
    (injured,) = find_figures(1, "Es gab 12 Verletzte.")
    assert injured.kind == "people"


def test_the_value_of_the_loot_pairs_with_the_value_of_what_was_stolen():
    texts = {
        1: "The stolen jewels are worth €4.5 million. Police offered a reward of €50,000.",
        2: "Le butin est estimé à 3,8 millions d'euros. La police offre une récompense de 50 000 euros.",
        3: "Las joyas robadas están valoradas en 4,5 millones de euros; la policía ofrece 80.000 euros de recompensa.",
    }
    groups = _groups(texts)
    assert {(1, "4500000"), (2, "3800000"), (3, "4500000")} in groups
    assert {(1, "50000"), (2, "50000"), (3, "80000")} in groups


def test_a_damage_sum_and_a_fine_in_one_article_stay_two_groups():
    texts = {
        1: "Damage is estimated at 40 million roubles; the company faces a fine of 500,000 roubles.",
        2: "Den Schaden beziffern die Behörden auf 28 Millionen Rubel. Dem Unternehmen droht eine Strafe von 500.000 Rubel.",
        3: "Ущерб оценивается в 40 млн рублей, компании грозит штраф до 700 тысяч рублей.",
    }
    groups = _groups(texts)
    assert {(1, "40000000"), (2, "28000000"), (3, "40000000")} in groups
    assert {(1, "500000"), (2, "500000"), (3, "700000")} in groups


def test_a_share_of_the_vote_beside_a_turnout_word_is_no_turnout():
    texts = {
        1: "The mayor was re-elected with 58.3% of the vote on a turnout of 41.2%.",
        2: "Die Wahlbeteiligung lag bei 41,2 Prozent.",
        3: "La participación fue del 39,8 %.",
    }
    groups = _groups(texts)
    assert {(1, "41.2"), (2, "41.2"), (3, "39.8")} in groups
    assert not any((1, "58.3") in g for g in groups)


def test_a_capitalised_english_demonym_is_no_german_compound_of_a_unit():
    (britons,) = find_figures(1, "Three dead Britons were found in the flat.")
    assert (britons.kind, britons.dimension) == ("people", "")
    (days,) = find_figures(1, "Die Arbeiten dauern 20 Werktage.")
    assert days.dimension == "duration"


def test_polling_stations_are_no_land_plots():
    assert concept_of("избирательных участках")[0] != "land_plot"
    assert concept_of("земельных участков")[0] == "land_plot"


def test_verbs_of_what_happened_are_read_in_every_language():
    for text, event in (
        ("В результате ДТП травмированы 7 человек.", "injured"),
        ("Die Feuerwehr rettete 12 Menschen.", "rescued"),
        ("12 Menschen wurden ins Krankenhaus eingeliefert.", "hospital"),
        ("Douze personnes sont tombées malades après le repas.", "ill"),
        ("В лифте застряли 6 человек.", "trapped"),
        ("Sur le télésiège, 80 skieurs sont restés coincés.", "trapped"),
        ("En la carrera se retiraron 40 corredores.", "withdrew"),
        ("Злодії викрали 14 картин.", "stolen"),
    ):
        (figure,) = find_figures(1, text)
        assert figure.event == event, text


def test_lift_cabins_pair_across_languages():
    texts = {
        1: "Die Bergbahn hat 36 Kabinen vorübergehend stillgelegt.",
        2: "La station a immobilisé 40 cabines du téléphérique.",
        3: "На курорте остановили 36 кабин канатной дороги.",
    }
    assert {(1, "36"), (2, "40"), (3, "36")} in _groups(texts)


def test_each_articles_one_share_of_the_votes_pairs_across_languages():
    texts = {
        1: "The mayor was re-elected with 58.3% of the vote on a turnout of 41.2%.",
        2: "Der Bürgermeister wurde mit 56,1 Prozent der Stimmen wiedergewählt.",
        3: "El alcalde fue reelegido con el 58,3 % de los votos.",
    }
    assert {(1, "58.3"), (2, "56.1"), (3, "58.3")} in _groups(texts)


def test_two_candidates_shares_of_the_votes_are_not_paired_by_their_noun_alone():
    texts = {
        1: "Anna Berg won 52.4% of the votes, while Paul Kern received 41.3% of the votes.",
        2: "Paul Kern erhielt 43,5 Prozent der Stimmen, Anna Berg kam auf 52,4 Prozent der Stimmen.",
    }
    assert _groups(texts) == []


def test_a_spanish_or_french_rate_adjective_makes_a_rate():
    (daily,) = find_figures(1, "El ferry realiza ocho travesías diarias.")
    (weekly,) = find_figures(1, "La aerolínea ofrece 3 vuelos semanales.")
    (french,) = find_figures(1, "Le ferry assure six rotations quotidiennes.")
    assert (daily.per, weekly.per, french.per) == ("days", "weeks", "days")
    texts = {
        1: "The airline now offers 5 flights a week to the island.",
        2: "La aerolínea ofrece ahora 2 vuelos diarios a la isla.",
    }
    assert _groups(texts) == []


def test_a_value_given_instead_of_another_is_the_earlier_one():
    for text in (
        "Statt 4,1 Milliarden Euro erwartet der Konzern nur noch 3,8 Milliarden Euro Umsatz.",
        "The group now expects sales of $3.8 billion instead of $4.1 billion.",
        "Le groupe table sur 3,8 milliards d'euros au lieu de 4,1 milliards d'euros.",
        "Компания ожидает выручку в 3,8 млрд рублей вместо 4,1 млрд рублей.",
    ):
        earlier = {f.normalized: f.earlier for f in find_figures(1, text)}
        assert earlier == {"3800000000": False, "4100000000": True}, text
    texts = {
        1: "Statt 4,1 Milliarden Euro erwartet der Konzern nur noch 3,8 Milliarden Euro Umsatz.",
        2: "The group cut its sales forecast to 3.6 billion euros.",
    }
    assert _groups(texts) == [{(1, "3800000000"), (2, "3600000000")}]


def test_a_scaled_decimal_is_one_value_however_it_is_written():
    texts = {
        1: "Der Schaden beläuft sich auf 4,1 Milliarden Euro.",
        2: "Le préjudice s'élève à 4 100 millions d'euros.",
        3: "The damage amounts to 4.3 billion euros.",
    }
    values = {f.normalized for t in texts.values() for f in find_figures(1, t)}
    assert values == {"4100000000", "4300000000"}
    texts = {1: texts[1], 2: texts[2]}
    assert _groups(texts) == []


def test_an_english_modifier_is_not_the_concept_when_the_head_is_a_class_word():
    assert concept_of("cruise ships")[0] != concept_of("cruises")[0]
    assert concept_of("luxury watches")[0] == "watch"


def test_one_unit_and_a_half_is_a_figure_in_every_language():
    texts = {
        1: "The repairs to the dam lasted a month and a half.",
        2: "Las reparaciones de la presa duraron un mes y medio.",
        3: "Les réparations du barrage ont duré un mois et demi.",
        4: "Ремонт плотины продолжался три месяца.",
    }
    values = {(a, f.normalized) for a, t in texts.items() for f in find_figures(a, t)}
    assert values == {(1, "1.5"), (2, "1.5"), (3, "1.5"), (4, "3")}
    assert {(1, "1.5"), (2, "1.5"), (3, "1.5"), (4, "3")} in _groups(texts)
    assert find_figures(1, "He waited a month for the results.") == []
