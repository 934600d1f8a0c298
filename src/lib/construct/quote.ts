import type {Position} from 'unist'
import type {Quote} from '../../types.js'
import type {Context} from '../context.js'
import {rowMarker} from './rows.js'
import {ending} from '../leaf-text.js'
import {alternation, escape, officeTitles, sayingNounEnds, sayingNouns, sayingVerbs, sayingVerbStems, speakerStopWords} from '../lexicon.js'
import {findPeople, isGroup, isKoreanName, isOrganisation, isSurname, isTitle, readSpeaker, type Mention} from '../speaker.js'

/*
 * Quotations: every span in double quotation marks (“…”, "…") that a speaker says — followed by
 * `라고`/`라며`/`라면서`/`고`/`며` (… 말했다, 밝혔다, 강조했다), by `을`/`를` and a verb of saying
 * (“…할 것”을 지시했다), or by `라는`/`는` and a word of saying (“…하라”는 대통령 지시, “…”라는 교수의
 * 말) — with its speaker: the subject of the sentence (`윤호중 행정안전부 장관은`), the words after the
 * quote (`라는 카림 카리니 하버드대 교수의 말`), or the speaker of the quote before it in the same
 * sentence or of the sentences before (`먼저, “…”을 당부하였으며`). Quoted names of policies,
 * events, slogans and terms (“…”라는 원칙, “…” 캠페인) are not quotations.
 */

/** The text of a stretch of rows, as one string: lines joined by a line feed, cells by a TAB. */
interface Flat {
  text: string
  /** Where each piece starts in `text`, and in the normalised text. */
  starts: number[]
  norms: number[]
  /** Where an item (a marked line) or a table cell starts: no quotation runs across. */
  breaks: number[]
  /** Where a table cell starts: no speaker is looked for across. */
  cells: number[]
  /** The line feeds that end a paragraph, not a line wrapped at the page width: no speaker's name runs across. */
  hard: Set<number>
}

function flatten(ctx: Context, from: number, to: number): Flat {
  const parts: string[] = []
  const flat: Flat = {text: '', starts: [], norms: [], breaks: [], cells: [], hard: new Set()}
  let length = 0
  let previousRow = false
  let previousLength = 0
  for (let i = from; i < to; i++) {
    const row = ctx.rows[i]
    if (row.kind === 'blank' || row.kind === 'delimiter' || row.pageMark) continue
    const cellRow = row.kind === 'row'
    const afterCells = previousRow
    previousRow = cellRow
    let first = true
    for (const cell of row.cells) {
      if (cell.end <= cell.start) continue
      if (length > 0) {
        // A line wraps the one before when the text was wrapped at the page width and that one reaches it.
        if (first && !(ctx.wrapWidth > 0 && previousLength >= ctx.wrapWidth * 0.7 && !cellRow && !rowMarker(row))) flat.hard.add(length)
        parts.push(first ? '\n' : '\t')
        length++
      }
      // A table row's cells stand apart, and so does the line after it.
      if (cellRow || (first && afterCells)) {
        flat.breaks.push(length)
        flat.cells.push(length)
      } else if (first && rowMarker(row)) flat.breaks.push(length)
      first = false
      const raw = ctx.norm.slice(cell.start, cell.end)
      // Markdown emphasis (`**권오을 국가보훈부 장관**은`) is left out: pieces between the marks.
      const emphasis = raw.includes('**') || raw.includes('__') ? /\*\*|__/g : null
      let from = 0
      if (emphasis) {
        for (let m = emphasis.exec(raw); m; m = emphasis.exec(raw)) {
          if (m.index > from) {
            flat.starts.push(length)
            flat.norms.push(cell.start + from)
            parts.push(raw.slice(from, m.index))
            length += m.index - from
          }
          from = m.index + 2
        }
      }
      flat.starts.push(length)
      flat.norms.push(cell.start + from)
      parts.push(raw.slice(from))
      length += raw.length - from
    }
    previousLength = row.text.length
  }
  flat.text = parts.join('')
  return flat
}

