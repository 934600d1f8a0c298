/** Shared, linear patterns for recognising press-release vocabulary in normalised text. */
import {codeAt} from './chars.js'
import {endsOf, startsOf} from './guards.js'
import {alternation, media, mediaSeparators} from './lexicon.js'

/** Document kinds, with optional inner spaces. */
export const kindPattern =
  /(공\s*동\s*보\s*도\s*(?:참\s*고\s*)?자\s*료|보\s*도\s*참\s*고\s*자\s*료|보\s*도\s*설\s*명\s*자\s*료|보\s*도\s*해\s*명\s*자\s*료|보\s*도\s*자\s*료|동\s*정\s*자\s*료|설\s*명\s*자\s*료|해\s*명\s*자\s*료|참\s*고\s*자\s*료|알\s*림\s*자\s*료|긴\s*급\s*지\s*시|정\s*정\s*보\s*도\s*자\s*료|보\s*도\s*계\s*획)$/

/** The document kind a text ends with, if any; the end-anchored pattern, which V8 tries at every position, runs only when the last letter can end a kind (료, 시, 획). */
export function kindAtEnd(text: string): RegExpExecArray | null {
  return canEndKind(codeAt(text, text.length - 1)) ? kindPattern.exec(text) : null
}

const canEndKind = endsOf(kindPattern)

/** Embargo labels at the start of a cell. */
export const embargoLabelPattern =
  /^(?:[/|]\s?)?(?:보\s*도\s*시\s*점|보\s*도\s*일\s*시|보\s*도\s*시\s*간|보\s*도\s*일\s*자|엠\s*바\s*고|보\s*도\s*일(?=\s*[:：]|\s*$|\s+\d|\d)|보\s*도(?=\s*[:：]|\s*$|\s+(?:\d|[’'‘`]\d|\(|배\s*포|즉\s*시)))\s*[:：]?\s*/

/** The opening of an embargo printed as a sentence: `이 보도자료는 8월 25일(금) 11:00 이후 보도하여 주시기 바랍니다.` */
export const embargoSentencePattern = /^(?:[※*]\s*)?이\s*(?:보\s*도\s*)?자\s*료\s*는\s*/

/** Distribution labels at the start of a cell (not `배포 즉시`, `배포 시`, `배포 후` which are values). */
export const distributionLabelPattern = /^(?:[/|]\s?)?(?:배\s*포(?:\s*(?:일\s*시|시\s*점|일\s*자|일))?|배\s*부\s*일\s*시)(?!\s*(?:즉시|후|시(?![점간])|직후))\s*(?:[:：]\s*)?/

/** A distribution label inside a cell, after the embargo value (`… / 배포 : 2026. 4. 13.`). */
export const innerDistributionPattern = /(?:^|\s|\/)(배\s*포(?:\s*(?:일\s*시|시\s*점))?(?:\s*[:：])?)\s*(?=\d|[’'‘`]\d)/

/** An embargo label inside a cell, after the distribution value (`배포 : … / 보도일시 : …`). */
export const innerEmbargoPattern = /(?:^|\s|\/)(보\s*도\s*(?:시\s*점|일\s*시|일\s*자|시\s*간)(?:\s*[:：])?|엠\s*바\s*고(?:\s*[:：])?)\s*/

/** Phrases that make an embargo immediate. */
export const immediatePattern = /즉\s*시|바\s*로\s*보\s*도|배\s*포\s*(?:시(?![간각])|후|직후|시점)|제한\s*없음|수\s*시/

export const editionPattern = /(조\s*간|석\s*간)/

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

/** Appendix labels at the start of a row. */
export const appendixPattern =
  /^(?:[【<[(［〔‹〈《] ?)?(따 ?로 ?붙 ?임|붙 ?임|별 ?첨|별 ?지|참 ?고(?: ?자 ?료)?|첨 ?부|부 ?록|통 ?계 ?표) ?(\d{1,2}(?![\d,.]\d))?(?: ?[】>\])］〕›〉》] ?(?:[.:：] ?)?| ?(?:[.:：] ?)?(?=$|\s|\d|[【<[(「『‘“"']))/

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
