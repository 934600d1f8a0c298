/**
 * What a word is, by the lexicon: a job title, a role, a label, an organisation's or unit's name,
 * a person's name; and words printed glued (`담당자서기관`, `관광진흥과장`) split into theirs.
 */
import {
  alternation,
  escape,
  fieldLabels,
  labelHeads,
  labelWords,
  organisationSuffixes,
  roles,
  surnames,
  titleFields,
  titles,
  titleSuffixes,
  unitEnds,
  unitHeadEnds
} from './lexicon.js'


/**
 * A function of a word remembered for the words asked most: a release asks about the same
 * titles, labels and units in every row, and a batch about the same ones in every release. The
 * memory is bounded: it starts again when full.
 */
export function remembered<T>(read: (value: string) => T): (value: string) => T {
  const known = new Map<string, T>()
  return (value: string) => {
    let result = known.get(value)
    if (result === undefined && !known.has(value)) {
      if (known.size >= 8192) known.clear()
      result = read(value)
      known.set(value, result)
    }
    return result as T
  }
}

const titleSet = new Set(titles)
const roleSet = new Set(roles)
const surnameSet = new Set(surnames)

/** Spaces and the brackets or colon around a word, which say nothing of what it is. */
const squash = (value: string) => value.replace(/[\s:：]+/g, '')

const gradeNumber = /^(?:[가-힣]{0,4}\d{1,2}급|[가-힣]{2,6}\(\d{1,2}급\))$/
const fieldPrefix = new RegExp(`^(?:${alternation(titleFields, escape)})+`)
const suffixEnd = new RegExp(`(?:${alternation(titleSuffixes, escape)})$`)

/**
 * Whether a word is a job title or rank: one the lexicon lists (`과장`, `총경`, `소방경`), with the
 * field of its grade before it (`외무사무관`, `학예연구관`, `해군소령`) or an acting post after it
 * (`과장직무대리`). A unit's name that ends like a title (`기획재정담당관`) is none.
 */
function isTitleOf(value: string): boolean {
  let t = squash(value)
  if (titleSet.has(t)) return true
  // A grade by its number (`7급`, `행정6급`, `기술서기관(4급)`).
  if (gradeNumber.test(t)) return true
  if (t.length < 3) return false
  const suffix = suffixEnd.exec(t)
  if (suffix && suffix.index > 0) {
    t = t.slice(0, suffix.index)
    if (titleSet.has(t)) return true
  }
  const field = fieldPrefix.exec(t)
  return field !== null && field[0].length < t.length && titleSet.has(t.slice(field[0].length))
}

/** Whether a word is a role (`책임자`, `담당자`, `실무자` …), spaced or not. */
export function isRoleWord(value: string): boolean {
  return roleSet.has(squash(value))
}

/** A role with a title glued after it (`담당자서기관`, `책임자과장`): the two apart, or null. */
function splitRoleTitleOf(value: string): {role: string; title: string} | null {
  const t = squash(value)
  for (const role of roles) {
    if (role.length < 3 || !t.startsWith(role) || t.length === role.length) continue
    const title = t.slice(role.length)
    if (isTitle(title)) return {role, title}
  }
  return null
}

/** `담당` with a title glued (`담당과장`, `담당사무관`): a role of the old layout, whose title is its end. */
function roleWithTitleOf(value: string): {role: string; title: string} | null {
  const t = squash(value)
  if (!t.startsWith('담당') || t.length < 4) return null
  const title = t.slice(2)
  return isTitle(title) && title !== '자' ? {role: t, title} : null
}

/** Head titles that name the unit they head by its last letter: `…과` is headed by its `과장`. */
const headOfUnit = new RegExp(`^(.{2,}?)(${alternation(unitHeadEnds, escape)})장$`)

/**
 * A head's title glued to the unit it heads (`청년정책총괄과장`, `관광진흥과장`, `기획조정실장`):
 * the unit (`관광진흥과`) and the title (`과장`); null for a title of its own (`사무국장`,
 * `센터장`, `부센터장`).
 */
function splitUnitTitleOf(value: string): {unit: string; title: string} | null {
  const t = squash(value)
  if (t.length < 4 || isTitle(t)) return null
  const m = headOfUnit.exec(t)
  if (!m) return null
  const unit = m[1] + m[2]
  const title = `${m[2]}장`
  // The unit must read as one (`관광진흥과`), not a title's field (`부장` in `기술부장`?).
  return unit.length >= 3 && isTitle(title) ? {unit, title} : null
}

