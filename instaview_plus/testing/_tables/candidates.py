"""Candidates: the fake's declared behaviour for the spec's candidate operations."""

from __future__ import annotations

from ._kinds import ALWAYS, Filter, Status, Table, never, stored

__all__ = ["TABLE"]

_FIELDS = ("email", "firstName", "gdprExpiryDate", "lastName", "metadata", "phoneNumber")

TABLE = Table(
    filters={
        "listCandidates": {
            "jobId": Filter(("job_ids",), "member"),
            "status": Filter(("status",)),
            "search": Filter(("first_name", "last_name", "email"), "contains"),
        },
    },
    request={
        "createCandidate": {**{n: stored() for n in _FIELDS}, "jobIds": stored(), "jobId": stored()},
        "updateCandidate": {
            **{n: stored() for n in _FIELDS},
            "jobIds": stored(),
            "gender": stored(),
            "status": stored(),
        },
    },
    statuses={
        "listCandidates": {"200": (Status(200, "ok"),)},
        "createCandidate": {
            "201": (Status(201, "ok"),),
            "409": (never(409, "the fake keeps no uniqueness rule on candidates; duplicates are allowed"),),
        },
        "getCandidate": {"200": (Status(200, "ok"),)},
        "updateCandidate": {"200": (Status(200, "ok"),)},
        "deleteCandidate": {"200": (Status(200, "ok"),)},
        "listCandidateAnalyses": {"200": (Status(200, "ok"),)},
        "listCandidateInterviews": {"200": (Status(200, "ok"),)},
    },
    fields={
        "Candidate": {
            **dict.fromkeys(
                (
                    "analysisCount",
                    "createdAt",
                    "email",
                    "firstName",
                    "gdprExpiryDate",
                    "gender",
                    "id",
                    "interviewCount",
                    "jobId",
                    "jobIds",
                    "lastName",
                    "links",
                    "metadata",
                    "phoneNumber",
                    "status",
                    "updatedAt",
                ),
                ALWAYS,
            ),
            "overallRating": "COMPLETED",
        },
        "CandidateLinks": {"analyses": ALWAYS, "interviews": ALWAYS},
    },
)
