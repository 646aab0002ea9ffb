// One rule for symbolic links, whatever the file: a write through a link whose target is inside the workspace
// changes the target and keeps the link; a link that leads outside is refused with a sentence and nothing outside
// is touched. Checked for incident files, team.yaml, the shadow-rotations folder and runbooks.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendToIncidentFile } from "../../src/sources/workspace/incident-files.js";
import { WorkspaceRunbookSource } from "../../src/sources/workspace/runbook-files.js";
import { WorkspaceShadowRecorder } from "../../src/sources/workspace/shadow-rotation-files.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

const INCIDENT = "incidents/1202-payments-api-crashloop.json";
const NOTE = { id: "NLINK", content: "through a link", created_at: "2026-11-24T12:00:00Z" };
const SHADOW = {
  mentee: "erin",
  mentor: "alice",
  schedule: "payments-primary",
  start: "2027-01-25T17:00:00.000Z",
  end: "2027-01-26T17:00:00.000Z",
};
const ROTATION = {
  window: { start: SHADOW.start, end: SHADOW.end },
  shadows: [SHADOW],
  details: [SHADOW],
  calendar: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
};

let copy: TempWorkspace | undefined;
let workspace = "";
let outside = "";

beforeEach(() => {
  copy = copyWorkspace(DEMO_WORKSPACE);
  workspace = copy.dir;
  outside = join(copy.parent, "outside");
  mkdirSync(outside);
});
afterEach(() => copy?.remove());

/** Moves `file` (workspace-relative) to `target` and leaves a link in its place. */
function linkAway(file: string, target: string): void {
  mkdirSync(join(target, ".."), { recursive: true });
  renameSync(join(workspace, file), target);
  symlinkSync(target, join(workspace, file));
}

function expectStillLink(file: string): void {
  expect(lstatSync(join(workspace, file)).isSymbolicLink(), `${file} is still a link`).toBe(true);
}

describe("a link whose target is inside the workspace is written through", () => {
  it("incident file", async () => {
    const target = join(workspace, "archive/1202.json");
    linkAway(INCIDENT, target);
    await appendToIncidentFile(workspace, INCIDENT, { notes: [NOTE] });
    expectStillLink(INCIDENT);
    expect(readFileSync(target, "utf8")).toContain('"id": "NLINK"');
  });

  it("team.yaml and the shadow-rotations folder", async () => {
    const team = join(workspace, "config/team.yaml");
    linkAway("team.yaml", team);
    mkdirSync(join(workspace, "records"));
    symlinkSync(join(workspace, "records"), join(workspace, "shadow-rotations"));
    const recording = await new WorkspaceShadowRecorder(workspace).recordShadowRotation(ROTATION);
    expect(recording.created).toHaveLength(3);
    expectStillLink("team.yaml");
    expectStillLink("shadow-rotations");
    expect(readFileSync(team, "utf8")).toContain("start: 2027-01-25T17:00:00Z");
    expect(readFileSync(join(workspace, "records/2027-01-25T1700Z_2027-01-26T1700Z.ics"), "utf8")).toBe(
      ROTATION.calendar,
    );
  });

  it("runbook", async () => {
    const target = join(workspace, "runbooks/db/payments.md");
    linkAway("runbooks/payments-api.md", target);
    await new WorkspaceRunbookSource(workspace, "runbooks").writeRunbook("payments-api.md", "# Linked\n");
    expectStillLink("runbooks/payments-api.md");
    expect(readFileSync(target, "utf8")).toBe("# Linked\n");
  });
});

describe("a link that leads outside the workspace is refused, and nothing outside changes", () => {
  const refusal = (file: string) =>
    `${file} leads outside the workspace through a symbolic link, so it is not written; replace the link with the file itself or point it at a file inside the workspace.`;

  it("incident file", async () => {
    const target = join(outside, "1202.json");
    linkAway(INCIDENT, target);
    const before = readFileSync(target, "utf8");
    await expect(appendToIncidentFile(workspace, INCIDENT, { notes: [NOTE] })).rejects.toThrow(
      refusal(INCIDENT),
    );
    expect(readFileSync(target, "utf8")).toBe(before);
    expectStillLink(INCIDENT);
  });

  it("team.yaml", async () => {
    const target = join(outside, "team.yaml");
    linkAway("team.yaml", target);
    const before = readFileSync(target, "utf8");
    await expect(new WorkspaceShadowRecorder(workspace).recordShadowRotation(ROTATION)).rejects.toThrow(
      refusal("team.yaml"),
    );
    expect(readFileSync(target, "utf8")).toBe(before);
  });

  it("shadow-rotations folder", async () => {
    symlinkSync(outside, join(workspace, "shadow-rotations"));
    const teamBefore = readFileSync(join(workspace, "team.yaml"), "utf8");
    await expect(new WorkspaceShadowRecorder(workspace).recordShadowRotation(ROTATION)).rejects.toThrow(
      refusal("shadow-rotations/2027-01-25T1700Z_2027-01-26T1700Z.yaml"),
    );
    expect(readFileSync(join(workspace, "team.yaml"), "utf8")).toBe(teamBefore);
  });

  it("runbook", async () => {
    const target = join(outside, "payments-api.md");
    linkAway("runbooks/payments-api.md", target);
    const before = readFileSync(target, "utf8");
    await expect(
      new WorkspaceRunbookSource(workspace, "runbooks").writeRunbook("payments-api.md", "# Out\n"),
    ).rejects.toThrow(
      "payments-api.md leads outside the runbook folder through a symbolic link, so it is not written; replace the link with the file itself or point it at a file inside the runbook folder.",
    );
    expect(readFileSync(target, "utf8")).toBe(before);
  });

  it("a link that leads nowhere", async () => {
    symlinkSync(join(outside, "missing"), join(workspace, "shadow-rotations"));
    await expect(new WorkspaceShadowRecorder(workspace).recordShadowRotation(ROTATION)).rejects.toThrow(
      /leads outside the workspace/,
    );
    expect(readdirSync(outside)).toEqual([]);
  });
});
