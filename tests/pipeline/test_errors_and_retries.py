"""Error mapping for every documented shape and status; retries, backoff, Retry-After, no blind replay."""

from __future__ import annotations

import logging
import pickle

import httpx
import pytest

import instaview_plus as iv
from instaview_plus._pipeline.retry import RetryPolicy, decide_for_status, parse_retry_after

from ..conftest import KEY, Recorder, envelope

JOB_ID = "0b5f7c1e-2d4a-4c8e-9f3a-6b1d2e3f4a5b"  # path ids are UUIDs in the spec (checked by tests/contract)
JOB = {
    "id": JOB_ID,
    "companyId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "title": "Senior engineer",
    "status": "OPEN",
    "createdAt": "2026-04-02T07:00:00+10:30",
    "updatedAt": "2026-04-02T07:00:00+10:30",
}


UNDECLARED_STATUS = pytest.mark.contract_exempt(
    "the mock server answers getJob with a status the spec declares only elsewhere", check="response"
)


def _error(status: int, body: object, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


@pytest.mark.parametrize(
    ("status", "body", "cls", "code", "message"),
    [
        (
            404,
            {"success": False, "data": None, "error": {"code": "RESOURCE_NOT_FOUND", "message": "Job with ID j1 not found",
             "details": {"resourceType": "Job"}}, "timestamp": "2024-01-15T10:30:00Z"},
            iv.NotFoundError, "RESOURCE_NOT_FOUND", "Job with ID j1 not found",
        ),
        (
            403,
            {"message": "Insufficient permissions: Required scope write:jobs not found", "error": "Forbidden", "statusCode": 403},
            iv.PermissionDeniedError, "INSUFFICIENT_PERMISSIONS", "Insufficient permissions: Required scope write:jobs not found",
        ),
        (400, {"statusCode": 400, "message": ["title must be a string", "status is invalid"], "error": "Bad Request"},
         iv.BadRequestError, "BAD_REQUEST", "title must be a string; status is invalid"),
        (401, {"success": False, "error": "Invalid API key"}, iv.AuthenticationError, None, "Invalid API key"),
        # getJob is the vehicle for every status; the spec declares 402/409/422 only on other operations
        pytest.param(402, {"success": False, "errorCode": "INSUFFICIENT_CREDITS", "errorMessage": "Top up"}, iv.PaymentRequiredError,
                     "INSUFFICIENT_CREDITS", "Top up", marks=UNDECLARED_STATUS),
        pytest.param(409, {"success": False, "error": {"code": "CONFLICT", "message": "still processing"}}, iv.ConflictError,
                     "CONFLICT", "still processing", marks=UNDECLARED_STATUS),
        pytest.param(422, {"success": False, "error": {"code": "X", "message": "bad webhook"}}, iv.UnprocessableEntityError, "X",
                     "bad webhook", marks=UNDECLARED_STATUS),
    ],
)  # fmt: skip
def test_every_error_shape_maps_to_its_class(
    client: iv.InstaView,
    recorder: Recorder,
    status: int,
    body: object,
    cls: type,
    code: str | None,
    message: str,
) -> None:
    recorder.queue.append(_error(status, body))
    with pytest.raises(cls) as info:
        client.jobs.get(JOB_ID)
    err = info.value
    assert err.status_code == status
    assert err.code == code
    assert err.message == message
    assert "\n" not in str(err)
    clone = pickle.loads(pickle.dumps(err))
    assert (
        type(clone) is cls and clone.code == code and clone.status_code == status and clone.response is None
    )


def test_nestjs_validation_list_is_kept_in_details(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.queue.append(_error(400, {"statusCode": 400, "message": ["a", "b"], "error": "Bad Request"}))
    with pytest.raises(iv.BadRequestError) as info:
        client.jobs.get(JOB_ID)
    assert info.value.details == {"messages": ["a", "b"]}


@pytest.mark.contract_exempt("the mock server sends an HTML 520 on purpose", check="response")
def test_non_standard_5xx_and_html_bodies_map_to_internal_server_error(recorder: Recorder) -> None:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    c = iv.InstaView(api_key=KEY, http_client=http, max_retries=0)
    recorder.queue.append(httpx.Response(520, text="<html>origin error</html>"))
    with pytest.raises(iv.InternalServerError) as info:
        c.jobs.get(JOB_ID)
    assert info.value.status_code == 520
    assert "origin error" in str(info.value)


@pytest.mark.contract_exempt(
    "the mock server sends unreadable success bodies on purpose (APIResponseValidationError)",
    check="response",
)
def test_unreadable_success_body_is_a_validation_error(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(iv.APIResponseValidationError) as info:
        client.jobs.get(JOB_ID)
    assert info.value.status_code == 200 and "maintenance" in info.value.body_excerpt
    recorder.queue.append(envelope({"title": "no id"}))
    with pytest.raises(iv.APIResponseValidationError):
        client.jobs.get(JOB_ID)


def test_unknown_fields_and_enum_values_are_kept(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.queue.append(envelope({**JOB, "status": "ON_HOLD", "brandNew": {"x": 1}}))
    job = client.jobs.get(JOB_ID)
    assert job.status == "ON_HOLD"
    assert job.additional_properties["brandNew"] == {"x": 1}


def test_retries_503_then_succeeds_honouring_retry_after(recorder: Recorder) -> None:
    slept: list[float] = []
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    c = iv.InstaView(api_key=KEY, http_client=http, sleep=slept.append)
    recorder.queue += [
        _error(503, {}, **{"Retry-After": "3"}),
        _error(429, {"statusCode": 429, "retryAfter": 1}),
        envelope(JOB),
    ]
    assert c.jobs.get(JOB_ID).id == JOB_ID
    assert len(recorder.requests) == 3
    assert slept == [3.0, 1.0]


@pytest.mark.contract_exempt(
    "the mock server answers updateJob with a 409 the spec does not declare for it, on purpose",
    check="response",
)
def test_409_is_never_retried(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.queue.append(_error(409, {"success": False, "error": {"code": "CONFLICT", "message": "x"}}))
    with pytest.raises(iv.ConflictError):
        client.jobs.update(JOB_ID, title="Senior engineer")
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("failure", [httpx.Response(500, json={}), httpx.ReadTimeout("slow")])
def test_post_with_unknown_outcome_is_not_replayed(
    client: iv.InstaView, recorder: Recorder, failure: object
) -> None:
    recorder.queue.append(failure)  # type: ignore[arg-type]
    with pytest.raises(iv.APIError) as info:
        client.jobs.create(title="Senior engineer", description="x" * 30, status="OPEN")
    assert len(recorder.requests) == 1
    assert info.value.may_have_been_processed  # type: ignore[attr-defined]
    assert "retry_non_idempotent=True" in str(info.value)


def test_post_replay_when_the_caller_opts_in(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.queue += [httpx.Response(502, json={}), envelope(JOB, 201)]
    job = client.with_options(retry_non_idempotent=True).jobs.create(
        title="Senior engineer", description="x" * 30, status="OPEN"
    )
    assert job.id == JOB_ID and len(recorder.requests) == 2


def test_connection_errors_before_sending_are_retried_even_for_post(
    client: iv.InstaView, recorder: Recorder
) -> None:
    recorder.queue += [httpx.ConnectError("refused"), envelope(JOB, 201)]
    client.jobs.create(title="Senior engineer", description="x" * 30, status="OPEN")
    assert len(recorder.requests) == 2


def test_get_is_retried_up_to_max_retries_then_raises(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.respond = lambda _: httpx.Response(502, json={})
    with pytest.raises(iv.InternalServerError):
        client.jobs.get(JOB_ID)
    assert len(recorder.requests) == 3


def test_timeouts_surface_as_api_timeout_error(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.respond = lambda _: (_ for _ in ()).throw(httpx.ReadTimeout("slow"))
    with pytest.raises(iv.APITimeoutError):
        client.jobs.get(JOB_ID)
    assert len(recorder.requests) == 3


def test_backoff_grows_and_is_capped_and_deadline_bounds_retries() -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=4.0, jitter=0.0, max_retries=10, total_timeout=5.0)
    assert [policy.backoff(n) for n in range(4)] == [1.0, 2.0, 4.0, 4.0]
    stop = decide_for_status(policy, method="GET", status=503, attempt=1, elapsed=4.5, retry_after=None)
    assert not stop.retry
    capped = decide_for_status(
        RetryPolicy(retry_after_cap=10.0), method="GET", status=429, attempt=0, elapsed=0.0, retry_after=999.0
    )
    assert capped.delay == 10.0


def test_retry_after_parses_seconds_dates_and_body() -> None:
    assert parse_retry_after({"retry-after": "7"}) == 7.0
    assert parse_retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0
    assert parse_retry_after({}, 30) == 30.0
    assert parse_retry_after({}) is None


def test_the_key_never_leaks(caplog: pytest.LogCaptureFixture, recorder: Recorder) -> None:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    c = iv.InstaView(api_key=KEY, http_client=http, max_retries=1, sleep=lambda _: None)
    recorder.queue += [
        httpx.Response(503, json={}),
        _error(401, {"success": False, "error": "Invalid API key"}),
    ]
    with (
        caplog.at_level(logging.DEBUG, logger="instaview_plus"),
        pytest.raises(iv.AuthenticationError) as info,
    ):
        c.jobs.get(JOB_ID)
    texts = [repr(c), str(c), repr(c._pipeline), str(info.value), repr(info.value), caplog.text]
    assert caplog.records, "requests are logged"
    assert all(KEY not in t for t in texts)
    with pytest.raises(TypeError):
        pickle.dumps(c._pipeline.api_key)


def test_construction_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(iv.InstaViewError, match="INSTAVIEW_API_KEY"):
        iv.InstaView()
    monkeypatch.setenv("INSTAVIEW_API_KEY", KEY)
    assert iv.InstaView().base_url == "https://api.instaview.sk"
    with pytest.raises(iv.InstaViewError, match="plain http"):
        iv.InstaView(base_url="http://api.example.com")
    assert iv.InstaView(base_url="http://127.0.0.1:8080").base_url == "http://127.0.0.1:8080"
    assert iv.InstaView(timeout=None)._pipeline.timeout is iv.NO_TIMEOUT  # None: no timeout (tests/telemetry)
    assert iv.InstaView(timeout=iv.NO_TIMEOUT)


def test_for_company_adds_company_id_and_with_options_copies(
    client: iv.InstaView, recorder: Recorder
) -> None:
    recorder.queue += [envelope(JOB), envelope(JOB)]
    acme = client.for_company("c0ffee00-0000-4000-8000-000000000000")
    acme.jobs.get(JOB_ID)
    assert recorder.last.url.params["companyId"] == "c0ffee00-0000-4000-8000-000000000000"
    client.jobs.get(JOB_ID)
    assert "companyId" not in recorder.last.url.params
    assert acme.company_id and client.company_id is None


def test_rate_limit_headers_are_exposed_and_pacing_waits(recorder: Recorder) -> None:
    slept: list[float] = []
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    c = iv.InstaView(api_key=KEY, http_client=http, sleep=slept.append)
    import time as _time

    reset = int(_time.time()) + 30
    headers = {
        "X-RateLimit-Remaining-Minute": "0",
        "X-RateLimit-Reset-Minute": str(reset),
        "X-RateLimit-Limit-Minute": "60",
    }
    recorder.queue += [envelope(JOB, **headers), envelope(JOB)]
    c.jobs.get(JOB_ID)
    assert c.rate_limit is not None and c.rate_limit.remaining_minute == 0 and c.rate_limit.limit_minute == 60
    c.jobs.get(JOB_ID)
    assert slept and 25 <= slept[0] <= 30


def test_raw_response(client: iv.InstaView, recorder: Recorder) -> None:
    recorder.queue.append(envelope(JOB, **{"x-request-id": "req-1"}))
    raw = client.jobs.with_raw_response.get(JOB_ID)
    assert raw.status_code == 200 and raw.request_id == "req-1"
    assert raw.parse().id == JOB_ID
