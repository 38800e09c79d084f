"""The window writes reports in a child process: the file is written, progress comes back,
and a failure comes back as the one-line message naming the file."""

from __future__ import annotations

import pytest

from kursk_reader.core.errors import KurskError
from kursk_reader.export.build import ExportRequest
from kursk_reader.export.child import export_in_child


def test_a_report_written_in_a_child_process_with_progress(sample_project, tmp_path):
    out = tmp_path / "report.pdf"
    seen: list[tuple[int, int]] = []
    export_in_child(
        sample_project.path, False, ExportRequest("pdf", out), lambda d, t: seen.append((d, t))
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert seen and all(0 <= d <= t for d, t in seen)  # the PDF pages drawn, of how many


def test_a_failure_in_the_child_is_the_message_naming_the_file(sample_project, tmp_path):
    out = tmp_path / "no such folder" / "report.md"
    with pytest.raises(KurskError) as caught:
        export_in_child(sample_project.path, True, ExportRequest("md", out))
    assert str(out.parent) in str(caught.value)
    assert not out.parent.exists()
