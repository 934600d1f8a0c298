import type {Data, Literal, Node as UnistNode, Parent, Position as UnistPosition} from 'unist'

/** A leaf with the exact source text of its span. */
export interface Text extends Literal {
  type: 'text'
  value: string
}

/** Markup that carries no content of its own (Markdown pipes, table delimiter rows). */
export interface Syntax extends Literal {
  type: 'syntax'
  value: string
}

/** A page number (`- 1 -`) or running header kept out of the text. */
export interface PageMark extends Literal {
  type: 'pageMark'
  value: string
}

export type Leaf = Text | Syntax | PageMark

/** Content allowed in leaves' parents. */
export type Inline = Text | Syntax | Field | PageMark

/** A labelled span of a contact row: department, role, title, name, phone, email, group or label. */
export interface Field extends Parent {
  type: 'field'
  name: 'department' | 'role' | 'title' | 'name' | 'phone' | 'email' | 'group' | 'label'
  children: Array<Text>
}

export interface TableCell extends Parent {
  type: 'tableCell'
  /** How many rows and columns a merged cell spans, when the document said so (HWPX, HWP, HTML tables); absent for 1. */
  rowSpan?: number
  colSpan?: number
  children: Inline[]
}

export interface TableRow extends Parent {
  type: 'tableRow'
  children: Array<TableCell | Syntax>
}

export interface Table extends Parent {
  type: 'table'
  /** What the table was recognised as, when known. */
  role: 'schedule' | null
  children: Array<TableRow | ScheduleRow>
}

/** The name of a value of a time-table row. */
export type ScheduleKey = 'start' | 'end' | 'minutes' | 'item' | 'note'

/**
 * A row of a time-table (`16:00~16:05 | 5' | 개회사 | 장관`): a table row with what it says. A row
 * read from lines that are not a run of its own (two rows printed on one line, a table a PDF
 * gives column by column) has no position and no cells: its `spans` tell where each value was read.
 */
export interface ScheduleRow extends Parent {
  type: 'scheduleRow'
  /** `HH:MM`. */
  start: string
  /** `HH:MM`, or null when the row prints one time. */
  end: string | null
  /** Length in minutes, as printed or computed. */
  minutes: number | null
  /** The row's main content, its bullet taken off. */
  item: string
  note: string | null
  children: Array<TableCell | Syntax>
  spans?: Partial<Record<ScheduleKey, UnistPosition[]>>
}

/** A line or run of lines that the parser reads as one paragraph. */
export interface Paragraph extends Parent {
  type: 'paragraph'
  children: Inline[]
}

/** A line the parser does not understand; kept, with a diagnostic. */
export interface Unknown extends Parent {
  type: 'unknown'
  children: Inline[]
}

/** A label such as `보도시점` or `배포`. */
export interface Label extends Parent {
  type: 'label'
  children: Text[]
}

export interface Kind extends Parent {
  type: 'kind'
  children: Text[]
}

export interface Embargo extends Parent {
  type: 'embargo'
  children: Array<Label | Text | Syntax>
}

export interface Distribution extends Parent {
  type: 'distribution'
  children: Array<Label | Text | Syntax>
}

export interface Header extends Parent {
  type: 'header'
  children: Array<Kind | Embargo | Distribution | Paragraph | Unknown | TableRow>
}

export interface Headline extends Parent {
  type: 'headline'
  children: Inline[]
}

export interface Subtitle extends Parent {
  type: 'subtitle'
  /** The dash or marker printed before the subtitle, if any. */
  marker: string | null
  children: Inline[]
}

export interface Title extends Parent {
  type: 'title'
  children: Array<Headline | Subtitle>
}

/** A marked block: □ ○ ㅇ - * ※ ◆ ▲ ① … */
export interface Item extends Parent {
  type: 'item'
  marker: string
  /** Nesting depth, 1 for the outermost marker kind. */
  depth: number
  children: Array<Inline | Block>
}

/** An attachment list in the body: `붙임 1. 행사 개요 1부. 2. 사진 1부. 끝.` */
export interface Attachments extends Parent {
  type: 'attachments'
  /** The lines as printed, then an `attachmentItem` per item they list. */
  children: Array<Inline | AttachmentItem>
}

/**
 * An item of an attachment list: its label (`붙임 2`, or the list's own when unnumbered) and
 * title. Made from the list's lines (one line may list several), so without a position of its own.
 */
export interface AttachmentItem extends UnistNode {
  type: 'attachmentItem'
  label: string
  title: string
}

export type Block = Item | Paragraph | Table | Unknown | Attachments

/** The name of a value of a quotation. */
export type QuoteKey = 'passages' | 'speaker' | 'name' | 'title' | 'organisation'

/**
 * A quotation and its speaker, as the typed object gives it: every quoted span of one speaker's
 * run of speech, and the words naming the speaker (`윤호중 행정안전부 장관`), read into name, title
 * and organisation. Made from spans of the lines of its body or appendix, so it has no position
 * of its own: `spans` tells where each passage and the speaker were read (for a name resolved
 * from a surname or a title, `황 장관`, where the full name was printed before).
 */
export interface Quote extends UnistNode {
  type: 'quote'
  /** The words naming the speaker as printed, or null when none is printed. */
  speaker: string | null
  name: string | null
  title: string | null
  organisation: string | null
  /** Each quoted span, without its quotation marks, white space read as one space. */
  passages: string[]
  spans: {passages: UnistPosition[]} & Partial<Record<Exclude<QuoteKey, 'passages'>, UnistPosition[]>>
}

export interface Body extends Parent {
  type: 'body'
  /** The blocks as printed, then a `quote` per quotation they hold. */
  children: Array<Block | Quote>
}

export interface Contacts extends Parent {
  type: 'contacts'
  /** The rows as printed, then a `contact` per person they name. */
  children: Array<TableRow | Paragraph | Contact>
}

/** The name of a contact's value. */
export type ContactKey = 'group' | 'department' | 'role' | 'title' | 'name' | 'phone' | 'email'

/**
 * A person named in the contacts, as the typed object gives them. Made from the fields of the
 * rows before it (a person's values may come from several rows or columns), so it has no position
 * of its own: `spans` tells where each value was read.
 */
export interface Contact extends UnistNode, Record<ContactKey, string | null> {
  type: 'contact'
  spans: Partial<Record<ContactKey, UnistPosition[]>>
}

export interface Slogan extends Parent {
  type: 'slogan'
  children: Inline[]
}

export interface License extends Parent {
  type: 'license'
  children: Inline[]
}

export interface Footer extends Parent {
  type: 'footer'
  children: Array<Slogan | License | Paragraph>
}

/** The heading of an appendix: its label (`붙임 1`) and title. */
export interface AppendixHeading extends Parent {
  type: 'appendixHeading'
  /** The label as printed, e.g. `붙임 1`, `참고`, or null. */
  label: string | null
  children: Inline[]
}

/** A `□` section inside an appendix. */
export interface Section extends Parent {
  type: 'section'
  /** The marker printed before the section title (`□`). */
  marker: string
  children: Array<Inline | Block>
}

export interface Appendix extends Parent {
  type: 'appendix'
  /** The heading and blocks as printed, then a `quote` per quotation they hold. */
  children: Array<AppendixHeading | Section | Block | Quote>
}

export type RootContent = Header | Title | Body | Contacts | Footer | Appendix | Block

export interface Root extends Parent {
  type: 'root'
  children: RootContent[]
  data?: Data
}

/** Any node of the tree (unist `Node`). */
export type Node = UnistNode

/** Where a node lies in the source: 1-based line and column, 0-based offset (unist `Position`). */
export type Position = UnistPosition
