import { createHash } from 'node:crypto';
import { mergeTallyTables } from '../../core/merge-tables.js';
import type { TallyTable } from '../../core/types.js';
import { InputError } from '../../model/errors.js';
import { mergeDecoderFacts, type DecoderFacts } from '../decode/decoder-facts.js';
import type { IdentifierColumn } from '../decode/identifier-columns.js';
import type { InputSourceRecord } from '../../model/audit-result.js';
import { aggregateFromJson, type Aggregate } from './aggregate-file.js';
import { fingerprintDifferences, type Fingerprint } from './fingerprint.js';
import { sqlResultAggregate } from './sql-result.js';
import { checkStatisticsTable } from './check-table.js';
import { readSideFileBytes, STATISTICS_FILE } from '../csv/side-file.js';
import { firstTooDeep } from '../csv/nesting-depth.js';

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

/** Deeper than any aggregate or query result nests (an aggregate: 6 levels). */
const MAX_DEPTH = 32;

function readStatistics(file: StatisticsFile): { aggregate: Aggregate; bytes: Buffer; kind: InputSourceRecord['kind'] } {
  const { bytes, text } = readSideFileBytes(file.path, STATISTICS_FILE, (message) => {
    throw new InputError(file.name, undefined, message);
  });
  const json = parseJsonObject(text, file.name);
  if (json !== undefined && !Array.isArray(json) && (json as { format?: unknown }).format !== undefined) {
    const aggregate = aggregateFromJson(json, file.name);
    checkStatisticsTable(aggregate.table, aggregate.fingerprint, file.name, 're-create it with fairgate aggregate');
    return { aggregate, bytes, kind: 'aggregate' };
  }
  const aggregate = sqlResultAggregate(text, json, file.name);
  checkStatisticsTable(aggregate.table, aggregate.fingerprint, file.name, 'run the query printed by fairgate sql again and save its whole result');
  return { aggregate, bytes, kind: 'sql-result' };
}

function parseJsonObject(text: string, file: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  const deep = firstTooDeep(text, MAX_DEPTH);
  if (deep) throw new InputError(file, deep.line, `nested more than ${MAX_DEPTH} levels deep, which no fairgate aggregate or query result is; is this the right file?`, { column: { number: deep.column } });
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
  const seen = new Map<string, string>();
  for (const file of files) {
    const { aggregate, bytes, kind } = readStatistics(file);
    hash.update(bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // one population: each part once (the same file, or two aggregates of the same data, would count rows twice)
    for (const id of [`file ${sha256}`, ...(kind === 'aggregate' && aggregate.input.sha256 ? [`data ${aggregate.input.sha256}`] : [])]) {
      const other = seen.get(id);
      if (other !== undefined) {
        const what = id.startsWith('file') ? `is the same file as ${other}` : `holds the statistics of the same data as ${other} (${aggregate.input.file}, SHA-256 ${aggregate.input.sha256.slice(0, 12)}…)`;
        throw new InputError(file.name, undefined, `${what}; merging it again would count its rows twice: give each part once`);
      }
      seen.set(id, file.name);
    }
    sources.push({ file: file.name, sha256, bytes: bytes.length, kind, ...(kind === 'aggregate' ? { data: aggregate.input } : {}) });
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
