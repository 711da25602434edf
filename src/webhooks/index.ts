/**
 * Receiving Popp webhooks: signature, typed events, a Fetch handler (plus a node:http adapter) with
 * idempotency by eventId.
 *
 * @example
 *   import { createWebhookHandler, toNodeListener } from 'popp-workflow-contract/webhooks';
 *   const handler = createWebhookHandler({ secret: process.env.POPP_WEBHOOK_SECRET!, on: { WORKFLOW_RUN_COMPLETED: (event) => save(event) } });
 */
export { SIGNATURE_HEADER, signPayload, verifySignature } from './signature.js';
export { constructEvent, constructEventSync, parseEvent, type ConstructEventOptions, type DriftReport, type ParseEventOptions, type ParseEventResult } from './construct-event.js';
export { WebhookError, WebhookPayloadError, WebhookSignatureError, WebhookUnknownEventError, type WebhookErrorCode } from './errors.js';
export {
  createWebhookHandler,
  type DeliveryContext,
  type DeliveryFailure,
  type InvalidDelivery,
  type WebhookEventHandlers,
  type WebhookHandlerOptions,
  type WebhookLogger,
} from './handler.js';
export {
  createMemoryIdempotencyStore,
  type ClaimOptions,
  type ClaimResult,
  type ClaimToken,
  type IdempotencyStore,
  type MemoryIdempotencyStore,
  type MemoryIdempotencyStoreOptions,
  type StoreTransaction,
  type TransactionOutcome,
} from './idempotency.js';
export { payloadHash } from './payload-hash.js';
export { toNodeListener, type FetchHandler, type NodeListenerOptions, type NodeRequest, type NodeResponse } from './node.js';
export type { RawBody } from './raw-body.js';
