import type {VFile} from 'vfile'
import type {Position} from 'unist'
import {report} from './messages.js'
import type * as T from './press-release.js'
import type {Appendix, Block, Contacts, Field, Footer, Header, Item, Node, Root, Section, Table, TableRow, Title} from './types.js'
import {PlainTableRow} from './lib/context.js'
import {findDates, isoDate, weekdayOf} from './lib/date.js'
import {iso, readEmbargo, readMoment, type Inference} from './lib/embargo.js'
import {breaking, codeAt, control, decomposedMark, foldDoubledSpaces, isFree, isWhiteSpace, markup, oddSpace} from './lib/chars.js'
import {cleanText} from './lib/stream.js'
import {endLine, endOffset, onOneLine, startLine, startOffset} from './lib/locate.js'
import {subtitleMarkerPattern, allMatches, endsWithDash, appendixLabelAt} from './lib/patterns.js'
import {lastOf, append} from './lib/arrays.js'
import {isDepartmentText, isTitle, splitGluedTitle} from './lib/construct/contacts.js'
import type {Offsets} from './lib/offsets.js'

type AnyNode = Node & {children?: AnyNode[]; value?: string}

/**
 * While a release is read from a tree `parse` has just built: the source offsets of every char
 * a text would clean, in order (see `build`), so a leaf spanning none of them is its own text.
 */
let specials: Offsets | null = null
/** Whether every leaf `collect` joined was plain. */
let allPlain = false
/** Where the last search in `specials` ended: leaves are mostly read in order. */
let cursor = 0

/** The index of the first offset at or after `from` in the sorted `offsets`. */
function firstAtOrAfter(offsets: Offsets, from: number): number {
  const list = offsets.data
  const length = offsets.length
  let low = cursor <= length && (cursor === 0 || list[cursor - 1] < from) ? cursor : 0
  // A few steps forward from the last place, then halving what is left.
  for (let step = 0; step < 8; step++) {
    if (low >= length || list[low] >= from) return (cursor = low)
    low++
  }
  let high = length
  while (low < high) {
    const mid = (low + high) >> 1
    if (list[mid] < from) low = mid + 1
    else high = mid
  }
  return (cursor = low)
}

/** Whether a leaf's text is its value as is: one line, no char to clean, no outer space, no Markdown heading. */
function isPlainLeaf(leaf: AnyNode): boolean {
  const position = leaf.position
  if (specials === null || !position || !onOneLine(position)) return false
  const from = startOffset(position)
  const to = endOffset(position)
  const k = firstAtOrAfter(specials, from)
  if (k < specials.length && specials.data[k] < to) return false
  const value = leaf.value!
  const first = codeAt(value, 0)
  return first !== 0x23 && first !== 0x20 && codeAt(value, value.length - 1) !== 0x20
}

/** The text of a node: its leaves' values (syntax and page marks left out), cleaned. */
export function textOf(node: AnyNode, separator = ' '): string {
  // One leaf: its value, no joining.
  const children = node.children
  let value: string
  if (children === undefined) {
    // A leaf itself: a text, or a table cell of parse()'s own tree (see `tableRow`); no other leaf has text.
    if (node.type !== 'text' && node.type !== 'tableCell') return ''
    if (isPlainLeaf(node)) return node.value!
    value = node.value ?? ''
  } else if (children.length === 1 && children[0].type === 'text') {
    if (isPlainLeaf(children[0])) return children[0].value!
    value = children[0].value!
  } else {
    allPlain = specials !== null
    value = collect(node, separator)
    // Plain leaves joined by one space or nothing: nothing to clean.
    if (allPlain) return value
  }
  // Nothing to clean but spaces: fold them (a Markdown heading mark aside).
  if (isFree(value, special)) return codeAt(value, 0) === 0x23 ? cleanText(value) : value.includes('  ') ? foldDoubledSpaces(value) : value.trim()
  return cleanText(isFree(value, decomposedMark) ? value : value.normalize('NFC'))
}

/** Anything beyond a trim: decomposed Hangul, odd spaces, controls, markup. */
const special = decomposedMark | oddSpace | control | markup | breaking

function collect(node: AnyNode, separator: string): string {
  // A table cell of parse()'s own tree may be its own leaf (see `tableRow`).
  if (node.type === 'text' || (node.type === 'tableCell' && node.children === undefined)) {
    if (allPlain && !isPlainLeaf(node)) allPlain = false
    return node.value ?? ''
  }
  if (!node.children) return ''
  const parts: string[] = []
  let previous: AnyNode | null = null
  let previousValue = ''
  for (const child of node.children) {
    if (child.type === 'syntax' || child.type === 'pageMark') continue
    const value = collect(child, separator)
    if (!value) continue
    if (previous !== null) parts.push(wordContinues(previous, child, previousValue, value) ? '' : separator)
    parts.push(value)
    previous = child
    previousValue = value
  }
  return parts.join('')
}

/** A word broken at the end of a line (`해외` / `에서의`): the next line starts with an ending. */
const ending = /^(?:에서|에게|으로|로서|로써|로|의|을|를|은|는|와|과|도|만|에|께|이다|이며|이고|입니다|다[.,]|했|하였|하고|하며|하여|하는|한다|할|된다|되었|되어|됐|였|적[인으이]|화[를를하된]|들[이을은의])/

function wordContinues(previous: AnyNode, next: AnyNode, before: string, after: string): boolean {
  if (!previous.position || !next.position || startLine(next.position) !== endLine(previous.position) + 1) return false
  const last = codeAt(before, before.length - 1)
  return last >= 0xac00 && last <= 0xd7a3 && ending.test(after)
}

/** Turn the syntax tree into the typed object; diagnostics about values go to `file`. */
export function toPressRelease(tree: Root, file?: VFile): T.PressRelease {
  return readRelease(tree, file, null)
}

/** `toPressRelease`, told where the source holds chars to clean (see `build`). */
export function readRelease(tree: Root, file: VFile | undefined, toClean: Offsets | null): T.PressRelease {
  specials = toClean
  cursor = 0
  try {
    return read(tree, file)
  } finally {
    specials = null
  }
}

