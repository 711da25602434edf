// Fuzzing as part of the suite: every entry point of the receiver gets the fixed payloads of every kind, then
// random ones for a short time budget (2.1 s in all). The verdict never depends on how many ran; the seed
// is printed, and FUZZ_SEED=<seed> npm test replays it. `npm run fuzz` runs the same targets for longer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedPayloads } from './payloads.js';
import { createTargets, fuzz, fuzzSeed, type Target } from './targets.js';

const BUDGET_MS: Record<string, number> = {
  parseEvent: 300,
  validateEvent: 200,
  'constructEvent (signed)': 300,
  'createWebhookHandler (Fetch)': 400,
  'toNodeListener (node:http on 127.0.0.1)': 600,
  'createRunTracker().apply': 300,
};

describe('fuzzing the receiver (seeded, time-bounded)', async () => {
  const seed = fuzzSeed();
  const fixed = fixedPayloads();
  let targets: Target[] = [];
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ targets, close } = await createTargets());
    expect(targets.map((target) => target.name)).toEqual(Object.keys(BUDGET_MS));
  });
  afterAll(async () => {
    await close?.();
  });

  it.each(Object.keys(BUDGET_MS))('%s: no crash, no unexpected exception, every answer as documented', async (name) => {
    const target = targets.find((candidate) => candidate.name === name)!;
    const report = await fuzz(target, fixed, { seed, budgetMs: BUDGET_MS[name]! });
    console.log(`fuzz ${name}: ${report.fixed} fixed + ${report.random} random payloads, seed ${seed} (FUZZ_SEED=${seed} to replay)`);
    expect(report.failure, report.failure).toBeUndefined();
  });
});
