// Failures a test asks a fake to produce on the next matching requests, and per-request latency.

export type Fault =
  /** A JSON error answer in the vendor's error shape: 401, 404, 500, 502, 503… */
  | { kind: "status"; status: number; message?: string }
  /** 429 with the vendor's rate-limit headers; the request after it is answered normally. */
  | { kind: "rate-limit"; resetSeconds?: number }
  /** The connection is dropped before any answer. */
  | { kind: "reset" }
  /** No answer at all until the client gives up or the fake closes. */
  | { kind: "hang" }
  /** The real answer's headers and half its body, then the connection drops. */
  | { kind: "truncated" }
  /** An HTML error page where JSON was expected, as a proxy or load balancer sends. */
  | { kind: "html"; status?: number }
  /** The real answer with its body rewritten: proves the spec validator notices a wrong shape. */
  | { kind: "corrupt"; mutate: (body: unknown) => unknown };

export interface FaultMatch {
  /** GET, POST… (any when absent). */
  method?: string;
  /** A RegExp tested against the request path (no query), or a string the path must contain. */
  path?: string | RegExp;
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

interface FaultRule<F> {
  fault: F;
  method: string | null;
  path: string | RegExp | null;
  remaining: number;
}

/** Generic over the fault kinds a fake can produce; PagerDuty's are the default, GitHub's add its rate-limit shape. */
export class FaultPlan<F = Fault> {
  private rules: FaultRule<F>[] = [];
  /** Added before every answer, faults included. */
  latencyMs = 0;

  inject(fault: F, match: FaultMatch = {}): this {
    this.rules.push({
      fault,
      method: match.method?.toUpperCase() ?? null,
      path: match.path ?? null,
      remaining: match.times ?? 1,
    });
    return this;
  }

  /** The fault planned for this request, if any; uses up one of its turns. Earlier injections go first. */
  take(method: string, path: string): F | undefined {
    const rule = this.rules.find(
      (candidate) =>
        (candidate.method === null || candidate.method === method.toUpperCase()) &&
        (candidate.path === null ||
          (typeof candidate.path === "string" ? path.includes(candidate.path) : candidate.path.test(path))),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return rule.fault;
  }

  /** Fault turns planned but not yet used. */
  get pending(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  clear(): void {
    this.rules = [];
    this.latencyMs = 0;
  }
}
