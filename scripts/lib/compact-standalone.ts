/**
 * Ajv's standalone code (allErrors) rewritten into the compact form generated/validators.mjs ships. Every rewrite
 * keeps what a validator returns and reports, object for object: the differential test compares the generated
 * validators' `.errors` with Ajv's compiled at run time, as JSON text. Each rewrite knows the exact shape it
 * rewrites, and stops the generator on anything of that kind in another shape rather than passing it over, so a
 * new Ajv release cannot change the output unnoticed.
 *
 * What it saves is mostly what gzip cannot fold: a numbered `const errN` per error, and every schema copied whole
 * to read an enum or a type list out of it (the sizes before and after are in CHANGELOG.md; BENCHMARKS.md has
 * the current ones).
 */

/**
 * All the rewrites, in the order they depend on: the schemas' reads are resolved before anything else looks at
 * the code; error objects are built by the helpers of src/validation/standalone-helpers.ts.
 *
 * @example
 *   const code = compactStandalone(standaloneCode(ajv, exportsMap)); // then import its helpers (helpersImport)
 */
export function compactStandalone(code: string): string {
  return concatNestedErrors(plainInstancePaths(compactErrorAppends(inlineSchemaReads(code))));
}

/**
 * Ajv copies each schema whole into the module (`const schema81 = {…}`) to read a few values out of it at
 * error time: an enum's values, a list of types. Each value read becomes a constant of its own (one per distinct
 * value), and the schemas go: a bundle carried every property of every schema for a dozen arrays.
 *
 * @example
 *   inlineSchemaReads('const schema1 = {"enum":["A","B"]};f({allowedValues: schema1.enum});');
 *   // 'const schemaValue0 = ["A","B"];\nf({allowedValues: schemaValue0});'
 */
export function inlineSchemaReads(code: string): string {
  const schemas = new Map<string, unknown>();
  let withoutSchemas = '';
  let last = 0;
  for (const match of code.matchAll(/const (schema\d+) = (?=\{)/g)) {
    const start = (match.index as number) + match[0].length;
    const end = endOf(code, start);
    if (code[end] !== ';') throw new Error(`Ajv's standalone code: a schema constant not followed by ';': ${code.slice(match.index as number, end + 20)}`);
    schemas.set(match[1] as string, JSON.parse(code.slice(start, end)));
    withoutSchemas += code.slice(last, match.index as number);
    last = end + 1;
  }
  withoutSchemas += code.slice(last);

  const constants = new Map<string, string>();
  const rewritten = withoutSchemas.replace(/\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])+)/g, (read, name: string, path: string) => {
    let value = schemas.get(name);
    if (value === undefined) throw new Error(`Ajv's standalone code reads ${read}, but defines no ${name}`);
    for (const [, key, quoted] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\]/g)) {
      value = (value as Record<string, unknown> | undefined)?.[key ?? (JSON.parse(quoted as string) as string)];
    }
    if (value === undefined) throw new Error(`Ajv's standalone code reads ${read}, which its schema does not have`);
    const text = JSON.stringify(value);
    if (!constants.has(text)) constants.set(text, `schemaValue${constants.size}`);
    return constants.get(text) as string;
  });
  const leftover = /\bschema\d+\b/.exec(rewritten);
  if (leftover) throw new Error(`Ajv's standalone code uses a schema other than by reading a value from it: ${context(rewritten, leftover.index)}`);
  const definitions = [...constants].map(([text, name]) => `const ${name} = ${text};\n`).join('');
  return definitions + rewritten;
}

/**
 * Each of Ajv's error appends, `const errN = {instancePath, schemaPath, keyword, params, message};` and the
 * four statements that push it onto `vErrors`, becomes one `vErrors = appendError(vErrors, …)` of a call that
 * builds the same object: `requiredError` for a missing property (its message is derived from the property),
 * `ajvError` for any other, with the five values in the same order. (`{}` is Ajv's placeholder error inside
 * `not`, whose errors are discarded: appended as it is.)
 *
 * @example
 *   compactErrorAppends('const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;');
 *   // 'vErrors = appendError(vErrors, ajvError(instancePath, "#/type", "type", {type: "string"}, "must be string"));errors++;'
 */
