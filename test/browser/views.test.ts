// The MCP Apps views in a real browser: headless Chromium (Debian's chromium, driven by playwright-core) loads each
// ui:// document the built server serves into a sandboxed iframe of a host page built from the extension's AppBridge,
// feeds it a real answer of the demo server, and checks what is drawn; the record button's tools/call goes through
// the host to the server. Screenshots land in test-artifacts/views/ (and in docs/views/ with UPDATE_VIEW_PICTURES=1).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RESOURCE_MIME_TYPE } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { build } from "esbuild";
import { type Browser, chromium, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rotationFileBase } from "../../src/sources/workspace/shadow-rotation-files.js";
import { connectStdio } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE, REPO_ROOT } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

const CHROMIUM = findChromium();
const ARTIFACTS = join(REPO_ROOT, "test-artifacts/views");
const PICTURES = join(REPO_ROOT, "docs/views");
const LAYOUTS = [
  { width: 1200, theme: "light" },
  { width: 400, theme: "dark" },
  { width: 400, theme: "light" },
  { width: 1200, theme: "dark" },
] as const;
type Layout = (typeof LAYOUTS)[number];

function findChromium(): string | null {
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
    } catch {}
  }
  return null;
}

if (!CHROMIUM)
  console.warn(
    "test/browser: no chromium on PATH, so the views are not tested in a browser (apt-get install chromium).",
  );

