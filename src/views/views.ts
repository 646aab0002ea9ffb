// The MCP Apps views (extension io.modelcontextprotocol/ui): which tool names which ui:// document. A host with the
// extension renders the document beside the tool's result; every other client sees the same answer as without it.

/** The key of a tool result's _meta that carries the view's extra data (view-context.ts). */
export const VIEW_META_KEY = "oncall-mentor-mcp/view";

export interface ViewDefinition {
  /** The tool whose answers the view draws. */
  tool: string;
  uri: string;
  /** The built document's file name under dist/views/. */
  file: string;
  title: string;
  description: string;
}

export const VIEWS: readonly ViewDefinition[] = [
  {
    tool: "suggest_shadow_pairings",
    uri: "ui://oncall-mentor/shadow-rotation.html",
    file: "shadow-rotation.html",
    title: "Shadow rotation calendar",
    description:
      "One row per mentee, each shift in the mentee's local hours over their shaded working hours; records the rotation when writes are enabled.",
  },
  {
    tool: "summarize_incident",
    uri: "ui://oncall-mentor/incident-timeline.html",
    file: "incident-timeline.html",
    title: "Incident time axis",
    description:
      "From trigger to resolve: acknowledgements, escalations, reassignments, notes (the fix highlighted), alert storms; TTA and TTR marked.",
  },
  {
    tool: "oncall_load",
    uri: "ui://oncall-mentor/oncall-load.html",
    file: "oncall-load.html",
    title: "On-call load",
    description:
      "Per person in their own zone: hours on call, pages after hours and in sleep hours, flags, and the fairness figure.",
  },
];

export function viewOfTool(toolName: string): ViewDefinition | undefined {
  return VIEWS.find((view) => view.tool === toolName);
}
