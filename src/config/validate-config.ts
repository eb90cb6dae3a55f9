import { z } from 'zod';
import type { ConfigIssue } from '../model/errors.js';
import { REFERENCE_STRATEGIES } from '../metrics/reference.js';
import { RATE_METRICS } from '../metrics/uncertainty.js';
import { PRESET_NAMES } from '../policy/presets/preset-names.js';
import { didYouMean, listNames } from '../util/suggest.js';
import { nameMap } from './name-map-schema.js';
import { binsSchema } from '../model/bands-schema.js';
import { RULE_METRICS, formatRule, parseRuleExpression } from '../policy/rule-expression.js';
import { REPORT_KEYS, reportSchema } from './report-schema.js';
import type { AuditConfig, FieldDelimiter, Rule } from '../model/config.js';
import type { MetricId } from '../model/vocabulary.js';
import type { DriftRule } from '../model/split-settings.js';
import { DRIFT_KEYS, splitConfigShape, toDriftRules } from './split-config.js';
import { consentBlock } from './consent-config.js';

const columnName = z.string().trim().min(1, 'a column name cannot be empty');
/** `"premium>standard>none"` or `[premium, standard, none]`: the classes of `columns.decision`, most favourable first */
const favourableOrder = z.union([z.string(), z.array(z.string())]).transform((v, ctx) => {
  const classes = (typeof v === 'string' ? v.split('>') : v).map((c) => c.trim());
  if (classes.length < 2 || classes.some((c) => c === '')) {
    ctx.addIssue({ code: 'custom', message: `expected at least two classes from most to least favourable, e.g. "premium>standard>none", got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  const twice = classes.find((c, i) => classes.indexOf(c) !== i);
  if (twice !== undefined) {
    ctx.addIssue({ code: 'custom', message: `class "${twice}" is named twice; name each class of the decision once, from most to least favourable` });
    return z.NEVER;
  }
  return classes;
});
/** `a,b` or `[a, b]` */
const nameList = z.union([z.string(), z.array(z.string())]).transform((v) =>
  (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s.length > 0),
);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const ruleObject = z
  .strictObject({
    id: z.string().min(1).optional(),
    metric: z.enum(RULE_METRICS as [string, ...string[]]),
    min: finite.optional(),
    max: finite.optional(),
    maxAbs: finite.nonnegative().optional(),
    band: z.number().gt(0).lte(1).optional(),
    maxRegression: finite.nonnegative().optional(),
    attributes: nameList.optional(),
    severity: z.enum(['fail', 'warn']).optional(),
    require: z.enum(['significant', 'point']).optional(),
    bound: z.enum(['estimate', 'upper']).optional(),
    model: z.enum(['candidate']).optional(),
    class: z.string().trim().min(1).optional(),
  })
  .refine((r) => [r.min, r.max, r.maxAbs, r.band, r.maxRegression].some((b) => b !== undefined), {
    message: 'a rule needs a bound: min, max, maxAbs, band or maxRegression',
  })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min is greater than max' });

const ruleEntry = z.union([z.string(), ruleObject]);

/** `ll144` or `[four-fifths, ll144]` */
const presetList = z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((p) => p.trim()) : v), z.array(z.enum(PRESET_NAMES)));

const ll144Options = z.strictObject({
  sex: columnName.optional(),
  race: columnName.optional(),
  unknown: nameList.optional(),
  excludeBelow: z.number().min(0).lt(1).optional(),
});

const columnsObject = z.strictObject({
  prediction: columnName.optional(),
  score: columnName.optional(),
  label: columnName.optional(),
  rank: columnName.optional(),
  list: columnName.optional(),
  outcome: columnName.optional(),
  consent: columnName.optional(),
  candidate: columnName.optional(),
  decision: columnName.optional(),
});

const bootstrapObject = z.strictObject({
  replicates: z.number().int().min(100, 'use at least 100 replicates (1000 or more for 95 % intervals)').max(100_000).optional(),
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
});

/** `,` `;` `|`, a tab, or the word `tab` (a tab is hard to see in YAML) */
const DELIMITERS: readonly string[] = [',', ';', '\t', '|'];
const delimiter = z.string().transform((d, ctx) => {
  const value = d === 'tab' ? '\t' : d;
  if (DELIMITERS.includes(value)) return value as FieldDelimiter;
  ctx.addIssue({ code: 'custom', message: `expected ',', ';', '|' or tab (a tab character, or the word tab), got ${JSON.stringify(d)}` });
  return z.NEVER;
});

/** The config file, and the flags after parsing: every key optional, unknown keys rejected. */
export const fileConfigSchema = z.strictObject({
  columns: columnsObject.optional(),
  predictionPositive: nameList.optional(),
  labelPositive: nameList.optional(),
  consent: consentBlock.optional(),
  threshold: finite.optional(),
  topK: z.number().int().min(1).optional(),
  topPercent: z.number().gt(0).lte(100).optional(),
  k: z.number().int().min(1).optional(),
  preset: presetList.optional(),
  ll144: ll144Options.optional(),
  groups: nameList.optional(),
  reference: z.enum(REFERENCE_STRATEGIES).optional(),
  referenceGroups: nameMap.optional(),
  minGroupSize: z.number().int().min(1).optional(),
  missing: z.enum(['group', 'drop']).optional(),
  bins: binsSchema.optional(),
  rules: z.array(ruleEntry).optional(),
  failOn: z.enum(['fail', 'inconclusive']).optional(),
  allowNoVerdict: z.boolean().optional(),
  confidence: z.number().gt(0, 'must be between 0 and 1, e.g. 0.95').lt(1, 'must be between 0 and 1, e.g. 0.95').optional(),
  alpha: z.number().gt(0, 'must be between 0 and 1, e.g. 0.05').lt(1, 'must be between 0 and 1, e.g. 0.05').optional(),
  minDenominator: z.strictObject(Object.fromEntries(RATE_METRICS.map((m) => [m, z.number().int().min(1).optional()]))).optional(),
  bootstrap: bootstrapObject.nullable().optional(),
  suppressBelow: z.number().int().min(0).optional(),
  strict: z.boolean().optional(),
  delimiter: delimiter.optional(),
  decimalComma: z.boolean().optional(),
  favourable: favourableOrder.optional(),
  entropyAlpha: z.number().refine(Number.isFinite, 'must be a finite number, e.g. 2 (1 = Theil, 0 = mean log deviation)').optional(),
  exactMemoryMB: z.number().min(0, 'must be 0 or more (0 keeps only the 10,000-entry floor exact)').max(1_000_000).optional(),
  ...splitConfigShape,
  normalizeValues: z.boolean().optional(),
  report: reportSchema.optional(),
});

export type FileConfig = z.input<typeof fileConfigSchema>;
export type ParsedFileConfig = Omit<z.output<typeof fileConfigSchema>, 'rules' | 'minDenominator' | 'drift' | 'bins'> & {
  /** the count of calibration bins (`bins: 20`) */
  bins?: number;
  /** numeric group columns banded by edges (`bins: { age: [18, 25] }`, `--bins age=18,25`) */
  bands?: Record<string, number[]>;
  rules?: Rule[];
  drift?: DriftRule[];
  minDenominator?: Partial<Record<MetricId, number>>;
};

export const CONFIG_KEYS = Object.keys(fileConfigSchema.shape);
/** The keys of each nested object, read off the schema so that messages never lag behind it. */
const NESTED_KEYS: Record<string, readonly string[]> = {
  columns: Object.keys(columnsObject.shape),
  minDenominator: RATE_METRICS,
  bootstrap: Object.keys(bootstrapObject.shape),
  ll144: Object.keys(ll144Options.shape),
  report: REPORT_KEYS,
};

/** The keys allowed under a path, for "unknown key" messages. */
function allowedKeys(path: readonly PropertyKey[]): readonly string[] | undefined {
  if (path.length === 0) return CONFIG_KEYS;
  if (path.length === 1) return NESTED_KEYS[String(path[0])];
  if (path.length === 2 && path[0] === 'rules') return Object.keys(ruleObject.shape);
  if (path.length === 2 && path[0] === 'drift') return DRIFT_KEYS;
  return undefined;
}

export type Validation<T> = { ok: true; config: T } | { ok: false; issues: ConfigIssue[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

// zod's type names as a message says them (`.int()` fails as "int": `minGroupSize: 2.5` read "expected a int")
const TYPE_NAMES: Record<string, string> = { array: 'a list', int: 'a whole number', object: 'a mapping (key: value)' };

function describeIssue(issue: z.core.$ZodIssue): ConfigIssue[] {
  const path = pathOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(issue.path);
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      message: `unknown key${allowed ? didYouMean(key, allowed) + ` Allowed keys: ${allowed.join(', ')}` : ''}`,
    }));
  }
  if (issue.code === 'invalid_union') {
    // A rule is a string or an object: report the problems of the branch that matches the input's type.
    const branches = issue.errors.filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (branches.length === 1) return branches[0]!.flatMap((i) => describeIssue({ ...i, path: [...issue.path, ...i.path] }));
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const given = typeof issue.input === 'string' ? `, got ${JSON.stringify(issue.input)}${didYouMean(issue.input, allowed)}` : '';
    return [{ path, message: `expected one of ${listNames(allowed, 80)}${given}` }];
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && typeof issue.input === 'number') {
    // zod's own wording ("Too small: expected number to be >=1") is replaced; a schema's own message is kept
    const isSmall = issue.code === 'too_small';
    const bound = `${isSmall ? '>' : '<'}${issue.inclusive ? '=' : ''} ${isSmall ? issue.minimum : issue.maximum}`;
    const text = /^Too (small|big):/.test(issue.message) ? `expected a number ${bound}` : issue.message;
    return [{ path, message: `${text}, got ${issue.input}` }];
  }
  if (issue.code === 'invalid_type' && issue.input !== undefined) {
    return [{ path, message: `expected ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}, got ${JSON.stringify(issue.input)}` }];
  }
  return [{ path, message: issue.message }];
}

function toRule(entry: z.output<typeof ruleEntry>, index: number): { rule: Rule } | { issue: ConfigIssue } {
  if (typeof entry === 'string') {
    const parsed = parseRuleExpression(entry);
    return parsed.ok ? { rule: parsed.rule } : { issue: { path: `rules.${index}`, message: parsed.message } };
  }
  const { id, severity, bound: boundOn, ...body } = entry;
  // `bound: estimate` is the default and is not stored, so rules compare and print the same either way.
  const bound = { ...body, ...(boundOn === 'upper' ? { bound: boundOn } : {}) } as Omit<Rule, 'id' | 'severity'>;
  return { rule: { ...bound, id: id ?? formatRule(bound), severity: severity ?? 'fail' } };
}

/** `preset: ll144` is split into a list before it is checked: its issues name the key as written, not item 0 of that list. */
function atKeysWritten(issues: ConfigIssue[], raw: unknown): ConfigIssue[] {
  const isPresetText = typeof (raw as { preset?: unknown } | null | undefined)?.preset === 'string';
  return isPresetText ? issues.map((i) => (/^preset\.\d+$/.test(i.path) ? { ...i, path: 'preset' } : i)) : issues;
}

/** unknown (parsed YAML/JSON) -> a checked partial config, or every issue with its key path. */
export function validateFileConfig(raw: unknown): Validation<ParsedFileConfig> {
  const parsed = fileConfigSchema.safeParse(raw ?? {}, { reportInput: true }); // the value given, for messages
  if (!parsed.success) return { ok: false, issues: atKeysWritten(parsed.error.issues.flatMap(describeIssue), raw) };
  const { rules: entries, drift: driftEntries, bins, ...others } = parsed.data;
  const drift = toDriftRules(driftEntries ?? []);
  const binning = typeof bins === 'number' ? { bins } : bins ? { bands: bins } : {};
  const rest = { ...others, ...binning, ...(driftEntries ? { drift: drift.rules } : {}) };
  if (!entries) return drift.issues.length > 0 ? { ok: false, issues: drift.issues } : { ok: true, config: rest };
  const rules: Rule[] = [];
  const issues: ConfigIssue[] = [...drift.issues];
  entries.forEach((entry, i) => {
    const r = toRule(entry, i);
    if ('rule' in r) rules.push(r.rule);
    else issues.push(r.issue);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, config: { ...rest, rules } };
}

export type { AuditConfig };
