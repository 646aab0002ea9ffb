import { describe, expect, it } from "vitest";
import { classifyHeading, normalizeHeading } from "../../src/runbooks/markdown/section-kinds.js";

describe("classifyHeading", () => {
  it.each([
    ["Symptoms", "symptom"],
    ["🚨 Alerts", "symptom"],
    ["Meaning", "symptom"],
    ["How to tell it is broken", "symptom"],
    ["2. Detection", "symptom"],
    ["Diagnosis", "diagnosis"],
    ["Possible checks", "diagnosis"],
    ["Troubleshooting steps", "diagnosis"],
    ["Alert triage", "diagnosis"],
    ["Mitigation", "mitigation"],
    ["Remediation", "mitigation"],
    ["How to fix", "mitigation"],
    ["Steps", "mitigation"],
    ["Fixing it", "mitigation"],
    ["Rollback procedure", "mitigation"],
    ["Escalation", "escalation"],
    ["📞 On-call contacts", "escalation"],
    ["Incident history", "history"],
    ["Past incidents", "history"],
    ["Postmortems", "history"],
    ["Impact", "impact"],
    ["Overview", "overview"],
    ["What it does", "overview"],
    ["Dashboards", "references"],
    ["Component 7: worker pool", null],
    ["Notes", null],
  ] as const)("%s → %s", (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe("normalizeHeading", () => {
  it("keeps words only, without the numbering", () => {
    expect(normalizeHeading("2.1 How to *fix* it 🔧")).toBe("how to fix it");
    expect(normalizeHeading("Step 3: Roll back")).toBe("roll back");
  });
});
