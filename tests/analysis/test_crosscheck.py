"""The cross-check on the seed articles, on made-up texts in other languages, and what it
must not report (dates, years, ages, page furniture, one value written several ways)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kursk_reader.analysis.alignment import align_passage
from kursk_reader.analysis.attributions import find_attributions
from kursk_reader.analysis.figure_groups import find_discrepancies
from kursk_reader.analysis.figures import find_figures
from kursk_reader.analysis.findings import analyze
from kursk_reader.analysis.names import find_name_variants
from kursk_reader.analysis.quotes import find_quote_variants
from tests.conftest import SEED_FILES


@pytest.fixture(scope="module")
def seeds() -> dict[int, str]:
    return {i: p.read_text(encoding="utf-8") for i, p in enumerate(SEED_FILES)}


@pytest.fixture(scope="module")
def seed_findings(seeds):
    return analyze(seeds)


def _values(d) -> set[str]:
    return {f.normalized for f in d.figures}


def test_seed_troop_and_officer_figures_disagree(seeds, seed_findings):
    groups = [_values(d) for d in seed_findings.discrepancies]
    assert {"15000", "12000"} in groups
    assert {"12", "10"} in groups
    officers = next(d for d in seed_findings.discrepancies if _values(d) == {"12", "10"})
    written = {f.value.replace("\u00a0", " ").lower() for f in officers.figures}
    assert {"more than a dozen", "more than ten"} <= written
    for d in seed_findings.discrepancies:
        for f in d.figures:
            assert seeds[f.article_id][f.start : f.end] == f.quote


def test_seed_general_name_variants(seed_findings):
    groups = [{v.name for v in g.variants} for g in seed_findings.name_variants]
    assert any({"Sin Kum Chol", "Shin Gum Chul", "Sin Kum-chol"} <= g for g in groups)
    assert any({"Valery Gerasimov", "Valerie Gerasimov"} <= g for g in groups)
    assert not any({"North Korea", "North Korean"} <= g for g in groups)


def test_seed_bone_of_contention_quotes_with_speaker(seeds, seed_findings):
    group = next(g for g in seed_findings.quote_variants if "contention" in g.quotes[0].quote)
    assert len({q.article_id for q in group.quotes}) == 2
    assert "Madden" in group.speaker
    for q in group.quotes:
        assert seeds[q.article_id][q.start : q.end] == q.quote


def test_seed_sources_cited(seeds, seed_findings):
    cited = {(a.article_id, a.source) for a in seed_findings.attributions}
    wsj = {aid for aid, s in cited if "Wall Street Journal" in s}
    kcna = {aid for aid, s in cited if "KCNA" in s}
    assert wsj >= {0, 1, 2, 4}
    assert kcna >= {0, 1, 2}
    assert any(s == "Meduza" for _, s in cited)
    for a in seed_findings.attributions:
        assert seeds[a.article_id][a.start : a.end] == a.quote


def test_same_value_written_differently_is_no_discrepancy():
    texts = {
        1: "About 15,000 soldiers were sent to the front in spring, officials said.",
        2: "About 15 000 soldiers were sent to the front in spring, the ministry said.",
        3: "Some fifteen thousand soldiers were sent to the front in spring.",
        4: "Roughly 15 thousand soldiers were sent to the front in spring.",
    }
    figures = [f for aid, t in texts.items() for f in find_figures(aid, t)]
    assert {f.normalized for f in figures} == {"15000"}
    assert find_discrepancies(texts) == []


def test_dates_years_ages_and_page_furniture_are_not_figures():
    text = (
        "Menu\nShare 1,245\nRelated: 300 soldiers killed in 2021\n\n"
        "On May 9, 2024, the 54-year-old mayor, aged 61, met 12 officials at 10:30 in Room 4B. "
        "The bridge, built in 1968, was repaired on 20 August. Since 2019 the COVID-19 rules applied."
    )
    found = {(f.normalized, f.noun) for f in find_figures(1, text)}
    assert found == {("12", "officials")}


def test_ukrainian_and_russian_figures_and_sources():
    texts = {
        1: "За даними ДСНС, загинули четверо людей, ще 23 особи травмовано. Як повідомляє Укрінформ, евакуювали близько 40 мешканців.",
        2: "По данным МЧС, погибли шесть человек, 23 человека пострадали. Как сообщает ТАСС, эвакуировали около 40 жителей.",
    }
    discrepancies = find_discrepancies(texts)
    assert [_values(d) for d in discrepancies] == [{"4", "6"}]
    sources = {(a.article_id, a.source) for a in find_attributions(texts)}
    assert {(1, "ДСНС"), (1, "Укрінформ"), (2, "МЧС"), (2, "ТАСС")} <= sources


def test_russian_case_forms_are_not_name_variants_but_transliterations_and_scripts_are():
    texts = {
        1: "Директор Евгений Ковалёв заявил, что угрозы нет. Слова Евгения Ковалёва подтвердили.",
        2: "Director Yevgeny Kovalyov said there was no threat.",
        3: "Director Evgeny Kovalev said the water was safe.",
    }
    groups = [{v.name for v in g.variants} for g in find_name_variants(texts)]
    assert groups == [{"Yevgeny Kovalyov", "Evgeny Kovalev", "Евгений Ковалёв"}]


def test_ukrainian_name_in_latin_letters_and_accent_or_capital_only_differences():
    texts = {
        1: "Голова профспілки Сергій Грушко заявив, що шахта стара. Трагедія в Санта-Фе.",
        2: "Union leader Serhiy Hrushko said the mine was old. Residents of Santa Lucía waited.",
        3: "Union leader Sergei Grushko spoke. Residents of Santa Lucia waited.\nSANTA LUCIA",
        4: "Governor José Ramírez visited. Ramírez said the guards would answer for it.",
        5: "Governor Jose Ramirez visited the prison on Tuesday.",
    }
    groups = [{v.name for v in g.variants} for g in find_name_variants(texts)]
    assert {"Сергій Грушко", "Serhiy Hrushko", "Sergei Grushko"} in groups
    assert {"José Ramírez", "Jose Ramirez"} in groups
    assert not any("Santa Lucia" in g or "Santa Lucía" in g for g in groups)


def test_reworded_quote_in_other_words_with_speaker():
    texts = {
        1: "“We lost power in both engines within a minute and the wind pushed us onto the rocks,” Captain Nikos Papadakis told reporters.",
        2: "Papadakis said: “Both engines failed within a minute, then the wind pushed the ship onto the rocks.”",
        3: "“The weather was calm all evening,” a passenger said.",
    }
    groups = find_quote_variants(texts)
    assert len(groups) == 1
    assert {q.article_id for q in groups[0].quotes} == {1, 2}
    assert "Papadakis" in groups[0].speaker


def test_unrelated_quotes_and_identical_quotes_are_not_reported():
    texts = {
        1: "“The bridge will reopen next week,” the mayor said.",
        2: "“The bridge will reopen next week,” the mayor said.",
        3: "“Prices for bread rose sharply in the capital this month,” a trader said.",
    }
    assert find_quote_variants(texts) == []


def test_alignment_finds_the_matching_passage():
    a = "The storm hit at night. Around 12,000 homes lost power across the region. Schools closed."
    b = "Schools stayed shut on Monday. The outage left about 15,000 homes without power in the region."
    texts = {1: a, 2: b}
    start = a.index("Around")
    got = align_passage(texts, 1, start, a.index(" Schools"))
    assert got and got[0].article_id == 2
    assert "homes without power" in b[got[0].start : got[0].end]


def test_deterministic(seeds):
    first = analyze(seeds).to_json()
    second = analyze(dict(reversed(list(seeds.items())))).to_json()
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_cli_analyze_json_shape(sample_project, tmp_path):
    path = sample_project.path
    out = subprocess.run(
        [sys.executable, "-m", "kursk_reader", "analyze", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    data = json.loads(out.stdout)
    assert set(data) >= {"discrepancies", "name_variants", "quote_variants", "attributions"}
    texts = {a.id: sample_project.get_article(a.id).text for a in sample_project.list_articles()}
    for d in data["discrepancies"]:
        assert set(d) >= {"subject", "values"}
        for v in d["values"]:
            assert set(v) >= {"article_id", "value", "normalized", "quote", "start", "end"}
            assert texts[v["article_id"]][v["start"] : v["end"]] == v["quote"]
    for g in data["name_variants"]:
        assert set(g) >= {"canonical", "variants"}
        assert all(set(v) >= {"name", "article_ids"} for v in g["variants"])
    for g in data["quote_variants"]:
        assert set(g) >= {"speaker", "quotes"}
        for q in g["quotes"]:
            assert texts[q["article_id"]][q["start"] : q["end"]] == q["quote"]
    for a in data["attributions"]:
        assert set(a) >= {"article_id", "source", "quote", "start", "end"}
        assert texts[a["article_id"]][a["start"] : a["end"]] == a["quote"]
    assert any("Wall Street Journal" in a["source"] for a in data["attributions"])
