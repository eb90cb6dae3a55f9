import type { AuditConfig } from './config/types.js';
import type { TallyTable } from './core/types.js';
import { InputError } from './errors.js';
import { finishDecoding, type DecoderFacts } from './input/decoder-facts.js';
import { scanCsv, type InputSource } from './input/read-csv.js';
import { runNotices, tallyFile } from './input/tally-file.js';
import { createRecordTally, type RecordTally } from './input/tally-records.js';
import type { IdentifierColumn } from './privacy/identifier-columns.js';
import type { AuditResult, Notice } from './report/audit-result.js';
import { buildAuditResult } from './report/build-result.js';

export { capabilitiesOf } from './core/capabilities.js';

export interface AuditDeps {
  input: InputSource;
  tool: { name: string; version: string };
  /** ISO-8601 time stamp of the report */
  generatedAt: string;
  command?: string[];
  /** optional progress hook (the CLI's progress bar): bytes read and records seen so far, every few MB */
  onProgress?: ProgressHook;
  /** worker threads for a large file (`--threads`); the report does not depend on it */
  threads?: number | 'auto';
}

export type ProgressHook = (progress: { bytes: number; rows: number }) => void;

export interface TallyRun {
  table: TallyTable;
  sha256: string;
  bytes: number;
  notices: Notice[];
  /** what the decoder saw in the binary columns (aggregates carry it, so merged runs give the same notices) */
  facts: DecoderFacts;
  /** identifier-looking columns the data carries (aggregates carry them for the same reason) */
  identifiers: IdentifierColumn[];
}

export interface TallyOptions {
  onProgress?: ProgressHook;
  /** worker threads for a file: a number, or 'auto' (the cores, for files of PARALLEL_MIN_BYTES and more) */
  threads?: number | 'auto';
}

/** Checks that leave nothing to audit. */
export function checkRows(table: TallyTable, file: string): void {
  if (table.rowsRead === 0) throw new InputError(file, undefined, 'the file has a header but no data rows, so there is nothing to audit; check that the export wrote its rows');
  if (table.rowsUsed === 0) {
    const reasons = Object.entries(table.rowsDropped).map(([r, c]) => `${c} ${r.replace(/_/g, ' ')}`).join(', ');
    throw new InputError(file, undefined, `all ${table.rowsRead} rows were left out (${reasons}), so there is nothing to audit; a row needs its prediction, label and score cells filled in`);
  }
}

export { runNotices };

/** One streaming pass over the input into per-group statistics; large files in parallel over byte ranges. */
export async function tallyInput(config: Readonly<AuditConfig>, input: InputSource, options: TallyOptions = {}): Promise<TallyRun> {
  const parallel = input.path !== undefined ? await tallyFile(config, input.name, input.path, options) : undefined;
  if (parallel) {
    checkRows(parallel.table, input.name);
    return parallel;
  }
  let tally: RecordTally | undefined;
  const onProgress = options.onProgress;
  const summary = await scanCsv(
    input,
    {
      header(fields) {
        tally = createRecordTally(fields, config, input.name);
        return tally.onRecord;
      },
    },
    onProgress ? { onProgress: (bytes) => onProgress({ bytes, rows: tally?.rows ?? 0 }) } : {},
  );
  const unused = finishDecoding(tally!.rules, tally!.rules.facts, input.name);
  const table = tally!.finish();
  checkRows(table, input.name);
  const identifiers = tally!.identifiers();
  return { table, sha256: summary.sha256, bytes: summary.bytes, notices: runNotices(unused, identifiers), facts: tally!.rules.facts, identifiers };
}

/** Read → decode → tally → metrics → findings → report object. Never touches `process`. */
export async function runAudit(config: Readonly<AuditConfig>, deps: AuditDeps): Promise<AuditResult> {
  const run = await tallyInput(config, deps.input, { onProgress: deps.onProgress, threads: deps.threads });
  return buildAuditResult(run.table, config, {
    tool: deps.tool,
    generatedAt: deps.generatedAt,
    ...(deps.command ? { command: deps.command } : {}),
    input: { file: deps.input.name, sha256: run.sha256, bytes: run.bytes },
    notices: run.notices,
  });
}
