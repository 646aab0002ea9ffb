import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/incidents/format.ts
function formatDuration(seconds) {
  let s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  let minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  let hours = Math.floor(minutes / 60);
  return hours < 24 ? `${hours} h ${String(minutes % 60).padStart(2, "0")} min` : `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
function formatInstant(at) {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}
function formatClock(at, reference) {
  return at.slice(0, 10) === reference.slice(0, 10) ? at.slice(11, 16) : `${at.slice(5, 10)} ${at.slice(11, 16)}`;
}

export {
  formatDuration,
  formatInstant,
  formatClock
};