/** The normalised offset of an index of the flat text. */
function normOf(flat: Flat, at: number): number {
  let low = 0
  let high = flat.starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (flat.starts[mid] <= at) low = mid
    else high = mid - 1
  }
  return flat.norms[low] + (at - flat.starts[low])
}

/** How much text before the first quotation is read with it (its speaker named in the sentences before). */
const context = 1000

/** The index of the row of `from…to` holding a normalised offset. */
function rowAt(ctx: Context, from: number, to: number, offset: number): number {
  let low = from
  let high = to - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (ctx.rows[mid].start <= offset) low = mid
    else high = mid - 1
  }
  return low
}

/** A span in quotation marks: the indices of its marks in the flat text. */
interface Span {
  open: number
  close: number
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x3000
/** Longest quotation read, in chars: an opening mark left open is not closed pages later. */
const longest = 3000

/**
 * Pair the quotation marks: `“` opens (or closes, right after a letter, when one is open: a
 * mark printed the wrong way round), `”` closes, `"` opens after a space and closes after a
 * letter. An item or a cell that starts, or a quotation longer than `longest`, drops the open one.
 */
function pairMarks(flat: Flat): Span[] {
  const text = flat.text
  const spans: Span[] = []
  let open = -1
  let b = 0
  const marks = /[“”"]/g
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const at = m.index
    while (b < flat.breaks.length && flat.breaks[b] <= at) {
      if (open >= 0 && flat.breaks[b] > open) open = -1
      b++
    }
    if (open >= 0 && at - open > longest) open = -1
    const mark = m[0]
    const before = at > 0 ? text.charCodeAt(at - 1) : 0x20
    const after = at + 1 < text.length ? text.charCodeAt(at + 1) : 0x20
    if (mark === '”') {
      if (open >= 0) {
        spans.push({open, close: at})
        open = -1
      }
    } else if (mark === '“') {
      if (open >= 0 && !isSpace(before) && (isSpace(after) || isHangul(after) || after === 0x2c || after === 0x2e)) {
        spans.push({open, close: at})
        open = -1
      } else open = at
    } else if (open >= 0 && !isSpace(before)) {
      spans.push({open, close: at})
      open = -1
    } else open = at
  }
  return spans.filter((s) => s.close - s.open > 1)
}

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3
}

