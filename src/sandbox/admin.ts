// The sandbox's own routes, under /_sandbox/: the delivery log, the dead letters, replay, and the clock.
// They are a local tool's controls (no credentials), not part of Popp's API.
import type { Scheduler } from './clock.js';
import type { Deliveries } from './delivery.js';
import type { RestOutcome } from './rest.js';

export const ADMIN_PREFIX = '/_sandbox/';

/**
 * Answers an admin request:
 * - `GET /_sandbox/deliveries` → `{ deliveries }` (every delivery with its attempts)
 * - `GET /_sandbox/dead-letters` → `{ deliveries }` (those whose last attempt failed)
 * - `POST /_sandbox/deliveries/{deliveryId}/replay` → `{ delivery }` after one attempt (404 for an unknown ID)
 * - `POST /_sandbox/advance?ms=N` → `{ now }` (virtual clock only; 409 on real time)
 * - `POST /_sandbox/idle` → `{ now }` once nothing is due or running
 *
 * @example
 *   const { deliveries } = await (await fetch(`${url}/_sandbox/dead-letters`)).json();
 */
export async function handleAdmin(request: Request, context: { deliveries: Deliveries; scheduler: Scheduler; requestId: () => string }): Promise<RestOutcome> {
  const { deliveries, scheduler } = context;
  const requestId = context.requestId();
  const url = new URL(request.url);
  const route = url.pathname.slice(ADMIN_PREFIX.length);
  const json = (status: number, body: unknown, error?: { code: string; message: string }): RestOutcome => ({
    response: new Response(JSON.stringify(error === undefined ? body : { ...error, requestId }), { status, headers: { 'content-type': 'application/json', 'x-request-id': requestId } }),
    operationId: null,
    status,
    code: error?.code ?? null,
    message: error?.message ?? null,
  });
  const now = () => ({ now: new Date(scheduler.now()).toISOString() });
  const replay = /^deliveries\/([^/]+)\/replay$/.exec(route);
  const method = request.method;
  if (route === 'deliveries' && method === 'GET') return json(200, { deliveries: deliveries.list() });
  if (route === 'dead-letters' && method === 'GET') return json(200, { deliveries: deliveries.deadLetters() });
  if (replay !== null && method === 'POST') {
    const id = decodeURIComponent(replay[1] as string);
    if (!deliveries.list().some((delivery) => delivery.id === id)) return json(404, undefined, { code: 'NOT_FOUND', message: `No delivery ${id}; GET ${ADMIN_PREFIX}deliveries lists them.` });
    return json(200, { delivery: await deliveries.replay(id) });
  }
  if (route === 'advance' && method === 'POST') {
    const ms = Number(url.searchParams.get('ms'));
    if (!(Number.isFinite(ms) && ms >= 0)) return json(400, undefined, { code: 'VALIDATION_FAILED', message: 'Give ms, the milliseconds to advance by (a number ≥ 0): POST /_sandbox/advance?ms=60000.' });
    if (scheduler.mode !== 'virtual') return json(409, undefined, { code: 'REAL_TIME', message: 'The sandbox runs on real time; only a virtual clock can be advanced.' });
    await scheduler.advance(ms);
    return json(200, now());
  }
  if (route === 'idle' && method === 'POST') {
    await scheduler.idle();
    return json(200, now());
  }
  return json(404, undefined, { code: 'NOT_FOUND', message: `No sandbox route ${method} ${url.pathname}; the routes are GET ${ADMIN_PREFIX}deliveries, GET ${ADMIN_PREFIX}dead-letters, POST ${ADMIN_PREFIX}deliveries/{id}/replay, POST ${ADMIN_PREFIX}advance?ms=N, POST ${ADMIN_PREFIX}idle.` });
}
