/**
 * `--set path=value` for `send`: a dot path into the event (`data.recordId`, `data.nodes.0.nodeId`) and a value
 * read as JSON when it parses (`3`, `true`, `null`, `{"a":1}`, `"quoted"`) and as a string otherwise. A key that
 * neither the event nor its schema knows is refused, naming the keys that are known there: unknown properties
 * pass validation (the contract allows them), so a typo would otherwise be sent without a word.
 */
import { closeMatches } from './close-matches.js';
import { UsageError } from './command.js';

type Schema = Record<string, unknown>;

/** One parsed `--set`: the path's segments and the value. */
export interface Assignment {
  text: string;
  path: string[];
  value: unknown;
}

/**
 * Parses `path=value`.
 *
 * @example
 *   parseAssignment('data.recordId=run_1'); // { text: 'data.recordId=run_1', path: ['data', 'recordId'], value: 'run_1' }
 */
export function parseAssignment(text: string): Assignment {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new UsageError(`--set ${JSON.stringify(text)}: expected path=value, e.g. --set data.recordId=run_1.`);
  const path = text.slice(0, equals).split('.');
  if (path.some((segment) => segment === '')) throw new UsageError(`--set ${JSON.stringify(text)}: the path has an empty segment; segments are separated by single dots.`);
  const raw = text.slice(equals + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: the text itself, so `--set data.recordId=run_1` needs no quotes.
  }
  return { text, path, value };
}

/**
 * Sets the assignment's value in `target` (changed in place), creating objects (or arrays, before a numeric
 * segment) that the schema knows but the event lacks.
 *
 * @example
 *   applyAssignment(event, parseAssignment('data.errorCode=EXECUTOR_TIMEOUT'), schemaFile('WorkflowRunFailedEvent'));
 */
export function applyAssignment(target: Record<string, unknown>, assignment: Assignment, schema: Schema): void {
  let current: unknown = target;
  let schemas = expand([schema], schema);
  assignment.path.forEach((segment, index) => {
    const last = index === assignment.path.length - 1;
    const where = assignment.path.slice(0, index).join('.') || '(the event)';
    if (typeof current !== 'object' || current === null) throw new UsageError(`--set ${assignment.text}: ${where} is ${current === null ? 'null' : `a ${typeof current}`}, so it has no ${JSON.stringify(segment)}.`);
    const container = current as Record<string, unknown>;
    const isArray = Array.isArray(current);
    if (isArray && !/^\d+$/.test(segment)) throw new UsageError(`--set ${assignment.text}: ${where} is an array; its elements are numbered (${where}.0, ${where}.1, …).`);
    // One past the end appends; further would leave holes, which JSON writes as null.
    const length = isArray ? (current as unknown[]).length : 0;
    if (isArray && Number(segment) > length) throw new UsageError(`--set ${assignment.text}: ${where} has ${length} element${length === 1 ? '' : 's'}; an index from 0 to ${length} (${length} appends one) is expected.`);
    const childSchemas = expand(schemas.flatMap((candidate) => childOf(candidate, segment, isArray)), schema);
    const exists = Object.hasOwn(container, segment);
    if (!exists && childSchemas.length === 0) {
      const known = [...new Set([...Object.keys(container), ...schemas.flatMap((candidate) => Object.keys((candidate.properties as Schema | undefined) ?? {}))])].sort();
      const matches = closeMatches(segment, known);
      const hint = matches.length > 0 ? ` Did you mean ${matches.map((match) => [...assignment.path.slice(0, index), match].join('.')).join(' or ')}?` : known.length > 0 ? ` Known there: ${known.join(', ')}.` : '';
      throw new UsageError(`--set ${assignment.text}: ${isArray ? `${where} has no element ${segment}` : `neither the event nor its schema has ${JSON.stringify(segment)} in ${where}`}.${hint}`);
    }
    if (last) {
      Object.defineProperty(container, segment, { value: assignment.value, writable: true, enumerable: true, configurable: true });
      return;
    }
    if (!exists) container[segment] = /^\d+$/.test(assignment.path[index + 1] as string) ? [] : {};
    current = container[segment];
    schemas = childSchemas;
  });
}

/** The schemas a property or an array element of `schema` may have. */
function childOf(schema: Schema, segment: string, isArray: boolean): Schema[] {
  if (isArray) return isSchema(schema.items) ? [schema.items] : [];
  const properties = schema.properties as Record<string, unknown> | undefined;
  const property = properties?.[segment];
  return isSchema(property) ? [property] : [];
}

/** Follows `$ref`s into `$defs` and opens anyOf/oneOf/allOf, so every alternative's properties count. */
function expand(schemas: Schema[], root: Schema): Schema[] {
  const out: Schema[] = [];
  const queue = [...schemas];
  const seen = new Set<Schema>();
  while (queue.length > 0) {
    const schema = queue.shift() as Schema;
    if (seen.has(schema)) continue;
    seen.add(schema);
    out.push(schema);
    if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/$defs/')) {
      const target = (root.$defs as Record<string, unknown> | undefined)?.[schema.$ref.slice('#/$defs/'.length)];
      if (isSchema(target)) queue.push(target);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const list = schema[key];
      if (Array.isArray(list)) queue.push(...list.filter(isSchema));
    }
  }
  return out;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
