#!/usr/bin/env node
// @ts-check
/**
 * generate-marketing.mjs: synthetic marketing-targeting data with a KNOWN
 * injected bias, for exercising fairgate end to end.
 *
 * Usage:
 *   node scripts/generate-marketing.mjs [--rows N] [--seed S] [--decimals D] [--core] [--out path]
 *   (defaults: --rows 20000 --seed 42 --decimals 4, CSV to stdout; --core writes only
 *   the nine columns up to `date`, the file shape the benchmarks measure)
 *
 * Output columns (header first, `\n` line endings, no quoting needed):
 *   customer_id,age_band,gender,region,ethnicity,score,targeted,converted,date,
 *   offer_tier,offer_value,model_b,consent
 *
 * Data-generating process, per customer:
 *   1. Demographics are drawn independently from fixed shares: age_band,
 *      gender (Female / Male / Non-binary / empty = missing), region,
 *      ethnicity (Indigenous is deliberately tiny, ~0.6 %, so that several
 *      gender+ethnicity intersections fall under 30 rows at 20,000 rows).
 *   2. A latent interest z ~ N(0, 1) and an unobserved nudge u ~ N(0, 1).
 *   3. The model's linear predictor is
 *        eta = INTERCEPT + AGE_EFFECT[age_band] + REGION_EFFECT[region] + INTEREST_WEIGHT * z
 *      and the TRUE conversion probability is p = logistic(eta + NUDGE_SD * u).
 *      Neither gender nor ethnicity enters p. Overall conversion is ~12 %.
 *   4. converted ~ Bernoulli(p).
 *   5. score = logistic(eta): the model sees everything but the nudge, so its
 *      score is p plus a little noise and is calibrated (E[converted | score]
 *      ≈ score) ... EXCEPT for age_band 65+, whose score is inflated to
 *      min(1, 1.6 * logistic(eta) + 0.05): the miscalibrated group.
 *      Scores are written (and compared with cut-offs) with 4 decimals, or
 *      with --decimals D (4..9; the benchmark in bench/ uses 6, so that
 *      groups have many distinct scores, as real model outputs do).
 *   6. targeted = score >= cut-off, where the cut-off depends on gender: the
 *      INJECTED BIAS. Male (and missing gender) use the base cut-off, which
 *      with the others targets ~30 % overall; Female faces a higher cut-off
 *      so that her selection rate is ~0.72 x Male's (disparate impact ≈ 0.72,
 *      failing the four-fifths rule); Non-binary lands in between (~0.86).
 *      Ethnicity never enters the decision.
 *   7. date: the day of the campaign contact, January to April 2025, drawn
 *      from a SECOND seeded stream (so every other column is as it was) with
 *      two uniforms per row. Its month depends on the row: a targeted Female
 *      customer falls in January to April with weights 31/27/23/19 %, everyone
 *      else evenly — the PLANTED DRIFT: Female's selection rate, and with it her
 *      disparate impact, falls month by month (≈ 0.83, 0.76, 0.67, 0.58).
 *   8. offer_tier, offer_value, model_b, consent: from a THIRD seeded stream
 *      (three uniforms per row), so every earlier column is as it was.
 *      offer_tier is `none` exactly when targeted = 0; a targeted customer gets
 *      `premium` with probability 0.40, a targeted Black customer only 0.20 —
 *      the PLANTED TIER DISPARITY (premium disparate impact ≈ 0.5 for Black).
 *      offer_value is the discount in EUR: 0 for none, 10–30 for standard,
 *      40–80 for premium (steps of 5, uniform), so Black customers' mean
 *      offer is ≈ 0.78 × others'. model_b is a CANDIDATE model's decision on
 *      the same score: one cut-off (0.1434) for every gender, which removes the
 *      gender bias, but 0.1900 in region East — a new regional bias. consent is
 *      `yes`, `no` (opted out) or empty (unknown): a customer not targeted opts
 *      out with probability 0.22 in 65+ and 0.08 otherwise (unknown 0.02); a
 *      targeted one is `yes` except for the PLANTED BREACH — a targeted
 *      customer in region West is `no` with probability 0.01 — and unknown
 *      with probability 0.005.
 *
 * Determinism: one seeded sfc32 stream is consumed row by row with a fixed
 * number of draws per row, so the same --seed gives byte-identical output and
 * the output for --rows N is a prefix of the output for any larger --rows.
 * Rows are written in chunks with backpressure, so memory stays constant.
 *
 * See fixtures/marketing/README.md for the bundled sample and its figures.
 */

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** @typedef {{ label: string, share: number }} Category */
/** @typedef {{ rows: number, seed: number, decimals: number, core: boolean, out: string | undefined }} Options */
/**
 * @typedef {object} Customer
 * @property {number} index      1-based row number
 * @property {string} ageBand
 * @property {string} gender     '' when missing
 * @property {string} region
 * @property {string} ethnicity
 * @property {number} scoreUnits score in units of 10^-decimals (0..10^decimals), i.e. the rounded score
 * @property {0 | 1} targeted
 * @property {0 | 1} converted
 */

