import type { Rule } from './config.js';

/** Consent values read as opted in when no `--consent-yes` is given (compared case-insensitively). */
export const DEFAULT_CONSENT_YES = ['yes', 'y', 'true', '1', 'opted_in', 'opt_in', 'opted-in', 'opt-in', 'granted', 'given'] as const;
/** Consent values read as opted out when no `--consent-no` is given (compared case-insensitively). */
export const DEFAULT_CONSENT_NO = ['no', 'n', 'false', '0', 'opted_out', 'opt_out', 'opted-out', 'opt-out', 'withdrawn', 'refused', 'denied'] as const;

/** Nobody who opted out is selected: on whenever the consent column is given (a count: a breach is a breach, no significance asked; policy/evaluate.ts). */
export const CONSENT_RULE: Readonly<Rule> = { id: 'unconsented_selected==0', metric: 'unconsented_selected', min: 0, max: 0, severity: 'fail' };
/** Selected with no consent recorded (an empty cell): shown, as a warning — the data cannot say whether it was a breach. */
export const UNKNOWN_CONSENT_RULE: Readonly<Rule> = { id: 'unknown_consent_selected==0', metric: 'unknown_consent_selected', min: 0, max: 0, severity: 'warn' };
