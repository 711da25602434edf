/**
 * A handler's abort signal, made only when the handler reads it. An AbortSignal is an EventTarget and costs
 * more to build (about 1.7 µs on Node 20) than the rest of a delivery's bookkeeping together, and most handlers
 * never look at theirs.
 */
import type { StoreTransaction } from './idempotency.js';

/**
 * Aborts like an AbortController, but builds the AbortController (and its signal) only when `signal` is first
 * read; read after an abort, it is already aborted with the first reason. Internal.
 *
 * @example
 *   const abort = new LazyAbort();
 *   abort.abort(new DOMException('too slow', 'TimeoutError'));
 *   abort.signal.aborted; // true, reason: that TimeoutError
 */
export class LazyAbort {
  #controller: AbortController | undefined;
  #aborted = false;
  #reason: unknown;

  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  /** Aborts the signal with `reason`; the first abort wins, as AbortController's does. */
  abort(reason: unknown): void {
    if (this.#controller !== undefined) return this.#controller.abort(reason);
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
  }
}

/**
 * What a handler receives as its context: `eventId`, `signal` and `transaction` as own enumerable properties,
 * in that order, as on a plain object (spread and destructuring copy the signal), but `signal` an accessor over
 * a LazyAbort. Assigning `signal` replaces it with a plain property. Internal.
 *
 * @example
 *   const context = new HandlerContext('evt_1', new LazyAbort(), undefined);
 *   const { signal } = context; // the AbortSignal is built here
 */
export class HandlerContext {
  // One accessor pair for every context, so that they all share one hidden class (an object literal with a
  // getter would make new functions, and so a new shape, per delivery).
  static readonly #signal: PropertyDescriptor = {
    get(this: HandlerContext): AbortSignal {
      return this.#abort.signal;
    },
    set(this: HandlerContext, value: AbortSignal): void {
      Object.defineProperty(this, 'signal', { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  };

  readonly #abort: LazyAbort;
  // Declared, not class fields: fields would be defined before the constructor runs, and signal come last.
  declare eventId: string | undefined;
  declare signal: AbortSignal;
  declare transaction: StoreTransaction | undefined;

  constructor(eventId: string | undefined, abort: LazyAbort, transaction: StoreTransaction | undefined) {
    this.#abort = abort;
    this.eventId = eventId;
    Object.defineProperty(this, 'signal', HandlerContext.#signal);
    this.transaction = transaction;
  }
}
