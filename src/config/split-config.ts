import { z } from 'zod';
import type { ConfigIssue } from '../model/errors.js';
import type { AuditConfig } from '../model/config.js';
import { attributeColumns } from '../model/attribute-columns.js';
import { isStratified, WINDOW_SIZES, type DriftRule, type PeriodSettings, type WindowSize } from '../model/split-settings.js';
import { driftRule, parseDriftExpression } from '../policy/drift-expression.js';
import { didYouMean } from '../util/suggest.js';

/** The config keys of the splits (also flags): `strata`, `period`, `every`, `tz`, `drift`. */
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const driftObject = z.strictObject({
  id: z.string().min(1).optional(),
  metric: z.string(),
  maxChange: finite.nonnegative(),
  from: z.enum(['previous', 'first']).optional(),
  severity: z.enum(['fail', 'warn']).optional(),
  attributes: z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean)).optional(),
});
const driftEntry = z.union([z.string(), driftObject]);
export const DRIFT_KEYS = Object.keys(driftObject.shape);

export const splitConfigShape = {
  strata: z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s.length > 0)).optional(),
  period: z.string().trim().min(1, 'a column name cannot be empty').optional(),
  every: z.enum(WINDOW_SIZES as [WindowSize, ...WindowSize[]]).optional(),
  tz: z.string().trim().min(1).optional(),
  // one rule, or a list of them
  drift: z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(driftEntry)).optional(),
};

export type DriftEntry = z.output<typeof driftEntry>;

/** Drift entries (strings or objects) as rules, with an issue per entry that does not read. */
export function toDriftRules(entries: readonly DriftEntry[]): { rules: DriftRule[]; issues: ConfigIssue[] } {
  const rules: DriftRule[] = [];
  const issues: ConfigIssue[] = [];
  entries.forEach((entry, i) => {
    const parsed = typeof entry === 'string' ? parseDriftExpression(entry) : driftRule(entry, JSON.stringify(entry));
    if (parsed.ok) rules.push(parsed.rule);
    else issues.push({ path: `drift.${i}`, message: parsed.message });
  });
  return { rules, issues };
}

/** Whether the runtime knows an IANA zone name. */
function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The merged split keys → the config's `strata`, `period` and `drift` (each absent when not given), and the issues. */
export function resolveSplits(merged: { strata?: string[] | undefined; period?: string | undefined; every?: WindowSize | undefined; tz?: string | undefined; drift?: DriftRule[] | undefined }): { splits: Pick<AuditConfig, 'strata' | 'period' | 'drift'>; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const splits: Pick<AuditConfig, 'strata' | 'period' | 'drift'> = {};
  const strata = [...new Set(merged.strata ?? [])];
  if (strata.length > 0) splits.strata = strata;
  if (merged.period !== undefined) {
    if (merged.every === undefined) issues.push({ path: 'every', message: 'windows of the period column need a length: --every day, week or month' });
    const tz = merged.tz ?? 'UTC';
    if (!isTimeZone(tz)) issues.push({ path: 'tz', message: `"${tz}" is not a time zone this Node.js knows; give an IANA name such as Europe/Paris, America/New_York or UTC` });
    const period: PeriodSettings = { column: merged.period, every: merged.every ?? 'month', tz };
    splits.period = period;
  } else {
    if (merged.every !== undefined) issues.push({ path: 'every', message: 'needs a date column to cut into windows: --period <column>' });
    if (merged.tz !== undefined) issues.push({ path: 'tz', message: 'needs a date column to cut into windows: --period <column>' });
  }
  if (merged.drift?.length) {
    if (merged.period === undefined) issues.push({ path: 'drift', message: 'a drift rule compares time windows, so it needs --period <column> and --every' });
    splits.drift = merged.drift.map((r) => ({ ...r }));
  }
  return { splits, issues };
}

/** A split column may not be audited too, and the stratified rules need strata and a decision. */
export function checkSplits(c: AuditConfig, hasDecision: boolean): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const groupColumns = new Set(c.groups.flatMap(attributeColumns));
  for (const column of c.strata ?? []) {
    if (groupColumns.has(column)) issues.push({ path: 'strata', message: `"${column}" is an audited attribute's column; a legitimate factor is a column the groups are compared within, not one of the groups: audit it or stratify by it, not both` });
    if (column === c.period?.column) issues.push({ path: 'strata', message: `"${column}" is the period column; stratify by other columns, the windows already split by date` });
  }
  if (c.strata && !hasDecision) issues.push({ path: 'strata', message: 'the stratified comparisons judge a binary decision: give --prediction, or --score with --threshold' });
  if (c.period && groupColumns.has(c.period.column)) issues.push({ path: 'period', message: `"${c.period.column}" is an audited attribute's column; the period column is cut into time windows, not audited as groups` });
  const columns = [c.columns.prediction, c.columns.score, c.columns.label, c.columns.rank, c.columns.list];
  for (const column of [...(c.strata ?? []), ...(c.period ? [c.period.column] : [])]) {
    if (columns.includes(column)) issues.push({ path: column === c.period?.column ? 'period' : 'strata', message: `"${column}" is the decision, score, label, rank or list column, not a column to split the rows by` });
  }
  c.rules.forEach((rule, i) => {
    if (isStratified(rule.metric) && !c.strata) issues.push({ path: `rules.${i}`, message: `rule "${rule.id}" compares groups within strata: give the legitimate factors with --strata <columns>` });
    if (isStratified(rule.metric) && rule.maxRegression !== undefined) issues.push({ path: `rules.${i}.maxRegression`, message: `rule "${rule.id}": regression bounds judge per-group metrics and disparities, not ${rule.metric}` });
  });
  (c.drift ?? []).forEach((rule, i) => {
    for (const attribute of rule.attributes ?? []) {
      if (!c.groups.includes(attribute)) issues.push({ path: `drift.${i}.attributes`, message: `"${attribute}" is not an audited attribute${didYouMean(attribute, c.groups)}` });
    }
  });
  return issues;
}
