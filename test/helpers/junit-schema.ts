/**
 * The structure of the Jenkins xunit-plugin's junit-10.xsd (the common JUnit
 * schema that Jenkins, GitLab and GitHub test-report actions read), kept as
 * data: for each element, the attributes it allows, those it requires, and
 * the child elements it allows. `assertJunitStructure` walks a parsed document
 * against it — a small structural XSD check, not a general validator.
 */
interface ElementRule {
  attributes: readonly string[];
  required: readonly string[];
  children: readonly string[];
  hasText?: boolean;
}

const MESSAGE = { attributes: ['type', 'message'], required: [], children: [], hasText: true } as const;

export const JUNIT_10: Record<string, ElementRule> = {
  testsuites: { attributes: ['name', 'time', 'tests', 'failures', 'errors'], required: [], children: ['testsuite'] },
  testsuite: {
    attributes: ['name', 'tests', 'failures', 'errors', 'group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'],
    required: ['name', 'tests', 'failures', 'errors'],
    children: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
  },
  properties: { attributes: [], required: [], children: ['property'] },
  property: { attributes: ['name', 'value'], required: ['name', 'value'], children: [] },
  testcase: {
    attributes: ['name', 'time', 'classname', 'group'],
    required: ['name'],
    children: ['skipped', 'error', 'failure', 'rerunFailure', 'rerunError', 'flakyFailure', 'flakyError', 'system-out', 'system-err'],
  },
  failure: MESSAGE,
  error: MESSAGE,
  skipped: MESSAGE,
  'system-out': { attributes: [], required: [], children: [], hasText: true },
  'system-err': { attributes: [], required: [], children: [], hasText: true },
};

/** SUREFIRE_TIME in the XSD: digits with optional thousands groups and decimals. */
const TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?$/;

/** A node of fast-xml-parser's `preserveOrder` output. */
type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

export function assertJunitStructure(nodes: readonly OrderedNode[], parent = '(document)', path = ''): void {
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@')!;
    if (name === '?xml') continue;
    const where = `${path}/${name}`;
    if (name === '#text') {
      if (!JUNIT_10[parent]?.hasText) throw new Error(`${path}: text not allowed in <${parent}>`);
      continue;
    }
    const rule = JUNIT_10[name];
    if (!rule) throw new Error(`${where}: element <${name}> is not in junit-10.xsd`);
    if (parent === '(document)' ? name !== 'testsuites' : !JUNIT_10[parent]!.children.includes(name)) {
      throw new Error(`${where}: <${name}> is not allowed inside <${parent}>`);
    }
    const attrs = node[':@'] ?? {};
    for (const a of Object.keys(attrs)) if (!rule.attributes.includes(a)) throw new Error(`${where}: attribute ${a} not allowed`);
    for (const a of rule.required) if (!(a in attrs)) throw new Error(`${where}: required attribute ${a} missing`);
    if ('time' in attrs && !TIME.test(attrs.time!)) throw new Error(`${where}: time "${attrs.time}" is not a SUREFIRE_TIME`);
    assertJunitStructure(node[name] as OrderedNode[], name, where);
  }
}
