// What the server declares is what it has: capabilities only for what it serves, and openWorldHint true exactly for
// the tools that reach an outside service in the running configuration.
import { describe, expect, it } from "vitest";
import { gitHubEnv, pagerDutyEnv } from "../hardening/support/upstream-fakes.js";
import { connectInMemory } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";

// No request is made while listing, so the outside services need not exist.
const PAGERDUTY = pagerDutyEnv({ url: "http://127.0.0.1:9", fromEmail: "bot@example.com" });
const GITHUB = gitHubEnv({ url: "http://127.0.0.1:9" });

async function openWorld(env: Record<string, string>): Promise<Record<string, boolean>> {
  const session = await connectInMemory({
    ONCALL_WORKSPACE: DEMO_WORKSPACE,
    ONCALL_ENABLE_WRITES: "1",
    ...env,
  });
  try {
    const { tools } = await session.client.listTools();
    return Object.fromEntries(tools.map((tool) => [tool.name, tool.annotations?.openWorldHint === true]));
  } finally {
    await session.close();
  }
}

const names = (hints: Record<string, boolean>, open: boolean) =>
  Object.entries(hints)
    .filter(([, value]) => value === open)
    .map(([name]) => name)
    .sort();

describe("openWorldHint", () => {
  it("is false for every tool when everything comes from the workspace", async () => {
    expect(names(await openWorld({}), true)).toEqual([]);
  });

  it("is true for the tools that read incidents or schedules when PagerDuty answers, and false for runbook-only tools", async () => {
    const hints = await openWorld(PAGERDUTY);
    expect(names(hints, false)).toEqual(["list_runbooks", "read_runbook"]);
    expect(hints["list_incidents"]).toBe(true);
    expect(hints["record_shadow_rotation"]).toBe(true);
  });

  it("is true for the runbook tools when GitHub answers, and false for the incident-only tools", async () => {
    const hints = await openWorld(GITHUB);
    expect(names(hints, true)).toEqual([
      "create_incident_drill",
      "draft_runbook_update",
      "find_similar_incidents",
      "list_runbooks",
      "mentee_progress",
      "propose_runbook_update",
      "read_runbook",
      "summarize_incident",
    ]);
  });
});

describe("declared capabilities", () => {
  it.each([
    ["every toolset", {}],
    ["shadowing only", { ONCALL_TOOLSETS: "shadowing" }],
    ["runbooks only", { ONCALL_TOOLSETS: "runbooks" }],
  ])("with %s, declare exactly what is served, without list changes", async (_name, env) => {
    const session = await connectInMemory({ ONCALL_WORKSPACE: DEMO_WORKSPACE, ...env });
    try {
      const declared = session.client.getServerCapabilities() ?? {};
      expect(declared.tools).toEqual({ listChanged: false });
      const prompts = declared.prompts ? (await session.client.listPrompts()).prompts : [];
      const fixed = declared.resources ? (await session.client.listResources()).resources : [];
      const templates = declared.resources
        ? (await session.client.listResourceTemplates()).resourceTemplates
        : [];
      expect(Boolean(declared.prompts)).toBe(prompts.length > 0);
      expect(Boolean(declared.resources)).toBe(fixed.length + templates.length > 0);
      if (declared.prompts) expect(declared.prompts).toEqual({ listChanged: false });
      expect(Boolean(declared.completions)).toBe(prompts.length > 0 || templates.length > 0);
    } finally {
      await session.close();
    }
  });
});
