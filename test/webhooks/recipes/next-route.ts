// README recipe: a Next.js route handler, app/webhooks/popp/route.ts. The handler is the route's POST export.
import { createWebhookHandler } from '../../../src/webhooks/index.js';

export const savedRuns: { runId: string; outcome: string }[] = [];
async function saveRun(runId: string, outcome: string): Promise<void> {
  savedRuns.push({ runId, outcome });
}

// #region nextjs
export const POST = createWebhookHandler({
  secret: process.env.POPP_WEBHOOK_SECRET!,
  on: {
    WORKFLOW_RUN_COMPLETED: (event) => saveRun(event.data.recordId, event.data.outcome),
  },
});
// #endregion nextjs
