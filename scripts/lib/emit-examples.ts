import type { Contract } from './contract.js';
import { tsBanner } from './header.js';

/** generated/examples.ts: every message's spec examples and every REST operation's, typed, for tests and fixtures. */
export function emitExamplesTs(contract: Contract): string {
  const entries = contract.events.map((event) => {
    const payloads = event.examples.map((example) => JSON.stringify(example.payload, null, 2).replace(/\n/g, '\n    '));
    return `  ${event.type}: [\n    ${payloads.join(',\n    ')},\n  ],`;
  });
  return `${tsBanner()}import type { components } from './api.js';
import type { EventMap } from './events.js';

/** The spec's example payloads of every event type (the docs' own example first, where there is one). */
export const examples: { readonly [K in keyof EventMap]: readonly [EventMap[K], ...EventMap[K][]] } = {
${entries.join('\n')}
};

${emitRestExamples(contract)}
`;
}

/**
 * restExamples: per operation, the example request body (when the operation takes one) and one example body
 * per documented response status, typed by the schema the document names for it.
 */
function emitRestExamples(contract: Contract): string {
  const schema = (name: string) => `components['schemas']['${name}']`;
  const types: string[] = [];
  const values: string[] = [];
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  for (const operation of [...contract.operations].sort((a, b) => (a.operationId < b.operationId ? -1 : 1))) {
    const typeMembers: string[] = [];
    const valueMembers: string[] = [];
    const request = operation.requestExamples[0];
    if (operation.requestSchemaName !== undefined && request !== undefined) {
      typeMembers.push(`    readonly request: ${schema(operation.requestSchemaName)};`);
      valueMembers.push(`    request: ${indent(JSON.stringify(request.value, null, 2), '    ')},`);
    }
    const responses = operation.responses.filter((response) => response.schemaName !== undefined && response.examples[0] !== undefined);
    typeMembers.push(`    readonly responses: {\n${responses.map((response) => `      readonly '${response.status}': ${schema(response.schemaName as string)};`).join('\n')}\n    };`);
    valueMembers.push(`    responses: {\n${responses.map((response) => `      '${response.status}': ${indent(JSON.stringify(response.examples[0]?.value, null, 2), '      ')},`).join('\n')}\n    },`);
    types.push(`  readonly ${operation.operationId}: {\n${typeMembers.join('\n')}\n  };`);
    values.push(`  ${operation.operationId}: {\n${valueMembers.join('\n')}\n  },`);
  }
  return `/** The spec's examples of each REST operation: its request body (when it takes one) and a body per documented response status. */
export interface RestExamples {
${types.join('\n')}
}

/** The spec's examples of each REST operation, by operationId. */
export const restExamples: RestExamples = {
${values.join('\n')}
};`;
}
