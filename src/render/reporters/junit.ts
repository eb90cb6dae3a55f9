import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import { escapeXml, escapeXmlAttribute } from '../escape.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { visibleText } from '../visible-text.js';
import { describeBound } from '../prose/finding-text.js';
import { formatValue } from '../format-number.js';
import { provenanceEntries } from '../provenance.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import { isRegressionFinding, ruleLabel } from '../verdicts.js';
import type { Reporter } from './types.js';
import { isRefusedNoVerdict } from '../../policy/exit-code.js';
import { noVerdictSentence } from '../prose/no-verdict-sentence.js';
import { bySeverity } from '../finding-order.js';
import { classCaption } from '../classes/class-layout.js';
import { verdictReasons, verdictReasonsText } from '../prose/reason-labels.js';

/**
 * JUnit XML in the Jenkins/Ant dialect (the xunit-plugin's junit-10.xsd, which
 * GitLab, GitHub test-report actions and Azure read too):
 * `<testsuites>` › a `<testsuite>` per attribute › a `<testcase>` per rule × group.
 * fail → `<failure>`; inconclusive and suppressed → `<skipped>` (no verdict was
 * possible); warn → a passing case with the warning in `<system-out>`, because
 * a warning does not fail the run and JUnit has no third state. Each suite's
 * cases come most serious first (the reports' one order), and its
 * `<system-out>` says why its warned, inconclusive and hidden checks got their
 * verdict, counted by reason (`3 inconclusive — group under 30 rows: 2 · …`). A run
 * that judged nothing has one more suite, `fairgate`, with a failing case (see noVerdictSuite).
 */

// CI views display these values: what came from the data is shown visible (controls, bidi, invisible characters as \uXXXX)
const attr = (name: string, value: string | number) => `${name}="${escapeXmlAttribute(visibleText(String(value)))}"`;
const text = (value: string) => escapeXml(visibleText(value));

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

function countsOf(findings: readonly Finding[]): Counts {
  return {
    tests: findings.length,
    failures: findings.filter((f) => f.status === 'fail').length,
    skipped: findings.filter((f) => f.status === 'inconclusive' || f.status === 'suppressed').length,
  };
}

/** `; baseline: 0.714; change: -0.238` for a regression finding. */
function baselineFacts(f: Finding): string {
  return isRegressionFinding(f) ? `; baseline: ${formatValue(f.baseline, 6)}; change: ${formatValue(f.change, 6)}` : '';
}

function caseBody(f: Finding, result: AuditResult): string {
  const detail = `${findingSentence(f, result, 'plain')}\nvalue: ${formatValue(f.value, 6)}${baselineFacts(f)}; required: ${describeBound(f.bound)}${f.reference ? `; reference: ${f.reference}` : ''}; rows: ${f.n ?? 'hidden'}`;
  switch (f.status) {
    case 'fail':
      return `      <failure ${attr('message', findingSentence(f, result, 'terse'))} ${attr('type', f.reason)}>${detail.split('\n').map(text).join('\n')}</failure>\n`;
    case 'inconclusive':
    case 'suppressed':
      return `      <skipped ${attr('message', findingSentence(f, result, 'terse'))}/>\n`;
    case 'warn':
      return `      <system-out>${`warning: ${detail}`.split('\n').map(text).join('\n')}</system-out>\n`;
    case 'pass':
      return '';
  }
}

function testcase(f: Finding, result: AuditResult): string {
  // a rule with a threshold and a maxRegression bound gives two cases per group: the names must differ
  // and a rule judged in every time window gives a case per window
  const name = `${ruleLabel(f, result.config.rules)} [${f.group}]${f.window !== undefined ? ` @ ${f.window}` : ''}`;
  const open = `    <testcase ${attr('classname', f.attribute)} ${attr('name', name)} time="0"`;
  const body = caseBody(f, result);
  return body ? `${open}>\n${body}    </testcase>\n` : `${open}/>\n`;
}

function properties(result: AuditResult, attribute?: string): string {
  // JUnit has no notices; the AUC and outcome grids' error bounds go with the provenance.
  const auc = result.notices.filter((n) => n.code === 'auc-approximate' || n.code === 'outcome-approximate').map((n) => ({ key: `notice.${n.code}`, value: noticeSentence(n) }));
  // with --decision: the attribute's classes, reference and test of independence
  const judged = result.attributes.find((a) => a.name === attribute && a.classes);
  const classes = judged ? [{ key: 'classes', value: classCaption(result, judged) }] : [];
  const props = [...provenanceEntries(result), ...auc, ...classes].map((p) => `      <property ${attr('name', `fairgate.${p.key}`)} ${attr('value', p.value)}/>\n`);
  return `    <properties>\n${props.join('')}    </properties>\n`;
}

function testsuite(result: AuditResult, attribute: string, findings: readonly Finding[]): string {
  const c = countsOf(findings);
  const head = [attr('name', attribute), attr('tests', c.tests), attr('failures', c.failures), 'errors="0"', attr('skipped', c.skipped), 'time="0"', attr('timestamp', result.generatedAt.replace(/(\.\d+)?Z$/, ''))];
  const why = verdictReasons(findings, result.config).map(verdictReasonsText);
  const out = why.length ? `    <system-out>${why.map(text).join('\n')}</system-out>\n` : '';
  return `  <testsuite ${head.join(' ')}>\n${properties(result, attribute)}${bySeverity(findings, result).map((f) => testcase(f, result)).join('')}${out}  </testsuite>\n`;
}

/**
 * A run with rules that judged nothing exits 3 (unless allowNoVerdict): a suite `fairgate` whose
 * one case, `a check was judged`, fails with the sentence that says why, so the CI view shows it.
 */
function noVerdictSuite(result: AuditResult): string {
  if (!isRefusedNoVerdict(result, result.config)) return '';
  const head = [attr('name', 'fairgate'), 'tests="1"', 'failures="1"', 'errors="0"', 'skipped="0"', 'time="0"', attr('timestamp', result.generatedAt.replace(/(\.\d+)?Z$/, ''))];
  const sentence = noVerdictSentence(result);
  const failure = `      <failure ${attr('message', sentence)} type="no-verdict">${text(sentence)}</failure>\n`;
  return `  <testsuite ${head.join(' ')}>\n${properties(result)}    <testcase classname="fairgate" name="a check was judged" time="0">\n${failure}    </testcase>\n  </testsuite>\n`;
}

export const renderJunit: Reporter = (result) => {
  const extra = noVerdictSuite(result);
  const counts = countsOf(result.findings);
  const c = extra ? { ...counts, tests: counts.tests + 1, failures: counts.failures + 1 } : counts;
  const suites = [...result.attributes.map((a) => testsuite(result, a.name, result.findings.filter((f) => f.attribute === a.name))), extra];
  const root = [attr('name', result.config.report?.title ?? `fairgate audit of ${result.input.file}`), attr('tests', c.tests), attr('failures', c.failures), 'errors="0"', 'time="0"'];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${root.join(' ')}>\n${suites.join('')}</testsuites>\n`;
};
