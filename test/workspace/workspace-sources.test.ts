import { cpSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NotFoundError, UserInputError, WorkspaceError } from "../../src/lib/errors.js";
import { createWorkspaceSources } from "../../src/sources/workspace/index.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import { workspaceCopies } from "../helpers/temp-workspace.js";

const copyOfFixture = workspaceCopies(SMALL_WORKSPACE);

describe("createWorkspaceSources", () => {
  it("touches nothing until the first call, then says what is missing", async () => {
    const sources = createWorkspaceSources({
      workspaceDir: "/nonexistent/workspace",
      runbookDir: "runbooks",
    });
    await expect(sources.team.load()).rejects.toBeInstanceOf(WorkspaceError);
    await expect(sources.team.load()).rejects.toThrow(
      "There is no team.yaml in the workspace (/nonexistent/workspace/team.yaml); create one listing engineers, services and schedules (see docs/workspace.md).",
    );
  });

  it("gives the same team directory until team.yaml changes, then re-reads it", async () => {
    const dir = copyOfFixture();
    const sources = createWorkspaceSources({ workspaceDir: dir, runbookDir: "runbooks" });
    const first = await sources.team.load();
    expect(await sources.team.load()).toBe(first);

    const path = join(dir, "team.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("name: Carol Diaz", "name: Carol Díaz"));
    utimesSync(path, new Date("2030-01-01T00:00:00Z"), new Date("2030-01-01T00:00:00Z"));
    const second = await sources.team.load();
    expect(second).not.toBe(first);
    expect(second.engineers.find((e) => e.id === "carol")!.name).toBe("Carol Díaz");

    // Incidents are joined again against the new team file: Carol is now known by a different name.
    const incident = await sources.incidents.getIncident("1044");
    expect(incident.assignees).toEqual([{ id: "PC4R0L9", name: "Carol Diaz", known: false }]);
  });

  it("reports a broken team file on every call until it is fixed", async () => {
    const dir = copyOfFixture();
    const path = join(dir, "team.yaml");
    writeFileSync(path, "engineers:\n  - id: Alice\n");
    const sources = createWorkspaceSources({ workspaceDir: dir, runbookDir: "runbooks" });
    await expect(sources.team.load()).rejects.toThrow(/^team\.yaml line 2: engineers\[0\]\.id is "Alice"/);
    await expect(sources.incidents.getIncident("1044")).rejects.toBeInstanceOf(WorkspaceError);
    cpSync(join(SMALL_WORKSPACE, "team.yaml"), path);
    utimesSync(path, new Date("2030-01-01T00:00:00Z"), new Date("2030-01-01T00:00:00Z"));
    expect((await sources.team.load()).engineers).toHaveLength(5);
  });

  it("reads incident files once and serves later calls from memory", async () => {
    const dir = copyOfFixture();
    const sources = createWorkspaceSources({ workspaceDir: dir, runbookDir: "runbooks" });
    expect((await sources.incidents.getIncident("1042")).title).toBe("Payments API p99 latency above 2s");
    rmSync(join(dir, "incidents"), { recursive: true });
    expect((await sources.incidents.getIncident("1042")).title).toBe("Payments API p99 latency above 2s");
  });

  it("has no incidents when the folder is missing", async () => {
    const dir = copyOfFixture();
    rmSync(join(dir, "incidents"), { recursive: true });
    const sources = createWorkspaceSources({ workspaceDir: dir, runbookDir: "runbooks" });
    expect(await sources.incidents.listIncidents({ limit: 10, offset: 0 })).toEqual({
      incidents: [],
      more: false,
    });
  });

  it("stops when the caller's signal is aborted", async () => {
    const sources = createWorkspaceSources({ workspaceDir: SMALL_WORKSPACE, runbookDir: "runbooks" });
    const controller = new AbortController();
    controller.abort();
    await expect(sources.team.load({ signal: controller.signal })).rejects.toThrow();
    await expect(sources.runbooks.listRunbooks({ signal: controller.signal })).rejects.toThrow();
  });
});

describe("the workspace ScheduleSource", () => {
  const schedules = createWorkspaceSources({
    workspaceDir: SMALL_WORKSPACE,
    runbookDir: "runbooks",
  }).schedules;

  it("lists team.yaml schedules", async () => {
    expect(await schedules.listSchedules()).toEqual([
      {
        id: "payments-primary",
        name: "Payments primary",
        timeZone: "America/Los_Angeles",
        services: ["payments-api", "ledger"],
        team: "payments",
      },
      {
        id: "ledger-daily",
        name: "Ledger daily",
        timeZone: "Europe/Berlin",
        services: ["ledger"],
        team: null,
      },
    ]);
  });

  it("renders a schedule with its override", async () => {
    const shifts = await schedules.renderSchedule(
      "payments-primary",
      "2026-11-20T00:00:00Z",
      "2026-11-22T00:00:00Z",
    );
    expect(shifts.map((s) => `${s.user} ${s.start} ${s.end}`)).toEqual([
      "bob 2026-11-20T00:00:00.000Z 2026-11-21T01:00:00.000Z",
      "dave 2026-11-21T01:00:00.000Z 2026-11-21T17:00:00.000Z",
      "bob 2026-11-21T17:00:00.000Z 2026-11-22T00:00:00.000Z",
    ]);
    expect(shifts.every((s) => s.scheduleId === "payments-primary")).toBe(true);
  });

  it("refuses unknown schedules and backwards windows", async () => {
    await expect(
      schedules.renderSchedule("nope", "2026-11-20T00:00:00Z", "2026-11-22T00:00:00Z"),
    ).rejects.toThrow(
      new NotFoundError(
        'No schedule "nope" in team.yaml; known schedules: "payments-primary", "ledger-daily".',
      ),
    );
    await expect(
      schedules.renderSchedule("ledger-daily", "2026-11-22T00:00:00Z", "2026-11-20T00:00:00Z"),
    ).rejects.toBeInstanceOf(UserInputError);
  });
});
