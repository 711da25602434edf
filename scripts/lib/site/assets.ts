// The site's only stylesheet and script. System fonts and no external URL: the site works offline.
import { SEARCH_FIELDS, STORE_FIELDS, TOKENIZE_SOURCE } from './search.js';

const LIGHT = `--bg: #ffffff; --fg: #1d2433; --muted: #5a6576; --border: #e2e7ef; --soft: #f6f8fb; --hover: #e9edf5; --accent: #4338ca;
  --accent-soft: #eef2ff; --inline-code: #f1f4f9; --lead: #334155; --card-top: #ffffff; --shadow: rgba(79, 70, 229, 0.08);
  --req-fg: #be123c; --req-bg: #fff1f2; --req-border: #fecdd3; --opt-fg: #475569; --opt-bg: #f1f5f9; --opt-border: #e2e8f0;
  --null-fg: #0e7490; --null-bg: #ecfeff; --null-border: #a5f3fc; --doc-fg: #047857; --doc-bg: #ecfdf5; --doc-border: #a7f3d0;
  --part-fg: #92400e; --part-bg: #fffbeb; --part-border: #fde68a; --inf-fg: #6d28d9; --inf-bg: #f5f3ff; --inf-border: #ddd6fe;
  --strict-fg: #9a3412; --strict-bg: #fff7ed; --strict-border: #fed7aa; --notes-bg: #fefce8; --notes-border: #fde047; --yes: #047857; --maybe: #92400e; --no: #5a6576;
  color-scheme: light;`;

const DARK = `--bg: #0d1117; --fg: #e6edf3; --muted: #9ba8b9; --border: #2b3340; --soft: #151b23; --hover: #1f2733; --accent: #a5b4fc;
  --accent-soft: #1e2447; --inline-code: #1d2430; --lead: #c9d4e0; --card-top: #151b23; --shadow: rgba(0, 0, 0, 0.4);
  --req-fg: #fda4af; --req-bg: #3b1219; --req-border: #6b2130; --opt-fg: #cbd5e1; --opt-bg: #1e2532; --opt-border: #334155;
  --null-fg: #67e8f9; --null-bg: #0b2a33; --null-border: #155e75; --doc-fg: #6ee7b7; --doc-bg: #0b2b22; --doc-border: #065f46;
  --part-fg: #fcd34d; --part-bg: #2d2206; --part-border: #78350f; --inf-fg: #c4b5fd; --inf-bg: #221a3d; --inf-border: #4c1d95;
  --strict-fg: #fdba74; --strict-bg: #2e1a0b; --strict-border: #7c2d12; --notes-bg: #262109; --notes-border: #854d0e; --yes: #6ee7b7; --maybe: #fcd34d; --no: #9ba8b9;
  color-scheme: dark;`;

