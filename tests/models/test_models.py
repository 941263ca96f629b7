"""Every generated model (the list comes from the generated package): repr, type hints, JSON, snake_case form.

The behaviour comes from the custom generator templates in ``openapi/templates/``; each model is built twice
from its own type hints: with every field set, and with only the required ones.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import pickle
import types
import typing
import uuid
from typing import Any

import attrs
import pytest

import instaview_plus as iv
from instaview_plus import models as public
from instaview_plus._generated.client import models as generated
from instaview_plus._generated.client.types import UNSET, Unset
from instaview_plus._pipeline.readers import owned_reader, reader

CLASSES = sorted((getattr(generated, name) for name in generated.__all__), key=lambda cls: cls.__name__)
MODELS = [cls for cls in CLASSES if attrs.has(cls)]
AT = dt.datetime(2026, 4, 2, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=10, minutes=30)))


def value_for(hint: Any, depth: int = 0) -> Any:
    """A Python value of the annotated type (a model with every field set, the first enum member ...)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m not in (Unset, type(None))]
        models = [m for m in members if attrs.has(m)]  # prefer a nested model: it exercises more
        return value_for((models or members)[0], depth)
    if typing.get_origin(hint) is list:
        return [value_for(typing.get_args(hint)[0], depth)]
    if typing.get_origin(hint) is dict or hint is Any:
        return {"someKey": "some value"}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if isinstance(hint, type) and attrs.has(hint):
        return full(hint, depth + 1) if depth < 3 else minimal(hint, depth + 1)
    return {
        str: "text",
        int: 3,
        float: 1.5,
        bool: True,
        dt.datetime: AT,
        dt.date: dt.date(2026, 4, 2),
        uuid.UUID: uuid.UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a"),
    }[hint]


def _build(cls: type, depth: int, every: bool) -> Any:
    hints = typing.get_type_hints(cls)
    args = {
        f.name: value_for(hints[f.name], depth)
        for f in attrs.fields(cls)
        if f.init and (every or f.default is attrs.NOTHING)
    }
    return cls(**args)


def full(cls: type, depth: int = 0) -> Any:
    return _build(cls, depth, every=True)


def minimal(cls: type, depth: int = 0) -> Any:
    return _build(cls, depth, every=False)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_type_hints_resolve(cls: type) -> None:
    hints = typing.get_type_hints(cls)
    if attrs.has(cls):
        assert {f.name for f in attrs.fields(cls)} <= set(hints)


@pytest.mark.parametrize("name", public.__all__)
def test_type_hints_resolve_on_the_public_names(name: str) -> None:
    cls = getattr(iv, name)
    assert cls.__module__ == "instaview_plus.models"
    hints = typing.get_type_hints(cls)
    assert all(not isinstance(h, str | typing.ForwardRef) for h in hints.values())
    if attrs.has(cls):
        assert all(not isinstance(f.type, str) for f in attrs.fields(cls))  # cattrs reads these


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_repr_shows_only_the_fields_that_are_set(cls: type) -> None:
    small, big = minimal(cls), full(cls)
    required = {f.name for f in attrs.fields(cls) if f.init and f.default is attrs.NOTHING}
    shown = [  # the required fields, and those a schema default set
        f.name
        for f in attrs.fields(cls)
        if f.name in required or (f.init and not isinstance(getattr(small, f.name), Unset | None))
    ]
    text = repr(small)
    assert "Unset" not in text and "UNSET" not in text and "additional_properties" not in text
    assert text == f"{cls.__name__}({', '.join(f'{n}={getattr(small, n)!r}' for n in shown)})"
    for field in attrs.fields(cls):
        if field.init:
            assert f"{field.name}=" in repr(big), field.name
    big.additional_properties["brandNew"] = 1
    assert "additional_properties={'brandNew': 1}" in repr(big)


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_to_dict_is_json_and_reads_back(cls: type) -> None:
    for instance in (minimal(cls), full(cls)):
        text = json.dumps(instance.to_dict())
        wire = json.loads(text)
        assert cls.from_dict(wire) == instance
        assert reader(cls)(wire) == instance  # the layer's fast reader agrees
        assert wire == json.loads(text)  # ... and leaves its input alone
        assert owned_reader(cls)(json.loads(text)) == instance  # in place, on a freshly decoded object


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_snake_dict_is_json_with_attribute_names(cls: type) -> None:
    instance = full(cls)
    instance.additional_properties["newField"] = {"a": [1]}
    snake = instance.to_snake_dict()
    assert json.loads(json.dumps(snake)) == snake
    names = {f.name for f in attrs.fields(cls) if f.init}
    assert set(snake) == names | {"newField"}
    assert set(minimal(cls).to_snake_dict()) == {
        f.name for f in attrs.fields(cls) if f.init and not isinstance(getattr(minimal(cls), f.name), Unset)
    }


def test_optional_nullable_fields_are_none_when_absent_and_documented_ones_required() -> None:
    job = reader(generated.Job)(
        {
            "id": "j1",
            "companyId": "c1",
            "title": "Backend engineer",
            "status": "OPEN",
            "createdAt": "2026-04-02T07:00:00+10:30",
            "updatedAt": "2026-04-02T07:00:00+10:30",
        }
    )
    assert job.description is None and job.location is None  # `X | None`, absent → None
    assert job.required_skills is UNSET and repr(UNSET) == "UNSET" and not UNSET
    assert iv.UNSET is UNSET and iv.Unset is Unset
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    hints = typing.get_type_hints(iv.Job)
    for name in ("id", "company_id", "title", "created_at", "updated_at"):
        assert Unset not in typing.get_args(hints[name]) and hints[name] is not Unset, name
    for name in ("id", "candidate_id", "agent_id", "status", "created_at", "updated_at"):
        assert Unset not in typing.get_args(typing.get_type_hints(iv.Interview)[name]), name
    assert typing.get_type_hints(iv.Interview)["transcript"] == str | None
    assert typing.get_type_hints(iv.Analysis)["overall_score"] == float | None


def test_transcript_and_overall_score_are_read() -> None:
    interview = iv.Interview.from_dict(
        {
            "id": "i1",
            "candidateId": "c1",
            "agentId": "a1",
            "status": "COMPLETED",
            "createdAt": "2026-04-02T07:00:00Z",
            "updatedAt": "2026-04-02T07:00:00Z",
            "transcript": "Agent: Hello ...",
            "analysis": {"id": "an1", "overallScore": 85, "general": {"overallRating": 85}},
        }
    )
    assert interview.transcript == "Agent: Hello ..."
    assert interview.analysis is not None and interview.analysis.overall_score == 85
    assert "transcript" not in interview.additional_properties
