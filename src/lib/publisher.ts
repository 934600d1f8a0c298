import {isOrganisation, isTitle, readSpeaker} from './speaker.js'
import {alternation, bracketHeadTitles, escape, governmentEnds, governmentOfficeStarts, jointWords} from './lexicon.js'

/*
 * Who publishes a release: the organisation in the name line or header cell at the top (the
 * logo's words), every ministry of a joint release, else the organisation the lead presents as
 * acting (`국립환경과학원(원장 박연재)은 …`, `윤호중 행정안전부 장관은 …`); full names, never the
 * abbreviation when the full name is printed.
 */

/** Where a publisher's name was read. */
export interface PublisherName {
  name: string
  /** `header`: a header cell; `lead`: the body's first paragraphs; `headline`; `contacts`: the departments. */
  from: 'header' | 'lead' | 'headline' | 'contacts'
  /** Which header cell, body block or contact it was read in. */
  index: number
}

export interface PublisherInput {
  /** The texts of the header's cells that are not labels or values (the logo's words). */
  header: string[]
  headline: string | null
  subtitles: string[]
  /** The texts of the body's first blocks (items, paragraphs, table rows), in order. */
  blocks: string[]
  /** The release's text: title, body and departments (read only when a name is to be confirmed or spelled out). */
  text: () => string
  /** The contacts' departments, in order. */
  departments: Array<string | null>
}

/**
 * Bodies of government: what a joint release's ministries are (`부`, `처`, `청`, `위원회`, `원`, and
 * the offices that are no ministry's unit: `국무조정실`, `국가안보실`, `대통령비서실`).
 */
const governmentEnd = new RegExp(`(?:${alternation(governmentEnds, escape)}|^(?:${alternation(governmentOfficeStarts, escape)})[가-힣]*실)$`)

/** Words after a partner that make the release joint: `… 와 함께`, `… 과 공동으로`. */
const jointAfter = new RegExp(`^\\s*(?:${alternation(jointWords, escape)})`)

/** Words spaced out letter by letter (`경 찰 청`) read as one. */
function compact(text: string): string {
  return /^[가-힣](?:\s+[가-힣])+$/.test(text) ? text.replace(/\s+/g, '') : text
}

