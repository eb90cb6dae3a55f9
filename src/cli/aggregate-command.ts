import { aggregateOf, aggregateToJson } from '../input/aggregate/aggregate-file.js';
import { tallyInput } from '../pipeline/audit.js';
import { resolveConfig } from '../config/resolve-config.js';
import { refuseRowBound } from '../input/aggregate/row-bound.js';
import { configLayers, inputSource, parseThreads, type AuditCommandFlags } from './audit-command.js';
import { emitOutput, guardCommandFiles } from './command-output.js';
import { jsonDocument } from '../render/json-pieces.js';
import type { CliIo } from './io.js';
import { toolInfo } from './tool-info.js';

/**
 * `fairgate aggregate <file|->`: one pass over the data into the mergeable
 * statistics, as versioned JSON (for shards: `fairgate audit --from-aggregates`).
 */
export async function aggregateCommand(file: string, flags: AuditCommandFlags & { output?: string }, io: CliIo): Promise<number> {
  guardCommandFiles(file, flags, io);
  const config = resolveConfig(configLayers(flags, io));
  refuseRowBound(config, 'fairgate aggregate');
  const input = inputSource(file, io, flags.inputName);
  const notes: string[] = [];
  const run = await tallyInput(config, input, { threads: parseThreads(flags.threads), onNotice: (text) => notes.push(text) });
  // given once the pass has succeeded: an error stays one line
  for (const text of notes) io.writeStderr(`fairgate: note: ${input.name}: ${text}\n`);
  const aggregate = aggregateOf(config, toolInfo(), { file: input.name, sha256: run.sha256, bytes: run.bytes }, run);
  // in pieces: the statistics of many groups can be longer than one string can hold
  await emitOutput(jsonDocument(aggregateToJson(aggregate), 0, 6), flags.output, io);
  return 0;
}
