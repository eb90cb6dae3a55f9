import type { AttributeResult, AuditResult, DisparityResult, GroupResult } from '../../model/audit-result.js';
import type { Interval } from '../../model/interval.js';
import { findChange } from '../change-lookup.js';
import { neutraliseCsvCell } from '../escape.js';
import { visibleJson, visibleText } from '../visible-text.js';
import { disparityKeys, metricKeys } from '../metric-info.js';
import { provenanceEntries } from '../provenance.js';
import { findingsOf, ruleLabel, worstVerdict } from '../verdicts.js';
import type { Reporter } from './types.js';
import { strataColumns, windowRows, type CsvRow } from '../splits/csv-parts.js';
import { candidateColumns } from '../candidate/csv-columns.js';
import { auditedFindings } from '../candidate/candidate-findings.js';
import { classCsvColumns } from '../classes/class-csv.js';

/**
 * A cell: text is shown visible (controls, bidi, invisible characters and text not in NFC as \uXXXX:
 * visible-text.ts; a spreadsheet displays them otherwise), then neutralised against formula
 * injection; JSON text (the resolved config) keeps its JSON reading; numbers are written in full precision.
 */
type Cell = string | number | null | undefined;

function cell(value: Cell, isJson = false): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : neutraliseCsvCell(isJson ? visibleJson(value) : visibleText(value));
}

interface CsvColumn {
  name: string;
  value: (g: GroupResult, attribute: AttributeResult | undefined, window?: string) => Cell;
}

const COUNTS = ['selected', 'positives', 'tp', 'fp', 'tn', 'fn', 'atK'] as const;

function metricColumns(groups: readonly GroupResult[]): CsvColumn[] {
  return metricKeys(groups).filter((key) => key !== 'n').flatMap((key): CsvColumn[] => {
    const cols: CsvColumn[] = [{ name: key, value: (g) => (g.metrics as Record<string, number | null>)[key] }];
    if (groups.some((g) => key in g.intervals)) {
      const interval = (g: GroupResult) => (g.intervals as Record<string, Interval | undefined>)[key];
      cols.push({ name: `${key}_ci_low`, value: (g) => interval(g)?.[0] }, { name: `${key}_ci_high`, value: (g) => interval(g)?.[1] });
    }
    return cols;
  });
}

/** Each disparity with its reference, and the statistics other modules attach when present. */
function disparityColumns(groups: readonly GroupResult[]): CsvColumn[] {
  return disparityKeys(groups).flatMap((key): CsvColumn[] => {
    const get = (g: GroupResult) => (g.disparities as Record<string, DisparityResult | undefined>)[key];
    const has = (field: keyof DisparityResult) => groups.some((g) => get(g)?.[field] !== undefined);
    const cols: CsvColumn[] = [
      { name: key, value: (g) => get(g)?.value },
      { name: `${key}_reference`, value: (g) => get(g)?.reference },
    ];
    if (has('interval')) cols.push({ name: `${key}_ci_low`, value: (g) => get(g)?.interval?.[0] }, { name: `${key}_ci_high`, value: (g) => get(g)?.interval?.[1] });
    if (has('test')) cols.push({ name: `${key}_test`, value: (g) => get(g)?.test });
    if (has('pValue')) cols.push({ name: `${key}_p`, value: (g) => get(g)?.pValue });
    if (has('pValueAdjusted')) cols.push({ name: `${key}_p_adjusted`, value: (g) => get(g)?.pValueAdjusted });
    if (has('minExpected')) cols.push({ name: `${key}_min_expected`, value: (g) => get(g)?.minExpected });
    return cols;
  });
}

/** With `--baseline`: for each metric a rule bounds by `maxRegression`, the baseline's value and the change. */
function baselineColumns(result: AuditResult): CsvColumn[] {
  const b = result.baseline;
  if (!b) return [];
  const metrics = [...new Set(result.config.rules.filter((r) => r.maxRegression !== undefined).map((r) => r.metric as string))];
  const changeOf = (g: GroupResult, a: AttributeResult | undefined, metric: string) =>
    a ? findChange(b.changes, a.name, g.key, metric) : undefined;
  return metrics.flatMap((m): CsvColumn[] => [
    { name: `${m}_baseline`, value: (g, a) => changeOf(g, a, m)?.before },
    { name: `${m}_change`, value: (g, a) => changeOf(g, a, m)?.change },
  ]);
}

