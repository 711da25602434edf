/**
 * A local Popp for trying and testing your integration: the five REST operations with state, runs played from a
 * scenario, and their events delivered signed, with retries, dead letters, replay and seeded chaos.
 *
 * @example
 *   import { createSandbox } from 'popp-workflow-contract/sandbox';
 *   const sandbox = createSandbox({ secret: 'whsec_test', webhookUrl: 'http://127.0.0.1:3000/webhooks/popp' });
 *   const { url } = await sandbox.listen(4010); // point createPoppClient's baseUrl at it
 */
export { createSandbox, type RequestLogEntry, type Sandbox, type SandboxLogEntry, type SandboxOptions } from './create-sandbox.js';
export type { SandboxClock } from './clock.js';
export { DEFAULT_CHAOS, DEFAULT_RETRY, type ChaosOptions, type Delivery, type DeliveryAttempt, type DeliveryLogEntry, type DeliveryRetryOptions } from './delivery.js';
export { SandboxBugError } from './errors.js';
export { checkScenario, defaultScenario, outcomesScenario, SCENARIOS, WORKFLOW_STATUSES, type CandidateBehaviour, type Scenario, type ScenarioStep, type WorkflowScenario, type WorkflowStatus } from './scenario.js';
export { INTAKE_TIMING } from './simulation.js';
export { ADMIN_PREFIX } from './admin.js';
