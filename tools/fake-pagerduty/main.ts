// `npm run fake:pagerduty [-- --workspace DIR] [--port N]`: serves a workspace as a PagerDuty account on loopback.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../fakes/openapi-validator.js";
import { startFakePagerDuty } from "./server.js";

const { values } = parseArgs({
  options: {
    workspace: { type: "string", default: path.join(repoRoot, "examples/workspace") },
    port: { type: "string", default: "0" },
    token: { type: "string", default: "fake-token" },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a whole number from 0 to 65535 (got ${values.port}).`);
  process.exit(2);
}

const workspaceDir = path.resolve(values.workspace);
if (!existsSync(path.join(workspaceDir, "team.yaml"))) {
  console.error(`No workspace at ${workspaceDir} (it has no team.yaml): pass --workspace DIR.`);
  process.exit(2);
}

try {
  const fake = await startFakePagerDuty({
    workspaceDir,
    port,
    token: values.token,
  });
  const writer = fake.state.users.find((user) => !String(user["email"]).endsWith(".invalid"));
  // One write, so that a reader sees the whole block at once.
  const lines = [
    `Fake PagerDuty serving ${workspaceDir} (${fake.state.incidents.size} incidents) at ${fake.url}`,
    fake.validating
      ? "Answers are checked against pagerduty-openapiv3.json."
      : "Specs absent: answers are not validated.",
    "",
    "Point the server at it:",
    "",
    `  export PAGERDUTY_API_URL=${fake.url}`,
    `  export PAGERDUTY_API_TOKEN=${fake.token}`,
    ...(writer ? [`  export PAGERDUTY_FROM_EMAIL=${String(writer["email"])}   # for writes (notes)`] : []),
    "",
    "Ctrl-C stops it.",
  ];
  console.log(lines.join("\n"));
  const stop = () => {
    if (fake.violations.length > 0) console.error(`Spec violations seen:\n${fake.violations.join("\n")}`);
    fake.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  console.error(`The fake PagerDuty could not start: ${(error as Error).message}`);
  process.exit(1);
}
