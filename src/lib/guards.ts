/*
 * Guards made from patterns. A pattern run on every row or cell costs more than a look at one
 * char: the scanners first test whether the text's first (or last) char is one a match can start
 * (or end) with. The set of such chars is read from the pattern itself, so a word added to a
 * pattern is never turned away by a guard written apart from it.
 */

/** A part of a pattern: the chars it can start and end with (null: any char), and whether it can match nothing. */
interface Part {
  first: Set<number> | null
  last: Set<number> | null
  empty: boolean
}

const whiteSpaceCodes = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
const digitCodes = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39]
// Sets are never changed once made: parts share them.
const none = new Set<number>()
const whiteSpace = new Set(whiteSpaceCodes)
const digits = new Set(digitCodes)

/** Sets of one char, shared by every pattern read. */
const single = new Map<number, Set<number>>()

const nothing = (): Part => ({first: none, last: none, empty: true})
const chars = (set: Set<number> | null): Part => ({first: set, last: set, empty: false})

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null
  if (a.size === 0 || a === b) return b
  if (b.size === 0) return a
  const out = new Set(a)
  for (const code of b) out.add(code)
  return out
}

/** Two parts one after the other (the chars the pair can end with only when `last` is asked: most guards test the first char). */
function then(a: Part, b: Part, last: boolean): Part {
  return {first: a.empty ? union(a.first, b.first) : a.first, last: !last ? none : b.empty ? union(a.last, b.last) : b.last, empty: a.empty && b.empty}
}

/** Either of two parts. */
function either(a: Part, b: Part): Part {
  return {first: union(a.first, b.first), last: union(a.last, b.last), empty: a.empty || b.empty}
}

/** Reads a pattern's source into the chars its matches can start and end with. */
class Reader {
  at = 0
  constructor(
    readonly source: string,
    readonly caseless: boolean,
    /** Whether the chars a match can end with are wanted. */
    readonly last: boolean
  ) {}

  alternation(): Part {
    let part = this.sequence()
    while (this.source[this.at] === '|') {
      this.at++
      part = either(part, this.sequence())
    }
    return part
  }

  private sequence(): Part {
    let part = nothing()
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') part = then(part, this.quantified(this.atom()), this.last)
    return part
  }

  private quantified(atom: Part): Part {
    const c = this.source[this.at]
    let part = atom
    if (c === '*' || c === '?') {
      this.at++
      part = {...atom, empty: true}
    } else if (c === '+') this.at++
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at))
      if (m) {
        this.at += m[0].length
        if (Number(m[1]) === 0) part = {...atom, empty: true}
      }
    } else return part
    // A lazy quantifier (`*?`) matches the same chars.
    if (this.source[this.at] === '?') this.at++
    return part
  }

  private atom(): Part {
    const c = this.source[this.at++]
    if (c === '^' || c === '$') return nothing()
    if (c === '.') return chars(null)
    if (c === '(') {
      let lookaround = false
      if (this.source.startsWith('?:', this.at)) this.at += 2
      else if (/^\?<?[=!]/.test(this.source.slice(this.at))) {
        this.at += this.source[this.at + 1] === '<' ? 3 : 2
        lookaround = true
      } else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1
      const inner = this.alternation()
      this.at++
      // A lookaround matches no char of its own.
      return lookaround ? nothing() : inner
    }
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape(false)
    return chars(this.set(c.codePointAt(0)!))
  }

  private escape(inClass: boolean): Part {
    const c = this.source[this.at++]
    if (c === 's') return chars(whiteSpace)
    if (c === 'd') return chars(digits)
    if (c === 'b' && !inClass) return nothing()
    if (c === 'B' && !inClass) return nothing()
    if (c === 'u' || c === 'x') {
      // `\u{…}`, `\uXXXX`, `\xXX`: the char they name.
      const m = c === 'x' ? /^[0-9a-f]{2}/i.exec(this.source.slice(this.at)) : /^\{([0-9a-f]+)\}|^[0-9a-f]{4}/i.exec(this.source.slice(this.at))
      if (!m) return chars(null)
      this.at += m[0].length
      return chars(this.set(parseInt(m[1] ?? m[0], 16)))
    }
    if (c === 'k') this.at = this.source.indexOf('>', this.at) + 1
    if ((c === 'p' || c === 'P') && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1
    if (c === 'c') this.at++
    if (/[SDwWpPkc\d]/.test(c)) return chars(null)
    return chars(this.set(c.codePointAt(0)!))
  }

  private charClass(): Part {
    if (this.source[this.at] === '^') {
      this.at = this.classEnd()
      return chars(null)
    }
    const set = new Set<number>()
    let any = false
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const from = this.classChar()
      if (from === null) any = true
      else if (Array.isArray(from)) for (const code of from) set.add(code)
      else if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        this.at++
        const to = this.classChar()
        // A wide range (every Hangul syllable, `[가-힣]`) lets nearly any letter through: the guard then tests nothing there.
        if (typeof to !== 'number' || to - from > 256) any = true
        else for (let code = from; code <= to; code++) for (const cased of this.cased(code)) set.add(cased)
      } else for (const cased of this.cased(from)) set.add(cased)
    }
    this.at++
    return chars(any ? null : set)
  }

  /** One char of a class (a code), a class escape (`\s`: its codes), or null for one that may be anything. */
  private classChar(): number | number[] | null {
    if (this.source[this.at] === '\\') {
      this.at++
      const part = this.escape(true)
      if (part.first === null) return null
      const codes = [...part.first]
      return codes.length === 1 ? codes[0] : codes
    }
    const code = this.source.codePointAt(this.at)!
    this.at += code > 0xffff ? 2 : 1
    return code
  }

  private classEnd(): number {
    let at = this.at
    while (at < this.source.length && this.source[at] !== ']') at += this.source[at] === '\\' ? 2 : 1
    return at + 1
  }

  /** The set of one char (both cases in a caseless pattern), made once. */
  private set(code: number): Set<number> {
    let set = single.get(code)
    if (set === undefined || this.caseless) {
      set = new Set(this.cased(code))
      if (!this.caseless) single.set(code, set)
    }
    return set
  }

  /** A char and, for a caseless pattern, its other case. */
  private cased(code: number): number[] {
    if (!this.caseless) return [code]
    const c = String.fromCodePoint(code)
    return [...new Set([code, c.toLowerCase().codePointAt(0)!, c.toUpperCase().codePointAt(0)!])]
  }
}

function read(pattern: RegExp, last: boolean): Part {
  const part = new Reader(pattern.source, pattern.flags.includes('i'), last).alternation()
  // A pattern that can match nothing can match at any char.
  return part.empty ? {first: null, last: null, empty: true} : part
}

/** A test of a char code: whether a match of `pattern` can start with it (always true when any char can). */
export function startsOf(pattern: RegExp): (code: number) => boolean {
  const first = read(pattern, false).first
  return first === null ? () => true : (code) => first.has(code)
}

/** A test of a char code: whether a match of `pattern` can end with it (always true when any char can). */
export function endsOf(pattern: RegExp): (code: number) => boolean {
  const last = read(pattern, true).last
  return last === null ? () => true : (code) => last.has(code)
}
