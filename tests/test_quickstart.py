"""The quickstart runs offline against the embedded fake and writes a PDF a reader opens."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from instaview_plus.__main__ import main
from instaview_plus._quickstart import run


def test_quickstart_offline_prints_every_step_and_saves_a_valid_pdf(tmp_path: Path) -> None:
    out = io.StringIO()
    pdf_path = tmp_path / "analysis.pdf"
    assert run(["--pdf", str(pdf_path)], stream=out) == 0
    text = out.getvalue()
    for step in (
        "created job",
        "created candidate",
        "created agent",
        "scheduled interview",
        "COMPLETED",
        "score",
    ):
        assert step in text, step
    assert "-07:00" in text or "-08:00" in text  # tomorrow 10:00 in Los Angeles, offset kept
    reader = pypdf.PdfReader(pdf_path)
    assert len(reader.pages) >= 1
    assert "Jana" in reader.pages[0].extract_text()


def test_main_usage() -> None:
    assert main([]) == 2
