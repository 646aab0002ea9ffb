// The demo team: two teams, seven services, fourteen engineers in five time zones, three rotations.
// Ids here are hand-picked so that team.yaml reads well; everything the incidents need is derived from them.

export const AS_OF = "2026-11-24T12:00:00Z";
/** The incident history covers the eight weeks before AS_OF. */
export const HISTORY_START = "2026-09-29T12:00:00Z";

export type ServiceId =
  | "payments-api"
  | "ledger"
  | "webhooks"
  | "checkout-gateway"
  | "notifications"
  | "postgres"
  | "status-page";

export type TeamId = "payments" | "platform";
export type Level = "junior" | "mid" | "senior" | "staff";
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export interface DemoTeam {
  id: TeamId;
  name: string;
  pagerdutyId: string;
}

export interface DemoEngineer {
  id: string;
  name: string;
  email: string;
  /** Fake numbers in the 555-01xx range reserved for fiction. */
  phone: string;
  timeZone: string;
  level: Level;
  team: TeamId;
  pagerdutyId: string;
  mentor?: boolean;
  mentee?: boolean;
  skills: ServiceId[];
  learning: ServiceId[];
  workingHours?: { start: string; end: string; days: Weekday[] };
  unavailable?: { start: string; end: string; reason?: string }[];
  /** A line of context written above the engineer in team.yaml. */
  comment?: string;
  /** Where they are on the path to on call, when not the default. */
  stage?: "shadow" | "reverse-shadow" | "on-call-with-backup" | "on-call";
}

export interface DemoService {
  id: ServiceId;
  name: string;
  team: TeamId;
  pagerdutyId: string;
  runbook?: string;
  escalationPolicy: EscalationPolicyId;
}

export type ScheduleId = "payments-primary" | "platform-daily" | "db-follow-the-sun";

export interface DemoOverride {
  user: string;
  start: string;
  end: string;
  /** Why, written above the override in team.yaml. */
  comment: string;
}

export interface DemoSchedule {
  id: ScheduleId;
  name: string;
  team: TeamId;
  pagerdutyId: string;
  timeZone: string;
  services: ServiceId[];
  rotation: { start: string; length: string; users: string[] };
  overrides: DemoOverride[];
  comment: string;
}

export type EscalationPolicyId = "payments" | "platform" | "database";

/** Level 1 pages the schedule; level 2 pages the first of `backups` who is not the level-1 person. */
export interface DemoEscalationPolicy {
  id: EscalationPolicyId;
  name: string;
  pagerdutyId: string;
  team: TeamId;
  schedule: ScheduleId;
  backups: [string, string];
  /** Minutes without an acknowledgement before level 2 is paged. */
  escalationDelayMinutes: number;
}

export const TEAMS: DemoTeam[] = [
  { id: "payments", name: "Payments", pagerdutyId: "PT7PAY4" },
  { id: "platform", name: "Platform", pagerdutyId: "PT2PLT9" },
];

const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];