/** The attribute's inequality of benefit, repeated on each of its groups' rows (empty on the whole population's). */
function inequalityColumns(result: AuditResult): CsvColumn[] {
  if (!result.attributes.some((a) => a.inequality)) return [];
  return [
    { name: 'entropy_alpha', value: (_g, a) => a?.inequality?.alpha },
    { name: 'generalized_entropy', value: (_g, a) => a?.inequality?.generalizedEntropy },
    { name: 'between_group_entropy', value: (_g, a) => a?.inequality?.betweenGroup },
  ];
}

function columnsFor(result: AuditResult, groups: readonly GroupResult[]): CsvColumn[] {
  // a time window's row has that window's findings; a whole-run row those of the whole run
  const own = (g: GroupResult, a: AttributeResult, window: string | undefined) => findingsOf(auditedFindings(result), a.name, g.key).filter((f) => f.window === window);
  const verdictOf = (g: GroupResult, a: AttributeResult | undefined, w?: string) => (a ? worstVerdict(own(g, a, w)) : undefined);
  const failedRules = (g: GroupResult, a: AttributeResult | undefined, w?: string) =>
    a ? own(g, a, w).filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => ruleLabel(f, result.config.rules)).join('; ') : undefined;
  const split = strataColumns(result).map((c): CsvColumn => ({ name: c.name, value: (g, a, window) => c.value({ g, a, ...(window !== undefined ? { window } : {}) }) as Cell }));
  return [
    ...(result.windows ? [{ name: 'window', value: (_g: GroupResult, _a: AttributeResult | undefined, w?: string) => w }] : []),
    { name: 'attribute', value: (_g, a) => a?.name ?? '(overall)' },
    { name: 'group', value: (g) => g.key },
    ...(groups.some((g) => g.suppressed) ? [{ name: 'suppressed', value: (g: GroupResult) => g.suppressed }] : []),
    { name: 'n', value: (g) => g.n },
    ...COUNTS.filter((c) => groups.some((g) => g[c] !== undefined)).map((c): CsvColumn => ({ name: c, value: (g) => g[c] })),
    ...metricColumns(groups),
    ...disparityColumns(groups),
    ...classCsvColumns(result),
    ...(groups.some((g) => g.aucMaxError !== undefined) ? [{ name: 'auc_max_error', value: (g: GroupResult) => g.aucMaxError }] : []),
    ...baselineColumns(result),
    ...candidateColumns(result),
    ...inequalityColumns(result),
    ...split,
    { name: 'verdict', value: verdictOf },
    { name: 'rules_not_met', value: failedRules },
  ];
}

/**
 * The per-group table as RFC 4180 CSV (CRLF line ends, header row): one row for
 * the whole population, then one per attribute × group. Columns are the union
 * over all groups so every row has the same shape; provenance facts close each
 * row as constant `provenance_*` columns, since CSV has no place for a header block.
 */
export const renderCsv: Reporter = (result: AuditResult) => {
  const rows: CsvRow[] = [
    { g: result.overall, a: undefined as AttributeResult | undefined },
    ...result.attributes.flatMap((a) => a.groups.map((g) => ({ g, a }))),
    // with --period: the same rows for each time window, its label in the `window` column
    ...windowRows(result),
  ];
  const columns = columnsFor(result, rows.map((r) => r.g));
  const provenance = provenanceEntries(result);
  const header = [...columns.map((c) => c.name), ...provenance.map((p) => `provenance_${p.key}`)].map((name) => cell(name));
  const lines = rows.map(({ g, a, window }) => [...columns.map((c) => cell(c.value(g, a, window))), ...provenance.map((p) => cell(p.value, p.key === 'config'))]);
  return [header, ...lines].map((fields) => `${fields.join(',')}\r\n`).join('');
};
