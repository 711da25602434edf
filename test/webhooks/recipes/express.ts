// README recipes: Express, with the webhook route before express.json(), or with express.raw on the route.
import express, { type Express } from 'express';
import { toNodeListener } from '../../../src/webhooks/index.js';

export function expressBeforeJson(popp: (request: Request) => Promise<Response>): Express {
  // #region express-before-json
  const app = express();
  // The webhook route comes before express.json(): toNodeListener reads the raw body itself.
  app.post('/webhooks/popp', toNodeListener(popp));
  app.use(express.json());
  // #endregion express-before-json
  app.post('/api/echo', (req, res) => void res.json(req.body));
  return app;
}

export function expressRaw(popp: (request: Request) => Promise<Response>): Express {
  // #region express-raw
  const app = express();
  // express.raw keeps the exact bytes (as a Buffer) for this route only; raise its limit to the handler's.
  app.post('/webhooks/popp', express.raw({ type: 'application/json', limit: '1mb' }), toNodeListener(popp));
  app.use(express.json());
  // #endregion express-raw
  app.post('/api/echo', (req, res) => void res.json(req.body));
  return app;
}
