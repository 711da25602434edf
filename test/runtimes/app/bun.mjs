// Bun: the app on Bun.serve.
import { createApp } from './app.mjs';

const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: createApp() });
console.log(JSON.stringify({ port: server.port }));
