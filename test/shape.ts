import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import type {PressRelease} from '../src/index.js'

/** The published schema (`bodojaryo/schema.json`), compiled once. */
export const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'))
const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema)

/** Why `value` does not match the published schema, or null when it does. */
export function schemaErrors(value: unknown): string | null {
  if (validate(value)) return null
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')
}

/** Check a typed release against the published schema, and what a schema cannot say. */
export function assertShape(r: PressRelease): void {
  const errors = schemaErrors(JSON.parse(JSON.stringify(r)))
  assert.equal(errors, null, errors ?? '')
  const moments = [r.embargo, r.distribution, ...(r.embargo?.channels ?? [])]
  for (const m of moments) if (m) assert.equal(m.iso !== null, m.date !== null && m.time !== null, JSON.stringify(m))
}
