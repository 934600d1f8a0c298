import type {Distribution, Embargo, Header, Kind, Label, Paragraph, Text} from '../../types.js'
import {copyPosition, span, text, type Context} from '../context.js'
import {findDates, findTimes} from '../date.js'
import {
  bareChannelPattern,
  channelPattern,
  distributionLabelAt,
  distributionLabelPattern,
  editionPattern,
  embargoLabelPattern,
  embargoSentencePattern,
  isEmbargoLabel,
  immediatePattern,
  innerDistributionPattern,
  innerEmbargoPattern,
  kindAtEnd,
  mediumWordPattern,
  phonePattern,
  emailPattern
} from '../patterns.js'
import type {Row} from '../stream.js'
import {lastOf, append} from '../arrays.js'
import {isOrganisationName} from '../words.js'
import {alternation, contactLineLabels, contactTableLabels, escape, headerNoteWords, pageUnits} from '../lexicon.js'

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

/** Markdown heading marks and emphasis before a header line (`<u>**보도시점 …`): markup, not content. */
const leadingMarkup = /^(?:#{1,6}\s+)?(?:<\/?(?:u|b|strong|em)>|\*\*?|__?)*/

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
    return lettersBesideDates(text) <= 12
  }
  const times = findTimes(text)
  return times.length > 0 && text.length < 30
}

/**
 * Whether a line says when a further channel may report: a word of reporting with a date or
 * time (`… 11:00 이후 보도 가능`, `지면은 4. 13.(월)자 신문부터 게재`), or a time with a medium or
 * `이후`/`부터`. A date with `부터` alone is a headline's (`7월 1일부터 … 접수`).
 */
function isChannelInWords(text: string): boolean {
  if (/보\s*도|게\s*재/.test(text)) return findDates(text).length > 0 || findTimes(text).length > 0
  return (mediumWordPattern.test(text) || /이\s*후|부\s*터/.test(text)) && findTimes(text).length > 0
}

/** How many letters a text holds beside the digits, marks and words of its dates and times (`국무회의 종료 후`: 6). */
function lettersBesideDates(text: string): number {
  return text.replace(/\d|[.()<>:~\-/\s월화수목금토일요년시분오전후낮밤조석간이후까지부터]/g, '').length
}

/**
 * Whether a value says nothing a moment adds (no time, medium, edition or immediacy) and holds
 * words beside its dates: a headline's dates (`2026년 4월 1일 ~ 4월 10일 수출입 현황`), not a
 * further channel of the header.
 */
function isDatedProse(text: string): boolean {
  if (findDates(text).length === 0 || findTimes(text).length > 0 || editionPattern.test(text) || immediatePattern.test(text)) return false
  // Words of reporting or of media make it a further channel (`지면은 4. 13.(월)자 신문부터 게재`).
  if (isChannelInWords(text) || mediumWordPattern.test(text)) return false
  channelPattern.lastIndex = 0
  if (channelPattern.test(text)) return false
  let words = 0
  const beside = text.replace(/[월화수목금토일요년시분오전후낮밤조석간이후까지부터]/g, '')
  for (let i = 0; i < beside.length; i++) if (beside.charCodeAt(i) >= 0xac00 && beside.charCodeAt(i) <= 0xd7a3) words++
  return words >= 3
}

/** Whether a value says only that the release may be reported at once (`배포 즉시`, `즉시 보도`): no digit, a word of immediacy. */
function isImmediacyAlone(text: string): boolean {
  return text.length <= 20 && !/\d/.test(text) && immediatePattern.test(text)
}

/** Whether a header value holds more than twice as many such letters as digits: it reads as prose. */
function isProseAroundDate(text: string): boolean {
  let digits = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) digits++
  return lettersBesideDates(text) > 2 * digits
}

