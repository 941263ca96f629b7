from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, snake_dict

T = TypeVar("T", bound="InterviewCreate")


@_attrs_define
class InterviewCreate:
    """Body of POST /interviews. Rules (the schema keeps every alternative optional; the server enforces):
    - Candidate: exactly one of `candidateId` (existing) or `candidate` (inline; creates a candidate,
      `gdprExpiryDate` required).
    - Agent: exactly one of `agentId` or `agent` (inline; the POST /agents fields).
    - Job: `jobId` and `job` are mutually exclusive; `candidate.jobId` must not be combined with `jobId` or
      `job` (400). Precedence when several are present: `job` > `jobId` > `candidate.jobId`. Inline `job`
      with an existing `candidateId` creates the job and links candidate and interview to it; inline
      candidate + inline job creates both and links them; an inline candidate without any job goes to
      the talent pool.
    - Job resolution without `jobId` (changelog 2026-04-02): not required when the agent's focus is
      `GENERIC` (the candidate must then have no job assignments); for other focuses a candidate with
      exactly one active job has it resolved automatically; several jobs and no `jobId` → 400. `jobId`
      must be one of the candidate's jobs.

        Attributes:
            candidate_id (UUID | Unset): An existing candidate. Use this or `candidate`, not both.
            candidate (InterviewCreateCandidate | Unset): An inline candidate to create (firstName, lastName, gdprExpiryDate
                required; email, phoneNumber,
                optional jobId). Use this or `candidateId`, not both.
            agent_id (UUID | Unset): An existing agent. Use this or `agent`, not both.
            agent (AgentCreate | Unset): Body of POST /agents (also the inline `agent` of POST /interviews). No field is
                marked required by the docs (every example sends name, type, focus, duration; the quickstart omits `language`):
                the server decides (see openapi/NOTES.md, "Request constraints").
            job_id (UUID | Unset): An existing job, which must be among the candidate's jobs. Optional for GENERIC agents or
                when the
                candidate has exactly one active job; exclusive with `job` and with `candidate.jobId`.
            job (JobCreate | Unset): Body of POST /jobs (also the inline `job` of POST /interviews).
            schedule_time (datetime.datetime | Unset): When to run the interview (ISO 8601; an explicit UTC offset such as
                `+10:30` is honoured for
                call-time-window validation, otherwise the phone number's or company's time zone is used). Omit
                it to start immediately; at most 30 days in the future. The API reference names this field
                `scheduleTime`; the changelog calls it `scheduledAt` (the response field's name).
            is_test (bool | Unset): A test interview completes immediately, consumes no billing minutes and is left out of
                usage. Default: False.
            metadata (Metadata | Unset): Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 keys).
    """

    candidate_id: UUID | Unset = UNSET
    candidate: InterviewCreateCandidate | Unset = UNSET
    agent_id: UUID | Unset = UNSET
    agent: AgentCreate | Unset = UNSET
    job_id: UUID | Unset = UNSET
    job: JobCreate | Unset = UNSET
    schedule_time: datetime.datetime | Unset = UNSET
    is_test: bool | Unset = False
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_id: str | Unset = UNSET
        if not isinstance(self.candidate_id, Unset):
            candidate_id = str(self.candidate_id)

        candidate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.candidate, Unset):
            candidate = self.candidate.to_dict()

        agent_id: str | Unset = UNSET
        if not isinstance(self.agent_id, Unset):
            agent_id = str(self.agent_id)

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        job_id: str | Unset = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = str(self.job_id)

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        schedule_time: str | Unset = UNSET
        if not isinstance(self.schedule_time, Unset):
            schedule_time = self.schedule_time.isoformat()

        is_test = self.is_test

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate_id is not UNSET:
            field_dict["candidateId"] = candidate_id
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent is not UNSET:
            field_dict["agent"] = agent
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job is not UNSET:
            field_dict["job"] = job
        if schedule_time is not UNSET:
            field_dict["scheduleTime"] = schedule_time
        if is_test is not UNSET:
            field_dict["isTest"] = is_test
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _candidate_id = d.pop("candidateId", UNSET)
        candidate_id: UUID | Unset
        if isinstance(_candidate_id, Unset):
            candidate_id = UNSET
        else:
            candidate_id = UUID(_candidate_id)

        _candidate = d.pop("candidate", UNSET)
        candidate: InterviewCreateCandidate | Unset
        if isinstance(_candidate, Unset):
            candidate = UNSET
        else:
            candidate = InterviewCreateCandidate.from_dict(_candidate)

        _agent_id = d.pop("agentId", UNSET)
        agent_id: UUID | Unset
        if isinstance(_agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = UUID(_agent_id)

        _agent = d.pop("agent", UNSET)
        agent: AgentCreate | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = AgentCreate.from_dict(_agent)

        _job_id = d.pop("jobId", UNSET)
        job_id: UUID | Unset
        if isinstance(_job_id, Unset):
            job_id = UNSET
        else:
            job_id = UUID(_job_id)

        _job = d.pop("job", UNSET)
        job: JobCreate | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = JobCreate.from_dict(_job)

        _schedule_time = d.pop("scheduleTime", UNSET)
        schedule_time: datetime.datetime | Unset
        if isinstance(_schedule_time, Unset):
            schedule_time = UNSET
        else:
            schedule_time = datetime.datetime.fromisoformat(_schedule_time)

        is_test = d.pop("isTest", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        interview_create = cls(
            candidate_id=candidate_id,
            candidate=candidate,
            agent_id=agent_id,
            agent=agent,
            job_id=job_id,
            job=job,
            schedule_time=schedule_time,
            is_test=is_test,
            metadata=metadata,
        )

        interview_create.additional_properties = d
        return interview_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """The fields that are set (an absent or null optional field is left out)."""
        parts = []
        if self.candidate_id is not None and not isinstance(self.candidate_id, Unset):
            parts.append(f"candidate_id={self.candidate_id!r}")
        if self.candidate is not None and not isinstance(self.candidate, Unset):
            parts.append(f"candidate={self.candidate!r}")
        if self.agent_id is not None and not isinstance(self.agent_id, Unset):
            parts.append(f"agent_id={self.agent_id!r}")
        if self.agent is not None and not isinstance(self.agent, Unset):
            parts.append(f"agent={self.agent!r}")
        if self.job_id is not None and not isinstance(self.job_id, Unset):
            parts.append(f"job_id={self.job_id!r}")
        if self.job is not None and not isinstance(self.job, Unset):
            parts.append(f"job={self.job!r}")
        if self.schedule_time is not None and not isinstance(self.schedule_time, Unset):
            parts.append(f"schedule_time={self.schedule_time!r}")
        if self.is_test is not None and not isinstance(self.is_test, Unset):
            parts.append(f"is_test={self.is_test!r}")
        if self.metadata is not None and not isinstance(self.metadata, Unset):
            parts.append(f"metadata={self.metadata!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_snake_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with snake_case keys (the attribute names), for logs and storage.

        Nested models become dicts, enums their values, datetimes and dates ISO 8601 strings; fields that are
        not set are left out and unknown fields are kept under their wire names.
        """
        return snake_dict(self)


# Nested models, imported after the class (so cycles resolve): typing.get_type_hints() finds every name.
from ..models.agent_create import AgentCreate  # noqa: E402
from ..models.interview_create_candidate import InterviewCreateCandidate  # noqa: E402
from ..models.job_create import JobCreate  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