/** Markup and white space inside a quotation, read as one space; a word broken at a line's end (`국민` / `들이`) joined. */
function clean(text: string): string {
  // Most quotations are one line of plain text.
  if (!/[<*_#\n\t]| {2}/.test(text)) return text.trim()
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/\n[ \t]*#{1,6}[ \t]+/g, '\n')
    .replace(/([가-힣])[ \t]*\n[ \t]*(?=[가-힣])/g, (all, last: string, at: number, whole: string) => (ending.test(whole.slice(at + all.length, at + all.length + 4)) ? last : last + ' '))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Punctuation after a sentence's last word: `.`, `!`, `?`, `…`, `~`, quotation marks, brackets, spaces. */
const trailing = new Set([0x20, 0x09, 0x0a, 0x2e, 0x21, 0x3f, 0x2026, 0x7e, 0x27, 0x2019, 0x2018, 0x22, 0x201d, 0x300d, 0x300f, 0x29])
/** Letters a sentence or an instruction ends with: 다 요 까 죠 자 라 것 네 오 지 음 함 게. */
const sayingEnds = new Set('다요까죠자라것네오지음함게'.split('').map((c) => c.charCodeAt(0)))

/** Whether a quoted text ends like a sentence or an instruction (`…하겠다`, `…할 것`, `…하라`, `…입니다`). */
function endsLikeSaying(text: string): boolean {
  let k = text.length - 1
  while (k >= 0 && trailing.has(text.charCodeAt(k))) k--
  return k >= 0 && sayingEnds.has(text.charCodeAt(k))
}

/** After the closing mark: `라고`, `이라며`, `라면서`, `고`, `며`, `하며` … */
const sayingTail = /^(?:이?라|하)?(?:고|며|면서)도?(?![가-힣])/
/** After the closing mark: `라는`, `는`, then a word of saying within four words. */
const nounTail = /^(?:이?라|하)?는\s+/
const sayingNoun = new RegExp(`^(?:${alternation(sayingNouns, escape)})(?:${alternation(sayingNounEnds, escape)}|$)`)
/** After the closing mark: `을`, `를`, then a verb of saying (`지시했다`, `당부하였으며`, `강조했다`). */
const objectTail = /^[을를]\s*/
const sayingVerb = new RegExp(`^(?:${alternation(sayingVerbStems, escape)})`)

type Kind = 'saying' | 'noun' | 'object' | null

/** Spaces and TABs after `at` on its line, skipped. */
function skipSpaceOnLine(text: string, at: number): number {
  while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09 || text.charCodeAt(at) === 0x2a)) at++
  return at
}

/** The white space (and Markdown markup) after a closing mark, skipped. */
function skipSpace(text: string, at: number): number {
  while (at < text.length && (isSpace(text.charCodeAt(at)) || text.charCodeAt(at) === 0x2a)) at++
  return at
}

interface Read {
  span: Span
  text: string
  kind: Kind
  /** Where the words after the quotation's ending start (past `라고 `, `는 `, `을 `). */
  tailEnd: number
}

/** Letters an ending of reported speech starts with: `라고`, `이라며`, `하며`, `고`, `며`, `면서`, `는`, `을`, `를`. */
const tailStarts = new Set([0xb77c, 0xc774, 0xd558, 0xace0, 0xba70, 0xba74, 0xb294, 0xc744, 0xb97c])

function classify(flat: Flat, span: Span): Read {
  const at = skipSpace(flat.text, span.close + 1)
  // Most quoted names are followed by other words: no need to read them.
  if (!tailStarts.has(flat.text.charCodeAt(at))) return {span, text: '', kind: null, tailEnd: at}
  const text = clean(flat.text.slice(span.open + 1, span.close))
  const tail = flat.text.slice(at, at + 80)
  let words = 1
  for (let k = text.indexOf(' '); k >= 0 && words < 4; k = text.indexOf(' ', k + 1)) words++
  const read: Read = {span, text, kind: null, tailEnd: at}
  let m = sayingTail.exec(tail)
  if (m && (endsLikeSaying(text) || words >= 4)) {
    read.kind = 'saying'
    read.tailEnd = at + m[0].length
    return read
  }
  if (!endsLikeSaying(text)) return read
  m = nounTail.exec(tail)
  if (m) {
    const after = tail.slice(m[0].length).split(/\s+/)
    for (let k = 0; k < 5 && k < after.length; k++) {
      if (sayingNoun.test(after[k])) {
        read.kind = 'noun'
        read.tailEnd = at + m[0].length
        return read
      }
    }
    return read
  }
  m = objectTail.exec(tail)
  if (m) {
    const after = tail.slice(m[0].length).split(/\s+/)
    for (let k = 0; k < 2 && k < after.length; k++) if (sayingVerb.test(after[k])) read.kind = 'object'
    read.tailEnd = at + m[0].length
  }
  return read
}

/**
 * The ending of reported speech standing alone after a sentence's last word (`… 가중되고 있다 라며 …
 * 나가겠다 라고 말했다`): PDF text whose quotation marks were drawn apart from the line.
 */
const detachedTail = /[다것]\.?\s+(이?라고|이?라며|라면서|며|고)\s+(?=[가-힣])/
const detachedTails = new RegExp(detachedTail.source, 'g')
/**
 * Where a pattern matches in each text, found once per text: every stretch of a release asks
 * (`marks`: the quotation marks; `tails`: the endings of reported speech standing alone).
 */
function matchesOf(found: WeakMap<Context, number[]>, pattern: RegExp, ctx: Context): number[] {
  let list = found.get(ctx)
  if (!list) {
    list = []
    const text = ctx.norm
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) list.push(m.index)
    pattern.lastIndex = 0
    found.set(ctx, list)
  }
  return list
}

