"""The services API: every write committed and told to observers, every read a plain record."""

from __future__ import annotations

import sqlite3

import pytest

from kursk_reader.core.errors import ImportRefused, KurskError, NotFound
from kursk_reader.core.models import Change, ClaimStatus, NewArticle, Stance
from kursk_reader.services import open_project
from tests.conftest import SEED_FILES


def add_seed(project, index: int = 0, **meta: str):
    text = SEED_FILES[index].read_text(encoding="utf-8")
    return project.add_article(
        NewArticle(text=text, source_file=str(SEED_FILES[index]), original=text.encode(), **meta)
    )


def span_of(text: str, quote: str) -> tuple[int, int]:
    at = text.index(quote)
    return at, at + len(quote)


def test_articles_add_list_get_update_delete(project):
    a = add_seed(project, 0, title="First", outlet="Meduza", language="en")
    b = add_seed(project, 1, title="Second")
    assert [x.id for x in project.list_articles()] == [a.id, b.id]
    art = project.get_article(a.id)
    assert art.text == SEED_FILES[0].read_text(encoding="utf-8")
    assert art.info.chars == len(art.text) and art.info.label.startswith("Meduza · First")
    assert project.article_info(b.id).title == "Second"
    assert project.original_of(a.id) == (art.text.encode(), "txt")
    updated = project.update_article(a.id, title="Renamed", published="2025-06-01")
    assert (updated.title, updated.published) == ("Renamed", "2025-06-01")
    with pytest.raises(ValueError):
        project.update_article(a.id, text="new text")
    with pytest.raises(ImportRefused) as refused:
        add_seed(project, 0)
    assert f"article {a.id}" in str(refused.value)
    h = project.add_highlight(a.id, 0, 10)
    project.delete_article(a.id)
    with pytest.raises(NotFound):
        project.get_article(a.id)
    with pytest.raises(NotFound):
        project.get_highlight(h.id)
    assert [x.id for x in project.list_articles()] == [b.id]


def test_highlight_stores_quote_context_and_survives_reopen(project, tmp_path):
    a = add_seed(project, 2)
    text = project.get_article(a.id).text
    start, end = 300, 360
    tag = project.create_tag("figures", colour="#ff0000")
    h = project.add_highlight(a.id, start, end, colour="#00ff00", note="check", tag_ids=[tag.id])
    assert h.exact == text[start:end]
    assert h.prefix == text[start - 32 : start] and h.suffix == text[end : end + 32]
    assert h.tag_ids == (tag.id,) and not h.orphan
    project.close()
    again = open_project(tmp_path / "test.kursk")
    got = again.get_highlight(h.id)
    assert (got.start, got.end, got.exact, got.colour, got.note) == (
        start,
        end,
        text[start:end],
        "#00ff00",
        "check",
    )
    again.close()


def test_highlight_range_is_checked(project):
    a = add_seed(project, 0)
    with pytest.raises(KurskError):
        project.add_highlight(a.id, 10, 10)
    with pytest.raises(KurskError):
        project.add_highlight(a.id, 0, a.chars + 1)
    with pytest.raises(NotFound):
        project.add_highlight(a.id + 99, 0, 5)


def test_highlights_filtered_by_article_tag_and_claim(project):
    a, b = add_seed(project, 0), add_seed(project, 1)
    t1, t2 = project.create_tag("one"), project.create_tag("two")
    c = project.create_claim("a claim")
    h1 = project.add_highlight(a.id, 50, 60, tag_ids=[t1.id])
    h2 = project.add_highlight(a.id, 10, 20, tag_ids=[t2.id])
    h3 = project.add_highlight(b.id, 5, 15)
    project.link_evidence(h3.id, c.id, Stance.SUPPORTS, "12")
    assert [h.id for h in project.highlights()] == [h2.id, h1.id, h3.id]
    assert [h.id for h in project.highlights(article_ids=[a.id])] == [h2.id, h1.id]
    assert [h.id for h in project.highlights(tag_ids=[t1.id])] == [h1.id]
    assert [h.id for h in project.highlights(claim_ids=[c.id])] == [h3.id]
    assert project.highlights(article_ids=[]) == []


