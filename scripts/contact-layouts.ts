/**
 * The contact table of a release printed again in the layouts other years and issuers use,
 * from the people its gold lists: other label spellings, role and title glued, the name before
 * the title, no role column, a row of column labels (in any order), one person per column, one
 * line per person or per unit, the name and number in one cell, a head's title glued to the
 * unit. Each layout says what its contacts read as (`contacts`): a layout that prints no role
 * reads as people without one.
 *
 * Used by `scripts/eval.ts` (the `layouts` rows) and `test/accuracy.test.ts`.
 */
import {splitRelease} from './variants.js'
import {contactLineLabels, contactTableLabels, fieldLabels, roles} from '../src/lib/lexicon.js'

/** A person as the gold lists them. */
export interface Person {
  group: string | null
  department: string | null
  role: string | null
  title: string | null
  name: string | null
  phone: string | null
  email: string | null
}

export interface Layout {
  /** `contacts:<layout>`. */
  name: string
  text: string
  /** What the re-printed contacts read as. */
  contacts: Person[]
}

type Render = (people: Person[], seed: number) => {lines: string[]; contacts: Person[]} | null

const pick = <T>(list: readonly T[], seed: number): T => list[seed % list.length]

/** Phone numbers as printed: in brackets, after a telephone sign, or bare. */
function phone(value: string | null, seed: number): string {
  if (!value) return ''
  return pick([`(${value})`, `☎ ${value}`, value, `(☎ ${value})`], seed)
}

/** Number and e-mail of a person, as one cell's text. */
function numbers(p: Person, seed: number): string {
  return [phone(p.phone, seed), p.email ?? ''].filter(Boolean).join(' ')
}

/** People split into units: consecutive people of one department. */
function units(people: Person[]): Person[][] {
  const out: Person[][] = []
  for (const p of people) {
    const last = out[out.length - 1]
    if (last && last[0].department === p.department) last.push(p)
    else out.push([p])
  }
  return out
}

const withoutRole = (people: Person[]) => people.map((p) => ({...p, role: null}))

/**
 * Contact-table labels: the lexicon's spellings, spaced as printed, and spellings of label words
 * it does not list (read as labels by their words).
 */
const tableLabels = [...contactTableLabels.map((l) => l.replace(/^(담당|문의|자료|소관|주관|작성|취재|배포|홍보)(?=.)/, '$1 ')), '보도 담당 기관', '자료 담당 부서', '문의 기관']

/** The usual table (label, department, role, title, name, number), its first cell spelled another way. */
const label: Render = (people, seed) => {
  const first = pick(tableLabels, seed)
  return {lines: standard(people, seed, first), contacts: people}
}

/** The usual table's rows; `cells` rewrites each person's cells after the department. */
function standard(people: Person[], seed: number, first = '담당 부서', cells = (p: Person) => [p.role ?? '', p.title ?? '', p.name ?? '', numbers(p, seed)]): string[] {
  const lines: string[] = []
  let department: string | null = null
  people.forEach((p, i) => {
    const dept = p.department !== department ? (p.department ?? '') : ''
    department = p.department
    lines.push([i === 0 ? first : '', dept, ...cells(p)].join('\t'))
  })
  return lines
}

/** Role and title glued in one cell (`담당자서기관`). */
const gluedRoleTitle: Render = (people, seed) => ({lines: standard(people, seed, '담당 부서', (p) => [`${p.role ?? ''}${p.title ?? ''}`, p.name ?? '', numbers(p, seed)]), contacts: people})

/** A role printed once for the people under it, its cell merged (the cells below it left empty). */
const mergedRole: Render = (people, seed) => {
  if (!people.some((p, i) => i > 0 && p.role !== null && p.role === people[i - 1].role && p.department === people[i - 1].department)) return null
  const lines = standard(people, seed, '담당 부서', (p) => [p.role ?? '', p.title ?? '', p.name ?? '', numbers(p, seed)]).map((line, i) => {
    const same = i > 0 && people[i].role !== null && people[i].role === people[i - 1].role && people[i].department === people[i - 1].department
    if (!same) return line
    const cells = line.split('\t')
    cells[2] = ''
    return cells.join('\t')
  })
  return {lines, contacts: people}
}

