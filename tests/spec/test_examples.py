"""Every complete JSON example of the docs validates against the schema our spec gives it."""

from __future__ import annotations

import pytest

from .examples import Case, cases, errors, load_spec

SPEC = load_spec()
CASES = list(cases(SPEC))


def test_every_example_is_mapped() -> None:
    unmapped = [c.id for c in CASES if c.target == "unmapped"]
    assert unmapped == []


def test_enough_examples_are_validated() -> None:
    # Guards against a map that skips everything: most documented examples are complete JSON. (87: the
    # envelope and pagination guides' three abbreviated illustrations are skipped, see the example maps.)
    assert sum(1 for c in CASES if c.skip is None) >= 87


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_documented_example(case: Case) -> None:
    if case.skip:
        pytest.skip(case.skip)
    assert errors(SPEC, case) == [], f"{case.id} does not fit {case.target}"


def test_embedded_examples_validate_too() -> None:
    """The examples embedded in the spec's media types validate against their own schema."""
    from .examples import validator

    checked = 0
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            media_list = []
            if "requestBody" in op:
                media_list.append(("requestBody", op["requestBody"]["content"].get("application/json")))
            for status, resp in op["responses"].items():
                if "content" in resp:
                    media_list.append((f"responses/{status}", resp["content"].get("application/json")))
            for where, media in media_list:
                if not media or "examples" not in media:
                    continue
                esc = path.replace("~", "~0").replace("/", "~1")
                pointer = f"/paths/{esc}/{method}/{where}/content/application~1json/schema"
                v = validator(SPEC, pointer)
                for name, ex in media["examples"].items():
                    problems = [e.message for e in v.iter_errors(ex["value"])]
                    assert problems == [], f"{op['operationId']} {where} example {name}: {problems[:3]}"
                    checked += 1
    assert checked >= 60