def test_update_delete_and_restore_highlight_with_tags_and_evidence(project):
    a = add_seed(project, 0)
    tag = project.create_tag("names")
    claim = project.create_claim("who was there")
    h = project.add_highlight(a.id, 100, 140, note="first", tag_ids=[tag.id])
    project.link_evidence(h.id, claim.id, "supports", "Sin Kum Chol")
    changed = project.update_highlight(h.id, colour="#123456", note="second")
    assert (changed.colour, changed.note) == ("#123456", "second")
    assert changed.updated_at >= h.updated_at
    snap = project.delete_highlight(h.id)
    assert project.highlights() == []
    assert project.tags()[0].highlight_count == 0
    restored = project.restore_highlight(snap)
    assert restored.id == h.id and restored.note == "second" and restored.tag_ids == (tag.id,)
    assert restored.evidence == snap.evidence
    assert restored.evidence[0].value == "Sin Kum Chol"
    # A claim deleted in between is skipped on restore; the rest comes back.
    snap = project.delete_highlight(h.id)
    project.delete_claim(claim.id)
    back = project.restore_highlight(snap)
    assert back.evidence == () and back.tag_ids == (tag.id,)


def test_a_write_refused_by_the_schema_is_a_clear_error_and_changes_nothing(project):
    a = add_seed(project, 0)
    with pytest.raises(KurskError, match="no longer exists") as refused:
        project.add_highlight(a.id, 0, 10, tag_ids=[424242])
    assert "Traceback" not in str(refused.value) and "\n" not in str(refused.value)
    assert project.highlights() == []


def test_set_highlight_tags_returns_previous_for_undo(project):
    a = add_seed(project, 0)
    t1, t2, t3 = (project.create_tag(n) for n in ("a", "b", "c"))
    h = project.add_highlight(a.id, 0, 30, tag_ids=[t1.id, t2.id])
    before = project.set_highlight_tags(h.id, [t2.id, t3.id])
    assert before == (t1.id, t2.id)
    assert project.get_highlight(h.id).tag_ids == (t2.id, t3.id)
    project.set_highlight_tags(h.id, before)
    assert project.get_highlight(h.id).tag_ids == (t1.id, t2.id)
    project.remove_tag_from(t1.id, (h.id,))
    assert project.get_highlight(h.id).tag_ids == (t2.id,)


def test_evidence_is_unique_per_highlight_and_claim(project):
    a = add_seed(project, 0)
    claim = project.create_claim("troops deployed")
    h = project.add_highlight(a.id, 0, 40)
    assert project.link_evidence(h.id, claim.id, "mentions", "15,000") is None
    previous = project.link_evidence(h.id, claim.id, "contradicts", "12,000")
    assert previous is not None and previous.value == "15,000"
    links = project.get_highlight(h.id).evidence
    assert len(links) == 1 and links[0].stance is Stance.CONTRADICTS
    assert project.unlink_evidence(h.id, claim.id).value == "12,000"
    assert project.unlink_evidence(h.id, claim.id) is None
    with pytest.raises(NotFound):
        project.link_evidence(h.id, claim.id + 5)
    with pytest.raises(ValueError):
        project.link_evidence(h.id, claim.id, "believes")


