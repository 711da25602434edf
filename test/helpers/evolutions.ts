// "Popp evolves": plausible future payloads, as a table shared by the contract test (validateEvent under both
// profiles) and the receiver test (a signed delivery through createWebhookHandler).
import { examples } from '../../generated/examples.js';
import type { PoppEventType } from '../../src/events.js';
import type { Deviation } from '../../src/validators.js';
import { type Json, withValueAt } from './contract.js';

type Edit = [pointer: string, value: Json | undefined];

/** The event type's docs example with each edit applied (a value of `undefined` removes the property). */
export function evolved(type: PoppEventType, ...edits: Edit[]): Json {
  return edits.reduce<Json>((payload, [pointer, value]) => withValueAt(payload, pointer, value), examples[type][0] as unknown as Json);
}

export interface Evolution {
  name: string;
  payload: Json;
  /** Exactly the deviations the tolerant profile reports; an empty list means both profiles accept it. */
  deviations: Deviation[];
}

export const node0 = '/data/nodes/0';
export const answer0 = `${node0}/outcome/answers/0`;

export const evolutions: Evolution[] = [
  // A new value in each enum.
  { name: 'a new errorCode', payload: evolved('WORKFLOW_RUN_FAILED', ['/data/errorCode', 'QUOTA_EXCEEDED']), deviations: [{ path: '/data/errorCode', kind: 'unknown-enum-value', value: 'QUOTA_EXCEEDED' }] },
  { name: 'a new errorClass', payload: evolved('WORKFLOW_RUN_FAILED', ['/data/errorClass', 'NETWORK']), deviations: [{ path: '/data/errorClass', kind: 'unknown-enum-value', value: 'NETWORK' }] },
  { name: 'a new run outcome', payload: evolved('WORKFLOW_RUN_COMPLETED', ['/data/outcome', 'paused']), deviations: [{ path: '/data/outcome', kind: 'unknown-enum-value', value: 'paused' }] },
  { name: 'a new conversation status', payload: evolved('WORKFLOW_RUN_COMPLETED', [`${node0}/outcome/status`, 'ESCALATED']), deviations: [{ path: `${node0}/outcome/status`, kind: 'unknown-enum-value', value: 'ESCALATED' }] },
  { name: 'a new answerState', payload: evolved('WORKFLOW_RUN_COMPLETED', [`${answer0}/answerState`, 'IS_MAYBE']), deviations: [{ path: `${answer0}/answerState`, kind: 'unknown-enum-value', value: 'IS_MAYBE' }] },
  { name: 'a new trafficLight', payload: evolved('WORKFLOW_RUN_COMPLETED', [`${answer0}/trafficLight`, 'BLUE']), deviations: [{ path: `${answer0}/trafficLight`, kind: 'unknown-enum-value', value: 'BLUE' }] },
  { name: 'a new question outcome', payload: evolved('WORKFLOW_RUN_COMPLETED', [`${answer0}/outcome`, 'WAIVED']), deviations: [{ path: `${answer0}/outcome`, kind: 'unknown-enum-value', value: 'WAIVED' }] },
  { name: 'a new existingRunStatus', payload: evolved('WORKFLOW_CONTACT_RESOLUTION_SKIPPED', ['/data/existingRunStatus', 'PAUSED']), deviations: [{ path: '/data/existingRunStatus', kind: 'unknown-enum-value', value: 'PAUSED' }] },
  // A new node type, with the empty outcome the docs keep for it, and a new outcome kind.
  {
    name: 'a node of a new type with an empty outcome (the docs: "e.g. timed waits")',
    payload: evolved('WORKFLOW_NODE_COMPLETED', ['/data/nodeType', 'TIMED_WAIT'], ['/data/outcome', { kind: 'empty' }], ['/data/routingEvent', 'onTimeout']),
    deviations: [{ path: '/data/nodeType', kind: 'unknown-enum-value', value: 'TIMED_WAIT' }],
  },
  {
    name: 'a node of a new type with an outcome of a new kind',
    payload: evolved('WORKFLOW_RUN_COMPLETED', [`${node0}/nodeType`, 'TIMED_WAIT'], [`${node0}/outcome`, { kind: 'timer', waitedSeconds: 3600 }]),
    deviations: [
      { path: `${node0}/nodeType`, kind: 'unknown-enum-value', value: 'TIMED_WAIT' },
      { path: `${node0}/outcome/kind`, kind: 'unknown-kind', value: 'timer' },
    ],
  },
  // New fields at every level: accepted by both, no drift (unknown properties are allowed in both profiles).
  {
    name: 'new fields in the envelope, the data, a node, its outcome and an answer',
    payload: evolved('WORKFLOW_RUN_COMPLETED', ['/deliveryAttempt', 2], ['/data/runLabel', 'pilot'], [`${node0}/durationMs`, 12000], [`${node0}/outcome/channel`, 'sms'], [`${answer0}/confidence`, 0.9]),
    deviations: [],
  },
  // ISO 8601 date-times other than RFC 3339.
  { name: 'an eventTimestamp without seconds', payload: evolved('WORKFLOW_RUN_STARTED', ['/eventTimestamp', '2026-04-28T10:30Z']), deviations: [{ path: '/eventTimestamp', kind: 'date-time-not-rfc3339', value: '2026-04-28T10:30Z' }] },
  { name: 'a timestamp in the basic format', payload: evolved('WORKFLOW_RUN_STARTED', ['/data/timestamp', '20260428T103000+0100']), deviations: [{ path: '/data/timestamp', kind: 'date-time-not-rfc3339', value: '20260428T103000+0100' }] },
  {
    name: 'run times with a comma fraction and an hour-only offset',
    payload: evolved('WORKFLOW_RUN_CANCELLED', ['/data/startedAt', '2026-04-28T10:30:00,250Z'], ['/data/completedAt', '2026-04-28T11:45+01']),
    deviations: [
      { path: '/data/startedAt', kind: 'date-time-not-rfc3339', value: '2026-04-28T10:30:00,250Z' },
      { path: '/data/completedAt', kind: 'date-time-not-rfc3339', value: '2026-04-28T11:45+01' },
    ],
  },
  { name: 'a node enteredAt without seconds', payload: evolved('WORKFLOW_NODE_COMPLETED', ['/data/enteredAt', '2026-04-28T10:30+00:00']), deviations: [{ path: '/data/enteredAt', kind: 'date-time-not-rfc3339', value: '2026-04-28T10:30+00:00' }] },
  { name: 'a publishedAt without seconds', payload: evolved('WORKFLOW_PUBLISHED', ['/data/publishedAt', '2026-04-28T09:00Z']), deviations: [{ path: '/data/publishedAt', kind: 'date-time-not-rfc3339', value: '2026-04-28T09:00Z' }] },
  // Fields whose presence only our reading requires.
  { name: 'a failed run without errorCode', payload: evolved('WORKFLOW_RUN_FAILED', ['/data/errorCode', undefined]), deviations: [{ path: '/data/errorCode', kind: 'missing-field' }] },
  {
    name: 'a resolved contact without versionNumber and contactIndex',
    payload: evolved('WORKFLOW_CONTACT_RESOLVED', ['/data/versionNumber', undefined], ['/data/contactIndex', undefined]),
    deviations: [
      { path: '/data/versionNumber', kind: 'missing-field' },
      { path: '/data/contactIndex', kind: 'missing-field' },
    ],
  },
  { name: 'a failed contact without email', payload: evolved('WORKFLOW_CONTACT_RESOLUTION_FAILED', ['/data/email', undefined]), deviations: [{ path: '/data/email', kind: 'missing-field' }] },
  { name: 'a skipped contact without existingRunStatus', payload: evolved('WORKFLOW_CONTACT_RESOLUTION_SKIPPED', ['/data/existingRunStatus', undefined]), deviations: [{ path: '/data/existingRunStatus', kind: 'missing-field' }] },
  { name: 'a publish without publishedByUserId', payload: evolved('WORKFLOW_PUBLISHED', ['/data/publishedByUserId', undefined]), deviations: [{ path: '/data/publishedByUserId', kind: 'missing-field' }] },
  // Numbers the strict profile narrows.
  { name: 'a fractional score', payload: evolved('WORKFLOW_RUN_COMPLETED', [`${answer0}/score`, 55.5]), deviations: [{ path: `${answer0}/score`, kind: 'not-an-integer', value: 55.5 }] },
  { name: 'version number 0', payload: evolved('WORKFLOW_PUBLISHED', ['/data/versionNumber', 0]), deviations: [{ path: '/data/versionNumber', kind: 'out-of-range', value: 0 }] },
  // What the docs leave open that both profiles accept (the contract corrections).
  {
    name: 'an answer with nothing but its slug',
    payload: evolved('WORKFLOW_RUN_COMPLETED', [answer0, { slug: 'nmc-pin' }]),
    deviations: [],
  },
  {
    name: 'null on optional fields',
    payload: evolved('WORKFLOW_RUN_FAILED', ['/data/finalNodeId', null], ['/data/lastFailedNodeId', null], ['/data/errorClass', null], [`${node0}/outcome/completedAt`, null]),
    deviations: [],
  },
  { name: 'errorCode UNKNOWN (in the page\'s TypeScript sample)', payload: evolved('WORKFLOW_RUN_FAILED', ['/data/errorCode', 'UNKNOWN']), deviations: [] },
  { name: 'a skipped contact without externalId', payload: evolved('WORKFLOW_CONTACT_RESOLUTION_SKIPPED', ['/data/externalId', undefined]), deviations: [] },
];
