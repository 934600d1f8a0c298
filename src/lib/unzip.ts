/**
 * Read the entries of a ZIP archive from its central directory, inflating only those asked for
 * within a budget of inflated bytes. Declared sizes are never trusted: output is counted as it
 * comes. Faults are `ERR_INVALID_DOCUMENT`, budgets `ERR_RESOURCE_LIMIT`.
 */
import {BodojaryoError} from '../errors.js'
import {inflateWithin, maxZipEntries, overLimit, spend, type InflateBudget} from './limits.js'

const textDecoder = new TextDecoder('utf-8')

function broken(reason: string): never {
  throw new BodojaryoError('ERR_INVALID_DOCUMENT', `Unexpected ZIP archive that cannot be opened (${reason}); is the file complete?`, 'zip')
}

/**
 * Inflate an entry within the budget: its bytes, or, given `onChunk`, each piece as it is
 * inflated (nothing is kept, and an empty array is returned).
 */
export type ZipEntry = (onChunk?: (chunk: Uint8Array) => void) => Uint8Array

/** Entry names of the archive, each with a function that inflates it within `budget`. */
export function zipEntries(bytes: Uint8Array, budget: InflateBudget): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (at: number) => view.getUint16(at, true)
  const u32 = (at: number) => view.getUint32(at, true)
  // The end of central directory record: in the last 22 bytes, or before a comment of at most 64 KB.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end < 0) broken('no central directory: the archive is truncated')
  const count = u16(end + 10)
  let at = u32(end + 16)
  if (count === 0xffff || at === 0xffffffff) broken('ZIP64 archives are not read')
  const entries = new Map<string, ZipEntry>()
  for (let n = 0; n < count; n++) {
    if (n >= maxZipEntries) overLimit('ZIP entries', maxZipEntries, 'zip')
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) broken('its central directory is damaged')
    const compression = u16(at + 10)
    const compressed = u32(at + 20)
    const nameLength = u16(at + 28)
    const skip = nameLength + u16(at + 30) + u16(at + 32)
    const local = u32(at + 42)
    if (at + 46 + skip > bytes.length) broken('its central directory is damaged')
    const name = textDecoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    at += 46 + skip
    entries.set(name, (onChunk) => {
      if (local + 30 > bytes.length || u32(local) !== 0x04034b50) broken(`the entry \`${name}\` is damaged`)
      const start = local + 30 + u16(local + 26) + u16(local + 28)
      if (compressed === 0xffffffff || start + compressed > bytes.length) broken(`the entry \`${name}\` is truncated`)
      const data = bytes.subarray(start, start + compressed)
      if (compression === 0) {
        spend(budget, data.length, 'zip')
        if (!onChunk) return data
        onChunk(data)
        return new Uint8Array(0)
      }
      if (compression !== 8) broken(`the entry \`${name}\` uses compression method ${compression}, not deflate`)
      return inflateWithin(data, budget, `ZIP entry \`${name}\``, 'zip', onChunk)
    })
  }
  return entries
}