def test_tag_tree_nest_cycle_rename_merge_delete(project):
    root = project.create_tag("people")
    child = project.create_tag("officers", parent_id=root.id)
    grandchild = project.create_tag("generals", parent_id=child.id)
    with pytest.raises(KurskError, match="already exists"):
        project.create_tag("people")
    with pytest.raises(NotFound):
        project.create_tag("orphaned", parent_id=9999)
    with pytest.raises(KurskError):
        project.create_tag("  ")
    with pytest.raises(KurskError):
        project.move_tag(root.id, grandchild.id)
    with pytest.raises(KurskError):
        project.move_tag(root.id, root.id)
    assert project.move_tag(grandchild.id, root.id).parent_id == root.id
    project.move_tag(grandchild.id, child.id)
    renamed = project.update_tag(child.id, name="commanders", colour="#abcdef")
    assert (renamed.name, renamed.colour) == ("commanders", "#abcdef")
    with pytest.raises(KurskError):
        project.update_tag(child.id, name="people")
    assert project.tag_by_name("commanders").id == child.id
    assert project.tag_by_name("officers") is None

    # Delete moves the children up to the parent; the snapshot puts everything back.
    a = add_seed(project, 0)
    h = project.add_highlight(a.id, 0, 20, tag_ids=[child.id])
    snap = project.delete_tag(child.id)
    tags = {t.id: t for t in project.tags()}
    assert child.id not in tags and tags[grandchild.id].parent_id == root.id
    assert project.get_highlight(h.id).tag_ids == ()
    project.restore_tag(snap)
    tags = {t.id: t for t in project.tags()}
    assert tags[grandchild.id].parent_id == child.id and tags[child.id].highlight_count == 1
    assert project.get_highlight(h.id).tag_ids == (child.id,)

    # Merge: highlights and children move to the target; the source is gone.
    other = project.create_tag("military")
    h2 = project.add_highlight(a.id, 30, 50, tag_ids=[other.id, child.id])
    merged_snap, added = project.merge_tags(child.id, other.id)
    assert added == (h.id,)
    assert merged_snap.tag.id == child.id
    tags = {t.id: t for t in project.tags()}
    assert child.id not in tags and tags[grandchild.id].parent_id == other.id
    assert tags[other.id].highlight_count == 2
    assert project.get_highlight(h2.id).tag_ids == (other.id,)
    with pytest.raises(KurskError):
        project.merge_tags(other.id, other.id)


def test_merge_tags_is_one_change_that_undo_reverses(project):
    a = add_seed(project, 0)
    source = project.create_tag("soldiers")
    child = project.create_tag("conscripts", parent_id=source.id)
    target = project.create_tag("troops")
    both = project.add_highlight(a.id, 0, 20, tag_ids=[source.id, target.id])
    only_source = project.add_highlight(a.id, 30, 50, tag_ids=[source.id])
    before = ({t.id: t for t in project.tags()}, [h.tag_ids for h in project.highlights()])
    seen: list[Change] = []
    project.subscribe(seen.append)
    snap, added = project.merge_tags(source.id, target.id)
    assert added == (only_source.id,)
    assert Change("tag", "removed", (source.id,)) in seen
    tags = {t.id: t for t in project.tags()}
    assert source.id not in tags and tags[child.id].parent_id == target.id
    assert [h.tag_ids for h in project.highlights()] == [(target.id,), (target.id,)]
    # Undo: put the source back (children and highlights), then take the target off again.
    project.restore_tag(snap)
    project.remove_tag_from(target.id, added)
    after = ({t.id: t for t in project.tags()}, [h.tag_ids for h in project.highlights()])
    assert after == before
    assert project.get_highlight(both.id).tag_ids == tuple(sorted((source.id, target.id)))
    with pytest.raises(KurskError):
        project.merge_tags(source.id, child.id)
    with pytest.raises(NotFound):
        project.merge_tags(source.id, 9999)
    assert {t.id for t in project.tags()} == {source.id, child.id, target.id}


def test_claims_create_update_delete_restore(project):
    with pytest.raises(KurskError):
        project.create_claim("   ")
    c = project.create_claim("Officers decorated", note="n")
    assert c.status is ClaimStatus.UNVERIFIED
    up = project.update_claim(c.id, status="disputed", statement="Officers were decorated")
    assert (up.status, up.statement, up.note) == (
        ClaimStatus.DISPUTED,
        "Officers were decorated",
        "n",
    )
    with pytest.raises(ValueError):
        project.update_claim(c.id, status="maybe")
    a = add_seed(project, 0)
    h = project.add_highlight(a.id, 0, 20)
    project.link_evidence(h.id, c.id, "supports", "a dozen")
    snap = project.delete_claim(c.id)
    assert project.claims() == [] and project.get_highlight(h.id).evidence == ()
    project.restore_claim(snap)
    assert project.get_claim(c.id) == up
    assert project.get_highlight(h.id).evidence[0].value == "a dozen"
    with pytest.raises(NotFound):
        project.get_claim(c.id + 1)


