// README recipe: node:http. The code between the #region markers is quoted verbatim in the README.
import { createServer, type Server } from 'node:http';
import { toNodeListener } from '../../../src/webhooks/index.js';

export function nodeHttpServer(popp: (request: Request) => Promise<Response>): Server {
  // #region node-http
  const server = createServer(toNodeListener(popp));
  // #endregion node-http
  return server;
}
