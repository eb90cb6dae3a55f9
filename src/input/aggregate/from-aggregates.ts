import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mergeTallyTables } from '../../core/merge-tables.js';
import type { TallyTable } from '../../core/types.js';
import { InputError } from '../../model/errors.js';
import { mergeDecoderFacts, type DecoderFacts } from '../decode/decoder-facts.js';
import type { IdentifierColumn } from '../decode/identifier-columns.js';
import type { InputSourceRecord } from '../../model/audit-result.js';
import { aggregateFromJson, type Aggregate } from './aggregate-file.js';
import { fingerprintDifferences, type Fingerprint } from './fingerprint.js';
import { sqlResultAggregate } from './sql-result.js';

/** The statistics of several files, merged in the order given, and what was read. */
export interface MergedStatistics {
  fingerprint: Fingerprint;
  table: TallyTable;
  facts: DecoderFacts;
  /** the first file's identifier-looking columns (the data's first rows are in it) */
  identifiers: IdentifierColumn[];
  /** the files read: names joined with ", ", SHA-256 of their bytes in order, total size */
  input: { file: string; sha256: string; bytes: number; sources: InputSourceRecord[] };
}

export interface StatisticsFile {
  /** as given, for messages */
  name: string;
  path: string;
}

function readStatistics(file: StatisticsFile): { aggregate: Aggregate; bytes: Buffer; kind: InputSourceRecord['kind'] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file.name, undefined, code === 'ENOENT' ? 'file not found; check the path' : `cannot read the file (${code})`, { cause: error });
  }
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  const json = parseJsonObject(text);
  if (json !== undefined && !Array.isArray(json) && (json as { format?: unknown }).format !== undefined) {
    return { aggregate: aggregateFromJson(json, file.name), bytes, kind: 'aggregate' };
  }
  return { aggregate: sqlResultAggregate(text, json, file.name), bytes, kind: 'sql-result' };
}

function parseJsonObject(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // JSON lines, or CSV: the SQL result reader decides
  }
}

/**
 * Reads aggregate files and warehouse query results and merges them in the
 * order given: the same statistics as one pass over the concatenated data.
 * Files computed with a different configuration are refused (exit 2), with
 * what differs.
 */
export function mergeStatisticsFiles(files: readonly StatisticsFile[]): MergedStatistics {
  if (files.length === 0) throw new InputError('--from-aggregates', undefined, 'no file given');
  const hash = createHash('sha256');
  const sources: InputSourceRecord[] = [];
  let merged: { first: StatisticsFile; fingerprint: Fingerprint; table: TallyTable; facts: DecoderFacts; identifiers: IdentifierColumn[] } | undefined;
  for (const file of files) {
    const { aggregate, bytes, kind } = readStatistics(file);
    hash.update(bytes);
    sources.push({ file: file.name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, kind, ...(kind === 'aggregate' ? { data: aggregate.input } : {}) });
    if (!merged) {
      merged = { first: file, fingerprint: aggregate.fingerprint, table: aggregate.table, facts: aggregate.facts, identifiers: aggregate.identifiers };
      continue;
    }
    const differences = fingerprintDifferences(merged.fingerprint, aggregate.fingerprint);
    if (differences.length > 0) {
      throw new InputError(file.name, undefined, `its statistics were computed with other options than ${merged.first.name} (${differences.join('; ')}); compute every part with the same columns, groups, positive values, --missing and --bins`);
    }
    merged.table = mergeTallyTables(merged.table, aggregate.table);
    merged.facts = mergeDecoderFacts(merged.facts, aggregate.facts);
  }
  const bytes = sources.reduce((sum, s) => sum + s.bytes, 0);
  return { fingerprint: merged!.fingerprint, table: merged!.table, facts: merged!.facts, identifiers: merged!.identifiers, input: { file: files.map((f) => f.name).join(', '), sha256: hash.digest('hex'), bytes, sources } };
}
