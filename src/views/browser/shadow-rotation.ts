/// <reference lib="dom" />
// The shadow rotation as a calendar: one row per mentee over the window, their working hours shaded, each pairing a
// bar labelled in the mentee's own hours; a pairing's reasons on selection; unmatched mentees with their fix; and a
// button that records the rotation through the host when writes are enabled.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { PlanOutput } from "../../shadowing/index.js";
import type { RotationViewContext } from "../view-context.js";
import { VIEW_META_KEY } from "../views.js";
import { el, localSpan, percentOf, startView, type ViewHost } from "./view-app.js";

const DAY = 86_400_000;

startView("shadow-rotation", (result, host) => {
  const plan = result.structuredContent as unknown as PlanOutput;
  const context = (result._meta?.[VIEW_META_KEY] ?? {}) as Partial<RotationViewContext>;
  const people = context.people ?? {};
  const nameOf = (id: string) => people[id]?.name ?? id;
  const zoneOf = (id: string) => people[id]?.timeZone ?? "UTC";
  const from = new Date(plan.window.from).getTime();
  const to = new Date(plan.window.to).getTime();

  const { stats } = plan;
  const proved = stats.optimal.menteesMatched && stats.optimal.pairings && stats.optimal.score;
  host.root.append(
    el("h1", {}, `Shadow rotation ${plan.window.from.slice(0, 10)} to ${plan.window.to.slice(0, 10)}`),
    el(
      "p",
      { class: "summary" },
      `${stats.menteesMatched} of ${stats.mentees} mentees matched, ${stats.pairings} pairings from ${stats.shiftsConsidered} shifts${proved ? "; proved optimal" : ""}.`,
    ),
  );

  const details = el(
    "section",
    { class: "details", "aria-live": "polite" },
    el("p", { class: "hint" }, "Select a shift to see why it was chosen."),
  );
  const bars: HTMLElement[] = [];
  const select = (index: number) => {
    for (const [i, bar] of bars.entries()) bar?.setAttribute("aria-pressed", String(i === index));
    const pairing = plan.pairings[index]!;
    const zone = zoneOf(pairing.mentee);
    details.replaceChildren(
      el("h2", {}, `${nameOf(pairing.mentee)} shadows ${nameOf(pairing.mentor)}`),
      el(
        "p",
        {},
        `${context.schedules?.[pairing.schedule] ?? pairing.schedule}: ${localSpan(pairing.start, pairing.end, zone)} ${nameOf(pairing.mentee)}'s time (${zone}); ${pairing.overlapHours} h in working hours; score ${pairing.score}.`,
      ),
      el("ul", {}, ...pairing.reasons.map((reason) => el("li", {}, reason))),
    );
  };

  const mentees = [...new Set([...plan.pairings, ...plan.unmatched].map((entry) => entry.mentee))];
  const calendar = el("div", { class: "calendar", role: "list" });
  calendar.append(axis(from, to));
  for (const mentee of mentees) {
    const track = el("div", { class: "track" });
    for (const [start, end] of context.workingHours?.[mentee] ?? [])
      track.append(span("work", start, end, from, to));
    plan.pairings.forEach((pairing, index) => {
      if (pairing.mentee !== mentee) return;
      const bar = span("shift", pairing.start, pairing.end, from, to, "button");
      bar.setAttribute("aria-pressed", "false");
      bar.setAttribute("data-pairing", String(index));
      bar.title = `${nameOf(pairing.mentor)}, ${localSpan(pairing.start, pairing.end, zoneOf(mentee))}`;
      bar.addEventListener("click", () => select(index));
      bars[index] = bar;
      track.append(bar);
    });
    const shifts = plan.pairings.filter((pairing) => pairing.mentee === mentee);
    calendar.append(
      el(
        "div",
        { class: "row", role: "listitem", "data-mentee": mentee },
        el(
          "div",
          { class: "who" },
          el("strong", {}, nameOf(mentee)),
          el("span", { class: "zone" }, zoneOf(mentee)),
        ),
        track,
        el(
          "ol",
          { class: "shifts" },
          ...shifts.map((pairing) =>
            el(
              "li",
              {},
              `${localSpan(pairing.start, pairing.end, zoneOf(mentee))} with ${nameOf(pairing.mentor)}`,
            ),
          ),
          shifts.length === 0 ? el("li", { class: "none" }, "no shift") : null,
        ),
      ),
    );
  }
  host.root.append(
    calendar,
    el(
      "p",
      { class: "legend" },
      el("span", { class: "key work" }),
      " working hours ",
      el("span", { class: "key shift" }),
      " shadow shift",
    ),
    details,
  );

  if (plan.unmatched.length > 0) {
    host.root.append(
      el("h2", {}, "Not matched"),
      el(
        "ul",
        { class: "unmatched" },
        ...plan.unmatched.map((entry) =>
          el(
            "li",
            {},
            el("strong", {}, nameOf(entry.mentee)),
            `: ${entry.reason} `,
            el("em", {}, `Fix: ${entry.fix}`),
          ),
        ),
      ),
    );
  }
  if (context.canRecord && plan.pairings.length > 0) host.root.append(recordButton(plan, host));
});

