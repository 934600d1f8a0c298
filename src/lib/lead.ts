/**
 * How a release's body opens: its lead names the issuer with its head in brackets
 * (`산림청(청장 박은식)은`, `중소벤처기업부(장관 한성숙, 이하 중기부)는`), a person by name and title
 * (`황종우 해양수산부 장관은`), a subject and a date (`정부는 4월 10일`), a date (`4월 10일,`), or a
 * marker (`□`, `☐`, `※`). A title box never does; PDF text may run the first line of the body into
 * the last line of the title box, and this tells where it starts.
 */
import {headTitles, issuerWords} from './lexicon.js'
import {isOrganisationName, isPersonName} from './words.js'

/**
 * What a body's first line opens with: a `marker`, an `issuer` (with its head in brackets, or as
 * the subject: `관세청은`, `정부는`), a `person` with a title, or a `date`.
 */
export type Lead = 'marker' | 'issuer' | 'person' | 'date'

/** Markers a body's first item starts with (`☐` is how some PDFs print `□`). */
const leadMarker = /^[□■○●◎ㅇ※▲◆◇【☐❍◦▶]/

/** The titles of heads, longest first, so that `위원장` is read before `원장`. */
const titles = [...new Set(headTitles)].sort((a, b) => b.length - a.length)

/** The title a text starts with, if any. */
function titleAtStart(text: string): string | undefined {
  return titles.find((t) => text.startsWith(t))
}

/** Two to four Hangul letters: a person's name. */
const name = /^[가-힣]{2,4}$/

/**
 * Whether the bracket opening at `open` names the issuer's head or its short name:
 * `(장관 한성숙,`, `(이사장 직무대행 권혁태,`, `(이하 행복청, 청장 강주엽)`, `(이하 ‘공정위’)`,
 * spaced or not (PDF text: `(장 관 한성 숙,`).
 */
function headInBrackets(text: string, open: number): boolean {
  const close = text.indexOf(')', open)
  const inside = text.slice(open + 1, close < 0 ? Math.min(text.length, open + 40) : close)
  if (inside.length > 40) return false
  const parts = inside.split(',')
  // `(이하 …)` alone, or before the head: `(이하 행복청, 청장 강주엽)`.
  const first = parts[0].replace(/\s+/g, '')
  if (first.startsWith('이하') && (parts.length === 1 || /^\s*이\s*하\s/.test(inside))) {
    if (parts.length === 1 && /^\s*이\s*하\s/.test(inside)) return true
    parts.shift()
  }
  if (close < 0 && parts.length < 2) return false
  let head = (parts[0] ?? '').replace(/\s+/g, '')
  // A title, another after it (`이사장 직무대행`), then a name.
  for (let k = 0; k < 2; k++) {
    const title = titleAtStart(head)
    if (!title) return k > 0 && name.test(head)
    head = head.slice(title.length)
    if (name.test(head)) return true
  }
  return false
}

/** Whether a word ends with a head's title and a topic particle: `장관은`, `재정경제부장관은`, `2차관은`. */
function isTitleWithTopic(word: string): boolean {
  const last = word[word.length - 1]
  if (last !== '은' && last !== '는') return false
  const stem = word.slice(0, -1)
  return titles.some((t) => stem.endsWith(t))
}

/** A date at the start: `4월 10일`, `13일(월)`, `4. 13.(월)`. */
const leadDate = /^(?:\d{1,2}\s*월\s*\d{1,2}\s*일|\d{1,2}\s*일\s*\(\s*[월화수목금토일]\s*\)|\d{1,2}\s*\.\s*\d{1,2}(?:\s*\.)?\s*\(\s*[월화수목금토일]\s*\))/


/** Letters an organisation's name is made of, spaced or not (`중소벤 처기업 부`). */
const nameLetters = /^[가-힣A-Za-z·‧ㆍ ]+$/

/** Whether `text` opens with an organisation's name and its head in brackets (`산림청(청장 박은식)은`). */
export function opensWithIssuer(text: string): boolean {
  const open = text.indexOf('(')
  if (open < 2 || open > 40) return false
  const name = text.slice(0, open).trim()
  if (!nameLetters.test(name) || name.split(' ').length > 4) return false
  return headInBrackets(text, open)
}

/** An organisation's name with a topic particle, a note in brackets between them or not: `관세청은`, `경찰청(국가수사본부)은`. */
const issuerTopic = /^([가-힣A-Za-z·‧ㆍ]{2,30})(?:\([^()]{1,30}\))?(?:은|는)(?:\s|$)/

const issuerWordSet = new Set(issuerWords)

/** Whether `text` opens with an organisation as the subject (`관세청은 …`, `경찰청(국가수사본부)은 …`, `정부는 …`). */
function opensWithSubjectIssuer(text: string): boolean {
  const m = issuerTopic.exec(text)
  return m !== null && (isOrganisationName(m[1]) || issuerWordSet.has(m[1]))
}

/** What `text` opens with, as a body's first line does, or null. */
export function leadOf(text: string): Lead | null {
  if (leadMarker.test(text)) return 'marker'
  if (leadDate.test(text)) return 'date'
  // An issuer or a person leads with a bracket or a topic particle (`은`, `는`).
  if (!text.includes('(') && !text.includes('은') && !text.includes('는')) return null
  if (opensWithIssuer(text) || opensWithSubjectIssuer(text)) return 'issuer'
  const words = text.split(/\s+/, 6)
  // A person's full name, then a title and a topic particle within the next words: `황종우 해양수산부 장관은`.
  if (words.length > 1 && words[0].length === 3 && isPersonName(words[0])) {
    for (let w = 1; w < Math.min(words.length, 5); w++) if (isTitleWithTopic(words[w])) return 'person'
  }
  return null
}

/** Whether a text is an issuer as a subject and nothing more (`정부는`): a sentence's start, never a title's end. */
export function isLoneSubject(text: string): boolean {
  const t = text.trim()
  return !t.includes(' ') && opensWithSubjectIssuer(t)
}

/**
 * Whether an issuer's name in brackets starts with the first letter of the short name it gives
 * itself (`국토교통부(이하 국토부, …)`): where its name starts, when PDF text ran it into the word before.
 */
export function startsLikeShortName(text: string): boolean {
  const open = text.indexOf('(')
  const short = open > 0 ? /^\(\s*이\s*하\s*['‘’"“]?([가-힣])/.exec(text.slice(open)) : null
  return short !== null && text.startsWith(short[1])
}

/** How many words an issuer's name in brackets has before its bracket (`초대 방송미디어통신위원회(위원장 …)`: 2), or 0 for none. */
export function issuerWordsBefore(text: string): number {
  const open = text.indexOf('(')
  return open > 0 && opensWithIssuer(text) ? text.slice(0, open).trim().split(' ').length : 0
}
