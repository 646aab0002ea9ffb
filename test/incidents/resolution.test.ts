import { describe, expect, it } from "vitest";
import { recogniseActions } from "../../src/incidents/fix-lexicon.js";
import { findResolution } from "../../src/incidents/resolution.js";
import { alice, bob, logEntry, note } from "../builders/index.js";

const kinds = (text: string) => recogniseActions(text).map(({ kind, text }) => `${kind}: ${text}`);

describe("recogniseActions", () => {
  it("finds actions written in prose and in commands", () => {
    expect(
      kinds("Indexer stuck on a poison message; skipped offset with `indexctl skip --partition 7`."),
    ).toEqual(["messages: skipped offset", "command: indexctl skip --partition 7"]);
    expect(kinds("Reverted with `kubectl rollout undo deployment/checkout`")).toEqual([
      "rollback: Reverted",
      "rollback: rollout undo",
      "command: kubectl rollout undo deployment/checkout",
    ]);
    expect(kinds("raised max_wal_senders to 32 and lowered max_connections from 8000 to 2000")).toEqual([
      "config: raised max_wal_senders to 32",
      "config: lowered max_connections from 8000 to 2000",
      "config: max_wal_senders to 32",
      "config: max_connections from 8000 to 2000",
    ]);
    expect(kinds("And by 80 I mean 55 nodes with 500 GB disks.")).toEqual([
      "scale: 55 nodes with 500 GB disks",
    ]);
    expect(kinds("Rolling prow back by hand with prow/deploy.sh.")).toEqual(["script: prow/deploy.sh"]);
    expect(kinds("Failed over to the standby; promoted the replica")).toEqual([
      "failover: Failed over",
      "failover: promoted the replica",
    ]);
  });

  it("reads each line of a fenced block as a command, and a quoted log line as none", () => {
    const text =
      "Gateway log: `invalid ratelimit descriptor: burst must be > 0`. Reverted:\n```\ngit revert 4f2a9c1 # in edge-config\nkubectl -n edge rollout undo deployment/checkout-gateway\n```";
    expect(kinds(text).filter((action) => action.startsWith("command"))).toEqual([
      "command: git revert 4f2a9c1",
      "command: kubectl -n edge rollout undo deployment/checkout-gateway",
    ]);
  });

  it("does not take a description of the state for an action", () => {
    expect(
      kinds(
        "any PR that skips a conditionally triggered job is blocked; statuses removed are still required",
      ),
    ).toEqual([]);
    expect(kinds("GCE is throttling us; Looking into it.")).toEqual([]);
  });

  it("does not take a plan, a proposal or an action not taken for what was done", () => {
    expect(kinds("Will restart the pods tomorrow.")).toEqual([]);
    expect(kinds("We should roll back.")).toEqual([]);
    expect(kinds("plan: failover")).toEqual([]);
    expect(kinds("Proposal: a global kill of the WAF managed rules.")).toEqual([]);
    expect(kinds("I'll run `kubectl rollout undo deploy/api` if needed")).toEqual([]);
    expect(kinds("Restart the pods tomorrow morning")).toEqual([]);
    expect(kinds("Decided against a rollback.")).toEqual([]);
    expect(kinds("Did not restart the database")).toEqual([]);
    // Done, with a plan beside it: only the deed.
    expect(kinds("Restarted the pods; will roll back if it recurs.")).toEqual(["restart: Restarted"]);
    expect(kinds("Rolled back, will keep watching the error rate")).toEqual(["rollback: Rolled back"]);
    expect(kinds("Rolling back now.")).toEqual(["rollback: Rolling back"]);
  });

  it("never returns a secret as an action", () => {
    const actions = recogniseActions("set `DATABASE_URL` to postgres://app:hunter2@db:5432/x and restarted");
    expect(JSON.stringify(actions)).not.toContain("hunter2");
    expect(actions.map((action) => action.kind)).toContain("restart");
  });
});

describe("findResolution", () => {
  it("does not take a plan written before the resolve for the fix", () => {
    const found = findResolution(
      [logEntry("resolve", "2026-11-24T11:00:00Z", { id: "R1", actor: alice, message: null })],
      [
        note("2026-11-24T10:10:00Z", "Plan: fail over to the standby if the primary does not recover.", {
          id: "N-plan",
        }),
        note("2026-11-24T10:40:00Z", "Restarted the primary; replication caught up.", { id: "N-done" }),
      ],
      "2026-11-24T11:00:00Z",
    );
    expect(found?.entryIds).toEqual(["N-done"]);
    expect(found?.actions).toEqual([{ kind: "restart", text: "Restarted" }]);
  });

  const resolvedAt = "2026-11-24T11:00:00Z";

  it("keeps what was written after the resolve out of the fix", () => {
    const entries = [
      logEntry("annotate", "2026-11-24T10:30:00Z", { actor: alice, message: "Restarted the consumer pods" }),
      logEntry("resolve", resolvedAt, { actor: alice }),
      logEntry("annotate", "2026-11-24T11:30:00Z", {
        actor: bob,
        message: "Postmortem: roll back the flag next time",
      }),
    ];
    expect(findResolution(entries, [], resolvedAt)).toEqual({
      text: "10:30 Restarted the consumer pods",
      entryIds: [entries[0]!.id],
      actions: [{ kind: "restart", text: "Restarted" }],
    });
  });

  it("gives the last words before the resolve, with no action, when none is named; null when nothing was written", () => {
    const notes = [
      note("2026-11-24T10:10:00Z", "Looking into it", { author: alice }),
      note("2026-11-24T10:50:00Z", "Error rate back to normal after the provider's fix", { author: bob }),
    ];
    expect(findResolution([], notes, resolvedAt)).toEqual({
      text: "10:50 Error rate back to normal after the provider's fix",
      entryIds: [notes[1]!.id],
      actions: [],
    });
    expect(findResolution([logEntry("resolve", resolvedAt, { actor: alice })], [], resolvedAt)).toBeNull();
  });

  it("takes a note and its annotate entry once, and the latest four acting entries with the resolve message", () => {
    const texts = ["Restarted a", "Restarted b", "Restarted c", "Restarted d", "Restarted e"];
    const entries = texts.map((text, i) =>
      logEntry("annotate", `2026-11-24T10:0${i}:00Z`, { actor: alice, message: text }),
    );
    const notes = texts.map((text, i) => note(`2026-11-24T10:0${i}:00Z`, text, { author: alice }));
    const resolve = logEntry("resolve", resolvedAt, { actor: alice, message: "Stable now" });
    const found = findResolution([...entries, resolve], notes, resolvedAt)!;
    expect(found.entryIds).toEqual([...entries.slice(1).map((item) => item.id), resolve.id]);
    expect(found.text.split("\n")).toHaveLength(5);
  });
});
