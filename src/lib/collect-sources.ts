import type * as T from '../press-release.js'
import type {Node} from '../types.js'
import {rangeOf, type Origins, type Range, type SourceText, type Sourcer} from './sources.js'
import {startOffset, endOffset} from './locate.js'

type AnyNode = Node & {children?: AnyNode[]}

/** What to find the sources of, when not every value's: some paths, and the values read in some places. */
export interface Focus {
  paths: string[]
  places: Range[]
}

/**
 * Where each string value of a typed object was read, by its path (`contacts[2].phone`): the
 * spans `origins` recorded while the tree was folded, narrowed to where each value is printed.
 * With a `focus`, only the values it names or whose places it touches (and the lists and objects
 * on the way to them) are looked at.
 */
export function collectSources(release: T.PressRelease, o: Origins, text: SourceText, sourcer: Sourcer, focus: Focus | null = null): Record<string, T.Source> {
  const out: Record<string, T.Source> = {}
  const whole: Range = {from: 0, to: text.text.length}
  /** Whether a value or an object at `path`, read in `range`, is one to look at. */
  // The paths wanted and every path on the way to them (`contacts[2]` for `contacts[2].phone`);
  // the places, by where they start, with the furthest end of each and those before it.
  const wanted = new Set<string>()
  let starts: Range[] = []
  const furthest: number[] = []
  if (focus) {
    for (const path of focus.paths) {
      wanted.add(path)
      for (let i = path.length - 1; i > 0; i--) if (path[i] === '.' || path[i] === '[') wanted.add(path.slice(0, i))
    }
    starts = focus.places.slice().sort((a, b) => a.from - b.from)
    let end = -1
    for (const place of starts) furthest.push((end = Math.max(end, place.to)))
  }
  /** Whether a place touches the span: the last place starting at or before its end reaches it. */
  const touched = (span: Range): boolean => {
    let low = 0
    let high = starts.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (starts[mid].from <= span.to) low = mid + 1
      else high = mid
    }
    return low > 0 && furthest[low - 1] >= span.from
  }
  const keep = (path: string, range: Range | null | (() => Range | null)): boolean => {
    if (!focus) return true
    if (wanted.has(path)) return true
    if (starts.length === 0) return false
    const span = typeof range === 'function' ? range() : range
    return span !== null && touched(span)
  }
  const put = (path: string, range: Range | null) => {
    if (range && keep(path, range)) out[path] = sourcer.source(range)
  }
  /**
   * A value's span: where it is printed in `range`, or on the lines of `range` (a name whose
   * field holds part of it, `배  인`), else `range` itself.
   */
  const narrowed = (range: Range | null, value: string): Range | null => (range ? (text.find(range, value) ?? text.find(sourcer.wholeLines(range), value) ?? range) : null)
  /** Where a time is printed in `range`, on its lines, or on the lines above (a time-table's time printed once for two rows). */
  const timeIn = (range: Range, time: string, after?: number): Range | null =>
    text.findTime(range, time, after) ?? text.findTime(sourcer.wholeLines(range), time, after) ?? text.findTime(sourcer.wholeLines(range, 3), time)
  const placeRange = (place: Parameters<typeof rangeOf>[0] | {like: object} | null | undefined): Range | null =>
    !place ? null : 'like' in place ? o.range(place.like, '') : rangeOf(place)

  if (release.kind !== null) put('kind', narrowed(placeRange(o.top.kind), release.kind))
  release.publisher.forEach((name, i) => {
    const range = placeRange(o.publisher[i])
    // A full name spelled out elsewhere than where the abbreviation was read: where it is printed.
    put(`publisher[${i}]`, (range && text.find(range, name)) ?? text.find(whole, name) ?? range)
  })
  release.issuers.forEach((name, i) => put(`issuers[${i}]`, narrowed(placeRange(o.issuers[i]), name)))
  if (release.embargo && keep('embargo', () => union(o.top.embargo))) embargo('embargo', release.embargo, union(o.top.embargo))
  if (release.distribution && keep('distribution', () => union(o.top.distribution))) {
    const range = union(o.top.distribution)
    if (range) {
      const raw = narrowed(range, release.distribution.raw)
      put('distribution.raw', raw)
      moment('distribution', release.distribution, raw!)
    }
  }
  if (release.headline !== null) put('headline', narrowed(placeRange(o.top.headline), release.headline))
  release.subtitles.forEach((subtitle, i) => put(`subtitles[${i}]`, narrowed(placeRange(o.subtitles[i]), subtitle)))
  blocks('body.blocks', release.body.blocks)
  release.body.tasks.forEach((task, i) => {
    const range = o.range(task, '')
    if (!keep(`body.tasks[${i}]`, range)) return
    put(`body.tasks[${i}].title`, narrowed(range, task.title))
    put(`body.tasks[${i}].text`, narrowed(range, task.text))
  })
  release.body.quotes.forEach((quote, i) => {
    if (keep(`body.quotes[${i}]`, () => o.range(quote, ''))) quoteSources(`body.quotes[${i}]`, quote)
  })
  rows('body.schedule', release.body.schedule)
  release.contacts.forEach((contact, i) => {
    if (!keep(`contacts[${i}]`, () => o.range(contact, ''))) return
    for (const key of ['group', 'department', 'role', 'title', 'name', 'phone', 'email'] as const) {
      const value = contact[key]
      if (value === null) continue
      const range = o.range(contact, key)
      put(`contacts[${i}].${key}`, key === 'phone' && range ? (text.findDigits(range, value) ?? range) : narrowed(range, value))
    }
  })
  const footer = release.footer
  footer.slogans.forEach((slogan, i) => put(`footer.slogans[${i}]`, narrowed(o.range(footer.slogans, i), slogan)))
  if (footer.license !== null) put('footer.license', narrowed(o.range(footer, 'license'), footer.license))
  footer.lines.forEach((line, i) => put(`footer.lines[${i}]`, narrowed(o.range(footer.lines, i), line)))
  release.appendices.forEach((appendix, i) => {
    const path = `appendices[${i}]`
    // An appendix's heading, sections and blocks are each looked at when kept.
    if (appendix.label !== null) put(`${path}.label`, narrowed(o.range(appendix, 'label'), appendix.label))
    if (appendix.title !== null) put(`${path}.title`, narrowed(o.range(appendix, 'title'), appendix.title))
    appendix.sections.forEach((section, j) => {
      const at = `${path}.sections[${j}]`
      if (!keep(at, () => union2(o.range(section, 'title'), section.blocks.length ? o.range(section.blocks[section.blocks.length - 1], '') : null))) return
      put(`${at}.title`, narrowed(o.range(section, 'title'), section.title))
      section.items.forEach((item, k) => {
        const range = o.range(item, '')
        if (!keep(`${at}.items[${k}]`, range)) return
        if (item.label !== null) put(`${at}.items[${k}].label`, narrowed(range, item.label))
        put(`${at}.items[${k}].text`, narrowed(range, item.text))
        item.notes.forEach((note, m) => put(`${at}.items[${k}].notes[${m}]`, narrowed(o.range(item.notes, m), note)))
      })
      section.notes.forEach((note, k) => put(`${at}.notes[${k}]`, narrowed(o.range(section.notes, k), note)))
      if (section.schedule) rows(`${at}.schedule`, section.schedule)
      blocks(`${at}.blocks`, section.blocks)
    })
    blocks(`${path}.blocks`, appendix.blocks)
    rows(`${path}.schedule`, appendix.schedule)
  })
  return out

  function blocks(path: string, list: T.BodyBlock[]): void {
    list.forEach((block, i) => {
      const at = `${path}[${i}]`
      if (!keep(at, () => o.range(block, ''))) return
      const range = o.range(block, '')
      if (block.type === 'table') {
        block.rows.forEach((row, r) => {
          const node = o.node(row) as AnyNode | undefined
          const rowRange = node ? (rangeOf(node) ?? range) : range
          // The row's cells in order, as the typed object reads them.
          const cells = node?.children?.filter((c) => c.type === 'tableCell') ?? []
          row.forEach((cell, c) => {
            const position = cells[c]?.position
            put(`${at}.rows[${r}][${c}]`, narrowed(position ? {from: startOffset(position), to: endOffset(position)} : rowRange, cell))
          })
        })
        return
      }
      if (block.type === 'item') put(`${at}.marker`, narrowed(range, block.marker))
      put(`${at}.text`, narrowed(range, block.text))
      if (block.type === 'item') blocks(`${at}.children`, block.children)
    })
  }

  function rows(path: string, list: T.ScheduleRow[]): void {
    list.forEach((row, i) => {
      const at = `${path}[${i}]`
      if (!keep(at, () => o.range(row, ''))) return
      const startRange = o.range(row, 'start')
      const start = startRange ? (timeIn(startRange, row.start) ?? startRange) : null
      put(`${at}.start`, start)
      if (row.end !== null) {
        const range = o.range(row, 'end')
        put(`${at}.end`, range ? ((start && timeIn({from: start.from, to: Math.max(range.to, start.to)}, row.end, start.to)) ?? timeIn(range, row.end) ?? range) : null)
      }
      put(`${at}.item`, narrowed(o.range(row, 'item'), row.item))
      if (row.note !== null) put(`${at}.note`, narrowed(o.range(row, 'note'), row.note))
    })
  }

  function quoteSources(path: string, quote: T.Quote): void {
    quote.passages.forEach((passage, i) => put(`${path}.passages[${i}]`, narrowed(o.spanOf(quote, 'passages', i), passage)))
    const speaker = o.spanOf(quote, 'speaker', 0)
    const name = o.spanOf(quote, 'name', 0)
    if (quote.speaker !== null) put(`${path}.speaker`, narrowed(speaker, quote.speaker))
    if (quote.name !== null) put(`${path}.name`, narrowed(name ?? speaker, quote.name))
    for (const key of ['title', 'organisation'] as const) {
      const value = quote[key]
      if (value === null) continue
      // Printed with the speaker, or with the full name printed before.
      const found = (speaker && text.find(speaker, value)) ?? (name && text.find({from: Math.max(0, name.from - 40), to: name.to + 40}, value))
      put(`${path}.${key}`, found ?? speaker ?? name)
    }
  }

  /** An embargo's values: its raw text, each medium's, and the moments they print. */
  function embargo(path: string, value: T.Embargo, range: Range | null): void {
    if (!range) return
    const raw = narrowed(range, value.raw)!
    put(`${path}.raw`, raw)
    let after = raw.from
    const read: Array<{date: Range | null; time: Range | null; edition: Range | null; editionDate: Range | null}> = []
    value.channels.forEach((channel, i) => {
      const at = `${path}.channels[${i}]`
      const own = text.find({from: after, to: raw.to}, channel.raw) ?? raw
      if (own !== raw) after = own.to
      put(`${at}.raw`, own)
      channel.names.forEach((name, j) => {
        // Printed before the medium's value: the last printing before it.
        put(`${at}.names[${j}]`, text.find({from: raw.from, to: Math.max(own.from, Math.min(raw.to, own.from + name.length + 4))}, name, true) ?? text.find(raw, name) ?? own)
      })
      const times = moment(at, channel, own)
      const edition = channel.edition ? editionSources(`${at}.edition`, channel.edition, own, times.date) : {kind: null, date: null}
      read.push({...times, edition: edition.kind, editionDate: edition.date})
    })
    // The embargo's moment is its earliest channel's; its edition the first channel's that prints one.
    const main = value.channels.findIndex((c) => c.date === value.date && c.time === value.time && c.date !== null)
    if (main >= 0) {
      const {date, time} = read[main]
      if (value.date !== null) put(`${path}.date`, date ?? raw)
      if (value.time !== null) put(`${path}.time`, time ?? raw)
      if (value.iso !== null) put(`${path}.iso`, date && time ? {from: Math.min(date.from, time.from), to: Math.max(date.to, time.to)} : raw)
    } else moment(path, value, raw)
    const withEdition = value.channels.findIndex((c) => c.edition !== null)
    if (value.edition && withEdition >= 0) {
      const {edition, editionDate} = read[withEdition]
      put(`${path}.edition.kind`, edition ?? raw)
      if (value.edition.date !== null) put(`${path}.edition.date`, editionDate ?? raw)
    }
    if (value.condition !== null) put(`${path}.condition`, narrowed(raw, value.condition))
  }

  /** A moment's date, time and ISO form: the printed date, the printed time, and the span from one to the other. */
  function moment(path: string, value: T.Moment, range: Range): {date: Range | null; time: Range | null} {
    const date = value.date ? text.findDate(range, value.date) : null
    const time = value.time ? (text.findTime(range, value.time, date?.to) ?? text.findTime(range, value.time)) : null
    if (value.date !== null) put(`${path}.date`, date ?? range)
    if (value.time !== null) put(`${path}.time`, time ?? range)
    if (value.iso !== null) put(`${path}.iso`, date && time ? {from: Math.min(date.from, time.from), to: Math.max(date.to, time.to)} : range)
    return {date, time}
  }

  /** An edition's word (`조간`, `석간`) and date: printed before the word, or, inferred, the span from the date it was inferred from to the word. */
  function editionSources(path: string, edition: T.Edition, range: Range, from: Range | null): {kind: Range | null; date: Range | null} {
    const kind = text.findPattern(range, edition.kind === 'morning' ? /조\s*간/ : /석\s*간/)
    put(`${path}.kind`, kind ?? range)
    let date: Range | null = null
    if (edition.date !== null) {
      date = kind ? text.findDate({from: range.from, to: kind.from}, edition.date) : text.findDate(range, edition.date)
      if (!date && kind && from) date = {from: Math.min(from.from, kind.from), to: Math.max(from.to, kind.to)}
      put(`${path}.date`, date ?? kind ?? range)
    }
    return {kind, date}
  }
}

