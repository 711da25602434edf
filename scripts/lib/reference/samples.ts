// The code samples of the reference. Operation pages: the call in curl, with the typed client, and in Python and
// Java with the generated models. Event pages: receiving the event properly (signature checked over the raw body
// first) in TypeScript, Python and Java, and a curl line that sends the page's example to your own endpoint,
// signed as Popp signs it. Every sample is exercised by a test (type-checked, or run against a real server).
import type { EventInfo, OperationInfo } from '../contract.js';
import type { Json, JsonObject } from '../json.js';
import type { Sample, SampleRequest } from './model.js';

const SAMPLE_IDS: Record<string, string> = { workflowId: 'wf_abc123', runId: 'run_xyz789' };

/**
 * The sample value shown for a path parameter; an unknown one fails the build rather than showing a guess.
 * @example sampleId('runId') // 'run_xyz789'
 */
export function sampleId(name: string): string {
  const id = SAMPLE_IDS[name];
  if (!id) throw new Error(`no sample value for path parameter ${name}: add one to SAMPLE_IDS in scripts/lib/reference/samples.ts`);
  return id;
}

function samplePath(operation: OperationInfo): string {
  return operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => sampleId(name));
}

// Sample values for the query parameters the samples show (others are left out to keep them short).
const QUERY_SAMPLES: Record<string, Json> = { status: 'FAILED', limit: 50 };

/**
 * The sample query parameters shown for an operation: those of QUERY_SAMPLES it accepts.
 * @example sampleQuery(listWorkflowRuns) // { status: 'FAILED', limit: 50 }
 */
