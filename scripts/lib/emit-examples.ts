import type { Contract } from './contract.js';
import { tsBanner } from './header.js';

/** generated/examples.ts: every message's spec examples, typed, for tests and fixtures. */
export function emitExamplesTs(contract: Contract): string {
  const entries = contract.events.map((event) => {
    const payloads = event.examples.map((example) => JSON.stringify(example.payload, null, 2).replace(/\n/g, '\n    '));
    return `  ${event.type}: [\n    ${payloads.join(',\n    ')},\n  ],`;
  });
  return `${tsBanner()}import type { EventMap } from './events.js';

/** The spec's example payloads of every event type (the docs' own example first, where there is one). */
export const examples: { readonly [K in keyof EventMap]: readonly [EventMap[K], ...EventMap[K][]] } = {
${entries.join('\n')}
};
`;
}
