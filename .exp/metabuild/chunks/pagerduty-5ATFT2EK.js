import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  normaliseAlert,
  normaliseIncident,
  normaliseLogEntry,
  normaliseNote,
  teamJoins
} from "./chunk-XPZ6TWIR.js";
import "./chunk-AVLOQ4UV.js";
import {
  DAY_MS
} from "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import {
  ConfigurationError,
  NotFoundError,
  UpstreamError,
  UserInputError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/sources/pagerduty/concurrency-limit.ts
function createConcurrencyLimit(limit) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be a whole number \u2265 1, not ${limit}`);
  let running = 0, queue = [], watches = /* @__PURE__ */ new Map(), watch = (waiter, signal) => {
    let entry = watches.get(signal);
    if (!entry) {
      let waiters = /* @__PURE__ */ new Set(), onAbort = () => {
        watches.delete(signal), queue = queue.filter((queued) => !waiters.has(queued));
        for (let refused of waiters) refused.refuse(signal.reason);
      };
      entry = { waiters, onAbort }, watches.set(signal, entry), signal.addEventListener("abort", onAbort, { once: !0 });
    }
    entry.waiters.add(waiter);
  }, unwatch = (waiter) => {
    if (!waiter.signal) return;
    let entry = watches.get(waiter.signal);
    entry && (entry.waiters.delete(waiter), !(entry.waiters.size > 0) && (watches.delete(waiter.signal), waiter.signal.removeEventListener("abort", entry.onAbort)));
  }, acquire = (signal) => running < limit ? (running++, Promise.resolve()) : new Promise((resolve, reject) => {
    let waiter = {
      signal,
      grant: () => {
        unwatch(waiter), running++, resolve();
      },
      refuse: reject
    };
    signal && watch(waiter, signal), queue.push(waiter);
  }), release = () => {
    running--, queue.shift()?.grant();
  };
  return {
    async run(task, signal) {
      signal?.throwIfAborted(), await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    }
  };
}

// src/sources/pagerduty/request-observer.ts
import * as http from "node:http";
import * as https from "node:https";
function createObservingAgents(maxSockets) {
  let pending = null, observe = (agent) => {
    let internals = agent, addRequest = internals.addRequest.bind(agent);
    return internals.addRequest = (request, options) => {
      let observer = pending;
      pending = null, observer && (observer.onRequest(), request.prependListener("response", (response) => observer.onResponse(response))), addRequest(request, options);
    }, agent;
  }, httpAgent = null, httpsAgent = null, agentFor = (url) => url.protocol === "https:" ? (httpsAgent ??= observe(new https.Agent({ keepAlive: !0, maxSockets })), httpsAgent) : (httpAgent ??= observe(new http.Agent({ keepAlive: !0, maxSockets })), httpAgent);
  return {
    forAttempt(observer) {
      return (url) => (pending = observer, agentFor(url));
    },
    destroy() {
      httpAgent?.destroy(), httpsAgent?.destroy(), httpAgent = null, httpsAgent = null;
    }
  };
}

// src/sources/pagerduty/retry-policy.ts
var DEFAULT_RETRY_POLICY = { maxAttempts: 3, maxWaitMs: 2e4, timeoutMs: 3e4 }, MIN_WAIT_MS = 50, BACKOFF_BASE_MS = 500;
function nextStep(outcome, attempt, policy, operation, idempotent = !0) {
  if (!idempotent && outcome.kind !== "rate-limited" && outcome.kind !== "answer")
    return { action: "fail", error: unsafeToRepeat(outcome, policy, operation) };
  let lastAttempt = attempt >= policy.maxAttempts, tries = `${policy.maxAttempts} ${policy.maxAttempts === 1 ? "try" : "tries"}`;
  switch (outcome.kind) {
    case "answer": {
      let { status } = outcome;
      return status < 400 ? { action: "accept", status, data: outcome.data } : status === 404 ? { action: "accept", status, data: outcome.data } : status >= 500 || status === 408 ? idempotent ? lastAttempt ? fail(
        `PagerDuty failed with ${status} on ${operation} and did not recover after ${tries}; try again later.`,
        status,
        !0
      ) : { action: "retry", waitMs: backoffMs(attempt, policy) } : { action: "fail", error: unsafeToRepeat(outcome, policy, operation) } : { action: "fail", error: refusal(status, outcome.data, operation) };
    }
    case "rate-limited":
      return lastAttempt ? fail(
        `PagerDuty is rate limiting this token (429) and did not recover after ${tries}; try again in a minute.`,
        429,
        !0
      ) : { action: "retry", waitMs: rateLimitWaitMs(outcome.resetSeconds, attempt, policy) };
    case "timeout":
      return lastAttempt ? fail(
        `PagerDuty did not answer within ${formatSeconds(policy.timeoutMs)} (${operation}).`,
        null,
        !0
      ) : { action: "retry", waitMs: backoffMs(attempt, policy) };
    case "network": {
      if (!lastAttempt) return { action: "retry", waitMs: backoffMs(attempt, policy) };
      let code = outcome.code ? ` (${outcome.code})` : "";
      return fail(
        `PagerDuty could not be reached${code} for ${operation} after ${tries}; check PAGERDUTY_API_URL and the network.`,
        null,
        !0
      );
    }
    case "malformed":
      return lastAttempt ? fail(
        `PagerDuty answered ${operation} with ${outcome.status} and a body that is not JSON, ${tries} in a row; try again later.`,
        outcome.status,
        !0
      ) : { action: "retry", waitMs: backoffMs(attempt, policy) };
  }
}
function unsafeToRepeat(outcome, policy, operation) {
  let what = outcome.kind === "answer" || outcome.kind === "malformed" ? `failed with ${outcome.status} on ${operation}` : outcome.kind === "timeout" ? `did not answer ${operation} within ${formatSeconds(policy.timeoutMs)}` : `could not be reached for ${operation}`, status = outcome.kind === "answer" || outcome.kind === "malformed" ? outcome.status : null;
  return new UpstreamError(
    "PagerDuty",
    `PagerDuty ${what}; the write was not repeated in case it was applied, so check PagerDuty before trying again.`,
    status,
    !0
  );
}
function backoffMs(attempt, policy) {
  return clampWait(BACKOFF_BASE_MS * 2 ** (attempt - 1), policy);
}
function rateLimitWaitMs(resetSeconds, attempt, policy) {
  return resetSeconds === null ? backoffMs(attempt, policy) : clampWait(resetSeconds * 1e3, policy);
}
function parseResetSeconds(value) {
  if (value == null || value.trim() === "") return null;
  let seconds = Number(value.trim());
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
function clampWait(ms, policy) {
  return Math.max(MIN_WAIT_MS, Math.min(ms, policy.maxWaitMs));
}
function formatSeconds(ms) {
  let seconds = ms / 1e3;
  return `${Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(1))} s`;
}
function fail(message, status, retryLater) {
  return { action: "fail", error: new UpstreamError("PagerDuty", message, status, retryLater) };
}
function refusal(status, data, operation) {
  if (status === 401)
    return new UpstreamError(
      "PagerDuty",
      "PagerDuty refused the token (401); check PAGERDUTY_API_TOKEN.",
      401,
      !1
    );
  if (status === 403)
    return new UpstreamError(
      "PagerDuty",
      `PagerDuty refused ${operation} (403); the token's user lacks the permission, so use a token with access.`,
      403,
      !1
    );
  let detail = errorDetail(data);
  return new UpstreamError(
    "PagerDuty",
    `PagerDuty rejected ${operation} (${status})${detail ? `: ${detail}` : ""}.`,
    status,
    !1
  );
}
function errorDetail(data) {
  if (typeof data != "object" || data === null) return null;
  let error = data.error;
  if (typeof error != "object" || error === null) return null;
  let { message, errors } = error, parts = [
    typeof message == "string" ? message : null,
    Array.isArray(errors) ? errors.filter((e) => typeof e == "string").join("; ") : null
  ].filter((part) => part !== null && part.length > 0);
  return parts.length > 0 ? parts.join(" \u2014 ").replace(/\.$/, "") : null;
}

