// Failures a test can ask the fake to produce on the next matching requests.
import { type FaultMatch, FaultPlan as GenericFaultPlan } from "../fakes/fault-plan.js";
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

/** The shared plan, with GitHub's fault kinds. */
export class FaultPlan extends GenericFaultPlan<Fault> {}

export type { FaultMatch };
