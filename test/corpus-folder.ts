/**
 * The corpus of real releases, read by path: the folder `BODOJARYO_CORPUS` names (relative to the
 * project root), else `../shared/corpus`. Tests that read it are skipped where it is absent, and
 * say so: the test titles name the folder, and a line on stderr (which the default reporter shows
 * under the test file's name) says which folder was missing and how to give one.
 */
import {existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The corpus folder, absolute. */
export const corpus = resolve(root, process.env.BODOJARYO_CORPUS ?? '../shared/corpus')

/** A path inside the corpus. */
export function corpusPath(...parts: string[]): string {
  return join(corpus, ...parts)
}

const told = new Set<string>()

/**
 * Whether the corpus holds `parts` (a folder or file); when it does not, say once on stderr that
 * the tests reading it are skipped, and why.
 */
export function hasCorpus(...parts: string[]): boolean {
  const path = corpusPath(...parts)
  if (existsSync(path)) return true
  if (!told.has(path)) {
    told.add(path)
    console.warn(`No corpus folder at ${path} (set BODOJARYO_CORPUS to the corpus folder): the tests that read it are skipped, or leave it out`)
  }
  return false
}