const marks = new WeakMap<Context, number[]>()
const markPattern = /[“”"]/g
const tails = new WeakMap<Context, number[]>()

/** The first of the sorted `list` in `[from, to)`, or -1. */
function firstIn(list: number[], from: number, to: number): number {
  const at = firstAtOrAfter(list, from)
  return at >= 0 && at < to ? at : -1
}

/** Where the first opening quotation mark of `ctx.norm[from, to)` is, or -1. */
function firstMark(ctx: Context, from: number, to: number): number {
  return firstIn(matchesOf(marks, markPattern, ctx), from, to)
}

/** Where the last quotation mark of `ctx.norm[from, to)` is, or -1. */
function lastMark(ctx: Context, from: number, to: number): number {
  const list = matchesOf(marks, markPattern, ctx)
  const k = indexAtOrAfter(list, to) - 1
  return k >= 0 && list[k] >= from ? list[k] : -1
}

/** Where the first ending of reported speech standing alone in `ctx.norm[from, to)` starts, or -1. */
function firstTail(ctx: Context, from: number, to: number): number {
  return firstIn(matchesOf(tails, detachedTails, ctx), from, to)
}

/** The index of the first of the sorted `list` at or after `at` (the list's length when none is). */
function indexAtOrAfter(list: number[], at: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (list[mid] < at) low = mid + 1
    else high = mid
  }
  return low
}

/** The first of the sorted `list` at or after `at`, or -1. */
function firstAtOrAfter(list: number[], at: number): number {
  const k = indexAtOrAfter(list, at)
  return k < list.length ? list[k] : -1
}
/** What follows `고` or `며` standing alone: a verb of saying. */
const sayingAfter = new RegExp(`^\\s+(?:${alternation(sayingVerbs, escape)})`)

/**
 * Speech whose quotation marks the text lost: a sentence whose subject is a speaker (`양영진
 * 해양수산부 수산정책관은`), then the quoted words and the ending standing alone (`… 있다 라며`, `…
 * 나가겠다 라고 말했다`). The quoted words run from the subject (or the ending before) to the ending.
 */
function unmarkedSpeech(flat: Flat, marked: Span[]): Read[] {
  const text = flat.text
  if (!detachedTail.test(text)) return []
  const out: Read[] = []
  let m = 0
  detachedTails.lastIndex = 0
  let previous: {end: number; tail: number} | null = null
  for (let t = detachedTails.exec(text); t; t = detachedTails.exec(text)) {
    // The last word's end (`있다`, `할 것`), then the ending standing alone.
    const before = t.index > 0 ? text.charCodeAt(t.index - 1) : 0
    if (!isHangul(before) && !isSpace(before)) continue
    const at = t.index + (t[0].charCodeAt(1) === 0x2e ? 2 : 1)
    const tailEnd = t.index + t[0].length
    while (m < marked.length && marked[m].close < at) m++
    // Inside a marked quotation, or right after one (read with its marks).
    if (m < marked.length && marked[m].open < at) continue
    // `고` alone ends speech only before a verb of saying (`… 하겠다 고 밝혔다`).
    if (t[1] === '고' && !sayingAfter.test(text.slice(tailEnd - 1, tailEnd + 8))) continue
    const floor = Math.max(lastAtOrBefore(flat.breaks, at), m > 0 ? marked[m - 1].close + 1 : 0, 0)
    let start: number
    if (previous && previous.tail >= floor && sentenceStart(text, at, previous.tail) === previous.tail) start = previous.tail
    else {
      const sentence = sentenceStart(text, at, floor)
      const subject = firstSubject(text, sentence, at)
      if (subject < 0) {
        previous = null
        continue
      }
      start = subject
    }
    const quoted = clean(text.slice(start, at))
    if (quoted.split(' ').length < 4 || !endsLikeSaying(quoted)) {
      previous = null
      continue
    }
    const end = at
    out.push({span: {open: start - 1, close: end}, text: quoted, kind: 'saying', tailEnd})
    previous = {end, tail: tailEnd}
  }
  return out
}

/** Where the words after the first subject that is a speaker start, in `text[from, to)`, or -1. */
function firstSubject(text: string, from: number, to: number): number {
  for (const word of wordsOf(text, from, to)) {
    const m = subjectParticle.exec(word.w)
    if (m && speakerLike(word.w.slice(0, -m[0].length))) return skipSpace(text, word.end)
  }
  return -1
}

