import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/reporters/markdown.js';
import { HOSTILE_NAMES, resultWithGroupNames } from '../helpers/make-result.js';

/**
 * The Markdown report rendered by cmark-gfm, GitHub's own renderer (Debian's
 * `cmark-gfm`, installed by .ci/run), with the extensions GitHub enables and
 * raw HTML kept (GitHub sanitises afterwards; here any tag from the data would
 * show). Names from the data hold links, images, HTML, bare URLs, `www.`
 * addresses and e-mail addresses: none may become a link, an image or markup.
 */
const LINKY = [
  'see http://evil.example/a?b=c',
  'https://evil.example',
  'WWW.evil.example',
  '(www.evil.example)',
  '_www.evil.example',
  'mail me@evil.example',
  'mailto:me@evil.example',
  'xmpp:me@evil.example/x',
  '![img](http://evil.example/p.png)',
  '[click](http://evil.example)',
  '<http://evil.example>',
  '<a href="http://evil.example">x</a>',
  '&lt;b&gt;entity',
  'ftp://evil.example',
];
/** What fairgate's own Markdown contains. */
const OWN_TAGS = new Set(['blockquote', 'code', 'details', 'em', 'h2', 'h3', 'h4', 'li', 'p', 'pre', 'strong', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'br']);

function cmarkGfm(markdown: string): string {
  const run = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter', '-e', 'tasklist'], { input: markdown, encoding: 'utf8' });
  if (run.error) throw new Error(`cmark-gfm is needed for this test (apt-get install cmark-gfm; .ci/run installs it): ${run.error.message}`);
  return run.stdout;
}

describe('the Markdown report through GitHub\'s renderer (cmark-gfm)', () => {
  const names = [...HOSTILE_NAMES, ...LINKY];
  const html = cmarkGfm(renderMarkdown(resultWithGroupNames(names), { isColor: false }));

  it('has no link, image or tag from the data: only the elements of fairgate\'s own layout', () => {
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    expect(html).not.toMatch(/<a[\s>]|<img[\s>]|href="|src="/);
  });

  it('shows each name as text', () => {
    // the empty comment that keeps an address from being linked is no text: a browser shows the address whole
    const shown = html.replaceAll('<!-- -->', '');
    for (const text of ['http://evil.example/a?b=c', 'WWW.evil.example', 'me@evil.example', '![img](http://evil.example/p.png)', '&lt;a href=&quot;http://evil.example&quot;&gt;x&lt;/a&gt;']) expect(shown).toContain(text);
  });
});
