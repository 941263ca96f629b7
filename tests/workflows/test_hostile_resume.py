"""``workflows.resume``: a corrupted state is refused naming the bad part (property-based), and the marker
lookup after a lost create answer reads every page: with more than 1,000 similar objects nothing is created
twice; when it cannot finish it refuses to guess (``WorkflowError``: could not rule out a duplicate).
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import instaview_plus as iv
from instaview_plus._plans import lookup as _lookup
from instaview_plus.testing import FakeInstaView

from .._support.hostile import KEY
from .._support.stats import count
from .conftest import NOW
from .test_schedule_interview import ALL, JOB, counts

pytestmark = pytest.mark.contract_exempt("hostile input and answers on purpose", check="all")

SIMILAR = 1050  # more than the 10 pages of 100 the lookup used to stop at


def _client(fake: FakeInstaView) -> iv.InstaView:
    return iv.InstaView(api_key=KEY, http_client=fake.http_client(), sleep=lambda s: None)


def _failed_state(fake: FakeInstaView, path: str) -> dict[str, Any]:
    fake.drop_response_after_commit(path=path, method="POST")
    with _client(fake) as client, pytest.raises(iv.WorkflowError) as err:
        client.workflows.schedule_interview(**ALL)
    return json.loads(json.dumps(err.value.state))


@pytest.fixture(scope="module")
def base_state() -> dict[str, Any]:
    return _failed_state(FakeInstaView(seed=0, now=NOW), "/agents")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))


@st.composite
def corrupted(draw: st.DrawFn, state: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(state)
    for _ in range(draw(st.integers(1, 2))):
        path = draw(st.sampled_from([p for p in _paths(out) if p]))
        parent = out
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(json_values)
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_corrupted_state_is_refused_naming_the_bad_part(
    base_state: dict[str, Any], data: st.DataObject
) -> None:
    state = data.draw(corrupted(base_state))
    fake = FakeInstaView(seed=1, now=NOW)
    sent: list[Any] = []
    original = fake.handle

    def handle(request: Any) -> Any:
        sent.append(request)
        return original(request)

    fake.handle = handle  # type: ignore[method-assign]
    error: BaseException | None = None
    try:
        with _client(fake) as client:
            client.workflows.resume(state)
    except Exception as exc:
        error = exc
    untyped = int(error is not None and not isinstance(error, iv.InstaViewError))
    count("resume (corrupted states)", untyped=untyped)
    assert not untyped, repr(error)
    if error is not None and not sent:  # refused before sending: it says which part
        assert isinstance(error, iv.InvalidRequestError), repr(error)
        assert (error.argument or "").startswith("state"), error.argument


def test_a_state_whose_step_id_is_no_uuid_is_refused_before_sending(base_state: dict[str, Any]) -> None:
    state = copy.deepcopy(base_state)
    state["steps"]["candidate"]["id"] = "not-a-uuid"  # it would go into the interview's body
    with _client(FakeInstaView(seed=1, now=NOW)) as client, pytest.raises(iv.InvalidRequestError) as err:
        client.workflows.resume(state)
    assert err.value.argument == "state['steps']['candidate']"
    assert "candidate_id must be a UUID" in str(err.value)


def _similar_jobs(fake: FakeInstaView, n: int) -> None:
    with _client(fake) as client:
        for i in range(n):
            client.jobs.create(**{**JOB, "title": f"{JOB['title']} #{i}"})


@pytest.fixture(scope="module")
def crowded() -> tuple[FakeInstaView, dict[str, Any]]:
    """A fake with more than 1,000 jobs like the workflow's, then a workflow whose job create lost its answer."""
    fake = FakeInstaView(seed=0, now=NOW, rate_limit_per_minute=10**6, rate_limit_per_hour=10**7)
    _similar_jobs(fake, SIMILAR)
    return fake, _failed_state(fake, "/jobs")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_lookup_reads_every_page_and_adopts_the_landed_create(
    crowded: tuple[FakeInstaView, dict[str, Any]], mode: str
) -> None:
    fake, state = crowded
    jobs_before = len(fake.state.jobs)
    if mode == "sync":
        with _client(fake) as client:
            result = client.workflows.resume(copy.deepcopy(state))
    else:

        async def main() -> Any:
            async with iv.AsyncInstaView(api_key=KEY, http_client=fake.async_http_client()) as client:
                return await client.workflows.resume(copy.deepcopy(state))

        result = asyncio.run(main())
    duplicated = len(fake.state.jobs) - jobs_before
    count("resume after a lost create, >1,000 similar objects", duplicated=duplicated)
    assert duplicated == 0
    ours = [job_id for job_id, job in fake.state.jobs.items() if job.title == JOB["title"]]
    assert ours == [result.job.id]  # the one the lost create made, adopted
    # the marker was past page 10 of 100: the old bounded scan would have created a second job
    assert list(fake.state.jobs).index(result.job.id) >= 1000


def test_a_lookup_that_cannot_finish_refuses_to_guess(
    crowded: tuple[FakeInstaView, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, state = crowded
    before = counts(fake)
    monkeypatch.setattr(_lookup, "FIND_DEADLINE", -1.0)  # out of time after the first page
    with _client(fake) as client, pytest.raises(iv.WorkflowError) as err:
        client.workflows.resume(copy.deepcopy(state))
    count(
        "resume after a lost create, >1,000 similar objects", duplicated=counts(fake)["job"] - before["job"]
    )
    assert "could not rule out a duplicate" in str(err.value).lower()
    assert counts(fake) == before  # nothing created
    assert err.value.state["steps"]["job"]["unconfirmed"] is True


@pytest.mark.parametrize("bad_id", ["..", "", "a\nb", 7, None])
def test_a_created_object_with_an_unusable_id_is_unconfirmed_then_adopted(bad_id: Any) -> None:
    fake = FakeInstaView(seed=0, now=NOW)
    original = fake.handle

    def handle(request: Any) -> Any:  # the agent is created, but its answer names a hostile id
        response = original(request)
        if request.method == "POST" and request.path == "/agents":
            body = json.loads(response.body)
            body["data"]["id"] = bad_id
            response.body = json.dumps(body).encode()
        return response

    fake.handle = handle  # type: ignore[method-assign]
    with _client(fake) as client, pytest.raises(iv.WorkflowError) as err:
        client.workflows.schedule_interview(**ALL)
    assert isinstance(err.value.__cause__, iv.APIResponseValidationError)
    assert err.value.state["steps"]["agent"]["unconfirmed"] is True
    fake.handle = original  # type: ignore[method-assign]
    with _client(fake) as client:
        result = client.workflows.resume(json.loads(json.dumps(err.value.state)))
    have = counts(fake)
    count("resume (created objects with unusable ids)", duplicated=sum(n - 1 for n in have.values()))
    assert have == {"job": 1, "candidate": 1, "agent": 1, "interview": 1}
    assert result.agent.id in fake.state.agents
