import path from 'node:path';
import type { AuditResult } from '../model/audit-result.js';
import { UsageError } from '../model/errors.js';
import { EXTENSIONS, loadPieceReporter, loadReporter, type ReportPieces, type ReporterName } from '../render/reporters/names.js';
import { OutputError } from './output-error.js';
import type { ReportContext } from '../render/reporters/types.js';
import { findChromium } from './find-chromium.js';
import type { CliIo } from './io.js';
import type { ReportFlags } from './report-options.js';
import type { RenderedOutput } from './write-outputs.js';

/** A report file's format: a reporter's, or `pdf` (the HTML report printed by Chromium). */
export type OutputFormat = ReporterName | 'pdf';

export interface OutputSpec {
  path: string;
  /** how messages name it: `-o out/report.pdf` */
  shown: string;
  format: OutputFormat;
  /** for a PDF: the Chromium that prints it */
  chromium?: string;
}

/** `-o` → its format by extension; `.pdf` too. */
export function formatOfPath(file: string): OutputFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  const format = (EXTENSIONS as Record<string, ReporterName>)[ext];
  if (!format) {
    throw new UsageError(`-o ${file}: unknown report extension "${ext}"; use one of ${[...Object.keys(EXTENSIONS), '.pdf'].join(', ')}`);
  }
  return format;
}

/** Every `-o`, with the Chromium of each PDF found before the audit runs (a missing browser fails at once, with nothing read or written). */
export function outputSpecs(outputs: readonly string[], io: CliIo): OutputSpec[] {
  return outputs.map((p) => {
    const spec: OutputSpec = { path: path.resolve(io.cwd, p), shown: `-o ${p}`, format: formatOfPath(p) };
    return spec.format === 'pdf' ? { ...spec, chromium: findChromium(io.env, spec.shown) } : spec;
  });
}

/** The report files' context: no colour, and the paper and appendix asked for. */
export function fileContext(flags: ReportFlags): ReportContext {
  return { isColor: false, ...(flags.paper ? { paper: flags.paper } : {}), ...(flags.appendix ? { appendix: flags.appendix } : {}) };
}

/** Renders every report file (a PDF through Chromium) before anything is written; JSON comes as pieces made while its temporary is written (names.ts). */
export async function renderOutputs(specs: readonly OutputSpec[], result: AuditResult, ctx: ReportContext): Promise<RenderedOutput[]> {
  const rendered: RenderedOutput[] = [];
  for (const o of specs) {
    if (o.format === 'pdf') {
      const render = await loadReporter('html');
      const html = withinStringLength(o.shown, reportOfGroups(result), () => render(result, ctx));
      const { printPdf } = await import('./print-pdf.js');
      rendered.push({ path: o.path, shown: o.shown, content: await printPdf(html, o.chromium!, o.shown) });
    } else {
      rendered.push({ path: o.path, shown: o.shown, content: await renderPieces(o.format, o.shown, result, ctx) });
    }
  }
  return rendered;
}

/** One report in pieces (`shown` names it in an error: `-o report.html`, `standard output`). */
export async function renderPieces(format: ReporterName, shown: string, result: AuditResult, ctx: ReportContext): Promise<ReportPieces> {
  const render = await loadPieceReporter(format);
  return withinStringLength(shown, reportOfGroups(result), () => render(result, ctx));
}

/** How an error names an audit's report: by its number of groups. */
export function reportOfGroups(result: AuditResult): string {
  return `the report of ${result.attributes.reduce((sum, a) => sum + a.groups.length, 0).toLocaleString('en-US')} groups`;
}

/**
 * A report longer than the longest string V8 can hold (about 512 MB of text)
 * is refused in one line, not a crash: JSON is written in pieces and never
 * reaches it; the other formats hold one text. `what` names the report in
 * the message ("the report of 100,000 groups").
 */
export function withinStringLength<T>(shown: string, what: string, render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (!(error instanceof RangeError) || !/Invalid string length/.test(error.message)) throw error;
    throw new OutputError(
      `${shown}: ${what} is longer than the longest text Node can hold (about 512 MB); nothing was written: write it as JSON (-o report.json or --format json, written in pieces), or audit fewer groups`,
      { cause: error },
    );
  }
}
