// Deno: the app on Deno.serve.
import { createApp } from './app.mjs';

Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: ({ port }) => console.log(JSON.stringify({ port })) }, createApp());
