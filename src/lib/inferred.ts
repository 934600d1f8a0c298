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

const first = (list: readonly Position[] | undefined) => (list && list.length ? list[0] : undefined)

/** The contacts' values printed once for several people, or taken from a label over them. */
export function inferContacts(contacts: T.Contact[], people: PersonNode[], inferred: T.Inferred[], notes: FieldNote[] | null): void {
  const departments = new Set<number>()
  const roles = new Set<number>()
  let block: Contacts | null = null
  let rows: Rows | null = null
  for (let i = 0; i < people.length; i++) {
    const contact = contacts[i]
    // Only a person with a department or role can have one carried (their places are found for the whole block when first asked).
    if (contact.department === null && contact.role === null) continue
    const person = people[i]
    const spans = person.node instanceof LazyContact ? person.node.headSpans : person.node.spans
    const department = first(spans.department)
    if (contact.department !== null && department) {
      const at = startOffset(department)
      if (departments.has(at)) {
        inferred.push({path: `contacts[${i}].department`, rule: 'department-carried'})
        notes?.push({ruleId: 'department-carried', path: `contacts[${i}].department`, place: undefined, args: [contact.name ?? '?', contact.department]})
      } else departments.add(at)
    }
    const role = first(spans.role)
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
      carried = isLabelRow(rows, at, first(spans.name))
    }
    if (carried) {
      inferred.push({path: `contacts[${i}].role`, rule: 'role-from-label'})
      notes?.push({ruleId: 'role-from-label', path: `contacts[${i}].role`, place: undefined, args: [contact.name ?? '?', contact.role]})
    }
  }
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
    const name = first(node.spans.name)
    const speaker = first(node.spans.speaker)
    const quote = quotes[i]
    if (!name || !speaker || quote.name === null) return
    if (startOffset(name) >= startOffset(speaker) && endOffset(name) <= endOffset(speaker)) return
    inferred.push({path: `body.quotes[${i}].name`, rule: 'speaker-name-resolved'})
    notes?.push({ruleId: 'speaker-name-resolved', path: `body.quotes[${i}].name`, place: undefined, args: [quote.speaker ?? '?', quote.name]})
  })
}
