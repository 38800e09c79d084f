"""Round 23: names and quotes on invented text (a place after a preposition is never a
quote's speaker)."""

from __future__ import annotations

from kursk_reader.analysis.quotes import find_quote_variants


def _speakers(texts: dict[int, str]) -> list[str]:
    return [g.speaker for g in find_quote_variants(texts)]


def test_a_place_after_from_is_never_the_speaker_a_pronoun_stands_for() -> None:
    texts = {
        1: "Як пояснила метеорологиня Оксана Гребенюк, холод прийшов зі Східного Сибіру. "
        "«Такої ранньої зими Полтава ще не бачила, але з середи потеплішає», — додала вона.",
        2: "Метеоролог Оксана Гребенюк объяснила, что холод пришел из Восточной Сибири. "
        "«Такой ранней зимы Полтава еще не видела, но со среды потеплеет», — сказала она.",
    }
    speakers = _speakers(texts)
    assert len(speakers) == 1
    assert "Гребенюк" in speakers[0]


def test_a_body_in_the_locative_still_speaks() -> None:
    texts = {
        1: "Пресс-служба сообщила новость утром. В Облэнерго Полтавщины заявили: «Свет "
        "вернут всем абонентам до вечера пятницы».",
        2: "У Обленерго Полтавщини заявили: «Світло повернуть усім абонентам до вечора п'ятниці».",
    }
    speakers = _speakers(texts)
    assert len(speakers) == 1
    assert "Обл" in speakers[0]
