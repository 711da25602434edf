// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
// Compiled by scripts/lib/fast-checks.ts from the strict JSON Schemas in generated/schemas/: true or false, no errors.
import { ucs2length, isRfc3339DateTime } from './validation-helpers.mjs';

const PATTERN_1 = /*#__PURE__*/ new RegExp("^[\\w.-]+$", 'u');
const PATTERN_2 = /*#__PURE__*/ new RegExp("^\\+[1-9]\\d{1,14}$", 'u');
const PATTERN_3 = /*#__PURE__*/ new RegExp("^(sha256=)?([0-9a-fA-F]{64}|[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)$", 'u');
export function isValidAlreadyEnrolledEntry(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.entry === undefined || v.candidateProfileId === undefined || v.runId === undefined || v.runStatus === undefined) return false;
  { const p = v.entry; if (!isValidEntryReference(p)) return false; }
  { const p = v.candidateProfileId; if (!(typeof p === 'string')) return false; }
  { const p = v.runId; if (!(typeof p === 'string')) return false; }
  { const p = v.runStatus; if (!isValidExistingRunStatus(p)) return false; }
  return true;
}
export function isValidAnalysisCreatedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  return true;
}
export function isValidAnalysisCreatedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "ANALYSIS_CREATED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidAnalysisCreatedData(p)) return false; }
  return true;
}
export function isValidAnswerOutcome(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.slug === undefined) return false;
  { const p = v.slug; if (!(typeof p === 'string')) return false; }
  { const p = v.answer; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.answerState; if (p !== undefined && !((isValidAnswerState(p) || (p === null)))) return false; }
  { const p = v.trafficLight; if (p !== undefined && !((isValidTrafficLight(p) || (p === null)))) return false; }
  { const p = v.outcome; if (p !== undefined && !((isValidQuestionOutcome(p) || (p === null)))) return false; }
  { const p = v.score; if (p !== undefined && !((Number.isInteger(p) || p === null) && (!((typeof p === 'number' && isFinite(p))) || p >= 0) && (!((typeof p === 'number' && isFinite(p))) || p <= 100))) return false; }
  { const p = v.documentS3Key; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.documentTwilioMediaSid; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.classifiedDocumentType; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  return true;
}
export function isValidAnswerState(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "IS_YES" || v === "IS_NO" || v === "IS_ANY" || v === "INCLUDES" || v === "DOES_NOT_INCLUDE" || v === "DOCUMENT_UPLOADED" || v === "DOCUMENT_NOT_UPLOADED" || v === "NEEDS_CLARIFICATION"))) return false;
  return true;
}
export function isValidCalendarAvailabilityNotFoundEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CALENDAR_AVAILABILITY_NOT_FOUND")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidSchedulingEventData(p)) return false; }
  return true;
}
export function isValidCalendarMeetingCancelledEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CALENDAR_MEETING_CANCELLED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidSchedulingEventData(p)) return false; }
  return true;
}
export function isValidCalendarMeetingRescheduledEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CALENDAR_MEETING_RESCHEDULED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidSchedulingEventData(p)) return false; }
  return true;
}
export function isValidCalendarMeetingScheduledEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CALENDAR_MEETING_SCHEDULED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidSchedulingEventData(p)) return false; }
  return true;
}
export function isValidCalendarMeetingUpdatedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CALENDAR_MEETING_UPDATED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidSchedulingEventData(p)) return false; }
  return true;
}
export function isValidCalendarMoreTimeRequestedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CALENDAR_MORE_TIME_REQUESTED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidSchedulingEventData(p)) return false; }
  return true;
}
export function isValidCalendarNoteTakerCompletedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CALENDAR_NOTE_TAKER_COMPLETED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidSchedulingEventData(p)) return false; }
  return true;
}
export function isValidCancelWorkflowRunRequest(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  { const p = v.reason; if (p !== undefined && !(typeof p === 'string' && (p.length <= 500 || ucs2length(p) <= 500))) return false; }
  { const p = v.closeActiveConversations; if (p !== undefined && !(typeof p === 'boolean')) return false; }
  return true;
}
function check1(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidRequirementOutcome(p)) return false; }
  return true;
}
export function isValidCandidateAnalysisCompletedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.externalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.externalAnalysisId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.analysisCandidateUrl; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.totalScoreScaled; if (p !== undefined && !((typeof p === 'number' && isFinite(p)) && p >= 0 && p <= 100)) return false; }
  { const p = v.isAllMandatoryRequirementsMet; if (p !== undefined && !(typeof p === 'boolean')) return false; }
  { const p = v.requirementOutcomes; if (p !== undefined && !check1(p)) return false; }
  return true;
}
export function isValidCandidateAnalysisCompletedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CANDIDATE_ANALYSIS_COMPLETED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidCandidateAnalysisCompletedData(p)) return false; }
  return true;
}
export function isValidConditionOutcome(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.kind === undefined || v.targetNodeId === undefined || v.targetNodeLabel === undefined) return false;
  { const p = v.kind; if (!(p === "condition")) return false; }
  { const p = v.targetNodeId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.targetNodeLabel; if (!((typeof p === 'string' || p === null))) return false; }
  return true;
}
export function isValidConversationCompletedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CONVERSATION_COMPLETED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidConversationEventData(p)) return false; }
  return true;
}
export function isValidConversationEventData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.conversationStatus; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.candidateId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.externalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.externalCampaignId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.participantFirstName; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.participantLastName; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.campaignConversationUrl; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  return true;
}
export function isValidConversationMaxNudgesReachedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CONVERSATION_MAX_NUDGES_REACHED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidConversationEventData(p)) return false; }
  return true;
}
export function isValidConversationNeedsReviewEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CONVERSATION_NEEDS_REVIEW")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidConversationEventData(p)) return false; }
  return true;
}
export function isValidConversationOptedOutEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CONVERSATION_OPTED_OUT")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidConversationEventData(p)) return false; }
  return true;
}
function check2(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidAnswerOutcome(p)) return false; }
  return true;
}
export function isValidConversationOutcome(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.kind === undefined || v.conversationId === undefined || v.status === undefined || v.answers === undefined) return false;
  { const p = v.kind; if (!(p === "conversation")) return false; }
  { const p = v.conversationId; if (!(typeof p === 'string')) return false; }
  { const p = v.status; if (!isValidWorkflowOutreachOutcome(p)) return false; }
  { const p = v.completedAt; if (p !== undefined && !((typeof p === 'string' || p === null) && (!(typeof p === 'string') || isRfc3339DateTime(p)))) return false; }
  { const p = v.answers; if (!check2(p)) return false; }
  return true;
}
export function isValidConversationQueuedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CONVERSATION_QUEUED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidConversationEventData(p)) return false; }
  return true;
}
export function isValidConversationStartedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "CONVERSATION_STARTED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidConversationEventData(p)) return false; }
  return true;
}
function check3(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!(typeof p === 'string')) return false; }
  return true;
}
export function isValidDocumentUploadedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.attachmentId; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.fileName; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.contentType; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.classifiedDocumentType; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.classifiedDocumentTypes; if (p !== undefined && !check3(p)) return false; }
  return true;
}
export function isValidDocumentUploadedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "DOCUMENT_UPLOADED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidDocumentUploadedData(p)) return false; }
  return true;
}
export function isValidDuplicateEntry(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.entry === undefined || v.duplicateOf === undefined) return false;
  { const p = v.entry; if (!isValidEntryReference(p)) return false; }
  { const p = v.duplicateOf; if (!isValidEntryReference(p)) return false; }
  return true;
}
export function isValidEmptyOutcome(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.kind === undefined) return false;
  { const p = v.kind; if (!(p === "empty")) return false; }
  return true;
}
export function isValidEnrolmentEntrySource(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "candidateProfileIds" || v === "candidateProfileExternalIds" || v === "contacts"))) return false;
  return true;
}
export function isValidEnrolmentError(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.entry === undefined || v.code === undefined || v.message === undefined) return false;
  { const p = v.entry; if (!isValidEntryReference(p)) return false; }
  { const p = v.code; if (!(typeof p === 'string')) return false; }
  { const p = v.message; if (!(typeof p === 'string')) return false; }
  return true;
}
export function isValidEnrolmentSummary(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.requested === undefined || v.enqueued === undefined || v.failed === undefined || v.alreadyEnrolled === undefined || v.duplicatesInRequest === undefined) return false;
  { const p = v.requested; if (!(Number.isInteger(p) && p >= 0)) return false; }
  { const p = v.enqueued; if (!(Number.isInteger(p) && p >= 0)) return false; }
  { const p = v.failed; if (!(Number.isInteger(p) && p >= 0)) return false; }
  { const p = v.alreadyEnrolled; if (!(Number.isInteger(p) && p >= 0)) return false; }
  { const p = v.duplicatesInRequest; if (!(Number.isInteger(p) && p >= 0)) return false; }
  return true;
}
export function isValidEntryReference(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.source === undefined || v.index === undefined) return false;
  { const p = v.source; if (!isValidEnrolmentEntrySource(p)) return false; }
  { const p = v.index; if (!(Number.isInteger(p) && p >= 0)) return false; }
  return true;
}
export function isValidErrorDetail(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.code === undefined || v.message === undefined) return false;
  { const p = v.code; if (!(typeof p === 'string')) return false; }
  { const p = v.message; if (!(typeof p === 'string')) return false; }
  { const p = v.field; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.nodeId; if (p !== undefined && !(typeof p === 'string')) return false; }
  return true;
}
function check4(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidErrorDetail(p)) return false; }
  return true;
}
export function isValidErrorResponse(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.code === undefined || v.message === undefined) return false;
  { const p = v.code; if (!(typeof p === 'string')) return false; }
  { const p = v.message; if (!(typeof p === 'string')) return false; }
  { const p = v.details; if (p !== undefined && !check4(p)) return false; }
  { const p = v.requestId; if (p !== undefined && !(typeof p === 'string')) return false; }
  return true;
}
export function isValidExistingRunStatus(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "RUNNING" || v === "COMPLETED"))) return false;
  return true;
}
function check5(v) {
  if ((v !== null && typeof v === 'object' && !Array.isArray(v))) {
    if (v.email === undefined) return false;
    { const p = v.email; if (!((!(typeof p === 'string') || p.length !== 0))) return false; }
  }
  return true;
}
function check6(v) {
  if ((v !== null && typeof v === 'object' && !Array.isArray(v))) {
    if (v.phoneNumber === undefined) return false;
    { const p = v.phoneNumber; if (!((!(typeof p === 'string') || p.length !== 0))) return false; }
  }
  return true;
}
export function isValidInlineContact(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (!(((check5(v) || check6(v))))) return false;
  { const p = v.externalId; if (p !== undefined && !(typeof p === 'string' && p.length !== 0 && (p.length <= 256 || ucs2length(p) <= 256) && PATTERN_1.test(p))) return false; }
  { const p = v.email; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.phoneNumber; if (p !== undefined && !(typeof p === 'string' && PATTERN_2.test(p))) return false; }
  { const p = v.firstName; if (p !== undefined && !(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.lastName; if (p !== undefined && !(typeof p === 'string' && p.length !== 0)) return false; }
  return true;
}
function check7(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidMeetingParticipant(p)) return false; }
  return true;
}
export function isValidMeetingDetails(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  { const p = v.title; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.startDateTime; if (p !== undefined && !(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.endDateTime; if (p !== undefined && !(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.timezone; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.location; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.videoConference; if (p !== undefined && !(typeof p === 'boolean')) return false; }
  { const p = v.meetingUrl; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.participants; if (p !== undefined && !check7(p)) return false; }
  return true;
}
export function isValidMeetingParticipant(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  { const p = v.email; if (p !== undefined && !(typeof p === 'string')) return false; }
  { const p = v.name; if (p !== undefined && !(typeof p === 'string')) return false; }
  return true;
}
export function isValidNodeOutcome(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.nodeId === undefined || v.nodeType === undefined || v.enteredAt === undefined || v.completedAt === undefined || v.routingEvent === undefined || v.outcome === undefined) return false;
  { const p = v.nodeId; if (!(typeof p === 'string')) return false; }
  { const p = v.nodeType; if (!isValidNodeType(p)) return false; }
  { const p = v.enteredAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.completedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.routingEvent; if (!(typeof p === 'string')) return false; }
  { const p = v.outcome; if (!isValidNodeOutcomeDetail(p)) return false; }
  return true;
}
export function isValidNodeOutcomeDetail(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  switch (v.kind) {
    case "conversation": if (!isValidConversationOutcome(v)) return false; break;
    case "condition": if (!isValidConditionOutcome(v)) return false; break;
    case "empty": if (!isValidEmptyOutcome(v)) return false; break;
    default: return false;
  }
  if (v.kind === undefined) return false;
  return true;
}
export function isValidNodeType(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "SCREENING_OUTREACH" || v === "ENGAGEMENT_OUTREACH" || v === "CONDITION"))) return false;
  return true;
}
export function isValidPoppWebhookEnvelope(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidPoppWebhookEnvelopeData(p)) return false; }
  return true;
}
export function isValidPoppWebhookEnvelopeData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  return true;
}
export function isValidPoppWebhookHeaders(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v["Content-Type"] === undefined || v["x-signature"] === undefined) return false;
  { const p = v["Content-Type"]; if (!(typeof p === 'string' && p === "application/json")) return false; }
  { const p = v["x-signature"]; if (!(typeof p === 'string' && PATTERN_3.test(p))) return false; }
  return true;
}
export function isValidPublishedWorkflowVersion(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.workflowId === undefined || v.workflowVersionId === undefined || v.versionNumber === undefined || v.publishedAt === undefined) return false;
  { const p = v.workflowId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowVersionId; if (!(typeof p === 'string')) return false; }
  { const p = v.versionNumber; if (!(Number.isInteger(p) && p >= 1)) return false; }
  { const p = v.publishedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  return true;
}
export function isValidPublishValidationCode(v) {
  if (!(typeof v === 'string')) return false;
  if (!(v.length !== 0)) return false;
  return true;
}
function check8(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidPublishValidationProblem(p)) return false; }
  return true;
}
export function isValidPublishValidationErrorResponse(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (!(isValidErrorResponse(v))) return false;
  { const p = v.details; if (p !== undefined && !check8(p)) return false; }
  return true;
}
export function isValidPublishValidationProblem(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.code === undefined || v.message === undefined) return false;
  { const p = v.code; if (!isValidPublishValidationCode(p)) return false; }
  { const p = v.message; if (!(typeof p === 'string')) return false; }
  { const p = v.nodeId; if (p !== undefined && !(typeof p === 'string')) return false; }
  return true;
}
export function isValidQuestionOutcome(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "PASSED" || v === "FAILED" || v === "NOT_COMPLETED" || v === "NEEDS_REVIEW" || v === "PENDING"))) return false;
  return true;
}
export function isValidRequirementOutcome(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.requirement === undefined || v.isMandatory === undefined || v.isMet === undefined) return false;
  { const p = v.requirement; if (!(typeof p === 'string')) return false; }
  { const p = v.isMandatory; if (!(typeof p === 'boolean')) return false; }
  { const p = v.isMet; if (!(typeof p === 'boolean')) return false; }
  { const p = v.evidence; if (p !== undefined && !(typeof p === 'string')) return false; }
  return true;
}
export function isValidRunOutcome(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "completed" || v === "opted_out" || v === "delivery_failed" || v === "cancelled" || v === "failed"))) return false;
  return true;
}
export function isValidSchedulingEventData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.conversationId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.externalConversationId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.externalCampaignId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.meetingDetails; if (p !== undefined && !isValidMeetingDetails(p)) return false; }
  return true;
}
export function isValidStartConversationFailedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "START_CONVERSATION_FAILED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidConversationEventData(p)) return false; }
  return true;
}
function check9(v) {
  if (Array.isArray(v)) {
    if (v.length < 1) return false;
  }
  return true;
}
function check10(v) {
  if ((v !== null && typeof v === 'object' && !Array.isArray(v))) {
    if (v.candidateProfileIds === undefined) return false;
    { const p = v.candidateProfileIds; if (!check9(p)) return false; }
  }
  return true;
}
function check11(v) {
  if (Array.isArray(v)) {
    if (v.length < 1) return false;
  }
  return true;
}
function check12(v) {
  if ((v !== null && typeof v === 'object' && !Array.isArray(v))) {
    if (v.candidateProfileExternalIds === undefined) return false;
    { const p = v.candidateProfileExternalIds; if (!check11(p)) return false; }
  }
  return true;
}
function check13(v) {
  if (Array.isArray(v)) {
    if (v.length < 1) return false;
  }
  return true;
}
function check14(v) {
  if ((v !== null && typeof v === 'object' && !Array.isArray(v))) {
    if (v.contacts === undefined) return false;
    { const p = v.contacts; if (!check13(p)) return false; }
  }
  return true;
}
function check15(v) {
  if (!(Array.isArray(v))) return false;
  if (v.length > 5000) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  return true;
}
function check16(v) {
  if (!(Array.isArray(v))) return false;
  if (v.length > 5000) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!(typeof p === 'string' && p.length !== 0 && (p.length <= 256 || ucs2length(p) <= 256) && PATTERN_1.test(p))) return false; }
  return true;
}
function check17(v) {
  if (!(Array.isArray(v))) return false;
  if (v.length > 5000) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidInlineContact(p)) return false; }
  return true;
}
export function isValidStartWorkflowRunsRequest(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (!(((check10(v) || check12(v) || check14(v))))) return false;
  { const p = v.candidateProfileIds; if (p !== undefined && !check15(p)) return false; }
  { const p = v.candidateProfileExternalIds; if (p !== undefined && !check16(p)) return false; }
  { const p = v.contacts; if (p !== undefined && !check17(p)) return false; }
  { const p = v.triggerSource; if (p !== undefined && !isValidWorkflowTriggerSource(p)) return false; }
  return true;
}
function check18(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidEnrolmentError(p)) return false; }
  return true;
}
function check19(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidAlreadyEnrolledEntry(p)) return false; }
  return true;
}
function check20(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidDuplicateEntry(p)) return false; }
  return true;
}
export function isValidStartWorkflowRunsResponse(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.summary === undefined || v.errors === undefined || v.alreadyEnrolled === undefined || v.duplicatesInRequest === undefined) return false;
  { const p = v.summary; if (!isValidEnrolmentSummary(p)) return false; }
  { const p = v.errors; if (!check18(p)) return false; }
  { const p = v.alreadyEnrolled; if (!check19(p)) return false; }
  { const p = v.duplicatesInRequest; if (!check20(p)) return false; }
  return true;
}
export function isValidTrafficLight(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "GREEN" || v === "AMBER" || v === "RED"))) return false;
  return true;
}
export function isValidWebhookAcknowledgement(v) {
  if (!(typeof v === 'string')) return false;
  return true;
}
export function isValidWorkflowContactResolutionFailedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowId === undefined || v.email === undefined || v.phoneNumber === undefined || v.contactIndex === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.externalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.email; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.phoneNumber; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.contactIndex; if (!(Number.isInteger(p) && p >= 0)) return false; }
  return true;
}
export function isValidWorkflowContactResolutionFailedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_CONTACT_RESOLUTION_FAILED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowContactResolutionFailedData(p)) return false; }
  return true;
}
export function isValidWorkflowContactResolutionSkippedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowId === undefined || v.candidateProfileId === undefined || v.email === undefined || v.phoneNumber === undefined || v.existingRunStatus === undefined || v.contactIndex === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.externalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.email; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.phoneNumber; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.existingRunStatus; if (!isValidExistingRunStatus(p)) return false; }
  { const p = v.contactIndex; if (!(Number.isInteger(p) && p >= 0)) return false; }
  return true;
}
export function isValidWorkflowContactResolutionSkippedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_CONTACT_RESOLUTION_SKIPPED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowContactResolutionSkippedData(p)) return false; }
  return true;
}
export function isValidWorkflowContactResolvedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowId === undefined || v.workflowVersionId === undefined || v.versionNumber === undefined || v.candidateProfileId === undefined || v.email === undefined || v.phoneNumber === undefined || v.isNewProfile === undefined || v.contactIndex === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowVersionId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.versionNumber; if (!(Number.isInteger(p) && p >= 1)) return false; }
  { const p = v.candidateProfileId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.externalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.email; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.phoneNumber; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.isNewProfile; if (!(typeof p === 'boolean')) return false; }
  { const p = v.contactIndex; if (!(Number.isInteger(p) && p >= 0)) return false; }
  return true;
}
export function isValidWorkflowContactResolvedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_CONTACT_RESOLVED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowContactResolvedData(p)) return false; }
  return true;
}
export function isValidWorkflowErrorClass(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "DATA" || v === "SYSTEM"))) return false;
  return true;
}
export function isValidWorkflowErrorCode(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "EXECUTOR_TIMEOUT" || v === "INVALID_NODE_CONFIG" || v === "DOWNSTREAM_SERVICE_ERROR" || v === "EXECUTOR_FAILED" || v === "SYSTEM_FAILURE" || v === "UNKNOWN"))) return false;
  return true;
}
export function isValidWorkflowNodeCompletedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowId === undefined || v.workflowVersionId === undefined || v.candidateProfileId === undefined || v.timestamp === undefined || v.nodeId === undefined || v.nodeType === undefined || v.enteredAt === undefined || v.completedAt === undefined || v.routingEvent === undefined || v.outcome === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowVersionId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.timestamp; if (!((typeof p === 'string' || p === null) && (!(typeof p === 'string') || isRfc3339DateTime(p)))) return false; }
  { const p = v.nodeId; if (!(typeof p === 'string')) return false; }
  { const p = v.nodeType; if (!isValidNodeType(p)) return false; }
  { const p = v.enteredAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.completedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.routingEvent; if (!(typeof p === 'string')) return false; }
  { const p = v.outcome; if (!isValidNodeOutcomeDetail(p)) return false; }
  return true;
}
export function isValidWorkflowNodeCompletedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_NODE_COMPLETED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowNodeCompletedData(p)) return false; }
  return true;
}
export function isValidWorkflowOutreachOutcome(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "PASSED_CRITERIA" || v === "FAILED_CRITERIA" || v === "COMPLETED" || v === "NOT_INTERESTED" || v === "OPTED_OUT" || v === "DELIVERY_FAILED"))) return false;
  return true;
}
export function isValidWorkflowPublishedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowVersionId === undefined || v.versionNumber === undefined || v.publishedByUserId === undefined || v.publishedAt === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowVersionId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.versionNumber; if (!(Number.isInteger(p) && p >= 1)) return false; }
  { const p = v.publishedByUserId; if (!(typeof p === 'string')) return false; }
  { const p = v.publishedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  return true;
}
export function isValidWorkflowPublishedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_PUBLISHED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowPublishedData(p)) return false; }
  return true;
}
function check21(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidNodeOutcome(p)) return false; }
  return true;
}
export function isValidWorkflowRun(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.runId === undefined || v.workflowId === undefined || v.workflowVersionId === undefined || v.candidateProfileId === undefined || v.status === undefined || v.outcome === undefined || v.startedAt === undefined || v.completedAt === undefined || v.truncated === undefined || v.nodes === undefined) return false;
  { const p = v.runId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowVersionId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileId; if (!(typeof p === 'string')) return false; }
  { const p = v.candidateProfileExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.status; if (!isValidWorkflowRunStatus(p)) return false; }
  { const p = v.outcome; if (!((isValidRunOutcome(p) || (p === null)))) return false; }
  { const p = v.startedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.completedAt; if (!((typeof p === 'string' || p === null) && (!(typeof p === 'string') || isRfc3339DateTime(p)))) return false; }
  { const p = v.finalNodeId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.errorCode; if (p !== undefined && !((isValidWorkflowErrorCode(p) || (p === null)))) return false; }
  { const p = v.errorClass; if (p !== undefined && !((isValidWorkflowErrorClass(p) || (p === null)))) return false; }
  { const p = v.lastFailedNodeId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.cancellationReason; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.truncated; if (!(typeof p === 'boolean')) return false; }
  { const p = v.nodes; if (!check21(p)) return false; }
  { const p = v.context; if (p !== undefined && !(typeof p === 'string')) return false; }
  return true;
}
function check22(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidNodeOutcome(p)) return false; }
  return true;
}
export function isValidWorkflowRunCancelledData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowId === undefined || v.workflowVersionId === undefined || v.candidateProfileId === undefined || v.timestamp === undefined || v.startedAt === undefined || v.completedAt === undefined || v.outcome === undefined || v.truncated === undefined || v.nodes === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowVersionId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.timestamp; if (!((typeof p === 'string' || p === null) && (!(typeof p === 'string') || isRfc3339DateTime(p)))) return false; }
  { const p = v.startedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.completedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.finalNodeId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.outcome; if (!isValidRunOutcome(p)) return false; }
  { const p = v.cancellationReason; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.truncated; if (!(typeof p === 'boolean')) return false; }
  { const p = v.nodes; if (!check22(p)) return false; }
  return true;
}
export function isValidWorkflowRunCancelledEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_RUN_CANCELLED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowRunCancelledData(p)) return false; }
  return true;
}
function check23(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidNodeOutcome(p)) return false; }
  return true;
}
export function isValidWorkflowRunCompletedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowId === undefined || v.workflowVersionId === undefined || v.candidateProfileId === undefined || v.timestamp === undefined || v.startedAt === undefined || v.completedAt === undefined || v.outcome === undefined || v.truncated === undefined || v.nodes === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowVersionId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.timestamp; if (!((typeof p === 'string' || p === null) && (!(typeof p === 'string') || isRfc3339DateTime(p)))) return false; }
  { const p = v.startedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.completedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.finalNodeId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.outcome; if (!isValidRunOutcome(p)) return false; }
  { const p = v.truncated; if (!(typeof p === 'boolean')) return false; }
  { const p = v.nodes; if (!check23(p)) return false; }
  return true;
}
export function isValidWorkflowRunCompletedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_RUN_COMPLETED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowRunCompletedData(p)) return false; }
  return true;
}
function check24(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidNodeOutcome(p)) return false; }
  return true;
}
export function isValidWorkflowRunFailedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowId === undefined || v.workflowVersionId === undefined || v.candidateProfileId === undefined || v.timestamp === undefined || v.startedAt === undefined || v.completedAt === undefined || v.outcome === undefined || v.errorCode === undefined || v.truncated === undefined || v.nodes === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowVersionId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.timestamp; if (!((typeof p === 'string' || p === null) && (!(typeof p === 'string') || isRfc3339DateTime(p)))) return false; }
  { const p = v.startedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.completedAt; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.finalNodeId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.outcome; if (!isValidRunOutcome(p)) return false; }
  { const p = v.errorCode; if (!isValidWorkflowErrorCode(p)) return false; }
  { const p = v.errorClass; if (p !== undefined && !((isValidWorkflowErrorClass(p) || (p === null)))) return false; }
  { const p = v.lastFailedNodeId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.truncated; if (!(typeof p === 'boolean')) return false; }
  { const p = v.nodes; if (!check24(p)) return false; }
  return true;
}
export function isValidWorkflowRunFailedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_RUN_FAILED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowRunFailedData(p)) return false; }
  return true;
}
function check25(v) {
  if (!(Array.isArray(v))) return false;
  for (let i = 0; i < v.length; i++) { const p = v[i]; if (!isValidWorkflowRun(p)) return false; }
  return true;
}
export function isValidWorkflowRunPage(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.runs === undefined || v.nextToken === undefined) return false;
  { const p = v.runs; if (!check25(p)) return false; }
  { const p = v.nextToken; if (!((typeof p === 'string' || p === null) && (!(typeof p === 'string') || p.length !== 0))) return false; }
  return true;
}
export function isValidWorkflowRunStartedData(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.recordId === undefined || v.organizationId === undefined || v.workflowId === undefined || v.workflowVersionId === undefined || v.candidateProfileId === undefined || v.timestamp === undefined) return false;
  { const p = v.recordId; if (!(typeof p === 'string')) return false; }
  { const p = v.organizationId; if (!(typeof p === 'string')) return false; }
  { const p = v.workflowId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowVersionId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.workflowExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileId; if (!((typeof p === 'string' || p === null))) return false; }
  { const p = v.candidateProfileExternalId; if (p !== undefined && !((typeof p === 'string' || p === null))) return false; }
  { const p = v.timestamp; if (!((typeof p === 'string' || p === null) && (!(typeof p === 'string') || isRfc3339DateTime(p)))) return false; }
  return true;
}
export function isValidWorkflowRunStartedEvent(v) {
  if (!((v !== null && typeof v === 'object' && !Array.isArray(v)))) return false;
  if (v.event === undefined || v.eventId === undefined || v.eventTimestamp === undefined || v.data === undefined) return false;
  { const p = v.event; if (!(p === "WORKFLOW_RUN_STARTED")) return false; }
  { const p = v.eventId; if (!(typeof p === 'string' && p.length !== 0)) return false; }
  { const p = v.eventTimestamp; if (!(typeof p === 'string' && isRfc3339DateTime(p))) return false; }
  { const p = v.data; if (!isValidWorkflowRunStartedData(p)) return false; }
  return true;
}
export function isValidWorkflowRunStatus(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "RUNNING" || v === "COMPLETED" || v === "FAILED" || v === "CANCELLED"))) return false;
  return true;
}
export function isValidWorkflowTriggerSource(v) {
  if (!(typeof v === 'string')) return false;
  if (!((v === "API"))) return false;
  return true;
}

