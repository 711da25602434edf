// The site's only stylesheet and script. System fonts and no external URL: the site works offline.

export const SITE_CSS = `:root {
  --bg: #ffffff; --fg: #1d2433; --muted: #5f6b7d; --border: #e2e7ef; --soft: #f6f8fb; --accent: #4f46e5;
  --accent-soft: #eef2ff; --code-bg: #0f172a; --code-fg: #e2e8f0; --inline-code: #f1f4f9;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
}
* { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body { margin: 0; font: 15px/1.6 var(--sans); color: var(--fg); background: var(--bg); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font-family: var(--mono); font-size: 0.86em; background: var(--inline-code); padding: 0.1em 0.35em; border-radius: 4px; }
.top { position: sticky; top: 0; z-index: 10; display: flex; align-items: center; gap: 1.5rem; height: 3.25rem; padding: 0 1.25rem;
  background: #111827; color: #fff; border-bottom: 1px solid #000; }
.brand { color: #fff; font-weight: 650; letter-spacing: 0.01em; }
.brand::before { content: ""; display: inline-block; width: 0.7rem; height: 0.7rem; margin-right: 0.55rem; border-radius: 3px; background: linear-gradient(135deg, #818cf8, #22d3ee); }
.nav-filter { margin-left: auto; width: 18rem; max-width: 45vw; padding: 0.35rem 0.7rem; border-radius: 6px; border: 1px solid #374151; background: #1f2937; color: #f9fafb; font: inherit; font-size: 0.85rem; }
.layout { display: grid; grid-template-columns: 18.5rem minmax(0, 1fr); }
.sidebar { position: sticky; top: 3.25rem; height: calc(100vh - 3.25rem); overflow-y: auto; padding: 1rem 0.75rem 3rem; background: var(--soft); border-right: 1px solid var(--border); font-size: 0.86rem; }
.nav-section { margin-bottom: 0.6rem; }
.nav-title { display: block; padding: 0.3rem 0.5rem; font-size: 0.72rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); cursor: pointer; }
.nav-title a { color: inherit; }
summary.nav-title { list-style: none; }
summary.nav-title::-webkit-details-marker { display: none; }
summary.nav-title::before { content: "▸"; display: inline-block; width: 0.9rem; transition: transform 0.15s; }
details[open] > summary.nav-title::before { transform: rotate(90deg); }
.sidebar ul { list-style: none; margin: 0; padding: 0; }
.sidebar li a { display: flex; align-items: center; gap: 0.45rem; padding: 0.22rem 0.5rem 0.22rem 1.4rem; border-radius: 6px; color: var(--fg); }
.sidebar li a:hover { background: #e9edf5; text-decoration: none; }
.sidebar a[aria-current="page"] { background: var(--accent-soft); color: var(--accent); font-weight: 600; }
.sidebar li[hidden] { display: none; }
main { min-width: 0; max-width: 70rem; padding: 2rem 3rem 5rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.2rem 0 0.6rem; }
h1 code { font-size: 0.8em; background: none; padding: 0; }
h2 { font-size: 1.3rem; margin: 2.4rem 0 0.8rem; padding-bottom: 0.35rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 0.6rem; }
.lead, .summary { color: #334155; }
.lead p:first-child { font-size: 1.05rem; }
.subtitle { margin: -0.3rem 0 0.8rem; font-size: 1.1rem; color: var(--muted); }
.crumbs { margin: 0; font-size: 0.85rem; color: var(--muted); }
.muted { color: var(--muted); font-size: 0.85rem; }
.version, .kind { font-size: 0.8rem; font-weight: 600; color: var(--muted); border: 1px solid var(--border); border-radius: 999px; padding: 0.1rem 0.55rem; vertical-align: middle; }
.endpoint { font-size: 1rem; }
.endpoint code { font-size: 0.95rem; }
.badge { display: inline-block; margin: 0 0.3rem 0.2rem 0; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.72rem; font-weight: 650; line-height: 1.5; white-space: nowrap; border: 1px solid transparent; }
.badge.req { background: #fff1f2; color: #be123c; border-color: #fecdd3; }
.badge.opt { background: #f1f5f9; color: #475569; border-color: #e2e8f0; }
.badge.nullable { background: #ecfeff; color: #0e7490; border-color: #a5f3fc; }
.badge.prov-documented { background: #ecfdf5; color: #047857; border-color: #a7f3d0; }
.badge.prov-partially-documented { background: #fffbeb; color: #b45309; border-color: #fde68a; }
.badge.prov-inferred { background: #f5f3ff; color: #6d28d9; border-color: #ddd6fe; }
.provenance { margin: 0.35rem 0 0.8rem; font-size: 0.85rem; color: var(--muted); }
td .provenance { margin: 0.3rem 0 0; font-size: 0.8rem; }
.prov-reason { display: block; margin-top: 0.15rem; }
.method { display: inline-block; min-width: 2.9rem; padding: 0.05rem 0.35rem; border-radius: 4px; font: 700 0.68rem/1.5 var(--mono); text-align: center; color: #fff; background: #64748b; }
.method-get { background: #059669; } .method-post { background: #4f46e5; } .method-delete { background: #dc2626; } .method-put, .method-patch { background: #d97706; }
.status { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 4px; font: 700 0.8rem/1.5 var(--mono); background: #e2e8f0; color: #334155; }
.status-2 { background: #d1fae5; color: #065f46; } .status-4 { background: #ffedd5; color: #9a3412; } .status-5 { background: #fee2e2; color: #991b1b; }
table { width: 100%; border-collapse: collapse; margin: 0.6rem 0 1.2rem; font-size: 0.88rem; }
th { text-align: left; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); background: var(--soft); }
th, td { padding: 0.5rem 0.65rem; border-bottom: 1px solid var(--border); vertical-align: top; }
table.fields td.field { padding-left: calc(0.65rem + var(--depth, 0) * 1.1rem); white-space: nowrap; }
table.fields td.field code { background: none; padding: 0; font-weight: 600; }
table.fields td.type { white-space: nowrap; }
td.type .enum { margin-top: 0.3rem; white-space: normal; max-width: 17rem; line-height: 1.9; }
td.type .enum code { font-size: 0.75rem; }
td.type .format, .or { color: var(--muted); font-size: 0.8rem; }
td.marks { white-space: nowrap; width: 1%; }
.constraints { margin-top: 0.2rem; font-size: 0.75rem; color: var(--muted); white-space: normal; }
.type-link code { color: var(--accent); background: var(--accent-soft); }
th code { text-transform: none; letter-spacing: 0; }
.table-wrap { overflow-x: auto; }
.toc { font-size: 0.85rem; color: var(--muted); }
td.type .union { margin-top: 0.25rem; white-space: normal; font-size: 0.8rem; color: var(--muted); }
details.response { margin: 0.5rem 0; border: 1px solid var(--border); border-radius: 8px; padding: 0.2rem 0.9rem; }
details.response > summary { cursor: pointer; padding: 0.45rem 0; font-weight: 600; }
details.response[open] { padding-bottom: 0.6rem; }
section.response h3 { margin-top: 1rem; }
table.matrix td, table.matrix th { text-align: center; font-size: 0.8rem; }
table.matrix td:first-child, table.matrix th:first-child { text-align: left; }
table.matrix .yes { color: #047857; font-weight: 600; } table.matrix .maybe { color: #b45309; } table.matrix .no { color: #94a3b8; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.2rem; margin: 1rem 0; padding: 0.9rem 1.1rem; background: var(--soft); border: 1px solid var(--border); border-radius: 8px; font-size: 0.9rem; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
figure.code { margin: 0.8rem 0 1.4rem; border-radius: 8px; overflow: hidden; background: var(--code-bg); border: 1px solid #1e293b; }
figure.code figcaption { display: flex; justify-content: space-between; align-items: center; padding: 0.4rem 0.8rem; font-size: 0.78rem; color: #94a3b8; background: #111c33; border-bottom: 1px solid #1e293b; }
.copy { font: inherit; font-size: 0.72rem; color: #cbd5e1; background: transparent; border: 1px solid #334155; border-radius: 5px; padding: 0.1rem 0.5rem; cursor: pointer; }
.copy:hover { background: #1e293b; }
figure.code pre { margin: 0; padding: 0.9rem 1rem; overflow-x: auto; color: var(--code-fg); font: 0.82rem/1.55 var(--mono); }
figure.code pre code { background: none; padding: 0; font-size: inherit; color: inherit; }
.t-key { color: #93c5fd; } .t-str { color: #86efac; } .t-num { color: #fca5a5; } .t-bool { color: #f9a8d4; } .t-null { color: #c4b5fd; }
.t-kw { color: #c4b5fd; } .t-comment { color: #64748b; font-style: italic; } .t-var { color: #fcd34d; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; margin: 1.5rem 0; }
.card { display: block; padding: 1.1rem 1.2rem; border: 1px solid var(--border); border-radius: 10px; background: linear-gradient(180deg, #fff, var(--soft)); color: var(--fg); }
.card:hover { border-color: #c7d2fe; text-decoration: none; box-shadow: 0 2px 10px rgba(79, 70, 229, 0.08); }
.card strong { display: block; margin-bottom: 0.3rem; color: var(--accent); }
.card span { font-size: 0.88rem; color: var(--muted); }
ul.columns { columns: 2; }
.used-by { columns: 2; }
.response { margin-bottom: 1.2rem; }
@media (max-width: 900px) {
  .layout { display: block; }
  .sidebar { position: static; height: auto; border-right: 0; border-bottom: 1px solid var(--border); }
  main { padding: 1.5rem 1.1rem 4rem; }
  .nav-filter { width: 10rem; }
}
`;

