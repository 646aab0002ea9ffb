// The small pieces of node:http every loopback fake needs: reading a request, answering, and misbehaving on purpose.
import type { IncomingMessage, ServerResponse } from "node:http";

export type Query = Record<string, string | string[]>;

/** Repeated keys (`statuses[]=a&statuses[]=b`) become arrays; single ones stay strings. */
export function parseQuery(search: URLSearchParams): Query {
  const query: Query = {};
  for (const [key, value] of search) {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  }
  return query;
}

export class BodyTooLargeError extends Error {}

export async function readBody(request: IncomingMessage, maxBytes = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new BodyTooLargeError(`Request body exceeds ${maxBytes} bytes.`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  response.writeHead(status, {
    ...(text ? { "content-type": "application/json; charset=utf-8" } : {}),
    "content-length": String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}

/** Drops the connection at once: the client sees ECONNRESET. */
export function resetConnection(response: ServerResponse): void {
  response.socket?.resetAndDestroy();
}

/** Headers promising the whole body, half of it, then a reset: the client's JSON parse fails mid-stream. */
export function sendTruncated(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
  });
  response.write(text.slice(0, Math.floor(text.length / 2)), () => {
    // Let the half reach the client before the reset, or it sees only the reset.
    setTimeout(() => response.socket?.resetAndDestroy(), 20);
  });
}

export function sendHtml(response: ServerResponse, status: number): void {
  const html = `<!DOCTYPE html>\n<html><head><title>${status} Error</title></head><body><h1>${status} Error</h1><p>The upstream server is unavailable.</p></body></html>\n`;
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": String(html.length),
  });
  response.end(html);
}

export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
