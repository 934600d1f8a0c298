import type {Position} from 'unist'
import type {FieldNote} from '../messages.js'
import type * as T from '../press-release.js'
import type {Contact, Contacts, Node, Quote} from '../types.js'
import {endOffset, startOffset} from './locate.js'
import {LazyContact} from './lazy-nodes.js'

/*
 * Values the tree's people and quotations hold that were inferred rather than read where they
 * stand: a department or role printed once for several people (a merged cell, a column's
 * label), a speaker's name printed before the quotation (`황 장관` is the `황인권` named earlier).
 * Told by where each value was read (`spans`).
 */

type AnyNode = Node & {children?: AnyNode[]; name?: string}

/** A person of the tree, with the block it was read in. */
export interface PersonNode {
  node: Contact
  block: Contacts
}

const firstOf = (list: readonly Position[] | undefined) => (list && list.length ? list[0] : undefined)

/** The contacts' values printed once for several people, or taken from a label over them. */
export function inferContacts(contacts: T.Contact[], people: PersonNode[], inferred: T.Inferred[], notes: FieldNote[] | null): void {
  const departments = new Set<number>()
  const roles = new Set<number>()
  let block: Contacts | null = null
  let rows: Rows | null = null
  let seen: Contacts | null = null
  // Per block: the values printed once for several people, when that is told without places (null: it is not).
  let once: Set<string> | null = null
  const first = new Set<string>()
  for (let i = 0; i < people.length; i++) {
    const contact = contacts[i]
    // Only a person with a department or role can have one carried (their places are found for the whole block when first asked).
    if (contact.department === null && contact.role === null) continue
    const person = people[i]
    if (person.block !== seen) {
      seen = person.block
      once = printedOnce(person.block, contacts, people, i)
      first.clear()
    }
    if (once) {
      for (const [key, value, path, rule] of [
        ['department', contact.department, 'department', 'department-carried'],
        ['role', contact.role, 'role', 'role-from-label']
      ] as const) {
        if (value === null) continue
        const at = key + ' ' + (key === 'department' ? firstPart(value) : squashed(value))
        if (!once.has(at)) continue
        if (!first.has(at)) {
          first.add(at)
          continue
        }
        inferred.push({path: `contacts[${i}].${path}`, rule})
        notes?.push({ruleId: rule, path: `contacts[${i}].${path}`, place: undefined, args: [contact.name ?? '?', value]})
      }
      continue
    }
    const spans = person.node instanceof LazyContact ? person.node.headSpans : person.node.spans
    const department = firstOf(spans.department)
    if (contact.department !== null && department) {
      const at = startOffset(department)
      if (departments.has(at)) {
        inferred.push({path: `contacts[${i}].department`, rule: 'department-carried'})
        notes?.push({ruleId: 'department-carried', path: `contacts[${i}].department`, place: undefined, args: [contact.name ?? '?', contact.department]})
      } else departments.add(at)
    }
    const role = firstOf(spans.role)
    if (contact.role === null || !role) continue
    const at = startOffset(role)
    let carried = roles.has(at)
    roles.add(at)
    if (!carried) {
      if (person.block !== block) {
        block = person.block
        rows = null
      }
      rows ??= rowsOf(block)
      carried = isLabelRow(rows, at, firstOf(spans.name))
    }
    if (carried) {
      inferred.push({path: `contacts[${i}].role`, rule: 'role-from-label'})
      notes?.push({ruleId: 'role-from-label', path: `contacts[${i}].role`, place: undefined, args: [contact.name ?? '?', contact.role]})
    }
  }
}

/** A department's first part (`국립고궁박물관 전시홍보과`: `국립고궁박물관`). */
const firstPart = (value: string) => {
  const space = value.indexOf(' ')
  return space < 0 ? value : value.slice(0, space)
}
const squashed = (value: string) => (/\s/.test(value) ? value.replace(/\s+/g, '') : value)

