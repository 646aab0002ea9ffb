/// <reference lib="dom" />
// The page side of a view: connects to the host over postMessage (the extension's App), follows the host's theme,
// and hands each tool result to the view's draw function. Draws a sentence instead when the result is an error.
import {
  App,
  applyDocumentTheme,
  applyHostStyleVariables,
  PostMessageTransport,
} from "@modelcontextprotocol/ext-apps";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export interface ViewHost {
  app: App;
  root: HTMLElement;
}

export type DrawView = (result: CallToolResult, host: ViewHost) => void;

export function startView(name: string, draw: DrawView): void {
  const root = document.getElementById("view")!;
  const app = new App({ name, version: "1.0.0" }, {});
  const applyContext = (context: ReturnType<App["getHostContext"]>) => {
    if (context?.theme) applyDocumentTheme(context.theme);
    if (context?.styles?.variables) applyHostStyleVariables(context.styles.variables);
  };
  app.onhostcontextchanged = applyContext;
  app.ontoolresult = (result) => {
    root.replaceChildren();
    if (result.isError || !result.structuredContent) {
      const text = (result.content as CallToolResult["content"] | undefined)?.find(
        (part) => part.type === "text",
      );
      root.append(el("p", { class: "problem" }, text && "text" in text ? text.text : "No answer to draw."));
      return;
    }
    draw(result as CallToolResult, { app, root });
  };
  void app.connect(new PostMessageTransport(window.parent, window.parent)).then(() => {
    applyContext(app.getHostContext());
  });
}

type Child = Node | string | null | undefined | false;

/** document.createElement with attributes and children; text children are set as text, never as HTML. */
export function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** "Thu 27 Nov, 02:00" in a zone; the locale is fixed so pictures and tests agree. */
export function localTime(iso: string, timeZone: string, withDate = true): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    ...(withDate ? { weekday: "short", day: "numeric", month: "short" } : {}),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

/** "Fri 18 Dec, 09:00 to 17:00", or with both dates when the span crosses a local midnight. */
export function localSpan(start: string, end: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const sameDay = day.format(new Date(start)) === day.format(new Date(end));
  return `${localTime(start, timeZone)} to ${localTime(end, timeZone, !sameDay)}`;
}

export function hours(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
}

/** Position of an instant on an axis from `from` to `to`, as a CSS percentage. */
export function percentOf(iso: string, from: number, to: number): string {
  const share = (new Date(iso).getTime() - from) / (to - from);
  return `${(Math.min(1, Math.max(0, share)) * 100).toFixed(3)}%`;
}
