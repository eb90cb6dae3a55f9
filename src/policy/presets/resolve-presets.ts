import { decisionSource } from '../../model/decision-source.js';
import { formatRule } from '../rule-expression.js';
import type { AuditConfig, Ll144Options, PresetName, Rule } from '../../model/config.js';
import type { ConfigIssue } from '../../model/errors.js';
import { PRESETS, ll144Attributes, type PresetRule } from './presets.js';

/** The ll144 options with their defaults: columns `sex` and `race`, unknown = empty cell, 2 % exclusion. */
export function ll144Options(raw: Partial<Ll144Options> | undefined): Ll144Options {
  return {
    sex: raw?.sex ?? 'sex',
    race: raw?.race ?? 'race',
    unknown: raw?.unknown ?? [],
    excludeBelow: raw?.excludeBelow ?? 0.02,
  };
}

/**
 * Same metric, bounds, statistics options, attributes and severity: the preset's
 * copy of a user rule adds nothing. A user rule that differs only in `require`
 * or `bound` is another rule, and both are judged.
 */
function isSameRule(a: PresetRule, b: Rule): boolean {
  const body = (r: PresetRule) =>
    JSON.stringify([r.metric, r.min, r.max, r.maxAbs, r.band, r.maxRegression, r.require ?? null, r.bound ?? null, r.attributes ?? null, r.severity]);
  return body(a) === body(b);
}

/**
 * The ll144 preset audits sex, race/ethnicity and their intersection, and when
 * there is a score but no decision its rates are "scoring rates" (score above
 * the sample median, 6 RCNY §5-300). Mutates `c`, which is still being built.
 */
export function applyLl144(c: AuditConfig, raw: Partial<Ll144Options> | undefined): ConfigIssue[] {
  if (!c.presets.includes('ll144')) {
    return raw === undefined ? [] : [{ path: 'll144', message: 'options for the ll144 preset, which is not applied; add `preset: ll144` or --preset ll144' }];
  }
  const o = ll144Options(raw);
  c.ll144 = o;
  const [sex, race, both] = ll144Attributes(o);
  c.groups = [...new Set([...c.groups, sex, race, both])];
  const hasDecision = decisionSource(c) !== 'none';
  if (!hasDecision && c.columns.score !== undefined) c.aboveMedian = true;
  if (!hasDecision && c.columns.score === undefined) {
    return [{ path: 'preset', message: 'll144 needs selections (--prediction, --threshold, --top-k) or scores (--score: the scoring rate is the share scoring above the median)' }];
  }
  return [];
}

function referenceIssues(c: AuditConfig, name: PresetName, explicitReference: boolean): ConfigIssue[] {
  if (!PRESETS[name].isHighestReference) return [];
  if (explicitReference && c.reference !== 'highest') {
    return [{ path: 'reference', message: `preset ${name} compares each group with the highest-rate group; remove reference: ${c.reference} or the preset` }];
  }
  const explicit = Object.keys(c.referenceGroups);
  if (explicit.length === 0) return [];
  return [{ path: 'referenceGroups', message: `preset ${name} compares each group with the highest-rate group; remove the explicit reference for ${explicit.join(', ')} or the preset` }];
}

/**
 * Rules of the applied presets, then the user's rules (a preset rule that
 * repeats a user rule is left out). A preset whose rules cannot be computed
 * from the given columns is a config error, except `strict`, which keeps the
 * rules the inputs allow.
 */
export function presetRules(c: AuditConfig, missingInputs: (rule: PresetRule) => readonly string[], explicitReference: boolean): { rules: Rule[]; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const out: Rule[] = [];
  for (const name of c.presets) {
    const def = PRESETS[name];
    issues.push(...referenceIssues(c, name, explicitReference));
    const candidates: PresetRule[] = def.rules(c.ll144);
    const usable = candidates.filter((r) => missingInputs(r).length === 0);
    if (def.needsEvery === 'all' && usable.length < candidates.length) {
      const missing = [...new Set(candidates.flatMap(missingInputs))];
      issues.push({ path: 'preset', message: `preset ${name} needs ${missing.join(' and ')}` });
    } else if (usable.length === 0) {
      issues.push({ path: 'preset', message: `none of the rules of preset ${name} can be computed from the given columns` });
    }
    for (const r of usable) {
      if (c.rules.some((u) => isSameRule(r, u))) continue;
      // A preset's requirement is part of the preset (named in its documentation), not of its rules' ids.
      out.push({ ...r, id: `${name}: ${formatRule({ ...r, require: undefined })}`, preset: name });
    }
  }
  return { rules: [...out, ...c.rules], issues };
}
