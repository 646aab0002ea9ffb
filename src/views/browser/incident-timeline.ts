/// <reference lib="dom" />
// One incident on a time axis: the alert storm as a band, each timeline line a marker in its lane (shape and colour
// by kind), notes with the fix highlighted, TTA and TTR as brackets from the trigger; then the same events as a list.
import type { IncidentViewContext } from "../view-context.js";
import { VIEW_META_KEY } from "../views.js";
import { el, hours, localTime, percentOf, startView } from "./view-app.js";

interface Person {
  id: string;
  name: string;
}

interface IncidentSummary {
  incident: {
    number: number | null;
    title: string;
    status: string;
    priority: string | null;
    service: Person;
  };
  createdAt: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  timeToAcknowledgeSeconds: number | null;
  timeToResolveSeconds: number | null;
  durationSeconds: number;
  alerts: { total: number; distinctKeys: number; firstAt: string | null; lastAt: string | null };
  notes: { at: string; author: Person | null; content: string }[] | null;
  timeline: { at: string; kind: string; summary: string; actor: Person | null; count: number }[];
  timelineOmitted: number;
}

const LANES: { name: string; kinds: string[] }[] = [
  { name: "Alerts", kinds: ["trigger"] },
  {
    name: "People",
    kinds: ["acknowledge", "unacknowledge", "notify", "escalate", "assign", "snooze", "priority", "urgency"],
  },
  { name: "Notes", kinds: ["annotate"] },
  { name: "Resolve", kinds: ["resolve"] },
];

