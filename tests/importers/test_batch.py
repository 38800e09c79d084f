"""Importing into a project: duplicates, near-duplicates, failures in a batch, the CLI."""

from __future__ import annotations

import random
import shutil

from kursk_reader.importers.batch import import_files, import_text
from kursk_reader.importers.duplicates import NEAR_DUPLICATE_JACCARD, jaccard, shingles
from tests.conftest import SEED_FILES
from tests.importers.conftest import DATA

WIRE = (
    "Flood waters rose overnight in the river valley, forcing hundreds of families to leave "
    "their homes, the regional emergency service said on Sunday. Rescue teams used boats to "
    "reach villages cut off by the water, and schools in three districts were closed. "
    "Forecasters expect more rain until Wednesday, and officials warned that dams upstream "
    "were close to capacity. The governor said compensation would be paid to every family "
    "whose home was damaged, and asked volunteers to register with the local authorities."
)


def test_seed_files_import_with_debris_titles_and_outlets(project) -> None:
    report = import_files(project, SEED_FILES)
    assert report.failed == [] and len(report.imported) == 5
    by_file = {info.source_file[:3]: info for info in report.imported}
    assert by_file["000"].outlet == "Meduza"
    assert by_file["002"].outlet == "Nypost"
    assert by_file["004"].outlet == "The Wall Street Journal"
    assert by_file["000"].title.startswith("Pyongyang’s ‘overseas heroes’")
    assert by_file["002"].title == (
        "North Korea’s top officers abruptly pulled out of Russia and sent home: report"
    )
    assert by_file["001"].title.startswith("North Korean Generals Return from Russia")
    for key in ("000", "002", "004"):
        article = project.get_article(by_file[key].id)
        assert article.debris, key
        assert article.text == SEED_FILES[int(key)].read_text(encoding="utf-8").rstrip() + "\n"
    assert all(info.language == "en" for info in report.imported)


def test_identical_text_is_refused_naming_the_existing_article(project, tmp_path) -> None:
    first = import_files(project, [SEED_FILES[1]])
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED_FILES[1], copy)
    again = import_files(project, [copy])
    assert again.imported == []
    ((path, message),) = again.failed
    assert path == str(copy)
    assert f"already in the project as article {first.imported[0].id}" in message
    assert len(project.list_articles()) == 1


def test_near_duplicate_is_stored_linked_and_noted(project, tmp_path) -> None:
    a = tmp_path / "agency.txt"
    a.write_text("Floods in the valley\n\n" + WIRE, encoding="utf-8")
    b = tmp_path / "reprint.txt"
    b.write_text(
        "Valley flooding: families leave homes\n\n"
        + WIRE.replace("Sunday", "Monday")
        + "\n\nShare",
        encoding="utf-8",
    )
    unrelated = SEED_FILES[3]
    report = import_files(project, [a, b, unrelated])
    assert report.failed == []
    first, second, third = report.imported
    assert second.near_duplicate_of == first.id
    assert third.near_duplicate_of is None
    assert len(report.notes) == 1 and "reprint.txt" in report.notes[0]
    assert f"article {first.id}" in report.notes[0]
    assert project.article_info(second.id).near_duplicate_of == first.id


def test_shingle_similarity_separates_copies_from_other_reports() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            assert jaccard(shingles(texts[i]), shingles(texts[j])) < NEAR_DUPLICATE_JACCARD
    words = texts[0].split()
    rng = random.Random(1)
    edited = [w if rng.random() > 0.02 else "changed" for w in words]
    assert jaccard(shingles(texts[0]), shingles(" ".join(edited))) >= NEAR_DUPLICATE_JACCARD


def test_batch_goes_on_after_bad_files_and_sums_up(project) -> None:
    files = [
        DATA / "empty.txt",
        DATA / "ru_koi8r.txt",
        DATA / "encrypted.pdf",
        DATA / "de_news_page.html",
        DATA / "junk.bin",
        DATA / "port_strike.pdf",
    ]
    seen: list[tuple[int, int]] = []
    report = import_files(
        project, files, progress=lambda done, total, _f: seen.append((done, total))
    )
    assert [info.source_file for info in report.imported] == [
        "ru_koi8r.txt",
        "de_news_page.html",
        "port_strike.pdf",
    ]
    assert [p for p, _ in report.failed] == [
        str(DATA / n) for n in ("empty.txt", "encrypted.pdf", "junk.bin")
    ]
    assert report.summary() == "3 imported, 3 failed"
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert len(project.list_articles()) == 3
    assert project.original_of(report.imported[1].id) == (
        (DATA / "de_news_page.html").read_bytes(),
        "html",
    )


def test_cancel_stops_the_batch_between_files(project) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    report = import_files(project, SEED_FILES, cancelled=cancelled)
    assert report.cancelled and len(report.imported) == 2
    assert len(project.list_articles()) == 2


def test_pasted_text_becomes_an_article(project) -> None:
    report = import_text(
        project,
        "Bridge reopens\n\nThe bridge reopened on Monday after repairs"
        " that took six weeks, the city said.\n",
    )
    (info,) = report.imported
    assert info.title == "Bridge reopens" and info.source_file == ""
    again = import_text(
        project,
        "Bridge reopens\n\nThe bridge reopened on Monday after repairs"
        " that took six weeks, the city said.",
    )
    assert again.imported == [] and "already in the project" in again.failed[0][1]


def test_cli_import_exits_1_when_a_file_failed(tmp_path, capsys) -> None:
    from kursk_reader.cli import main

    target = tmp_path / "p.kursk"
    code = main(["import", str(target), str(SEED_FILES[0]), str(DATA / "scanned.pdf")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "1 imported, 1 failed" in out
    assert f"{DATA / 'scanned.pdf'}: is a PDF without a text layer" in err
    assert "Traceback" not in err
    assert main(["import", str(target), str(SEED_FILES[1])]) == 0


def test_sample_project_articles_carry_debris(sample_project) -> None:
    marked = [
        a.source_file
        for a in sample_project.list_articles()
        if sample_project.get_article(a.id).debris
    ]
    assert {
        "000_913f1e199a8af366.txt",
        "002_4c9622b212608e15.txt",
        "004_b985633ccb23d3b2.txt",
    } <= set(marked)
