/**
 * A small seeded PRNG (mulberry32). Everything the simulator invents — ids, demo data, fault rolls — draws
 * from one of these so that a seed reproduces the same tenant and the same failures.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` random bytes. */
  bytes(count: number): Uint8Array;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Random.pick needs a non-empty list.');
      return items[int(items.length)] as T;
    },
    bytes: (count: number): Uint8Array => {
      const result = new Uint8Array(count);
      for (let index = 0; index < count; index += 1) result[index] = int(256);
      return result;
    },
  };
}

/** Derives a stable numeric seed from a string, e.g. to give each area its own stream. */
export function hashSeed(text: string, seed = 0): number {
  let hash = 2166136261 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
