"""An embedded fake of the InstaView API for tests: in-process transport or loopback server.

>>> from instaview_plus.testing import FakeInstaView
>>> fake = FakeInstaView(seed=0)
>>> with fake.http_client() as http:
...     http.get("/jobs", headers={"Authorization": "Bearer sk_test_x"}).status_code
200
"""

from ._clock import FakeClock
from ._fake import FakeInstaView
from ._records import (
    Agent,
    ApiKey,
    CallAttempt,
    Candidate,
    Company,
    Delivery,
    FakeState,
    Interview,
    Job,
    SourcingRun,
    UsageEvent,
    Webhook,
)
from ._served_clock import served_clock
from ._signing import sign

__all__ = [
    "Agent",
    "ApiKey",
    "CallAttempt",
    "Candidate",
    "Company",
    "Delivery",
    "FakeClock",
    "FakeInstaView",
    "FakeState",
    "Interview",
    "Job",
    "SourcingRun",
    "UsageEvent",
    "Webhook",
    "served_clock",
    "sign",
]
