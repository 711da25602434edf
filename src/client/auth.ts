/**
 * Credentials: checked once at construction, put on every request as it is prepared (request.ts), and kept out
 * of every string, JSON document and inspection the client or its errors produce.
 */
export const REDACTED = '[redacted]';
/** Node's util.inspect looks this symbol up; using Symbol.for keeps the client free of `node:` imports. */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Holds the API key and organization ID in private fields. Printing, serialising or inspecting it shows
 * `[redacted]` only.
 *
 * @example
 *   const credentials = new Credentials('sk_live_123', 'org_123');
 *   String(credentials); // 'Credentials { apiKey: [redacted], organizationId: [redacted] }'
 */
export class Credentials {
  readonly #apiKey: string;
  readonly #organizationId: string;
  /** Either credential, in any letter case, the longer first (so that one containing the other is cut whole). */
  readonly #anyCredential: RegExp;

  constructor(apiKey: unknown, organizationId: unknown) {
    this.#apiKey = checkCredential('apiKey', apiKey, 'POPP_API_KEY');
    this.#organizationId = checkCredential('organizationId', organizationId, 'POPP_ORGANIZATION_ID');
    const alternatives = [this.#apiKey, this.#organizationId].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.#anyCredential = new RegExp(alternatives.join('|'), 'gi');
  }

  /** Sets `x-api-key` and `x-organization-id`, replacing whatever a caller put there. */
  applyTo(headers: Headers): void {
    headers.set('x-api-key', this.#apiKey);
    headers.set('x-organization-id', this.#organizationId);
  }

  /** The two headers as a plain object, for requests built without a Headers instance. */
  toHeaders(): Record<string, string> {
    return { 'x-api-key': this.#apiKey, 'x-organization-id': this.#organizationId };
  }

  /**
   * Replaces every occurrence of either credential in text received from elsewhere (an echoing server's body,
   * status text or Location). Letter case is ignored: a host name in a URL comes back lowercased, and a key
   * differing only in case would still give it away.
   */
  redact(text: string): string {
    return text.replace(this.#anyCredential, REDACTED);
  }

  toString(): string {
    return `Credentials { apiKey: ${REDACTED}, organizationId: ${REDACTED} }`;
  }

  toJSON(): { apiKey: string; organizationId: string } {
    return { apiKey: REDACTED, organizationId: REDACTED };
  }

  [INSPECT](): string {
    return this.toString();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Header values must be visible ASCII: a stray newline or space from an env file would otherwise surface as
// fetch's "invalid header value" error, whose message quotes the value — the secret.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

function checkCredential(name: string, value: unknown, envName: string): string {
  const hint = `pass it as createPoppClient({ ${name}: process.env.${envName}, … })`;
  if (value === undefined || value === null) throw new TypeError(`createPoppClient: ${name} is missing (got ${String(value)}); ${hint}`);
  if (typeof value !== 'string') throw new TypeError(`createPoppClient: ${name} must be a string (got ${typeof value}); ${hint}`);
  if (value === '') throw new TypeError(`createPoppClient: ${name} is an empty string; is ${envName} set? ${hint}`);
  if (value.trim() !== value) {
    throw new TypeError(`createPoppClient: ${name} has leading or trailing whitespace (often a newline from an env file); remove it`);
  }
  if (!HEADER_SAFE.test(value)) {
    throw new TypeError(`createPoppClient: ${name} contains characters an HTTP header cannot carry (spaces, control or non-ASCII characters)`);
  }
  return value;
}
