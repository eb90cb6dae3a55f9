import type { SweepResult } from '../../model/sweep-result.js';
import { escapeXml, escapeXmlAttribute } from '../escape.js';
import { visibleText } from '../visible-text.js';
import { formatThreshold, passingHeadline, targetSentence } from './sweep-words.js';

const attr = (name: string, value: string | number) => `${name}="${escapeXmlAttribute(visibleText(String(value)))}"`;

function testcase(name: string, ok: boolean, message: string): string {
  const body = ok ? `<system-out>${escapeXml(visibleText(message))}</system-out>` : `<failure ${attr('message', message)}/>`;
  return `    <testcase ${attr('classname', 'fairgate.sweep')} ${attr('name', name)}>${body}</testcase>`;
}

/** JUnit XML: a passing threshold exists; the current threshold passes; the --select target has a passing threshold. */
export function renderSweepJunit(result: SweepResult): string {
  const cases = [testcase('a threshold passes every judged rule', result.passing.length > 0 || result.rules.judged.length === 0, passingHeadline(result))];
  if (result.current) cases.push(testcase(`current threshold ${formatThreshold(result.current.threshold)}`, result.current.passes, `${result.current.passes ? 'passes' : 'does not pass'} every judged rule`));
  if (result.target) cases.push(testcase('a passing threshold near the --select target', result.target.nearest !== null, targetSentence(result.target, result.input.rowsUsed)));
  const failures = cases.filter((c) => c.includes('<failure')).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attr('name', 'fairgate sweep')} ${attr('tests', cases.length)} ${attr('failures', failures)}>`,
    `  <testsuite ${attr('name', `sweep of ${result.columns.score} (${result.input.file})`)} ${attr('tests', cases.length)} ${attr('failures', failures)} ${attr('skipped', 0)} ${attr('timestamp', result.generatedAt)}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
