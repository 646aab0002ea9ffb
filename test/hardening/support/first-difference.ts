// Where two JSON values first differ, as "path: expected X, got Y", so a failure names the field, not just "not equal".
export function firstDifference(actual: unknown, expected: unknown, path = "$"): string | null {
  if (Object.is(actual, expected)) return null;
  const bothObjects =
    typeof actual === "object" && actual !== null && typeof expected === "object" && expected !== null;
  if (!bothObjects || Array.isArray(actual) !== Array.isArray(expected)) {
    const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120) ?? String(value);
    return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  const keys = new Set([...Object.keys(actual as object), ...Object.keys(expected as object)]);
  for (const key of keys) {
    const inner = firstDifference(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      Array.isArray(actual) ? `${path}[${key}]` : `${path}.${key}`,
    );
    if (inner) return inner;
  }
  return null;
}
