import { describe, it } from 'vitest';
import { erfc, normalCdf, normalSf } from '../../../src/stats/normal.js';
import { chiSquareCdf, chiSquareSf, tCdf, tQuantile, tTwoSidedP } from '../../../src/stats/sampling-distributions.js';
import { expectClose, loadFixture } from './fixture-loader.js';

interface Case {
  family: 't' | 't-quantile' | 'chi2' | 'normal';
  df: number;
  x: number;
  p: number;
  cdf: number;
  sf: number;
  twoSided: number;
  quantile: number;
  erfc: number;
  exact: number;
  exactCdf: number;
  exactErfc: number;
}
const cases = loadFixture<Case[]>('distributions');
const of = (family: Case['family']) => cases.filter((c) => c.family === family);

describe('distribution functions against scipy.special (stdtr, stdtrit, chdtr, chdtrc, ndtr, erfc)', () => {
  it('Student t: cdf and two-sided p-value to 1e-12 relative, tails included', () => {
    for (const c of of('t')) {
      expectClose(tCdf(c.x, c.df), c.cdf, 1e-12, 0, `tCdf(${c.x}, ${c.df})`);
      expectClose(tTwoSidedP(c.x, c.df), c.twoSided, 1e-12, 0, `tTwoSidedP(${c.x}, ${c.df})`);
    }
  });

  it('Student t quantile: to 1e-12 of the 40-digit root (mpmath), to 1e-7 of scipy 1.10 stdtrit (itself off by 2e-9 at p = 1e-6)', () => {
    for (const c of of('t-quantile')) {
      expectClose(tQuantile(c.p, c.df), c.exact, 1e-12, 1e-15, `tQuantile(${c.p}, ${c.df}) vs mpmath`);
      expectClose(tQuantile(c.p, c.df), c.quantile, 1e-7, 1e-15, `tQuantile(${c.p}, ${c.df}) vs scipy`);
    }
  });

  it('chi-square: cdf and survival function to 1e-12 relative (the sf directly, not 1 − cdf)', () => {
    for (const c of of('chi2')) {
      expectClose(chiSquareCdf(c.x, c.df), c.cdf, 1e-12, 0, `chiSquareCdf(${c.x}, ${c.df})`);
      expectClose(chiSquareSf(c.x, c.df), c.sf, 1e-12, 0, `chiSquareSf(${c.x}, ${c.df})`);
    }
  });

  it('normal (stdlib erfc): Φ, its complement and erfc to max(1e-14, 2e-16·x²) of mpmath (rounding x/√2 costs x²·ε in the exponent); scipy to 1e-12', () => {
    for (const c of of('normal')) {
      const rel = Math.max(1e-14, 2e-16 * c.x * c.x);
      expectClose(normalCdf(c.x), c.exactCdf, rel, 0, `normalCdf(${c.x})`);
      expectClose(normalSf(-c.x), c.exactCdf, rel, 0, `normalSf(${-c.x})`);
      expectClose(erfc(c.x), c.exactErfc, 1e-14, 0, `erfc(${c.x})`);
      expectClose(normalCdf(c.x), c.cdf, 1e-12, 0, `normalCdf(${c.x}) vs scipy`);
      expectClose(erfc(c.x), c.erfc, 1e-12, 0, `erfc(${c.x}) vs scipy`);
    }
  });

  it('edge values: chi-square at 0 and ∞, t at 0', () => {
    expectClose(chiSquareSf(0, 3), 1, 0, 0);
    expectClose(chiSquareSf(Infinity, 3), 0, 0, 0);
    expectClose(chiSquareCdf(-1, 3), 0, 0, 0);
    expectClose(tTwoSidedP(0, 5), 1, 0, 0);
  });
});
