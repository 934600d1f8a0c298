/** Named character codes used by the scanners. */
export const codes = {
  tab: 0x09,
  lineFeed: 0x0a,
  carriageReturn: 0x0d,
  space: 0x20,
  ampersand: 0x26, // &
  asterisk: 0x2a, // *
  slash: 0x2f, // /
  lessThan: 0x3c, // <
  underscore: 0x5f, // _
  verticalBar: 0x7c, // |
  byteOrderMark: 0xfeff,
  hangulSyllableFirst: 0xac00,
  hangulSyllableLast: 0xd7a3
} as const
