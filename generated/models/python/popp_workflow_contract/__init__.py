# generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
"""Pydantic models of every Popp webhook payload and REST body in popp-workflow-contract.

Load a payload with `Model.model_validate(payload)` (field names are snake_case, JSON names are aliases);
dump it back with `model.model_dump_json(by_alias=True, exclude_unset=True)`. Unknown fields are kept, not
dropped.
Runtime validation belongs to the JSON Schemas in generated/schemas/; these models are for typed access.
"""
from __future__ import annotations

from enum import Enum
from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field


class AnswerState(str, Enum):
    IS_YES = "IS_YES"
    IS_NO = "IS_NO"
    IS_ANY = "IS_ANY"
    INCLUDES = "INCLUDES"
    DOES_NOT_INCLUDE = "DOES_NOT_INCLUDE"
    DOCUMENT_UPLOADED = "DOCUMENT_UPLOADED"
    DOCUMENT_NOT_UPLOADED = "DOCUMENT_NOT_UPLOADED"
    NEEDS_CLARIFICATION = "NEEDS_CLARIFICATION"


class EnrolmentEntrySource(str, Enum):
    CANDIDATE_PROFILE_IDS = "candidateProfileIds"
    CANDIDATE_PROFILE_EXTERNAL_IDS = "candidateProfileExternalIds"
    CONTACTS = "contacts"


class ExistingRunStatus(str, Enum):
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"


class NodeType(str, Enum):
    SCREENING_OUTREACH = "SCREENING_OUTREACH"
    ENGAGEMENT_OUTREACH = "ENGAGEMENT_OUTREACH"
    CONDITION = "CONDITION"


class QuestionOutcome(str, Enum):
    PASSED = "PASSED"
    FAILED = "FAILED"
    NOT_COMPLETED = "NOT_COMPLETED"
    NEEDS_REVIEW = "NEEDS_REVIEW"
    PENDING = "PENDING"


class RunOutcome(str, Enum):
    COMPLETED = "completed"
    OPTED_OUT = "opted_out"
    DELIVERY_FAILED = "delivery_failed"
    CANCELLED = "cancelled"
    FAILED = "failed"


class TrafficLight(str, Enum):
    GREEN = "GREEN"
    AMBER = "AMBER"
    RED = "RED"


class WorkflowErrorClass(str, Enum):
    DATA = "DATA"
    SYSTEM = "SYSTEM"


class WorkflowErrorCode(str, Enum):
    EXECUTOR_TIMEOUT = "EXECUTOR_TIMEOUT"
    INVALID_NODE_CONFIG = "INVALID_NODE_CONFIG"
    DOWNSTREAM_SERVICE_ERROR = "DOWNSTREAM_SERVICE_ERROR"
    EXECUTOR_FAILED = "EXECUTOR_FAILED"
    SYSTEM_FAILURE = "SYSTEM_FAILURE"
    UNKNOWN = "UNKNOWN"


class WorkflowOutreachOutcome(str, Enum):
    PASSED_CRITERIA = "PASSED_CRITERIA"
    FAILED_CRITERIA = "FAILED_CRITERIA"
    COMPLETED = "COMPLETED"
    NOT_INTERESTED = "NOT_INTERESTED"
    OPTED_OUT = "OPTED_OUT"
    DELIVERY_FAILED = "DELIVERY_FAILED"


class WorkflowRunStatus(str, Enum):
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"


class WorkflowTriggerSource(str, Enum):
    API = "API"


