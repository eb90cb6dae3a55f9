import { escapeTerminal } from './escape.js';
import type { ColumnGuess } from '../pipeline/guess-columns.js';

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function scalar(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.+\- ]*[A-Za-z0-9_.]$|^[A-Za-z_]$/.test(text) && !/^(true|false|yes|no|null|on|off)$/i.test(text) ? text : JSON.stringify(text);
}

/** A comment line; control characters from header names are shown as `\uXXXX`, so they cannot end it. */
const comment = (text: string) => `# ${escapeTerminal(text)}`;

function columnsBlock(g: ColumnGuess): string[] {
  const line = (key: string, value: string | undefined, why: string) =>
    value !== undefined ? `  ${key}: ${scalar(value)}   # ${why}` : `  # ${key}: <column>   # ${why}`;
  const isEmpty = g.prediction === undefined && g.score === undefined && g.label === undefined;
  const lines = [
    // a mapping whose keys are all commented out would parse as null, which the schema rejects
    isEmpty ? 'columns: {}   # none recognised: fill in the lines below and remove the {}' : 'columns:',
    line('prediction', g.prediction, 'the decision, 1/true/yes = selected (targeted, offered, approved)'),
    line('score', g.score, 'the model score in [0, 1]: enables calibration (ECE, reliability diagrams)'),
    line('label', g.label, 'the actual outcome: enables error rates (TPR, FPR) and calibration'),
  ];
  if (g.prediction === undefined && g.score !== undefined) lines.push('threshold: 0.5   # no decision column: decision = score >= threshold');
  return lines;
}

function groupsBlock(g: ColumnGuess): string[] {
  if (g.groups.length === 0) return ['groups: []   # list the demographic columns here, e.g. [gender, ethnicity]'];
  const lines = ['groups:', ...g.groups.map((c) => `  - ${scalar(c)}`)];
  if (g.groups.length >= 2) lines.push(`  # - ${scalar(`${g.groups[0]}+${g.groups[1]}`)}   # an intersection; small groups get no verdict`);
  return lines;
}

function rulesBlock(g: ColumnGuess): string[] {
  const hasDecision = g.prediction !== undefined || g.score !== undefined;
  const rules: string[] = [];
  if (hasDecision) rules.push('  - disparate_impact>=0.8   # the four-fifths benchmark, failed when significant after Holm (else a warning); "require=point" judges the estimate as EEOC 29 CFR 1607.4(D) does');
  if (hasDecision && g.label) rules.push('  - abs(equal_opportunity_difference)<=0.1   # true positive rates within 10 points (Hardt et al. 2016)');
  if (g.score && g.label) rules.push('  - ece<=0.05   # expected calibration error of each group at most 0.05');
  const optional = ['  # - abs(statistical_parity_difference)<=0.1', '  # - { metric: fpr_difference, maxAbs: 0.1, severity: warn }   # a warning does not fail the run'];
  return rules.length ? ['rules:', ...rules, ...optional] : ['# rules: need a decision (columns.prediction, or columns.score with threshold)'];
}

/** What was audited, shown at the top of every report: commented out, to fill in. */
function reportBlock(): string[] {
  return [
    comment('What was audited, shown at the top of every report (each line also a flag: --title, --model, …):'),
    comment('report:'),
    comment('  title: Fairness audit of the offer model, first half of 2025'),
    comment('  model: <model name>'),
    comment('  modelVersion: "1.0"   # quoted, so YAML keeps it as written'),
    comment('  owner: <team accountable for the model>'),
    comment('  contact: <e-mail address>'),
    comment('  purpose: <what the model is for>'),
    comment('  decisionContext: <the decision its output feeds, and who acts on it>'),
    comment('  dataPeriod: 2025-01-01..2025-06-30'),
    comment('  notes: <anything else a reviewer should know>'),
  ];
}

/** The commented starter config; it validates with the config schema (tested). */
export function renderConfigTemplate(g: ColumnGuess, source: { file?: string; header: readonly string[] }): string {
  const from = source.file ? `from the header and first rows of ${source.file}` : 'as a template (no input file given)';
  const head = [
    comment(`fairgate configuration, written by \`fairgate init\` ${from}.`),
    comment('Check every line, then run: fairgate audit ' + (source.file ?? '<data.csv>')),
    comment('What a metric means: fairgate explain <metric>. Flags on the command line override this file.'),
    ...(source.header.length ? ['', comment(`Columns found: ${source.header.join(', ')}`)] : []),
    ...g.notes.map((n) => comment(`Note: ${n}`)),
  ];
  return [
    ...head,
    '',
    ...columnsBlock(g),
    '',
    comment('Protected attributes to audit; a+b audits the intersection of two columns.'),
    ...groupsBlock(g),
    '',
    comment('Reference group of each comparison: highest (the most favourable group, as the four-fifths'),
    comment('rule and NYC Local Law 144 do), largest, or overall. Or name one per attribute:'),
    'reference: highest',
    comment('referenceGroups:'),
    comment(`  ${g.groups[0] ?? 'gender'}: <group value>`),
    '',
    'minGroupSize: 30   # smaller groups are measured but get no verdict and never serve as reference',
    'missing: group   # an empty demographic cell is its own group "(missing)"; or drop',
    comment('Privacy: mask groups under k rows (and enough others that they cannot be recovered by'),
    comment('subtraction) in every report; and make any row left out for an empty cell an error.'),
    comment('suppressBelow: 10'),
    comment('strict: true'),
    '',
    comment('A breach fails only when the data show it: significant at alpha (default 0.05) after'),
    comment("Holm's correction, or, for a metric without a test, its whole confidence interval outside"),
    comment('the bound; otherwise it is a warning, which does not fail the run. Add require=point to a'),
    comment('rule to fail on its estimate alone (fairgate explain require).'),
    ...rulesBlock(g),
    '',
    'failOn: fail   # or inconclusive: also fail the run when a verdict is impossible',
    comment('allowNoVerdict: true   # exit 0, not 3, when no check at all could be judged (all inconclusive)'),
    '',
    ...reportBlock(),
    '',
  ].join('\n');
}
