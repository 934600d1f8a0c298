import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromText, parse, toPressRelease} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'
import {assertShape} from './shape.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'

// CI runs a fixed seed (reproducible); local runs explore new ones and print the seed of a failure.
if (process.env.CI) fc.configureGlobal({seed: 20261128})

/** Pieces of press releases, so that random strings reach the constructs. */
const vocabulary = [
  '보도자료', '보도참고자료', '보도시점', '보도 시점', '보도일시', '엠바고', '배포', '배포일시', ' : ', '(', ')', '<', '>', '[', ']', '【', '】',
  '2025. 5. 28.(수)', '’26. 4. 1.(화)', '4. 13.(월)', '16:00', '낮 12시', '오후', '조간', '석간', '(월요일 조간)', '배포 즉시', '즉시 보도',
  '(온라인)', '(지 면)', '(인터넷, 지면)', '국회 본회의 통과 시', '□ ', '○ ', 'ㅇ ', '- ', '* ', '※ ', '① ', '➊', '▴', '붙임', '붙임 1', '참고', '별첨', '끝.',
  '담당 부서', '책임자', '담당자', '과  장', '사무관', '홍길동', '(044-202-6230)', 'a@korea.kr', '<총괄>', '담당과장 :', '☎',
  '16:00~16:05', "(5')", '■ 개회', '“', '”', '‘', '’', '장관은', '라며', '고 밝혔다.', '|', '|---|', '<br>', '<table>', '<tr><td>', '</td></tr>', '# ', '**',
  '__', '*', '\\*', '&amp;', '&lt;', 'R&D', '<표>', '</b>', '<b>', '\t', '\n', '\r\n', '\r', ' ', '\u00a0', '\u3000', '\ufeff', '\u0000', '\ud800', '\udc00', '- 1 -', 'OPEN', '공공누리', '가', '나', '1', '.', ','
]
/** What a diagnostic tells a user: rule, wording, severity and place. */
const told = (file: VFile) => file.messages.map((m) => ({ruleId: m.ruleId, reason: m.reason, fatal: m.fatal, place: m.place}))

/**
 * The checks every parse must pass: no throw, the documented shape, the tree invariants, and
 * the same typed object and diagnostics as reading the tree `fromText` gives (`parse` skips
 * cleaning plain lines and makes points only for what it reports).
 */
function checkParses(value: string): void {
  const parsed = new VFile({value})
  const release = parse(parsed)
  assertShape(release)
  const read = new VFile({value})
  const tree = fromText(value, {file: read})
  assertTreeInvariants(tree, value)
  expect(release).toEqual(toPressRelease(tree, read))
  expect(told(parsed)).toStrictEqual(told(read))
}

const releaseLike = fc.array(fc.constantFrom(...vocabulary), {maxLength: 120}).map((parts) => parts.join(''))
const anyText = fc.array(fc.integer({min: 0, max: 0xffff}), {maxLength: 300}).map((codes) => String.fromCharCode(...codes))

describe('total over any text', () => {
  it('parses 1,000 strings of release vocabulary: never throws, documented shape, tree invariants', () => {
    fc.assert(
      fc.property(releaseLike, checkParses),
      {numRuns: 1000}
    )
  })

  it('parses 500 strings of any UTF-16 code units, lone surrogates and NUL included', () => {
    fc.assert(
      fc.property(anyText, checkParses),
      {numRuns: 500}
    )
  })

  it('gives the same typed object for LF and CRLF', () => {
    fc.assert(
      fc.property(releaseLike, (value) => {
        const lf = value.replace(/\r\n?/g, '\n')
        expect(parse(lf.replace(/\n/g, '\r\n'))).toEqual(parse(lf))
      }),
      {numRuns: 300}
    )
  })

  it('refuses random bytes only with ERR_BINARY_INPUT, or reads them as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 2000}), (bytes) => {
        try {
          assertShape(parse(bytes))
        } catch (error) {
          expect((error as {code?: string}).code).toBe('ERR_BINARY_INPUT')
        }
      }),
      {numRuns: 300}
    )
  })
})

const corpus = corpusPath('text')
const present = hasCorpus('text')
describe.skipIf(!present)(`mutated real releases (${corpus})`, () => {
  const texts = present ? readdirSync(corpus).sort().map((f) => readFileSync(join(corpus, f), 'utf8')) : []
  it('parses about 400 truncated, shuffled and spliced releases', () => {
    const mutation = fc.tuple(fc.nat(texts.length - 1), fc.nat(), fc.nat(), fc.constantFrom('truncate', 'shuffle', 'drop', 'duplicate', 'splice', 'bom')).map(([which, a, b, how]) => {
      const text = texts[which]
      const lines = text.split('\n')
      switch (how) {
        case 'truncate':
          return text.slice(0, a % (text.length + 1))
        case 'shuffle': {
          const out = [...lines]
          for (let i = out.length - 1; i > 0; i--) {
            const j = (a + i * 7919 + b) % (i + 1)
            ;[out[i], out[j]] = [out[j], out[i]]
          }
          return out.join('\n')
        }
        case 'drop':
          return lines.filter((_, i) => (i + a) % 3 !== 0).join('\n')
        case 'duplicate':
          return lines.flatMap((l, i) => ((i + b) % 4 === 0 ? [l, l] : [l])).join('\n')
        case 'splice':
          return text.slice(0, a % text.length) + texts[(which + 1) % texts.length].slice(b % 5000)
        default:
          return text.slice(0, a % text.length) + '\ufeff' + text.slice(a % text.length)
      }
    })
    fc.assert(
      fc.property(mutation, checkParses),
      {numRuns: 400}
    )
  })
})

it('gives each release the same object and diagnostics whether parsed alone or after others', () => {
  // Lists of offsets are lent from one parse to the next: nothing of one parse may reach another.
  const big = '담당 부서\t기획과\t책임자\t과장\t홍길동\t(044-202-1234)\n' + '\t\t담당자\t사무관\t김철수\t(044-202-1235)  끝\n'.repeat(3000)
  const outcome = (value: string) => {
    const file = new VFile({value})
    return {release: parse(file), told: told(file)}
  }
  fc.assert(
    fc.property(fc.array(releaseLike, {minLength: 2, maxLength: 5}), (values) => {
      const first = values.map(outcome)
      outcome(big)
      const again = [...values].reverse().map(outcome).reverse()
      expect(again).toStrictEqual(first)
    }),
    {numRuns: 50}
  )
})

it('keeps positions inside the input when NFC lengthens a character', () => {
  for (const value of ['\u0000\u0344', '가\u0344나', '\u0344\n보도시점 2024. 1. 2.(화)']) checkParses(value)
})

it('reads a compatibility ideograph beside a lone jamo as NFC in the typed text', () => {
  // NFC leaves the lone jamo and changes U+F900: the line is not plain.
  expect(parse('豈ᄀ').headline).toBe('豈ᄀ'.normalize('NFC'))
  expect(parse('豈ᄀ')).toEqual(toPressRelease(fromText('豈ᄀ')))
})