def test_claim_matrix_cells_and_conflicts(project):
    arts = [add_seed(project, i) for i in range(3)]
    agree = project.create_claim("agreed figure")
    differ = project.create_claim("disputed figure")
    stances = project.create_claim("opposite stances")
    empty = project.create_claim("nobody mentions it")
    for i, art in enumerate(arts):
        h = project.add_highlight(art.id, 10 * i + 5, 10 * i + 15)
        project.link_evidence(h.id, agree.id, "supports", "about 15,000")
        project.link_evidence(h.id, differ.id, "supports", ["15,000", "15 000", "12,000"][i])
    h = project.add_highlight(arts[0].id, 200, 220)
    project.link_evidence(h.id, stances.id, "supports")
    h = project.add_highlight(arts[1].id, 200, 220)
    project.link_evidence(h.id, stances.id, "contradicts")
    m = project.claim_matrix()
    assert [c.id for c in m.claims] == [agree.id, differ.id, stances.id, empty.id]
    assert [a.id for a in m.articles] == [a.id for a in arts]
    cell = m.cell(differ.id, arts[2].id)
    assert cell is not None and cell.values == ("12,000",)
    assert cell.evidence[0][1].article_id == arts[2].id
    assert m.cell(empty.id, arts[0].id) is None and m.cell(stances.id, arts[2].id) is None
    assert m.conflicting_claims() == {differ.id, stances.id}
    only = project.claim_matrix(claim_ids=[differ.id], article_ids=[arts[0].id, arts[1].id])
    assert [c.id for c in only.claims] == [differ.id] and len(only.cells) == 2
    assert only.conflicting_claims() == set()


def test_search_cyrillic_prefix_notes_and_claims(project):
    ru = project.add_article(
        NewArticle(text="Северокорейские военные вернулись из Курской области. Военные награждены.")
    )
    en = add_seed(project, 0)
    en_text = project.get_article(en.id).text
    hits = project.search("военн")
    assert {h.kind for h in hits} == {"article"}
    assert len(hits) == 2
    for h in hits:
        word = project.get_article(h.article_id).text[h.start : h.end]
        assert word.lower().startswith("военн")
    assert project.search("курск")[0].article_id == ru.id
    # Prefix matching on English, offsets at the words.
    hits = [h for h in project.search("decorat") if h.kind == "article"]
    assert hits and all(en_text[h.start : h.end].lower().startswith("decorat") for h in hits)
    h = project.add_highlight(en.id, 0, 20, note="Проверить цифры у источника")
    note_hits = [x for x in project.search("цифр") if x.kind == "note"]
    assert [(x.highlight_id, x.start, x.end) for x in note_hits] == [(h.id, 0, 20)]
    project.update_highlight(h.id, note="changed")
    assert [x for x in project.search("цифр") if x.kind == "note"] == []
    c = project.create_claim("Генерал Син Кым Чхоль награждён")
    claim_hits = [x for x in project.search("награжд") if x.kind == "claim"]
    assert [x.claim_id for x in claim_hits] == [c.id]
    assert c.statement[claim_hits[0].start : claim_hits[0].end].startswith("награжд")
    # Accents are ignored both ways, and the offsets still point at the written word.
    fr = project.add_article(NewArticle(text="Le traité de défense mutuelle, señor."))
    fr_text = project.get_article(fr.id).text
    for query, word in (("defense", "défense"), ("traite", "traité"), ("senor", "señor")):
        found = [x for x in project.search(query) if x.article_id == fr.id]
        assert [fr_text[x.start : x.end] for x in found] == [word]
    uk = project.add_article(NewArticle(text="Мої слова і мій голос."))
    uk_text = project.get_article(uk.id).text
    found = [uk_text[x.start : x.end] for x in project.search("мій") if x.article_id == uk.id]
    assert found == ["мій"]
    assert project.search("   ") == [] and project.search("zzzqqq") == []
    assert project.search('"quoted" AND OR (') is not None
    project.delete_article(ru.id)
    assert all(h.article_id != ru.id for h in project.search("военн"))