function read(tree: Root, file?: VFile): T.PressRelease {
  const headers: Header[] = []
  let title: Title | undefined
  let footer: Footer | undefined
  const bodyBlocks: Block[] = []
  const contactNodes: Contacts[] = []
  const appendices: Appendix[] = []
  const listedLabels: ReturnType<typeof listed> = []
  for (const child of tree.children) {
    if (child.type === 'header') headers.push(child)
    else if (child.type === 'title') title ??= child
    else if (child.type === 'footer') footer ??= child
    else if (child.type === 'contacts') contactNodes.push(child)
    else if (child.type === 'appendix') appendices.push(child)
    else if (child.type === 'body') {
      for (const block of child.children) bodyBlocks.push(block)
      for (const entry of listed(child.children)) listedLabels.push(entry)
    }
  }

  const {kind, embargo, distribution} = readHeader(headers, file)
  const headlineNode = title?.children.find((c) => c.type === 'headline')
  const headline = headlineNode ? textOf(headlineNode) || null : null
  const subtitles = (title?.children ?? [])
    .filter((c) => c.type === 'subtitle')
    .map((c) => {
      const value = textOf(c).replace(subtitleMarkerPattern, '')
      return (endsWithDash(value) ? value.replace(/(?<![\s\-–—])\s*[-–—]+$/, '') : value).trim()
    })
    .filter(Boolean)
  const blocks = bodyBlocks.map(toBlock)
  const flat = flatten(blocks)
  const contacts: T.Contact[] = []
  for (const node of contactNodes) for (const contact of readContacts(node, file)) contacts.push(contact)
  return {
    kind,
    issuers: readIssuers(flat),
    embargo,
    distribution,
    headline,
    subtitles,
    body: {blocks, tasks: readTasks(flat), quotes: readQuotes(flat)},
    contacts,
    footer: readFooter(footer),
    appendices: mergeListed(appendices.map(readAppendix), listedLabels)
  }
}

/** Read the header's fields; a header may be printed in parts (the kind on top, the dates under the title box). */
function readHeader(headers: Header[], file?: VFile) {
  let kind: string | null = null
  const embargoValues: string[] = []
  const distributionValues: string[] = []
  let embargoPlace: Position | undefined
  let hasEmbargo = false
  let hasDistribution = false
  for (const child of headers.flatMap((h) => h.children)) {
    if (child.type === 'kind' && kind === null) kind = textOf(child).replace(/\s+/g, '')
    if (child.type === 'embargo' || child.type === 'distribution') {
      const values = child.children.filter((c) => c.type === 'text').map((c) => textOf(c as AnyNode))
      if (child.type === 'embargo') {
        hasEmbargo = true
        embargoPlace ??= child.position
        append(embargoValues, values)
      } else {
        hasDistribution = true
        append(distributionValues, values)
      }
    }
  }
  // Runs of white space (padding, cells, wrapped lines) read as one space, as in every other text.
  const embargoRaw = embargoValues.filter((v) => !/^[/|]$/.test(v)).join(' ').replace(/\s+/g, ' ').replace(/^[\s/|]+|(?<![\s/|])[\s/|]+$/g, '')
  const distributionRaw = distributionValues.filter((v) => !/^[/|]$/.test(v)).join(' ').replace(/\s+/g, ' ').replace(/^[\s/|]+|(?<![\s/|])[\s/|]+$/g, '')
  // A year printed anywhere in the header completes dates printed without one.
  const dates = findDates(embargoRaw)
  for (const d of findDates(distributionRaw)) dates.push(d)
  const year = dates.find((d) => d.year !== null)?.year ?? null
  const inferences: Inference[] = []
  const embargo = hasEmbargo && embargoRaw ? readEmbargo(embargoRaw, year, inferences) : null
  let distribution: T.Distribution | null = null
  if (hasDistribution && distributionRaw) {
    const moment = readMoment(distributionRaw, year, inferences)
    distribution = {raw: distributionRaw, ...moment, iso: iso(moment.date, moment.time)}
  }
  if (file) {
    if (kind === null) report(file, 'missing-kind', headers[0]?.position)
    for (const inference of inferences) {
      if (inference.kind === 'year-inferred') report(file, 'year-inferred', embargoPlace, inference.args[0])
      else report(file, 'edition-date-inferred', embargoPlace, inference.args[0], inference.args[1])
    }
    if (embargo && !embargo.immediate && !embargo.date && !embargo.edition && !embargo.condition) report(file, 'unparsed-header-value', embargoPlace, embargoRaw)
    for (const d of dates) {
      const y = d.year ?? year
      if (y === null || !d.weekday) continue
      const expected = weekdayOf(y, d.month, d.day)
      if (expected !== d.weekday) report(file, 'weekday-mismatch', embargoPlace, d.weekday, isoDate(y, d.month, d.day), expected)
    }
  }
  return {kind, embargo, distribution}
}

function toBlock(node: Block | Section | AnyNode): T.BodyBlock {
  if (node.type === 'item') {
    const item = node as Item
    // Most items hold their own line only: no lists to filter then.
    let own = true
    for (const c of item.children) if (c.type !== 'text' && c.type !== 'field') own = false
    const children: T.BodyBlock[] = []
    let text: string
    if (own) text = textOf(item as AnyNode)
    else {
      text = textOf({type: 'x', children: item.children.filter((c) => c.type === 'text' || c.type === 'field')} as AnyNode)
      for (const c of item.children) if (c.type === 'item' || c.type === 'table' || c.type === 'paragraph') children.push(toBlock(c))
    }
    return {type: 'item', marker: item.marker, depth: item.depth, text: withoutMarker(text, item.marker).trim(), children}
  }
  if (node.type === 'table') {
    const rows: string[][] = []
    for (const row of (node as Table).children) {
      const cells = cellTexts(row)
      if (cells.length) rows.push(cells)
    }
    return {type: 'table', rows}
  }
  return {type: 'paragraph', text: textOf(node as AnyNode)}
}

/** The text of each cell of a table row, in order ('' for an empty cell). */
function cellTexts(row: TableRow): string[] {
  if (row instanceof PlainTableRow) return row.texts()
  const cells: string[] = []
  for (const cell of row.children) if (cell.type === 'tableCell') cells.push(textOf(cell as AnyNode))
  return cells
}

const markerPatterns = new Map<string, RegExp>()

/** An item's text without its marker and the spaces after it (and a Markdown list bullet before it). */
function withoutMarker(text: string, marker: string): string {
  const first = codeAt(text, 0)
  // No bullet can come first: the marker, if printed, starts the text.
  if (first !== 0x2d && first !== 0x2a && first !== 0x2b && text.startsWith(marker)) {
    let at = marker.length
    while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++
    return text.slice(at)
  }
  return text.replace(markerAtStart(marker), '')
}

