import type {Contacts, Field, Inline, Paragraph, TableRow} from '../../types.js'
import {report} from '../../messages.js'
import {copyPosition, span, tableRow, text, type Context} from '../context.js'
import {emailPattern, phonePattern, allMatches, rowAppendixLabel} from '../patterns.js'
import {cleanText, firstFilled, type Cell, type Row} from '../stream.js'
import {codeAt, isWhiteSpace} from '../chars.js'
import {lastOf, append} from '../arrays.js'
import {startsOf} from '../guards.js'
import {
  alternation,
  contactColumnLabels,
  contactLineLabels,
  contactRoleCells,
  contactTableLabels,
  escape,
  fieldLabels,
  headerContactLabels,
  headRoleLabels,
  personColumnLabels,
  spaced,
  subjectColumnLabels
} from '../lexicon.js'
import {fieldOfLabel, fieldOfLabelEnd, isLabelWords, isOrganisationName, isPersonName, isRoleWord, isTitle, isUnitName, roleWithTitle, splitRoleTitle, splitUnitTitle} from '../words.js'

/** A label's Hangul spaced or not (`담 당 부 서`), its Latin letters as printed (`E-mail`). */
const spacedHangul = (word: string) => (/^[A-Za-z-]+$/.test(word) ? escape(word) : spaced(word))

