"""A fake full of finished and unfinished interviews, for the export tests."""

from __future__ import annotations

import datetime as dt

from instaview_plus.testing import FakeInstaView
from instaview_plus.testing._records import Agent, Candidate, Interview

NOW = dt.datetime(2026, 12, 20, 9, 0, tzinfo=dt.UTC)
SINCE = dt.date(2026, 12, 1)
KEY = "sk_test_export"


def populate(fake: FakeInstaView, candidates: int) -> set[str]:
    """``candidates`` candidates with three interviews each: finished since ``SINCE``, finished before it,
    and still scheduled. Returns the ids the export must emit (one per candidate)."""
    company = fake.default_company.id
    agent = Agent(
        id=fake.ids.uuid(), company_id=company, created_at=NOW, updated_at=NOW,
        fields={"name": "Screener", "type": "ONLINE", "focus": "GENERIC", "duration": 30},
    )  # fmt: skip
    fake.state.agents[agent.id] = agent
    expected = set()
    for i in range(candidates):
        cand = Candidate(
            id=fake.ids.uuid(), company_id=company, first_name=f"C{i}", last_name=f"L{i}",
            email=f"c{i}@example.com", created_at=NOW, updated_at=NOW,
        )  # fmt: skip
        fake.state.candidates[cand.id] = cand
        for finished in (NOW - dt.timedelta(days=1 + i % 10), NOW - dt.timedelta(days=40), None):
            interview = Interview(
                id=fake.ids.uuid(), company_id=company, candidate_id=cand.id, agent_id=agent.id,
                job_id=None, status="SCHEDULED", scheduled_at=NOW, created_at=NOW, updated_at=NOW,
            )  # fmt: skip
            fake.state.interviews[interview.id] = interview
            if finished is not None:
                fake.lifecycle._complete(interview, finished)
                if finished.date() >= SINCE:
                    expected.add(interview.id)
    return expected
