// The loopback fakes as the server's upstreams, with what hardening tests need on top: when each request
// arrived, and the server configuration (env) that points at them.
import { type FakeGitHub, startFakeGitHub } from "../../../tools/fake-github/server.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../../tools/fake-pagerduty/server.js";

export const PAGERDUTY_TOKEN = "pdHardeningToken7QzX3vK9";
export const GITHUB_TOKEN = "ghp_hardeningTokenAbCdEf0123456789GhIjKlMn";
export const RUNBOOK_OWNER = "acme";
export const RUNBOOK_REPO = "runbooks";

export interface TimedRequests {
  /** performance.now() of each request, in the order the fake recorded them. */
  arrivals: number[];
}

/** Wraps the fake's request log so every request also records when it arrived. */
export function timeArrivals(requests: unknown[]): TimedRequests {
  const arrivals: number[] = [];
  const push = requests.push.bind(requests);
  requests.push = (...items: unknown[]) => {
    for (const _ of items) arrivals.push(performance.now());
    return push(...items);
  };
  return { arrivals };
}

export interface PagerDutyUnderTest extends FakePagerDuty, TimedRequests {
  /** The email of a user of the account, for PAGERDUTY_FROM_EMAIL. */
  fromEmail: string;
}

export async function startPagerDuty(workspaceDir: string): Promise<PagerDutyUnderTest> {
  const fake = await startFakePagerDuty({ workspaceDir, token: PAGERDUTY_TOKEN });
  const fromEmail = fake.state.users.map((user) => user["email"]).find((email) => typeof email === "string");
  if (typeof fromEmail !== "string") throw new Error(`No user of ${workspaceDir} has an email.`);
  return Object.assign(fake, timeArrivals(fake.requests), { fromEmail });
}

/** A GitHub repository holding the workspace's runbooks under runbooks/. */
export async function startGitHub(runbooks: Record<string, string>): Promise<FakeGitHub & TimedRequests> {
  const files = Object.fromEntries(
    Object.entries(runbooks).map(([path, text]) => [`runbooks/${path}`, text]),
  );
  const fake = await startFakeGitHub({
    owner: RUNBOOK_OWNER,
    repo: RUNBOOK_REPO,
    files: { "README.md": "# Runbooks\n", ...files },
    token: GITHUB_TOKEN,
  });
  return Object.assign(fake, timeArrivals(fake.requests));
}

/** `url` is the fake's, or a proxy's in front of it. */
export function pagerDutyEnv(fake: { url: string; fromEmail: string }): Record<string, string> {
  return {
    PAGERDUTY_API_TOKEN: PAGERDUTY_TOKEN,
    PAGERDUTY_API_URL: fake.url,
    PAGERDUTY_FROM_EMAIL: fake.fromEmail,
  };
}

export function gitHubEnv(fake: { url: string }): Record<string, string> {
  return {
    GITHUB_TOKEN,
    RUNBOOK_REPO: `${RUNBOOK_OWNER}/${RUNBOOK_REPO}`,
    GITHUB_API_URL: fake.url,
  };
}