/**
 * The departments and roles (`department 기획과`, `role 담당자`) the people of a block, from
 * `from` on, hold and the block prints once for several of them: each person after the first
 * holding one has it carried. Null when that cannot be told without the places each value was
 * read from: a value printed more than once yet fewer times than people hold it, a department
 * joined from parts, or a row of labels that holds a role.
 */
function printedOnce(block: Contacts, contacts: T.Contact[], people: PersonNode[], from: number): Set<string> | null {
  const held = new Map<string, number>()
  for (let i = from; i < people.length && people[i].block === block; i++) {
    const {department, role} = contacts[i]
    if (department !== null) {
      // A department joined from parts (`국립고궁박물관 전시홍보과`) is told by its first.
      const key = 'department ' + firstPart(department)
      held.set(key, (held.get(key) ?? 0) + 1)
    }
    if (role !== null) {
      const key = 'role ' + squashed(role)
      held.set(key, (held.get(key) ?? 0) + 1)
    }
  }
  const printed = new Map<string, number>()
  for (const row of block.children) {
    if (row.type === 'contact') continue
    let fields = 0
    let named = false
    let roles = false
    // A row's fields: in a paragraph, or in a table row's cells.
    for (const child of ((row as AnyNode).children ?? []) as AnyNode[]) {
      const list = child.type === 'tableCell' ? (child.children ?? []) : [child]
      for (const node of list) {
        if (node.type !== 'field') continue
        fields++
        if (node.name === 'name') named = true
        else if (node.name === 'department' || node.name === 'role') {
          if (node.name === 'role') roles = true
          let text = ''
          for (const leaf of node.children ?? []) text += (leaf as {value?: string}).value ?? ''
          const key = node.name + ' ' + squashed(text)
          printed.set(key, (printed.get(key) ?? 0) + 1)
        }
      }
    }
    if (roles && !named && fields >= 2) return null
  }
  const once = new Set<string>()
  for (const [key, count] of held) {
    const times = printed.get(key) ?? 0
    if (times >= count) continue
    if (times !== 1) return null
    once.add(key)
  }
  return once
}

/** The rows of a contact block: where each starts and ends, its fields, and whether one is a name. */
type Rows = Array<{from: number; to: number; fields: number; named: boolean}>

function rowsOf(block: Contacts): Rows {
  const out: Rows = []
  for (const row of block.children) {
    if (row.type === 'contact' || !row.position) continue
    const facts = {from: startOffset(row.position), to: endOffset(row.position), fields: 0, named: false}
    const count = (node: AnyNode): void => {
      if (node.type === 'field') {
        facts.fields++
        if (node.name === 'name') facts.named = true
        return
      }
      for (const child of node.children ?? []) count(child)
    }
    count(row as AnyNode)
    out.push(facts)
  }
  return out
}

/**
 * Whether the row holding offset `at` is a row of labels over the people (`| 책임자 | 담당자 |`):
 * two fields or more, no name, and not the row of the person's name.
 */
function isLabelRow(rows: Rows, at: number, name: Position | undefined): boolean {
  for (const row of rows) {
    if (at < row.from || at >= row.to) continue
    if (name && startOffset(name) >= row.from && startOffset(name) < row.to) return false
    return !row.named && row.fields >= 2
  }
  return false
}

/** Speakers' names taken from a full name printed before the quotation. */
export function inferQuotes(quotes: T.Quote[], nodes: Quote[], inferred: T.Inferred[], notes: FieldNote[] | null): void {
  nodes.forEach((node, i) => {
    const name = firstOf(node.spans.name)
    const speaker = firstOf(node.spans.speaker)
    const quote = quotes[i]
    if (!name || !speaker || quote.name === null) return
    if (startOffset(name) >= startOffset(speaker) && endOffset(name) <= endOffset(speaker)) return
    inferred.push({path: `body.quotes[${i}].name`, rule: 'speaker-name-resolved'})
    notes?.push({ruleId: 'speaker-name-resolved', path: `body.quotes[${i}].name`, place: undefined, args: [quote.speaker ?? '?', quote.name]})
  })
}