/** A word of the flat text, with its place. */
interface Word {
  w: string
  start: number
  end: number
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = []
  const pattern = /\S+/g
  const slice = text.slice(from, to)
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) out.push({w: m[0], start: from + m.index, end: from + m.index + m[0].length})
  return out
}

/** Particles that mark a subject (`장관은`, `관계자가`, `대통령이`). */
const subjectParticle = /(?:께서는|께서|은|는|이|가)$/
/** Words that end a speaker phrase when read backwards: adverbs and connectives. */
const adverbs = new Set(speakerStopWords)
/** Endings of a word that is not part of a noun phrase (a particle, a verb). */
const notNoun = /(?:에서|에게|에는|께|에|을|를|로|으로|와|과|고|며|서|도|만|까지|부터|한|된|던|할|하는|적인|의|하여|해|했다|였다|다|면|지만|며,|고,)$/

/** Whether a word, its particle taken off, can be a speaker. */
function speakerLike(stem: string): boolean {
  if (stem.length < 2 && stem !== '그') return false
  return isTitle(stem) || isOrganisation(stem) || isGroup(stem) || stem === '그' || stem === '그녀'
}

/**
 * The words naming a speaker: from `words[subject]` (its particle taken off) back over the words
 * before it that name a person, an organisation or a title (`사절단장인 김진해 외교부 카리콤정부대표`).
 */
function phraseEnding(words: Word[], subject: number, stemEnd: number, hard: Set<number>, text: string): {words: string[]; start: number; end: number} {
  let k = subject
  while (k > 0 && subject - k < 6) {
    const w = words[k - 1].w
    if (hard.size && crossesHard(text, words[k - 1].end, words[k].start, hard)) break
    if (adverbs.has(w) || /[,.;:)\]}>]$/.test(w) || /\d/.test(w) || !/^[가-힣A-Za-z·‧ㆍ&-]+$/.test(w)) break
    const part = isKoreanName(w) || isOrganisation(w) || isTitle(w) || isSurname(w) || w === '소속' || (/인$/.test(w) && isTitle(w.slice(0, -1)))
    if (!part || (notNoun.test(w) && !isKoreanName(w) && !isOrganisation(w))) break
    k--
  }
  // A foreign name in Hangul (`카림 카리니 하버드대 교수`): two or three words that open the sentence.
  let j = k
  while (j > 0 && k - j < 3 && /^[가-힣]{1,5}$/.test(words[j - 1].w) && !adverbs.has(words[j - 1].w) && !notNoun.test(words[j - 1].w) && !subjectParticle.test(words[j - 1].w) && !(hard.size && crossesHard(text, words[j - 1].end, words[j].start, hard))) j--
  // They open the sentence, or follow a word that ends its phrase with a particle (`포럼에서는 마르코 로시 …`).
  if (k - j >= 2 && (words.slice(0, j).every((x) => !/[가-힣A-Za-z]/.test(x.w)) || /(?:은|는|에서|에게|께서|에)$/.test(words[j - 1].w))) k = j
  const list = words.slice(k, subject).map((x) => x.w)
  list.push(words[subject].w.slice(0, stemEnd - words[subject].start))
  return {words: list, start: words[k].start, end: stemEnd}
}

/** Whether a paragraph's end lies between two places. */
function crossesHard(text: string, from: number, to: number, hard: Set<number>): boolean {
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) if (hard.has(at)) return true
  return false
}

/** The subject of a stretch of text nearest its end, if any is a speaker. */
function subjectIn(text: string, from: number, to: number, hard: Set<number>, spans: Span[]): {words: string[]; start: number; end: number} | null {
  // Read back from the end for a word ending with a particle (은 는 이 가, 께서) before a space;
  // only then are the words before it read (the speaker's phrase). Quotations are stepped over.
  let s = spans.length - 1
  for (let end = to - 1; end > from; end--) {
    while (s >= 0 && spans[s].open > end) s--
    if (s >= 0 && spans[s].close >= end) {
      end = spans[s].open
      continue
    }
    if (!subjectEnds.has(text.charCodeAt(end)) || (end + 1 < to && !isSpace(text.charCodeAt(end + 1)))) continue
    let start = end
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--
    // What an organisation says of itself in brackets (`행정안전부(장관 윤호중)는`) is left out of its name.
    let bracket = -1
    if (text.charCodeAt(end - 1) === 0x29) {
      const open = text.lastIndexOf('(', end - 1)
      if (open > from && end - open < 40) {
        bracket = open
        start = open
        while (start > from && !isSpace(text.charCodeAt(start - 1))) start--
      }
    }
    const w = bracket < 0 ? text.slice(start, end + 1) : text.slice(start, bracket) + text[end]
    const m = subjectParticle.exec(w)
    if (!m) continue
    const stem = w.slice(0, w.length - m[0].length)
    if (!speakerLike(stem)) {
      end = start
      continue
    }
    const words = wordsOf(text, from, bracket < 0 ? end + 1 : bracket)
    return phraseEnding(words, words.length - 1, start + stem.length, hard, text)
  }
  return null
}