export const DEFAULT_ROWS = 20000;
export const DEFAULT_SEED = 42;
export const DEFAULT_DECIMALS = 4;
/** More than 9 decimals would push score units past what formatScore pads. */
export const MAX_DECIMALS = 9;
/** customer_id has 8 digits; beyond that ids would change width. */
export const MAX_ROWS = 99_999_999;
/** Rows per write: big enough to amortise the write call, small enough to stay a few hundred KB. */
const CHUNK_ROWS = 4096;

export const CORE_HEADER = 'customer_id,age_band,gender,region,ethnicity,score,targeted,converted,date';
export const HEADER = CORE_HEADER + ',offer_tier,offer_value,model_b,consent';

/** The seed of the date stream is the data seed with these bits flipped: a stream of its own. */
const DATE_SEED_MASK = 0x5eed_da7e;
/** The contact months (2025) and their lengths. */
const MONTHS = [
  { month: '2025-01', days: 31 },
  { month: '2025-02', days: 28 },
  { month: '2025-03', days: 31 },
  { month: '2025-04', days: 30 },
];
/** Month weights of a targeted Female customer (the planted drift); everyone else is spread evenly. */
const DRIFTING_MONTH_WEIGHTS = [0.31, 0.27, 0.23, 0.19];
const EVEN_MONTH_WEIGHTS = [0.25, 0.25, 0.25, 0.25];

/** The seed of the offer stream (tier, value, consent): a third stream of its own. */
const OFFER_SEED_MASK = 0x0ffe_7a11;
/** Chance that a targeted customer gets the premium tier; the planted disparity halves it for Black. */
const PREMIUM_SHARE = 0.4;
const PREMIUM_SHARE_BY_ETHNICITY = /** @type {Record<string, number>} */ ({ Black: 0.2 });
/** The candidate model's cut-off (1/10000 score units): one for every gender, higher in East. */
const CANDIDATE_CUTOFF = 1434;
const CANDIDATE_CUTOFF_BY_REGION = /** @type {Record<string, number>} */ ({ East: 1900 });
/** Opting out (customers not targeted): more often in 65+. */
const OPT_OUT_SHARE = 0.08;
const OPT_OUT_SHARE_65_PLUS = 0.22;
const UNKNOWN_CONSENT_SHARE = 0.02;
/** The planted breach: targeted customers in this region who had opted out. */
const BREACH_REGION = 'West';
const BREACH_SHARE = 0.01;
const UNKNOWN_CONSENT_SHARE_TARGETED = 0.005;

// ---------------------------------------------------------------------------
// Population shares (roughly US-adult-like, rounded; each list sums to 1)
// ---------------------------------------------------------------------------