/** The boolean strict check of each known event type. */
export const fastEventValidators = /*#__PURE__*/ Object.freeze({
  WORKFLOW_RUN_STARTED: isValidWorkflowRunStartedEvent,
  WORKFLOW_RUN_COMPLETED: isValidWorkflowRunCompletedEvent,
  WORKFLOW_RUN_FAILED: isValidWorkflowRunFailedEvent,
  WORKFLOW_RUN_CANCELLED: isValidWorkflowRunCancelledEvent,
  WORKFLOW_NODE_COMPLETED: isValidWorkflowNodeCompletedEvent,
  WORKFLOW_CONTACT_RESOLVED: isValidWorkflowContactResolvedEvent,
  WORKFLOW_CONTACT_RESOLUTION_FAILED: isValidWorkflowContactResolutionFailedEvent,
  WORKFLOW_CONTACT_RESOLUTION_SKIPPED: isValidWorkflowContactResolutionSkippedEvent,
  WORKFLOW_PUBLISHED: isValidWorkflowPublishedEvent,
  CONVERSATION_QUEUED: isValidConversationQueuedEvent,
  CONVERSATION_STARTED: isValidConversationStartedEvent,
  CONVERSATION_COMPLETED: isValidConversationCompletedEvent,
  CONVERSATION_NEEDS_REVIEW: isValidConversationNeedsReviewEvent,
  CONVERSATION_OPTED_OUT: isValidConversationOptedOutEvent,
  CONVERSATION_MAX_NUDGES_REACHED: isValidConversationMaxNudgesReachedEvent,
  START_CONVERSATION_FAILED: isValidStartConversationFailedEvent,
  ANALYSIS_CREATED: isValidAnalysisCreatedEvent,
  CANDIDATE_ANALYSIS_COMPLETED: isValidCandidateAnalysisCompletedEvent,
  CALENDAR_MEETING_SCHEDULED: isValidCalendarMeetingScheduledEvent,
  CALENDAR_MEETING_UPDATED: isValidCalendarMeetingUpdatedEvent,
  CALENDAR_MEETING_CANCELLED: isValidCalendarMeetingCancelledEvent,
  CALENDAR_MEETING_RESCHEDULED: isValidCalendarMeetingRescheduledEvent,
  CALENDAR_AVAILABILITY_NOT_FOUND: isValidCalendarAvailabilityNotFoundEvent,
  CALENDAR_MORE_TIME_REQUESTED: isValidCalendarMoreTimeRequestedEvent,
  CALENDAR_NOTE_TAKER_COMPLETED: isValidCalendarNoteTakerCompletedEvent,
  DOCUMENT_UPLOADED: isValidDocumentUploadedEvent,
});
