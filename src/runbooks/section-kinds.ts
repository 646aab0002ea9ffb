// What a runbook section is for, recognised from its heading's meaning rather than one spelling, and the
// order sections conventionally come in, so a missing one is created where a reader expects it.

export type SectionKind =
  | "overview"
  | "symptom"
  | "impact"
  | "diagnosis"
  | "mitigation"
  | "escalation"
  | "references"
  | "history";

/** The conventional order of a runbook's sections. */
export const SECTION_ORDER: readonly SectionKind[] = [
  "overview",
  "symptom",
  "impact",
  "diagnosis",
  "mitigation",
  "escalation",
  "references",
  "history",
];

/** The heading a section gets when the draft has to create it. */
export const NEW_SECTION_HEADINGS = {
  symptom: "Symptoms",
  diagnosis: "Diagnosis",
  mitigation: "Mitigation",
  escalation: "Escalation",
  history: "Incident history",
} as const satisfies Partial<Record<SectionKind, string>>;

// First match wins, so the more specific meanings come first: "Troubleshooting steps" is diagnosis before
// "steps" makes it mitigation, "Incident history" is history before anything else reads "incident".
const MEANINGS: readonly [SectionKind, RegExp][] = [
  [
    "history",
    /\b(?:(?:incident|outage)s? (?:history|log|timeline)|(?:past|previous|prior|recent|historical) (?:incidents|outages|events|issues)|history|post ?mortems?|retrospectives?)\b/,
  ],
  [
    "escalation",
    /\b(?:escalat\w*|contacts?|who to (?:call|page|contact|ask)|points? of contact|owners?|ownership|on ?call team|communications?)\b/,
  ],
  [
    "diagnosis",
    /\b(?:diagnos\w*|investigat\w*|troubleshoot\w*|triage|debug\w*|(?:possible )?checks?|verif\w*|identify\w*|root cause|how to (?:check|confirm|find|debug)|determin\w*|inspect\w*)\b/,
  ],
  [
    "mitigation",
    /\b(?:mitigat\w*|remediat\w*|resolution|resolv\w*|fix|fixes|fixing|recover\w*|workarounds?|roll ?backs?|restor\w*|steps|actions?|procedures?|response|what to do|solutions?|playbook|runbook steps|repair\w*)\b/,
  ],
  [
    "symptom",
    /\b(?:symptoms?|alerts?|alerting|signs?|meaning|detect\w*|triggers?|what you (?:will |ll )?see|indicators?|how (?:do )?you know|how to (?:tell|recogni[sz]e|spot)|signals?|firing)\b/,
  ],
  ["impact", /\b(?:impact\w*|severity|customer effect|blast radius|consequences?)\b/],
  [
    "overview",
    /\b(?:overview|summary|description|about|introduction|context|background|purpose|service (?:info|information|details)|architecture|what is|what it does)\b/,
  ],
  [
    "references",
    /\b(?:references?|links?|dashboards?|see also|resources|documentation|docs|further reading|related)\b/,
  ],
];

/** Lower case, words only: "2. How to fix it 🔧" → "how to fix it". */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^(?:step )?\d+(?: \d+)* /, "")
    .trim();
}

export function classifyHeading(text: string): SectionKind | null {
  const words = normalizeHeading(text);
  for (const [kind, meaning] of MEANINGS) if (meaning.test(words)) return kind;
  return null;
}
