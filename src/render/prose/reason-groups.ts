import { DENOMINATOR_NOUNS } from '../../metrics/denominators.js';
import type { AuditResult } from '../../model/audit-result.js';
import type { Finding, FindingReason, Verdict } from '../../model/finding.js';
import { sortNatural } from '../../util/natural-order.js';
import { VERDICT_ORDER } from '../verdicts.js';
import { countOf } from '../../util/plural.js';

/**
 * Why the checks that neither passed nor failed got their verdict, grouped by
 * their code: "12 inconclusive — the group has fewer than 30 rows:
 * gender+ethnicity: (missing)|Asian (13 rows), …". A code without a phrase of
 * its own here (a new one) is still grouped and named by its code, so every
 * finding is accounted for.
 */
export interface ReasonGroup {
  status: Verdict;
  reason: FindingReason;
  /** what the checks have in common, in words */
  why: string;
  /** checks in the group */
  count: number;
  /** the rules of the checks when they are the same for every group but not all the rules the groups have, else undefined */
  rules?: string[];
  /** per attribute, its groups with the detail each has (`13 rows`) and, when they differ between groups, the rules */
  attributes: { attribute: string; groups: { group: string; detail?: string; rules?: string[] }[] }[];
}

type Phrase = (result: AuditResult) => string;

const PHRASES: Partial<Record<FindingReason, Phrase>> = {
  'small-group': (r) => `the group has fewer than ${countOf(r.config.minGroupSize, 'rows')}`,
  'small-reference': (r) => `the reference group has fewer than ${countOf(r.config.minGroupSize, 'rows')}`,
  'no-reference': (r) => `no group qualifies as the reference (${countOf(r.config.minGroupSize, 'rows')}, enough trials and a defined value)`,
  'small-denominator': () => 'a rate rests on fewer trials than its minimum',
  'undefined-value': () => 'the value is undefined: a denominator is zero',
  'not-significant': (r) => `the estimate breaches the bound, but the breach is not statistically significant (α = ${r.config.alpha})`,
  'interval-includes-bound': (r) => `the estimate breaches the bound, but its ${Math.round(r.config.confidence * 1000) / 10} % confidence interval still reaches the allowed range`,
  'no-interval': () => 'the estimate breaches the bound, but there is neither a test nor a confidence interval to show it',
  'not-in-baseline': () => 'the group is not in the baseline report',
  breach: () => 'a breach of a rule whose severity is warn',
  regressed: () => 'worse than the baseline by more than allowed, under a rule whose severity is warn',
  'suppressed-primary': (r) => `hidden by small-cell suppression: fewer than ${countOf(r.config.suppressBelow, 'rows')}`,
  'suppressed-secondary': () => 'hidden by small-cell suppression, so that smaller hidden groups cannot be recovered from the totals',
};

/** The detail of one check that differs within its group: its rows, or the rate that lacks trials. */
function detailOf(f: Finding): string | undefined {
  if (f.reason === 'small-group' && f.n !== null) return `${f.n} ${f.n === 1 ? 'row' : 'rows'}`;
  if (f.reason === 'small-denominator' && f.denominator) {
    const d = f.denominator;
    const whose = d.group === f.group ? '' : ` of the reference ${d.group}`;
    return `${d.metric}${whose}: ${d.count} ${DENOMINATOR_NOUNS[d.metric]?.replace(/ \(.*\)$/, '') ?? 'trials'}`;
  }
  return undefined;
}

/** The groups of checks with these verdicts (default: warned and inconclusive), most severe verdict first, then the largest group. */
export function reasonGroups(result: AuditResult, statuses: readonly Verdict[] = ['warn', 'inconclusive']): ReasonGroup[] {
  const rulesOf = new Map<string, number>();
  for (const f of result.findings) rulesOf.set(`${f.attribute}\u0000${f.group}`, (rulesOf.get(`${f.attribute}\u0000${f.group}`) ?? 0) + 1);
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (!statuses.includes(f.status)) continue;
    const key = `${f.status}\u0000${f.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out = [...groups.values()].map((list): ReasonGroup => {
    const { status, reason } = list[0]!;
    const byAttribute = new Map<string, Map<string, Finding[]>>();
    for (const f of list) {
      const inner = byAttribute.get(f.attribute) ?? new Map<string, Finding[]>();
      inner.set(f.group, [...(inner.get(f.group) ?? []), f]);
      byAttribute.set(f.attribute, inner);
    }
    const attributes = [...byAttribute].map(([attribute, inner]) => ({
      attribute,
      groups: sortNatural([...inner], ([group]) => group).map(([group, fs]) => {
        const details = [...new Set(fs.map(detailOf).filter((d): d is string => d !== undefined))];
        const isEveryRule = fs.length === rulesOf.get(`${attribute}\u0000${group}`);
        return { group, ...(details.length ? { detail: details.join('; ') } : {}), ...(isEveryRule ? {} : { rules: [...new Set(fs.map((f) => f.rule))] }) };
      }),
    }));
    const why = PHRASES[reason]?.(result) ?? reason.replace(/-/g, ' ');
    // one set of rules for every group: said once, not after each group
    const sets = new Set(attributes.flatMap((a) => a.groups.map((g) => g.rules?.join('\u0000') ?? '')));
    if (sets.size === 1 && [...sets][0] !== '') {
      const rules = attributes[0]!.groups[0]!.rules!;
      const bare = attributes.map((a) => ({ attribute: a.attribute, groups: a.groups.map(({ rules: _rules, ...g }) => g) }));
      return { status, reason, why, count: list.length, rules, attributes: bare };
    }
    return { status, reason, why, count: list.length, attributes };
  });
  return out.sort((a, b) => VERDICT_ORDER.indexOf(a.status) - VERDICT_ORDER.indexOf(b.status) || b.count - a.count);
}

/** `gender+ethnicity: (missing)|Asian (13 rows), Female|Black [ece<=0.05]; ethnicity: Indigenous`, at most `limit` groups named. */
export function reasonGroupList(g: ReasonGroup, limit = Infinity): string {
  let named = 0;
  const parts: string[] = [];
  for (const a of g.attributes) {
    const shown = a.groups.slice(0, Math.max(0, limit - named));
    named += shown.length;
    if (shown.length > 0) {
      parts.push(`${a.attribute}: ${shown.map((x) => `${x.group}${x.detail ? ` (${x.detail})` : ''}${x.rules ? ` [${x.rules.join(', ')}]` : ''}`).join(', ')}`);
    }
  }
  const total = g.attributes.reduce((s, a) => s + a.groups.length, 0);
  return `${parts.join('; ')}${total > named ? `; and ${total - named} more group${total - named === 1 ? '' : 's'}` : ''}`;
}

/** What the group's checks have in common, with their rule when one rule applies to all: `… (rule ece<=0.05)`. */
export function reasonHead(g: ReasonGroup): string {
  return g.rules ? `${g.why} (rule${g.rules.length === 1 ? '' : 's'} ${g.rules.join(', ')})` : g.why;
}
