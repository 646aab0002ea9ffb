// PagerDuty REST API v2 references, shaped as the API returns them (id, type, summary, self, html_url).
import {
  type DemoEngineer,
  type DemoEscalationPolicy,
  type DemoService,
  type DemoTeam,
  escalationPolicy,
  team,
} from "./team.js";

export const API_URL = "https://api.pagerduty.com";
/** The web app of a fictional account; PagerDuty's html_url values point at the account's subdomain. */
export const WEB_URL = "https://example.pagerduty.com";

export interface Reference {
  id: string;
  type: string;
  summary: string;
  self: string;
  html_url?: string;
}

export function userRef(engineer: DemoEngineer): Reference {
  return {
    id: engineer.pagerdutyId,
    type: "user_reference",
    summary: engineer.name,
    self: `${API_URL}/users/${engineer.pagerdutyId}`,
    html_url: `${WEB_URL}/users/${engineer.pagerdutyId}`,
  };
}

export function serviceRef(service: DemoService): Reference {
  return {
    id: service.pagerdutyId,
    type: "service_reference",
    summary: service.name,
    self: `${API_URL}/services/${service.pagerdutyId}`,
    html_url: `${WEB_URL}/service-directory/${service.pagerdutyId}`,
  };
}

export function teamRef(demoTeam: DemoTeam): Reference {
  return {
    id: demoTeam.pagerdutyId,
    type: "team_reference",
    summary: demoTeam.name,
    self: `${API_URL}/teams/${demoTeam.pagerdutyId}`,
    html_url: `${WEB_URL}/teams/${demoTeam.pagerdutyId}`,
  };
}

export function teamRefOf(service: DemoService): Reference {
  return teamRef(team(service.team));
}

export function escalationPolicyRef(policy: DemoEscalationPolicy): Reference {
  return {
    id: policy.pagerdutyId,
    type: "escalation_policy_reference",
    summary: policy.name,
    self: `${API_URL}/escalation_policies/${policy.pagerdutyId}`,
    html_url: `${WEB_URL}/escalation_policies/${policy.pagerdutyId}`,
  };
}

export function escalationPolicyRefOf(service: DemoService): Reference {
  return escalationPolicyRef(escalationPolicy(service.escalationPolicy));
}

export function incidentRef(id: string, number: number, title: string): Reference {
  return {
    id,
    type: "incident_reference",
    summary: `[#${number}] ${title}`,
    self: `${API_URL}/incidents/${id}`,
    html_url: `${WEB_URL}/incidents/${id}`,
  };
}

export type PriorityName = "P1" | "P2" | "P3";

const PRIORITY_IDS: Record<PriorityName, string> = { P1: "PQ1HGH1", P2: "PQ2MED2", P3: "PQ3LOW3" };

export function priorityRef(name: PriorityName): Reference {
  // PagerDuty's own examples show priority references without html_url.
  return {
    id: PRIORITY_IDS[name],
    type: "priority_reference",
    summary: name,
    self: `${API_URL}/priorities/${PRIORITY_IDS[name]}`,
  };
}

/** The Events API v2 integration each service receives its alerts through. */
export function integrationRef(service: DemoService, source: string): Reference {
  const id = `PI${service.pagerdutyId.slice(2)}`;
  return {
    id,
    type: "events_api_v2_inbound_integration_reference",
    summary: source,
    self: `${API_URL}/services/${service.pagerdutyId}/integrations/${id}`,
    html_url: `${WEB_URL}/services/${service.pagerdutyId}/integrations/${id}`,
  };
}
