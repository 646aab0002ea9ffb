import { describe, expect, it } from "vitest";
import { findRecurring, normalizeTitle } from "../../src/incidents/recurring.js";
import { incident } from "../builders/index.js";

describe("normalizeTitle", () => {
  it.each([
    ["Disk 91% full on db-7.prod.internal", "Disk {n}% full on {host}"],
    ["CPU high on payments-api-7d9f8b6c5d-x2x4z", "CPU high on payments-api-{pod}"],
    ["[FIRING:3] Latency p99 > 2000ms on 10.0.3.17:8080", "[FIRING:{n}] Latency p{n} > {n}ms on {ip}"],
    ["Job 2026-11-24T03:00:00Z failed (run 9fceb02)", "Job {time} failed (run {id})"],
    ["Request 123e4567-e89b-12d3-a456-426614174000 timed out", "Request {id} timed out"],
    ["Replication lag on Q2K4GW9LZ1F0XW  ", "Replication lag on {id}"],
    ["Checkout latency high", "Checkout latency high"],
  ])("%s → %s", (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });
});

describe("findRecurring", () => {
  const payments = { id: "payments-api", name: "Payments API" };
  const search = { id: "search", name: "Search" };
  const incidents = [
    incident({
      id: "C",
      createdAt: "2026-11-24T12:00:00Z",
      title: "Disk 97% full on db-7.prod.internal",
      service: payments,
    }),
    incident({
      id: "A",
      createdAt: "2026-11-24T10:00:00Z",
      title: "Disk 91% full on db-7.prod.internal",
      service: payments,
    }),
    incident({
      id: "B",
      createdAt: "2026-11-24T11:00:00Z",
      title: "Disk 95% full on db-9.prod.internal",
      service: payments,
    }),
    incident({
      id: "D",
      createdAt: "2026-11-24T13:00:00Z",
      title: "Checkout latency high",
      incidentKey: "latency/checkout",
    }),
    incident({
      id: "E",
      createdAt: "2026-11-24T14:00:00Z",
      title: "Checkout p99 above SLO",
      incidentKey: "latency/checkout",
    }),
    incident({
      id: "F",
      createdAt: "2026-11-24T15:00:00Z",
      title: "Disk 80% full on db-1.prod.internal",
      service: search,
    }),
    incident({
      id: "G",
      createdAt: "2026-11-24T16:00:00Z",
      title: "Certificate expires soon",
      incidentKey: "cert",
    }),
  ];

  it("groups by shared alert key, then by normalised title within a service, most frequent first", () => {
    expect(findRecurring(incidents)).toEqual([
      {
        pattern: "Disk {n}% full on {host}",
        matchedBy: "title",
        alertKey: null,
        service: payments,
        count: 3,
        incidentIds: ["A", "B", "C"],
      },
      {
        pattern: "Checkout latency high",
        matchedBy: "alert-key",
        alertKey: "latency/checkout",
        service: payments,
        count: 2,
        incidentIds: ["D", "E"],
      },
    ]);
  });

  it("honours the minimum count and the id bound", () => {
    const found = findRecurring(incidents, { minCount: 3, maxIdsPerPattern: 2 });
    expect(found).toHaveLength(1);
    expect(found[0]!.count).toBe(3);
    expect(found[0]!.incidentIds).toEqual(["A", "B"]);
  });

  it("redacts a secret in a title before it becomes a pattern", () => {
    const leaky = [1, 2].map((n) =>
      incident({ id: `L${n}`, title: `Login failed for postgres://app:s3cret@db-${n}.prod.internal/x` }),
    );
    expect(findRecurring(leaky)[0]!.pattern).toBe(
      "Login failed for postgres://app:[REDACTED:password]@{host}/x",
    );
  });
});
