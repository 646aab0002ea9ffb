// A hand-built team for mentee_progress and the shadow-briefing prompt, over the small workspace's incidents and
// runbooks. Every figure the tests expect is worked out in test/integration/shadowing-progress.test.ts.
export const PROGRESS_TEAM = `# Hand-built for the shadowing progress tests.
asOf: 2026-11-24T12:00:00Z

teams:
  - { id: payments, name: Payments }

engineers:
  - id: alice
    name: Alice Chen
    email: alice@example.com
    timeZone: America/Los_Angeles
    level: senior
    team: payments
    pagerdutyId: PA1ICE7
    skills: [payments-api]
  - id: bob
    name: Bob Okafor
    email: bob@example.com
    timeZone: America/New_York
    level: senior
    team: payments
  - id: carol
    name: Carol Diaz
    timeZone: America/Los_Angeles
    level: staff
    team: payments
  - id: dave
    name: Dave Schmidt
    email: dave@example.com
    timeZone: Europe/Berlin
    level: junior
    team: payments
    learning: [payments-api, ledger]

services:
  - { id: payments-api, name: Payments API, runbook: payments-api.md, pagerdutyId: PSVC001, team: payments }
  - { id: ledger, name: Ledger, runbook: db/ledger-postgres.md, pagerdutyId: PSVC002, team: payments }

schedules:
  # Weekly from Monday 2 Nov 09:00 Pacific (17:00 UTC): alice, bob, carol, alice again from 23 Nov.
  - id: payments-primary
    name: Payments primary
    timeZone: America/Los_Angeles
    services: [payments-api]
    team: payments
    rotation: { start: "2026-11-02T09:00", length: 1w, users: [alice, bob, carol] }
  # Daily from 17 Nov 08:00 Berlin (07:00 UTC): bob, dave, bob, dave…
  - id: ledger-daily
    name: Ledger daily
    timeZone: Europe/Berlin
    services: [ledger]
    team: payments
    rotation: { start: "2026-11-17T08:00", length: 1d, users: [bob, dave] }

shadowHistory:
  - { mentee: dave, mentor: alice, schedule: payments-primary, start: 2026-11-05T08:00:00Z, end: 2026-11-05T16:00:00Z }
  - { mentee: dave, mentor: carol, schedule: payments-primary, start: 2026-11-20T16:00:00Z, end: 2026-11-21T00:00:00Z }
  - { mentee: dave, mentor: bob, schedule: ledger-daily, start: 2026-11-23T07:00:00Z, end: 2026-11-24T07:00:00Z }
  - { mentee: dave, mentor: alice, schedule: payments-primary, start: 2026-11-25T08:00:00Z, end: 2026-11-25T16:00:00Z }
`;
