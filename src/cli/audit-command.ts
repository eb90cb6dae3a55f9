import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { runAudit } from '../audit.js';
import { readBaseline } from '../baseline/read-baseline.js';
import { needsScorePass } from '../config/decision-source.js';
import type { AuditConfig } from '../config/types.js';
import { locateConfig, readConfigFile } from '../config/load-config.js';
import { resolveConfig, type ConfigLayer } from '../config/resolve-config.js';
import { validateFileConfig } from '../config/validate-config.js';
import { ConfigError, UsageError } from '../errors.js';
import type { InputSource } from '../input/read-csv.js';
import { getExitCode } from '../policy/exit-code.js';
import { EXTENSIONS, REPORTERS, type ReporterName } from '../report/reporters/index.js';
import type { ReportContext } from '../report/reporters/types.js';
import { writeOutputs, type RenderedOutput } from '../report/write-outputs.js';
import { flagsToConfig, type AuditFlags } from './flags-to-config.js';
import { publishToGithubActions } from './github-actions.js';
import type { CliIo } from './io.js';
import { createProgressBar, isProgressWanted, type ProgressBar } from './progress.js';
import { spoolToTempFile, type SpooledInput } from './spool-stdin.js';
import { reportTime, toolInfo } from './tool-info.js';

export interface AuditCommandFlags extends AuditFlags {
  format?: string;
  output?: string[];
  quiet?: boolean;
  color?: boolean;
  /** false with --no-progress */
  progress?: boolean;
  baseline?: string;
}

function configLayers(flags: AuditCommandFlags, io: CliIo): ConfigLayer[] {
  const layers: ConfigLayer[] = [];
  const file = locateConfig(flags.config, io.cwd);
  if (file !== undefined) {
    const { raw } = readConfigFile(file);
    const validated = validateFileConfig(raw);
    if (!validated.ok) throw new ConfigError(file, validated.issues);
    layers.push({ source: path.relative(io.cwd, file) || file, config: validated.config });
  }
  layers.push({ source: 'command line', config: flagsToConfig(flags) });
  return layers;
}

/** The input; standard input is spooled to a temporary file when the audit reads it twice (score cut-offs). */
async function inputSource(file: string, config: Readonly<AuditConfig>, io: CliIo): Promise<SpooledInput> {
  if (file !== '-') return { source: { name: file, open: () => createReadStream(path.resolve(io.cwd, file)) }, remove: () => undefined };
  if (needsScorePass(config)) return spoolToTempFile(io.stdin, '-');
  return { source: { name: '-', open: () => io.stdin }, remove: () => undefined };
}

function formatOfPath(file: string): ReporterName {
  const ext = path.extname(file).toLowerCase();
  const format = (EXTENSIONS as Record<string, ReporterName>)[ext];
  if (!format) {
    throw new UsageError(`-o ${file}: unknown report extension "${ext}"; use one of ${Object.keys(EXTENSIONS).join(', ')}`);
  }
  return format;
}

/** A progress bar on standard error when it is a terminal: bytes of the file size, or rows for standard input. */
function progressFor(file: string, flags: AuditCommandFlags, io: CliIo): ProgressBar | undefined {
  if (!isProgressWanted(flags, io.isStderrTty)) return undefined;
  let totalBytes: number | undefined;
  try {
    if (file !== '-') totalBytes = statSync(path.resolve(io.cwd, file)).size;
  } catch {
    // the reader reports a missing file properly; the bar just has no total
  }
  return createProgressBar({
    label: file === '-' ? 'standard input' : file,
    write: (text) => io.writeStderr(text),
    ...(totalBytes !== undefined ? { totalBytes } : {}),
    ...(io.now ? { now: io.now } : {}),
  });
}

/** `fairgate audit`: returns the exit code; throws known errors for the CLI to print. */
export async function auditCommand(file: string, flags: AuditCommandFlags, io: CliIo): Promise<number> {
  const config = resolveConfig(configLayers(flags, io));
  const outputs = (flags.output ?? []).map((p) => ({ path: path.resolve(io.cwd, p), format: formatOfPath(p) }));
  const stdoutFormat = (flags.format ?? 'table') as ReporterName;
  const baseline = flags.baseline === undefined ? undefined : readBaseline(flags.baseline, path.resolve(io.cwd, flags.baseline));
  const input = await inputSource(file, config, io);
  const progress = progressFor(file, flags, io);
  let result;
  try {
    result = await runAudit(config, {
      input: input.source,
      tool: toolInfo(),
      generatedAt: reportTime(io.env),
      command: ['fairgate', ...io.argv],
      ...(baseline ? { baseline } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.finish();
    input.remove();
  }
  const isColor = flags.color !== false && io.isStdoutTty && io.env.NO_COLOR === undefined;
  const ctx: ReportContext = { isColor };
  // Render everything before writing anything: a failing reporter leaves no file behind.
  const rendered: RenderedOutput[] = outputs.map((o) => ({ path: o.path, content: REPORTERS[o.format](result, { isColor: false }) }));
  const stdout = flags.quiet ? '' : REPORTERS[stdoutFormat](result, ctx);
  writeOutputs(rendered);
  if (stdout) io.writeStdout(stdout);
  publishToGithubActions(result, io);
  return getExitCode(result.status, config.failOn);
}
