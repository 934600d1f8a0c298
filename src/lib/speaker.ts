/*
 * The words that name a speaker (`윤호중 행정안전부 장관`, `국토교통부 김윤덕 장관`, `사절단장인 김진해
 * 외교부 카리콤정부대표`, `황 장관`, `차관`, `관계자`): which is the person's name, which the title,
 * which the organisation, in whatever order they are printed; and where a speaker printed as a
 * surname with a title, or a title alone, was named in full before.
 */

import {
  alternation,
  escape,
  headedUnitEnds,
  ministerTitles,
  notNameWords,
  notOrganisationEnds,
  notOrganisationWords,
  notTitleWords,
  officerFields,
  speakerDoubleSurnames,
  speakerGroups,
  speakerOrganisationEnds,
  speakerSurnames,
  speakerTitles,
  surnameLikeTitles,
  surnameTitles,
  wholeWordTitles
} from './lexicon.js'

/** What a speaker phrase says. */
export interface SpeakerParts {
  name: string | null
  title: string | null
  organisation: string | null
  /** A surname printed alone before the title (`황 장관`): the full name is to be found. */
  surname: string | null
  /** Whether the phrase names a person by title only (`차관`), whose name is to be found. */
  titleOnly: boolean
}

/** Surnames, one syllable (and the common ones of two). */
const surnames = new Set(speakerSurnames)
const doubleSurnames = new Set(speakerDoubleSurnames)

/** The units a head's title `…장` names: by one letter (a class, tried at once), or by a word. */
const headedUnitLetters = headedUnitEnds.filter((w) => w.length === 1).join('')
const headedUnitWords = headedUnitEnds.filter((w) => w.length > 1)

/** Titles of office: what a speaker phrase ends with (a department may be glued before it: `도시경제과장`). */
const titleEnd = new RegExp(`(?:${alternation(speakerTitles, escape)}|(?:[${headedUnitLetters}]|${alternation(headedUnitWords, escape)})장|[가-힣]{1,8}(?:${alternation(officerFields, escape)})관)$`)
/** Titles that are titles only as the whole word (`연구원` is also an institute's name's end, `공사` a corporation's, `감사` an audit's). */
const wholeTitles = new RegExp(`^(?:${alternation(wholeWordTitles, escape)})$`)
/** Words that end like titles and are not (`현장`, `시장` as a market are left to context: these never name a speaker). */
const notTitles = new Set(notTitleWords)

/** Organisations: ministries, agencies, commissions, institutes, universities, companies … (three letters or more). */
const orgEnd = new RegExp(`^(?:[가-힣]{2,}(?:${alternation(speakerOrganisationEnds, escape)})|[가-힣]+위원회|[A-Z][A-Z&]{1,11})$`)
/** Words that end like an organisation and are not one. */
const notOrganisations = new RegExp(`(?:${alternation(notOrganisationEnds, escape)})$|^(?:${alternation(notOrganisationWords, escape)})$`)

/** Groups and roles that speak without a name (`관계자`, `전문가들`, `참석자`). */
const groups = new RegExp(`(?:${alternation(speakerGroups, escape)})들?$`)
/** Words that are never a name, though they look like one (two to four letters, a surname first). */
const notNames = new Set(notNameWords)

/** Titles that start with a letter that is also a surname. */
const compoundTitles = new Set(surnameLikeTitles)

/** Plural and honorific endings: `대표들`, `장관님`. */
function bare(word: string): string {
  // 님 (U+B2D8), 들 (U+B4E4)
  let end = word.length
  while (end > 0 && (word.charCodeAt(end - 1) === 0xb2d8 || word.charCodeAt(end - 1) === 0xb4e4)) end--
  return end === word.length ? word : word.slice(0, end)
}

const hangul = /^[가-힣]+$/
/** A minister's title glued to the ministry (`행정안전부장관`, `외교부제1차관`). */
const ministerGlued = new RegExp(`^([가-힣]{2,}[부처청])((?:제?\\d)?(?:${alternation(ministerTitles, escape)}))$`)
/** A surname glued to a title (`홍차관`, `황장관`). */
const surnameGlued = new RegExp(`^([가-힣])(${alternation(surnameTitles, escape)})$`)

/**
 * The letters a title can end with (`titleEnd`, `wholeTitles`), and an organisation's name
 * (`orgEnd`: its Hangul endings and an acronym's capitals): words ending otherwise are turned away
 * without a pattern run. Read from the lexicon's lists, not from the patterns (`endsOf`): that
 * costs tens of milliseconds when the module loads, the patterns' `[가-힣]` classes being eleven
 * thousand letters.
 */