const organisationEnd = new RegExp(`(?:${alternation(organisationSuffixes, escape)})$`)
/** Units whose names end like a person's (`…원`, `…국`): only three letters or more with these suffixes read as units. */
const strongUnitEnd = new RegExp(`(?:${alternation(unitEnds, escape)})$`)

/**
 * Whether words name an organisation or a unit: Hangul (or a name with Latin letters, `홍보TF팀`)
 * of at least three letters, the last word ending like one (`개인정보보호위원회`, `국토교통부
 * 도시정책관`). A word that is a title (`과장`, `담당관`) is none.
 */
function isOrganisationNameOf(text: string): boolean {
  const t = text.replace(/\s+/g, '')
  if (t.length < 3 || t.length > 60 || !/^[가-힣A-Za-z0-9·‧ㆍ()&]+$/.test(t) || isTitle(t)) return false
  return organisationEnd.test(t)
}

/** Whether a word names a unit beyond doubt: a unit's ending no name has (`…과`, `…팀`, `…위원회`). */
function isUnitNameOf(text: string): boolean {
  const t = text.replace(/\s+/g, '')
  // Three letters end a unit only as no name does (`기획과`, `인사팀`); `…실`, `…부` may end a name (`강주실`).
  if (t.length === 3 && !/[과팀]$/.test(t)) return false
  return t.length >= 3 && strongUnitEnd.test(t) && !isTitle(t) && isOrganisationName(t)
}

/** Whether a word starts with a family name (`김`, `남궁`). */
export function hasFamilyName(value: string): boolean {
  const t = value.replace(/\s+/g, '')
  return surnameSet.has(t[0]) || surnameSet.has(t.slice(0, 2))
}

/**
 * Whether a word reads as a person's name: two to four Hangul letters (spaced or not: `김  곤`,
 * `이 형 석`) starting with a family name, that are not a title, a role, a label or a unit.
 */
function isPersonNameOf(value: string): boolean {
  const t = value.replace(/\s+/g, '')
  if (t.length < 2 || t.length > 4 || !/^[가-힣]+$/.test(t)) return false
  if (!hasFamilyName(t)) return false
  if (isTitle(t) || isRoleWord(t) || isLabelWords(t) || fieldOfLabel(t) !== null) return false
  return !(t.length >= 3 && isUnitName(t))
}

const labelWordSet = new Set(labelWords)
const labelHeadSet = new Set(labelHeads)

/**
 * Whether a text is a label made of label words (`담당 기관`, `보도자료 담당부서`, `문의처`),
 * whatever its spacing, brackets and colon: it splits wholly into words of `labelWords`, one of
 * them a head (`담당`, `부서`, `문의` …).
 */
function isLabelWordsOf(value: string): boolean {
  // A word wholly in brackets is a group's tag (`[홍보]`, `<총괄>`).
  if (/^\s*[<[【〈［].*[>\]】〉］]\s*$/.test(value)) return false
  const t = value.replace(/[\s:：()（）[\]<>【】]+/g, '')
  if (t.length < 2 || t.length > 16) return false
  return splitsInto(t, 0, false)
}

/** Whether `t` from `at` splits into label words, a head among them (`seenHead`). */
function splitsInto(t: string, at: number, seenHead: boolean): boolean {
  if (at === t.length) return seenHead
  for (let end = Math.min(t.length, at + 5); end > at; end--) {
    const word = t.slice(at, end)
    if (labelWordSet.has(word) && splitsInto(t, end, seenHead || labelHeadSet.has(word))) return true
  }
  return false
}

const fieldByLabel = new Map<string, keyof typeof fieldLabels>()
for (const [field, labels] of Object.entries(fieldLabels) as Array<[keyof typeof fieldLabels, readonly string[]]>) {
  for (const label of labels) fieldByLabel.set(label.replace(/\s+/g, ''), field)
}

/** The field a column's or row's label names (`직위` → title, `성명` → name, `연락처` → phone), or null. */
function fieldOfLabelOf(value: string): keyof typeof fieldLabels | null {
  const t = value.replace(/[\s:：]+/g, '')
  return fieldByLabel.get(t) ?? fieldByLabel.get(t.replace(/^담당/, '')) ?? null
}

