import { parseRuleExpression } from '../policy/rule-expression.js';
import type { Rule } from '../model/config.js';
import { validateFileConfig, type ParsedFileConfig } from '../config/validate-config.js';
import { ConfigError, type ConfigIssue } from '../model/errors.js';
import { REFERENCE_STRATEGIES } from '../metrics/reference.js';
import type { ReferenceStrategy } from '../model/vocabulary.js';
import { reportFlagOf, reportFlagsBlock, type ReportFlags } from './report-options.js';
import { readBinsFlag } from './bins-flag.js';

/** The audit flags as commander hands them over (strings; repeatable flags as arrays). */
export interface AuditFlags extends ReportFlags {
  config?: string;
  group?: string[];
  prediction?: string;
  score?: string;
  threshold?: string;
  label?: string;
  predictionPositive?: string;
  labelPositive?: string;
  reference?: string[];
  rule?: string[];
  minGroupSize?: string;
  missing?: string;
  /** calibration bins (a number) or bands (column=edges), repeatable */
  bins?: string[];
  failOn?: string;
  allowNoVerdict?: boolean;
  topK?: string;
  topPercent?: string;
  rank?: string;
  list?: string;
  k?: string;
  preset?: string[];
  confidence?: string;
  alpha?: string;
  minDenominator?: string[];
  bootstrap?: string;
  bootstrapSeed?: string;
  suppressBelow?: string;
  strict?: boolean;
  delimiter?: string;
  /** true with --decimal-comma, false with --no-decimal-comma */
  decimalComma?: boolean;
  /** megabytes for the exact value maps */
  exactMemory?: string;
  /** α of the generalized entropy index of benefit */
  entropyAlpha?: string;
  /** the numeric outcome column */
  outcome?: string;
  /** a second model's decision or score column */
  candidate?: string;
  /** the multi-class decision column, and its classes from most to least favourable */
  decision?: string;
  favourable?: string;
  strata?: string;
  period?: string;
  every?: string;
  tz?: string;
  drift?: string[];
  normalizeValues?: boolean;
  /** the consent column and its values */
  consent?: string;
  consentYes?: string;
  consentNo?: string;
  /** false with --no-consent-gate */
  consentGate?: boolean;
}

function numberFlag(flag: string, raw: string | undefined, issues: ConfigIssue[], isInteger = false): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value) || (isInteger && !Number.isInteger(value))) {
    issues.push({ path: flag, message: `expected ${isInteger ? 'a whole number' : 'a number'}, got "${raw}"` });
    return undefined;
  }
  return value;
}

function readReferences(values: readonly string[], issues: ConfigIssue[]): Pick<ParsedFileConfig, 'reference' | 'referenceGroups'> {
  const out: Pick<ParsedFileConfig, 'reference' | 'referenceGroups'> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq < 0) {
      if ((REFERENCE_STRATEGIES as readonly string[]).includes(value)) out.reference = value as ReferenceStrategy;
      else issues.push({ path: '--reference', message: `expected attribute=value or one of ${REFERENCE_STRATEGIES.join(', ')}, got "${value}"` });
      continue;
    }
    out.referenceGroups = { ...out.referenceGroups, [value.slice(0, eq).trim()]: value.slice(eq + 1).trim() };
  }
  return out;
}

function readRules(values: readonly string[], issues: ConfigIssue[]): Rule[] {
  const rules: Rule[] = [];
  for (const value of values) {
    const parsed = parseRuleExpression(value);
    if (parsed.ok) rules.push(parsed.rule);
    else issues.push({ path: '--rule', message: parsed.message });
  }
  return rules;
}

/** `tpr=20,fpr=30` (repeatable) → { tpr: 20, fpr: 30 }; the numbers are checked by the schema. */
function readMinDenominators(values: readonly string[], issues: ConfigIssue[]): Record<string, number> | undefined {
  if (values.length === 0) return undefined;
  // no inherited keys: `--min-denominator __proto__=5` is an unknown metric for the schema, not a prototype
  const out = Object.create(null) as Record<string, number>;
  for (const item of values.flatMap((v) => v.split(','))) {
    const [metric, count, extra] = item.split('=').map((s) => s.trim());
    const value = Number(count);
    if (!metric || count === undefined || extra !== undefined || count === '' || !Number.isFinite(value)) {
      issues.push({ path: '--min-denominator', message: `expected metric=count, e.g. tpr=20, got "${item}"` });
      continue;
    }
    out[metric] = value;
  }
  return out;
}

function readBootstrap(flags: AuditFlags, issues: ConfigIssue[]): { replicates?: number; seed?: number } | undefined {
  const replicates = numberFlag('--bootstrap', flags.bootstrap, issues, true);
  const seed = numberFlag('--bootstrap-seed', flags.bootstrapSeed, issues, true);
  if (seed !== undefined && replicates === undefined) {
    issues.push({ path: '--bootstrap-seed', message: 'needs --bootstrap <replicates> (the bootstrap is off by default)' });
  }
  return replicates === undefined ? undefined : { replicates, ...(seed !== undefined ? { seed } : {}) };
}

