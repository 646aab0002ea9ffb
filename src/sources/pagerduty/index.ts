// PagerDuty mode: incidents and schedules from the PagerDuty REST API, people joined to team.yaml by email.
// pdjs itself is imported on the first request, so start-up stays fast.
import type { IncidentSource, ScheduleSource, TeamSource } from "../../ports/sources.js";
import { createPagerDutyClient } from "./http-client.js";
import { createPagerDutyIncidentSource } from "./incident-source.js";
import { DEFAULT_RETRY_POLICY } from "./retry-policy.js";
import { createPagerDutyScheduleSource } from "./schedule-source.js";
import { createPagerDutyScheduleWrites, type PagerDutyScheduleWrites } from "./schedule-writes.js";
import { createUserDirectory } from "./user-directory.js";

export type {
  NewSchedule,
  NewScheduleLayer,
  PagerDutyScheduleRef,
  PagerDutyScheduleWrites,
  ScheduleOverride,
} from "./schedule-writes.js";

export interface PagerDutySourceOptions {
  token: string;
  /** "https://api.pagerduty.com" (default), "https://api.eu.pagerduty.com", or a loopback fake. */
  apiUrl?: string;
  /** Email of the PagerDuty user notes are posted as; null leaves addNote refusing with a ConfigurationError. */
  fromEmail: string | null;
  team: TeamSource;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** One attempt's deadline. Default 30 s. */
  timeoutMs?: number;
  /** Default: 3 attempts, waits capped at 20 s. */
  retry?: { maxAttempts: number; maxWaitMs: number };
  /** The clock that closes searches open towards the future. Default: the system clock. */
  now?: () => Date;
}

export interface PagerDutySources {
  incidents: IncidentSource;
  schedules: ScheduleSource;
  /** Not on the ports: what recording a shadow rotation in PagerDuty needs. */
  scheduleWrites: PagerDutyScheduleWrites;
  /** Closes idle keep-alive connections. */
  close(): void;
}

export const DEFAULT_PAGERDUTY_API_URL = "https://api.pagerduty.com";

export function createPagerDutySources(options: PagerDutySourceOptions): PagerDutySources {
  const client = createPagerDutyClient({
    token: options.token,
    apiUrl: options.apiUrl ?? DEFAULT_PAGERDUTY_API_URL,
    concurrency: options.concurrency ?? 4,
    policy: {
      maxAttempts: Math.max(1, options.retry?.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts),
      maxWaitMs: options.retry?.maxWaitMs ?? DEFAULT_RETRY_POLICY.maxWaitMs,
      timeoutMs: options.timeoutMs ?? DEFAULT_RETRY_POLICY.timeoutMs,
    },
  });
  const directory = createUserDirectory(client, options.team);
  return {
    incidents: createPagerDutyIncidentSource({
      client,
      directory,
      fromEmail: options.fromEmail,
      now: options.now ?? (() => new Date()),
    }),
    schedules: createPagerDutyScheduleSource(client, directory),
    scheduleWrites: createPagerDutyScheduleWrites(client, directory),
    close: () => client.close(),
  };
}
