import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/readiness-thresholds.ts
var DEFAULT_READINESS = {
  shadowShifts: 2,
  incidentsSeen: 2,
  drills: 1,
  reverseShadowShifts: 2,
  incidentsHandled: 1
};
function readinessThresholds(given) {
  let result = { ...DEFAULT_READINESS };
  for (let key of Object.keys(result)) {
    let value = given?.[key];
    typeof value == "number" && (result[key] = value);
  }
  return result;
}

export {
  readinessThresholds
};
