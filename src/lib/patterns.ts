/** Shared, linear patterns for recognising press-release vocabulary in normalised text. */
import {codeAt} from './chars.js'
import {endsOf, startsOf} from './guards.js'
import {
  alternation,
  appendixLabels,
  datedDistributionLabels,
  distributionLabels,
  distributionValueWords,
  editions,
  embargoLabels,
  escape,
  immediateWords,
  innerDistributionLabels,
  innerEmbargoLabels,
  kinds,
  media,
  mediaSeparators,
  mediumWords,
  shortEmbargoLabels
} from './lexicon.js'

/*
 * The header's and the appendices' words are the lexicon's (`lexicon.ts`): the patterns below are
 * built from its lists, and a spelling added there is recognised everywhere these are used.
 */

/** Brackets a header label may be printed in: `[보도시점]`, `<배포>`, `【보도일시】`, `(배포일)`. */
const labelOpen = '(?:[[(<【〈［〔（]\\s*)?'
const labelClose = '(?:\\s*[\\])>】〉］〕）])?'
/** What may follow a label that begins other words too: a colon, a closing bracket, the end, or a value. */
const shortLabelEnd = `(?=\\s*[:：\\])>】〉］〕）]|\\s*$|\\s*\\d|\\s+(?:[’'‘\`]\\d|\\(|${alternation(['배포', '즉시'])}))`

/** Document kinds, with optional inner spaces. */
export const kindPattern = new RegExp(`(${alternation(kinds)})$`)

/** The document kind a text ends with, if any; the end-anchored pattern, which V8 tries at every position, runs only when the last letter can end a kind (료, 시, 획). */
export function kindAtEnd(text: string): RegExpExecArray | null {
  return canEndKind(codeAt(text, text.length - 1)) ? kindPattern.exec(text) : null
}

const canEndKind = endsOf(kindPattern)

/**
 * Embargo labels at the start of a cell, whatever their spaces, brackets and colon (`보 도 일 시 :`,
 * `[보도시점]`); `보도` and `보도일` only before a value, a colon, a bracket or the end.
 */
export const embargoLabelPattern = new RegExp(
  `^(?:[/|]\\s?)?${labelOpen}(?:${alternation(embargoLabels)}|(?:${alternation(shortEmbargoLabels)})${shortLabelEnd})${labelClose}\\s*[:：]?\\s*`
)

/** The opening of an embargo printed as a sentence: `이 보도자료는 8월 25일(금) 11:00 이후 보도하여 주시기 바랍니다.` */
export const embargoSentencePattern = /^(?:[※*]\s*)?이\s*(?:보\s*도\s*)?자\s*료\s*는\s*/

/**
 * Distribution labels at the start of a cell, whatever their spaces, brackets and colon (not `배포
 * 즉시`, `배포 시`, `배포 후`, which are values).
 */
export const distributionLabelPattern = new RegExp(
  `^(?:[/|]\\s?)?${labelOpen}(?:${alternation(distributionLabels)})(?!\\s*(?:${alternation(distributionValueWords, escape)})(?![점간]))${labelClose}\\s*(?:[:：]\\s*)?`
)

/** The first letters a label can start with: its words' first letters, a bar or slash before it, an opening bracket. */
function firstLetters(words: readonly string[]): (code: number) => boolean {
  const codes = new Set([...'/|[(<【〈［〔（'].map((c) => c.charCodeAt(0)))
  for (const word of words) codes.add(word.charCodeAt(0))
  return (code) => codes.has(code)
}

const canStartEmbargoLabel = firstLetters([...embargoLabels, ...shortEmbargoLabels])
const canStartDistributionLabel = firstLetters(distributionLabels)

/** Whether a cell's text starts with an embargo label; the pattern runs only after a first letter that can start one. */
export function isEmbargoLabel(raw: string): boolean {
  return canStartEmbargoLabel(codeAt(raw, 0)) && embargoLabelPattern.test(raw)
}

const datedOnly = new RegExp(`^(?:[/|]\\s?)?${labelOpen}(?:${alternation(datedDistributionLabels)})${labelClose}\\s*(?:[:：]\\s*)?`)

/**
 * A distribution label at the start of `raw` that reads as one: any of `distributionLabelPattern`,
 * but those that head other values too (`자료제공`, `등록일`) only before a date or alone.
 */