// src/sources/pagerduty/http-client.ts
var RATE_LIMITED = /* @__PURE__ */ Symbol("rate limited"), TIMED_OUT = /* @__PURE__ */ Symbol("timed out"), CANCELLED = /* @__PURE__ */ Symbol("cancelled"), PDJS_RETRY_TIMEOUT_MS = 2e3;
function createPagerDutyClient(options) {
  let root = options.apiUrl.replace(/\/+$/, ""), limit = createConcurrencyLimit(options.concurrency), agents = createObservingAgents(options.concurrency), pdjs = null, loadPdjs = () => (pdjs ??= import("./src-EGSBFP5H.js").then((module) => pdjsApi(module)), pdjs), attemptOnce = async (call, request, ctx) => {
    let controller = new AbortController(), resetSeconds = null, observer = {
      onRequest() {
        ctx?.requests && ctx.requests.count++;
      },
      onResponse(response) {
        response.statusCode === 429 && (resetSeconds = parseResetSeconds(
          header(response, "ratelimit-reset") ?? header(response, "retry-after")
        ), controller.abort(RATE_LIMITED));
      }
    }, timer = setTimeout(() => controller.abort(TIMED_OUT), options.policy.timeoutMs), cancel = () => controller.abort(CANCELLED);
    ctx?.signal?.addEventListener("abort", cancel, { once: !0 });
    try {
      let response = await call({
        url: root + request.path,
        method: request.method,
        token: options.token,
        headers: request.from ? { From: request.from } : {},
        queryParameters: queryParameters(request.query),
        ...request.body === void 0 ? {} : { data: request.body },
        signal: controller.signal,
        agent: agents.forAttempt(observer),
        // 0 stops pdjs arming a 30 s timer that does nothing but keep the process alive.
        requestTimeout: 0,
        retryTimeout: PDJS_RETRY_TIMEOUT_MS
      });
      return { kind: "answer", status: response.status, data: response.data ?? null };
    } catch (error) {
      if (controller.signal.aborted) {
        let reason = controller.signal.reason;
        if (reason === RATE_LIMITED) return { kind: "rate-limited", resetSeconds };
        if (reason === TIMED_OUT) return { kind: "timeout" };
        throw cancellation(ctx?.signal);
      }
      let status = statusOf(error);
      if (status !== null)
        return status >= 500 || status < 300 || status === 408 ? { kind: "malformed", status } : { kind: "answer", status, data: null };
      if (!isFetchError(error)) throw error;
      return { kind: "network", code: systemCode(error) };
    } finally {
      clearTimeout(timer), ctx?.signal?.removeEventListener("abort", cancel);
    }
  };
  return {
    async request(request, ctx) {
      let call = await loadPdjs(), operation = `${request.method} ${request.path}`;
      for (let attempt = 1; ; attempt++) {
        ctx?.signal?.throwIfAborted();
        let outcome = await limit.run(() => attemptOnce(call, request, ctx), ctx?.signal), step = nextStep(outcome, attempt, options.policy, operation, request.method === "GET");
        if (step.action === "retry") {
          await sleep(step.waitMs, ctx?.signal);
          continue;
        }
        if (step.action === "fail") throw redacted(step.error, options.token);
        if (step.status === 404)
          throw request.notFound ? request.notFound() : new UpstreamError("PagerDuty", `PagerDuty has nothing at ${operation} (404).`, 404, !1);
        return step.data;
      }
    },
    close() {
      agents.destroy();
    }
  };
}
function pdjsApi(module) {
  let namespace = module, api = namespace.api ?? namespace.default?.api;
  if (typeof api != "function") throw new TypeError("@pagerduty/pdjs exports no api() function.");
  return api;
}
function queryParameters(query) {
  let result = {};
  for (let [key, value] of Object.entries(query ?? {}))
    value !== void 0 && (result[key] = typeof value == "object" ? [...value] : String(value));
  return result;
}
function header(response, name) {
  let value = response.headers[name];
  return Array.isArray(value) ? value[0] ?? null : value ?? null;
}
function statusOf(error) {
  if (typeof error != "object" || error === null) return null;
  let status = error.status;
  return typeof status == "number" ? status : null;
}
function isFetchError(error) {
  return error instanceof Error && (error.name === "FetchError" || error.name === "AbortError");
}
function systemCode(error) {
  if (typeof error != "object" || error === null) return null;
  let code = error.code;
  return typeof code == "string" && code.length > 0 ? code : null;
}
function cancellation(signal) {
  return signal?.reason ?? new DOMException("The operation was aborted.", "AbortError");
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancellation(signal));
      return;
    }
    let timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop), resolve();
    }, ms), stop = () => {
      clearTimeout(timer), reject(cancellation(signal));
    };
    signal?.addEventListener("abort", stop, { once: !0 });
  });
}
function redacted(error, token) {
  return token.length === 0 || !error.message.includes(token) ? error : new UpstreamError(
    error.service,
    error.message.replaceAll(token, "[token]"),
    error.status,
    error.retryLater
  );
}

