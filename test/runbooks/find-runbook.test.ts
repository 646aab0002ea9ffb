import { describe, expect, it } from "vitest";
import { defaultRunbookPath, findRunbookForService } from "../../src/runbooks/catalog/find-runbook.js";
import { service } from "../builders/index.js";

describe("findRunbookForService", () => {
  const paths = ["payments-api.md", "legacy/payments-api.md", "payments.md", "shared/cards.md"];

  it("takes the runbook the service names first", () => {
    expect(findRunbookForService(service({ runbook: "./payments.md" }), paths, new Map())).toBe(
      "payments.md",
    );
  });

  it("then a runbook whose front matter lists the service, by id or PagerDuty id", () => {
    const frontMatter = new Map([["shared/cards.md", ["PXYZ123"]]]);
    expect(findRunbookForService(service(), paths, frontMatter)).toBe("shared/cards.md");
  });

  it("then the file named after the service, the shallower one first", () => {
    expect(findRunbookForService(service(), [...paths].reverse(), new Map())).toBe("payments-api.md");
  });

  it("ignores a named runbook that does not exist and falls back to the other rules", () => {
    expect(findRunbookForService(service({ runbook: "gone.md" }), paths, new Map())).toBe("payments-api.md");
  });

  it("is null when nothing matches", () => {
    expect(findRunbookForService(service({ id: "ledger", pagerdutyId: null }), paths, new Map())).toBeNull();
  });
});

describe("defaultRunbookPath", () => {
  it("is the service's runbook field, else <id>.md", () => {
    expect(defaultRunbookPath(service({ runbook: "./db/payments.md" }))).toBe("db/payments.md");
    expect(defaultRunbookPath(service())).toBe("payments-api.md");
  });
});
