import { csvLines, fixed, HEADER, padded, ROWS, STANDARD_ARGS, type CatalogueCase } from './case.js';

/** The standard rows with a consent column (opted in, opted out, unknown); padding rows opt in. */
const CONSENT_ROWS = [`${HEADER},consent`, `${ROWS[0]},yes`, `${ROWS[1]},no`, `${ROWS[2]},`, `${ROWS[3]},YES`];
const withConsent = (bad: readonly string[]) => csvLines([...CONSENT_ROWS, ...bad], { padRow: (r) => `${r},yes` });
const data = fixed(withConsent([])(0));
const CONSENT = [...STANDARD_ARGS, '--consent', 'consent'] as const;
const DEFAULTS = 'opted in ("yes", "y", "true", "1", "opted_in", "opt_in", "opted-in", "opt-in", "granted", "given") nor opted out ("no", "n", "false", "0", "opted_out", "opt_out", "opted-out", "opt-out", "withdrawn", "refused", "denied")';
const OWN_COLUMN = 'consent is counted per group and decision, so give --consent a column of its own';

/** The consent column (`--consent`): values in neither set, a column with two roles, sets that overlap or have no column. */
export const CONSENT_CASES: readonly CatalogueCase[] = [
  {
    input: 'a consent value in neither the opted-in nor the opted-out set (`--consent`)',
    data: padded(withConsent(['Male,1,0,0.5,maybe'])),
    args: CONSENT,
    stderr: `fairgate: data.csv, line 6, column 5 (consent): consent "maybe" is neither ${DEFAULTS}; map it with --consent-yes or --consent-no (config consent.yes / consent.no), or leave the cell empty for unknown\n`,
    exit: 2,
    paths: ['file', 'threads', 'stdin'],
  },
  {
    input: 'a consent column that is also a group column',
    data,
    args: [...STANDARD_ARGS, '--consent', 'gender'],
    stderr: `fairgate: invalid configuration in command line: columns.consent: "gender" is both the consent column and the --group column; ${OWN_COLUMN}\n`,
    exit: 2,
    paths: ['file'],
  },
  {
    input: 'a consent column that is also the decision column',
    data,
    args: [...STANDARD_ARGS, '--consent', 'targeted'],
    stderr: `fairgate: invalid configuration in command line: columns.consent: "targeted" is both the consent column and the --prediction column; ${OWN_COLUMN}\n`,
    exit: 2,
    paths: ['file'],
  },
  {
    input: 'a consent column the file does not have',
    data,
    args: [...STANDARD_ARGS, '--consent', 'agreed'],
    stderr: 'fairgate: data.csv, line 1: column "agreed" not found. Columns: "gender", "targeted", "converted", "score", "consent"\n',
    exit: 2,
    paths: ['file'],
  },
  {
    input: 'a consent value in both sets (`--consent-yes yes,No` beside the default opted-out `no`)',
    data,
    args: [...CONSENT, '--consent-yes', 'yes,No'],
    stderr: 'fairgate: invalid configuration in command line: consent: "No" is both an opted-in and an opted-out value (compared case-insensitively); give it to only one of --consent-yes and --consent-no\n',
    exit: 2,
    paths: ['file'],
  },
  {
    input: 'consent values without a consent column (`--consent-yes` alone)',
    data,
    args: [...STANDARD_ARGS, '--consent-yes', 'yes'],
    stderr: 'fairgate: invalid configuration in command line: consent: the consent values need a consent column: give --consent <column> (columns.consent)\n',
    exit: 2,
    paths: ['file'],
  },
];
