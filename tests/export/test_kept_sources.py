"""The sources a report lists are kept in the project: the window's cross-check and a report of
the whole project keep what they found, the next report reads it back instead of finding it
again, and any change to the articles (or to the analysis) makes the kept sources stale."""

from __future__ import annotations

import pytest

from kursk_reader.analysis import stored
from kursk_reader.core.models import NewArticle
from kursk_reader.export.build import ExportRequest, export
from kursk_reader.services import open_project
from tests.analysis.test_crosscheck_gui import make_ui

FIRST = "Ministers met on Monday. According to the Tallinn Courier, the border talks stalled.\n"
SECOND = "The talks went on, Radio Kestrel reported. No date was set for the next round.\n"
THIRD = "Villagers waited at the crossing, the Harbour Gazette reported on Tuesday.\n"


def _two(project):
    a = project.add_article(NewArticle(text=FIRST, title="First", outlet="One"))
    b = project.add_article(NewArticle(text=SECOND, title="Second", outlet="Two"))
    return a, b


def _sources_md(project, tmp_path, name="r.md") -> str:
    out = tmp_path / name
    export(project, ExportRequest("md", out))
    text = out.read_text(encoding="utf-8")
    return text[text.index("Sources cited") :] if "Sources cited" in text else ""


def _no_finding(*_args, **_kwargs):
    raise AssertionError("the sources were found again instead of read back")


def test_a_whole_project_report_keeps_its_sources_and_the_next_reads_them(
    project, tmp_path, monkeypatch
):
    _two(project)
    first = _sources_md(project, tmp_path)
    assert "Tallinn Courier" in first and "Radio Kestrel" in first
    assert project.stored_findings(stored.KIND) is not None

    monkeypatch.setattr(stored, "find_sources", _no_finding)
    assert _sources_md(project, tmp_path, "again.md") == first


def test_a_changed_or_added_article_makes_the_kept_sources_stale(project, tmp_path):
    a, _b = _two(project)
    _sources_md(project, tmp_path)
    project.replace_article_text(
        a.id, NewArticle(text=FIRST.replace("Tallinn Courier", "Baltic Ledger"))
    )
    changed = _sources_md(project, tmp_path, "changed.md")
    assert "Baltic Ledger" in changed and "Tallinn Courier" not in changed

    project.add_article(NewArticle(text=THIRD, title="Third", outlet="Three"))
    assert "Harbour Gazette" in _sources_md(project, tmp_path, "added.md")


def test_another_version_of_the_analysis_does_not_trust_kept_sources(
    project, tmp_path, monkeypatch
):
    _two(project)
    _sources_md(project, tmp_path)
    monkeypatch.setattr(stored, "code_digest", lambda: "another version")
    calls = []
    real = stored.find_sources
    monkeypatch.setattr(stored, "find_sources", lambda *a: calls.append(1) or real(*a))
    assert "Radio Kestrel" in _sources_md(project, tmp_path, "other.md")
    assert calls == [1]


def test_damaged_kept_sources_are_found_again(project, tmp_path):
    _two(project)
    key = stored.fingerprint(project.analysis_inputs())
    project.store_findings(stored.KIND, key, "[[1, 'not json")
    assert "Tallinn Courier" in _sources_md(project, tmp_path)
    assert stored.kept(project, key) is not None  # and kept afresh


def test_a_report_of_some_articles_keeps_nothing_but_reads_kept_sources(project, tmp_path):
    a, b = _two(project)
    out = tmp_path / "one.md"
    export(project, ExportRequest("md", out, scope=_scope(a.id)))
    assert project.stored_findings(stored.KIND) is None  # found for one article only

    _sources_md(project, tmp_path)  # the whole project: kept
    export(project, ExportRequest("md", out, scope=_scope(b.id)))
    text = out.read_text(encoding="utf-8")
    assert "Radio Kestrel" in text and "Tallinn Courier" not in text


def _scope(article_id: int):
    from kursk_reader.services.report import ReportScope

    return ReportScope(article_ids=(article_id,))


def test_a_read_only_project_reports_its_sources_without_keeping_them(project, tmp_path):
    _two(project)
    path = project.path
    project.close()
    with open_project(path, read_only=True) as ro:
        assert "Radio Kestrel" in _sources_md(ro, tmp_path)
        assert ro.stored_findings(stored.KIND) is None


def test_sources_in_web_debris_are_not_listed(project, tmp_path):
    menu = "Read more: the Metro Bugle reported on the match.\n"
    text = menu + SECOND
    project.add_article(
        NewArticle(text=text, title="With menu", outlet="Two", debris=((0, len(menu)),))
    )
    listed = _sources_md(project, tmp_path)
    assert "Radio Kestrel" in listed and "Metro Bugle" not in listed


@pytest.mark.usefixtures("qapp")
def test_the_windows_cross_check_keeps_the_sources_it_found(qtbot, project, tmp_path, monkeypatch):
    _two(project)
    _ctx, cc = make_ui(qtbot, project)
    with qtbot.waitSignal(cc.finished, timeout=10000):
        pass
    key = stored.fingerprint(project.analysis_inputs())
    kept = stored.kept(project, key)
    assert kept is not None
    assert {a.source for a in kept} == {a.source for a in cc.findings.attributions}

    monkeypatch.setattr(stored, "find_sources", _no_finding)  # the report reads them back
    assert "Tallinn Courier" in _sources_md(project, tmp_path)


def test_the_export_command_keeps_the_sources_for_the_next_export(project, tmp_path):
    from kursk_reader.cli import main

    _two(project)
    path = project.path
    project.close()
    assert main(["export", str(path), "--format", "md", "--output", str(tmp_path / "a.md")]) == 0
    with open_project(path, read_only=True) as again:
        key = stored.fingerprint(again.analysis_inputs())
        assert {a.source for a in stored.kept(again, key) or ()} >= {
            "Tallinn Courier",
            "Radio Kestrel",
        }
