// fast-check arguments for any tool, from its advertised JSON Schema: mostly plausible values (so the handler runs),
// mixed with wrong types, missing and unknown fields, huge and unicode strings, impossible dates, backwards and
// years-long windows, and ids that try to climb out of their folder.
import fc from "fast-check";
import type { JsonSchema } from "./input-oracle.js";

/** Real names from the workspace under test, so plausible arguments reach past "not found". */
export interface KnownValues {
  strings: string[];
}

export const DATE_TEXTS = [
  "2026-02-30",
  "2026-13-01",
  "2026-11-24T25:00:00Z",
  "2026-11-24T09:00",
  "24/11/2026",
  "2026-11-24",
  "2026-11-17",
  "2026-11-24T12:00:00Z",
  "2026-11-23T00:00:00+05:30",
  "1969-12-31",
  "0000-01-01",
  "2000-01-01",
  "2030-01-01",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00Z",
  " 2026-11-20 ",
];

export const PATH_ATTACKS = [
  "../../etc/passwd",
  "/etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "runbooks/../../team.yaml",
  "db/../../../etc/passwd.md",
  "..\\..\\team.yaml",
  "C:\\Windows\\win.ini",
  "file:///etc/passwd",
  "Q1%2Fnotes",
  "PXYZ123/../../users",
  "../incidents/../../team.yaml",
];

const ODD_TEXTS = [
  "",
  " ",
  "-1",
  "0",
  "null",
  "NaN",
  "a\u0000b",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "🔥💥",
  "e\u0301\u0301\u0301",
  "\ud800",
  "<script>alert(1)</script>",
  "'; DROP TABLE incidents; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template the server must treat as plain text.
  "${process.env.PAGERDUTY_API_TOKEN}",
  "\r\n\r\nHTTP/1.1 200 OK",
];

const hugeString = fc
  .tuple(fc.constantFrom("x", "é", "🔥", "../", "%2F", " "), fc.integer({ min: 65, max: 120_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

const anyNumber = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 1, 0.5, -0, 2 ** 53, 1e308, -1e308),
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  anyNumber,
  fc.string({ maxLength: 20 }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), {
    maxKeys: 3,
  }),
);

function textArbitrary(known: KnownValues): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known.strings) },
    { weight: 3, arbitrary: fc.constantFrom(...DATE_TEXTS) },
    { weight: 2, arbitrary: fc.constantFrom(...PATH_ATTACKS) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXTS) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: hugeString },
  );
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const low = schema.minimum ?? schema.exclusiveMinimum ?? 0;
  const high = schema.maximum ?? schema.exclusiveMaximum ?? low + 100;
  const inRange =
    schema.type === "integer"
      ? fc.integer({ min: Math.ceil(low), max: Math.max(Math.ceil(low), Math.floor(high)) })
      : fc.double({ min: low, max: Math.max(low, high), noNaN: true });
  return fc.oneof({ weight: 3, arbitrary: inRange }, { weight: 1, arbitrary: anyNumber });
}

/** A value of roughly the right shape: the handler runs often, and its own checks get exercised. */
function plausible(schema: JsonSchema, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((branch) => plausible(branch, known, depth)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string":
      return textArbitrary(known);
    case "number":
    case "integer":
      return numberArbitrary(schema);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const item = schema.items ?? {};
      const maxLength = Math.min((schema.maxItems ?? 8) + 2, 60);
      return fc.array(valueFor(item, known, depth + 1), { maxLength });
    }
    case "object":
      return depth > 3 ? fc.constant({}) : objectArbitrary(schema, known, depth + 1);
    default:
      return wrongType;
  }
}

function valueFor(schema: JsonSchema, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 9, arbitrary: plausible(schema, known, depth) },
    { weight: 1, arbitrary: wrongType },
  );
}

const ABSENT = Symbol("absent");

/**
 * Keys the schema does not declare, including ones special to JavaScript objects. "__proto__" is left out: the SDK's
 * request parsing drops it before a handler sees it (bad-input.test.ts checks that it pollutes nothing).
 */
const UNKNOWN_KEYS = ["extra", "constructor", "toString", "hasOwnProperty", "Since", "limit "];

/** Sets keys as own properties: a plain assignment to "__proto__" would change the prototype instead. */
function assemble(entries: [string, unknown][]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

export function objectArbitrary(
  schema: JsonSchema,
  known: KnownValues,
  depth = 0,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const fields = properties.map(([key, property]) =>
    fc
      .oneof(
        // Required fields go missing less often, so most runs get past the first check.
        { weight: required.has(key) ? 1 : 4, arbitrary: fc.constant<typeof ABSENT>(ABSENT) },
        { weight: 6, arbitrary: valueFor(property, known, depth) },
      )
      .map((value): [string, unknown] | null => (value === ABSENT ? null : [key, value])),
  );
  const extras = fc.option(
    fc.uniqueArray(fc.tuple(fc.constantFrom(...UNKNOWN_KEYS), wrongType), {
      maxLength: 2,
      selector: ([key]) => key,
    }),
    { freq: 8, nil: [] as [string, unknown][] },
  );
  return fc
    .tuple(fc.tuple(...fields), extras)
    .map(([present, extra]) =>
      assemble([...present.filter((entry): entry is [string, unknown] => entry !== null), ...extra]),
    );
}
