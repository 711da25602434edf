// Sends the server a signed WORKFLOW_RUN_FAILED delivery, as Popp would, then reads the run back.
//   POPP_WEBHOOK_SECRET=whsec_... node try.mjs      (with the server running; PORT as for the server)
import { buildEvent, signRequest } from 'popp-workflow-contract/testing';

const base = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const event = buildEvent('WORKFLOW_RUN_FAILED', { data: { recordId: 'run_try_1' } });
const delivery = await fetch(`${base}/webhooks/popp`, await signRequest(event, process.env.POPP_WEBHOOK_SECRET));
console.log(delivery.status, await delivery.text());
const run = await (await fetch(`${base}/runs/run_try_1`)).json();
console.log(JSON.stringify({ runId: run.runId, status: run.status, errorCode: run.errorCode }));