/** @type {Category[]} */
const AGE_BANDS = [
  { label: '18-24', share: 0.12 },
  { label: '25-34', share: 0.18 },
  { label: '35-44', share: 0.17 },
  { label: '45-54', share: 0.16 },
  { label: '55-64', share: 0.16 },
  { label: '65+', share: 0.21 },
];

/** The empty label is a missing cell in the CSV, which fairgate reports as `(missing)`. */
/** @type {Category[]} */
const GENDERS = [
  { label: 'Female', share: 0.49 },
  { label: 'Male', share: 0.48 },
  { label: 'Non-binary', share: 0.02 },
  { label: '', share: 0.01 },
];

/** @type {Category[]} */
const REGIONS = [
  { label: 'North', share: 0.21 },
  { label: 'South', share: 0.38 },
  { label: 'East', share: 0.17 },
  { label: 'West', share: 0.24 },
];

/** @type {Category[]} */
const ETHNICITIES = [
  { label: 'White', share: 0.614 },
  { label: 'Black', share: 0.13 },
  { label: 'Hispanic', share: 0.17 },
  { label: 'Asian', share: 0.08 },
  { label: 'Indigenous', share: 0.006 },
];

// ---------------------------------------------------------------------------
// Conversion model (logit scale)
// ---------------------------------------------------------------------------

/** Sets the overall conversion rate to ~12 % (11.6 % measured). */
const INTERCEPT = -2.6;
/** Latent interest dominates, so decisions are driven mostly by the individual, not the group. */
const INTEREST_WEIGHT = 1.4;
/** What the model cannot see; small, so the score stays close to p. */
const NUDGE_SD = 0.25;

/**
 * Mid-life customers convert a little more; the spread is kept small next to
 * INTEREST_WEIGHT so that age bands pass disparate impact and equal
 * opportunity. 65+ convert clearly less (~6 % vs ~13 %), which the
 * miscalibrated model hides: its inflated 65+ scores land near everyone
 * else's, so 65+ selection looks unremarkable and only calibration exposes it.
 * @type {Record<string, number>}
 */
const AGE_EFFECT = {
  '18-24': -0.02,
  '25-34': 0.08,
  '35-44': 0.1,
  '45-54': 0.04,
  '55-64': -0.02,
  '65+': -1.05,
};

/** @type {Record<string, number>} */
const REGION_EFFECT = { North: 0, South: 0.1, East: -0.05, West: 0.12 };

/** The miscalibrated group and how its score overstates the calibrated one. */
const MISCALIBRATED_AGE_BAND = '65+';
const OVERSTATE_FACTOR = 1.6;
const OVERSTATE_OFFSET = 0.05;

// ---------------------------------------------------------------------------
// Decision rule (cut-offs in score units of 1/10000)
// ---------------------------------------------------------------------------

/**
 * Constants rather than quantiles computed at run time, because a streaming
 * generator cannot look at all scores first. Tuned once on a 2M-row pilot run
 * (seed 7) of this process; scores do not depend on gender, so each cut-off is
 * a quantile of one score distribution:
 * - base 0.1234: selects ~34.9 % → ~30 % targeted overall with the others;
 * - Female 0.1687: selects ~25.1 % = ~0.72 × base, the injected bias;
 * - Non-binary 0.1434: selects ~30.0 % = ~0.86 × base, between the two.
 * They must be re-tuned whenever the conversion model above changes.
 */
const BASE_CUTOFF = 1234;
/** @type {Record<string, number>} */
const CUTOFF_BY_GENDER = { Female: 1687, Male: BASE_CUTOFF, 'Non-binary': 1434, '': BASE_CUTOFF };

// ---------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state):
 * fast in pure 32-bit integer arithmetic and passes PractRand. mulberry32 is
 * smaller, but its period is only 2^32 and it cannot produce every 32-bit
 * value; a 10M-row run already takes 70M draws.
 * The 32-bit seed is spread over the state with splitmix32 and the first
 * outputs are discarded so that nearby seeds give unrelated streams.
 * @param {number} seed unsigned 32-bit integer
 * @returns {() => number} uniform in [0, 1)
 */
