/// <reference lib="dom" />
// Who carries the pager: per person, in their own zone, hours on call and pages (all, after hours, in sleep hours)
// as bars on shared scales with their numbers; flagged people outlined and badged with the reason; the fairness figures.
import { el, startView } from "./view-app.js";

interface EngineerLoad {
  engineer: { id: string; name: string; timeZone: string };
  hoursOnCall: number;
  pages: number;
  afterHoursPages: number;
  sleepHourPages: number;
  longestOnCallStreakDays: number;
  weekendHoursOnCall: number;
}

interface LoadAnswer {
  since: string;
  until: string;
  engineers: EngineerLoad[];
  team: {
    fairness: { afterHoursPagesGini: number; hoursOnCallGini: number };
    flags: { engineer: string; reason: string }[];
  };
}

startView("oncall-load", (result, host) => {
  const load = result.structuredContent as unknown as LoadAnswer;
  const maxHours = Math.max(1, ...load.engineers.map((entry) => entry.hoursOnCall));
  const maxPages = Math.max(1, ...load.engineers.map((entry) => entry.pages));
  const { fairness } = load.team;
  host.root.append(
    el("h1", {}, `On-call load ${load.since.slice(0, 10)} to ${load.until.slice(0, 10)}`),
    el(
      "p",
      { class: "summary" },
      `Fairness (Gini, 0 = even, 1 = one person carries all): after-hours pages ${fairness.afterHoursPagesGini}, hours on call ${fairness.hoursOnCallGini}.`,
    ),
    el(
      "p",
      { class: "legend" },
      el("span", { class: "key hours" }),
      " hours on call ",
      el("span", { class: "key pages" }),
      " pages ",
      el("span", { class: "key after" }),
      " after hours ",
      el("span", { class: "key sleep" }),
      " in sleep hours",
    ),
  );
  const list = el("ol", { class: "load" });
  for (const entry of load.engineers) {
    const flags = load.team.flags.filter((flag) => flag.engineer === entry.engineer.id);
    const bar = (kind: string, value: number, max: number, label: string) =>
      el(
        "div",
        { class: "measure" },
        el("span", { class: "label" }, label),
        el("span", { class: "bar-track" }, barOf(kind, value, max)),
        el("span", { class: "value" }, String(value)),
      );
    list.append(
      el(
        "li",
        { class: flags.length > 0 ? "person flagged" : "person", "data-engineer": entry.engineer.id },
        el(
          "div",
          { class: "who" },
          el("strong", {}, entry.engineer.name),
          el("span", { class: "zone" }, entry.engineer.timeZone),
          flags.length > 0 ? el("span", { class: "badge" }, "⚑ flagged") : null,
        ),
        bar("hours", entry.hoursOnCall, maxHours, "hours on call"),
        bar("pages", entry.pages, maxPages, "pages"),
        bar("after", entry.afterHoursPages, maxPages, "after hours"),
        bar("sleep", entry.sleepHourPages, maxPages, "sleep hours"),
        el(
          "p",
          { class: "extra" },
          `longest streak ${entry.longestOnCallStreakDays} days · ${entry.weekendHoursOnCall} h at weekends`,
        ),
        ...flags.map((flag) => el("p", { class: "flag-reason" }, `⚑ ${flag.reason}`)),
      ),
    );
  }
  host.root.append(list);
});

function barOf(kind: string, value: number, max: number): HTMLElement {
  const node = el("span", { class: `bar ${kind}` });
  node.style.width = `${((value / max) * 100).toFixed(2)}%`;
  return node;
}
