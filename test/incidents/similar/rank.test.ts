import { describe, expect, it } from "vitest";
import { bm25Ceiling, bm25Score, corpusStatistics } from "../../../src/incidents/similar/bm25.js";
import {
  buildDocument,
  fullDocument,
  MAX_INDEXED_NOTE_CHARS,
  queryDocument,
  rankableText,
} from "../../../src/incidents/similar/document.js";
import { explainMatch } from "../../../src/incidents/similar/explain.js";
import { rankDocuments } from "../../../src/incidents/similar/rank.js";
import { incident } from "../../builders/index.js";

// Two documents worked by hand: A has "disk full" as its title (weight 2), B "disk slow" in a note (weight 1).
// N = 2, lengths 4 and 2, average 3. idf(disk) = ln(1 + 0.5/2.5) = ln 1.2; idf(full) = ln(1 + 1.5/1.5) = ln 2.
// A: norm = 1.2 × (0.25 + 0.75 × 4/3) = 1.5, each term 2 × 2.2 / (2 + 1.5) = 4.4/3.5 times its idf.
// B: norm = 1.2 × (0.25 + 0.75 × 2/3) = 0.9, disk 2.2 / 1.9 times its idf.
const docA = buildDocument({ id: "A", title: "disk full" });
const docB = buildDocument({ id: "B", notes: ["disk slow"] });

describe("BM25", () => {
  it("scores known documents as computed by hand", () => {
    const statistics = corpusStatistics([docA, docB]);
    expect(statistics.averageLength).toBe(3);
    const a = bm25Score(["disk", "full"], docA, statistics);
    expect(a.contributions.get("disk")).toBeCloseTo((Math.log(1.2) * 4.4) / 3.5, 10);
    expect(a.contributions.get("full")).toBeCloseTo((Math.log(2) * 4.4) / 3.5, 10);
    expect(a.score).toBeCloseTo(1.100588, 5);
    expect(bm25Score(["disk", "full"], docB, statistics).score).toBeCloseTo((Math.log(1.2) * 2.2) / 1.9, 10);
    expect(bm25Ceiling(["disk", "full"], statistics)).toBeCloseTo((Math.log(1.2) + Math.log(2)) * 2.2, 10);
  });

  it("gives a term in every document a small weight, never a negative one", () => {
    const statistics = corpusStatistics([docA, docB]);
    expect(bm25Score(["disk"], docB, statistics).score).toBeGreaterThan(0);
    expect(bm25Score(["absent"], docA, statistics).score).toBe(0);
  });
});

describe("rankDocuments", () => {
  it("scales by the query's ceiling and boosts a shared alert key (×1.5) and the same service (×1.1)", () => {
    const query = queryDocument("disk full");
    expect(rankDocuments(query, [docA, docB], { limit: 5 }).map((r) => [r.document.id, r.score])).toEqual([
      ["A", 0.571],
      ["B", 0.11],
    ]);
    const keyed = { ...docA, alertKeys: new Set(["disk_full:db-7"]), serviceId: "postgres" };
    const keyedQuery = { ...query, alertKeys: new Set(["disk_full:db-7"]), serviceId: "postgres" };
    const [top] = rankDocuments(keyedQuery, [keyed, docB], { limit: 1 });
    expect(top!.score).toBe(0.943);
    expect(top!.sharedAlertKeys).toEqual(["disk_full:db-7"]);
    expect(top!.sameService).toBe(true);
  });

  it("returns nothing that shares no term, and never the excluded incident", () => {
    const unrelated = buildDocument({ id: "C", title: "certificate expires" });
    const ranked = rankDocuments(buildDocument({ id: "A", title: "disk full" }), [docA, docB, unrelated], {
      limit: 5,
      excludeId: "A",
    });
    expect(ranked.map((r) => r.document.id)).toEqual(["B"]);
  });

  it("keeps the candidates' order (newest first) between equal scores", () => {
    const first = buildDocument({ id: "newer", title: "disk full" });
    const second = buildDocument({ id: "older", title: "disk full" });
    const ranked = rankDocuments(queryDocument("disk"), [first, second, docB], { limit: 3 });
    expect(ranked.map((r) => r.document.id)).toEqual(["newer", "older", "B"]);
  });
});