export const SITE_CSS = `:root { ${LIGHT}
  --code-bg: #0f172a; --code-fg: #e2e8f0; --code-bar: #111c33; --code-border: #1e293b; --top: #111827;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
}
:root[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) { :root:not([data-theme]) { ${DARK} } }
* { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.6 var(--sans); color: var(--fg); background: var(--bg); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
main a { text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 2px; text-decoration-color: color-mix(in srgb, currentColor 45%, transparent); }
main a:hover { text-decoration-color: currentColor; }
main a.anchor, .search-results a { text-decoration: none; }
code { font-family: var(--mono); font-size: 0.86em; background: var(--inline-code); padding: 0.1em 0.35em; border-radius: 4px; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; z-index: 30; padding: 0.5rem 1rem; background: var(--bg); }
.skip:focus { left: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { position: sticky; top: 0; z-index: 20; display: flex; align-items: center; gap: 0.75rem; height: 3.25rem; padding: 0 1rem;
  background: var(--top); color: #fff; border-bottom: 1px solid #000; }
.brand { color: #fff; font-weight: 650; letter-spacing: 0.01em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.brand::before { content: ""; display: inline-block; width: 0.7rem; height: 0.7rem; margin-right: 0.55rem; border-radius: 3px; background: linear-gradient(135deg, #818cf8, #22d3ee); }
.icon-button, .search-open { font: inherit; color: #f9fafb; background: #1f2937; border: 1px solid #374151; border-radius: 6px; cursor: pointer; height: 2.1rem; }
.icon-button { width: 2.3rem; flex: none; }
.menu-toggle { display: none; }
.search-open { margin-left: auto; display: flex; align-items: center; gap: 0.5rem; width: 17rem; max-width: 40vw; padding: 0 0.6rem; color: #d1d5db; text-align: left; }
.search-label { flex: 1; }
.search-key { font: 0.75rem var(--mono); border: 1px solid #4b5563; border-radius: 4px; padding: 0 0.35rem; color: #e5e7eb; }
.layout { display: grid; grid-template-columns: 17rem minmax(0, 1fr); }
.sidebar { position: sticky; top: 3.25rem; height: calc(100vh - 3.25rem); overflow-y: auto; padding: 1rem 0.75rem 3rem; background: var(--soft); border-right: 1px solid var(--border); font-size: 0.86rem; }
.nav-section { margin-bottom: 0.6rem; }
.nav-title { display: block; padding: 0.3rem 0.5rem; font-size: 0.72rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); cursor: pointer; }
.nav-title a { color: inherit; }
p.nav-title { margin: 0; cursor: default; }
summary.nav-title { list-style: none; }
summary.nav-title::-webkit-details-marker { display: none; }
summary.nav-title::before { content: "▸"; display: inline-block; width: 0.9rem; transition: transform 0.15s; }
details[open] > summary.nav-title::before { transform: rotate(90deg); }
.sidebar ul { list-style: none; margin: 0; padding: 0; }
.sidebar li a { display: flex; align-items: center; gap: 0.45rem; padding: 0.22rem 0.5rem 0.22rem 1.4rem; border-radius: 6px; color: var(--fg); overflow-wrap: anywhere; }
.sidebar li a:hover { background: var(--hover); text-decoration: none; }
.sidebar a[aria-current="page"] { background: var(--accent-soft); color: var(--accent); font-weight: 600; }
.scrim { display: none; }
main { min-width: 0; padding: 1.6rem 2.5rem 5rem; }
.page { max-width: 84rem; }
.single { max-width: 56rem; }
.page-head { max-width: 56rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.2rem 0 0.6rem; overflow-wrap: anywhere; }
h1 code { font-size: 0.8em; background: none; padding: 0; }
h2 { font-size: 1.3rem; margin: 2.4rem 0 0.8rem; padding-bottom: 0.35rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 0.6rem; }
.anchor { margin-left: 0.4rem; color: var(--muted); opacity: 0; font-weight: 400; }
h2:hover .anchor, h3:hover .anchor, .anchor:focus, tr:hover > td > .anchor { opacity: 1; }
.prose p { margin: 0.4rem 0 0.7rem; }
.prose, td, dd, li, .provenance { overflow-wrap: anywhere; }
.intro .prose p { color: var(--lead); }
.subtitle { margin: -0.3rem 0 0.8rem; font-size: 1.1rem; color: var(--muted); }
.crumbs { margin: 0; font-size: 0.85rem; color: var(--muted); }
.muted { color: var(--muted); font-size: 0.85rem; }
.endpoint { font-size: 1rem; overflow-wrap: anywhere; }
.toc { margin: 1.2rem 0 0; font-size: 0.85rem; color: var(--muted); }
.badge { display: inline-block; margin: 0 0.3rem 0.2rem 0; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.72rem; font-weight: 650; line-height: 1.5; white-space: nowrap; border: 1px solid transparent; }
.badge.req { background: var(--req-bg); color: var(--req-fg); border-color: var(--req-border); }
.badge.opt { background: var(--opt-bg); color: var(--opt-fg); border-color: var(--opt-border); }
.badge.nullable { background: var(--null-bg); color: var(--null-fg); border-color: var(--null-border); }
.badge.strict { background: var(--strict-bg); color: var(--strict-fg); border-color: var(--strict-border); }
.badge.prov-documented { background: var(--doc-bg); color: var(--doc-fg); border-color: var(--doc-border); }
.badge.prov-partially-documented { background: var(--part-bg); color: var(--part-fg); border-color: var(--part-border); }
.badge.prov-inferred { background: var(--inf-bg); color: var(--inf-fg); border-color: var(--inf-border); }
.provenance { margin: 0.35rem 0 0.8rem; font-size: 0.85rem; color: var(--muted); }
.provenance .scope { color: var(--fg); font-weight: 600; }
td .provenance { margin: 0.3rem 0 0; font-size: 0.8rem; }
.prov-reason { display: block; margin-top: 0.15rem; }
.method { display: inline-block; min-width: 2.9rem; padding: 0.05rem 0.35rem; border-radius: 4px; font: 700 0.68rem/1.5 var(--mono); text-align: center; color: #fff; background: #475569; }
.method-get { background: #047857; } .method-post { background: #4338ca; } .method-delete { background: #b91c1c; } .method-put, .method-patch { background: #92400e; }
.table-wrap { overflow-x: auto; max-width: 100%; margin: 0.6rem 0 1.2rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.88rem; }
th { text-align: left; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); background: var(--soft); }
th code { text-transform: none; letter-spacing: 0; }
th, td { padding: 0.5rem 0.65rem; border-bottom: 1px solid var(--border); vertical-align: top; }
table.fields td.field { width: 34%; padding-left: calc(0.65rem + var(--depth, 0) * 1rem); }
table.fields td.field .path { background: none; padding: 0; font-weight: 650; color: var(--fg); }
table.fields .marks { margin-top: 0.25rem; }
table.fields .type { margin-bottom: 0.2rem; color: var(--muted); font-size: 0.85rem; }
table.fields tr:target, tr:target { background: var(--accent-soft); }
.constraints, .enum-note { margin: 0.2rem 0; font-size: 0.8rem; color: var(--muted); }
.strict-only { margin: 0.35rem 0 0; padding: 0.3rem 0.55rem; font-size: 0.8rem; border-left: 3px solid var(--strict-border); background: var(--strict-bg); }
table.values { margin: 0.4rem 0 0.3rem; font-size: 0.8rem; }
table.values th, table.values td { padding: 0.25rem 0.45rem; }
.union-lead { margin: 0.4rem 0 0; font-size: 0.8rem; color: var(--muted); }
tr.unknown td { font-style: italic; }
ul.rules { font-size: 0.85rem; color: var(--muted); }
.notes { margin: 1rem 0; padding: 0.7rem 1rem; border: 1px solid var(--notes-border); border-left-width: 4px; border-radius: 6px; background: var(--notes-bg); font-size: 0.88rem; }
.notes-title { margin: 0 0 0.3rem; font-weight: 700; }
.notes-title span { font-weight: 400; color: var(--muted); }
.notes ul { margin: 0; padding-left: 1.2rem; }
details.response { margin: 0.5rem 0; border: 1px solid var(--border); border-radius: 8px; padding: 0 0.9rem; }
details.response > summary { cursor: pointer; padding: 0.2rem 0; }
details.response > summary h3 { display: inline; margin: 0; }
details.response[open] { padding-bottom: 0.6rem; }
table.matrix td, table.matrix th { text-align: center; font-size: 0.8rem; }
table.matrix td:first-child, table.matrix th:first-child { text-align: left; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.35rem 1.2rem; margin: 1rem 0; padding: 0.9rem 1.1rem; background: var(--soft); border: 1px solid var(--border); border-radius: 8px; font-size: 0.9rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; min-width: 0; }
figure.code { margin: 0.8rem 0 1.4rem; border-radius: 8px; overflow: hidden; background: var(--code-bg); border: 1px solid var(--code-border); min-width: 0; }
figure.code figcaption { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.4rem 0.8rem; font-size: 0.78rem; color: #cbd5e1; background: var(--code-bar); border-bottom: 1px solid var(--code-border); }
.copy { font: inherit; font-size: 0.72rem; color: #e2e8f0; background: transparent; border: 1px solid #475569; border-radius: 5px; padding: 0.1rem 0.5rem; cursor: pointer; flex: none; }
.copy:hover { background: #1e293b; }
figure.code pre { margin: 0; padding: 0.9rem 1rem; overflow: auto; max-height: 32rem; color: var(--code-fg); font: 0.8rem/1.55 var(--mono); }
figure.code pre code { background: none; padding: 0; font-size: inherit; color: inherit; }
.t-key { color: #93c5fd; } .t-str { color: #86efac; } .t-num { color: #fca5a5; } .t-bool { color: #f9a8d4; } .t-null { color: #c4b5fd; }
.t-kw { color: #c4b5fd; } .t-comment { color: #9aa8bd; font-style: italic; } .t-var { color: #fcd34d; }
.samples { margin: 0.8rem 0 1.4rem; }
.try-it { margin: -0.6rem 0 1.4rem; font-size: 0.85rem; }
.try-it code { overflow-wrap: anywhere; }
.try-send { font: inherit; padding: 0.3rem 0.75rem; border: 1px solid var(--border); border-radius: 6px; background: var(--soft); color: var(--fg); cursor: pointer; }
.try-status { margin: 0.4rem 0; }
.try-answer { max-height: 24rem; }
.samples .tabs { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.samples [role=tab] { font: inherit; font-size: 0.8rem; padding: 0.3rem 0.75rem; border: 1px solid var(--border); border-bottom: 0; border-radius: 6px 6px 0 0; background: var(--soft); color: var(--fg); cursor: pointer; }
.samples [role=tab][aria-selected=true] { background: var(--code-bar); color: #fff; border-color: var(--code-border); }
.samples figure.code { margin-top: 0; border-top-left-radius: 0; }
ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); gap: 1rem; margin: 1.5rem 0; }
ul.cards li { padding: 1rem 1.1rem; border: 1px solid var(--border); border-radius: 10px; background: linear-gradient(180deg, var(--card-top), var(--soft)); font-size: 0.9rem; color: var(--muted); }
ul.cards li a { display: block; font-weight: 650; font-size: 1rem; margin-bottom: 0.2rem; }
ul.columns { columns: 2 18rem; column-gap: 2rem; }
ul.columns li { break-inside: avoid; margin-bottom: 0.3rem; }
.search { width: min(44rem, calc(100vw - 1.5rem)); max-height: min(36rem, calc(100vh - 4rem)); margin: 3.5rem auto 0; padding: 0; border: 1px solid var(--border); border-radius: 12px; background: var(--bg); color: var(--fg); box-shadow: 0 20px 60px rgba(0, 0, 0, 0.35); }
.search::backdrop { background: rgba(15, 23, 42, 0.55); }
.search-form { display: flex; gap: 0.5rem; padding: 0.75rem; border-bottom: 1px solid var(--border); }
.search-form input { flex: 1; min-width: 0; font: inherit; font-size: 1rem; padding: 0.5rem 0.7rem; border: 1px solid var(--border); border-radius: 8px; background: var(--soft); color: var(--fg); }
.search-close { font: 0.75rem var(--mono); border: 1px solid var(--border); border-radius: 6px; background: var(--soft); color: var(--muted); cursor: pointer; }
.search-status { margin: 0; padding: 0.4rem 1rem; font-size: 0.8rem; color: var(--muted); }
.search-results { list-style: none; margin: 0; padding: 0 0.5rem 0.75rem; overflow-y: auto; max-height: calc(min(36rem, 100vh - 4rem) - 7rem); }
.search-results a { display: block; padding: 0.45rem 0.6rem; border-radius: 8px; color: var(--fg); }
.search-results a:hover, .search-results a:focus, .search-results a[aria-current=true] { background: var(--accent-soft); text-decoration: none; outline: none; }
.search-results .r-title { font-family: var(--mono); font-size: 0.88rem; font-weight: 650; color: var(--accent); overflow-wrap: anywhere; }
.search-results .r-page { font-size: 0.75rem; color: var(--muted); }
.search-results .r-excerpt { display: block; font-size: 0.8rem; color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
@media (min-width: 1180px) {
  .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 25rem); gap: 2rem; align-items: start; }
  .side-col { position: sticky; top: 4rem; max-height: calc(100vh - 5rem); overflow-y: auto; }
  .side-col > :first-child { margin-top: 0.4rem; }
}
@media (max-width: 900px) {
  .layout { display: block; }
  .menu-toggle { display: inline-block; }
  .sidebar { position: fixed; top: 3.25rem; left: 0; bottom: 0; z-index: 15; width: min(20rem, 86vw); height: auto; transform: translateX(-100%); visibility: hidden; transition: transform 0.2s, visibility 0.2s; box-shadow: 0 0 30px rgba(0, 0, 0, 0.3); }
  body.nav-open .sidebar { transform: none; visibility: visible; }
  body.nav-open .scrim { display: block; position: fixed; inset: 3.25rem 0 0 0; z-index: 14; background: rgba(15, 23, 42, 0.45); }
  main { padding: 1.1rem 1rem 4rem; }
  .search-open { width: auto; }
  h1 { font-size: 1.55rem; }
}
@media (max-width: 640px) {
  .search-label, .search-key { display: none; }
  .search-open { width: 2.3rem; justify-content: center; padding: 0; }
  table.fields, table.fields tbody, table.fields tr, table.fields td { display: block; width: auto; }
  table.fields thead { display: none; }
  table.fields tr { padding: 0.5rem 0 0.5rem calc(var(--depth, 0) * 0.75rem); border-bottom: 1px solid var(--border); }
  table.fields td, table.fields td.field { padding: 0.15rem 0.2rem; border: 0; width: auto; }
  dl.facts { grid-template-columns: minmax(0, 1fr); gap: 0.1rem; }
  dl.facts dd { margin-bottom: 0.5rem; }
}
@media (prefers-reduced-motion: reduce) { .sidebar { transition: none; } }
`;

