"""An embedded fake of the InstaView API for tests: in-process transport or loopback server.

>>> from instaview_plus.testing import FakeInstaView
>>> fake = FakeInstaView(seed=0)
>>> with fake.http_client() as http:
...     http.get("/jobs", headers={"Authorization": "Bearer sk_test_x"}).status_code
200
"""

from . import _records
from ._fake import FakeInstaView
from ._fake_clock import FakeClock
from ._records import *  # noqa: F403  (the records: Agent, Job, ..., FakeState)
from ._served_clock import served_clock
from ._signing import sign

__all__ = ["FakeClock", "FakeInstaView", "served_clock", "sign"]
__all__ += _records.__all__