export function distributionLabelAt(raw: string): RegExpExecArray | null {
  if (!canStartDistributionLabel(codeAt(raw, 0))) return null
  const m = distributionLabelPattern.exec(raw)
  if (!m || !datedOnly.test(raw)) return m
  const rest = raw.slice(m[0].length)
  return rest.trim() === '' || /^(?:\d|[’'‘`]\d)/.test(rest) ? m : null
}

/** A distribution label inside a cell, after the embargo value (`… / 배포 : 2026. 4. 13.`). */
export const innerDistributionPattern = new RegExp(`(?:^|\\s|\\/)((?:${alternation(innerDistributionLabels)})(?:\\s*[:：])?)\\s*(?=\\d|[’'‘\`]\\d)`)

/** An embargo label inside a cell, after the distribution value (`배포 : … / 보도일시 : …`). */
export const innerEmbargoPattern = new RegExp(`(?:^|\\s|\\/)((?:${alternation(innerEmbargoLabels)})(?:\\s*[:：])?)\\s*`)

/** Phrases that make an embargo immediate. */
export const immediatePattern = new RegExp(`(?:${alternation(immediateWords)})(?![간각])`)

export const editionPattern = new RegExp(`(${alternation(editions)})`)

/** Words of media, spaced or not (`매 체`, `인터넷`). */
export const mediumWordPattern = new RegExp(alternation(mediumWords))

const medium = `(?:${alternation(media)})`
const mediumJoin = `\\s*(?:${alternation(mediaSeparators, (w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))})\\s*`

/** Per-medium channel markers: (온라인) (지 면) <인터넷> [방송] (인터넷, 지면) … */
export const channelPattern = new RegExp(`[(<[［（〈]\\s*(${medium}(?:${mediumJoin}${medium})*)\\s*[)>\\]］）〉]`, 'g')

/** Media named without brackets, alone in a cell: `누리망·방송`, `온라인 :`, `지면은`. */
export const bareChannelPattern = new RegExp(`^(${medium}(?:${mediumJoin}${medium})*)\\s*(?:[:：]|은|는)?$`)

/** Media named without brackets inside a value, before its date: `… 조간 누리망·방송 2026. 4. 13.(월) 12:00`. */
export const innerBareChannelPattern = new RegExp(`(?<=^|[\\s(（<［〈])(${medium}(?:${mediumJoin}${medium})*)\\s*(?:[:：]|은|는)?\\s*(?=\\d|['’‘\`]\\d)`, 'g')

/**
 * A phone number: an area or mobile code and two groups, or a nationwide number (`1588-1234`);
 * also one misprinted with a middle group of two digits between dashes (`044-30-2207`), read so
 * that its contact keeps it and the check `invalid-phone` can name it.
 */
export const phonePattern = /(?<![\d(])(\(?0\d{1,3}\)?[\s.\-)]{0,3}\d[\d*]{2,3}[\s.\-]{0,3}[\d*]{4}|\(?0\d{1,3}\)?-\d\d-\d{4}|1[568]\d{2}-\d{4})(?!\d)/g

export const emailPattern = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+\s?@\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g

/** Appendix labels at the start of a row (one space at most between their letters: `붙 임`). */
export const appendixPattern = new RegExp(
  `^(?:[【<[(［〔‹〈《] ?)?(${alternation(appendixLabels, (w) => [...w].map(escape).join(' ?'))}) ?(\\d{1,2}(?![\\d,.]\\d))?(?: ?[】>\\])］〕›〉》] ?(?:[.:：] ?)?| ?(?:[.:：] ?)?(?=$|\\s|\\d|[【<[(「『‘“"']))`
)

/** The appendix label a text starts with, if any; the pattern runs only after a first letter that can start one. */
export function appendixLabelAt(text: string): RegExpExecArray | null {
  return canStartAppendixLabel(codeAt(text, 0)) ? appendixPattern.exec(text) : null
}

/** The appendix label a row's text starts with, if any, tested first by the row's first letter (its text may not be joined yet). */
export function rowAppendixLabel(row: {readonly lead: number; readonly text: string}): RegExpExecArray | null {
  return canStartAppendixLabel(row.lead) ? appendixPattern.exec(row.text) : null
}

/** Whether a first letter can start an appendix label (붙 별 참 첨 부 따, or a bracket: 【 < [ ( ［ 〔 ‹ 〈 《). */
const canStartAppendixLabel = startsOf(appendixPattern)

/** Subtitle markers: dashes, and the bullets some title boxes use (▴ ▸ ►). */
export const subtitleMarkerPattern = /^(?:[-–—‐‑‒―­~～ㅡ]+|[▴▸►▶▷∙•])\s*/

/** Markers of body items, as a sticky pattern tried at the start of a trimmed line. */
export const markerPattern =
  /^(□|■|◇|◆|○|●|◎|◦|ㅇ|o(?=\s)|-|–|·|ㆍ|‧|∙|\*{1,3}|※|▲|△|▴|▵|▸|▹|►|▶|▷|▪|▫|￭|◈|◉|•|☞|✓|✔|󰊱|󰊲|󰊳|󰊴|󰊵|[①-⑳]|[❶-❿]|[➊-➓]|[⓵-⓾]|[Ⅰ-Ⅻ]\.|\d{1,2}\.(?=\s)|\(\d{1,2}\)|[가나다라마바사아자차카타파하]\.(?=\s)|\([가나다라마바사아자차카타파하]\))\s*/

/**
 * Every match of a global or sticky `pattern` in `text`, in order. `String#matchAll` copies the
 * pattern for every call, which costs more than the match on the short texts scanned here.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    out.push(match)
    if (match[0] === '') pattern.lastIndex++
  }
  pattern.lastIndex = 0
  return out
}

/** Whether `text` ends with a dash (`-`, `–`, `—`): a cheap test before the end-anchored patterns, which V8 tries at every position. */
export function endsWithDash(text: string): boolean {
  return isDash(codeAt(text, text.length - 1))
}

const isDash = startsOf(/[-–—]/)
