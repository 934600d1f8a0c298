import type {Blockquote, BlockContent, List, ListItem, Paragraph, PhrasingContent, Root as MdastRoot, RootContent, Table, TableRow, Yaml} from 'mdast'
import type {Info, State} from 'mdast-util-to-markdown'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Appendix, AppendixSection, BodyBlock, Contact, Embargo, Moment, PressRelease, Quote} from './press-release.js'
import {toPressRelease} from './to-press-release.js'
import type {Root} from './types.js'
import {append} from './lib/arrays.js'
import {checkRelease} from './lib/check.js'
import {markdownWriter} from './lib/load.js'

declare module 'mdast' {
  interface ListData {
    /** The bullet to write the list with: `*` for notes (`* 주석`), as printed. */
    bullet?: '*'
  }
}

const text = (value: string): PhrasingContent => ({type: 'text', value})
const paragraph = (value: string): Paragraph => ({type: 'paragraph', children: [text(value)]})

/** A GFM table whose first row is its header. */
function table(rows: string[][]): Table {
  const width = rows.reduce((most, r) => Math.max(most, r.length), 0)
  const children: TableRow[] = rows.map((cells) => ({
    type: 'tableRow',
    children: Array.from({length: width}, (_, i) => ({type: 'tableCell' as const, children: cells[i] ? [text(cells[i])] : []}))
  }))
  return {type: 'table', align: [], children}
}

function list(items: ListItem[], bullet?: '*'): List {
  return bullet ? {type: 'list', ordered: false, spread: false, children: items, data: {bullet}} : {type: 'list', ordered: false, spread: false, children: items}
}

/** A list item; one holding a table is loose, so that a blank line keeps its text out of the table's header. */
const listItem = (children: BlockContent[]): ListItem => ({type: 'listItem', spread: children.some((c) => c.type === 'table'), children})

// Front matter ---------------------------------------------------------------------------------

type YamlValue = string | number | boolean | null | YamlValue[] | {[key: string]: YamlValue}

const isScalar = (value: YamlValue): boolean => value === null || typeof value !== 'object'

/**
 * Plain data as YAML: scalars as JSON (YAML 1.2 reads JSON, so every string is quoted and
 * escaped the one way), lists of scalars on one line, mappings and lists of mappings as blocks.
 */
function yamlLines(value: {[key: string]: YamlValue}, indent: string, out: string[]): void {
  for (const [key, entry] of Object.entries(value)) {
    if (isScalar(entry) || (Array.isArray(entry) && entry.every(isScalar)) || (!Array.isArray(entry) && Object.keys(entry as object).length === 0)) {
      out.push(`${indent}${key}: ${JSON.stringify(entry)}`)
    } else if (Array.isArray(entry)) {
      out.push(`${indent}${key}:`)
      for (const item of entry) {
        const lines: string[] = []
        yamlLines(item as {[key: string]: YamlValue}, indent + '    ', lines)
        out.push(`${indent}  - ${lines[0].trimStart()}`)
        append(out, lines.slice(1))
      }
    } else {
      out.push(`${indent}${key}:`)
      yamlLines(entry as {[key: string]: YamlValue}, indent + '  ', out)
    }
  }
}

const moment = (m: Moment): {[key: string]: YamlValue} => ({raw: m.raw, date: m.date, time: m.time, iso: m.iso})

function embargoData(e: Embargo): {[key: string]: YamlValue} {
  const data: {[key: string]: YamlValue} = {...moment(e), immediate: e.immediate, edition: e.edition ? {kind: e.edition.kind, date: e.edition.date} : null, condition: e.condition}
  // Per-medium times, where the release prints more than one.
  if (e.channels.some((c) => c.names.length > 0)) {
    data.channels = e.channels.map((c) => ({names: c.names, ...moment(c), immediate: c.immediate, edition: c.edition ? {kind: c.edition.kind, date: c.edition.date} : null}))
  }
  return data
}

/** The front matter: what a publishing pipeline files the release under. */
function frontMatter(release: PressRelease): Yaml {
  const lines: string[] = []
  yamlLines(
    {
      title: release.headline,
      kind: release.kind,
      publisher: release.publisher,
      embargo: release.embargo ? embargoData(release.embargo) : null,
      distribution: release.distribution ? moment(release.distribution) : null
    },
    '',
    lines
  )
  return {type: 'yaml', value: lines.join('\n')}
}

// Body -----------------------------------------------------------------------------------------

