import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SIMILAR_LIMITS
} from "./chunk-HN7GKGSP.js";
import {
  summarizeIncident
} from "./chunk-VLGA6NG5.js";
import {
  mapBounded
} from "./chunk-5M6LFBTC.js";
import {
  DAY_MS
} from "./chunk-OVEIKJ4F.js";
import {
  clip
} from "./chunk-TMS5DXOB.js";
import {
  redactSecrets
} from "./chunk-65K74YAK.js";
import {
  UpstreamError,
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/incidents/similar/stem.ts
var VOWEL = /[aeiouy]/, DOUBLE_CONSONANT = /([b-df-hj-km-rtv-xz])\1$/;
function stem(word) {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  w.endsWith("sses") ? w = w.slice(0, -2) : w.endsWith("ies") && w.length > 4 ? w = `${w.slice(0, -3)}y` : w.endsWith("s") && !/(?:ss|us|is)$/.test(w) && (w = w.slice(0, -1));
  let cut = !1;
  return w.endsWith("ing") && w.length >= 6 && VOWEL.test(w.slice(0, -3)) ? (w = w.slice(0, -3), cut = !0) : w.endsWith("ed") && !w.endsWith("eed") && w.length >= 5 && VOWEL.test(w.slice(0, -2)) && (w = w.slice(0, -2), cut = !0), cut && DOUBLE_CONSONANT.test(w) && (w = w.slice(0, -1)), w.endsWith("e") && w.length > 4 && (w = w.slice(0, -1)), w;
}

// src/incidents/similar/tokenize.ts
var IDENTIFIER = /[\p{L}\p{N}]+(?:[-_./:@][\p{L}\p{N}]+)*/gu, PATH_SEPARATORS = /[./:@]/, WORD_SEPARATORS = /[-_]/, CAMEL_BOUNDARY = new RegExp("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", "u"), MAX_TERM_CHARS = 64, STOPWORDS = new Set(
  "a an the and or but if then else of to in on at by for from with without as is are was were be been being it its this that these those there here we i you he she they them our us my your their not no so than too very can could would should will just do does did done has have had up out over under again once all any both each few more most other some such only own same into about after before above below between through during while when where what which who whom why how also one two per via still now get got let lets ok since until".split(" ")
);
function informative(term) {
  return term.length < 2 || term.length > MAX_TERM_CHARS ? !1 : /^\d+$/.test(term) ? term.length === 3 : new RegExp("\\p{L}", "u").test(term);
}
function pushWord(word, out) {
  let surface = word.toLowerCase();
  STOPWORDS.has(surface) || !informative(surface) || out.push({ term: stem(surface), surface });
}
function pushWordAndCamelParts(word, out) {
  let parts = word.split(CAMEL_BOUNDARY).filter((part) => part.length > 0);
  if (pushWord(word, out), parts.length > 1) for (let part of parts) pushWord(part, out);
}
function pushWhole(identifier, out) {
  let surface = identifier.toLowerCase();
  informative(surface) && out.push({ term: surface, surface });
}
function tokenize(text) {
  let out = [];
  for (let match of text.matchAll(IDENTIFIER)) {
    let identifier = match[0];
    if (!PATH_SEPARATORS.test(identifier) && !WORD_SEPARATORS.test(identifier)) {
      pushWordAndCamelParts(identifier, out);
      continue;
    }
    pushWhole(identifier, out);
    for (let component of identifier.split(PATH_SEPARATORS))
      if (WORD_SEPARATORS.test(component)) {
        component !== identifier && pushWhole(component, out);
        for (let word of component.split(WORD_SEPARATORS)) pushWordAndCamelParts(word, out);
      } else
        pushWordAndCamelParts(component, out);
  }
  return out;
}

// src/incidents/similar/document.ts
var MAX_INDEXED_NOTE_CHARS = 2e5, FIELD_WEIGHTS = { title: 2, keys: 2, service: 1, notes: 1 };
function rankableText(text) {
  return redactSecrets(text).split(/(\s+)/).map((part) => part.includes("[REDACTED:") ? " " : part).join("");
}
function buildDocument(parts) {
  let document = {
    id: parts.id,
    frequencies: /* @__PURE__ */ new Map(),
    length: 0,
    fields: /* @__PURE__ */ new Map(),
    surfaces: /* @__PURE__ */ new Map(),
    alertKeys: new Set(
      (parts.alertKeys ?? []).map((key) => key ? rankableText(key).trim() : "").filter((key) => key.length > 0).map((key) => key.toLowerCase())
    ),
    serviceId: parts.service?.id ?? null,
    hasNotes: parts.notes !== void 0 && parts.notes !== null
  }, add = (field, text) => {
    let weight = FIELD_WEIGHTS[field];
    for (let { term, surface } of tokenize(rankableText(text))) {
      document.frequencies.set(term, (document.frequencies.get(term) ?? 0) + weight), document.length += weight;
      let fields = document.fields.get(term) ?? /* @__PURE__ */ new Set();
      fields.add(field), document.fields.set(term, fields), document.surfaces.has(term) || document.surfaces.set(term, surface);
    }
  };
  parts.title && add("title", parts.title);
  for (let key of document.alertKeys) add("keys", key);
  parts.service && add("service", `${parts.service.id} ${parts.service.name}`);
  let noteBudget = MAX_INDEXED_NOTE_CHARS;
  for (let note of parts.notes ?? []) {
    if (noteBudget <= 0) break;
    add("notes", note.length > noteBudget ? note.slice(0, noteBudget) : note), noteBudget -= note.length;
  }
  return document;
}
function listDocument(incident) {
  return buildDocument({
    id: incident.id,
    title: incident.title,
    alertKeys: [incident.incidentKey],
    service: incident.service
  });
}
function fullDocument(incident, notes, alertKeys = []) {
  return buildDocument({
    id: incident.id,
    title: incident.title,
    alertKeys: [incident.incidentKey, ...alertKeys],
    service: incident.service,
    notes
  });
}
function queryDocument(text) {
  let words = text.split(/\s+/).map((word) => word.replace(/^[`'"([]+|[`'".,;!?)\]]+$/g, "")).filter((word) => word.length > 0);
  return buildDocument({ id: "query", alertKeys: words, notes: [text] });
}

// src/incidents/similar/explain.ts
var PHRASES = [
  { field: "title", lead: "title shares" },
  { field: "keys", lead: "alert key shares" },
  { field: "notes", lead: "notes share" }
];
function shownField(fields) {
  if (!fields) return null;
  for (let field of ["title", "keys", "notes", "service"]) if (fields.has(field)) return field;
  return null;
}
function isPartOf(part, whole) {
  return part === whole ? !1 : whole.split(/[-_./:@]/).some((piece) => piece === part || part.length >= 3 && piece.includes(part));
}
function strongestTerms(terms, document, query) {
  let shown = [];
  for (let [term] of [...terms].sort((a, b) => b[1] - a[1])) {
    let surface = document.surfaces.get(term) ?? query.surfaces.get(term) ?? term;
    if (!shown.some((whole) => whole === surface || isPartOf(surface, whole))) {
      for (let i = shown.length - 1; i >= 0; i--) isPartOf(shown[i], surface) && shown.splice(i, 1);
      if (shown.push(surface), shown.length === 4) break;
    }
  }
  return shown;
}
function explainMatch(ranked, query) {
  let phrases = [];
  for (let key of ranked.sharedAlertKeys.slice(0, 2)) phrases.push(`same alert key \`${key}\``);
  ranked.sameService && phrases.push("same service");
  let byField = /* @__PURE__ */ new Map(), strongest = Math.max(0, ...ranked.contributions.values());
  for (let [term, contribution] of ranked.contributions) {
    if (contribution < strongest * 0.2) continue;
    let field = shownField(ranked.document.fields.get(term));
    if (field === null || field === "service" || field === "keys" && ranked.sharedAlertKeys.length > 0) continue;
    let list = byField.get(field) ?? [];
    list.push([term, contribution]), byField.set(field, list);
  }
  for (let { field, lead } of PHRASES) {
    let terms = byField.get(field);
    terms?.length && phrases.push(`${lead}: ${strongestTerms(terms, ranked.document, query).join(", ")}`);
  }
  return phrases;
}

// src/incidents/similar/bm25.ts
var BM25 = { k1: 1.2, b: 0.75 };
function corpusStatistics(documents) {
  let documentFrequency = /* @__PURE__ */ new Map(), totalLength = 0;
  for (let document of documents) {
    totalLength += document.length;
    for (let term of document.frequencies.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return {
    documents: documents.length,
    averageLength: documents.length === 0 ? 0 : totalLength / documents.length,
    documentFrequency
  };
}
function inverseDocumentFrequency(term, statistics) {
  let frequency = statistics.documentFrequency.get(term) ?? 0;
  return frequency === 0 ? 0 : Math.log(1 + (statistics.documents - frequency + 0.5) / (frequency + 0.5));
}
function bm25Score(queryTerms, document, statistics) {
  let contributions = /* @__PURE__ */ new Map(), score = 0, lengthRatio = statistics.averageLength > 0 ? document.length / statistics.averageLength : 1, norm = BM25.k1 * (1 - BM25.b + BM25.b * lengthRatio);
  for (let term of queryTerms) {
    let frequency = document.frequencies.get(term);
    if (!frequency) continue;
    let idf = inverseDocumentFrequency(term, statistics);
    if (idf === 0) continue;
    let part = idf * frequency * (BM25.k1 + 1) / (frequency + norm);
    contributions.set(term, part), score += part;
  }
  return { score, contributions };
}
function bm25Ceiling(queryTerms, statistics) {
  let ceiling = 0;
  for (let term of queryTerms) ceiling += inverseDocumentFrequency(term, statistics) * (BM25.k1 + 1);
  return ceiling;
}

// src/incidents/similar/rank.ts
var BOOSTS = { sameAlertKey: 0.5, sameService: 0.1 }, SIMILARITY_FLOOR = 0.15;
function unmatchedNameWeight(query, statistics) {
  let rarest = Math.log(1 + (statistics.documents + 0.5) / 0.5) * (BM25.k1 + 1), weight = 0;
  for (let [term, fields] of query.fields)
    (fields.has("title") || fields.has("keys")) && !statistics.documentFrequency.has(term) && (weight += rarest);
  return weight;
}
function round(value) {
  return Math.round(value * 1e3) / 1e3;
}
function rankDocuments(query, candidates, options) {
  let pool = candidates.filter((candidate) => candidate.id !== options.excludeId), statistics = options.statistics ?? corpusStatistics(pool), queryTerms = [...query.frequencies.keys()], ceiling = bm25Ceiling(queryTerms, statistics) + unmatchedNameWeight(query, statistics);
  if (ceiling === 0) return [];
  let ranked = [];
  for (let document of pool) {
    let { score, contributions } = bm25Score(queryTerms, document, statistics);
    if (score <= 0) continue;
    let sharedAlertKeys = [...document.alertKeys].filter((key) => query.alertKeys.has(key)), sameService = query.serviceId !== null && document.serviceId === query.serviceId, boost = (1 + (sharedAlertKeys.length > 0 ? BOOSTS.sameAlertKey : 0)) * (1 + (sameService ? BOOSTS.sameService : 0)), exact = score / ceiling * boost;
    exact < (options.minScore ?? 0) || ranked.push({
      document,
      score: round(Math.min(1, exact)),
      exact,
      sharedAlertKeys,
      sameService,
      contributions
    });
  }
  return ranked.sort((a, b) => b.exact - a.exact), ranked.slice(0, options.limit).map(({ exact: _exact, ...rest }) => rest);
}

// src/incidents/similar/resolution-facts.ts
var RESOLUTION_CHARS = 300, STATE_CHANGES = /* @__PURE__ */ new Set(["trigger", "acknowledge", "unacknowledge", "resolve"]);
function withLatestStatus(incident, entries) {
  if (incident.status === "resolved") return incident;
  let last = [...entries].filter((entry) => STATE_CHANGES.has(entry.kind)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).pop();
  return last?.kind !== "resolve" ? incident : { ...incident, status: "resolved", resolvedAt: last.at, lastStatusChangeAt: last.at };
}
function resolutionFacts(incident, entries, notes, now) {
  let summary = summarizeIncident(
    {
      incident: withLatestStatus(incident, entries),
      logEntries: { items: [...entries], total: entries.length },
      overviewOnly: !0,
      notificationsNotRead: 0,
      notes: [...notes],
      alerts: { items: [], total: 0 },
      requests: 0
    },
    { detail: "brief", now }
  );
  return {
    resolution: summary.resolution === null ? null : clip(summary.resolution.text, RESOLUTION_CHARS),
    resolvedBy: summary.resolvedBy,
    timeToResolveSeconds: summary.timeToResolveSeconds
  };
}

// src/incidents/similar/similarity-cache.ts
var CACHE_LIMITS = { incidents: 2e4, indexes: 8 };
function planReads(covered, wanted, freshnessMs) {
  if (!covered || wanted.until < covered.since || wanted.since > covered.until + freshnessMs)
    return { reads: [wanted], fresh: !0 };
  let reads = [];
  return wanted.since < covered.since && reads.push({ since: wanted.since, until: covered.since }), wanted.until > covered.until + freshnessMs && reads.push({ since: covered.until, until: wanted.until }), { reads, fresh: !1 };
}
function touch(map, key) {
  let value = map.get(key);
  if (value !== void 0)
    return map.delete(key), map.set(key, value), value;
}
var SimilarityCache = class {
  constructor(limits = CACHE_LIMITS) {
    this.limits = limits;
  }
  limits;
  indexes = /* @__PURE__ */ new Map();
  index(key) {
    return touch(this.indexes, key);
  }
  /** Keeps the index unless it alone is over the bound; drops the least recently used ones to make room. */
  storeIndex(key, index) {
    if (this.indexes.delete(key), index.incidents.size > this.limits.incidents) return;
    this.indexes.set(key, index);
    let total = 0;
    for (let kept of this.indexes.values()) total += kept.incidents.size;
    for (let [oldest, kept] of this.indexes) {
      if (total <= this.limits.incidents && this.indexes.size <= this.limits.indexes) break;
      oldest !== key && (this.indexes.delete(oldest), total -= kept.incidents.size);
    }
  }
  /** Incidents held in all indexes: what the size bound counts. */
  get indexedIncidents() {
    let total = 0;
    for (let index of this.indexes.values()) total += index.incidents.size;
    return total;
  }
};

// src/incidents/similar/read-records.ts
var PAGE_SIZE = 100, INDEX_FRESHNESS_MS = 6e4;
async function readWindow(source, window, serviceIds, fetch, onPage) {
  let incidents = [];
  for (let offset = 0; ; ) {
    let page = await source.listIncidents(
      {
        since: new Date(window.since).toISOString(),
        until: new Date(window.until).toISOString(),
        serviceIds: serviceIds ? [...serviceIds] : void 0,
        limit: PAGE_SIZE,
        offset
      },
      fetch
    );
    if (incidents.push(...page.incidents), offset += page.incidents.length, await onPage(incidents.length), !page.more || page.incidents.length === 0) return incidents;
  }
}
function indexKey(serviceIds) {
  return serviceIds?.length ? [...new Set(serviceIds)].sort().join("\0") : "*";
}
async function loadIndex(source, cache, scope, fetch, onPage) {
  let key = indexKey(scope.serviceIds), cached = cache.index(key), plan = planReads(cached?.covered ?? null, scope.window, INDEX_FRESHNESS_MS), index = cached && !plan.fresh ? cached : { covered: { ...scope.window }, incidents: /* @__PURE__ */ new Map() };
  for (let window of plan.reads) {
    for (let incident of await readWindow(source, window, scope.serviceIds, fetch, onPage))
      index.incidents.set(incident.id, { incident, document: listDocument(incident) });
    index.covered = {
      since: Math.min(index.covered.since, window.since),
      until: Math.max(index.covered.until, window.until)
    };
  }
  return plan.reads.length > 0 && cache.storeIndex(key, index), [...index.incidents.values()].filter(({ incident }) => {
    let at = Date.parse(incident.createdAt);
    return at >= scope.window.since && at < scope.window.until;
  }).sort((a, b) => Date.parse(b.incident.createdAt) - Date.parse(a.incident.createdAt));
}
function readNotes(source, incident, fetch) {
  return source.listNotes(incident.id, fetch);
}
async function readResolutionFacts(source, incident, notes, now, fetch) {
  let { items } = await source.listLogEntries(incident.id, { overview: !0 }, fetch);
  return resolutionFacts(incident, items, notes, now);
}

// src/incidents/similar/runbook-path.ts
function runbookPathFor(serviceId, team, existing) {
  let service = team.services.find((s) => s.id === serviceId || s.pagerdutyId === serviceId);
  if (!service) return null;
  let named = service.runbook?.replace(/^(?:\.\/)+/, "") ?? null;
  if (existing === null || named !== null && existing.has(named)) return named;
  let byId = `${service.id}.md`;
  return existing.has(byId) ? byId : null;
}

// src/incidents/similar/search.ts
var RERANK_POOL = 10, QUERY_ALERTS = 20, NOTE_CONCURRENCY = 4, TITLE_CHARS = 200, caches = /* @__PURE__ */ new WeakMap();
function cacheFor(source) {
  let cache = caches.get(source);
  return cache || (cache = new SimilarityCache(), caches.set(source, cache)), cache;
}
function searchWindow(now, range, startedAt) {
  let asked = range.until?.getTime() ?? now.getTime(), until = startedAt === null ? asked : Math.min(asked, Date.parse(startedAt)), start = range.since?.getTime() ?? until - SIMILAR_LIMITS.defaultDays * DAY_MS;
  if (start >= until) {
    let bound = startedAt !== null && until === Date.parse(startedAt) ? "the incident's start" : "until";
    throw new UserInputError(
      `since (${new Date(start).toISOString()}) must be before ${bound} (${new Date(until).toISOString()}); give an earlier date.`
    );
  }
  return { since: start, until };
}
async function readQuery(source, target, fetch) {
  if ("incident" in target) {
    let alertKeys = (target.alertKeys ?? []).slice(0, QUERY_ALERTS);
    return { document: fullDocument(
      target.incident,
      target.notes.map((note) => note.content),
      alertKeys
    ), incident: target.incident };
  }
  if ("query" in target) {
    let document2 = queryDocument(target.query);
    if (document2.frequencies.size === 0)
      throw new UserInputError(
        "query has no words to search on; describe the symptom, alert or service, e.g. `checkout 5xx after deploy`."
      );
    return { document: document2, incident: null };
  }
  let incident = await source.getIncident(target.incidentId.trim(), fetch), [notes, alerts] = await Promise.all([
    source.listNotes(incident.id, fetch),
    source.listAlerts(incident.id, { limit: QUERY_ALERTS }, fetch)
  ]);
  return { document: fullDocument(
    incident,
    notes.map((note) => note.content),
    alerts.items.slice(0, QUERY_ALERTS).map((alert) => alert.key)
  ), incident };
}
function rerankPool(cheapReads, query, candidates, size) {
  if (cheapReads) return [...candidates];
  let byId = new Map(candidates.map((candidate) => [candidate.incident.id, candidate])), chosen = new Set(
    rankDocuments(
      query.document,
      candidates.map((candidate) => candidate.document),
      { limit: size }
    ).map((ranked) => ranked.document.id)
  ), serviceId = query.incident?.service.id ?? null;
  for (let sameService of [!0, !1])
    for (let { incident } of candidates) {
      if (chosen.size >= size) break;
      (!sameService || incident.service.id === serviceId) && chosen.add(incident.id);
    }
  return [...chosen].map((id) => byId.get(id));
}
async function listRunbookPaths(ctx, fetch) {
  try {
    let entries = await ctx.sources.runbooks.listRunbooks(fetch);
    return { state: "listed", paths: new Set(entries.map((entry) => entry.path)) };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    let upstream = error instanceof UpstreamError ? error : null;
    return {
      state: "unavailable",
      failure: {
        service: upstream?.service ?? null,
        message: error instanceof Error ? error.message : String(error),
        retryLater: upstream?.retryLater ?? !1
      }
    };
  }
}
async function findSimilarIncidents(ctx, target, options = {}) {
  let source = ctx.sources.incidents, fetch = { signal: ctx.signal, requests: ctx.requests }, requestsBefore = ctx.requests.count, limit = Math.min(Math.max(1, options.limit ?? SIMILAR_LIMITS.defaultLimit), SIMILAR_LIMITS.maxLimit), cache = cacheFor(source), query = await readQuery(source, target, fetch), window = searchWindow(ctx.now, options, query.incident?.createdAt ?? null), indexed = await loadIndex(
    source,
    cache,
    { serviceIds: options.serviceIds, window },
    fetch,
    (read) => ctx.progress(read, void 0, `indexed ${read} incidents`)
  ), excludeId = query.incident?.id ?? null, candidates = indexed.filter((candidate) => candidate.incident.id !== excludeId), pool = rerankPool(source.cheapReads, query, candidates, Math.max(RERANK_POOL, limit)), notesById = /* @__PURE__ */ new Map();
  await mapBounded(
    pool,
    NOTE_CONCURRENCY,
    async ({ incident }) => {
      notesById.set(incident.id, await readNotes(source, incident, fetch));
    },
    ctx.signal
  );
  let documents = pool.map(
    ({ incident }) => fullDocument(
      incident,
      (notesById.get(incident.id) ?? []).map((note) => note.content)
    )
  ), ranked = rankDocuments(query.document, documents, { limit, excludeId, minScore: SIMILARITY_FLOOR }), poolById = new Map(pool.map((candidate) => [candidate.incident.id, candidate.incident])), facts = await mapBounded(
    ranked,
    NOTE_CONCURRENCY,
    async ({ document }) => readResolutionFacts(
      source,
      poolById.get(document.id),
      notesById.get(document.id) ?? [],
      ctx.now,
      fetch
    ),
    ctx.signal
  ), listing = ranked.length > 0 && options.runbooks !== !1 ? await listRunbookPaths(ctx, fetch) : null, runbooks = listing?.state === "listed" ? listing.paths : null, matches = ranked.map((match, index) => {
    let incident = poolById.get(match.document.id);
    return {
      incident: {
        id: incident.id,
        number: incident.number,
        title: clip(redactSecrets(incident.title), TITLE_CHARS),
        service: { id: incident.service.id, name: incident.service.name },
        createdAt: incident.createdAt
      },
      score: match.score,
      matchedOn: explainMatch(match, query.document),
      resolution: facts[index].resolution,
      timeToResolveSeconds: facts[index].timeToResolveSeconds,
      resolvedBy: facts[index].resolvedBy?.name ?? null,
      runbookPath: runbookPathFor(incident.service.id, ctx.team, runbooks)
    };
  });
  return {
    target: {
      incident: query.incident ? {
        id: query.incident.id,
        number: query.incident.number,
        title: clip(redactSecrets(query.incident.title), TITLE_CHARS)
      } : null,
      query: "query" in target ? target.query : null
    },
    window: { since: new Date(window.since).toISOString(), until: new Date(window.until).toISOString() },
    matches,
    searched: { incidents: candidates.length, requests: ctx.requests.count - requestsBefore },
    notesRead: pool.length,
    runbooks: {
      state: listing?.state ?? "skipped",
      failure: listing?.state === "unavailable" ? listing.failure : null
    }
  };
}

export {
  findSimilarIncidents
};
