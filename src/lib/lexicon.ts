/**
 * The words press releases print, as data: every spelling the constructs recognise, with where
 * each comes from. Constructs read these lists (through the patterns built from them) and keep
 * no list of spellings of their own.
 */

/** A word as a pattern source that allows spaces between its letters (`보 도 시 점`, `과  장`). */
export function spaced(word: string): string {
  return [...word].map(escape).join('\\s*')
}

/** Words as one alternation, longest first so that a longer spelling wins over its prefix. */
export function alternation(words: readonly string[], between: (word: string) => string = spaced): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(between).join('|')
}

function escape(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char
}

/**
 * Media an embargo names for a channel: `(온라인)`, `<지면>`, `누리망·방송`, `인터넷, 지면`.
 * From the headers of ministries' releases of 2017–2026 (온라인/지면 most, 누리망 at the police and
 * defence ministries, 전매체 for releases open to every medium, 통신·방송 in older ones).
 */
export const media = ['온라인', '인터넷', '인터넷신문', '지면', '방송', '누리망', '전매체', '신문', '통신', '뉴스통신', 'TV', '라디오', '모바일', '웹']

/** What joins media named together: `인터넷·지면`, `온라인, 방송`, `방송 및 인터넷`. */
export const mediaSeparators = [',', '·', '‧', 'ㆍ', '∙', '・', '/', '및']

/**
 * The last word of an organisation's or unit's name: ministries (…부), agencies (…처, …청),
 * commissions (…위원회), institutes (…원), and the units inside them (…실, …국, …관, …과, …팀,
 * …담당관, …센터, …본부, …단). From the organisation charts the contact tables and logo lines
 * print; longest first when matched.
 */
export const organisationSuffixes = [
  '부', '처', '청', '원', '위원회', '실', '국', '과', '팀', '관', '본부', '센터', '공사', '공단', '재단', '협회', '연구소', '연구원',
  '사무국', '사무처', '단', '소', '담당관', '담당관실', '정책관실', '지원단', '추진단', '사업단', '기획단', '회', '청사', '학교', '대학교',
  '병원', '박물관', '미술관', '도서관', '기념관', '경찰서', '소방서', '세무서', '세관', '법원', '검찰청', '지청', '사령부', '군', '시', '도', '구',
  'TF', '반'
]

const organisationEnd = new RegExp(`(?:${alternation(organisationSuffixes, (w) => w)})$`)

/**
 * Whether words name an organisation or a unit: Hangul words (or a name with Latin letters,
 * `KOTRA`) of at least three letters whose last word ends like one (`개인정보보호위원회`,
 * `국토교통부 도시정책관`).
 */
export function isOrganisationName(text: string): boolean {
  const t = text.replace(/\s+/g, '')
  return t.length >= 3 && t.length <= 40 && /^[가-힣A-Za-z·‧ㆍ()]+$/.test(t) && organisationEnd.test(t)
}
