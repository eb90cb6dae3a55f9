import { invalidUtf8At } from '../csv/utf8-check.js';

/**
 * Numbers the distinct values of a column straight from their bytes, so a
 * row costs a hash and a compare per cell instead of a string, a trim and a
 * Map lookup. Ids are per decoded text: byte sequences that decode to the
 * same text (a quoted and an unquoted spelling) share an id, so meaning is
 * always decided on text, as csv-parse gave it. Bytes that are not UTF-8 are
 * handed to `onNotUtf8` (which throws) the first time they are seen.
 */
export interface ByteInterner {
  idOfBytes(buf: Buffer, start: number, end: number): number;
  idOfText(text: string): number;
  text(id: number): string;
  /** ids in use: [0, size) */
  readonly size: number;
}

export function createByteInterner(onNotUtf8?: (byte: number) => never): ByteInterner {
  const texts: string[] = [];
  const byText = new Map<string, number>();
  const single = new Int32Array(256).fill(-1);
  let slots = new Int32Array(256).fill(-1);
  // entries: byte key at arena[keyStart[k], keyStart[k] + keyLength[k]), its id entryId[k]
  let arena = new Uint8Array(4096);
  let arenaEnd = 0;
  let keyStart = new Int32Array(64);
  let keyLength = new Int32Array(64);
  let entryId = new Int32Array(64);
  let entries = 0;

  const idOfText = (text: string): number => {
    let id = byText.get(text);
    if (id === undefined) byText.set(text, (id = texts.push(text) - 1));
    return id;
  };
  idOfText('');

  const addEntry = (buf: Buffer, start: number, end: number, slot: number): number => {
    const text = buf.toString('utf8', start, end);
    if (onNotUtf8 && text.includes('\uFFFD')) {
      const at = invalidUtf8At(buf, start, end);
      if (at >= 0) onNotUtf8(buf[at]!);
    }
    const id = idOfText(text);
    const length = end - start;
    if (arenaEnd + length > arena.length) arena = grownBytes(arena, Math.max(2 * arena.length, arenaEnd + length));
    arena.set(buf.subarray(start, end), arenaEnd);
    if (entries === keyStart.length) {
      keyStart = grownInts(keyStart, 2 * entries);
      keyLength = grownInts(keyLength, 2 * entries);
      entryId = grownInts(entryId, 2 * entries);
    }
    keyStart[entries] = arenaEnd;
    keyLength[entries] = length;
    entryId[entries] = id;
    slots[slot] = entries++;
    arenaEnd += length;
    if (2 * entries > slots.length) rehash();
    return id;
  };

  const rehash = () => {
    slots = new Int32Array(2 * slots.length).fill(-1);
    for (let k = 0; k < entries; k++) {
      let slot = hashBytes(arena, keyStart[k]!, keyStart[k]! + keyLength[k]!) & (slots.length - 1);
      while (slots[slot] !== -1) slot = (slot + 1) & (slots.length - 1);
      slots[slot] = k;
    }
  };

  return {
    idOfBytes(buf, start, end) {
      const length = end - start;
      if (length === 0) return 0;
      if (length === 1) {
        const byte = buf[start]!;
        const id = single[byte]!;
        if (id >= 0) return id;
        if (byte >= 0x80) onNotUtf8?.(byte); // a lone byte above 0x7F is never UTF-8
        return (single[byte] = idOfText(buf.toString('utf8', start, end)));
      }
      const mask = slots.length - 1;
      let slot = hashBytes(buf, start, end) & mask;
      for (;;) {
        const k = slots[slot]!;
        if (k === -1) return addEntry(buf, start, end, slot);
        if (keyLength[k] === length && sameBytes(arena, keyStart[k]!, buf, start, length)) return entryId[k]!;
        slot = (slot + 1) & mask;
      }
    },
    idOfText,
    text: (id) => texts[id]!,
    get size() {
      return texts.length;
    },
  };
}

function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 ^ (end - start);
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

function sameBytes(a: Uint8Array, at: number, b: Uint8Array, bt: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a[at + i] !== b[bt + i]) return false;
  return true;
}

function grownBytes(a: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  out.set(a);
  return out;
}

function grownInts(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(length);
  out.set(a);
  return out;
}
