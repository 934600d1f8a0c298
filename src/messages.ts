import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {plainPosition} from './lib/locate.js'

/** The catalogue of diagnostics: rule id → severity and fixed wording. */
export const messages = {
  'missing-embargo': {severity: 'warning', reason: () => 'Unexpected missing embargo (`보도시점`), expected a release time in the header'},
  'missing-headline': {severity: 'warning', reason: () => 'Unexpected missing headline, expected a title line after the header'},
  'doubtful-headline': {
    severity: 'warning',
    reason: (value: string, what: string) => `Unexpected headline \`${value}\` that reads as ${what}, expected a title line`
  },
  'missing-kind': {severity: 'info', reason: () => 'No document kind (`보도자료`, `보도참고자료` …) printed'},
  'weekday-mismatch': {
    severity: 'warning',
    reason: (printed: string, date: string, expected: string) => `Unexpected weekday \`(${printed})\` for ${date}, expected \`(${expected})\``
  },
  'year-inferred': {severity: 'info', reason: (date: string) => `Year of \`${date}\` not printed, taken from the header`},
  'year-from-release': {
    severity: 'info',
    reason: (date: string, printed: string) => `Year of \`${date}\` not printed in the header, taken from \`${printed}\` in the release`
  },
  'month-inferred': {severity: 'info', reason: (day: string, month: string) => `Month of \`${day}\` not printed, taken as ${month} from the dates beside it and its weekday`},
  'edition-date-inferred': {
    severity: 'info',
    reason: (edition: string, date: string) => `Edition date of \`${edition}\` not printed, inferred as ${date}`
  },
  'unparsed-header-value': {severity: 'warning', reason: (value: string) => `Unexpected header value \`${value}\`, expected a date, time or \`배포 즉시\``},
  'contact-without-phone': {severity: 'info', reason: (name: string) => `Contact \`${name}\` has no phone number or email`},
  'embargo-before-distribution': {
    severity: 'warning',
    reason: (embargo: string, distribution: string) => `Unexpected embargo \`${embargo}\` before the distribution \`${distribution}\`, expected the release to be embargoed until it is sent or later`
  },
  'edition-date-mismatch': {
    severity: 'warning',
    reason: (edition: string, date: string) => `Unexpected edition date ${edition} for an embargo on ${date}, expected the embargo’s day or the next`
  },
  'invalid-phone': {
    severity: 'warning',
    reason: (phone: string, name: string) => `Unexpected phone \`${phone}\` for contact \`${name}\`, expected a Korean number (\`044-202-6230\`, \`02-2100-1234\`, \`010-1234-5678\`, \`1588-1234\`)`
  },
  'duplicate-contact': {severity: 'warning', reason: (name: string) => `Unexpected second entry for contact \`${name}\`, expected each person once`},
  'unprinted-attachment': {severity: 'warning', reason: (item: string) => `Unexpected attachment \`${item}\` listed but not printed, expected its page after the contacts`},
  'unlisted-attachment': {severity: 'info', reason: (page: string) => `Appendix \`${page}\` printed but not in the list of attachments`},
  'subtitle-repeats-headline': {severity: 'warning', reason: (subtitle: string) => `Unexpected subtitle \`${subtitle}\` that repeats the headline, expected what the headline does not say`},
  'department-carried': {
    severity: 'info',
    reason: (name: string, department: string) => `Department of \`${name}\` printed once for several people, taken as \`${department}\``
  },
  'role-from-label': {severity: 'info', reason: (name: string, role: string) => `Role of \`${name}\` not printed with them, taken from the label \`${role}\``},
  'speaker-name-resolved': {
    severity: 'info',
    reason: (speaker: string, name: string) => `Name of speaker \`${speaker}\` not printed with the quotation, taken as \`${name}\` printed before`
  },
  'appendix-label-from-list': {severity: 'info', reason: (label: string) => `Label of an appendix not printed on its page, taken as \`${label}\` from the list of attachments`},
  'doubtful-contact': {
    severity: 'warning',
    reason: (name: string, field: string, value: string) =>
      `Unexpected ${field} \`${value}\` for contact \`${name}\`, expected ${field === 'name' ? 'a person’s name' : field === 'title' ? 'a job title' : 'a unit’s name without titles, roles or labels'}`
  },
  'unknown-contact-label': {severity: 'info', reason: (label: string) => `Contact label \`${label}\` not in the lexicon, read as a label by its words`},
  'ragged-table-row': {severity: 'info', reason: (cells: number, expected: number) => `Table row has ${cells} cells, expected ${expected}`},
  'unknown-line': {severity: 'info', reason: (value: string) => `Unrecognised line \`${value}\` kept as text`},
  'web-page': {severity: 'info', reason: () => "Read as a web page saved as text: its menus, fields and footer are kept outside the release"},
  'missing-contacts': {severity: 'info', reason: () => 'No contact table (`담당 부서`) found'},
  'binary-input': {severity: 'fatal', reason: (looks: string) => `Unexpected binary input: the bytes look like ${looks}, expected text`},
  'decoded-as-cp949': {severity: 'info', reason: () => 'Input is not valid UTF-8; decoded as CP949 (EUC-KR)'},
  'invalid-utf-8': {severity: 'warning', reason: (bytes: number) => `Unexpected ${bytes === 1 ? 'byte' : `${bytes} bytes`} that ${bytes === 1 ? 'is' : 'are'} not UTF-8, replaced with \`U+FFFD\``}
} as const satisfies Record<string, {severity: string; reason: (a: never, b: never, c: never) => string}>

export type RuleId = keyof typeof messages

type ReasonArgs<R extends RuleId> = Parameters<(typeof messages)[R]['reason']>

/**
 * A diagnostic about a value of the typed object, reported once the object is read: its place
 * is where the value was read (`place` until that is known), and `data.path` names it.
 */
export interface FieldNote {
  ruleId: RuleId
  /** The value's path in the typed object (`embargo.channels[0].date`). */
  path: string
  place: Position | undefined
  args: unknown[]
}

/** What a diagnostic of bodojaryo carries besides vfile's fields: the path of the value it concerns. */
export interface MessageData {
  /** The path in the typed object of the value the diagnostic concerns (`contacts[1].phone`), when it concerns one. */
  path?: string
}

/** Report a diagnostic from the catalogue on `file`; nothing when there is no file (no one reads it). */
export function report<R extends RuleId>(file: VFile | undefined, ruleId: R, place: Position | undefined, ...args: ReasonArgs<R>): void {
  reportAt(file, ruleId, place, undefined, args)
}

/** Report a diagnostic about the value at `path` of the typed object (in `data.path`). */
export function reportAt(file: VFile | undefined, ruleId: RuleId, place: Position | undefined, path: string | undefined, args: readonly unknown[]): void {
  if (file === undefined) return
  const entry = messages[ruleId]
  // Each reason takes at most three arguments (the catalogue's type says so): passed one by one.
  const reason = (entry.reason as (a?: unknown, b?: unknown, c?: unknown) => string)(args[0], args[1], args[2])
  // A diagnostic needs no JavaScript stack; capturing one is most of its cost.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    // A node's lazy position (`parse()`'s own tree) becomes points of the message's own.
    message = file.message(reason, {place: plainPosition(place), ruleId, source: 'bodojaryo'})
  } finally {
    Error.stackTraceLimit = limit
  }
  if (path !== undefined) (message as typeof message & {data?: MessageData}).data = {path}
  if (entry.severity === 'info') message.fatal = undefined
  else if (entry.severity === 'warning') message.fatal = false
  else message.fatal = true
}
