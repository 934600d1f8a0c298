import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

/** Fixture folders under `dir`: each holds an `input.txt`; a folder without one groups fixtures (`layout/…`). */
export function findCases(dir: string, prefix = ''): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((d) => d.isDirectory())
    .flatMap((d) => (existsSync(join(dir, d.name, 'input.txt')) ? [prefix + d.name] : findCases(join(dir, d.name), `${prefix}${d.name}/`)))
    .sort()
}
