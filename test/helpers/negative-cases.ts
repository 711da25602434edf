// Negative cases of the conformance suite, derived from the spec's example of each workflow event by walking
// it alongside its schema. Shared by the TypeScript test and the independent (Python) validator test.
import { examples } from '../../generated/examples.js';
import { WORKFLOW_EVENT_TYPES } from '../../generated/events.js';
import { type Json, type Schema, isObject, loadSchema, readJson, walkFields, withValueAt, GENERATED } from './contract.js';

export type NegativeKind = 'missing-required' | 'unknown-enum-value' | 'wrong-type' | 'outcome-kind-mismatch';

export interface NegativeCase {
  name: string;
  kind: NegativeKind;
  /**
   * The deviation the tolerant profile reports instead of refusing (spec/profiles.yaml), or undefined when the
   * breakage breaks a documented rule and both profiles refuse it.
   */
  toleratedAs?: 'unknown-enum-value' | 'unknown-kind' | 'missing-field';
  eventType: string;
  /** The schema file in generated/schemas/ the payload must fail. */
  schema: string;
  payload: Json;
  /** JSON pointer where a validator must report the problem. */
  expectedPath: string;
}

const UNKNOWN_VALUE = 'NOT_A_DOCUMENTED_VALUE';

/** A value of another JSON type than the schema allows. */
function wrongTypeFor(schema: Schema): Json {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(Boolean);
  if (types.includes('string') || 'enum' in schema || 'const' in schema) return 12345;
  if (types.includes('integer') || types.includes('number')) return 'not-a-number';
  if (types.includes('boolean')) return 'yes';
  if (types.includes('array')) return { not: 'an array' };
  return 'not-an-object';
}

export function negativeCases(): NegativeCase[] {
  const index = readJson<{ events: { event: string; schema: string }[] }>(`${GENERATED}/schemas/index.json`);
  const cases: NegativeCase[] = [];
  for (const eventType of WORKFLOW_EVENT_TYPES) {
    const schemaName = index.events.find((entry) => entry.event === eventType)?.schema as string;
    const root = loadSchema(schemaName);
    const payload = examples[eventType][0] as unknown as Json;
    const add = (kind: NegativeKind, name: string, mutated: Json, expectedPath: string, toleratedAs?: NegativeCase['toleratedAs']) =>
      cases.push({ name: `${eventType}: ${name}`, kind, eventType, schema: schemaName, payload: mutated, expectedPath, ...(toleratedAs ? { toleratedAs } : {}) });

    walkFields(root, payload, root, '', ({ pointer, schema, required, requiredByStrictOnly, value }) => {
      // The event type itself is how a payload picks its schema; changing it is the unknown-event case.
      if (pointer === '/event') return;
      if (required) add('missing-required', `without ${pointer}`, withValueAt(payload, pointer, undefined), pointer, requiredByStrictOnly ? 'missing-field' : undefined);
      if (Array.isArray(schema.enum)) add('unknown-enum-value', `unknown value at ${pointer}`, withValueAt(payload, pointer, UNKNOWN_VALUE), pointer, 'unknown-enum-value');
      add('wrong-type', `wrong type at ${pointer}`, withValueAt(payload, pointer, wrongTypeFor(schema)), pointer);

      if (isObject(value) && typeof value.kind === 'string' && pointer.endsWith('/outcome')) {
        const swapped = value.kind === 'conversation' ? 'condition' : 'conversation';
        const firstMissing = swapped === 'condition' ? 'targetNodeId' : 'conversationId';
        add('outcome-kind-mismatch', `${pointer} says ${swapped} but carries ${value.kind} fields`, withValueAt(payload, `${pointer}/kind`, swapped), `${pointer}/${firstMissing}`);
        add('unknown-enum-value', `${pointer} of an unknown kind`, withValueAt(payload, `${pointer}/kind`, 'timed-wait'), `${pointer}/kind`, 'unknown-kind');
      }
    });
  }
  return cases;
}
