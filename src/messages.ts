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

/** Report a diagnostic from the catalogue on `file`; nothing when there is no file (no one reads it). */
export function report<R extends RuleId>(file: VFile | undefined, ruleId: R, place: Position | undefined, ...args: ReasonArgs<R>): void {
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
  if (entry.severity === 'info') message.fatal = undefined
  else if (entry.severity === 'warning') message.fatal = false
  else message.fatal = true
}
