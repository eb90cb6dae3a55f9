import { z } from 'zod';
import type { AuditConfig, Rule } from '../model/config.js';
import type { ConfigIssue } from '../model/errors.js';
import { attributeColumns } from '../model/attribute-columns.js';

/** Consent values read as opted in when no `--consent-yes` is given (compared case-insensitively). */
export const DEFAULT_CONSENT_YES = ['yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given'] as const;
/** Consent values read as opted out when no `--consent-no` is given (compared case-insensitively). */
export const DEFAULT_CONSENT_NO = ['no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied'] as const;

/** Nobody who opted out is selected: on whenever the consent column is given (a count: a breach is a breach, no significance asked; policy/evaluate.ts). */
export const CONSENT_RULE: Readonly<Rule> = { id: 'unconsented_selected==0', metric: 'unconsented_selected', min: 0, max: 0, severity: 'fail' };
/** Selected with no consent recorded (an empty cell): shown, as a warning — the data cannot say whether it was a breach. */
export const UNKNOWN_CONSENT_RULE: Readonly<Rule> = { id: 'unknown_consent_selected==0', metric: 'unknown_consent_selected', min: 0, max: 0, severity: 'warn' };

/** `yes,opted_in` or `[yes, opted_in]` */
const valueList = z.union([z.string(), z.array(z.string())]).transform((v) =>
  (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s.length > 0),
);

/** The config's `consent:` block (the column itself is `columns.consent`, flag `--consent`). */
export const consentBlock = z.strictObject({
  yes: valueList.optional(),
  no: valueList.optional(),
  gate: z.boolean().optional(),
});

export type ConsentBlock = z.output<typeof consentBlock>;

/** The other columns a run reads for its decision, label, score, rank, outcome and groups (with the key that names them). */
function otherColumns(c: AuditConfig): [string, string][] {
  const named = (['prediction', 'score', 'label', 'rank', 'list', 'outcome'] as const).flatMap((k): [string, string][] => (c.columns[k] !== undefined ? [[c.columns[k]!, `--${k}`]] : []));
  const groups = c.groups.flatMap((g) => attributeColumns(g).map((col): [string, string] => [col, '--group']));
  return [...named, ...groups];
}

/**
 * Reads `columns.consent` and the `consent:` block into `c.consent` (mutates
 * `c`) and, when the gate is on and there is a decision, adds the rules
 * unconsented_selected==0 (fail) and unknown_consent_selected==0 (warn), each
 * unless the rules already bound its metric.
 */
export function resolveConsent(c: AuditConfig, block: ConsentBlock | undefined, hasDecision: boolean): ConfigIssue[] {
  const column = c.columns.consent;
  if (column === undefined) {
    return block ? [{ path: 'consent', message: 'the consent values need a consent column: give --consent <column> (columns.consent)' }] : [];
  }
  const issues: ConfigIssue[] = [];
  const yes = block?.yes ?? [...DEFAULT_CONSENT_YES];
  const no = block?.no ?? [...DEFAULT_CONSENT_NO];
  if (yes.length === 0) issues.push({ path: 'consent.yes', message: 'needs at least one value that means opted in, e.g. --consent-yes yes' });
  if (no.length === 0) issues.push({ path: 'consent.no', message: 'needs at least one value that means opted out, e.g. --consent-no no' });
  const lowerNo = new Set(no.map((v) => v.toLowerCase()));
  const both = yes.filter((v) => lowerNo.has(v.toLowerCase()));
  if (both.length > 0) issues.push({ path: 'consent', message: `${both.map((v) => JSON.stringify(v)).join(', ')} is both an opted-in and an opted-out value (compared case-insensitively); give it to only one of --consent-yes and --consent-no` });
  for (const [other, flag] of otherColumns(c)) {
    if (other === column) issues.push({ path: 'columns.consent', message: `"${column}" is both the consent column and the ${flag} column; consent is counted per group and decision, so give --consent a column of its own` });
  }
  c.consent = { yes, no, gate: block?.gate ?? true };
  if (!c.consent.gate || !hasDecision) return issues;
  // a rule of the user's on the same metric replaces the default one (a tolerance, a warning instead of a failure)
  const ruled = (r: Rule) => c.rules.some((own) => own.metric === r.metric);
  c.rules = [...c.rules, ...[CONSENT_RULE, UNKNOWN_CONSENT_RULE].filter((r) => !ruled(r)).map((r) => ({ ...r }))];
  return issues;
}
