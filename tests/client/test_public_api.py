"""The public surface: __all__ sorted and complete, no generated names leak, import stays lazy and cheap."""

from __future__ import annotations

import subprocess
import sys

import instaview_plus as iv
from instaview_plus import models


def test_all_is_sorted_and_resolves() -> None:
    names = [n for n in iv.__all__ if not n.isupper() and n != "__version__"]
    assert names == sorted(names, key=str.lower) or names == sorted(names)
    for name in iv.__all__:
        assert getattr(iv, name) is not None


def test_exported_classes_live_in_instaview_plus() -> None:
    for name in iv.__all__:
        obj = getattr(iv, name)
        if isinstance(obj, type):
            assert obj.__module__.startswith("instaview_plus"), name
    for name in models.__all__:
        assert getattr(models, name).__module__ == "instaview_plus.models", name
        assert getattr(iv, name) is getattr(models, name)


def test_version_is_single_sourced() -> None:
    from importlib.metadata import version

    assert iv.__version__ == version("instaview-plus")


def test_import_loads_no_resource_generated_or_testing_module() -> None:
    code = (
        "import sys, instaview_plus;"
        "bad = [m for m in sys.modules if m.startswith(('instaview_plus.resources', 'instaview_plus.testing',"
        " 'instaview_plus._generated.client', 'instaview_plus._generated.spec', 'instaview_plus.models'))];"
        "print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"


def test_error_tree() -> None:
    assert issubclass(iv.APITimeoutError, iv.APIConnectionError)
    assert issubclass(iv.RateLimitError, iv.APIStatusError)
    assert issubclass(iv.InvalidRequestError, ValueError)
    assert issubclass(iv.NaiveDatetimeError, iv.InvalidRequestError)
    assert issubclass(iv.WorkflowError, iv.InstaViewError)
