import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/bounded-cache.ts
var BoundedCache = class {
  constructor(options) {
    this.options = options;
    if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1)
      throw new RangeError(`maxEntries must be a whole number \u2265 1, not ${options.maxEntries}`);
  }
  options;
  entries = /* @__PURE__ */ new Map();
  totalWeight = 0;
  get size() {
    return this.entries.size;
  }
  get weight() {
    return this.totalWeight;
  }
  /** The value, now the most recently used; undefined when absent. */
  get(key) {
    let entry = this.entries.get(key);
    if (entry)
      return this.entries.delete(key), this.entries.set(key, entry), entry.value;
  }
  has(key) {
    return this.entries.has(key);
  }
  /** Stores the value, evicting the least recently used entries past either bound. A value heavier than the whole bound is not kept. */
  set(key, value) {
    this.delete(key);
    let weight = this.options.weigh?.(value) ?? 1;
    if (!(weight > this.options.maxWeight)) {
      this.entries.set(key, { value, weight }), this.totalWeight += weight;
      for (let [oldest, entry] of this.entries) {
        if (this.entries.size <= this.options.maxEntries && this.totalWeight <= this.options.maxWeight) break;
        this.entries.delete(oldest), this.totalWeight -= entry.weight;
      }
    }
  }
  delete(key) {
    let entry = this.entries.get(key);
    return entry ? (this.entries.delete(key), this.totalWeight -= entry.weight, !0) : !1;
  }
};

export {
  BoundedCache
};