/** The span from the start of one span to the end of another. */
function union2(a: Range | null, b: Range | null): Range | null {
  return a && b ? {from: Math.min(a.from, b.from), to: Math.max(a.to, b.to)} : (a ?? b)
}

function union(positions: ReadonlyArray<import('unist').Position> | undefined): Range | null {
  return positions && positions.length ? rangeOf(positions) : null
}

/** The rules of diagnostics about a whole value that is missing: the value's path. */
const missing: Record<string, string> = {'missing-embargo': 'embargo', 'missing-headline': 'headline', 'missing-kind': 'kind', 'missing-contacts': 'contacts'}

type Message = {source?: string | null; ruleId?: string | null; place?: unknown; line?: number | null; column?: number | null; data?: {path?: string}}

/** The places of the diagnostics made while the tree was built that need a path. */
export function placesOf(messages: Message[]): Range[] {
  const out: Range[] = []
  for (const message of messages) {
    if (message.source !== 'bodojaryo' || message.data?.path !== undefined || (message.ruleId && missing[message.ruleId])) continue
    const place = message.place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
    if (place?.start?.offset !== undefined && place.end?.offset !== undefined) out.push({from: place.start.offset, to: place.end.offset})
    // A batch of thousands of diagnostics (a table of ragged rows) is not searched for each.
    if (out.length > 1000) break
  }
  return out
}

