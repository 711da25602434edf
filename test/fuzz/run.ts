// `npm run fuzz`: the suite's fuzz targets for longer. FUZZ_BUDGET_MS sets the random time per entry point
// (default 60 s); FUZZ_SEED replays a run. Prints how many payloads each entry point was given; exits 1 on a failure.
import { fixedPayloads } from './payloads.js';
import { createTargets, fuzz, fuzzSeed } from './targets.js';

const budgetMs = Number(process.env.FUZZ_BUDGET_MS ?? 60_000);
if (!Number.isInteger(budgetMs) || budgetMs <= 0) throw new Error(`FUZZ_BUDGET_MS must be a positive integer, got ${process.env.FUZZ_BUDGET_MS}.`);
const seed = fuzzSeed();
const fixed = fixedPayloads();
console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} npm run fuzz replays it), ${budgetMs} ms of random payloads per entry point after ${fixed.length} fixed ones`);
const { targets, close } = await createTargets();
let total = 0;
let failed = 0;
try {
  for (const target of targets) {
    const report = await fuzz(target, fixed, { seed, budgetMs });
    total += report.fixed + report.random;
    console.log(`${report.failure === undefined ? 'ok  ' : 'FAIL'} ${target.name}: ${report.fixed + report.random} payloads (${report.fixed} fixed, ${report.random} random)`);
    if (report.failure !== undefined) {
      failed++;
      console.log(report.failure);
    }
  }
} finally {
  await close();
}
console.log(`fuzz: ${total} payloads in all, ${failed === 0 ? 'no failure' : `${failed} entry point(s) failed`}; seed ${seed}`);
process.exitCode = failed === 0 ? 0 : 1;
