// generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.
import type { components } from './api.js';
import type { EventMap } from './events.js';

/** The spec's example payloads of every event type (the docs' own example first, where there is one). */
export const examples: { readonly [K in keyof EventMap]: readonly [EventMap[K], ...EventMap[K][]] } = {
  WORKFLOW_RUN_STARTED: [
    {
      "event": "WORKFLOW_RUN_STARTED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T10:30:00.000Z",
      "data": {
        "recordId": "run_xyz789",
        "organizationId": "org_123456",
        "workflowId": "wf_abc123",
        "workflowVersionId": "wfv_def456",
        "workflowExternalId": "cedar-rgn-screening",
        "candidateProfileId": "cp_abc123",
        "candidateProfileExternalId": "ats_42",
        "timestamp": "2026-04-28T10:30:00.000Z"
      }
    },
  ],
  WORKFLOW_RUN_COMPLETED: [
    {
      "event": "WORKFLOW_RUN_COMPLETED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T10:45:00.000Z",
      "data": {
        "recordId": "run_xyz789",
        "organizationId": "org_123456",
        "workflowId": "wf_abc123",
        "workflowVersionId": "wfv_def456",
        "workflowExternalId": "cedar-rgn-screening",
        "candidateProfileId": "cp_abc123",
        "candidateProfileExternalId": "ats_42",
        "timestamp": "2026-04-28T10:45:00.000Z",
        "startedAt": "2026-04-28T10:30:00.000Z",
        "completedAt": "2026-04-28T10:45:00.000Z",
        "finalNodeId": "engagement-booking-confirm",
        "outcome": "completed",
        "truncated": false,
        "nodes": [
          {
            "nodeId": "screen-availability",
            "nodeType": "SCREENING_OUTREACH",
            "enteredAt": "2026-04-28T10:30:00.000Z",
            "completedAt": "2026-04-28T10:42:11.000Z",
            "routingEvent": "onComplete",
            "outcome": {
              "kind": "conversation",
              "conversationId": "conv_abc123",
              "status": "PASSED_CRITERIA",
              "completedAt": "2026-04-28T10:42:11.000Z",
              "answers": [
                {
                  "slug": "nmc-pin",
                  "answer": "Yes I'm registered",
                  "answerState": "IS_YES",
                  "trafficLight": "GREEN",
                  "outcome": "PASSED",
                  "score": 100
                }
              ]
            }
          },
          {
            "nodeId": "engagement-booking-confirm",
            "nodeType": "ENGAGEMENT_OUTREACH",
            "enteredAt": "2026-04-28T10:42:11.000Z",
            "completedAt": "2026-04-28T10:45:00.000Z",
            "routingEvent": "onComplete",
            "outcome": {
              "kind": "conversation",
              "conversationId": "conv_def456",
              "status": "COMPLETED",
              "completedAt": "2026-04-28T10:45:00.000Z",
              "answers": []
            }
          }
        ]
      }
    },
  ],
  WORKFLOW_RUN_FAILED: [
    {
      "event": "WORKFLOW_RUN_FAILED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T10:45:00.000Z",
      "data": {
        "recordId": "run_xyz789",
        "organizationId": "org_123456",
        "workflowId": "wf_abc123",
        "workflowVersionId": "wfv_def456",
        "workflowExternalId": "cedar-rgn-screening",
        "candidateProfileId": "cp_abc123",
        "candidateProfileExternalId": "ats_42",
        "timestamp": "2026-04-28T10:45:00.000Z",
        "startedAt": "2026-04-28T10:30:00.000Z",
        "completedAt": "2026-04-28T10:45:00.000Z",
        "finalNodeId": "screen-availability",
        "outcome": "failed",
        "errorCode": "DOWNSTREAM_SERVICE_ERROR",
        "lastFailedNodeId": "screen-availability",
        "truncated": false,
        "nodes": [
          {
            "nodeId": "screen-availability",
            "nodeType": "SCREENING_OUTREACH",
            "enteredAt": "2026-04-28T10:30:00.000Z",
            "completedAt": "2026-04-28T10:45:00.000Z",
            "routingEvent": "onDeliveryFailed",
            "outcome": {
              "kind": "conversation",
              "conversationId": "conv_abc123",
              "status": "DELIVERY_FAILED",
              "completedAt": "2026-04-28T10:45:00.000Z",
              "answers": []
            }
          }
        ]
      }
    },
  ],
  WORKFLOW_RUN_CANCELLED: [
    {
      "event": "WORKFLOW_RUN_CANCELLED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T10:45:00.000Z",
      "data": {
        "recordId": "run_xyz789",
        "organizationId": "org_123456",
        "workflowId": "wf_abc123",
        "workflowVersionId": "wfv_def456",
        "workflowExternalId": "cedar-rgn-screening",
        "candidateProfileId": "cp_abc123",
        "candidateProfileExternalId": "ats_42",
        "timestamp": "2026-04-28T10:45:00.000Z",
        "startedAt": "2026-04-28T10:30:00.000Z",
        "completedAt": "2026-04-28T10:45:00.000Z",
        "finalNodeId": "screen-availability",
        "outcome": "cancelled",
        "cancellationReason": "Candidate withdrew via ATS",
        "truncated": false,
        "nodes": [
          {
            "nodeId": "screen-availability",
            "nodeType": "SCREENING_OUTREACH",
            "enteredAt": "2026-04-28T10:30:00.000Z",
            "completedAt": "2026-04-28T10:45:00.000Z",
            "routingEvent": "onComplete",
            "outcome": {
              "kind": "conversation",
              "conversationId": "conv_abc123",
              "status": "COMPLETED",
              "completedAt": "2026-04-28T10:45:00.000Z",
              "answers": [
                {
                  "slug": "nmc-pin",
                  "answer": "Yes I'm registered",
                  "answerState": "IS_YES",
                  "trafficLight": "GREEN",
                  "outcome": "PASSED",
                  "score": 100
                }
              ]
            }
          }
        ]
      }
    },
  ],
  WORKFLOW_NODE_COMPLETED: [
    {
      "event": "WORKFLOW_NODE_COMPLETED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T10:42:11.000Z",
      "data": {
        "recordId": "run_xyz789",
        "organizationId": "org_123456",
        "workflowId": "wf_abc123",
        "workflowVersionId": "wfv_def456",
        "workflowExternalId": "cedar-rgn-screening",
        "candidateProfileId": "cp_abc123",
        "candidateProfileExternalId": "ats_42",
        "timestamp": "2026-04-28T10:42:11.000Z",
        "nodeId": "screen-availability",
        "nodeType": "SCREENING_OUTREACH",
        "enteredAt": "2026-04-28T10:30:00.000Z",
        "completedAt": "2026-04-28T10:42:11.000Z",
        "routingEvent": "onComplete",
        "outcome": {
          "kind": "conversation",
          "conversationId": "conv_abc123",
          "status": "PASSED_CRITERIA",
          "completedAt": "2026-04-28T10:42:11.000Z",
          "answers": [
            {
              "slug": "nmc-pin",
              "answer": "Yes I'm registered",
              "answerState": "IS_YES",
              "trafficLight": "GREEN",
              "outcome": "PASSED",
              "score": 100
            }
          ]
        }
      }
    },
  ],
  WORKFLOW_CONTACT_RESOLVED: [
    {
      "event": "WORKFLOW_CONTACT_RESOLVED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T10:29:55.000Z",
      "data": {
        "recordId": "run_xyz789",
        "organizationId": "org_123456",
        "workflowId": "wf_abc123",
        "workflowExternalId": "cedar-rgn-screening",
        "workflowVersionId": "wfv_def456",
        "versionNumber": 4,
        "candidateProfileId": "cp_abc123",
        "externalId": "ats_42",
        "email": "jane.doe@example.com",
        "phoneNumber": "+447700900000",
        "isNewProfile": false,
        "contactIndex": 0
      }
    },
  ],
  WORKFLOW_CONTACT_RESOLUTION_FAILED: [
    {
      "event": "WORKFLOW_CONTACT_RESOLUTION_FAILED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T10:29:55.000Z",
      "data": {
        "recordId": "contact_dedup_abc123",
        "organizationId": "org_123456",
        "workflowId": "wf_abc123",
        "workflowExternalId": "cedar-rgn-screening",
        "externalId": "ats_42",
        "email": "invalid@example",
        "phoneNumber": null,
        "contactIndex": 0
      }
    },
  ],
  WORKFLOW_CONTACT_RESOLUTION_SKIPPED: [
    {
      "event": "WORKFLOW_CONTACT_RESOLUTION_SKIPPED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T10:29:55.000Z",
      "data": {
        "recordId": "run_existing_xyz",
        "organizationId": "org_123456",
        "workflowId": "wf_abc123",
        "workflowExternalId": "cedar-rgn-screening",
        "candidateProfileId": "cp_abc123",
        "externalId": "ats_42",
        "email": "jane.doe@example.com",
        "phoneNumber": "+447700900000",
        "existingRunStatus": "RUNNING",
        "contactIndex": 0
      }
    },
  ],
  WORKFLOW_PUBLISHED: [
    {
      "event": "WORKFLOW_PUBLISHED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2026-04-28T09:00:00.000Z",
      "data": {
        "recordId": "wf_abc123",
        "organizationId": "org_123456",
        "workflowExternalId": "cedar-rgn-screening",
        "workflowVersionId": "wfv_def456",
        "versionNumber": 4,
        "publishedByUserId": "user_abc123",
        "publishedAt": "2026-04-28T09:00:00.000Z"
      }
    },
  ],
  CONVERSATION_QUEUED: [
    {
      "event": "CONVERSATION_QUEUED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_xyz789",
        "organizationId": "org_123456",
        "conversationStatus": "QUEUED",
        "candidateId": "cand_abc123",
        "externalId": "your_external_id",
        "externalCampaignId": "your_campaign_external_id",
        "participantFirstName": "John",
        "participantLastName": "Doe"
      }
    },
  ],
  CONVERSATION_STARTED: [
    {
      "event": "CONVERSATION_STARTED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_xyz789",
        "organizationId": "org_123456",
        "conversationStatus": "ONGOING",
        "candidateId": "cand_abc123",
        "externalId": "your_external_id",
        "externalCampaignId": "your_campaign_external_id",
        "participantFirstName": "John",
        "participantLastName": "Doe",
        "campaignConversationUrl": "https://ai.joinpopp.com/campaign/outbound/{campaignId}?conversationId={conversationId}"
      }
    },
    {
      "event": "CONVERSATION_STARTED",
      "eventId": "abc123-def456-ghi789",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_abc123",
        "organizationId": "org_xyz789"
      }
    },
  ],
  CONVERSATION_COMPLETED: [
    {
      "event": "CONVERSATION_COMPLETED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_xyz789",
        "organizationId": "org_123456",
        "conversationStatus": "COMPLETED_SCREENING_PASSED",
        "candidateId": "cand_abc123",
        "externalId": "your_external_id",
        "externalCampaignId": "your_campaign_external_id",
        "participantFirstName": "John",
        "participantLastName": "Doe"
      }
    },
  ],
  CONVERSATION_NEEDS_REVIEW: [
    {
      "event": "CONVERSATION_NEEDS_REVIEW",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_xyz789",
        "organizationId": "org_123456",
        "conversationStatus": "ONGOING",
        "candidateId": "cand_abc123",
        "externalId": "your_external_id",
        "externalCampaignId": "your_campaign_external_id",
        "participantFirstName": "John",
        "participantLastName": "Doe"
      }
    },
  ],
  CONVERSATION_OPTED_OUT: [
    {
      "event": "CONVERSATION_OPTED_OUT",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_xyz789",
        "organizationId": "org_123456",
        "conversationStatus": "OPTED_OUT",
        "candidateId": "cand_abc123",
        "externalId": "your_external_id",
        "externalCampaignId": "your_campaign_external_id",
        "participantFirstName": "John",
        "participantLastName": "Doe"
      }
    },
  ],
  CONVERSATION_MAX_NUDGES_REACHED: [
    {
      "event": "CONVERSATION_MAX_NUDGES_REACHED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_xyz789",
        "organizationId": "org_123456",
        "conversationStatus": "ONGOING",
        "candidateId": "cand_abc123",
        "externalId": "your_external_id",
        "externalCampaignId": "your_campaign_external_id",
        "participantFirstName": "John",
        "participantLastName": "Doe"
      }
    },
  ],
  START_CONVERSATION_FAILED: [
    {
      "event": "START_CONVERSATION_FAILED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_xyz789",
        "organizationId": "org_123456",
        "conversationStatus": "DELIVERY_FAILED",
        "candidateId": "cand_abc123",
        "externalId": "your_external_id",
        "externalCampaignId": "your_campaign_external_id",
        "participantFirstName": "John",
        "participantLastName": "Doe"
      }
    },
  ],
  ANALYSIS_CREATED: [
    {
      "event": "ANALYSIS_CREATED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "analysis_abc123",
        "organizationId": "org_123456"
      }
    },
  ],
  CANDIDATE_ANALYSIS_COMPLETED: [
    {
      "event": "CANDIDATE_ANALYSIS_COMPLETED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "candidate_xyz789",
        "organizationId": "org_123456",
        "externalId": "your_external_candidate_id",
        "externalAnalysisId": "your_external_analysis_id",
        "analysisCandidateUrl": "https://ai.joinpopp.com/ranks/{analysisId}?candidateId={candidateId}",
        "totalScoreScaled": 85.5,
        "isAllMandatoryRequirementsMet": true,
        "requirementOutcomes": [
          {
            "requirement": "5+ years of software development experience",
            "isMandatory": true,
            "isMet": true,
            "evidence": "Candidate has 7 years of experience as a Senior Software Engineer at Tech Corp"
          },
          {
            "requirement": "Experience with React and TypeScript",
            "isMandatory": true,
            "isMet": true,
            "evidence": "CV mentions 4 years of React development and TypeScript proficiency"
          },
          {
            "requirement": "Leadership experience",
            "isMandatory": false,
            "isMet": false
          }
        ]
      }
    },
  ],
  CALENDAR_MEETING_SCHEDULED: [
    {
      "event": "CALENDAR_MEETING_SCHEDULED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "booking_xyz789",
        "organizationId": "org_123456",
        "conversationId": "conv_abc123",
        "externalConversationId": "your_external_conversation_id",
        "externalCampaignId": "your_campaign_external_id",
        "meetingDetails": {
          "title": "Interview with John Doe",
          "startDateTime": "2024-01-15T14:00:00.000Z",
          "endDateTime": "2024-01-15T14:30:00.000Z",
          "timezone": "America/New_York",
          "videoConference": true,
          "meetingUrl": "https://meet.google.com/abc-defg-hij",
          "participants": [
            {
              "email": "john.doe@example.com",
              "name": "John Doe"
            },
            {
              "email": "jane.smith@example.com",
              "name": "Jane Smith"
            }
          ]
        }
      }
    },
  ],
  CALENDAR_MEETING_UPDATED: [
    {
      "event": "CALENDAR_MEETING_UPDATED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "booking_xyz789",
        "organizationId": "org_123456",
        "conversationId": "conv_abc123",
        "externalConversationId": "your_external_conversation_id",
        "externalCampaignId": "your_campaign_external_id",
        "meetingDetails": {
          "title": "Interview with John Doe",
          "startDateTime": "2024-01-15T14:00:00.000Z",
          "endDateTime": "2024-01-15T14:30:00.000Z",
          "timezone": "America/New_York",
          "videoConference": true,
          "meetingUrl": "https://meet.google.com/abc-defg-hij",
          "participants": [
            {
              "email": "john.doe@example.com",
              "name": "John Doe"
            },
            {
              "email": "jane.smith@example.com",
              "name": "Jane Smith"
            }
          ]
        }
      }
    },
  ],
  CALENDAR_MEETING_CANCELLED: [
    {
      "event": "CALENDAR_MEETING_CANCELLED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "booking_xyz789",
        "organizationId": "org_123456",
        "conversationId": "conv_abc123",
        "externalConversationId": "your_external_conversation_id",
        "externalCampaignId": "your_campaign_external_id",
        "meetingDetails": {
          "title": "Interview with John Doe",
          "startDateTime": "2024-01-15T14:00:00.000Z",
          "endDateTime": "2024-01-15T14:30:00.000Z",
          "timezone": "America/New_York",
          "videoConference": true,
          "meetingUrl": "https://meet.google.com/abc-defg-hij",
          "participants": [
            {
              "email": "john.doe@example.com",
              "name": "John Doe"
            },
            {
              "email": "jane.smith@example.com",
              "name": "Jane Smith"
            }
          ]
        }
      }
    },
  ],
  CALENDAR_MEETING_RESCHEDULED: [
    {
      "event": "CALENDAR_MEETING_RESCHEDULED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "booking_xyz789",
        "organizationId": "org_123456",
        "conversationId": "conv_abc123",
        "externalConversationId": "your_external_conversation_id",
        "externalCampaignId": "your_campaign_external_id",
        "meetingDetails": {
          "title": "Interview with John Doe",
          "startDateTime": "2024-01-15T14:00:00.000Z",
          "endDateTime": "2024-01-15T14:30:00.000Z",
          "timezone": "America/New_York",
          "videoConference": true,
          "meetingUrl": "https://meet.google.com/abc-defg-hij",
          "participants": [
            {
              "email": "john.doe@example.com",
              "name": "John Doe"
            },
            {
              "email": "jane.smith@example.com",
              "name": "Jane Smith"
            }
          ]
        }
      }
    },
  ],
  CALENDAR_AVAILABILITY_NOT_FOUND: [
    {
      "event": "CALENDAR_AVAILABILITY_NOT_FOUND",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "booking_xyz789",
        "organizationId": "org_123456",
        "conversationId": "conv_abc123",
        "externalConversationId": "your_external_conversation_id",
        "externalCampaignId": "your_campaign_external_id",
        "meetingDetails": {
          "title": "Interview with John Doe",
          "startDateTime": "2024-01-15T14:00:00.000Z",
          "endDateTime": "2024-01-15T14:30:00.000Z",
          "timezone": "America/New_York",
          "videoConference": true,
          "meetingUrl": "https://meet.google.com/abc-defg-hij",
          "participants": [
            {
              "email": "john.doe@example.com",
              "name": "John Doe"
            },
            {
              "email": "jane.smith@example.com",
              "name": "Jane Smith"
            }
          ]
        }
      }
    },
  ],
  CALENDAR_MORE_TIME_REQUESTED: [
    {
      "event": "CALENDAR_MORE_TIME_REQUESTED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "booking_xyz789",
        "organizationId": "org_123456",
        "conversationId": "conv_abc123",
        "externalConversationId": "your_external_conversation_id",
        "externalCampaignId": "your_campaign_external_id",
        "meetingDetails": {
          "title": "Interview with John Doe",
          "startDateTime": "2024-01-15T14:00:00.000Z",
          "endDateTime": "2024-01-15T14:30:00.000Z",
          "timezone": "America/New_York",
          "videoConference": true,
          "meetingUrl": "https://meet.google.com/abc-defg-hij",
          "participants": [
            {
              "email": "john.doe@example.com",
              "name": "John Doe"
            },
            {
              "email": "jane.smith@example.com",
              "name": "Jane Smith"
            }
          ]
        }
      }
    },
  ],
  CALENDAR_NOTE_TAKER_COMPLETED: [
    {
      "event": "CALENDAR_NOTE_TAKER_COMPLETED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "booking_xyz789",
        "organizationId": "org_123456",
        "conversationId": "conv_abc123",
        "externalConversationId": "your_external_conversation_id",
        "externalCampaignId": "your_campaign_external_id",
        "meetingDetails": {
          "title": "Interview with John Doe",
          "startDateTime": "2024-01-15T14:00:00.000Z",
          "endDateTime": "2024-01-15T14:30:00.000Z",
          "timezone": "America/New_York",
          "videoConference": true,
          "meetingUrl": "https://meet.google.com/abc-defg-hij",
          "participants": [
            {
              "email": "john.doe@example.com",
              "name": "John Doe"
            },
            {
              "email": "jane.smith@example.com",
              "name": "Jane Smith"
            }
          ]
        }
      }
    },
  ],
  DOCUMENT_UPLOADED: [
    {
      "event": "DOCUMENT_UPLOADED",
      "eventId": "evt_abc123",
      "eventTimestamp": "2024-01-15T10:30:00.000Z",
      "data": {
        "recordId": "conv_xyz789",
        "organizationId": "org_123456",
        "attachmentId": "att_abc123",
        "fileName": "passport.pdf",
        "contentType": "application/pdf",
        "classifiedDocumentType": "passport",
        "classifiedDocumentTypes": [
          "passport"
        ]
      }
    },
  ],
};

