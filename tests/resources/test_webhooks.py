"""webhooks (the resource): the exact request each method sends and the parsed result, sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import instaview_plus as iv

from ..conftest import Recorder, envelope
from ._support import both, ex, reply, sent

WEBHOOK_ID = "550e8400-e29b-41d4-a716-446655440000"
SCOPE = "4a1d2c3b-0000-4000-8000-00000000ac3e"
SECRET = "a" * 64


async def test_list_reads_data_and_total_inside_the_envelope(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    body = {"success": True, "data": {"data": [ex("icbw-E19")], "total": 1}}
    recorder.queue += [reply(body), reply(body), reply(body)]
    sync_page = client.webhooks.list()
    async_page = await aclient.webhooks.list()
    async_items = [w async for w in aclient.webhooks.list()]
    assert sent(recorder) == [("GET", "/webhooks", {}, None)] * 3
    for page in (sync_page, async_page):
        assert page.total == 1
        assert not page.has_next_page()
        assert [w.url for w in page.items] == ["https://api.example.com/webhooks/instaview"]
    assert [w.id for w in sync_page] == [w.id for w in async_items] == [WEBHOOK_ID]
    assert sync_page.items[0].events == ["interview.completed", "analysis.completed"]


async def test_list_company_filter_only_when_passed(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    flat = {"data": [ex("icbw-E19")], "total": 1}
    recorder.queue += [reply(flat) for _ in range(4)]
    client.for_company(SCOPE).webhooks.list()
    await aclient.for_company(SCOPE).webhooks.list()
    client.webhooks.list(company_id=SCOPE)
    await aclient.webhooks.list(company_id=SCOPE)
    assert [dict(r.url.params) for r in recorder.requests] == [
        {},
        {},
        {"companyId": SCOPE},
        {"companyId": SCOPE},
    ]


def test_list_refuses_a_bad_company_id_before_sending(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    for resource in (client.webhooks, aclient.webhooks):
        with pytest.raises(iv.InvalidRequestError):
            resource.list(company_id=42)  # type: ignore[arg-type]
    assert recorder.requests == []


async def test_create_returns_the_signing_secret(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    created = {
        "id": WEBHOOK_ID,
        "signingSecret": SECRET,
        "url": "https://api.example.com/webhooks/instaview",
        "events": [3, 0],
        "isActive": True,
    }
    recorder.queue += [envelope(created, 201), reply(created, 201)]
    results = await both(
        lambda: client.webhooks.create(url="https://api.example.com/webhooks/instaview", events=[3, 0]),
        lambda: aclient.webhooks.create(url="https://api.example.com/webhooks/instaview", events=[3, 0]),
    )
    assert sent(recorder) == [("POST", "/webhooks", {}, ex("icbw-E19.2"))] * 2
    for webhook in results:
        assert (webhook.id, webhook.signing_secret, webhook.is_active) == (WEBHOOK_ID, SECRET, True)


async def test_create_with_every_field_is_not_scoped_by_for_company(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    created = {"id": WEBHOOK_ID, "signingSecret": SECRET}
    recorder.queue += [reply(created, 201), reply(created, 201)]
    args: dict[str, Any] = {
        "url": "https://api.example.com/webhooks/instaview",
        "events": ["INTERVIEW_COMPLETED", "analysis.completed"],
        "name": "Production Webhook",
        "description": "ATS integration",
        "company_id": SCOPE,
        "headers": [{"name": "Authorization", "value": "Bearer t0k3n"}],
    }
    await both(
        lambda: client.for_company("other").webhooks.create(**args),
        lambda: aclient.for_company("other").webhooks.create(**args),
    )
    expected = {
        "url": "https://api.example.com/webhooks/instaview",
        "events": ["INTERVIEW_COMPLETED", "analysis.completed"],
        "name": "Production Webhook",
        "description": "ATS integration",
        "companyId": SCOPE,
        "headers": [{"name": "Authorization", "value": "Bearer t0k3n"}],
    }
    assert sent(recorder) == [("POST", "/webhooks", {}, expected)] * 2


async def test_get_reads_the_success_data_envelope(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E21")), reply(ex("icbw-E21"))]
    results = await both(lambda: client.webhooks.get(WEBHOOK_ID), lambda: aclient.webhooks.get(WEBHOOK_ID))
    assert sent(recorder) == [("GET", f"/webhooks/{WEBHOOK_ID}", {}, None)] * 2
    for webhook in results:
        assert isinstance(webhook, iv.WebhookConfig)
        assert (webhook.name, webhook.max_retries, webhook.timeout_ms, webhook.circuit_opened_at) == (
            "Production Webhook",
            3,
            30000,
            None,
        )
        assert [h.name for h in webhook.headers] == ["Authorization", "X-Custom-Header"]


@pytest.mark.parametrize(
    ("example", "status", "error", "code"),
    [
        ("icbw-E21.2", 404, iv.NotFoundError, "RESOURCE_NOT_FOUND"),
        ("icbw-E21.3", 403, iv.PermissionDeniedError, "RESOURCE_ACCESS_DENIED"),
    ],
)
async def test_get_errors(
    client: iv.InstaView,
    aclient: iv.AsyncInstaView,
    recorder: Recorder,
    example: str,
    status: int,
    error: type[iv.APIStatusError],
    code: str,
) -> None:
    recorder.queue += [reply(ex(example), status), reply(ex(example), status)]
    with pytest.raises(error) as sync_info:
        client.webhooks.get(WEBHOOK_ID)
    with pytest.raises(error) as async_info:
        await aclient.webhooks.get(WEBHOOK_ID)
    assert sync_info.value.code == async_info.value.code == code


async def test_update_sends_only_given_fields(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [reply(ex("icbw-E21")), reply(ex("icbw-E21"))]
    results = await both(
        lambda: client.webhooks.update(WEBHOOK_ID, is_active=False, events=["PING"], name="Staging"),
        lambda: aclient.webhooks.update(WEBHOOK_ID, is_active=False, events=["PING"], name="Staging"),
    )
    assert (
        sent(recorder)
        == [
            (
                "PATCH",
                f"/webhooks/{WEBHOOK_ID}",
                {},
                {"isActive": False, "events": ["PING"], "name": "Staging"},
            )
        ]
        * 2
    )
    assert [w.id for w in results] == [WEBHOOK_ID] * 2


async def test_delete_accepts_204_no_content(
    client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder
) -> None:
    recorder.queue += [httpx.Response(204), httpx.Response(204)]
    results = await both(
        lambda: client.webhooks.delete(WEBHOOK_ID), lambda: aclient.webhooks.delete(WEBHOOK_ID)
    )
    assert sent(recorder) == [("DELETE", f"/webhooks/{WEBHOOK_ID}", {}, None)] * 2
    assert results == (True, True)


async def test_delete_not_found(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ex("icbw-E23"), 404), reply(ex("icbw-E23"), 404)]
    with pytest.raises(iv.NotFoundError):
        client.webhooks.delete(WEBHOOK_ID)
    with pytest.raises(iv.NotFoundError):
        await aclient.webhooks.delete(WEBHOOK_ID)


@pytest.mark.parametrize(
    ("example", "success", "message"),
    [
        ("icbw-E24", True, "<string>"),
        ("icbw-E24.2", True, "Webhook test successful!"),
        ("icbw-E24.3", False, "Webhook test failed: Connection timeout"),
        (
            "icbw-E24.4",
            False,
            "Webhook is not subscribed to ping events. Add the ping event to the webhook configuration.",
        ),
    ],
)
async def test_test_reads_every_documented_result(
    client: iv.InstaView,
    aclient: iv.AsyncInstaView,
    recorder: Recorder,
    example: str,
    success: bool,
    message: str,
) -> None:
    recorder.queue += [reply(ex(example)), reply(ex(example), 201)]
    results = await both(lambda: client.webhooks.test(WEBHOOK_ID), lambda: aclient.webhooks.test(WEBHOOK_ID))
    assert sent(recorder) == [("POST", f"/webhooks/{WEBHOOK_ID}/test", {}, None)] * 2
    for result in results:
        assert isinstance(result, iv.WebhookTestResult)
        assert (result.success, result.message) == (success, message)
    if example == "icbw-E24.2":
        assert (results[0].delivery_id, results[0].http_status, results[0].duration_ms) == (
            "delivery-uuid",
            200,
            156,
        )


async def test_reset_circuit(client: iv.InstaView, aclient: iv.AsyncInstaView, recorder: Recorder) -> None:
    recorder.queue += [reply(ex("icbw-E25.2")), reply(ex("icbw-E25.2"), 201)]
    results = await both(
        lambda: client.webhooks.reset_circuit(WEBHOOK_ID), lambda: aclient.webhooks.reset_circuit(WEBHOOK_ID)
    )
    assert sent(recorder) == [("POST", f"/webhooks/{WEBHOOK_ID}/reset-circuit", {}, None)] * 2
    for webhook in results:
        assert (webhook.is_active, webhook.consecutive_failures, webhook.circuit_opened_at) == (True, 0, None)


def test_bad_arguments_are_refused_before_sending(client: iv.InstaView, recorder: Recorder) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        client.webhooks.create(url="https://example.com/hook")  # type: ignore[call-arg]
    assert info.value.argument == "events"
    with pytest.raises(iv.InvalidRequestError) as info:
        client.webhooks.create(url="https://example.com/hook", events=["NOT_AN_EVENT"])  # type: ignore[list-item]
    assert info.value.argument == "events[0]"
    with pytest.raises(iv.InvalidRequestError):
        client.webhooks.reset_circuit(" ")
    assert recorder.requests == []
