import { createReadStream } from 'node:fs';
import path from 'node:path';
import { runAudit } from '../audit.js';
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
import type { CliIo } from './io.js';
import { reportTime, toolInfo } from './tool-info.js';

export interface AuditCommandFlags extends AuditFlags {
  format?: string;
  output?: string[];
  quiet?: boolean;
  color?: boolean;
  threads?: string;
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

function inputSource(file: string, io: CliIo): InputSource {
  if (file === '-') return { name: '-', open: () => io.stdin };
  const absolute = path.resolve(io.cwd, file);
  return { name: file, path: absolute, open: () => createReadStream(absolute) };
}

function formatOfPath(file: string): ReporterName {
  const ext = path.extname(file).toLowerCase();
  const format = (EXTENSIONS as Record<string, ReporterName>)[ext];
  if (!format) {
    throw new UsageError(`-o ${file}: unknown report extension "${ext}"; use one of ${Object.keys(EXTENSIONS).join(', ')}`);
  }
  return format;
}

/** `--threads auto|N`: worker threads for a large file (the report is the same for any N). */
export function parseThreads(raw: string | undefined): number | 'auto' {
  if (raw === undefined || raw === 'auto') return 'auto';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--threads: expected auto or a whole number from 1 to 64, got "${raw}"`);
  return n;
}

/** `fairgate audit`: returns the exit code; throws known errors for the CLI to print. */
export async function auditCommand(file: string, flags: AuditCommandFlags, io: CliIo): Promise<number> {
  const config = resolveConfig(configLayers(flags, io));
  const outputs = (flags.output ?? []).map((p) => ({ path: path.resolve(io.cwd, p), format: formatOfPath(p) }));
  const stdoutFormat = (flags.format ?? 'table') as ReporterName;
  const result = await runAudit(config, {
    input: inputSource(file, io),
    tool: toolInfo(),
    generatedAt: reportTime(io.env),
    command: ['fairgate', ...io.argv],
    threads: parseThreads(flags.threads),
  });
  const isColor = flags.color !== false && io.isStdoutTty && io.env.NO_COLOR === undefined;
  const ctx: ReportContext = { isColor };
  // Render everything before writing anything: a failing reporter leaves no file behind.
  const rendered: RenderedOutput[] = outputs.map((o) => ({ path: o.path, content: REPORTERS[o.format](result, { isColor: false }) }));
  const stdout = flags.quiet ? '' : REPORTERS[stdoutFormat](result, ctx);
  writeOutputs(rendered);
  if (stdout) io.writeStdout(stdout);
  return getExitCode(result.status, config.failOn);
}
