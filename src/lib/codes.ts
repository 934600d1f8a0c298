/** Named character codes used by the scanners. */
export const codes = {
  tab: 0x09,
  lineFeed: 0x0a,
  carriageReturn: 0x0d,
  space: 0x20,
  dash: 0x2d, // -
  ampersand: 0x26, // &
  asterisk: 0x2a, // *
  slash: 0x2f, // /
  lessThan: 0x3c, // <
  underscore: 0x5f, // _
  verticalBar: 0x7c, // |
  noBreakSpace: 0xa0,
  softHyphen: 0xad,
  middleDot: 0xb7, // ·
  ideographicSpace: 0x3000,
  byteOrderMark: 0xfeff,
  zeroWidthSpace: 0x200b,
  squareBullet: 0x25a1, // □
  whiteCircle: 0x25cb, // ○
  hangulIeung: 0x3147, // ㅇ
  referenceMark: 0x203b, // ※
  blackSquare: 0x25a0, // ■
  whiteDiamond: 0x25c7, // ◇
  blackDiamond: 0x25c6, // ◆
  blackUpTriangle: 0x25b2, // ▲
  whiteUpTriangle: 0x25b3, // △
  smallBlackUpTriangle: 0x25b4, // ▴
  blackRightTriangle: 0x25b8, // ▸
  blackSmallSquare: 0x25aa, // ▪
  halfwidthBlackSquare: 0xffed, // ￭
  hangulChoseongFirst: 0x1100,
  hangulJungseongFirst: 0x1161,
  hangulJongseongFirst: 0x11a7,
  hangulSyllableFirst: 0xac00,
  hangulSyllableLast: 0xd7a3
} as const
