"""pytest fixtures for code that uses instaview-plus, against the embedded fake (registered automatically).

Installed with ``instaview-plus`` through the ``pytest11`` entry point. Registering it costs nothing: this
module imports neither the SDK nor the fake; they load when a test first asks for a fixture. Any test can ask
for:

- ``instaview_fake``: a fresh :class:`~instaview_plus.testing.FakeInstaView` (its own state and clock);
- ``instaview``: an ``InstaView`` wired in-process to that fake; it waits in the fake's time (retries,
  rate-limit pacing, ``interviews.wait``, ``sourcing.wait*`` advance the fake's clock, never sleep);
- ``async_instaview``: the same for ``AsyncInstaView`` (use it from ``async def`` tests).

>>> def test_creates_a_job(instaview, instaview_fake):  # doctest: +SKIP
...     instaview.jobs.create(title="Backend engineer", description="Builds the API.", status="OPEN")
...     assert len(instaview_fake.state.jobs) == 1

Configure the fake per test, module (``pytestmark``) or suite with the marker; its keyword arguments go to
``FakeInstaView`` (``seed``, ``now``, ``scopes``, ``rate_limit_per_minute`` ...):

>>> @pytest.mark.instaview_fake(seed=7, rate_limit_per_minute=30)  # doctest: +SKIP
... def test_paced(instaview): ...

At teardown the fixture fails the test if a fault armed with ``fail_next`` / ``reset_connection_next`` /
``drop_response_after_commit`` was never used (a test that armed a fault no request reached proves
nothing); ``@pytest.mark.instaview_fake(assert_all_faults_used=False)`` turns that off.

No network is used; the key is the fake's test key :data:`FAKE_API_KEY` (any ``sk_test_*`` key works).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # annotations only: nothing of the SDK is imported until a fixture runs
    from instaview_plus import AsyncInstaView, InstaView
    from instaview_plus.testing import FakeInstaView

__all__ = ["FAKE_API_KEY", "async_instaview", "instaview", "instaview_fake"]

FAKE_API_KEY = "sk_test_fake"
MARKER = "instaview_fake"


def pytest_configure(config: pytest.Config) -> None:
    """Document the marker (``pytest --markers`` lists it)."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): configure the instaview_fake fixture; options go to FakeInstaView (seed, now,"
        " scopes, rate_limit_per_minute, ...), plus assert_all_faults_used=True",
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The marker's keyword arguments, the closest marker (test over module over suite) winning per key."""
    options: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError(
                f"@pytest.mark.{MARKER} takes keyword arguments only (got {marker.args!r})"
            )
        options.update(marker.kwargs)
    return options


@pytest.fixture
def instaview_fake(request: pytest.FixtureRequest) -> Iterator[FakeInstaView]:
    """A fresh fake InstaView API: in-memory state, its own clock, seeded ids."""
    from instaview_plus.testing import FakeInstaView

    options = _options(request)
    check_faults = options.pop("assert_all_faults_used", True)
    try:
        fake = FakeInstaView(**options)
    except TypeError as exc:
        raise pytest.UsageError(f"@pytest.mark.{MARKER}: {exc}") from None
    yield fake
    unused = fake.faults.pending()
    if check_faults and unused:
        listed = "; ".join(
            f"{f.kind}{'' if f.kind != 'status' else f' {f.status}'} x{f.times}"
            f" on {f.method or 'any method'} {f.path or 'any path'}"
            for f in unused
        )
        pytest.fail(
            f"injected fault(s) never used by a request: {listed}. Did the code under test send the request"
            f" you meant to fail? (@pytest.mark.{MARKER}(assert_all_faults_used=False) allows this)",
            pytrace=False,
        )


@pytest.fixture
def instaview(instaview_fake: FakeInstaView) -> Iterator[InstaView]:
    """An ``InstaView`` client talking to ``instaview_fake`` in-process, waiting in the fake's time."""
    from instaview_plus import InstaView

    with instaview_fake.http_client() as http:
        yield InstaView(api_key=FAKE_API_KEY, http_client=http)


@pytest.fixture
def async_instaview(instaview_fake: FakeInstaView) -> Iterator[AsyncInstaView]:
    """An ``AsyncInstaView`` client talking to ``instaview_fake`` in-process (closed after the test)."""
    import asyncio

    from instaview_plus import AsyncInstaView

    http = instaview_fake.async_http_client()
    yield AsyncInstaView(api_key=FAKE_API_KEY, http_client=http)
    asyncio.run(http.aclose())
