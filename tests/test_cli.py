"""The command line: exit codes, one-line errors naming the file, the info JSON shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kursk_reader.core.models import NewArticle
from kursk_reader.services import open_project
from tests.conftest import ROOT, SEED_FILES

ARTICLE_KEYS = {
    "id",
    "title",
    "outlet",
    "author",
    "published",
    "language",
    "source_file",
    "chars",
    "debris",
}
CLAIM_KEYS = {"id", "statement", "status", "evidence"}
HIGHLIGHT_KEYS = {
    "id",
    "article_id",
    "start",
    "end",
    "exact",
    "colour",
    "tags",
    "note",
    "claim_ids",
    "orphan",
}


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kursk_reader", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        input=stdin,
    )


def one_line_naming(stderr: str, path: Path | str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert str(path) in lines[0] and "Traceback" not in stderr


def test_import_then_info_json_shape(tmp_path):
    project = tmp_path / "new.kursk"
    files = [str(p) for p in SEED_FILES[:2]]
    result = cli("import", str(project), *files)
    assert result.returncode == 0, result.stderr
    data = json.loads(cli("info", str(project), "--json").stdout)
    assert set(data) >= {"schema_version", "articles", "tags", "claims", "highlights"}
    assert len(data["articles"]) == 2
    for article in data["articles"]:
        assert set(article) >= ARTICLE_KEYS and "text" not in article
        assert all(len(r) == 2 for r in article["debris"])
    with_text = json.loads(cli("info", str(project), "--json", "--text").stdout)
    for article in with_text["articles"]:
        assert len(article["text"]) == article["chars"]
        for start, end in article["debris"]:
            assert 0 <= start < end <= article["chars"]


def test_info_shows_claims_evidence_tags_and_orphans(tmp_path):
    path = tmp_path / "p.kursk"
    text = SEED_FILES[0].read_text(encoding="utf-8")
    with open_project(path, create=True) as p:
        a = p.add_article(NewArticle(text=text, title="T"))
        tag = p.create_tag("figures")
        claim = p.create_claim("troops deployed")
        kept = p.add_highlight(a.id, 10, 40, tag_ids=[tag.id], note="n")
        p.link_evidence(kept.id, claim.id, "supports", "15,000")
        gone = p.add_highlight(a.id, 600, 650)
        p.replace_article_text(a.id, NewArticle(text=text[:600] + text[650:]))
    result = cli("info", str(path), "--json", "--text")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["tags"][0]["name"] == "figures"
    (c,) = data["claims"]
    assert set(c) >= CLAIM_KEYS and c["status"] == "unverified"
    assert [(e["highlight_id"], e["value"]) for e in c["evidence"]] == [(kept.id, "15,000")]
    hl = {h["id"]: h for h in data["highlights"]}
    assert all(set(h) >= HIGHLIGHT_KEYS for h in hl.values())
    assert hl[kept.id]["tags"] == ["figures"] and hl[kept.id]["claim_ids"] == [claim.id]
    assert hl[kept.id]["orphan"] is False
    article_text = data["articles"][0]["text"]
    assert article_text[hl[kept.id]["start"] : hl[kept.id]["end"]] == hl[kept.id]["exact"]
    assert hl[gone.id]["orphan"] is True and hl[gone.id]["exact"] == gone.exact


def test_import_with_one_bad_file_exits_1_and_keeps_the_others(tmp_path):
    project = tmp_path / "p.kursk"
    missing = tmp_path / "missing.txt"
    result = cli("import", str(project), str(SEED_FILES[0]), str(missing), str(SEED_FILES[1]))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    bad_lines = [line for line in result.stderr.splitlines() if str(missing) in line]
    assert len(bad_lines) == 1
    data = json.loads(cli("info", str(project)).stdout)
    assert len(data["articles"]) == 2


def test_usage_errors_exit_2():
    assert cli("info", "--no-such-option").returncode == 2
    assert cli("import").returncode == 2
    assert cli("--no-such-option").returncode == 2
    version = cli("--version")
    assert version.returncode == 0 and "kursk-reader" in version.stdout


def test_errors_are_one_line_naming_the_file_and_traceback_only_with_debug(tmp_path):
    missing = tmp_path / "nowhere.kursk"
    result = cli("info", str(missing))
    assert result.returncode == 1
    one_line_naming(result.stderr, missing)
    garbage = tmp_path / "garbage.kursk"
    garbage.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    result = cli("info", str(garbage), "--json")
    assert result.returncode == 1
    one_line_naming(result.stderr, garbage)
    debug = cli("info", str(garbage), "--debug")
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_output_piped_into_head_stops_quietly(tmp_path):
    path = tmp_path / "big.kursk"
    with open_project(path, create=True) as p:
        for f in SEED_FILES:
            p.add_article(NewArticle(text=f.read_text(encoding="utf-8") * 20))
    result = subprocess.run(
        f"'{sys.executable}' -m kursk_reader info '{path}' --text | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.stdout == '{\n  "schem'
    assert result.stderr == ""


def test_info_on_a_project_from_an_older_version_upgrades_it_after_a_backup(tmp_path):
    from tests.test_migrations import fill_0001, make_project_at

    path = tmp_path / "old.kursk"
    make_project_at(path, "0001")
    fill_0001(path)
    result = cli("info", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [a["title"] for a in data["articles"]] == ["Old"]
    assert data["highlights"][0]["note"] == "заметка"
    assert (tmp_path / "old.kursk.backup-0001").exists()
