// Scenarios: which workflows exist in the sandbox, their nodes, and what each candidate does in a run.
import { NODE_TYPES, OUTREACH_OUTCOMES, WORKFLOW_ERROR_CODES } from '../../generated/constants.js';
import { examples, restExamples } from '../../generated/examples.js';
import { validateAnswerOutcome } from '../../generated/validators.mjs';
import { toValidationIssues } from '../validation/issues.js';
import type { AnswerOutcome, NodeType, WorkflowErrorClass, WorkflowErrorCode, WorkflowOutreachOutcome } from '../events.js';

/** The workflow statuses a scenario can give (the docs name them; only PUBLISHED accepts runs). */
export const WORKFLOW_STATUSES = ['PUBLISHED', 'UNPUBLISHED', 'PAUSED', 'ARCHIVED'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/** One step of a run: the node entered, what it produced, how long it took. */
export interface ScenarioStep {
  /** The node's `id` in the workflow's `nodes`. */
  node: string;
  /** A conversation node's ending (WorkflowOutreachOutcome). Default: COMPLETED. */
  status?: WorkflowOutreachOutcome;
  /** A conversation node's answers. Default: none. */
  answers?: AnswerOutcome[];
  /** A condition node's target. Default: the next step's node (null after the last step). */
  target?: string | null;
  /** The routing event. Default: from the node and status (onComplete, onNotInterested, onDeliveryFailed, onOptedOut, onConditionResolved). */
  routingEvent?: string;
  /** Time spent in the node, in milliseconds. Default: 60,000. */
  durationMs?: number;
}

/**
 * What a candidate does in a run: the steps, in order. The run ends `failed` when `fail` is given (at the last
 * step's node), `opted_out` or `delivery_failed` when the last step's status is OPTED_OUT or DELIVERY_FAILED,
 * and `completed` otherwise.
 */
export interface CandidateBehaviour {
  steps: ScenarioStep[];
  fail?: { errorCode: WorkflowErrorCode; errorClass?: WorkflowErrorClass };
}

export interface WorkflowScenario {
  /** Your external ID of the workflow. Default: none (null). */
  externalId?: string | null;
  /** Default: PUBLISHED. */
  status?: WorkflowStatus;
  /** The live version's number. Default: 1. */
  versionNumber?: number;
  /** The live version's ID. Default: `<workflowId>_v<versionNumber>`. */
  workflowVersionId?: string;
  /** What publishing finds wrong: when given, publish answers the spec's 400 with these problems. */
  publishProblems?: { code: string; message: string; nodeId?: string }[];
  /** The workflow's nodes. */
  nodes: { id: string; type: NodeType }[];
  /** What a candidate does unless `candidates` names them. */
  run: CandidateBehaviour;
  /** What particular candidates do, keyed by candidate profile ID, candidate external ID or contact email. */
  candidates?: Record<string, CandidateBehaviour>;
  /** External IDs that name no candidate profile (startRuns reports them as CANDIDATE_PROFILE_NOT_FOUND). */
  unknownExternalIds?: string[];
}

/**
 * A sandbox scenario: the workflows that exist, by Popp workflow ID. The key `*` stands for any other ID
 * (the default scenario has only that key plus the docs' example workflow, so any ID works). Without `*`, a
 * workflow not named does not exist (the spec's 404).
 */
export interface Scenario {
  workflows: Record<string, WorkflowScenario>;
}

const COMPLETED_RUN = examples.WORKFLOW_RUN_COMPLETED[0].data;
const DOCS_WORKFLOW_ID = COMPLETED_RUN.workflowId as string;

/** The docs' example run as a behaviour: the two nodes, their outcomes and durations. */
function docsBehaviour(): CandidateBehaviour {
  return {
    steps: COMPLETED_RUN.nodes.map((node) => ({
      node: node.nodeId,
      ...(node.outcome.kind === 'conversation' ? { status: node.outcome.status, answers: structuredClone(node.outcome.answers) } : {}),
      routingEvent: node.routingEvent,
      durationMs: Date.parse(node.completedAt) - Date.parse(node.enteredAt),
    })),
  };
}

function docsWorkflow(): WorkflowScenario {
  return {
    nodes: COMPLETED_RUN.nodes.map((node) => ({ id: node.nodeId, type: node.nodeType })),
    run: docsBehaviour(),
    unknownExternalIds: restExamples.startWorkflowRuns.responses['202'].errors.map((error) => {
      const index = error.entry.index;
      return restExamples.startWorkflowRuns.request.candidateProfileExternalIds?.[index] as string;
    }),
  };
}

/**
 * The default scenario: the docs' example workflow (its IDs and version, every candidate runs the docs' example
 * run), and the same workflow under any other ID.
 *
 * @example
 *   createSandbox({ secret, webhookUrl, scenario: defaultScenario() }); // what no scenario means
 */
export function defaultScenario(): Scenario {
  const published = examples.WORKFLOW_PUBLISHED[0].data;
  return {
    workflows: {
      [DOCS_WORKFLOW_ID]: { ...docsWorkflow(), externalId: COMPLETED_RUN.workflowExternalId ?? null, versionNumber: published.versionNumber, workflowVersionId: published.workflowVersionId as string },
      '*': docsWorkflow(),
    },
  };
}

/**
 * A scenario with every terminal outcome and every errorCode, and each state conflict:
 * - `wf_outcomes`: candidate profiles `cp_completed`, `cp_opted_out`, `cp_delivery_failed`, `cp_not_interested`
 *   (completed, after a NOT_INTERESTED answer), `cp_failed_<errorcode in lower case>` for each errorCode, and
 *   `cp_slow` (a run of two days, to cancel); anyone else completes the docs' example run;
 * - `wf_paused` (PAUSED: startRuns 409), `wf_archived` (ARCHIVED: publish and startRuns 409),
 *   `wf_unpublishable` (publish answers 400 with the docs' two problems), `wf_draft` (UNPUBLISHED until published).
 *
 * @example
 *   const sandbox = createSandbox({ secret, webhookUrl, scenario: 'outcomes' });
 *   await client.startRuns('wf_outcomes', { candidateProfileIds: ['cp_failed_executor_timeout'] });
 */
export function outcomesScenario(): Scenario {
  const screen = COMPLETED_RUN.nodes[0]!.nodeId;
  const confirm = COMPLETED_RUN.nodes[1]!.nodeId;
  const nodes: WorkflowScenario['nodes'] = [
    { id: screen, type: 'SCREENING_OUTREACH' },
    { id: 'route-by-score', type: 'CONDITION' },
    { id: confirm, type: 'ENGAGEMENT_OUTREACH' },
  ];
  const one = (status: WorkflowOutreachOutcome, extra: Partial<ScenarioStep> = {}): CandidateBehaviour => ({ steps: [{ node: screen, status, ...extra }] });
  const candidates: Record<string, CandidateBehaviour> = {
    cp_completed: { steps: [{ node: screen, status: 'PASSED_CRITERIA' }, { node: 'route-by-score', durationMs: 1_000 }, { node: confirm, status: 'COMPLETED' }] },
    cp_opted_out: one('OPTED_OUT'),
    cp_delivery_failed: one('DELIVERY_FAILED'),
    cp_not_interested: one('NOT_INTERESTED'),
    cp_slow: { steps: [{ node: screen, status: 'PASSED_CRITERIA', durationMs: 24 * 3_600_000 }, { node: confirm, status: 'COMPLETED', durationMs: 24 * 3_600_000 }] },
  };
  for (const errorCode of WORKFLOW_ERROR_CODES) {
    candidates[`cp_failed_${errorCode.toLowerCase()}`] = { ...one('COMPLETED'), fail: { errorCode, ...(errorCode === 'SYSTEM_FAILURE' ? { errorClass: 'SYSTEM' as const } : {}) } };
  }
  const base = docsWorkflow();
  return {
    workflows: {
      wf_outcomes: { nodes, run: base.run, candidates },
      wf_paused: { ...base, status: 'PAUSED' },
      wf_archived: { ...base, status: 'ARCHIVED' },
      wf_draft: { ...base, status: 'UNPUBLISHED' },
      wf_unpublishable: {
        ...base,
        status: 'UNPUBLISHED',
        publishProblems: (restExamples.publishWorkflow.responses['400'].details ?? []).map((problem) => ({ code: problem.code, message: problem.message, ...(problem.nodeId === undefined ? {} : { nodeId: problem.nodeId }) })),
      },
    },
  };
}

/** The scenarios shipped with the package, by name (the CLI's `--scenario <name>`). */
export const SCENARIOS: Readonly<Record<'default' | 'outcomes', () => Scenario>> = Object.freeze({ default: defaultScenario, outcomes: outcomesScenario });

/**
 * Checks a scenario (parsed JSON or YAML, or an object) and returns it typed; throws a TypeError listing every
 * problem with its path.
 *
 * @example
 *   const scenario = checkScenario(JSON.parse(readFileSync('scenario.json', 'utf8')));
 */
export function checkScenario(value: unknown): Scenario {
  const problems: string[] = [];
  const at = (path: string, message: string) => problems.push(`${path || '(the scenario)'}: ${message}`);
  if (!isObject(value) || !isObject(value.workflows)) {
    throw new TypeError('createSandbox: the scenario must be an object with a `workflows` object (workflow ID → workflow).');
  }
  for (const [workflowId, workflow] of Object.entries(value.workflows)) checkWorkflow(`/workflows/${workflowId}`, workflow, at);
  if (Object.keys(value.workflows).length === 0) at('/workflows', 'names no workflow');
  if (problems.length > 0) throw new TypeError(`createSandbox: the scenario has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n  - ${problems.join('\n  - ')}`);
  return value as unknown as Scenario;
}

function checkWorkflow(path: string, workflow: unknown, at: (path: string, message: string) => void): void {
  if (!isObject(workflow)) return void at(path, 'must be an object');
  if (workflow.status !== undefined && !(WORKFLOW_STATUSES as readonly unknown[]).includes(workflow.status)) at(`${path}/status`, `must be one of ${WORKFLOW_STATUSES.join(', ')}`);
  if (workflow.versionNumber !== undefined && !(Number.isSafeInteger(workflow.versionNumber) && (workflow.versionNumber as number) >= 1)) at(`${path}/versionNumber`, 'must be an integer ≥ 1');
  if (workflow.externalId !== undefined && workflow.externalId !== null && typeof workflow.externalId !== 'string') at(`${path}/externalId`, 'must be a string or null');
  if (workflow.publishProblems !== undefined) {
    if (!Array.isArray(workflow.publishProblems)) at(`${path}/publishProblems`, 'must be a list');
    else workflow.publishProblems.forEach((problem, index) => {
      if (!isObject(problem) || typeof problem.code !== 'string' || problem.code === '' || typeof problem.message !== 'string') at(`${path}/publishProblems/${index}`, 'must have a code (non-empty) and a message');
    });
  }
  const nodeTypes = new Map<string, unknown>();
  if (!Array.isArray(workflow.nodes) || workflow.nodes.length === 0) at(`${path}/nodes`, 'must be a non-empty list of { id, type }');
  else workflow.nodes.forEach((node, index) => {
    if (!isObject(node) || typeof node.id !== 'string' || node.id === '') return void at(`${path}/nodes/${index}`, 'must be { id, type } with a non-empty id');
    if (!(NODE_TYPES as readonly unknown[]).includes(node.type)) at(`${path}/nodes/${index}/type`, `must be one of ${NODE_TYPES.join(', ')}`);
    if (nodeTypes.has(node.id)) at(`${path}/nodes/${index}/id`, `${node.id} is listed twice`);
    nodeTypes.set(node.id, node.type);
  });
  checkBehaviour(`${path}/run`, workflow.run, nodeTypes, at);
  if (workflow.candidates !== undefined) {
    if (!isObject(workflow.candidates)) at(`${path}/candidates`, 'must be an object (candidate key → behaviour)');
    else for (const [key, behaviour] of Object.entries(workflow.candidates)) checkBehaviour(`${path}/candidates/${key}`, behaviour, nodeTypes, at);
  }
  if (workflow.unknownExternalIds !== undefined && !(Array.isArray(workflow.unknownExternalIds) && workflow.unknownExternalIds.every((id) => typeof id === 'string'))) at(`${path}/unknownExternalIds`, 'must be a list of strings');
}

function checkBehaviour(path: string, behaviour: unknown, nodeTypes: Map<string, unknown>, at: (path: string, message: string) => void): void {
  if (!isObject(behaviour) || !Array.isArray(behaviour.steps) || behaviour.steps.length === 0) return void at(path, 'must be { steps: [...] } with at least one step');
  behaviour.steps.forEach((step, index) => {
    const where = `${path}/steps/${index}`;
    if (!isObject(step) || typeof step.node !== 'string') return void at(where, 'must be { node, … }');
    const type = nodeTypes.get(step.node);
    if (type === undefined) return void at(`${where}/node`, `${step.node} is not one of the workflow's nodes`);
    if (step.status !== undefined && (type === 'CONDITION' || !(OUTREACH_OUTCOMES as readonly unknown[]).includes(step.status))) {
      at(`${where}/status`, type === 'CONDITION' ? 'a condition node has no status' : `must be one of ${OUTREACH_OUTCOMES.join(', ')}`);
    }
    if (step.answers !== undefined) {
      if (type === 'CONDITION' || !Array.isArray(step.answers)) at(`${where}/answers`, type === 'CONDITION' ? 'a condition node has no answers' : 'must be a list of answers (AnswerOutcome)');
      else step.answers.forEach((answer, answerIndex) => {
        // The strict profile, as every payload the sandbox sends must pass it.
        if (!validateAnswerOutcome(answer)) for (const issue of toValidationIssues(validateAnswerOutcome.errors)) at(`${where}/answers/${answerIndex}${issue.path}`, issue.message);
      });
    }
    if (step.target !== undefined && step.target !== null && (type !== 'CONDITION' || typeof step.target !== 'string')) at(`${where}/target`, 'only a condition node has a target (a node ID or null)');
    if (step.durationMs !== undefined && !(typeof step.durationMs === 'number' && Number.isFinite(step.durationMs) && step.durationMs >= 0)) at(`${where}/durationMs`, 'must be a number ≥ 0');
    if (step.routingEvent !== undefined && (typeof step.routingEvent !== 'string' || step.routingEvent === '')) at(`${where}/routingEvent`, 'must be a non-empty string');
  });
  if (behaviour.fail !== undefined) {
    if (!isObject(behaviour.fail) || !(WORKFLOW_ERROR_CODES as readonly unknown[]).includes(behaviour.fail.errorCode)) at(`${path}/fail/errorCode`, `must be one of ${WORKFLOW_ERROR_CODES.join(', ')}`);
    else if (behaviour.fail.errorClass !== undefined && behaviour.fail.errorClass !== 'DATA' && behaviour.fail.errorClass !== 'SYSTEM') at(`${path}/fail/errorClass`, 'must be DATA or SYSTEM');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
