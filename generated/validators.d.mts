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

/** The strict validator of each known event type. */
export declare const eventValidators: { readonly [K in PoppEventType]: Validator<EventMap[K]> };

/** The tolerant validator of each known event type. */
export declare const tolerantEventValidators: { readonly [K in PoppEventType]: Validator<EventMap[K]> };

/** The ISO 8601 pattern the tolerant profile accepts a date-time by, besides RFC 3339 (spec/profiles.yaml). */
export declare const TOLERANT_DATE_TIME_PATTERN: string;

/** Validates a value against the AlreadyEnrolledEntry schema (strict profile). */
export declare const validateAlreadyEnrolledEntry: Validator<components['schemas']['AlreadyEnrolledEntry']>;
/** Validates a value against the AlreadyEnrolledEntry schema (tolerant profile). */
export declare const validateAlreadyEnrolledEntryTolerant: Validator<components['schemas']['AlreadyEnrolledEntry']>;
/** Validates a value against the AnalysisCreatedData schema (strict profile). */
export declare const validateAnalysisCreatedData: Validator<AnalysisCreatedData>;
/** Validates a value against the AnalysisCreatedData schema (tolerant profile). */
export declare const validateAnalysisCreatedDataTolerant: Validator<AnalysisCreatedData>;
/** Validates a value against the AnalysisCreatedEvent schema (strict profile). */
export declare const validateAnalysisCreatedEvent: Validator<AnalysisCreatedEvent>;
/** Validates a value against the AnalysisCreatedEvent schema (tolerant profile). */
export declare const validateAnalysisCreatedEventTolerant: Validator<AnalysisCreatedEvent>;
/** Validates a value against the AnswerOutcome schema (strict profile). */
export declare const validateAnswerOutcome: Validator<AnswerOutcome>;
/** Validates a value against the AnswerOutcome schema (tolerant profile). */
export declare const validateAnswerOutcomeTolerant: Validator<AnswerOutcome>;
/** Validates a value against the AnswerState schema (strict profile). */
export declare const validateAnswerState: Validator<AnswerState>;
/** Validates a value against the AnswerState schema (tolerant profile). */
export declare const validateAnswerStateTolerant: Validator<AnswerState>;
/** Validates a value against the CalendarAvailabilityNotFoundEvent schema (strict profile). */
export declare const validateCalendarAvailabilityNotFoundEvent: Validator<CalendarAvailabilityNotFoundEvent>;
/** Validates a value against the CalendarAvailabilityNotFoundEvent schema (tolerant profile). */
export declare const validateCalendarAvailabilityNotFoundEventTolerant: Validator<CalendarAvailabilityNotFoundEvent>;
/** Validates a value against the CalendarMeetingCancelledEvent schema (strict profile). */
export declare const validateCalendarMeetingCancelledEvent: Validator<CalendarMeetingCancelledEvent>;
/** Validates a value against the CalendarMeetingCancelledEvent schema (tolerant profile). */
export declare const validateCalendarMeetingCancelledEventTolerant: Validator<CalendarMeetingCancelledEvent>;
/** Validates a value against the CalendarMeetingRescheduledEvent schema (strict profile). */
export declare const validateCalendarMeetingRescheduledEvent: Validator<CalendarMeetingRescheduledEvent>;
/** Validates a value against the CalendarMeetingRescheduledEvent schema (tolerant profile). */
export declare const validateCalendarMeetingRescheduledEventTolerant: Validator<CalendarMeetingRescheduledEvent>;
/** Validates a value against the CalendarMeetingScheduledEvent schema (strict profile). */
export declare const validateCalendarMeetingScheduledEvent: Validator<CalendarMeetingScheduledEvent>;
/** Validates a value against the CalendarMeetingScheduledEvent schema (tolerant profile). */
export declare const validateCalendarMeetingScheduledEventTolerant: Validator<CalendarMeetingScheduledEvent>;
/** Validates a value against the CalendarMeetingUpdatedEvent schema (strict profile). */
export declare const validateCalendarMeetingUpdatedEvent: Validator<CalendarMeetingUpdatedEvent>;
/** Validates a value against the CalendarMeetingUpdatedEvent schema (tolerant profile). */
export declare const validateCalendarMeetingUpdatedEventTolerant: Validator<CalendarMeetingUpdatedEvent>;
/** Validates a value against the CalendarMoreTimeRequestedEvent schema (strict profile). */
export declare const validateCalendarMoreTimeRequestedEvent: Validator<CalendarMoreTimeRequestedEvent>;
/** Validates a value against the CalendarMoreTimeRequestedEvent schema (tolerant profile). */
export declare const validateCalendarMoreTimeRequestedEventTolerant: Validator<CalendarMoreTimeRequestedEvent>;
/** Validates a value against the CalendarNoteTakerCompletedEvent schema (strict profile). */
export declare const validateCalendarNoteTakerCompletedEvent: Validator<CalendarNoteTakerCompletedEvent>;
/** Validates a value against the CalendarNoteTakerCompletedEvent schema (tolerant profile). */
export declare const validateCalendarNoteTakerCompletedEventTolerant: Validator<CalendarNoteTakerCompletedEvent>;
/** Validates a value against the CancelWorkflowRunRequest schema (strict profile). */
export declare const validateCancelWorkflowRunRequest: Validator<components['schemas']['CancelWorkflowRunRequest']>;
/** Validates a value against the CancelWorkflowRunRequest schema (tolerant profile). */
export declare const validateCancelWorkflowRunRequestTolerant: Validator<components['schemas']['CancelWorkflowRunRequest']>;
/** Validates a value against the CandidateAnalysisCompletedData schema (strict profile). */
export declare const validateCandidateAnalysisCompletedData: Validator<CandidateAnalysisCompletedData>;
/** Validates a value against the CandidateAnalysisCompletedData schema (tolerant profile). */
export declare const validateCandidateAnalysisCompletedDataTolerant: Validator<CandidateAnalysisCompletedData>;
/** Validates a value against the CandidateAnalysisCompletedEvent schema (strict profile). */
export declare const validateCandidateAnalysisCompletedEvent: Validator<CandidateAnalysisCompletedEvent>;
/** Validates a value against the CandidateAnalysisCompletedEvent schema (tolerant profile). */
export declare const validateCandidateAnalysisCompletedEventTolerant: Validator<CandidateAnalysisCompletedEvent>;
/** Validates a value against the ConditionOutcome schema (strict profile). */
export declare const validateConditionOutcome: Validator<ConditionOutcome>;
/** Validates a value against the ConditionOutcome schema (tolerant profile). */
export declare const validateConditionOutcomeTolerant: Validator<ConditionOutcome>;
/** Validates a value against the ConversationCompletedEvent schema (strict profile). */
export declare const validateConversationCompletedEvent: Validator<ConversationCompletedEvent>;
/** Validates a value against the ConversationCompletedEvent schema (tolerant profile). */
export declare const validateConversationCompletedEventTolerant: Validator<ConversationCompletedEvent>;
/** Validates a value against the ConversationEventData schema (strict profile). */
export declare const validateConversationEventData: Validator<ConversationEventData>;
/** Validates a value against the ConversationEventData schema (tolerant profile). */
export declare const validateConversationEventDataTolerant: Validator<ConversationEventData>;
/** Validates a value against the ConversationMaxNudgesReachedEvent schema (strict profile). */
export declare const validateConversationMaxNudgesReachedEvent: Validator<ConversationMaxNudgesReachedEvent>;
/** Validates a value against the ConversationMaxNudgesReachedEvent schema (tolerant profile). */
export declare const validateConversationMaxNudgesReachedEventTolerant: Validator<ConversationMaxNudgesReachedEvent>;
/** Validates a value against the ConversationNeedsReviewEvent schema (strict profile). */
export declare const validateConversationNeedsReviewEvent: Validator<ConversationNeedsReviewEvent>;
/** Validates a value against the ConversationNeedsReviewEvent schema (tolerant profile). */
export declare const validateConversationNeedsReviewEventTolerant: Validator<ConversationNeedsReviewEvent>;
/** Validates a value against the ConversationOptedOutEvent schema (strict profile). */
export declare const validateConversationOptedOutEvent: Validator<ConversationOptedOutEvent>;
/** Validates a value against the ConversationOptedOutEvent schema (tolerant profile). */
export declare const validateConversationOptedOutEventTolerant: Validator<ConversationOptedOutEvent>;
/** Validates a value against the ConversationOutcome schema (strict profile). */
export declare const validateConversationOutcome: Validator<ConversationOutcome>;
/** Validates a value against the ConversationOutcome schema (tolerant profile). */
export declare const validateConversationOutcomeTolerant: Validator<ConversationOutcome>;
/** Validates a value against the ConversationQueuedEvent schema (strict profile). */
export declare const validateConversationQueuedEvent: Validator<ConversationQueuedEvent>;
/** Validates a value against the ConversationQueuedEvent schema (tolerant profile). */
export declare const validateConversationQueuedEventTolerant: Validator<ConversationQueuedEvent>;
/** Validates a value against the ConversationStartedEvent schema (strict profile). */
export declare const validateConversationStartedEvent: Validator<ConversationStartedEvent>;
/** Validates a value against the ConversationStartedEvent schema (tolerant profile). */
export declare const validateConversationStartedEventTolerant: Validator<ConversationStartedEvent>;
/** Validates a value against the DocumentUploadedData schema (strict profile). */
export declare const validateDocumentUploadedData: Validator<DocumentUploadedData>;
/** Validates a value against the DocumentUploadedData schema (tolerant profile). */
export declare const validateDocumentUploadedDataTolerant: Validator<DocumentUploadedData>;
/** Validates a value against the DocumentUploadedEvent schema (strict profile). */
export declare const validateDocumentUploadedEvent: Validator<DocumentUploadedEvent>;
/** Validates a value against the DocumentUploadedEvent schema (tolerant profile). */
export declare const validateDocumentUploadedEventTolerant: Validator<DocumentUploadedEvent>;
/** Validates a value against the DuplicateEntry schema (strict profile). */
export declare const validateDuplicateEntry: Validator<components['schemas']['DuplicateEntry']>;
/** Validates a value against the DuplicateEntry schema (tolerant profile). */
export declare const validateDuplicateEntryTolerant: Validator<components['schemas']['DuplicateEntry']>;
/** Validates a value against the EmptyOutcome schema (strict profile). */
export declare const validateEmptyOutcome: Validator<EmptyOutcome>;
/** Validates a value against the EmptyOutcome schema (tolerant profile). */
export declare const validateEmptyOutcomeTolerant: Validator<EmptyOutcome>;
/** Validates a value against the EnrolmentEntrySource schema (strict profile). */
export declare const validateEnrolmentEntrySource: Validator<components['schemas']['EnrolmentEntrySource']>;
/** Validates a value against the EnrolmentEntrySource schema (tolerant profile). */
export declare const validateEnrolmentEntrySourceTolerant: Validator<components['schemas']['EnrolmentEntrySource']>;
/** Validates a value against the EnrolmentError schema (strict profile). */
export declare const validateEnrolmentError: Validator<components['schemas']['EnrolmentError']>;
/** Validates a value against the EnrolmentError schema (tolerant profile). */
export declare const validateEnrolmentErrorTolerant: Validator<components['schemas']['EnrolmentError']>;
/** Validates a value against the EnrolmentSummary schema (strict profile). */
export declare const validateEnrolmentSummary: Validator<components['schemas']['EnrolmentSummary']>;
/** Validates a value against the EnrolmentSummary schema (tolerant profile). */
export declare const validateEnrolmentSummaryTolerant: Validator<components['schemas']['EnrolmentSummary']>;
/** Validates a value against the EntryReference schema (strict profile). */
export declare const validateEntryReference: Validator<components['schemas']['EntryReference']>;
/** Validates a value against the EntryReference schema (tolerant profile). */
export declare const validateEntryReferenceTolerant: Validator<components['schemas']['EntryReference']>;
/** Validates a value against the ErrorDetail schema (strict profile). */
export declare const validateErrorDetail: Validator<components['schemas']['ErrorDetail']>;
/** Validates a value against the ErrorDetail schema (tolerant profile). */
export declare const validateErrorDetailTolerant: Validator<components['schemas']['ErrorDetail']>;
/** Validates a value against the ErrorResponse schema (strict profile). */
export declare const validateErrorResponse: Validator<components['schemas']['ErrorResponse']>;
/** Validates a value against the ErrorResponse schema (tolerant profile). */
export declare const validateErrorResponseTolerant: Validator<components['schemas']['ErrorResponse']>;
/** Validates a value against the ExistingRunStatus schema (strict profile). */
export declare const validateExistingRunStatus: Validator<ExistingRunStatus>;
/** Validates a value against the ExistingRunStatus schema (tolerant profile). */
export declare const validateExistingRunStatusTolerant: Validator<ExistingRunStatus>;
/** Validates a value against the InlineContact schema (strict profile). */
export declare const validateInlineContact: Validator<components['schemas']['InlineContact']>;
/** Validates a value against the InlineContact schema (tolerant profile). */
export declare const validateInlineContactTolerant: Validator<components['schemas']['InlineContact']>;
/** Validates a value against the MeetingDetails schema (strict profile). */
export declare const validateMeetingDetails: Validator<MeetingDetails>;
/** Validates a value against the MeetingDetails schema (tolerant profile). */
export declare const validateMeetingDetailsTolerant: Validator<MeetingDetails>;
/** Validates a value against the MeetingParticipant schema (strict profile). */
export declare const validateMeetingParticipant: Validator<MeetingParticipant>;
/** Validates a value against the MeetingParticipant schema (tolerant profile). */
export declare const validateMeetingParticipantTolerant: Validator<MeetingParticipant>;
/** Validates a value against the NodeOutcome schema (strict profile). */
export declare const validateNodeOutcome: Validator<NodeOutcome>;
/** Validates a value against the NodeOutcome schema (tolerant profile). */
export declare const validateNodeOutcomeTolerant: Validator<NodeOutcome>;
/** Validates a value against the NodeOutcomeDetail schema (strict profile). */
export declare const validateNodeOutcomeDetail: Validator<components['schemas']['NodeOutcomeDetail']>;
/** Validates a value against the NodeOutcomeDetail schema (tolerant profile). */
export declare const validateNodeOutcomeDetailTolerant: Validator<components['schemas']['NodeOutcomeDetail']>;
/** Validates a value against the NodeType schema (strict profile). */
export declare const validateNodeType: Validator<NodeType>;
/** Validates a value against the NodeType schema (tolerant profile). */
export declare const validateNodeTypeTolerant: Validator<NodeType>;
/** Validates a value against the PoppWebhookEnvelope schema (strict profile). */
export declare const validatePoppWebhookEnvelope: Validator<PoppWebhookEnvelope>;
/** Validates a value against the PoppWebhookEnvelope schema (tolerant profile). */
export declare const validatePoppWebhookEnvelopeTolerant: Validator<PoppWebhookEnvelope>;
/** Validates a value against the PoppWebhookEnvelopeData schema (strict profile). */
export declare const validatePoppWebhookEnvelopeData: Validator<PoppWebhookEnvelopeData>;
/** Validates a value against the PoppWebhookEnvelopeData schema (tolerant profile). */
export declare const validatePoppWebhookEnvelopeDataTolerant: Validator<PoppWebhookEnvelopeData>;
/** Validates a value against the PoppWebhookHeaders schema (strict profile). */
export declare const validatePoppWebhookHeaders: Validator<unknown>;
/** Validates a value against the PoppWebhookHeaders schema (tolerant profile). */
export declare const validatePoppWebhookHeadersTolerant: Validator<unknown>;
/** Validates a value against the PublishedWorkflowVersion schema (strict profile). */
export declare const validatePublishedWorkflowVersion: Validator<components['schemas']['PublishedWorkflowVersion']>;
/** Validates a value against the PublishedWorkflowVersion schema (tolerant profile). */
export declare const validatePublishedWorkflowVersionTolerant: Validator<components['schemas']['PublishedWorkflowVersion']>;
/** Validates a value against the PublishValidationCode schema (strict profile). */
export declare const validatePublishValidationCode: Validator<components['schemas']['PublishValidationCode']>;
/** Validates a value against the PublishValidationCode schema (tolerant profile). */
export declare const validatePublishValidationCodeTolerant: Validator<components['schemas']['PublishValidationCode']>;
/** Validates a value against the PublishValidationErrorResponse schema (strict profile). */
export declare const validatePublishValidationErrorResponse: Validator<components['schemas']['PublishValidationErrorResponse']>;
/** Validates a value against the PublishValidationErrorResponse schema (tolerant profile). */
export declare const validatePublishValidationErrorResponseTolerant: Validator<components['schemas']['PublishValidationErrorResponse']>;
/** Validates a value against the PublishValidationProblem schema (strict profile). */
export declare const validatePublishValidationProblem: Validator<components['schemas']['PublishValidationProblem']>;
/** Validates a value against the PublishValidationProblem schema (tolerant profile). */
export declare const validatePublishValidationProblemTolerant: Validator<components['schemas']['PublishValidationProblem']>;
/** Validates a value against the QuestionOutcome schema (strict profile). */
export declare const validateQuestionOutcome: Validator<QuestionOutcome>;
/** Validates a value against the QuestionOutcome schema (tolerant profile). */
export declare const validateQuestionOutcomeTolerant: Validator<QuestionOutcome>;
/** Validates a value against the RequirementOutcome schema (strict profile). */
export declare const validateRequirementOutcome: Validator<RequirementOutcome>;
/** Validates a value against the RequirementOutcome schema (tolerant profile). */
export declare const validateRequirementOutcomeTolerant: Validator<RequirementOutcome>;
/** Validates a value against the RunOutcome schema (strict profile). */
export declare const validateRunOutcome: Validator<RunOutcome>;
/** Validates a value against the RunOutcome schema (tolerant profile). */
export declare const validateRunOutcomeTolerant: Validator<RunOutcome>;
/** Validates a value against the SchedulingEventData schema (strict profile). */
export declare const validateSchedulingEventData: Validator<SchedulingEventData>;
/** Validates a value against the SchedulingEventData schema (tolerant profile). */
export declare const validateSchedulingEventDataTolerant: Validator<SchedulingEventData>;
/** Validates a value against the StartConversationFailedEvent schema (strict profile). */
export declare const validateStartConversationFailedEvent: Validator<StartConversationFailedEvent>;
/** Validates a value against the StartConversationFailedEvent schema (tolerant profile). */
export declare const validateStartConversationFailedEventTolerant: Validator<StartConversationFailedEvent>;
/** Validates a value against the StartWorkflowRunsRequest schema (strict profile). */
export declare const validateStartWorkflowRunsRequest: Validator<components['schemas']['StartWorkflowRunsRequest']>;
/** Validates a value against the StartWorkflowRunsRequest schema (tolerant profile). */
export declare const validateStartWorkflowRunsRequestTolerant: Validator<components['schemas']['StartWorkflowRunsRequest']>;
/** Validates a value against the StartWorkflowRunsResponse schema (strict profile). */
export declare const validateStartWorkflowRunsResponse: Validator<components['schemas']['StartWorkflowRunsResponse']>;
/** Validates a value against the StartWorkflowRunsResponse schema (tolerant profile). */
export declare const validateStartWorkflowRunsResponseTolerant: Validator<components['schemas']['StartWorkflowRunsResponse']>;
/** Validates a value against the TrafficLight schema (strict profile). */
export declare const validateTrafficLight: Validator<TrafficLight>;
/** Validates a value against the TrafficLight schema (tolerant profile). */
export declare const validateTrafficLightTolerant: Validator<TrafficLight>;
/** Validates a value against the WebhookAcknowledgement schema (strict profile). */
export declare const validateWebhookAcknowledgement: Validator<WebhookAcknowledgement>;
/** Validates a value against the WebhookAcknowledgement schema (tolerant profile). */
export declare const validateWebhookAcknowledgementTolerant: Validator<WebhookAcknowledgement>;
/** Validates a value against the WorkflowContactResolutionFailedData schema (strict profile). */
export declare const validateWorkflowContactResolutionFailedData: Validator<WorkflowContactResolutionFailedData>;
/** Validates a value against the WorkflowContactResolutionFailedData schema (tolerant profile). */
export declare const validateWorkflowContactResolutionFailedDataTolerant: Validator<WorkflowContactResolutionFailedData>;
/** Validates a value against the WorkflowContactResolutionFailedEvent schema (strict profile). */
export declare const validateWorkflowContactResolutionFailedEvent: Validator<WorkflowContactResolutionFailedEvent>;
/** Validates a value against the WorkflowContactResolutionFailedEvent schema (tolerant profile). */
export declare const validateWorkflowContactResolutionFailedEventTolerant: Validator<WorkflowContactResolutionFailedEvent>;
/** Validates a value against the WorkflowContactResolutionSkippedData schema (strict profile). */
export declare const validateWorkflowContactResolutionSkippedData: Validator<WorkflowContactResolutionSkippedData>;
/** Validates a value against the WorkflowContactResolutionSkippedData schema (tolerant profile). */
export declare const validateWorkflowContactResolutionSkippedDataTolerant: Validator<WorkflowContactResolutionSkippedData>;
/** Validates a value against the WorkflowContactResolutionSkippedEvent schema (strict profile). */
export declare const validateWorkflowContactResolutionSkippedEvent: Validator<WorkflowContactResolutionSkippedEvent>;
/** Validates a value against the WorkflowContactResolutionSkippedEvent schema (tolerant profile). */
export declare const validateWorkflowContactResolutionSkippedEventTolerant: Validator<WorkflowContactResolutionSkippedEvent>;
/** Validates a value against the WorkflowContactResolvedData schema (strict profile). */
export declare const validateWorkflowContactResolvedData: Validator<WorkflowContactResolvedData>;
/** Validates a value against the WorkflowContactResolvedData schema (tolerant profile). */
export declare const validateWorkflowContactResolvedDataTolerant: Validator<WorkflowContactResolvedData>;
/** Validates a value against the WorkflowContactResolvedEvent schema (strict profile). */
export declare const validateWorkflowContactResolvedEvent: Validator<WorkflowContactResolvedEvent>;
/** Validates a value against the WorkflowContactResolvedEvent schema (tolerant profile). */
export declare const validateWorkflowContactResolvedEventTolerant: Validator<WorkflowContactResolvedEvent>;
/** Validates a value against the WorkflowErrorClass schema (strict profile). */
export declare const validateWorkflowErrorClass: Validator<WorkflowErrorClass>;
/** Validates a value against the WorkflowErrorClass schema (tolerant profile). */
export declare const validateWorkflowErrorClassTolerant: Validator<WorkflowErrorClass>;
/** Validates a value against the WorkflowErrorCode schema (strict profile). */
export declare const validateWorkflowErrorCode: Validator<WorkflowErrorCode>;
/** Validates a value against the WorkflowErrorCode schema (tolerant profile). */
export declare const validateWorkflowErrorCodeTolerant: Validator<WorkflowErrorCode>;
/** Validates a value against the WorkflowNodeCompletedData schema (strict profile). */
export declare const validateWorkflowNodeCompletedData: Validator<WorkflowNodeCompletedData>;
/** Validates a value against the WorkflowNodeCompletedData schema (tolerant profile). */
export declare const validateWorkflowNodeCompletedDataTolerant: Validator<WorkflowNodeCompletedData>;
/** Validates a value against the WorkflowNodeCompletedEvent schema (strict profile). */
export declare const validateWorkflowNodeCompletedEvent: Validator<WorkflowNodeCompletedEvent>;
/** Validates a value against the WorkflowNodeCompletedEvent schema (tolerant profile). */
export declare const validateWorkflowNodeCompletedEventTolerant: Validator<WorkflowNodeCompletedEvent>;
/** Validates a value against the WorkflowOutreachOutcome schema (strict profile). */
export declare const validateWorkflowOutreachOutcome: Validator<WorkflowOutreachOutcome>;
/** Validates a value against the WorkflowOutreachOutcome schema (tolerant profile). */
export declare const validateWorkflowOutreachOutcomeTolerant: Validator<WorkflowOutreachOutcome>;
/** Validates a value against the WorkflowPublishedData schema (strict profile). */
export declare const validateWorkflowPublishedData: Validator<WorkflowPublishedData>;
/** Validates a value against the WorkflowPublishedData schema (tolerant profile). */
export declare const validateWorkflowPublishedDataTolerant: Validator<WorkflowPublishedData>;
/** Validates a value against the WorkflowPublishedEvent schema (strict profile). */
export declare const validateWorkflowPublishedEvent: Validator<WorkflowPublishedEvent>;
/** Validates a value against the WorkflowPublishedEvent schema (tolerant profile). */
export declare const validateWorkflowPublishedEventTolerant: Validator<WorkflowPublishedEvent>;
/** Validates a value against the WorkflowRun schema (strict profile). */
export declare const validateWorkflowRun: Validator<components['schemas']['WorkflowRun']>;
/** Validates a value against the WorkflowRun schema (tolerant profile). */
export declare const validateWorkflowRunTolerant: Validator<components['schemas']['WorkflowRun']>;
/** Validates a value against the WorkflowRunCancelledData schema (strict profile). */
export declare const validateWorkflowRunCancelledData: Validator<WorkflowRunCancelledData>;
/** Validates a value against the WorkflowRunCancelledData schema (tolerant profile). */
export declare const validateWorkflowRunCancelledDataTolerant: Validator<WorkflowRunCancelledData>;
/** Validates a value against the WorkflowRunCancelledEvent schema (strict profile). */
export declare const validateWorkflowRunCancelledEvent: Validator<WorkflowRunCancelledEvent>;
/** Validates a value against the WorkflowRunCancelledEvent schema (tolerant profile). */
export declare const validateWorkflowRunCancelledEventTolerant: Validator<WorkflowRunCancelledEvent>;
/** Validates a value against the WorkflowRunCompletedData schema (strict profile). */
export declare const validateWorkflowRunCompletedData: Validator<WorkflowRunCompletedData>;
/** Validates a value against the WorkflowRunCompletedData schema (tolerant profile). */
export declare const validateWorkflowRunCompletedDataTolerant: Validator<WorkflowRunCompletedData>;
/** Validates a value against the WorkflowRunCompletedEvent schema (strict profile). */
export declare const validateWorkflowRunCompletedEvent: Validator<WorkflowRunCompletedEvent>;
/** Validates a value against the WorkflowRunCompletedEvent schema (tolerant profile). */
export declare const validateWorkflowRunCompletedEventTolerant: Validator<WorkflowRunCompletedEvent>;
/** Validates a value against the WorkflowRunFailedData schema (strict profile). */
export declare const validateWorkflowRunFailedData: Validator<WorkflowRunFailedData>;
/** Validates a value against the WorkflowRunFailedData schema (tolerant profile). */
export declare const validateWorkflowRunFailedDataTolerant: Validator<WorkflowRunFailedData>;
/** Validates a value against the WorkflowRunFailedEvent schema (strict profile). */
export declare const validateWorkflowRunFailedEvent: Validator<WorkflowRunFailedEvent>;
/** Validates a value against the WorkflowRunFailedEvent schema (tolerant profile). */
export declare const validateWorkflowRunFailedEventTolerant: Validator<WorkflowRunFailedEvent>;
/** Validates a value against the WorkflowRunPage schema (strict profile). */
export declare const validateWorkflowRunPage: Validator<components['schemas']['WorkflowRunPage']>;
/** Validates a value against the WorkflowRunPage schema (tolerant profile). */
export declare const validateWorkflowRunPageTolerant: Validator<components['schemas']['WorkflowRunPage']>;
/** Validates a value against the WorkflowRunStartedData schema (strict profile). */
export declare const validateWorkflowRunStartedData: Validator<WorkflowRunStartedData>;
/** Validates a value against the WorkflowRunStartedData schema (tolerant profile). */
export declare const validateWorkflowRunStartedDataTolerant: Validator<WorkflowRunStartedData>;
/** Validates a value against the WorkflowRunStartedEvent schema (strict profile). */
export declare const validateWorkflowRunStartedEvent: Validator<WorkflowRunStartedEvent>;
/** Validates a value against the WorkflowRunStartedEvent schema (tolerant profile). */
export declare const validateWorkflowRunStartedEventTolerant: Validator<WorkflowRunStartedEvent>;
/** Validates a value against the WorkflowRunStatus schema (strict profile). */
export declare const validateWorkflowRunStatus: Validator<components['schemas']['WorkflowRunStatus']>;
/** Validates a value against the WorkflowRunStatus schema (tolerant profile). */
export declare const validateWorkflowRunStatusTolerant: Validator<components['schemas']['WorkflowRunStatus']>;
/** Validates a value against the WorkflowTriggerSource schema (strict profile). */
export declare const validateWorkflowTriggerSource: Validator<components['schemas']['WorkflowTriggerSource']>;
/** Validates a value against the WorkflowTriggerSource schema (tolerant profile). */
export declare const validateWorkflowTriggerSourceTolerant: Validator<components['schemas']['WorkflowTriggerSource']>;
