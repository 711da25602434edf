// The generated lists the buildRun tests iterate over (never hand-copied).
export { RUN_TERMINAL_EVENT_TYPES } from '../../src/events.js';
export { WORKFLOW_ERROR_CODES as WORKFLOW_ERROR_CODES_FOR_TEST } from '../../generated/constants.js';
