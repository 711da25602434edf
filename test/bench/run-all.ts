/**
 * npm run bench: runs every test/bench/*.bench.ts, each in a process of its own, one after another, and writes
 * BENCHMARKS.md (not when given names: `npm run bench -- webhooks` runs the matching sections and only prints them).
 *
 * Each bench module exports `run(): Promise<BenchSection>`. Performance claims are ratios against a baseline
 * measured in the same run, because these machines are shared and absolute numbers drift.
 */
import { spawnSync } from 'node:child_process';
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
const SECTION_FLAG = '--section';

// A section run as a child: its result goes to stdout's last line, as JSON, for the parent to collect.
if (process.argv[2] === SECTION_FLAG) {
  const module = (await import(pathToFileURL(join(here, process.argv[3] as string)).href)) as { run: () => Promise<BenchSection> };
  const section = await module.run();
  process.stdout.write(`\n${JSON.stringify(section)}\n`);
  process.exit(0);
}

const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

// Each section runs in a process of its own: what one leaves behind (PGlite's WebAssembly memory, thousands of
// stored runs, a grown heap) would otherwise weigh on the next one's figures. In one shared process, after the
// stores sections, the validation ratios of the webhooks section measured about 0.08 higher.
const sections: BenchSection[] = [];
for (const file of files) {
  console.log(`\n# ${file}`);
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), SECTION_FLAG, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 });
  const lines = child.stdout.trimEnd().split('\n');
  if (child.status !== 0) throw new Error(`${file} failed (exit ${child.status ?? child.signal}):\n${child.stdout}`);
  const section = JSON.parse(lines.pop() as string) as BenchSection;
  console.log(lines.join('\n').trim());
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