/** Particles after a subject or a partner: 은 는 이 가 와 과. */
const particles = new Set([0xc740, 0xb294, 0xc774, 0xac00, 0xc640, 0xacfc])
const isLetter = (code: number) => (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0xb7 || code === 0x2027

/**
 * The next word of a text from `from` followed by a particle (`관세청은`), or by what an
 * organisation says of itself and a particle (`국토교통부(장관 김윤덕, 이하 국토부)는`): the word (2 to
 * 30 letters), the particle, where the word starts and where the particle ends; null when none is.
 * Read char by char, at the particles.
 */
function nextSubject(text: string, from: number): {word: string; particle: string; start: number; end: number} | null {
  for (let k = Math.max(1, from); k < text.length; k++) {
    if (!particles.has(text.charCodeAt(k))) continue
    const next = text.charCodeAt(k + 1)
    if (k + 1 < text.length && next !== 0x20 && next !== 0x2c && next !== 0x0a && next !== 0x09) continue
    let end = k
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--
    if (text.charCodeAt(end - 1) === 0x29) {
      // What the organisation says of itself, in brackets (no bracket inside, at most 80 chars).
      const open = text.lastIndexOf('(', end - 1)
      if (open < 0 || end - open > 82 || text.lastIndexOf(')', end - 2) > open) continue
      end = open
    }
    let start = end
    while (start > 0 && end - start < 30 && isLetter(text.charCodeAt(start - 1))) start--
    if (end - start < 2) continue
    return {word: text.slice(start, end), particle: text[k], start, end: k + 1}
  }
  return null
}
/** Separators of a list of names: a comma or a middle dot. */
const listSeparators = new Set([0x2c, 0xb7, 0x318d, 0x2027])

/**
 * The names listed right before a subject, each followed by a comma or a middle dot (`교육부,
 * 보건복지부, `, `기후에너지환경부·`), read back from its end; what they say of themselves in brackets
 * is left out.
 */
function listBefore(text: string): string[] {
  const out: string[] = []
  let k = text.length
  for (;;) {
    while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--
    if (k === 0 || !listSeparators.has(text.charCodeAt(k - 1))) break
    k--
    while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--
    if (text.charCodeAt(k - 1) === 0x29) {
      const open = text.lastIndexOf('(', k - 1)
      if (open < 0 || k - open > 62) break
      k = open
    }
    let start = k
    while (start > 0 && k - start < 30 && isLetter(text.charCodeAt(start - 1))) start--
    if (k - start < 2) break
    out.unshift(text.slice(start, k))
    k = start
  }
  return out
}

/** An organisation and its head in brackets: `방송미디어통신위원회(위원장 김종철)`. */
const headed = new RegExp(`([가-힣·]{2,30})(?:\\(|\\s+)(?:${alternation(bracketHeadTitles, escape)})\\s*(?::\\s*)?[가-힣]{2,4}(?:[,)]|\\s+(?:은|는|이|가)\\s)`)

/** `우리 정부는 외교부, 방위사업청을 중심으로`: the ministries a government acts through. */
const throughPattern = /정부는\s+((?:[가-힣·]{2,30}\s*,\s*)*[가-힣·]{2,30})(?:을|를)\s*중심으로/

/**
 * The organisations the lead presents as acting: the subject of the first sentence that has one
 * (an organisation, or a person of one: `윤호중 행정안전부 장관은`), with those acting with it
 * (`…는 기후에너지환경부(장관 김성환)와 함께`, `국토교통부(…)와 금융위원회(…)는`).
 */
function actors(text: string): string[] | null {
  const through = throughPattern.exec(text)
  if (through) {
    const list = through[1].split(',').map((w) => w.trim()).filter((w) => isOrganisation(w))
    if (list.length) return list
  }
  const out: string[] = []
  let partners: string[] = []
  for (let m = nextSubject(text, 0); m; m = nextSubject(text, m.end)) {
    const word = m.word
    const particle = m.particle
    if (!isOrganisation(word)) {
      partners = []
      // A person (`윤호중 행정안전부 장관은`, `김민석 국무총리는`): the organisation printed with them, if any, acts.
      if (particle !== '와' && particle !== '과' && out.length === 0 && isTitle(word)) {
        const before = text.slice(Math.max(0, m.start - 60), m.start).replace(/\([^()]*\)/g, ' ').split(/\s+/).filter(Boolean).slice(-3)
        const parts = readSpeaker([...before, word])
        const organisation = parts.organisation?.split(' ').pop()
        // A person of no organisation printed (`김민석 국무총리는`): no one else in the lead acts.
        return organisation && isOrganisation(organisation) ? [organisation] : null
      }
      continue
    }
    if (particle === '와' || particle === '과') {
      // `A와 B는` (both act), or `A는 B와 함께` (B acts with A).
      const after = text.slice(m.end, m.end + 12)
      if (out.length > 0) {
        if (jointAfter.test(after) && governmentEnd.test(word)) out.push(word)
        continue
      }
      if (governmentEnd.test(word)) partners.push(word)
      continue
    }
    if (out.length > 0) break
    for (const p of partners) out.push(p)
    // A list before it: `교육부, 보건복지부, 여성가족부는`, `기후에너지환경부·고용노동부는`.
    for (const name of listBefore(text.slice(Math.max(0, m.start - 160), m.start))) {
      if (isOrganisation(name) && governmentEnd.test(name) && !out.includes(name)) out.push(name)
    }
    out.push(word)
    // Those after it in the sentence (`… 기후에너지환경부(장관 김성환)와 함께`).
    const end = text.indexOf('. ', m.start)
    const rest = text.slice(m.end, end < 0 ? undefined : end)
    for (let n = nextSubject(rest, 0); n; n = nextSubject(rest, n.end)) {
      const after = rest.slice(n.end, n.end + 12)
      if ((n.particle === '와' || n.particle === '과') && isOrganisation(n.word) && governmentEnd.test(n.word) && jointAfter.test(after)) out.push(n.word)
    }
    return out
  }
  return out
}

/** Whether `short` is an abbreviation of `long`: its letters in order, the first the same, ending with the same kind of body. */
function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false
  let k = 0
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++
  if (k < short.length) return false
  const last = short[short.length - 1]
  // `국민권익위` for `국민권익위원회`, `방미통위` for `방송미디어통신위원회`, `한농대` for `…대학교`.
  if (last === '위') return long.endsWith('위원회')
  if (last === '대') return /대학교?$/.test(long)
  return long.endsWith(last)
}

