"""``instaview``: the command line of instaview-plus (``python -m instaview_plus`` is the same).

Every operation of the spec is ``instaview <group> <verb>`` (``instaview jobs list``, ``instaview jobs create
--title ... --status OPEN``), plus the jobs people run: ``candidates import``, ``interviews wait``,
``interviews pdf``, ``quickstart``, ``fake serve`` and ``webhooks verify``. Standard library only (argparse).

Exit status: 0 done, 1 the API (or the webhook check) refused, 2 a bad option or argument, 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from .._constants import ENV_API_KEY, ENV_BASE_URL
from .._exceptions import InstaViewError, InvalidRequestError
from .._version import __version__
from ._commands import Command, commands
from ._invoke import invoke
from ._options import add_argument
from ._output import emit
from ._tasks import TASKS, add_tasks

__all__ = ["build_parser", "main"]

PROG = "instaview"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line (``instaview: error: ...``) and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: error: {' '.join(message.split())} (see {self.prog} --help)\n")


def _common(*, top: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after the command (the leaf's defaults never mask the top's)."""
    common = argparse.ArgumentParser(add_help=False)
    default: Any = None if top else argparse.SUPPRESS
    common.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print JSON (for scripts) instead of a table",
    )
    common.add_argument(
        "--company-id", default=default, help="the company to act on (ATS keys); default: the key's own"
    )
    common.add_argument(
        "--base-url",
        default=default,
        help=f"the API's base URL (default ${ENV_BASE_URL} or https://api.instaview.sk)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="show a traceback on errors",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree: one subcommand per spec operation, plus the hand-written tasks."""
    parser = _Parser(
        prog=PROG,
        description=f"The InstaView API from the command line. The API key comes from ${ENV_API_KEY}.",
        parents=[_common(top=True)],
        epilog="Exit status: 0 done, 1 the API refused, 2 a bad option.",
    )
    parser.add_argument("--version", action="version", version=f"instaview-plus {__version__}")
    leaf = _common(top=False)
    groups: argparse._SubParsersAction[Any] = parser.add_subparsers(
        title="commands", dest="group", metavar="<group>", required=True
    )
    by_group: dict[str, argparse._SubParsersAction[Any]] = {}

    def group(name: str, help: str) -> argparse._SubParsersAction[Any]:
        if name not in by_group:
            sub = groups.add_parser(name, help=help, description=help)
            by_group[name] = sub.add_subparsers(
                title="commands", dest="verb", metavar="<command>", required=True
            )
        return by_group[name]

    for command in commands():
        if (command.group, command.verb) in TASKS:
            continue
        verbs = group(command.group, f"{command.group} operations")
        help_text = command.summary.rstrip(".")
        cmd = verbs.add_parser(
            command.verb,
            help=help_text,
            description=f"{help_text}. {command.description}".replace("%", "%%"),
            parents=[leaf],
        )
        for arg in command.arguments:
            if arg.wire != "companyId":
                add_argument(cmd, arg)
        cmd.set_defaults(command=command)
    for name, (task, help_text) in TASKS.items():
        if len(name) == 1:
            cmd = groups.add_parser(name[0], help=help_text, description=help_text, parents=[leaf])
        else:
            cmd = group(name[0], f"{name[0]} commands").add_parser(
                name[1], help=help_text, description=help_text, parents=[leaf]
            )
        add_tasks(cmd, name)
        cmd.set_defaults(task=task)
    return parser


def _option_of(error: InvalidRequestError) -> str:
    argument = (getattr(error, "argument", None) or "").split(".")[-1].split("[")[0]
    return f"--{argument.replace('_', '-')}: " if argument and argument not in ("file",) else ""


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _refuse_unknown_leading_options(parser: argparse.ArgumentParser, args: list[str]) -> None:
    """Name an unknown option given before the command (argparse would only say a command is missing)."""
    known = parser._option_string_actions
    it = iter(args)
    for token in it:
        if token == "--" or not token.startswith("-"):
            return
        name = token.split("=", 1)[0]
        if name not in known:
            parser.error(f"unrecognized arguments: {token}")
        if known[name].nargs != 0 and "=" not in token:
            next(it, None)  # the option's value


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``instaview`` with ``argv`` (default ``sys.argv[1:]``); returns the exit status."""
    parser = build_parser()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        _refuse_unknown_leading_options(parser, args)
        ns = parser.parse_args(args)
    except SystemExit as exit_:  # --help, --version (0) or a bad option (2, its one line already printed)
        return exit_.code if isinstance(exit_.code, int) else 2
    from .._client.client import InstaView

    def client() -> InstaView:
        sdk = InstaView(base_url=ns.base_url or os.environ.get(ENV_BASE_URL) or None)
        if ns.company_id and getattr(ns, "command", None) is not None and ns.command.company_scoped:
            return sdk.for_company(ns.company_id)
        return sdk

    try:
        task = getattr(ns, "task", None)
        if task is not None:
            return int(task(ns, client))
        command: Command = ns.command
        sdk = client()
        # printed as the server answered it, but never with the key in it (a server may echo it)
        emit(sdk._pipeline.api_key.scrub(invoke(sdk, command, ns)), as_json=ns.json)
        return 0
    except KeyboardInterrupt:
        if ns.debug:
            raise
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except InvalidRequestError as error:  # the SDK refused an argument before sending anything
        if ns.debug:
            raise
        print(f"{PROG}: error: {_option_of(error)}{_one_line(error)}", file=sys.stderr)
        return 2
    except InstaViewError as error:
        if ns.debug:
            raise
        print(f"{PROG}: error: {_one_line(error)}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as error:  # a file that cannot be written, a PDF that cannot be decoded
        if ns.debug:
            raise
        print(f"{PROG}: error: {_one_line(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug of ours: still one line, the traceback with --debug
        if ns.debug:
            raise
        print(
            f"{PROG}: internal error: {type(error).__name__}: {_one_line(error)} (rerun with --debug)",
            file=sys.stderr,
        )
        return 1
