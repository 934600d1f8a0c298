import assert from 'node:assert/strict'
import type {PressRelease} from '../src/index.js'

const isDate = (v: unknown) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
const isTime = (v: unknown) => v === null || (typeof v === 'string' && /^\d{2}:\d{2}$/.test(v))
const isIso = (v: unknown) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/.test(v))
const isText = (v: unknown) => v === null || typeof v === 'string'

/** Check a typed release against the documented shape (field names, types, value formats). */
export function assertShape(r: PressRelease): void {
  assert.deepEqual(Object.keys(r).sort(), ['appendices', 'body', 'contacts', 'distribution', 'embargo', 'footer', 'headline', 'issuers', 'kind', 'subtitles'])
  assert.ok(isText(r.kind))
  assert.ok(Array.isArray(r.issuers) && r.issuers.every((s) => typeof s === 'string'))
  assert.equal(typeof r.headline, 'string')
  assert.ok(r.subtitles.every((s) => typeof s === 'string' && s.length > 0))
  if (r.embargo) {
    const e = r.embargo
    assert.equal(typeof e.raw, 'string')
    assert.equal(typeof e.immediate, 'boolean')
    assert.ok(isDate(e.date) && isTime(e.time) && isIso(e.iso), JSON.stringify(e))
    assert.equal(e.iso !== null, e.date !== null && e.time !== null)
    if (e.edition) assert.ok(['morning', 'evening'].includes(e.edition.kind) && isDate(e.edition.date))
    assert.ok(isText(e.condition))
    for (const c of e.channels) assert.ok(isText(c.name) && isDate(c.date) && isTime(c.time) && isIso(c.iso) && typeof c.immediate === 'boolean')
  }
  if (r.distribution) assert.ok(isDate(r.distribution.date) && isTime(r.distribution.time) && isIso(r.distribution.iso))
  const blocks = (list: PressRelease['body']['blocks']): void => {
    for (const b of list) {
      assert.ok(['item', 'paragraph', 'table'].includes(b.type))
      if (b.type === 'item') {
        assert.ok(typeof b.marker === 'string' && b.depth >= 1 && typeof b.text === 'string')
        blocks(b.children)
      } else if (b.type === 'paragraph') assert.equal(typeof b.text, 'string')
      else assert.ok(b.rows.every((row) => row.every((cell) => typeof cell === 'string')))
    }
  }
  blocks(r.body.blocks)
  for (const t of r.body.tasks) assert.ok(Number.isInteger(t.ordinal) && typeof t.title === 'string' && typeof t.text === 'string')
  for (const q of r.body.quotes) assert.ok(typeof q.speaker === 'string' && isText(q.name) && isText(q.title) && q.text.every((s) => typeof s === 'string'))
  for (const c of r.contacts) {
    assert.deepEqual(Object.keys(c).sort(), ['department', 'email', 'group', 'name', 'phone', 'role', 'title'])
    for (const v of Object.values(c)) assert.ok(isText(v))
    if (c.phone) assert.match(c.phone, /^[\d*]+(?:-[\d*]+)*$/)
    if (c.title) assert.doesNotMatch(c.title, /\s/)
    if (c.name) assert.doesNotMatch(c.name, /\s/)
  }
  assert.ok(r.footer.slogans.every((s) => typeof s === 'string') && isText(r.footer.license) && r.footer.lines.every((s) => typeof s === 'string'))
  for (const a of r.appendices) {
    assert.ok(isText(a.label) && isText(a.title) && typeof a.hasContent === 'boolean')
    blocks(a.blocks)
    for (const s of a.sections) {
      assert.equal(typeof s.title, 'string')
      for (const i of s.items) assert.ok(isText(i.label) && typeof i.text === 'string' && i.notes.every((n) => typeof n === 'string'))
      if (s.schedule) for (const row of s.schedule) assert.ok(isTime(row.start) && isTime(row.end) && (row.minutes === null || Number.isInteger(row.minutes)))
      blocks(s.blocks)
    }
  }
}
