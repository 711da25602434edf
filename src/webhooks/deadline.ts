// Runs a handler against a deadline, so that one that never settles cannot hold its delivery forever.

/** How a handler's run ended: it resolved, it threw, or the deadline came first (then `late` is the run). */
export type Settlement = { kind: 'resolved' } | { kind: 'threw'; error: unknown } | { kind: 'timed-out'; error: DOMException; late: Promise<unknown> };

/** The largest delay setTimeout takes: a longer one fires at once (Node, browsers) instead of late. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `run` and waits for it to settle, or for `ms` milliseconds, whichever comes first. JavaScript cannot
 * stop a promise, so a run past its deadline goes on: `late` lets the caller observe how it ends, and
 * nothing else is done with it. Internal.
 *
 * @example
 *   const settled = await settleWithin(() => handle(event), 30_000);
 *   if (settled.kind === 'timed-out') settled.late.catch(() => {});
 */
export async function settleWithin(run: () => unknown, ms: number): Promise<Settlement> {
  let returned: unknown;
  try {
    returned = run();
  } catch (error) {
    return { kind: 'threw', error };
  }
  // A handler that returned a plain value (most synchronous ones return undefined) has settled already: the
  // deadline could never come first, so no timer is set for it.
  if (returned === null || (typeof returned !== 'object' && typeof returned !== 'function')) return { kind: 'resolved' };
  const running = Promise.resolve(returned);
  return new Promise<Settlement>((resolve) => {
    const timer = setTimeout(() => {
      // The same reason AbortSignal.timeout() gives, so a signal for the handler can carry it later.
      resolve({ kind: 'timed-out', error: new DOMException(`The handler did not settle within ${ms} ms.`, 'TimeoutError'), late: running });
    }, ms);
    running.then(
      () => {
        clearTimeout(timer);
        resolve({ kind: 'resolved' });
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({ kind: 'threw', error });
      },
    );
  });
}
