import type {Distribution, Embargo, Header, Kind, Label, Paragraph, Text} from '../../types.js'
import {copyPosition, span, text, type Context} from '../context.js'
import {findDates, findTimes} from '../date.js'
import {
  channelPattern,
  distributionLabelPattern,
  editionPattern,
  embargoLabelPattern,
  immediatePattern,
  innerDistributionPattern,
  kindAtEnd
} from '../patterns.js'
import type {Row} from '../reader.js'
import {lastOf, append} from '../arrays.js'

type Target = 'embargo' | 'distribution'

interface Piece {
  type: 'kind' | 'label' | 'value' | 'residue'
  target?: Target
  start: number
  end: number
  text: string
}

/** How far the header reaches and what it holds. */
export interface HeaderScan {
  /** Index of the first row after the header (where the title starts). */
  end: number
  node: Header | null
}

const maxHeaderRows = 24

/** Whether `text` reads as a header value: a date, a time, `배포 즉시`, an edition, a channel. */
export function isHeaderValue(text: string): boolean {
  if (text.length > 90) return false
  if (/^[/|~\-–·]+$/.test(text)) return true
  channelPattern.lastIndex = 0
  if (channelPattern.test(text)) return true
  if (immediatePattern.test(text) && text.length < 40) return true
  if (editionPattern.test(text) && text.length < 50) return true
  const dates = findDates(text)
  if (dates.length > 0) {
    // A header value is mostly date: little other prose around it.
    const rest = text.replace(/\d|[.()<>:~\-/\s월화수목금토일요년시분오전후낮밤조석간이후까지부터]/g, '')
    return rest.length <= 12
  }
  const times = findTimes(text)
  return times.length > 0 && text.length < 30
}

