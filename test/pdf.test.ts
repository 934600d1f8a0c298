import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {fromText, parse, parseAsync} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'
import {contacts, grid, makePdf, releasePdf as release, t} from './pdf.js'

describe('PDF', () => {
  it('reads a PDF into the typed object', async () => {
    const read = await parseAsync(release())
    expect(read.kind).toBe('보도자료')
    expect(read.issuers).toEqual(['해양수산부'])
    expect(read.embargo?.iso).toBe('2024-07-01T12:00:00+09:00')
    expect(read.distribution?.date).toBe('2024-06-28')
    expect(read.headline).toBe('해양 쓰레기 수거 확대')
    expect(read.subtitles).toEqual(['연안 정화 예산 두 배로'])
    expect(read.body.blocks[0]).toMatchObject({marker: '□', text: '해양수산부(장관 강해원)는 연안 정화 사업을 두 배로 늘리고 해안 쓰레기 수거를 확대한다고 밝혔다.'})
    expect(read.contacts).toEqual([
      {group: null, department: '해양환경정책관 해양보전과', role: '책임자', title: '과장', name: '정바다', phone: '044-200-5201', email: null},
      {group: null, department: '해양환경정책관 해양보전과', role: '담당자', title: '사무관', name: '한갯벌', phone: '044-200-5205', email: null}
    ])
  })

  it('reads a PDF given as a Node Buffer (what `readFile` gives) as it reads a Uint8Array', async () => {
    const bytes = release()
    const fromBuffer = await parseAsync(Buffer.from(bytes))
    expect(fromBuffer).toEqual(await parseAsync(bytes))
    expect(fromBuffer.headline).toBe('해양 쓰레기 수거 확대')
  })

  it('gives the text read: table rows as TAB-separated cells (merged cells empty), paragraphs on one line, page numbers kept', async () => {
    const file = new VFile({value: release()})
    await parseAsync(file)
    const lines = String(file.value).split('\n')
    expect(lines).toContain('보도시점\t2024. 7. 1.(월) 12:00\t배포\t2024. 6. 28.(금)')
    expect(lines).toContain('\t해양보전과\t담당자\t사무관\t한갯벌\t(044-200-5205)')
    expect(lines).toContain('□ 해양수산부(장관 강해원)는 연안 정화 사업을 두 배로 늘리고 해안 쓰레기 수거를 확대한다고 밝혔다.')
    expect(lines).toContain('ㅇ 수거한 쓰레기는 재활용한다.')
    expect(lines).toContain('- 1 -')
    assertTreeInvariants(fromText(String(file.value)), String(file.value))
  })

  it('names the page in diagnostics', async () => {
    const table = contacts(700, {name: '한갯벌', phone: ''})
    const pdf = makePdf([
      {texts: [t(50, 800, '보도자료', 16), t(55, 768, '보도시점'), t(125, 768, '2024. 7. 1.(월) 12:00'), t(60, 703, '해양 쓰레기 수거 확대', 20)], lines: grid([50, 120, 545], [760, 785])},
      {texts: table.texts, lines: table.lines}
    ])
    const file = new VFile({value: pdf})
    await parseAsync(file)
    const message = file.messages.find((m) => m.ruleId === 'contact-without-phone')
    expect(message?.reason).toBe('Contact `한갯벌` has no phone number or email (page 2)')
  })

  it('reads two pages printed side by side on one landscape sheet as two pages', async () => {
    const left = Array.from({length: 6}, (_, i) => t(40, 500 - i * 20, `ㅇ 왼쪽 쪽의 ${i + 1}번째 줄`))
    const right = Array.from({length: 6}, (_, i) => t(460, 520 - i * 20, `ㅇ 오른쪽 쪽의 ${i + 1}번째 줄`))
    const file = new VFile({value: makePdf([{width: 842, height: 595, texts: [...left, ...right]}])})
    await parseAsync(file)
    const lines = String(file.value).trim().split('\n')
    expect(lines.slice(0, 6)).toEqual(left.map((l) => l.text))
    expect(lines.slice(6)).toEqual(right.map((l) => l.text))
  })

  it('reads a page stored turned (`/Rotate 90`) as it is shown, and a page drawn turned without it turned back', async () => {
    for (const unmarked of [false, true]) {
      const file = new VFile({value: makePdf([{rotate: 90, unmarked, texts: [t(55, 768, '보도시점'), t(125, 768, '2024. 7. 1.(월) 12:00'), t(60, 703, '해양 쓰레기 수거 확대', 20)], lines: grid([50, 120, 545], [760, 785])}])})
      await parseAsync(file)
      expect(file.value, String(unmarked)).toBe('보도시점\t2024. 7. 1.(월) 12:00\n해양 쓰레기 수거 확대\n')
    }
  })

  it('joins a heading of large type wrapped over two centred lines, not the subtitles under it', async () => {
    const body = Array.from({length: 6}, (_, i) => t(50, 560 - i * 20, `ㅇ 본문 ${i + 1}번째 줄입니다.`, 12))
    const file = new VFile({value: makePdf([{texts: [t(140, 720, '해양 쓰레기 수거를', 22), t(170, 692, '두 배로 확대', 22), t(120, 650, '- 연안 정화 예산 확대 -', 14), t(120, 630, '- 수거 인력 충원 -', 14), ...body]}])})
    await parseAsync(file)
    expect(String(file.value).split('\n').slice(0, 3)).toEqual(['해양 쓰레기 수거를 두 배로 확대', '- 연안 정화 예산 확대 -', '- 수거 인력 충원 -'])
  })

  it('keeps a running header once and every page number', async () => {
    const pages = [1, 2, 3].map((n) => ({texts: [t(400, 815, '해양수산부 보도자료', 9), t(50, 700, `ㅇ ${n}쪽의 본문`, 12), t(290, 30, `- ${n} -`)]}))
    const file = new VFile({value: makePdf(pages)})
    await parseAsync(file)
    expect(String(file.value).split('\n')).toEqual(['해양수산부 보도자료', 'ㅇ 1쪽의 본문', '- 1 -', 'ㅇ 2쪽의 본문', '- 2 -', 'ㅇ 3쪽의 본문', '- 3 -', ''])
  })

  it('reads a table whose rules are dotted, drawn as many short strokes', async () => {
    const dotted = grid([50, 120, 545], [760, 785]).flatMap(([x1, y1, x2, y2]) => {
      const pieces: Array<[number, number, number, number]> = []
      const length = Math.hypot(x2 - x1, y2 - y1)
      for (let d = 0; d < length; d += 1.2) {
        const e = Math.min(d + 0.5, length)
        pieces.push([x1 + ((x2 - x1) * d) / length, y1 + ((y2 - y1) * d) / length, x1 + ((x2 - x1) * e) / length, y1 + ((y2 - y1) * e) / length])
      }
      return pieces
    })
    // The two texts stand 6 points apart: only the rule between them makes them two cells.
    const file = new VFile({value: makePdf([{lines: dotted, texts: [t(76, 768, '보도시점'), t(122, 768, '2024. 7. 1.(월) 12:00')]}])})
    await parseAsync(file)
    expect(file.value).toBe('보도시점\t2024. 7. 1.(월) 12:00\n')
  })

  it('keeps text printed twice over itself (a bold or shadowed look) once', async () => {
    const file = new VFile({value: makePdf([{texts: [t(50, 700, '참고', 14), t(50.4, 700.3, '참고', 14), t(120, 700, '사업 개요', 14)]}])})
    await parseAsync(file)
    expect(file.value).toBe('참고\t사업 개요\n')
  })

  it('reads a PDF whose header follows a few bytes of junk, as PDF readers accept', async () => {
    const pdf = release()
    const junk = new Uint8Array(pdf.length + 6)
    junk.set(new TextEncoder().encode('\r\n\r\n  '))
    junk.set(pdf, 6)
    expect((await parseAsync(junk)).headline).toBe('해양 쓰레기 수거 확대')
  })

  it('gives exactly what parse gives for text and other bytes', async () => {
    const text = '보도자료\n보도시점\t2024. 7. 1.(월) 12:00\n해양 쓰레기 수거 확대\n'
    expect(await parseAsync(text)).toEqual(parse(text))
    expect(await parseAsync(new TextEncoder().encode(text))).toEqual(parse(new TextEncoder().encode(text)))
    await expect(parseAsync(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).rejects.toMatchObject({code: 'ERR_BINARY_INPUT', format: 'png'})
  })

  it('is refused by parse, with a code and a message that names parseAsync', () => {
    expect(() => parse(release())).toThrow(expect.objectContaining({code: 'ERR_BINARY_INPUT', format: 'pdf', message: expect.stringContaining('parseAsync')}))
  })

  it('refuses a PDF without text, an encrypted one, and broken ones, each with its code', async () => {
    await expect(parseAsync(makePdf([{texts: [], lines: [[50, 50, 500, 50]]}]))).rejects.toMatchObject({code: 'ERR_IMAGE_ONLY_PDF', format: 'pdf', message: expect.stringContaining('OCR')})
    await expect(parseAsync(makePdf([{texts: [t(50, 800, '보도자료')]}], {encrypted: true}))).rejects.toMatchObject({code: 'ERR_ENCRYPTED_DOCUMENT', format: 'pdf'})
    const whole = release()
    for (const broken of [whole.slice(0, 200), whole.slice(0, whole.length - 300), new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog')]) {
      await expect(parseAsync(broken)).rejects.toMatchObject({code: 'ERR_INVALID_DOCUMENT', format: 'pdf'})
    }
    await expect(parseAsync(release(), {maxSize: 100})).rejects.toMatchObject({code: 'ERR_INPUT_TOO_LARGE'})
    await expect(parseAsync(new VFile({path: 'release.pdf', value: new Uint8Array()}))).rejects.toMatchObject({code: 'ERR_INVALID_DOCUMENT', format: 'pdf'})
    await expect(parseAsync(release(), {maxSize: Number.NaN})).rejects.toThrow(TypeError)
  })
})

const corpus = corpusPath()
describe.skipIf(!hasCorpus('original'))(`the corpus PDFs (${join(corpus, 'original')})`, () => {
  it('reads the PDFs the scoring leaves out (appendix pages only) without a throw that has no code', async () => {
    const unscored = readdirSync(join(corpus, 'original')).filter((f) => f.endsWith('.pdf') && !existsSync(join(corpus, 'pdftext', f.replace(/\.pdf$/, '.txt'))))
    expect(unscored.length).toBeGreaterThan(0)
    for (const name of unscored) {
      try {
        const release = await parseAsync(new Uint8Array(readFileSync(join(corpus, 'original', name))))
        expect(release, name).toBeTruthy()
      } catch (error) {
        expect((error as {code?: unknown}).code, name).toEqual(expect.any(String))
      }
    }
  })

  it('scores at least 0.97 overall on the PDFs of releases with the corpus scoring', async () => {
    const lib = await import('../src/index.js')
    const {scoreCorpus} = await import(join(corpus, 'score.mjs'))
    const result = await scoreCorpus(lib, corpus, ['original-pdf'])
    expect(result.crashes).toBe(0)
    expect(result.overall).toBeGreaterThanOrEqual(0.97)
  })
})
