/**
 * A web page saved as text: a release posted on a ministry's site or the policy briefing portal.
 * Its menus, breadcrumbs and footer are the page's furniture, kept in the tree as paragraphs
 * outside the release; the post's title is the headline; its fields (`등록일 2026-05-12 조회수 318
 * 담당부서 연안해운과`, or a date under the title) give the distribution (the day it was posted)
 * and the contacts where printed; the rest is the release, read as any other.
 */
import type {Distribution, Header, Kind, Label, Paragraph, RootContent} from '../../types.js'
import {copyPosition, rowInlines, span, text, type Context} from '../context.js'
import {findDates} from '../date.js'
import {
  alternation,
  escape,
  kinds,
  siteLicenceWords,
  siteWords,
  webFieldLabels,
  webPageFootWords,
  webPageMarks,
  webPageWords
} from '../lexicon.js'
import {kindAtEnd} from '../patterns.js'
import {blankRow, pairRows, splitRow, type Row} from '../stream.js'

/** Where a web page's parts stand among the rows, once its field lines are split into rows of their own. */
export interface WebPage {
  /** The row of the post's title. */
  title: number
  /** The rows of the post's fields (`title + 1 …`, or before the title). */
  fields: {start: number; end: number}
  /** The first row of the furniture at the page's foot (the rows' count when none). */
  foot: number
}

type FieldKind = keyof typeof webFieldLabels

const fieldKinds = new Map<string, FieldKind>()
for (const [kind, labels] of Object.entries(webFieldLabels) as Array<[FieldKind, readonly string[]]>) for (const label of labels) fieldKinds.set(label, kind)

/** A field's label at a word's start, a whole word, with its colon: `등록일 :`, `담당부서`, `조회수` (made when first needed: most texts are no web page). */
let fieldLabelPattern: RegExp | undefined
const fieldLabel = () => (fieldLabelPattern ??= new RegExp(`(?<=^|[\\s|·/,])(${alternation(Object.values(webFieldLabels).flat())})(?=\\s|[:：]|$)\\s*[:：]?\\s*`, 'g'))

const pageWords = new Set(webPageWords)
const footWords = new Set(webPageFootWords)
const pageMarks = new Set(webPageMarks)
const copyright = /copyright|ⓒ|©|all\s+rights\s+reserved/i
/** The site's licence of its contents (`이 누리집의 모든 콘텐츠는 공공누리 제1유형에 따라 …`). */
const siteLicence = new RegExp(`^(?=.{0,120}$).*(?:${alternation(siteWords, escape)}).*(?:${alternation(siteLicenceWords, escape)})`)
/** A step of a breadcrumb: `>`, `›`, `»` with spaces around (a caption's `<…>` brackets are none). */
const breadcrumbMark = /\s[>›＞»]\s/
/** A board's tag in brackets before a post's title: `[보도자료]`, `【보도참고자료】`, `<설명자료>` (made when first needed). */
let boardTagPattern: RegExp | undefined
const boardTag = () => (boardTagPattern ??= new RegExp(`^[[【<(〈［]\\s*(?:${alternation(kinds)})\\s*[\\]】>)〉］]\\s*`))

/** A file offered for download: `보도자료.hwpx (245KB)`. */
const fileName = /\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif)\b/i

/** The words of a line, split at spaces and the bars and dots menus print between them. */
function words(text: string): string[] {
  return text.split(/[\s|·ㆍ/]+/).filter(Boolean)
}

/** Whether a line is a breadcrumb (`홈 > 알림·소식 > 보도자료`): two or more `>` between short steps. */
function isBreadcrumb(text: string): boolean {
  if (text.length > 100 || text.includes('<')) return false
  const steps = text.split(breadcrumbMark)
  return steps.length >= 3 && steps.every((s) => s.trim().length <= 24)
}

/** Whether a line is a page's furniture: menus and buttons (`로그인 회원가입 사이트맵`), a breadcrumb, a copyright, a file to download. */
export function isFurniture(text: string): boolean {
  if (!text || text.length > 160) return false
  if (copyright.test(text) || isBreadcrumb(text)) return true
  if (fileName.test(text) && text.length <= 100) return true
  const list = words(text)
  // Page numbers may stand among the buttons (`이전 1 2 3 다음`), never alone.
  return list.length > 0 && list.length <= 16 && (pageWords.has(text.replace(/\s+/g, '')) || (list.every((w) => pageWords.has(w) || /^\d{1,3}$/.test(w)) && list.some((w) => pageWords.has(w))))
}