export const SITE_JS = `// Copy buttons on code samples, and the navigation filter. Nothing here is needed to read the pages.
(function () {
  for (const button of document.querySelectorAll('button.copy')) {
    button.addEventListener('click', function () {
      const pre = button.closest('figure').querySelector('pre');
      const done = function (label) { button.textContent = label; setTimeout(function () { button.textContent = 'Copy'; }, 1200); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(pre.textContent).then(function () { done('Copied'); }, function () { done('Select and copy'); });
      } else {
        const range = document.createRange();
        range.selectNodeContents(pre);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        done('Selected');
      }
    });
  }
  // A link to a folded error response (#response-404) unfolds it.
  const unfold = function () {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.tagName === 'DETAILS') target.open = true;
  };
  window.addEventListener('hashchange', unfold);
  unfold();
  const filter = document.querySelector('.nav-filter');
  if (!filter) return;
  filter.addEventListener('input', function () {
    const query = filter.value.trim().toLowerCase();
    for (const section of document.querySelectorAll('.sidebar details')) {
      let shown = 0;
      for (const item of section.querySelectorAll('li')) {
        const match = !query || item.textContent.toLowerCase().includes(query);
        item.hidden = !match;
        if (match) shown++;
      }
      if (query) section.open = shown > 0;
    }
  });
})();
`;
