// A hand-built team for the readiness tests: the progress team (dave, shadowing) with thresholds, a drill, a mentee
// in reverse shadow (erin) and one on call with backup (frank). Figures are worked out in
// test/integration/shadowing-readiness.test.ts.
import { PROGRESS_TEAM } from "./progress-team.js";

const [head, history] = PROGRESS_TEAM.split("\nservices:\n") as [string, string];

export const READINESS_TEAM = `${head}
  - id: erin
    name: Erin Walsh
    timeZone: Europe/London
    level: junior
    team: payments
    learning: [ledger]
    stage: reverse-shadow
  - id: frank
    name: Frank Ito
    timeZone: Asia/Tokyo
    level: mid
    team: payments
    stage: on-call-with-backup

readiness: { shadowShifts: 2, incidentsSeen: 1, drills: 1 }

services:
${history}  - { mentee: erin, mentor: bob, schedule: ledger-daily, start: 2026-11-17T07:00:00Z, end: 2026-11-18T07:00:00Z }
  - { mentee: erin, mentor: bob, schedule: ledger-daily, start: 2026-11-21T00:00:00Z, end: 2026-11-21T08:00:00Z }
  - { mentee: erin, mentor: bob, schedule: ledger-daily, start: 2026-11-23T07:00:00Z, end: 2026-11-24T07:00:00Z, role: reverse-shadow }

drillHistory:
  - { mentee: dave, incident: 1043, service: ledger, at: 2026-11-22T10:00:00Z, runBy: alice }
  - { mentee: erin, incident: 1201, service: ledger, at: 2026-11-19T10:00:00Z, runBy: bob, notes: found the lagging replica }
`;
