import type { z } from 'zod';

/** A value from the file, quoted and cut short for a one-line message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'object' && value !== null ? (Array.isArray(value) ? 'a list' : 'an object') : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'an object', int: 'a whole number', number: 'a number', string: 'a text', boolean: 'true or false', null: 'null' };

/**
 * One schema issue of a side file (aggregate, warehouse result, baseline) as
 * `key.path: expected …, got …`, in words, with the key path where it is.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  const got = 'input' in issue ? `, got ${shown(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      return `${path}: expected ${Object.hasOwn(TYPE_NAMES, issue.expected) ? TYPE_NAMES[issue.expected] : issue.expected}${got}`;
    case 'invalid_value':
      return `${path}: expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}${got}`;
    case 'too_small':
    case 'too_big': {
      const bound = `${issue.code === 'too_small' ? '>' : '<'}${issue.inclusive ? '=' : ''} ${issue.code === 'too_small' ? issue.minimum : issue.maximum}`;
      return `${path}: expected ${issue.origin === 'array' ? `a list of length ${bound}` : issue.origin === 'string' ? `a text of length ${bound}` : `a number ${bound}`}${got}`;
    }
    case 'unrecognized_keys':
      return `${path}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union':
      return `${path}: not any of the allowed forms${got}`;
    default:
      return `${path}: ${issue.message}${got}`;
  }
}
