import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {fromText} from './from-text.js'
import type {PressRelease} from './press-release.js'
import {toPressRelease} from './to-press-release.js'
import type {Root} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The typed press release, set by `bodojaryo`'s compiler (and by `parse`). */
    pressRelease: PressRelease
  }
}

/**
 * Unified plugin: parse text into a bodojaryo `Root`. When no other compiler is used, it also
 * compiles that tree into the typed object, left on `file.data.pressRelease` (and serialised
 * as JSON for `String(file)`).
 */
const bodojaryo: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as {parser: unknown; compiler: unknown}
  self.parser = (document: string, file: VFile) => fromText(document, {file})
  self.compiler = (tree: Root, file: VFile) => {
    const release = toPressRelease(tree, file)
    file.data.pressRelease = release
    return JSON.stringify(release, null, 2) + '\n'
  }
}

export default bodojaryo
