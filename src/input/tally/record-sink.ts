import type { AuditConfig } from '../../model/config.js';
import type { InputHandlers, ReadFacts, RecordSink, TextDialect } from '../formats/input-format.js';
import { SAMPLE_ROWS } from '../decode/identifier-columns.js';
import { columnIndex } from '../decode/columns.js';
import { createRecordTally, usedColumns, type RecordTally, type RecordTallyOptions } from './tally-records.js';

/** How the config says delimited text is written (null: found from the first bytes). */
export function dialectOf(config: Readonly<AuditConfig>): TextDialect {
  return { delimiter: config.delimiter, decimalComma: config.decimalComma };
}

/** The config of a pass once the input's first bytes are known: the decimal mark decided (given, or found). */
export function readingConfig(config: Readonly<AuditConfig>, facts: ReadFacts): Readonly<AuditConfig> {
  return config.decimalComma === facts.decimalComma ? config : { ...config, decimalComma: facts.decimalComma };
}

/** A record tally as a reader's sink: the columns it reads, and the score read as a number. */
export function recordSink(tally: RecordTally, header: readonly string[], config: Readonly<AuditConfig>, file: string): RecordSink {
  const score = tally.rules.scoreIndex;
  const outcome = config.columns.outcome === undefined ? -1 : columnIndex(header, config.columns.outcome, file, '--outcome');
  const candidate = config.columns.candidate === undefined || config.threshold === null ? -1 : columnIndex(header, config.columns.candidate, file, '--candidate');
  const numeric = [score, outcome, candidate].filter((i) => i >= 0);
  return { onRecord: tally.onRecord, used: usedColumns(header, config, file), numeric: new Set(numeric), sampleRows: SAMPLE_ROWS };
}

/** Handlers that build a record tally from the header of any input format; `tally()` is it once the header was read. */
export function tallyHandlers(config: Readonly<AuditConfig>, file: string, options: RecordTallyOptions, onFacts?: (facts: ReadFacts) => void): InputHandlers & { tally(): RecordTally | undefined } {
  let tally: RecordTally | undefined;
  return {
    header(fields, facts) {
      onFacts?.(facts);
      const read = readingConfig(config, facts);
      tally = createRecordTally(fields, read, file, options);
      return recordSink(tally, fields, read, file);
    },
    tally: () => tally,
  };
}
