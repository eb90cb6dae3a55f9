import { fixed, STANDARD_ARGS, withRows, type CatalogueCase } from './case.js';

const data = fixed(withRows([])(0));
const FILE = ['file'] as const;
const withConfig = (file: string) => ['-c', file, ...STANDARD_ARGS];
const withBaseline = (file: string) => [...STANDARD_ARGS, '--baseline', file];
const inConfig = (file: string, issue: string) => `fairgate: invalid configuration in ${file}: ${issue}\n`;

/** Config files and baseline reports, read as untrusted input before any row; and the environment variables an audit reads. */
export const SIDE_FILE_CASES: readonly CatalogueCase[] = [
  { input: 'a config path that is a directory', data, args: withConfig('conf'), files: () => ({ conf: { kind: 'directory' } }), stderr: inConfig('conf', 'is a directory; give a config file'), exit: 2, paths: FILE },
  {
    input: 'a config path that is a named pipe (FIFO)',
    data,
    args: withConfig('conf.yaml'),
    files: () => ({ 'conf.yaml': { kind: 'fifo' } }),
    stderr: inConfig('conf.yaml', 'is a named pipe (FIFO), not a file: fairgate would wait for it forever; give a config file'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a config file of 2 MB',
    data,
    args: withConfig('conf.yaml'),
    files: () => ({ 'conf.yaml': { kind: 'sparse', bytes: 2 * 1024 * 1024 } }),
    stderr: inConfig('conf.yaml', 'the config file is 2.0 MiB, more than the 1.0 MiB fairgate reads; is this the right file?'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a config nesting 200,000 flow lists',
    data,
    args: withConfig('conf.yaml'),
    files: () => ({ 'conf.yaml': `groups: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n` }),
    stderr: inConfig('conf.yaml', 'line 1, column 25: nested more than 16 levels deep; a fairgate config is a few levels deep'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a YAML tag fairgate does not know (!!js/function)',
    data,
    config: 'rules: !!js/function "function () { return [] }"\n',
    stderr: inConfig('fairgate.config.yaml', 'line 1, column 8: unknown YAML tag !!js/function; a config holds plain values: remove the tag'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a YAML type tag (!!binary, !!set, !!timestamp …)',
    data,
    config: 'groups: !!set { gender }\n',
    stderr: inConfig('fairgate.config.yaml', 'line 1, column 15: YAML tag !!set is not allowed; a config holds plain values (text, numbers, true/false, lists, mappings): remove the tag'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a YAML alias bomb ("billion laughs")',
    data,
    config: ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n'),
    stderr: inConfig('fairgate.config.yaml', 'not usable YAML: Excessive alias count indicates a resource exhaustion attack'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a config file that is not UTF-8 (Latin-1)',
    data,
    files: () => ({ 'fairgate.config.yaml': Buffer.from('groups: [r\u00e9gion]\n', 'latin1') }),
    stderr: inConfig('fairgate.config.yaml', 'the config file is not UTF-8 text (is it binary, or in another encoding?); save it as UTF-8'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a baseline path that is a directory',
    data,
    args: withBaseline('old'),
    files: () => ({ old: { kind: 'directory' } }),
    stderr: 'fairgate: old: --baseline: is a directory; give a baseline report\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a baseline report nested 200,000 deep',
    data,
    args: withBaseline('old.json'),
    files: () => ({ 'old.json': `{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}` }),
    stderr: 'fairgate: old.json, line 1, column 37: --baseline: nested more than 32 levels deep, which no fairgate report is; give the JSON report of an earlier run\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a baseline report with a wrong type',
    data,
    args: withBaseline('old.json'),
    files: () => ({ 'old.json': JSON.stringify({ schemaVersion: 1, tool: { name: 'fairgate' }, generatedAt: 7 }) }),
    stderr: 'fairgate: old.json: --baseline: not a complete fairgate report: generatedAt: expected a text, got 7\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'SOURCE_DATE_EPOCH that is not whole seconds',
    data,
    env: { SOURCE_DATE_EPOCH: '2026-01-01' },
    stderr: 'fairgate: SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, from 0 to 253402300799 (the end of year 9999), got "2026-01-01"; fix it, or unset it to date reports with the current time\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'SOURCE_DATE_EPOCH past the end of year 9999 (no four-digit year to print)',
    data,
    env: { SOURCE_DATE_EPOCH: '99999999999999999' },
    stderr: 'fairgate: SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, from 0 to 253402300799 (the end of year 9999), got "99999999999999999"; fix it, or unset it to date reports with the current time\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'GITHUB_STEP_SUMMARY that is a directory (under GitHub Actions: the error is annotated, and no summary is attempted)',
    data,
    env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: 'summary' },
    files: () => ({ summary: { kind: 'directory' } }),
    stderr:
      'fairgate: GITHUB_STEP_SUMMARY: "summary" is a directory; it should be the job summary file GitHub Actions provides, or unset\n' +
      '::error title=fairgate%3A usage error::GITHUB_STEP_SUMMARY: "summary" is a directory; it should be the job summary file GitHub Actions provides, or unset\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'TMPDIR that does not exist, when standard input is read twice (--top-k)',
    data,
    args: ['-g', 'gender', '--label', 'converted', '--score', 'score', '--top-k', '1'],
    env: { TMPDIR: '/nonexistent/tmp' },
    stderr: 'fairgate: TMPDIR: "/nonexistent/tmp" is not an existing directory; standard input is copied there for a second pass: fix or unset TMPDIR\n',
    exit: 2,
    paths: ['stdin'],
  },
];
