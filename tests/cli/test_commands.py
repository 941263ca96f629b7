"""The command tree is derived from the spec: every operation is a command, every argument an option."""

from __future__ import annotations

import argparse
import contextlib
import io
from typing import Any

import pytest
from instaview_spec.operations import OPERATIONS

from instaview_plus._pipeline.wire import snake
from instaview_plus.cli import build_parser, main
from instaview_plus.cli._commands import commands, verb_for
from instaview_plus.cli._tasks import TASKS


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    out: dict[tuple[str, ...], argparse.ArgumentParser] = {}
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {path: parser}
    for name, child in subs[0].choices.items():
        out.update(_leaves(child, (*path, name)))
    return out


LEAVES = _leaves(build_parser())


def _op_of(leaf: argparse.ArgumentParser) -> str | None:
    command: Any = leaf.get_default("command")
    return command.op_id if command is not None else None


def test_every_spec_operation_is_a_command() -> None:
    reached = {_op_of(leaf) for leaf in LEAVES.values()} - {None}
    replaced = {c.op_id for c in commands() if (c.group, c.verb) in TASKS}  # interviews pdf
    assert reached | replaced == set(OPERATIONS)
    assert replaced == {"getInterviewAnalysisPdf"}


def test_commands_are_named_by_tag_and_operation() -> None:
    for op_id, spec in OPERATIONS.items():
        path = (spec["tag"], verb_for(op_id, spec["tag"]))
        assert path in LEAVES, (op_id, path)
        assert _op_of(LEAVES[path]) in (op_id, None)
    assert len({(c.group, c.verb) for c in commands()}) == len(OPERATIONS)  # no two share a name
    assert ("jobs", "create") in LEAVES and ("jobs", "list") in LEAVES
    assert ("call-attempts", "reschedule") in LEAVES and ("candidates", "analyses") in LEAVES


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_argument_is_an_option_with_the_specs_help(op_id: str) -> None:
    spec = OPERATIONS[op_id]
    path = (spec["tag"], verb_for(op_id, spec["tag"]))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*path, "--help"]) == 0
    text = " ".join(out.getvalue().split())
    body = spec["body"] or {}
    for wire in [*spec["query"], *(body.get("properties") or {})]:
        option = "--" + snake(wire).replace("_", "-")
        assert option in text, (op_id, option)
    for wire, schema in (body.get("properties") or {}).items():
        for value in schema.get("enum", []):
            assert str(value) in text, (op_id, wire, value)
    assert "--json" in text and "--company-id" in text


def test_help_comes_from_the_spec() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["agents", "create", "--help"]) == 0
    text = " ".join(out.getvalue().split())
    assert "Interview length in minutes." in text  # the spec's description of `duration`
    assert "{UNDEFINED,ONLINE,PHONE}" in text  # an enum offered as choices


def test_top_level_help_and_usage_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "jobs" in capsys.readouterr().out
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("instaview: error:")