startView("incident-timeline", (result, host) => {
  const summary = result.structuredContent as unknown as IncidentSummary;
  const context = (result._meta?.[VIEW_META_KEY] ?? {}) as Partial<IncidentViewContext>;
  const zone = host.app.getHostContext()?.timeZone ?? "UTC";
  const notes = summary.notes ?? [];
  const instants = [
    summary.createdAt,
    summary.resolvedAt,
    summary.alerts.firstAt,
    summary.alerts.lastAt,
    ...summary.timeline.map((item) => item.at),
    ...notes.map((note) => note.at),
  ]
    .filter((at): at is string => at !== null)
    .map((at) => new Date(at).getTime());
  const first = Math.min(...instants);
  const last = Math.max(...instants, first + 60_000);
  // A little room either side, so the first and last markers are not cut in half.
  const from = first - (last - first) * 0.03;
  const to = last + (last - first) * 0.03;
  const at = (iso: string) => percentOf(iso, from, to);

  const { incident } = summary;
  host.root.append(
    el("h1", {}, `${incident.number === null ? "" : `#${incident.number} `}${incident.title}`),
    el(
      "p",
      { class: "summary" },
      `${incident.service.name} · ${incident.priority ?? "no priority"} · ${incident.status} · times in ${zone}`,
    ),
    el(
      "dl",
      { class: "figures" },
      figure("TTA", hours(summary.timeToAcknowledgeSeconds)),
      figure(
        "TTR",
        summary.resolvedAt
          ? hours(summary.timeToResolveSeconds)
          : `open for ${hours(summary.durationSeconds)}`,
      ),
      figure("Alerts", `${summary.alerts.total} (${summary.alerts.distinctKeys} keys)`),
    ),
  );

  const chart = el("div", {
    class: "timeline",
    "data-from": new Date(from).toISOString(),
    "data-to": new Date(to).toISOString(),
  });
  const bracket = (label: string, end: string | null, seconds: number | null, kind: string) => {
    if (!end) return;
    const band = el(
      "div",
      { class: `bracket ${kind}`, "data-at": end },
      el("span", { class: "bracket-label" }, `${label} ${hours(seconds)}`),
    );
    band.style.left = at(summary.createdAt);
    band.style.width = `${Number.parseFloat(at(end)) - Number.parseFloat(at(summary.createdAt))}%`;
    chart.append(
      el("div", { class: "row" }, el("div", { class: "who" }, label), el("div", { class: "track" }, band)),
    );
  };
  bracket("TTA", summary.acknowledgedAt, summary.timeToAcknowledgeSeconds, "tta");
  bracket("TTR", summary.resolvedAt, summary.timeToResolveSeconds, "ttr");

  for (const lane of LANES) {
    const track = el("div", { class: "track" });
    if (
      lane.name === "Alerts" &&
      summary.alerts.firstAt &&
      summary.alerts.lastAt &&
      summary.alerts.total > 1
    ) {
      const storm = el("div", {
        class: "storm",
        title: `${summary.alerts.total} alerts from ${localTime(summary.alerts.firstAt, zone)} to ${localTime(summary.alerts.lastAt, zone)}`,
      });
      storm.style.left = at(summary.alerts.firstAt);
      storm.style.width = `${Math.max(0.5, Number.parseFloat(at(summary.alerts.lastAt)) - Number.parseFloat(at(summary.alerts.firstAt)))}%`;
      track.append(storm);
    }
    const items =
      lane.name === "Notes"
        ? notes.map((note, index) => ({
            at: note.at,
            kind: index === context.fixNote ? "fix" : "annotate",
            summary: note.content,
            count: 1,
          }))
        : summary.timeline.filter(
            (item) =>
              lane.kinds.includes(item.kind) ||
              (lane.name === "People" && !LANES.some((other) => other.kinds.includes(item.kind))),
          );
    for (const item of items) {
      const fixed = item.kind === "resolve" && context.fixInResolve;
      const marker = el("span", {
        class: `marker ${item.kind}${fixed ? " fixed" : ""}`,
        "data-kind": item.kind,
        "data-at": item.at,
        title: `${localTime(item.at, zone)}: ${item.summary}${item.count > 1 ? ` (${item.count} entries)` : ""}`,
      });
      marker.style.left = at(item.at);
      track.append(marker);
    }
    chart.append(el("div", { class: "row" }, el("div", { class: "who" }, lane.name), track));
  }
  host.root.append(
    chart,
    el(
      "p",
      { class: "legend" },
      ...[
        ["trigger", "alert"],
        ["notify", "notified"],
        ["acknowledge", "acknowledged"],
        ["escalate", "escalated"],
        ["assign", "reassigned"],
        ["annotate", "note"],
        ["fix", "the fix"],
        ["resolve", "resolved"],
      ].flatMap(([kind, label]) => [el("span", { class: `marker key ${kind}` }), ` ${label} `]),
    ),
  );

  const events = [
    ...summary.timeline
      .filter((item) => item.kind !== "annotate")
      .map((item) => ({
        at: item.at,
        kind: item.kind === "resolve" && context.fixInResolve ? "fix resolve" : item.kind,
        text: item.summary + (item.count > 1 ? ` (×${item.count})` : ""),
      })),
    ...notes.map((note, index) => ({
      at: note.at,
      kind: index === context.fixNote ? "fix" : "annotate",
      text: `${note.author?.name ?? "Someone"}: ${note.content}`,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  host.root.append(
    el(
      "ol",
      { class: "events" },
      ...events.map((event) =>
        el(
          "li",
          { class: event.kind, "data-kind": event.kind },
          el("span", {
            class: `marker key ${event.kind.replace("fix resolve", "resolve")}`,
            "aria-hidden": "true",
          }),
          el("time", { datetime: event.at }, localTime(event.at, zone, false)),
          event.kind.startsWith("fix") ? el("strong", { class: "badge" }, "Fix") : null,
          el("span", { class: "text" }, event.text),
        ),
      ),
      summary.timelineOmitted > 0
        ? el("li", { class: "omitted" }, `${summary.timelineOmitted} quieter lines left out`)
        : null,
    ),
  );
});

function figure(name: string, value: string): HTMLElement {
  return el("div", {}, el("dt", {}, name), el("dd", {}, value));
}