const lastLetters = (words: readonly string[], more: string): Set<number> => new Set(words.map((w) => w.charCodeAt(w.length - 1)).concat(more.split('').map((c) => c.charCodeAt(0))))
const titleLetters = lastLetters(speakerTitles.concat(wholeWordTitles), '장관')
const organisationLetters = lastLetters(speakerOrganisationEnds, '회&ABCDEFGHIJKLMNOPQRSTUVWXYZ')
const mayEndTitle = (code: number) => titleLetters.has(code)
const mayEndOrganisation = (code: number) => organisationLetters.has(code)

export function isTitle(word: string): boolean {
  const w = bare(word)
  if (w.length < 2) return false
  const last = w.charCodeAt(w.length - 1)
  return mayEndTitle(last) && !notTitles.has(w) && (titleEnd.test(w) || wholeTitles.test(w))
}

export function isOrganisation(word: string): boolean {
  const w = bare(word)
  if (w.length < 3 && !/^[A-Z]/.test(w)) return false
  if (!mayEndOrganisation(w.charCodeAt(w.length - 1)) || isTitle(w)) return false
  // Three letters ending with 원, 시, 도, 군, 구 after a surname are a name (`김지원`, `이명구`), not an institute or a district.
  if (w.length === 3 && /[원시도군구]$/.test(w) && surnames.has(w[0])) return false
  // People and common words that end like an institute (`공무원`, `직원`, `지원`, `공원`).
  if (notOrganisations.test(w)) return false
  return orgEnd.test(w)
}

export function isGroup(word: string): boolean {
  return groups.test(word)
}

/** Whether a word is a Korean personal name: two to four letters, a surname first, not a common word. */
export function isKoreanName(word: string): boolean {
  if (word.length < 2 || word.length > 4 || !hangul.test(word) || notNames.has(word)) return false
  if (!surnames.has(word[0]) && !doubleSurnames.has(word.slice(0, 2))) return false
  // A word ending like a unit, a role or a group is no name (`연수생`, `몽골측`, `공정위`).
  if (word.length >= 3 && /(?:생|측|단|들|청|처|부|팀|위)$/.test(word)) return false
  return !isTitle(word) && !isGroup(word)
}

export function isSurname(word: string): boolean {
  return (word.length === 1 && surnames.has(word)) || doubleSurnames.has(word)
}

/** A word of a foreign name written in Hangul (`카림`, `카리니`): letters only, not a title, organisation or common word. */
function isNameWord(word: string): boolean {
  return word.length >= 1 && word.length <= 5 && hangul.test(word) && !notNames.has(word) && !isTitle(word) && !isOrganisation(word) && !isGroup(word)
}

/**
 * Read the words naming a speaker (their particles taken off) into name, title and organisation,
 * in any order: organisation name title, name organisation title, title alone, a surname with
 * a title, with an apposition first (`사절단장인 …`) and a title of two words (`기획조정실장 직무대리`).
 */
export function readSpeaker(words: string[]): SpeakerParts {
  const parts: SpeakerParts = {name: null, title: null, organisation: null, surname: null, titleOnly: false}
  let list = words.filter(Boolean)
  // An apposition: `사절단장인 김진해 …` (the speaker, who is the head of the mission).
  while (list.length > 1 && /인$/.test(list[0]) && isTitle(list[0].slice(0, -1))) list = list.slice(1)
  // The title: the last words that are titles.
  let end = list.length
  while (end > 0 && isTitle(list[end - 1]) && !(end < list.length && isKoreanName(list[end - 1]))) end--
  if (end < list.length) parts.title = list.slice(end).join(' ')
  const rest = list.slice(0, end)
  // The name: right before the title (`국토교통부 김윤덕 장관`), or before the organisations that
  // are (`윤호중 행정안전부 장관`); a Korean name, or two words or more of a foreign name (`카림 카리니`).
  let nameAt = -1
  let nameEnd = -1
  let k = rest.length - 1
  if (k >= 0 && !(isKoreanName(rest[k]) && !isOrganisation(rest[k]))) while (k >= 0 && isOrganisation(rest[k])) k--
  if (k >= 0 && isKoreanName(rest[k]) && !isOrganisation(rest[k])) {
    nameAt = k
    nameEnd = k + 1
  } else if (k >= 1) {
    let start = k + 1
    while (start > 0 && isNameWord(rest[start - 1])) start--
    if (k + 1 - start >= 2) {
      nameAt = start
      nameEnd = k + 1
    }
  }
  if (nameAt >= 0) parts.name = rest.slice(nameAt, nameEnd).join(' ')
  else if (rest.length > 0 && isSurname(rest[rest.length - 1]) && parts.title) parts.surname = rest[rest.length - 1]
  const orgs = rest.filter((w, k) => (k < nameAt || k >= nameEnd) && w !== parts.surname && isOrganisation(w))
  if (orgs.length) parts.organisation = orgs.join(' ')
  // A title glued to its ministry (`행정안전부장관`): the ministry is the organisation.
  if (parts.title && !parts.organisation) {
    const glued = ministerGlued.exec(parts.title)
    if (glued) {
      parts.organisation = glued[1]
      parts.title = glued[2]
    }
  }
  // A surname glued to the title (`홍차관`, `황장관`).
  if (!parts.name && !parts.surname && parts.title && !parts.title.includes(' ')) {
    const glued = surnameGlued.exec(parts.title)
    if (glued && surnames.has(glued[1]) && !compoundTitles.has(parts.title)) {
      parts.surname = glued[1]
      parts.title = glued[2]
    }
  }
  parts.titleOnly = parts.name === null && parts.surname === null && parts.title !== null && rest.every((w) => isOrganisation(w))
  return parts
}

