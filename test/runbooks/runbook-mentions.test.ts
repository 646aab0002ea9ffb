import { describe, expect, it } from "vitest";
import {
  collectMentions,
  mentionsBlock,
  mentionsCommand,
  mentionsPhrase,
} from "../../src/runbooks/draft/runbook-mentions.js";

const mentions = collectMentions([
  "## Diagnosis",
  "1. Look: `kubectl -n <ns> logs <pod> --previous` and `redis-cli info`",
  "   ```sh",
  "   $ kubectl get events --sort-by=.lastTimestamp",
  "   ```",
  "> - [ ] psql -c 'select 1'",
  "Error rate above 5% on **checkout**",
]);

describe("runbook mentions", () => {
  it("finds commands in code spans, fences, quotes and task lists, by normalised form", () => {
    expect(mentionsCommand(mentions, "redis-cli INFO")).toBe(true);
    expect(mentionsCommand(mentions, "kubectl get events  --sort-by=.lastTimestamp")).toBe(true);
    expect(mentionsCommand(mentions, 'psql -c "select 1"')).toBe(true);
    expect(mentionsCommand(mentions, "kubectl -n pay logs api-1 --previous")).toBe(true);
    expect(mentionsCommand(mentions, "kubectl -n pay logs api-1")).toBe(false);
  });

  it("covers a block only when every command in it is covered, comments aside", () => {
    expect(mentionsBlock(mentions, ["# first", "redis-cli info", "", "psql -c 'select 1'"])).toBe(true);
    expect(mentionsBlock(mentions, ["redis-cli info", "redis-cli flushall"])).toBe(false);
  });

  it("compares phrases as words, numbers and emphasis aside", () => {
    expect(mentionsPhrase(mentions, "error rate above 12% on checkout")).toBe(true);
    expect(mentionsPhrase(mentions, "latency above 2s on checkout")).toBe(false);
  });
});
