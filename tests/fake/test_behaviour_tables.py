"""Every entry of the fake's behaviour tables holds against the fake (see ``behaviour_checks.py``)."""

from __future__ import annotations

import behaviour_checks as checks
import behaviour_scenario as lifecycle
import pytest

from instaview_plus.testing._spec import declared


def _report(broken: list[str], what: str) -> None:
    assert not broken, f"{len(broken)} {what}:\n  " + "\n  ".join(broken)


@pytest.fixture(scope="module")
def scenario_world() -> checks.World:
    world = checks.World()
    lifecycle.scenario(world)
    return world


def test_every_list_filter_matches_and_excludes() -> None:
    _report(checks.check_filters(), "filters the fake does not apply as declared")


def test_every_stored_request_field_comes_back() -> None:
    _report(checks.check_stored(), "stored request fields the fake does not send back")


def test_every_operation_status_is_given_in_its_state() -> None:
    _report(checks.check_statuses(), "statuses the fake does not give in their declared state")


@pytest.mark.contract_exempt("provokes the shared error statuses with invalid requests", check="request")
def test_the_shared_statuses_are_given() -> None:
    _report(checks.check_common_statuses(), "shared statuses the fake does not give")


def test_every_response_field_is_sent_from_its_state(scenario_world: checks.World) -> None:
    _report(lifecycle.check_fields(scenario_world), "response fields the fake does not send as declared")


def test_every_event_is_delivered_in_its_step(scenario_world: checks.World) -> None:
    _report(lifecycle.check_events(scenario_world), "events the fake does not deliver as declared")


def test_the_request_parser_hands_on_only_declared_fields() -> None:
    schema = {"properties": {"a": {"properties": {"b": {}}}, "c": {"items": {"properties": {"d": {}}}}}}
    body = {"a": {"b": 1, "x": 2}, "c": [{"d": 3, "y": 4}], "z": 5}
    assert declared(body, schema) == {"a": {"b": 1}, "c": [{"d": 3}]}


def test_the_tables_are_not_empty() -> None:
    """The checks iterate the tables: empty tables would pass them all."""
    table = checks.merged()
    counts = [
        len(table.filters),
        len(table.request),
        len(table.statuses),
        len(table.fields),
        len(table.events),
    ]
    assert all(counts), f"an empty part of the behaviour tables: {counts}"
