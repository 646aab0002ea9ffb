import { describe, expect, it } from "vitest";
import {
  commandPurpose,
  commandTemplate,
  looksLikeCommand,
  normalizeCommand,
} from "../../src/runbooks/records/command-text.js";

describe("looksLikeCommand", () => {
  it.each([
    ["kubectl -n payments get pods", false, true],
    ["kubectl was slow to answer", false, false],
    ["top of the hour we saw errors", false, false],
    ["top -b -n 1", false, true],
    ["$ top", false, true],
    ["sudo systemctl restart nginx", false, true],
    ["PGPASSWORD=x psql -h db -c 'select 1'", false, true],
    ["SELECT count(*) FROM jobs;", false, true],
    ["select the right region first", false, false],
    ["payments-api", true, false],
    ["OOMKilled", true, false],
    ["kubectl", true, false],
    ["htop", true, true],
    ["queue-cli depth --all", true, true],
    ["error rate", true, false],
  ])("%s (in a code span: %s) → %s", (text, inCodeSpan, expected) => {
    expect(looksLikeCommand(text, { inCodeSpan })).toBe(expected);
  });
});

describe("normalizeCommand", () => {
  it("drops prompts, spacing, quote style, trailing semicolons and case", () => {
    expect(normalizeCommand("  $ kubectl  -n X   logs 'pod-1' ;")).toBe('kubectl -n x logs "pod-1"');
    expect(normalizeCommand("alice@bastion:~$ redis-cli INFO")).toBe("redis-cli info");
    expect(normalizeCommand("kubectl get pods \\\n  -o wide")).toBe("kubectl get pods -o wide");
  });
});

describe("commandTemplate", () => {
  it("matches concrete commands against a runbook command's placeholders", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${POD} is a shell placeholder under test
    const template = commandTemplate(normalizeCommand("kubectl -n <namespace> logs ${POD} --previous"))!;
    expect(template.test(normalizeCommand("kubectl -n payments logs api-7d9 --previous"))).toBe(true);
    expect(template.test(normalizeCommand("kubectl -n payments logs api-7d9"))).toBe(false);
    expect(template.test(normalizeCommand("kubectl -n payments describe api-7d9 --previous"))).toBe(false);
  });

  it("is null for a command without placeholders", () => {
    expect(commandTemplate("kubectl get pods")).toBeNull();
  });
});

describe("commandPurpose", () => {
  it.each([
    ["kubectl -n x rollout undo deploy/api", "mitigation"],
    ["kubectl -n x rollout status deploy/api", "diagnosis"],
    ["kubectl -n x scale deploy/api --replicas=6", "mitigation"],
    ["kubectl -n x logs api-1 --previous", "diagnosis"],
    ["psql -c 'SELECT pg_terminate_backend(42)'", "mitigation"],
    ["curl -s https://api/healthz", "diagnosis"],
    ["curl -X POST https://api/admin/flush", "mitigation"],
    ["helm history payments", "diagnosis"],
  ] as const)("%s → %s", (command, purpose) => {
    expect(commandPurpose(command, "")).toBe(purpose);
  });

  it("falls back on the note's words when the command says nothing", () => {
    expect(commandPurpose("./bin/cutover --region eu", "this fixed it")).toBe("mitigation");
    expect(commandPurpose("./bin/cutover --region eu", "looking around")).toBe("diagnosis");
  });
});
