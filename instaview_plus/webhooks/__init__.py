"""Receive InstaView webhook deliveries: verify them, typed events, a router that runs each delivery once.

>>> import time
>>> from instaview_plus.testing import sign  # a delivery as InstaView (here the fake) signs it
>>> router = iv.webhooks.Router("whsec_x")
>>> @router.on("interview.completed")
... def completed(event: iv.webhooks.InterviewEvent) -> None:
...     print("completed", event.data.interview_id)
>>> body = b'{"event":"interview.completed","deliveryId":"d1","data":{"interviewId":"int_1"}}'
>>> headers = sign("whsec_x", body, timestamp=int(time.time()), event="interview.completed", delivery_id="d1")
>>> router.handle(body, headers)
completed int_1
200
>>> router.handle(body, headers)  # the same delivery again: answered, not run again
200
>>> router.handle(body.replace(b"int_1", b"int_2"), headers)  # a changed body: not verified
400

``router.asgi()`` / ``router.wsgi()`` are apps for any ASGI or WSGI server; ``verify`` checks and parses one
delivery without dedupe. No web framework is imported; redis-py only for a ``redis://`` dedupe store.
"""

from __future__ import annotations

from ._dedupe import ClaimState, Dedupe, MemoryDedupe
from ._events import AnalysisCompletedEvent, AnalysisFailedEvent, InterviewEvent, PingEvent, WebhookEvent
from ._names import EVENT_CODES, normalize_event_type
from ._router import Handler, Router
from ._verify import verify

__all__ = [
    "EVENT_CODES",
    "AnalysisCompletedEvent",
    "AnalysisFailedEvent",
    "ClaimState",
    "Dedupe",
    "Handler",
    "InterviewEvent",
    "MemoryDedupe",
    "PingEvent",
    "Router",
    "WebhookEvent",
    "normalize_event_type",
    "verify",
]