export function createRandom(seed) {
  let s = seed >>> 0;
  const splitmix32 = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * Two independent standard normals from two uniforms (Box–Muller). Using both
 * outputs keeps the number of draws per row fixed and small.
 * @param {() => number} random
 * @returns {[number, number]}
 */
function normalPair(random) {
  const radius = Math.sqrt(-2 * Math.log(1 - random())); // 1 − u ∈ (0, 1], so log is finite
  const angle = 2 * Math.PI * random();
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

/**
 * Turns category shares into a sampler over one uniform. Cumulative bounds
 * are precomputed; the last category takes any rounding slack.
 * @param {Category[]} categories
 * @returns {(u: number) => string}
 */
function categorySampler(categories) {
  const total = categories.reduce((sum, c) => sum + c.share, 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error(`category shares sum to ${total}, not 1`);
  /** @type {number[]} */
  const bounds = [];
  let cumulative = 0;
  for (const c of categories) bounds.push((cumulative += c.share));
  const labels = categories.map((c) => c.label);
  const last = labels.length - 1;
  return (u) => {
    for (let i = 0; i < last; i++) if (u < /** @type {number} */ (bounds[i])) return /** @type {string} */ (labels[i]);
    return /** @type {string} */ (labels[last]);
  };
}

const sampleAgeBand = categorySampler(AGE_BANDS);
const sampleGender = categorySampler(GENDERS);
const sampleRegion = categorySampler(REGIONS);
const sampleEthnicity = categorySampler(ETHNICITIES);

// ---------------------------------------------------------------------------
// One customer
// ---------------------------------------------------------------------------

/** @param {number} x */
const logistic = (x) => 1 / (1 + Math.exp(-x));

/**
 * The model's score for a customer with calibrated propensity `calibrated`,
 * in 10^-decimals units. Rounding here, not at print time, means the decision
 * below is made on exactly the score that ends up in the CSV.
 * @param {number} calibrated
 * @param {string} ageBand
 * @param {number} scale 10^decimals
 */
function scoreUnits(calibrated, ageBand, scale) {
  const score =
    ageBand === MISCALIBRATED_AGE_BAND ? Math.min(1, OVERSTATE_FACTOR * calibrated + OVERSTATE_OFFSET) : calibrated;
  return Math.round(score * scale);
}

/**
 * Draws one customer. Always consumes exactly 7 uniforms in the same order,
 * which is what makes a short run a prefix of a long one.
 * @param {() => number} random
 * @param {number} index 1-based
 * @param {number} [decimals] of the score (default 4); cut-offs scale with it
 * @returns {Customer}
 */
export function simulateCustomer(random, index, decimals = DEFAULT_DECIMALS) {
  const ageBand = sampleAgeBand(random());
  const gender = sampleGender(random());
  const region = sampleRegion(random());
  const ethnicity = sampleEthnicity(random());
  const [interest, nudge] = normalPair(random);

  const eta =
    INTERCEPT +
    /** @type {number} */ (AGE_EFFECT[ageBand]) +
    /** @type {number} */ (REGION_EFFECT[region]) +
    INTEREST_WEIGHT * interest;
  const trueProbability = logistic(eta + NUDGE_SD * nudge);
  const converted = random() < trueProbability ? 1 : 0;

  const scale = 10 ** decimals;
  const units = scoreUnits(logistic(eta), ageBand, scale);
  const cutoff = /** @type {number} */ (CUTOFF_BY_GENDER[gender]) * (scale / 10000);
  const targeted = units >= cutoff ? 1 : 0;

  return { index, ageBand, gender, region, ethnicity, scoreUnits: units, targeted, converted };
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/**
 * The contact date of a customer, from two uniforms of the date stream.
 * @param {() => number} random the date stream
 * @param {Customer} c
 */
export function contactDate(random, c) {
  const weights = c.gender === 'Female' && c.targeted === 1 ? DRIFTING_MONTH_WEIGHTS : EVEN_MONTH_WEIGHTS;
  const u = random();
  let m = 0;
  for (let cumulative = /** @type {number} */ (weights[0]); m < weights.length - 1 && u >= cumulative; cumulative += /** @type {number} */ (weights[++m]));
  const { month, days } = /** @type {{ month: string, days: number }} */ (MONTHS[m]);
  const day = 1 + Math.floor(random() * days);
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The offer tier and value, the candidate model's decision and the consent of
 * a customer, from three uniforms of the offer stream.
 * @param {() => number} random the offer stream
 * @param {Customer} c
 * @param {number} [decimals] of the score (default 4); the candidate's cut-offs scale with it
 * @returns {string} `offer_tier,offer_value,model_b,consent`
 */
export function offerColumns(random, c, decimals = DEFAULT_DECIMALS) {
  const uTier = random();
  const uValue = random();
  const uConsent = random();
  const premiumShare = PREMIUM_SHARE_BY_ETHNICITY[c.ethnicity] ?? PREMIUM_SHARE;
  const tier = c.targeted === 0 ? 'none' : uTier < premiumShare ? 'premium' : 'standard';
  const value = tier === 'none' ? 0 : tier === 'standard' ? 10 + 5 * Math.floor(uValue * 5) : 40 + 5 * Math.floor(uValue * 9);
  const cutoff = (CANDIDATE_CUTOFF_BY_REGION[c.region] ?? CANDIDATE_CUTOFF) * (10 ** decimals / 10000);
  const candidate = c.scoreUnits >= cutoff ? 1 : 0;
  let consent;
  if (c.targeted === 1) {
    const breach = c.region === BREACH_REGION ? BREACH_SHARE : 0;
    consent = uConsent < breach ? 'no' : uConsent < breach + UNKNOWN_CONSENT_SHARE_TARGETED ? '' : 'yes';
  } else {
    const optOut = c.ageBand === MISCALIBRATED_AGE_BAND ? OPT_OUT_SHARE_65_PLUS : OPT_OUT_SHARE;
    consent = uConsent < optOut ? 'no' : uConsent < optOut + UNKNOWN_CONSENT_SHARE ? '' : 'yes';
  }
  return `${tier},${value},${candidate},${consent}`;
}

/**
 * `0.0831` from 831: integer formatting is exact and several times faster
 * than toFixed(4), which matters at 10M rows.
 * @param {number} units 0..10^decimals
 * @param {number} decimals
 */
function formatScore(units, decimals) {
  const fraction = String(units).padStart(decimals, '0');
  return fraction.length > decimals ? '1.' + '0'.repeat(decimals) : '0.' + fraction;
}

/**
 * @param {Customer} c
 * @param {number} [decimals] of the score (default 4)
 * @param {string} [date] the contact date (the column is empty without one)
 * @param {string} [offer] `offer_tier,offer_value,model_b,consent`; without it the row ends at `date`
 */
export function formatRow(c, decimals = DEFAULT_DECIMALS, date = '', offer) {
  return (
    'C' + String(c.index).padStart(8, '0') + ',' +
    c.ageBand + ',' + c.gender + ',' + c.region + ',' + c.ethnicity + ',' +
    formatScore(c.scoreUnits, decimals) + ',' + c.targeted + ',' + c.converted + ',' + date + (offer === undefined ? '' : ',' + offer)
  );
}

/**
 * Writes the header and `rows` customers to `stream` in chunks, waiting for
 * 'drain' whenever the stream's buffer is full so memory stays bounded no
 * matter how many rows are requested.
 * @param {NodeJS.WritableStream} stream
 * @param {number} rows
 * @param {number} seed
 * @param {number} [decimals] of the score (default 4)
 * @param {boolean} [core] only the nine columns up to `date`
 */
export async function writeCsv(stream, rows, seed, decimals = DEFAULT_DECIMALS, core = false) {
  const random = createRandom(seed);
  const dates = createRandom((seed ^ DATE_SEED_MASK) >>> 0);
  const offers = createRandom((seed ^ OFFER_SEED_MASK) >>> 0);
  /** @type {string[]} */
  let lines = [core ? CORE_HEADER : HEADER];
  for (let index = 1; index <= rows; index++) {
    const customer = simulateCustomer(random, index, decimals);
    const date = contactDate(dates, customer);
    lines.push(formatRow(customer, decimals, date, core ? undefined : offerColumns(offers, customer, decimals)));
    if (lines.length >= CHUNK_ROWS || index === rows) {
      const ok = stream.write(lines.join('\n') + '\n');
      lines = [];
      if (!ok) await once(stream, 'drain');
    }
  }
  if (lines.length > 0) stream.write(lines.join('\n') + '\n'); // header only, when rows = 0
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

const USAGE = 'usage: node scripts/generate-marketing.mjs [--rows N] [--seed S] [--decimals D] [--core] [--out path]';

/**
 * @param {string | undefined} text
 * @param {string} name
 * @param {number} fallback
 * @param {number} max
 */
function parseCount(text, name, fallback, max) {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max) throw new Error(`--${name} must be an integer from 0 to ${max}, got "${text}"`);
  return Number(text);
}

/**
 * Below 4 decimals the gender cut-offs (tuned in 1/10000 units) would not be
 * whole score units, so the injected bias would shift.
 * @param {string | undefined} text
 */
function parseDecimals(text) {
  const decimals = parseCount(text, 'decimals', DEFAULT_DECIMALS, MAX_DECIMALS);
  if (decimals < DEFAULT_DECIMALS) throw new Error(`--decimals must be an integer from ${DEFAULT_DECIMALS} to ${MAX_DECIMALS}, got "${text}"`);
  return decimals;
}

/**
 * @param {string[]} argv arguments after the script name
 * @returns {Options | null} null when help was requested
 */
export function parseCli(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string' },
      seed: { type: 'string' },
      decimals: { type: 'string' },
      out: { type: 'string' },
      core: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return null;
  return {
    rows: parseCount(values.rows, 'rows', DEFAULT_ROWS, MAX_ROWS),
    seed: parseCount(values.seed, 'seed', DEFAULT_SEED, 0xffffffff),
    decimals: parseDecimals(values.decimals),
    core: values.core === true,
    out: values.out,
  };
}

/** @param {Options} options */
async function run(options) {
  if (options.out === undefined) {
    // A closed pipe (`| head`) is a normal way to stop reading, not an error.
    process.stdout.on('error', (err) => {
      if (/** @type {NodeJS.ErrnoException} */ (err).code === 'EPIPE') process.exit(0);
      throw err;
    });
    await writeCsv(process.stdout, options.rows, options.seed, options.decimals, options.core);
    return;
  }
  const file = createWriteStream(options.out);
  // Surface open/write errors (e.g. a missing directory) instead of hanging on 'drain'.
  const failed = once(file, 'error').then(([err]) => Promise.reject(err));
  await Promise.race([
    (async () => {
      await writeCsv(file, options.rows, options.seed, options.decimals, options.core);
      file.end();
      await once(file, 'finish');
    })(),
    failed,
  ]);
}

async function main() {
  /** @type {Options | null} */
  let options;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${/** @type {Error} */ (err).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (options === null) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    await run(options);
  } catch (err) {
    process.stderr.write(`generate-marketing: ${/** @type {Error} */ (err).message}\n`);
    process.exit(1);
  }
}

// Run only as a script, so the generator can also be imported (e.g. by tests).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