class AlreadyEnrolledEntry(BaseModel):
    entry: EntryReference = Field(..., description="Points at one entry of the start-runs request by list name and zero-based position.")
    candidate_profile_id: str = Field(..., alias="candidateProfileId", description="The candidate profile the entry resolved to.")
    run_id: str = Field(..., alias="runId", description="The existing run.")
    run_status: ExistingRunStatus = Field(..., alias="runStatus", description="The status of the run a skipped contact already has on this workflow version.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class AnalysisCreatedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The ID of the record the event is about.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class AnalysisCreatedEvent(BaseModel):
    event: Literal["ANALYSIS_CREATED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: AnalysisCreatedData = Field(..., description="A new analysis (batch) was created. The docs publish no payload for this event, so only the fields every event has are enforced; anything else is accepted.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class AnswerOutcome(BaseModel):
    slug: str = Field(..., description="The question's stable identifier, taken from the workflow definition.")
    answer: Optional[str] = Field(None, description="What the candidate actually replied, verbatim.")
    answer_state: Optional[AnswerState] = Field(None, alias="answerState", description="The conversation engine's classification of the reply.")
    traffic_light: Optional[TrafficLight] = Field(None, alias="trafficLight", description="Traffic-light rating of the reply.")
    outcome: Optional[QuestionOutcome] = Field(None, description="The question's final verdict.")
    score: Optional[int] = Field(None, description="Preferred-answer score as a percentage from 0 to 100. Present only for questions configured with hasPreferredAnswer.")
    document_s3_key: Optional[str] = Field(None, alias="documentS3Key", description="Storage key of a document the candidate sent by email in answer to this question.")
    document_twilio_media_sid: Optional[str] = Field(None, alias="documentTwilioMediaSid", description="Media identifier of a document the candidate sent over WhatsApp or SMS.")
    classified_document_type: Optional[str] = Field(None, alias="classifiedDocumentType", description="What the engine recognised an uploaded document as (for example cv, passport, dbs-certificate).")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CalendarAvailabilityNotFoundEvent(BaseModel):
    event: Literal["CALENDAR_AVAILABILITY_NOT_FOUND"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: SchedulingEventData = Field(..., description="The data of every scheduling event: the booking, the conversation that led to it, and the meeting.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CalendarMeetingCancelledEvent(BaseModel):
    event: Literal["CALENDAR_MEETING_CANCELLED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: SchedulingEventData = Field(..., description="The data of every scheduling event: the booking, the conversation that led to it, and the meeting.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CalendarMeetingRescheduledEvent(BaseModel):
    event: Literal["CALENDAR_MEETING_RESCHEDULED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: SchedulingEventData = Field(..., description="The data of every scheduling event: the booking, the conversation that led to it, and the meeting.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CalendarMeetingScheduledEvent(BaseModel):
    event: Literal["CALENDAR_MEETING_SCHEDULED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: SchedulingEventData = Field(..., description="The data of every scheduling event: the booking, the conversation that led to it, and the meeting.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CalendarMeetingUpdatedEvent(BaseModel):
    event: Literal["CALENDAR_MEETING_UPDATED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: SchedulingEventData = Field(..., description="The data of every scheduling event: the booking, the conversation that led to it, and the meeting.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CalendarMoreTimeRequestedEvent(BaseModel):
    event: Literal["CALENDAR_MORE_TIME_REQUESTED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: SchedulingEventData = Field(..., description="The data of every scheduling event: the booking, the conversation that led to it, and the meeting.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CalendarNoteTakerCompletedEvent(BaseModel):
    event: Literal["CALENDAR_NOTE_TAKER_COMPLETED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: SchedulingEventData = Field(..., description="The data of every scheduling event: the booking, the conversation that led to it, and the meeting.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CancelWorkflowRunRequest(BaseModel):
    reason: Optional[str] = Field(None, description="Why the run is being cancelled, in your words. It is stored as the run's `cancellationReason` and sent in the WORKFLOW_RUN_CANCELLED webhook.")
    close_active_conversations: Optional[bool] = Field(None, alias="closeActiveConversations", description="When true, Popp also closes the run's open conversation. By default that conversation keeps going until it ends by itself.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CandidateAnalysisCompletedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The analysed candidate's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    external_id: Optional[str] = Field(None, alias="externalId", description="Your external reference for the candidate.")
    external_analysis_id: Optional[str] = Field(None, alias="externalAnalysisId", description="Your external reference for the analysis.")
    analysis_candidate_url: Optional[str] = Field(None, alias="analysisCandidateUrl", description="A link that opens the candidate's analysis in Popp.")
    total_score_scaled: Optional[float] = Field(None, alias="totalScoreScaled", description="The candidate's overall score from 0 to 100, from how well the requirements are met.")
    is_all_mandatory_requirements_met: Optional[bool] = Field(None, alias="isAllMandatoryRequirementsMet", description="True when every mandatory requirement is met.")
    requirement_outcomes: Optional[List[RequirementOutcome]] = Field(None, alias="requirementOutcomes", description="One verdict per requirement.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class CandidateAnalysisCompletedEvent(BaseModel):
    event: Literal["CANDIDATE_ANALYSIS_COMPLETED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: CandidateAnalysisCompletedData = Field(..., description="The analysis of one candidate finished, with a score and a verdict per requirement.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConditionOutcome(BaseModel):
    kind: Literal["condition"] = Field(..., description="Discriminator; always condition for this shape.")
    target_node_id: Optional[str] = Field(..., alias="targetNodeId", description="The node the selected branch leads to.")
    target_node_label: Optional[str] = Field(..., alias="targetNodeLabel", description="The display label of that node, where one is available.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConversationCompletedEvent(BaseModel):
    event: Literal["CONVERSATION_COMPLETED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: ConversationEventData = Field(..., description="The data of every conversation event: the record's IDs, the conversation's status, and the candidate's and campaign's references.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConversationEventData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The conversation's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    conversation_status: Optional[str] = Field(None, alias="conversationStatus", description="The conversation's status at the time of the event.")
    candidate_id: Optional[str] = Field(None, alias="candidateId", description="Popp's internal ID of the candidate.")
    external_id: Optional[str] = Field(None, alias="externalId", description="Your external reference for the conversation.")
    external_campaign_id: Optional[str] = Field(None, alias="externalCampaignId", description="Your external reference for the campaign.")
    participant_first_name: Optional[str] = Field(None, alias="participantFirstName", description="The candidate's first name.")
    participant_last_name: Optional[str] = Field(None, alias="participantLastName", description="The candidate's last name.")
    campaign_conversation_url: Optional[str] = Field(None, alias="campaignConversationUrl", description="A link that opens the conversation in Popp.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConversationMaxNudgesReachedEvent(BaseModel):
    event: Literal["CONVERSATION_MAX_NUDGES_REACHED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: ConversationEventData = Field(..., description="The data of every conversation event: the record's IDs, the conversation's status, and the candidate's and campaign's references.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConversationNeedsReviewEvent(BaseModel):
    event: Literal["CONVERSATION_NEEDS_REVIEW"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: ConversationEventData = Field(..., description="The data of every conversation event: the record's IDs, the conversation's status, and the candidate's and campaign's references.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConversationOptedOutEvent(BaseModel):
    event: Literal["CONVERSATION_OPTED_OUT"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: ConversationEventData = Field(..., description="The data of every conversation event: the record's IDs, the conversation's status, and the candidate's and campaign's references.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConversationOutcome(BaseModel):
    kind: Literal["conversation"] = Field(..., description="Discriminator; always conversation for this shape.")
    conversation_id: str = Field(..., alias="conversationId", description="The conversation's ID in the messaging service; use it to look the conversation up in the Conversations API.")
    status: WorkflowOutreachOutcome = Field(..., description="How a workflow conversation ended, in the workflow domain's own terms. It is deliberately a different enum from the Conversations API's conversation status: join the two on conversationId, never on this value.")
    completed_at: Optional[str] = Field(None, alias="completedAt", description="When the conversation finished. May be absent (or null).")
    answers: List[AnswerOutcome] = Field(..., description="One entry per question answered under this node, identified by its slug. Empty when nothing was answered, for example when the candidate opted out before replying.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConversationQueuedEvent(BaseModel):
    event: Literal["CONVERSATION_QUEUED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: ConversationEventData = Field(..., description="The data of every conversation event: the record's IDs, the conversation's status, and the candidate's and campaign's references.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ConversationStartedEvent(BaseModel):
    event: Literal["CONVERSATION_STARTED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: ConversationEventData = Field(..., description="The data of every conversation event: the record's IDs, the conversation's status, and the candidate's and campaign's references.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class DocumentUploadedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The ID of the conversation the document arrived in.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    attachment_id: Optional[str] = Field(None, alias="attachmentId", description="The stored attachment's ID.")
    file_name: Optional[str] = Field(None, alias="fileName", description="The file name the candidate's file had.")
    content_type: Optional[str] = Field(None, alias="contentType", description="The file's MIME type, such as application/pdf.")
    classified_document_type: Optional[str] = Field(None, alias="classifiedDocumentType", description="What Popp recognised the document as (for example passport); absent when it recognised nothing.")
    classified_document_types: Optional[List[str]] = Field(None, alias="classifiedDocumentTypes", description="Every classification that matched, when more than one did.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class DocumentUploadedEvent(BaseModel):
    event: Literal["DOCUMENT_UPLOADED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: DocumentUploadedData = Field(..., description="A candidate sent a document during a conversation. Sent straight away, for every document, whether or not Popp recognised it. It carries no validity verdict; ask the processDocument endpoint for one.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class DuplicateEntry(BaseModel):
    entry: EntryReference = Field(..., description="Points at one entry of the start-runs request by list name and zero-based position.")
    duplicate_of: EntryReference = Field(..., alias="duplicateOf", description="Points at one entry of the start-runs request by list name and zero-based position.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class EmptyOutcome(BaseModel):
    kind: Literal["empty"] = Field(..., description="Discriminator; always empty for this shape.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class EnrolmentError(BaseModel):
    entry: EntryReference = Field(..., description="Points at one entry of the start-runs request by list name and zero-based position.")
    code: str = Field(..., description="Machine-readable reason. Treat unknown values as a generic failure.")
    message: str = Field(..., description="Human-readable explanation, for logs; do not parse it.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class EnrolmentSummary(BaseModel):
    requested: int = Field(..., description="Entries in the request, all lists together.")
    enqueued: int = Field(..., description="Entries queued for a run (inline contacts are still to be resolved).")
    failed: int = Field(..., description="Entries rejected; one item each in `errors`.")
    already_enrolled: int = Field(..., alias="alreadyEnrolled", description="Entries skipped because the candidate already has a run; one item each in `alreadyEnrolled`.")
    duplicates_in_request: int = Field(..., alias="duplicatesInRequest", description="Entries ignored as repeats; one item each in `duplicatesInRequest`.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class EntryReference(BaseModel):
    source: EnrolmentEntrySource = Field(..., description="The request list an entry came from.")
    index: int = Field(..., description="Zero-based position of the entry in that list (for contacts, the same value as the webhooks' contactIndex).")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ErrorDetail(BaseModel):
    code: str = Field(..., description="Machine-readable kind of problem.")
    message: str = Field(..., description="Human-readable explanation of the problem.")
    field: Optional[str] = Field(None, description="Location of the offending request value, as a JSON Pointer into the body or a parameter name.")
    node_id: Optional[str] = Field(None, alias="nodeId", description="The workflow node the problem concerns, when there is one.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ErrorResponse(BaseModel):
    code: str = Field(..., description="Machine-readable error code.")
    message: str = Field(..., description="Human-readable explanation, for logs and people; do not parse it.")
    details: Optional[List[ErrorDetail]] = Field(None, description="Individual problems behind the error, such as each invalid field.")
    request_id: Optional[str] = Field(None, alias="requestId", description="Identifier of the request on Popp's side.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class InlineContact(BaseModel):
    external_id: Optional[str] = Field(None, alias="externalId", description="Your own identifier for this person; it becomes the candidate profile's external ID.")
    email: Optional[str] = Field(None, description="The person's email address, as you have it; its form is not checked.")
    phone_number: Optional[str] = Field(None, alias="phoneNumber", description="The person's phone number in E.164 form, for example +447700900000.")
    first_name: Optional[str] = Field(None, alias="firstName", description="Given name.")
    last_name: Optional[str] = Field(None, alias="lastName", description="Family name.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class MeetingDetails(BaseModel):
    title: Optional[str] = Field(None, description="The meeting's title.")
    start_date_time: Optional[str] = Field(None, alias="startDateTime", description="When the meeting starts (ISO 8601).")
    end_date_time: Optional[str] = Field(None, alias="endDateTime", description="When it ends (ISO 8601).")
    timezone: Optional[str] = Field(None, description="The meeting's IANA time zone, such as America/New_York.")
    location: Optional[str] = Field(None, description="Where an in-person meeting takes place.")
    video_conference: Optional[bool] = Field(None, alias="videoConference", description="True for a video meeting.")
    meeting_url: Optional[str] = Field(None, alias="meetingUrl", description="The video meeting's link, when videoConference is true.")
    participants: Optional[List[MeetingParticipant]] = Field(None, description="Who takes part.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class MeetingParticipant(BaseModel):
    email: Optional[str] = Field(None, description="The participant's email address.")
    name: Optional[str] = Field(None, description="The participant's name.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class NodeOutcome(BaseModel):
    node_id: str = Field(..., alias="nodeId", description="The node's identifier in the workflow configuration.")
    node_type: NodeType = Field(..., alias="nodeType", description="The kind of workflow node that produced an outcome. The configuration guide spells the same kinds in camel case (screeningOutreach, engagementOutreach, condition); events use these upper-case names. New node types are expected (the docs keep the empty outcome for them).")
    entered_at: str = Field(..., alias="enteredAt", description="When the run entered the node.")
    completed_at: str = Field(..., alias="completedAt", description="When the run left the node.")
    routing_event: str = Field(..., alias="routingEvent", description="The routing event the node emitted, such as onComplete or onConditionResolved.")
    outcome: Union[ConversationOutcome, ConditionOutcome, EmptyOutcome] = Field(..., discriminator="kind", description="What a node produced, discriminated by kind.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PoppWebhookEnvelope(BaseModel):
    event: str = Field(..., description="The event type, such as WORKFLOW_RUN_COMPLETED.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: PoppWebhookEnvelopeData = Field(..., description="The fields every event's data has; each event type adds its own.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PoppWebhookEnvelopeData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The ID of the record the event is about; what record that is depends on the event type.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PoppWebhookHeaders(BaseModel):
    content_type: Literal["application/json"] = Field(..., alias="Content-Type", description="Every delivery's body is JSON.")
    x_signature: str = Field(..., alias="x-signature", description="HMAC-SHA256 of the exact raw request body, keyed with your endpoint's signing secret, written as lowercase hex (64 characters). Verify it over the bytes you received, before parsing.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PublishedWorkflowVersion(BaseModel):
    workflow_id: str = Field(..., alias="workflowId", description="The workflow that was published.")
    workflow_version_id: str = Field(..., alias="workflowVersionId", description="The new live version; runs started from now on execute against it.")
    version_number: int = Field(..., alias="versionNumber", description="The version's number within the workflow.")
    published_at: str = Field(..., alias="publishedAt", description="When the version went live.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PublishValidationErrorResponse(BaseModel):
    details: Optional[List[PublishValidationProblem]] = Field(None, description="The error body (ErrorResponse) as returned when publish-time validation fails: `details` then lists PublishValidationProblem items, which are also valid ErrorDetail items.")
    code: str = Field(..., description="Machine-readable error code.")
    message: str = Field(..., description="Human-readable explanation, for logs and people; do not parse it.")
    request_id: Optional[str] = Field(None, alias="requestId", description="Identifier of the request on Popp's side.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PublishValidationProblem(BaseModel):
    code: str = Field(..., description="The error body (ErrorResponse) as returned when publish-time validation fails: `details` then lists PublishValidationProblem items, which are also valid ErrorDetail items.")
    message: str = Field(..., description="The error body (ErrorResponse) as returned when publish-time validation fails: `details` then lists PublishValidationProblem items, which are also valid ErrorDetail items.")
    node_id: Optional[str] = Field(None, alias="nodeId", description="The error body (ErrorResponse) as returned when publish-time validation fails: `details` then lists PublishValidationProblem items, which are also valid ErrorDetail items.")
    field: Optional[str] = Field(None, description="Location of the offending request value, as a JSON Pointer into the body or a parameter name.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class RequirementOutcome(BaseModel):
    requirement: str = Field(..., description="The requirement, as written in the analysis.")
    is_mandatory: bool = Field(..., alias="isMandatory", description="Whether the requirement is mandatory.")
    is_met: bool = Field(..., alias="isMet", description="Whether the candidate meets it.")
    evidence: Optional[str] = Field(None, description="What in the candidate's material supports the verdict. May be absent.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class SchedulingEventData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The booking's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    conversation_id: Optional[str] = Field(None, alias="conversationId", description="The conversation that led to the booking.")
    external_conversation_id: Optional[str] = Field(None, alias="externalConversationId", description="Your external reference for that conversation.")
    external_campaign_id: Optional[str] = Field(None, alias="externalCampaignId", description="Your external reference for the campaign.")
    meeting_details: Optional[MeetingDetails] = Field(None, alias="meetingDetails", description="The meeting a scheduling event is about.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class StartConversationFailedEvent(BaseModel):
    event: Literal["START_CONVERSATION_FAILED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: ConversationEventData = Field(..., description="The data of every conversation event: the record's IDs, the conversation's status, and the candidate's and campaign's references.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class StartWorkflowRunsRequest(BaseModel):
    candidate_profile_ids: Optional[List[str]] = Field(None, alias="candidateProfileIds", description="Popp IDs of existing candidate profiles to enrol.")
    candidate_profile_external_ids: Optional[List[str]] = Field(None, alias="candidateProfileExternalIds", description="Your own external IDs of existing candidate profiles to enrol.")
    contacts: Optional[List[InlineContact]] = Field(None, description="People given by contact details. Each is matched to an existing candidate profile or gets a new one, after the call returns; the contact-resolution webhooks report the result with the entry's index as `contactIndex`.")
    trigger_source: Optional[WorkflowTriggerSource] = Field(None, alias="triggerSource", description="What started the runs. The Workflow Events page says runs are triggered through the API with triggerSource API; the client sends it unless you give another value.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class StartWorkflowRunsResponse(BaseModel):
    summary: EnrolmentSummary = Field(..., description="Counts of entries by disposition. `requested` is the number of entries sent, and equals the sum of the other four counts.")
    errors: List[EnrolmentError] = Field(..., description="Entries that were rejected, one item each.")
    already_enrolled: List[AlreadyEnrolledEntry] = Field(..., alias="alreadyEnrolled", description="Entries whose candidate already has a run on this workflow version; no new run is started.")
    duplicates_in_request: List[DuplicateEntry] = Field(..., alias="duplicatesInRequest", description="Entries that repeat an earlier entry of the same request and were ignored.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowContactResolutionFailedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="A stable key that identifies this contact for deduplication. It is not a run ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_id: Optional[str] = Field(..., alias="workflowId", description="The workflow the contact was to be enrolled in. No run of it exists for this contact.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    external_id: Optional[str] = Field(None, alias="externalId", description="The external ID sent with the inline contact. May be absent or null when none was sent.")
    email: Optional[str] = Field(..., description="The inline contact's email address, as it was sent.")
    phone_number: Optional[str] = Field(..., alias="phoneNumber", description="The inline contact's phone number in E.164 form, as it was sent.")
    contact_index: int = Field(..., alias="contactIndex", description="The contact's zero-based position in the contacts list of the Start Workflow Runs request.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowContactResolutionFailedEvent(BaseModel):
    event: Literal["WORKFLOW_CONTACT_RESOLUTION_FAILED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowContactResolutionFailedData = Field(..., description="An inline contact could not be turned into a candidate profile, even after the start-run queue used up its retries; no run was created. Sent exactly once per contact that failed for good. The contact's own fields are echoed as they were sent, so an email such as `invalid@example` is normal here. The cause is not included.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowContactResolutionSkippedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The ID of the run the candidate already has.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_id: Optional[str] = Field(..., alias="workflowId", description="The workflow of the run the candidate already has.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    candidate_profile_id: Optional[str] = Field(..., alias="candidateProfileId", description="The candidate profile the run is for.")
    external_id: Optional[str] = Field(None, alias="externalId", description="The external ID sent with the inline contact. May be absent or null when none was sent.")
    email: Optional[str] = Field(..., description="The inline contact's email address, as it was sent.")
    phone_number: Optional[str] = Field(..., alias="phoneNumber", description="The inline contact's phone number in E.164 form, as it was sent.")
    existing_run_status: ExistingRunStatus = Field(..., alias="existingRunStatus", description="The status of the run a skipped contact already has on this workflow version.")
    contact_index: int = Field(..., alias="contactIndex", description="The contact's zero-based position in the contacts list of the Start Workflow Runs request.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowContactResolutionSkippedEvent(BaseModel):
    event: Literal["WORKFLOW_CONTACT_RESOLUTION_SKIPPED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowContactResolutionSkippedData = Field(..., description="An inline contact matched a candidate who already has an active run on this workflow version, so no second run was started. recordId is the existing run's ID.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowContactResolvedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The ID of the run that will start for this contact.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_id: Optional[str] = Field(..., alias="workflowId", description="The workflow this run belongs to.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    workflow_version_id: Optional[str] = Field(..., alias="workflowVersionId", description="The published workflow version whose execution produced this event.")
    version_number: int = Field(..., alias="versionNumber", description="The number of the workflow version the run will execute.")
    candidate_profile_id: Optional[str] = Field(..., alias="candidateProfileId", description="The candidate profile the run is for.")
    external_id: Optional[str] = Field(None, alias="externalId", description="The external ID sent with the inline contact. May be absent or null when none was sent.")
    email: Optional[str] = Field(..., description="The inline contact's email address, as it was sent.")
    phone_number: Optional[str] = Field(..., alias="phoneNumber", description="The inline contact's phone number in E.164 form, as it was sent.")
    is_new_profile: bool = Field(..., alias="isNewProfile", description="True when a new candidate profile was created; false when an existing one matched.")
    contact_index: int = Field(..., alias="contactIndex", description="The contact's zero-based position in the contacts list of the Start Workflow Runs request.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowContactResolvedEvent(BaseModel):
    event: Literal["WORKFLOW_CONTACT_RESOLVED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowContactResolvedData = Field(..., description="An inline contact from a Start Workflow Runs request was matched to an existing candidate profile or got a new one, and its run is about to start. recordId is the new run's ID, the same as in the WORKFLOW_RUN_STARTED that follows.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowNodeCompletedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The workflow run's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_id: Optional[str] = Field(..., alias="workflowId", description="The workflow this run belongs to.")
    workflow_version_id: Optional[str] = Field(..., alias="workflowVersionId", description="The published workflow version whose execution produced this event.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    candidate_profile_id: Optional[str] = Field(..., alias="candidateProfileId", description="The candidate profile the run is for.")
    candidate_profile_external_id: Optional[str] = Field(None, alias="candidateProfileExternalId", description="The external ID you gave the candidate profile, if any. May be absent or null when none was set.")
    timestamp: Optional[str] = Field(..., description="When Popp emitted the event (ISO 8601). Only the run-lifecycle events carry it; eventTimestamp is the one timestamp every event has.")
    node_id: str = Field(..., alias="nodeId", description="The node's identifier in the workflow configuration.")
    node_type: NodeType = Field(..., alias="nodeType", description="The kind of workflow node that produced an outcome. The configuration guide spells the same kinds in camel case (screeningOutreach, engagementOutreach, condition); events use these upper-case names. New node types are expected (the docs keep the empty outcome for them).")
    entered_at: str = Field(..., alias="enteredAt", description="When the run entered the node.")
    completed_at: str = Field(..., alias="completedAt", description="When the run left the node.")
    routing_event: str = Field(..., alias="routingEvent", description="The routing event the node emitted, such as onComplete.")
    outcome: Union[ConversationOutcome, ConditionOutcome, EmptyOutcome] = Field(..., discriminator="kind", description="What a node produced, discriminated by kind.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowNodeCompletedEvent(BaseModel):
    event: Literal["WORKFLOW_NODE_COMPLETED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowNodeCompletedData = Field(..., description="One node of a run finished. The node's fields sit directly in data (no wrapping object) and have exactly the shape of one NodeOutcome entry, so the same code reads both. Good for live progress; the run-terminal events stay the source of truth. If you take both, deduplicate on the run's recordId plus nodeId.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowPublishedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The workflow's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    workflow_version_id: Optional[str] = Field(..., alias="workflowVersionId", description="The version this publish made live; runs started from now on execute against it.")
    version_number: int = Field(..., alias="versionNumber", description="The number given to the newly published version.")
    published_by_user_id: str = Field(..., alias="publishedByUserId", description="The user who published the version.")
    published_at: str = Field(..., alias="publishedAt", description="When the version went live (ISO 8601).")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowPublishedEvent(BaseModel):
    event: Literal["WORKFLOW_PUBLISHED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowPublishedData = Field(..., description="A workflow was published: its working draft is now the live version. recordId is the workflow's ID. Useful for keeping an audit log of versions.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRun(BaseModel):
    run_id: str = Field(..., alias="runId", description="The run's ID (the recordId of its run-lifecycle webhooks).")
    workflow_id: str = Field(..., alias="workflowId", description="The workflow the run belongs to.")
    workflow_version_id: str = Field(..., alias="workflowVersionId", description="The workflow version the run executes.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="Your external ID of the workflow, when one is set.")
    candidate_profile_id: str = Field(..., alias="candidateProfileId", description="The candidate profile the run is for.")
    candidate_profile_external_id: Optional[str] = Field(None, alias="candidateProfileExternalId", description="Your external ID of the candidate profile, when one is set.")
    status: WorkflowRunStatus = Field(..., description="Where a run stands. RUNNING until it ends; then COMPLETED, FAILED or CANCELLED, matching the run-terminal webhook that announced the end (WORKFLOW_RUN_COMPLETED, _FAILED, _CANCELLED).")
    outcome: Optional[RunOutcome] = Field(..., description="How the run ended; null while it is RUNNING.")
    started_at: str = Field(..., alias="startedAt", description="When the run began executing.")
    completed_at: Optional[str] = Field(..., alias="completedAt", description="When the run reached its terminal state; null while it is RUNNING.")
    final_node_id: Optional[str] = Field(None, alias="finalNodeId", description="The last node the run has traversed.")
    error_code: Optional[WorkflowErrorCode] = Field(None, alias="errorCode", description="On a FAILED run, its failure category.")
    error_class: Optional[WorkflowErrorClass] = Field(None, alias="errorClass", description="On a FAILED run that failed on the infrastructure path, DATA or SYSTEM.")
    last_failed_node_id: Optional[str] = Field(None, alias="lastFailedNodeId", description="On a FAILED run, the node where it failed.")
    cancellation_reason: Optional[str] = Field(None, alias="cancellationReason", description="On a CANCELLED run, the reason given when it was cancelled, if any.")
    truncated: bool = Field(..., description="True when `nodes` was cut short because of size limits.")
    nodes: List[NodeOutcome] = Field(..., description="The nodes traversed so far, in order; empty if no node has completed yet.")
    context: Optional[str] = Field(None, description="The run's context: a JSON document serialised into a string. Parse it yourself; its content depends on the workflow and is not specified here.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunCancelledData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The workflow run's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_id: Optional[str] = Field(..., alias="workflowId", description="The workflow this run belongs to.")
    workflow_version_id: Optional[str] = Field(..., alias="workflowVersionId", description="The published workflow version whose execution produced this event.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    candidate_profile_id: Optional[str] = Field(..., alias="candidateProfileId", description="The candidate profile the run is for.")
    candidate_profile_external_id: Optional[str] = Field(None, alias="candidateProfileExternalId", description="The external ID you gave the candidate profile, if any. May be absent or null when none was set.")
    timestamp: Optional[str] = Field(..., description="When Popp emitted the event (ISO 8601). Only the run-lifecycle events carry it; eventTimestamp is the one timestamp every event has.")
    started_at: str = Field(..., alias="startedAt", description="When the run started executing (ISO 8601).")
    completed_at: str = Field(..., alias="completedAt", description="When the run reached its terminal state (ISO 8601).")
    final_node_id: Optional[str] = Field(None, alias="finalNodeId", description="The last node the run went through. May be absent (or null).")
    outcome: RunOutcome = Field(..., description="The stable, run-level summary of how a run ended, carried by the three run-terminal events. Branch on this value rather than on the event name or any free text.")
    cancellation_reason: Optional[str] = Field(None, alias="cancellationReason", description="The reason given to the Cancel endpoint. Absent (or null) when none was given.")
    truncated: bool = Field(..., description="True when nodes[] was cut short because of its size; the run had more steps than listed.")
    nodes: List[NodeOutcome] = Field(..., description="Every step of the run in order, up to and including the last one.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunCancelledEvent(BaseModel):
    event: Literal["WORKFLOW_RUN_CANCELLED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowRunCancelledData = Field(..., description="A run was cancelled, either through the Cancel Workflow Run endpoint or because its workflow was archived.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunCompletedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The workflow run's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_id: Optional[str] = Field(..., alias="workflowId", description="The workflow this run belongs to.")
    workflow_version_id: Optional[str] = Field(..., alias="workflowVersionId", description="The published workflow version whose execution produced this event.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    candidate_profile_id: Optional[str] = Field(..., alias="candidateProfileId", description="The candidate profile the run is for.")
    candidate_profile_external_id: Optional[str] = Field(None, alias="candidateProfileExternalId", description="The external ID you gave the candidate profile, if any. May be absent or null when none was set.")
    timestamp: Optional[str] = Field(..., description="When Popp emitted the event (ISO 8601). Only the run-lifecycle events carry it; eventTimestamp is the one timestamp every event has.")
    started_at: str = Field(..., alias="startedAt", description="When the run started executing (ISO 8601).")
    completed_at: str = Field(..., alias="completedAt", description="When the run reached its terminal state (ISO 8601).")
    final_node_id: Optional[str] = Field(None, alias="finalNodeId", description="The last node the run went through. May be absent (or null).")
    outcome: RunOutcome = Field(..., description="The stable, run-level summary of how a run ended, carried by the three run-terminal events. Branch on this value rather than on the event name or any free text.")
    truncated: bool = Field(..., description="True when nodes[] was cut short because of its size; the run had more steps than listed.")
    nodes: List[NodeOutcome] = Field(..., description="Every step of the run in order, up to and including the last one.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunCompletedEvent(BaseModel):
    event: Literal["WORKFLOW_RUN_COMPLETED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowRunCompletedData = Field(..., description="A run reached the end of its graph. Carries the whole traversal in nodes[], the canonical record of the run.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunFailedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The workflow run's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_id: Optional[str] = Field(..., alias="workflowId", description="The workflow this run belongs to.")
    workflow_version_id: Optional[str] = Field(..., alias="workflowVersionId", description="The published workflow version whose execution produced this event.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    candidate_profile_id: Optional[str] = Field(..., alias="candidateProfileId", description="The candidate profile the run is for.")
    candidate_profile_external_id: Optional[str] = Field(None, alias="candidateProfileExternalId", description="The external ID you gave the candidate profile, if any. May be absent or null when none was set.")
    timestamp: Optional[str] = Field(..., description="When Popp emitted the event (ISO 8601). Only the run-lifecycle events carry it; eventTimestamp is the one timestamp every event has.")
    started_at: str = Field(..., alias="startedAt", description="When the run started executing (ISO 8601).")
    completed_at: str = Field(..., alias="completedAt", description="When the run reached its terminal state (ISO 8601).")
    final_node_id: Optional[str] = Field(None, alias="finalNodeId", description="The last node the run went through. May be absent (or null).")
    outcome: RunOutcome = Field(..., description="The stable, run-level summary of how a run ended, carried by the three run-terminal events. Branch on this value rather than on the event name or any free text.")
    error_code: WorkflowErrorCode = Field(..., alias="errorCode", description="The stable failure category of a failed run.")
    error_class: Optional[WorkflowErrorClass] = Field(None, alias="errorClass", description="DATA or SYSTEM, so you can tell a failure worth retrying from one that is not. Present only when the run failed on the retry-exhausted infrastructure path (typically with errorCode SYSTEM_FAILURE); absent (or null) on failures inside a node executor.")
    last_failed_node_id: Optional[str] = Field(None, alias="lastFailedNodeId", description="The node where the run failed. May be absent (or null).")
    truncated: bool = Field(..., description="True when nodes[] was cut short because of its size; the run had more steps than listed.")
    nodes: List[NodeOutcome] = Field(..., description="Every step of the run in order, up to and including the last one.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunFailedEvent(BaseModel):
    event: Literal["WORKFLOW_RUN_FAILED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowRunFailedData = Field(..., description="A run hit an error it could not recover from. nodes[] runs up to and including the failing node. Popp reports the failure only through errorCode, errorClass and lastFailedNodeId: raw error text can hold internal IDs and is never sent.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunPage(BaseModel):
    runs: List[WorkflowRun] = Field(..., description="The runs on this page, newest first.")
    next_token: Optional[str] = Field(..., alias="nextToken", description="Pass it as the nextToken query parameter to get the next page; null on the last page.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunStartedData(BaseModel):
    record_id: str = Field(..., alias="recordId", description="The workflow run's ID.")
    organization_id: str = Field(..., alias="organizationId", description="Your organization's ID.")
    workflow_id: Optional[str] = Field(..., alias="workflowId", description="The workflow this run belongs to.")
    workflow_version_id: Optional[str] = Field(..., alias="workflowVersionId", description="The published workflow version whose execution produced this event.")
    workflow_external_id: Optional[str] = Field(None, alias="workflowExternalId", description="The external ID you gave the workflow, if any. May be absent or null when none was set.")
    candidate_profile_id: Optional[str] = Field(..., alias="candidateProfileId", description="The candidate profile the run is for.")
    candidate_profile_external_id: Optional[str] = Field(None, alias="candidateProfileExternalId", description="The external ID you gave the candidate profile, if any. May be absent or null when none was set.")
    timestamp: Optional[str] = Field(..., description="When Popp emitted the event (ISO 8601). Only the run-lifecycle events carry it; eventTimestamp is the one timestamp every event has.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class WorkflowRunStartedEvent(BaseModel):
    event: Literal["WORKFLOW_RUN_STARTED"] = Field(..., description="The event type.")
    event_id: str = Field(..., alias="eventId", description="This event's unique ID. A redelivery of the same event carries the same ID, which makes it the idempotency key.")
    event_timestamp: str = Field(..., alias="eventTimestamp", description="When the event was placed in its envelope (ISO 8601). Present on every event.")
    data: WorkflowRunStartedData = Field(..., description="A run has started executing. Only the correlation fields; nothing else.")

    model_config = ConfigDict(extra="allow", populate_by_name=True)


for _model in (AlreadyEnrolledEntry, AnalysisCreatedData, AnalysisCreatedEvent, AnswerOutcome, CalendarAvailabilityNotFoundEvent, CalendarMeetingCancelledEvent, CalendarMeetingRescheduledEvent, CalendarMeetingScheduledEvent, CalendarMeetingUpdatedEvent, CalendarMoreTimeRequestedEvent, CalendarNoteTakerCompletedEvent, CancelWorkflowRunRequest, CandidateAnalysisCompletedData, CandidateAnalysisCompletedEvent, ConditionOutcome, ConversationCompletedEvent, ConversationEventData, ConversationMaxNudgesReachedEvent, ConversationNeedsReviewEvent, ConversationOptedOutEvent, ConversationOutcome, ConversationQueuedEvent, ConversationStartedEvent, DocumentUploadedData, DocumentUploadedEvent, DuplicateEntry, EmptyOutcome, EnrolmentError, EnrolmentSummary, EntryReference, ErrorDetail, ErrorResponse, InlineContact, MeetingDetails, MeetingParticipant, NodeOutcome, PoppWebhookEnvelope, PoppWebhookEnvelopeData, PoppWebhookHeaders, PublishedWorkflowVersion, PublishValidationErrorResponse, PublishValidationProblem, RequirementOutcome, SchedulingEventData, StartConversationFailedEvent, StartWorkflowRunsRequest, StartWorkflowRunsResponse, WorkflowContactResolutionFailedData, WorkflowContactResolutionFailedEvent, WorkflowContactResolutionSkippedData, WorkflowContactResolutionSkippedEvent, WorkflowContactResolvedData, WorkflowContactResolvedEvent, WorkflowNodeCompletedData, WorkflowNodeCompletedEvent, WorkflowPublishedData, WorkflowPublishedEvent, WorkflowRun, WorkflowRunCancelledData, WorkflowRunCancelledEvent, WorkflowRunCompletedData, WorkflowRunCompletedEvent, WorkflowRunFailedData, WorkflowRunFailedEvent, WorkflowRunPage, WorkflowRunStartedData, WorkflowRunStartedEvent):
    _model.model_rebuild()
del _model

__all__ = [
    "AnswerState",
    "EnrolmentEntrySource",
    "ExistingRunStatus",
    "NodeType",
    "QuestionOutcome",
    "RunOutcome",
    "TrafficLight",
    "WorkflowErrorClass",
    "WorkflowErrorCode",
    "WorkflowOutreachOutcome",
    "WorkflowRunStatus",
    "WorkflowTriggerSource",
    "AlreadyEnrolledEntry",
    "AnalysisCreatedData",
    "AnalysisCreatedEvent",
    "AnswerOutcome",
    "CalendarAvailabilityNotFoundEvent",
    "CalendarMeetingCancelledEvent",
    "CalendarMeetingRescheduledEvent",
    "CalendarMeetingScheduledEvent",
    "CalendarMeetingUpdatedEvent",
    "CalendarMoreTimeRequestedEvent",
    "CalendarNoteTakerCompletedEvent",
    "CancelWorkflowRunRequest",
    "CandidateAnalysisCompletedData",
    "CandidateAnalysisCompletedEvent",
    "ConditionOutcome",
    "ConversationCompletedEvent",
    "ConversationEventData",
    "ConversationMaxNudgesReachedEvent",
    "ConversationNeedsReviewEvent",
    "ConversationOptedOutEvent",
    "ConversationOutcome",
    "ConversationQueuedEvent",
    "ConversationStartedEvent",
    "DocumentUploadedData",
    "DocumentUploadedEvent",
    "DuplicateEntry",
    "EmptyOutcome",
    "EnrolmentError",
    "EnrolmentSummary",
    "EntryReference",
    "ErrorDetail",
    "ErrorResponse",
    "InlineContact",
    "MeetingDetails",
    "MeetingParticipant",
    "NodeOutcome",
    "PoppWebhookEnvelope",
    "PoppWebhookEnvelopeData",
    "PoppWebhookHeaders",
    "PublishedWorkflowVersion",
    "PublishValidationErrorResponse",
    "PublishValidationProblem",
    "RequirementOutcome",
    "SchedulingEventData",
    "StartConversationFailedEvent",
    "StartWorkflowRunsRequest",
    "StartWorkflowRunsResponse",
    "WorkflowContactResolutionFailedData",
    "WorkflowContactResolutionFailedEvent",
    "WorkflowContactResolutionSkippedData",
    "WorkflowContactResolutionSkippedEvent",
    "WorkflowContactResolvedData",
    "WorkflowContactResolvedEvent",
    "WorkflowNodeCompletedData",
    "WorkflowNodeCompletedEvent",
    "WorkflowPublishedData",
    "WorkflowPublishedEvent",
    "WorkflowRun",
    "WorkflowRunCancelledData",
    "WorkflowRunCancelledEvent",
    "WorkflowRunCompletedData",
    "WorkflowRunCompletedEvent",
    "WorkflowRunFailedData",
    "WorkflowRunFailedEvent",
    "WorkflowRunPage",
    "WorkflowRunStartedData",
    "WorkflowRunStartedEvent",
]
