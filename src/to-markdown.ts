import type {BlockContent, List, ListItem, Paragraph, PhrasingContent, Root as MdastRoot, RootContent, Table, TableRow} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {AppendixSection, BodyBlock, Contact, PressRelease} from './press-release.js'
import {toPressRelease} from './to-press-release.js'
import type {Root} from './types.js'
import {append} from './lib/arrays.js'
import {checkRelease} from './lib/check.js'
import {markdownWriter} from './lib/load.js'

const text = (value: string): PhrasingContent => ({type: 'text', value})
const paragraph = (value: string): Paragraph => ({type: 'paragraph', children: [text(value)]})

function table(rows: string[][]): Table {
  const width = rows.reduce((most, r) => Math.max(most, r.length), 0)
  const children: TableRow[] = rows.map((cells) => ({
    type: 'tableRow',
    children: Array.from({length: width}, (_, i) => ({type: 'tableCell' as const, children: cells[i] ? [text(cells[i])] : []}))
  }))
  return {type: 'table', align: [], children}
}

function list(items: ListItem[]): List {
  return {type: 'list', ordered: false, spread: false, children: items}
}

function blockItems(blocks: BodyBlock[]): Array<RootContent> {
  const out: RootContent[] = []
  let items: ListItem[] = []
  const flushItems = () => {
    if (items.length) out.push(list(items))
    items = []
  }
  for (const block of blocks) {
    if (block.type === 'item') {
      // A dash item is the list item itself; other markers (□ ○ ※ *) are kept before the text.
      const children: BlockContent[] = [paragraph(/^[-–]$/.test(block.marker) ? block.text : `${block.marker} ${block.text}`)]
      const nested = blockItems(block.children)
      append(children, (nested as BlockContent[]))
      items.push({type: 'listItem', spread: false, children})
      continue
    }
    flushItems()
    if (block.type === 'paragraph') out.push(paragraph(block.text))
    else if (block.rows.length) out.push(table(block.rows))
  }
  flushItems()
  return out
}

function contactsTable(contacts: Contact[]): Table {
  const rows: string[][] = [['담당 부서', '', '구분', '직위', '성명', '연락처', '이메일']]
  let department: string | null = null
  let group: string | null = null
  for (const c of contacts) {
    const unit = c.group !== group
    rows.push([unit && c.group ? `【${c.group}】` : '', unit || c.department !== department ? (c.department ?? '') : '', c.role ?? '', c.title ?? '', c.name ?? '', c.phone ?? '', c.email ?? ''])
    department = c.department
    group = c.group
  }
  return table(rows)
}

function section(s: AppendixSection): RootContent[] {
  const out: RootContent[] = [{type: 'heading', depth: 3, children: [text(`□ ${s.title}`)]}]
  append(out, blockItems(s.blocks.filter((block) => !(block.type === 'table' && s.schedule))))
  if (s.schedule) {
    out.push(table([['시간', '분', '내용', '비고'], ...s.schedule.map((r) => [r.end === null ? r.start : `${r.start}~${r.end}`, r.minutes === null ? '' : `(${r.minutes}')`, r.item, r.note ?? ''])]))
  }
  return out
}

/** The typed object as an mdast tree: header table, headline, subtitles, body, contacts, footer, appendices. */
export function toMdast(release: PressRelease): MdastRoot {
  checkRelease(release)
  const children: RootContent[] = []
  const header: string[][] = []
  if (release.embargo) header.push(['보도시점', release.embargo.raw])
  if (release.distribution) header.push(['배포', release.distribution.raw])
  if (release.kind || header.length) {
    const rows = release.kind ? [[release.kind, ''], ...header] : header
    children.push(table(rows))
  }
  if (release.headline) children.push({type: 'heading', depth: 1, children: [text(release.headline)]})
  if (release.subtitles.length) children.push(list(release.subtitles.map((s) => ({type: 'listItem', spread: false, children: [paragraph(s)]}))))
  append(children, blockItems(release.body.blocks))
  if (release.contacts.length) children.push(contactsTable(release.contacts))
  for (const line of [...release.footer.slogans, ...release.footer.lines]) children.push(paragraph(line))
  if (release.footer.license) children.push(paragraph(release.footer.license))
  for (const appendix of release.appendices) {
    const heading = [appendix.label, appendix.title].filter(Boolean).join(' ')
    children.push(heading ? {type: 'heading', depth: 2, children: [text(heading)]} : {type: 'thematicBreak'})
    for (const s of appendix.sections) append(children, section(s))
    append(children, blockItems(appendix.blocks))
  }
  return {type: 'root', children}
}

/** Serialise a typed press release as Markdown (GFM tables for the header, contacts and schedules). */
export function toMarkdown(release: PressRelease): string {
  const {unified, remarkStringify} = markdownWriter()
  const processor = unified().use(withTables).use(remarkStringify, {bullet: '-', listItemIndent: 'one'})
  return processor.stringify(toMdast(release))
}

/** GFM tables only: the rest of GFM would escape the `~` of `16:00~17:30`. */
function withTables(this: {data: () => unknown}): void {
  const data = this.data() as {toMarkdownExtensions?: unknown[]}
  ;(data.toMarkdownExtensions ??= []).push(markdownWriter().gfmTableToMarkdown())
}

/**
 * Unified bridge: turn the bodojaryo tree into mdast, so that
 * `unified().use(bodojaryo).use(bodojaryoToMdast).use(remarkStringify)` writes Markdown.
 */
export const bodojaryoToMdast: Plugin<[], Root, MdastRoot> = function () {
  withTables.call(this)
  return (tree: Root, file: VFile) => {
    const release = toPressRelease(tree, file)
    file.data.pressRelease = release
    return toMdast(release)
  }
}
