/**
 * Waiting safely for any length of time. setTimeout takes at most 2^31−1 ms (about 24.8 days); a longer delay
 * fires after 1 ms instead (Node only warns). A configured `retry.maxElapsedMs` or a server's Retry-After can
 * ask for more, so long waits are made of steps no longer than that.
 */

/** setTimeout's largest delay. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Resolves after `ms` (any length; negative or NaN counts as 0), waiting in steps of at most
 * {@link MAX_TIMER_MS}; rejects with `signal.reason` as soon as `signal` aborts.
 *
 * @example
 *   await sleep(30 * 24 * 3600 * 1000, controller.signal); // 30 days, not 1 ms
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let timer: ReturnType<typeof setTimeout>;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const wait = (left: number) => {
      if (left > MAX_TIMER_MS) {
        timer = setTimeout(wait, MAX_TIMER_MS, left - MAX_TIMER_MS);
        return;
      }
      timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, left || 0));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    wait(ms);
  });
}
