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

/** The conventional order of a runbook's sections. References ("More Reading", "See also") end a document. */
export const SECTION_ORDER: readonly SectionKind[] = [
  "overview",
  "symptom",
  "impact",
  "diagnosis",
  "mitigation",
  "escalation",
  "history",
  "references",
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
    /\b(?:references?|links?|dashboards?|see also|resources|documentation|docs|(?:further|more|additional) reading|reading list|footnotes?|related)\b/,
  ],
];

// Sentence-style headings say what their section is for by the verb they start with: "Finding and
// terminating very old transactions" is a procedure, "Check the Gitaly logs" a check, "So your server has run
// out of disk space" the situation.
const LEADING_VERBS: readonly [SectionKind, RegExp][] = [
  [
    "diagnosis",
    /^(?:check(?:ing)?|verify(?:ing)?|ensur(?:e|ing)|confirm(?:ing)?|look(?:ing)? (?:at|for)|find(?:ing)? (?:out|the cause)|review(?:ing)?|inspect(?:ing)?|monitor(?:ing)?)\b/,
  ],
  [
    "mitigation",
    /^(?:(?:using|running|finding and \w+ing|adding|removing|reconstruct(?:ing)?|rebuild(?:ing)?|resync(?:ing)?|restart(?:ing)?|restor(?:e|ing)|recreat(?:e|ing)|replac(?:e|ing)|rotat(?:e|ing)|scal(?:e|ing)|increas(?:e|ing)|reduc(?:e|ing)|free(?:ing)?|clean(?:ing)? up|drain(?:ing)?|kill(?:ing)?|terminat(?:e|ing)|promot(?:e|ing)|fail(?:ing)? ?over|roll(?:ing)? back|revert(?:ing)?|migrat(?:e|ing)|upgrad(?:e|ing)|resiz(?:e|ing)|expand(?:ing)?|clear(?:ing)?|disabl(?:e|ing)|enabl(?:e|ing)|stop(?:ping)?|start(?:ing)?)\b)/,
  ],
  [
    "symptom",
    /\b(?:(?:has|have|had) run out|ran out|runs out|is down|are down|(?:is|are) not working|not responding|(?:is|are) (?:full|stuck|failing|slow|unavailable)|risk of|approaching)\b/,
  ],
];

// "Alert Name: KubeAPIDown", "Group Name: kubernetes-apps": a heading that names one alert is that alert's
// block in a catalogue, not a symptoms section.
const NAMES_ONE_ALERT = /^(?:alert|group|rule) name \S/;

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
  if (NAMES_ONE_ALERT.test(words)) return null;
  for (const [kind, meaning] of MEANINGS) if (meaning.test(words)) return kind;
  for (const [kind, verb] of LEADING_VERBS) if (verb.test(words.replace(/^so /, ""))) return kind;
  return null;
}