/** A person named in the text: the name and where it was printed (offsets in the text searched). */
export interface Mention {
  name: string
  organisation: string | null
  start: number
  end: number
  /** Whether the title printed next to the name is the one looked for (else another title). */
  strong: boolean
}

const wordPattern = /[^\s,()·「」『』“”"'‘’<>[\]]+/g
const particle = /(?:은|는|이|가|의|과|와|께서|에게|을|를|도)$/

/**
 * The people in `text` named in full with `title`, or with the surname `surname` and `title`
 * (`황종우 해양수산부 장관`, `장관 황종우`, `홍지선 국토교통부 2차관`), in order: a name next to a word
 * ending with the title, at most three words of organisation apart (`strong`); with a surname,
 * also a full name next to another title.
 */
export function findPeople(text: string, surname: string | null, title: string): Mention[] {
  const want = bare(title).replace(/^(?:제)?\d+/, '')
  const stem = (w: string) => bare(w.replace(particle, ''))
  const endsWithTitle = (w: string) => {
    const b = stem(w)
    return b.endsWith(want) && isTitle(b)
  }
  const anyTitle = (w: string) => isTitle(stem(w))
  const out: Mention[] = []
  const seen = new Set<number>()
  // Only the words around each place the surname (or, for a title alone, the title) is printed are read.
  const key = surname ?? want
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const words = wordsAround(text, at)
    for (let k = 0; k < words.length; k++) {
      if (seen.has(words[k].start)) continue
      // A name with its particle (`황종우는`) is the name; three letters are a name as printed (`권오을`).
      const stripped = words[k].w.replace(particle, '')
      const word = stripped !== words[k].w && words[k].w.length > 3 && isKoreanName(stripped) ? stripped : words[k].w
      if (!isKoreanName(word) || (surname !== null && !(word.startsWith(surname) && word.length > surname.length))) continue
      // The title after the name (a word or three of organisation between), or before it (`장관 황종우`).
      let titled = false
      let any = false
      const orgs: string[] = []
      // Only organisations stand between the name and the title (`홍지선 국토교통부 2차관`), or, for
      // another title, a word or two (`박현희 첫 여성 기획조정관`).
      let others = 0
      for (let j = k + 1; j < words.length && j <= k + 4; j++) {
        if (endsWithTitle(words[j].w) && others === 0) titled = true
        if (anyTitle(words[j].w)) any = true
        if (titled || any) break
        if (isOrganisation(stem(words[j].w))) orgs.push(stem(words[j].w))
        else if (++others > 2 || !/^[가-힣]{2,}$/.test(words[j].w)) break
      }
      if (k > 0 && endsWithTitle(words[k - 1].w)) titled = true
      if (k > 0 && anyTitle(words[k - 1].w)) any = true
      if (titled || (any && surname !== null)) {
        seen.add(words[k].start)
        out.push({name: word, organisation: orgs.length ? orgs.join(' ') : null, start: words[k].start, end: words[k].end, strong: titled})
      }
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** The words of `text` within five words either side of `at`, with their places. */
function wordsAround(text: string, at: number): Array<{w: string; start: number; end: number}> {
  const from = Math.max(0, at - 60)
  const slice = text.slice(from, at + 80)
  const words: Array<{w: string; start: number; end: number}> = []
  const pattern = wordPattern
  pattern.lastIndex = 0
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    // A word cut at the slice's start is not a word.
    if (m.index === 0 && from > 0 && !/[\s,()]/.test(text[from - 1])) continue
    words.push({w: m[0], start: from + m.index, end: from + m.index + m[0].length})
  }
  return words
}
