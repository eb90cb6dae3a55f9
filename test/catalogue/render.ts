import type { CasePath, CatalogueCase } from './case.js';
import { CONFIG_CASES } from './config-cases.js';
import { FILE_CASES } from './file-cases.js';
import { INVOCATION_CASES } from './invocation-cases.js';
import { OUTPUT_CASES } from './output-cases.js';
import { FORMAT_CASES } from './format-cases.js';
import { NAME_CASES } from './name-cases.js';
import { RANKING_CASES } from './ranking-cases.js';
import { SIDE_FILE_CASES } from './side-file-cases.js';
import { STATISTICS_CASES } from './statistics-cases.js';
import { ROW_CASES } from './row-cases.js';
import { SWEEP_CASES } from './sweep-cases.js';
import { CONSENT_CASES } from './consent-cases.js';
import { CANDIDATE_CASES } from './candidate-cases.js';

export const CATALOGUE_BEGIN = '<!-- catalogue:begin (generated from test/catalogue/*-cases.ts; test/catalogue-doc.test.ts checks it) -->';
export const CATALOGUE_END = '<!-- catalogue:end -->';

/** What a table row shows of a case. */
type Row = Pick<CatalogueCase, 'input' | 'stderr' | 'paths' | 'sameReportAs'> & { exit: number };

const SECTIONS: readonly [string, readonly Row[]][] = [
  ['Files, encodings and compression', FILE_CASES],
  ['Separators, decimal commas, JSON Lines and Parquet', FORMAT_CASES],
  ['Records, values and the header', ROW_CASES],
  ['Ranks and score cut-offs', RANKING_CASES],
  ['The consent column (--consent)', CONSENT_CASES],
  ['Config files and flags (checked before any row is read)', CONFIG_CASES],
  ['Outputs, standard output, the environment and signals (outputs are checked before anything is read)', OUTPUT_CASES],
  ['Names, values and nested attributes (accepted: each is just a name, its own group)', NAME_CASES],
  ['Config and baseline files as untrusted input; environment variables', SIDE_FILE_CASES],
  ['Aggregate files and warehouse results (--from-aggregates)', STATISTICS_CASES],
  ['The data argument, standard input, the config file in use and GitHub Actions', INVOCATION_CASES],
  ['Threshold sweeps (fairgate sweep)', SWEEP_CASES],
  ['A candidate model on the same rows (--candidate)', CANDIDATE_CASES],
];

const PATH_NAMES: Record<CasePath, string> = { file: 'file', threads: '2 threads', stdin: 'stdin' };

/** A table cell: `|` escaped (GFM splits cells on it, even inside code). */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** Standard error as code spans, one per line (double backticks: messages may hold single ones). */
function message(c: Row): string {
  if (c.stderr === '') return c.sameReportAs ? 'accepted: the same report as the plain UTF-8 file' : 'accepted';
  return c.stderr
    .trimEnd()
    .split('\n')
    .map((line) => `\`\` ${cell(line)} \`\``)
    .join('<br>');
}

/** The catalogue as Markdown tables: input → message → exit code, and the paths each row was checked on. */
export function renderCatalogue(): string {
  const tables = SECTIONS.map(([title, cases]) => {
    const rows = cases.map((c) => `| ${cell(c.input)} | ${message(c)} | ${c.exit} | ${c.paths.map((p) => PATH_NAMES[p]).join(', ')} |`);
    return [`**${title}**`, '', '| input | message (standard error) | exit | checked on |', '| --- | --- | :-: | --- |', ...rows].join('\n');
  });
  return [CATALOGUE_BEGIN, '', tables.join('\n\n'), '', CATALOGUE_END].join('\n');
}
