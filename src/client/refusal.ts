/**
 * What the transport throws when it refuses to send a request or to use a response (a redirect, a body over
 * `maxResponseBytes`, a URL on another origin). The sender turns it into the public error, with the call's
 * method, path and attempts, and never retries it.
 */
import type { PoppRequestContext, PoppRequestError } from './errors.js';

/**
 * A refused request or response. Its message (what `use()` middleware's `onError` sees) holds no credential.
 *
 * @example
 *   throw new Refusal('302 Found: redirect not followed', (context) => new PoppRedirectError(…, context));
 */
export class Refusal extends Error {
  readonly #toError: (context: PoppRequestContext) => PoppRequestError;

  constructor(summary: string, toError: (context: PoppRequestContext) => PoppRequestError) {
    super(summary);
    this.name = 'PoppRefusal';
    this.#toError = toError;
  }

  /** The public error for the call this attempt belongs to. */
  toError(context: PoppRequestContext): PoppRequestError {
    return this.#toError(context);
  }
}
