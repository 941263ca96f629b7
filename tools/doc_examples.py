"""Extract the fenced examples of the API catalogs into a test fixture (a developer tool).

The tests never read the catalogs: this script is run by hand when the catalogs change, and its
output, ``tests/fixtures/doc_examples.json``, is committed.

    python -m tools.doc_examples ../shared/api tests/fixtures/doc_examples.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CATALOGS = {
    "catalog-jobs-candidates-agents.md": "jca",
    "catalog-interviews-companies-billing-webhooks.md": "icbw",
    "catalog-sourcing.md": "src",
}
LABEL_RE = re.compile(r"^(?:#### (E\d+)\.\s*(.*)|\*\*(E\d+)\s*[—-]\s*(.*?)\*\*(.*))$")
CURL_BODY_RE = re.compile(r"-d\s+'(\{.*?\})'", re.S)


def _parse(text: str) -> tuple[object | None, str | None]:
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg} at line {exc.lineno})"


def extract(folder: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for name, short in CATALOGS.items():
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        label, title, per_label = "", "", 0
        i = 0
        while i < len(lines):
            m = LABEL_RE.match(lines[i])
            if m:
                label = m.group(1) or m.group(3)
                title = (m.group(2) or (m.group(4) + m.group(5))).strip()
                per_label = 0
            if lines[i].startswith("```") and label:
                lang = lines[i][3:].strip() or "plain"
                j = i + 1
                while j < len(lines) and not lines[j].startswith("```"):
                    j += 1
                text = "\n".join(lines[i + 1 : j])
                per_label += 1
                ex_id = f"{short}-{label}" + (f".{per_label}" if per_label > 1 else "")
                if lang == "bash":
                    bodies = CURL_BODY_RE.findall(text)
                    body_text = bodies[0] if bodies else None
                    value, error = _parse(body_text) if body_text else (None, "no JSON body")
                    out.append(
                        {
                            "id": ex_id,
                            "catalog": name,
                            "title": title,
                            "lang": "curl-body",
                            "json": value,
                            "invalid": error,
                            "text": body_text or text,
                        }
                    )
                else:
                    value, error = _parse(text)
                    out.append(
                        {
                            "id": ex_id,
                            "catalog": name,
                            "title": title,
                            "lang": lang,
                            "json": value,
                            "invalid": error,
                            "text": text,
                        }
                    )
                i = j
            i += 1
    return out


def main() -> None:
    folder, target = Path(sys.argv[1]), Path(sys.argv[2])
    examples = extract(folder)
    target.write_text(json.dumps(examples, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    valid = sum(1 for e in examples if e["invalid"] is None)
    print(f"{len(examples)} examples, {valid} parse as JSON -> {target}")


if __name__ == "__main__":
    main()