/** Any of what `isPageMark` looks for, in one pattern: most lines hold none, and are passed by one test (made when first needed). */
let pageMarkHintPattern: RegExp | undefined
const pageMarkHint = () => (pageMarkHintPattern ??= new RegExp(`${alternation(webPageMarks)}|[Cc]opyright|COPYRIGHT|ⓒ|©|\\s[>›＞»]\\s`))

/** Whether a line tells a web page: a skip link, the account or site map, paging through a board, a policy, a breadcrumb, a copyright. */
function isPageMark(text: string): boolean {
  if (!pageMarkHint().test(text) || !isFurniture(text)) return false
  if (copyright.test(text) || isBreadcrumb(text)) return true
  return pageMarks.has(text.replace(/\s+/g, '')) || words(text).some((w) => pageMarks.has(w))
}

/** Whether a furniture line is the foot of a post: paging through the board, the list, the sites' policies, a copyright. */
function isFoot(text: string): boolean {
  if (copyright.test(text) || siteLicence.test(text)) return true
  const list = words(text)
  return list.some((w) => footWords.has(w)) && (isFurniture(text) || /^(?:이전글|다음글)/.test(text))
}

/** A field of a post: its kind, its label's span and its value's, in normalised offsets. */
interface Field {
  kind: FieldKind
  label: [number, number]
  value: [number, number]
  text: string
}

/**
 * The fields a line prints (`등록일 2026-05-12 조회수 318 담당부서 연안해운과`, `작성일 : 2026.05.12 |
 * 조회 318`), or null when it is none: it opens with a field's label, and a day it was posted is a
 * date, the first field of a line that holds one.
 */
function fieldsOf(ctx: Context, row: Row): Field[] | null {
  if (row.kind === 'blank' || row.text.length > 200) return null
  const raw = ctx.norm.slice(row.start, row.end)
  const marks: RegExpExecArray[] = []
  const pattern = fieldLabel()
  pattern.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = pattern.exec(raw)) !== null) marks.push(m)
  pattern.lastIndex = 0
  if (marks.length === 0 || raw.slice(0, marks[0].index).trim() !== '') return null
  const out: Field[] = []
  for (let k = 0; k < marks.length; k++) {
    const at = marks[k]
    const valueStart = at.index + at[0].length
    let valueEnd = k + 1 < marks.length ? marks[k + 1].index : raw.length
    while (valueEnd > valueStart && /[\s|·/,]/.test(raw[valueEnd - 1])) valueEnd--
    const value = raw.slice(valueStart, valueEnd)
    const kind = fieldKinds.get(at[1].replace(/\s+/g, ''))!
    // A field of the day posted holds a date; one of the others, a value.
    if (kind === 'posted' && findDates(value).length === 0) return null
    out.push({kind, label: [row.start + at.index, row.start + at.index + at[1].length], value: [row.start + valueStart, row.start + valueEnd], text: value})
  }
  return out.some((f) => f.kind === 'posted') || out.length >= 2 ? out : null
}

/**
 * Whether one of the text's first lines prints a board post's fields: the day posted beside a
 * field no release prints (`조회수`, `첨부파일`, `글번호`): a post saved without the page's menus.
 */
function boardFieldsAtTop(ctx: Context): boolean {
  for (let i = 0, seen = 0; i < ctx.rows.length && seen < 12; i++) {
    if (ctx.rows[i].kind === 'blank') continue
    seen++
    const fields = fieldsOf(ctx, ctx.rows[i])
    if (fields && fields.some((f) => f.kind === 'posted') && fields.some((f) => f.kind === 'other')) return true
  }
  return false
}

/** A date under a post's title, with the issuer or a view count beside it (`2026.05.12 국토교통부`): the day it was posted. */
function isDateLine(row: Row): boolean {
  if (row.kind !== 'line' || row.text.length > 50) return false
  const dates = findDates(row.text)
  return dates.length > 0 && dates[0].index === 0 && row.text.slice(dates[0].end).replace(/[^가-힣A-Za-z]/g, '').length <= 20
}

/** How many lines that tell a web page (`isPageMark`) a text must show, at least, for it to be read as one. */
const minMarks = 2

