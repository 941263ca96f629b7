"""Jobs: the fake's declared behaviour for the spec's job operations."""

from __future__ import annotations

from ._kinds import ALWAYS, Filter, Status, Table, never, rule, stored

__all__ = ["TABLE"]

_JOB_FIELDS = (
    "benefits", "contractType", "description", "education", "experience", "jobUrl", "languageRequirements",
    "location", "metadata", "niceToHaveSkills", "requiredSkills", "salary", "status", "title",
)  # fmt: skip
_JOB = dict.fromkeys((*_JOB_FIELDS, "companyId", "createdAt", "id", "updatedAt"), ALWAYS)

_NOT_EXTRACTED = (
    "benefits", "contractType", "education", "experience", "languageRequirements", "location", "metadata", "salary",
)  # fmt: skip

TABLE = Table(
    filters={"listJobs": {"status": Filter(("status",)), "search": Filter(("title",), "contains")}},
    request={
        "createJob": {name: stored() for name in _JOB_FIELDS},
        "updateJob": {
            **{name: stored() for name in _JOB_FIELDS},
            "descriptionUrl": stored("jobUrl"),
            "workMode": stored("location.workMode"),
        },
        "createJobFromUrl": {
            "jobUrl": stored("data.jobUrl"),
            "createJob": rule("false answers a preview (200) and stores nothing"),
        },
    },
    statuses={
        "listJobs": {"200": (Status(200, "ok"),)},
        "createJob": {"201": (Status(201, "ok"),)},
        "createJobFromUrl": {
            "200": (Status(200, "createJob false"),),
            "201": (Status(201, "ok"),),
            "422": (never(422, "the fake extracts a job from any posting URL"),),
        },
        "getJob": {"200": (Status(200, "ok"),)},
        "updateJob": {"200": (Status(200, "ok"),)},
        "deleteJob": {"200": (Status(200, "ok"),)},
    },
    fields={
        "Job": _JOB,
        "JobPreview": {k: v for k, v in _JOB.items() if k not in _NOT_EXTRACTED},
        "JobFromUrlResult": {"data": ALWAYS, "sourceUrl": ALWAYS},
        "JobFromUrlPreview": {"data": ALWAYS, "sourceUrl": ALWAYS},
        "JobLocation": dict.fromkeys(("city", "countryCode", "postalCode", "street", "workMode"), ALWAYS),
        "LanguageRequirement": {"language": ALWAYS, "proficiency": ALWAYS},
        "Salary": dict.fromkeys(("currency", "max", "min", "period"), ALWAYS),
    },
    unsent={
        "JobPreview": dict.fromkeys(
            _NOT_EXTRACTED, "a posting import extracts the title, description and skills only"
        )
    },
)