/** The marker at the start of an item's text, after a Markdown list bullet if any. */
function markerAtStart(marker: string): RegExp {
  let pattern = markerPatterns.get(marker)
  if (!pattern) {
    pattern = makeMarkerPattern(marker)
    markerPatterns.set(marker, pattern)
  }
  return pattern
}

function makeMarkerPattern(marker: string): RegExp {
  return new RegExp('^(?:[-*+]\\s+(?=\\S))?' + marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*')
}

function flatten(blocks: T.BodyBlock[]): Array<T.ItemBlock | T.ParagraphBlock> {
  const out: Array<T.ItemBlock | T.ParagraphBlock> = []
  for (const b of blocks) {
    if (b.type === 'table') continue
    out.push(b)
    if (b.type === 'item') append(out, flatten(b.children))
  }
  return out
}

/** What follows an issuer's name: `(장관 홍길동)`, `(이하 …)`, read where a parenthesis opens. */
const issuerParen = /\((?:[^()]*?(?:장관|처장|청장|원장|위원장|총장|이사장|회장|차관|본부장|대표|실장|단장|센터장|소장|부장|국장|총재|의장|관장)\s*[가-힣]{2,4}|이하)[^()]*\)/y

function isNameChar(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0xb7 || code === 0x318d
}

/** The names (2–30 letters) printed right before such a parenthesis, in order. */
function issuersIn(text: string): string[] {
  const out: string[] = []
  let from = 0
  for (let open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', from)) {
    issuerParen.lastIndex = open
    const m = issuerParen.exec(text)
    from = open + 1
    if (!m) continue
    let end = open
    while (end > 0 && /\s/.test(text[end - 1])) end--
    let start = end
    while (start > 0 && end - start < 30 && isNameChar(text.charCodeAt(start - 1))) start--
    if (end - start < 2) continue
    out.push(text.slice(start, end))
    from = open + m[0].length
  }
  return out
}

function readIssuers(blocks: Array<T.ItemBlock | T.ParagraphBlock>): string[] {
  const out: string[] = []
  for (const block of blocks.slice(0, 3)) {
    for (const name of issuersIn(block.text)) {
      if (!out.includes(name)) out.push(name)
    }
    if (out.length) break
  }
  return out
}

const ordinals: Array<[RegExp, number]> = [
  [/^첫\s*(?:번\s*)?째/, 1],
  [/^두\s*(?:번\s*)?째|^둘\s*째/, 2],
  [/^세\s*(?:번\s*)?째|^셋\s*째/, 3],
  [/^네\s*(?:번\s*)?째|^넷\s*째/, 4],
  [/^다섯\s*(?:번\s*)?째/, 5],
  [/^여섯\s*(?:번\s*)?째/, 6],
  [/^일곱\s*(?:번\s*)?째/, 7]
]
const ordinalStarts = '첫두둘세셋네넷다여일'
const circled = '①②③④⑤⑥⑦⑧⑨⑩'
const negative = '➊➋➌➍➎➏➐➑➒➓'
const negativeCircled = '❶❷❸❹❺❻❼❽❾❿'

function readTasks(blocks: Array<T.ItemBlock | T.ParagraphBlock>): T.Task[] {
  const tasks: T.Task[] = []
  for (const block of blocks) {
    const text = block.type === 'item' ? block.text : block.text
    let ordinal = 0
    // The ordinal words start with one of these syllables; most blocks start otherwise.
    if (ordinalStarts.includes(text.charAt(0))) for (const [pattern, n] of ordinals) if (pattern.test(text)) ordinal = n
    if (tasks.length > 0 && text.startsWith('마지막') && /과제|분야|방향|전략/.test(text.slice(0, 20))) ordinal = tasks.length + 1
    if (block.type === 'item') {
      const index = Math.max(circled.indexOf(block.marker), negative.indexOf(block.marker), negativeCircled.indexOf(block.marker))
      if (index >= 0) ordinal = index + 1
    }
    if (!ordinal) continue
    if (block.type === 'paragraph' && !/과제|분야|방향|전략|추진|내용/.test(text.slice(0, 30))) continue
    const quoted = /[‘'“"]([^’'”"]{2,80})[’'”"]/.exec(text)?.[1]
    const title = quoted ?? text.split(/(?<=다\.)\s/)[0]
    tasks.push({ordinal, title: title.trim(), text})
  }
  return tasks
}

const quotePattern = /[“"]([^“”"]+)[”"]/g

/**
 * An opening quote mark. One search for the class: `indexOf('“')` scans for the byte 0x20 (the
 * higher of U+201C's two), which stops at every space.
 */
const openQuote = /[“"]/

function readQuotes(blocks: Array<T.ItemBlock | T.ParagraphBlock>): T.Quote[] {
  const quotes: T.Quote[] = []
  let previous: T.Quote | null = null
  for (const block of blocks) {
    const text = block.text
    const open = text.search(openQuote)
    if (open < 0) {
      previous = null
      continue
    }
    const parts = allMatches(quotePattern, text).map((m) => m[1].trim())
    if (parts.length === 0) continue
    // The quote must be reported speech: followed by 라며/라고/고 … 밝혔다/말했다/강조했다.
    if (!/[”"]\s*(?:이?라(?:며|고|면서)|고|며|하며|면서)/.test(text)) {
      previous = null
      continue
    }
    const before = text.slice(0, open).trim()
    const speaker = /([가-힣A-Za-z·\s]{2,40}?)(?:은|는|이|가)\s*$/.exec(before)?.[1]?.trim()
    if (speaker && !/^(?:아울러|또한|특히|이어서?|그러면서|한편)/.test(speaker)) {
      const words = speaker.split(/\s+/).filter((w) => !/^(?:이날|또|이어|한편|또한|특히|아울러|그러면서)$/.test(w))
      let name: string | null = null
      let role: string | null = null
      if (words.length >= 2 && /^[가-힣]{2,4}$/.test(words[0])) {
        name = words[0]
        role = words.slice(1).join(' ')
      } else role = words.join(' ')
      const quote: T.Quote = {speaker: words.join(' '), name, title: role, text: parts}
      quotes.push(quote)
      previous = quote
    } else if (previous) {
      append(previous.text, parts)
    }
  }
  return quotes
}

/** Whether a phone field is only the start of a number (`(044)`, `044-202-`): its rest is in the row below. */
function isPhoneHead(value: string): boolean {
  if (value.length > 10) return false
  const digits = value.replace(/\D/g, '')
  return digits.length <= 7 && /^\(?0/.test(value) && (digits.length <= 4 || /[-.]$/.test(value))
}

/** A division, the unit under a bureau: `…과`, `…팀`, `…담당관`. */
const division = /(?:과|팀|담당관)$/

/** Whether a field is a phone or an email. */
function isNumber(field: Field | undefined): boolean {
  return field !== undefined && (field.name === 'phone' || field.name === 'email')
}

/** A role one person holds: the head (`책임자`, `담당과장`, `담당팀장`). */
const headRole = /책임자|^담당[과국팀실]장$/

/**
 * A table of one person per column: rows labelled in their first cell (`성명 | A | B`), each
 * field of one kind. Null when the contacts are not such a table.
 */
function readByColumn(node: Contacts): T.Contact[] | null {
  const columns: Array<Partial<Record<Field['name'], string[]>>> = []
  let labelled = 0
  for (const row of node.children) {
    if (row.type !== 'tableRow') continue
    const cells = row.children.filter((c) => c.type === 'tableCell')
    const head = cells[0]?.children?.filter((f) => f.type === 'field') ?? []
    if (head.length !== 1 || head[0].name !== 'label') continue
    const kinds = new Set<string>()
    cells.slice(1).forEach((cell, c) => {
      const column = (columns[c] ??= {})
      for (const f of cell.children ?? []) {
        if (f.type !== 'field') continue
        kinds.add(f.name)
        ;(column[f.name] ??= []).push(textOf(f))
      }
    })
    // A row of names and numbers together is a row per person, not a field per row.
    if (kinds.has('name') && (kinds.has('phone') || kinds.has('email'))) return null
    if (kinds.size) labelled++
  }
  if (labelled < 3 || !columns.some((c) => c.name)) return null
  const out: T.Contact[] = []
  let department: string | null = null
  let role: string | null = null
  let lastPhone: string | null = null
  for (const column of columns) {
    // A merged cell (one department for two people) leaves the next column empty.
    if (column.department) department = column.department.join(' ')
    if (column.role) role = column.role.join('').replace(/\s+/g, '')
    if (!column.name) continue
    const phone: string | null = column.phone ? formatPhone(column.phone[0], lastPhone) : null
    if (phone) lastPhone = phone
    out.push({
      group: null,
      department,
      role,
      title: column.title ? column.title.join('').replace(/\s+/g, '') : null,
      name: column.name.join('').replace(/\s+/g, ''),
      phone,
      email: column.email ? column.email[0].replace(/\s+/g, '') : null
    })
  }
  return out.length ? out : null
}

function readContacts(node: Contacts, file?: VFile): T.Contact[] {
  const byColumn = readByColumn(node)
  if (byColumn) return byColumn
  interface Unit {
    group: string | null
    departments: string[]
    firstRole: string | null
    /** The organisation a block's label column prints instead of `담당 부서` (`한국` / `고용정보원`), shared by its units. */
    block: {organisation: string | null}
  }
  const fields: Array<{field: Field; row: number; cell: number; sentence?: boolean; first?: boolean}> = []
  // Rows of several cells that hold only a department (`\t고용지원실업급여과`): a department's second row.
  const departmentOnly = new Set<number>()
  // How many cells each row has: a row under a merged cell (HTML rowspan) has fewer.
  const widths: number[] = []
  // Rows that print a number: a label row among them is a block's, not a row of column labels.
  const peopleRows = new Set<number>()
  // Each row's place among the rows that hold fields (a Markdown delimiter row holds none).
  const ordinals: number[] = []
  let filledRows = 0
  node.children.forEach((row, r) => {
    if (row.type === 'tableRow') {
      // What kinds of fields the row holds, counted without gathering them.
      let own = 0
      let departments = 0
      let numbers = 0
      for (const cell of row.children) {
        if (cell.type !== 'tableCell' || !cell.children) continue
        for (const f of cell.children) {
          if (f.type !== 'field') continue
          own++
          if (f.name === 'department') departments++
          else if (f.name === 'phone' || f.name === 'email') numbers++
        }
      }
      if (row.children.length > 1 && own > 0 && departments === own) departmentOnly.add(r)
      if (numbers) peopleRows.add(r)
      if (own) ordinals[r] = filledRows++
      const firstCell = row.children.findIndex((cell) => cell.type === 'tableCell')
      widths[r] = row.children.length
      row.children.forEach((cell, c) => {
        if (cell.type !== 'tableCell' || !cell.children) return
        for (const f of cell.children) if (f.type === 'field') fields.push({field: f, row: r, cell: c, first: c === firstCell})
      })
    } else if (row.type === 'paragraph') {
      // A sentence: "… 과장 홍길동(044-…)에게 연락주시기 바랍니다"
      let cell = 0
      for (const f of row.children) if (f.type === 'field') fields.push({field: f, row: r, cell: cell++, sentence: true})
    }
  })
  if (isColumnMajor(fields)) return columnMajor(fields)
  const contacts: T.Contact[] = []
  let unit: Unit = {group: null, departments: [], firstRole: null, block: {organisation: null}}
  // The row of the last organisation printed in a first cell.
  let organisationRow = -2
  let previousDepartment: string | null = null
  let previousGroup: string | null = null
  let unitHasPeople = false
  let role: string | null = null
  let titles: string[] = []
  let names: string[] = []
  let lastNameCell = -1
  let lastNameRow = -1
  const pendingNames: Array<{title: string | null; name: string; row: number}> = []
  let lastPhone: string | null = null
  let lastRoleRow = -1
  let titleSpaced = false
  // Whether someone was already given the role last read: a head (책임자) is one person.
  let roleTaken = false
  // The row of the last table-start label in a first cell (`담당 부서`).
  let labelRow = -2
  // Whether the titles held are left over from a list, one for each name to come.
  let titlesCarried = false
  // The start of a number broken at a cell's end, waiting for its rest in the row below.
  let brokenPhone: {head: string; contact: number} | null = null

  // A unit's department may be printed over two rows: it is read when the table ends.
  const owners: Array<{unit: Unit; previous: string | null; previousGroup: string | null}> = []
  const emit = (title: string | null, name: string | null, phone: string | null, email: string | null, row: number) => {
    // A second person under a head's role, on a row of their own with no role printed, has none.
    const own = roleTaken && row !== lastRoleRow && role !== null && headRole.test(role) ? null : role
    roleTaken = true
    contacts.push({group: null, department: null, role: own, title, name, phone, email})
    owners.push({unit, previous: previousDepartment, previousGroup})
    unitHasPeople = true
  }
  const flushPending = () => {
    for (const p of pendingNames) {
      emit(p.title, p.name, null, null, p.row)
      if (file) report(file, 'contact-without-phone', node.position, p.name)
    }
    pendingNames.length = 0
  }
  const closePerson = () => {
    if (names.length > 1) {
      // A list of people: titles and names in order (`사무관 주무관` / `김주봉 이현민`).
      names.forEach((name, i) => pendingNames.push({title: (titles.length === names.length ? titles[i] : titles.join('')) || null, name, row: lastNameRow}))
    } else if (names.length && titles.length > 1 && titles.every(isTitle)) {
      // Titles listed in cells of their own before names in cells of their own (one a line):
      // each name takes the next title.
      pendingNames.push({title: titles[0], name: names[0], row: lastNameRow})
      titles = titles.slice(1)
      names = []
      titlesCarried = true
      return
    } else if (names.length) pendingNames.push({title: titles.join('') || null, name: names[0], row: lastNameRow})
    else if (pendingNames.length === 0 && titles.length && !titlesCarried) pendingNames.push({title: null, name: titles.join(''), row: lastNameRow})
    titles = []
    names = []
    titleSpaced = false
    titlesCarried = false
  }
  const newUnit = () => {
    if (unit.departments.length) previousDepartment = unit.departments.join(' ')
    if (unit.group) previousGroup = unit.group
    unit = {group: null, departments: [], firstRole: null, block: unit.block}
    unitHasPeople = false
  }
  const nextRole = (from: number): string | null => {
    for (let k = from; k < fields.length; k++) {
      const f = fields[k].field
      if (f.name === 'role') return textOf(f).replace(/\s+/g, '')
      if (f.name === 'phone' || f.name === 'email' || f.name === 'title' || f.name === 'name') return null
    }
    return null
  }

  const hasPersonAfter = (from: number): boolean => {
    for (let k = from; k < fields.length; k++) {
      const name = fields[k].field.name
      if (name === 'name' || name === 'phone' || name === 'email') return true
    }
    return false
  }

  /** Start a block of the table (under `담당 부서`, or an organisation in its place): the group of the block before does not carry over. */
  const openBlock = (organisation: string | null) => {
    if (unitHasPeople) {
      newUnit()
      previousGroup = null
    }
    unit.block = {organisation}
  }

  fields.forEach(({field, row, cell, sentence, first}, k) => {
    const value = textOf(field)
    switch (field.name) {
      case 'label':
        // A table-start label in the first cell (`담당 부서`) opens a block of its own: the group
        // of the block before does not carry over.
        if (first && (widths[row] > 1 || hasPersonAfter(k + 1)) && /^담\s*당\s*부\s*서/.test(value)) {
          closePerson()
          flushPending()
          openBlock(null)
          labelRow = row
        }
        break
      case 'group': {
        closePerson()
        flushPending()
        const g = value.replace(/^[<【[]\s*|(?<!\s)\s*[>】\]]$/g, '').trim()
        // The same group printed again (a merged cell exported twice) continues the unit, and so
        // does a group printed under the block's label (`담당 부서` over `<총괄>`).
        if (g === unit.group) break
        // A cell per line: a group printed after the head, before the people under them, is the
        // label column's second row.
        const underHead = widths[row] === 1 && unit.group === null && nextRole(k + 1) !== null && !headRole.test(nextRole(k + 1)!)
        if (unitHasPeople && !(unit.group === null && first && labelRow >= 0 && ordinals[row] === ordinals[labelRow] + 1) && !underHead) newUnit()
        unit.group = g
        break
      }
      case 'department': {
        closePerson()
        flushPending()
        // In a table with a label column, an organisation printed where `담당 부서` would be
        // (wrapped over rows: `한국`, then `고용정보원`) heads the block.
        if (first && peopleRows.has(labelRow) && widths[labelRow] > 1 && widths[row] === widths[labelRow]) {
          if (organisationRow === row - 1 && unit.block.organisation !== null) unit.block.organisation += ` ${value}`
          else {
            openBlock(value)
          }
          organisationRow = row
          break
        }
        // A cell per line: a run of departments after the people may start with the rest of the
        // unit before (a division under its bureau: `고용서비스정책관` … `고용지원실업급여과`), or
        // with an organisation wrapped over the label column (`한국` … `고용정보원`).
        if (unitHasPeople && widths[row] === 1 && fields[k + 1]?.field.name === 'department' && hasPersonAfter(k + 1)) {
          if (division.test(value) && !unit.departments.some((d) => division.test(d))) {
            unit.departments.push(value)
            break
          }
          if (unit.block.organisation !== null && !isDepartmentText(unit.block.organisation)) {
            unit.block.organisation += ` ${value}`
            newUnit()
            break
          }
          if (!isDepartmentText(value) && /^[가-힣]{2,4}$/.test(value)) {
            newUnit()
            previousGroup = null
            unit.block = {organisation: value}
            break
          }
        }
        // A department after the unit's last person ends its name (printed over two rows, the
        // second exported after the people).
        if (unitHasPeople && hasPersonAfter(k + 1) && !departmentOnly.has(row)) {
          const next = nextRole(k + 1)
          if (next === null || /책임자/.test(next) || next === unit.firstRole) newUnit()
        }
        unit.departments.push(value)
        break
      }
      case 'role': {
        // A second role word in a row (`담당자 | 담당 | 이혜지`) is the person's title.
        if (row === lastRoleRow && role !== null && !names.length) {
          titles.push(value.replace(/\s+/g, ''))
          break
        }
        lastRoleRow = row
        closePerson()
        flushPending()
        role = value.replace(/\s+/g, '')
        roleTaken = false
        unit.firstRole ??= role
        break
      }
      case 'title': {
        // A sentence or a cell may name the person first (`김민수 사무관(☎ …)`).
        const afterName = sentence || (row === lastNameRow && cell === lastNameCell && isNumber(fields[k + 1]?.field))
        if (names.length && !afterName) closePerson()
        const piece = value.replace(/\s+/g, '')
        // One-syllable pieces are one spaced title (`과` `장`); whole titles are a list.
        if (titles.length && piece.length === 1 && titles[titles.length - 1].length === 1) titles[titles.length - 1] += piece
        else if (titles.length && piece.length === 1 && /^[가-힣]$/.test(titles[titles.length - 1].slice(-1)) && titleSpaced) titles[titles.length - 1] += piece
        else titles.push(piece)
        titleSpaced = piece.length === 1
        break
      }
      case 'name': {
        const sameCell = row === lastNameRow && cell === lastNameCell
        if (names.length && !sameCell) closePerson()
        const piece = value.replace(/\s+/g, '')
        // One-syllable pieces are a spaced name (`배` `인`); whole names in one cell are several people.
        if (names.length && (piece.length === 1 || names[names.length - 1].length === 1)) names[names.length - 1] += piece
        else names.push(piece)
        lastNameRow = row
        lastNameCell = cell
        break
      }
      case 'phone':
      case 'email': {
        closePerson()
        // The rest of a number broken over two rows (`(044)` over `201-3398`).
        if (field.name === 'phone' && brokenPhone !== null && pendingNames.length === 0) {
          const joined = formatPhone(`${brokenPhone.head}-${value}`, null)
          const broken = contacts[brokenPhone.contact] as {phone: string | null}
          broken.phone = joined
          lastPhone = joined
          brokenPhone = null
          break
        }
        brokenPhone = null
        const head = field.name === 'phone' && isPhoneHead(value)
        const phone = field.name === 'phone' && !head ? formatPhone(value, lastPhone) : null
        if (phone) lastPhone = phone
        const email = field.name === 'email' ? value.replace(/\s+/g, '') : null
        const person = pendingNames.shift()
        if (person && head) brokenPhone = {head: value, contact: contacts.length}
        if (person) emit(person.title, person.name, phone, email, person.row)
        else if (contacts.length > 0) {
          // A second number or an email for the person just read.
          const last = contacts[contacts.length - 1] as {phone: string | null; email: string | null}
          if (phone && !last.phone) last.phone = phone
          if (email && !last.email) last.email = email
        }
        break
      }
    }
  })
  closePerson()
  flushPending()
  // The unit a head's glued title names (`청년정책총괄과장`), for the head and the people after.
  const gluedUnits = new Map<Unit, string>()
  return contacts.map((c, i) => {
    const {unit: u, previous, previousGroup: g} = owners[i]
    let department = u.departments.length ? u.departments.join(' ') : previous
    if (u.block.organisation) department = department ? `${u.block.organisation} ${department}` : u.block.organisation
    let title = c.title
    // `청년정책총괄과장`: the unit joins the department, the title is `과장`.
    const glued = title ? splitGluedTitle(title) : null
    if (glued) {
      gluedUnits.set(u, glued.unit)
      title = glued.title
    }
    const unitName = gluedUnits.get(u)
    if (unitName) department = department ? `${department} ${unitName}` : unitName
    // Written out rather than spread (a spread copies slowly); the key order is the emitted one.
    return {group: u.group ?? g, department, role: c.role, title, name: c.name, phone: c.phone, email: c.email}
  })
}

/** Two role words with no person between them: the table was read column by column (PDF text). */
function isColumnMajor(fields: Array<{field: Field; row: number}>): boolean {
  let roleRow = -1
  for (const {field, row} of fields) {
    if (field.name === 'role') {
      if (roleRow >= 0 && row !== roleRow) return true
      roleRow = row
    } else if (field.name === 'name' || field.name === 'title' || field.name === 'phone' || field.name === 'email') roleRow = -1
  }
  // Several roles, none of them between two people: the role column was printed apart (PDF text).
  const roles = fields.filter((f) => f.field.name === 'role')
  const people = fields.map((f, i) => (f.field.name === 'phone' || f.field.name === 'email' ? i : -1)).filter((i) => i >= 0)
  if (roles.length < 2 || people.length < 2) return false
  const first = people[0]
  const last = people[people.length - 1]
  return fields.every((f, i) => f.field.name !== 'role' || i < first || i > last) && roles.some((r) => fields.indexOf(r) > last || fields.indexOf(r) < first)
}

const headTitle = /(?:장|담당관|관장|원장|국장|실장|단장)$/

/** Assemble a table read column by column: departments, roles, titles, then people with phones. */
function columnMajor(fields: Array<{field: Field; row: number; cell: number}>): T.Contact[] {
  const departments: string[] = []
  const roles: string[] = []
  const titles: string[] = []
  const people: Array<{name: string; phone: string | null; email: string | null; titles: string[]}> = []
  let group: string | null = null
  let names: string[] = []
  let nameAt = ''
  let titleAt = ''
  let pendingTitles: string[] = []
  let lastPhone: string | null = null
  for (const {field, row, cell} of fields) {
    const value = textOf(field).replace(/\s+/g, ' ')
    const at = `${row}:${cell}`
    switch (field.name) {
      case 'group':
        group ??= value.replace(/^[<【[]\s*|(?<!\s)\s*[>】\]]$/g, '').trim()
        break
      case 'department':
        departments.push(value)
        break
      case 'role':
        roles.push(value.replace(/\s+/g, ''))
        break
      case 'title': {
        // One-syllable pieces of a spaced title (`과` `장`), even over lines, make one title.
        const piece = value.replace(/\s+/g, '')
        const previous = lastOf(titles)
        if (previous !== undefined && (at === titleAt || (piece.length === 1 && previous.length === 1))) titles[titles.length - 1] += piece
        else titles.push(piece)
        pendingTitles.push(value)
        titleAt = at
        break
      }
      case 'name':
        if (names.length && at !== nameAt) {
          people.push({name: names.join(''), phone: null, email: null, titles: pendingTitles})
          pendingTitles = []
          names = []
        }
        names.push(value.replace(/\s+/g, ''))
        nameAt = at
        break
      case 'phone':
      case 'email': {
        const phone: string | null = field.name === 'phone' ? formatPhone(value, lastPhone) : null
        if (phone) lastPhone = phone
        const email = field.name === 'email' ? value.replace(/\s+/g, '') : null
        if (names.length) {
          people.push({name: names.join(''), phone, email, titles: pendingTitles})
          pendingTitles = []
          names = []
        } else if (people.length) {
          const last = people[people.length - 1]
          last.phone ??= phone
          last.email ??= email
        }
        break
      }
    }
  }
  if (names.length) people.push({name: names.join(''), phone: null, email: null, titles: pendingTitles})
  const zipTitles = titles.length === people.length
  const head = roles.find((r) => /책임자/.test(r)) ?? null
  const other = roles.find((r) => !/책임자/.test(r)) ?? head
  const out = people.map((p, i) => {
    const title = zipTitles ? titles[i] : p.titles.join('').replace(/\s+/g, '') || null
    const role = roles.length === people.length ? roles[i] : head && title && headTitle.test(title) ? head : other
    return {group, department: null as string | null, role, title, name: p.name, phone: p.phone, email: p.email}
  })
  // Units start at each 책임자; departments are shared out in pairs (bureau over division), one each, or joined.
  const starts = out.map((c, i) => (i === 0 || (head !== null && c.role === head) ? i : -1)).filter((i) => i >= 0)
  const unitOf = (i: number) => starts.filter((s) => s <= i).length - 1
  const units = starts.length
  for (let i = 0; i < out.length; i++) {
    const u = unitOf(i)
    if (departments.length === 2 * units) out[i].department = `${departments[2 * u]} ${departments[2 * u + 1]}`
    else if (departments.length === units) out[i].department = departments[u]
    else out[i].department = departments.join(' ') || null
  }
  return out
}

/** The runs of digits (and `*` masking digits) in a printed number. */
function digitGroups(value: string): string[] {
  const out: string[] = []
  let start = -1
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : -1
    const inGroup = (code >= 0x30 && code <= 0x39) || code === 0x2a
    if (inGroup && start < 0) start = index
    else if (!inGroup && start >= 0) {
      out.push(value.slice(start, index))
      start = -1
    }
  }
  return out
}

/** `(044)201-3398` → `044-201-3398`; a bare `3400` after it takes its prefix. */
export function formatPhone(value: string, previous: string | null): string {
  const groups = digitGroups(value)
  if (groups.length === 1 && groups[0].length <= 4 && previous) return previous.replace(/(?<![\d*])[\d*]+$/, groups[0])
  if (groups.length >= 2) return groups.join('-')
  const d = groups[0] ?? ''
  if (d.startsWith('02')) return `02-${d.slice(2, d.length - 4)}-${d.slice(-4)}`
  return `${d.slice(0, 3)}-${d.slice(3, d.length - 4)}-${d.slice(-4)}`
}

function readFooter(footer: Footer | undefined): T.Footer {
  const slogans: string[] = []
  const lines: string[] = []
  let license: string | null = null
  for (const child of footer?.children ?? []) {
    const value = textOf(child)
    if (child.type === 'slogan') slogans.push(value)
    else if (child.type === 'license') license = license ? `${license} ${value}` : value
    else lines.push(value)
  }
  return {slogans, license, lines}
}

/** Appendices named in attachment lists of the body (`붙임 1. A 1부. 2. B. 끝.`). */
function listed(blocks: Block[]): T.Appendix[] {
  const out: T.Appendix[] = []
  for (const block of blocks) {
    if (block.type === 'item') append(out, listed(block.children.filter((c) => c.type !== 'text' && c.type !== 'syntax' && c.type !== 'field' && c.type !== 'pageMark') as Block[]))
    if (block.type !== 'attachments') continue
    // Each line without the Markdown list bullet a converter put before it (`- 붙임 1. …`, `- 2. …`).
    const value = block.children.map((line) => textOf(line).replace(/^[-*+]\s+/, '')).join(' ')
    const m = appendixLabelAt(value)
    const word = m ? m[1].replace(/\s+/g, '') : '붙임'
    // A number right after the label is the first item's (`붙임 1. A 1부.`).
    const rest = m ? (m[2] ? `${m[2]}. ` : '') + value.slice(m[0].length) : value
    const items = rest.split(/(?:^|\s)(?=\d{1,2}\.\s)/).map((x) => x.trim()).filter(Boolean)
    for (const item of items) {
      const m = /^(\d{1,2})\.\s+(\S.*)$/.exec(item)
      // Without the list's end (`끝.`), the copy count (`1부`) and the separators printed after them.
      const title = (m ? m[2] : item).replace(/ ?끝 ?\.? ?$/, '').replace(/[.,，] ?$/, '').replace(/(?<=\S)\s*\d{1,2}\s*부\s*[.,，]?$/, '').trim()
      if (!title) continue
      out.push({label: m ? `${word} ${Number(m[1])}` : word, title, sections: [], blocks: [], hasContent: false})
    }
  }
  return out
}

function squashed(value: string | null): string {
  return (value ?? '').replace(/\s+|(?<!\d)\d+\s*부$|[.·‧'‘’“”「」『』()]/g, '')
}

/** Whether two titles print different numbers (`2025년 … 사진`, `2026 … 개요`): they name different things. */
function numbersDiffer(a: string, b: string): boolean {
  const na = a.match(/\d+/g)
  const nb = b.match(/\d+/g)
  return na !== null && nb !== null && !na.some((n) => nb.includes(n))
}

function similar(a: string | null, b: string | null): boolean {
  const x = squashed(a)
  const y = squashed(b)
  if (!x || !y) return false
  if (x.includes(y) || y.includes(x)) return true
  if (numbersDiffer(x, y)) return false
  const grams = (s: string) => new Set(Array.from({length: s.length - 1}, (_, i) => s.slice(i, i + 2)))
  const gx = grams(x)
  const gy = grams(y)
  let common = 0
  for (const g of gx) if (gy.has(g)) common++
  return (2 * common) / (gx.size + gy.size || 1) >= 0.5
}

/** The word of an appendix label without its number: `붙임 2` → `붙임`. */
function labelWord(label: string | null): string {
  // Labels are written `word number`.
  return (label ?? '').split(' ')[0]
}

/** Title comparisons one attachment list may cost before the rest of its items are taken as unprinted. */
const listComparisons = 100_000

/**
 * Appendices printed in the document, then those only named in an attachment list. An item
 * names the printed appendix of its label (`붙임 2`), else one with a similar title (numbers decide
 * only between labels of one word), else the one page printed under the same unnumbered label,
 * else a page whose label a converter lost; each page is named once. Printed appendices are found
 * by label from a map, and title comparisons are budgeted, so a long list costs no search of
 * every page for each item.
 */
function mergeListed(pages: T.Appendix[], list: T.Appendix[]): T.Appendix[] {
  const out = [...pages]
  const trailing = /(?<!\d)\d+$/
  const byLabel = new Map<string, number>()
  const unnumbered = new Map<string, number[]>()
  const printed: number[] = []
  const lost: number[] = []
  pages.forEach((page, index) => {
    if (!page.hasContent) return
    printed.push(index)
    if (page.label === null) lost.push(index)
    else if (trailing.test(page.label)) {
      if (!byLabel.has(page.label)) byLabel.set(page.label, index)
    } else {
      const same = unnumbered.get(page.label)
      if (same) same.push(index)
      else unnumbered.set(page.label, [index])
    }
  })
  const listedPerLabel = new Map<string, number>()
  for (const item of list) listedPerLabel.set(item.label ?? '', (listedPerLabel.get(item.label ?? '') ?? 0) + 1)
  // Pages already named by an item listed before: one page is one item.
  const claimed = new Set<number>()
  let budget = listComparisons
  for (const item of list) {
    const number = trailing.exec(item.label ?? '')?.[0]
    const word = labelWord(item.label)
    let index = number === undefined ? -1 : (byLabel.get(item.label!) ?? -1)
    if (index >= 0 && claimed.has(index)) index = -1
    if (index < 0) {
      for (const candidate of printed) {
        if (budget-- <= 0) break
        if (claimed.has(candidate)) continue
        const page = pages[candidate]
        // Numbers decide between labels of one word (`붙임 2` is not `붙임 1`); across words (`붙임 2`, `참고 1`) the titles do.
        if (number !== undefined && page.label !== null && trailing.test(page.label) && labelWord(page.label) === word) continue
        if (similar(page.title, item.title)) {
          index = candidate
          break
        }
      }
    }
    // One item listed and one page printed under one unnumbered label (`붙임`) are the same,
    // whatever title the page's heading shows, unless their titles print different numbers.
    if (index < 0 && number === undefined && item.label !== null) {
      const same = unnumbered.get(item.label)
      if (same && same.length === 1 && listedPerLabel.get(item.label) === 1 && !claimed.has(same[0]) && !numbersDiffer(squashed(pages[same[0]].title), squashed(item.title))) index = same[0]
    }
    // Pages whose label a converter lost (unlabelled, after the contacts) are the first item listed.
    if (index < 0) {
      while (lost.length && claimed.has(lost[0])) lost.shift()
      if (lost.length) {
        const at = lost.shift()!
        out[at] = {...out[at], label: item.label, title: out[at].title ?? item.title}
        claimed.add(at)
        continue
      }
    }
    if (index < 0) {
      out.push(item)
      continue
    }
    claimed.add(index)
    if (out[index].label === null) out[index] = {...out[index], label: item.label}
  }
  return out
}

function compactSpaced(value: string): string {
  return /^[가-힣](?:\s+[가-힣])+$/.test(value) ? value.replace(/\s+/g, '') : value
}

function readAppendix(node: Appendix): T.Appendix {
  const heading = node.children.find((c) => c.type === 'appendixHeading')
  let title: string | null = null
  if (heading) {
    const text = textOf(heading)
    // A heading run together with its box's first section ends before it.
    title = text.slice(appendixLabelAt(text)?.[0].length ?? 0).replace(/\s□\s.*$/s, '').trim() || null
  }
  const sections: T.AppendixSection[] = []
  const blocks: T.BodyBlock[] = []
  for (const child of node.children) {
    if (child.type === 'appendixHeading') continue
    if (child.type === 'section') sections.push(readSection(child))
    else blocks.push(toBlock(child))
  }
  return {label: heading?.label ?? null, title, sections, blocks, hasContent: true}
}

function readSection(section: Section): T.AppendixSection {
  const own = section.children.filter((c) => c.type === 'text')
  const title = compactSpaced(withoutMarker(textOf({type: 'x', children: own} as AnyNode), section.marker).trim())
  const items: T.AppendixItem[] = []
  const notes: string[] = []
  const blocks: T.BodyBlock[] = []
  let schedule: T.ScheduleRow[] | null = null
  for (const child of section.children) {
    if (child.type === 'text' || child.type === 'syntax' || child.type === 'field' || child.type === 'pageMark') continue
    const block = toBlock(child as Block)
    blocks.push(block)
    if (block.type === 'table') {
      const rows = readSchedule(block.rows)
      if (rows) schedule = [...(schedule ?? []), ...rows]
      continue
    }
    if (block.type === 'item') {
      if (/^[※*]/.test(block.marker)) {
        notes.push(block.text)
        continue
      }
      const m = /^\(([^()]{1,20})\)\s*/.exec(block.text)
      const itemNotes = flatten(block.children)
        .filter((b): b is T.ItemBlock => b.type === 'item' && /^[※*]/.test(b.marker))
        .map((b) => b.text)
      items.push({label: m ? m[1] : null, text: m ? block.text.slice(m[0].length) : block.text, notes: itemNotes})
    }
  }
  return {title, items, notes, schedule, blocks}
}

const scheduleCell = /^(\d{1,2})\s*[:：]\s*(\d{2})\s*[~～\-–]\s*(\d{1,2})\s*[:：]\s*(\d{2})$/

/** Minutes printed in a schedule row: `5'`, `(10분)`. */
const printedMinutes = /^\(?\s*(\d{1,3})\s*(?:['’‘`′]|분)\s*\)?$/
/** A bullet before a schedule item. */
const itemBullet = /^[■□▪◦•·\-]\s*/

/** Schedule rows (`16:00~16:05`, minutes, item, note) of a table's rows of cell texts. */
function readSchedule(rows: string[][]): T.ScheduleRow[] | null {
  const out: T.ScheduleRow[] = []
  for (const cells of rows) {
    const filled = cells.filter(Boolean)
    const m = filled.length ? scheduleCell.exec(filled[0]) : null
    if (!m) continue
    const start = `${m[1].padStart(2, '0')}:${m[2]}`
    const end = `${m[3].padStart(2, '0')}:${m[4]}`
    let rest = filled.slice(1)
    let minutes: number | null = null
    const printed = rest.length ? printedMinutes.exec(rest[0]) : null
    if (printed) {
      minutes = Number(printed[1])
      rest = rest.slice(1)
    } else {
      minutes = Number(m[3]) * 60 + Number(m[4]) - (Number(m[1]) * 60 + Number(m[2]))
    }
    const item = (rest[0] ?? '').replace(itemBullet, '')
    const note = rest.length > 1 ? rest.slice(1).join(' ') : null
    out.push({start, end, minutes, item, note})
  }
  return out.length ? out : null
}

