import type {FieldNote} from '../messages.js'
import type * as T from '../press-release.js'
import {addDays} from './date.js'
import {doubts} from './construct/people.js'

/*
 * What a careful editor would flag in a release read: values that disagree with each other
 * (an embargo before the distribution, an edition on another day), contacts that cannot be
 * reached or are printed twice, subtitles that say the headline again. Each is a note about a
 * value of the typed object, reported where that value was read.
 */

/** Check a typed release; notes about its values are added to `notes`. */
export function checkRelease(release: T.PressRelease, notes: FieldNote[]): void {
  checkMoments(release, notes)
  checkContacts(release.contacts, notes)
  checkSubtitles(release, notes)
}

/** A moment as a sortable text (`2026-04-12 12:00`), its time left out when either has none. */
function when(moment: T.Moment, withTime: boolean): string {
  return withTime && moment.time !== null ? `${moment.date} ${moment.time}` : moment.date!
}

function checkMoments(release: T.PressRelease, notes: FieldNote[]): void {
  const {embargo, distribution} = release
  if (embargo?.date && distribution?.date) {
    const withTime = embargo.time !== null && distribution.time !== null
    // ISO dates and times: code-unit order is time order.
    if (when(embargo, withTime) < when(distribution, withTime)) {
      notes.push({ruleId: 'embargo-before-distribution', path: 'embargo.date', place: undefined, args: [when(embargo, true), when(distribution, true)]})
    }
  }
  // A printed edition date is the embargo's day (석간, or a paper of that day) or the next (조간).
  const edition = embargo?.edition
  if (embargo?.date && edition?.date && !release.inferred.some((i) => i.path === 'embargo.edition.date')) {
    if (edition.date !== embargo.date && edition.date !== addDays(embargo.date, 1)) {
      notes.push({ruleId: 'edition-date-mismatch', path: 'embargo.edition.date', place: undefined, args: [edition.date, embargo.date]})
    }
  }
}

/**
 * The shapes of Korean telephone numbers, masked digits (`*`) allowed: Seoul (02), the other
 * areas (031 … 064), mobiles (010 …), internet and toll-free lines (070, 080, 050x), and
 * eight-digit company numbers (1588-1234).
 */
const koreanPhone = /^(?:02-[\d*]{3,4}|0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])-[\d*]{3,4}|01[016-9]-[\d*]{3,4}|0[678]0-[\d*]{3,4}|050\d-[\d*]{3,4}|1[5-9]\d\d)-[\d*]{4}$/

function checkContacts(contacts: T.Contact[], notes: FieldNote[]): void {
  const seen = new Map<string, T.Contact>()
  contacts.forEach((contact, i) => {
    const {name, phone} = contact
    if (name && !phone && !contact.email) notes.push({ruleId: 'contact-without-phone', path: `contacts[${i}].name`, place: undefined, args: [name]})
    for (const doubt of doubts(contact)) notes.push({ruleId: 'doubtful-contact', path: `contacts[${i}].${doubt.field}`, place: undefined, args: [name ?? '?', doubt.field, doubt.value]})
    if (phone && !koreanPhone.test(phone)) notes.push({ruleId: 'invalid-phone', path: `contacts[${i}].phone`, place: undefined, args: [phone, name ?? '?']})
    if (!name) return
    // The same person: the same name with the same number, e-mail or department (two people may share a name).
    const before = seen.get(name)
    if (
      before &&
      ((phone !== null && before.phone === phone) ||
        (contact.email !== null && before.email === contact.email) ||
        (contact.department !== null && before.department === contact.department))
    ) {
      notes.push({ruleId: 'duplicate-contact', path: `contacts[${i}].name`, place: undefined, args: [name]})
    } else seen.set(name, contact)
  })
}

/** A text compared for repetition: without white space, punctuation and brackets. */
function bare(value: string): string {
  return value.replace(/[\s.,:;!?·‧ㆍ∙・'"‘’“”`´「」『』()（）[\]{}<>《》〈〉【】\-–—~…/|]+/g, '')
}

function checkSubtitles(release: T.PressRelease, notes: FieldNote[]): void {
  if (!release.headline) return
  const headline = bare(release.headline)
  if (headline.length < 4) return
  release.subtitles.forEach((subtitle, i) => {
    const own = bare(subtitle)
    if (own.length < 4) return
    // The same words, or one holding nearly all of the other.
    const [short, long] = own.length <= headline.length ? [own, headline] : [headline, own]
    if (long.includes(short) && short.length >= 0.8 * long.length) {
      notes.push({ruleId: 'subtitle-repeats-headline', path: `subtitles[${i}]`, place: undefined, args: [subtitle]})
    }
  })
}
