"""Generated from openapi/instaview.yaml by openapi/gen_spec_tables.py (nox -s generate). Do not edit."""

from typing import Any

HELP: dict[str, dict[str, Any]] = {
    "createAgent": {
        "summary": "Create an agent",
        "description": "Creates an AI interview agent (interview template) for the key's company, "
        "reusable across interviews. PHONE agents need `companyPhoneNumberId`. Scope "
        "`write:agents`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "focus": "GENERIC (jobless interviews, talent pools), SCREENING, OUTREACH, "
            "LANGUAGE_TEST.",
            "language": "Interview language.",
            "duration": "Interview length in minutes.",
            "voiceId": "Agent voice. Male: ALEX, PETER, MICHAEL, LUKE; female: MIRIAM, "
            "SUE, VIERA, CASANDRA, SILVIA, EMMA, SARAH, EVA.",
            "companyPhoneNumberId": "CompanyPhoneNumber.id used for calls; required when "
            "`type` is PHONE (also when switching to PHONE).",
            "metadata": "Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 "
            "keys).",
            "cefrLevel": "CEFR language level (agent `cefrLevel`, job language "
            "`proficiency`).",
        },
    },
    "createApiKey": {
        "summary": "Create an API key (admin JWT only).",
        "description": "Admin only: authenticate with `Authorization: Bearer <admin-jwt>`, **not** "
        "an API key. The plaintext key is returned once, in `data.key`; store it "
        "securely. Keys can also be created in the dashboard (Settings → API Keys). "
        "List, revoke and rotate endpoints are not documented.",
        "arguments": {
            "companyId": "The company the key belongs to.",
            "name": 'e.g. "Production Integration".',
            "scopes": "`<permission>:<resource>` scopes such as `read:jobs`, "
            "`write:interviews` (sourcing: `sourcing:write`).",
            "expiresAt": "Optional expiry (a dashboard option).",
            "allowedIPs": "Optional IP allowlist of addresses or CIDR ranges (a "
            "dashboard option).",
        },
    },
    "createCallAttempt": {
        "summary": "Invoke a new call attempt (or retry) for a phone interview.",
        "description": "Adds a call attempt to an existing **phone** interview, to trigger a "
        "call by hand or schedule a retry. A new invocation cancels every "
        "SCHEDULED attempt of the interview and replaces them with the new "
        "one. Refused while a call is IN_PROGRESS (400) and for ONLINE "
        'interviews ("strictly forbidden", 400). `scheduledAt` omitted or null '
        'means "as soon as possible". Follow progress through GET '
        "/interviews/{id} `callAttempts[]`. Scope: `write:interviews`.",
        "arguments": {
            "id": "The interview ID.",
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "scheduledAt": "A future time (ISO 8601, offset honoured); omitted or "
            'null means "as soon as possible".',
        },
    },
    "createCandidate": {
        "summary": "Create a candidate",
        "description": "Creates a candidate; without `jobIds`/`jobId` the candidate goes to the "
        "company's pool. At least one of `email` and `phoneNumber` is required. "
        "Scope `write:candidates` (plus `read:jobs`).",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "gdprExpiryDate": "GDPR retention end date, in the future: a date "
            "(`YYYY-MM-DD`) or an ISO 8601 timestamp with an "
            "offset, as the quickstart sends (`new "
            "Date(...).toISOString()`). Required for an inline "
            "candidate of POST /interviews; on POST /candidates the "
            "docs do not say (the server decides).",
            "email": "E-mail address; required if phoneNumber is absent (no `format` "
            "check; see jca.NOTES.md).",
            "phoneNumber": "E.164 phone number, e.g. +421915123456; required if email "
            "is absent.",
            "jobId": "Deprecated, use `jobIds`. The job must exist and belong to the "
            "key's company.",
            "metadata": "Free-form key/value metadata (at most 10 KB, 5 levels deep, "
            "50 keys).",
        },
    },
    "createCompany": {
        "summary": "Create a company (ATS keys only).",
        "description": "ATS integration keys only; a regular key gets 403. A company created by "
        "an ATS key is reachable only by that key or by regular keys of that "
        "company. With `ownerEmail`, an existing InstaView user becomes the "
        "company's OWNER, otherwise the user is invited. Scope: `write:companies`. "
        "Path: the API reference writes `/company`; the changelog `/v1/company`; "
        "the guides `/companies`. The reference page shows the bare Company; the "
        "guides say every body is enveloped: both accepted.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "name": 'e.g. "Acme Corporation".',
            "metadata": "Free-form (e.g. externalCompanyId, atsSystemId); at most 10 "
            "KB, 5 levels deep, 50 keys.",
            "ownerEmail": "An existing InstaView user becomes the OWNER; otherwise the "
            "user is invited.",
            "website": 'Only in guide samples ("Basic Company Creation"); absent from '
            "the reference schema.",
            "industry": "Only in guide samples; absent from the reference schema.",
        },
    },
    "createEnrichment": {
        "summary": "Start an asynchronous enrichment run for up to 10 profiles.",
        "description": "Deep background evaluation of up to 10 profiles (external indexes, "
        "public portfolios, verified e-mail discovery). Answers at once with "
        '**202** and a `requestId` (`enr_...`) in `status: "processing"`; '
        "results arrive by webhook (`ENRICH_COMPLETED` / `ENRICH_FAILED`) or by "
        "polling `getEnrichmentResults`. Each profile has a 10-second timeout; "
        "a failing profile is isolated and the batch continues. Billing: 1 "
        "credit per successfully enriched profile (failures are free). Prepaid "
        "accounts whose balance is below the number of `profileIds` get **402** "
        "before any work starts. A webhook subscribed to neither ENRICH event "
        "gives **422**; a `webhookId` of another company **403**. Scope: "
        "`enrich:write`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "profileIds": "Up to 10 profile IDs (the `profileId` of sourcing or "
            "preview results; opaque strings).",
            "webhookId": "A WebhookConfig of the key's company subscribed to "
            "`ENRICH_COMPLETED` and/or `ENRICH_FAILED` (not subscribed "
            "→ 422). Omit it to rely on polling.",
        },
    },
    "createInterview": {
        "summary": "Create an interview for an existing or inline candidate, agent and job.",
        "description": "Creates an interview scoped to the key's company. Candidate, agent and "
        "job may each be given as an existing ID (`candidateId`, `agentId`, "
        "`jobId`) or as an inline definition (`candidate`, `agent`, `job`); see "
        "`InterviewCreate` for the exclusivity and job-resolution rules. Omit "
        "`scheduleTime` to start at once; otherwise at most 30 days ahead. An "
        "explicit UTC offset in `scheduleTime` is used for call-time-window "
        "validation (changelog 2026-04-02). Respects company billing limits and "
        "the plan. Scopes: `write:interviews` plus `read:candidates` and "
        "`read:agents`. Status: NestJS answers a creating POST with 201; 200 is "
        "also accepted. Errors: 400 for validation, exclusivity violations, "
        "unparsable dates, or a candidate with several jobs and no `jobId`; 403 "
        "for a missing scope or another company's resource; 404 for an unknown "
        "candidate, agent or job.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "candidateId": "An existing candidate. Use this or `candidate`, not both.",
            "candidate": "An inline candidate to create (firstName, lastName, "
            "gdprExpiryDate required; email, phoneNumber, optional "
            "jobId). Use this or `candidateId`, not both.",
            "agentId": "An existing agent. Use this or `agent`, not both.",
            "agent": "An inline agent to create (the POST /agents fields). Use this "
            "or `agentId`, not both.",
            "jobId": "An existing job, which must be among the candidate's jobs. "
            "Optional for GENERIC agents or when the candidate has exactly "
            "one active job; exclusive with `job` and with "
            "`candidate.jobId`.",
            "job": "An inline job to create (the POST /jobs fields); exclusive with "
            "`jobId`.",
            "scheduleTime": "When to run the interview (ISO 8601; an explicit UTC "
            "offset such as `+10:30` is honoured for call-time-window "
            "validation, otherwise the phone number's or company's "
            "time zone is used). Omit it to start immediately; at "
            "most 30 days in the future. The API reference names this "
            "field `scheduleTime`; the changelog calls it "
            "`scheduledAt` (the response field's name).",
            "isTest": "A test interview completes immediately, consumes no billing "
            "minutes and is left out of usage.",
            "metadata": 'Custom metadata, e.g. `{"externalInterviewId": "INT-789"}` '
            "(shown on the resource; not in the truncated request "
            "sample).",
        },
    },
    "createJob": {
        "summary": "Create a job",
        "description": "Creates a job for the key's company. Scope `write:jobs`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; ignored "
            "for regular company keys.",
            "jobUrl": "Link to the posting.",
            "benefits": 'Free text, e.g. "Health insurance, remote work, flexible hours".',
            "requiredSkills": "Up to 10 skills (each non-empty, at most 128 characters; the "
            "limits per skill are from POST /interviews).",
            "niceToHaveSkills": "Up to 10 skills (each non-empty, at most 128 characters; "
            "the limits per skill are from POST /interviews).",
            "location": "Where the job is done. No field is documented as required.",
            "salary": "Salary range.",
            "metadata": "Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 "
            "keys).",
        },
    },
    "createJobFromUrl": {
        "summary": "Create a job from a posting URL",
        "description": "Fetches the posting at `jobUrl`, extracts the job with AI and (by "
        "default) creates it: 201. With `createJob: false` it only extracts and "
        "answers 200 with a preview whose `id`, `createdAt` and `updatedAt` are "
        "empty strings. Scope `write:jobs`; stricter rate limit of 5 requests "
        "per minute.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "jobUrl": "URL of the job posting to extract.",
            "createJob": "false = only extract and return a preview (200); true "
            "(default) = create the job (201).",
        },
    },
    "createSourcing": {
        "summary": "Start an asynchronous AI sourcing run.",
        "description": 'Starts a background ("headless") sourcing pipeline: the agent derives an '
        "Ideal Candidate Profile from `title`, `jobDescription`, `location` and "
        "the optional `query`, searches, then enriches and scores the matches. "
        "Answers at once with **202** and a `requestId` (`req_...`) in `status: "
        '"processing"`; results arrive by webhook (`SOURCING_COMPLETED` / '
        "`SOURCING_FAILED`) or by polling `getSourcingResults`. Billing: 1 credit "
        "per successfully sourced candidate. Prepaid accounts whose balance is "
        "below `limit` get **402** before any work starts; postpaid accounts are "
        "invoiced at the end of the cycle. A `webhookId` of another company gives "
        "**403**; a webhook subscribed to neither SOURCING event gives **422**. "
        "Scope: `sourcing:write`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "title": 'Label of the run, e.g. "Senior Backend Engineers – FinTech".',
            "jobDescription": "The full job description the Ideal Candidate Profile "
            "and the search query are built from.",
            "location": 'Target location, e.g. "San Francisco, CA" (used for location '
            "variants of the profile).",
            "query": "Optional free-text steer for the Ideal Candidate Profile, e.g. "
            '"Senior Node.js engineer fintech".',
            "limit": "Maximum number of candidates to source and score; a prepaid "
            "account must hold at least this many credits. The range is not "
            "documented (the server decides); neither is the default.",
            "webhookId": "A WebhookConfig of the key's company subscribed to "
            "`SOURCING_COMPLETED` and/or `SOURCING_FAILED` (another "
            "company's → 403; not subscribed → 422). Omit it to rely on "
            "polling.",
        },
    },
    "createSourcingPreview": {
        "summary": "Start a quick, shallow sourcing preview run.",
        "description": "A fast candidate search through the provider's search-preview "
        "API: no deep enrichment, no contact details, work history, fit "
        "points or red flags; each preview candidate has 9 basic fields. "
        "The provider returns pages of up to 20 candidates; to satisfy "
        "`limit` (1-100, default 20) at most 5 pages are fetched one after "
        "another. Answers at once with a `requestId` in `status: "
        '"processing"`; results arrive by webhook (`SOURCING_COMPLETED` / '
        "`SOURCING_FAILED`) or by polling `getSourcingPreviewResults`. "
        "Billing: 1 credit (or 0.4 minutes) per preview page successfully "
        "queried. The pre-flight needs the maximum cost, `ceil(limit / "
        "20)` credits (or the minutes equivalent), else **402**. Scope: "
        "`sourcing:write`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act "
            "on; ignored for regular company keys.",
            "title": "Label of the run.",
            "jobDescription": "The full job description.",
            "location": 'Target location, e.g. "San Francisco, CA".',
            "query": "Optional free-text steer for the search.",
            "limit": "Number of preview candidates wanted (fetched in pages of "
            "up to 20, at most 5 pages).",
            "webhookId": "A WebhookConfig of the key's company subscribed to "
            "`SOURCING_COMPLETED` and/or `SOURCING_FAILED`.",
        },
    },
    "createWebhook": {
        "summary": "Create a webhook configuration.",
        "description": "Creates a webhook. With `companyId` it receives only that company's "
        "events; without it, it is global and receives events of every company the "
        "key can reach. The response carries `signingSecret` (HMAC secret, 64 hex "
        "characters) **only once**; if it is lost, delete and recreate the "
        "webhook. Scope: `write:webhooks`. 400: validation error; 403: "
        "insufficient permissions.",
        "arguments": {
            "url": "The HTTPS endpoint URL.",
            "events": "Event types to subscribe to. UPPER_SNAKE (`WebhookEventType`, "
            "the newest reference), dotted labels (`WebhookEventName`) and "
            "numeric codes 0-5 (`WebhookEventCode`) are all documented in "
            "requests. Subscribe to PING to use POST /webhooks/{id}/test.",
            "companyId": "Bind the webhook to one company; omit it for a global "
            "webhook.",
            "headers": "Custom headers sent with each delivery.",
        },
    },
    "deleteAgent": {
        "summary": "Delete an agent",
        "description": "Deletes an agent (the docs disagree on soft or permanent delete); no new "
        "interviews can use it. Scope `delete:agents`. The reference shows the bare "
        "boolean `true`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys."
        },
    },
    "deleteCallAttempt": {
        "summary": "Delete (cancel) a call attempt.",
        "description": "Cancels the attempt if it was scheduled and removes it from the "
        "interview's history permanently; the interview itself stays. "
        "IN_PROGRESS attempts cannot be deleted (400). Refused for ONLINE "
        "interviews. Scope: `write:interviews`. Answers 204 with no body.",
        "arguments": {
            "id": "The interview ID.",
            "attemptId": "The call attempt ID (`CallAttempt.id`).",
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
        },
    },
    "deleteCandidate": {
        "summary": "Delete a candidate",
        "description": "Deletes a candidate (the docs disagree on soft or permanent delete); "
        "existing interviews keep their association. Scope `delete:candidates`. "
        "The reference shows the bare boolean `true`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys."
        },
    },
    "deleteCompany": {
        "summary": "Permanently delete a company and everything in it.",
        "description": "Permanent and irreversible: deletes the company and all its resources "
        "(jobs, candidates, interviews, ...). A regular key may delete only its "
        "own company, an ATS key only companies it created (403 otherwise). "
        "Answers `{statusCode, message, data, traceId}`. The scopes guide says "
        "companies cannot be deleted via the API; this reference page (and the "
        "2026-04-28 changelog) say they can.",
        "arguments": {"id": "The company ID."},
    },
    "deleteInterview": {
        "summary": "Permanently delete an interview.",
        "description": "Permanently deletes the interview with its transcripts, recordings and "
        "analyses; irreversible. Allowed in every status: a SCHEDULED interview "
        "is taken off the queue and its scheduled call attempts are marked "
        "CANCELLED; an IN_PROGRESS call runs to its natural end, but no "
        "post-call processing (transcript, analysis, completion webhooks) "
        "happens. Answers 200 with the bare JSON `true`. Scope: "
        "`delete:interviews` per the interviews guide (the authentication page "
        "lists no delete scope for interviews). 403: another company's "
        "interview; 404: unknown or already deleted.",
        "arguments": {
            "id": "The interview ID.",
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
        },
    },
    "deleteJob": {
        "summary": "Delete a job",
        "description": "Deletes a job and clears its candidate assignments (the docs disagree on soft "
        "or permanent delete); a second delete gives 404. Scope `delete:jobs`. The "
        "reference shows the bare boolean `true`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; ignored "
            "for regular company keys."
        },
    },
    "deleteWebhook": {
        "summary": "Permanently delete a webhook configuration.",
        "description": "Permanent; pending deliveries are cancelled and never sent. Answers 204. "
        "404 `RESOURCE_NOT_FOUND`; 403 `RESOURCE_ACCESS_DENIED`. Scope: "
        "`write:webhooks` (there is no delete scope for webhooks).",
        "arguments": {"id": "The webhook configuration ID (UUID v4)."},
    },
    "getAgent": {
        "summary": "Get an agent",
        "description": "Returns one agent of the key's company. Scope `read:agents`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; ignored "
            "for regular company keys."
        },
    },
    "getBillingUsage": {
        "summary": "Get usage statistics (minutes or credits) for a date range.",
        "description": "A regular key gets its company's usage; an ATS key gets usage "
        "aggregated across every company it manages, with one entry per company "
        "in `companies[]`. Test interviews (`isTest`) are not counted. Minutes "
        "companies report `totalMinutesUsed` / `minutesUsed`; credits companies "
        "`totalCreditsUsed` / `creditsUsed` (the other unit is omitted). Scope: "
        "`read:billing`. The reference shows the bare object, the billing guide "
        "the envelope: both accepted.",
        "arguments": {
            "start": "First day of the range (ISO 8601 date, e.g. `2024-01-01`); "
            "default 30 days ago.",
            "end": "Last day of the range (ISO 8601 date); default today.",
        },
    },
    "getCandidate": {
        "summary": "Get a candidate",
        "description": "Returns one candidate of the key's company. Scope `read:candidates`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys."
        },
    },
    "getCompany": {
        "summary": "Get a company.",
        "description": "A regular key can read only its own company; an ATS key the companies it "
        "created (403 otherwise). 404 when the company does not exist. Scope: "
        "`read:companies`.",
        "arguments": {"id": "The company ID."},
    },
    "getEnrichmentResults": {
        "summary": "Poll an enrichment run for its per-profile results.",
        "description": "**202** while `status` is `processing`; **200** when the run is "
        "`completed` (per-profile results in `data`; a completed run may "
        "still hold entries with `success: false`, which are not billed) or "
        "`failed` (the whole run hit an unrecoverable error). **404** "
        "`REQUEST_NOT_FOUND` for a requestId unknown to the key's company. "
        "Poll every few seconds. Scope: `enrich:write` (as printed by the "
        "docs).",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act "
            "on; ignored for regular company keys.",
            "id": "The enrichment request ID returned by `createEnrichment`, "
            "e.g. `enr_550e8400-e29b-41d4-a716-446655440000`.",
        },
    },
    "getInterview": {
        "summary": "Get an interview with its call attempts and analysis.",
        "description": "Returns the interview. `analysis` is null until an analysis exists; its "
        "score is `analysis.general.overallRating`. `callAttempts` is present for "
        'phone interviews. The page promises a transcript "when available", but no '
        "transcript field is documented (unknown fields are kept). Scope: "
        "`read:interviews`. 404: missing or deleted; 403: another company's "
        "interview.",
        "arguments": {
            "id": "The interview ID.",
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
        },
    },
    "getInterviewAnalysisPdf": {
        "summary": "Get the interview's analysis as a PDF (Base64 in JSON).",
        "description": "Kept apart from GET /interviews/{id} so that response stays "
        "light. The documentation shows a JSON body "
        "`{analysisPdfBase64}` (enveloped per the guides); a raw "
        "`application/pdf` body is also accepted for servers that stream "
        "the file. Scope: `read:interviews`. 404: interview missing or "
        "deleted, or no analysis yet; 403: another company's interview.",
        "arguments": {
            "id": "The interview ID.",
            "companyId": "Required for ATS API keys to say which company to "
            "act on; ignored for regular company keys.",
        },
    },
    "getJob": {
        "summary": "Get a job",
        "description": "Returns one job of the key's company (404 if missing or deleted, 403 if another "
        "company's). Scope `read:jobs`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; ignored "
            "for regular company keys."
        },
    },
    "getSourcingPreviewResults": {
        "summary": "Poll a sourcing preview run for its candidate previews.",
        "description": "**202** while `status` is `processing`; **200** when "
        "finished, with the preview candidates or, for a `failed` run, "
        "`errorCode` / `errorMessage`. Poll at most once every 10 "
        "seconds: more than 120 requests a minute on this endpoint "
        "give **429** `RATE_LIMIT_EXCEEDED`. **404** "
        "`REQUEST_NOT_FOUND` for a requestId unknown to the key's "
        "company. Scope: `sourcing:read`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to "
            "act on; ignored for regular company keys.",
            "id": "The preview request ID returned by "
            "`createSourcingPreview`, e.g. "
            "`req_prev_550e8400-e29b-41d4-a716-446655440000`.",
        },
    },
    "getSourcingResults": {
        "summary": "Poll a sourcing run for its status and ranked candidates.",
        "description": "**202** while `status` is `processing` (with a progress `message` "
        "and running counts); **200** when the run is `completed` (the "
        "candidates ranked by fit) or `failed` (`errorCode`, e.g. "
        "`AGENT_ERROR`, and `errorMessage`). A requestId unknown to the key's "
        "company gives **404** `REQUEST_NOT_FOUND` (never 403, so existence "
        "is not revealed). Poll about every 10 seconds. Scope: "
        "`sourcing:read`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act "
            "on; ignored for regular company keys.",
            "id": "The sourcing request ID returned by `createSourcing`, e.g. "
            "`req_550e8400-e29b-41d4-a716-446655440000`.",
        },
    },
    "getWebhook": {
        "summary": "Get a webhook configuration.",
        "description": "Returns the configuration; header values are never returned (`isMasked`). "
        '404 `RESOURCE_NOT_FOUND` ("Webhook configuration not found"); 403 '
        "`RESOURCE_ACCESS_DENIED`. Scope: `read:webhooks`.",
        "arguments": {"id": "The webhook configuration ID (UUID v4)."},
    },
    "listAgents": {
        "summary": "List agents",
        "description": "Lists the company's interview agents (deleted agents are hidden). Scope "
        "`read:agents`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "page": "Page number, 1-based (default 1; the reference pages allow up to "
            "10000).",
            "limit": "Page size (default 20, at most 100).",
            "type": "Filter by agent type.",
            "focus": "Filter by agent focus.",
        },
    },
    "listCandidateAnalyses": {
        "summary": "List a candidate's analyses",
        "description": "Target of the candidate's `links.analyses`. The docs say only "
        '"Endpoints may be added incrementally"; no page describes it. The '
        "documented route to a candidate's analyses is GET "
        "/interviews?candidateId={id} (each interview carries `analysis`).",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act "
            "on; ignored for regular company keys.",
            "page": "Page number, 1-based (default 1; the reference pages allow "
            "up to 10000).",
            "limit": "Page size (default 20, at most 100).",
        },
    },
    "listCandidateInterviews": {
        "summary": "List a candidate's interviews",
        "description": "Target of the candidate's `links.interviews`. The docs say only "
        '"Endpoints may be added incrementally"; the documented '
        "equivalent is GET /interviews?candidateId={id}.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to "
            "act on; ignored for regular company keys.",
            "page": "Page number, 1-based (default 1; the reference pages "
            "allow up to 10000).",
            "limit": "Page size (default 20, at most 100).",
        },
    },
    "listCandidates": {
        "summary": "List candidates",
        "description": "Lists the company's candidates, including pool candidates without a job; "
        "deleted candidates are hidden. Scope `read:candidates` (plus `read:jobs` "
        "when filtering by job).",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "page": "Page number, 1-based (default 1; the reference pages allow up to "
            "10000).",
            "limit": "Page size (default 20, at most 100).",
            "jobId": "Only candidates assigned to this job.",
            "status": "Only candidates with this status.",
            "search": "Search by first or last name (the overview also says email).",
        },
    },
    "listCompanies": {
        "summary": "List the companies this key can access.",
        "description": "A regular key gets its own single company; an ATS key gets every company "
        "it created. The reference box shows the flat list `{data, total, page, "
        "limit, totalPages}`; the page's narrative shows `{data: {items, "
        "pagination: {total}}}`: both accepted. Scope: `read:companies`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "page": "Page number, 1-based (default 1; the reference pages allow up to "
            "10000).",
            "limit": "Page size (default 20, at most 100).",
            "search": "Search by company name, e.g. `Acme`.",
        },
    },
    "listInterviews": {
        "summary": "List the interviews of a candidate.",
        "description": "Lists interviews of candidates whose jobs belong to the key's company. "
        '"For MVP, the candidateId query parameter is required." Scopes: '
        "`read:interviews` plus `read:candidates` and `read:agents`. The "
        "reference page shows the flat list `{data, total, page, limit, "
        "totalPages}`; the pagination guide shows the envelope `{success, data: "
        "{items, pagination}}`; both are accepted.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "page": "Page number, 1-based (default 1; the reference pages allow up to "
            "10000).",
            "limit": "Page size (default 20, at most 100).",
            "candidateId": 'The candidate whose interviews to list (required "for '
            'MVP").',
            "agentId": "Only interviews run by this agent.",
            "status": 'Only interviews in this status ("when supported").',
        },
    },
    "listJobs": {
        "summary": "List jobs",
        "description": "Lists the jobs of the key's company (deleted jobs are hidden). Scope "
        "`read:jobs`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; ignored "
            "for regular company keys.",
            "page": "Page number, 1-based (default 1; the reference pages allow up to "
            "10000).",
            "limit": "Page size (default 20, at most 100).",
            "status": "Filter by job status.",
            "search": "Search by title.",
        },
    },
    "listWebhooks": {
        "summary": "List the webhook configurations of the calling API key.",
        "description": "Returns every webhook configuration of the calling key. With `companyId`, "
        "only webhooks bound to that company are returned and global webhooks (no "
        "companyId) are **excluded**. Answers `{success, data: {data: [...], "
        "total}}`; the bare `{data, total}` is also accepted. Scope: "
        "`read:webhooks`.",
        "arguments": {
            "companyId": "Filter: only webhooks bound to this company; global webhooks "
            "are then excluded. Omit it to list all webhooks of the key, "
            "global ones included."
        },
    },
    "renderSourcingHtml": {
        "summary": "Render self-contained HTML candidate cards for up to 10 profiles.",
        "description": "**Synchronous** (unlike the other sourcing operations): answers "
        "**200** with a JSON body whose `data` holds one card per profile. "
        "Each card's `htmlContent` is a responsive HTML fragment with all CSS "
        "inline (name, current role and company, AI match-score badge, "
        "rationale summary, main skills, LinkedIn button), ready to embed in "
        "an ATS, a dashboard or an e-mail. A profile that cannot be rendered "
        "is reported in its item (`success: false`, `errorCode` such as "
        "`PROFILE_NOT_FOUND`). Themes: `dark` (default, slate background "
        "`#0f172a`) and `light` (white background). Scope: `enrich:write`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act "
            "on; ignored for regular company keys.",
            "profileIds": "Up to 10 profile IDs to render (opaque strings).",
            "theme": "Colour theme of the rendered cards; `dark` (the default, "
            "slate `#0f172a`) or `light` (white `#ffffff`).",
        },
    },
    "rescheduleCallAttempt": {
        "summary": "Reschedule a pending call attempt.",
        "description": "Moves a SCHEDULED call attempt to a new future time and re-syncs "
        "the processing queue. Only SCHEDULED attempts can be rescheduled; "
        "an IN_PROGRESS attempt gives 400 (race-condition guard); "
        "COMPLETED, FAILED and CANCELLED attempts are refused too. Refused "
        "for ONLINE interviews. An explicit UTC offset in `scheduledAt` is "
        "used for call-time-window validation (changelog 2026-04-02). "
        "Scope: `write:interviews`. Answers 204 with no body.",
        "arguments": {
            "id": "The interview ID.",
            "attemptId": "The call attempt ID (`CallAttempt.id`).",
            "companyId": "Required for ATS API keys to say which company to act "
            "on; ignored for regular company keys.",
            "scheduledAt": "The new time; must be in the future (ISO 8601, "
            "offset honoured for the call-time window).",
        },
    },
    "resetWebhookCircuit": {
        "summary": "Reset the circuit breaker and re-enable the webhook.",
        "description": "Re-enables a webhook switched off after too many consecutive "
        "delivery failures: sets `consecutiveFailures` to 0, "
        "`circuitOpenedAt` to null and `isActive` to true, and returns the "
        "updated configuration. 404 webhook not found; 403 access denied. "
        "Scope: `write:webhooks`.",
        "arguments": {"id": "The webhook configuration ID (UUID v4)."},
    },
    "testWebhook": {
        "summary": "Send a test ping to the webhook.",
        "description": "Sends a `ping` event to check connectivity and signature validation. The "
        "webhook must be subscribed to the ping event, otherwise no delivery "
        "happens. The outer `success` is true even when the test failed: read "
        "`data.success` and `data.message`. Scope: `write:webhooks`.",
        "arguments": {"id": "The webhook configuration ID (UUID v4)."},
    },
    "updateAgent": {
        "summary": "Update an agent",
        "description": "Partial update; omitted fields stay unchanged, `voiceId: null` clears the "
        "voice, `metadata` is merged with the stored metadata. Switching `type` to "
        "PHONE needs `companyPhoneNumberId` in the same request. Scope "
        "`write:agents`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "focus": "GENERIC (jobless interviews, talent pools), SCREENING, OUTREACH, "
            "LANGUAGE_TEST.",
            "language": "Interview language.",
            "duration": "Interview length in minutes.",
            "voiceId": "A voice, or null to clear the voice.",
            "companyPhoneNumberId": "CompanyPhoneNumber.id used for calls; required when "
            "`type` is PHONE (also when switching to PHONE).",
            "metadata": "Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 "
            "keys).",
            "cefrLevel": "CEFR language level (agent `cefrLevel`, job language "
            "`proficiency`).",
        },
    },
    "updateCandidate": {
        "summary": "Update a candidate",
        "description": "Partial update of profile, contact and status fields. `jobIds` replaces "
        "all assignments and `metadata` replaces the stored metadata. Scope "
        "`write:candidates`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "email": "E-mail address (no `format` check; see jca.NOTES.md).",
            "phoneNumber": "Phone number in E.164 format, e.g. +421915123456.",
            "gdprExpiryDate": "In the future; a date (`YYYY-MM-DD`) or an ISO 8601 "
            "timestamp with an offset.",
            "status": "Candidate status (prose also names INTERVIEWING, INTERVIEWED, "
            "HIRED, WITHDRAWN, not in the enum).",
            "jobIds": "Replaces all existing assignments (an empty list removes them).",
            "metadata": "Free-form key/value metadata (at most 10 KB, 5 levels deep, "
            "50 keys).",
            "gender": "Set (or clear with null) the gender used for interview "
            "addressing; name and values not documented.",
        },
    },
    "updateCompany": {
        "summary": "Update a company (partial).",
        "description": "Only the fields sent change; `metadata` is merged with the existing "
        "value; `ownerEmail` assigns or invites the owner as on create. A regular "
        "key can update only its own company, an ATS key the companies it created "
        "(403 otherwise). 400 for invalid values, 404 for an unknown company. "
        "Scope: `write:companies`. The changelog writes the path `PATCH "
        "/v1/company/:id`.",
        "arguments": {
            "id": "The company ID.",
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "metadata": "Merged with the existing metadata (at most 10 KB, 5 levels "
            "deep, 50 keys).",
            "ownerEmail": "Assigns an existing user as OWNER, or invites the user.",
            "website": "Only in guide samples; absent from the reference schema.",
            "industry": "Only in guide samples; absent from the reference schema.",
        },
    },
    "updateJob": {
        "summary": "Update a job",
        "description": "Partial update; only the fields sent are changed. Scope `write:jobs`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; ignored "
            "for regular company keys.",
            "requiredSkills": "Up to 10 skills.",
            "niceToHaveSkills": "Up to 10 skills.",
            "descriptionUrl": "URL to the full job description (update's name for the "
            "posting link; create uses `jobUrl`).",
            "location": "Where the job is done. No field is documented as required.",
            "salary": "Salary range.",
            "metadata": "Free-form key/value metadata (at most 10 KB, 5 levels deep, 50 "
            "keys).",
        },
    },
    "updateSourcing": {
        "summary": "Refine a finished sourcing run and start another pass.",
        "description": "Folds the new `query` into the session's reasoning context and/or "
        "evaluates `limit` additional candidates from the pool already discovered "
        "(profiles already scored in this session are skipped). At least one of "
        "`query` and `limit` must be sent (**400** otherwise). Accepted only when "
        "the run is `completed` or `failed`; while it is `processing` the answer "
        "is **409**. Answers **202** with the same `requestId`; poll "
        "`getSourcingResults` again. Scope: `sourcing:write`.",
        "arguments": {
            "companyId": "Required for ATS API keys to say which company to act on; "
            "ignored for regular company keys.",
            "id": "The sourcing request ID returned by `createSourcing`, e.g. "
            "`req_550e8400-e29b-41d4-a716-446655440000`.",
            "query": "Natural-language instruction patched into the session's "
            "reasoning context (the schema block calls it the new free-text "
            'search query for the re-run), e.g. "Senior Node.js engineer '
            'fintech remote".',
            "limit": "Number of additional candidates to evaluate in this pass "
            "(already-scored profiles are excluded).",
        },
    },
    "updateWebhook": {
        "summary": "Update a webhook configuration (partial).",
        "description": "Only the fields sent change. `headers` **replaces** every existing header "
        "(send all to keep). `isActive: false` disables the webhook (the gentler "
        "alternative to delete). The company binding cannot be changed. Scope: "
        "`write:webhooks`. Errors as for GET (404 / 403) plus 400.",
        "arguments": {
            "id": "The webhook configuration ID (UUID v4).",
            "headers": "Replaces every existing header; send all the ones to keep.",
            "isActive": "false disables the webhook for a while.",
        },
    },
}
