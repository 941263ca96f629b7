"""The pytest plugin: registered as a ``pytest11`` entry point, its fixtures and marker work in a fresh run."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

import instaview_plus as iv
from instaview_plus.testing import FakeInstaView

pytest_plugins = ["pytester"]

INI = "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"


def test_entry_point_names_the_plugin() -> None:
    found = [e for e in entry_points(group="pytest11") if e.value == "pytest_instaview_plus"]
    assert len(found) == 1


def test_registering_the_plugin_imports_neither_the_sdk_nor_the_fake(pytester: pytest.Pytester) -> None:
    """In a fresh pytest process the plugin is registered, yet nothing of instaview_plus is imported until
    a test asks for a fixture; then the SDK and the fake load."""
    pytester.makeini(INI)
    pytester.makepyfile(
        """
        import sys

        LOADED = lambda: sorted(m for m in sys.modules if m.split(".")[0] == "instaview_plus")

        def test_a_plain_test_loads_nothing(request):
            assert request.config.pluginmanager.has_plugin("instaview_plus")  # the entry point is registered
            assert LOADED() == []

        def test_the_fixture_loads_them(instaview):
            assert "instaview_plus._client.client" in LOADED() and "instaview_plus.testing._fake" in LOADED()
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


@pytest.mark.contract_exempt("two days of polls of getInterview, checked elsewhere", check="all")
def test_fixture_clients_wait_in_fake_time(pytester: pytest.Pytester) -> None:
    """With the fixtures, a wait for an interview scheduled tomorrow returns COMPLETED (fake time moves)."""
    pytester.makeini(INI)
    pytester.makepyfile(
        """
        import asyncio, datetime as dt, time

        import pytest

        def _no_real_sleep(seconds, *args):
            raise AssertionError(f"slept {seconds} s for real")

        @pytest.fixture(autouse=True)
        def no_sleep(monkeypatch):
            monkeypatch.setattr(time, "sleep", _no_real_sleep)

        def _schedule(client, fake):
            job = client.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")
            candidate = client.candidates.create(
                first_name="Ada", last_name="Lovelace", email="ada@example.com",
                gdpr_expiry_date=dt.date(2030, 1, 1), job_ids=[job.id],
            )
            agent = client.agents.create(
                name="Screener", type="ONLINE", focus="GENERIC", language="EN", duration=30
            )
            return client.interviews.create(
                candidate_id=candidate.id, agent_id=agent.id, job_id=job.id,
                schedule_time=fake.clock.now() + dt.timedelta(days=1),
            ).id

        @pytest.mark.instaview_fake(now=dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC))
        def test_sync(instaview, instaview_fake):
            interview_id = _schedule(instaview, instaview_fake)
            done = instaview.interviews.wait(interview_id, timeout=3 * 86400)
            assert str(done.status) == "COMPLETED"
            assert instaview_fake.clock.now() >= dt.datetime(2026, 5, 5, 9, 0, tzinfo=dt.UTC)

        @pytest.mark.instaview_fake(now=dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC))
        async def test_async(instaview, async_instaview, instaview_fake):
            interview_id = _schedule(instaview, instaview_fake)
            done = await async_instaview.interviews.wait(interview_id, timeout=3 * 86400)
            assert str(done.status) == "COMPLETED"
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_fixtures_direct(
    instaview_fake: FakeInstaView, instaview: iv.InstaView, async_instaview: iv.AsyncInstaView
) -> None:
    """This suite gets the fixtures from the installed entry point too; the clients share one fake."""
    job = instaview.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")
    assert list(instaview_fake.state.jobs) == [job.id]


async def test_async_client(instaview_fake: FakeInstaView, async_instaview: iv.AsyncInstaView) -> None:
    job = await async_instaview.jobs.create(title="Backend engineer", description="Builds it.", status="OPEN")
    assert (await async_instaview.jobs.get(job.id)).title == "Backend engineer"
    assert list(instaview_fake.state.jobs) == [job.id]


def test_in_a_fresh_pytest_run(pytester: pytest.Pytester) -> None:
    """A user's test module that only names the fixtures: each test gets its own fake; failures surface."""
    pytester.makeini(INI)
    pytester.makepyfile(
        """
        def test_sync(instaview, instaview_fake):
            instaview.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")
            assert len(instaview_fake.state.jobs) == 1

        def test_fresh_state(instaview_fake):
            assert instaview_fake.state.jobs == {}

        async def test_async(async_instaview, instaview_fake):
            await async_instaview.agents.create(
                name="Screener", type="ONLINE", focus="GENERIC", language="EN", duration=30
            )
            assert len(instaview_fake.state.agents) == 1

        def test_fails_on_purpose(instaview):
            instaview.jobs.get("3c90c3cc-0d44-4b50-8888-8dd25736052a")
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*NotFoundError*"])


def test_marker_configures_the_fake_closest_wins(pytester: pytest.Pytester) -> None:
    pytester.makeini(INI)
    pytester.makepyfile(
        """
        import pytest

        pytestmark = pytest.mark.instaview_fake(seed=5, rate_limit_per_minute=30)

        def test_module_options(instaview_fake):
            assert instaview_fake.rate_limit_per_minute == 30

        @pytest.mark.instaview_fake(rate_limit_per_minute=7)
        def test_test_options_win(instaview_fake):
            assert instaview_fake.rate_limit_per_minute == 7

        @pytest.mark.instaview_fake(no_such_option=1)
        def test_unknown_option(instaview_fake):
            pass
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*instaview_fake*no_such_option*"])
    assert "instaview_fake(**options)" in pytester.runpytest_inprocess("--markers").stdout.str()


def test_unused_injected_fault_fails_the_test_at_teardown(pytester: pytest.Pytester) -> None:
    pytester.makeini(INI)
    pytester.makepyfile(
        """
        import pytest

        def test_armed_but_never_reached(instaview, instaview_fake):
            instaview_fake.fail_next(503, times=5, path="/candidates")
            instaview.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")

        def test_armed_and_used(instaview, instaview_fake):
            instaview_fake.fail_next(503, path="/jobs")
            instaview.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")

        @pytest.mark.instaview_fake(assert_all_faults_used=False)
        def test_allowed(instaview_fake):
            instaview_fake.drop_response_after_commit(path="/jobs")
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(
        ["*injected fault(s) never used by a request: status 503 x5 on any method /candidates*"]
    )
