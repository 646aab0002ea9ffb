// A seeded random source, so the demo workspace comes out byte-identical on every run and machine.

/** mulberry32: 32 bits of state, good enough to scatter demo data, and the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** In [0, 1). */
  float(): number {
    return this.next();
  }

  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Cannot pick from an empty list.");
    return items[Math.floor(this.next() * items.length)]!;
  }
}

const ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Makes PagerDuty-looking ids (upper-case letters and digits), never the same one twice. */
export class IdMint {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** E.g. mint("Q", 14) → "Q1A2B3C4D5E6F7"; mint("P", 7) → "PWL7QXS". */
  mint(prefix: string, length: number): string {
    for (;;) {
      let id = prefix;
      while (id.length < length) id += ID_ALPHABET[this.random.int(0, ID_ALPHABET.length - 1)];
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }

  /** Marks hand-picked ids (engineers, services) as taken. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.used.add(id);
  }
}