function axis(from: number, to: number): HTMLElement {
  const ticks = el("div", { class: "track axis", "aria-hidden": "true" });
  for (let day = Math.ceil(from / DAY) * DAY; day < to; day += DAY) {
    const at = new Date(day);
    const tick = el("span", { class: at.getUTCDay() === 1 ? "tick week" : "tick" });
    tick.style.left = percentOf(at.toISOString(), from, to);
    // A week's label needs room to its right: the last few days get the line without it.
    if (at.getUTCDay() === 1 && (day - from) / (to - from) < 0.88)
      tick.textContent = `${at.getUTCDate()} ${at.toLocaleString("en-GB", { month: "short", timeZone: "UTC" })}`;
    ticks.append(tick);
  }
  return el("div", { class: "row axis-row" }, el("div", { class: "who" }, "UTC"), ticks);
}

function span(kind: string, start: string, end: string, from: number, to: number, tag = "span"): HTMLElement {
  const node = el(tag, { class: kind });
  const left = Number.parseFloat(percentOf(start, from, to));
  node.style.left = `${left}%`;
  node.style.width = `${Number.parseFloat(percentOf(end, from, to)) - left}%`;
  return node;
}

interface RecordAnswer {
  mode: "workspace" | "pagerduty";
  pairings: number;
  created: string[];
  existing: string[];
  /** Reverse shadows in PagerDuty: who is paged first now, one sentence each. */
  pagedFirst?: string[];
}

function recordButton(plan: PlanOutput, host: ViewHost): HTMLElement {
  const status = el("div", { class: "status", role: "status" });
  const button = el(
    "button",
    { class: "record", type: "button" },
    "Record this rotation",
  ) as HTMLButtonElement;
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = "Recording…";
    const pairings = plan.pairings.map(({ mentee, mentor, schedule, start, end }) => ({
      mentee,
      mentor,
      schedule,
      start,
      end,
    }));
    try {
      const answer = (await host.app.callServerTool({
        name: "record_shadow_rotation",
        arguments: { window: plan.window, pairings },
      })) as CallToolResult;
      const recorded = answer.structuredContent as RecordAnswer | undefined;
      if (answer.isError || !recorded) {
        const text = answer.content.find((part) => part.type === "text");
        status.replaceChildren(
          text && "text" in text ? text.text : "The server did not record the rotation.",
        );
        status.className = "status problem";
        button.disabled = false;
        return;
      }
      const where = recorded.mode === "pagerduty" ? "PagerDuty" : "the workspace";
      status.replaceChildren(
        `Recorded ${recorded.pairings} pairings in ${where}: ${recorded.created.length} created, ${recorded.existing.length} already there.`,
        ...(recorded.pagedFirst ?? []).map((sentence) => el("p", {}, sentence)),
        el("ul", {}, ...recorded.created.map((item) => el("li", {}, item))),
      );
      status.className = "status done";
    } catch (error) {
      status.textContent = `The host could not record: ${error instanceof Error ? error.message : String(error)}`;
      status.className = "status problem";
      button.disabled = false;
    }
  });
  return el("section", { class: "recording" }, button, status);
}
