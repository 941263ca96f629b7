"""The quickstart runs offline against the embedded fake and writes a PDF a reader opens."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from instaview_plus.__main__ import main
from instaview_plus.cli._quickstart import run


def test_quickstart_offline_prints_every_step_and_saves_a_valid_pdf(tmp_path: Path) -> None:
    out = io.StringIO()
    pdf_path = tmp_path / "analysis.pdf"
    assert run(pdf_path, stream=out) == 0
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


def test_main_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["--help"]) == 0 and "quickstart" in capsys.readouterr().out
    assert main(["quickstart", "--help"]) == 0 and "--pdf PATH" in capsys.readouterr().out
    assert (
        main(["quickstart", "--bogus"]) == 2 and "unrecognized arguments: --bogus" in capsys.readouterr().err
    )
    assert main(["quickstart", "--pdf"]) == 2 and "--pdf: expected one argument" in capsys.readouterr().err
    assert main(["nope"]) == 2
    assert main(["--bogus"]) == 2 and "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_online_quickstart_names_the_url_it_runs_against(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stop(Exception):
        pass

    def stop(*args: object, **kwargs: object) -> None:
        raise Stop

    monkeypatch.setenv("INSTAVIEW_API_KEY", "sk_test_online")
    monkeypatch.setenv("INSTAVIEW_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setattr("instaview_plus.cli._quickstart._schedule", stop)  # only the first line matters here
    out = io.StringIO()
    with pytest.raises(Stop):
        run(stream=out)
    assert "running against http://127.0.0.1:9 with is_test=True" in out.getvalue()