export const ENGINEERS: DemoEngineer[] = [
  {
    id: "alice",
    name: "Alice Chen",
    email: "alice.chen@example.com",
    phone: "+1 415-555-0101",
    timeZone: "America/Los_Angeles",
    level: "senior",
    team: "payments",
    pagerdutyId: "PAL1CE7",
    skills: ["payments-api", "ledger", "webhooks"],
    learning: [],
    unavailable: [{ start: "2026-12-21", end: "2027-01-01", reason: "PTO" }],
  },
  {
    id: "carol",
    name: "Carol Diaz",
    email: "carol.diaz@example.com",
    phone: "+1 415-555-0102",
    timeZone: "America/Los_Angeles",
    level: "staff",
    team: "payments",
    pagerdutyId: "PC4R0L2",
    skills: ["payments-api", "ledger", "postgres"],
    learning: [],
  },
  {
    id: "bob",
    name: "Bob Okafor",
    email: "bob.okafor@example.com",
    phone: "+1 212-555-0103",
    timeZone: "America/New_York",
    level: "mid",
    team: "payments",
    pagerdutyId: "PB0B9K3",
    skills: ["payments-api", "webhooks"],
    learning: ["ledger"],
  },
  {
    id: "farid",
    name: "Farid Haddad",
    email: "farid.haddad@example.com",
    phone: "+44 20 7946 0104",
    timeZone: "Europe/London",
    level: "mid",
    team: "payments",
    pagerdutyId: "PF4R1D8",
    skills: ["ledger", "postgres"],
    learning: [],
    comment: "Works a four-day week.",
    workingHours: { start: "08:00", end: "17:30", days: ["mon", "tue", "wed", "thu"] },
  },
  {
    id: "dev",
    name: "Devon Park",
    email: "devon.park@example.com",
    phone: "+1 415-555-0105",
    timeZone: "America/Los_Angeles",
    level: "junior",
    team: "payments",
    pagerdutyId: "PD3V5N1",
    skills: [],
    learning: ["payments-api", "ledger"],
  },
  {
    id: "erin",
    name: "Erin Walsh",
    email: "erin.walsh@example.com",
    phone: "+1 212-555-0106",
    timeZone: "America/New_York",
    level: "junior",
    team: "payments",
    pagerdutyId: "PER1N44",
    skills: ["webhooks"],
    stage: "reverse-shadow",
    learning: ["payments-api", "postgres"],
    unavailable: [{ start: "2026-12-07", end: "2026-12-11", reason: "PTO" }],
  },
  {
    id: "hiro",
    name: "Hiro Tanaka",
    email: "hiro.tanaka@example.com",
    phone: "+81 3-5555-0107",
    timeZone: "Asia/Tokyo",
    level: "senior",
    team: "platform",
    pagerdutyId: "PH1R0T6",
    skills: ["postgres", "checkout-gateway"],
    learning: [],
    workingHours: { start: "10:00", end: "19:00", days: WEEKDAYS },
  },
  {
    id: "yuki",
    name: "Yuki Mori",
    email: "yuki.mori@example.com",
    phone: "+81 3-5555-0108",
    timeZone: "Asia/Tokyo",
    level: "mid",
    team: "platform",
    pagerdutyId: "PYUK1M3",
    skills: ["checkout-gateway", "status-page"],
    learning: ["postgres"],
  },
  {
    id: "jonas",
    name: "Jonas Weber",
    email: "jonas.weber@example.com",
    phone: "+49 30 5555 0109",
    timeZone: "Europe/Berlin",
    level: "staff",
    team: "platform",
    pagerdutyId: "PJ0N4S9",
    skills: ["checkout-gateway", "postgres", "notifications"],
    learning: [],
  },
  {
    id: "ines",
    name: "Ines Becker",
    email: "ines.becker@example.com",
    phone: "+49 30 5555 0110",
    timeZone: "Europe/Berlin",
    level: "mid",
    team: "platform",
    pagerdutyId: "PIN3SB2",
    skills: ["notifications", "postgres"],
    stage: "on-call",
    learning: ["checkout-gateway"],
  },
  {
    id: "maya",
    name: "Maya Patel",
    email: "maya.patel@example.com",
    phone: "+1 646-555-0111",
    timeZone: "America/New_York",
    level: "mid",
    team: "platform",
    pagerdutyId: "PM4YA77",
    skills: ["checkout-gateway", "notifications", "status-page"],
    learning: [],
  },
  {
    id: "omar",
    name: "Omar Reyes",
    email: "omar.reyes@example.com",
    phone: "+1 646-555-0112",
    timeZone: "America/New_York",
    level: "senior",
    team: "platform",
    pagerdutyId: "P0M4RB5",
    mentor: false,
    skills: ["postgres", "checkout-gateway"],
    learning: [],
    comment: "Leads the Postgres 17 upgrade this quarter, so takes no mentees until it ships.",
  },
  {
    id: "kenji",
    name: "Kenji Sato",
    email: "kenji.sato@example.com",
    phone: "+81 3-5555-0113",
    timeZone: "Asia/Tokyo",
    level: "junior",
    team: "platform",
    pagerdutyId: "PK3NJ15",
    skills: [],
    stage: "on-call-with-backup",
    learning: ["postgres", "checkout-gateway"],
  },
  {
    id: "lena",
    name: "Lena Fischer",
    email: "lena.fischer@example.com",
    phone: "+49 30 5555 0114",
    timeZone: "Europe/Berlin",
    level: "junior",
    team: "platform",
    pagerdutyId: "PL3NAF8",
    skills: [],
    learning: ["notifications", "postgres"],
    unavailable: [{ start: "2026-12-03T13:00:00Z", end: "2026-12-03T17:00:00Z", reason: "Conference talk" }],
  },
];

