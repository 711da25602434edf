/**
 * npm run generate            spec/ → generated/ (lint first; any problem fails)
 * npm run generate -- --check fail, with a diff, when generated/ is not what the specs produce
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOutputs } from './lib/build-outputs.js';
import { ContractLintError } from './lib/lint.js';
import { GENERATED_DIR, ROOT } from './lib/paths.js';
import { diffAgainst, writeOutputs } from './lib/write-outputs.js';

const USAGE = 'usage: npm run generate [-- --check] [-- --out DIR]';

async function main(args: string[]): Promise<number> {
  let options: { check?: boolean; out?: string };
  try {
    options = parseArgs({ args, options: { check: { type: 'boolean' }, out: { type: 'string' } }, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const check = options.check === true;
  const outDir = options.out ? resolve(options.out) : GENERATED_DIR;

  const { files, summary } = await buildOutputs();
  const where = relative(ROOT, outDir) || '.';
  if (check) {
    const diff = diffAgainst(outDir, files);
    if (diff !== undefined) {
      console.error(`${where}/ is stale: it is not what the specs in spec/ generate.\n\n${diff}\n\nFix: run \`npm run generate\` and commit ${where}/.`);
      return 1;
    }
    console.log(`${where}/ is up to date (${summary.files} files).`);
    return 0;
  }
  writeOutputs(outDir, files);
  console.log(
    `Generated ${summary.events} events (${summary.workflowEvents} workflow), ${summary.schemas} JSON Schemas, ` +
      `${summary.validators} validators, ${summary.operations} operations, ${summary.docPages} doc pages ` +
      `→ ${where}/ (${summary.files} files).`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ContractLintError) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  },
);
