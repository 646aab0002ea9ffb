// The one Service builder: the Payments API, known to PagerDuty, with no runbook or team unless overridden.
import type { Service } from "../../src/model.js";

export function service(overrides: Partial<Service> = {}): Service {
  return {
    id: "payments-api",
    name: "Payments API",
    runbook: null,
    pagerdutyId: "PXYZ123",
    team: null,
    ...overrides,
  };
}
