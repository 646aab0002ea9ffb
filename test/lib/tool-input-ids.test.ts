// Ids in tool inputs: integers taken as their text where a schema marks an id, unknown ids named with the known ones
// (bounded), and the source's directory read only for an id team.yaml does not know.

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { requireKnownServicesAndTeams } from "../../src/incidents/scope-ids.js";
import { NotFoundError } from "../../src/lib/errors.js";
import { idField, numbersAsStrings } from "../../src/lib/input-coercion.js";
import { KNOWN_IDS_LISTED, requireKnownIds, unknownIdError } from "../../src/lib/known-ids.js";
import type { DirectoryEntry, Sources } from "../../src/ports/sources.js";
import { service, teamDirectory } from "../builders/index.js";

describe("numbersAsStrings", () => {
  const schema = z.object({
    incidentId: idField(z.string().trim()),
    serviceIds: z.array(idField(z.string())).optional(),
    limit: z.number().default(5),
    query: z.string().optional(),
    nested: z.object({ mentee: idField(z.string()).optional() }).optional(),
  });

  it("turns integers into text only where an id is expected", () => {
    const input = { incidentId: 1243, serviceIds: [7, "ledger"], limit: 3, query: 42, nested: { mentee: 9 } };
    expect(numbersAsStrings(schema, input)).toEqual({
      incidentId: "1243",
      serviceIds: ["7", "ledger"],
      limit: 3,
      query: 42,
      nested: { mentee: "9" },
    });
    expect(schema.safeParse(numbersAsStrings(schema, { incidentId: 1243 })).data?.incidentId).toBe("1243");
  });

  it("leaves fractions, non-numbers and unknown fields for validation to refuse", () => {
    const input = { incidentId: 1.5, serviceIds: "x", extra: 4 };
    expect(numbersAsStrings(schema, input)).toEqual(input);
    expect(schema.safeParse(numbersAsStrings(schema, input)).success).toBe(false);
  });
});

describe("unknown ids", () => {
  it("names the id, the field and at most KNOWN_IDS_LISTED known ids", () => {
    const known = Array.from({ length: KNOWN_IDS_LISTED + 3 }, (_, i) => `svc-${i}`);
    expect(unknownIdError("serviceIds", "service", "nope", known).message).toBe(
      `No service "nope" (serviceIds); known services: ${known
        .slice(0, KNOWN_IDS_LISTED)
        .map((id) => `"${id}"`)
        .join(", ")} and 3 more.`,
    );
    expect(unknownIdError("teamIds", "team", "x", []).message).toBe(
      'No team "x" (teamIds); there are no teams to choose from.',
    );
  });

  it("accepts the other spellings it is given", () => {
    const known = { listed: ["ledger"], alsoAccepted: ["PSVC002", null] };
    expect(() => requireKnownIds("serviceIds", "service", ["ledger", "PSVC002"], known)).not.toThrow();
    expect(() => requireKnownIds("serviceIds", "service", ["ledger", "PSVC003"], known)).toThrow(
      NotFoundError,
    );
  });
});

describe("requireKnownServicesAndTeams", () => {
  const team = teamDirectory({
    services: [service({ id: "ledger", name: "Ledger", pagerdutyId: "PSVC002" })],
    teams: [{ id: "payments", name: "Payments", pagerdutyId: "PT1" }],
  });
  const withDirectory = (directory: Record<"services" | "teams", DirectoryEntry[]>) => {
    const reads: string[] = [];
    const sources = {
      incidents: {
        listDirectory: async (kind: "services" | "teams") => {
          reads.push(kind);
          return directory[kind];
        },
      },
    } as unknown as Sources;
    return { reads, ctx: { team, sources, signal: new AbortController().signal, requests: { count: 0 } } };
  };

  it("reads nothing when team.yaml knows every id", async () => {
    const { reads, ctx } = withDirectory({ services: [], teams: [] });
    await requireKnownServicesAndTeams({ serviceIds: ["ledger", "PSVC002"], teamIds: ["PT1"] }, ctx);
    expect(reads).toEqual([]);
  });

  it("asks the directory about an id team.yaml does not know, and lists both when nobody knows it", async () => {
    const directory = {
      services: [
        { id: "PSVC002", name: "Ledger" },
        { id: "PONLY01", name: "Only in PagerDuty" },
      ],
      teams: [],
    };
    const { reads, ctx } = withDirectory(directory);
    await requireKnownServicesAndTeams({ serviceIds: ["PONLY01"] }, ctx);
    expect(reads).toEqual(["services"]);
    await expect(
      requireKnownServicesAndTeams({ serviceIds: ["nope"], serviceField: "serviceIds" }, ctx),
    ).rejects.toThrow('No service "nope" (serviceIds); known services: "ledger", "PONLY01".');
    await expect(requireKnownServicesAndTeams({ teamIds: ["sre"] }, ctx)).rejects.toThrow(
      'No team "sre" (teamIds); known teams: "payments".',
    );
  });
});
