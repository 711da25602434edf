// How the parts of the contract refer to each other, read from the contract itself: which operation announces which
// event (its prose names it), which events share a record's lifecycle, who uses a schema, and prose with the
// names of events and schemas turned into links.
import type { EventInfo, OperationInfo } from '../contract.js';
import { directReferences } from '../schemas.js';
import type { ContractView } from './fields.js';
import { codeRef } from './model.js';

/**
 * For each event type, the operations whose description names it (the operation causes or announces it).
 * @example eventsNamedBy(contract).get('WORKFLOW_RUN_CANCELLED') // [cancelWorkflowRun]
 */
export function operationsNamingEvents(contract: ContractView): Map<string, OperationInfo[]> {
  const byEvent = new Map<string, OperationInfo[]>();
  for (const operation of contract.operations) {
    for (const type of namedEvents(contract, operation.description)) byEvent.set(type, [...(byEvent.get(type) ?? []), operation]);
  }
  return byEvent;
}

/** The event types a text names, in the contract's order. */
export function namedEvents(contract: ContractView, text: string): string[] {
  return contract.events.map((event) => event.type).filter((type) => new RegExp(`\\b${type}\\b`).test(text));
}

/**
 * The operations that start the record an event is about: those naming the event itself or, for a record kind
 * whose lifecycle one of them starts (a run), those naming any event of that kind.
 */
export function causingOperations(contract: ContractView, event: EventInfo, named: Map<string, OperationInfo[]>): { direct: OperationInfo[]; viaLifecycle: OperationInfo[] } {
  const direct = named.get(event.type) ?? [];
  const viaLifecycle = [
    ...new Set(
      lifecycleOf(contract, event)
        .filter((sibling) => sibling.type !== event.type)
        .flatMap((sibling) => named.get(sibling.type) ?? []),
    ),
  ].filter((operation) => !direct.includes(operation));
  return { direct, viaLifecycle };
}

/**
 * The events of the same lifecycle as `event`, in the contract's order: those about the same kind of record in
 * the same category, and those announced by an operation that announces this one.
 * @example lifecycleOf(contract, runFailed).map((event) => event.type) // ['WORKFLOW_RUN_STARTED', …, 'WORKFLOW_CONTACT_RESOLUTION_SKIPPED']
 */
export function lifecycleOf(contract: ContractView, event: EventInfo): EventInfo[] {
  const named = operationsNamingEvents(contract);
  const announcers = new Set(named.get(event.type) ?? []);
  return contract.events.filter(
    (other) =>
      (other.category === event.category && other.recordKind === event.recordKind) ||
      (named.get(other.type) ?? []).some((operation) => announcers.has(operation)),
  );
}

export interface Usage {
  events: { type: string; as: string }[];
  operations: { operationId: string; summary: string; where: string[] }[];
  schemas: string[];
}

/**
 * For every schema: the events whose payload contains it (directly or through other schemas), the operations
 * whose request or response bodies contain it, and the schemas that reference it directly.
 */
export function usages(contract: ContractView): Map<string, Usage> {
  const referrers = new Map<string, string[]>();
  for (const [other, schema] of contract.schemas) {
    for (const name of directReferences(schema)) if (name !== other) referrers.set(name, [...(referrers.get(name) ?? []), other]);
  }
  const reach = (root: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [root];
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...directReferences(contract.schemas.get(name) ?? {}));
    }
    return seen;
  };
  const result = new Map<string, Usage>([...contract.schemas.keys()].map((name) => [name, { events: [], operations: [], schemas: referrers.get(name) ?? [] }]));
  for (const event of contract.events) {
    for (const name of reach(event.schemaName)) {
      const as = name === event.schemaName ? 'payload' : name === event.dataSchemaName ? 'data' : 'inside the payload';
      result.get(name)?.events.push({ type: event.type, as });
    }
  }
  for (const operation of contract.operations) {
    const where = new Map<string, string[]>();
    const add = (root: string | undefined, label: string) => {
      if (!root) return;
      for (const name of reach(root)) {
        const list = where.get(name) ?? [];
        if (!list.includes(label)) list.push(label);
        where.set(name, list);
      }
    };
    add(operation.requestSchemaName, 'request');
    for (const response of operation.responses) add(response.schemaName, response.status);
    for (const [name, labels] of where) result.get(name)?.operations.push({ operationId: operation.operationId, summary: operation.summary, where: labels });
  }
  return result;
}

/**
 * Prose with links: every event type and every schema name it mentions (bare or in backticks) becomes a link to
 * its page, except the page's own subject. Existing links and code other than a bare name are left alone.
 * @example linkProse(contract, 'announced by the WORKFLOW_PUBLISHED webhook', 'operation/publishWorkflow') // 'announced by the [`WORKFLOW_PUBLISHED`](ref:event/WORKFLOW_PUBLISHED) webhook'
 */
export function linkProse(contract: ContractView, text: string, self?: string): string {
  const targets = new Map<string, string>();
  for (const event of contract.events) targets.set(event.type, `event/${event.type}`);
  // Only multi-word CamelCase names: a schema called like an English word would link ordinary prose.
  for (const name of contract.schemas.keys()) if (/^[A-Z][a-z]+[A-Z]/.test(name)) targets.set(name, `type/${name}`);
  const names = [...targets.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[$]/g, '\\$&'));
  const pattern = new RegExp(`(\\[[^\\]]*\\]\\([^)]*\\))|\`(${names.join('|')})\`|(\`[^\`]*\`)|\\b(${names.join('|')})\\b`, 'g');
  return text.replace(pattern, (match, link: string | undefined, quoted: string | undefined, code: string | undefined, bare: string | undefined) => {
    if (link || code) return match;
    const name = (quoted ?? bare) as string;
    const key = targets.get(name) as string;
    return key === self ? `\`${name}\`` : codeRef(name, key);
  });
}