describe("ranking hand-built incidents", () => {
  const target = incident({
    id: "QTARGET",
    number: 4001,
    title: "pgbouncer max_client_conn reached on checkout-api",
    incidentKey: "pgbouncer_pool_full:checkout-api",
    service: { id: "checkout-api", name: "Checkout API" },
  });
  const query = fullDocument(target, ["Raised max_client_conn in pgbouncer.ini and reloaded pgbouncer."]);
  const candidates = [
    fullDocument(target, ["Raised max_client_conn in pgbouncer.ini and reloaded pgbouncer."]),
    fullDocument(
      incident({
        id: "QSAMEKEY",
        title: "PgBouncer pool exhausted for checkout-api",
        incidentKey: "pgbouncer_pool_full:checkout-api",
        service: { id: "checkout-api", name: "Checkout API" },
      }),
      ["Raised max_client_conn to 400, then reloaded pgbouncer."],
    ),
    fullDocument(
      incident({
        id: "QOTHERSERVICE",
        title: "pgbouncer refuses clients",
        incidentKey: "pgbouncer_refused:ledger",
        service: { id: "ledger", name: "Ledger" },
      }),
      ["max_client_conn was too low for the batch; raised it."],
    ),
    fullDocument(
      incident({
        id: "QSAMESERVICE",
        title: "Checkout latency p95 above 2 s",
        incidentKey: "checkout_latency",
        service: { id: "checkout-api", name: "Checkout API" },
      }),
      ["Rolled back the deploy."],
    ),
    fullDocument(
      incident({
        id: "QUNRELATED",
        title: "Certificate for status.example.com expires soon",
        service: { id: "status-page", name: "Status Page" },
      }),
      ["Dropped an old replication slot."],
    ),
  ];

  it("puts the same alert key and service first, the same words second, the same service alone last", () => {
    const ranked = rankDocuments(query, candidates, { limit: 10, excludeId: "QTARGET" });
    expect(ranked.map((r) => r.document.id)).toEqual(["QSAMEKEY", "QOTHERSERVICE", "QSAMESERVICE"]);
  });

  it("says why in phrases a person checks at a glance", () => {
    const [sameKey, otherService, sameService] = rankDocuments(query, candidates, {
      limit: 10,
      excludeId: "QTARGET",
    });
    const keyReasons = explainMatch(sameKey!, query);
    expect(keyReasons.slice(0, 2)).toEqual([
      "same alert key `pgbouncer_pool_full:checkout-api`",
      "same service",
    ]);
    expect(keyReasons.find((reason) => reason.startsWith("notes share: "))).toContain("max_client_conn");

    const wordReasons = explainMatch(otherService!, query);
    expect(wordReasons.some((reason) => reason.startsWith("same "))).toBe(false);
    // "clients" meets the `client` of `max_client_conn`.
    expect(wordReasons).toContain("title shares: pgbouncer, clients");
    // The whole identifier is shown, not its parts.
    const notes = wordReasons.find((reason) => reason.startsWith("notes share: "))!;
    expect(notes).toContain("max_client_conn");
    expect(notes.split(": ")[1]!.split(", ")).not.toContain("max");

    expect(explainMatch(sameService!, query)[0]).toBe("same service");
  });
});

describe("note text indexed", () => {
  it("stops at MAX_INDEXED_NOTE_CHARS, so one huge pasted log cannot stall the call", () => {
    const filler = "word ".repeat(MAX_INDEXED_NOTE_CHARS / 5);
    const document = buildDocument({ id: "H", notes: [filler, "needle appears only after the budget"] });
    expect(document.frequencies.has("word")).toBe(true);
    expect(document.frequencies.has("needl")).toBe(false);
    expect(document.frequencies.has("needle")).toBe(false);
    const within = buildDocument({ id: "S", notes: ["word", "needle within the budget"] });
    expect([...within.frequencies.keys()].some((term) => term.startsWith("needl"))).toBe(true);
  });
});

describe("rankable text", () => {
  it("drops every word redaction touches, with the key it sat in", () => {
    const text = rankableText(
      "restarted with AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY then paged",
    );
    expect(text).toContain("restarted");
    expect(text).toContain("paged");
    expect(text).not.toMatch(/REDACTED|AWS_SECRET|wJalr/i);
  });

  it("reads a 1 MB word in linear time", () => {
    const started = performance.now();
    rankableText(`${"x".repeat(1024 * 1024)} end`);
    // The pattern it replaces took minutes on this input; a linear pass takes milliseconds even on a busy machine.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
