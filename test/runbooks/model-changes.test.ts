// The model proposes, the server proves: changes checked against the records they cite.
import { describe, expect, it } from "vitest";
import { changeFacts } from "../../src/runbooks/draft/change-facts.js";
import { verifyChanges } from "../../src/runbooks/draft/model-changes.js";
import { collectMentions } from "../../src/runbooks/draft/runbook-mentions.js";
import { alert, alice, logEntry, note } from "../builders/index.js";
import { standardRecords } from "./records.js";

const records = {
  ...standardRecords(),
  alerts: [
    alert({
      summary: "pgbouncer cl_waiting above 200 on pgbouncer-01",
      createdAt: "2026-11-20T14:01:30.000Z",
    }),
  ],
  notes: [
    note("2026-11-20T14:06:00.000Z", "Clients get `no more connections allowed (max_client_conn)`."),
    note(
      "2026-11-20T14:22:00.000Z",
      "Fixed: max_client_conn raised to 400 via `pgbouncer-ctl set max_client_conn 400`.",
    ),
  ],
  logEntries: [
    logEntry("trigger", "2026-11-20T14:02:00.000Z"),
    logEntry("resolve", "2026-11-20T14:49:00.000Z", {
      actor: alice,
      message: "Config kept in /etc/pgbouncer/pgbouncer.ini",
    }),
  ],
};
const [symptomNote, fixNote] = records.notes.map((item) => item.id);
const resolve = records.logEntries[1]!.id;
const empty = collectMentions([
  "# PgBouncer",
  "",
  "## Mitigation",
  "",
  "- Restart it: `systemctl restart pgbouncer`",
]);

function verify(...changes: Parameters<typeof verifyChanges>[0]) {
  return verifyChanges(changes, records, empty);
}

describe("changeFacts", () => {
  it("takes code, paths, identifiers, numbers and link targets, and leaves ordinary words", () => {
    expect(
      changeFacts(
        "Raise max_client_conn to 400 in /etc/pgbouncer/pgbouncer.ini with `pgbouncer-ctl set max_client_conn 400`; see [docs](https://www.pgbouncer.org/config.html) for incident #4211.",
      ),
    ).toEqual({
      code: ["pgbouncer-ctl set max_client_conn 400"],
      tokens: [
        "https://www.pgbouncer.org/config.html",
        "max_client_conn",
        "400",
        "/etc/pgbouncer/pgbouncer.ini",
      ],
    });
  });

  it("reads each line of a fenced block as code, prompts and comments aside", () => {
    expect(changeFacts("Restart:\n```sh\n# careful\n$ systemctl restart pgbouncer\n```").code).toEqual([
      "systemctl restart pgbouncer",
    ]);
  });
});

describe("verifyChanges", () => {
  it("accepts a change whose every fact is in the records it cites, with those records as evidence", () => {
    const { items, refused } = verify({
      kind: "mitigation",
      text: "When clients get `no more connections allowed (max_client_conn)`, raise it: `pgbouncer-ctl set max_client_conn 400`.",
      entryIds: [fixNote!, symptomNote!],
    });
    expect(refused).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]!.evidence.map((item) => item.at)).toEqual([
      "2026-11-20T14:06:00.000Z",
      "2026-11-20T14:22:00.000Z",
    ]);
    expect(items[0]!.lines({ bullet: "*", tableColumns: null })).toEqual([
      "* When clients get `no more connections allowed (max_client_conn)`, raise it: `pgbouncer-ctl set max_client_conn 400`. (incident #4211)",
    ]);
  });

  it("refuses a number, a path or a command that no cited record holds, naming it", () => {
    const { items, refused } = verify(
      { kind: "mitigation", text: "Raise max_client_conn to 800.", entryIds: [fixNote!] },
      { kind: "mitigation", text: "Edit /etc/pgbouncer/pgbouncer.ini.", entryIds: [fixNote!] },
      { kind: "mitigation", text: "Run `pgbouncer-ctl reload`.", entryIds: [fixNote!] },
      // The path is in the resolve entry: citing it makes the change hold.
      { kind: "mitigation", text: "Edit /etc/pgbouncer/pgbouncer.ini.", entryIds: [resolve] },
    );
    expect(refused.map((item) => [item.index, item.reason.split(" does not")[0]])).toEqual([
      [0, '"800"'],
      [1, '"/etc/pgbouncer/pgbouncer.ini"'],
      [2, '"pgbouncer-ctl reload"'],
    ]);
    expect(items).toHaveLength(1);
  });

  it("refuses ids of other incidents, repeats, and what the runbook already has", () => {
    const { refused } = verify(
      { kind: "diagnosis", text: "Look at the pools.", entryIds: ["N-elsewhere"] },
      { kind: "mitigation", text: "Restart it: `systemctl restart pgbouncer`.", entryIds: [fixNote!] },
      { kind: "symptom", text: "Clients are refused.", entryIds: [symptomNote!] },
      { kind: "symptom", text: "Clients are  refused.", entryIds: [symptomNote!] },
      { kind: "symptom", text: "  ", entryIds: [symptomNote!] },
    );
    expect(refused.map((item) => item.index)).toEqual([0, 1, 3, 4]);
    expect(refused[0]!.reason).toContain('cites "N-elsewhere", which is not a record of incident #4211');
    // The command is in no cited record either; the check of facts comes first.
    expect(refused[1]!.reason).toContain('"systemctl restart pgbouncer" does not appear');
    expect(refused[2]!.reason).toBe("it repeats an earlier change.");
    expect(refused[3]!.reason).toBe("its text is empty; write the line to add.");
  });

  it("checks against what the model was shown: a secret in a note is compared redacted", () => {
    const withSecret = {
      ...records,
      notes: [
        note("2026-11-20T14:10:00.000Z", "Ran `psql postgres://app:hunter2@db:5432/app -c 'select 1'`"),
      ],
    };
    const { items, refused } = verifyChanges(
      [
        {
          kind: "diagnosis",
          text: "Check the database answers: `psql postgres://app:[REDACTED:password]@db:5432/app -c 'select 1'`",
          entryIds: [withSecret.notes[0]!.id],
        },
      ],
      withSecret,
      empty,
    );
    expect(refused).toEqual([]);
    expect(items[0]!.lines({ bullet: "-", tableColumns: null }).join("\n")).not.toContain("hunter2");
  });
});
