// The PostgreSQL store's SQL is stated once (src/stores/postgres/schema.ts): the shipped schema.sql and the
// README's copy are that text, and table and schema names are refused unless they are plain identifiers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPostgresIdempotencyStore, schemaSql } from '../../src/stores/postgres/index.js';
import { createRedisIdempotencyStore } from '../../src/stores/redis/index.js';
import { ROOT } from '../helpers/contract.js';

describe('the PostgreSQL store\'s SQL', () => {
  it('ships as schema.sql and appears in the README, both the same as schemaSql()', () => {
    expect(readFileSync(join(ROOT, 'src/stores/postgres/schema.sql'), 'utf8')).toBe(schemaSql());
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`\`\`\`sql\n${schemaSql()}\`\`\``);
  });

  it('names a schema and a table only as plain identifiers', () => {
    const client = { query: async () => ({ rows: [] }) };
    expect(schemaSql({ schema: 'popp', table: 'claims' })).toContain('CREATE TABLE IF NOT EXISTS "popp"."claims"');
    for (const bad of ['popp"; DROP TABLE x; --', '1table', '', 'a'.repeat(64), 'with space']) {
      expect(() => createPostgresIdempotencyStore({ client, table: bad }), bad).toThrow(/table must be an identifier of letters, digits and underscores/);
      expect(() => createPostgresIdempotencyStore({ client, schema: bad }), bad).toThrow(/schema must be an identifier/);
    }
  });

  it('refuses what cannot work, with what to do instead', () => {
    const bareQuery = { query: async () => ({ rows: [] }) };
    expect(() => createPostgresIdempotencyStore({ client: bareQuery, transactional: true })).toThrow(/transactional needs a pg Pool .* or PGlite/);
    expect(() => createPostgresIdempotencyStore({ client: {} as never })).toThrow(/client must be a pg Pool or Client, a PGlite instance/);
    expect(() => createPostgresIdempotencyStore({ client: bareQuery, ttlMs: 0 })).toThrow(/ttlMs must be a positive integer/);
    expect(() => createRedisIdempotencyStore({ client: {} as never })).toThrow(/neither call \(ioredis\), sendCommand \(node-redis v5\) nor command/);
    expect(() => createRedisIdempotencyStore({ client: { command: async () => null }, ttlMs: -1 })).toThrow(/ttlMs/);
  });
});