/** Role words: 책임자, 담당자 … (spaced or not). */
export const rolePattern = new RegExp(`^(?:${spaced('총괄')}\\s*)?(?:${alternation(contactRoleCells.concat(headRoleLabels))})$`)
const labelPattern = new RegExp(`^(?:${alternation(contactColumnLabels, spacedHangul)})\\s*[:：]?$`, 'i')
const tableStart = /^(?:<[^>]{1,20}>\s*)?담\s*당\s*부\s*서(?:\s*<[^>]{1,20}>)?|^담\s*당\s*과\s*장$/
/** A group's tag in brackets, a Markdown heading's marks before it allowed (`## [ 제266차 대외경제장관회의 ]`). */
const groupPattern = /^(?:#{1,6}\s+)?(?:<[^<>]{1,30}>|【[^【】]{1,30}】|\[[^[\]]{1,30}\])$/
const sentenceContact = /연락\s*(?:주시기|바랍니다|주십시오)|문의\s*(?:하시기|바랍니다)/

/** Whether a line asks the reader to call (`… 연락 주시기 바랍니다`); the pattern runs only on lines with its words. */
function isContactSentence(text: string): boolean {
  return (text.includes('연락') || text.includes('문의')) && sentenceContact.test(text)
}

/** An old-layout contact line: `담당과장 : 국토정책과 과장 김대한 ☎ 02-2110-8101`, `담 당 자 : …`. */
const oldLabel = new RegExp(`^(?:[【[<〈]\\s*)?(${alternation(contactLineLabels, spacedHangul)}|담\\s*당\\s*[가-힣]{2,6}?)\\s*(?:[】\\]>〉]\\s*[:：]?|[:：])\\s*`)

const canStartLabel = startsOf(labelPattern)

/** Whether `text` is a column label; the pattern runs only after a first letter that could start one. */
function isLabel(text: string): boolean {
  return (canStartLabel(codeAt(text, 0)) && labelPattern.test(text)) || fieldOfLabel(text) !== null
}

/** Whether `text` is a group (`<총괄>`, `【협조】`, `[홍보]`). */
function isGroup(text: string): boolean {
  return canStartGroup(codeAt(text, 0)) && groupPattern.test(text)
}

const canStartGroup = startsOf(groupPattern)

/** The end of an attachment list: `끝` or `끝.`. */
function isEnd(text: string): boolean {
  return text === '끝' || text === '끝.'
}

/** Whether `text` is a role (책임자, 담당자 …); the anchored pattern runs only after the first letter could start one. */
function isRole(text: string): boolean {
  return canStartRole(codeAt(text, 0)) && rolePattern.test(text)
}

const canStartRole = startsOf(rolePattern)

/** The old-layout label (`담당자 :`, `문의 :` …) at the start of `text`, if any. */
function oldLabelAt(text: string): RegExpExecArray | null {
  const m = canStartOldLabel(codeAt(text, 0)) ? oldLabel.exec(text) : null
  // `담당` and a word: a role with its title (`담당사무관 :`), not any word (`담당업무 :`).
  return m && (!/^담\s*당\s*[가-힣]{2,}/.test(m[1]) || contactLineLabels.includes(m[1].replace(/\s+/g, '')) || roleWithTitle(m[1]) !== null) ? m : null
}

/** Whether a first letter can start an old-layout label (담 문 연 전 자 홍, or a bracket: `【담당】`). */
const canStartOldLabel = startsOf(oldLabel)

/** Whether `text` opens a contact table (`담당 부서`, `<총괄> 담당부서`, `담당과장`). */
function isTableStart(text: string): boolean {
  return canStartTable(codeAt(text, 0)) && tableStart.test(text)
}

const canStartTable = startsOf(tableStart)

export function isOldContactRow(row: Row): boolean {
  // By its first letter first: a table row's text is joined only when read.
  return row.kind !== 'blank' && canStartOldLabel(row.lead) && oldLabelAt(row.text) !== null && hasPhoneOrEmail(row.text)
}

/** An old-layout contact line that names people without numbers (`담 당 자 : 과장 김건강, 사무관 이보건`). */
export function isOldContactLabelRow(row: Row): boolean {
  return row.kind === 'line' && oldLabelAt(row.text) !== null && row.text.length <= 120
}

/** The label cell of a header-box contact row: 담당부서, 자료문의, 문의, 담당, 연락처, 배포부서, 홍보담당 … */
const headerContactLabel = new RegExp(`^(?:${alternation(headerContactLabels.concat(headRoleLabels))})\\s*[:：]?$`)

/**
 * A contact row of an older header box, printed as a table row: `담당부서 | 청년정책과 | 담당자 |
 * 사무관 이영희`, `자료문의 | 청년정책과 과장 김민수 (044-…)`, or a row continuing one (`| | 전화 044-…`).
 */
export function isHeaderContactRow(row: Row): boolean {
  if (row.kind !== 'row' || row.text.length > 200) return false
  const first = row.cells[0]
  if (!first) return false
  if (!first.text) return hasPhoneOrEmail(row.text) && row.cells.every((c) => c.text.length <= 80)
  return headerContactLabel.test(first.text) && row.cells.length >= 2
}

export {hasPhoneOrEmail}

/** An old-layout department line: `담당부서 : 기획재정부 예산실 예산총괄과`. */
const oldDepartment = /^(담\s*당\s*부\s*서)\s*[:：]\s*(?=\S)/
const canStartOldDepartment = startsOf(oldDepartment)
/** A contact table's opening label, anywhere in a row's first cell. */
const departmentLabel = /^담\s*당\s*부\s*서/

export function isOldDepartmentRow(row: Row): boolean {
  return row.kind === 'line' && canStartOldDepartment(row.lead) && oldDepartment.test(row.text) && row.text.length <= 80 && !hasPhoneOrEmail(row.text)
}

/** Labels of the column that names people or their numbers: 성명, 이름, 전화, 연락처. */
const personColumn = new RegExp(`^(?:${alternation(personColumnLabels)})`)

/** A row of column labels over the people (`부서 | 직위 | 성명 | 전화번호`). */
/** A column label naming what each person answers for (`안건`), brackets, spaces and line breaks aside. */
const subjectLabels = new Set(subjectColumnLabels)
function isSubjectLabel(text: string): boolean {
  return text.length <= 24 && subjectLabels.has(text.replace(/<br\s*\/?>|[\s:：()（）[\]<>【】]+/gi, ''))
}

function isLabelHeader(row: Row): boolean {
  if (row.kind !== 'row' || row.cells.length < 3) return false
  let labels = 0
  let person = false
  let roleWords = 0
  for (const cell of row.cells) {
    if (!cell.text) continue
    if (isSubjectLabel(cell.text)) {
      labels++
      continue
    }
    // `담당자` over a column names the people in it (`부서명 | 직책 | 담당자 | 연락처`).
    if (isRole(cell.text) && !isLabel(cell.text)) {
      roleWords++
      person = true
      continue
    }
    if (!isLabel(cell.text)) return false
    labels++
    const field = fieldOfLabel(cell.text)
    if (field === 'name' || field === 'phone' || field === 'email' || personColumn.test(cell.text)) person = true
  }
  return labels >= 3 - Math.min(roleWords, 1) && labels >= 2 && roleWords <= 1 && person
}

/** A table row whose first cell is a column or row label (`성명`, `직위`, `구분`) with values beside it. */
function isLabelRow(row: Row): boolean {
  return row.kind === 'row' && row.cells.length >= 2 && row.cells[0].text !== '' && isLabel(row.cells[0].text) && row.text.length <= 200
}

/** Whether a row opens a contact table. */
export function isContactsStart(row: Row): boolean {
  const first = firstFilled(row)
  if (!first) return false
  if (isOldContactRow(row)) return true
  if (isTableStart(first.text)) return true
  if (isLabelHeader(row)) return true
  if (isHeaderContactRow(row) && row.cells[0].text && hasPhoneOrEmail(row.text)) return true
  // A table row opened by a label in any spelling made of label words (`보도 담당 기관 | … | 044-…`).
  if (row.kind === 'row' && first === row.cells[0] && first.text.length <= 16 && isLabelWords(first.text) && !isRoleWord(first.text) && hasPhoneOrEmail(row.text)) return true
  if (canStartOldDepartment(row.lead) && departmentLabel.test(row.text) && row.text.length < 200) return true
  if (row.kind === 'row' && first === row.cells[0] && first.text.length <= 16) {
    // A table opened by a role with its title (`담당사무관 | 홍길동 | 044-…`).
    if (roleWithTitle(first.text.replace(/\s+/g, '')) !== null && hasPhoneOrEmail(row.text)) return true
    // A table opened by a department's label in a longer spelling (`보도자료담당부서 | 기획예산과`), a role's word in it.
    if (row.cells.length > 1 && first.text.includes('담당') && fieldOfLabelEnd(first.text) === 'department') return true
  }
  return false
}

function hasPhoneOrEmail(text: string): boolean {
  phonePattern.lastIndex = 0
  emailPattern.lastIndex = 0
  return phonePattern.test(text) || emailPattern.test(text)
}

const roleWord = /(?:^|\s)(?:책임자|담당자)(?:\s|$)/

function hasRole(row: Row): boolean {
  return row.cells.some((c) => isRole(c.text) || ((c.text.includes('책임자') || c.text.includes('담당자')) && roleWord.test(c.text)))
}

/** Whether a row can be part of a contact table (short cells of names, titles, phones …). */
function isContactish(row: Row): boolean {
  if (rowAppendixLabel(row) !== null && !hasPhoneOrEmail(row.text)) return false
  return row.cells.every((c) => c.text.length <= 60 || hasPhoneOrEmail(c.text)) && row.text.length <= 200
}

export interface ContactsScan {
  start: number
  end: number
}

/** Whether one of the `count` filled rows from `from` prints a phone number or an e-mail. */
function numberWithin(rows: readonly Row[], from: number, count: number): boolean {
  for (let k = from, seen = 0; k < rows.length && seen < count; k++) {
    if (rows[k].kind === 'blank') continue
    seen++
    if (hasPhoneOrEmail(rows[k].text)) return true
  }
  return false
}

/** Find the contact table after `from`: from its first row to the last row that names a person. */
export function findContacts(ctx: Context, from: number, to: number): ContactsScan | null {
  const rows = ctx.rows
  for (let i = from; i < to; i++) {
    const row = rows[i]
    let start = -1
    if (isContactsStart(row)) start = i
    else if (row.kind !== 'blank' && hasRole(row) && hasPhoneOrEmail(row.text) && row.text.length < 120) start = i
    // A row of numbers labelled in its first cell (`연락처 | 044-… | 044-…`): a table of one person per column.
    else if (isRowLabelled(row) && hasPhoneOrEmail(row.text) && row.text.length < 200) start = i
    // An old-layout label alone (`담당 :`, wrapped in PDF text), its people on the next line.
    else if (row.kind === 'line' && row.text.length <= 16 && oldLabelAt(row.text)?.[0].length === row.text.length && numberWithin(rows, i + 1, 1)) start = i
    // A label alone on a line (`문의`, `담당 기관`: the lines form of the table's label cell) with a
    // number in the lines after it.
    else if (row.kind === 'line' && row.text.length <= 16 && isLabelWords(row.text) && !isRoleWord(row.text) && numberWithin(rows, i + 1, 8)) start = i
    // Column labels one per line (the lines form of `부서명 | 직책 | 담당자 | 연락처`), or row labels
    // each over their values (the lines form of a table of one person per column).
    else if (row.kind === 'line' && (labelLinesAt(rows, i) > 0 || perColumnLinesAt(rows, i) > 0)) {
      const run = perColumnLinesAt(rows, i)
      if (run > 0) return {start: i, end: i + run}
      start = i
    }
    else if (row.kind === 'line' && isContactSentence(row.text) && hasPhoneOrEmail(row.text)) return {start: i, end: i + 1}
    if (start < 0) continue
    // Rows labelled in their first cell just above (`성명 | …` over `전화 | …`) belong to the table.
    // (A Markdown table's delimiter row stands under its first row.)
    for (let k = start - 1; k >= from && (rows[k].kind === 'delimiter' || isLabelRow(rows[k]) || isRowLabelled(rows[k])); k--) if (rows[k].kind !== 'delimiter') start = k
    const region = extend(ctx, start, to)
    if (region) return region
    // A label with nobody under it (PDF reading order): look for the people further on, or
    // before it when the columns of people were printed first.
    const after = cluster(ctx, i, to)
    if (after) return after
    const before = cluster(ctx, from, i)
    return before && before.end >= i - 2 ? {start: before.start, end: labelBlockEnd(ctx, i, to)} : before
  }
  return cluster(ctx, from, to)
}

/** A contact table that starts at row `start` (a table row), as far as it names people; null when it does not. */
export function contactsTableAt(ctx: Context, start: number, to: number): ContactsScan | null {
  const row = ctx.rows[start]
  return row.kind === 'row' && isContactsStart(row) ? extend(ctx, start, to) : null
}

/** From a table start, the rows up to the last one that names a person; null when none does. */
function extend(ctx: Context, start: number, to: number): ContactsScan | null {
  const rows = ctx.rows
  {
    let last = start
    let people = false
    let quiet = 0
    for (let j = start; j < to; j++) {
      const r = rows[j]
      if (r.kind === 'blank') continue
      if (j > start && !isContactish(r)) break
      if (j > start && isContactsStart(r) === false && rowAppendixLabel(r) !== null) break
      if (hasPhoneOrEmail(r.text) || hasRole(r) || isContactsStart(r)) {
        if (hasPhoneOrEmail(r.text)) people = true
        last = j
        quiet = 0
      } else if (r.kind !== 'delimiter' && !isRowLabelled(r) && !isContactWordLine(r) && ++quiet > 3) break
    }
    if (!people) return null
    return {start: withLeadingRole(ctx, start), end: withTrailingRoles(ctx, last, to)}
  }
}

/** A line of one contact word (a cell per line): a title, a group, a name, a department. */
function isContactWordLine(row: Row): boolean {
  if (row.kind !== 'line' || row.text.length > 20) return false
  const t = row.text.replace(/\s+/g, '')
  return isTitleWord(t) || isGroup(row.text) || isDepartmentText(t) || /^[가-힣]{2,4}$/.test(t)
}

const personLine = /^[가-힣](?:\s?[가-힣]){1,4}\s?[(（]?\s?(?:0\d|[A-Za-z0-9._%+-]+@)|^[(（]?0\d{1,3}[)）\-.\s]/

/** The end of a label block printed after its people (`담당 부서`, then the department lines). */
function labelBlockEnd(ctx: Context, start: number, to: number): number {
  let end = start + 1
  for (let k = start + 1; k < to; k++) {
    const r = ctx.rows[k]
    // A page ends the block.
    if (r.pageMark) break
    if (r.kind === 'blank') continue
    if (r.kind !== 'line' || r.text.length > 30 || rowAppendixLabel(r) !== null || /[.다]$/.test(r.text) || /^[□○※ㅇ▲◆◇*]/.test(r.text)) break
    end = k + 1
  }
  return end
}

/** The densest run of people (`최영범 (044-202-7026)`) with the role, title and department lines just above. */
function cluster(ctx: Context, from: number, to: number): ContactsScan | null {
  const rows = ctx.rows
  let first = -1
  for (let i = from; i < to; i++) {
    const r = rows[i]
    if (r.kind !== 'blank' && r.text.length <= 60 && personLine.test(r.text) && hasPhoneOrEmail(r.text)) {
      first = i
      break
    }
  }
  if (first < 0) return null
  let last = first
  for (let i = first + 1; i < to && i - last <= 14; i++) {
    const r = rows[i]
    if (r.kind !== 'blank' && r.text.length <= 60 && hasPhoneOrEmail(r.text) && !/[다]\.$/.test(r.text)) last = i
  }
  let start = first
  for (let k = first - 1, seen = 0; k >= from && seen < 30; k--) {
    const r = rows[k]
    if (r.kind === 'blank') continue
    seen++
    // The end of an attachment list (`끝.`) may stand between the columns.
    if (isEnd(r.text)) continue
    if (r.kind !== 'line' || r.text.length > 30 || /[.다]$/.test(r.text) || /^[□○※ㅇ▲◆◇*]/.test(r.text) || /^[,.‘’“”'")(]+$/.test(r.text)) break
    // Nor does an attachment list just above (`<붙임> 1. …`, `3. …`).
    if (rowAppendixLabel(r) !== null || /^\d{1,2}\.\s/.test(r.text)) break
    start = k
  }
  return {start: withLeadingRole(ctx, start), end: withTrailingRoles(ctx, last, to)}
}

/** The start of a contact region: a role word printed just above it belongs to it (PDF text). */
function withLeadingRole(ctx: Context, start: number): number {
  let before = start - 1
  while (before >= 0 && ctx.rows[before].kind === 'blank') before--
  const row = ctx.rows[before]
  return row && row.text && row.cells.every((c) => !c.text || isRole(c.text)) ? before : start
}

/** The end of a contact region: after its last person, and after role words printed right below. */
function withTrailingRoles(ctx: Context, last: number, to: number): number {
  let end = last + 1
  for (let k = last + 1, seen = 0; k < to && seen < 2; k++) {
    const r = ctx.rows[k]
    if (r.kind === 'blank') continue
    seen++
    if (r.kind === 'line' && isRole(r.text)) end = k + 1
    // The rest of a department printed over two rows, exported after the people (`\t운영지원과`).
    else if (r.text && r.text.length <= 20 && r.cells.every((c) => !c.text || isDepartmentText(c.text))) end = k + 1
    else break
  }
  return end
}

type FieldName = Field['name']

interface Token {
  name: FieldName
  start: number
  end: number
  /** Which cell the token came from (tokens of one cell share it). */
  cell?: number
  /** Which table row (cells split by TAB or pipes) it came from, if any. */
  row?: number
  /** Whether what the token is was read from its cell's words alone, so its place does not decide. */
  typed?: boolean
  /** Its place among the block's tokens (-1 until placed). */
  at: number
}

/** A token with every field from the start: tokens given their cell and row later had three hidden classes. */
function token(name: FieldName, start: number, end: number): Token {
  return {name, start, end, cell: undefined, row: undefined, typed: false, at: -1}
}

/** A bare extension after a full number (`김철수(7101)`) or in a shared-prefix list (`, 3400`). */
const extensionPattern = /(?:,\s*|\()(\d{3,4})(?![\d-])/g
/** A word between phones and emails: anything but spaces, brackets and separators. */
const wordPattern = /[^\s()[\]{}<>,;:/☎☏]+/g
/** Words that only label what follows (`TEL`, `이메일`). */
const contactLabelWord = /^(?:TEL|Tel|tel|전화|E-?mail|e-?mail|이메일|HP|FAX|팩스)\.?$/

/** Whether a word only labels a number (`TEL`, `전화`, `E-mail`, `팩스` …). */
function isContactLabelWord(word: string): boolean {
  return canStartContactLabelWord(word.charCodeAt(0)) && contactLabelWord.test(word)
}

const canStartContactLabelWord = startsOf(contactLabelWord)
/**
 * A word that is two titles or more glued (`사무관주무관주무관전문위원`, a converter's join of a
 * cell's lines), split into them: the fewest titles of the lexicon that make it up, or null.
 */
function splitTitles(word: string): string[] | null {
  if (word.length > 40 || isTitleWord(word)) return null
  // best[i]: the fewest titles making up word[0, i).
  const best: Array<string[] | null> = [[]]
  for (let i = 1; i <= word.length; i++) {
    best[i] = null
    for (let j = Math.max(0, i - 7); j < i - 1; j++) {
      const before = best[j]
      if (before && isTitle(word.slice(j, i)) && (best[i] === null || before.length + 1 < best[i]!.length)) best[i] = [...before, word.slice(j, i)]
    }
  }
  const parts = best[word.length]
  return parts && parts.length >= 2 ? parts : null
}

/**
 * Names a converter glued (`김주봉이현민박정영손담은`) beside as many titles or numbers as the names
 * it holds: split into names of even length, each starting with a family name. In place, in a
 * row's cells.
 */
function splitGluedNames(ctx: Context, cells: Token[][]): void {
  let count = 0
  for (const tokens of cells) {
    const titles = tokens.filter((t) => t.name === 'title').length
    const numbers = tokens.filter((t) => t.name === 'phone' || t.name === 'email').length
    count = Math.max(count, titles, numbers)
  }
  if (count < 2) return
  cells.forEach((tokens, c) => {
    if (tokens.length !== 1 || tokens[0].name !== 'name') return
    const word = ctx.norm.slice(tokens[0].start, tokens[0].end)
    const size = word.length / count
    if (!Number.isInteger(size) || size < 2 || size > 4 || !/^[가-힣]+$/.test(word) || isOrganisationName(word)) return
    const names: Token[] = []
    for (let k = 0; k < count; k++) {
      const name = word.slice(k * size, (k + 1) * size)
      if (!isPersonName(name)) return
      names.push(token('name', tokens[0].start + k * size, tokens[0].start + (k + 1) * size))
    }
    for (const name of names) {
      name.cell = tokens[0].cell
      name.row = tokens[0].row
      name.typed = true
    }
    cells[c] = names
  })
}

/** Bullets of a list's items before a word (`∙`, `•`, `▪`, `-`). */
const leadingBullet = /^[∙•▪◦‧ㆍ·\-–]+/

/** A run of letters (Hangul, Latin, middle dot). */
const letterRun = /[가-힣A-Za-z·]+/g

/** Split a cell into contact fields: a group, a role, titles and names, phones, emails. */
function tokenizeCell(ctx: Context, cell: Cell): Token[] {
  // Markdown line breaks and emphasis inside a cell separate words like spaces.
  let raw = ctx.norm.slice(cell.start, cell.end)
  if (raw.includes('<') || raw.includes('*')) raw = raw.replace(/<br\s*\/?>|(?<![\d*])\*\*(?![\d*])/gi, (m) => ' '.repeat(m.length))
  const t = cell.text
  const hasDigit = /\d/.test(raw)
  // 담당부서 : … starts with 담.
  const department = canStartOldDepartment(raw.charCodeAt(0)) ? oldDepartment.exec(raw) : null
  if (department && !hasDigit) {
    // `담당부서 : 기획재정부 예산실`: the label, then the department.
    const from = department[0].length
    return [
      token('label', cell.start, cell.start + department[1].length),
      token('department', cell.start + from, cell.start + raw.trimEnd().length)
    ]
  }
  // A role printed as a row label (`담당과장`, `담당사무관`), which also opens the table.
  if (!hasDigit && (isRole(t) || roleWithTitle(t) !== null) && !isLabel(t)) return [token('role', cell.start, cell.end)]
  // A label, in any spelling made of label words (`담당 기관`, `보도자료 담당부서`): never a value.
  if (!hasDigit && (isTableStart(t) || isLabel(t) || isLabelWords(t))) {
    const groupAt = raw.indexOf('<')
    const groupEnd = groupAt >= 0 ? raw.indexOf('>', groupAt) + 1 : 0
    if (groupAt >= 0 && groupEnd > groupAt) {
      const out: Token[] = []
      const before = raw.slice(0, groupAt).trimEnd()
      if (before) out.push(token('label', cell.start, cell.start + before.length))
      out.push(token('group', cell.start + groupAt, cell.start + groupEnd))
      const after = raw.slice(groupEnd)
      const lead = after.length - after.trimStart().length
      if (after.trim()) out.push(token('label', cell.start + groupEnd + lead, cell.start + groupEnd + lead + after.trim().length))
      return out
    }
    return [token('label', cell.start, cell.end)]
  }
  if (isEnd(t)) return []
  // A group's tag may print a number (`[ 제266차 대외경제장관회의 ]`), never a phone's.
  if (isGroup(t) && (!hasDigit || !hasPhoneOrEmail(t))) return [token('group', cell.start, cell.end)]
  if (!hasDigit && isRole(t)) return [token('role', cell.start, cell.end)]
  const old = oldLabelAt(raw)
  if (old && raw.length > old[0].length) {
    // The label is the role (or just a label: 문의, 연락처, 전화번호); the rest is read like a cell.
    const labelStart = cell.start + old[0].indexOf(old[1])
    const labelEnd = labelStart + old[1].length
    const restStart = cell.start + old[0].length
    const rest = tokenizeCell(ctx, {start: restStart, end: cell.end, text: cleanText(ctx.norm.slice(restStart, cell.end))})
    // A label naming the department (`담당부서 :`) is none of the person's; a role's word is their role.
    const bare = old[1].replace(/\s+/g, '')
    const role = fieldOfLabel(bare) === null && (bare.startsWith('담') || isRoleWord(bare))
    return [token(role ? 'role' : 'label', labelStart, labelEnd), ...rest]
  }
  // Phones and emails split the cell; the words around them are titles, names or a department.
  const marks: Token[] = []
  emailPattern.lastIndex = 0
  if (raw.includes('@')) for (const m of allMatches(emailPattern, raw)) marks.push(token('email', m.index, m.index + m[0].length))
  phonePattern.lastIndex = 0
  if (hasDigit) for (const m of allMatches(phonePattern, raw)) {
    const at = m.index + m[0].indexOf(m[1])
    if (marks.some((k) => at < k.end && at + m[1].length > k.start)) continue
    marks.push(token('phone', at, at + m[1].length))
  }
  // Shared-prefix phone lists: (044)201-3398, 3400, 3408
  // … and a bare extension after a full number: `김철수(7101)`.
  if (marks.length && (raw.includes(',') || raw.includes('('))) for (const m of allMatches(extensionPattern, raw)) {
    const at = m.index + m[0].indexOf(m[1])
    const prev = marks.filter((k) => k.name === 'phone' && k.end <= at).pop()
    if (prev && !marks.some((k) => at < k.end && at + m[1].length > k.start)) marks.push(token('phone', at, at + m[1].length))
  }
  marks.sort((a, b) => a.start - b.start)
  const out: Token[] = []
  let last = 0
  const words = (from: number, to: number) => {
    const segment = raw.slice(from, to)
    for (const w of allMatches(wordPattern, segment)) {
      // A bullet before a word (`∙과장`), or alone, marks a list's item: none of the person's.
      const bullet = leadingBullet.exec(w[0])
      const word = bullet ? w[0].slice(bullet[0].length) : w[0]
      if (!word) continue
      // A label (`TEL`) only labels the number; the end of a list run into the cell (`… 1234  끝.`) is none of the person's.
      if (word.length <= 7 && (isContactLabelWord(word) || isEnd(word))) continue
      const at = cell.start + from + w.index + (bullet ? bullet[0].length : 0)
      // Words printed glued: a role and a title (`담당자서기관`), a unit and its head's title (`관광진흥과장`).
      // Words printed glued: a role and a title (`담당자서기관`) are two fields; a unit and its
      // head's title (`관광진흥과장`) share a letter, and stay one title the people step splits.
      const roleTitle = splitRoleTitle(word)
      // Titles a converter glued (`사무관주무관주무관전문위원`): each its own field.
      const gluedTitles = roleTitle || word.length < 5 ? null : splitTitles(word)
      if (gluedTitles) {
        let from = at
        for (const title of gluedTitles) {
          out.push(token('title', from, from + title.length))
          from += title.length
        }
      } else if (roleTitle) out.push(token('role', at, at + roleTitle.role.length), token('title', at + roleTitle.role.length, at + word.length))
      else out.push(token(isRole(word) || roleWithTitle(word) !== null ? 'role' : 'name', at, at + word.length))
    }
  }
  for (const mark of marks) {
    words(last, mark.start)
    out.push(token(mark.name, cell.start + mark.start, cell.start + mark.end))
    last = mark.end
  }
  words(last, raw.length)
  return out
}

/** Build the contacts node: each row a table row whose cells hold typed fields. */
export function buildContacts(ctx: Context, scan: ContactsScan): Contacts {
  // Tokenise every cell, then name the plain words by where they stand: words before a role are
  // a department; words before a phone or email are a person's title and name.
  const perRow: Array<{row: Row; cells: Token[][]} | {row: Row; sentence: true}> = []
  const flat: Token[] = []
  const perColumn = isPerColumnTable(ctx.rows.slice(scan.start, scan.end))
  // Column labels one per line are labels only, whatever their words; so are the row labels of
  // the lines form of a table of one person per column, whose values are what the label says.
  const labelLines = new Set<number>()
  const valueField = new Map<number, FieldName>()
  for (let i = scan.start; i < scan.end; i++) {
    const columns = perColumnLinesAt(ctx.rows, i)
    if (columns > 0) {
      let field: FieldName | null = null
      for (let k = i; k < i + columns; k++) {
        const labelField = lineLabelField(ctx.rows[k].text, field)
        if (labelField) {
          labelLines.add(k)
          field = labelField
        } else if (field) valueField.set(k, field)
      }
      i += columns - 1
      continue
    }
    const run = labelLinesAt(ctx.rows, i)
    for (let k = i; k < i + run; k++) labelLines.add(k)
    if (run) i += run - 1
  }
  let subjectColumns = new Set<number>()
  for (let i = scan.start; i < scan.end; i++) {
    const row = ctx.rows[i]
    if (row.kind === 'blank') continue
    const labelLine = labelLines.has(i)
    if (row.kind === 'line' && isContactSentence(row.text)) {
      perRow.push({row, sentence: true})
      continue
    }
    // A row of column labels is labels only, whatever its words (`담당자` names a column there),
    // and so is the first cell of a row of a table of one person per column.
    const header = isLabelHeader(row)
    // The columns a row of labels names by what each person answers for (`안건`): their cells are labels.
    if (header) subjectColumns = new Set(row.cells.flatMap((cell, c) => (isSubjectLabel(cell.text) ? [c] : [])))
    const rowLabel = perColumn && isRowLabelled(row)
    const cells = row.cells.map((cell, c) => {
      if (cell.end <= cell.start || row.kind === 'delimiter') return []
      const asLabel = cell.text && (header || labelLine || (rowLabel && cell === row.cells[0]) || (row.kind === 'row' && subjectColumns.has(c)))
      const tokens = asLabel ? [token('label', cell.start, cell.start + ctx.norm.slice(cell.start, cell.end).trimEnd().length)] : tokenizeCell(ctx, cell)
      for (const t of tokens) {
        t.cell = cell.start
        if (row.kind === 'row') t.row = row.start
      }
      return tokens
    })
    if (row.kind === 'row') splitGluedNames(ctx, cells)
    // A value of a labelled line of a table of one person per column is what its label says (a number stays one).
    const field = valueField.get(i)
    if (field) for (const tokens of cells) for (const t of tokens) if (t.name !== 'phone' && t.name !== 'email') {
      t.name = field
      t.typed = true
    }
    for (const tokens of cells) {
      for (let k = 0; k < tokens.length; k++) tokens[k].at = flat.length + k
      append(flat, tokens)
    }
    perRow.push({row, cells})
  }
  joinBrokenPhones(ctx, perRow)
  typeByCell(ctx, perRow, flat)
  typeByColumn(ctx, perRow)
  classifyWords(ctx, flat)
  nameByRowLabels(ctx, perRow)
  // A role word right after a role (`담당자`, then `담당`) is the person's title.
  for (let k = 1; k < flat.length; k++) {
    if (flat[k].name === 'role' && flat[k - 1].name === 'role' && /^담\s*당$/.test(ctx.norm.slice(flat[k].start, flat[k].end))) flat[k].name = 'title'
  }
  const children: Array<TableRow | Paragraph> = []
  for (const entry of perRow) {
    if ('cells' in entry) entry.cells = entry.cells.map((tokens) => joinBracketed(ctx, tokens))
    if ('sentence' in entry) {
      const cell = firstFilled(entry.row)!
      const inlines = withGaps(ctx, cell, sentenceTokens(ctx, cell))
      children.push({type: 'paragraph', children: inlines, position: span(inlines)})
      continue
    }
    children.push(tableRow(ctx, entry.row, (cell, index) => withGaps(ctx, cell, entry.cells[index])))
  }
  if (ctx.file) reportUnknownLabels(ctx, children)
  return {type: 'contacts', children, position: span(children)}
}

const knownLabels = new Set([...contactTableLabels, ...contactLineLabels, ...Object.values(fieldLabels).flat()].map((l) => l.replace(/\s+/g, '')))

/** Report the label cells read as labels by their words alone (`담당 기관`): a spelling the lexicon does not list. */
function reportUnknownLabels(ctx: Context, rows: Array<TableRow | Paragraph>): void {
  for (const row of rows) {
    for (const cell of row.children) {
      const fields = cell.type === 'tableCell' ? (cell.children ?? []) : [cell]
      for (const f of fields) {
        if (f.type !== 'field' || f.name !== 'label') continue
        const value = ctx.text.of(f)
        const bare = value.replace(/[\s:：()（）[\]<>【】]+/g, '')
        if (!knownLabels.has(bare) && !isLabel(value) && !isTableStart(value) && isLabelWords(value)) report(ctx.file, 'unknown-contact-label', f.position, value)
      }
    }
  }
}

/** Department words of one cell joined by brackets (`토지정책과(토지거래량)`, `통계부 (지가 변동률)`) are one department, as printed. */
function joinBracketed(ctx: Context, tokens: Token[]): Token[] {
  if (tokens.length < 2) return tokens
  const out: Token[] = []
  // Whether the last department opened a bracket not closed yet.
  let open = false
  for (const token of tokens) {
    const last = out.length ? out[out.length - 1] : undefined
    const gap = last ? ctx.norm.slice(last.end, token.start) : ''
    if (last && last.name === 'department' && token.name === 'department' && (openBracket.test(gap) || (open && gap.trim() === ''))) {
      const close = closeBracket.exec(ctx.norm.slice(token.end, token.end + 4))
      last.end = token.end + (close ? close[0].length : 0)
      open = !close
      continue
    }
    open = false
    out.push(token)
  }
  return out
}

const openBracket = /^\s*\(\s*$/
const closeBracket = /^\s*\)/

/** The start of a phone number broken at a cell's end: `(044)`, `044-`, `044-202-`. */
const phoneHead = /^\(?0\d{1,3}\)?(?:[-.]\d{3,4})?[-.]?$/
/** Its rest, at the start of the cell below: `201-3398`, `7400`. */
const phoneTail = /^\d{3,4}(?:[-.]\d{4})?$/

/**
 * A phone number broken over two rows of one column (`(044)` over `201-3398`, `044-202-` over
 * `7400`): both parts are phone fields, joined when the contacts are read.
 */
function joinBrokenPhones(ctx: Context, perRow: Array<{row: Row; cells: Token[][]} | {row: Row; sentence: true}>): void {
  const only = (cell: Token[] | undefined): Token | null => (cell && cell.length === 1 ? cell[0] : null)
  for (let r = 0; r + 1 < perRow.length; r++) {
    const upper = perRow[r]
    const lower = perRow[r + 1]
    if ('sentence' in upper || 'sentence' in lower) continue
    upper.cells.forEach((cell, c) => {
      const head = only(cell)
      const tail = only(lower.cells[c])
      if (!head || !tail || head.name === 'email' || tail.name === 'email') return
      if (phoneHead.test(ctx.norm.slice(head.start, head.end)) && phoneTail.test(ctx.norm.slice(tail.start, tail.end))) {
        head.name = 'phone'
        tail.name = 'phone'
      }
    })
  }
}

/** The field a row label gives its cells in a table of one person per column (`성명 | A | B`). */
function rowLabelField(label: string): FieldName | null {
  const t = label.replace(/\s+/g, '').replace(/[:：]$/, '')
  const field = fieldOfLabel(t)
  if (field) return field === 'email' ? 'phone' : field
  // `담당자` before the people's names (`담당자 | 김민수 | 이영희`) labels them (not `담당`, a title too).
  return isRole(t) && !isTitle(t) ? 'name' : null
}

/**
 * How many lines from `at` are column labels printed one per line (the lines form of a row of
 * labels: `부서명`, `직책`, `담당자`, `연락처`): three or more, one of them naming the people or
 * their numbers; 0 when the lines there are no such run.
 */
function labelLinesAt(rows: readonly Row[], at: number): number {
  let end = at
  let fields = 0
  let person = false
  let named = false
  let roleWords = 0
  while (end < rows.length && rows[end].kind === 'line' && rows[end].text.length <= 12) {
    const text = rows[end].text
    const field = fieldOfLabel(text)
    if (field) {
      fields++
      if (field === 'name' || field === 'phone' || field === 'email') person = true
      if (field === 'name' || field === 'role') named = true
    } else if (isRole(text) && !isLabel(text) && !isTitle(text) && roleWords === 0 && !named) {
      // `담당자` over the names, when no label names them already (a role under `역할` is a value).
      roleWords++
      person = true
    } else break
    end++
  }
  return fields >= 2 && fields + roleWords >= 3 && person ? end - at : 0
}

/** The field a line labels in the lines form of a table of one person per column; role words are values under `구분`. */
function lineLabelField(text: string, current: FieldName | null): FieldName | null {
  if (text.length > 12) return null
  const field = fieldOfLabel(text)
  if (field) return field === 'email' ? 'phone' : field
  return isRole(text) && !isLabel(text) && !isTitle(text) && current !== 'role' ? 'name' : null
}

/**
 * The lines form of a table of one person per column (`부서명`, its values a line each, `직책`,
 * its values, `담당자`, the names, `연락처`, the numbers): the lines from `at` that hold it, each
 * label with as many values as the names (or fewer, a merged cell dropped), three fields or more,
 * one of them the names; 0 when they are not such a run.
 */
function perColumnLinesAt(rows: readonly Row[], at: number): number {
  const groups: Array<{field: FieldName; values: number}> = []
  let k = at
  while (k < rows.length && rows[k].kind !== 'blank') {
    const row = rows[k]
    if (row.kind !== 'line') break
    const field = lineLabelField(row.text, groups.length ? groups[groups.length - 1].field : null)
    if (field) groups.push({field, values: 0})
    else if (groups.length && row.text.length <= 60) groups[groups.length - 1].values++
    else break
    k++
  }
  const names = groups.find((g) => g.field === 'name')
  const fields = new Set(groups.map((g) => g.field))
  if (groups.length < 3 || fields.size < 3 || !names || names.values < 1 || fields.size !== groups.length) return 0
  if (!groups.every((g) => g.values >= 1 && g.values <= names.values)) return 0
  return k - at
}

/** Whether a row's first cell is a row label (`성명`, `직위`, `연락처`, `담당자`) with values in the cells after it. */
function isRowLabelled(row: Row): boolean {
  if (row.kind !== 'row' || row.cells.length < 2 || !row.cells[0].text || row.cells[0].text.length > 12) return false
  const field = rowLabelField(row.cells[0].text)
  if (field === null || !row.cells.slice(1).some((c) => c.text)) return false
  // A role word labels names only when names follow (`담당자 | 김민수 | 이영희`), not a person's row (`담당자 | 사무관 오세린 …`).
  return fieldOfLabel(row.cells[0].text) !== null || row.cells.slice(1).every((c) => !c.text || isPersonName(c.text))
}

/**
 * Whether rows `from`…`to` hold a table of one person per column: three rows or more labelled in
 * their first cell (`부서`, `직위`, `성명`, `연락처`), one of them the names.
 */
function isPerColumnTable(rows: readonly Row[]): boolean {
  const fields = new Set<FieldName>()
  for (const row of rows) if (isRowLabelled(row)) fields.add(rowLabelField(row.cells[0].text)!)
  return fields.size >= 3 && fields.has('name')
}

/**
 * A table of one person per column (`직위 | 과장 | 사무관`, `성명 | 김민수 | 이영희`, `전화 | …`): the
 * words of each row are what its label says, whatever their place suggested.
 */
function nameByRowLabels(ctx: Context, perRow: Array<{row: Row; cells: Token[][]} | {row: Row; sentence: true}>): void {
  const labelled: Array<{field: FieldName; cells: Token[][]}> = []
  for (const entry of perRow) {
    if ('sentence' in entry || entry.row.kind !== 'row' || entry.cells.length < 2) continue
    const first = entry.cells[0]
    if (first.length !== 1 || first[0].name !== 'label') continue
    const field = rowLabelField(ctx.norm.slice(first[0].start, first[0].end))
    if (field && entry.cells.slice(1).some((c) => c.length > 0)) labelled.push({field, cells: entry.cells})
  }
  const fields = new Set(labelled.map((l) => l.field))
  if (labelled.length < 3 || !fields.has('name')) return
  for (const {field, cells} of labelled) {
    if (field === 'phone') continue
    for (const cell of cells.slice(1)) for (const t of cell) if (t.name !== 'phone' && t.name !== 'email') t.name = field
  }
}

/** People named in a contact sentence: `… 시장상권과 주무관 김상권(042-481-4501)에게 연락주시기 바랍니다`. */
function sentenceTokens(ctx: Context, cell: Cell): Token[] {
  const raw = ctx.norm.slice(cell.start, cell.end)
  const out: Token[] = []
  phonePattern.lastIndex = 0
  const marks = allMatches(phonePattern, raw).map((m) => ({name: 'phone' as FieldName, at: m.index + m[0].indexOf(m[1]), length: m[1].length}))
  emailPattern.lastIndex = 0
  for (const m of allMatches(emailPattern, raw)) marks.push({name: 'email', at: m.index, length: m[0].length})
  marks.sort((a, b) => a.at - b.at)
  let floor = 0
  for (const mark of marks) {
    // Up to five words before the number: department words, a title, the name.
    const before = raw.slice(floor, mark.at)
    const words = allMatches(letterRun, before).slice(-5)
    let name = words.pop()
    // The title may follow the name (`김민수 사무관(☎ …)`).
    let after: RegExpExecArray | null = null
    if (name && isTitleWord(name[0]) && words.length && /^[가-힣]{2,4}$/.test(words[words.length - 1][0]) && !isTitleWord(words[words.length - 1][0]) && !isDepartmentText(words[words.length - 1][0])) {
      after = name
      name = words.pop()
    }
    if (name && /^[가-힣]{2,4}$/.test(name[0])) {
      const title = after ?? (words.length && isTitleWord(words[words.length - 1][0]) ? words.pop()! : null)
      const departments = words.filter((w) => isDepartmentText(w[0]))
      for (const d of departments) out.push(token('department', cell.start + floor + d.index, cell.start + floor + d.index + d[0].length))
      const titleToken = title ? token('title', cell.start + floor + title.index, cell.start + floor + title.index + title[0].length) : null
      if (titleToken && !after) out.push(titleToken)
      out.push(token('name', cell.start + floor + name.index, cell.start + floor + name.index + name[0].length))
      if (titleToken && after) out.push(titleToken)
    }
    out.push(token(mark.name, cell.start + mark.at, cell.start + mark.at + mark.length))
    floor = mark.at + mark.length
  }
  return out
}

/** The cell's fields in order, with the punctuation between them as plain text. */
function withGaps(ctx: Context, cell: Cell, tokens: Token[]): Inline[] {
  const out: Inline[] = []
  let last = cell.start
  const norm = ctx.norm
  const gap = (from: number, to: number) => {
    // The text between two fields, trimmed, if any.
    while (from < to && isWhiteSpace(norm.charCodeAt(from))) from++
    while (to > from && isWhiteSpace(norm.charCodeAt(to - 1))) to--
    if (to > from) out.push(text(ctx, from, to))
  }
  for (const t of tokens) {
    gap(last, t.start)
    out.push(field(ctx, t.name, t.start, t.end))
    last = t.end
  }
  if (cell.end > cell.start) gap(last, cell.end)
  // Kept in the tree: no room for more.
  return out.slice()
}

/**
 * Cells typed by what they hold, before their place is asked: a cell of words only (no number)
 * whose words are all titles is a title (`과  장`, `사무관 주무관`), one whose words all name units
 * is a department (`기획조정실 재정담당관`), one that is a person's name is that name. Whatever
 * column the cell stands in, and whatever the column's label says.
 */
/** A title that may name a unit too: a post of four letters or more ending in `관` (`국제협력관`, `정책기획관`). */
const isPostLike = (word: string) => word.length >= 4 && word.endsWith('관')

function typeByCell(ctx: Context, perRow: Array<{row: Row; cells: Token[][]} | {row: Row; sentence: true}>, flat: Token[]): void {
  const type = (tokens: Token[], name: FieldName) => {
    for (const t of tokens) {
      t.name = name
      t.typed = true
    }
  }
  for (const entry of perRow) {
    if ('sentence' in entry) continue
    for (const tokens of entry.cells) {
      if (tokens.length === 0 || !tokens.every((t) => t.name === 'name')) continue
      const groups = spacedGroups(tokens).map((g) => g.map((w) => ctx.norm.slice(w.start, w.end)).join(''))
      const last = groups[groups.length - 1]
      // A unit's path (`수산정책관 수출가공진흥과`) may pass posts named like titles; its last word is a unit.
      if (
        groups.length > 1 &&
        isOrganisationName(last) &&
        groups.some((g) => g.length >= 4 && isDepartmentText(g)) &&
        groups.every((g) => isTitleWord(g) || isOrganisationName(g))
      ) {
        type(tokens, 'department')
        continue
      }
      // A post named like a title right before a role or a unit (`국제협력관 | 책임자`, `정책기획관 |
      // 기획재정담당관`) is the unit's; its place decides.
      if (groups.every(isTitleWord)) {
        const next = flat[tokens[tokens.length - 1].at + 1]
        // Only a post a unit may be named by (`기획조정관`: four letters or more, ending in `관`) is in doubt; a rank (`과 장`) is a title wherever it stands.
        if ((next?.name !== 'role' && next?.name !== 'department') || !groups.some(isPostLike)) type(tokens, 'title')
        continue
      }
      // Several names in one cell are a list of people (`맹공간 석청년`); one word alone may be a
      // unit's (`인사부`, `진흥원`), and its place decides.
      if (groups.length > 1 && groups.every((g) => isPersonName(g) && !isOrganisationName(g))) {
        type(tokens, 'name')
        continue
      }
      if (groups.every((g) => isDepartmentText(g) || (isOrganisationName(g) && !isPersonName(g)))) type(tokens, 'department')
    }
  }
}

/**
 * Words that are a role and a title both (`담당`, `총괄`) read by their column: in a column of
 * titles (`팀장`, `담당`, `담당`) they are titles; after a name, before its number, in a line of
 * people (`이혜지 담당(041-…)`) too.
 */
function typeByColumn(ctx: Context, perRow: Array<{row: Row; cells: Token[][]} | {row: Row; sentence: true}>): void {
  const both = (t: Token) => t.name === 'role' && isTitle(ctx.norm.slice(t.start, t.end))
  const columns = new Map<number, {titles: number; roles: number; cells: Token[][]}>()
  for (const entry of perRow) {
    if ('sentence' in entry) continue
    if (entry.row.kind === 'row') {
      entry.cells.forEach((tokens, c) => {
        if (tokens.length !== 1 && !(tokens.length > 1 && tokens.every((t) => t.name === 'title'))) return
        const column = columns.get(c) ?? {titles: 0, roles: 0, cells: []}
        if (tokens[0].name === 'title') column.titles++
        else if (tokens[0].name === 'role' && !both(tokens[0])) column.roles++
        column.cells.push(tokens)
        columns.set(c, column)
      })
    }
    for (const tokens of entry.cells) {
      for (let k = 1; k + 1 < tokens.length; k++) {
        if (both(tokens[k]) && tokens[k - 1].name === 'name' && (tokens[k + 1].name === 'phone' || tokens[k + 1].name === 'email')) tokens[k].name = 'title'
      }
    }
  }
  for (const column of columns.values()) {
    if (column.titles === 0 || column.titles < column.roles) continue
    for (const tokens of column.cells) if (tokens.length === 1 && both(tokens[0])) tokens[0].name = 'title'
  }
}

function classifyWords(ctx: Context, tokens: Token[]): void {
  let i = 0
  // Words whose cell told what they are are not asked again.
  const open = (t: Token) => t.name === 'name' && !t.typed
  while (i < tokens.length) {
    if (!open(tokens[i])) {
      i++
      continue
    }
    let j = i
    while (j < tokens.length && open(tokens[j])) j++
    // A label (전화번호 :) between the words and the numbers does not decide.
    let n = j
    while (n < tokens.length && tokens[n].name === 'label' && !/담\s*당\s*부\s*서/.test(ctx.norm.slice(tokens[n].start, tokens[n].end))) n++
    const next = tokens[n]
    const words = tokens.slice(i, j)
    const previous = tokens[i - 1]
    // A person's row names its role first: a name between two roles (`담당자 | 이혜지 | 담당`) is the person's.
    const afterRole = previous?.name === 'role' && previous.row !== undefined && previous.row === words[0].row && next?.row === previous.row && words.length <= 3 && isPersonName(words.map((w) => ctx.norm.slice(w.start, w.end)).join(''))
    if (afterRole) nameWords(ctx, words)
    else if (!next || next.name === 'role' || next.name === 'group' || next.name === 'label' || next.name === 'department') {
      // Words followed by a role (or by nothing) name a department, unless they read as a person.
      const value = words.map((w) => ctx.norm.slice(w.start, w.end)).join(' ')
      const personLike = !next && words.length <= 3 && !isDepartmentText(value)
      if (!personLike) for (const w of words) w.name = 'department'
      else nameWords(ctx, words)
    } else if (words.length > 1 && tokens[i - 1]?.name === 'title' && words.every((w) => w.cell !== undefined && words.filter((x) => x.cell === w.cell).length === 1 && isPersonName(ctx.norm.slice(w.start, w.end)))) {
      // Names a cell each after the titles (`사무관`, `주무관`, then `맹공간`, `석청년`): a list of people.
      for (const w of words) w.name = 'name'
    } else {
      nameWords(ctx, words)
    }
    i = j
  }
}

/** Title words then a name: `과 장 장두원` → title `과`,`장`, name `장두원`. */
function nameWords(ctx: Context, words: Token[]): void {
  // Words from several cells: a cell of titles only (`사무관 주무관`) gives titles, the last cell the
  // names (one or several, `김주봉 이현민`), the cells before a department.
  // The cells the words come from, in order of first appearance.
  const cellIds: Array<number | undefined> = []
  for (const w of words) if (!cellIds.includes(w.cell)) cellIds.push(w.cell)
  if (cellIds.length > 1 && words[0].row !== undefined && words.every((w) => w.row === words[0].row)) {
    let titleCount = 0
    cellIds.forEach((id, k) => {
      const own = words.filter((w) => w.cell === id)
      const joined = spacedGroups(own).map((g) => g.map((w) => ctx.norm.slice(w.start, w.end)).join(''))
      const last = k === cellIds.length - 1
      if (!last && joined.every(isTitleWord)) {
        for (const w of own) w.name = 'title'
        titleCount = joined.length
      }
      // As many names as the cell before gave titles (`사무관 주무관` beside `맹공간 석청년`).
      else if (last && titleCount > 1 && joined.length === titleCount && joined.every((x) => /^[가-힣]{2,4}$/.test(x) && !isTitleWord(x))) for (const w of own) w.name = 'name'
      else if (last) nameWords(ctx, own)
      else if (k === cellIds.length - 2 && own.length <= 3 && !isDepartmentText(joined.join(''))) nameWords(ctx, own)
      else for (const w of own) w.name = 'department'
    })
    return
  }
  const expanded = spacedGroups(words)
  // Title and name pairs in a row (`과장 김건강, 사무관 이보건`).
  const value = (g: Token[]) => g.map((w) => ctx.norm.slice(w.start, w.end)).join('')
  if (expanded.length >= 4 && expanded.length % 2 === 0 && expanded.every((g, k) => (k % 2 === 0 ? isTitleWord(value(g)) : !isTitleWord(value(g)) && !isDepartmentText(value(g))))) {
    expanded.forEach((g, k) => {
      for (const w of g) w.name = k % 2 === 0 ? 'title' : 'name'
    })
    return
  }
  // Name and title pairs (`구진경 과장 김태우 서기관`), after the unit's name if printed: each title after its name.
  let lead = 0
  while (lead < expanded.length && isDepartmentText(value(expanded[lead]))) lead++
  const pairs = expanded.slice(lead)
  if (pairs.length >= 4 && pairs.length % 2 === 0 && pairs.every((g, k) => (k % 2 === 1 ? isTitleWord(value(g)) : isPersonName(value(g))))) {
    expanded.forEach((g, k) => {
      for (const w of g) w.name = k < lead ? 'department' : (k - lead) % 2 === 1 ? 'title' : 'name'
    })
    return
  }
  // Titles, then as many names (`사무관 주무관 김주봉 이현민`): a list of people in one cell.
  const half = expanded.length / 2
  if (expanded.length >= 4 && Number.isInteger(half) && expanded.every((g, k) => (k < half ? isTitleWord(value(g)) : /^[가-힣]{2,4}$/.test(value(g)) && !isTitleWord(value(g)) && !isDepartmentText(value(g))))) {
    expanded.forEach((g, k) => {
      for (const w of g) w.name = k < half ? 'title' : 'name'
    })
    return
  }
  // Names only, several of them (`김주봉 이현민 박정영`): each is a person.
  if (expanded.length > 1 && expanded.every((g) => g.length === 1 && /^[가-힣]{2,4}$/.test(ctx.norm.slice(g[0].start, g[0].end)) && !isTitleWord(ctx.norm.slice(g[0].start, g[0].end))) && words[0].cell !== undefined) {
    const allNames = expanded.every((g) => !isDepartmentText(ctx.norm.slice(g[0].start, g[0].end)))
    if (allNames && expanded.length >= 2 && words.every((w) => w.cell === words[0].cell) && expanded.length <= 8 && expanded.length > 2) {
      for (const g of expanded) g[0].name = 'name'
      return
    }
  }
  if (expanded.length === 1) {
    const value = expanded[0].map((w) => ctx.norm.slice(w.start, w.end)).join('')
    const name = isTitleWord(value) ? 'title' : 'name'
    for (const w of expanded[0]) w.name = name
    return
  }
  // Several words: the last group is the name, the rest the title; departments may lead.
  // A title may follow the name (`김민수 과장`).
  const text = (g: Token[]) => g.map((w) => ctx.norm.slice(w.start, w.end)).join('')
  const lastText = text(expanded[expanded.length - 1])
  const beforeText = text(expanded[expanded.length - 2])
  if (isTitleWord(lastText) && /^[가-힣]{2,4}$/.test(beforeText) && !isTitleWord(beforeText) && !isDepartmentText(beforeText)) {
    for (const w of expanded[expanded.length - 1]) w.name = 'title'
    for (const w of expanded[expanded.length - 2]) w.name = 'name'
    for (const g of expanded.slice(0, -2)) for (const w of g) w.name = 'department'
    return
  }
  const nameGroup = expanded[expanded.length - 1]
  for (const w of nameGroup) w.name = 'name'
  const rest = expanded.slice(0, -1)
  // Walk back from the name over words that are titles each; what is left leads as department.
  let titleFrom = rest.length
  while (titleFrom > 0 && isTitleWord(rest[titleFrom - 1].map((w) => ctx.norm.slice(w.start, w.end)).join(''))) titleFrom--
  if (titleFrom === rest.length && rest.length > 0 && !isDepartmentText(rest[rest.length - 1].map((w) => ctx.norm.slice(w.start, w.end)).join(''))) titleFrom = rest.length - 1
  rest.forEach((g, k) => {
    for (const w of g) w.name = k >= titleFrom ? 'title' : 'department'
  })
}

/** Runs of one-syllable words are one spaced word (`과  장`, `배  인`); four make a title and a name. */
function spacedGroups(words: Token[]): Token[][] {
  const groups: Token[][] = []
  for (const w of words) {
    const one = w.end - w.start === 1
    const last = lastOf(groups)
    if (one && last && last[last.length - 1].end - last[last.length - 1].start === 1 && last.length < 4) last.push(w)
    else groups.push([w])
  }
  const expanded: Token[][] = []
  for (const g of groups) {
    if (g.length === 4 && g.every((w) => w.end - w.start === 1)) expanded.push(g.slice(0, 2), g.slice(2))
    else expanded.push(g)
  }
  return expanded
}

/**
 * Whether a word is a job title or rank (`과장`, `외무사무관`, `총경`, `과장직무대리`), or a head's
 * title glued to the unit it heads (`관광진흥과장`, split when the people are read); a unit's name
 * (`기획재정담당관`) is none.
 */
export function isTitleWord(value: string): boolean {
  return isTitle(value) || splitUnitTitle(value) !== null
}

/** Whether words read as a department name rather than a title and a name: a unit of three letters with a unit's ending (`기획과`), or an organisation's name of four or more. */
export function isDepartmentText(value: string): boolean {
  // Words whose last is a title or a role (`가나 사무관`) name a person's post, not a unit.
  const last = value.trim().split(/\s+/).pop() ?? ''
  if (value.trim().includes(' ') && (isTitle(last) || isRole(last))) return false
  const t = value.replace(/\s+/g, '')
  return t.length >= 4 ? isOrganisationName(t) : isUnitName(t)
}

function field(ctx: Context, name: FieldName, start: number, end: number): Field {
  const leaf = text(ctx, start, end)
  return {type: 'field', name, children: [leaf], position: copyPosition(leaf.position)}
}
