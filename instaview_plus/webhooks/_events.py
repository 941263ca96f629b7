"""Typed webhook events: the envelope plus a ``data`` model chosen by the spec's ``webhooks:`` section.

Each event of the spec names the schema of its ``data`` (generated into ``instaview_spec.events``); the
matching generated model parses it, unknown fields kept in ``additional_properties``. An event type the SDK
does not know parses as a plain ``WebhookEvent`` whose ``data`` is the JSON object as sent.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, overload

import attrs

from .._exceptions import InvalidRequestError
from ._names import normalize_event_type

if TYPE_CHECKING:
    from .._client.client import AsyncInstaView, InstaView
    from ..models import (
        AnalysisCompletedEventData,
        AnalysisFailedEventData,
        Interview,
        InterviewEventData,
        PingEventData,
        WebhookConfig,
    )

__all__ = [
    "AnalysisCompletedEvent",
    "AnalysisFailedEvent",
    "InterviewEvent",
    "PingEvent",
    "WebhookEvent",
    "parse_event",
]


@attrs.frozen
class WebhookEvent:
    """A verified delivery: ``type`` (UPPER_SNAKE), ``raw_type`` (as sent), ``delivery_id``, ``timestamp``,
    ``data`` (the event's typed model, or the JSON object for an event type the SDK does not know) and
    ``payload`` (the whole body as sent)."""

    type: str
    raw_type: Any
    delivery_id: str | None
    timestamp: dt.datetime | None
    data: Any
    payload: dict[str, Any]

    @overload
    def fetch(self, client: InstaView) -> Any: ...
    @overload
    def fetch(self, client: AsyncInstaView) -> Awaitable[Any]: ...
    def fetch(self, client: InstaView | AsyncInstaView) -> Any:
        """Read the object the event names through ``client`` (``await`` it with an ``AsyncInstaView``)."""
        raise InvalidRequestError(f"a {self.type} event names no object to fetch", argument="event")

    async def afetch(self, client: AsyncInstaView) -> Any:
        """``await event.afetch(aclient)``: ``fetch`` for an ``AsyncInstaView``."""
        return await self.fetch(client)


def _interview_id(event: WebhookEvent) -> str:
    value = getattr(event.data, "interview_id", None)
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"this {event.type} event carries no interviewId", argument="event")
    return value


@attrs.frozen
class _NamesInterview(WebhookEvent):
    """An event whose ``data.interview_id`` names an interview; ``fetch`` reads it."""

    @overload
    def fetch(self, client: InstaView) -> Interview: ...
    @overload
    def fetch(self, client: AsyncInstaView) -> Awaitable[Interview]: ...
    def fetch(self, client: InstaView | AsyncInstaView) -> Interview | Awaitable[Interview]:
        """The interview the event names, as ``GET /interviews/{id}`` answers now (``analysis`` included)."""
        return client.interviews.get(_interview_id(self))

    async def afetch(self, client: AsyncInstaView) -> Interview:
        """``await event.afetch(aclient)``: the interview the event names."""
        return await client.interviews.get(_interview_id(self))


@attrs.frozen
class InterviewEvent(_NamesInterview):
    """``interview.started`` / ``interview.completed`` / ``interview.failed``: ``data`` names the interview,
    call attempt, candidate and job, with the interview's ``status`` (and ``error`` when it failed)."""

    data: InterviewEventData


@attrs.frozen
class AnalysisCompletedEvent(_NamesInterview):
    """``analysis.completed``: ``data.analysis`` and ``data.analysis_pdf_base_64`` (the PDF); ``fetch`` reads
    the interview, which carries the analysis."""

    data: AnalysisCompletedEventData


@attrs.frozen
class AnalysisFailedEvent(_NamesInterview):
    """``analysis.failed``: ``data.interview_id`` and ``data.error``."""

    data: AnalysisFailedEventData


@attrs.frozen
class PingEvent(WebhookEvent):
    """``ping``, the test delivery of ``POST /webhooks/{id}/test``; ``fetch`` reads the webhook."""

    data: PingEventData

    @overload
    def fetch(self, client: InstaView) -> WebhookConfig: ...
    @overload
    def fetch(self, client: AsyncInstaView) -> Awaitable[WebhookConfig]: ...
    def fetch(self, client: InstaView | AsyncInstaView) -> WebhookConfig | Awaitable[WebhookConfig]:
        """The webhook configuration the ping was sent for."""
        webhook_id = getattr(self.data, "webhook_id", None)
        if not isinstance(webhook_id, str) or not webhook_id:
            raise InvalidRequestError("this ping carries no webhookId", argument="event")
        return client.webhooks.get(webhook_id)

    async def afetch(self, client: AsyncInstaView) -> WebhookConfig:
        """``await event.afetch(aclient)``: the webhook configuration."""
        result: WebhookConfig = await self.fetch(client)
        return result


# The event class for each ``data`` schema of the spec; a schema without one gets the base class.
_CLASSES: dict[str, type[WebhookEvent]] = {
    "InterviewEventData": InterviewEvent,
    "AnalysisCompletedEventData": AnalysisCompletedEvent,
    "AnalysisFailedEventData": AnalysisFailedEvent,
    "PingEventData": PingEvent,
}


@functools.cache
def _data_schemas() -> dict[str, str]:
    """UPPER_SNAKE type -> the name of its ``data`` schema, from the spec's ``webhooks:`` section."""
    from instaview_spec.events import EVENTS

    return {name: spec["data"] for name, spec in EVENTS.items() if spec.get("data")}


@functools.cache
def _model(schema: str) -> Any:
    models = importlib.import_module("instaview_plus.models")
    if schema in models.__all__:
        return getattr(models, schema)
    return getattr(importlib.import_module("instaview_client.models"), schema)


def _when(stamp: object) -> dt.datetime | None:
    if not isinstance(stamp, str):
        return None
    try:
        return dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None


def parse_event(decoded: Mapping[str, Any], delivery_header: str | None = None) -> WebhookEvent:
    """A decoded delivery body -> its typed event (the generic ``WebhookEvent`` for an unknown type).

    A ``data`` that does not fit its model (not an object, or a field of the wrong shape) keeps the event
    generic rather than failing: the delivery was signed by InstaView, and the raw object is still there.
    """
    payload = dict(decoded)
    raw_type = payload.get("event", payload.get("type"))
    kind = normalize_event_type(raw_type)
    raw_data = payload.get("data")
    delivery_id = payload.get("deliveryId")
    fields: dict[str, Any] = {
        "type": kind,
        "raw_type": raw_type,
        "delivery_id": delivery_id if isinstance(delivery_id, str) and delivery_id else delivery_header,
        "timestamp": _when(payload.get("timestamp")),
        "payload": payload,
    }
    schema = _data_schemas().get(kind)
    if schema is not None and isinstance(raw_data, dict):
        try:
            data = _model(schema).from_dict(raw_data)
        except (TypeError, ValueError, KeyError, AttributeError):
            data = None
        if data is not None:
            return _CLASSES.get(schema, WebhookEvent)(data=data, **fields)
    return WebhookEvent(data=dict(raw_data) if isinstance(raw_data, dict) else {}, **fields)