const FLAG_OF_KEY: Record<string, string> = {
  minGroupSize: '--min-group-size',
  minDenominator: '--min-denominator',
  failOn: '--fail-on',
  allowNoVerdict: '--allow-no-verdict',
  predictionPositive: '--prediction-positive',
  labelPositive: '--label-positive',
  topK: '--top-k',
  topPercent: '--top-percent',
  suppressBelow: '--suppress-below',
  decimalComma: '--decimal-comma',
  exactMemoryMB: '--exact-memory',
  favourable: '--favourable',
  entropyAlpha: '--entropy-alpha',
};

const CONSENT_FLAG: Record<string, string> = { 'consent.yes': '--consent-yes', 'consent.no': '--consent-no', 'consent.gate': '--no-consent-gate' };

/** `--consent-yes`, `--consent-no`, `--no-consent-gate` → the config's consent block (undefined when none is given). */
function consentFlagsBlock(flags: AuditFlags): Record<string, unknown> | undefined {
  const block = {
    ...(flags.consentYes !== undefined ? { yes: flags.consentYes } : {}),
    ...(flags.consentNo !== undefined ? { no: flags.consentNo } : {}),
    // commander sets consentGate to true by default for a --no- flag: only its negation is news
    ...(flags.consentGate === false ? { gate: false } : {}),
  };
  return Object.keys(block).length > 0 ? block : undefined;
}

/** Parsed flags → a partial config layer (pure); flag names appear in the messages. */
export function flagsToConfig(flags: AuditFlags): ParsedFileConfig {
  const issues: ConfigIssue[] = [];
  const columns = Object.fromEntries(
    (['prediction', 'score', 'label', 'rank', 'list', 'outcome', 'consent', 'candidate', 'decision'] as const).filter((k) => flags[k] !== undefined).map((k) => [k, flags[k]]),
  );
  const raw = {
    ...(Object.keys(columns).length ? { columns } : {}),
    groups: flags.group?.flatMap((g) => g.split(',')),
    predictionPositive: flags.predictionPositive,
    labelPositive: flags.labelPositive,
    threshold: numberFlag('--threshold', flags.threshold, issues),
    minGroupSize: numberFlag('--min-group-size', flags.minGroupSize, issues, true),
    topK: numberFlag('--top-k', flags.topK, issues, true),
    topPercent: numberFlag('--top-percent', flags.topPercent, issues),
    k: numberFlag('--k', flags.k, issues, true),
    preset: flags.preset?.flatMap((p) => p.split(',')).map((p) => p.trim()),
    missing: flags.missing,
    failOn: flags.failOn,
    allowNoVerdict: flags.allowNoVerdict,
    confidence: numberFlag('--confidence', flags.confidence, issues),
    alpha: numberFlag('--alpha', flags.alpha, issues),
    minDenominator: readMinDenominators(flags.minDenominator ?? [], issues),
    bootstrap: readBootstrap(flags, issues),
    suppressBelow: numberFlag('--suppress-below', flags.suppressBelow, issues, true),
    strict: flags.strict,
    // a tab is hard to type: `tab` or `\t` say it too
    delimiter: flags.delimiter === '\\t' ? 'tab' : flags.delimiter,
    decimalComma: flags.decimalComma,
    favourable: flags.favourable,
    exactMemoryMB: numberFlag('--exact-memory', flags.exactMemory, issues),
    entropyAlpha: numberFlag('--entropy-alpha', flags.entropyAlpha, issues),
    strata: flags.strata,
    period: flags.period,
    every: flags.every,
    tz: flags.tz,
    drift: flags.drift,
    normalizeValues: flags.normalizeValues,
    consent: consentFlagsBlock(flags),
    report: reportFlagsBlock(flags),
  };
  const refs = readReferences(flags.reference ?? [], issues);
  const rules = readRules(flags.rule ?? [], issues);
  const binning = readBinsFlag(flags.bins ?? [], issues);
  const defined = Object.fromEntries(Object.entries({ ...raw, bins: numberFlag('--bins', binning.count, issues, true) }).filter(([, v]) => v !== undefined));
  const validated = validateFileConfig(defined);
  const banded = binning.bands ? validateFileConfig({ bins: binning.bands }) : undefined;
  if (banded && !banded.ok) issues.push(...banded.issues.map((i) => ({ path: '--bins', message: `${i.path.replace(/^bins\./, '')}: ${i.message}` })));
  if (banded?.ok && validated.ok && banded.config.bands) validated.config.bands = banded.config.bands;
  if (!validated.ok) {
    const flagOf = (path: string) => (path.startsWith('report.') ? reportFlagOf(path.split('.')[1]!) : undefined) ?? CONSENT_FLAG[path] ?? FLAG_OF_KEY[path.split('.')[0]!] ?? `--${path.split('.')[0]}`;
    issues.push(...validated.issues.map((i) => ({ path: flagOf(i.path), message: i.message })));
  }
  if (issues.length > 0) throw new ConfigError('command line', issues);
  const config = validated.ok ? validated.config : {};
  return { ...config, ...refs, ...(rules.length ? { rules } : {}) };
}