// Each test starts a page and calls the server; on a busy 2-core machine that can take 15 s.
describe.skipIf(!CHROMIUM)("MCP Apps views in headless Chromium", { timeout: 90_000 }, () => {
  let server: Awaited<ReturnType<typeof connectStdio>>;
  let workspace: TempWorkspace;
  let browser: Browser;
  let hostScript: string;
  let tools: Tool[];

  beforeAll(async () => {
    workspace = copyWorkspace(DEMO_WORKSPACE);
    server = await connectStdio({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
    tools = (await server.client.listTools()).tools;
    const bundled = await build({
      entryPoints: [join(REPO_ROOT, "test/browser/host-page.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      write: false,
      logLevel: "warning",
    });
    hostScript = bundled.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ["--no-sandbox"] });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    workspace?.remove();
  });

  /** The view of a tool's answer, as a host page shows it; `requests` lists every request the page made. */
  async function showView(toolName: string, args: Record<string, unknown>, layout: Layout) {
    const ui = tools.find((tool) => tool.name === toolName)?._meta?.ui as
      | { resourceUri?: string }
      | undefined;
    const uri = ui?.resourceUri ?? `(${toolName} names no view)`;
    const read = await server.client.readResource({ uri });
    expect(read.contents[0]).toMatchObject({ uri, mimeType: RESOURCE_MIME_TYPE });
    const html = (read.contents[0] as { text: string }).text;
    const result = await server.call(toolName, args);
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();

    const page = await browser.newPage({ viewport: { width: layout.width, height: 800 } });
    page.setDefaultTimeout(8_000);
    const requests: string[] = [];
    page.on("request", (request) => {
      if (!/^(about|data):/.test(request.url())) requests.push(request.url());
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.exposeFunction(
      "hostCallTool",
      (params: { name: string; arguments?: Record<string, unknown> }) => server.client.callTool(params),
    );
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><script>${hostScript}</script></body></html>`,
    );
    await page.evaluate((options) => window.showView(options), {
      html,
      toolName,
      toolArguments: args,
      result: result as CallToolResult,
      theme: layout.theme,
    });
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    await frame
      .locator("#view h1")
      .waitFor({ timeout: 10_000 })
      .catch(() => expect(errors, `${toolName}'s view drew nothing`).toEqual([]));
    await fitFrame(page, frame);
    expect(errors).toEqual([]);
    return { page, frame, result, requests };
  }

  /** Waits until the host has grown the iframe to the view's height (the view reports it through the protocol). */
  async function fitFrame(page: Page, frame: Frame) {
    const height = await frame.evaluate(() => document.documentElement.scrollHeight);
    await page.waitForFunction(
      (wanted) => (document.querySelector("iframe")?.getBoundingClientRect().height ?? 0) >= wanted - 1,
      height,
    );
  }

  async function checkLayout(view: string, shown: Awaited<ReturnType<typeof showView>>, layout: Layout) {
    const { page, frame, requests } = shown;
    const overflow = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      theme: document.documentElement.getAttribute("data-theme"),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(overflow.scroll, `${view} at ${layout.width} px is wider than the frame`).toBeLessThanOrEqual(
      overflow.client,
    );
    expect(overflow.theme).toBe(layout.theme);
    expect(overflow.background).toBe(layout.theme === "dark" ? "rgb(27, 27, 31)" : "rgb(255, 255, 255)");
    expect(requests, "the view fetched something").toEqual([]);
    // The page grows to the view first: a full-page capture that resizes it can catch the iframe (a renderer of its
    // own) before it repaints. Then two frames, so it has painted.
    const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await page.setViewportSize({ width: layout.width, height });
    await frame.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const file = `${view}-${layout.width}-${layout.theme}.png`;
    const picture = await page.screenshot({ path: join(ARTIFACTS, file) });
    // A blank page of this size compresses to about 3 KB; a drawn view to 40 KB or more.
    expect(picture.length, `${file} is blank`).toBeGreaterThan(20_000);
    if (process.env.UPDATE_VIEW_PICTURES === "1" && (layout.width === 1200) === (layout.theme === "light")) {
      mkdirSync(PICTURES, { recursive: true });
      copyFileSync(join(ARTIFACTS, file), join(PICTURES, file));
    }
    await page.close();
  }

  it("draws the shadow rotation: a row per mentee, a bar per pairing, reasons on selection, and records through the host", async () => {
    const shown = await showView("suggest_shadow_pairings", {}, LAYOUTS[0]);
    const { frame, page } = shown;
    const plan = shown.result.structuredContent as {
      window: { from: string; to: string };
      pairings: { mentee: string; reasons: string[] }[];
      unmatched: { mentee: string }[];
    };
    const mentees = new Set([...plan.pairings, ...plan.unmatched].map((entry) => entry.mentee));
    expect(await frame.locator(".row[data-mentee]").count()).toBe(mentees.size);
    expect(await frame.locator("button.shift").count()).toBe(plan.pairings.length);
    for (const [index, pairing] of plan.pairings.entries()) {
      const bar = frame.locator(
        `.row[data-mentee="${pairing.mentee}"] button.shift[data-pairing="${index}"]`,
      );
      expect(await bar.count(), `pairing ${index} is in ${pairing.mentee}'s row`).toBe(1);
    }
    // Working hours are shaded in each mentee's row.
    for (const mentee of mentees)
      expect(await frame.locator(`.row[data-mentee="${mentee}"] .work`).count()).toBeGreaterThan(0);

    const last = plan.pairings.length - 1;
    await frame.locator(`button.shift[data-pairing="${last}"]`).click();
    for (const reason of plan.pairings[last]!.reasons)
      await frame.getByText(reason, { exact: true }).waitFor();
    expect(await frame.locator(`button.shift[data-pairing="${last}"]`).getAttribute("aria-pressed")).toBe(
      "true",
    );

    const base = rotationFileBase({ start: plan.window.from, end: plan.window.to });
    const recorded = join(workspace.dir, "shadow-rotations", `${base}.yaml`);
    expect(existsSync(recorded)).toBe(false);
    await frame.getByRole("button", { name: "Record this rotation" }).click();
    await frame.locator(".status.done").waitFor();
    expect(await frame.locator(".status.done").textContent()).toContain(
      `Recorded ${plan.pairings.length} pairings in the workspace`,
    );
    const calls = await page.evaluate(() => window.toolCalls);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: "record_shadow_rotation", arguments: { window: plan.window } });
    expect((calls[0]!.arguments as { pairings: unknown[] }).pairings).toHaveLength(plan.pairings.length);
    expect(existsSync(recorded)).toBe(true);
    expect(readFileSync(recorded, "utf8")).toContain(plan.pairings[0]!.mentee);
    await checkLayout("shadow-rotation", shown, LAYOUTS[0]);
  });

  it("draws the incident on a time axis: the resolve marker at the resolve time, TTA and TTR marked", async () => {
    const shown = await showView("summarize_incident", { incidentId: "1228" }, LAYOUTS[0]);
    const { frame } = shown;
    const summary = shown.result.structuredContent as {
      resolvedAt: string;
      acknowledgedAt: string;
      timeline: { kind: string }[];
    };
    const axis = frame.locator(".timeline");
    const from = new Date((await axis.getAttribute("data-from"))!).getTime();
    const to = new Date((await axis.getAttribute("data-to"))!).getTime();
    const resolve = frame.locator(`.marker[data-kind="resolve"][data-at="${summary.resolvedAt}"]`);
    expect(await resolve.count()).toBe(1);
    const track = await resolve.locator("xpath=..").boundingBox();
    const marker = await resolve.boundingBox();
    const expected =
      track!.x + (track!.width * (new Date(summary.resolvedAt).getTime() - from)) / (to - from);
    expect(Math.abs(marker!.x + marker!.width / 2 - expected)).toBeLessThan(1.5);
    expect(await frame.locator(".bracket.tta").getAttribute("data-at")).toBe(summary.acknowledgedAt);
    expect(await frame.locator(".bracket.ttr").getAttribute("data-at")).toBe(summary.resolvedAt);
    for (const kind of ["escalate", "acknowledge", "trigger"])
      expect(await frame.locator(`.track .marker[data-kind="${kind}"]`).count()).toBe(
        summary.timeline.filter((item) => item.kind === kind).length,
      );
    // This incident's fix is in the resolve message: the resolve line carries the Fix badge.
    expect(await frame.locator(".events li.fix.resolve .badge").textContent()).toBe("Fix");
    await checkLayout("incident-timeline", shown, LAYOUTS[0]);
  });

  it("draws the on-call load: a card per person, the flagged ones outlined with their reasons", async () => {
    const args = { thresholds: { streakDays: 6 } };
    const shown = await showView("oncall_load", args, LAYOUTS[0]);
    const { frame } = shown;
    const load = shown.result.structuredContent as {
      engineers: { engineer: { id: string } }[];
      team: { flags: { engineer: string; reason: string }[] };
    };
    const flagged = new Set(load.team.flags.map((flag) => flag.engineer));
    expect(flagged.size).toBeGreaterThan(0);
    expect(flagged.size).toBeLessThan(load.engineers.length);
    expect(await frame.locator("li.person").count()).toBe(load.engineers.length);
    for (const { engineer } of load.engineers) {
      const card = frame.locator(`li.person[data-engineer="${engineer.id}"]`);
      expect(await card.getAttribute("class"), engineer.id).toBe(
        flagged.has(engineer.id) ? "person flagged" : "person",
      );
      expect(await card.locator(".badge").count()).toBe(flagged.has(engineer.id) ? 1 : 0);
    }
    for (const flag of load.team.flags)
      await frame
        .locator(`li.person[data-engineer="${flag.engineer}"] .flag-reason`, { hasText: flag.reason })
        .waitFor();
    const outline = await frame
      .locator("li.person.flagged")
      .first()
      .evaluate((node) => getComputedStyle(node).borderTopWidth);
    expect(outline).toBe("3px");
    await checkLayout("oncall-load", shown, LAYOUTS[0]);
  });

  const OTHER_LAYOUTS = LAYOUTS.slice(1).map(
    (layout) => [`${layout.width} px ${layout.theme}`, layout] as const,
  );
  describe.each([
    ["shadow-rotation", "suggest_shadow_pairings", {}],
    ["incident-timeline", "summarize_incident", { incidentId: "1228" }],
    ["oncall-load", "oncall_load", { thresholds: { streakDays: 6 } }],
  ] as const)("%s", (view, tool, args) => {
    it.each(OTHER_LAYOUTS)("fits %s without a request", async (_name, layout) => {
      await checkLayout(view, await showView(tool, args, layout), layout);
    });
  });
});
