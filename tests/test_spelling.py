"""The spell-checking wrapper: real dictionaries, the project word list, and the fallback when
enchant or a dictionary is missing."""

from __future__ import annotations

import sys

import pytest

from kursk_reader.analysis import spelling
from kursk_reader.analysis.spelling import SpellChecker, installed_languages


def words_at(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in ranges]


def test_finds_misspelled_words_and_skips_figures():
    checker = SpellChecker("en_US")
    text = "The officers recieved medals; abuot 15,000 troops wre sent in 2024."
    assert words_at(text, checker.misspellings(text)) == ["recieved", "abuot", "wre"]
    assert checker.active


def test_suggestions_are_real_words():
    checker = SpellChecker("en_US")
    suggestions = checker.suggest("recieved")
    assert "received" in suggestions
    assert all(checker.check(s) for s in suggestions if " " not in s)


def test_project_words_are_accepted_in_any_case():
    checker = SpellChecker("en_US", words=["Kimjongil"])
    assert checker.check("Kimjongil") and checker.check("KIMJONGIL")
    assert not checker.check("Pyongyangski")
    checker.add_word("Pyongyangski")
    assert checker.check("Pyongyangski")
    checker.set_words([])
    assert not checker.check("Kimjongil")


def test_curly_apostrophes_and_other_scripts():
    checker = SpellChecker("en_US")
    assert checker.misspellings("They don’t know; it’s over.") == []
    russian = SpellChecker("ru_RU")
    text = "Перейти к матреиалам"
    assert words_at(text, russian.misspellings(text)) == ["матреиалам"]


def test_installed_languages_lists_the_dictionaries_here():
    languages = installed_languages()
    assert "en_US" in languages
    assert languages == sorted(languages)


def test_abbreviations_and_single_letters_pass():
    checker = SpellChecker("en_US")
    assert checker.misspellings("The KCNA and the WSJ said x; the DPRK zqxv") == [(38, 42)]


def test_word_at_a_position():
    checker = SpellChecker()
    assert checker.word_at("one twoo three", 5) == (4, 8, "twoo")
    assert checker.word_at("one twoo three", 8) == (4, 8, "twoo")
    assert checker.word_at("12 345", 1) is None


def test_missing_dictionary_accepts_everything_and_says_so_once():
    checker = SpellChecker("xx_NOWHERE")
    assert checker.misspellings("qwrtz blorf") == []
    assert checker.suggest("blorf") == []
    assert not checker.active
    problem = checker.take_problem()
    assert problem is not None and "xx_NOWHERE" in problem
    assert checker.take_problem() is None
    checker.set_language("en_US")
    assert checker.active and checker.take_problem() is None
    assert checker.misspellings("qwrtz") == [(0, 5)]


def test_missing_enchant_library_falls_back(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "enchant", None)  # import enchant now raises ImportError
    assert installed_languages() == []
    checker = SpellChecker("en_US")
    assert checker.misspellings("qwrtz blorf") == []
    problem = checker.take_problem()
    assert problem is not None and "enchant" in problem
    assert checker.take_problem() is None


def test_lazy_import(monkeypatch: pytest.MonkeyPatch):
    """Making a checker loads no dictionary; the first look-up does, once."""
    calls = []
    real = spelling._import_enchant

    def counting():
        calls.append(1)
        return real()

    monkeypatch.setattr(spelling, "_import_enchant", counting)
    checker = SpellChecker("en_US")
    assert calls == []
    checker.check("word")
    checker.check("another")
    assert calls == [1]
