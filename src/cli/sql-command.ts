import { resolveConfig } from '../config/resolve-config.js';
import { UsageError } from '../model/errors.js';
import { refuseRowBound } from '../input/aggregate/row-bound.js';
import { buildStatisticsQuery } from '../sql/build-query.js';
import { DIALECT_NAMES, type DialectName } from '../sql/dialects.js';
import { emitOutput, guardCommandFiles } from './command-output.js';
import { configLayers, type AuditCommandFlags } from './audit-command.js';
import type { CliIo } from './io.js';
import { toolInfo } from './tool-info.js';

/**
 * `fairgate sql --dialect <d> --table <t>`: the query that computes the same
 * statistics in a warehouse, whose result `fairgate audit --from-aggregates`
 * judges as it judges an aggregate file.
 */
export async function sqlCommand(flags: AuditCommandFlags & { dialect?: string; table?: string; output?: string }, io: CliIo): Promise<number> {
  if (!flags.dialect || !(DIALECT_NAMES as string[]).includes(flags.dialect)) throw new UsageError(`--dialect: expected one of ${DIALECT_NAMES.join(', ')}`);
  if (!flags.table?.trim()) throw new UsageError('--table: name the table or view that holds the decisions (schema.table is fine)');
  guardCommandFiles(undefined, flags, io);
  const config = resolveConfig(configLayers(flags, io));
  refuseRowBound(config, 'fairgate sql');
  const banded = Object.keys(config.bands);
  if (banded.length > 0) {
    // a query without the bands would tally every distinct value: refused rather than silently unbanded
    throw new UsageError(`--bins ${banded[0]}=…: fairgate sql does not band columns yet; band them in the view the query reads (CASE WHEN ${banded[0]} < … THEN '<…' …), or fold the rows with fairgate aggregate --bins and audit with --from-aggregates`);
  }
  await emitOutput(buildStatisticsQuery(config, flags.table.trim(), flags.dialect as DialectName, toolInfo()), flags.output, io);
  return 0;
}