export const SERVICES: DemoService[] = [
  {
    id: "payments-api",
    name: "Payments API",
    team: "payments",
    pagerdutyId: "P5WQ8RT",
    escalationPolicy: "payments",
  },
  {
    id: "ledger",
    name: "Ledger",
    team: "payments",
    pagerdutyId: "PLD9K2V",
    runbook: "ledger-reconciliation.md",
    escalationPolicy: "payments",
  },
  {
    id: "webhooks",
    name: "Webhook Dispatcher",
    team: "payments",
    pagerdutyId: "PWH4Z7C",
    escalationPolicy: "payments",
  },
  {
    id: "checkout-gateway",
    name: "Checkout Gateway",
    team: "platform",
    pagerdutyId: "PGW6M1X",
    escalationPolicy: "platform",
  },
  {
    id: "notifications",
    name: "Notifications",
    team: "platform",
    pagerdutyId: "PNT3J8H",
    escalationPolicy: "platform",
  },
  {
    id: "postgres",
    name: "Postgres",
    team: "platform",
    pagerdutyId: "PDB2R5Y",
    runbook: "db/postgres.md",
    escalationPolicy: "database",
  },
  {
    id: "status-page",
    name: "Status Page",
    team: "platform",
    pagerdutyId: "PST7N4E",
    escalationPolicy: "platform",
  },
];

export const SCHEDULES: DemoSchedule[] = [
  {
    id: "payments-primary",
    name: "Payments primary",
    team: "payments",
    pagerdutyId: "PSC1PAY",
    timeZone: "America/Los_Angeles",
    services: ["payments-api", "ledger", "webhooks"],
    rotation: { start: "2026-09-07T09:00", length: "1w", users: ["alice", "bob", "carol", "farid"] },
    overrides: [
      {
        user: "carol",
        start: "2026-11-26T17:00:00-08:00",
        end: "2026-11-27T09:00:00-08:00",
        comment: "Carol covers Thanksgiving night for Farid.",
      },
    ],
    comment: "Weekly, handing off on Mondays at 09:00 Pacific (also across the DST change on 2026-11-01).",
  },
  {
    id: "platform-daily",
    name: "Platform daily",
    team: "platform",
    pagerdutyId: "PSC2PLT",
    timeZone: "Europe/Berlin",
    services: ["checkout-gateway", "notifications", "status-page"],
    rotation: { start: "2026-09-01T10:00", length: "1d", users: ["jonas", "ines", "maya", "omar", "yuki"] },
    overrides: [],
    comment: "Daily, 24 hours from 10:00 Berlin time.",
  },
  {
    id: "db-follow-the-sun",
    name: "Database follow-the-sun",
    team: "platform",
    pagerdutyId: "PSC3DBS",
    timeZone: "Asia/Tokyo",
    services: ["postgres"],
    // 8-hour turns that follow daylight: Tokyo 00-08 UTC, Berlin 08-16 UTC, New York 16-24 UTC.
    rotation: {
      start: "2026-09-01T09:00",
      length: "8h",
      users: ["hiro", "jonas", "omar", "yuki", "ines", "maya"],
    },
    overrides: [
      {
        user: "ines",
        start: "2026-11-10T08:00:00Z",
        end: "2026-11-10T16:00:00Z",
        comment: "Ines takes Jonas's turn while he is at the dentist.",
      },
      {
        user: "maya",
        start: "2026-12-02T16:00:00Z",
        end: "2026-12-03T00:00:00Z",
        comment: "Maya swaps with Omar, who flies to the Postgres conference.",
      },
    ],
    comment: "Follow-the-sun in 8-hour turns, each in working hours of the person's own zone.",
  },
];

