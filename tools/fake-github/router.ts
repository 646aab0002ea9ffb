// Matches a request to one operation of the API description and carries what handlers need.
import { errorBody, type Json, type Site } from "./payloads.js";

export interface FakeRequest {
  method: string;
  /** As received, e.g. /repos/o/r/contents/db%2Fpostgres.md. */
  rawPath: string;
  query: URLSearchParams;
  body: unknown;
}

export interface Reply {
  status: number;
  body: Json;
  headers?: Record<string, string>;
}

export type Handler = (request: FakeRequest, params: Record<string, string>, site: Site) => Reply;

export interface Route {
  method: string;
  /** The path template exactly as the API description spells it. */
  template: string;
  handle: Handler;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
  /** The request path with each parameter percent-encoded whole, as the validator's router expects. */
  canonicalPath: string;
}

// `{path}` and `{ref}` may hold slashes, sent encoded (%2F) by octokit or plain by other clients.
const greedyParameters = new Set(["path", "ref"]);

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | null {
  const parts = template.split("/").slice(1);
  const params: Record<string, string> = {};
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (name && greedyParameters.has(name) && index === parts.length - 1) {
      const rest = segments.slice(index);
      if (rest.length === 0 || rest.some((segment) => segment === "")) return null;
      params[name] = rest.join("/");
      return params;
    }
    const segment = segments[index];
    if (segment === undefined || segment === "") return null;
    if (name) params[name] = segment;
    else if (part !== segment) return null;
  }
  return segments.length === parts.length ? params : null;
}

export function matchRoute(routes: Route[], method: string, rawPath: string): RouteMatch | null {
  const decoded = rawPath.split("/").slice(1).map(decodeSegment);
  if (decoded.some((segment) => segment === null)) return null;
  const segments = decoded as string[];
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchTemplate(route.template, segments);
    if (!params) continue;
    const canonicalPath = route.template.replace(/\{([^}]+)\}/g, (_whole, name: string) =>
      encodeURIComponent(params[name] ?? ""),
    );
    return { route, params, canonicalPath };
  }
  return null;
}

export function notFound(message = "Not Found"): Reply {
  return { status: 404, body: errorBody(message, { status: "404" }) };
}

export function validationFailed(message: string, errors: { [key: string]: Json }[] = []): Reply {
  return {
    status: 422,
    body: errorBody(message, errors.length > 0 ? { errors, status: "422" } : { status: "422" }),
  };
}

export function requestBodyObject(request: FakeRequest): Record<string, unknown> {
  return typeof request.body === "object" && request.body !== null && !Array.isArray(request.body)
    ? (request.body as Record<string, unknown>)
    : {};
}

export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === "string" ? value : undefined;
}

/** GitHub's per_page/page paging with a Link header. */
export function paginate<T>(
  items: T[],
  request: FakeRequest,
  site: Site,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(request.query.get("per_page") ?? 30) || 30));
  const pageNumber = Math.max(1, Number(request.query.get("page") ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const page = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(request.query);
    query.set("page", String(n));
    query.set("per_page", String(perPage));
    return `<${site.apiUrl}${request.rawPath}?${query}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNumber < last) links.push(link(pageNumber + 1, "next"), link(last, "last"));
  if (pageNumber > 1) links.push(link(1, "first"), link(pageNumber - 1, "prev"));
  return { page, headers: links.length > 0 ? { link: links.join(", ") } : {} };
}