// src/sources/pagerduty/paging.ts
var PAGE_LIMIT = 100, OFFSET_CEILING = 1e4;
async function readAllPages(fetchPage, what) {
  let items = [];
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    if (offset + PAGE_LIMIT > OFFSET_CEILING)
      throw new UpstreamError(
        "PagerDuty",
        `PagerDuty lists more than ${OFFSET_CEILING} ${what}, more than its offset paging can reach.`,
        null,
        !1
      );
    let page = await fetchPage(offset, PAGE_LIMIT);
    if (items.push(...page.items), !page.more || page.items.length === 0) return items;
  }
}
async function readWindowed(list, windows, skip, take) {
  let items = [], queue = [...windows], position = skip;
  for (let window = queue.shift(); window; window = queue.shift()) {
    let result = await readWindow(list, window, position, take, items);
    if (result.kind === "full") return { items, more: result.more || await anyRecordIn(list, queue) };
    result.kind === "narrowed" ? (queue.unshift(...splitWindow(result.window, list.span, list.order)), position = result.position) : position = Math.max(0, position - result.count);
  }
  return { items, more: !1 };
}
async function readWindow(list, window, start, take, items) {
  let position = start, first = !0, total = null, lastReachable = (w, withTotal) => list.fetchPage(w, OFFSET_CEILING - PAGE_LIMIT, PAGE_LIMIT, withTotal);
  if (position >= OFFSET_CEILING) {
    let tail = await lastReachable(window, !0);
    if (!tail.more)
      return { kind: "exhausted", count: tail.total ?? OFFSET_CEILING - PAGE_LIMIT + tail.items.length };
    let next = narrowWindow(window, tail.items, list);
    return { kind: "narrowed", window: next.window, position: position - OFFSET_CEILING + next.overlap };
  }
  for (; ; ) {
    let limit = Math.min(PAGE_LIMIT, OFFSET_CEILING - position, take - items.length), page = await list.fetchPage(window, position, limit, first);
    if (first && (total = page.total), first = !1, items.push(...page.items.slice(0, take - items.length)), position += page.items.length, items.length >= take) return { kind: "full", more: page.more };
    if (!page.more || page.items.length === 0)
      return { kind: "exhausted", count: page.items.length > 0 ? position : total ?? position };
    if (position >= OFFSET_CEILING) {
      let tail = position - page.items.length === OFFSET_CEILING - PAGE_LIMIT ? page : await lastReachable(window, !1), next = narrowWindow(window, tail.items, list);
      return { kind: "narrowed", window: next.window, position: next.overlap };
    }
  }
}
async function anyRecordIn(list, windows) {
  for (let window of windows)
    if ((await list.fetchPage(window, 0, 1, !1)).items.length > 0) return !0;
  return !1;
}
function splitWindow(window, span, order) {
  if (!span || window.until === null || window.since === null && window.until === null) return [window];
  let since = Date.parse(window.since ?? span.earliest), until = Date.parse(window.until);
  if (since >= until) return [];
  let pieces = [];
  for (let end = until; end > since; end -= span.maxMs)
    pieces.push({
      since: new Date(Math.max(since, end - span.maxMs)).toISOString(),
      until: new Date(end).toISOString()
    });
  return order === "newest-first" ? pieces : pieces.reverse();
}
function narrowWindow(window, tail, list) {
  let times = tail.map((item) => Date.parse(list.createdAt(item))), first = times[0], last = times[times.length - 1];
  if (first === void 0 || last === void 0 || times.some(Number.isNaN))
    throw new UpstreamError(
      "PagerDuty",
      `PagerDuty sent ${list.what} without a readable created_at.`,
      null,
      !1
    );
  let order = first > last ? "newest-first" : first < last ? "oldest-first" : list.order, lastSecond = Math.floor(last / 1e3) * 1e3, boundary, overlap, progressed;
  if (order === "newest-first") {
    let until = window.until === null ? Number.POSITIVE_INFINITY : Date.parse(window.until);
    boundary = Math.min(lastSecond + 1e3, until), overlap = times.filter((t) => t < boundary).length, progressed = boundary < until;
  } else {
    let since = window.since === null ? Number.NEGATIVE_INFINITY : Date.parse(window.since);
    boundary = Math.max(lastSecond, since), overlap = times.filter((t) => t >= boundary).length, progressed = boundary > since;
  }
  if (!progressed || overlap >= tail.length)
    throw new UpstreamError(
      "PagerDuty",
      `PagerDuty holds more than ${tail.length} ${list.what} created within the second of ${new Date(last).toISOString()}, too many to page through; narrow the time range.`,
      null,
      !1
    );
  let instant = new Date(boundary).toISOString();
  return {
    window: order === "newest-first" ? { since: window.since, until: instant } : { since: instant, until: window.until },
    overlap
  };
}

