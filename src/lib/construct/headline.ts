/**
 * What a headline is not. The title box is read from the first line after the header; when the
 * header or the contacts printed above the title were not recognised, that line is one of theirs
 * (a label, a row of dates, a contact row) or the title of a box under the title (`< 요 약 >`).
 * Such a line is no headline: the title scan tries the next line, and keeps the first one only
 * when no line near it reads as a headline.
 */
import {boxTitles, contactLineLabels, editions, fieldLabels} from '../lexicon.js'
import {findDates, findTimes} from '../date.js'
import {channelPattern, emailPattern, immediatePattern, kindAtEnd, phonePattern} from '../patterns.js'
import type {Row} from '../stream.js'
import {isLabelWords, isOrganisationName} from '../words.js'
import type {Context} from '../context.js'
import {isHeaderLabelRow, opensHeaderContacts} from './header.js'
import {isContactsStart} from './contacts.js'

/** Why a line is no headline. */
export type HeadlineDoubt = 'header' | 'contacts' | 'box-title' | 'label'

const squashed = (text: string) => text.replace(/\s+/g, '')

/** The box titles, without spaces: `요약`, `주요내용`, `한눈에보기` … */
const boxTitleSet = new Set(boxTitles.map(squashed))

/** Brackets, bullets and marks a box title is printed between: `< 요 약 >`, `【 주요 내용 】`, `◆ 요약 ◆`, `[핵심 요약]`. */
const boxMarks = /[<>〈〉《》[\]［］【】()（）「」『』◆◇■□▣◈○●◎※★☆▶▷·•:：\-–—=_*#|]/g

/** Whether a text is a box's title: one of the lexicon's, between brackets or marks or alone (`< 요 약 >`, `[주요 내용]`). */
export function isBoxTitle(text: string): boolean {
  if (text.length > 30) return false
  const word = squashed(text.replace(boxMarks, ' '))
  return word.length > 0 && boxTitleSet.has(word)
}

const contactLineLabelSet = new Set(contactLineLabels.map(squashed))
const fieldLabelSet = new Set(Object.values(fieldLabels).flat().map(squashed))
/** The longest field label, spaced as printed at most (`연 락 처 ( 전 화 )`). */
const maxFieldLabel = 2 * [...fieldLabelSet].reduce((longest, l) => Math.max(longest, l.length), 0)

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) return true
  }
  return false
}

function hasPhoneOrEmail(text: string): boolean {
  phonePattern.lastIndex = 0
  emailPattern.lastIndex = 0
  return phonePattern.test(text) || emailPattern.test(text)
}

/** Letters a header value holds beside its dates, times, edition, channels and words of immediacy. */
function lettersBesideMoments(text: string): number {
  let rest = text
  const spans = [...findDates(text), ...findTimes(text)].sort((a, b) => b.index - a.index)
  for (const s of spans) rest = rest.slice(0, s.index) + ' ' + rest.slice(s.end)
  channelPattern.lastIndex = 0
  rest = rest.replace(channelPattern, ' ')
  channelPattern.lastIndex = 0
  for (const word of editions) rest = rest.split(word).join(' ')
  rest = rest.replace(new RegExp(immediatePattern.source, 'g'), ' ').replace(/보\s*도|이\s*후|부\s*터|까\s*지|[월화수목금토일]요일/g, ' ')
  let letters = 0
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i)
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++
  }
  return letters
}

/** Whether a text is a header's value alone: dates and times (`2026. 4. 13.(월) 12:00`, `< 4. 14.(화) 조간 >`) and nothing more. */
function isMomentAlone(text: string): boolean {
  if (text.length > 60) return false
  const moments = findDates(text).length + findTimes(text).length
  return (moments > 0 || immediatePattern.test(text)) && lettersBesideMoments(text) <= 1
}

/** Whether a text is a kind, alone or after an organisation's name (`보도자료`, `기획재정부 보도참고자료`). */
function isKindLine(text: string): boolean {
  const kind = kindAtEnd(text)
  if (!kind) return false
  const before = text.slice(0, kind.index).trim()
  return before === '' || (before.length <= 30 && isOrganisationName(before))
}

/** A short label before a colon (`발표 일시 :`, `문의 :`) and what follows it. */
const labelled = /^([^:：]{1,12}?)\s*[:：](.*)$/

/**
 * Why a row cannot be a headline, or null when it can: a header row (a label of the header, a
 * moment alone, `label : moment`, the kind alone), a contact row (a phone or e-mail, a contact
 * label), a box's title (`< 요 약 >`), or a label with nothing after it (`주요 내용 :`, `성명`).
 */
export function headlineDoubt(ctx: Context, row: Row): HeadlineDoubt | null {
  const text = row.text
  if (!text) return null
  if (isBoxTitle(text)) return 'box-title'
  const digits = hasDigit(text)
  if (isHeaderLabelRow(ctx, row) || ((digits || text.length <= 20) && isMomentAlone(text))) return 'header'
  // The kind alone, or after the issuer's name (`기획재정부 보도자료`), in the line or one of its cells.
  if (isKindLine(text) || (row.kind === 'row' && row.cells.some((c) => c.text && c.text.length <= 40 && isKindLine(c.text)))) return 'header'
  const reachable = digits || text.includes('@')
  if ((reachable && hasPhoneOrEmail(text)) || isContactsStart(row) || (reachable && opensHeaderContacts(ctx, row))) return 'contacts'
  const first = row.kind === 'row' ? row.cells.find((c) => c.text)!.text : text
  const colon = first.includes(':') || first.includes('：') ? labelled.exec(first) : null
  const label = row.kind === 'row' && row.cells.filter((c) => c.text).length > 1 ? first : colon?.[1]
  if (label !== undefined) {
    const word = squashed(label)
    if (contactLineLabelSet.has(word) || isLabelWords(label)) return 'contacts'
    const value = row.kind === 'row' ? row.cells.filter((c) => c.text).slice(1).map((c) => c.text).join(' ') : (colon?.[2].trim() ?? '')
    if (value && isMomentAlone(value) && label.length <= 10) return 'header'
    if (!value && (fieldLabelSet.has(word) || /[:：]\s*$/.test(first))) return 'label'
  }
  if (row.kind === 'line' && text.length <= maxFieldLabel && fieldLabelSet.has(squashed(text))) return 'label'
  return null
}
