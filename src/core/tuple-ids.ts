/**
 * Dense ids for tuples of small integers (the value ids of an intersection's
 * columns), so an intersection group is found by hashing a few integers
 * instead of joining strings on every row.
 */
export interface TupleIds {
  /** the id of the tuple (ids[columns[0]], ids[columns[1]], …), new ids counting up from 0 */
  idOf(ids: Int32Array, columns: readonly number[]): number;
  tuple(id: number): number[];
}

export function createTupleIds(arity: number): TupleIds {
  let slots = new Int32Array(64).fill(-1);
  let keys = new Int32Array(arity * 32);
  let count = 0;

  const hashOf = (get: (i: number) => number) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < arity; i++) h = Math.imul(h ^ get(i), 0x01000193);
    return (h ^ (h >>> 13)) >>> 0;
  };

  const rehash = () => {
    slots = new Int32Array(2 * slots.length).fill(-1);
    for (let id = 0; id < count; id++) {
      let slot = hashOf((i) => keys[id * arity + i]!) & (slots.length - 1);
      while (slots[slot] !== -1) slot = (slot + 1) & (slots.length - 1);
      slots[slot] = id;
    }
  };

  return {
    idOf(ids, columns) {
      let h = 0x811c9dc5;
      for (let i = 0; i < arity; i++) h = Math.imul(h ^ ids[columns[i]!]!, 0x01000193);
      const mask = slots.length - 1;
      let slot = ((h ^ (h >>> 13)) >>> 0) & mask;
      for (;;) {
        const id = slots[slot]!;
        if (id === -1) break;
        let isSame = true;
        for (let i = 0; i < arity && isSame; i++) isSame = keys[id * arity + i] === ids[columns[i]!];
        if (isSame) return id;
        slot = (slot + 1) & mask;
      }
      if ((count + 1) * arity > keys.length) {
        const more = new Int32Array(2 * keys.length);
        more.set(keys);
        keys = more;
      }
      for (let i = 0; i < arity; i++) keys[count * arity + i] = ids[columns[i]!]!;
      slots[slot] = count;
      if (2 * ++count > slots.length) rehash();
      return count - 1;
    },
    tuple(id) {
      return Array.from(keys.subarray(id * arity, id * arity + arity));
    },
  };
}
