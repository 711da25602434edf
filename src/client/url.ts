/**
 * Request URLs, built exactly as openapi-fetch builds them (`createFinalURL` with its default path and query
 * serializers, or the ones a raw call passes), with a shortcut for the named operations' common case.
 */
import { type QuerySerializer, type QuerySerializerOptions, createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { OPERATION_PATHS } from './paths.js';

export interface UrlParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
}

/** A raw call's own serializers (openapi-fetch's `querySerializer` may also be options for its default one). */
export interface Serializers {
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  pathSerializer?: (pathname: string, pathParams: Record<string, unknown>) => string;
}

const defaultQuerySerializer = createQuerySerializer();

/**
 * The request's path and query string (after `baseUrl`, if given) exactly as openapi-fetch builds them.
 *
 * @example
 *   requestPath('/v1/workflow-runs/{runId}', { path: { runId: 'run 1' } }); // '/v1/workflow-runs/run%201'
 */
export function requestPath(url: string, params: UrlParams = {}, baseUrl = '', serializers: Serializers = {}): string {
  const { querySerializer, pathSerializer } = serializers;
  // The named operations' common case (plain string path parameters, no query) without openapi-fetch's general
  // serializer: always calling it put getRun() about 4 % further from plain fetch in `npm run bench -- client`.
  // For such values it produces the same text, as the operations test checks.
  const path = params.path;
  if (params.query === undefined && path !== undefined && pathSerializer === undefined) {
    const fast = fillTemplate(url, path);
    if (fast !== undefined) return baseUrl + fast;
  }
  return createFinalURL(url, { baseUrl, params, querySerializer: querySerializerOf(querySerializer), pathSerializer: pathSerializer ?? defaultPathSerializer });
}

/**
 * The query serializer a raw call's `querySerializer` option stands for: the function itself, openapi-fetch's
 * default one configured by the options, or the default.
 *
 * @example
 *   querySerializerOf({ array: { style: 'form', explode: false } })({ status: ['RUNNING', 'FAILED'] }); // 'status=RUNNING,FAILED'
 */
export function querySerializerOf(option: Serializers['querySerializer']): QuerySerializer<unknown> {
  if (typeof option === 'function') return option;
  return option === undefined ? defaultQuerySerializer : createQuerySerializer(option);
}

/**
 * Literal parts and parameter names of the named operations' paths, split once at load. Nothing is added later
 * (the raw methods take any string and go through createFinalURL), so the map cannot grow.
 */
const templates: ReadonlyMap<string, { literals: string[]; names: string[] }> = new Map(
  OPERATION_PATHS.map((url) => {
    const pieces = url.split(/\{(\w+)\}/);
    return [url, { literals: pieces.filter((_, index) => index % 2 === 0), names: pieces.filter((_, index) => index % 2 === 1) }];
  }),
);

function fillTemplate(url: string, path: Record<string, unknown>): string | undefined {
  const template = templates.get(url);
  if (template === undefined) return undefined;
  let filled = template.literals[0] as string;
  for (let index = 0; index < template.names.length; index++) {
    const value = path[template.names[index] as string];
    if (typeof value !== 'string') return undefined;
    filled += encodeURIComponent(value) + (template.literals[index + 1] as string);
  }
  return filled;
}