/** Split one cell into pieces: a label at its start, its value, and an inner `배포` label. */
function cellPieces(cellText: string, rawStart: number, rawEnd: number, raw: string, expecting: Target | null, seenLabel: boolean, current: Target | null = expecting): Piece[] {
  const pieces: Piece[] = []
  const label = (pattern: RegExp, target: Target): boolean => {
    const m = pattern.exec(raw)
    if (!m) return false
    const labelEnd = rawStart + m[0].trimEnd().length
    pieces.push({type: 'label', target, start: rawStart, end: labelEnd, text: m[0].trim()})
    let rest = raw.slice(m[0].length)
    let restStart = rawStart + m[0].length
    const inner = target === 'embargo' ? innerDistributionPattern.exec(rest) : null
    if (inner) {
      const at = inner.index + inner[0].indexOf(inner[1])
      const before = rest.slice(0, at).trimEnd()
      if (before) pieces.push({type: 'value', target, start: restStart, end: restStart + before.length, text: before})
      pieces.push({type: 'label', target: 'distribution', start: restStart + at, end: restStart + at + inner[1].trimEnd().length, text: inner[1].trim()})
      restStart = restStart + at + inner[1].length
      rest = rest.slice(at + inner[1].length)
      target = 'distribution'
    }
    const lead = rest.length - rest.trimStart().length
    const value = rest.trim()
    if (value) pieces.push({type: 'value', target, start: restStart + lead, end: restStart + lead + value.length, text: value})
    return true
  }
  const trimmed = cellText
  if (embargoLabelPattern.test(raw)) {
    label(embargoLabelPattern, 'embargo')
    return pieces
  }
  const distribution = distributionLabelPattern.exec(raw)
  // `배포 2026. 4. 10.` is a label with its value; `배포시점(…)` right after 보도시점 is that value.
  if (distribution && (expecting !== 'embargo' || /^(?:\d|[’'‘`]\d)/.test(raw.slice(distribution[0].length)))) {
    label(distributionLabelPattern, 'distribution')
    return pieces
  }
  const kind = kindAtEnd(trimmed)
  // Logo residue may stand before the kind in the box above the labels, never after them.
  if (kind && trimmed.length - kind[0].length <= (seenLabel ? 0 : 20)) {
    const at = raw.lastIndexOf(kind[0])
    if (at > 0) pieces.push({type: 'residue', start: rawStart, end: rawStart + raw.slice(0, at).trimEnd().length, text: raw.slice(0, at).trim()})
    pieces.push({type: 'kind', start: rawStart + Math.max(at, 0), end: rawEnd, text: kind[0]})
    return pieces
  }
  // A fragment of a value wrapped over lines in PDF text: `(지` … `면) 2026. 4. 13.(월) 조간`.
  if (current && /^[(<［（〈]\s*[가-힣A-Za-z]{1,3}$|^[가-힣]{1,3}\s*[)>］）〉]$/.test(trimmed)) {
    return [{type: 'value', target: current, start: rawStart, end: rawEnd, text: trimmed}]
  }
  if (isHeaderValue(trimmed)) {
    pieces.push({type: 'value', target: expecting ?? undefined, start: rawStart, end: rawEnd, text: trimmed})
    return pieces
  }
  return [{type: 'residue', start: rawStart, end: rawEnd, text: trimmed}]
}

function isResidue(text: string): boolean {
  return text.length <= 20 && !/[.다]$/.test(text) && !/^[-–□○※]/.test(text)
}

/**
 * Find the header box: from the top, or — when PDF reading order put body text first — from
 * the first of the top rows at which a header can be read.
 */
export function scanHeader(ctx: Context): HeaderScan & {start: number} {
  const first = scanHeaderAt(ctx, 0)
  if (first.node) return {end: first.end, node: first.node, start: 0}
  let tried = 0
  for (let i = 1; i < ctx.rows.length && tried < 60; i++) {
    const row = ctx.rows[i]
    if (row.kind === 'blank') continue
    tried++
    if (!row.cells.some((c) => kindAtEnd(c.text) !== null || embargoLabelPattern.test(c.text))) continue
    let start = i
    // Logo residue right above the key belongs to the header.
    for (let k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
      if (ctx.rows[k].kind === 'blank') continue
      seen++
      if (ctx.rows[k].text.length <= 12 && !/[.다]$/.test(ctx.rows[k].text)) start = k
      else break
    }
    const found = scanHeaderAt(ctx, start)
    if (found.node) return {end: found.end, node: found.node, start}
  }
  return {end: 0, node: null, start: 0}
}

function scanHeaderAt(ctx: Context, from: number): HeaderScan {
  const rows = ctx.rows
  const pieces: Piece[] = []
  const used: Row[] = []
  let expecting: Target | null = null
  let seenKey = false
  let seenLabel = false
  let end = from
  let index = from
  let scanned = 0
  while (index < rows.length && scanned < maxHeaderRows) {
    const row = rows[index]
    if (row.kind === 'blank' || row.kind === 'delimiter') {
      index++
      continue
    }
    scanned++
    const rowPieces: Piece[] = []
    let local: Target | null = expecting
    for (const cell of row.cells) {
      if (!cell.text) continue
      let raw = ctx.norm.slice(cell.start, cell.end)
      // Markdown heading marks before a header line are markup, not content.
      const heading = /^#{1,6}\s+/.exec(raw)
      const from = heading ? cell.start + heading[0].length : cell.start
      if (heading) raw = raw.slice(heading[0].length)
      // `배포 …` right after the embargo label is its value (`배포 즉시`, `배포시점(…)`), not a label.
      const previous = lastOf(rowPieces)
      const last = previous ?? lastOf(pieces)
      // `expecting` embargo only right after its label: a value there may begin with 배포 (`배포 즉시`).
      const expecting: Target | null = last?.type === 'label' && last.target === 'embargo' ? 'embargo' : local === 'embargo' ? null : local
      // The cell right after a label cell in the same row is its value, whatever it says.
      const got: Piece[] =
        previous && previous.type === 'label' && !embargoLabelPattern.test(raw) && !distributionLabelPattern.test(raw) && kindAtEnd(cell.text) === null
          ? [{type: 'value' as const, target: previous.target, start: from, end: cell.end, text: cell.text}]
          : cellPieces(cell.text, from, cell.end, raw, expecting, seenLabel, local)
      for (const piece of got) {
        if (piece.type === 'label') local = piece.target!
        if (piece.type === 'value' && (!piece.target || editionPattern.test(piece.text))) {
          // An edition (조간/석간) always belongs to the embargo.
          piece.target = editionPattern.test(piece.text) ? 'embargo' : (local ?? undefined)
        }
      }
      append(rowPieces, got)
    }
    const keys = rowPieces.filter((p) => p.type === 'kind' || p.type === 'label')
    const residues = rowPieces.filter((p) => p.type === 'residue')
    const values = rowPieces.filter((p) => p.type === 'value')
    let accept = false
    if (residues.length === 0 && rowPieces.length > 0) accept = keys.length > 0 || values.length > 0
    else if (residues.every((r) => isResidue(r.text))) {
      // Logo residue is accepted next to a key, or before one that follows within two rows.
      if (keys.length > 0) accept = true
      else if (!seenKey || expecting === null) accept = lookaheadKey(ctx, index)
    }
    if (!accept) break
    if (values.length > 0 && keys.length === 0 && residues.length === 0 && !seenKey && !lookaheadKey(ctx, index)) break
    if (keys.length > 0) seenKey = true
    if (keys.some((k) => k.type === 'label')) seenLabel = true
    expecting = local
    append(pieces, rowPieces)
    used.push(row)
    index++
    end = index
  }
  if (!seenKey) return {end: from, node: null}
  // Values printed before any label (PDF reading order) go to the first label left without one.
  const orphans = pieces.filter((p) => p.type === 'value' && !p.target)
  if (orphans.length > 0) {
    const labels = pieces.filter((p) => p.type === 'label')
    const empty = labels.find((l) => !pieces.some((p) => p.type === 'value' && p.target === l.target))
    for (const o of orphans) o.target = empty?.target ?? 'embargo'
  }
  return {end, node: buildHeader(ctx, pieces)}
}

function lookaheadKey(ctx: Context, index: number): boolean {
  let seen = 0
  for (let i = index + 1; i < ctx.rows.length && seen < 6; i++) {
    const row = ctx.rows[i]
    if (row.kind === 'blank') continue
    seen++
    for (const cell of row.cells) {
      if (!cell.text) continue
      if (embargoLabelPattern.test(cell.text) || distributionLabelPattern.test(cell.text)) return true
      if (cell.text.length <= 30 && kindAtEnd(cell.text) !== null) return true
    }
  }
  return false
}

function buildHeader(ctx: Context, pieces: Piece[]): Header {
  const children: Header['children'] = []
  let current: Embargo | Distribution | null = null
  for (const piece of pieces) {
    const leaf: Text = text(ctx, piece.start, piece.end)
    if (piece.type === 'kind') {
      current = null
      const node: Kind = {type: 'kind', children: [leaf], position: copyPosition(leaf.position)}
      children.push(node)
    } else if (piece.type === 'residue') {
      current = null
      const node: Paragraph = {type: 'paragraph', children: [leaf], position: copyPosition(leaf.position)}
      children.push(node)
    } else {
      const target = piece.target ?? 'embargo'
      if (!current || current.type !== target || piece.type === 'label') {
        current = {type: target, children: []} as Embargo | Distribution
        children.push(current)
      }
      if (piece.type === 'label') {
        const label: Label = {type: 'label', children: [leaf], position: copyPosition(leaf.position)}
        current.children.push(label)
      } else current.children.push(leaf)
      current.position = span(current.children)
    }
  }
  return {type: 'header', children, position: span(children)}
}
