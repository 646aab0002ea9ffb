// PagerDuty users joined to team.yaml engineers by email, so that records name engineers by their team.yaml id.
// The user list is read once per session; the team file is read on every call (it may be edited meanwhile).
import type { Engineer, TeamDirectory } from "../../model.js";
import { type RecordJoins, teamJoins } from "../pagerduty-records.js";
import type { FetchContext, TeamSource } from "../ports.js";
import type { PagerDutyClient } from "./http-client.js";
import { readAllPages } from "./paging.js";
import { offsetPage, stringField } from "./response-shapes.js";

export interface PagerDutyUser {
  id: string;
  name: string;
  email: string | null;
}

export interface JoinedTeam {
  /** team.yaml with each engineer's pagerdutyUserId filled in where a PagerDuty user has the same email. */
  team: TeamDirectory;
  joins: RecordJoins;
}

export interface UserDirectory {
  load(ctx?: FetchContext): Promise<JoinedTeam>;
}

export function createUserDirectory(client: PagerDutyClient, teamSource: TeamSource): UserDirectory {
  let users: Promise<PagerDutyUser[]> | null = null;
  const loadUsers = (ctx?: FetchContext): Promise<PagerDutyUser[]> => {
    if (!users) {
      users = readAllPages(async (offset, limit) => {
        const data = await client.request({ method: "GET", path: "/users", query: { offset, limit } }, ctx);
        return offsetPage(data, "users", "GET /users", toUser);
      }, "users");
      // A failed read (a timeout, a cancelled call) is not cached: the next call tries again.
      users.catch(() => {
        users = null;
      });
    }
    return users;
  };

  return {
    async load(ctx) {
      const [team, pagerDutyUsers] = await Promise.all([teamSource.load(ctx), loadUsers(ctx)]);
      const joined = joinUsers(team, pagerDutyUsers);
      return { team: joined, joins: teamJoins(joined) };
    },
  };
}

/** Fills each engineer's pagerdutyUserId from the PagerDuty user with the same email (case-insensitive). Pure. */
export function joinUsers(team: TeamDirectory, users: readonly PagerDutyUser[]): TeamDirectory {
  const byEmail = new Map(users.flatMap((u) => (u.email ? [[u.email.toLowerCase(), u.id] as const] : [])));
  const engineers = team.engineers.map(
    (engineer): Engineer => ({
      ...engineer,
      pagerdutyUserId:
        engineer.pagerdutyUserId ??
        (engineer.email ? (byEmail.get(engineer.email.toLowerCase()) ?? null) : null),
    }),
  );
  return { ...team, engineers };
}

function toUser(raw: Record<string, unknown>, at: string): PagerDutyUser {
  return {
    id: stringField(raw, "id", at),
    name: typeof raw["name"] === "string" ? raw["name"] : stringField(raw, "id", at),
    email: typeof raw["email"] === "string" ? raw["email"] : null,
  };
}
