import { GRID_CELLS } from '../../core/auc-histogram.js';
import { InputError } from '../../model/errors.js';
import type { DropReason } from '../decode/decode-row.js';
import { shown } from '../decode/schema-issue.js';
import type { Fingerprint } from './fingerprint.js';
import { talliedAttributes } from '../../model/split-attributes.js';

/** The `detail` of a consent row (src/sql/consent-candidate.ts writes them). */
export const CONSENT_DETAILS = ['opted_out', 'unknown'] as const;

type Row = Record<string, unknown>;

const KINDS = ['meta', 'dropped', 'invalid', 'value', 'bin', 'auc', 'class', 'outcome', 'consent', 'candidate'] as const;
const DROP_REASONS: readonly DropReason[] = ['missing_prediction', 'missing_label', 'missing_score', 'missing_class', 'missing_outcome'];
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A cell of a query result as a number: absent (null, '' in CSV) is null; anything else must be a number (JSON may quote it). */
export function numberOf(x: unknown): number | null {
  if (x === null || x === undefined || x === '') return null;
  if (typeof x === 'number') return x;
  return typeof x === 'string' && NUMBER.test(x) ? Number(x) : Number.NaN;
}

/**
 * Checks every row of a `fairgate sql` result against the shape the query
 * gives (sql-result.ts reads them after this): a known kind, an attribute of
 * the fingerprint with a non-empty value per column, counts that are whole
 * numbers, bins and AUC cells in range, known drop reasons, one meta row. A
 * result edited by hand, cut short or from another query fails here with the
 * row and the column named, never as a wrong audit.
 */
export function checkResultRows(rows: readonly Row[], fingerprint: Fingerprint, file: string): void {
  // the audited attributes, then the internal intersections of strata and time windows, with their columns
  const arityOf = new Map<string, number>([['', 0], ...talliedAttributes(fingerprint).map((a): [string, number] => [a.name, a.columns.length])]);
  const hasScore = fingerprint.columns.score !== null;
  const hasDecision = fingerprint.columns.prediction !== null || fingerprint.threshold !== null;
  const hasLabel = fingerprint.columns.label !== null;
  // SQL's SUM over a column the run does not have is NULL: such a count may be absent
  const counted = { selected: hasDecision, positives: hasLabel, tp: hasDecision && hasLabel } as const;
  const reasons = new Set<string>();
  let metas = 0;
  rows.forEach((r, i) => {
    const refuse = (column: string, expected: string): never => {
      throw new InputError(file, undefined, `row ${i + 1} of the result (kind ${shown(r.kind)}), column ${column}: expected ${expected}, got ${shown(r[column])}; run the query printed by fairgate sql again and save its whole result`);
    };
    const whole = (column: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
      const v = numberOf(r[column]);
      if (v === null || !Number.isInteger(v) || v < min || v > max) refuse(column, max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`);
      return v!;
    };
    const finite = (column: string, isOptional: boolean) => {
      const v = numberOf(r[column]);
      if (v === null ? !isOptional : !Number.isFinite(v)) refuse(column, isOptional ? 'a finite number or nothing' : 'a finite number');
      return v;
    };
    const kind = r.kind;
    if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return refuse('kind', `one of ${KINDS.join(', ')}`);
    if (kind === 'meta') return void (whole('n', 0), metas++);
    whole('n', 1);
    if (kind === 'dropped') {
      if (typeof r.detail !== 'string' || !(DROP_REASONS as readonly string[]).includes(r.detail) || reasons.has(r.detail)) refuse('detail', `one of ${DROP_REASONS.join(', ')}, once each`);
      reasons.add(r.detail as string);
      return;
    }
    if (kind === 'invalid' || kind === 'value') {
      const roles = kind === 'invalid' ? ['prediction', 'label', 'score', ...(fingerprint.period ? ['period'] : []), ...(fingerprint.outcome ? ['outcome'] : []), ...(fingerprint.consent ? ['consent'] : []), ...(fingerprint.candidate !== undefined ? ['candidate'] : [])] : ['prediction', 'label'];
      if (typeof r.attribute !== 'string' || !roles.includes(r.attribute)) refuse('attribute', `one of ${roles.join(', ')}`);
      return;
    }
    const attribute = r.attribute ?? '';
    if (typeof attribute !== 'string' || !arityOf.has(attribute)) return refuse('attribute', `an audited attribute (${fingerprint.groups.join(', ')}) or nothing for the whole population`);
    const arity = arityOf.get(attribute)!;
    for (let k = 1; k <= arity; k++) if (typeof r[`v${k}`] !== 'string' || r[`v${k}`] === '') refuse(`v${k}`, `the group's value in column ${k} of ${attribute}`);
    if (kind === 'bin') {
      for (const c of ['selected', 'positives', 'tp'] as const) if (counted[c] || numberOf(r[c]) !== null) whole(c, 0);
      if (hasScore) whole('bin', 0, fingerprint.bins - 1);
      else if (numberOf(r.bin) !== null) refuse('bin', 'nothing: the statistics have no score');
      finite('sum_score', !hasScore);
      finite('sum_score_squared', !hasScore);
      finite('sum_squared_error', true);
      return;
    }
    if (kind === 'class') {
      // a class of the multi-class decision: a non-empty trimmed text, in a result of a query with --decision
      if (fingerprint.decision === undefined) refuse('kind', 'no class rows: the statistics have no --decision');
      if (typeof r.detail !== 'string' || r.detail === '') refuse('detail', 'the class (a non-empty text)');
      return;
    }
    if (kind === 'consent') {
      // a group's rows that opted out or whose consent is unknown (detail), and the selected among them
      if (!fingerprint.consent) refuse('kind', 'no consent rows: the statistics have no --consent');
      if (!(CONSENT_DETAILS as readonly unknown[]).includes(r.detail)) refuse('detail', CONSENT_DETAILS.join(' or '));
      if (hasDecision || numberOf(r.selected) !== null) whole('selected', 0);
      return;
    }
    if (kind === 'candidate') {
      // a group's rows the candidate selects (n), of which the audited decision selects too (selected) and with label 1 (tp)
      if (fingerprint.candidate === undefined) refuse('kind', 'no candidate rows: the statistics have no --candidate');
      if (hasDecision || numberOf(r.selected) !== null) whole('selected', 0);
      if (hasLabel || numberOf(r.tp) !== null) whole('tp', 0);
      return;
    }
    if (kind === 'outcome') {
      if (!fingerprint.outcome) refuse('kind', 'no outcome row: the statistics have no outcome');
      return void finite('score', false);
    }
    const isGrid = whole('grid', 0, 1) === 1;
    whole('label', 0, 1);
    if (isGrid) whole('score', 0, GRID_CELLS - 1);
    else {
      const score = finite('score', false)!;
      if (score < 0 || score > 1) refuse('score', 'a score in [0, 1]');
    }
  });
  if (metas !== 1) throw new InputError(file, undefined, `${metas === 0 ? 'no "meta" row' : `${metas} "meta" rows`}: save the whole result of one query printed by fairgate sql`);
}
