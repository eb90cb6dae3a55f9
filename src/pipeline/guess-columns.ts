/**
 * Guesses the roles of a CSV's columns from their names and a look at the
 * first rows (pure). Names decide the role; values only veto a wrong guess
 * (a "prediction" column with non-binary values is not taken).
 */

export interface ColumnGuess {
  prediction?: string;
  score?: string;
  label?: string;
  /** demographic columns, in header order */
  groups: string[];
  /** a numeric age column that needs banding before it can be a group */
  numericAge?: string;
  /** what could not be guessed, for the message and the file's comments */
  notes: string[];
}

const norm = (name: string) => name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
const words = (name: string) => norm(name).split('_');

const PREDICTION = ['prediction', 'predicted', 'pred', 'y_pred', 'yhat', 'y_hat', 'decision', 'selected', 'targeted', 'recommended', 'offered', 'approved', 'treated', 'contacted', 'shortlisted', 'flagged', 'chosen', 'accepted', 'hired', 'granted', 'score_text'];
const LABEL = ['label', 'label_value', 'outcome', 'actual', 'y_true', 'truth', 'ground_truth', 'target', 'y', 'converted', 'conversion', 'clicked', 'click', 'purchased', 'responded', 'response', 'repaid', 'defaulted', 'default', 'churned', 'two_year_recid', 'is_recid', 'recid'];
const SCORE = ['score', 'scores', 'prob', 'proba', 'probability', 'propensity', 'likelihood', 'y_score', 'y_prob', 'pred_prob', 'predicted_probability', 'risk_score'];
const DEMOGRAPHIC = ['gender', 'sex', 'race', 'ethnicity', 'ethnic', 'age_band', 'age_group', 'age_cat', 'age_bucket', 'age_range', 'age_bracket', 'religion', 'disability', 'nationality', 'national_origin', 'marital_status', 'sexual_orientation', 'veteran', 'veteran_status', 'citizenship', 'pregnancy'];
const BINARY = new Set(['0', '1', '0.0', '1.0', 'true', 'false', 'yes', 'no']);

function valuesOf(sample: readonly (readonly string[])[], index: number): string[] {
  return sample.map((row) => (row[index] ?? '').trim()).filter((v) => v !== '');
}

const isBinary = (values: readonly string[]) => values.length > 0 && values.every((v) => BINARY.has(v.toLowerCase()));
const isUnitScore = (values: readonly string[]) =>
  values.length > 0 && values.every((v) => v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= 1) && !isBinary(values);
const isNumeric = (values: readonly string[]) => values.length > 0 && values.every((v) => Number.isFinite(Number(v)));

/**
 * The best header for a role: an exact (normalised) name, earlier names in the
 * list first, then a header with the name as one of its parts; its values must pass.
 */
function pick(header: readonly string[], names: readonly string[], taken: Set<string>, accept: (i: number) => boolean): string | undefined {
  const free = header.map((h, i) => ({ h, i })).filter(({ h }) => !taken.has(h));
  const exact = names.map((n) => free.find(({ h, i }) => norm(h) === n && accept(i))).find((c) => c !== undefined);
  const found = exact ?? free.find(({ h, i }) => words(h).some((w) => names.includes(w)) && accept(i));
  if (found) taken.add(found.h);
  return found?.h;
}

export function guessColumns(header: readonly string[], sample: readonly (readonly string[])[]): ColumnGuess {
  const taken = new Set<string>();
  const values = (i: number) => valuesOf(sample, i);
  const label = pick(header, LABEL, taken, (i) => isBinary(values(i)));
  const score = pick(header, SCORE, taken, (i) => isUnitScore(values(i)));
  // Aequitas' convention: a 0/1 column named `score` is the decision
  const prediction = pick(header, PREDICTION, taken, (i) => isBinary(values(i))) ?? pick(header, SCORE, taken, (i) => isBinary(values(i)));
  const groups = header.filter((h, i) => !taken.has(h) && (DEMOGRAPHIC.includes(norm(h)) || words(h).some((w) => DEMOGRAPHIC.includes(w))) && new Set(values(i)).size <= 50);
  const ageIndex = header.findIndex((h) => norm(h) === 'age');
  const numericAge = ageIndex >= 0 && isNumeric(values(ageIndex)) ? header[ageIndex] : undefined;
  const notes: string[] = [];
  if (!prediction && !score) notes.push('no decision column (0/1) or score column in [0, 1] recognised: set columns.prediction or columns.score');
  if (!prediction && score) notes.push(`no 0/1 decision column recognised: the decision is ${score} >= threshold`);
  if (!label) notes.push('no 0/1 outcome column recognised: without columns.label only selection rates can be judged');
  if (groups.length === 0) notes.push('no demographic column recognised: list them under groups');
  if (numericAge) notes.push(`"${numericAge}" is a numeric age: add a banded column (e.g. 18-24, 25-34, …) to audit it`);
  return { ...(prediction ? { prediction } : {}), ...(score ? { score } : {}), ...(label ? { label } : {}), groups, ...(numericAge ? { numericAge } : {}), notes };
}
