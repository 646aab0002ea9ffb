// The one Alert builder: a resolved critical alert raised just before the default incident.
import type { Alert } from "../../src/model.js";

let sequence = 0;

export function alert(overrides: Partial<Alert> = {}): Alert {
  sequence += 1;
  return {
    id: `A${sequence}`,
    key: null,
    summary: "High error rate on checkout",
    status: "resolved",
    createdAt: "2026-11-24T09:59:30Z",
    severity: "critical",
    details: {},
    ...overrides,
  };
}