/** Where the first quotation opening at or after `at` opens, or `end`. */
function nextOpen(spans: Span[], at: number, end: number): number {
  for (const span of spans) if (span.open >= at) return span.open
  return end
}

/** The last letters of a subject's particle: 은 는 이 가 서 (께서). */
const subjectEnds = new Set([0xc740, 0xb294, 0xc774, 0xac00, 0xc11c])

/** How far back a sentence's start is looked for. */
const longestSentence = 600

/** Where the sentence holding `at` starts (after `다.`, `?`, `!`), or `floor` (or `longestSentence` chars back). */
function sentenceStart(text: string, at: number, floor: number): number {
  if (at - floor > longestSentence) floor = at - longestSentence
  for (let k = at - 1; k > floor; k--) {
    const c = text.charCodeAt(k)
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && k > 0 && (isHangul(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x29) && (k + 1 >= text.length || isSpace(text.charCodeAt(k + 1)))) return k + 1
  }
  return floor
}

/** The last of the sorted `list` at or before `at`, or -1. */
function lastAtOrBefore(list: number[], at: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (list[mid] <= at) low = mid + 1
    else high = mid
  }
  return low > 0 ? list[low - 1] : -1
}

interface Speaker {
  words: string[]
  start: number
  end: number
}

/**
 * Read the quotations of rows `from…to` into `quote` nodes, in order: one per speaker and run of
 * speech (quotations joined by `라며`, or the sentences after that have no speaker of their own).
 */
