"""agents: the exact request each method sends and the parsed result, sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import instaview_plus as iv

from ..conftest import Recorder, envelope
from ._support import Run, example

AGENT = example("jca-E24")  # POST /agents response
AGENT_ID = AGENT["id"]


async def test_create_sends_the_documented_body(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(envelope(AGENT, 201))
    agent = await run(
        lambda c: c.agents.create(
            name="Senior Developer Phone Screen",
            type="ONLINE",
            focus="SCREENING",
            language="EN",
            duration=30,
            questions=["Tell me about a challenging project you worked on"],
            instructions="Focus on communication skills and team fit",
            voice_id="ALEX",
            company_phone_number_id="123e4567-e89b-12d3-a456-426614174000",
            cefr_level="B1",
        )
    )
    assert (recorder.last.method, recorder.last.url.path, dict(recorder.last.url.params)) == (
        "POST",
        "/agents",
        {},
    )
    assert recorder.body() == example("jca-E23")
    assert isinstance(agent, iv.Agent)
    assert (agent.id, agent.name, agent.type_, agent.focus, agent.duration) == (
        AGENT_ID,
        "Frontend Developer Interview",
        "ONLINE",
        "SCREENING",
        30,
    )
    assert agent.voice_id == "ALEX"


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"name": "S", "type": "ONLINE", "focus": "SCREENING", "duration": 30}, "name"),  # 2-100 [C]
        ({"name": "Screen", "type": "VIDEO", "focus": "SCREENING", "language": "EN", "duration": 30}, "type"),
        (
            {"name": "Screen", "type": "ONLINE", "focus": "SCREENING", "language": "EN", "duration": "30"},
            "duration",
        ),
        (
            {
                "name": "Screen",
                "type": "ONLINE",
                "focus": "SCREENING",
                "language": "EN",
                "duration": 30,
                "voice": "ALEX",
            },
            "voice",
        ),
    ],
)
async def test_create_refuses_bad_arguments_before_sending(
    run: Run, recorder: Recorder, kwargs: dict[str, Any], argument: str
) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: c.agents.create(**kwargs))
    assert info.value.argument == argument
    assert argument in str(info.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    "example_id",
    [
        "jca-E26",
        pytest.param(
            "jca-E27",
            marks=pytest.mark.contract_exempt(
                "the documented example's id is the placeholder 'agent-uuid', sent back as the path id",
                check="request",
            ),
        ),
    ],
)
async def test_get(run: Run, recorder: Recorder, example_id: str) -> None:
    body = example(example_id)
    recorder.queue.append(envelope(body))
    agent = await run(lambda c: c.agents.get(body["id"]))
    assert (recorder.last.method, recorder.last.url.path) == ("GET", f"/agents/{body['id']}")
    assert recorder.last.url.params == httpx.QueryParams()
    assert recorder.last.content == b""
    assert isinstance(agent, iv.Agent)
    assert (agent.id, agent.name, agent.questions) == (body["id"], body["name"], body["questions"])


async def test_get_accepts_a_bare_agent(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(httpx.Response(200, json=AGENT))
    agent = await run(lambda c: c.agents.get(AGENT_ID))
    assert agent.cefr_level == "B1"


async def test_update_sends_only_the_given_fields(run: Run, recorder: Recorder) -> None:
    recorder.queue.append(envelope(example("jca-E29")))
    agent = await run(
        lambda c: c.agents.update(
            AGENT_ID,
            name="Updated Senior Developer Interview",
            type="ONLINE",
            focus="SCREENING",
            questions=["What is your experience with React?"],
            instructions="Focus on system design and communication",
            language="EN",
            duration=45,
            voice_id="ALEX",
            cefr_level="B2",
            company_phone_number_id="123e4567-e89b-12d3-a456-426614174000",
        )
    )
    assert (recorder.last.method, recorder.last.url.path) == ("PATCH", f"/agents/{AGENT_ID}")
    assert recorder.body() == example("jca-E28")
    assert agent.id == AGENT_ID

    recorder.queue.append(envelope(AGENT))
    await run(lambda c: c.agents.update(AGENT_ID, duration=20))
    assert recorder.body() == {"duration": 20}


async def test_update_refuses_an_unknown_field_before_sending(run: Run, recorder: Recorder) -> None:
    with pytest.raises(iv.InvalidRequestError) as info:
        await run(lambda c: c.agents.update(AGENT_ID, focus="CHAT"))
    assert info.value.argument == "focus"
    assert recorder.requests == []


@pytest.mark.parametrize("enveloped", [False, True], ids=["bare-true", "envelope"])
async def test_delete_returns_true(run: Run, recorder: Recorder, enveloped: bool) -> None:
    recorder.queue.append(envelope(True) if enveloped else httpx.Response(200, json=True))
    assert await run(lambda c: c.agents.delete(AGENT_ID)) is True
    assert (recorder.last.method, recorder.last.url.path) == ("DELETE", f"/agents/{AGENT_ID}")
    assert recorder.last.content == b""


async def test_list_sends_filters_and_reads_the_flat_list(run: Run, recorder: Recorder) -> None:
    body = {"data": [AGENT, example("jca-E27")], "total": 2, "page": 1, "limit": 20, "totalPages": 1}
    recorder.queue.append(httpx.Response(200, json=body))
    page = await run(lambda c: c.agents.list(type="ONLINE", focus="SCREENING"))
    assert (recorder.last.method, recorder.last.url.path) == ("GET", "/agents")
    assert dict(recorder.last.url.params) == {"type": "ONLINE", "focus": "SCREENING", "page": "1"}
    assert [a.id for a in page.items] == [AGENT_ID, "agent-uuid"]
    assert all(isinstance(a, iv.Agent) for a in page.items)
    assert (page.total, page.has_next_page()) == (2, False)


async def test_list_walks_every_page(walk: Run, recorder: Recorder) -> None:
    first = {
        "items": [AGENT],
        "pagination": {"total": 2, "page": 1, "limit": 1, "totalPages": 2, "hasNextPage": True},
    }
    second = {
        "items": [{**AGENT, "id": "b"}],
        "pagination": {"total": 2, "page": 2, "limit": 1, "totalPages": 2},
    }
    recorder.queue += [envelope(first), envelope(second)]
    ids = [a.id for a in await walk(lambda c: c.agents.list(type="PHONE", limit=1))]
    assert ids == [AGENT_ID, "b"]
    assert [dict(r.url.params) for r in recorder.requests] == [
        {"type": "PHONE", "limit": "1", "page": "1"},
        {"type": "PHONE", "limit": "1", "page": "2"},
    ]


async def test_create_sends_the_quickstart_agent_without_language(run: Run, recorder: Recorder) -> None:
    """``language`` is not marked required by the docs and the quickstart omits it: it is sent as given."""
    body = {"name": "Technical Screening Agent", "voice_id": "ALEX", "type": "ONLINE", "focus": "SCREENING"}
    recorder.queue.append(httpx.Response(201, json={"id": "a1", "name": "Technical Screening Agent"}))
    await run(
        lambda c: c.agents.create(**body, questions=["Tell me about your React experience"], duration=30)
    )
    assert recorder.body() == {
        "name": "Technical Screening Agent",
        "voiceId": "ALEX",
        "type": "ONLINE",
        "focus": "SCREENING",
        "questions": ["Tell me about your React experience"],
        "duration": 30,
    }
