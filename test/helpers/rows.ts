import { capabilitiesOf } from '../../src/model/capabilities.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { AuditConfig } from '../../src/model/config.js';
import { validateFileConfig } from '../../src/config/validate-config.js';
import { createFold } from '../../src/core/accumulate.js';
import { budgetBytes } from '../../src/core/exact-limit.js';
import type { TallyTable } from '../../src/core/types.js';
import { buildAuditResult } from '../../src/pipeline/build-result.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { positionExposure } from '../../src/input/decode/rank-reader.js';
import type { ConsentCode } from '../../src/core/consent-tally.js';

/** A row for in-memory tests: group cells by column, plus decision/label/score, and a rank when the config has a rank column. */
export interface TestRow {
  cells: Record<string, string>;
  decision?: 0 | 1;
  label?: 0 | 1;
  score?: number;
  rank?: number;
  /** the numeric outcome, when the config has an outcome column */
  outcome?: number;
  /** the class of the multi-class decision, when the config has a decision column */
  decisionClass?: string;
  /** the row's consent (0 in, 1 out, 2 unknown), when the config has a consent column */
  consent?: ConsentCode;
  /** the candidate model's decision, when the config has a candidate column */
  candidate?: 0 | 1;
}

/** A resolved config through the same validation as a config file. */
export function testConfig(overrides: Record<string, unknown> = {}): Readonly<AuditConfig> {
  const validated = validateFileConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'], ...overrides });
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  return resolveConfig([{ source: 'test', config: validated.config }]);
}

/** Folds rows through the real fold (no CSV): the columns of `config.groups` are read from `cells`. */
export function tallyRows(rows: readonly TestRow[], config: Readonly<AuditConfig>): TallyTable {
  const columns = [...new Set(config.groups.flatMap((g) => g.split('+')))];
  const fold = createFold({
    capabilities: capabilitiesOf(config),
    bins: config.bins,
    missing: config.missing,
    bootstrap: config.bootstrap,
    exactBytes: budgetBytes(config.exactMemoryMB),
    attributes: config.groups.map((name) => {
      const cols = name.split('+');
      return { spec: { name, columns: cols }, indices: cols.map((c) => columns.indexOf(c)) };
    }),
  });
  const isRanked = config.columns.rank !== undefined;
  for (const row of rows) {
    const rank = isRanked ? (row.rank ?? 1) : undefined;
    fold.add(
      columns.map((c) => row.cells[c] ?? ''),
      { decision: row.decision ?? null, label: row.label ?? null, score: row.score ?? null, ...(row.outcome !== undefined ? { outcome: row.outcome } : {}), ...(row.decisionClass !== undefined ? { decisionClass: row.decisionClass } : {}), ...(row.consent !== undefined ? { consent: row.consent } : {}), ...(row.candidate !== undefined ? { candidate: row.candidate } : {}), ...(rank !== undefined ? { exposure: positionExposure(rank), isAtK: rank <= config.k } : {}) },
    );
  }
  return fold.finish();
}

export function auditRows(rows: readonly TestRow[], config: Readonly<AuditConfig>): AuditResult {
  return auditTable(tallyRows(rows, config), config);
}

/** The report of a folded table, with fixed metadata. */
export function auditTable(table: TallyTable, config: Readonly<AuditConfig>): AuditResult {
  return buildAuditResult(table, config, {
    tool: { name: 'fairgate', version: 'test' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    input: { file: 'rows', sha256: '0'.repeat(64), bytes: 0 },
  });
}

/** n rows of one group with the given decision/label counts (tp, fp, tn, fn) and no score. */
export function confusionRows(group: string, c: { tp: number; fp: number; tn: number; fn: number }, column = 'g'): TestRow[] {
  const make = (count: number, decision: 0 | 1, label: 0 | 1) =>
    Array.from({ length: count }, () => ({ cells: { [column]: group }, decision, label }));
  return [...make(c.tp, 1, 1), ...make(c.fp, 1, 0), ...make(c.tn, 0, 0), ...make(c.fn, 0, 1)];
}
