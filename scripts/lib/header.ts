/** The banner every generated file starts with, in the comment syntax of its language. */
export const BANNER = 'generated — do not edit. Source: spec/; generator: scripts/generate.ts; run `npm run generate`.';

export function tsBanner(): string {
  return `// ${BANNER}\n`;
}

export function markdownBanner(): string {
  return `<!-- ${BANNER} -->\n`;
}
