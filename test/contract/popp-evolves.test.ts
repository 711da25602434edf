// "Popp evolves": plausible future payloads (test/helpers/evolutions.ts). The tolerant profile (the receiver's
// default) accepts each and reports the drift at the right path; the strict profile (the documented contract)
// refuses each. What the docs forbid is refused by both, with the path.
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/validators.js';
import type { Json } from '../helpers/contract.js';
import { answer0, evolutions, evolved, node0 } from '../helpers/evolutions.js';

describe('Popp evolves: plausible future payloads', () => {
  it.each(evolutions.map((item) => [item.name, item] as const))('tolerant accepts %s and reports exactly its drift', (_name, item) => {
    const result = validateEvent(item.payload);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).toBe(true);
    expect(result.ok && [...result.deviations].sort((a, b) => a.path.localeCompare(b.path))).toEqual([...item.deviations].sort((a, b) => a.path.localeCompare(b.path)));
  });

  it.each(evolutions.map((item) => [item.name, item] as const))('strict refuses %s where it drifts, at the same paths', (_name, item) => {
    const result = validateEvent(item.payload, { profile: 'strict' });
    if (item.deviations.length === 0) {
      expect(result).toMatchObject({ ok: true, deviations: [] });
      return;
    }
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.path).sort()).toEqual(item.deviations.map((deviation) => deviation.path).sort());
  });
});

describe('what the docs forbid: refused by both profiles, with the path', () => {
  const forbidden: [name: string, payload: Json, path: string, reason: string][] = [
    ['an envelope without eventId', evolved('WORKFLOW_RUN_STARTED', ['/eventId', undefined]), '/eventId', 'not-an-envelope'],
    ['an empty eventId', evolved('WORKFLOW_RUN_STARTED', ['/eventId', '']), '/eventId', 'not-an-envelope'],
    ['data without recordId', evolved('WORKFLOW_RUN_STARTED', ['/data/recordId', undefined]), '/data/recordId', 'not-an-envelope'],
    ['data without organizationId', evolved('WORKFLOW_PUBLISHED', ['/data/organizationId', undefined]), '/data/organizationId', 'not-an-envelope'],
    ['an eventTimestamp that is no date-time', evolved('WORKFLOW_RUN_STARTED', ['/eventTimestamp', 'yesterday']), '/eventTimestamp', 'not-an-envelope'],
    ['a date-time without an offset', evolved('WORKFLOW_RUN_COMPLETED', ['/data/startedAt', '2026-04-28T10:30:00']), '/data/startedAt', 'schema-violation'],
    ['an outcome of the wrong type', evolved('WORKFLOW_RUN_COMPLETED', ['/data/outcome', 3]), '/data/outcome', 'schema-violation'],
    ['an unknown errorCode of the wrong type', evolved('WORKFLOW_RUN_FAILED', ['/data/errorCode', 500]), '/data/errorCode', 'schema-violation'],
    ['nodes that are not a list', evolved('WORKFLOW_RUN_COMPLETED', ['/data/nodes', { 0: 'x' }]), '/data/nodes', 'schema-violation'],
    ['a documented field missing (a node without nodeId)', evolved('WORKFLOW_NODE_COMPLETED', ['/data/nodeId', undefined]), '/data/nodeId', 'schema-violation'],
    ['an outcome without its kind', evolved('WORKFLOW_RUN_COMPLETED', [`${node0}/outcome/kind`, undefined]), `${node0}/outcome/kind`, 'schema-violation'],
    ['a kind that is no string', evolved('WORKFLOW_RUN_COMPLETED', [`${node0}/outcome/kind`, 7]), `${node0}/outcome/kind`, 'schema-violation'],
    ['a known kind that lacks its fields', evolved('WORKFLOW_RUN_COMPLETED', [`${node0}/outcome/conversationId`, undefined]), `${node0}/outcome/conversationId`, 'schema-violation'],
    ['an answer without its slug', evolved('WORKFLOW_RUN_COMPLETED', [`${answer0}/slug`, undefined]), `${answer0}/slug`, 'schema-violation'],
    ['a score over 100', evolved('WORKFLOW_RUN_COMPLETED', [`${answer0}/score`, 101]), `${answer0}/score`, 'schema-violation'],
  ];

  it.each(forbidden)('%s', (_name, payload, path, reason) => {
    for (const profile of ['tolerant', 'strict'] as const) {
      const result = validateEvent(payload, { profile });
      expect(result, profile).toMatchObject({ ok: false, reason });
      expect(!result.ok && result.issues.map((issue) => issue.path), profile).toContain(path);
    }
  });
});
