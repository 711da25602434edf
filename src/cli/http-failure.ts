/** What went wrong with an HTTP request this tool made, in words (fetch's TypeError hides it in `cause`). */

/**
 * A one-line reason: "connection refused (ECONNREFUSED)", "no answer within 30000 ms", …
 *
 * @example
 *   catch (error) { io.stdout.write(`failed: ${describeFetchFailure(error)}\n`); }
 */
export function describeFetchFailure(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return error.name === 'TimeoutError' ? 'no answer in time (--timeout-ms)' : 'stopped';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused: is the receiver running on that port?',
    ENOTFOUND: 'host not found',
    ECONNRESET: 'the connection was reset',
    UND_ERR_SOCKET: 'the other side closed the connection',
    UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
  };
  if (code !== undefined) return `${words[code] ?? cause?.message ?? 'network error'} (${code})`;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}