/** The name printed before the title. */
const nameFirst: Render = (people, seed) => ({lines: standard(people, seed, '담당 부서', (p) => [p.role ?? '', p.name ?? '', p.title ?? '', numbers(p, seed)]), contacts: people})

/** No role column. */
const noRole: Render = (people, seed) => ({lines: standard(people, seed, '담당 부서', (p) => [p.title ?? '', p.name ?? '', numbers(p, seed)]), contacts: withoutRole(people)})

/** The name and its number in one cell (`김민수 (044-…)`). */
const namePhoneCell: Render = (people, seed) => ({lines: standard(people, seed, '담당 부서', (p) => [p.role ?? '', p.title ?? '', `${p.name ?? ''} ${numbers(p, seed)}`]), contacts: people})

/** Column and row labels: the lexicon's, and `담당자` over the names as some tables print it. */
const columnLabels = {
  department: fieldLabels.department,
  role: fieldLabels.role,
  title: fieldLabels.title,
  name: [...fieldLabels.name, '담당자'],
  phone: fieldLabels.phone.filter((l) => /[가-힣]/.test(l))
}

type Column = keyof typeof columnLabels

/** A row of column labels over one row per person, the columns in the order given. */
function labelledRows(people: Person[], seed: number, columns: Column[]): string[] {
  const lines = [columns.map((c, k) => pick(columnLabels[c], seed >> k)).join('\t')]
  let department: string | null = null
  for (const p of people) {
    const cells = columns.map((c) => {
      if (c === 'department') {
        const same = p.department === department
        department = p.department
        return same ? '' : (p.department ?? '')
      }
      if (c === 'phone') return numbers(p, seed)
      return p[c] ?? ''
    })
    lines.push(cells.join('\t'))
  }
  return lines
}

/** A row of column labels (부서 | 직위 | 성명 | 연락처) over a row per person. */
const headerRow: Render = (people, seed) => ({lines: labelledRows(people, seed, ['department', 'title', 'name', 'phone']), contacts: withoutRole(people)})

const orders: Column[][] = [
  ['name', 'title', 'department', 'phone'],
  ['role', 'department', 'name', 'title', 'phone'],
  ['department', 'role', 'title', 'name', 'phone'],
  ['title', 'name', 'phone', 'department']
]

/** Labelled columns in another order, with a 구분 column giving roles in some. */
const headerRowShuffled: Render = (people, seed) => {
  const columns = pick(orders, seed)
  return {lines: labelledRows(people, seed, columns), contacts: columns.includes('role') ? people : withoutRole(people)}
}

/** One person per column, each row labelled in its first cell (구분 | 책임자 | 담당자, 성명 | A | B …). */
const perColumn: Render = (people, seed) => {
  if (people.length > 6) return null
  const withRole = seed % 2 === 0
  const rows: Array<[Column, (p: Person) => string]> = [
    ...(withRole ? [['role', (p: Person) => p.role ?? ''] as [Column, (p: Person) => string]] : []),
    ['department', (p) => p.department ?? ''],
    ['title', (p) => p.title ?? ''],
    ['name', (p) => p.name ?? ''],
    ['phone', (p) => numbers(p, seed)]
  ]
  const lines = rows.map(([c, value], k) => [pick(columnLabels[c], seed >> k), ...people.map(value)].join('\t'))
  return {lines, contacts: withRole ? people : withoutRole(people)}
}

/** Labels of a line of contacts: the lexicon's that are no role words (a role word gives the people a role). */
// Labels that give no role (a role's word, `책임자`, gives the person that role).
const lineLabels = [...contactLineLabels.filter((l) => !/^담당/.test(l) && !/^전화/.test(l) && !roles.includes(l)), '자료 문의', '문 의']

