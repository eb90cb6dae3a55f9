/**
 * The report's only stylesheet, inlined (with the print rules of
 * print-styles.ts). Verdict colours pass WCAG AA on white and always come with
 * a mark and a word. At 1280 px the group tables fit without scrolling: short
 * column labels with a key, intervals under their values, names that wrap; a
 * narrower window scrolls the table with the group column kept in view.
 */
export const STYLES = `
:root { --fail: #b42318; --warn: #93370d; --inconclusive: #475467; --pass: #067647; --ink: #101828; --muted: #475467; --line: #d0d5dd; --tpr: #1d4ed8; --fpr: #c2410c; --neutral: #3e5c99; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 24px 64px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 40px 0 8px; padding-top: 8px; border-top: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 24px 0 8px; }
.subtitle { color: var(--muted); margin: 0 0 16px; overflow-wrap: anywhere; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; list-style: none; margin: 8px 0 0; }
a { color: #1849a9; }
.verdict { font-size: 1.25rem; font-weight: 700; padding: 12px 16px; border-left: 8px solid; border-radius: 4px; background: #f9fafb; }
.verdict.v-fail { border-color: var(--fail); color: var(--fail); }
.verdict.v-pass { border-color: var(--pass); color: var(--pass); }
.verdict.v-inconclusive { border-color: var(--inconclusive); color: var(--inconclusive); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.provenance dd { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
.notice { background: #fffaeb; border-left: 4px solid var(--warn); padding: 6px 10px; }
.badge { display: inline-block; white-space: nowrap; font-weight: 600; font-size: 0.85em; padding: 0 6px; border-radius: 3px; border: 1px solid currentColor; }
.v-fail { color: var(--fail); } .v-warn { color: var(--warn); } .v-inconclusive, .v-suppressed, .v-none { color: var(--inconclusive); } .v-pass { color: var(--pass); }
.table-wrap { overflow-x: auto; margin: 12px 0; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.88rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; caption-side: top; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
tbody th { font-weight: 600; overflow-wrap: anywhere; max-width: 220px; }
table.groups tbody th { position: sticky; left: 0; background: #fff; z-index: 1; }
table.groups th, table.groups td { padding: 4px 7px; }
table.groups .ci { display: block; }
table.groups td.verdict-cell { min-width: 110px; }
.others { display: block; color: var(--muted); font-size: 0.85em; }
abbr[title] { text-decoration: none; border-bottom: 1px dotted var(--muted); cursor: help; }
.key { color: var(--muted); font-size: 0.82rem; margin: 4px 0 0; }
.ci { color: var(--muted); font-size: 0.9em; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ref { color: var(--muted); font-size: 0.8em; }
table.wide { font-size: 0.78rem; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
pre.config { background: #f9fafb; border: 1px solid var(--line); padding: 12px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
.findings, .reasons { padding-left: 0; list-style: none; }
.reasons li { margin: 6px 0; overflow-wrap: anywhere; }
.reasons .groups { color: var(--muted); }
.executive { font-size: 1.02rem; max-width: 880px; }
.executive ul { margin: 10px 0; padding-left: 20px; }
.executive li { margin: 4px 0; }
.see-note { color: var(--muted); font-size: 0.9rem; }
.about { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 12px; }
.about dt { font-weight: 600; }
.about dd { margin: 0; overflow-wrap: anywhere; }
.numbers-note { background: #f9fafb; border: 1px solid var(--line); border-radius: 4px; padding: 4px 14px; margin: 16px 0; font-size: 0.9rem; }
.summary-facts { display: flex; flex-wrap: wrap; gap: 0 40px; align-items: flex-start; }
.finding { margin: 4px 0; padding-left: 4px; color: var(--ink); overflow-wrap: anywhere; }
figure { margin: 16px 0; }
figcaption { color: var(--muted); font-size: 0.85rem; max-width: 760px; }
svg.chart { max-width: 100%; height: auto; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.small-multiples { display: flex; flex-wrap: wrap; gap: 8px; }
.chart text { font-size: 12px; fill: var(--ink); }
.chart .tick, .chart .axis-title, .chart .legend { fill: var(--muted); font-size: 11px; }
.chart .value { font-size: 11px; }
.chart .grid { stroke: #eaecf0; }
.chart .axis { stroke: var(--ink); }
.chart .bar { fill: var(--neutral); }
.chart .bar.v-fail { fill: var(--fail); } .chart .bar.v-warn { fill: var(--warn); } .chart .bar.v-inconclusive, .chart .bar.v-suppressed { fill: #98a2b3; } .chart .bar.v-pass { fill: var(--pass); }
.chart .bar.s-tpr { fill: var(--tpr); } .chart .bar.s-fpr { fill: var(--fpr); }
.chart .bar.s-exposure { fill: var(--tpr); } .chart .bar.s-rows { fill: #98a2b3; } .chart .bar.s-relevant { fill: var(--fpr); }
.chart .bar.is-reference { stroke: var(--ink); stroke-width: 2; }
.chart .whisker { stroke: var(--ink); stroke-width: 1.5; fill: none; }
.chart .box { fill: var(--neutral); fill-opacity: 0.35; stroke: var(--neutral); } .chart .box.is-reference { stroke: var(--ink); stroke-width: 2; }
.chart .median { stroke: var(--ink); stroke-width: 2; } .chart .mean { fill: var(--ink); }
.chart .threshold { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart .threshold-label { font-size: 11px; font-weight: 600; }
.chart .diagonal { stroke: var(--muted); stroke-dasharray: 4 4; }
.chart .curve { fill: none; stroke: var(--neutral); stroke-width: 1.5; }
.chart .point { fill: var(--neutral); fill-opacity: 0.75; stroke: #fff; }
.chart .t-fail { fill: var(--fail); font-weight: 600; } .chart .t-pass { fill: var(--pass); } .chart .t-warn { fill: var(--warn); }
.ll144 .note { color: var(--muted); font-size: 0.88rem; margin: 4px 0; }
.ll144 ul.note { padding-left: 20px; }
footer { margin-top: 48px; color: var(--muted); font-size: 0.85rem; }
`;