/** The spec's examples of each REST operation: its request body (when it takes one) and a body per documented response status. */
export interface RestExamples {
  readonly cancelWorkflowRun: {
    readonly request: components['schemas']['CancelWorkflowRunRequest'];
    readonly responses: {
      readonly '200': components['schemas']['WorkflowRun'];
      readonly '400': components['schemas']['ErrorResponse'];
      readonly '401': components['schemas']['ErrorResponse'];
      readonly '403': components['schemas']['ErrorResponse'];
      readonly '404': components['schemas']['ErrorResponse'];
      readonly '409': components['schemas']['ErrorResponse'];
      readonly '429': components['schemas']['ErrorResponse'];
      readonly '5XX': components['schemas']['ErrorResponse'];
    };
  };
  readonly getWorkflowRun: {
    readonly responses: {
      readonly '200': components['schemas']['WorkflowRun'];
      readonly '400': components['schemas']['ErrorResponse'];
      readonly '401': components['schemas']['ErrorResponse'];
      readonly '403': components['schemas']['ErrorResponse'];
      readonly '404': components['schemas']['ErrorResponse'];
      readonly '429': components['schemas']['ErrorResponse'];
      readonly '5XX': components['schemas']['ErrorResponse'];
    };
  };
  readonly listWorkflowRuns: {
    readonly responses: {
      readonly '200': components['schemas']['WorkflowRunPage'];
      readonly '400': components['schemas']['ErrorResponse'];
      readonly '401': components['schemas']['ErrorResponse'];
      readonly '403': components['schemas']['ErrorResponse'];
      readonly '404': components['schemas']['ErrorResponse'];
      readonly '429': components['schemas']['ErrorResponse'];
      readonly '5XX': components['schemas']['ErrorResponse'];
    };
  };
  readonly publishWorkflow: {
    readonly responses: {
      readonly '200': components['schemas']['PublishedWorkflowVersion'];
      readonly '400': components['schemas']['PublishValidationErrorResponse'];
      readonly '401': components['schemas']['ErrorResponse'];
      readonly '403': components['schemas']['ErrorResponse'];
      readonly '404': components['schemas']['ErrorResponse'];
      readonly '409': components['schemas']['ErrorResponse'];
      readonly '422': components['schemas']['ErrorResponse'];
      readonly '429': components['schemas']['ErrorResponse'];
      readonly '5XX': components['schemas']['ErrorResponse'];
    };
  };
  readonly startWorkflowRuns: {
    readonly request: components['schemas']['StartWorkflowRunsRequest'];
    readonly responses: {
      readonly '202': components['schemas']['StartWorkflowRunsResponse'];
      readonly '400': components['schemas']['ErrorResponse'];
      readonly '401': components['schemas']['ErrorResponse'];
      readonly '403': components['schemas']['ErrorResponse'];
      readonly '404': components['schemas']['ErrorResponse'];
      readonly '409': components['schemas']['ErrorResponse'];
      readonly '422': components['schemas']['ErrorResponse'];
      readonly '429': components['schemas']['ErrorResponse'];
      readonly '5XX': components['schemas']['ErrorResponse'];
    };
  };
}

