// The SQL of the PostgreSQL idempotency store: the table (ensureSchema, schema.sql) and the statements on it.

/** Where the store's table lives. */
export interface TableName {
  /** The PostgreSQL schema; undefined: the connection's search_path decides. */
  schema: string | undefined;
  table: string;
}

export const DEFAULT_POSTGRES_TABLE = 'popp_idempotency';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Checks a schema or table name: letters, digits and underscores, not starting with a digit, at most 63 bytes
 * (PostgreSQL's limit), so it can be quoted into SQL safely. Internal.
 *
 * @example
 *   identifier('popp_idempotency', 'table'); // '"popp_idempotency"'
 */
export function identifier(name: unknown, what: string): string {
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new TypeError(`createPostgresIdempotencyStore: ${what} must be an identifier of letters, digits and underscores (not starting with a digit, at most 63), got ${JSON.stringify(String(name)).slice(0, 80)}.`);
  }
  return `"${name}"`;
}

/**
 * The statements that create the store's table (idempotent: IF NOT EXISTS), for `ensureSchema()` and for your
 * own migrations. Internal; `schemaSql` is the public form.
 *
 * @example
 *   for (const statement of schemaStatements({ schema: 'popp', table: 'popp_idempotency' })) await client.query(statement);
 */
export function schemaStatements({ schema, table }: TableName): string[] {
  const qualified = qualify({ schema, table });
  const index = identifier(`${table}_expires_at`.slice(0, 63), 'index name');
  return [
    ...(schema === undefined ? [] : [`CREATE SCHEMA IF NOT EXISTS ${identifier(schema, 'schema')}`]),
    `CREATE TABLE IF NOT EXISTS ${qualified} (
  -- The Popp eventId.
  event_id     text        PRIMARY KEY,
  -- 'in-progress' while a delivery holds the lease, 'completed' once processed.
  state        text        NOT NULL CHECK (state IN ('in-progress', 'completed')),
  -- The claim's owner (random, per claim): only it may complete, release or extend.
  owner        text        NOT NULL,
  -- SHA-256 of the body, hex: another body under the same eventId is a conflict.
  payload_hash text        NOT NULL,
  -- The lease's end while in progress; when to forget the event once completed. The database's clock.
  expires_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
)`,
    `CREATE INDEX IF NOT EXISTS ${index} ON ${qualified} (expires_at)`,
  ];
}

/**
 * The table's SQL as one script, the same as `schema.sql` beside this module (for the default table name).
 *
 * @example
 *   writeFileSync('migrations/001_popp_idempotency.sql', schemaSql({ schema: 'popp' }));
 */
export function schemaSql(name: { schema?: string; table?: string } = {}): string {
  return `${schemaStatements({ schema: name.schema, table: name.table ?? DEFAULT_POSTGRES_TABLE }).join(';\n\n')};\n`;
}

/**
 * The schema-qualified, quoted table name. Internal.
 *
 * @example
 *   qualify({ schema: 'popp', table: 'popp_idempotency' }); // '"popp"."popp_idempotency"'
 */
export function qualify({ schema, table }: TableName): string {
  return schema === undefined ? identifier(table, 'table') : `${identifier(schema, 'schema')}.${identifier(table, 'table')}`;
}

// Milliseconds arrive as a parameter; the database adds them to its own statement_timestamp() (not now(), which
// stands still for a whole transaction, and not the receiver's clock).
const AFTER = (param: string) => `statement_timestamp() + ${param}::double precision * interval '1 millisecond'`;

/**
 * The store's statements on one table. Internal. With `counted`, the changing statements return no rows: the
 * client reports how many rows they changed (pg's rowCount, PGlite's affectedRows), which saves decoding a
 * result row per call; without it, they return a row per changed row.
 *
 * @example
 *   const sql = statements('"popp"."popp_idempotency"', true);
 *   await pool.query(sql.release, [eventId, owner]);
 */
export function statements(table: string, counted = false) {
  const returning = counted ? '' : ' RETURNING 1 AS done';
  const live = `event_id = $1 AND owner = $2 AND state = 'in-progress' AND expires_at > statement_timestamp()`;
  return {
    // A new claim: the common case, one statement.
    insert: `INSERT INTO ${table} (event_id, state, owner, payload_hash, expires_at, updated_at)
VALUES ($1, 'in-progress', $2, $3, ${AFTER('$4')}, statement_timestamp())
ON CONFLICT (event_id) DO NOTHING${returning}`,
    // Takes over a lapsed lease or a forgotten (expired) completed record; the row lock orders concurrent takeovers.
    takeOver: `UPDATE ${table} SET state = 'in-progress', owner = $2, payload_hash = $3, expires_at = ${AFTER('$4')}, updated_at = statement_timestamp()
WHERE event_id = $1 AND expires_at <= statement_timestamp()${returning}`,
    // A new statement sees what a concurrent claim committed after the INSERT's snapshot.
    current: `SELECT state, payload_hash FROM ${table} WHERE event_id = $1 AND expires_at > statement_timestamp()`,
    complete: `UPDATE ${table} SET state = 'completed', expires_at = ${AFTER('$3')}, updated_at = statement_timestamp() WHERE ${live}${returning}`,
    // Inside the handler's transaction, ownership alone decides: a takeover changes the owner, and the row lock
    // this takes orders it against any takeover still to come. A lease that lapsed with no one taking it over
    // costs nothing, and PGlite (one connection, held by this transaction) could not extend it meanwhile.
    completeOwned: `UPDATE ${table} SET state = 'completed', expires_at = ${AFTER('$3')}, updated_at = statement_timestamp() WHERE event_id = $1 AND owner = $2 AND state = 'in-progress'${returning}`,
    release: `DELETE FROM ${table} WHERE event_id = $1 AND owner = $2 AND state = 'in-progress'${returning}`,
    extend: `UPDATE ${table} SET expires_at = ${AFTER('$3')}, updated_at = statement_timestamp() WHERE ${live}${returning}`,
    purge: `DELETE FROM ${table} WHERE expires_at <= statement_timestamp()${returning}`,
  };
}
