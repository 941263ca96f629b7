"""The pytest plugin: registered as a ``pytest11`` entry point, its fixtures work in a fresh pytest run."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

pytest_plugins = ["pytester"]


def test_entry_point_names_the_plugin() -> None:
    found = [e for e in entry_points(group="pytest11") if e.value == "instaview_plus.testing.pytest_plugin"]
    assert len(found) == 1


def test_fixtures_direct(
    fake_instaview: FakeInstaView, instaview_client: iv.InstaView, async_instaview_client: iv.AsyncInstaView
) -> None:
    """This suite gets the fixtures from the installed entry point too; the clients share one fake."""
    job = instaview_client.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")
    assert list(fake_instaview.state.jobs) == [job.id]


async def test_async_client(fake_instaview: FakeInstaView, async_instaview_client: iv.AsyncInstaView) -> None:
    job = await async_instaview_client.jobs.create(
        title="Backend engineer", description="Builds it.", status="OPEN"
    )
    assert (await async_instaview_client.jobs.get(job.id)).title == "Backend engineer"
    assert list(fake_instaview.state.jobs) == [job.id]


def test_in_a_fresh_pytest_run(pytester: pytest.Pytester) -> None:
    """A user's test module that only names the fixtures: each test gets its own fake; failures surface."""
    pytester.makeini("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(
        """
        def test_sync(instaview_client, fake_instaview):
            instaview_client.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")
            assert len(fake_instaview.state.jobs) == 1

        def test_fresh_state(fake_instaview):
            assert fake_instaview.state.jobs == {}

        async def test_async(async_instaview_client, fake_instaview):
            await async_instaview_client.agents.create(
                name="Screener", type="ONLINE", focus="GENERIC", language="EN", duration=30
            )
            assert len(fake_instaview.state.agents) == 1

        def test_fails_on_purpose(instaview_client):
            instaview_client.jobs.get("3c90c3cc-0d44-4b50-8888-8dd25736052a")
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*NotFoundError*"])
