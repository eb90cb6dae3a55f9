import type { AuditConfig } from '../../model/config.js';
import type { Observation } from '../../core/tally.js';
import { InputError } from '../../model/errors.js';
import { columnIndex } from './columns.js';
import type { RankingSummary } from '../../model/sections.js';
import { countOf } from '../../util/plural.js';

const WHOLE_NUMBER = /^\+?\d+(?:\.0*)?$/;

export type RankStatus = 'ok' | 'missing_rank' | 'missing_list';

/**
 * Position-discounted exposure of one ranked row: 1/log2(1 + rank), the DCG
 * discount (rank 1 → 1, rank 2 → 0.631, rank 3 → 0.5). Attention falls with
 * position, so a group's exposure is how much of it its rows receive
 * (Singh & Joachims, "Fairness of Exposure in Rankings", KDD 2018).
 */
export function positionExposure(rank: number): number {
  return 1 / Math.log2(1 + rank);
}

/** Per list (key '' without `--list`): its rows and its largest rank. */
export type RankLists = Map<string, { rows: number; maxRank: number }>;

/** Reads the rank (and list) cells of each row into the observation, and keeps what the lists' check needs. */
export interface RankReader {
  /** header positions of the rank and list columns (−1: no list column) */
  readonly rankIndex: number;
  readonly listIndex: number;
  /** the trimmed-or-not cell texts of one row; throws an InputError for a rank that is not a whole number ≥ 1 */
  read(rankCell: string, listCell: string, line: number, out: Observation): RankStatus;
  readonly lists: RankLists;
}

/**
 * Ranks are whole numbers ≥ 1 within their list (the whole file without
 * `--list`). Per list only its row count and largest rank are kept, so memory
 * grows with the number of lists, not rows, and the lists of parts of a file
 * merge (`mergeRankLists`); `rankingSummary` checks them at the end.
 */
export function createRankReader(header: readonly string[], config: Readonly<AuditConfig>, file: string): RankReader | undefined {
  const rankName = config.columns.rank;
  if (rankName === undefined) return undefined;
  const listName = config.columns.list;
  const lists: RankLists = new Map();
  const { k } = config;
  const rankIndex = columnIndex(header, rankName, file);
  const at = { column: { number: rankIndex + 1, name: header[rankIndex]! } };
  return {
    rankIndex,
    listIndex: listName === undefined ? -1 : columnIndex(header, listName, file),
    lists,
    read(rankCell, listCell, line, out) {
      const raw = rankCell.trim();
      if (raw === '') return 'missing_rank';
      const list = listCell.trim();
      if (listName !== undefined && list === '') return 'missing_list';
      const rank = Number(raw);
      if (!WHOLE_NUMBER.test(raw) || rank < 1 || !Number.isSafeInteger(rank)) {
        throw new InputError(file, line, `rank ${JSON.stringify(raw)} is not a whole number ≥ 1; ranks are positions, 1 = top of the list`, at);
      }
      let state = lists.get(list);
      if (!state) lists.set(list, (state = { rows: 0, maxRank: 0 }));
      state.rows += 1;
      if (rank > state.maxRank) state.maxRank = rank;
      out.exposure = positionExposure(rank);
      out.isAtK = rank <= k;
      return 'ok';
    },
  };
}

/** The lists of two parts of the input (rows add, the largest rank is the larger). */
export function mergeRankLists(a: RankLists, b: RankLists): RankLists {
  const out: RankLists = new Map([...a].map(([key, s]) => [key, { ...s }]));
  for (const [key, s] of b) {
    const seen = out.get(key);
    out.set(key, seen ? { rows: seen.rows + s.rows, maxRank: Math.max(seen.maxRank, s.maxRank) } : { ...s });
  }
  return out;
}

/**
 * Throws when a list has more rows than positions (repeated ranks); otherwise
 * summarises the lists: a largest rank above the row count means the input
 * holds part of the list (a notice), e.g. only the shown items.
 */
export function rankingSummary(lists: RankLists, config: Readonly<AuditConfig>, file: string): RankingSummary {
  const rankName = config.columns.rank!;
  const listName = config.columns.list;
  let rows = 0;
  let incompleteLists = 0;
  for (const [list, state] of lists) {
    rows += state.rows;
    if (state.rows > state.maxRank) throw repeatedRanks(file, rankName, listName, list, state);
    if (state.maxRank > state.rows) incompleteLists += 1;
  }
  return { rank: rankName, list: listName ?? null, k: config.k, lists: lists.size, rows, incompleteLists };
}

function repeatedRanks(file: string, rankName: string, listName: string | undefined, list: string, s: { rows: number; maxRank: number }): InputError {
  if (listName === undefined) {
    return new InputError(file, undefined, `${s.rows} ranked rows but the largest rank in column "${rankName}" is ${s.maxRank}, so positions repeat; if the file holds one ranked list per user or query, name that column with --list`);
  }
  return new InputError(file, undefined, `list ${JSON.stringify(list)} (column "${listName}") has ${countOf(s.rows, 'rows')} but its largest rank is ${s.maxRank}, so positions repeat within the list`);
}