/** The longest line that tells a web page (a copyright line with the ministry's name in English). */
const maxMarkLength = 100

/** How many lines at the top and at the foot of a text are looked at for them. */
const edgeRows = 16

/**
 * Read the text as a web page, when it shows a page's furniture and a post's fields near its top:
 * split the field lines into rows of their own, and tell where the title, the fields and the
 * foot stand. Null for any other text (rows untouched).
 */
export function findWebPage(ctx: Context): WebPage | null {
  const rows = ctx.rows
  // A page's marks stand at its top and at its foot: the rows between are not looked at.
  let marks = 0
  const look = (row: Row) => row.kind === 'line' && row.text.length <= maxMarkLength && isPageMark(row.text) && ++marks >= minMarks
  let top = 0
  for (let seen = 0; top < rows.length && seen < edgeRows && marks < minMarks; top++) if (rows[top].kind !== 'blank' && (seen++, look(rows[top]))) break
  // The foot's rows, short of those the top's look took.
  for (let i = rows.length - 1, seen = 0; i > top && seen < edgeRows && marks < minMarks; i--) if (rows[i].kind !== 'blank' && (seen++, look(rows[i]))) break
  if (marks < minMarks && !boardFieldsAtTop(ctx)) return null
  // The fields: the first line of them within the page's first rows, labelled or a date under the title.
  let fieldsAt = -1
  let seen = 0
  for (let i = 0; i < rows.length && seen < 60 && fieldsAt < 0; i++) {
    if (rows[i].kind === 'blank' || isFurniture(rows[i].text)) continue
    seen++
    if (fieldsOf(ctx, rows[i]) || (seen > 1 && isDateLine(rows[i]))) fieldsAt = i
  }
  if (fieldsAt < 0) return null
  // Split the lines of fields into rows of a label and a value each, as far as they go.
  let end = fieldsAt
  while (end < rows.length) {
    const row = rows[end]
    if (row.kind === 'blank' || (end > fieldsAt && isFurniture(row.text))) {
      end++
      continue
    }
    const fields = fieldsOf(ctx, row)
    if (fields) {
      pairRows(ctx.norm, rows, end, fields.map((f) => [f.label[0], f.label[1], f.value[0], f.value[1]] as const))
      end += fields.length
    } else if (end === fieldsAt) end++
    else break
  }
  // Blank rows between the last field and the body belong to neither.
  while (end > fieldsAt + 1 && rows[end - 1].kind === 'blank') end--
  // The title: the nearest line above the fields that is no furniture; else the first line under them.
  let title = -1
  for (let i = fieldsAt - 1, tried = 0; i >= 0 && tried < 3; i--) {
    if (rows[i].kind === 'blank') continue
    tried++
    if (!isFurniture(rows[i].text)) {
      title = i
      break
    }
  }
  if (title < 0) {
    title = end
    while (title < rows.length && (rows[title].kind === 'blank' || isFurniture(rows[title].text))) title++
  }
  // A board's tag before the title (`[보도자료] 제목`) is the page's, not the title's.
  const cell = rows[title]?.kind === 'line' ? rows[title].cells[0] : undefined
  const tag = cell ? boardTag().exec(ctx.norm.slice(cell.start, cell.end)) : null
  if (cell && tag && tag[0].length < cell.end - cell.start) {
    splitRow(ctx.norm, rows, title, cell.start + tag[0].length)
    if (fieldsAt > title) {
      fieldsAt++
      end++
    }
    title++
  }
  let foot = rows.length
  for (let i = Math.max(end, title + 1); i < rows.length; i++) {
    if (rows[i].kind !== 'blank' && isFoot(rows[i].text)) {
      foot = i
      break
    }
  }
  return {title, fields: {start: fieldsAt, end}, foot}
}

/** A paragraph of a row's text (furniture, a field saying nothing of the release), and the row blanked for the constructs. */
export function setAside(ctx: Context, index: number): Paragraph | null {
  const row = ctx.rows[index]
  if (row.kind === 'blank') return null
  const inlines = rowInlines(ctx, row)
  blankRow(ctx.rows, index)
  return inlines.length > 0 ? {type: 'paragraph', children: inlines, position: span(inlines)} : null
}

