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

/** A boolean-only check: true when the value is valid under the strict profile. It reports no errors. */
export type FastValidator<T> = (data: unknown) => data is T;

/** The boolean strict check of each known event type. */
export declare const fastEventValidators: { readonly [K in PoppEventType]: FastValidator<EventMap[K]> };

/** Whether a value is valid against the AlreadyEnrolledEntry schema (strict profile), without errors. */
export declare const isValidAlreadyEnrolledEntry: FastValidator<components['schemas']['AlreadyEnrolledEntry']>;
/** Whether a value is valid against the AnalysisCreatedData schema (strict profile), without errors. */
export declare const isValidAnalysisCreatedData: FastValidator<AnalysisCreatedData>;
/** Whether a value is valid against the AnalysisCreatedEvent schema (strict profile), without errors. */
export declare const isValidAnalysisCreatedEvent: FastValidator<AnalysisCreatedEvent>;
/** Whether a value is valid against the AnswerOutcome schema (strict profile), without errors. */
export declare const isValidAnswerOutcome: FastValidator<AnswerOutcome>;
/** Whether a value is valid against the AnswerState schema (strict profile), without errors. */
export declare const isValidAnswerState: FastValidator<AnswerState>;
/** Whether a value is valid against the CalendarAvailabilityNotFoundEvent schema (strict profile), without errors. */
export declare const isValidCalendarAvailabilityNotFoundEvent: FastValidator<CalendarAvailabilityNotFoundEvent>;
/** Whether a value is valid against the CalendarMeetingCancelledEvent schema (strict profile), without errors. */
export declare const isValidCalendarMeetingCancelledEvent: FastValidator<CalendarMeetingCancelledEvent>;
/** Whether a value is valid against the CalendarMeetingRescheduledEvent schema (strict profile), without errors. */
export declare const isValidCalendarMeetingRescheduledEvent: FastValidator<CalendarMeetingRescheduledEvent>;
/** Whether a value is valid against the CalendarMeetingScheduledEvent schema (strict profile), without errors. */
export declare const isValidCalendarMeetingScheduledEvent: FastValidator<CalendarMeetingScheduledEvent>;
/** Whether a value is valid against the CalendarMeetingUpdatedEvent schema (strict profile), without errors. */
export declare const isValidCalendarMeetingUpdatedEvent: FastValidator<CalendarMeetingUpdatedEvent>;
/** Whether a value is valid against the CalendarMoreTimeRequestedEvent schema (strict profile), without errors. */
export declare const isValidCalendarMoreTimeRequestedEvent: FastValidator<CalendarMoreTimeRequestedEvent>;
/** Whether a value is valid against the CalendarNoteTakerCompletedEvent schema (strict profile), without errors. */
export declare const isValidCalendarNoteTakerCompletedEvent: FastValidator<CalendarNoteTakerCompletedEvent>;
/** Whether a value is valid against the CancelWorkflowRunRequest schema (strict profile), without errors. */
export declare const isValidCancelWorkflowRunRequest: FastValidator<components['schemas']['CancelWorkflowRunRequest']>;
/** Whether a value is valid against the CandidateAnalysisCompletedData schema (strict profile), without errors. */
export declare const isValidCandidateAnalysisCompletedData: FastValidator<CandidateAnalysisCompletedData>;
/** Whether a value is valid against the CandidateAnalysisCompletedEvent schema (strict profile), without errors. */
export declare const isValidCandidateAnalysisCompletedEvent: FastValidator<CandidateAnalysisCompletedEvent>;
/** Whether a value is valid against the ConditionOutcome schema (strict profile), without errors. */
export declare const isValidConditionOutcome: FastValidator<ConditionOutcome>;
/** Whether a value is valid against the ConversationCompletedEvent schema (strict profile), without errors. */
export declare const isValidConversationCompletedEvent: FastValidator<ConversationCompletedEvent>;
/** Whether a value is valid against the ConversationEventData schema (strict profile), without errors. */
export declare const isValidConversationEventData: FastValidator<ConversationEventData>;
/** Whether a value is valid against the ConversationMaxNudgesReachedEvent schema (strict profile), without errors. */
export declare const isValidConversationMaxNudgesReachedEvent: FastValidator<ConversationMaxNudgesReachedEvent>;
/** Whether a value is valid against the ConversationNeedsReviewEvent schema (strict profile), without errors. */
export declare const isValidConversationNeedsReviewEvent: FastValidator<ConversationNeedsReviewEvent>;
/** Whether a value is valid against the ConversationOptedOutEvent schema (strict profile), without errors. */
export declare const isValidConversationOptedOutEvent: FastValidator<ConversationOptedOutEvent>;
/** Whether a value is valid against the ConversationOutcome schema (strict profile), without errors. */
export declare const isValidConversationOutcome: FastValidator<ConversationOutcome>;
/** Whether a value is valid against the ConversationQueuedEvent schema (strict profile), without errors. */
export declare const isValidConversationQueuedEvent: FastValidator<ConversationQueuedEvent>;
/** Whether a value is valid against the ConversationStartedEvent schema (strict profile), without errors. */
export declare const isValidConversationStartedEvent: FastValidator<ConversationStartedEvent>;
/** Whether a value is valid against the DocumentUploadedData schema (strict profile), without errors. */
export declare const isValidDocumentUploadedData: FastValidator<DocumentUploadedData>;
/** Whether a value is valid against the DocumentUploadedEvent schema (strict profile), without errors. */
export declare const isValidDocumentUploadedEvent: FastValidator<DocumentUploadedEvent>;
/** Whether a value is valid against the DuplicateEntry schema (strict profile), without errors. */
export declare const isValidDuplicateEntry: FastValidator<components['schemas']['DuplicateEntry']>;
/** Whether a value is valid against the EmptyOutcome schema (strict profile), without errors. */
export declare const isValidEmptyOutcome: FastValidator<EmptyOutcome>;
/** Whether a value is valid against the EnrolmentEntrySource schema (strict profile), without errors. */
export declare const isValidEnrolmentEntrySource: FastValidator<components['schemas']['EnrolmentEntrySource']>;
/** Whether a value is valid against the EnrolmentError schema (strict profile), without errors. */
export declare const isValidEnrolmentError: FastValidator<components['schemas']['EnrolmentError']>;
/** Whether a value is valid against the EnrolmentSummary schema (strict profile), without errors. */
export declare const isValidEnrolmentSummary: FastValidator<components['schemas']['EnrolmentSummary']>;
/** Whether a value is valid against the EntryReference schema (strict profile), without errors. */
export declare const isValidEntryReference: FastValidator<components['schemas']['EntryReference']>;
/** Whether a value is valid against the ErrorDetail schema (strict profile), without errors. */
export declare const isValidErrorDetail: FastValidator<components['schemas']['ErrorDetail']>;
/** Whether a value is valid against the ErrorResponse schema (strict profile), without errors. */
export declare const isValidErrorResponse: FastValidator<components['schemas']['ErrorResponse']>;
/** Whether a value is valid against the ExistingRunStatus schema (strict profile), without errors. */
export declare const isValidExistingRunStatus: FastValidator<ExistingRunStatus>;
/** Whether a value is valid against the InlineContact schema (strict profile), without errors. */
export declare const isValidInlineContact: FastValidator<components['schemas']['InlineContact']>;
/** Whether a value is valid against the MeetingDetails schema (strict profile), without errors. */
export declare const isValidMeetingDetails: FastValidator<MeetingDetails>;
/** Whether a value is valid against the MeetingParticipant schema (strict profile), without errors. */
export declare const isValidMeetingParticipant: FastValidator<MeetingParticipant>;
/** Whether a value is valid against the NodeOutcome schema (strict profile), without errors. */
export declare const isValidNodeOutcome: FastValidator<NodeOutcome>;
/** Whether a value is valid against the NodeOutcomeDetail schema (strict profile), without errors. */
export declare const isValidNodeOutcomeDetail: FastValidator<components['schemas']['NodeOutcomeDetail']>;
/** Whether a value is valid against the NodeType schema (strict profile), without errors. */
export declare const isValidNodeType: FastValidator<NodeType>;
/** Whether a value is valid against the PoppWebhookEnvelope schema (strict profile), without errors. */
export declare const isValidPoppWebhookEnvelope: FastValidator<PoppWebhookEnvelope>;
/** Whether a value is valid against the PoppWebhookEnvelopeData schema (strict profile), without errors. */
export declare const isValidPoppWebhookEnvelopeData: FastValidator<PoppWebhookEnvelopeData>;
/** Whether a value is valid against the PoppWebhookHeaders schema (strict profile), without errors. */
export declare const isValidPoppWebhookHeaders: FastValidator<unknown>;
/** Whether a value is valid against the PublishedWorkflowVersion schema (strict profile), without errors. */
export declare const isValidPublishedWorkflowVersion: FastValidator<components['schemas']['PublishedWorkflowVersion']>;
/** Whether a value is valid against the PublishValidationCode schema (strict profile), without errors. */
export declare const isValidPublishValidationCode: FastValidator<components['schemas']['PublishValidationCode']>;
/** Whether a value is valid against the PublishValidationErrorResponse schema (strict profile), without errors. */
export declare const isValidPublishValidationErrorResponse: FastValidator<components['schemas']['PublishValidationErrorResponse']>;
/** Whether a value is valid against the PublishValidationProblem schema (strict profile), without errors. */
export declare const isValidPublishValidationProblem: FastValidator<components['schemas']['PublishValidationProblem']>;
/** Whether a value is valid against the QuestionOutcome schema (strict profile), without errors. */
export declare const isValidQuestionOutcome: FastValidator<QuestionOutcome>;
/** Whether a value is valid against the RequirementOutcome schema (strict profile), without errors. */
export declare const isValidRequirementOutcome: FastValidator<RequirementOutcome>;
/** Whether a value is valid against the RunOutcome schema (strict profile), without errors. */
export declare const isValidRunOutcome: FastValidator<RunOutcome>;
/** Whether a value is valid against the SchedulingEventData schema (strict profile), without errors. */
export declare const isValidSchedulingEventData: FastValidator<SchedulingEventData>;
/** Whether a value is valid against the StartConversationFailedEvent schema (strict profile), without errors. */
export declare const isValidStartConversationFailedEvent: FastValidator<StartConversationFailedEvent>;
/** Whether a value is valid against the StartWorkflowRunsRequest schema (strict profile), without errors. */
export declare const isValidStartWorkflowRunsRequest: FastValidator<components['schemas']['StartWorkflowRunsRequest']>;
/** Whether a value is valid against the StartWorkflowRunsResponse schema (strict profile), without errors. */
export declare const isValidStartWorkflowRunsResponse: FastValidator<components['schemas']['StartWorkflowRunsResponse']>;
/** Whether a value is valid against the TrafficLight schema (strict profile), without errors. */
export declare const isValidTrafficLight: FastValidator<TrafficLight>;
/** Whether a value is valid against the WebhookAcknowledgement schema (strict profile), without errors. */
export declare const isValidWebhookAcknowledgement: FastValidator<WebhookAcknowledgement>;
/** Whether a value is valid against the WorkflowContactResolutionFailedData schema (strict profile), without errors. */
export declare const isValidWorkflowContactResolutionFailedData: FastValidator<WorkflowContactResolutionFailedData>;
/** Whether a value is valid against the WorkflowContactResolutionFailedEvent schema (strict profile), without errors. */
export declare const isValidWorkflowContactResolutionFailedEvent: FastValidator<WorkflowContactResolutionFailedEvent>;
/** Whether a value is valid against the WorkflowContactResolutionSkippedData schema (strict profile), without errors. */
export declare const isValidWorkflowContactResolutionSkippedData: FastValidator<WorkflowContactResolutionSkippedData>;
/** Whether a value is valid against the WorkflowContactResolutionSkippedEvent schema (strict profile), without errors. */
export declare const isValidWorkflowContactResolutionSkippedEvent: FastValidator<WorkflowContactResolutionSkippedEvent>;
/** Whether a value is valid against the WorkflowContactResolvedData schema (strict profile), without errors. */
export declare const isValidWorkflowContactResolvedData: FastValidator<WorkflowContactResolvedData>;
/** Whether a value is valid against the WorkflowContactResolvedEvent schema (strict profile), without errors. */
export declare const isValidWorkflowContactResolvedEvent: FastValidator<WorkflowContactResolvedEvent>;
/** Whether a value is valid against the WorkflowErrorClass schema (strict profile), without errors. */
export declare const isValidWorkflowErrorClass: FastValidator<WorkflowErrorClass>;
/** Whether a value is valid against the WorkflowErrorCode schema (strict profile), without errors. */
export declare const isValidWorkflowErrorCode: FastValidator<WorkflowErrorCode>;
/** Whether a value is valid against the WorkflowNodeCompletedData schema (strict profile), without errors. */
export declare const isValidWorkflowNodeCompletedData: FastValidator<WorkflowNodeCompletedData>;
/** Whether a value is valid against the WorkflowNodeCompletedEvent schema (strict profile), without errors. */
export declare const isValidWorkflowNodeCompletedEvent: FastValidator<WorkflowNodeCompletedEvent>;
/** Whether a value is valid against the WorkflowOutreachOutcome schema (strict profile), without errors. */
export declare const isValidWorkflowOutreachOutcome: FastValidator<WorkflowOutreachOutcome>;
/** Whether a value is valid against the WorkflowPublishedData schema (strict profile), without errors. */
export declare const isValidWorkflowPublishedData: FastValidator<WorkflowPublishedData>;
/** Whether a value is valid against the WorkflowPublishedEvent schema (strict profile), without errors. */
export declare const isValidWorkflowPublishedEvent: FastValidator<WorkflowPublishedEvent>;
/** Whether a value is valid against the WorkflowRun schema (strict profile), without errors. */
export declare const isValidWorkflowRun: FastValidator<components['schemas']['WorkflowRun']>;
/** Whether a value is valid against the WorkflowRunCancelledData schema (strict profile), without errors. */
export declare const isValidWorkflowRunCancelledData: FastValidator<WorkflowRunCancelledData>;
/** Whether a value is valid against the WorkflowRunCancelledEvent schema (strict profile), without errors. */
export declare const isValidWorkflowRunCancelledEvent: FastValidator<WorkflowRunCancelledEvent>;
/** Whether a value is valid against the WorkflowRunCompletedData schema (strict profile), without errors. */
export declare const isValidWorkflowRunCompletedData: FastValidator<WorkflowRunCompletedData>;
/** Whether a value is valid against the WorkflowRunCompletedEvent schema (strict profile), without errors. */
export declare const isValidWorkflowRunCompletedEvent: FastValidator<WorkflowRunCompletedEvent>;
/** Whether a value is valid against the WorkflowRunFailedData schema (strict profile), without errors. */
export declare const isValidWorkflowRunFailedData: FastValidator<WorkflowRunFailedData>;
/** Whether a value is valid against the WorkflowRunFailedEvent schema (strict profile), without errors. */
export declare const isValidWorkflowRunFailedEvent: FastValidator<WorkflowRunFailedEvent>;
/** Whether a value is valid against the WorkflowRunPage schema (strict profile), without errors. */
export declare const isValidWorkflowRunPage: FastValidator<components['schemas']['WorkflowRunPage']>;
/** Whether a value is valid against the WorkflowRunStartedData schema (strict profile), without errors. */
export declare const isValidWorkflowRunStartedData: FastValidator<WorkflowRunStartedData>;
/** Whether a value is valid against the WorkflowRunStartedEvent schema (strict profile), without errors. */
export declare const isValidWorkflowRunStartedEvent: FastValidator<WorkflowRunStartedEvent>;
/** Whether a value is valid against the WorkflowRunStatus schema (strict profile), without errors. */
export declare const isValidWorkflowRunStatus: FastValidator<components['schemas']['WorkflowRunStatus']>;
/** Whether a value is valid against the WorkflowTriggerSource schema (strict profile), without errors. */
export declare const isValidWorkflowTriggerSource: FastValidator<components['schemas']['WorkflowTriggerSource']>;