// src/sources/pagerduty/incident-query.ts
var EARLIEST_INCIDENT = "2009-01-01T00:00:00.000Z";
function incidentFilters(query, team) {
  return {
    "service_ids[]": nonEmpty(query.serviceIds?.map((id) => pagerDutyServiceId(id, team))),
    "team_ids[]": nonEmpty(query.teamIds?.map((id) => pagerDutyTeamId(id, team))),
    "statuses[]": nonEmpty(query.statuses),
    "urgencies[]": query.urgency ? [query.urgency] : void 0,
    sort_by: "created_at:desc"
  };
}
var INCIDENT_SPAN = { maxMs: 180 * DAY_MS, earliest: EARLIEST_INCIDENT }, OPEN_END_MARGIN_MS = 6e4;
function incidentWindows(query, now) {
  if (query.since === void 0 && query.until === void 0) return [{ since: null, until: null }];
  let until = query.until ?? new Date(now.getTime() + OPEN_END_MARGIN_MS).toISOString();
  return splitWindow({ since: query.since ?? null, until }, INCIDENT_SPAN, "newest-first");
}
function windowParameters(window) {
  return window.since === null && window.until === null ? { date_range: "all" } : { since: window.since ?? EARLIEST_INCIDENT, until: window.until ?? void 0 };
}
function pagerDutyServiceId(id, team) {
  return team.services.find((service) => service.id === id)?.pagerdutyId ?? id;
}
function pagerDutyTeamId(id, team) {
  return team.teams.find((t) => t.id === id)?.pagerdutyId ?? id;
}
function nonEmpty(values) {
  return values && values.length > 0 ? [...new Set(values)] : void 0;
}
function requireCount(name, value) {
  if (!Number.isInteger(value) || value < 0)
    throw new UserInputError(`${name} must be a whole number of 0 or more, not ${value}.`);
}
function requireInstant(name, value) {
  let millis = Date.parse(value);
  if (Number.isNaN(millis))
    throw new UserInputError(
      `${name} "${value}" is not a date-time; write ISO 8601 such as 2026-11-20T00:00:00Z.`
    );
  return millis;
}

// src/sources/pagerduty/log-entry-order.ts
var LOG_ENTRY_ORDER = "newest-first";
async function readOldestLogEntries(limit, request, fetchPage) {
  let first = await fetchPage(request(0, Math.min(limit, PAGE_LIMIT), !0));
  if (!first.more) return { items: first.items.slice(0, limit), total: first.total ?? first.items.length };
  let fromEnd = listOrder(first.items) === "newest-first";
  if (fromEnd && first.total === null) return null;
  let offset = fromEnd && first.total !== null ? Math.max(0, first.total - limit) : first.items.length;
  if (offset + limit - (fromEnd ? 0 : first.items.length) > OFFSET_CEILING) return null;
  let items = fromEnd ? [] : [...first.items];
  for (; items.length < limit; ) {
    let page = await fetchPage(request(offset, Math.min(PAGE_LIMIT, limit - items.length)));
    if (items.push(...page.items), offset += page.items.length, !page.more || page.items.length === 0) break;
  }
  return { items: items.slice(0, limit), total: first.total ?? items.length };
}
function listOrder(items) {
  let first = items[0], last = items[items.length - 1];
  if (!first || !last) return LOG_ENTRY_ORDER;
  let a = Date.parse(createdAtOf(first)), b = Date.parse(createdAtOf(last));
  return a > b ? "newest-first" : a < b ? "oldest-first" : LOG_ENTRY_ORDER;
}
function createdAtOf(raw) {
  let value = raw.created_at;
  return typeof value == "string" ? value : "";
}
function oldestFirst(records, at) {
  return [...records].sort((a, b) => Date.parse(at(a)) - Date.parse(at(b)));
}

// src/sources/pagerduty/newest-page.ts
function newestPageMayCover(query, windowCount, now, spanMs) {
  if (query.since === void 0 || query.offset !== 0 || query.limit > PAGE_LIMIT || windowCount < 2)
    return !1;
  let until = query.until === void 0 ? now.getTime() : Date.parse(query.until);
  return now.getTime() - until < spanMs;
}
async function readFromNewestPage(list, since, until, take) {
  let page = await list.fetchPage({ since: null, until: null }, 0, PAGE_LIMIT, !1), sinceMs = Date.parse(since), untilMs = until === void 0 ? Number.POSITIVE_INFINITY : Date.parse(until), oldest = page.items.at(-1);
  if (!(!page.more || oldest !== void 0 && Date.parse(createdAtOf(oldest)) < sinceMs)) return null;
  let inWindow = page.items.filter((item) => {
    let created = Date.parse(createdAtOf(item));
    return created >= sinceMs && created < untilMs;
  });
  return { items: inWindow.slice(0, take), more: inWindow.length > take };
}

