import type { AuditResult } from '../../model/audit-result.js';
import { methodFacts } from '../method.js';
import { configYaml, provenanceEntries } from '../provenance.js';
import { factList, htmlTable, t } from './markup.js';

/** Formulas, reference strategy, thresholds, and what was left out and why. */
export function methodSection(result: AuditResult): string {
  const m = methodFacts(result);
  const rules = m.rules.length
    ? htmlTable({
        caption: 'Rules (thresholds) applied to every group',
        head: ['rule', 'metric', 'formula', 'requirement', 'applies to', 'severity'],
        rows: m.rules.map((r) => [t(r.id), t(r.title), `<code>${t(r.formula)}</code>`, t(r.requirement), t(r.scope), t(r.severity)]),
      })
    : '<p>No rule was configured: the report measures but does not judge.</p>';
  const formulas = htmlTable({
    caption: 'Metrics in this report (g = the group, r = its reference)',
    head: ['key', 'metric', 'formula'],
    rows: m.formulas.map((f) => [`<code>${t(f.key)}</code>`, t(f.title), `<code>${t(f.formula)}</code>`]),
  });
  return [
    '<section id="method" aria-labelledby="method-h">',
    '<h2 id="method-h">Method</h2>',
    '<h3>Thresholds</h3>',
    rules,
    '<h3>Reference groups</h3>',
    `<p>Each disparity compares a group with a reference: ${t(m.reference)}. The tables and findings name the reference of every comparison.</p>`,
    factList(m.settings),
    '<h3>What was left out, and why</h3>',
    `<ul>\n${m.exclusions.map((e) => `<li>${t(e)}</li>`).join('\n')}\n</ul>`,
    '<h3>Formulas</h3>',
    '<p>tp, fp, tn, fn are the confusion counts of a group (decision 1 = selected, label 1 = positive outcome); n is its rows. A rate whose denominator is zero is undefined (shown as —), never 0.</p>',
    formulas,
    '</section>',
  ].join('\n');
}

/** Where the report came from: enough to reproduce it byte for byte. */
export function provenanceSection(result: AuditResult): string {
  const facts = provenanceEntries(result).filter((p) => p.key !== 'config');
  return [
    '<section id="provenance" aria-labelledby="provenance-h">',
    '<h2 id="provenance-h">Provenance</h2>',
    factList(facts, 'facts provenance'),
    '<h3>Resolved configuration</h3>',
    // escaped line by line: the escaper shows control characters (a line break too) as \uXXXX
    `<pre class="config"><code>${configYaml(result).split('\n').map(t).join('\n')}</code></pre>`,
    '</section>',
  ].join('\n');
}
