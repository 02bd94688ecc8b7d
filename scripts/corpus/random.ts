/**
 * The corpus's one source of randomness: a seeded generator, and the draws the generator
 * makes with it. The same seed gives the same sequence, so the same --count and --seed give
 * the same corpus; nothing else in scripts/corpus/ is random, and nothing reads the clock.
 */

/** A seeded source of randomness. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A draw from the standard normal distribution. */
  normal(): number;
}

/** mulberry32: a small, fast 32-bit generator, good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
    // Box–Muller; 1 - next() is in (0, 1], so the logarithm is finite.
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** A list to draw from with given weights, in O(log n) a draw. */
export class Weighted<T> {
  readonly items: readonly T[];
  readonly #cumulative: Float64Array;

  constructor(items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError(
        `expected as many weights as items, and at least one (${items.length}, ${weights.length})`,
      );
    }
    this.items = items;
    this.#cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, i) => {
      if (!(weight >= 0)) throw new RangeError(`weight ${weight} is not a number ≥ 0`);
      sum += weight;
      this.#cumulative[i] = sum;
    });
    if (sum === 0) throw new RangeError('expected at least one weight above 0');
  }

  /** One item, each with probability weight / sum of weights. */
  pick(r: Random): T {
    const target = r.next() * this.#cumulative[this.#cumulative.length - 1]!;
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }

  /** Up to n distinct items (fewer when there are fewer), each drawn by weight. */
  distinct(r: Random, n: number): T[] {
    const wanted = Math.min(n, this.items.length);
    const taken = new Set<T>();
    // Rejection is cheap while n is small against the list, which is how the corpus uses it.
    for (let tries = 0; taken.size < wanted && tries < 20 * wanted; tries++) taken.add(this.pick(r));
    return [...taken];
  }
}

/** Items by rank, drawn with Zipf's law: the k-th (from 1) with weight 1 / k^exponent. */
export function zipf<T>(items: readonly T[], exponent = 1): Weighted<T> {
  return new Weighted(
    items,
    items.map((_, i) => 1 / (i + 1) ** exponent),
  );
}

/** Up to n distinct elements of a list, in random order. */
export function sample<T>(r: Random, list: readonly T[], n: number): T[] {
  const pool = [...list];
  const taken: T[] = [];
  while (taken.length < n && pool.length > 0) taken.push(pool.splice(r.int(0, pool.length - 1), 1)[0]!);
  return taken;
}
