"""Generated from openapi/instaview.yaml by tools/generate (nox -s generate). Do not edit."""

import json
from pathlib import Path
from typing import Any

_TABLES = json.loads(
    Path(__file__).with_name("operations.json").read_text(encoding="utf-8")
)
OPERATIONS: dict[str, dict[str, Any]] = _TABLES["OPERATIONS"]
ENUMS: dict[str, list[Any]] = _TABLES["ENUMS"]
