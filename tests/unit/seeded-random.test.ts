// The seeded PRNG behind the demo data (lib/factories/random.ts): the same seed gives the
// same demo every time.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/factories/random';

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays within its bounds', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2_000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(3, 5);
      expect([3, 4, 5]).toContain(n);
      const f = random.between(0.04, 0.1);
      expect(f).toBeGreaterThanOrEqual(0.04);
      expect(f).toBeLessThan(0.1);
    }
  });

  it('reaches both ends of an integer range', () => {
    const random = seededRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = seededRandom(9).shuffle(input);
    expect(shuffled).not.toEqual(input);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(input);
    expect(input).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(seededRandom(9).shuffle(input)).toEqual(shuffled);
  });

  it('refuses to pick from nothing', () => {
    expect(() => seededRandom(1).pick([])).toThrow();
  });
});
