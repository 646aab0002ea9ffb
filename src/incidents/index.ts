import type { Capability } from "../lib/capability.js";
import { listIncidents } from "./list-incidents.js";

export const incidentCapability: Capability = {
  toolset: "incidents",
  tools: [listIncidents],
};
