// Failures a test can ask the fake to produce on the next matching requests.
import type { Json } from "./payloads.js";

export type Fault =
  /** A JSON error answer, e.g. 500, 502, 503, 401, 404. */
  | { kind: "status"; status: number; message?: string }
  /** 429 or 403 with GitHub's rate-limit headers; secondary (default) also carries retry-after. */
  | { kind: "rate-limit"; status: 429 | 403; secondary?: boolean; retryAfterSeconds?: number; resetAt?: Date }
  /** The connection is dropped before any answer. */
  | { kind: "reset" }
  /** No answer at all until the fake closes. */
  | { kind: "hang" }
  /** The real answer's headers and half its body, then the connection drops. */
  | { kind: "truncated" }
  /** An HTML page where JSON was expected, as a proxy or login wall sends. */
  | { kind: "html"; status?: number }
  /** The real answer with its body rewritten, to prove the validator notices a wrong shape. */
  | { kind: "corrupt"; mutate: (body: Json) => Json };

export interface FaultMatch {
  method?: string;
  /** A RegExp tested against the raw request path, or a string the raw path must contain. */
  path?: string | RegExp;
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

interface FaultRule {
  fault: Fault;
  method: string | null;
  path: string | RegExp | null;
  remaining: number;
}

export class FaultPlan {
  private rules: FaultRule[] = [];

  inject(fault: Fault, match: FaultMatch = {}): void {
    this.rules.push({
      fault,
      method: match.method?.toUpperCase() ?? null,
      path: match.path ?? null,
      remaining: match.times ?? 1,
    });
  }

  /** The fault for this request, if one is planned; consumes one use of it. */
  take(method: string, rawPath: string): Fault | undefined {
    const rule = this.rules.find(
      (candidate) =>
        (candidate.method === null || candidate.method === method) &&
        (candidate.path === null ||
          (typeof candidate.path === "string"
            ? rawPath.includes(candidate.path)
            : candidate.path.test(rawPath))),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return rule.fault;
  }

  /** Faults planned but not yet used. */
  get pending(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  clear(): void {
    this.rules = [];
  }
}