export function compactErrorAppends(code: string): string {
  let out = '';
  let last = 0;
  for (const match of code.matchAll(/const (err\d+) = (?=\{)/g)) {
    const name = match[1] as string;
    const open = (match.index as number) + match[0].length;
    const close = endOf(code, open);
    const append = `;if(vErrors === null){vErrors = [${name}];}else {vErrors.push(${name});}errors++;`;
    if (!code.startsWith(append, close)) throw new Error(`an Ajv error object not appended as compactErrorAppends knows: ${context(code, close)}`);
    const object = code.slice(open, close);
    out += `${code.slice(last, match.index as number)}vErrors = appendError(vErrors, ${object === '{}' ? object : errorCall(object)});errors++;`;
    last = close + append.length;
  }
  out += code.slice(last);
  const unchanged = /vErrors\.push\(|const err\d+ =/.exec(out);
  if (unchanged) throw new Error(`Ajv's standalone code has an error append compactErrorAppends does not know: ${context(out, unchanged.index)}`);
  return out;
}

/** One error object literal as the helper call that builds it. */
function errorCall(object: string): string {
  const fields = splitTopLevel(object.slice(1, -1)).map((field) => /^(\w+)(?::([\s\S]+))?$/.exec(field));
  if (fields.map((field) => field?.[1]).join() !== 'instancePath,schemaPath,keyword,params,message') throw new Error(`an Ajv error object of an unexpected shape: ${object}`);
  const [instancePath, schemaPath, keyword, params, message] = fields.map((field) => (field?.[2] ?? field?.[1]) as string) as [string, string, string, string, string];
  const missing = /^\{missingProperty: ([\s\S]+)\}$/.exec(params)?.[1];
  if (keyword === '"required"' && missing !== undefined && message === `"must have required property '"+${missing}+"'"`) return `requiredError(${instancePath}, ${schemaPath}, ${missing})`;
  return `ajvError(${instancePath}, ${schemaPath}, ${keyword}, ${params}, ${message})`;
}

/**
 * Ajv hands each nested validator a data context (`{instancePath, parentData, parentDataProperty, rootData}`);
 * only `$data` references and custom keywords read more than the path, and the contract has neither. Each call
 * passes the path alone, and each validator takes it as its second parameter. Calling an exported validator
 * with one argument, as its declared type allows, is unchanged.
 *
 * @example
 *   plainInstancePaths('function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){validate2(data.a, {instancePath:instancePath+"/a",parentData:data,parentDataProperty:"a",rootData});}');
 *   // 'function validate1(data, instancePath=""){validate2(data.a, instancePath+"/a");}'
 */
export function plainInstancePaths(code: string): string {
  let out = code.replaceAll('(data, {instancePath="", parentData, parentDataProperty, rootData=data}={})', '(data, instancePath="")');
  let rewritten = '';
  let last = 0;
  for (const match of out.matchAll(/, (?=\{instancePath[:,])/g)) {
    const open = (match.index as number) + match[0].length;
    const close = endOf(out, open);
    const fields = splitTopLevel(out.slice(open + 1, close - 1)).map((field) => /^(\w+)(?::([\s\S]+))?$/.exec(field));
    if (fields.map((field) => field?.[1]).join() !== 'instancePath,parentData,parentDataProperty,rootData' || fields[3]?.[2] !== undefined) {
      throw new Error(`a nested validator's data context of an unexpected shape: ${out.slice(open, close)}`);
    }
    rewritten += `${out.slice(last, open)}${fields[0]?.[2] ?? 'instancePath'}`;
    last = close;
  }
  out = rewritten + out.slice(last);
  const leftover = /\b(parentData|parentDataProperty|rootData)\b/.exec(out);
  if (leftover) throw new Error(`Ajv's standalone code still uses ${leftover[0]}: ${context(out, leftover.index)}`);
  return out;
}

/**
 * A nested validator's errors added to the caller's, `vErrors = vErrors === null ? validateN.errors :
 * vErrors.concat(validateN.errors)`, as one call of `concatErrors` that does the same.
 *
 * @example
 *   concatNestedErrors('vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);');
 *   // 'vErrors = concatErrors(vErrors, validate2.errors);'
 */
export function concatNestedErrors(code: string): string {
  const out = code.replace(/vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g, 'vErrors = concatErrors(vErrors, $1.errors);');
  const leftover = /\.concat\(/.exec(out);
  if (leftover) throw new Error(`Ajv's standalone code concatenates errors in a way concatNestedErrors does not know: ${context(out, leftover.index)}`);
  return out;
}

/** The code around `index`, for an error message. */
function context(code: string, index: number): string {
  return code.slice(Math.max(0, index - 80), index + 80);
}

/** The index just past the string literal or bracketed group that starts at `start`. */
function endOf(code: string, start: number): number {
  const opener = code[start] as string;
  if (opener === '"' || opener === "'") {
    let index = start + 1;
    while (code[index] !== opener) {
      if (index >= code.length) throw new Error(`unterminated string in Ajv's output at ${start}`);
      index += code[index] === '\\' ? 2 : 1;
    }
    return index + 1;
  }
  const closer = ({ '{': '}', '[': ']', '(': ')' } as Record<string, string>)[opener];
  if (closer === undefined) throw new Error(`endOf: no literal or group starts at ${start}`);
  let index = start + 1;
  while (code[index] !== closer) {
    if (index >= code.length) throw new Error(`unbalanced ${opener} in Ajv's output at ${start}`);
    if (code[index] === '`') throw new Error(`a template literal in Ajv's output at ${index}: compact-standalone.ts does not read those`);
    index = '"\'{[('.includes(code[index] as string) ? endOf(code, index) : index + 1;
  }
  return index + 1;
}

/** `text` split at its top-level commas (not inside a string or a bracketed group). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === ',') {
      parts.push(text.slice(start, index).trim());
      start = ++index;
    } else index = '"\'{[('.includes(char) ? endOf(text, index) : index + 1;
  }
  parts.push(text.slice(start).trim());
  return parts;
}