export function sampleQuery(operation: OperationInfo): Record<string, Json> {
  const names = new Set(operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
  return Object.fromEntries(Object.entries(QUERY_SAMPLES).filter(([name]) => names.has(name)));
}

/**
 * The request the samples of `operation` send, relative to the base URL.
 * @example sampleRequest(getWorkflowRun) // { method: 'GET', url: '/v1/workflow-runs/run_xyz789' }
 */
export function sampleRequest(operation: OperationInfo): SampleRequest {
  const body = operation.requestExamples[0]?.value;
  return { method: operation.method, url: sampleUrl('', operation), ...(body === undefined ? {} : { body }) };
}

function sampleUrl(baseUrl: string, operation: OperationInfo): string {
  const query = operation.method === 'GET' ? new URLSearchParams(Object.entries(sampleQuery(operation)).map(([key, value]) => [key, String(value)])).toString() : '';
  return `${baseUrl}${samplePath(operation)}${query ? `?${query}` : ''}`;
}

/** A string as one POSIX shell word in single quotes (a quote inside is written '\''). */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * A curl command calling `operation` with sample IDs, sample query and its first request example, quoted
 * for a POSIX shell.
 * @example curlSnippet('https://api.joinpopp.com', getWorkflowRun) // 'curl -X GET "https://api.joinpopp.com/v1/workflow-runs/run_xyz789" \\\n  -H ...'
 */
export function curlSnippet(baseUrl: string, operation: OperationInfo): string {
  const lines = [`curl -X ${operation.method} "${sampleUrl(baseUrl, operation)}"`, '  -H "x-api-key: $POPP_API_KEY"', '  -H "x-organization-id: $POPP_ORGANIZATION_ID"'];
  const body = operation.requestExamples[0]?.value;
  if (body !== undefined) lines.push('  -H "Content-Type: application/json"', `  -d ${shellQuote(JSON.stringify(body, null, 2)).replace(/\n/g, '\n     ')}`);
  return lines.join(' \\\n');
}

/**
 * A JSON value as TypeScript source: identifier keys unquoted, single-quoted strings; small flat objects on
 * one line (`{ status: 'FAILED', limit: 50 }`), anything else indented.
 * @example tsLiteral({ status: 'FAILED', limit: 50 }) // "{ status: 'FAILED', limit: 50 }"
 */
export function tsLiteral(value: Json, indent = ''): string {
  return literal(value, indent, { string: (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`, key: (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`), atoms: ['true', 'false', 'null'] });
}

/** A JSON value as a Python literal (dicts with double-quoted keys; True, False, None). */
function pyLiteral(value: Json, indent = ''): string {
  return literal(value, indent, { string: (text) => JSON.stringify(text), key: (key) => JSON.stringify(key), atoms: ['True', 'False', 'None'] });
}

function literal(value: Json, indent: string, style: { string: (text: string) => string; key: (key: string) => string; atoms: [string, string, string] }): string {
  if (typeof value === 'string') return style.string(value);
  if (value === true) return style.atoms[0];
  if (value === false) return style.atoms[1];
  if (value === null) return style.atoms[2];
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => literal(item, inner, style));
    return items.every((item) => !item.includes('\n')) && items.join(', ').length < 60 ? `[${items.join(', ')}]` : `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => `${style.key(key)}: ${literal(item, inner, style)}`);
  if (entries.length === 0) return '{}';
  const flat = `{ ${entries.join(', ')} }`;
  return !flat.includes('\n') && flat.length < 60 ? flat : `{\n${entries.map((entry) => `${inner}${entry},`).join('\n')}\n${indent}}`;
}

const CLIENT_SETUP = `import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client';

const popp = createPoppClient({
  apiKey: process.env.POPP_API_KEY!,
  organizationId: process.env.POPP_ORGANIZATION_ID!,
});
`;

/** Per operation: the typed-client call, and the response field the other languages print. */
const OPERATION_SAMPLES: Record<string, { client: (operation: OperationInfo) => string; shows: string }> = {
  publishWorkflow: {
    client: () => `const version = await popp.publishWorkflow('${sampleId('workflowId')}');
console.log(version.versionNumber);`,
    shows: 'versionNumber',
  },
  startWorkflowRuns: {
    client: (operation) => `const result = await popp.startRuns('${sampleId('workflowId')}', ${tsLiteral(operation.requestExamples[0]?.value ?? {})});
console.log(result.summary);`,
    shows: 'summary',
  },
  getWorkflowRun: {
    client: () => `const run = await popp.getRun('${sampleId('runId')}');
console.log(run.status, run.outcome);`,
    shows: 'status',
  },
  cancelWorkflowRun: {
    client: (operation) => `const run = await popp.cancelRun('${sampleId('runId')}', ${tsLiteral(operation.requestExamples[0]?.value ?? {})});
console.log(run.status); // 'CANCELLED'`,
    shows: 'status',
  },
  listWorkflowRuns: {
    client: (operation) => `// One page:
const page = await popp.listRuns('${sampleId('workflowId')}', ${tsLiteral(sampleQuery(operation))});
console.log(page.runs.length, page.nextToken);

// Every run, following nextToken:
for await (const run of popp.iterateRuns('${sampleId('workflowId')}', { status: 'FAILED' })) {
  console.log(run.runId, run.errorCode);
}`,
    shows: 'nextToken',
  },
};

function operationSample(operation: OperationInfo): { client: (operation: OperationInfo) => string; shows: string } {
  const sample = OPERATION_SAMPLES[operation.operationId];
  if (!sample) throw new Error(`no code sample for operation ${operation.operationId}: add one to OPERATION_SAMPLES in scripts/lib/reference/samples.ts`);
  return sample;
}

/**
 * The typed-client (popp-workflow-contract/client) sample of an operation.
 * @example clientSnippet(getWorkflowRun) // "import { createPoppClient, PoppApiError } from 'popp-workflow-contract/client'; …"
 */
