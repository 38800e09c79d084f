"""`kursk-reader info` on a fresh user folder shows the sample project."""

from __future__ import annotations

import json
import subprocess
import sys


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kursk_reader", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_info_on_fresh_user_folder_shows_sample_articles_and_claims(isolated_user_folders):
    result = run_cli("info", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 5
    statements = [c["statement"] for c in data["claims"]]
    assert any("troops" in s for s in statements)
    troops = next(c for c in data["claims"] if "troops" in c["statement"])
    values = {e["value"] for e in troops["evidence"]}
    assert {"about 15,000", "around 12,000"} <= values
    # Every highlight's offsets point at its quote in the article text.
    full = json.loads(run_cli("info", "--json", "--text").stdout)
    texts = {a["id"]: a["text"] for a in full["articles"]}
    for h in full["highlights"]:
        assert texts[h["article_id"]][h["start"] : h["end"]] == h["exact"]
    assert (isolated_user_folders / "data" / "kursk-reader" / "sample.kursk").exists()


def test_info_on_a_file_that_is_not_a_project_is_one_clear_line(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    before = bogus.read_bytes()
    result = run_cli("info", str(bogus), "--json")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(bogus) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert bogus.read_bytes() == before