/**
 * The name an abbreviation is defined for (`중소벤처기업부(장관 한성숙, 이하 중기부)`, `행정중심복합도시
 * 건설청(이하 ‘행복청’)`): the longest run of letters before the bracket, white space left out (PDF
 * text spaces words apart), that it abbreviates; null when none is defined.
 */
function definedAs(short: string, text: string): string | null {
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    if (!/이하\s*(?:[‘'"“]\s*)?$/.test(text.slice(Math.max(0, at - 8), at))) continue
    const open = text.lastIndexOf('(', at)
    if (open < 0 || at - open > 60) continue
    const before = text.slice(Math.max(0, open - 40), open).replace(/\s+/g, '')
    for (let k = 0; k < before.length - short.length; k++) {
      const candidate = before.slice(k)
      if (candidate[0] === short[0] && candidate.length <= 20 && abbreviates(short, candidate) && isOrganisation(candidate)) return candidate
    }
  }
  return null
}

/** The organisations' names printed in a text (words that end like one), its particles taken off. */
function organisationsIn(text: string): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(/[가-힣]{3,30}/g)) {
    const word = m[0].replace(/(?:은|는|이|가|의|과|와|을|를|에|에서|으로|로|도|만)$/, '')
    if (isOrganisation(word)) out.add(word)
  }
  return [...out]
}

/** The words of a text that start with `letter` and pass `test` (their particles taken off), read where the letter is. */
function wordsLike(text: string, letter: string, test: (word: string) => boolean): string[] {
  const out: string[] = []
  for (let at = text.indexOf(letter); at >= 0; at = text.indexOf(letter, at + 1)) {
    if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue
    let end = at
    while (end < text.length && end - at < 30 && isLetter(text.charCodeAt(end))) end++
    if (end - at < 2) continue
    const word = text.slice(at, end).replace(/(?:은|는|이|가|의|과|와|을|를|에|에서|으로|로|도|만)$/, '')
    if (test(word) && isOrganisation(word)) out.push(word)
  }
  return out
}

