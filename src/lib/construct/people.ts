import type {Position} from 'unist'
import type {Contact, ContactKey, Contacts, Field, TableCell} from '../../types.js'
import type {Context} from '../context.js'
import {copyPosition} from '../context.js'
import {append, lastOf} from '../arrays.js'
import {LazyContact, Once} from '../lazy-nodes.js'
import {isDepartmentText} from './contacts.js'
import {fieldOfLabel, hasFamilyName, isLabelWords, isOrganisationName, isRoleWord, isTitle, remembered, roleWithTitle, splitRoleTitle, splitUnitTitle} from '../words.js'
import {alternation, divisionEnds, escape, headRoleLabels, headTitleEnds, officeNamingTitles} from '../lexicon.js'

/*
 * The people of a contact block: its fields (read by `contacts.ts`) assembled into one `contact`
 * node per person, row by row, column by column (a table of one person per column), or in the
 * order PDF text gives a table read column by column.
 */

/** What is known of one person. */
export type Person = Omit<Contact, 'type' | 'spans'>

/** A contact block with a `contact` node per person after its rows (nodes made from fields, so without a position of their own). */
export function withPeople(ctx: Context, node: Contacts): Contacts {
  if (ctx.locator.lazy) {
    // parse()'s own tree, which only the typed object reads: the spans are found when first read.
    const people = readContacts(node, ctx.text)
    const fields = new Once(() => sources(node, (field) => ctx.text.of(field)))
    const all = new Once(() => spansFor(fields.get(), people))
    // The typed object asks where each person's role and department were read (what was printed once for several), found from the name, phone or e-mail.
    const few = new Once(() => spansFor(fields.get(), people, headKeys))
    people.forEach((person, index) => node.children.push(new LazyContact(person, all, index, few)))
    return node
  }
  // Each field's text, read once: the people are assembled from them, and their spans found by them.
  const texts = new Map<Field, string>()
  const fields = sources(node, (field) => {
    const value = ctx.text.of(field)
    texts.set(field, value)
    return value
  })
  const people = readContacts(node, {of: (field) => texts.get(field) ?? ctx.text.of(field)})
  const all = spansFor(fields, people)
  people.forEach((person, index) => node.children.push({type: 'contact', ...person, spans: all[index]}))
  return node
}

/** The fields of a contact block in order, with their texts. */
function sources(node: Contacts, textOf: (field: Field) => string): Source[] {
  const fields: Source[] = []
  const add = (field: Field) => fields.push({field, text: textOf(field), at: fields.length})
  for (const row of node.children) {
    if (row.type === 'paragraph') {
      for (const f of row.children) if (f.type === 'field') add(f)
    } else if (row.type === 'tableRow') {
      for (const cell of row.children) {
        if (cell.type !== 'tableCell' || !cell.children) continue
        for (const f of cell.children) if (f.type === 'field') add(f)
      }
    }
  }
  return fields
}

/** Where each person's values were read, in order, from the block's fields. */
function spansFor(fields: Source[], people: Person[], keys: readonly ContactKey[] = spanKeys): Array<Contact['spans']> {
  const byKey = new Map<string, Source[]>()
  for (const source of fields) {
    const name = source.field.name
    // Compared as the person's values are: a phone by its digits, a group without its brackets, others without spaces.
    source.text = name === 'phone' ? digits(source.text) : squash(name === 'group' ? source.text.replace(bracket, '') : source.text)
    const list = byKey.get(name)
    if (list) list.push(source)
    else byKey.set(name, [source])
  }
  const cursors = new Map<string, number>()
  return people.map((person) => spansOf(person, byKey, cursors, keys))
}

/** The values whose places are found, in order: the name first, the anchor of the others. */
const spanKeys = ['name', 'phone', 'email', 'title', 'role', 'department', 'group'] as const
const headKeys = ['name', 'phone', 'email', 'role', 'department'] as const

/** What reads a field's text. */
interface Texts {
  of(field: Field): string
}

