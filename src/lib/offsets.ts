/**
 * A list of source offsets in one growing `Int32Array`: the spans of every leaf (start and end
 * in pairs), the chars a text would clean. A release has tens of thousands of them; a plain
 * array took twice the memory per offset and was grown by copying, in every parse. Lists are
 * lent from one parse to the next.
 */
export class Offsets {
  data: Int32Array
  /** How many offsets are in use. */
  length = 0

  constructor(capacity = 4096) {
    this.data = new Int32Array(capacity)
  }

  push(offset: number): void {
    if (this.length === this.data.length) this.grow()
    this.data[this.length++] = offset
  }

  private grow(): void {
    const grown = new Int32Array(this.data.length * 2)
    grown.set(this.data)
    this.data = grown
  }
}

/** Lists given back and not yet lent again (a few; none that grew past 4 MB). */
const spare: Offsets[] = []

/** An empty list, a spare one when there is one. */
export function borrowOffsets(): Offsets {
  const list = spare.pop() ?? new Offsets()
  list.length = 0
  return list
}

/** Give back a list no one reads any more, for the next parse. */
export function returnOffsets(list: Offsets): void {
  if (list.data.length <= 1 << 20 && spare.length < 4 && !spare.includes(list)) spare.push(list)
}
