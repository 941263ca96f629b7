"""Client options declared once: the same check and message from the constructors, ``with_options`` and a
call's own options; and a copy's resources are its own (they send with the copy's options)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import instaview_plus as iv

from ..conftest import KEY, Recorder, envelope


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("timeout", -1, "timeout must be a positive, finite number of seconds"),
        ("timeout", float("nan"), "timeout must be a positive, finite number of seconds"),
        ("timeout", "30", "timeout must be seconds, an httpx.Timeout, or None"),
        ("max_retries", -1, "max_retries must be a whole number >= 0"),
        ("max_retries", True, "max_retries must be a whole number >= 0"),
        ("company_id", " ", "company_id must be a non-empty string"),
        ("default_headers", {"X-A": 1}, "default_headers values must be strings"),
    ],
)
def test_one_check_and_one_message_per_option(
    client: iv.InstaView, option: str, value: Any, message: str
) -> None:
    with pytest.raises(iv.InvalidRequestError, match=message) as built:
        iv.InstaView(api_key=KEY, **{option: value})
    with pytest.raises(iv.InvalidRequestError, match=message) as copied:
        client.with_options(**{option: value})
    assert built.value.argument == copied.value.argument == option
    if option == "timeout":  # a call's own timeout goes through the same check
        with pytest.raises(iv.InvalidRequestError, match=message):
            client.jobs.get("job_1", timeout=value)


def test_a_copy_sends_with_its_own_options_even_after_the_original_made_its_resources(
    recorder: Recorder, client: iv.InstaView
) -> None:
    recorder.respond = lambda request: envelope(True)
    client.jobs.delete("job_1")  # the original's resource exists before the copy is made
    copy = client.with_options(default_headers={"X-Team": "ops"}, max_retries=0)
    copy.jobs.delete("job_1")
    client.jobs.delete("job_1")
    assert [request.headers.get("X-Team") for request in recorder.requests] == [None, "ops", None]
    assert copy.jobs is not client.jobs and copy.jobs is copy.jobs


def test_a_calls_options_change_that_call_only(recorder: Recorder, client: iv.InstaView) -> None:
    recorder.respond = lambda request: envelope(True)
    client.jobs.delete("job_1", timeout=2.5, extra_headers={"X-Trace": "1"})
    client.jobs.delete("job_1")
    first, second = recorder.requests
    assert first.headers["X-Trace"] == "1" and "X-Trace" not in second.headers
    assert first.extensions["timeout"]["read"] == 2.5
    assert second.extensions["timeout"]["read"] == 30.0


def test_retry_given_wins_over_max_retries_in_the_constructor_and_with_options_changes_it() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(503)))
    client = iv.InstaView(
        api_key=KEY, http_client=http, retry=iv.RetryPolicy(max_retries=4), sleep=lambda _: None
    )
    assert client._pipeline.retry.max_retries == 4
    assert client.with_options(max_retries=1)._pipeline.retry.max_retries == 1
    assert iv.InstaView(api_key=KEY, max_retries=3)._pipeline.retry.max_retries == 3
