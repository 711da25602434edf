// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
import type { components } from './api.js';
import type {
  AnalysisCreatedData,
  AnalysisCreatedEvent,
  AnswerOutcome,
  AnswerState,
  CalendarAvailabilityNotFoundEvent,
  CalendarMeetingCancelledEvent,
  CalendarMeetingRescheduledEvent,
  CalendarMeetingScheduledEvent,
  CalendarMeetingUpdatedEvent,
  CalendarMoreTimeRequestedEvent,
  CalendarNoteTakerCompletedEvent,
  CandidateAnalysisCompletedData,
  CandidateAnalysisCompletedEvent,
  ConditionOutcome,
  ConversationCompletedEvent,
  ConversationEventData,
  ConversationMaxNudgesReachedEvent,
  ConversationNeedsReviewEvent,
  ConversationOptedOutEvent,
  ConversationOutcome,
  ConversationQueuedEvent,
  ConversationStartedEvent,
  DocumentUploadedData,
  DocumentUploadedEvent,
  EmptyOutcome,
  EventMap,
  ExistingRunStatus,
  MeetingDetails,
  MeetingParticipant,
  NodeOutcome,
  NodeType,
  PoppEventType,
  PoppWebhookEnvelope,
  PoppWebhookEnvelopeData,
  PoppWebhookEvent,
  QuestionOutcome,
  RequirementOutcome,
  RunOutcome,
  SchedulingEventData,
  StartConversationFailedEvent,
  TrafficLight,
  WebhookAcknowledgement,
  WorkflowContactResolutionFailedData,
  WorkflowContactResolutionFailedEvent,
  WorkflowContactResolutionSkippedData,
  WorkflowContactResolutionSkippedEvent,
  WorkflowContactResolvedData,
  WorkflowContactResolvedEvent,
  WorkflowErrorClass,
  WorkflowErrorCode,
  WorkflowNodeCompletedData,
  WorkflowNodeCompletedEvent,
  WorkflowOutreachOutcome,
  WorkflowPublishedData,
  WorkflowPublishedEvent,
  WorkflowRunCancelledData,
  WorkflowRunCancelledEvent,
  WorkflowRunCompletedData,
  WorkflowRunCompletedEvent,
  WorkflowRunFailedData,
  WorkflowRunFailedEvent,
  WorkflowRunStartedData,
  WorkflowRunStartedEvent,
} from './events.js';

/** One schema problem: where (a JSON pointer into the payload) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

/** An Ajv error object, as the standalone validators report them. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
}

/** A precompiled validator: a type guard that leaves its errors on `.errors` when it returns false. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ValidatorError[] | null;
}

export type EventValidationResult =
  | { ok: true; event: PoppWebhookEvent }
  /** The payload is not even a Popp envelope (event, eventId, eventTimestamp, data.recordId, data.organizationId). */
  | { ok: false; reason: 'not-an-envelope'; eventType: string | undefined; issues: ValidationIssue[] }
  /** A well-formed envelope whose event type this contract does not know (yet). */
  | { ok: false; reason: 'unknown-event-type'; eventType: string; envelope: PoppWebhookEnvelope; issues: [] }
  /** A known event type whose payload breaks that event's schema. */
  | { ok: false; reason: 'schema-violation'; eventType: PoppEventType; issues: ValidationIssue[] };

/**
 * Validates a parsed webhook payload against the schema of its own event type.
 * @example
 *   const result = validateEvent(JSON.parse(body));
 *   if (result.ok) console.log(result.event.event);
 *   else console.error(result.reason, result.issues);
 */
export declare function validateEvent(payload: unknown): EventValidationResult;

/** Ajv errors as JSON-pointer paths and plain messages. */
export declare function toValidationIssues(errors: readonly ValidatorError[] | null | undefined): ValidationIssue[];

/** The validator of each known event type. */
export declare const eventValidators: { readonly [K in PoppEventType]: Validator<EventMap[K]> };

