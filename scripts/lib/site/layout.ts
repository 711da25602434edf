// The page frame: header, the navigation that reaches every event, operation and type, and the content.
import type { Contract } from '../contract.js';
import { escapeHtml, relativeHref } from './html.js';

export interface NavItem {
  href: string;
  label: string;
  /** Small text shown before the label (an HTTP method). */
  tag?: string;
  /** Machine-readable identity for tests and deep links: `event:WORKFLOW_RUN_STARTED`, `operation:getWorkflowRun`. */
  id: string;
}

export interface NavSection {
  title: string;
  href?: string;
  items: NavItem[];
  /** Collapsed by default (the long list of types). */
  collapsed?: boolean;
}

export const CATEGORY_TITLES: Record<string, string> = {
  workflow: 'Workflow events',
  conversation: 'Conversation events',
  analysis: 'Analysis events',
  scheduling: 'Scheduling events',
  document: 'Document events',
};

export function eventPage(type: string): string {
  return `events/${type}.html`;
}

export function operationPage(operationId: string): string {
  return `api/${operationId}.html`;
}

/** The navigation of every page: events by category, operations, types. */
export function buildNav(contract: Omit<Contract, 'inputs'>): NavSection[] {
  const sections: NavSection[] = [{ title: 'Overview', href: 'index.html', items: [] }];
  const categories = [...new Set(contract.events.map((event) => event.category))];
  for (const category of categories) {
    sections.push({
      title: CATEGORY_TITLES[category] ?? `${category} events`,
      href: `events/index.html#${category}`,
      items: contract.events
        .filter((event) => event.category === category)
        .map((event) => ({ href: eventPage(event.type), label: event.type, id: `event:${event.type}` })),
    });
  }
  sections.push({
    title: 'REST API',
    href: 'api/index.html',
    items: contract.operations.map((operation) => ({
      href: operationPage(operation.operationId),
      label: operation.summary,
      tag: operation.method,
      id: `operation:${operation.operationId}`,
    })),
  });
  sections.push({
    title: 'Types',
    href: 'types/index.html',
    collapsed: true,
    items: [...contract.schemas.keys()].map((name) => ({ href: `types/${name}.html`, label: name, id: `type:${name}` })),
  });
  return sections;
}

function navHtml(sections: NavSection[], page: string): string {
  const link = (href: string) => relativeHref(page, href);
  const current = (href: string) => (href === page ? ' aria-current="page"' : '');
  return sections
    .map((section) => {
      const title = section.href ? `<a href="${link(section.href)}"${current(section.href)}>${escapeHtml(section.title)}</a>` : escapeHtml(section.title);
      if (section.items.length === 0) return `<div class="nav-section"><div class="nav-title">${title}</div></div>`;
      const items = section.items
        .map((item) => {
          const tag = item.tag ? `<span class="method method-${item.tag.toLowerCase()}">${escapeHtml(item.tag)}</span>` : '';
          // Long event names may break after an underscore, never inside a word.
          const label = escapeHtml(item.label).replace(/_/g, '_<wbr>');
          return `<li><a href="${link(item.href)}" data-nav="${escapeHtml(item.id)}"${current(item.href)}>${tag}<span>${label}</span></a></li>`;
        })
        .join('');
      const open = !section.collapsed || section.items.some((item) => item.href === page);
      return `<details class="nav-section"${open ? ' open' : ''}><summary class="nav-title">${title}</summary><ul>${items}</ul></details>`;
    })
    .join('\n');
}

export interface PageInput {
  /** Output path relative to the site root, e.g. `events/WORKFLOW_RUN_STARTED.html`. */
  path: string;
  title: string;
  body: string;
}

export function renderPage(input: PageInput, nav: NavSection[], siteTitle: string): string {
  const asset = (name: string) => relativeHref(input.path, `assets/${name}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="popp-workflow-contract scripts/build-site.ts">
<title>${escapeHtml(input.title)} · ${escapeHtml(siteTitle)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('site.css')}">
<script defer src="${asset('site.js')}"></script>
</head>
<body>
<header class="top"><a class="brand" href="${relativeHref(input.path, 'index.html')}">${escapeHtml(siteTitle)}</a><input class="nav-filter" type="search" placeholder="Filter events, operations, types" aria-label="Filter the navigation"></header>
<div class="layout">
<nav class="sidebar" aria-label="Reference">
${navHtml(nav, input.path)}
</nav>
<main>
${input.body}
</main>
</div>
</body>
</html>
`;
}
