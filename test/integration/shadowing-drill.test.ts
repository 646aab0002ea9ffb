// create_incident_drill through a real MCP client on the demo workspace: a drill never gives the fix away in the
// trainee's part, for every resolved incident that has a recorded fix, and the answer key carries it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";

interface Drill {
  mentee: string;
  incident: { id: string; number: number; service: string };
  trainee: {
    page: { title: string; alert: string | null };
    stages: { offset: string; shows: string[] }[];
    questions: string[];
    runbook: string | null;
  };
  answerKey: {
    resolution: string | null;
    timeToResolve: string | null;
    commands: { purpose: string; command: string }[];
    decisionPoints: { offset: string; what: string }[];
  };
}

describe("create_incident_drill on the demo workspace", () => {
  let session: TestClient;
  beforeAll(async () => {
    session = await connectInMemory({});
  });
  afterAll(async () => {
    await session?.close();
  });

  const drill = async (args: Record<string, string>) => {
    const result = await session.call("create_incident_drill", args);
    expect(result.isError, textOf(result)).toBeFalsy();
    return { data: result.structuredContent as unknown as Drill, text: textOf(result) };
  };

  // #1202: the responder listed the pods (diagnosis) at T+8 min, then restarted the deployment (the fix) at T+12 min.
  it("reveals the page and what was seen, withholds commands, and keeps the fix for the answer key", async () => {
    const { data, text } = await drill({ mentee: "dev", incidentId: "1202" });
    expect(data.trainee.page.alert).toBe("4 payments-api pods restarting repeatedly");
    const trainee = JSON.stringify(data.trainee);
    expect(trainee).toContain("OOMKilled");
    expect(trainee).not.toContain("kubectl rollout restart");
    expect(trainee).not.toContain("kubectl -n payments get pods");
    expect(trainee).not.toContain("Restarted the deployment");
    expect(trainee).not.toContain("Resolved by");
    expect(data.answerKey.commands.map((c) => [c.purpose, c.command])).toEqual([
      ["diagnosis", "kubectl -n payments get pods -l app=payments-api"],
      ["mitigation", "kubectl rollout restart deployment/payments-api -n payments"],
    ]);
    // The answer key carries summarize_incident's resolution: the entries up to the resolve that name the fix.
    expect(data.answerKey.resolution).toContain(
      "23:00 Restarted the deployment for fresh pods: `kubectl rollout restart deployment/payments-api -n payments`.",
    );
    expect(data.answerKey.resolution).toContain("All pods healthy since the restart.");
    expect(data.trainee.stages.map((s) => s.offset)).toEqual(["T+6 s", "T+6 min", "T+8 min"]);
    // The Markdown keeps the fix below the answer-key heading only.
    const [traineeText] = text.split("### Answer key");
    expect(traineeText).not.toContain("rollout restart");
  });

  it("never shows a resolve note, a fixing command or the fix's words in any demo incident's trainee part", async () => {
    const numbers = readdirSync(join(DEMO_WORKSPACE, "incidents")).map((name) => name.slice(0, 4));
    expect(numbers.length).toBeGreaterThan(40);
    let withFix = 0;
    for (const number of numbers) {
      const result = await session.call("create_incident_drill", { mentee: "dev", incidentId: number });
      if (result.isError) {
        expect(textOf(result)).toMatch(/is still (triggered|acknowledged); drill a resolved incident/);
        continue;
      }
      const data = result.structuredContent as unknown as Drill;
      const trainee = JSON.stringify(data.trainee);
      for (const command of data.answerKey.commands.filter((c) => c.purpose === "mitigation")) {
        for (const line of command.command.split("\n").filter((l) => l.trim().length > 3)) {
          expect(trainee, `#${number}`).not.toContain(JSON.stringify(line.trim()).slice(1, -1));
        }
      }
      if (data.answerKey.resolution) {
        withFix++;
        expect(trainee, `#${number}`).not.toContain(
          JSON.stringify(data.answerKey.resolution.replace(/…$/, "").slice(0, 60)).slice(1, -1),
        );
      }
      expect(trainee, `#${number}`).not.toMatch(/fixed (it )?with|Resolved by/i);
    }
    expect(withFix).toBeGreaterThan(10);
  });

  it("gives the incident-drill prompt the trainee part to reveal stage by stage and the key held back", async () => {
    const prompt = await session.client.getPrompt({
      name: "incident-drill",
      arguments: { mentee: "dev", incidentId: "1202" },
    });
    const content = prompt.messages[0]!.content;
    const text = content.type === "text" ? content.text : "";
    const [rules, key] = text.split("## Answer key (for you only until the end)") as [string, string];
    expect(rules).toContain("reveal the next stage only: one stage per answer");
    expect(rules).toContain("Stage 3 (T+8 min):");
    expect(rules).not.toContain("rollout restart");
    expect(key).toContain("kubectl rollout restart deployment/payments-api -n payments");
  });

  it("chooses a resolved incident on the mentee's learning services that they neither saw nor drilled", async () => {
    const { data } = await drill({ mentee: "yuki" });
    expect(data.incident.service).toBe("Postgres");
  });

  it("says what to change for an open incident or a mentee without learning goals", async () => {
    const open = await session.call("create_incident_drill", { mentee: "alice" });
    expect(open.isError).toBe(true);
    expect(textOf(open)).toContain("has no learning goals to drill");
  });
});
