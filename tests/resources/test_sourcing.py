"""sourcing: the exact request each method sends and the parsed result, sync and async; ``wait*`` polling."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import instaview_plus as iv
from instaview_plus._exceptions import SourcingFailedError
from instaview_plus.resources.sourcing import poll_decision

from ..conftest import KEY, Recorder
from ._support import both, ex, reply, sent

REQ = "req_550e8400-e29b-41d4-a716-446655440000"
ENR = "enr_550e8400-e29b-41d4-a716-446655440000"
PREV = "req_prev_550e8400-e29b-41d4-a716-446655440000"
WEBHOOK = "123e4567-e89b-12d3-a456-426614174000"
SCOPE = "4a1d2c3b-0000-4000-8000-00000000ac3e"
CREATE_ARGS: dict[str, Any] = {
    "title": "Senior Backend Engineers \u2013 FinTech",
    "job_description": "We are looking for a Senior Backend Engineer with 5+ years of Node.js experience…",
    "location": "San Francisco, CA",
    "query": "Senior Node.js engineer fintech",
    "limit": 20,
    "webhook_id": WEBHOOK,
}
ENRICHED = {
    "success": True,
    "requestId": ENR,
    "status": "completed",
    "createdAt": "2025-01-01T00:00:00.000Z",
    "completedAt": "2025-01-01T00:00:40.000Z",
    "data": [
        {
            "profileId": "profile_abc123",
            "success": True,
            "candidate": {"profileId": "profile_abc123", "emails": ["jane@example.com"]},
        }
    ],
}


def processing(request_id: str = REQ) -> httpx.Response:
    return reply(
        {"success": True, "requestId": request_id, "status": "processing", "candidatesSourcedCount": 3}, 202
    )


def done(request_id: str = REQ) -> dict[str, Any]:
    return {**ex("src-E6"), "requestId": request_id, "errorCode": None, "errorMessage": None}


def failed(request_id: str = REQ) -> dict[str, Any]:
    body = ex("src-E6")
    del body["candidates"]
    return {**body, "requestId": request_id, "status": "failed"}


# -- one request each ------------------------------------------------------------------------------------


async def test_create_sends_the_documented_body(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("src-E2"), 202), reply(ex("src-E2"), 202)]
    results = await both(
        lambda: client.sourcing.create(**CREATE_ARGS), lambda: aclient.sourcing.create(**CREATE_ARGS)
    )
    assert sent(recorder) == [("POST", "/sourcing", {}, ex("src-E1"))] * 2
    for accepted in results:
        assert isinstance(accepted, iv.SourcingAccepted)
        assert (accepted.request_id, accepted.status, str(accepted.webhook_id)) == (
            REQ,
            "processing",
            WEBHOOK,
        )


async def test_create_is_company_scoped(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("src-E2"), 202), reply(ex("src-E2"), 202)]
    await both(
        lambda: client.for_company(SCOPE).sourcing.create(**CREATE_ARGS),
        lambda: aclient.for_company(SCOPE).sourcing.create(**CREATE_ARGS),
    )
    assert sent(recorder) == [("POST", "/sourcing", {"companyId": SCOPE}, ex("src-E1"))] * 2


async def test_update(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ex("src-E4"), 202), reply(ex("src-E4"), 202)]
    args = {"query": "Senior Node.js engineer fintech remote", "limit": 10}
    results = await both(
        lambda: client.sourcing.update(REQ, **args), lambda: aclient.sourcing.update(REQ, **args)
    )
    assert sent(recorder) == [("PATCH", f"/sourcing/{REQ}", {}, ex("src-E3"))] * 2
    assert [r.status for r in results] == ["processing"] * 2


async def test_results_when_completed(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("src-E6")), reply(ex("src-E6"))]
    results = await both(
        lambda: client.for_company(SCOPE).sourcing.results(REQ),
        lambda: aclient.for_company(SCOPE).sourcing.results(REQ),
    )
    assert sent(recorder) == [("GET", f"/sourcing/{REQ}/results", {"companyId": SCOPE}, None)] * 2
    for result in results:
        assert isinstance(result, iv.SourcingResults)
        assert result.status == iv.SourcingRunStatus.COMPLETED
        assert [(c.name, c.match_score) for c in result.candidates] == [("Jane Smith", 87)]


async def test_results_while_processing_answers_202_with_the_same_schema(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [processing(), processing()]
    results = await both(lambda: client.sourcing.results(REQ), lambda: aclient.sourcing.results(REQ))
    assert [(r.status, r.candidates_sourced_count) for r in results] == [("processing", 3)] * 2


async def test_enrich(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ex("src-E8"), 202), reply(ex("icbw-E31.2"), 202)]
    args: dict[str, Any] = {"profile_ids": ["profile_abc123", "profile_def456"], "webhook_id": WEBHOOK}
    results = await both(lambda: client.sourcing.enrich(**args), lambda: aclient.sourcing.enrich(**args))
    assert sent(recorder) == [("POST", "/sourcing/enrich", {}, ex("src-E7"))] * 2
    assert [(r.request_id, r.status) for r in results] == [(ENR, "processing")] * 2


async def test_enrich_results(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ENRICHED), reply(ENRICHED)]
    results = await both(
        lambda: client.sourcing.enrich_results(ENR), lambda: aclient.sourcing.enrich_results(ENR)
    )
    assert sent(recorder) == [("GET", f"/sourcing/enrich/{ENR}/results", {}, None)] * 2
    for result in results:
        assert isinstance(result, iv.EnrichmentResults)
        assert result.status == "completed"
        assert result.data[0].profile_id == "profile_abc123"


async def test_preview(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ex("src-E11"), 202), reply(ex("src-E11"), 202)]
    results = await both(
        lambda: client.sourcing.preview(**CREATE_ARGS), lambda: aclient.sourcing.preview(**CREATE_ARGS)
    )
    assert sent(recorder) == [("POST", "/sourcing/preview", {}, ex("src-E10"))] * 2
    assert [type(r) for r in results] == [iv.PreviewAccepted] * 2


async def test_preview_results(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ex("src-E12")), reply(ex("src-E12"))]
    results = await both(
        lambda: client.sourcing.preview_results(PREV), lambda: aclient.sourcing.preview_results(PREV)
    )
    assert sent(recorder) == [("GET", f"/sourcing/preview/{PREV}/results", {}, None)] * 2
    for result in results:
        assert isinstance(result, iv.PreviewResults)
        assert [c.full_name for c in result.candidates] == ["Jane Smith"]


async def test_render_html_keeps_the_flat_body(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    minimal = {
        "success": True,
        "data": [{"profileId": "prof_a9238f82-a723", "success": True, "htmlContent": "<div/>"}],
    }
    recorder.queue += [reply(ex("src-E14")), reply(minimal)]
    args: dict[str, Any] = {"profile_ids": ["prof_a9238f82-a723", "prof_e8321c12-b912"], "theme": "dark"}
    results = await both(
        lambda: client.sourcing.render_html(**args), lambda: aclient.sourcing.render_html(**args)
    )
    assert sent(recorder) == [("POST", "/sourcing/render-html", {}, ex("src-E15"))] * 2
    assert isinstance(results[0], iv.RenderHtmlResponse)
    assert (results[0].rendered_count, results[0].data[0].name) == (2, "Jane Smith")
    assert results[1].data[0].html_content == "<div/>"


def test_bad_arguments_are_refused_before_sending(client: iv.InstaView, recorder: Recorder) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        client.sourcing.create(title="x" * 201, job_description="Builds APIs.", location="Remote")
    assert info.value.argument == "title"  # at most 200 [C]
    with pytest.raises(iv.InvalidRequestError) as info:
        client.sourcing.render_html(profile_ids=["a"], theme="blue")  # type: ignore[typeddict-item]
    assert info.value.argument == "theme"
    with pytest.raises(iv.InvalidRequestError):
        client.sourcing.results("")
    assert recorder.requests == []


# -- wait ------------------------------------------------------------------------------------------------


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def sclient(recorder: Recorder, slept: list[float]) -> Iterator[iv.InstaView]:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with iv.InstaView(api_key=KEY, http_client=http, sleep=slept.append) as c:
        yield c


@pytest.fixture
def saclient(recorder: Recorder, slept: list[float]) -> iv.AsyncInstaView:
    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    return iv.AsyncInstaView(
        api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), sleep=sleep
    )


async def test_wait_polls_202_twice_then_200_at_least_10_s_apart(
    sclient: iv.InstaView, saclient: iv.AsyncInstaView, recorder: Recorder, slept: list[float]
) -> None:
    recorder.queue += [processing(), processing(), reply(done()), processing(), processing(), reply(done())]
    results = await both(lambda: sclient.sourcing.wait(REQ), lambda: saclient.sourcing.wait(REQ))
    assert sent(recorder) == [("GET", f"/sourcing/{REQ}/results", {}, None)] * 6
    assert slept == [10.0, 10.0] * 2
    for result in results:
        assert result.status == "completed"
        assert result.candidates[0].profile_id == "a1b2c3d4e5f6"


async def test_wait_uses_the_interval_given(
    sclient: iv.InstaView, saclient: iv.AsyncInstaView, recorder: Recorder, slept: list[float]
) -> None:
    recorder.queue += [processing(), reply(done()), processing(), reply(done())]
    await both(
        lambda: sclient.sourcing.wait(REQ, interval=30), lambda: saclient.sourcing.wait(REQ, interval=30)
    )
    assert slept == [30, 30]


async def test_wait_raises_on_a_failed_run(
    sclient: iv.InstaView, saclient: iv.AsyncInstaView, recorder: Recorder, slept: list[float]
) -> None:
    recorder.queue += [processing(), reply(failed()), processing(), reply(failed())]
    with pytest.raises(SourcingFailedError) as sync_info:
        sclient.sourcing.wait(REQ)
    with pytest.raises(SourcingFailedError) as async_info:
        await saclient.sourcing.wait(REQ)
    for err in (sync_info.value, async_info.value):
        assert isinstance(err, iv.InstaViewError)
        assert (err.request_id, err.error_code) == (REQ, "AGENT_ERROR")
        assert err.error_message == "The sourcing agent encountered an unexpected error."
        assert err.result.status == "failed"
        assert REQ in str(err)
        assert "AGENT_ERROR" in str(err)
    assert pickle.loads(pickle.dumps(sync_info.value)).error_code == "AGENT_ERROR"
    assert slept == [10.0, 10.0]


async def test_wait_gives_up_at_the_deadline(
    sclient: iv.InstaView, saclient: iv.AsyncInstaView, recorder: Recorder, slept: list[float]
) -> None:
    recorder.respond = lambda _: processing()
    with pytest.raises(iv.WaitTimeoutError) as sync_info:
        sclient.sourcing.wait(REQ, timeout=25)
    with pytest.raises(iv.WaitTimeoutError) as async_info:
        await saclient.sourcing.wait(REQ, timeout=25)
    assert len(recorder.requests) == 6  # polls at 0, 10 and 20 s; a fourth would come after the deadline
    assert slept == [10.0, 10.0] * 2
    for err in (sync_info.value, async_info.value):
        assert REQ in str(err)
        assert "still processing" in str(err)


async def test_wait_lets_not_found_through(
    sclient: iv.InstaView, saclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    missing = {"errorCode": "REQUEST_NOT_FOUND", "errorMessage": "Sourcing request not found"}
    recorder.queue += [reply(missing, 404), reply(missing, 404)]
    with pytest.raises(iv.NotFoundError) as sync_info:
        sclient.sourcing.wait("req_missing")
    with pytest.raises(iv.NotFoundError) as async_info:
        await saclient.sourcing.wait("req_missing")
    assert sync_info.value.code == async_info.value.code == "REQUEST_NOT_FOUND"


async def test_wait_enrichment(
    sclient: iv.InstaView, saclient: iv.AsyncInstaView, recorder: Recorder, slept: list[float]
) -> None:
    recorder.queue += [processing(ENR), reply(ENRICHED), processing(ENR), reply(ENRICHED)]
    results = await both(
        lambda: sclient.for_company(SCOPE).sourcing.wait_enrichment(ENR),
        lambda: saclient.for_company(SCOPE).sourcing.wait_enrichment(ENR),
    )
    assert sent(recorder) == [("GET", f"/sourcing/enrich/{ENR}/results", {"companyId": SCOPE}, None)] * 4
    assert [r.status for r in results] == ["completed"] * 2
    assert slept == [10.0, 10.0]


async def test_wait_preview(
    sclient: iv.InstaView, saclient: iv.AsyncInstaView, recorder: Recorder, slept: list[float]
) -> None:
    recorder.queue += [processing(PREV), reply(ex("src-E12")), processing(PREV), reply(ex("src-E12"))]
    results = await both(
        lambda: sclient.sourcing.wait_preview(PREV), lambda: saclient.sourcing.wait_preview(PREV)
    )
    assert sent(recorder) == [("GET", f"/sourcing/preview/{PREV}/results", {}, None)] * 4
    assert [r.candidates[0].full_name for r in results] == ["Jane Smith"] * 2


@pytest.mark.parametrize(
    "kwargs", [{"timeout": 0}, {"interval": -1}, {"interval": float("nan")}, {"timeout": True}]
)
async def test_wait_refuses_bad_timing_before_sending(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(iv.InvalidRequestError):
        client.sourcing.wait(REQ, **kwargs)
    with pytest.raises(iv.InvalidRequestError):
        await aclient.sourcing.wait_preview(PREV, **kwargs)
    assert recorder.requests == []


def test_poll_decision_is_pure() -> None:
    model = iv.SourcingResults.from_dict
    common = {"request_id": REQ, "what": "sourcing", "timeout": 600.0, "interval": 10.0}
    assert poll_decision(model(done()), elapsed=0.0, **common) is None
    assert (
        poll_decision(
            model({"success": True, "requestId": REQ, "status": "processing"}), elapsed=0.0, **common
        )
        == 10.0
    )
    assert (
        poll_decision(model({"success": True, "requestId": REQ, "status": "queued"}), elapsed=0.0, **common)
        is None
    )
    with pytest.raises(iv.WaitTimeoutError):
        poll_decision(
            model({"success": True, "requestId": REQ, "status": "processing"}), elapsed=595.0, **common
        )
    with pytest.raises(SourcingFailedError):
        poll_decision(model(failed()), elapsed=0.0, **common)


async def test_wait_preview_never_polls_faster_than_the_endpoint_allows(
    sclient: iv.InstaView, saclient: iv.AsyncInstaView, recorder: Recorder, slept: list[float]
) -> None:
    """GET /sourcing/preview/{id}/results allows 120 requests a minute (spec x-rate-limit): 0.5 s at least."""
    for _ in range(2):
        recorder.queue += [processing(PREV), reply(ex("src-E12"))]
    recorder.queue += [processing(), reply(done())]
    await both(
        lambda: sclient.sourcing.wait_preview(PREV, interval=0.1),
        lambda: saclient.sourcing.wait_preview(PREV, interval=0.1),
    )
    assert slept == [0.5, 0.5]
    sclient.sourcing.wait(REQ, interval=0.1)  # the sourcing results endpoint declares no such limit
    assert slept == [0.5, 0.5, 0.1]
