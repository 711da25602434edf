/**
 * npm run bench: runs every test/bench/*.bench.ts in one process, one after another, and writes BENCHMARKS.md.
 *
 * Each bench module exports `run(): Promise<BenchSection>`. Performance claims are ratios against a baseline
 * measured in the same run, because these machines are shared and absolute numbers drift.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchSection {
  title: string;
  /** Markdown body: tables of results and the ratios with their targets. */
  markdown: string;
  /** Targets met? A missed target is reported, not hidden. */
  targetsMet: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

const sections: BenchSection[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<BenchSection> };
  console.log(`\n# ${file}`);
  const section = await module.run();
  console.log(section.markdown);
  sections.push(section);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const text = `# Benchmarks

Written by \`npm run bench\` (not part of \`npm test\`). Every figure is a ratio against a baseline measured
in the same run; absolute numbers are shown for context only. Machine: Node ${process.version}, ${cpus().length} × ${cpu}.

${sections.map((section) => `## ${section.title}\n\n${section.markdown}\n\nTargets met: **${section.targetsMet ? 'yes' : 'NO'}**\n`).join('\n')}`;
if (only.length === 0) writeFileSync(resolve(here, '../../BENCHMARKS.md'), text);
process.exitCode = sections.every((section) => section.targetsMet) ? 0 : 1;
