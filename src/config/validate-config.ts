import { z } from 'zod';
import type { ConfigIssue } from '../errors.js';
import { REFERENCE_STRATEGIES } from '../metrics/reference.js';
import { PRESET_NAMES } from '../presets/preset-names.js';
import { didYouMean, listNames } from '../util/suggest.js';
import { RULE_METRICS, formatRule, parseRuleExpression } from './rule-expression.js';
import type { AuditConfig, Rule } from './types.js';

const columnName = z.string().trim().min(1, 'a column name cannot be empty');
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
  })
  .refine((r) => [r.min, r.max, r.maxAbs, r.band, r.maxRegression].some((b) => b !== undefined), {
    message: 'a rule needs a bound: min, max, maxAbs, band or maxRegression',
  })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min is greater than max' });


/** `ll144` or `[four-fifths, ll144]` */
const presetList = z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((p) => p.trim()) : v), z.array(z.enum(PRESET_NAMES)));

const ll144Options = z.strictObject({
  sex: columnName.optional(),
  race: columnName.optional(),
  unknown: nameList.optional(),
  excludeBelow: z.number().min(0).lt(1).optional(),
});

/** The config file, and the flags after parsing: every key optional, unknown keys rejected. */
export const fileConfigSchema = z.strictObject({
  columns: z
    .strictObject({
      prediction: columnName.optional(),
      score: columnName.optional(),
      label: columnName.optional(),
      rank: columnName.optional(),
      list: columnName.optional(),
    })
    .optional(),
  predictionPositive: nameList.optional(),
  labelPositive: nameList.optional(),
  threshold: finite.optional(),
  topK: z.number().int().min(1).optional(),
  topPercent: z.number().gt(0).lte(100).optional(),
  k: z.number().int().min(1).optional(),
  preset: presetList.optional(),
  ll144: ll144Options.optional(),
  groups: nameList.optional(),
  reference: z.enum(REFERENCE_STRATEGIES).optional(),
  referenceGroups: z.record(z.string(), z.string()).optional(),
  minGroupSize: z.number().int().min(1).optional(),
  missing: z.enum(['group', 'drop']).optional(),
  bins: z.number().int().min(2).max(1000).optional(),
  // each entry is an expression string or a rule object; checked one by one in `toRule` for precise paths
  rules: z.array(z.unknown()).optional(),
  failOn: z.enum(['fail', 'inconclusive']).optional(),
});

export type FileConfig = z.input<typeof fileConfigSchema>;
export type ParsedFileConfig = Omit<z.output<typeof fileConfigSchema>, 'rules'> & { rules?: Rule[] };

export const CONFIG_KEYS = Object.keys(fileConfigSchema.shape);

export type Validation<T> = { ok: true; config: T } | { ok: false; issues: ConfigIssue[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): ConfigIssue[] {
  const path = pathOf([...prefix, ...issue.path]);
  if (issue.code === 'unrecognized_keys') {
    const allowed = issue.path.length === 0 && prefix.length === 0 ? CONFIG_KEYS : undefined;
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      message: `unknown key${allowed ? didYouMean(key, allowed) + ` Allowed keys: ${allowed.join(', ')}` : ''}`,
    }));
  }
  if (issue.code === 'invalid_value') {
    return [{ path, message: `expected one of ${listNames(issue.values.map(String))}` }];
  }
  return [{ path, message: issue.message }];
}

function toRule(entry: unknown, index: number): { rule: Rule } | { issues: ConfigIssue[] } {
  if (typeof entry === 'string') {
    const parsed = parseRuleExpression(entry);
    return parsed.ok ? { rule: parsed.rule } : { issues: [{ path: `rules.${index}`, message: parsed.message }] };
  }
  const checked = ruleObject.safeParse(entry);
  if (!checked.success) return { issues: checked.error.issues.flatMap((i) => describeIssue(i, ['rules', index])) };
  const { id, severity, ...body } = checked.data;
  const bound = body as Omit<Rule, 'id' | 'severity'>;
  return { rule: { ...bound, id: id ?? formatRule(bound), severity: severity ?? 'fail' } };
}

/** unknown (parsed YAML/JSON) -> a checked partial config, or every issue with its key path. */
export function validateFileConfig(raw: unknown): Validation<ParsedFileConfig> {
  const parsed = fileConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap((i) => describeIssue(i)) };
  const { rules: entries, ...rest } = parsed.data;
  if (!entries) return { ok: true, config: rest };
  const rules: Rule[] = [];
  const issues: ConfigIssue[] = [];
  entries.forEach((entry, i) => {
    const r = toRule(entry, i);
    if ('rule' in r) rules.push(r.rule);
    else issues.push(...r.issues);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, config: { ...rest, rules } };
}

export type { AuditConfig };