export function clientSnippet(operation: OperationInfo): string {
  const body = operationSample(operation).client(operation).replace(/\n/g, '\n  ');
  return `${CLIENT_SETUP}
try {
  ${body}
} catch (error) {
  // Non-2xx answers throw PoppApiError with the status, Popp's error code and details.
  if (error instanceof PoppApiError) console.error(error.status, error.code, error.details);
  else throw error;
}`;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const getter = (name: string) => `get${name[0]?.toUpperCase()}${name.slice(1)}`;

/** The operation called from Python with the standard library, the answer read into the generated pydantic model. */
function pythonOperation(baseUrl: string, operation: OperationInfo, responseModel: string): string {
  const body = operation.requestExamples[0]?.value;
  return `import json
import os
import urllib.error
import urllib.request

from popp_workflow_contract import ${responseModel}

request = urllib.request.Request(
    "${sampleUrl(baseUrl, operation)}",
    method="${operation.method}",
    headers={
        "x-api-key": os.environ["POPP_API_KEY"],
        "x-organization-id": os.environ["POPP_ORGANIZATION_ID"],${body === undefined ? '' : '\n        "Content-Type": "application/json",'}
    },${body === undefined ? '' : `\n    data=json.dumps(${pyLiteral(body, '    ')}).encode(),`}
)
try:
    with urllib.request.urlopen(request) as response:
        result = ${responseModel}.model_validate(json.load(response))
    print(result.${snake(operationSample(operation).shows)})
except urllib.error.HTTPError as error:
    # Non-2xx answers carry Popp's error body: branch on its code.
    print(error.code, json.load(error)["code"])`;
}

/** The operation called from Java with java.net.http, the answer read into the generated Jackson model. */
function javaOperation(baseUrl: string, operation: OperationInfo, responseModel: string): string {
  const body = operation.requestExamples[0]?.value;
  const className = `${operation.operationId[0]?.toUpperCase()}${operation.operationId.slice(1)}`;
  const publisher = body === undefined ? 'HttpRequest.BodyPublishers.noBody()' : `HttpRequest.BodyPublishers.ofString("""\n            ${JSON.stringify(body, null, 2).replace(/\\/g, '\\\\').replace(/\n/g, '\n            ')}""")`;
  return `import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import popp.workflow.contract.${responseModel};

public class ${className} {
  public static void main(String[] args) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("${sampleUrl(baseUrl, operation)}"))
        .header("x-api-key", System.getenv("POPP_API_KEY"))
        .header("x-organization-id", System.getenv("POPP_ORGANIZATION_ID"))${body === undefined ? '' : '\n        .header("Content-Type", "application/json")'}
        .method("${operation.method}", ${publisher})
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      // Non-2xx answers carry Popp's error body: branch on its code.
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    ${responseModel} result = mapper.readValue(response.body(), ${responseModel}.class);
    System.out.println(result.${getter(operationSample(operation).shows)}());
  }
}`;
}

/**
 * The samples of an operation page: curl, TypeScript (typed client), Python and Java (generated models).
 * @example operationSamples('https://api.joinpopp.com', getWorkflowRun).map((sample) => sample.label) // ['curl', 'TypeScript', 'Python', 'Java']
 */
export function operationSamples(baseUrl: string, operation: OperationInfo): Sample[] {
  const success = operation.responses.find((response) => response.status.startsWith('2') && response.schemaName);
  if (!success?.schemaName) throw new Error(`operation ${operation.operationId} has no 2xx response with a named schema for its samples`);
  return [
    { label: 'curl', language: 'sh', caption: 'Call it with curl', code: curlSnippet(baseUrl, operation) },
    { label: 'TypeScript', language: 'ts', caption: 'popp-workflow-contract/client', code: clientSnippet(operation) },
    { label: 'Python', language: 'python', caption: `Standard library, answer read into the generated ${success.schemaName} model`, code: pythonOperation(baseUrl, operation, success.schemaName) },
    { label: 'Java', language: 'java', caption: `java.net.http, answer read into the generated ${success.schemaName} model`, code: javaOperation(baseUrl, operation, success.schemaName) },
  ];
}

/** The data field an event's samples print besides recordId: its first own field (not a correlation field). */
function telltaleField(event: EventInfo, data: JsonObject): string | undefined {
  const common = new Set(['recordId', 'organizationId', 'workflowId', 'workflowVersionId', 'workflowExternalId', 'candidateProfileId', 'candidateProfileExternalId', 'timestamp']);
  const required = (data.required ?? []) as string[];
  return Object.keys((data.properties ?? {}) as JsonObject).find((field) => !common.has(field) && required.includes(field)) ?? (event.endsRun ? 'outcome' : undefined);
}

/** The receiving function's name in Python and the receiver class in Java, from the event type. */
function eventFunctionName(type: string): string {
  return `on_${type.toLowerCase()}`;
}

export function receiverClassName(type: string): string {
  return `${type.toLowerCase().replace(/(^|_)([a-z])/g, (_match, _underscore, letter: string) => letter.toUpperCase())}Receiver`;
}

/**
 * The samples of an event page: how to receive it (signature verified over the raw body before anything parses
 * it) in TypeScript, Python and Java, and a curl line that sends the page's example to your endpoint, signed.
 * @example eventSamples(runFailed, dataSchema).map((sample) => sample.label) // ['TypeScript', 'Python', 'Java', 'curl', 'CLI']
 */
export function eventSamples(event: EventInfo, data: JsonObject): Sample[] {
  const field = telltaleField(event, data);
  const example = event.examples[0]?.payload;
  if (example === undefined) throw new Error(`event ${event.type} has no example for its samples`);
  const typescript = `import { createServer } from 'node:http';
import { createWebhookHandler, toNodeListener } from 'popp-workflow-contract/webhooks';

// Verifies x-signature over the raw body, validates, drops redeliveries (same eventId), then calls on.${event.type}.
const popp = createWebhookHandler({
  secret: process.env.POPP_WEBHOOK_SECRET!,
  on: {
    ${event.type}: async (event) => {
      console.log(event.eventId, event.data.recordId); // recordId: ${event.recordIdIs}${field ? `\n      console.log(event.data.${field});` : ''}
    },
  },
});

createServer(toNodeListener(popp)).listen(3000);`;
  const python = `import hashlib
import hmac
import os

from popp_workflow_contract import ${event.schemaName}


def ${eventFunctionName(event.type)}(raw_body: bytes, signature: str) -> ${event.schemaName}:
    """Checks x-signature over the raw body bytes, then reads the event. Answer 2xx only after it returns."""
    secret = os.environ["POPP_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, raw_body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.strip().lower()):
        raise PermissionError("x-signature does not match the body: answer 401")
    event = ${event.schemaName}.parse_raw(raw_body)
    # Deliveries are at least once: process each event_id once.
    print(event.event_id, event.data.record_id)  # record_id: ${event.recordIdIs}
    return event`;
  const receiver = receiverClassName(event.type);
  const java = `import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import popp.workflow.contract.${event.schemaName};

public class ${receiver} {
  /** Checks x-signature over the raw body bytes, then reads the event. Answer 2xx only after it returns. */
  public static ${event.schemaName} receive(byte[] rawBody, String signature, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = HexFormat.of().formatHex(mac.doFinal(rawBody)).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) throw new SecurityException("x-signature does not match the body: answer 401");
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    ${event.schemaName} event = mapper.readValue(rawBody, ${event.schemaName}.class);
    // Deliveries are at least once: process each getEventId() once.
    System.out.println(event.getEventId() + " " + event.getData().getRecordId()); // recordId: ${event.recordIdIs}
    return event;
  }
}`;
  const curl = `# Sends this page's example to your endpoint, signed the way Popp signs deliveries.
BODY=${shellQuote(JSON.stringify(example))}
SIGNATURE=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$POPP_WEBHOOK_SECRET" | sed 's/^.* //')
curl -sS -X POST "$WEBHOOK_URL" \\
  -H "Content-Type: application/json" \\
  -H "x-signature: $SIGNATURE" \\
  --data-binary "$BODY"`;
  const cli = `# Sends this page's example to your endpoint, signed with $POPP_WEBHOOK_SECRET; prints the answer.
# --set data.recordId=run_1 changes a field, --repeat 2 redelivers it as Popp's retries would.
npx popp-workflow-contract send ${event.type} --to "$WEBHOOK_URL"`;
  return [
    { label: 'TypeScript', language: 'ts', caption: `Receive ${event.type} with createWebhookHandler`, code: typescript },
    { label: 'Python', language: 'python', caption: 'Verify, then read it into the generated model', code: python },
    { label: 'Java', language: 'java', caption: 'Verify, then read it into the generated model', code: java },
    { label: 'curl', language: 'sh', caption: 'Send this example to your endpoint', code: curl },
    { label: 'CLI', language: 'sh', caption: 'Send this example with the package\'s command line', code: cli },
  ];
}