export const TRY_IT_JS = `// Try it, on operation pages: shown only when the server serving the site has a sandbox behind it (npm run docs
// -- --serve --sandbox), which answers try-it.json; the server adds the sandbox's credentials, so the page holds
// none. Kept out of site.js, which never fetches, so the static site works from file:// as it is.
(function () {
var root = document.documentElement;
var panels = document.querySelectorAll('.try-it');
if (panels.length > 0 && location.protocol !== 'file:') {
  fetch((root.dataset.root || './') + 'try-it.json').then(function (response) {
    return response.ok ? response.json() : null;
  }).then(function (config) {
    if (!config || typeof config.prefix !== 'string') return;
    panels.forEach(function (panel) {
      var request = JSON.parse(panel.dataset.request);
      var status = panel.querySelector('.try-status');
      var answer = panel.querySelector('.try-answer');
      panel.hidden = false;
      panel.querySelector('.try-send').addEventListener('click', function () {
        status.textContent = 'Sending ' + request.method + ' ' + request.url + ' to the sandbox…';
        answer.hidden = true;
        var init = { method: request.method, headers: {} };
        if (request.body !== undefined) { init.headers['content-type'] = 'application/json'; init.body = JSON.stringify(request.body); }
        fetch(config.prefix + request.url, init).then(function (response) {
          return response.text().then(function (text) {
            var shown = text;
            try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) {}
            status.textContent = 'The sandbox answered ' + response.status + (response.statusText ? ' ' + response.statusText : '') + ':';
            answer.querySelector('code').textContent = shown;
            answer.hidden = false;
          });
        }, function (error) { status.textContent = 'The sandbox did not answer: ' + error.message; });
      });
    });
  }, function () {});
}
})();
`;

