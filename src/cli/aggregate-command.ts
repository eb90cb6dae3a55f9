import path from 'node:path';
import { aggregateOf, aggregateToJson } from '../input/aggregate/aggregate-file.js';
import { tallyInput } from '../pipeline/audit.js';
import { resolveConfig } from '../config/resolve-config.js';
import { UsageError } from '../model/errors.js';
import { refuseRowBound } from '../input/aggregate/row-bound.js';
import { buildStatisticsQuery } from '../sql/build-query.js';
import { DIALECT_NAMES, type DialectName } from '../sql/dialects.js';
import { writeOutputs } from './write-outputs.js';
import { configLayers, inputSource, parseThreads, type AuditCommandFlags } from './audit-command.js';
import type { CliIo } from './io.js';
import { toolInfo } from './tool-info.js';

/** Writes `content` to -o (atomically) or standard output. */
function emit(content: string, output: string | undefined, io: CliIo): void {
  if (output === undefined) io.writeStdout(content);
  else writeOutputs([{ path: path.resolve(io.cwd, output), content }]);
}

/**
 * `fairgate aggregate <file|->`: one pass over the data into the mergeable
 * statistics, as versioned JSON (for shards: `fairgate audit --from-aggregates`).
 */
export async function aggregateCommand(file: string, flags: AuditCommandFlags & { output?: string }, io: CliIo): Promise<number> {
  const config = resolveConfig(configLayers(flags, io));
  refuseRowBound(config, 'fairgate aggregate');
  const input = inputSource(file, io);
  const notes: string[] = [];
  const run = await tallyInput(config, input, { threads: parseThreads(flags.threads), onNotice: (text) => notes.push(text) });
  // given once the pass has succeeded: an error stays one line
  for (const text of notes) io.writeStderr(`fairgate: note: ${file}: ${text}\n`);
  const aggregate = aggregateOf(config, toolInfo(), { file: input.name, sha256: run.sha256, bytes: run.bytes }, run);
  emit(`${JSON.stringify(aggregateToJson(aggregate))}\n`, flags.output, io);
  return 0;
}

/** `fairgate sql --dialect <d> --table <t>`: the query that computes the same statistics in a warehouse. */
export function sqlCommand(flags: AuditCommandFlags & { dialect?: string; table?: string; output?: string }, io: CliIo): number {
  if (!flags.dialect || !(DIALECT_NAMES as string[]).includes(flags.dialect)) throw new UsageError(`--dialect: expected one of ${DIALECT_NAMES.join(', ')}`);
  if (!flags.table?.trim()) throw new UsageError('--table: name the table or view that holds the decisions (schema.table is fine)');
  const config = resolveConfig(configLayers(flags, io));
  refuseRowBound(config, 'fairgate sql');
  emit(buildStatisticsQuery(config, flags.table.trim(), flags.dialect as DialectName, toolInfo()), flags.output, io);
  return 0;
}
