import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/render/reporters/junit.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { assertJunitStructure } from '../helpers/junit-schema.js';
import { BASIC, HOSTILE_NAMES, makeResult, resultWithGroupNames } from '../helpers/make-result.js';

const ctx = { isColor: false };
const attrParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name), parseAttributeValue: false });
const orderedParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });

interface Case { classname: string; name: string; failure?: unknown; skipped?: unknown; 'system-out'?: string }
interface Suite { name: string; tests: string; failures: string; errors: string; skipped: string; testcase?: Case[]; properties: { property: { name: string; value: string }[] } }

function parseJunit(xml: string): { testsuites: Suite[]; root: Record<string, string> } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = attrParser.parse(xml) as { testsuites: Record<string, string> & { testsuite: Suite[] } };
  return { testsuites: doc.testsuites.testsuite, root: doc.testsuites };
}

/** Counts in the XML equal the JSON findings, suite by suite and in total. */
function expectCountsMatch(xml: string, result: AuditResult): void {
  const { testsuites, root } = parseJunit(xml);
  expect(testsuites.map((s) => s.name)).toEqual(result.attributes.map((a) => a.name));
  for (const suite of testsuites) {
    const findings = result.findings.filter((f) => f.attribute === suite.name);
    const cases = suite.testcase ?? [];
    expect(Number(suite.tests)).toBe(findings.length);
    expect(cases).toHaveLength(findings.length);
    expect(Number(suite.failures)).toBe(findings.filter((f) => f.status === 'fail').length);
    expect(cases.filter((c) => c.failure !== undefined)).toHaveLength(Number(suite.failures));
    expect(Number(suite.skipped)).toBe(findings.filter((f) => f.status === 'inconclusive' || f.status === 'suppressed').length);
    expect(cases.filter((c) => c.skipped !== undefined)).toHaveLength(Number(suite.skipped));
    expect(suite.errors).toBe('0');
  }
  expect(Number(root.tests)).toBe(result.findings.length);
  expect(Number(root.failures)).toBe(result.summary.fail);
}

describe('JUnit reporter', () => {
  it('matches the snapshot (time fixed)', async () => {
    await expect(renderJunit(makeResult(BASIC), ctx)).toMatchFileSnapshot('__snapshots__/basic.junit.xml');
  });

  it('has a testsuite per attribute and a testcase per rule × group whose counts equal the JSON findings', () => {
    const result = makeResult(BASIC);
    expect(result.summary.fail).toBeGreaterThan(0);
    expect(result.summary.inconclusive).toBeGreaterThan(0);
    expectCountsMatch(renderJunit(result, ctx), result);
    const { testsuites } = parseJunit(renderJunit(result, ctx));
    const names = testsuites[0]!.testcase!.map((c) => `${c.classname} ${c.name}`);
    expect(names).toContain('gender disparate_impact>=0.8 [Female]');
    expect(names).toHaveLength(3 * 4);
  });

  it('follows the structure of the common JUnit schema (junit-10.xsd)', () => {
    assertJunitStructure(orderedParser.parse(renderJunit(makeResult(BASIC), ctx)));
    assertJunitStructure(orderedParser.parse(renderJunit(resultWithGroupNames(HOSTILE_NAMES), ctx)));
    expect(() => assertJunitStructure(orderedParser.parse('<testsuites><testsuite name="a" tests="1" failures="0"/></testsuites>'))).toThrow(/errors missing/);
    expect(() => assertJunitStructure(orderedParser.parse('<testsuites><testcase name="x"/></testsuites>'))).toThrow(/not allowed inside/);
  });

  it('reports a warning as a passing case with the warning in system-out', () => {
    const result = makeResult({ ...BASIC, config: { rules: [{ metric: 'disparate_impact', min: 0.8, severity: 'warn' }] } });
    const { testsuites } = parseJunit(renderJunit(result, ctx));
    const female = testsuites[0]!.testcase!.find((c) => c.name.includes('[Female]'))!;
    expect(female.failure).toBeUndefined();
    expect(female['system-out']).toMatch(/^warning: Female \(gender\) was targeted at 55.6 % of the rate of Male/);
    expectCountsMatch(renderJunit(result, ctx), result);
  });

  it('carries the provenance as properties and keeps hostile names as text', () => {
    const result = resultWithGroupNames(HOSTILE_NAMES);
    const xml = renderJunit(result, ctx);
    expectCountsMatch(xml, result);
    const { testsuites } = parseJunit(xml);
    const props = Object.fromEntries(testsuites[0]!.properties.property.map((p) => [p.name, p.value]));
    expect(props['fairgate.input_sha256']).toBe('ab'.repeat(32));
    expect(props['fairgate.command']).toBe('fairgate audit decisions.csv --group group -o report.html');
    const groups = testsuites[0]!.testcase!.map((c) => c.name.replace(/^\S+ \[(.*)\]$/s, '$1'));
    expect(groups).toContain('<img src=x onerror=alert(1)><script>alert(2)</script>');
    // control characters are shown as \uXXXX, as on the terminal: a CI view displays the name inert
    expect(groups).toContain('ctrl\\u0001\\u001b[31mred');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });
});