export const SITE_JS = `// Theme, navigation drawer, code tabs, copy buttons and search. The pages read fine without any of it.
(function () {
  var root = document.documentElement;
  var store = {
    get: function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { localStorage.setItem(key, value); } catch (e) {} },
  };

  // Theme: the system's by default; the toggle's choice is remembered on every page.
  var themeButton = document.querySelector('.theme-toggle');
  var showTheme = function () {
    var dark = root.dataset.theme === 'dark';
    themeButton.setAttribute('aria-pressed', String(dark));
    themeButton.setAttribute('title', dark ? 'Dark theme (on)' : 'Dark theme (off)');
  };
  if (themeButton) {
    showTheme();
    themeButton.addEventListener('click', function () {
      root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      store.set('popp-theme', root.dataset.theme);
      showTheme();
    });
  }

  // Navigation drawer on narrow screens.
  var menu = document.querySelector('.menu-toggle');
  var scrim = document.querySelector('.scrim');
  var setDrawer = function (open) {
    document.body.classList.toggle('nav-open', open);
    if (menu) { menu.setAttribute('aria-expanded', String(open)); menu.setAttribute('aria-label', open ? 'Close the navigation' : 'Open the navigation'); }
    if (scrim) scrim.hidden = !open;
  };
  if (menu) menu.addEventListener('click', function () { setDrawer(!document.body.classList.contains('nav-open')); });
  if (scrim) scrim.addEventListener('click', function () { setDrawer(false); });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape' && document.body.classList.contains('nav-open')) { setDrawer(false); if (menu) menu.focus(); } });

  // Copy buttons.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.copy');
    if (!button) return;
    var pre = button.closest('figure').querySelector('pre');
    var done = function (label) { button.textContent = label; setTimeout(function () { button.textContent = 'Copy'; }, 1200); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(pre.textContent).then(function () { done('Copied'); }, function () { done('Select and copy'); });
    } else {
      var range = document.createRange();
      range.selectNodeContents(pre);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      done('Selected');
    }
  });

  // Code sample tabs; the language last chosen is shown first on every page.
  var selectLang = function (group, lang, focus) {
    var tabs = group.querySelectorAll('[role=tab]');
    var found = false;
    for (var i = 0; i < tabs.length; i++) if (tabs[i].dataset.lang === lang) found = true;
    if (!found) return;
    for (var j = 0; j < tabs.length; j++) {
      var on = tabs[j].dataset.lang === lang;
      tabs[j].setAttribute('aria-selected', String(on));
      tabs[j].tabIndex = on ? 0 : -1;
      document.getElementById(tabs[j].getAttribute('aria-controls')).hidden = !on;
      if (on && focus) tabs[j].focus();
    }
  };
  var groups = document.querySelectorAll('.samples');
  var savedLang = store.get('popp-sample-lang');
  for (var g = 0; g < groups.length; g++) {
    (function (group) {
      if (savedLang) selectLang(group, savedLang, false);
      group.addEventListener('click', function (event) {
        var tab = event.target.closest('[role=tab]');
        if (!tab) return;
        selectLang(group, tab.dataset.lang, false);
        store.set('popp-sample-lang', tab.dataset.lang);
      });
      group.addEventListener('keydown', function (event) {
        var tab = event.target.closest('[role=tab]');
        if (!tab || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
        var tabs = Array.prototype.slice.call(group.querySelectorAll('[role=tab]'));
        var next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
        selectLang(group, next.dataset.lang, true);
        event.preventDefault();
      });
    })(groups[g]);
  }

  // A link to a folded error response (#response-404), or to anything inside one, unfolds it.
  var unfold = function () {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var node = target; node; node = node.parentElement) if (node.tagName === 'DETAILS') node.open = true;
    if (target) target.scrollIntoView();
  };
  window.addEventListener('hashchange', unfold);
  if (location.hash) unfold();

  // Search: the index (built with the site) is loaded on first use, as scripts, so it works from file:// too.
  var dialog = document.querySelector('dialog.search');
  var opener = document.querySelector('.search-open');
  if (!dialog || !opener) return;
  var input = dialog.querySelector('input');
  var list = dialog.querySelector('.search-results');
  var status = dialog.querySelector('.search-status');
  var base = root.dataset.root || './';
  var index = null;
  var loading = null;
  var tokenize = ${TOKENIZE_SOURCE};
  var loadScript = function (src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  };
  var loadIndex = function () {
    if (!loading) {
      loading = loadScript(base + 'assets/minisearch.js').then(function () { return loadScript(base + 'assets/search-index.js'); }).then(function () {
        index = window.MiniSearch.loadJS(window.POPP_SEARCH_INDEX, { fields: ${JSON.stringify(SEARCH_FIELDS)}, storeFields: ${JSON.stringify(STORE_FIELDS)}, tokenize: tokenize });
      });
    }
    return loading;
  };
  var KIND_WEIGHT = { page: 1.6, field: 1.5, value: 1.3, section: 1, samples: 1, example: 0.8 };
  // A field is shown on its event or operation page and again on its type's page: the first ranks higher.
  var WHERE_WEIGHT = { event: 1.5, operation: 1.3, policy: 1.1, events: 1.1, api: 1.1, home: 1, types: 0.9, type: 0.8 };
  var search = function (query) {
    var wanted = query.trim().toLowerCase();
    var options = {
      prefix: function (term) { return term.length > 1; },
      fuzzy: function (term) { return term.length > 5 ? 0.15 : false; },
      boost: { title: 4, path: 1.5, page: 1.2 },
      combineWith: 'AND',
      boostDocument: function (id, term, stored) {
        var path = String(stored.path).toLowerCase();
        var exact = path === wanted || path.split('.').pop() === wanted ? 4 : 1;
        return exact * (KIND_WEIGHT[stored.kind] || 1) * (WHERE_WEIGHT[stored.where] || 1);
      },
    };
    var results = index.search(query, options);
    if (results.length === 0) { options.combineWith = 'OR'; results = index.search(query, options); }
    return results.slice(0, 25);
  };
  var active = -1;
  var setActive = function (i) {
    var links = list.querySelectorAll('a');
    if (links.length === 0) return;
    active = (i + links.length) % links.length;
    for (var k = 0; k < links.length; k++) links[k].setAttribute('aria-current', String(k === active));
    links[active].scrollIntoView({ block: 'nearest' });
  };
  var render = function () {
    var query = input.value;
    list.textContent = '';
    active = -1;
    if (!query.trim()) { status.textContent = 'Type a field, event, operation, value or ID.'; return; }
    var results = search(query);
    status.textContent = results.length === 0 ? 'Nothing found for “' + query + '”.' : results.length + (results.length === 25 ? '+' : '') + ' results';
    for (var r = 0; r < results.length; r++) {
      var result = results[r];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = base + result.url;
      link.dataset.url = result.url;
      var title = document.createElement('span');
      title.className = 'r-title';
      title.textContent = result.path;
      var page = document.createElement('span');
      page.className = 'r-page';
      page.textContent = ' · ' + result.page;
      var excerpt = document.createElement('span');
      excerpt.className = 'r-excerpt';
      excerpt.textContent = result.excerpt;
      link.appendChild(title);
      link.appendChild(page);
      link.appendChild(excerpt);
      item.appendChild(link);
      list.appendChild(item);
    }
    if (results.length > 0) setActive(0);
  };
  var open = function () {
    if (dialog.open) return;
    setDrawer(false);
    dialog.showModal();
    input.select();
    status.textContent = 'Loading the index…';
    loadIndex().then(render, function (error) { status.textContent = error.message; });
  };
  opener.addEventListener('click', open);
  document.addEventListener('keydown', function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if ((event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey)) { event.preventDefault(); open(); }
    else if (event.key === '/' && !typing && !dialog.open) { event.preventDefault(); open(); }
  });
  input.addEventListener('input', function () { if (index) render(); });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { setActive(active + 1); event.preventDefault(); }
    else if (event.key === 'ArrowUp') { setActive(active - 1); event.preventDefault(); }
    else if (event.key === 'Enter') {
      var links = list.querySelectorAll('a');
      if (links[active >= 0 ? active : 0]) { event.preventDefault(); links[active >= 0 ? active : 0].click(); }
    }
  });
  list.addEventListener('click', function (event) {
    var link = event.target.closest('a');
    if (link) dialog.close();
  });
  dialog.addEventListener('click', function (event) { if (event.target === dialog) dialog.close(); });
})();
`;
