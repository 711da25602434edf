// Everything the package exports that is not a file: one import for users who do not care about entry points.
// The sandbox is the exception: it is Node-only (node:http), and this entry runs in browsers and workers too.
export * from './events.js';
export * from './validators.js';
export * from './webhooks/index.js';
export * from './runs/index.js';
export * from './testing/index.js';
export * from './client/index.js';
export * from './stores/redis/index.js';
export * from './stores/postgres/index.js';
