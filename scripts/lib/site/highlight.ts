// Build-time syntax highlighting: the pages carry coloured spans, so no highlighter runs in the browser.
// The text content of every block is exactly the source (a test parses the JSON examples back).
import { escapeHtml } from './html.js';

const JSON_TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** JSON, pretty-printed with two spaces, as highlighted HTML. */
export function highlightJson(value: unknown): string {
  return highlight(JSON.stringify(value, null, 2), JSON_TOKEN, (match) => {
    if (match[1] !== undefined) return span(match[2] ? 'key' : 'str', match[1]) + (match[2] ?? '');
    if (match[3] !== undefined) return span(match[3] === 'null' ? 'null' : 'bool', match[3]);
    return span('num', match[0]);
  });
}

const CODE_TOKEN = /(\/\/[^\n]*|#[^\n!]*$)|('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\b(import|from|const|let|await|async|for|of|if|else|try|catch|throw|throws|new|return|type|export|function|instanceof|def|class|public|static|void|with|as|except|raise|not|in)\b|(\$[A-Z_]+|\s-[A-Za-z](?=\s))/gm;

/** TypeScript, Python, Java or shell samples: comments, strings, keywords and shell variables/flags. */
export function highlightCode(code: string): string {
  return highlight(code, CODE_TOKEN, (match) => {
    if (match[1] !== undefined) return span('comment', match[1]);
    if (match[2] !== undefined) return span('str', match[2]);
    if (match[3] !== undefined) return span('kw', match[3]);
    return span('var', match[0]);
  });
}

function highlight(text: string, pattern: RegExp, render: (match: RegExpExecArray) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    out += escapeHtml(text.slice(last, match.index)) + render(match as RegExpExecArray);
    last = (match.index as number) + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

function span(kind: string, text: string): string {
  return `<span class="t-${kind}">${escapeHtml(text)}</span>`;
}
