// String formats the vendor documents use, standard and not, registered so that Ajv checks them.
import type { Ajv } from "ajv";
import addFormats from "ajv-formats";

const ianaZoneCache = new Map<string, boolean>();

export function isIanaTimeZone(value: string): boolean {
  let known = ianaZoneCache.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: value });
      known = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
    } catch {
      known = false;
    }
    ianaZoneCache.set(value, known);
  }
  return known;
}

// Rails' ActiveSupport::TimeZone names such as "Eastern Time (US & Canada)" or "Berlin".
const activeSupportName = /^[A-Z][A-Za-z .'&()-]*$/;
const wallClockTime = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

export function registerSpecFormats(ajv: Ajv): Ajv {
  addFormats.default(ajv, { mode: "full", keywords: false });
  // PagerDuty's "time" and "partial-time" are wall-clock times such as "08:00:00", without an offset.
  ajv.addFormat("time", wallClockTime);
  ajv.addFormat("partial-time", wallClockTime);
  ajv.addFormat("tzinfo", isIanaTimeZone);
  ajv.addFormat(
    "activesupport-time-zone",
    (value: string) => isIanaTimeZone(value) || activeSupportName.test(value),
  );
  ajv.addFormat("url", (value: string) => URL.canParse(value));
  ajv.addFormat("TEXTAREA", true);
  ajv.addFormat("int32", {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31,
  });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat("float", { type: "number", validate: () => true });
  ajv.addFormat("double", { type: "number", validate: () => true });
  ajv.addFormat("binary", true);
  ajv.addFormat("password", true);
  return ajv;
}
