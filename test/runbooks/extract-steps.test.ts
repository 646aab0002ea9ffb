import { describe, expect, it } from "vitest";
import { extractSteps } from "../../src/runbooks/records/extract-steps.js";
import { alice, logEntry, note } from "../builders/index.js";

describe("extractSteps", () => {
  it("reads code spans, fenced blocks, console transcripts and shell lines, and skips pasted output", () => {
    const notes = [
      note(
        "2026-11-20T14:05:00.000Z",
        [
          "Checked `kubectl -n pay get pods` and the `payments-api` dashboard.",
          "kubectl -n pay describe deploy/api",
          "The pods were slow.",
          "```",
          "Error: connection refused",
          "```",
          "```console",
          "$ redis-cli -h cache info memory",
          "used_memory_human:7.80G",
          "```",
          "```sql",
          "-- long queries",
          "SELECT pid FROM pg_stat_activity;",
          "SELECT pg_cancel_backend(42);",
          "```",
        ].join("\n"),
      ),
    ];
    const steps = extractSteps(notes, []);
    expect(steps.map((step) => [step.lines, step.language, step.purpose])).toEqual([
      [["kubectl -n pay get pods"], null, "diagnosis"],
      [["kubectl -n pay describe deploy/api"], null, "diagnosis"],
      [["redis-cli -h cache info memory"], null, "diagnosis"],
      [
        ["-- long queries", "SELECT pid FROM pg_stat_activity;", "SELECT pg_cancel_backend(42);"],
        "sql",
        "mitigation",
      ],
    ]);
    expect(steps[0]!.evidence).toEqual([
      {
        id: notes[0]!.id,
        at: "2026-11-20T14:05:00.000Z",
        source: "note",
        excerpt: "Checked `kubectl -n pay get pods` and the `payments-api` dashboard.",
      },
    ]);
  });

  it("merges one command seen in several records into one step with all its evidence, oldest first", () => {
    const steps = extractSteps(
      [note("2026-11-20T14:30:00.000Z", "again: `kubectl get pods`")],
      [
        logEntry("annotate", "2026-11-20T14:10:00.000Z", {
          actor: alice,
          message: "ran `kubectl  get pods`",
        }),
      ],
    );
    expect(steps).toHaveLength(1);
    expect(steps[0]!.evidence.map((item) => [item.source, item.at])).toEqual([
      ["log_entry", "2026-11-20T14:10:00.000Z"],
      ["note", "2026-11-20T14:30:00.000Z"],
    ]);
  });

  it("leaves out a command that is also part of a block", () => {
    const steps = extractSteps(
      [
        note("2026-11-20T14:10:00.000Z", "```sh\nkubectl get pods\nkubectl delete pod api-1\n```"),
        note("2026-11-20T14:11:00.000Z", "`kubectl delete pod api-1`"),
      ],
      [],
    );
    expect(steps.map((step) => step.lines)).toEqual([["kubectl get pods", "kubectl delete pod api-1"]]);
    expect(steps[0]!.purpose).toBe("mitigation");
  });

  it("keeps a fence that holds a shorter fence whole", () => {
    const steps = extractSteps([note("2026-11-20T14:10:00.000Z", "````sh\ncat <<EOF\n```\nEOF\n````")], []);
    expect(steps.map((step) => step.lines)).toEqual([["cat <<EOF", "```", "EOF"]]);
  });
});
