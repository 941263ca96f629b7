"""The fast model readers give exactly what the generated ``from_dict`` gives (or raise the same error type)."""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
import uuid
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import instaview_plus._generated.client.models as models
from instaview_plus._generated.client.types import UNSET, Unset
from instaview_plus._pipeline.readers import reader

CLASSES = [getattr(models, n) for n in models.__all__ if attrs.has(getattr(models, n))]
EXAMPLES = json.loads((Path(__file__).parents[1] / "fixtures" / "doc_examples.json").read_text("utf-8"))


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, globalns=cls.to_dict.__globals__, localns=vars(models))


def _members(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [m for m in typing.get_args(hint) if m is not Unset]
    return [hint]


def _wire_keys(cls: type) -> dict[str, str]:
    """attribute → wire key, read from what ``from_dict`` accepts (see ``test_every_key_is_the_generators``)."""
    from instaview_plus._pipeline.readers import _camel

    return {f.name: _camel(f.name) for f in attrs.fields(cls) if f.name != "additional_properties"}


def _valid(hint: Any, depth: int = 0) -> Any:
    """A JSON value of the first branch of ``hint`` (nested models filled in completely, to a depth)."""
    member = next(m for m in _members(hint) if m is not type(None)) if _members(hint) != [None] else None
    if member is None or member is type(None):
        return None
    if member is str or member is Any:
        return "x"
    if member is bool:
        return True
    if member in (int, float):
        return 3
    if member is dt.datetime:
        return "2026-04-02T07:00:00+10:30"
    if member is dt.date:
        return "2027-01-31"
    if member is uuid.UUID:
        return "550e8400-e29b-41d4-a716-446655440000"
    if isinstance(member, type) and issubclass(member, enum.Enum):
        return next(iter(member)).value
    if typing.get_origin(member) is list:
        return [_valid(typing.get_args(member)[0], depth + 1)]
    assert attrs.has(member), member
    return _full(member, depth + 1) if depth < 8 else {}  # deep enough for every nested required field


def _full(cls: type, depth: int = 0) -> dict[str, Any]:
    hints = _hints(cls)
    return {key: _valid(hints[name], depth) for name, key in _wire_keys(cls).items()}


def _outcome(parse: Any, payload: Any) -> tuple[str, Any]:
    """The result's repr (an enum member and its string compare equal; their reprs do not), or the error type."""
    try:
        return "ok", repr(parse(payload))
    except Exception as exc:  # the type is what must match
        return "error", type(exc)


def test_which_classes_keep_their_generated_from_dict() -> None:
    """Only classes with a union whose outcome depends on the generated try order (webhook events: three
    enums; billing breakdown: list or object, no plain member; the request bodies' gdprExpiryDate: date or
    date-time) keep from_dict; a new one shows up here."""
    fallback = [c.__name__ for c in CLASSES if reader(c) == c.from_dict]  # type: ignore[attr-defined]
    assert fallback == [
        "BillingUsage",
        "CandidateCreate",
        "CandidateUpdate",
        "InterviewCreateCandidate",
        "WebhookConfig",
        "WebhookCreate",
        "WebhookCreated",
        "WebhookDelivery",
        "WebhookUpdate",
    ]
    assert (
        reader(models.Job) != models.Job.from_dict and reader(models.Candidate) != models.Candidate.from_dict
    )


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_key_is_the_generators(cls: type) -> None:
    """A payload with every derived key leaves nothing in from_dict's additional_properties."""
    payload = _full(cls)
    parsed = cls.from_dict(payload)  # type: ignore[attr-defined]
    assert parsed.additional_properties == {}
    assert all(getattr(parsed, name) is not UNSET for name in _wire_keys(cls))
    assert reader(cls)(payload) == parsed


def _dicts(value: Any) -> typing.Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _dicts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _dicts(v)


def test_documented_examples_parse_identically() -> None:
    """Every object in every documented example, read as each model sharing two keys with it."""
    keys = {cls: set(_wire_keys(cls).values()) for cls in CLASSES}
    compared = 0
    for example in EXAMPLES:
        for obj in _dicts(example["json"]):
            for cls in CLASSES:
                if len(keys[cls] & obj.keys()) >= 2:
                    assert _outcome(reader(cls), obj) == _outcome(cls.from_dict, obj), (example["id"], cls)
                    compared += 1
    assert compared > 200


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)


@st.composite
def _payloads(draw: st.DrawFn) -> tuple[type, dict[str, Any]]:
    """A model and a payload: each key valid, odd (None, unknown enum, wrong type, junk) or absent."""
    cls = draw(st.sampled_from(CLASSES))
    full = _full(cls)
    payload: dict[str, Any] = {}
    for key, value in full.items():
        choice = draw(st.sampled_from(["valid", "valid", "null", "unknown", "wrong", "absent"]))
        if choice == "valid":
            payload[key] = value
        elif choice == "null":
            payload[key] = None
        elif choice == "unknown":
            payload[key] = "NOT_A_KNOWN_VALUE"
        elif choice == "wrong":
            payload[key] = draw(JSON)
    payload.update(draw(st.dictionaries(st.text(min_size=1, max_size=5), JSON, max_size=2)))
    return cls, payload


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_payloads())
def test_synthesised_payloads_parse_identically(case: tuple[type, dict[str, Any]]) -> None:
    cls, payload = case
    assert _outcome(reader(cls), payload) == _outcome(cls.from_dict, payload)  # type: ignore[attr-defined]


def test_non_mapping_input_fails_like_from_dict() -> None:
    job = models.Job
    for bad in (None, 3, "x", [1, 2]):
        assert _outcome(reader(job), bad) == _outcome(job.from_dict, bad)