/** The spec's examples of each REST operation, by operationId. */
export const restExamples: RestExamples = {
  cancelWorkflowRun: {
    request: {
      "reason": "Candidate withdrew via ATS",
      "closeActiveConversations": true
    },
    responses: {
      '200': {
        "runId": "run_xyz789",
        "workflowId": "wf_abc123",
        "workflowVersionId": "wfv_def456",
        "workflowExternalId": "cedar-rgn-screening",
        "candidateProfileId": "cp_abc123",
        "candidateProfileExternalId": "ats_42",
        "status": "CANCELLED",
        "outcome": "cancelled",
        "startedAt": "2026-04-28T10:30:00.000Z",
        "completedAt": "2026-04-28T10:45:00.000Z",
        "finalNodeId": "screen-availability",
        "cancellationReason": "Candidate withdrew via ATS",
        "truncated": false,
        "nodes": [
          {
            "nodeId": "screen-availability",
            "nodeType": "SCREENING_OUTREACH",
            "enteredAt": "2026-04-28T10:30:00.000Z",
            "completedAt": "2026-04-28T10:45:00.000Z",
            "routingEvent": "onComplete",
            "outcome": {
              "kind": "conversation",
              "conversationId": "conv_abc123",
              "status": "COMPLETED",
              "completedAt": "2026-04-28T10:45:00.000Z",
              "answers": [
                {
                  "slug": "nmc-pin",
                  "answer": "Yes I'm registered",
                  "answerState": "IS_YES",
                  "trafficLight": "GREEN",
                  "outcome": "PASSED",
                  "score": 100
                }
              ]
            }
          }
        ],
        "context": "{\"candidate\":{\"firstName\":\"Jane\",\"lastName\":\"Doe\"},\"answers\":{\"nmc-pin\":\"Yes I'm registered\"}}"
      },
      '400': {
        "code": "VALIDATION_FAILED",
        "message": "The request body failed validation.",
        "details": [
          {
            "code": "TOO_LONG",
            "message": "Must be at most 500 characters.",
            "field": "/reason"
          }
        ],
        "requestId": "req_5e6f7a8b"
      },
      '401': {
        "code": "UNAUTHORIZED",
        "message": "The x-api-key header is missing, or the key is unknown, expired or revoked.",
        "requestId": "req_2c3d4e5f"
      },
      '403': {
        "code": "FORBIDDEN",
        "message": "This API key may not act for organization org_123456.",
        "requestId": "req_3d4e5f6a"
      },
      '404': {
        "code": "NOT_FOUND",
        "message": "Workflow wf_abc123 was not found.",
        "requestId": "req_4e5f6a7b"
      },
      '409': {
        "code": "WORKFLOW_NOT_PUBLISHED",
        "message": "Workflow wf_abc123 is PAUSED and does not accept new runs.",
        "requestId": "req_5f6a7b8c"
      },
      '429': {
        "code": "RATE_LIMITED",
        "message": "Too many requests; retry after the delay given in Retry-After.",
        "requestId": "req_7b8c9d0e"
      },
      '5XX': {
        "code": "SERVICE_UNAVAILABLE",
        "message": "The service is temporarily unavailable; retry later.",
        "requestId": "req_8c9d0e1f"
      },
    },
  },
  getWorkflowRun: {
    responses: {
      '200': {
        "runId": "run_xyz789",
        "workflowId": "wf_abc123",
        "workflowVersionId": "wfv_def456",
        "workflowExternalId": "cedar-rgn-screening",
        "candidateProfileId": "cp_abc123",
        "candidateProfileExternalId": "ats_42",
        "status": "COMPLETED",
        "outcome": "completed",
        "startedAt": "2026-04-28T10:30:00.000Z",
        "completedAt": "2026-04-28T10:45:00.000Z",
        "finalNodeId": "engagement-booking-confirm",
        "truncated": false,
        "nodes": [
          {
            "nodeId": "screen-availability",
            "nodeType": "SCREENING_OUTREACH",
            "enteredAt": "2026-04-28T10:30:00.000Z",
            "completedAt": "2026-04-28T10:42:11.000Z",
            "routingEvent": "onComplete",
            "outcome": {
              "kind": "conversation",
              "conversationId": "conv_abc123",
              "status": "PASSED_CRITERIA",
              "completedAt": "2026-04-28T10:42:11.000Z",
              "answers": [
                {
                  "slug": "nmc-pin",
                  "answer": "Yes I'm registered",
                  "answerState": "IS_YES",
                  "trafficLight": "GREEN",
                  "outcome": "PASSED",
                  "score": 100
                }
              ]
            }
          },
          {
            "nodeId": "engagement-booking-confirm",
            "nodeType": "ENGAGEMENT_OUTREACH",
            "enteredAt": "2026-04-28T10:42:11.000Z",
            "completedAt": "2026-04-28T10:45:00.000Z",
            "routingEvent": "onComplete",
            "outcome": {
              "kind": "conversation",
              "conversationId": "conv_def456",
              "status": "COMPLETED",
              "completedAt": "2026-04-28T10:45:00.000Z",
              "answers": []
            }
          }
        ],
        "context": "{\"candidate\":{\"firstName\":\"Jane\",\"lastName\":\"Doe\"},\"answers\":{\"nmc-pin\":\"Yes I'm registered\"}}"
      },
      '400': {
        "code": "VALIDATION_FAILED",
        "message": "The request failed validation.",
        "details": [
          {
            "code": "INVALID_VALUE",
            "message": "Must be a workflow run ID.",
            "field": "runId"
          }
        ],
        "requestId": "req_0a1b2c3d"
      },
      '401': {
        "code": "UNAUTHORIZED",
        "message": "The x-api-key header is missing, or the key is unknown, expired or revoked.",
        "requestId": "req_2c3d4e5f"
      },
      '403': {
        "code": "FORBIDDEN",
        "message": "This API key may not act for organization org_123456.",
        "requestId": "req_3d4e5f6a"
      },
      '404': {
        "code": "NOT_FOUND",
        "message": "Workflow wf_abc123 was not found.",
        "requestId": "req_4e5f6a7b"
      },
      '429': {
        "code": "RATE_LIMITED",
        "message": "Too many requests; retry after the delay given in Retry-After.",
        "requestId": "req_7b8c9d0e"
      },
      '5XX': {
        "code": "SERVICE_UNAVAILABLE",
        "message": "The service is temporarily unavailable; retry later.",
        "requestId": "req_8c9d0e1f"
      },
    },
  },
  listWorkflowRuns: {
    responses: {
      '200': {
        "runs": [
          {
            "runId": "run_existing_xyz",
            "workflowId": "wf_abc123",
            "workflowVersionId": "wfv_def456",
            "workflowExternalId": "cedar-rgn-screening",
            "candidateProfileId": "cp_def456",
            "candidateProfileExternalId": null,
            "status": "RUNNING",
            "outcome": null,
            "startedAt": "2026-04-28T10:31:00.000Z",
            "completedAt": null,
            "truncated": false,
            "nodes": []
          },
          {
            "runId": "run_xyz789",
            "workflowId": "wf_abc123",
            "workflowVersionId": "wfv_def456",
            "workflowExternalId": "cedar-rgn-screening",
            "candidateProfileId": "cp_abc123",
            "candidateProfileExternalId": "ats_42",
            "status": "FAILED",
            "outcome": "failed",
            "startedAt": "2026-04-28T10:30:00.000Z",
            "completedAt": "2026-04-28T10:45:00.000Z",
            "finalNodeId": "screen-availability",
            "errorCode": "DOWNSTREAM_SERVICE_ERROR",
            "lastFailedNodeId": "screen-availability",
            "truncated": false,
            "nodes": [
              {
                "nodeId": "screen-availability",
                "nodeType": "SCREENING_OUTREACH",
                "enteredAt": "2026-04-28T10:30:00.000Z",
                "completedAt": "2026-04-28T10:45:00.000Z",
                "routingEvent": "onDeliveryFailed",
                "outcome": {
                  "kind": "conversation",
                  "conversationId": "conv_abc123",
                  "status": "DELIVERY_FAILED",
                  "completedAt": "2026-04-28T10:45:00.000Z",
                  "answers": []
                }
              }
            ]
          }
        ],
        "nextToken": "eyJsYXN0UnVuSWQiOiJydW5feHl6Nzg5In0"
      },
      '400': {
        "code": "VALIDATION_FAILED",
        "message": "The query failed validation.",
        "details": [
          {
            "code": "OUT_OF_RANGE",
            "message": "Must be an integer from 1 to 100.",
            "field": "limit"
          }
        ],
        "requestId": "req_9c0d1e2f"
      },
      '401': {
        "code": "UNAUTHORIZED",
        "message": "The x-api-key header is missing, or the key is unknown, expired or revoked.",
        "requestId": "req_2c3d4e5f"
      },
      '403': {
        "code": "FORBIDDEN",
        "message": "This API key may not act for organization org_123456.",
        "requestId": "req_3d4e5f6a"
      },
      '404': {
        "code": "NOT_FOUND",
        "message": "Workflow wf_abc123 was not found.",
        "requestId": "req_4e5f6a7b"
      },
      '429': {
        "code": "RATE_LIMITED",
        "message": "Too many requests; retry after the delay given in Retry-After.",
        "requestId": "req_7b8c9d0e"
      },
      '5XX': {
        "code": "SERVICE_UNAVAILABLE",
        "message": "The service is temporarily unavailable; retry later.",
        "requestId": "req_8c9d0e1f"
      },
    },
  },
  publishWorkflow: {
    responses: {
      '200': {
        "workflowId": "wf_abc123",
        "workflowVersionId": "wfv_def456",
        "versionNumber": 4,
        "publishedAt": "2026-04-28T09:00:00.000Z"
      },
      '400': {
        "code": "WORKFLOW_VALIDATION_FAILED",
        "message": "The workflow configuration failed validation with 2 problems; the workflow was not changed.",
        "details": [
          {
            "code": "ATS_JOB_ALREADY_CONNECTED",
            "message": "ATS job 4711, used by the entry pathway, is already linked to another workflow, campaign or analysis."
          },
          {
            "code": "RUBRIC_GENERATION_FAILED",
            "message": "The scoring rubric for this screening node could not be generated automatically.",
            "nodeId": "screen-availability"
          }
        ],
        "requestId": "req_7f3a9c21"
      },
      '401': {
        "code": "UNAUTHORIZED",
        "message": "The x-api-key header is missing, or the key is unknown, expired or revoked.",
        "requestId": "req_2c3d4e5f"
      },
      '403': {
        "code": "FORBIDDEN",
        "message": "This API key may not act for organization org_123456.",
        "requestId": "req_3d4e5f6a"
      },
      '404': {
        "code": "NOT_FOUND",
        "message": "Workflow wf_abc123 was not found.",
        "requestId": "req_4e5f6a7b"
      },
      '409': {
        "code": "WORKFLOW_NOT_PUBLISHED",
        "message": "Workflow wf_abc123 is PAUSED and does not accept new runs.",
        "requestId": "req_5f6a7b8c"
      },
      '422': {
        "code": "ATS_CAPABILITY_NOT_SUPPORTED",
        "message": "The connected ATS does not support a capability this workflow needs.",
        "requestId": "req_6a7b8c9d"
      },
      '429': {
        "code": "RATE_LIMITED",
        "message": "Too many requests; retry after the delay given in Retry-After.",
        "requestId": "req_7b8c9d0e"
      },
      '5XX': {
        "code": "SERVICE_UNAVAILABLE",
        "message": "The service is temporarily unavailable; retry later.",
        "requestId": "req_8c9d0e1f"
      },
    },
  },
  startWorkflowRuns: {
    request: {
      "candidateProfileIds": [
        "cp_abc123",
        "cp_def456",
        "cp_abc123"
      ],
      "candidateProfileExternalIds": [
        "ats_43",
        "ats_99"
      ],
      "contacts": [
        {
          "externalId": "ats_42",
          "email": "jane.doe@example.com",
          "phoneNumber": "+447700900000",
          "firstName": "Jane",
          "lastName": "Doe"
        }
      ],
      "triggerSource": "API"
    },
    responses: {
      '202': {
        "summary": {
          "requested": 6,
          "enqueued": 3,
          "failed": 1,
          "alreadyEnrolled": 1,
          "duplicatesInRequest": 1
        },
        "errors": [
          {
            "entry": {
              "source": "candidateProfileExternalIds",
              "index": 1
            },
            "code": "CANDIDATE_PROFILE_NOT_FOUND",
            "message": "No candidate profile has the external ID ats_99."
          }
        ],
        "alreadyEnrolled": [
          {
            "entry": {
              "source": "candidateProfileIds",
              "index": 1
            },
            "candidateProfileId": "cp_def456",
            "runId": "run_existing_xyz",
            "runStatus": "RUNNING"
          }
        ],
        "duplicatesInRequest": [
          {
            "entry": {
              "source": "candidateProfileIds",
              "index": 2
            },
            "duplicateOf": {
              "source": "candidateProfileIds",
              "index": 0
            }
          }
        ]
      },
      '400': {
        "code": "VALIDATION_FAILED",
        "message": "The request body failed validation.",
        "details": [
          {
            "code": "INVALID_FORMAT",
            "message": "Must be a phone number in E.164 format.",
            "field": "/contacts/0/phoneNumber"
          }
        ],
        "requestId": "req_1b2c3d4e"
      },
      '401': {
        "code": "UNAUTHORIZED",
        "message": "The x-api-key header is missing, or the key is unknown, expired or revoked.",
        "requestId": "req_2c3d4e5f"
      },
      '403': {
        "code": "FORBIDDEN",
        "message": "This API key may not act for organization org_123456.",
        "requestId": "req_3d4e5f6a"
      },
      '404': {
        "code": "NOT_FOUND",
        "message": "Workflow wf_abc123 was not found.",
        "requestId": "req_4e5f6a7b"
      },
      '409': {
        "code": "WORKFLOW_NOT_PUBLISHED",
        "message": "Workflow wf_abc123 is PAUSED and does not accept new runs.",
        "requestId": "req_5f6a7b8c"
      },
      '422': {
        "code": "ATS_CAPABILITY_NOT_SUPPORTED",
        "message": "The connected ATS does not support a capability this workflow needs.",
        "requestId": "req_6a7b8c9d"
      },
      '429': {
        "code": "RATE_LIMITED",
        "message": "Too many requests; retry after the delay given in Retry-After.",
        "requestId": "req_7b8c9d0e"
      },
      '5XX': {
        "code": "SERVICE_UNAVAILABLE",
        "message": "The service is temporarily unavailable; retry later.",
        "requestId": "req_8c9d0e1f"
      },
    },
  },
};
