import { describe, expect, it } from "vitest";
import { stem } from "../../../src/incidents/similar/stem.js";
import { terms, tokenize } from "../../../src/incidents/similar/tokenize.js";

describe("tokenize", () => {
  it("keeps identifiers whole and also splits them into their words", () => {
    expect(terms("gw-consumer lag")).toEqual(["gw-consumer", "gw", "consumer", "lag"]);
    expect(terms("max_client_conn reached")).toEqual(["max_client_conn", "max", "client", "conn", "reach"]);
    expect(terms("checkout-api")).toEqual(["checkout-api", "checkout", "api"]);
  });

  it("splits paths and hosts into components, keeping hyphenated components whole too", () => {
    expect(terms("deployment/payments-api")).toEqual([
      "deployment/payments-api",
      "deployment",
      "payments-api",
      "payment",
      "api",
    ]);
    expect(terms("checkout.example.com")).toEqual(["checkout.example.com", "checkout", "exampl", "com"]);
  });

  it("splits CamelCase alert names and keeps the whole name", () => {
    expect(terms("KubePodCrashLooping")).toEqual(["kubepodcrashloop", "kube", "pod", "crash", "loop"]);
    expect(terms("OOMKilled")).toEqual(["oomkill", "oom", "kill"]);
  });

  it("drops stop words, single letters and numbers other than three-digit codes", () => {
    expect(terms("The API is down for 5 minutes: HTTP 429 since 2026, -n payments")).toEqual([
      "api",
      "down",
      "minut",
      "http",
      "429",
      "payment",
    ]);
  });

  it("keeps how each term was written, for explanations", () => {
    expect(tokenize("Restarted pods")).toEqual([
      { term: "restart", surface: "restarted" },
      { term: "pod", surface: "pods" },
    ]);
  });

  it("finds nothing in text without words", () => {
    expect(terms("")).toEqual([]);
    expect(terms("42 — 17 %")).toEqual([]);
  });
});

describe("stem", () => {
  it("brings inflections of a word together", () => {
    for (const word of ["restart", "restarts", "restarted", "restarting"]) expect(stem(word)).toBe("restart");
    for (const word of ["throttle", "throttles", "throttled", "throttling"])
      expect(stem(word)).toBe("throttl");
    expect(stem("connections")).toBe("connection");
    expect(stem("queries")).toBe("query");
    expect(stem("dropped")).toBe("drop");
  });

  it("leaves short words, -ss/-us/-is endings and words that only look inflected", () => {
    expect(stem("pods")).toBe("pod");
    expect(stem("gas")).toBe("gas");
    expect(stem("process")).toBe("process");
    expect(stem("status")).toBe("status");
    expect(stem("redis")).toBe("redis");
    expect(stem("string")).toBe("string");
    expect(stem("stalled")).toBe("stall");
    expect(stem("speed")).toBe("speed");
    expect(stem("max_client_conn")).toBe("max_client_conn");
  });
});
