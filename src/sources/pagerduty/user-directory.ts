// PagerDuty users joined to team.yaml engineers by email, so that records name engineers by their team.yaml id.
// The user list is read once per session (again after a failed read); the team file is read on every call (it may
// be edited meanwhile).
import { UpstreamError } from "../../lib/errors.js";
import type { Engineer, TeamDirectory } from "../../model.js";
import type { FetchContext, RequestCounter, TeamSource } from "../../ports/sources.js";
import { type RecordJoins, teamJoins } from "../pagerduty-records.js";
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

export interface UserDirectoryOptions {
  /** The deadline of one shared read of the user list, all pages and retries included. Default 60 s. */
  usersTimeoutMs?: number;
}

const DEFAULT_USERS_TIMEOUT_MS = 60_000;

/** One read of /users shared by every call waiting for it. */
interface UsersRead {
  users: Promise<PagerDutyUser[]>;
  /** The calls waiting now, by their request counters (a call without one still counts as waiting). */
  waiting: Set<{ counter: RequestCounter | undefined }>;
  /** Stops the read once no call waits for it any more. */
  abandon(reason: unknown): void;
}

export function createUserDirectory(
  client: PagerDutyClient,
  teamSource: TeamSource,
  options: UserDirectoryOptions = {},
): UserDirectory {
  const timeoutMs = options.usersTimeoutMs ?? DEFAULT_USERS_TIMEOUT_MS;
  let current: UsersRead | null = null;

  // The read runs under its own deadline, not under the signal of the call that happened to start it: a call that
  // is cancelled stops waiting and the read goes on for the others; only when the last one leaves is it stopped.
  const startRead = (): UsersRead => {
    const waiting: UsersRead["waiting"] = new Set();
    let sent = 0;
    // Each request the read sends is counted once for every call waiting when it is sent; one call may wait
    // several times at once (its fetches run concurrently) with the same counter, which still counts once.
    const requests: RequestCounter = {
      get count() {
        return sent;
      },
      set count(value) {
        const counters = new Set([...waiting].map(({ counter }) => counter));
        for (const counter of counters) if (counter) counter.count += value - sent;
        sent = value;
      },
    };
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      controller.abort(
        new UpstreamError("PagerDuty", `PagerDuty did not list its users within ${seconds} s.`, null, true),
      );
    }, timeoutMs);
    timer.unref();
    const ctx: FetchContext = { signal: controller.signal, requests };
    const read: UsersRead = {
      waiting,
      users: readAllPages(async (offset, limit) => {
        const data = await client.request({ method: "GET", path: "/users", query: { offset, limit } }, ctx);
        return offsetPage(data, "users", "GET /users", toUser);
      }, "users").finally(() => clearTimeout(timer)),
      abandon(reason) {
        // Forgotten at once, so a call arriving before the rejection lands starts a fresh read.
        if (current === read) current = null;
        controller.abort(reason);
      },
    };
    // A failed read is not kept: the next call reads again.
    read.users.catch(() => {
      if (current === read) current = null;
    });
    return read;
  };

  // Async so that a cancelled call rejects rather than throws: it is read beside the team file in Promise.all, and
  // a throw there would leave the team file's own rejection unhandled (which ends the process).
  const loadUsers = async (ctx?: FetchContext): Promise<PagerDutyUser[]> => {
    ctx?.signal?.throwIfAborted();
    current ??= startRead();
    return waitFor(current, ctx);
  };

  return {
    async load(ctx) {
      const [team, pagerDutyUsers] = await Promise.all([teamSource.load(ctx), loadUsers(ctx)]);
      const joined = joinUsers(team, pagerDutyUsers);
      return { team: joined, joins: teamJoins(joined) };
    },
  };
}

/** The read's answer, or the caller's cancellation as soon as its own signal aborts. */
function waitFor(read: UsersRead, ctx: FetchContext | undefined): Promise<PagerDutyUser[]> {
  const signal = ctx?.signal;
  const waiter = { counter: ctx?.requests };
  read.waiting.add(waiter);
  return new Promise<PagerDutyUser[]>((resolve, reject) => {
    const leave = () => {
      read.waiting.delete(waiter);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      leave();
      if (read.waiting.size === 0) read.abandon(signal?.reason);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    read.users.then(
      (users) => {
        leave();
        resolve(users);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
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