/** Quote marks around and inside passages, which a quote's passages leave out. */
const quoteMarks = /[“”"「」『』‘’']/g
const squeeze = (value: string) => value.replace(/\s+/g, '')

/** The quotes of a release, each placed once: with the first block that holds its first passage. */
class Quotes {
  private readonly left: Array<{quote: Quote; passages: string[]; key: string}>

  constructor(quotes: readonly Quote[]) {
    this.left = quotes
      .map((quote) => {
        const passages = quote.passages.filter((p) => p.trim())
        return {quote, passages, key: squeeze(passages[0] ?? '')}
      })
      .filter((q) => q.key)
  }

  /** The quotes whose first passage `value` holds, taken out of those left. */
  take(value: string): Array<{quote: Quote; passages: string[]}> {
    if (this.left.length === 0) return []
    const squeezed = squeeze(value)
    const found = this.left.filter((q) => squeezed.includes(q.key))
    for (const q of found) this.left.splice(this.left.indexOf(q), 1)
    return found
  }

  /** The quotes no block held. */
  rest(): Array<{quote: Quote; passages: string[]}> {
    return this.left.splice(0)
  }
}

/** A quote as a blockquote: its passages, each in quote marks, then `— speaker`. */
function blockquote(quote: Quote, passages: string[]): Blockquote {
  const children: BlockContent[] = passages.map((p) => paragraph(`“${p.trim()}”`))
  const speaker = quote.speaker || [quote.name, quote.title].filter(Boolean).join(' ')
  if (speaker) children.push(paragraph(`— ${speaker}`))
  return {type: 'blockquote', children}
}

/**
 * A block that holds quotes: the blockquotes alone when the block says little besides the
 * quotes and their speaker (`유상임 장관은 “…”이라며, “…”고 밝혔다`), else the block's text
 * followed by the blockquotes.
 */
function quoted(value: string, found: Array<{quote: Quote; passages: string[]}>): BlockContent[] {
  let rest = value
  for (const {quote, passages} of found) {
    for (const p of passages) rest = rest.split(p.trim()).join('')
    if (quote.speaker) rest = rest.split(quote.speaker).join('')
  }
  const quotes = found.map(({quote, passages}) => blockquote(quote, passages))
  return squeeze(rest.replace(quoteMarks, '')).length <= 30 ? quotes : [paragraph(value), ...quotes]
}

/** A paragraph opened by a colon used as a bullet (` : (대상) …`): a list item, the colon left out. */
const colonBullet = /^[:：]\s+/

/** The text of an item: a dash or a note's `*` is the list's own bullet; other markers (□ ○ ※ ①) stay before the text. */
const itemText = (marker: string, value: string) => (/^[-–*＊]$/.test(marker) ? value : `${marker} ${value}`)

const isNote = (block: BodyBlock) => block.type === 'item' && /^[*＊]$/.test(block.marker)

/** Body blocks as Markdown: items as nested lists (notes as `*` lists), paragraphs, tables, quotes as blockquotes. */
function blocks(input: readonly BodyBlock[], quotes: Quotes): BlockContent[] {
  const out: BlockContent[] = []
  let items: ListItem[] = []
  let notes = false
  const flush = () => {
    if (items.length) out.push(list(items, notes ? '*' : undefined))
    items = []
  }
  for (const block of input) {
    const listed = block.type === 'item' || (block.type === 'paragraph' && colonBullet.test(block.text))
    if (!listed || (items.length > 0 && isNote(block) !== notes)) flush()
    if (block.type === 'item') {
      notes = isNote(block)
      const own = itemText(block.marker, block.text)
      const found = quotes.take(block.text)
      const children = found.length ? quoted(own, found) : [paragraph(own)]
      append(children, blocks(block.children, quotes))
      items.push(listItem(children))
    } else if (block.type === 'paragraph') {
      const found = quotes.take(block.text)
      if (listed) {
        notes = false
        const own = block.text.replace(colonBullet, '')
        items.push(listItem(found.length ? quoted(own, found) : [paragraph(own)]))
      } else if (found.length) append(out, quoted(block.text, found))
      else out.push(paragraph(block.text))
    } else if (block.rows.length) out.push(table(block.rows))
  }
  flush()
  return out
}

// Contacts, appendices -------------------------------------------------------------------------

/**
 * The contacts as a table under a header row, one row per person: a group (`【총괄】`) where it
 * starts, a department where it changes; the group and e-mail columns only when a contact has one.
 */
function contactsTable(contacts: readonly Contact[]): Table {
  const groups = contacts.some((c) => c.group)
  const emails = contacts.some((c) => c.email)
  const rows: string[][] = [[...(groups ? ['구분'] : []), '담당 부서', '역할', '직위', '성명', '연락처', ...(emails ? ['이메일'] : [])]]
  let department: string | null = null
  let group: string | null = null
  for (const c of contacts) {
    const unit = c.group !== group
    rows.push([
      ...(groups ? [unit && c.group ? `【${c.group}】` : ''] : []),
      unit || c.department !== department ? (c.department ?? '') : '',
      c.role ?? '',
      c.title ?? '',
      c.name ?? '',
      c.phone ?? '',
      ...(emails ? [c.email ?? ''] : [])
    ])
    department = c.department
    group = c.group
  }
  return table(rows)
}

/** A schedule as a table: time, minutes, item, note. */
function schedule(s: AppendixSection): Table {
  return table([['시간', '분', '내용', '비고'], ...(s.schedule ?? []).map((r) => [r.end === null ? r.start : `${r.start}~${r.end}`, r.minutes === null ? '' : `(${r.minutes}')`, r.item, r.note ?? ''])])
}

/** An appendix section (a `□` heading of an appendix page) as a list item holding its blocks and its schedule. */
function section(s: AppendixSection, quotes: Quotes): ListItem {
  const children: BlockContent[] = [paragraph(`□ ${s.title}`)]
  append(children, blocks(s.schedule ? s.blocks.filter((block) => block.type !== 'table') : s.blocks, quotes))
  if (s.schedule) children.push(schedule(s))
  return listItem(children)
}

/** An appendix as a `##` section: its label and title (`붙임` for an unlabelled page), its sections, its other blocks. */
function appendix(a: Appendix, quotes: Quotes): RootContent[] {
  const heading = [a.label, a.title].filter(Boolean).join(' ') || '붙임'
  const out: RootContent[] = [{type: 'heading', depth: 2, children: [text(heading)]}]
  if (a.sections.length) out.push(list(a.sections.map((s) => section(s, quotes))))
  append(out, blocks(a.blocks, quotes))
  return out
}

/**
 * The typed object as an mdast tree: YAML front matter (title, kind, publisher, embargo,
 * distribution); the kind in bold, the dates as a table under their labels, the headline as `#`
 * and the subtitles as a list, then a rule; the body (items as nested lists, quotes as
 * blockquotes with their speaker); the contacts; the footer lines; and each appendix printed in
 * the release as a `##` section. Appendices only named in an attachment list are left out.
 */
export function toMdast(release: PressRelease): MdastRoot {
  checkRelease(release)
  const children: RootContent[] = [frontMatter(release)]
  // The first page's head as printed: the kind, the dates under their labels, the title box.
  if (release.kind) children.push({type: 'paragraph', children: [{type: 'strong', children: [text(release.kind)]}]})
  const dates: Array<[string, string]> = []
  if (release.embargo) dates.push(['보도시점', release.embargo.raw])
  if (release.distribution) dates.push(['배포', release.distribution.raw])
  if (dates.length) children.push(table([dates.map((d) => d[0]), dates.map((d) => d[1])]))
  if (release.headline) children.push({type: 'heading', depth: 1, children: [text(release.headline)]})
  if (release.subtitles.length) children.push(list(release.subtitles.map((s) => listItem([paragraph(s)]))))
  // A rule ends the title box: the body's first list is never taken for more subtitles.
  if (children.length > 1) children.push({type: 'thematicBreak'})
  const quotes = new Quotes(release.body.quotes ?? [])
  append(children, blocks(release.body.blocks, quotes))
  for (const {quote, passages} of quotes.rest()) children.push(blockquote(quote, passages))
  if (release.contacts.length) children.push(contactsTable(release.contacts))
  for (const line of [...release.footer.slogans, ...release.footer.lines]) children.push(paragraph(line))
  if (release.footer.license) children.push(paragraph(release.footer.license))
  for (const a of release.appendices) if (a.hasContent !== false) append(children, appendix(a, quotes))
  return {type: 'root', children}
}

/** Serialise a typed press release as Markdown (see `toMdast`; GFM tables for dates, contacts and schedules). */
export function toMarkdown(release: PressRelease): string {
  const {unified, remarkStringify} = markdownWriter()
  const processor = unified().use(withExtensions).use(remarkStringify, {bullet: '-', listItemIndent: 'one'})
  return processor.stringify(toMdast(release))
}

/**
 * What the writer needs besides remark-stringify: GFM tables (only: the rest of GFM would escape
 * the `~` of `16:00~17:30`), the front matter, and `*` lists for notes.
 */
function withExtensions(this: {data: () => unknown}): void {
  const data = this.data() as {toMarkdownExtensions?: unknown[]}
  const {gfmTableToMarkdown, listToMarkdown} = markdownWriter()
  ;(data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown(), {
    handlers: {
      yaml: (node: Yaml) => `---\n${node.value}\n---`,
      list(node: List, parent: Parameters<typeof listToMarkdown>[1], state: State, info: Info) {
        if (node.data?.bullet !== '*') return listToMarkdown(node, parent, state, info)
        const {bullet, bulletOther} = state.options
        state.options.bullet = '*'
        state.options.bulletOther = '-'
        try {
          return listToMarkdown(node, parent, state, info)
        } finally {
          state.options.bullet = bullet
          state.options.bulletOther = bulletOther
        }
      }
    }
  })
}

/**
 * Unified bridge: turn the bodojaryo tree into mdast, so that
 * `unified().use(bodojaryo).use(bodojaryoToMdast).use(remarkStringify)` writes Markdown.
 */
export const bodojaryoToMdast: Plugin<[], Root, MdastRoot> = function () {
  withExtensions.call(this)
  return (tree: Root, file: VFile) => {
    const release = toPressRelease(tree, file)
    file.data.pressRelease = release
    return toMdast(release)
  }
}