/** Validates a value against the AlreadyEnrolledEntry schema. */
export declare const validateAlreadyEnrolledEntry: Validator<components['schemas']['AlreadyEnrolledEntry']>;
/** Validates a value against the AnalysisCreatedData schema. */
export declare const validateAnalysisCreatedData: Validator<AnalysisCreatedData>;
/** Validates a value against the AnalysisCreatedEvent schema. */
export declare const validateAnalysisCreatedEvent: Validator<AnalysisCreatedEvent>;
/** Validates a value against the AnswerOutcome schema. */
export declare const validateAnswerOutcome: Validator<AnswerOutcome>;
/** Validates a value against the AnswerState schema. */
export declare const validateAnswerState: Validator<AnswerState>;
/** Validates a value against the CalendarAvailabilityNotFoundEvent schema. */
export declare const validateCalendarAvailabilityNotFoundEvent: Validator<CalendarAvailabilityNotFoundEvent>;
/** Validates a value against the CalendarMeetingCancelledEvent schema. */
export declare const validateCalendarMeetingCancelledEvent: Validator<CalendarMeetingCancelledEvent>;
/** Validates a value against the CalendarMeetingRescheduledEvent schema. */
export declare const validateCalendarMeetingRescheduledEvent: Validator<CalendarMeetingRescheduledEvent>;
/** Validates a value against the CalendarMeetingScheduledEvent schema. */
export declare const validateCalendarMeetingScheduledEvent: Validator<CalendarMeetingScheduledEvent>;
/** Validates a value against the CalendarMeetingUpdatedEvent schema. */
export declare const validateCalendarMeetingUpdatedEvent: Validator<CalendarMeetingUpdatedEvent>;
/** Validates a value against the CalendarMoreTimeRequestedEvent schema. */
export declare const validateCalendarMoreTimeRequestedEvent: Validator<CalendarMoreTimeRequestedEvent>;
/** Validates a value against the CalendarNoteTakerCompletedEvent schema. */
export declare const validateCalendarNoteTakerCompletedEvent: Validator<CalendarNoteTakerCompletedEvent>;
/** Validates a value against the CancelWorkflowRunRequest schema. */
export declare const validateCancelWorkflowRunRequest: Validator<components['schemas']['CancelWorkflowRunRequest']>;
/** Validates a value against the CandidateAnalysisCompletedData schema. */
export declare const validateCandidateAnalysisCompletedData: Validator<CandidateAnalysisCompletedData>;
/** Validates a value against the CandidateAnalysisCompletedEvent schema. */
export declare const validateCandidateAnalysisCompletedEvent: Validator<CandidateAnalysisCompletedEvent>;
/** Validates a value against the ConditionOutcome schema. */
export declare const validateConditionOutcome: Validator<ConditionOutcome>;
/** Validates a value against the ConversationCompletedEvent schema. */
export declare const validateConversationCompletedEvent: Validator<ConversationCompletedEvent>;
/** Validates a value against the ConversationEventData schema. */
export declare const validateConversationEventData: Validator<ConversationEventData>;
/** Validates a value against the ConversationMaxNudgesReachedEvent schema. */
export declare const validateConversationMaxNudgesReachedEvent: Validator<ConversationMaxNudgesReachedEvent>;
/** Validates a value against the ConversationNeedsReviewEvent schema. */
export declare const validateConversationNeedsReviewEvent: Validator<ConversationNeedsReviewEvent>;
/** Validates a value against the ConversationOptedOutEvent schema. */
export declare const validateConversationOptedOutEvent: Validator<ConversationOptedOutEvent>;
/** Validates a value against the ConversationOutcome schema. */
export declare const validateConversationOutcome: Validator<ConversationOutcome>;
/** Validates a value against the ConversationQueuedEvent schema. */
export declare const validateConversationQueuedEvent: Validator<ConversationQueuedEvent>;
/** Validates a value against the ConversationStartedEvent schema. */
export declare const validateConversationStartedEvent: Validator<ConversationStartedEvent>;
/** Validates a value against the DocumentUploadedData schema. */
export declare const validateDocumentUploadedData: Validator<DocumentUploadedData>;
/** Validates a value against the DocumentUploadedEvent schema. */
export declare const validateDocumentUploadedEvent: Validator<DocumentUploadedEvent>;
/** Validates a value against the DuplicateEntry schema. */
export declare const validateDuplicateEntry: Validator<components['schemas']['DuplicateEntry']>;
/** Validates a value against the EmptyOutcome schema. */
export declare const validateEmptyOutcome: Validator<EmptyOutcome>;
/** Validates a value against the EnrolmentEntrySource schema. */
export declare const validateEnrolmentEntrySource: Validator<components['schemas']['EnrolmentEntrySource']>;
/** Validates a value against the EnrolmentError schema. */
export declare const validateEnrolmentError: Validator<components['schemas']['EnrolmentError']>;
/** Validates a value against the EnrolmentSummary schema. */
export declare const validateEnrolmentSummary: Validator<components['schemas']['EnrolmentSummary']>;
/** Validates a value against the EntryReference schema. */
export declare const validateEntryReference: Validator<components['schemas']['EntryReference']>;
/** Validates a value against the ErrorDetail schema. */
export declare const validateErrorDetail: Validator<components['schemas']['ErrorDetail']>;
/** Validates a value against the ErrorResponse schema. */
export declare const validateErrorResponse: Validator<components['schemas']['ErrorResponse']>;
/** Validates a value against the ExistingRunStatus schema. */
export declare const validateExistingRunStatus: Validator<ExistingRunStatus>;
/** Validates a value against the InlineContact schema. */
export declare const validateInlineContact: Validator<components['schemas']['InlineContact']>;
/** Validates a value against the MeetingDetails schema. */
export declare const validateMeetingDetails: Validator<MeetingDetails>;
/** Validates a value against the MeetingParticipant schema. */
export declare const validateMeetingParticipant: Validator<MeetingParticipant>;
/** Validates a value against the NodeOutcome schema. */
export declare const validateNodeOutcome: Validator<NodeOutcome>;
/** Validates a value against the NodeOutcomeDetail schema. */
export declare const validateNodeOutcomeDetail: Validator<components['schemas']['NodeOutcomeDetail']>;
/** Validates a value against the NodeType schema. */
export declare const validateNodeType: Validator<NodeType>;
/** Validates a value against the PoppWebhookEnvelope schema. */
export declare const validatePoppWebhookEnvelope: Validator<PoppWebhookEnvelope>;
/** Validates a value against the PoppWebhookEnvelopeData schema. */
export declare const validatePoppWebhookEnvelopeData: Validator<PoppWebhookEnvelopeData>;
/** Validates a value against the PoppWebhookHeaders schema. */
export declare const validatePoppWebhookHeaders: Validator<unknown>;
/** Validates a value against the PublishedWorkflowVersion schema. */
export declare const validatePublishedWorkflowVersion: Validator<components['schemas']['PublishedWorkflowVersion']>;
/** Validates a value against the PublishValidationCode schema. */
export declare const validatePublishValidationCode: Validator<components['schemas']['PublishValidationCode']>;
/** Validates a value against the PublishValidationErrorResponse schema. */
export declare const validatePublishValidationErrorResponse: Validator<components['schemas']['PublishValidationErrorResponse']>;
/** Validates a value against the PublishValidationProblem schema. */
export declare const validatePublishValidationProblem: Validator<components['schemas']['PublishValidationProblem']>;
/** Validates a value against the QuestionOutcome schema. */
export declare const validateQuestionOutcome: Validator<QuestionOutcome>;
/** Validates a value against the RequirementOutcome schema. */
export declare const validateRequirementOutcome: Validator<RequirementOutcome>;
/** Validates a value against the RunOutcome schema. */
export declare const validateRunOutcome: Validator<RunOutcome>;
/** Validates a value against the SchedulingEventData schema. */
export declare const validateSchedulingEventData: Validator<SchedulingEventData>;
/** Validates a value against the StartConversationFailedEvent schema. */
export declare const validateStartConversationFailedEvent: Validator<StartConversationFailedEvent>;
/** Validates a value against the StartWorkflowRunsRequest schema. */
export declare const validateStartWorkflowRunsRequest: Validator<components['schemas']['StartWorkflowRunsRequest']>;
/** Validates a value against the StartWorkflowRunsResponse schema. */
export declare const validateStartWorkflowRunsResponse: Validator<components['schemas']['StartWorkflowRunsResponse']>;
/** Validates a value against the TrafficLight schema. */
export declare const validateTrafficLight: Validator<TrafficLight>;
/** Validates a value against the WebhookAcknowledgement schema. */
export declare const validateWebhookAcknowledgement: Validator<WebhookAcknowledgement>;
/** Validates a value against the WorkflowContactResolutionFailedData schema. */
export declare const validateWorkflowContactResolutionFailedData: Validator<WorkflowContactResolutionFailedData>;
/** Validates a value against the WorkflowContactResolutionFailedEvent schema. */
export declare const validateWorkflowContactResolutionFailedEvent: Validator<WorkflowContactResolutionFailedEvent>;
/** Validates a value against the WorkflowContactResolutionSkippedData schema. */
export declare const validateWorkflowContactResolutionSkippedData: Validator<WorkflowContactResolutionSkippedData>;
/** Validates a value against the WorkflowContactResolutionSkippedEvent schema. */
export declare const validateWorkflowContactResolutionSkippedEvent: Validator<WorkflowContactResolutionSkippedEvent>;
/** Validates a value against the WorkflowContactResolvedData schema. */
export declare const validateWorkflowContactResolvedData: Validator<WorkflowContactResolvedData>;
/** Validates a value against the WorkflowContactResolvedEvent schema. */
export declare const validateWorkflowContactResolvedEvent: Validator<WorkflowContactResolvedEvent>;
/** Validates a value against the WorkflowErrorClass schema. */
export declare const validateWorkflowErrorClass: Validator<WorkflowErrorClass>;
/** Validates a value against the WorkflowErrorCode schema. */
export declare const validateWorkflowErrorCode: Validator<WorkflowErrorCode>;
/** Validates a value against the WorkflowNodeCompletedData schema. */
export declare const validateWorkflowNodeCompletedData: Validator<WorkflowNodeCompletedData>;
/** Validates a value against the WorkflowNodeCompletedEvent schema. */
export declare const validateWorkflowNodeCompletedEvent: Validator<WorkflowNodeCompletedEvent>;
/** Validates a value against the WorkflowOutreachOutcome schema. */
export declare const validateWorkflowOutreachOutcome: Validator<WorkflowOutreachOutcome>;
/** Validates a value against the WorkflowPublishedData schema. */
export declare const validateWorkflowPublishedData: Validator<WorkflowPublishedData>;
/** Validates a value against the WorkflowPublishedEvent schema. */
export declare const validateWorkflowPublishedEvent: Validator<WorkflowPublishedEvent>;
/** Validates a value against the WorkflowRun schema. */
export declare const validateWorkflowRun: Validator<components['schemas']['WorkflowRun']>;
/** Validates a value against the WorkflowRunCancelledData schema. */
export declare const validateWorkflowRunCancelledData: Validator<WorkflowRunCancelledData>;
/** Validates a value against the WorkflowRunCancelledEvent schema. */
export declare const validateWorkflowRunCancelledEvent: Validator<WorkflowRunCancelledEvent>;
/** Validates a value against the WorkflowRunCompletedData schema. */
export declare const validateWorkflowRunCompletedData: Validator<WorkflowRunCompletedData>;
/** Validates a value against the WorkflowRunCompletedEvent schema. */
export declare const validateWorkflowRunCompletedEvent: Validator<WorkflowRunCompletedEvent>;
/** Validates a value against the WorkflowRunFailedData schema. */
export declare const validateWorkflowRunFailedData: Validator<WorkflowRunFailedData>;
/** Validates a value against the WorkflowRunFailedEvent schema. */
export declare const validateWorkflowRunFailedEvent: Validator<WorkflowRunFailedEvent>;
/** Validates a value against the WorkflowRunPage schema. */
export declare const validateWorkflowRunPage: Validator<components['schemas']['WorkflowRunPage']>;
/** Validates a value against the WorkflowRunStartedData schema. */
export declare const validateWorkflowRunStartedData: Validator<WorkflowRunStartedData>;
/** Validates a value against the WorkflowRunStartedEvent schema. */
export declare const validateWorkflowRunStartedEvent: Validator<WorkflowRunStartedEvent>;
/** Validates a value against the WorkflowRunStatus schema. */
export declare const validateWorkflowRunStatus: Validator<components['schemas']['WorkflowRunStatus']>;
/** Validates a value against the WorkflowTriggerSource schema. */
export declare const validateWorkflowTriggerSource: Validator<components['schemas']['WorkflowTriggerSource']>;
