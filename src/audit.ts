import { attributeColumns } from './config/resolve-config.js';
import type { AuditConfig } from './config/types.js';
import { createFold, type Fold } from './core/accumulate.js';
import type { Observation } from './core/tally.js';
import type { Capabilities, TallyTable } from './core/types.js';
import { InputError } from './errors.js';
import { columnIndex } from './input/columns.js';
import { createRowDecoder, type RowDecoder } from './input/decode-row.js';
import { droppedRowError } from './input/dropped-row.js';
import { readCsv, type InputSource } from './input/read-csv.js';
import { createIdentifierScan, identifierNotice, type IdentifierScan } from './privacy/identifier-columns.js';
import type { AuditResult, Notice } from './report/audit-result.js';
import { buildAuditResult } from './report/build-result.js';

export interface AuditDeps {
  input: InputSource;
  tool: { name: string; version: string };
  /** ISO-8601 time stamp of the report */
  generatedAt: string;
  command?: string[];
  /** optional progress hook (the CLI's progress bar): bytes read and records seen so far */
  onProgress?: ProgressHook;
}

export type ProgressHook = (progress: { bytes: number; rows: number }) => void;

export function capabilitiesOf(config: Readonly<AuditConfig>): Capabilities {
  return {
    hasDecision: config.columns.prediction !== undefined || config.threshold !== null,
    hasLabel: config.columns.label !== undefined,
    hasScore: config.columns.score !== undefined,
  };
}

/** Header positions the audit reads: decision, score, outcome and every group column. */
function usedColumns(header: readonly string[], config: Readonly<AuditConfig>, file: string): Set<number> {
  const { prediction, score, label } = config.columns;
  const names = [prediction, score, label, ...config.groups.flatMap(attributeColumns)].filter((c) => c !== undefined);
  return new Set(names.map((c) => columnIndex(header, c, file)));
}

export interface TallyRun {
  table: TallyTable;
  sha256: string;
  bytes: number;
  notices: Notice[];
}

/** One streaming pass over the input into per-group statistics. */
export async function tallyInput(config: Readonly<AuditConfig>, input: InputSource, onProgress?: ProgressHook): Promise<TallyRun> {
  let decoder: RowDecoder | undefined;
  let rows = 0;
  let fold: Fold | undefined;
  let scan: IdentifierScan | undefined;
  const observation: Observation = { decision: null, label: null, score: null };
  const summary = await readCsv(input, {
    header(fields) {
      decoder = createRowDecoder(fields, config, input.name);
      fold = createFold({
        capabilities: capabilitiesOf(config),
        bins: config.bins,
        missing: config.missing,
        bootstrap: config.bootstrap,
        attributes: config.groups.map((name) => {
          const columns = attributeColumns(name);
          return { spec: { name, columns }, indices: columns.map((c) => columnIndex(fields, c, input.name)) };
        }),
      });
      scan = createIdentifierScan(fields, usedColumns(fields, config, input.name));
    },
    record(fields, line) {
      rows += 1;
      scan!.add(fields); // a no-op after the first rows
      const status = decoder!.decode(fields, line, observation);
      if (status === 'ok') fold!.add(fields, observation);
      else if (status !== 'invalid') {
        if (config.strict) throw droppedRowError(status, line, input.name, config);
        fold!.drop(status);
      }
    },
    ...(onProgress ? { progress: (bytes: number) => onProgress({ bytes, rows }) } : {}),
  });
  const unused = decoder!.finish();
  const table = fold!.finish();
  if (table.rowsRead === 0) throw new InputError(input.name, undefined, 'the file has a header but no data rows');
  if (table.rowsUsed === 0) {
    throw new InputError(input.name, undefined, `all ${table.rowsRead} rows were left out (${Object.entries(table.rowsDropped).map(([r, c]) => `${c} ${r.replace(/_/g, ' ')}`).join(', ')}); nothing to audit`);
  }
  return {
    table,
    sha256: summary.sha256,
    bytes: summary.bytes,
    notices: [
      ...unused.map((message) => ({ code: 'unused-positive-value' as const, message })),
      ...[identifierNotice(scan!.finish())].filter((n) => n !== undefined),
    ],
  };
}

/** Read → decode → tally → metrics → findings → report object. Never touches `process`. */
export async function runAudit(config: Readonly<AuditConfig>, deps: AuditDeps): Promise<AuditResult> {
  const run = await tallyInput(config, deps.input, deps.onProgress);
  return buildAuditResult(run.table, config, {
    tool: deps.tool,
    generatedAt: deps.generatedAt,
    ...(deps.command ? { command: deps.command } : {}),
    input: { file: deps.input.name, sha256: run.sha256, bytes: run.bytes },
    notices: run.notices,
  });
}
