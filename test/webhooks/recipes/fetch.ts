// README recipe: Hono (and any router over Fetch): hand the untouched Request to the handler.
import { Hono } from 'hono';

export function honoApp(popp: (request: Request) => Promise<Response>): Hono {
  // #region hono
  const app = new Hono();
  app.post('/webhooks/popp', (c) => popp(c.req.raw));
  // #endregion hono
  return app;
}