/**
 * The field a label in a longer spelling of label words names by its last words
 * (`보도자료담당부서`, `자료제공 부서`: the department), when no spelling of the lexicon is the whole.
 */
export function fieldOfLabelEnd(value: string): keyof typeof fieldLabels | null {
  const t = value.replace(/[\s:：]+/g, '')
  if (t.length > 16 || !isLabelWords(t)) return null
  for (let at = 0; at < t.length - 1; at++) {
    const field = fieldByLabel.get(t.slice(at))
    if (field !== undefined) return field
  }
  return null
}

/** The kinds of words a contact cell holds. */
export type WordKind = 'title' | 'role' | 'label' | 'department' | 'name' | 'other'

/** What one word is, by the lexicon alone: a title, a role, a label, a unit, a name, or other. */
export function kindOfWord(value: string): WordKind {
  if (isTitle(value)) return 'title'
  if (isRoleWord(value)) return 'role'
  if (isLabelWords(value) || fieldOfLabel(value) !== null) return 'label'
  if (isPersonName(value)) return 'name'
  if (isOrganisationName(value)) return 'department'
  return 'other'
}

/**
 * The last letter of a word, past spaces, a colon and closing brackets (`담당 부서 :` → `서`): a word
 * whose last letter ends no spelling of a list is none of it, told without hashing the word.
 */
function lastLetter(value: string): number {
  let at = value.length - 1
  while (at >= 0) {
    const code = value.charCodeAt(at)
    // White space, `:`, `：`, `)`, `）`, `]`, `>`, `】`, `〉`, `］`.
    if (code <= 0x20 || code === 0x3a || code === 0xff1a || code === 0x29 || code === 0xff09 || code === 0x5d || code === 0x3e || code === 0x3011 || code === 0x3009 || code === 0xff3d || code === 0x3000) at--
    else return code
  }
  return -1
}

/** The last letters of a list's spellings. */
const endings = (...lists: ReadonlyArray<readonly string[]>): Set<number> => new Set(lists.flat().map((w) => w.charCodeAt(w.length - 1)))

/** A reading of a word that answers `otherwise` at once for a word whose last letter ends none of `ends`. */
function ending<T>(ends: Set<number>, otherwise: T, read: (value: string) => T): (value: string) => T {
  return (value: string) => (ends.has(lastLetter(value)) ? read(value) : otherwise)
}

// Titles end like a title, an acting post (`직무대리`), or a grade's number (`7급`, `(4급)`).
const titleEnds = endings(titles, titleSuffixes, ['급', ')'])
const labelEnds = endings(labelWords, Object.values(fieldLabels).flat())
const organisationEnds = endings(organisationSuffixes)

/** Whether a word is a job title or rank (see `isTitleOf`). */
export const isTitle = ending(titleEnds, false, remembered(isTitleOf))
/** A role with a title glued after it (see `splitRoleTitleOf`). */
export const splitRoleTitle = ending(titleEnds, null, remembered(splitRoleTitleOf))
/** `담당` with a title glued (see `roleWithTitleOf`). */
export const roleWithTitle = ending(titleEnds, null, remembered(roleWithTitleOf))
/** A head's title glued to its unit (see `splitUnitTitleOf`). */
export const splitUnitTitle = ending(new Set(['장'.charCodeAt(0)]), null, remembered(splitUnitTitleOf))
/** Whether words name an organisation or a unit (see `isOrganisationNameOf`). */
export const isOrganisationName = ending(organisationEnds, false, remembered(isOrganisationNameOf))
/** Whether a word names a unit beyond doubt (see `isUnitNameOf`). */
export const isUnitName = ending(organisationEnds, false, remembered(isUnitNameOf))
/** Whether a word reads as a person's name (see `isPersonNameOf`). */
export const isPersonName = remembered(isPersonNameOf)
/** Whether a text is a label made of label words (see `isLabelWordsOf`). */
export const isLabelWords = ending(labelEnds, false, remembered(isLabelWordsOf))
/** The field a column's or row's label names (see `fieldOfLabelOf`). */
export const fieldOfLabel = ending(labelEnds, null, remembered(fieldOfLabelOf))
