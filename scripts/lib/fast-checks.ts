/**
 * The first tier's code (generated/validators-fast.mjs): one boolean check per named strict schema, compiled here
 * from the schemas rather than by Ajv. Ajv's standalone output, even without allErrors, hands every nested
 * validator an options object and a concatenated instancePath, and keeps error bookkeeping on the way: most of
 * its cost on a valid payload, which is the only case this tier is for. These functions allocate nothing and stop
 * at the first problem. They cover the keywords the contract uses and refuse any other, loudly, at generation
 * time; the differential test (test/contract/differential.test.ts) holds them to Ajv's detailed validators.
 */
import { type Json, type JsonObject, isObject } from './json.js';

/** A JSON Schema keyword the checks below compile, grouped by the type of value it constrains. */
const KEYWORDS = {
  any: ['type', 'enum', 'const', '$ref', 'allOf', 'anyOf', 'oneOf', 'discriminator', 'default'],
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  number: ['minimum', 'maximum'],
  object: ['required', 'properties'],
  array: ['items', 'minItems', 'maxItems'],
} as const;
const SUPPORTED = new Set<string>(Object.values(KEYWORDS).flat());

/** The type a keyword constrains; each is also a JSON type name, whose test says whether the keyword applies. */
type Family = 'string' | 'number' | 'object' | 'array' | 'boolean' | 'null';

const FAMILY: Record<string, Family> = { string: 'string', number: 'number', integer: 'number', object: 'object', array: 'array', boolean: 'boolean', null: 'null' };

