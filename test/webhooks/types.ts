// Type tests (checked by `npm run typecheck`, never run): handlers get narrowed events, mistakes do not compile.
import { type PoppWebhookEnvelope, type RunOutcome, type WorkflowErrorCode, unknownValue } from '../../src/events.js';
import { reduceRun, type RunState } from '../../src/runs/index.js';
import { buildEvent, signRequest } from '../../src/testing/index.js';
import { constructEvent, createWebhookHandler, toNodeListener, type IdempotencyStore } from '../../src/webhooks/index.js';

export function handlersReceiveNarrowedEvents(): void {
  createWebhookHandler({
    secret: 's',
    on: {
      WORKFLOW_RUN_COMPLETED: (event) => {
        const outcome: RunOutcome = event.data.outcome;
        // @ts-expect-error an outcome may be a value this contract does not know yet (the tolerant profile)
        const closed: 'completed' | 'opted_out' | 'delivery_failed' | 'cancelled' | 'failed' = event.data.outcome;
        void closed;
        // @ts-expect-error errorCode exists only on WORKFLOW_RUN_FAILED
        void event.data.errorCode;
        return outcome;
      },
      WORKFLOW_RUN_FAILED: async (event) => {
        const code: WorkflowErrorCode = event.data.errorCode;
        return code;
      },
      WORKFLOW_NODE_COMPLETED: (event) => {
        if (event.data.outcome.kind === 'conversation') void event.data.outcome.answers;
        // @ts-expect-error targetNodeId belongs to the condition outcome only
        else if (event.data.outcome.kind === 'empty') void event.data.outcome.targetNodeId;
      },
      CONVERSATION_STARTED: (event) => {
        // @ts-expect-error nodes exist only on run-terminal events
        void event.data.nodes;
      },
    },
    onUnknown: (envelope) => {
      const typed: PoppWebhookEnvelope = envelope;
      return typed.event;
    },
  });
}

export function misspeltEventTypesDoNotCompile(): void {
  createWebhookHandler({
    secret: 's',
    on: {
      // @ts-expect-error not an event type
      WORKFLOW_RUN_COMPLETE: () => {},
    },
  });
  // @ts-expect-error the secret is required
  createWebhookHandler({ on: {} });
}

export async function constructEventNarrowsOnTheEventField(body: string, signature: string | null): Promise<void> {
  const event = await constructEvent(body, signature, ['new', 'old']);
  if (event.event === 'WORKFLOW_RUN_CANCELLED') {
    const reason: string | null | undefined = event.data.cancellationReason;
    void reason;
  }
  // @ts-expect-error a parsed object is not a raw body
  await constructEvent({ event: 'x' }, signature, 's');
}

export function adaptersAcceptAnyFetchHandler(): void {
  toNodeListener(async () => new Response('ok'));
  toNodeListener(() => new Response('ok'));
  // @ts-expect-error must answer with a Response
  toNodeListener(async () => 'ok');
}

export async function testingHelpersAreTyped(): Promise<void> {
  const failed = buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: 'EXECUTOR_TIMEOUT' } });
  const code: WorkflowErrorCode = failed.data.errorCode;
  void code;
  // @ts-expect-error not one of the WorkflowErrorCode values
  buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: 'QUOTA_EXCEEDED' } });
  // A value the contract does not know, on purpose (to test drift handling), without a cast:
  buildEvent('WORKFLOW_RUN_FAILED', { data: { errorCode: unknownValue('QUOTA_EXCEEDED') } }, { profile: 'tolerant' });
  // @ts-expect-error the event type of a built event cannot be overridden
  buildEvent('WORKFLOW_RUN_FAILED', { event: 'WORKFLOW_RUN_COMPLETED' });
  await fetch('http://127.0.0.1/', await signRequest(failed, 's'));
  new Request('http://127.0.0.1/', await signRequest(new TextEncoder().encode('{}'), 's'));
}

export function runReducerTakesRunEventsOnly(state: RunState | undefined): void {
  reduceRun(state, buildEvent('WORKFLOW_NODE_COMPLETED'));
  // @ts-expect-error WORKFLOW_PUBLISHED is about a workflow, not a run
  reduceRun(state, buildEvent('WORKFLOW_PUBLISHED'));
}

export const customStore: IdempotencyStore = {
  claim: async (eventId) => ({ status: 'claimed', token: { eventId, owner: 'me' } }),
  complete: async () => true,
  release: async () => true,
  extend: async () => true,
};
// @ts-expect-error claim must say what it found
export const wrongStore: IdempotencyStore = { claim: async () => true, complete: async () => true, release: async () => true, extend: async () => true };
// @ts-expect-error a claim without a token cannot be completed
export const tokenless: IdempotencyStore = { claim: async () => ({ status: 'claimed' }), complete: async () => true, release: async () => true, extend: async () => true };

export function handlersGetTheirContext(): void {
  createWebhookHandler({
    secret: 's',
    on: {
      WORKFLOW_RUN_COMPLETED: async (event, { signal, transaction, eventId }) => {
        const aborted: boolean = signal.aborted;
        const id: string | undefined = eventId;
        await transaction?.query('INSERT INTO runs (id) VALUES ($1)', [event.data.recordId]);
        return [aborted, id];
      },
    },
  });
}
