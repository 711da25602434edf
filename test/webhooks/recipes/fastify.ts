// README recipe: Fastify. An encapsulated scope leaves the body unread for the webhook handler.
import Fastify, { type FastifyInstance } from 'fastify';
import { toNodeListener } from '../../../src/webhooks/index.js';

export function fastifyApp(popp: (request: Request) => Promise<Response>): FastifyInstance {
  // #region fastify
  const app = Fastify();
  const listener = toNodeListener(popp);
  app.register(async (scope) => {
    // In this scope only: accept any content type and leave the body unread, for the handler to verify.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.post('/webhooks/popp', async (request, reply) => {
      reply.hijack();
      await listener(request.raw, reply.raw);
    });
  });
  // #endregion fastify
  app.post('/api/echo', async (request) => request.body);
  return app;
}
