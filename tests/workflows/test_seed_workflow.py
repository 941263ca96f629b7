"""The vendor's quickstart workflow (the seed's axios code) through the SDK, field for field, against the fake.

The request bodies are read from ``tests/fixtures/seed/quickstart_workflow.js`` itself (the seed's object
literals), so the SDK sends what the docs send: the agent without ``language``, ``gdprExpiryDate`` as
``new Date(...).toISOString()`` (a timestamp with ``Z``), ``scheduleTime`` tomorrow, no ``jobId`` on the
interview. The Node run of the same file: tests/contract/test_seed_workflow_node.py (``nox -s contract``).
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

import instaview_plus as iv
from instaview_plus._pipeline.wire import snake
from instaview_plus.testing import FakeInstaView

SEED_JS = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "quickstart_workflow.js"
NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _to_iso_string(moment: datetime) -> str:
    """JavaScript's ``Date.prototype.toISOString()``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _product(expression: str) -> int:
    """``365 * 24 * 60 * 60 * 1000`` → its value."""
    return math.prod(int(factor) for factor in expression.split("*"))


def seed_bodies(now: datetime, ids: dict[str, str]) -> dict[str, dict[str, Any]]:
    """``{path: body}`` of each ``client.post(path, {...})`` in the seed, with its expressions evaluated."""
    source = SEED_JS.read_text(encoding="utf-8")
    out: dict[str, dict[str, Any]] = {}
    for path, literal in re.findall(r'client\.post\("(/\w+)", (\{.*?\n  \})\);', source, flags=re.S):
        text = re.sub(r"//[^\n]*", "", literal)
        text = re.sub(
            r"new Date\(\s*Date\.now\(\) \+ ([\d *]+),?\s*\)\.toISOString\(\)",
            lambda m: json.dumps(_to_iso_string(now + timedelta(milliseconds=_product(m.group(1))))),
            text,
        )
        text = re.sub(
            r":\s*(jobId|candidateId|agentId),", lambda m: f": {json.dumps(ids[m.group(1)])},", text
        )
        text = re.sub(r"(\n\s*)(\w+):", r'\1"\2":', text)
        out[path] = json.loads(re.sub(r",(\s*[\]}])", r"\1", text))
    return out


def test_seed_workflow_through_the_sdk_field_for_field() -> None:
    fake = FakeInstaView(seed=0, now=NOW)
    sent: list[httpx.Request] = []
    http = fake.http_client(event_hooks={"request": [sent.append]})
    with iv.InstaView(api_key="sk_test_fake", http_client=http) as client:
        first = seed_bodies(NOW, {"jobId": "", "candidateId": "", "agentId": ""})
        job = client.jobs.create(**{snake(k): v for k, v in first["/jobs"].items()})
        ids = {"jobId": job.id}
        candidate = client.candidates.create(
            **{
                snake(k): v
                for k, v in seed_bodies(NOW, {**ids, "candidateId": "", "agentId": ""})["/candidates"].items()
            }
        )
        agent = client.agents.create(**{snake(k): v for k, v in first["/agents"].items()})
        ids |= {"candidateId": candidate.id, "agentId": agent.id}
        bodies = seed_bodies(NOW, ids)
        interview = client.interviews.create(**{snake(k): v for k, v in bodies["/interviews"].items()})
        result = client.interviews.get(interview.id)

    assert [(r.method, r.url.path) for r in sent] == [
        ("POST", "/jobs"),
        ("POST", "/candidates"),
        ("POST", "/agents"),
        ("POST", "/interviews"),
        ("GET", f"/interviews/{interview.id}"),
    ]
    assert [json.loads(r.content) for r in sent[:4]] == [
        bodies[p] for p in ("/jobs", "/candidates", "/agents", "/interviews")
    ]
    assert "language" not in bodies["/agents"]
    assert bodies["/candidates"]["gdprExpiryDate"].endswith("Z")  # sent as given, a timestamp
    assert (
        str(candidate.gdpr_expiry_date) == bodies["/candidates"]["gdprExpiryDate"][:10]
    )  # read back as a date
    assert (job.title, job.required_skills, str(job.status)) == (
        "Frontend Developer",
        ["React", "TypeScript"],
        "OPEN",
    )
    assert (candidate.first_name, candidate.last_name, candidate.email) == (
        "Jane",
        "Doe",
        "jane.doe@example.com",
    )
    assert candidate.job_ids == [job.id]
    assert (agent.name, str(agent.voice_id), str(agent.type_), str(agent.focus), agent.duration) == (
        "Technical Screening Agent",
        "ALEX",
        "ONLINE",
        "SCREENING",
        30,
    )
    assert len(agent.questions) == 3
    assert (interview.candidate_id, interview.agent_id, interview.job_id) == (candidate.id, agent.id, job.id)
    assert interview.scheduled_at == datetime.fromisoformat(bodies["/interviews"]["scheduleTime"])
    assert str(result.status) == "SCHEDULED"
    assert result.id == interview.id