/** One line per person: `담당 : 기획예산과 과장 박세영 (☎ 02-…)`. */
const linePerPerson: Render = (people, seed) => {
  const lab = pick(lineLabels, seed)
  const lines = people.map((p, i) => `${i === 0 ? `${lab} : ` : `${' '.repeat(lab.length + 3)}`}${p.department ?? ''} ${p.title ?? ''} ${p.name ?? ''} ${numbers(p, seed)}`)
  return {lines, contacts: withoutRole(people)}
}

/** One line per unit, the title after the name: `문의 : ○○과 ○○○ 과장(…), ○○○ 사무관(…)`. */
const linePerUnit: Render = (people, seed) => {
  const lab = pick(lineLabels, seed >> 1)
  const lines = units(people).map((unit, i) => {
    const persons = unit.map((p) => `${p.name ?? ''} ${p.title ?? ''}(${p.phone ?? p.email ?? ''})`).join(', ')
    return `${i === 0 ? `${lab} : ` : ''}${unit[0].department ?? ''} ${persons}`
  })
  if (people.some((p) => !p.phone && !p.email)) return null
  return {lines, contacts: withoutRole(people)}
}

/** A head's title glued to the unit it heads (`관광진흥과장`), in the usual table. */
const unitTitle: Render = (people, seed) => {
  let glued = 0
  const lines = standard(people, seed, '담당 부서', (p) => {
    const parts = (p.department ?? '').split(/\s+/)
    const unit = parts[parts.length - 1]
    if (p.title && /^[과팀국실]장$/.test(p.title) && unit.endsWith(p.title[0]) && unit.length >= 3) {
      glued++
      return [p.role ?? '', `${unit}장`, p.name ?? '', numbers(p, seed)]
    }
    return [p.role ?? '', p.title ?? '', p.name ?? '', numbers(p, seed)]
  })
  return glued ? {lines, contacts: people} : null
}

const renders: Record<string, Render> = {
  label,
  'glued-role-title': gluedRoleTitle,
  'merged-role': mergedRole,
  'name-first': nameFirst,
  'no-role': noRole,
  'name-phone-cell': namePhoneCell,
  'header-row': headerRow,
  'header-row-shuffled': headerRowShuffled,
  'per-column': perColumn,
  'line-per-person': linePerPerson,
  'line-per-unit': linePerUnit,
  'unit-title': unitTitle
}

/** The names of the layouts, in order. */
export const layoutNames = Object.keys(renders).map((n) => `contacts:${n}`)

/** Where the contact table stands in a release's text: from its `담당 부서` row to its last row. */
function tableAt(lines: string[]): [number, number] | null {
  const starts = lines.flatMap((line, i) => (/^담당\s*부서/.test(line) && line.includes('\t') ? [i] : []))
  if (starts.length !== 1) return null
  const start = starts[0]
  let end = start + 1
  while (end < lines.length && /^\t/.test(lines[end]) && lines[end].trim()) end++
  return [start, end]
}

function seedOf(id: string): number {
  let h = 11
  for (let i = 0; i < id.length; i++) h = (h * 33 + id.charCodeAt(i)) >>> 0
  return h >>> 3
}

/**
 * Every layout of a release's contact table that can be printed faithfully: the release has one
 * table of the usual shape, and its people have no group, a name, and a number or an e-mail.
 */
export function contactLayouts(text: string, id: string, people: Person[]): Layout[] {
  if (!splitRelease(text)) return []
  if (people.length === 0 || people.some((p) => p.group || !p.name || (!p.phone && !p.email))) return []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const at = tableAt(lines)
  if (!at) return []
  const seed = seedOf(id)
  const out: Layout[] = []
  for (const [name, render] of Object.entries(renders)) {
    const made = render(people, seed)
    if (!made) continue
    const printed = [...lines.slice(0, at[0]), ...made.lines, ...lines.slice(at[1])].join('\n')
    out.push({name: `contacts:${name}`, text: printed, contacts: made.contacts})
  }
  return out
}
