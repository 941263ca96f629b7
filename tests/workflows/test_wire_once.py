"""A workflow puts its arguments in wire form once: the state keeps the checked wire values, and each
create request is sent from them (only the names go back to the wire's), not converted again."""

from __future__ import annotations

from typing import Any

import pytest

import instaview_plus as iv
from instaview_plus._pipeline import calls
from instaview_plus.testing import FakeInstaView

from .conftest import Clock, clients
from .test_schedule_interview import ALL


def test_the_interview_time_is_converted_once_and_sent_as_converted(
    fake: FakeInstaView, monkeypatch: pytest.MonkeyPatch
) -> None:
    converted: list[str] = []
    real = calls.to_wire

    def counting(value: Any, schema: Any, arg: str) -> Any:
        converted.append(arg)
        return real(value, schema, arg)

    monkeypatch.setattr(calls, "to_wire", counting)
    client, _ = clients(fake, Clock(fake))
    with client:
        done = client.workflows.schedule_interview(**ALL)
    assert converted.count("schedule_time") == 1  # checking the arguments; the send reuses the result
    assert converted.count("job.title") == 1
    assert isinstance(done.interview, iv.models.Interview)
    (interview,) = fake.state.interviews.values()
    assert interview.candidate_id == done.candidate.id