/**
 * Give the diagnostics made while the tree was built the path of the value they concern: the
 * value whose span holds their place (the narrowest), else the values their place holds (their
 * common parent: a table, the contacts). One about a value that is missing names that value,
 * and its place is the whole text.
 */
export function pathMessages(messages: Message[], sources: Record<string, T.Source>, text: string, sourcer: Sourcer): void {
  let entries: Array<{path: string; from: number; to: number}> | null = null
  let done = 0
  for (const message of messages) {
    if (message.source !== 'bodojaryo' || message.data?.path !== undefined) continue
    const path = message.ruleId ? missing[message.ruleId] : undefined
    if (path !== undefined) {
      message.data = {path}
      if (!message.place) {
        message.place = {start: sourcer.point(0), end: sourcer.point(text.length)}
        message.line = 1
        message.column = 1
      }
      continue
    }
    const place = message.place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
    const from = place?.start?.offset
    const to = place?.end?.offset
    // A batch of thousands of diagnostics (a table of ragged rows) is not searched for each.
    if (from === undefined || to === undefined || done++ > 1000) continue
    entries ??= Object.entries(sources).map(([p, s]) => ({path: p, from: s.start.offset!, to: s.end.offset!}))
    let best: {path: string; size: number} | null = null
    const inside: string[] = []
    for (const entry of entries) {
      if (entry.from <= from && entry.to >= to && (!best || entry.to - entry.from < best.size)) best = {path: entry.path, size: entry.to - entry.from}
      else if (entry.from >= from && entry.to <= to) inside.push(entry.path)
    }
    const found = best?.path ?? commonParent(inside)
    if (found) message.data = {path: found}
  }
}

/** The path of the nearest object or list holding every path of `paths` (`body.blocks[2]` of its rows' cells), or null. */
function commonParent(paths: string[]): string | null {
  if (paths.length === 0) return null
  let prefix = paths[0]
  for (const path of paths) {
    let k = 0
    while (k < prefix.length && k < path.length && prefix[k] === path[k]) k++
    prefix = prefix.slice(0, k)
  }
  if (paths.length === 1) return prefix
  // Cut back to a whole segment: before a `.` or a `[` that opens an index not complete.
  const cut = /^(.*?)(?:\.[^.[\]]*|\[\d*)$/.exec(prefix)
  const parent = cut ? cut[1] : prefix
  return parent || null
}
