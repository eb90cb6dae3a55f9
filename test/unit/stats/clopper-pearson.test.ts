import { describe, it } from 'vitest';
import { clopperPearson } from '../../../src/stats/clopper-pearson.js';
import { expectClose, loadFixture } from './fixture-loader.js';

interface SingleCase {
  successes: number;
  trials: number;
  a: number;
  interval: [number, number];
}

describe("Clopper–Pearson intervals against scipy's binomtest(...).proportion_ci(method='exact') (scripts/fixtures/ece_interval.py)", () => {
  it.each(loadFixture<{ single: SingleCase[] }>('ece-interval').single)('$successes of $trials at a = $a', (c) => {
    const [lo, hi] = clopperPearson(c.successes, c.trials, c.a)!;
    expectClose(lo, c.interval[0], 1e-9, 1e-14, 'lower');
    expectClose(hi, c.interval[1], 1e-9, 1e-14, 'upper');
  });
});