const squash = (value: string) => (/\s/.test(value) ? value.replace(/\s+/g, '') : value)
const digits = (value: string) => value.replace(/[^\d*]/g, '')
/** The brackets around a group's name (`<총괄>`, `【협조】`), and a Markdown heading's marks before them. */
const bracket = /^(?:#{1,6}\s+)?[<【[]\s*|(?<!\s)\s*[>】\]]$/g

/** A field a value may have been read from: its text as compared, and its place among the block's fields. */
interface Source {
  field: Field
  text: string
  at: number
}

/** How many fields of one kind a person's value is looked for among, on each side: people are read in order. */
const window = 32

/**
 * Where a person's values were read: for each, the fields of its kind whose text it holds (or
 * that hold it: a glued title, a phone's last digits after the one before). A name, phone and
 * e-mail are each one person's, taken in order; a title, role, department or group shared by
 * several people is the printing of it nearest the person's name. Each search looks at a few
 * fields only, so a table of thousands of people costs no search of every field for each.
 */
function spansOf(person: Person, byKey: Map<string, Source[]>, cursors: Map<string, number>, keys: readonly ContactKey[]): Contact['spans'] {
  const spans: Contact['spans'] = {}
  let anchor = -1
  for (const key of keys) {
    const value = person[key]
    const list = byKey.get(key)
    if (value === null || !list) continue
    const want = key === 'phone' ? digits(value) : squash(value)
    const holds = (have: string) => have !== '' && (want.includes(have) || have.includes(want))
    const chosen: Field[] = []
    if (key === 'name' || key === 'phone' || key === 'email') {
      const from = cursors.get(key) ?? 0
      for (let k = from; k < list.length && k < from + window; k++) {
        if (!holds(list[k].text)) continue
        chosen.push(list[k].field)
        cursors.set(key, k + 1)
        if (anchor < 0) anchor = list[k].at
        break
      }
    } else {
      // The fields of this kind around the anchor, the nearest printing of each text.
      let low = 0
      let high = list.length
      while (low < high) {
        const mid = (low + high) >> 1
        if (list[mid].at < anchor) low = mid + 1
        else high = mid
      }
      const nearest = new Map<string, {field: Field; distance: number; at: number}>()
      for (let k = Math.max(0, low - window); k < list.length && k < low + window; k++) {
        if (!holds(list[k].text)) continue
        const distance = anchor < 0 ? k : Math.abs(list[k].at - anchor)
        const before = nearest.get(list[k].text)
        if (!before || distance < before.distance) nearest.set(list[k].text, {field: list[k].field, distance, at: list[k].at})
      }
      for (const found of [...nearest.values()].sort((x, y) => x.at - y.at)) chosen.push(found.field)
    }
    const positions: Position[] = []
    for (const field of chosen) {
      const position = copyPosition(field.position)
      if (position) positions.push(position)
    }
    if (positions.length) spans[key] = positions
  }
  return spans
}

/** Whether a phone field is only the start of a number (`(044)`, `044-202-`): its rest is in the row below. */
function isPhoneHead(value: string): boolean {
  if (value.length > 10) return false
  const digits = value.replace(/\D/g, '')
  return digits.length <= 7 && /^\(?0/.test(value) && (digits.length <= 4 || /[-.]$/.test(value))
}

/** The length of a unit's department kept: names run to a few dozen chars (`고용노동부 고용서비스정책관 고용지원실업급여과`). */
const maxDepartmentLength = 160

/** A division, the unit under a bureau: `…과`, `…팀`, `…담당관`. */
const division = new RegExp(`(?:${alternation(divisionEnds, escape)})$`)

/** Whether a field is a phone or an email. */
function isNumber(field: Field | undefined): boolean {
  return field !== undefined && (field.name === 'phone' || field.name === 'email')
}

/** A role one person holds: the head (`책임자`, `담당과장`, `담당팀장`). */
const headRole = new RegExp(`책임자|^(?:${alternation(headRoleLabels, escape)})$`)

/**
 * The rows of a contact block as cells: a table row's cells; in the lines form (a cell a line), a
 * line holding a label alone and the lines of values after it, as one row.
 */
function byRowLabel(node: Contacts): TableCell[][] {
  const out: TableCell[][] = []
  let open: TableCell[] | null = null
  for (const row of node.children) {
    if (row.type !== 'tableRow') continue
    const cells = row.children.filter((c): c is TableCell => c.type === 'tableCell')
    const fields = cells.flatMap((c) => (c.children ?? []).filter((f) => f.type === 'field'))
    if (cells.length !== 1) {
      open = null
      out.push(cells)
    } else if (fields.length === 1 && fields[0].name === 'label') {
      open = [...cells]
      out.push(open)
    } else if (open) append(open, cells)
    else out.push(cells)
  }
  return out
}

/**
 * A table of one person per column: rows labelled in their first cell (`성명 | A | B`), each
 * field of one kind. Null when the contacts are not such a table.
 */
function readByColumn(node: Contacts, text: Texts): Person[] | null {
  const columns: Array<Partial<Record<Field['name'], string[]>>> = []
  let labelled = 0
  for (const row of byRowLabel(node)) {
    const cells = row
    const head = cells[0]?.children?.filter((f) => f.type === 'field') ?? []
    if (head.length !== 1 || head[0].name !== 'label') continue
    const kinds = new Set<string>()
    cells.slice(1).forEach((cell, c) => {
      const column = (columns[c] ??= {})
      for (const f of cell.children ?? []) {
        if (f.type !== 'field') continue
        // A field whose text is nothing once cleaned (control chars alone) gives no value.
        const value = text.of(f)
        if (!value) continue
        kinds.add(f.name)
        ;(column[f.name] ??= []).push(value)
      }
    })
    // A row of names and numbers together is a row per person, not a field per row.
    if (kinds.has('name') && (kinds.has('phone') || kinds.has('email'))) return null
    if (kinds.size) labelled++
  }
  if (labelled < 3 || !columns.some((c) => c.name)) return null
  const out: Person[] = []
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

/**
 * The people of a contact block, by the reading that checks best: by column (rows labelled in
 * their first cell), column by column (PDF text), or in the order printed. The reading the
 * block's shape suggests is tried first; another is taken only when its people hold better
 * (names that read as names, a number each, departments free of titles and roles). What still
 * reads with doubt is reported once the typed object is read.
 */
function readContacts(node: Contacts, text: Texts): Person[] {
  const byColumn = hasRowLabels(node) ? readByColumn(node, text) : null
  const {people, major, majorFirst} = readInOrder(node, text)
  const readings: Array<Person[] | null | (() => Person[] | null)> = byColumn ? [byColumn, people, major] : majorFirst ? [major, people] : [people, major]
  const read = (reading: Person[] | null | (() => Person[] | null)) => (typeof reading === 'function' ? reading() : reading)
  let best = read(readings[0]) ?? []
  let bestScore = score(best)
  // A reading whose every person has a name and a number and no doubt holds: no other is read.
  const holds = best.length > 0 && bestScore === 2 * best.length
  for (const candidate of holds ? [] : readings.slice(1)) {
    const reading = read(candidate)
    if (!reading) continue
    // Another reading must hold clearly better (a person more, or two doubts fewer).
    const value = score(reading)
    if (value > bestScore + 1) {
      best = reading
      bestScore = value
    }
  }
  const repaired = new Set<string>()
  best = best.map((person) => {
    // The department cell is printed once, in its first person's row: a title in it is that person's.
    const first = person.department !== null && !repaired.has(person.department)
    if (person.department !== null) repaired.add(person.department)
    return repair(person, first)
  })
  return best
}

/**
 * A person whose department ends with what a cell beside it should have held (`기획과 과장`, a
 * role `책임자`), read again: the title or role goes to its field when that field is empty.
 */
function repair(person: Person, first: boolean): Person {
  // A role glued to the title (`담당자사무관`) read as the title.
  const glued = person.title && !isTitle(person.title) ? splitRoleTitle(person.title) : null
  if (glued) person = {...person, role: glued.role, title: glued.title}
  if (!person.department) return person
  const words = person.department.split(/\s+/)
  let {title, role} = person
  let moved = false
  while (words.length > 1) {
    const last = words[words.length - 1]
    if (isPersonalTitle(last)) {
      words.pop()
      if (title === null && first) title = last
    } else if (isRoleWord(last)) {
      words.pop()
      if (role === null && first) role = last
    } else break
    moved = true
  }
  if (!moved) return person
  return {group: person.group, department: words.join(' '), role, title, name: person.name, phone: person.phone, email: person.email}
}

/** Whether three rows of the block or more open with a label alone (`성명 | …`, or a line `성명`): it may be a table of one person per column. */
function hasRowLabels(node: Contacts): boolean {
  let labelled = 0
  for (const row of node.children) {
    if (row.type !== 'tableRow') continue
    const first = row.children.find((c) => c.type === 'tableCell')
    if (first?.type !== 'tableCell' || !first.children) continue
    let fields = 0
    let label = false
    for (const f of first.children) {
      if (f.type !== 'field') continue
      fields++
      if (f.name === 'label') label = true
    }
    if (label && fields === 1 && ++labelled >= 3) return true
  }
  return false
}

/** Titles that name an office (`정책관`, `담당관`). */
const officeNaming = new RegExp(`(?:${alternation(officeNamingTitles, escape)})$`)

/** A grade or a head's title (`과장`, `사무관`, `총경`), as no unit's name ends: not a post that names an office (`정책관`, `담당관`). */
function isPersonalTitle(word: string): boolean {
  return isTitle(word) && !officeNaming.test(word)
}

/** The doubts found of a person, read once. */
const doubtsOf = new WeakMap<Person, Array<{field: 'name' | 'department' | 'title'; value: string}>>()

/** What in a person's reading breaks what a contact holds: a name that is no name, a department holding a title, role or label, a title that is none. */
/** What in a person's reading breaks what a contact holds (the typed contacts are checked with it). */
export function doubts(person: Person): Array<{field: 'name' | 'department' | 'title'; value: string}> {
  const known = doubtsOf.get(person)
  if (known) return known
  const out: Array<{field: 'name' | 'department' | 'title'; value: string}> = []
  doubtsOf.set(person, out)
  const name = person.name
  if (name && !isPlausibleName(name)) out.push({field: 'name', value: name})
  if (person.department && isDoubtfulDepartment(person.department)) out.push({field: 'department', value: person.department})
  if (person.title && !isTitle(person.title) && roleWithTitle(person.title) === null) out.push({field: 'title', value: person.title})
  return out
}

/** Whether a department holds a word no unit's name holds: a personal title, a role, a label. */
const isDoubtfulDepartment = remembered((department: string) => department.split(/\s+/).some((w) => isPersonalTitle(w) || isRoleWord(w) || (isLabelWords(w) && !isOrganisationName(w))))

/** Whether a name reads as a person's: two to five Hangul letters, or Latin words, that are no title, role, label or unit. */
const isPlausibleName = remembered(plausibleName)

function plausibleName(name: string): boolean {
  if (/^[A-Za-z][A-Za-z .'-]{1,40}$/.test(name)) return true
  if (!/^[가-힣]{2,5}$/.test(name) || !hasFamilyName(name)) return false
  return !isTitle(name) && !isRoleWord(name) && !isLabelWords(name) && !isDepartmentText(name)
}

/** How well a reading holds: two for each person with a name and a number, less one for each doubt. */
function score(people: Person[]): number {
  let value = 0
  for (const person of people) {
    if (person.name && (person.phone || person.email) && isPlausibleName(person.name)) value += 2
    value -= doubts(person).length
  }
  return value
}

/** The people of a block read in the order its fields are printed, and column by column (PDF text); `majorFirst` when the block's shape says it was read column by column. */
function readInOrder(node: Contacts, text: Texts): {people: Person[]; major: () => Person[] | null; majorFirst: boolean} {
  interface Unit {
    group: string | null
    departments: string[]
    /** The length of the departments joined. */
    length: number
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
      const rowFields: Array<{field: Field; row: number; cell: number; first: boolean}> = []
      row.children.forEach((cell, c) => {
        if (cell.type !== 'tableCell' || !cell.children) return
        for (const f of cell.children) if (f.type === 'field') rowFields.push({field: f, row: r, cell: c, first: c === firstCell})
      })
      for (const f of inPersonOrder(rowFields)) fields.push(f)
    } else if (row.type === 'paragraph') {
      // A sentence: "… 과장 홍길동(044-…)에게 연락주시기 바랍니다"
      let cell = 0
      for (const f of row.children) if (f.type === 'field') fields.push({field: f, row: r, cell: cell++, sentence: true})
    }
  })
  inLabelledColumnOrder(fields, text)
  const majorFirst = isColumnMajor(fields)
  // Read column by column only when asked (the reading the block's shape suggests may hold).
  const major = () => (fields.some((f) => f.field.name === 'name') ? columnMajor(fields, text) : null)
  const contacts: Person[] = []
  let unit: Unit = {group: null, departments: [], length: 0, firstRole: null, block: {organisation: null}}
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
  // Roles listed in one cell, for the people after them in order.
  const queuedRoles: string[] = []
  // The row of the last table-start label in a first cell (`담당 부서`).
  let labelRow = -2
  // Whether the titles held are left over from a list, one for each name to come.
  let titlesCarried = false
  // The start of a number broken at a cell's end, waiting for its rest in the row below.
  let brokenPhone: {head: string; contact: number} | null = null

  // A unit's department may be printed over two rows: it is read when the table ends.
  const owners: Array<{unit: Unit; previous: string | null; previousGroup: string | null}> = []
  const emit = (title: string | null, name: string | null, phone: string | null, email: string | null, row: number) => {
    // Roles listed in one cell (`책임자 담당자`) go to the people after them in order.
    if (queuedRoles.length > 0) role = queuedRoles.shift()!
    // A second person under a head's role, on a row of their own with no role printed, has none.
    const own = roleTaken && row !== lastRoleRow && role !== null && headRole.test(role) && queuedRoles.length === 0 ? null : role
    roleTaken = true
    // A role with its title glued (`담당사무관 : 홍길동`) gives the title no cell printed.
    contacts.push({group: null, department: null, role: own, title: title ?? (own ? (roleWithTitle(own)?.title ?? null) : null), name, phone, email})
    owners.push({unit, previous: previousDepartment, previousGroup})
    unitHasPeople = true
  }
  const flushPending = () => {
    for (const p of pendingNames) {
      emit(p.title, p.name, null, null, p.row)
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
    unit = {group: null, departments: [], length: 0, firstRole: null, block: unit.block}
    unitHasPeople = false
  }
  const nextRole = (from: number): string | null => {
    for (let k = from; k < fields.length; k++) {
      const f = fields[k].field
      if (f.name === 'role') return text.of(f).replace(/\s+/g, '')
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
    const value = text.of(field)
    // A field whose text is nothing once cleaned (control chars alone) gives no value.
    if (!value) return
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
        const g = value.replace(bracket, '').trim()
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
            unit.length += value.length + 1
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
        // The unit's name printed again beside each of its people (`담당자 | 제도기획과 | …`) is one name.
        if (unit.departments.length > 0 && unit.departments[unit.departments.length - 1] === value) break
        // A unit's name is a few parts (bureau, division, team); words past a long name are not
        // (and every person of the unit would repeat them).
        if (unit.length + value.length <= maxDepartmentLength) {
          unit.departments.push(value)
          unit.length += value.length + 1
        }
        break
      }
      case 'role': {
        // A second role word in a row that is a title too (`담당자 | 담당 | 이혜지`) is the person's
        // title; one that is no title (`담당과장 | … | 담당자 | …`) is the next person's role.
        if (row === lastRoleRow && role !== null && !names.length && isTitle(value)) {
          titles.push(value.replace(/\s+/g, ''))
          break
        }
        // A second role in the role's own cell (`책임자 담당자`): roles listed for the people after them.
        const previous = fields[k - 1]
        if (previous && previous.field.name === 'role' && previous.row === row && previous.cell === cell && role !== null && !names.length) {
          if (queuedRoles.length === 0) queuedRoles.push(role)
          queuedRoles.push(value.replace(/\s+/g, ''))
          break
        }
        queuedRoles.length = 0
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
        // So may a line of its own (a cell a line): one name with no title yet, then its title, then its number.
        const afterName =
          sentence ||
          (row === lastNameRow && cell === lastNameCell && isNumber(fields[k + 1]?.field)) ||
          (names.length === 1 && titles.length === 0 && isNumber(fields[k + 1]?.field)) ||
          // or a list of people, each name before its title (`구진경 과장 김태우 서기관`).
          (names.length === 1 && titles.length === 0 && row === lastNameRow && cell === lastNameCell && fields[k + 1]?.field.name === 'name')
        if (names.length && !afterName) closePerson()
        const piece = value.replace(/\s+/g, '')
        // One-syllable pieces are one spaced title (`과` `장`); whole titles are a list.
        if (titles.length && piece.length === 1 && titles[titles.length - 1].length === 1) titles[titles.length - 1] += piece
        else if (titles.length && piece.length === 1 && /^[가-힣]$/.test(titles[titles.length - 1].slice(-1)) && titleSpaced && !isTitle(titles[titles.length - 1])) titles[titles.length - 1] += piece
        else titles.push(piece)
        titleSpaced = piece.length === 1
        break
      }
      case 'name': {
        const sameCell = row === lastNameRow && cell === lastNameCell
        // A name after a name and its title (`구진경 과장 김태우 서기관`) is the next person's.
        if (names.length && (!sameCell || fields[k - 1]?.field.name === 'title')) closePerson()
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
  const people = contacts.map((c, i) => {
    const {unit: u, previous, previousGroup: g} = owners[i]
    let department = u.departments.length ? u.departments.join(' ') : previous
    if (u.block.organisation) department = department ? `${u.block.organisation} ${department}` : u.block.organisation
    let title = c.title
    // `청년정책총괄과장`: the unit joins the department, the title is `과장`.
    const glued = title ? splitUnitTitle(title) : null
    if (glued) {
      gluedUnits.set(u, glued.unit)
      title = glued.title
    }
    const unitName = gluedUnits.get(u)
    if (unitName) department = department ? `${department} ${unitName}` : unitName
    // Written out rather than spread (a spread copies slowly); the key order is the emitted one.
    return {group: u.group ?? g, department, role: c.role, title, name: c.name, phone: c.phone, email: c.email}
  })
  return {people, major, majorFirst}
}

/** The order of a person's fields, as the usual table prints them: labels, group, department, role, title, name, numbers. */
const fieldRank: Record<Field['name'], number> = {label: 0, group: 1, department: 2, role: 3, title: 4, name: 5, phone: 6, email: 7}

/**
 * A table row of one person (its name in one cell) in the usual order of fields, whatever the
 * order of its columns (`성명 | 직위 | 부서 | 연락처`, the name before the title): the columns
 * are read by what they hold. Fields of one kind keep their order; rows naming several people,
 * or none, are left as printed.
 */
function inPersonOrder<T extends {field: Field; cell: number}>(fields: T[]): T[] {
  let nameCell = -1
  for (const f of fields) {
    if (f.field.name !== 'name') continue
    if (nameCell >= 0 && f.cell !== nameCell) return fields
    nameCell = f.cell
  }
  if (nameCell < 0) return fields
  // Titles in the name's own cell stay where they stand (`김민수 사무관(☎ …)` is read as printed).
  if (fields.some((f) => f.cell === nameCell && f.field.name === 'title')) return fields
  return fields
    .map((f, index) => ({f, index}))
    .sort((a, b) => fieldRank[a.f.field.name] - fieldRank[b.f.field.name] || a.index - b.index)
    .map((x) => x.f)
}

/**
 * The lines form of a table under a row of column labels (`부서`, `직위`, `성명`, `연락처`, a line
 * each, then the cells a line each, empty ones left out): the cells after the labels are cut into
 * one person's each where the columns' order starts again, and each person's read in the usual
 * order of fields. In place; a block with no such labels is left as it is.
 */
function inLabelledColumnOrder(fields: Array<{field: Field; row: number; cell: number}>, text: Texts): void {
  let at = 0
  while (at < fields.length) {
    // A run of labels, one a row.
    let end = at
    const order: string[] = []
    while (end < fields.length && fields[end].field.name === 'label' && (end === at || fields[end].row !== fields[end - 1].row)) {
      const value = text.of(fields[end].field)
      order.push(fieldOfLabel(value) ?? (isRoleWord(value) ? 'name' : '?'))
      end++
    }
    if (order.length < 3 || order.includes('?') || !order.includes('name')) {
      at = end > at ? end : at + 1
      continue
    }
    const column = (name: Field['name']) => {
      const want = name === 'email' && !order.includes('email') ? 'phone' : name
      return order.indexOf(want)
    }
    // The cells after the labels, a person each time the columns' order starts again.
    let k = end
    const records: Array<typeof fields> = []
    let last = Infinity
    while (k < fields.length && fields[k].field.name !== 'label' && fields[k].field.name !== 'group') {
      const c = column(fields[k].field.name)
      if (c < 0) break
      const sameCell = k > end && fields[k].row === fields[k - 1].row && fields[k].cell === fields[k - 1].cell
      if (!sameCell && c <= last) records.push([])
      records[records.length - 1].push(fields[k])
      last = c
      k++
    }
    const ordered = records.flatMap((record) => inPersonOrder(record.map((f) => ({...f, cell: f.row}))).map((f) => record.find((r) => r.field === f.field)!))
    for (let o = 0; o < ordered.length; o++) fields[end + o] = ordered[o]
    at = k
  }
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

const headTitle = new RegExp(`(?:${alternation(headTitleEnds, escape)})$`)

/** Assemble a table read column by column: departments, roles, titles, then people with phones. */
function columnMajor(fields: Array<{field: Field; row: number; cell: number}>, text: Texts): Person[] {
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
    const value = text.of(field).replace(/\s+/g, ' ')
    if (!value) continue
    const at = `${row}:${cell}`
    switch (field.name) {
      case 'group':
        group ??= value.replace(bracket, '').trim()
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
        // A lone letter is no name: the first piece of a spaced name (`김 곤`) broken over lines, joined with the next.
        if (names.length && at !== nameAt && !(names.length === 1 && names[0].length === 1 && value.replace(/\s+/g, '').length <= 3)) {
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