// src/sources/pagerduty/response-shapes.ts
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function malformed(operation, problem) {
  return new UpstreamError("PagerDuty", `PagerDuty answered ${operation} ${problem}.`, null, !0);
}
function offsetPage(data, key, operation, map) {
  let items = listField(data, key, operation).map((item, index) => map(item, `${key}[${index}]`)), envelope = data, total = envelope.total;
  return {
    items,
    more: envelope.more === !0,
    total: typeof total == "number" && Number.isInteger(total) ? total : null
  };
}
function listField(data, key, operation) {
  if (!isObject(data) || !Array.isArray(data[key])) throw malformed(operation, `without a "${key}" list`);
  return data[key].map((item, index) => {
    if (!isObject(item)) throw malformed(operation, `with ${key}[${index}] that is not an object`);
    return item;
  });
}
function objectField(data, key, operation) {
  if (!isObject(data) || !isObject(data[key])) throw malformed(operation, `without a "${key}" object`);
  return data[key];
}
function stringField(raw, key, at) {
  let value = raw[key];
  if (typeof value == "string" && value.length > 0) return value;
  throw new UpstreamError("PagerDuty", `PagerDuty sent ${at} without a "${key}" string.`, null, !1);
}
function failFor(at, operation) {
  return (field, problem) => {
    throw new UpstreamError(
      "PagerDuty",
      `PagerDuty sent ${at} from ${operation} whose ${field} ${problem}.`,
      null,
      !1
    );
  };
}
function referenceOf(raw, at) {
  let text = (key) => {
    let value = raw[key];
    return typeof value == "string" && value.length > 0 ? value : null;
  };
  return {
    id: stringField(raw, "id", at),
    type: text("type"),
    summary: text("summary"),
    name: text("name"),
    email: text("email")
  };
}

// src/sources/pagerduty/incident-source.ts
var NOTES_NEED_FROM_EMAIL = "add_incident_note needs PAGERDUTY_FROM_EMAIL: set it to the email of the PagerDuty user notes are posted as, then restart the server.";
function createPagerDutyIncidentSource(options) {
  let { client, directory } = options, incidentPath = (id) => `/incidents/${encodeURIComponent(id)}`, noSuchIncident = (id) => () => new NotFoundError(`PagerDuty has no incident ${id}; it may have been deleted.`), getPage = async (request, key, ctx) => {
    let data = await client.request(request, ctx);
    return offsetPage(data, key, `${request.method} ${request.path}`, (item) => item);
  }, readLogEntries = async (path, window, filters, ctx, notFound) => {
    let list = {
      fetchPage: (w, offset, limit, total) => getPage(
        {
          method: "GET",
          path,
          query: {
            ...filters,
            since: w.since ?? void 0,
            until: w.until ?? void 0,
            offset,
            limit,
            total: total || void 0
          },
          notFound
        },
        "log_entries",
        ctx
      ),
      createdAt: createdAtOf,
      order: LOG_ENTRY_ORDER,
      what: "log entries"
    }, { items } = await readWindowed(list, [window], 0, Number.POSITIVE_INFINITY);
    return items;
  }, normaliseEntries = async (raws, operation, ctx, incidentId) => {
    let { joins } = await directory.load(ctx), entries = raws.map(
      (raw, index) => normaliseLogEntry(raw, joins, failFor(`log_entries[${index}]`, operation), incidentId)
    );
    return listOrder(raws) === "newest-first" && entries.reverse(), oldestFirst(entries, (entry) => entry.at);
  };
  return {
    cheapReads: !1,
    noteRefusal: options.fromEmail ? null : NOTES_NEED_FROM_EMAIL,
    async listIncidents(query, ctx) {
      requireCount("limit", query.limit), requireCount("offset", query.offset), query.since !== void 0 && requireInstant("since", query.since), query.until !== void 0 && requireInstant("until", query.until);
      let { team, joins } = await directory.load(ctx), filters = incidentFilters(query, team), list = {
        fetchPage: (window, offset, limit, total) => getPage(
          {
            method: "GET",
            path: "/incidents",
            query: { ...filters, ...windowParameters(window), offset, limit, total: total || void 0 }
          },
          "incidents",
          ctx
        ),
        createdAt: createdAtOf,
        order: "newest-first",
        what: "incidents",
        span: INCIDENT_SPAN
      }, take = Math.max(query.limit, 1), now = options.now(), windows = incidentWindows(query, now), found = (query.since !== void 0 && newestPageMayCover(query, windows.length, now, INCIDENT_SPAN.maxMs) ? await readFromNewestPage(list, query.since, query.until, take) : null) ?? await readWindowed(list, windows, query.offset, take), items = found.items.slice(0, query.limit), more = query.limit === 0 ? found.items.length > 0 : found.more;
      return {
        incidents: items.map(
          (raw, index) => normaliseIncident(raw, joins, failFor(`incidents[${index}]`, "GET /incidents"))
        ),
        more
      };
    },
    async getIncident(idOrNumber, ctx) {
      let path = incidentPath(idOrNumber), [data, { joins }] = await Promise.all([
        client.request({ method: "GET", path, notFound: noSuchIncident(idOrNumber) }, ctx),
        directory.load(ctx)
      ]), operation = `GET ${path}`;
      return normaliseIncident(
        objectField(data, "incident", operation),
        joins,
        failFor("the incident", operation)
      );
    },
    async listLogEntries(incidentId, query = {}, ctx) {
      let path = `${incidentPath(incidentId)}/log_entries`, operation = `GET ${path}`, filters = { is_overview: query.overview ? !0 : void 0 }, request = (offset, limit, total = !1) => ({
        method: "GET",
        path,
        query: { ...filters, offset, limit, total: total ? !0 : void 0 },
        notFound: noSuchIncident(incidentId)
      });
      if (query.limit !== void 0 && requireCount("limit", query.limit), query.limit === void 0) {
        let raws2 = await readLogEntries(
          path,
          { since: null, until: null },
          filters,
          ctx,
          noSuchIncident(incidentId)
        ), items2 = await normaliseEntries(raws2, operation, ctx, incidentId);
        return { items: items2, total: items2.length };
      }
      if (query.limit === 0) {
        let page = await getPage(request(0, 1, !0), "log_entries", ctx);
        return { items: [], total: page.total ?? page.items.length };
      }
      let oldest = await readOldestLogEntries(query.limit, request, (r) => getPage(r, "log_entries", ctx));
      if (oldest)
        return { items: await normaliseEntries(oldest.items, operation, ctx, incidentId), total: oldest.total };
      let raws = await readLogEntries(
        path,
        { since: null, until: null },
        filters,
        ctx,
        noSuchIncident(incidentId)
      ), items = await normaliseEntries(raws, operation, ctx, incidentId);
      return { items: items.slice(0, query.limit), total: items.length };
    },
    async listLogEntriesInWindow(since, until, query = {}, ctx) {
      if (requireInstant("since", since) >= requireInstant("until", until)) return [];
      let filters = { is_overview: query.overview ? !0 : void 0 }, [raws] = await Promise.all([
        readLogEntries("/log_entries", { since, until }, filters, ctx),
        directory.load(ctx)
      ]);
      return normaliseEntries(raws, "GET /log_entries", ctx);
    },
    async listNotes(incidentId, ctx) {
      let path = `${incidentPath(incidentId)}/notes`, operation = `GET ${path}`, [data, { joins }] = await Promise.all([
        client.request({ method: "GET", path, notFound: noSuchIncident(incidentId) }, ctx),
        directory.load(ctx)
      ]), notes = listField(data, "notes", operation).map(
        (raw, index) => normaliseNote(raw, incidentId, joins, failFor(`notes[${index}]`, operation))
      );
      return oldestFirst(notes, (note) => note.at);
    },
    async listAlerts(incidentId, query = {}, ctx) {
      let path = `${incidentPath(incidentId)}/alerts`, operation = `GET ${path}`, request = (offset, limit, total) => ({
        method: "GET",
        path,
        query: { sort_by: "created_at:asc", offset, limit, total: total ? !0 : void 0 },
        notFound: noSuchIncident(incidentId)
      }), normalise = (raws2) => raws2.map((raw, index) => normaliseAlert(raw, failFor(`alerts[${index}]`, operation)));
      if (query.limit === void 0) {
        let raws2 = await readAllPages(
          (offset, limit) => getPage(request(offset, limit, !1), "alerts", ctx),
          "alerts"
        ), items2 = oldestFirst(normalise(raws2), (alert) => alert.createdAt);
        return { items: items2, total: items2.length };
      }
      requireCount("limit", query.limit);
      let wanted = query.limit, first = await getPage(request(0, Math.min(Math.max(wanted, 1), PAGE_LIMIT), !0), "alerts", ctx), raws = first.items.slice(0, wanted), more = first.more;
      for (; raws.length < wanted && more; ) {
        let page = await getPage(
          request(raws.length, Math.min(PAGE_LIMIT, wanted - raws.length), !1),
          "alerts",
          ctx
        );
        raws.push(...page.items), more = page.more && page.items.length > 0;
      }
      return { items: oldestFirst(normalise(raws.slice(0, wanted)), (alert) => alert.createdAt), total: first.total ?? first.items.length };
    },
    async listDirectory(kind, ctx) {
      let operation = `GET /${kind}`;
      return (await readAllPages(
        (offset, limit) => getPage({ method: "GET", path: `/${kind}`, query: { offset, limit } }, kind, ctx),
        kind
      )).map((raw, index) => {
        let id = stringField(raw, "id", `${kind}[${index}] from ${operation}`);
        return { id, name: typeof raw.name == "string" ? raw.name : id };
      });
    },
    async addNote(incidentId, content, ctx) {
      if (!options.fromEmail)
        throw new ConfigurationError(NOTES_NEED_FROM_EMAIL);
      let path = `${incidentPath(incidentId)}/notes`, operation = `POST ${path}`, [data, { joins }] = await Promise.all([
        client.request(
          {
            method: "POST",
            path,
            body: { note: { content } },
            from: options.fromEmail,
            notFound: noSuchIncident(incidentId)
          },
          ctx
        ),
        directory.load(ctx)
      ]);
      return { note: normaliseNote(
        objectField(data, "note", operation),
        incidentId,
        joins,
        failFor("the note", operation)
      ), mode: "pagerduty", where: "in PagerDuty" };
    }
  };
}