export function findQuotes(ctx: Context, from: number, to: number): Quote[] {
  if (from >= to) return []
  // Most stretches print no quotation mark, nor speech whose marks a PDF lost: nothing to read then.
  const first = ctx.rows[from].start
  const last = ctx.rows[to - 1].end
  // Marks lost (the ending standing alone) are looked for in PDF text only, where the marks are drawn apart.
  const wrapped = ctx.wrapWidth > 0
  let at = firstMark(ctx, first, last)
  if (wrapped) {
    const tail = firstTail(ctx, first, last)
    if (tail >= 0 && (at < 0 || tail < at)) at = tail
  }
  if (at < 0) return []
  // The rows from the first that may hold speech, with the sentences before it (where its speaker is
  // named), to the last mark's and the two after it (where its ending may be); to the end for PDF text.
  let start = rowAt(ctx, from, to, at)
  while (start > from && at - ctx.rows[start].start < context) start--
  const final = wrapped ? -1 : lastMark(ctx, first, last)
  const end = final < 0 ? to : Math.min(to, rowAt(ctx, from, to, final) + 3)
  const flat = flatten(ctx, start, end)
  const marked = pairMarks(flat)
  const unmarked = wrapped ? unmarkedSpeech(flat, marked) : []
  if (marked.length === 0 && unmarked.length === 0) return []
  const reads = marked.map((span) => classify(flat, span))
  if (unmarked.length) {
    for (const read of unmarked) reads.push(read)
    reads.sort((a, b) => a.span.open - b.span.open)
  }
  const spans = reads.map((r) => r.span)
  // A quotation that ends its line or item without a tail, inside a run of speech
  // (`“…”라며,` / `○ “…하겠다.”` / `- 아울러, “…”고 밝혔다`), is said as the ones around it.
  for (let k = 1; k < reads.length; k++) {
    const read = reads[k]
    if (read.kind !== null || reads[k - 1].kind !== 'saying') continue
    read.text ||= clean(flat.text.slice(read.span.open + 1, read.span.close))
    if (!endsLikeSaying(read.text)) continue
    const rest = skipSpaceOnLine(flat.text, read.span.close + 1)
    if (rest < flat.text.length && flat.text.charCodeAt(rest) !== 0x0a) continue
    if (sameSentence(flat.text, reads[k - 1].span.close, read.span.open, lastAtOrBefore(flat.cells, read.span.open))) {
      read.kind = 'saying'
      read.tailEnd = read.span.close + 1
    }
  }
  // Quotations printed one after another take the kind of the last of them.
  for (let k = reads.length - 2; k >= 0; k--) {
    if (reads[k].kind !== null || reads[k + 1].kind === null || !/^[\s,·]*$/.test(flat.text.slice(reads[k].span.close + 1, reads[k + 1].span.open))) continue
    reads[k].text ||= clean(flat.text.slice(reads[k].span.open + 1, reads[k].span.close))
    if (endsLikeSaying(reads[k].text) || reads[k].text.split(' ').length >= 4) {
      reads[k].kind = reads[k + 1].kind
      reads[k].tailEnd = reads[k + 1].tailEnd
    }
  }
  // A speaker is never read inside a quotation: the searches skip them (between two quotations
  // read in turn there is none).
  const text = flat.text

  const out: Quote[] = []
  let previous: {quote: Quote; speaker: Speaker | null; read: Read} | null = null
  let topic: Speaker | null = null
  const mentions = new Map<string, Mention[]>()
  for (let k = 0; k < reads.length; k++) {
    const read = reads[k]
    if (read.kind === null) continue
    const open = read.span.open
    const cell = lastAtOrBefore(flat.cells, open)
    const item = lastAtOrBefore(flat.breaks, open)
    const prevClose = k > 0 ? reads[k - 1].span.close + 1 : 0
    const start = sentenceStart(text, open, Math.max(prevClose, item, cell, 0))
    let speaker: Speaker | null = null
    let joins = false
    // The subject of the sentence, before the quotation (or a speaker `의` right before it: `교수의 “…”라는 말`).
    speaker = subjectIn(text, start, open, flat.hard, spans)
    if (!speaker && read.kind === 'noun') {
      // `“…”라는 카림 카리니 하버드대 교수의 말`, `“…하라”는 대통령 지시`
      const words = wordsOf(flat.text, read.tailEnd, Math.min(flat.text.length, read.tailEnd + 80))
      for (let j = 0; j < words.length && j < 6; j++) {
        if (!sayingNoun.test(words[j].w)) continue
        if (j > 0) {
          const names = words.slice(0, j).map((x) => x.w)
          names[j - 1] = names[j - 1].replace(/의$/, '')
          if (names.every((w) => /^[가-힣A-Za-z·]+$/.test(w))) speaker = {words: names, start: words[0].start, end: words[j - 1].start + names[j - 1].length}
        }
        break
      }
      if (!speaker) {
        const words = wordsOf(flat.text, Math.max(start, open - 80), open)
        const lastWord = words[words.length - 1]
        if (lastWord && /의$/.test(lastWord.w) && speakerLike(lastWord.w.slice(0, -1))) speaker = phraseEnding(words, words.length - 1, lastWord.end - 1, flat.hard, text)
      }
    }
    if (!speaker && previous && previous.read.kind === 'saying' && sameSentence(text, previous.read.span.close, open, cell)) {
      // `“…”라며, “…”라고 밝혔다`: the speaker of the quotation before.
      speaker = previous.speaker
      joins = true
    }
    if (!speaker && read.kind === 'saying') {
      // `“…”라고 김 장관은 말했다`
      const words = wordsOf(text, read.tailEnd, Math.min(nextOpen(spans, read.tailEnd, text.length), read.tailEnd + 60)).slice(0, 4)
      for (let j = 0; j < words.length; j++) {
        const m = subjectParticle.exec(words[j].w)
        if (m && speakerLike(words[j].w.slice(0, -m[0].length))) {
          speaker = {words: words.slice(0, j + 1).map((x, n) => (n === j ? x.w.slice(0, -m[0].length) : x.w)), start: words[0].start, end: words[j].end - m[0].length}
          break
        }
        if (/[.,]$/.test(words[j].w)) break
      }
    }
    if (!speaker && topic && topic.end >= Math.max(cell, 0) && open - topic.end < 800) {
      // The speaker of the sentences before (`□ 홍 차관은 … 요청하였다. ㅇ 먼저, “…”을 당부하였으며`).
      speaker = topic
      joins = previous !== null && previous.speaker === topic
    }
    if (!speaker) {
      // A speaker named in the sentences before this one, within the cell.
      const floor = Math.max(cell, 0, start - 600)
      const found = subjectIn(text, floor, start, flat.hard, spans)
      if (found && isPerson(found.words)) {
        speaker = found
        joins = previous !== null && previous.speaker !== null && previous.speaker.start === found.start
      }
    }
    if (speaker && speaker !== topic && (read.kind === 'saying' || read.kind === 'object') && isPerson(speaker.words)) topic = speaker
    const passage = ctx.locator.position(normOf(flat, open + 1), normOf(flat, read.span.close))
    if (joins && previous && previous.speaker === speaker) {
      previous.quote.passages.push(read.text)
      previous.quote.spans.passages.push(passage)
      previous.read = read
      continue
    }
    const quote = makeQuote(ctx, flat, speaker, read.text, passage, mentions)
    out.push(quote)
    previous = {quote, speaker, read}
  }
  return out
}

