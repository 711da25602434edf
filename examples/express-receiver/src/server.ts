// An Express app that receives Popp's workflow webhooks and keeps the state of each run.
//
//   POPP_WEBHOOK_SECRET=whsec_... npm start
//
// Point the webhook endpoint in Popp's Developer Portal at https://<your host>/webhooks/popp.
import express from 'express';
import { createRunTracker } from 'popp-workflow-contract/runs';
import { createWebhookHandler, toNodeListener } from 'popp-workflow-contract/webhooks';

const secret = process.env.POPP_WEBHOOK_SECRET;
if (!secret) throw new Error('Set POPP_WEBHOOK_SECRET to the endpoint\'s signing secret.');

// One state per run, folded from its events in any order. In memory here: for several processes or restarts,
// store what reduceRun (popp-workflow-contract/runs) returns, keyed by runId.
const runs = createRunTracker({
  onChange: (run) => console.log(`run ${run.runId}: ${run.status}${run.errorCode ? ` (${run.errorCode})` : ''}`),
});

const popp = createWebhookHandler({
  secret,
  on: {
    WORKFLOW_RUN_STARTED: runs.apply,
    WORKFLOW_NODE_COMPLETED: runs.apply,
    WORKFLOW_RUN_COMPLETED: runs.apply,
    WORKFLOW_RUN_FAILED: runs.apply,
    WORKFLOW_RUN_CANCELLED: runs.apply,
  },
});

const app = express();
// The webhook route comes before express.json(): the signature covers the raw body, which toNodeListener reads.
app.post('/webhooks/popp', toNodeListener(popp));
app.use(express.json());

app.get('/runs/:runId', (request, response) => {
  const run = runs.get(request.params.runId);
  if (run) response.json(run);
  else response.status(404).json({ error: `no events seen for run ${request.params.runId}` });
});

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`);
});
