// The error answers of the REST routes, in the spec's ErrorResponse shape.
import type { components } from '../../generated/api.js';

type ErrorDetail = components['schemas']['ErrorDetail'];

/** An error answer of the REST API: its status, code, message and details (each problem, with its field). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A response the sandbox was about to send breaks the spec: a bug in the sandbox, never the caller's fault. */
export class SandboxBugError extends Error {
  constructor(message: string) {
    super(`popp-workflow-contract sandbox bug: ${message} Please report it.`);
    this.name = 'SandboxBugError';
  }
}