/** The kind printed alone on a line above the title (`보도자료`, the board's name), or null. */
function kindRow(ctx: Context, row: Row): Kind | null {
  const kind = row.kind === 'line' ? kindAtEnd(row.text) : null
  if (!kind || kind.index !== 0) return null
  const leaf = text(ctx, row.cells[0].start, row.cells[0].end)
  return {type: 'kind', children: [leaf], position: copyPosition(leaf.position)}
}

/**
 * Push a web page's parts before its release's body: the furniture above the title (the board's
 * name as the kind), the fields' header (the day posted as the distribution), and the fields that
 * say nothing of the release; give back the rows of contact fields, the foot's paragraphs (the
 * caller pushes them last) and where the title box starts. The page's foot is blanked for the
 * constructs.
 */
export function readWebPage(ctx: Context, page: WebPage, children: RootContent[]): {contactFields: {start: number; end: number} | null; foot: RootContent[]} {
  const rows = ctx.rows
  const foot: RootContent[] = []
  for (let i = page.foot; i < rows.length; i++) {
    const made = setAside(ctx, i)
    if (made) foot.push(made)
  }
  const before = Math.min(page.title, page.fields.start)
  // Above the title: furniture, the site's and the board's names; a kind alone is the header's.
  let kindAt = -1
  for (let i = before - 1; i >= 0 && kindAt < 0; i--) if (rows[i].kind !== 'blank' && kindAtEnd(rows[i].text)?.index === 0 && rows[i].kind === 'line') kindAt = i
  for (let i = 0; i < before; i++) {
    if (i === kindAt) {
      const kind = kindRow(ctx, rows[i])!
      blankRow(rows, i)
      const header: Header = {type: 'header', children: [kind], position: copyPosition(kind.position!)}
      children.push(header)
      continue
    }
    const made = setAside(ctx, i)
    if (made) children.push(made)
  }
  return {contactFields: contactRows(ctx, page), foot}
}

/** The run of rows of contact fields among the post's fields (`담당부서`, `담당자`, `연락처`), or null. */
function contactRows(ctx: Context, page: WebPage): {start: number; end: number} | null {
  let start = -1
  let end = -1
  for (let i = page.fields.start; i < page.fields.end; i++) {
    const kind = fieldKindOf(ctx.rows[i])
    if (kind === 'contact') {
      if (start < 0) start = i
      end = i + 1
    } else if (start >= 0 && ctx.rows[i].kind !== 'blank') break
  }
  return start < 0 ? null : {start, end}
}

/** The kind of field a row split from a line of fields holds, or null. */
function fieldKindOf(row: Row): FieldKind | null {
  const label = row.cells[0]?.text.replace(/[\s:：]+/g, '')
  return label ? (fieldKinds.get(label) ?? null) : null
}

/**
 * Push the post's fields, from row `from` to `to`: the day posted as a header's distribution
 * (its label and value), a date under the title alone as one, unless the release prints its own
 * dates (`released`); the rows of contact fields (`contacts`) are the caller's to push, where they
 * stand (`pushContacts`); the others (views, files, furniture) set aside as paragraphs.
 */
export function pushFields(
  ctx: Context,
  from: number,
  to: number,
  contacts: {start: number; end: number} | null,
  pushContacts: () => void,
  children: RootContent[],
  released = false
): void {
  const rows = ctx.rows
  for (let i = from; i < to; i++) {
    if (contacts && i === contacts.start) {
      pushContacts()
      i = contacts.end - 1
      continue
    }
    const row = rows[i]
    if (row.kind === 'blank') continue
    const kind = fieldKindOf(row)
    if (!released && (kind === 'posted' || (kind === null && isDateLine(row)))) {
      const node: Distribution = {type: 'distribution', children: []}
      if (kind === 'posted') {
        const leaf = text(ctx, row.cells[0].start, row.cells[0].end)
        const label: Label = {type: 'label', children: [leaf], position: copyPosition(leaf.position)}
        node.children.push(label)
        if (row.cells[1]) node.children.push(text(ctx, row.cells[1].start, row.cells[1].end))
      } else node.children.push(text(ctx, row.cells[0].start, row.cells[0].end))
      node.position = span(node.children)
      children.push({type: 'header', children: [node], position: copyPosition(node.position)})
      blankRow(rows, i)
      continue
    }
    const made = setAside(ctx, i)
    if (made) children.push(made)
  }
}
