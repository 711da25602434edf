// The page frame: header (menu, search, theme), the navigation that reaches every event, operation and type (a
// sidebar on wide screens, a drawer on phones), and the content.
import type { Reference } from '../reference/model.js';
import { SITE_PATHS, relativeLink } from '../reference/refs.js';
import { escapeHtml } from './html.js';

/** Before the first paint: the remembered theme (or the system's), so a dark page never flashes white. */
const THEME_BOOT = `(function(){try{var t=localStorage.getItem('popp-theme');if(t!=='dark'&&t!=='light')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t;}catch(e){}})();`;

function navHtml(reference: Reference, page: string): string {
  const link = (key: string) => relativeLink(SITE_PATHS, page, key);
  const current = (key: string) => (SITE_PATHS.page(key) === page ? ' aria-current="page"' : '');
  return reference.groups
    .map((group) => {
      const items = group.items
        .map((item) => {
          const tag = item.tag ? `<span class="method method-${item.tag.toLowerCase()}">${escapeHtml(item.tag)}</span>` : '';
          // Long event names may break after an underscore, never inside a word.
          const label = escapeHtml(item.label).replace(/_/g, '_<wbr>');
          return `<li><a href="${link(item.key)}" data-nav="${escapeHtml(item.key)}"${current(item.key)}>${tag}<span>${label}</span></a></li>`;
        })
        .join('');
      const title = group.key ? `<a href="${link(group.key)}"${current(group.key)}>${escapeHtml(group.title)}</a>` : escapeHtml(group.title);
      // A collapsible group's summary holds no link (a link inside a summary is a control inside a control).
      if (group.collapsed) {
        const open = group.items.some((item) => SITE_PATHS.page(item.key) === page);
        const all = group.key ? `<li><a href="${link(group.key)}"${current(group.key)}><span>All ${escapeHtml(group.title.toLowerCase())}</span></a></li>` : '';
        return `<details class="nav-section"${open ? ' open' : ''}><summary class="nav-title">${escapeHtml(group.title)} (${group.items.length})</summary><ul>${all}${items}</ul></details>`;
      }
      return `<div class="nav-section"><p class="nav-title">${title}</p><ul>${items}</ul></div>`;
    })
    .join('\n');
}

export interface FrameInput {
  /** Output path relative to the site root, e.g. `events/WORKFLOW_RUN_STARTED.html`. */
  path: string;
  title: string;
  main: string;
  /** Scripts of assets/ this page needs besides site.js (an operation page's try-it.js). */
  scripts?: string[];
}

/** A whole HTML page around `input.main`. */
export function renderFrame(input: FrameInput, reference: Reference, siteTitle: string): string {
  const asset = (name: string) => relativeLink(SITE_PATHS, input.path, `file/assets/${name}`);
  const root = relativeLink(SITE_PATHS, input.path, 'home').replace(/index\.html$/, '') || './';
  return `<!doctype html>
<html lang="en" data-root="${escapeHtml(root)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="popp-workflow-contract scripts/build-site.ts">
<title>${escapeHtml(input.title)} · ${escapeHtml(siteTitle)}</title>
<link rel="icon" href="data:,">
<script>${THEME_BOOT}</script>
<link rel="stylesheet" href="${asset('site.css')}">
<script defer src="${asset('site.js')}"></script>
${(input.scripts ?? []).map((name) => `<script defer src="${asset(name)}"></script>\n`).join('')}<noscript><style>.samples [role=tabpanel][hidden]{display:block}.samples .tabs,.search-open,.theme-toggle,.menu-toggle{display:none}</style></noscript>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="top">
<button type="button" class="menu-toggle icon-button" aria-controls="sidebar" aria-expanded="false" aria-label="Open the navigation"><span aria-hidden="true">☰</span></button>
<a class="brand" href="${relativeLink(SITE_PATHS, input.path, 'home')}">${escapeHtml(siteTitle)}</a>
<button type="button" class="search-open" aria-haspopup="dialog" aria-label="Search the reference (/ or Ctrl+K)"><span aria-hidden="true">⌕</span><span class="search-label">Search</span><kbd class="search-key">/</kbd></button>
<button type="button" class="theme-toggle icon-button" aria-pressed="false" aria-label="Dark theme"><span aria-hidden="true">◐</span></button>
</header>
<div class="layout">
<nav class="sidebar" id="sidebar" aria-label="Reference">
${navHtml(reference, input.path)}
</nav>
<div class="scrim" hidden></div>
<main id="content">
${input.main}
</main>
</div>
<dialog class="search" aria-label="Search the reference">
<form method="dialog" class="search-form" role="search"><label class="visually-hidden" for="search-input">Search</label><input id="search-input" type="search" placeholder="Search fields, events, operations, values…" autocomplete="off" spellcheck="false" aria-controls="search-results" aria-describedby="search-status"><button type="submit" value="close" class="search-close">Esc</button></form>
<p id="search-status" class="search-status" role="status"></p>
<ul id="search-results" class="search-results"></ul>
</dialog>
</body>
</html>
`;
}