/** Read the publisher of a release. */
export function readPublisher(input: PublisherInput): PublisherName[] {
  // The text the names are looked for in: the title, the body, the departments.
  let all: string | null = null
  const text = () => (all ??= input.text())
  // The title and the lead, where an abbreviation's full name is printed (`중소벤처기업부(…, 이하 중기부)`).
  let top: string | null = null
  const lead = () => (top ??= [input.headline ?? '', ...input.subtitles, ...input.blocks].join('\n'))
  /** The full name printed for an abbreviation (`중소벤처기업부(…, 이하 중기부)`, or a name it abbreviates), or the name itself. */
  const full = (name: string): string => (name.length > 5 ? name : (definedAs(name, lead()) ?? wordsLike(lead(), name[0], (other) => abbreviates(name, other))[0] ?? name))
  /** Whether an organisation is printed anywhere but its header cell (by its name or an abbreviation). */
  const confirmed = (name: string): boolean => text().includes(name) || wordsLike(text(), name[0], (other) => abbreviates(other, name)).length > 0

  const header: PublisherName[] = []
  input.header.forEach((cell, index) => {
    // The logo's words in Hangul (an English name beside them is no other organisation).
    // A unit (`대변인실`) is no publisher, but the offices that are no ministry's unit (`국무조정실`).
    for (const word of compact(cell.trim()).split(/\s+/)) {
      if (!/^[가-힣·]+$/.test(word) || !isOrganisation(word) || (word.endsWith('실') && !governmentEnd.test(word))) continue
      if (!header.some((h) => h.name === word)) header.push({name: word, from: 'header', index})
    }
  })
  // A header cell's organisation printed in the title or the lead is the publisher, whoever the lead says acts.
  if (header.length > 0 && header.every((h) => lead().includes(h.name))) return named(header, full)
  // The lead: the first paragraphs that present an organisation as acting.
  let acting: PublisherName[] = []
  // The lead: the first blocks, about its first paragraphs (a converter may give every line a block of its own).
  let read = 0
  for (let index = 0; index < input.blocks.length && index < 10 && read < 900 && acting.length === 0; index++) {
    read += input.blocks[index].length
    const found = actors(input.blocks[index])
    if (found === null) break
    acting = found.map((name) => ({name, from: 'lead' as const, index}))
  }
  // The subtitles: a lead run onto the subtitle's line (PDF text: `- …참석 황종우 해양수산부 장관은 4월
  // 13일 …`), or a subtitle opening with who acts (`황종우 해양수산부 장관, …`, `관세청, …`).
  for (let index = 0; index < input.subtitles.length && acting.length === 0; index++) {
    const subtitle = input.subtitles[index]
    const opening = /^([^,]{2,40}),\s/.exec(subtitle)
    const found = actors(opening ? subtitle.slice(opening[0].length) : subtitle)
    if (found && found.length) acting = found.map((name) => ({name, from: 'lead' as const, index: -1 - index}))
    else if (opening) {
      const words = opening[1].split(/\s+/)
      const parts = readSpeaker(words)
      const organisation = parts.title ? parts.organisation?.split(' ').pop() : words.length === 1 && isOrganisation(words[0]) ? words[0] : undefined
      if (organisation && isOrganisation(organisation)) acting = [{name: organisation, from: 'lead', index: -1 - index}]
    }
  }
  let out: PublisherName[]
  if (header.length > 0 && (acting.length === 0 || header.every((h) => acting.some((a) => a.name === h.name) || confirmed(h.name)))) out = header
  else if (acting.length > 0) out = acting
  else out = fromDepartments(input.departments, true)
  if (out.length === 0) {
    // An organisation the lead prints with its head (`방송미디어통신위원회(위원장 김종철)`).
    for (let index = 0; index < input.blocks.length && index < 4 && out.length === 0; index++) {
      const m = headed.exec(input.blocks[index])
      if (m && isOrganisation(m[1])) out = [{name: m[1], from: 'lead', index}]
    }
  }
  // The organisation the first department names (`국무조정실 안전환경에너지정책관실`), a ministry's
  // unit aside (`기획조정실 …`); else the headline's (`관세청, …`, `2026년 행정안전부 추가경정예산 …`).
  if (out.length === 0) out = fromDepartments(input.departments, false)
  if (out.length === 0 && input.headline) {
    const found = organisationsIn(input.headline)
    const first = found.find((name) => input.headline!.startsWith(name)) ?? found[0]
    if (first) out = [{name: first, from: 'headline', index: 0}]
  }
  return named(out, full)
}

/** The names read, each spelled out in full and given once. */
function named(names: PublisherName[], full: (name: string) => string): PublisherName[] {
  const seen = new Set<string>()
  const result: PublisherName[] = []
  for (const p of names) {
    const name = full(p.name)
    if (seen.has(name)) continue
    seen.add(name)
    result.push({...p, name})
  }
  return result
}

/**
 * The organisations the contacts' departments start with (`외교부 영사안전국`, `재외동포청 …`): for a
 * joint release (`joint`), every department names one and they are two or more; else the first.
 */
function fromDepartments(departments: Array<string | null>, joint: boolean): PublisherName[] {
  const out: PublisherName[] = []
  let unnamed = false
  departments.forEach((department, index) => {
    if (!department) return
    const first = department.split(/\s+/)[0]
    const unit = first.endsWith('실') && !governmentEnd.test(first)
    if (!isOrganisation(first) || unit || (joint && (!governmentEnd.test(first) || department.split(/\s+/).length < 2))) {
      unnamed = true
      return
    }
    if (!out.some((o) => o.name === first)) out.push({name: first, from: 'contacts', index})
  })
  if (joint) return !unnamed && out.length >= 2 ? out : []
  return out.slice(0, 1)
}