/** Whether no sentence ends and no cell starts between two places (an item may: `□ … “…”이라며, ○ “…”`). */
function sameSentence(text: string, from: number, to: number, cell: number): boolean {
  if (cell > from) return false
  return sentenceStart(text, to, from) === from
}

/** Whether speaker words name a person (a title, or a name), not an organisation or a group alone. */
function isPerson(words: string[]): boolean {
  const last = words[words.length - 1] ?? ''
  return (isTitle(last) && !isGroup(last)) || last === '그' || last === '그녀' || isKoreanName(last)
}

/** Titles whose holder a speaker printed by title alone (`차관은`) or with a surname (`황 장관은`) is. */
const officeTitle = new RegExp(`(?:${alternation(officeTitles, escape)})$`)

/** How many surnames and titles one release may look up. */
const lookups = 32

function makeQuote(ctx: Context, flat: Flat, speaker: Speaker | null, text: string, passage: Position, mentions: Map<string, Mention[]>): Quote {
  const quote: Quote = {type: 'quote', speaker: null, name: null, title: null, organisation: null, passages: [text], spans: {passages: [passage]}}
  if (!speaker) return quote
  const from = normOf(flat, speaker.start)
  const to = normOf(flat, speaker.end)
  quote.speaker = speaker.words.join(' ')
  quote.spans.speaker = [ctx.locator.position(from, to)]
  const parts = readSpeaker(speaker.words)
  quote.name = parts.name
  quote.title = parts.title
  quote.organisation = parts.organisation
  if (parts.name) {
    // The name as printed in the phrase.
    const at = ctx.norm.indexOf(parts.name, from)
    if (at >= 0 && at < to + 1) quote.spans.name = [ctx.locator.position(at, at + parts.name.length)]
  } else if (parts.title && officeTitle.test(parts.title) && (parts.surname || parts.titleOnly)) {
    // `황 장관`, `차관`: the person named in full before, with that title (and surname).
    const key = `${parts.surname ?? ''}|${parts.title}`
    let list = mentions.get(key)
    // Each surname and title is looked for once in the whole text (a few per release; at most `lookups`).
    if (list === undefined && mentions.size < lookups) {
      list = findPeople(ctx.norm, parts.surname, parts.title)
      mentions.set(key, list)
    }
    let found: Mention | null = null
    for (const mention of list ?? []) {
      if (mention.start >= from) break
      if (mention.strong || !found || !found.strong) found = mention
    }
    if (found) {
      quote.name = found.name
      quote.organisation ??= found.organisation
      quote.spans.name = [ctx.locator.position(found.start, found.end)]
    }
  }
  return quote
}
