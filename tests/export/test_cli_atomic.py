"""The export command and atomic writes."""

from __future__ import annotations

import errno
import os

import pytest

from kursk_reader.core.errors import KurskError
from kursk_reader.export.atomic import write_atomic
from tests.export.conftest import run_cli


@pytest.mark.parametrize("fmt", ["md", "pdf", "jsonld"])
def test_export_command_writes_each_format(sample_project, out_dir, fmt):
    out = out_dir / f"r.{fmt}"
    claim = sample_project.claims()[0]
    code, stdout, err = run_cli(
        "export",
        str(sample_project.path),
        "--format",
        fmt,
        "--output",
        str(out),
        "--claims",
        str(claim.id),
    )
    assert code == 0, err
    assert out.stat().st_size > 0 and "wrote" in stdout
    assert [p.name for p in out_dir.iterdir()] == [out.name]


def test_export_scope_by_articles_and_tags(sample_project, out_dir):
    out = out_dir / "r.md"
    tag = sample_project.tags()[0]
    code, stdout, _ = run_cli(
        "export",
        str(sample_project.path),
        "--format",
        "md",
        "--output",
        str(out),
        "--articles",
        "1",
        "2",
        "--tags",
        tag.name,
    )
    assert code == 0
    expected = [h for h in sample_project.highlights(article_ids=[1, 2], tag_ids=[tag.id])]
    assert f"{len(expected)} highlights" in stdout
    assert out.read_text().count("\n1. ") + out.read_text().count("\n2. ") >= 1


def test_unknown_scope_and_unwritable_destination_are_clear_errors(sample_project, out_dir):
    code, _, err = run_cli(
        "export",
        str(sample_project.path),
        "--format",
        "md",
        "--output",
        str(out_dir / "x.md"),
        "--claims",
        "999",
    )
    assert code == 1 and "no claim 999" in err
    code, _, err = run_cli(
        "export",
        str(sample_project.path),
        "--format",
        "md",
        "--output",
        str(out_dir / "missing" / "x.md"),
    )
    assert code == 1 and "missing/x.md" in err and "Traceback" not in err
    assert not list(out_dir.iterdir())


def test_full_disk_leaves_old_file_and_no_temporary(out_dir, monkeypatch):
    target = out_dir / "report.md"
    target.write_text("old report", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(KurskError, match="disk is full") as caught:
        write_atomic(target, "new report " * 1000)
    assert str(target) in str(caught.value)
    assert target.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in out_dir.iterdir()] == ["report.md"]


def test_permission_denied_names_the_file(out_dir, monkeypatch):
    import tempfile

    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(KurskError, match="permission denied") as caught:
        write_atomic(out_dir / "r.pdf", b"%PDF")
    assert "r.pdf" in str(caught.value)
    assert not list(out_dir.iterdir())


def test_no_qt_outside_the_pdf_exporter():
    import subprocess
    import sys

    code = (
        "import sys, kursk_reader.export.markdown, kursk_reader.export.jsonld, "
        "kursk_reader.export.build, kursk_reader.services.report, kursk_reader.services.annotations, "
        "kursk_reader.cli.export_cmd, kursk_reader.cli.annotations_cmd; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_exported_file_gets_the_usual_permissions_not_private_ones(tmp_path):
    import os
    import stat

    from kursk_reader.export.atomic import write_atomic

    old = os.umask(0o022)
    try:
        out = write_atomic(tmp_path / "report.md", "# Report\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_export_through_a_symbolic_link_keeps_the_link(tmp_path):
    real = tmp_path / "reports" / "latest.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "report.md"
    link.symlink_to(real)
    write_atomic(link, "# New\n")
    assert link.is_symlink()
    assert real.read_text() == "# New\n"


def test_special_file_is_refused_and_left_alone(out_dir):
    fifo = out_dir / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(KurskError, match="special file") as caught:
        write_atomic(fifo, "# Report\n")
    assert "pipe" in str(caught.value)
    assert fifo.is_fifo()
    assert [p.name for p in out_dir.iterdir()] == ["pipe"]
