// A Hono app on workerd (Cloudflare's Workers runtime) that receives Popp's workflow webhooks.
//
//   npm run build && POPP_WEBHOOK_SECRET=whsec_... npm start
import { Hono } from 'hono';
import { createRunTracker } from 'popp-workflow-contract/runs';
import { createWebhookHandler } from 'popp-workflow-contract/webhooks';

type Env = { Bindings: { POPP_WEBHOOK_SECRET: string } };

// State in the isolate's memory, which a Workers platform may discard at any time: enough for this example.
// In production, pass `idempotency` a store over a Durable Object (claims must be atomic), and keep each run's
// reduceRun state there too.
const runs = createRunTracker();
let popp: ((request: Request) => Promise<Response>) | undefined;

/** The handler, made on the first request: a Worker's secrets arrive with the request's env. */
function webhookHandler(secret: string): (request: Request) => Promise<Response> {
  popp ??= createWebhookHandler({
    secret,
    on: {
      WORKFLOW_RUN_STARTED: runs.apply,
      WORKFLOW_NODE_COMPLETED: runs.apply,
      WORKFLOW_RUN_COMPLETED: runs.apply,
      WORKFLOW_RUN_FAILED: runs.apply,
      WORKFLOW_RUN_CANCELLED: runs.apply,
    },
  });
  return popp;
}

const app = new Hono<Env>();

// c.req.raw is the untouched Request: the handler reads and verifies the exact bytes Popp signed.
app.post('/webhooks/popp', (c) => webhookHandler(c.env.POPP_WEBHOOK_SECRET)(c.req.raw));

app.get('/runs/:runId', (c) => {
  const run = runs.get(c.req.param('runId'));
  return run ? c.json(run) : c.json({ error: `no events seen for run ${c.req.param('runId')}` }, 404);
});

export default app;