def test_words_settings_and_dismissed_findings(project):
    project.add_word("Pyongyang")
    project.add_word("  Pyongyang ")
    project.add_word("")
    project.add_word("apple")
    assert project.words() == ["apple", "Pyongyang"]
    project.remove_word("apple")
    assert project.words() == ["Pyongyang"]
    assert project.setting("language", "en") == "en"
    project.set_setting("language", "ru")
    project.set_setting("language", "uk")
    assert project.setting("language") == "uk"
    assert project.title == "test"
    project.set_setting("title", "Kursk")
    assert project.title == "Kursk"
    project.dismiss_finding("spelling:Sin Kum Chol", "spelling")
    project.dismiss_finding("spelling:Sin Kum Chol", "spelling")
    project.dismiss_finding("value:troops", "value")
    assert project.dismissed_findings() == {"spelling:Sin Kum Chol", "value:troops"}
    project.undismiss_finding("value:troops")
    assert project.dismissed_findings() == {"spelling:Sin Kum Chol"}


def test_observers_are_told_after_commit_and_not_on_rollback(project):
    seen: list[tuple[Change, int]] = []

    def observer(change: Change) -> None:
        # What the observer is told is already committed: another connection sees it.
        con = sqlite3.connect(project.path)
        count = con.execute("SELECT count(*) FROM highlights").fetchone()[0]
        con.close()
        seen.append((change, count))

    unsubscribe = project.subscribe(observer)
    a = add_seed(project, 0)
    assert seen[-1][0] == Change("article", "added", (a.id,))
    h = project.add_highlight(a.id, 0, 10)
    assert seen[-1] == (Change("highlight", "added", (h.id,)), 1)
    told = len(seen)
    with pytest.raises(KurskError):
        project.add_highlight(a.id, 5, 5)
    with pytest.raises(ImportRefused):
        add_seed(project, 0)
    with pytest.raises(KurskError):
        project.create_tag("x", parent_id=9999)
    assert len(seen) == told
    assert project.tags() == []
    unsubscribe()
    project.add_highlight(a.id, 20, 30)
    assert len(seen) == told


def test_replace_article_text_reanchors_and_keeps_orphans(project):
    a = add_seed(project, 1)
    text = project.get_article(a.id).text
    kept = span_of(text, text[1000:1060])
    edited_span = (1500, 1580)
    gone_span = (2500, 2560)
    h_kept = project.add_highlight(a.id, *kept)
    h_edit = project.add_highlight(a.id, *edited_span)
    h_gone = project.add_highlight(a.id, *gone_span)
    passage = text[edited_span[0] : edited_span[1]]
    edited = passage[:30] + "Z" + passage[31:]
    new_text = (
        "A new lead paragraph.\n\n"
        + text[: edited_span[0]]
        + edited
        + text[edited_span[1] : gone_span[0]]
        + text[gone_span[1] :]
    )
    counts = project.replace_article_text(a.id, NewArticle(text=new_text))
    assert counts == {"position": 0, "exact": 1, "fuzzy": 1, "orphan": 1}
    got = {h.id: h for h in project.highlights()}
    assert new_text[got[h_kept.id].start : got[h_kept.id].end] == h_kept.exact
    assert new_text[got[h_edit.id].start : got[h_edit.id].end] == edited
    orphan = got[h_gone.id]
    assert orphan.orphan and orphan.exact == h_gone.exact
    assert project.get_article(a.id).text == new_text
    assert project.article_info(a.id).chars == len(new_text)


def test_a_failing_observer_does_not_keep_others_from_hearing(project):
    heard: list[Change] = []

    def broken(change: Change) -> None:
        raise RuntimeError("observer bug")

    project.subscribe(broken)
    project.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        project.create_claim("still saved")
    assert [c.kind for c in heard] == ["claim"]
    assert [c.statement for c in project.claims()] == ["still saved"]