// src/sources/pagerduty/schedule-join.ts
function teamScheduleFor(raw, team) {
  let id = raw.id, name = raw.name;
  return team.schedules.find((s) => s.pagerdutyId !== null && s.pagerdutyId === id) ?? team.schedules.find((s) => s.pagerdutyId === null && s.name === name);
}
async function resolveSchedule(scheduleId, team, client, ctx) {
  let known = team.schedules.find((s) => s.id === scheduleId || s.pagerdutyId === scheduleId);
  if (!known) return { pagerDutyId: scheduleId, known: void 0 };
  if (known.pagerdutyId) return { pagerDutyId: known.pagerdutyId, known };
  let match = (await readAllPages(async (offset, limit) => {
    let data = await client.request(
      { method: "GET", path: "/schedules", query: { query: known.name, offset, limit } },
      ctx
    );
    return offsetPage(data, "schedules", "GET /schedules", (item) => item);
  }, "schedules")).find((raw) => raw.name === known.name && typeof raw.id == "string");
  if (!match)
    throw new NotFoundError(
      `PagerDuty has no schedule named "${known.name}" for schedule ${known.id}; set its pagerdutyId in team.yaml (schedules[].pagerdutyId).`
    );
  return { pagerDutyId: match.id, known };
}

// src/sources/pagerduty/schedule-source.ts
function createPagerDutyScheduleSource(client, directory) {
  return {
    async listSchedules(ctx) {
      let [raws, { team, joins }] = await Promise.all([
        readAllPages(async (offset, limit) => {
          let data = await client.request(
            { method: "GET", path: "/schedules", query: { offset, limit } },
            ctx
          );
          return offsetPage(data, "schedules", "GET /schedules", (item) => item);
        }, "schedules"),
        directory.load(ctx)
      ]);
      return raws.map((raw, index) => scheduleSummary(raw, `schedules[${index}]`, team, joins));
    },
    async renderSchedule(scheduleId, since, until, ctx) {
      let { team, joins } = await directory.load(ctx), { pagerDutyId, known } = await resolveSchedule(scheduleId, team, client, ctx), path = `/schedules/${encodeURIComponent(pagerDutyId)}`, data = await client.request(
        {
          method: "GET",
          path,
          query: { since, until },
          notFound: () => new NotFoundError(
            `PagerDuty has no schedule ${scheduleId}; check its id, or its pagerdutyId in team.yaml.`
          )
        },
        ctx
      ), operation = `GET ${path}`, final = objectField(data, "schedule", operation).final_schedule, entries = isObject(final) ? listField(final, "rendered_schedule_entries", operation) : [];
      return renderedShifts(entries, known?.id ?? pagerDutyId, since, until, joins, operation);
    }
  };
}
function scheduleSummary(raw, at, team, joins) {
  let id = stringField(raw, "id", at), known = teamScheduleFor(raw, team), name = typeof raw.name == "string" && raw.name ? raw.name : known?.name ?? id, zone = typeof raw.time_zone == "string" && raw.time_zone ? raw.time_zone : "UTC", firstTeam = Array.isArray(raw.teams) ? raw.teams.find(isObject) : void 0, pagerDutyTeam = firstTeam && typeof firstTeam.id == "string" ? joins.team(referenceOf(firstTeam, `${at}.teams[0]`)).id : null;
  return {
    id: known?.id ?? id,
    name,
    timeZone: known?.timeZone ?? zone,
    services: known?.services ?? [],
    team: known?.team ?? pagerDutyTeam
  };
}
function renderedShifts(entries, scheduleId, since, until, joins, operation) {
  let from = Date.parse(since), to = Date.parse(until), shifts = [];
  return entries.forEach((entry, index) => {
    let at = `rendered_schedule_entries[${index}]`, start = Date.parse(stringField(entry, "start", at)), end = Date.parse(stringField(entry, "end", at));
    if (Number.isNaN(start) || Number.isNaN(end))
      throw malformed(operation, `with ${at} whose start or end is not a date-time`);
    let user = entry.user;
    if (!isObject(user) || typeof user.id != "string") return;
    let clippedStart = Math.max(start, from), clippedEnd = Math.min(end, to);
    clippedStart >= clippedEnd || shifts.push({
      scheduleId,
      user: joins.person(referenceOf(user, `${at}.user`)).id,
      start: new Date(clippedStart).toISOString(),
      end: new Date(clippedEnd).toISOString()
    });
  }), shifts.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

// src/sources/pagerduty/schedule-writes.ts
function createPagerDutyScheduleWrites(client, directory) {
  let scheduleNotFound = (id) => () => new NotFoundError(`PagerDuty has no schedule ${id}; check its id, or its pagerdutyId in team.yaml.`);
  return {
    async findScheduleByName(name, ctx) {
      let wanted = name.trim(), found = (await readAllPages(async (offset, limit) => {
        let data = await client.request(
          { method: "GET", path: "/schedules", query: { query: wanted, offset, limit } },
          ctx
        );
        return offsetPage(data, "schedules", "GET /schedules", (item) => item);
      }, "schedules")).find((raw) => raw.name === wanted);
      return found ? scheduleRef(found, "GET /schedules") : null;
    },
    async createSchedule(schedule, ctx) {
      let { team } = await directory.load(ctx), body = {
        schedule: {
          type: "schedule",
          name: schedule.name,
          time_zone: schedule.timeZone,
          ...schedule.description ? { description: schedule.description } : {},
          schedule_layers: schedule.layers.map((layer, index) => ({
            name: layer.name ?? `Layer ${index + 1}`,
            start: layer.start,
            rotation_virtual_start: layer.rotationVirtualStart,
            rotation_turn_length_seconds: layer.turnLengthSeconds,
            users: layer.users.map((user) => ({
              user: { id: pagerDutyUserId(user, team), type: "user_reference" }
            }))
          }))
        }
      }, data = await client.request({ method: "POST", path: "/schedules", body }, ctx);
      return scheduleRef(objectField(data, "schedule", "POST /schedules"), "POST /schedules");
    },
    async listOverrides(scheduleId, since, until, ctx) {
      let { team, joins } = await directory.load(ctx), { pagerDutyId } = await resolveSchedule(scheduleId, team, client, ctx), path = `/schedules/${encodeURIComponent(pagerDutyId)}/overrides`, data = await client.request(
        { method: "GET", path, query: { since, until }, notFound: scheduleNotFound(scheduleId) },
        ctx
      );
      return listField(data, "overrides", `GET ${path}`).map(
        (raw, index) => override(raw, `overrides[${index}]`, joins)
      );
    },
    async createOverrides(scheduleId, overrides, ctx) {
      if (overrides.length === 0) return [];
      let { team, joins } = await directory.load(ctx), { pagerDutyId } = await resolveSchedule(scheduleId, team, client, ctx), path = `/schedules/${encodeURIComponent(pagerDutyId)}/overrides`, operation = `POST ${path}`, body = {
        overrides: overrides.map((o) => ({
          start: o.start,
          end: o.end,
          user: { id: pagerDutyUserId(o.user, team), type: "user_reference" }
        }))
      }, data = await client.request(
        { method: "POST", path, body, notFound: scheduleNotFound(scheduleId) },
        ctx
      );
      if (!Array.isArray(data)) throw malformed(operation, "without a list of results");
      let created = [], refused = [];
      if (data.forEach((result, index) => {
        let status = isObject(result) ? result.status : void 0;
        if (isObject(result) && isObject(result.override) && (status === void 0 || Number(status) < 300)) {
          created.push(override(result.override, `[${index}].override`, joins));
          return;
        }
        let errors = isObject(result) && Array.isArray(result.errors) ? result.errors.join("; ") : "refused";
        refused.push(`override ${index + 1} (${errors})`);
      }), refused.length > 0)
        throw new UpstreamError(
          "PagerDuty",
          `PagerDuty created ${created.length} of ${overrides.length} overrides on schedule ${scheduleId} and refused ${refused.join(", ")}.`,
          null,
          !1
        );
      return created;
    }
  };
}
function pagerDutyUserId(id, team) {
  let engineer = team.engineers.find((e) => e.id === id);
  if (!engineer) return id;
  if (engineer.pagerdutyUserId) return engineer.pagerdutyUserId;
  throw new UserInputError(
    `Engineer ${id} has no PagerDuty user; set engineers[].email for ${id} in team.yaml to the email of their PagerDuty user.`
  );
}
function scheduleRef(raw, operation) {
  let id = stringField(raw, "id", `the schedule from ${operation}`);
  return {
    id,
    name: typeof raw.name == "string" ? raw.name : id,
    timeZone: typeof raw.time_zone == "string" ? raw.time_zone : "UTC"
  };
}
function override(raw, at, joins) {
  let user = raw.user;
  if (!isObject(user))
    throw new UpstreamError("PagerDuty", `PagerDuty sent ${at} without a user.`, null, !1);
  return {
    id: typeof raw.id == "string" ? raw.id : null,
    start: new Date(stringField(raw, "start", at)).toISOString(),
    end: new Date(stringField(raw, "end", at)).toISOString(),
    user: joins.person(referenceOf(user, `${at}.user`)).id
  };
}

// src/sources/pagerduty/user-directory.ts
var DEFAULT_USERS_TIMEOUT_MS = 6e4;
function createUserDirectory(client, teamSource, options = {}) {
  let timeoutMs = options.usersTimeoutMs ?? DEFAULT_USERS_TIMEOUT_MS, current = null, startRead = () => {
    let waiting = /* @__PURE__ */ new Set(), sent = 0, requests = {
      get count() {
        return sent;
      },
      set count(value) {
        let counters = new Set([...waiting].map(({ counter }) => counter));
        for (let counter of counters) counter && (counter.count += value - sent);
        sent = value;
      }
    }, controller = new AbortController(), timer = setTimeout(() => {
      let seconds = Math.round(timeoutMs / 100) / 10;
      controller.abort(
        new UpstreamError("PagerDuty", `PagerDuty did not list its users within ${seconds} s.`, null, !0)
      );
    }, timeoutMs);
    timer.unref();
    let ctx = { signal: controller.signal, requests }, read = {
      waiting,
      users: readAllPages(async (offset, limit) => {
        let data = await client.request({ method: "GET", path: "/users", query: { offset, limit } }, ctx);
        return offsetPage(data, "users", "GET /users", toUser);
      }, "users").finally(() => clearTimeout(timer)),
      abandon(reason) {
        current === read && (current = null), controller.abort(reason);
      }
    };
    return read.users.catch(() => {
      current === read && (current = null);
    }), read;
  }, loadUsers = (ctx) => (ctx?.signal?.throwIfAborted(), current ??= startRead(), waitFor(current, ctx));
  return {
    async load(ctx) {
      let [team, pagerDutyUsers] = await Promise.all([teamSource.load(ctx), loadUsers(ctx)]), joined = joinUsers(team, pagerDutyUsers);
      return { team: joined, joins: teamJoins(joined) };
    }
  };
}
function waitFor(read, ctx) {
  let signal = ctx?.signal, waiter = { counter: ctx?.requests };
  return read.waiting.add(waiter), new Promise((resolve, reject) => {
    let leave = () => {
      read.waiting.delete(waiter), signal?.removeEventListener("abort", onAbort);
    }, onAbort = () => {
      leave(), read.waiting.size === 0 && read.abandon(signal?.reason), reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: !0 }), read.users.then(
      (users) => {
        leave(), resolve(users);
      },
      (error) => {
        leave(), reject(error);
      }
    );
  });
}
function joinUsers(team, users) {
  let byEmail = new Map(users.flatMap((u) => u.email ? [[u.email.toLowerCase(), u.id]] : [])), engineers = team.engineers.map(
    (engineer) => ({
      ...engineer,
      pagerdutyUserId: engineer.pagerdutyUserId ?? (engineer.email ? byEmail.get(engineer.email.toLowerCase()) ?? null : null)
    })
  );
  return { ...team, engineers };
}
function toUser(raw, at) {
  return {
    id: stringField(raw, "id", at),
    name: typeof raw.name == "string" ? raw.name : stringField(raw, "id", at),
    email: typeof raw.email == "string" ? raw.email : null
  };
}

// src/sources/pagerduty/index.ts
var DEFAULT_PAGERDUTY_API_URL = "https://api.pagerduty.com";
function createPagerDutySources(options) {
  let client = createPagerDutyClient({
    token: options.token,
    apiUrl: options.apiUrl ?? DEFAULT_PAGERDUTY_API_URL,
    concurrency: options.concurrency ?? 4,
    policy: {
      maxAttempts: Math.max(1, options.retry?.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts),
      maxWaitMs: options.retry?.maxWaitMs ?? DEFAULT_RETRY_POLICY.maxWaitMs,
      timeoutMs: options.timeoutMs ?? DEFAULT_RETRY_POLICY.timeoutMs
    }
  }), directory = createUserDirectory(client, options.team);
  return {
    incidents: createPagerDutyIncidentSource({
      client,
      directory,
      fromEmail: options.fromEmail,
      now: options.now ?? (() => /* @__PURE__ */ new Date())
    }),
    schedules: createPagerDutyScheduleSource(client, directory),
    scheduleWrites: createPagerDutyScheduleWrites(client, directory),
    close: () => client.close()
  };
}
export {
  DEFAULT_PAGERDUTY_API_URL,
  createPagerDutySources
};
