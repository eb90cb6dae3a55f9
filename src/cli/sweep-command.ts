import path from 'node:path';
import type { AuditFlags } from './flags-to-config.js';
import { configLayers, inputSource, parseThreads } from './audit-command.js';
import { resolveConfig } from '../config/resolve-config.js';
import { UsageError } from '../model/errors.js';
import { NO_SCORE } from '../pipeline/sweep/run-sweep.js';
import type { SweepResult } from '../model/sweep-result.js';
import { inputNameOf } from './input-choice.js';
import { guardRunFiles, writeReports } from './guard-run-files.js';
import type { CliIo } from './io.js';
import { reportTime, toolInfo } from './tool-info.js';
import { checkEnvironment } from './environment.js';
import { parseGrid, parseSelect } from './sweep-flags.js';
import type { RenderedOutput } from './write-outputs.js';
import { withinStringLength } from './report-outputs.js';

export interface SweepCommandFlags extends AuditFlags {
  format?: string;
  output?: string[];
  quiet?: boolean;
  color?: boolean;
  threads?: string;
  inputName?: string;
  grid?: string;
  gridStep?: string;
  select?: string;
  perGroup?: boolean;
}

/** The sweep's report formats by extension (the audit's, but PDF). */
const SWEEP_EXTENSIONS: Record<string, string> = { '.txt': 'table', '.json': 'json', '.md': 'markdown', '.html': 'html', '.htm': 'html', '.csv': 'csv', '.xml': 'junit' };

function sweepOutputFormat(file: string): string {
  const ext = path.extname(file).toLowerCase();
  const format = SWEEP_EXTENSIONS[ext];
  if (!format) throw new UsageError(`-o ${file}: unknown report extension "${ext}" for a sweep; use one of ${Object.keys(SWEEP_EXTENSIONS).join(', ')}`);
  return format;
}

/** The config: the audit's layers, with a placeholder threshold so that the decision rules resolve (the sweep replaces it). */
function sweepConfig(flags: SweepCommandFlags, io: CliIo) {
  const layers = configLayers(flags, io);
  if (!layers.some((l) => l.config.columns?.score !== undefined)) throw new UsageError(NO_SCORE);
  const given = layers.some((l) => l.config.threshold !== undefined);
  const other = layers.some((l) => l.config.columns?.prediction !== undefined || l.config.topK !== undefined || l.config.topPercent !== undefined);
  const config = resolveConfig(given || other ? layers : [...layers, { source: 'sweep', config: { threshold: 0 } }]);
  return given ? config : { ...config, threshold: null };
}

/** `fairgate sweep`: returns the exit code (0 some threshold passes, 1 none does); throws known errors for the CLI to print. */
export async function sweepCommand(file: string, flags: SweepCommandFlags, io: CliIo): Promise<number> {
  checkEnvironment(io.env);
  inputNameOf(file, flags.inputName);
  const grid = parseGrid(flags.grid, flags.gridStep);
  const select = parseSelect(flags.select);
  const outputs = (flags.output ?? []).map((p) => ({ path: path.resolve(io.cwd, p), shown: `-o ${p}`, format: sweepOutputFormat(p) }));
  guardRunFiles({ data: file, ...(flags.config !== undefined ? { config: flags.config } : {}), outputs: flags.output ?? [], writesStdout: !flags.quiet }, io);
  const config = sweepConfig(flags, io);
  if (flags.perGroup && !select && config.threshold === null) throw new UsageError('--per-group: needs a selection rate to give every group: add --select 20% (or --threshold t, whose overall rate is used)');
  const { runSweep } = await import('../pipeline/sweep/run-sweep.js');
  const result: SweepResult = await runSweep(
    config,
    {
      input: inputSource(file, io, flags.inputName),
      tool: toolInfo(),
      generatedAt: reportTime(io.env),
      command: ['fairgate', ...io.argv],
      threads: parseThreads(flags.threads),
    },
    { ...(grid ? { grid } : {}), ...(select ? { select } : {}), ...(flags.perGroup ? { perGroup: true } : {}) },
  );
  const { renderSweepPieces } = await import('../render/sweep/index.js');
  const isColor = flags.color !== false && io.isStdoutTty && io.env.NO_COLOR === undefined;
  const render = (shown: string, format: string, color: boolean) => withinStringLength(shown, 'the sweep report', () => renderSweepPieces(result, format, { isColor: color }));
  const rendered: RenderedOutput[] = outputs.map((o) => ({ path: o.path, shown: o.shown, content: render(o.shown, o.format, false) }));
  const stdout = flags.quiet ? [] : render('standard output', flags.format ?? 'table', isColor);
  await writeReports(rendered, stdout, io);
  return result.passing.length > 0 || result.rules.judged.length === 0 ? 0 : 1;
}
