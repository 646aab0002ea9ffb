import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/oncall-load/types.ts
var DEFAULT_THRESHOLDS = { sleepPagesIn7Days: 6, streakDays: 8, onCallShare: 0.5 };

export {
  DEFAULT_THRESHOLDS
};