/** How a JSON type is tested: Ajv's own tests (a number is finite; an integer is a finite number with no fraction). */
function typeTest(type: string, v: string): string {
  switch (type) {
    case 'string':
    case 'boolean':
      return `typeof ${v} === '${type}'`;
    case 'number':
      return `(typeof ${v} === 'number' && isFinite(${v}))`;
    case 'integer':
      return `Number.isInteger(${v})`;
    case 'null':
      return `${v} === null`;
    case 'object':
      return `(${v} !== null && typeof ${v} === 'object' && !Array.isArray(${v}))`;
    case 'array':
      return `Array.isArray(${v})`;
    default:
      throw new Error(`unknown JSON type ${JSON.stringify(type)}`);
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const member = (v: string, key: string) => (IDENTIFIER.test(key) ? `${v}.${key}` : `${v}[${JSON.stringify(key)}]`);
const literal = (value: Json, where: string) => {
  if (value !== null && typeof value === 'object') throw new Error(`${where}: the fast checks compare primitives only, not ${JSON.stringify(value)}`);
  return JSON.stringify(value);
};
/** The placeholder a test is written over until it is applied to a value. */
const V = '__V__';
const testStatements = (tests: string[]) => tests.map((test) => `if (!(${test.replaceAll(V, 'v')})) return false;`);

/**
 * Compiles named schemas (references already rewritten to bare names, annotations stripped, as Ajv gets them)
 * into one function each. `functionName` names the exported check of a schema.
 *
 * @example
 *   const code = new FastCheckCompiler(schemas, (name) => `isValid${name}`).compileAll();
 */
export class FastCheckCompiler {
  private readonly declarations: string[] = [];
  private readonly patterns = new Map<string, string>();
  private helpers = 0;

  /**
   * @param options.formats false leaves `format` unchecked. Never for generated/: the bench builds such a copy as
   *   a reference, to show what the exact date-time checks cost on their own.
   */
  constructor(
    private readonly schemas: Map<string, JsonObject>,
    private readonly functionName: (schemaName: string) => string,
    private readonly options: { formats: boolean } = { formats: true },
  ) {}

  /** The module body: the shared patterns, then a function per schema (exported) and per inline object or array. */
  compileAll(): string {
    for (const [name, schema] of this.schemas) this.emitFunction(this.functionName(name), schema, name, true);
    const patterns = [...this.patterns].map(([source, id]) => `const ${id} = /*#__PURE__*/ new RegExp(${JSON.stringify(source)}, 'u');`);
    return [...patterns, ...this.declarations].join('\n');
  }

  private emitFunction(id: string, schema: JsonObject, where: string, exported: boolean): void {
    this.declare(id, this.statements(schema, where), exported);
  }

  private declare(id: string, lines: string[], exported: boolean): void {
    this.declarations.push(`${exported ? 'export ' : ''}function ${id}(v) {\n${lines.map((line) => `  ${line}`).join('\n')}\n  return true;\n}`);
  }

  /** A boolean expression for `schema` applied to `v`: inline when it needs no statement, else a helper's call. */
  private expression(schema: Json, v: string, where: string): string {
    if (!isObject(schema)) throw new Error(`${where}: a schema must be an object (boolean schemas are not used by this contract)`);
    const reference = this.reference(schema, where);
    if (reference !== undefined) return `${this.functionName(reference)}(${v})`;
    const { tests, blocks } = this.parts(schema, 'v', where);
    if (blocks.length === 0) return tests.length === 0 ? 'true' : `(${tests.map((test) => test.replaceAll(V, v)).join(' && ')})`;
    const id = `check${++this.helpers}`;
    this.declare(id, [...testStatements(tests), ...blocks], false);
    return `${id}(${v})`;
  }

  /** The body of a schema's function over its argument `v`: statements that return false at the first problem. */
  private statements(schema: JsonObject, where: string): string[] {
    const reference = this.reference(schema, where);
    if (reference !== undefined) return [`if (!${this.functionName(reference)}(v)) return false;`];
    const { tests, blocks } = this.parts(schema, 'v', where);
    return [...testStatements(tests), ...blocks];
  }

  /** `{ $ref }` alone: the referenced schema's name. A `$ref` beside other keywords is refused: drafts disagree on what those mean. */
  private reference(schema: JsonObject, where: string): string | undefined {
    if (typeof schema.$ref !== 'string') return undefined;
    const others = Object.keys(schema).filter((key) => key !== '$ref' && key !== 'default');
    if (others.length > 0) throw new Error(`${where}: $ref beside ${others.join(', ')} is not compiled by the fast checks`);
    if (!this.schemas.has(schema.$ref)) throw new Error(`${where}: $ref to unknown schema ${schema.$ref}`);
    return schema.$ref;
  }

  /**
   * The checks of one schema node: `tests`, expressions over `__V__` that must all hold, and `blocks`, statements
   * over `v` that return false (objects and arrays). Keywords of a type apply only to values of that type.
   */
  private parts(schema: JsonObject, v: string, where: string): { tests: string[]; blocks: string[] } {
    for (const key of Object.keys(schema)) {
      if (!SUPPORTED.has(key)) throw new Error(`${where}: keyword ${JSON.stringify(key)} is not compiled by the fast checks (scripts/lib/fast-checks.ts); add it there`);
    }
    const types = schema.type === undefined ? undefined : ([] as Json[]).concat(schema.type).map(String);
    const families = types === undefined ? undefined : new Set(types.map((type) => FAMILY[type] ?? 'unknown'));
    // A keyword of family F needs a guard unless the declared type already ensures F; it is dead where F is excluded.
    const applies = (family: Family) => families === undefined || families.has(family);
    const guarded = (family: Family, test: string) => (families?.size === 1 ? test : `(!(${typeTest(family, V)}) || ${test})`);
    const tests: string[] = [];
    const blocks: string[] = [];

    if (types !== undefined) tests.push(types.length === 1 ? typeTest(types[0] as string, V) : `(${types.map((type) => typeTest(type, V)).join(' || ')})`);
    if ('const' in schema) tests.push(`${V} === ${literal(schema.const as Json, where)}`);
    if (Array.isArray(schema.enum)) tests.push(`(${schema.enum.map((value) => `${V} === ${literal(value, where)}`).join(' || ')})`);

    if (applies('string')) {
      const string: string[] = [];
      if (typeof schema.minLength === 'number') string.push(schema.minLength === 1 ? `${V}.length !== 0` : `ucs2length(${V}) >= ${schema.minLength}`);
      if (typeof schema.maxLength === 'number') string.push(`(${V}.length <= ${schema.maxLength} || ucs2length(${V}) <= ${schema.maxLength})`);
      if (typeof schema.pattern === 'string') string.push(`${this.pattern(schema.pattern)}.test(${V})`);
      if (schema.format !== undefined) {
        if (schema.format !== 'date-time') throw new Error(`${where}: format ${JSON.stringify(schema.format)} is not compiled by the fast checks`);
        if (this.options.formats) string.push(`isRfc3339DateTime(${V})`);
      }
      for (const test of string) tests.push(guarded('string', test));
    }
    if (applies('number')) {
      // Ajv's own reading: a number below the minimum, or NaN, fails.
      if (typeof schema.minimum === 'number') tests.push(guarded('number', `${V} >= ${schema.minimum}`));
      if (typeof schema.maximum === 'number') tests.push(guarded('number', `${V} <= ${schema.maximum}`));
    }
    for (const branch of (schema.allOf ?? []) as Json[]) tests.push(this.expression(branch, V, `${where}/allOf`));
    if (Array.isArray(schema.anyOf)) tests.push(`(${schema.anyOf.map((branch, index) => this.expression(branch, V, `${where}/anyOf/${index}`)).join(' || ')})`);
    if (Array.isArray(schema.oneOf)) {
      if (isObject(schema.discriminator)) blocks.push(...this.discriminated(schema, v, where));
      else tests.push(`(${schema.oneOf.map((branch, index) => `(${this.expression(branch, V, `${where}/oneOf/${index}`)} ? 1 : 0)`).join(' + ')}) === 1`);
    } else if (schema.discriminator !== undefined) throw new Error(`${where}: discriminator without oneOf`);

    if (applies('object') && (schema.required !== undefined || schema.properties !== undefined)) blocks.push(...this.wrap('object', families, v, this.objectBlock(schema, v, where)));
    if (applies('array') && (schema.items !== undefined || schema.minItems !== undefined || schema.maxItems !== undefined)) blocks.push(...this.wrap('array', families, v, this.arrayBlock(schema, v, where)));
    return { tests, blocks };
  }

  private wrap(family: Family, families: Set<string> | undefined, v: string, lines: string[]): string[] {
    if (families?.size === 1) return lines;
    return [`if (${typeTest(family, v)}) {`, ...lines.map((line) => `  ${line}`), '}'];
  }

  private objectBlock(schema: JsonObject, v: string, where: string): string[] {
    const required = ((schema.required ?? []) as string[]).filter((key, index, keys) => keys.indexOf(key) === index);
    const lines = required.length > 0 ? [`if (${required.map((key) => `${member(v, key)} === undefined`).join(' || ')}) return false;`] : [];
    for (const [key, property] of Object.entries((schema.properties ?? {}) as JsonObject)) {
      const test = this.expression(property, 'p', `${where}/properties/${key}`);
      if (test === 'true') continue;
      lines.push(`{ const p = ${member(v, key)}; if (${required.includes(key) ? '' : 'p !== undefined && '}!${test}) return false; }`);
    }
    return lines;
  }

  private arrayBlock(schema: JsonObject, v: string, where: string): string[] {
    const lines: string[] = [];
    if (typeof schema.minItems === 'number') lines.push(`if (${v}.length < ${schema.minItems}) return false;`);
    if (typeof schema.maxItems === 'number') lines.push(`if (${v}.length > ${schema.maxItems}) return false;`);
    if (schema.items !== undefined) {
      if (Array.isArray(schema.items)) throw new Error(`${where}: tuple items are not compiled by the fast checks`);
      lines.push(`for (let i = 0; i < ${v}.length; i++) { const p = ${v}[i]; if (!${this.expression(schema.items, 'p', `${where}/items`)}) return false; }`);
    }
    return lines;
  }

  /**
   * Ajv's discriminator: the tag must be a string naming exactly one branch (by the branch's `const` or `enum` on
   * the tag), and only that branch is checked. The object type and the tag's presence are checked beside it.
   */
  private discriminated(schema: JsonObject, v: string, where: string): string[] {
    const tag = (schema.discriminator as JsonObject).propertyName as string;
    const cases = new Map<string, string>();
    (schema.oneOf as Json[]).forEach((branch, index) => {
      const resolved = isObject(branch) && typeof branch.$ref === 'string' ? this.schemas.get(branch.$ref) : branch;
      const definition = isObject(resolved) && isObject(resolved.properties) ? resolved.properties[tag] : undefined;
      const values = isObject(definition) ? ('const' in definition ? [definition.const] : (definition.enum as Json[] | undefined)) : undefined;
      if (values === undefined) throw new Error(`${where}/oneOf/${index}: the discriminator ${tag} has no const or enum in this branch`);
      for (const value of values) {
        if (typeof value !== 'string' || cases.has(value)) throw new Error(`${where}/oneOf/${index}: discriminator value ${JSON.stringify(value)} is not a unique string`);
        cases.set(value, this.expression(branch, v, `${where}/oneOf/${index}`));
      }
    });
    return [
      `switch (${member(v, tag)}) {`,
      ...[...cases].map(([value, test]) => `  case ${JSON.stringify(value)}: if (!${test}) return false; break;`),
      '  default: return false;',
      '}',
    ];
  }

  private pattern(source: string): string {
    let id = this.patterns.get(source);
    if (id === undefined) {
      id = `PATTERN_${this.patterns.size + 1}`;
      this.patterns.set(source, id);
    }
    return id;
  }
}