export const ESCALATION_POLICIES: DemoEscalationPolicy[] = [
  {
    id: "payments",
    name: "Payments escalation",
    pagerdutyId: "PEP1PAY",
    team: "payments",
    schedule: "payments-primary",
    backups: ["carol", "alice"],
    escalationDelayMinutes: 15,
  },
  {
    id: "platform",
    name: "Platform escalation",
    pagerdutyId: "PEP2PLT",
    team: "platform",
    schedule: "platform-daily",
    backups: ["jonas", "hiro"],
    escalationDelayMinutes: 15,
  },
  {
    id: "database",
    name: "Database escalation",
    pagerdutyId: "PEP3DBS",
    team: "platform",
    schedule: "db-follow-the-sun",
    backups: ["jonas", "omar"],
    escalationDelayMinutes: 10,
  },
];

/** Past shadow shifts: a mentee and the mentor whose shift (the one starting at or after `from`) they shadowed. */
export const SHADOW_HISTORY: {
  mentee: string;
  mentor: string;
  schedule: ScheduleId;
  from: string;
  role?: "reverse-shadow";
}[] = [
  { mentee: "dev", mentor: "alice", schedule: "payments-primary", from: "2026-10-05T00:00:00Z" },
  { mentee: "erin", mentor: "carol", schedule: "payments-primary", from: "2026-10-19T00:00:00Z" },
  { mentee: "kenji", mentor: "hiro", schedule: "db-follow-the-sun", from: "2026-11-04T00:00:00Z" },
  { mentee: "lena", mentor: "jonas", schedule: "platform-daily", from: "2026-11-10T00:00:00Z" },
  // Erin passed the shadow stage on payments-api; she now carries Carol's shifts with Carol backing her up.
  {
    mentee: "erin",
    mentor: "carol",
    schedule: "payments-primary",
    from: "2026-11-15T00:00:00Z",
    role: "reverse-shadow",
  },
];

/** Drills run from past incidents (create_incident_drill), as a lead adds them to drillHistory. */
export const DRILL_HISTORY: {
  mentee: string;
  incident: string;
  service: ServiceId;
  at: string;
  runBy: string;
  notes: string;
}[] = [
  {
    mentee: "dev",
    incident: "1202",
    service: "payments-api",
    at: "2026-10-20T15:00:00Z",
    runBy: "alice",
    notes: "found the OOMKilled pods quickly",
  },
  {
    mentee: "erin",
    incident: "1213",
    service: "payments-api",
    at: "2026-10-28T10:00:00Z",
    runBy: "carol",
    notes: "asked for the deploy diff first",
  },
  {
    mentee: "erin",
    incident: "1211",
    service: "postgres",
    at: "2026-11-05T10:00:00Z",
    runBy: "hiro",
    notes: "needed a hint on WAL retention",
  },
  {
    mentee: "kenji",
    incident: "1235",
    service: "postgres",
    at: "2026-10-12T09:00:00Z",
    runBy: "hiro",
    notes: "ran the failover checks in order",
  },
];

export function engineer(id: string): DemoEngineer {
  const found = ENGINEERS.find((e) => e.id === id);
  if (!found) throw new Error(`No demo engineer ${id}.`);
  return found;
}

export function service(id: ServiceId): DemoService {
  const found = SERVICES.find((s) => s.id === id);
  if (!found) throw new Error(`No demo service ${id}.`);
  return found;
}

export function schedule(id: ScheduleId): DemoSchedule {
  const found = SCHEDULES.find((s) => s.id === id);
  if (!found) throw new Error(`No demo schedule ${id}.`);
  return found;
}

export function escalationPolicy(id: EscalationPolicyId): DemoEscalationPolicy {
  const found = ESCALATION_POLICIES.find((p) => p.id === id);
  if (!found) throw new Error(`No demo escalation policy ${id}.`);
  return found;
}

export function team(id: TeamId): DemoTeam {
  const found = TEAMS.find((t) => t.id === id);
  if (!found) throw new Error(`No demo team ${id}.`);
  return found;
}