/** Split one cell into pieces: a label at its start, its value, and the other label inside it (`… / 배포 : …`, `… / 보도일시 : …`). */
function cellPieces(cellText: string, rawStart: number, rawEnd: number, raw: string, expecting: Target | null, seenKey: boolean, current: Target | null = expecting): Piece[] {
  const pieces: Piece[] = []
  const label = (pattern: RegExp, target: Target): boolean => {
    const m = pattern.exec(raw)
    if (!m) return false
    const labelEnd = rawStart + m[0].trimEnd().length
    pieces.push({type: 'label', target, start: rawStart, end: labelEnd, text: m[0].trim()})
    let rest = raw.slice(m[0].length)
    let restStart = rawStart + m[0].length
    const inner = (target === 'embargo' ? innerDistributionPattern : innerEmbargoPattern).exec(rest)
    if (inner && inner.index > 0) {
      const at = inner.index + inner[0].indexOf(inner[1])
      const before = rest.slice(0, at).trimEnd()
      if (before) pieces.push({type: 'value', target, start: restStart, end: restStart + before.length, text: before})
      target = target === 'embargo' ? 'distribution' : 'embargo'
      pieces.push({type: 'label', target, start: restStart + at, end: restStart + at + inner[1].trimEnd().length, text: inner[1].trim()})
      restStart = restStart + at + inner[1].length
      rest = rest.slice(at + inner[1].length)
    }
    const lead = rest.length - rest.trimStart().length
    const value = rest.trim()
    if (value) pieces.push({type: 'value', target, start: restStart + lead, end: restStart + lead + value.length, text: value})
    return true
  }
  const trimmed = cellText
  if (isEmbargoSentence(raw)) {
    label(embargoSentencePattern, 'embargo')
    return pieces
  }
  if (isEmbargoLabel(raw)) {
    label(embargoLabelPattern, 'embargo')
    return pieces
  }
  const distribution = distributionLabelAt(raw)
  // `배포 2026. 4. 10.` is a label with its value, and so is a cell holding the label alone (labels
  // printed over their values); `배포시점(…)` right after 보도시점 is that value.
  const afterDistribution = raw.slice(distribution?.[0].length ?? 0)
  if (distribution && (expecting !== 'embargo' || /^(?:\d|[’'‘`]\d)/.test(afterDistribution) || !afterDistribution.trim())) {
    label(distributionLabelPattern, 'distribution')
    return pieces
  }
  // A date with its label after it, then the embargo in words: `2018년 5월 3일(목) 배포 / 5월 4일(금) 조간부터 보도해 주시기 바랍니다`.
  const both = distributionThenEmbargo.exec(raw)
  if (both && findDates(both[1]).length > 0 && (findDates(both[3]).length > 0 || editionPattern.test(both[3]))) {
    const labelAt = both[1].length + both[0].slice(both[1].length).indexOf(both[2])
    // The slash between them opens the embargo's value (a value's leading slash is no part of what it reads).
    const restAt = labelAt + both[2].length + raw.slice(labelAt + both[2].length).search(/[/|]/)
    return [
      {type: 'value', target: 'distribution', start: rawStart, end: rawStart + both[1].length, text: both[1]},
      {type: 'label', target: 'distribution', start: rawStart + labelAt, end: rawStart + labelAt + both[2].length, text: both[2]},
      {type: 'value', target: 'embargo', start: rawStart + restAt, end: rawStart + raw.trimEnd().length, text: raw.slice(restAt).trimEnd()}
    ]
  }
  // A date with its label after it: `2017년 8월 25일(금) 배포`.
  const trailing = trailingDistribution.exec(raw)
  if (trailing && findDates(trailing[1]).length > 0) {
    const at = raw.lastIndexOf(trailing[2])
    return [
      {type: 'value', target: 'distribution', start: rawStart, end: rawStart + trailing[1].length, text: trailing[1]},
      {type: 'label', target: 'distribution', start: rawStart + at, end: rawStart + at + trailing[2].length, text: trailing[2]}
    ]
  }
  const kind = kindAtEnd(trimmed)
  // Logo residue may stand before the kind in the box above the labels, never after them, nor
  // after a kind already read (a headline may end like a kind: `… 관련 긴급 지시`).
  if (kind && trimmed.length - kind[0].length <= (seenKey ? 0 : 20)) {
    const at = raw.lastIndexOf(kind[0])
    if (at > 0) pieces.push({type: 'residue', start: rawStart, end: rawStart + raw.slice(0, at).trimEnd().length, text: raw.slice(0, at).trim()})
    pieces.push({type: 'kind', start: rawStart + Math.max(at, 0), end: rawEnd, text: kind[0]})
    return pieces
  }
  // A fragment of a value wrapped over lines in PDF text: `(지` … `면) 2026. 4. 13.(월) 조간`.
  if (current && /^[(<［（〈]\s*[가-힣A-Za-z]{1,3}$|^[가-힣]{1,3}\s*[)>］）〉]$/.test(trimmed)) {
    return [{type: 'value', target: current, start: rawStart, end: rawEnd, text: trimmed}]
  }
  // Media named without brackets (`누리망·방송`), in a cell of their own: a channel of the embargo.
  if (current === 'embargo' && trimmed.length <= 30 && bareChannelPattern.test(trimmed)) {
    return [{type: 'value', target: 'embargo', start: rawStart, end: rawEnd, text: trimmed}]
  }
  // A further channel of the embargo in words: `■ 통신·방송·인터넷은 6. 4.(월) 11:00 이후 보도 가능`.
  if (current === 'embargo' && trimmed.length <= 90 && isChannelInWords(trimmed)) {
    return [{type: 'value', target: 'embargo', start: rawStart, end: rawEnd, text: trimmed}]
  }
  if (isHeaderValue(trimmed)) {
    pieces.push({type: 'value', target: expecting ?? undefined, start: rawStart, end: rawEnd, text: trimmed})
    return pieces
  }
  return [{type: 'residue', start: rawStart, end: rawEnd, text: trimmed}]
}

/** Images (`![image](…)`, `<img …>`) and web addresses: what a logo or an address cell prints, not words. */
const imageOrAddress = /!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|(?:https?:\/\/|www\.)[\w.\-/?=&%#~]+/g

/** Cells a header table prints beside its labels that say nothing of the release's dates: page counts, web addresses. */
const unrelatedCell = new RegExp(`^(?:[(<［]?\\s*(?:총\\s*)?\\d+\\s*(?:${alternation(pageUnits, escape)})\\s*[)>］]?|(?:https?:\\/\\/|www\\.)\\S+|\\S+\\.(?:go|or|re)\\.kr\\S*)$`)

/** A distribution date with its label after it, a slash, and the embargo in words that print 보도: `… 배포 / 5월 4일(금) 조간부터 보도해 주시기 바랍니다`. */
const distributionThenEmbargo = /^(\S.{4,40}?\d.{0,6}?)\s+(배\s*포(?:\s*일\s*시)?)\s*[/|]\s*(\S.{0,120}?보\s*도.{0,60})$/

/** A distribution date with its label after it: `2017년 8월 25일(금) 배포`. */
const trailingDistribution = /^(\S.{4,40}?\d.{0,6}?)\s+(배\s*포(?:\s*일\s*시)?)\s*$/

/** A header row telling what the release holds: `사진없음 □ 사진있음 ■ 쪽수 : 3쪽`, `매수 : 5매`. */
const unrelatedRow = new RegExp(`^(?:[□■☐☑✓✔v]\\s*)?(?:${alternation(headerNoteWords)})`)

/** Whether a cell prints an embargo as a sentence (`이 보도자료는 … 보도하여 주시기 바랍니다`): the opening, 보도, and a date or an edition. */
function isEmbargoSentence(raw: string): boolean {
  const m = embargoSentencePattern.exec(raw)
  if (!m || raw.length > 160) return false
  const rest = raw.slice(m[0].length)
  return /보\s*도/.test(rest) && (findDates(rest).length > 0 || editionPattern.test(rest) || /즉\s*시/.test(rest))
}

/**
 * Whether a line beside the kind reads as a logo's words: a fragment of a few letters, an
 * organisation's name (`개인정보보호위원회`), Latin words, an image or an address.
 */
function isLogoWords(text: string): boolean {
  const words = text.replace(imageOrAddress, '').trim()
  if (words.replace(/\s+/g, '').length <= 5 || /[A-Za-z]{2}/.test(words)) return true
  return isOrganisationName(words)
}

function isResidue(text: string): boolean {
  text = text.replace(imageOrAddress, '').trim()
  if (unrelatedRow.test(text) && text.length <= 60) return true
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
    if (!row.cells.some((c) => kindAtEnd(c.text) !== null || isEmbargoLabel(c.text))) continue
    let start = i
    // Logo residue right above the key belongs to the header.
    for (let k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
      if (ctx.rows[k].kind === 'blank') continue
      seen++
      const logo = ctx.rows[k].text.replace(imageOrAddress, '').trim()
      if (logo.length <= 12 && !/[.다]$/.test(logo)) start = k
      else break
    }
    const found = scanHeaderAt(ctx, start)
    if (found.node) return {end: found.end, node: found.node, start}
  }
  return {end: 0, node: null, start: 0}
}

/** Read a header box from row `from` on: its kind, labels and values, up to the first row that is none of them. */
export function scanHeaderAt(ctx: Context, from: number): HeaderScan {
  const rows = ctx.rows
  const pieces: Piece[] = []
  const used: Row[] = []
  let expecting: Target | null = null
  let seenKey = false
  let seenLabel = false
  let end = from
  let index = from
  let scanned = 0
  // Labels printed without their values, in a row of their own (`보도일시 | 배포일시`) or one per
  // line, waiting for their values in the same order.
  let pending: Target[] = []
  while (index < rows.length && scanned < maxHeaderRows) {
    const row = rows[index]
    if (row.kind === 'blank' || row.kind === 'delimiter') {
      index++
      continue
    }
    scanned++
    // Values under a row of labels are theirs, whatever words they hold.
    const awaited = pending.length > 0
    const rowPieces: Piece[] = []
    let local: Target | null = expecting
    let ordinal = -1
    for (const cell of row.cells) {
      if (!cell.text) continue
      ordinal++
      let raw = ctx.norm.slice(cell.start, cell.end)
      const markup = leadingMarkup.exec(raw)
      const from = cell.start + markup![0].length
      raw = raw.slice(markup![0].length)
      // `배포 …` right after the embargo label is its value (`배포 즉시`, `배포시점(…)`), not a label.
      const previous = lastOf(rowPieces)
      const last = previous ?? lastOf(pieces)
      // `expecting` embargo only right after its label: a value there may begin with 배포 (`배포 즉시`).
      const expecting: Target | null = last?.type === 'label' && last.target === 'embargo' ? 'embargo' : local === 'embargo' ? null : local
      const isKey = isEmbargoLabel(raw) || distributionLabelAt(raw) !== null || kindAtEnd(cell.text) !== null
      // Under a row of labels, a cell is the value of the label above it; the cell right after a
      // label cell in the same row is its value, whatever it says.
      const owner = pending.length > 0 && !isKey ? pending[ordinal] : previous?.type === 'label' && !isKey && !unrelatedCell.test(cell.text) ? previous.target : undefined
      const got: Piece[] = owner
        ? [{type: 'value' as const, target: owner, start: from, end: cell.end, text: cell.text}]
        : cellPieces(cell.text, from, cell.end, raw, expecting, seenLabel || pieces.some((p) => p.type === 'kind'), local)
      for (const piece of got) {
        if (piece.type === 'label') local = piece.target!
        if (piece.type === 'value' && (!piece.target || editionPattern.test(piece.text))) {
          // An edition (조간/석간) always belongs to the embargo.
          piece.target = editionPattern.test(piece.text) ? 'embargo' : (local ?? undefined)
        } else if (piece.type === 'value' && piece.target === 'distribution' && isImmediacyAlone(piece.text)) {
          // So does reporting at once (`배포 즉시`): the distribution has a date, not an immediacy.
          piece.target = 'embargo'
        }
      }
      append(rowPieces, got)
    }
    const keys = rowPieces.filter((p) => p.type === 'kind' || p.type === 'label')
    const residues = rowPieces.filter((p) => p.type === 'residue')
    const values = rowPieces.filter((p) => p.type === 'value')
    const labels = keys.filter((k) => k.type === 'label')
    if (labels.length > 0 && values.length === 0) {
      // Values printed before any label (PDF reading order) leave the order unknown; a label whose
      // value was printed before it waits for nothing.
      if (!pieces.some((p) => p.type === 'value' && !p.target)) {
        for (const k of labels) if (!pieces.some((p) => p.type === 'value' && p.target === k.target)) pending.push(k.target!)
      }
    } else if (keys.length > 0) pending = []
    else for (const v of values) if (pending[0] === v.target) pending.shift()
    let accept = false
    // A row naming someone by phone or e-mail is contacts, never logo residue.
    if (residues.length > 0 && hasPhoneOrEmail(ctx.norm.slice(row.start, row.end))) break
    if (residues.length === 0 && rowPieces.length > 0) accept = keys.length > 0 || values.length > 0
    // Beside the kind, a logo may print the issuer's name at length (`기획재정부 Ministry of Economy and Finance`).
    else if (residues.every((r) => isResidue(r.text) || (keys.some((k) => k.type === 'kind') && r.text.length <= 60 && !/[.다]$/.test(r.text)))) {
      // Logo residue is accepted next to a key or labelled values (a page count beside them), or before one that follows within two rows.
      if (keys.length > 0 || (values.length > 0 && seenLabel) || (seenKey && residues.every((r) => unrelatedRow.test(r.text)))) accept = true
      // After the kind, only logo residue stands between it and the labels: a line of words that
      // names no organisation is the title box, printed above the labels.
      else if (!seenKey || expecting === null) accept = lookaheadKey(ctx, index, seenKey) && (!seenKey || residues.every((r) => isLogoWords(r.text)))
    }
    if (!accept) break
    if (values.length > 0 && keys.length === 0 && residues.length === 0 && !seenKey && !lookaheadKey(ctx, index)) break
    // A line of values alone, after each of their labels has a value, that reads mostly as prose
    // (`7월 1일부터 전기차 보조금 신청 접수`) or adds nothing a moment has to its words (`4월 1일 ~
    // 4월 10일 수출입 현황`) is the title box under the header.
    if (
      values.length > 0 &&
      keys.length === 0 &&
      residues.length === 0 &&
      pending.length === 0 &&
      !awaited &&
      values.every(
        (v) =>
          isDatedProse(v.text) ||
          (isProseAroundDate(v.text) &&
            !isChannelInWords(v.text) &&
            !bareChannelPattern.test(v.text) &&
            pieces.some((p) => p.type === 'value' && p.target === v.target && (findDates(p.text).length > 0 || immediatePattern.test(p.text))))
      )
    ) {
      break
    }
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

/** Whether a key (a label or the kind) follows within a few rows; `residueOnly`: with nothing but logo residue or header values before it. */
function lookaheadKey(ctx: Context, index: number, residueOnly = false): boolean {
  let seen = 0
  for (let i = index + 1; i < ctx.rows.length && seen < 6; i++) {
    const row = ctx.rows[i]
    if (row.kind === 'blank') continue
    seen++
    for (const cell of row.cells) {
      if (!cell.text) continue
      if (isEmbargoLabel(cell.text) || distributionLabelAt(cell.text) !== null || isEmbargoSentence(cell.text)) return true
      if (cell.text.length <= 30 && kindAtEnd(cell.text) !== null) return true
    }
    if (residueOnly && row.cells.some((c) => c.text && (/^[-–—]/.test(c.text) || (!isHeaderValue(c.text) && !isResidue(c.text))))) return false
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


/**
 * Whether a row opens a header: a cell that starts with an embargo label, or with a
 * distribution label followed by a date (`배포 2026. 4. 10.`) or nothing (a label cell).
 */
export function isHeaderLabelRow(ctx: Context, row: Row): boolean {
  for (const cell of row.cells) {
    if (!cell.text || cell.text.length > 120) continue
    const raw = ctx.norm.slice(cell.start, cell.end).replace(leadingMarkup, '')
    if (isEmbargoLabel(raw) || isEmbargoSentence(raw)) return true
    const m = distributionLabelAt(raw)
    if (m && (m[0].length === raw.length || /^(?:\d|[’'‘`]\d)/.test(raw.slice(m[0].length)))) return true
  }
  return false
}

/** Whether a header holds an embargo or a distribution (not only the kind). */
export function hasMoment(header: Header | null | undefined): boolean {
  return header?.children.some((c) => c.type === 'embargo' || c.type === 'distribution') ?? false
}

/**
 * A header printed further down (under the title box, or after body text in PDF reading order):
 * the first of the next few rows at which a header with an embargo or a distribution reads.
 */
export function findLateHeader(ctx: Context, from: number): (HeaderScan & {start: number}) | null {
  let seen = 0
  for (let i = from; i < ctx.rows.length && seen < 16; i++) {
    const row = ctx.rows[i]
    if (row.kind === 'blank' || row.kind === 'delimiter') continue
    seen++
    if (!isHeaderLabelRow(ctx, row)) continue
    const found = scanHeaderAt(ctx, i)
    if (hasMoment(found.node)) return {start: i, end: found.end, node: found.node}
  }
  return null
}

/**
 * Contact labels of every era, as a header row prints them before the people (`자료문의 :`,
 * `담당부서 | …`): the lexicon's labels of contact lines and tables, and the roles that head them.
 */
const contactLabel = new RegExp(`^(?:${alternation([...contactLineLabels, ...contactTableLabels, '책임자', '실무자'])})\\s*(?:[:：]|$)`)

/**
 * Whether a row printed in the header box names contacts: its first cell is a contact label
 * (`자료문의 :`, `문의`, `담당부서`, `홍보담당` …) and the row gives a phone number or an e-mail.
 */
export function opensHeaderContacts(ctx: Context, row: Row): boolean {
  const first = row.cells.find((c) => c.text)
  if (!first || row.text.length > 200) return false
  // A line's label ends at its colon; a table row's label is its whole first cell.
  const colon = row.kind === 'row' ? -1 : first.text.search(/[:：]/)
  const label = contactLabel.exec(colon >= 0 ? first.text.slice(0, colon).trimEnd() + ':' : first.text)
  if (!label) return false
  return hasPhoneOrEmail(row.text)
}

function hasPhoneOrEmail(text: string): boolean {
  phonePattern.lastIndex = 0
  emailPattern.lastIndex = 0
  return phonePattern.test(text) || emailPattern.test(text)
}
