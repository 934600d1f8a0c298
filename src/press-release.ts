/** The typed object: what a press release says, with stable field names. */

export interface PressRelease {
  /** Document kind as printed, inner spaces removed (`보도자료`, `보도참고자료` …), or null. */
  readonly kind: string | null
  /**
   * The organisations issuing the release, full names: the name in the header cell at the top,
   * every ministry of a joint release, else the organisation the lead presents as acting; empty
   * when none is printed.
   */
  readonly publisher: string[]
  /** Organisations the lead names with their head in brackets (`과학기술정보통신부(장관 유상임)`), as printed. */
  readonly issuers: string[]
  /** When the release may be published (보도시점), or null when none is printed. */
  readonly embargo: Embargo | null
  /** When the release was distributed (배포), or null. */
  readonly distribution: Distribution | null
  /** The headline, line breaks joined with one space, or null when none is found. */
  readonly headline: string | null
  /** Subtitles, without their dashes. */
  readonly subtitles: string[]
  /** The body: its blocks with their marker hierarchy, numbered tasks and quotes. */
  readonly body: Body
  /** One entry per person in the contact table. */
  readonly contacts: Contact[]
  /** Slogans, licence and other lines after the contact table. */
  readonly footer: Footer
  /** Appendices (붙임, 참고 …) in order. */
  readonly appendices: Appendix[]
}

/** A moment as printed and as read: the parts every embargo, channel and distribution share. */
export interface Moment {
  /** The value as printed, labels removed. */
  readonly raw: string
  /** `YYYY-MM-DD`, or null when no date is printed. */
  readonly date: string | null
  /** `HH:MM`, or null when no time is printed. */
  readonly time: string | null
  /** `YYYY-MM-DDTHH:MM:SS+09:00` when both date and time are known, else null. */
  readonly iso: string | null
}

/** When the release may be published (보도시점); `date`/`time` are the earliest channel's that prints them. */
export interface Embargo extends Moment {
  /** Whether publication is allowed on distribution (`배포 즉시`, `즉시 보도`, `배포 시` …). */
  readonly immediate: boolean
  /** 조간 (morning) or 석간 (evening) edition and its date, or null. */
  readonly edition: Edition | null
  /** A condition such as `국회 본회의 통과 시`, or null. */
  readonly condition: string | null
  /** Per-medium times (온라인, 지면 …); one entry with no names when no medium is printed. */
  readonly channels: Channel[]
}

export interface Edition {
  readonly kind: 'morning' | 'evening'
  /** `YYYY-MM-DD`, or null when it cannot be known. */
  readonly date: string | null
}

/** One medium's time: `(온라인) 2026. 4. 12.(일) 12:00`. */
export interface Channel extends Moment {
  /** Media as printed, each without spaces (`['온라인']`, `['인터넷', '지면']`); empty when none is printed. */
  readonly names: string[]
  /** Whether this medium may publish on distribution. */
  readonly immediate: boolean
  /** The edition printed for this medium, or null. */
  readonly edition: Edition | null
}

/** When the release was distributed (배포). */
export type Distribution = Moment

export interface Body {
  /** Paragraphs, marked items (nested) and tables, in order. */
  readonly blocks: BodyBlock[]
  /** Numbered tasks (`첫 번째 … 과제는 ‘…’`, `① ‘…’`). */
  readonly tasks: Task[]
  /** Quotations with their speakers, in the body, its boxes and the appendices, in order. */
  readonly quotes: Quote[]
  /** The rows of the body's time-tables, in order. */
  readonly schedule: ScheduleRow[]
}

export type BodyBlock = ItemBlock | ParagraphBlock | TableBlock

export interface ItemBlock {
  readonly type: 'item'
  /** The marker as printed: □ ○ ㅇ - * ※ ① … */
  readonly marker: string
  /** 1 for the outermost level. */
  readonly depth: number
  readonly text: string
  readonly children: BodyBlock[]
}

export interface ParagraphBlock {
  readonly type: 'paragraph'
  readonly text: string
}

export interface TableBlock {
  readonly type: 'table'
  /** Cell texts, row by row. */
  readonly rows: string[][]
}

export interface Task {
  /** 1-based position. */
  readonly ordinal: number
  /** The task's name (the quoted phrase), or the first sentence. */
  readonly title: string
  /** The whole paragraph. */
  readonly text: string
}

/** A quotation: the quoted spans of one speaker's run of speech, and who said them. */
export interface Quote {
  /** The words naming the speaker as printed (`유상임 장관`, `황 장관`, `관계자`), or null when none is printed. */
  readonly speaker: string | null
  /** The speaker's name without inner spaces: as printed, or, for `황 장관` or `차관`, the full name printed before; null for an unnamed speaker (`관계자`, `○○부`). */
  readonly name: string | null
  /** The speaker's title as printed (`장관`, `도시경제과장`, `기획조정실장 직무대리`), or null. */
  readonly title: string | null
  /** The organisation printed with the speaker (`행정안전부`), or null. */
  readonly organisation: string | null
  /** Each quoted span, in order, without its quotation marks, white space read as one space. */
  readonly passages: string[]
}

export interface Contact {
  /** `총괄`, `공동`, `협조`, a law name …, or null. */
  readonly group: string | null
  readonly department: string | null
  /** `책임자`, `담당자` …, or null. */
  readonly role: string | null
  /** Job title without inner spaces (`과장`). */
  readonly title: string | null
  /** Name without inner spaces. */
  readonly name: string | null
  /** `044-202-6230`, or null. */
  readonly phone: string | null
  readonly email: string | null
}

export interface Footer {
  readonly slogans: string[]
  /** The 공공누리 licence line, or null. */
  readonly license: string | null
  readonly lines: string[]
}

export interface Appendix {
  /** `붙임 1`, `참고`, … or null when unlabelled. */
  readonly label: string | null
  readonly title: string | null
  readonly sections: AppendixSection[]
  /** Blocks outside any section. */
  readonly blocks: BodyBlock[]
  /** The rows of the time-tables among `blocks` (those in a section are the section's), in order. */
  readonly schedule: ScheduleRow[]
  /** False when the appendix is only named in an attachment list (`붙임 1. … 1부.`), not printed. */
  readonly hasContent: boolean
}

export interface AppendixSection {
  readonly title: string
  /** `- (목적) …` items: label in parentheses, text, and their `*` notes. */
  readonly items: AppendixItem[]
  /** `※` notes of the section itself. */
  readonly notes: string[]
  /** The rows of the section's time-tables, in order, or null when it has none. */
  readonly schedule: ScheduleRow[] | null
  readonly blocks: BodyBlock[]
}

export interface AppendixItem {
  readonly label: string | null
  readonly text: string
  readonly notes: string[]
}

/** A row of a time-table: a row that starts with a time of day. */
export interface ScheduleRow {
  /** `HH:MM`, on a 24-hour clock (`오후 2시` is `14:00`). */
  readonly start: string
  /** `HH:MM`, or null when the row prints one time. */
  readonly end: string | null
  /** Length in minutes, as printed or computed from the times. */
  readonly minutes: number | null
  /** The row's main content as printed, its bullet (`▸`, `■`, `￭` …) taken off. */
  readonly item: string
  /** The other cells (who speaks, where), joined by one space, or null. */
  readonly note: string | null
}
