import type { AuditConfig } from '../config/types.js';
import type { Observation } from '../core/tally.js';
import { InputError } from '../errors.js';
import { columnIndex } from '../input/columns.js';
import type { RankingSummary } from '../report/audit-result.js';
import { positionExposure } from './exposure.js';

const WHOLE_NUMBER = /^\+?\d+(?:\.0*)?$/;

export type RankStatus = 'ok' | 'missing_rank' | 'missing_list';

/** Reads the rank (and list) cells of each row into the observation, and checks the lists at the end. */
export interface RankReader {
  read(fields: readonly string[], line: number, out: Observation): RankStatus;
  /** Throws when a list has more rows than positions (repeated ranks); otherwise summarises the lists. */
  finish(): RankingSummary;
}

interface ListState {
  rows: number;
  maxRank: number;
}

/**
 * Ranks are whole numbers ≥ 1 within their list (the whole file without
 * `--list`). Per list only its row count and largest rank are kept, so memory
 * grows with the number of lists, not rows: more rows than the largest rank
 * means a position repeats (an error); a largest rank above the row count
 * means the input holds part of the list (a notice), e.g. only the shown items.
 */
export function createRankReader(header: readonly string[], config: Readonly<AuditConfig>, file: string): RankReader | undefined {
  const rankName = config.columns.rank;
  if (rankName === undefined) return undefined;
  const listName = config.columns.list;
  const rankIndex = columnIndex(header, rankName, file);
  const listIndex = listName === undefined ? -1 : columnIndex(header, listName, file);
  const lists = new Map<string, ListState>();
  const { k } = config;
  return {
    read(fields, line, out) {
      const raw = (fields[rankIndex] ?? '').trim();
      if (raw === '') return 'missing_rank';
      const list = listIndex < 0 ? '' : (fields[listIndex] ?? '').trim();
      if (listIndex >= 0 && list === '') return 'missing_list';
      const rank = Number(raw);
      if (!WHOLE_NUMBER.test(raw) || rank < 1 || !Number.isSafeInteger(rank)) {
        throw new InputError(file, line, `rank "${raw}" in column "${rankName}" is not a whole number ≥ 1; ranks are positions, 1 = top of the list`);
      }
      let state = lists.get(list);
      if (!state) lists.set(list, (state = { rows: 0, maxRank: 0 }));
      state.rows += 1;
      if (rank > state.maxRank) state.maxRank = rank;
      out.exposure = positionExposure(rank);
      out.isAtK = rank <= k;
      return 'ok';
    },
    finish() {
      let rows = 0;
      let incompleteLists = 0;
      for (const [list, state] of lists) {
        rows += state.rows;
        if (state.rows > state.maxRank) throw repeatedRanks(file, rankName, listName, list, state);
        if (state.maxRank > state.rows) incompleteLists += 1;
      }
      return { rank: rankName, list: listName ?? null, k, lists: lists.size, rows, incompleteLists };
    },
  };
}

function repeatedRanks(file: string, rankName: string, listName: string | undefined, list: string, s: ListState): InputError {
  if (listName === undefined) {
    return new InputError(file, undefined, `${s.rows} ranked rows but the largest rank in column "${rankName}" is ${s.maxRank}, so positions repeat; if the file holds one ranked list per user or query, name that column with --list`);
  }
  return new InputError(file, undefined, `list ${JSON.stringify(list)} (column "${listName}") has ${s.rows} rows but its largest rank is ${s.maxRank}, so positions repeat within the list`);
}
