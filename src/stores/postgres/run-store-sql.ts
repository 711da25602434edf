/**
 * The run store's table: where it lives (schema and table names, checked and quoted once) and the SQL that
 * creates it. ensureSchema() runs this SQL; run-store.sql is the same text for the default names, for users'
 * own migrations (a test holds the file to this function).
 */

/** The table's name unless another is given. */
export const DEFAULT_RUN_TABLE = 'popp_runs';

/** Where the run store keeps its rows: the quoted, qualified table name and the names derived from it. */
export interface RunTableNames {
  /** `"schema"."table"`, or `"table"` (found on the search_path) without a schema. */
  readonly table: string;
  /** The quoted schema, when one is given. */
  readonly schema: string | undefined;
  /** Unquoted table name: index names start with it. */
  readonly bare: string;
}

// Lower-case letters, digits and underscores: such a name means the same quoted or not, so the SQL a user
// runs by hand (unquoted or quoted) and the store's queries name the same table. 40 characters leave room
// for index-name suffixes within PostgreSQL's 63 (a longer name is silently cut, and two could collide).
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,39}$/;

/**
 * Checks and quotes the schema and table names.
 *
 * @example
 *   runTableNames({ schema: 'popp', table: 'runs' }).table; // '"popp"."runs"'
 */
export function runTableNames(options: { schema?: string | undefined; table?: string | undefined }, caller: string): RunTableNames {
  const bare = options.table ?? DEFAULT_RUN_TABLE;
  for (const [name, value] of [['table', bare], ['schema', options.schema]] as const) {
    if (value !== undefined && (typeof value !== 'string' || !IDENTIFIER.test(value))) {
      throw new TypeError(`${caller}: ${name} must be 1 to 40 lower-case letters, digits and underscores, starting with a letter or underscore; got ${JSON.stringify(value)}.`);
    }
  }
  const schema = options.schema === undefined ? undefined : `"${options.schema}"`;
  return { table: schema === undefined ? `"${bare}"` : `${schema}."${bare}"`, schema, bare };
}

/**
 * The SQL that creates the run store's table and indexes, idempotent (IF NOT EXISTS): what ensureSchema()
 * runs, and what run-store.sql holds for the default names.
 *
 * - `state` is the RunState reduceRun returned, as `json`, not `jsonb` (a decision): `json` keeps the text
 *   exactly, so a loaded state is the stored one field for field and in RunState's key order, and it takes
 *   every string JSON can carry, where `jsonb` refuses `\u0000` and lone surrogates (user data in a node's
 *   outcome can hold them) and would leave that run unable to take any later event. Nothing queries inside
 *   it: the columns beside it are copies of its fields for the queries (by workflow, by candidate profile,
 *   by status) and their indexes; `state::jsonb` gives jsonb's operators where the text allows.
 * - `seq` numbers runs in the order first stored: lists follow it, and a list's cursor is the last seq seen.
 *
 * @example
 *   await pool.query(runStoreSchemaSql({ schema: 'popp' }));
 */
export function runStoreSchemaSql(options: { schema?: string; table?: string } = {}): string {
  const header = '-- popp-workflow-contract: the durable run store (createPostgresRunStore). Idempotent: safe to run again.';
  return `${[header, ...runStoreSchemaStatements(runTableNames(options, 'runStoreSchemaSql'))].join('\n')}\n`;
}

/** The statements of runStoreSchemaSql one by one (PGlite's query() runs one statement at a time). */
export function runStoreSchemaStatements(names: RunTableNames): string[] {
  const { table, bare } = names;
  return [
    ...(names.schema === undefined ? [] : [`CREATE SCHEMA IF NOT EXISTS ${names.schema};`]),
    [
      `CREATE TABLE IF NOT EXISTS ${table} (`,
      '  organization_id text NOT NULL,',
      '  run_id text NOT NULL,',
      '  seq bigint GENERATED ALWAYS AS IDENTITY,',
      '  status text NOT NULL, -- RunState.status',
      '  workflow_id text,',
      '  candidate_profile_id text,',
      '  state json NOT NULL, -- the RunState, as reduceRun returns it (json keeps it exactly: see the README)',
      '  created_at timestamptz NOT NULL DEFAULT now(),',
      '  updated_at timestamptz NOT NULL DEFAULT now(),',
      '  PRIMARY KEY (organization_id, run_id)',
      ');',
    ].join('\n'),
    `CREATE UNIQUE INDEX IF NOT EXISTS "${bare}_seq" ON ${table} (seq);`,
    `CREATE INDEX IF NOT EXISTS "${bare}_run" ON ${table} (run_id);`,
    `CREATE INDEX IF NOT EXISTS "${bare}_workflow" ON ${table} (workflow_id, seq);`,
    `CREATE INDEX IF NOT EXISTS "${bare}_candidate_profile" ON ${table} (candidate_profile_id, seq);`,
    `CREATE INDEX IF NOT EXISTS "${bare}_status" ON ${table} (status, seq);`,
  ];
}
