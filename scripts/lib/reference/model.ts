// The reference model: every page of the reference as format-neutral blocks, derived once from the contract.
// The Markdown in generated/docs/ and the HTML site are two renderings of the same pages, so they cannot disagree.
//
// Text in the model is "reference Markdown": the inline Markdown the specs' descriptions use (`code`, **bold**,
// *emphasis*, [links](https://…)), plus links to other pages of the reference written `[label](ref:<page key>#anchor)`.
// Each renderer turns a page key into its own path (events/WORKFLOW_RUN_FAILED.md, events/WORKFLOW_RUN_FAILED.html).
import type { Provenance } from '../contract.js';
import type { Json } from '../json.js';

/**
 * Which page: `home`, `events`, `event/<TYPE>`, `api`, `operation/<operationId>`, `types`, `type/<Name>`, `policy`;
 * or `file/<path under generated/>` for a downloadable file (a spec, a JSON Schema).
 */
export type PageKey = string;

export type PageKind = 'home' | 'events' | 'event' | 'api' | 'operation' | 'types' | 'type' | 'policy';

export interface ReferencePage {
  key: PageKey;
  kind: PageKind;
  /** The page's title in the navigation and the browser tab (plain text). */
  title: string;
  /** The page heading, reference Markdown (an event's heading is its type in code). */
  heading: string;
  /** A line under the heading (plain text). */
  subtitle?: string;
  /** An operation's method and path. */
  endpoint?: { method: string; path: string; operationId: string };
  /** Where the page sits: links to its parents. */
  crumbs: { label: string; key: PageKey; anchor?: string }[];
  /** What comes before the first section: provenance, description, facts. */
  intro: Block[];
  /** Shown beside the intro on wide screens (an operation's code samples). */
  introAside?: Block[];
  sections: Section[];
}

export interface Section {
  /** Anchor of the section, unique on its page. */
  id: string;
  title: string;
  level: 2 | 3;
  blocks: Block[];
  /** Examples and samples that illustrate the blocks: a second column on wide screens, after them elsewhere. */
  aside?: Block[];
  /** Folded away under its title (error responses), opened by a link to its anchor. */
  folded?: boolean;
}

export type Block =
  | { kind: 'text'; md: string }
  | { kind: 'provenance'; provenance: Provenance; /** What the badge is about, when not the page itself ("Response 202"). */ scope?: string }
  | { kind: 'facts'; rows: { term: string; md: string }[] }
  | { kind: 'fields'; rows: FieldRow[]; /** The object-level rules (at least one of …) that a row cannot show. */ rules: string[] }
  | { kind: 'enum'; table: EnumTable }
  | { kind: 'union'; union: UnionMapping }
  | { kind: 'table'; head: string[]; rows: Cell[][]; /** Anchors of the rows, when rows are link targets. */ rowIds?: string[]; variant?: 'matrix' }
  | { kind: 'notes'; notes: string[] }
  | { kind: 'list'; items: string[]; variant?: 'columns' | 'cards' }
  | { kind: 'example'; id: string; caption: string; value: Json }
  | { kind: 'samples'; id: string; samples: Sample[] }
  /** The operation's sample request, which the HTML site can send to a local sandbox (`npm run docs -- --serve --sandbox`). */
  | { kind: 'try-it'; request: SampleRequest };

/** A request as the samples show it: sample IDs in the path, sample query, the first request example as body. */
export interface SampleRequest {
  method: string;
  /** Path and query, e.g. `/v1/workflow-runs?status=FAILED&limit=50`. */
  url: string;
  body?: Json;
}

/** A table cell: reference Markdown, or a provenance badge. */
export type Cell = string | { provenance: Provenance };

/** One field of an object schema, flattened: nested inline objects become rows with a deeper path. */
export interface FieldRow {
  /** `data.nodes[].outcome` */
  path: string;
  /** Unique on its page: `field-data.nodes.outcome` (brackets dropped). */
  anchor: string;
  depth: number;
  /** reference Markdown: `string` (date-time), [`NodeOutcome`](ref:type/NodeOutcome)`[]` */
  type: string;
  required: boolean;
  nullable: boolean;
  /** reference Markdown. */
  description: string;
  provenance?: Provenance;
  /** The values of an enum field, with their meanings. */
  values?: EnumTable;
  /** The union a field holds, with its discriminator. */
  union?: UnionMapping;
  /** Ranges, lengths, patterns, defaults: reference Markdown. */
  constraints: string[];
  /** The rules of this field that only the strict profile enforces (x-popp-strict-only), each with its reason. */
  strictOnly: { rule: string; reason: string }[];
  /** Why the field is read as optional although the docs list it (x-popp-optional-reading). */
  optionalReading?: string;
}

export interface EnumValue {
  value: string;
  /** reference Markdown; never empty. */
  meaning: string;
  /** The meaning is ours, not the docs' (the enum's x-popp-enum-descriptions-provenance says inferred). */
  inferred: boolean;
  /** The value's own provenance, when it differs from the enum's. */
  provenance?: Provenance;
}

export interface EnumTable {
  /** The named enum schema, when the values come from one. */
  name?: string;
  values: EnumValue[];
  /** Why the meanings are ours (x-popp-enum-descriptions-provenance), when they are. */
  inferredReason?: string;
  /** The tolerant profile accepts other values (the schema is one Popp sends); the deviation they are reported as. */
  openDeviation?: string;
}

export interface UnionMapping {
  name: string;
  /** The property that tells the branches apart, when there is one. */
  discriminator?: string;
  branches: { value?: string; type: string; description: string }[];
  /** What a value no branch names means under the tolerant profile, when the union is open. */
  unknown?: { title: string; description: string; deviation: string };
}

export interface Sample {
  label: 'curl' | 'TypeScript' | 'Python' | 'Java' | 'CLI';
  language: 'sh' | 'ts' | 'python' | 'java';
  /** What the sample does, one line. */
  caption: string;
  code: string;
}

export interface Reference {
  pages: ReferencePage[];
  /** For the site's navigation: page keys by group, in the contract's order. */
  groups: { title: string; key?: PageKey; items: { key: PageKey; label: string; tag?: string }[]; collapsed?: boolean }[];
}

/** A link in reference Markdown. */
export function ref(label: string, key: PageKey, anchor?: string): string {
  return `[${label}](ref:${key}${anchor ? `#${anchor}` : ''})`;
}

/** A link whose label is code: [`NodeOutcome`](ref:type/NodeOutcome). */
export function codeRef(name: string, key: PageKey, anchor?: string): string {
  return ref(`\`${name}\``, key, anchor);
}

/** The anchor of a field row: `field-` and its path without array brackets. */
export function fieldAnchor(path: string): string {
  return `field-${path.replace(/\[\]/g, '')}`;
}
