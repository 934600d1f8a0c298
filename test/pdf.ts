/**
 * Minimal PDF files written by hand for the tests: text in a Korean CID font that is not embedded
 * (Adobe-Korea1, UCS-2 encoded, so the reader needs its CMaps), straight rules, and a broken,
 * encrypted or image-only variant.
 */

/** A run of text: its left edge and baseline in points from the page's bottom-left corner. */
export interface PdfTextSpec {
  x: number
  y: number
  size: number
  text: string
}

export interface PdfPageSpec {
  texts: PdfTextSpec[]
  /** Straight rules: x1, y1, x2, y2. */
  lines?: Array<[number, number, number, number]>
  /** Default A4 portrait: 595 × 842. */
  width?: number
  height?: number
  /** `90`: the page is stored turned (landscape, `/Rotate 90`) and drawn turned, so it shows as given. */
  rotate?: 90
  /** With `rotate`, leave `/Rotate` out: the page shows turned, its text running down the page. */
  unmarked?: boolean
}

export interface PdfOptions {
  /** Add a standard security handler whose (empty) user password does not open the file. */
  encrypted?: boolean
}

const hex = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')

/**
 * A table's rules: the grid of `xs` × `ys` drawn one cell side at a time, without the sides
 * `skip` returns true for (to merge cells).
 */
export function grid(xs: number[], ys: number[], skip: (line: [number, number, number, number]) => boolean = () => false): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = []
  for (const y of ys) for (let i = 1; i < xs.length; i++) out.push([xs[i - 1], y, xs[i], y])
  for (const x of xs) for (let i = 1; i < ys.length; i++) out.push([x, ys[i - 1], x, ys[i]])
  return out.filter((l) => !skip(l))
}

/** Write a PDF file of these pages. */
export function makePdf(pages: PdfPageSpec[], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = []
  const add = (body: string) => objects.push(body)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  const kids = pages.map((_, i) => `${5 + i * 2} 0 R`).join(' ')
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`)
  add('<< /Type /Font /Subtype /Type0 /BaseFont /HYGoThic-Medium /Encoding /UniKS-UCS2-H /DescendantFonts [4 0 R] >>')
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HYGoThic-Medium /CIDSystemInfo << /Registry (Adobe) /Ordering (Korea1) /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor /FontName /HYGoThic-Medium /Flags 6 /FontBBox [0 -148 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 59 >> /DW 1000 >>')
  for (const [i, page] of pages.entries()) {
    const width = page.width ?? 595
    const height = page.height ?? 842
    // Shown turned a quarter clockwise, a stored point (u, v) is at (v, height - u).
    const turn = (x: number, y: number) => (page.rotate ? [height - y, x] : [x, y])
    const content = [
      ...(page.lines ?? []).map(([x1, y1, x2, y2]) => `${turn(x1, y1).join(' ')} m ${turn(x2, y2).join(' ')} l S`),
      ...page.texts.map((t) => `BT /F1 ${t.size} Tf ${page.rotate ? '0 1 -1 0' : '1 0 0 1'} ${turn(t.x, t.y).join(' ')} Tm <${hex(t.text)}> Tj ET`)
    ].join('\n')
    const box = page.rotate ? `[0 0 ${height} ${width}]${page.unmarked ? '' : ' /Rotate 90'}` : `[0 0 ${width} ${height}]`
    add(`<< /Type /Page /Parent 2 0 R /MediaBox ${box} /Resources << /Font << /F1 3 0 R >> >> /Contents ${6 + i * 2} 0 R >>`)
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
  }
  let encrypt = ''
  if (options.encrypted) {
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)
    encrypt = ` /Encrypt ${objects.length} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
  }
  let out = '%PDF-1.7\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

/** A run of text of `size` points (10 by default). */
export const t = (x: number, y: number, text: string, size = 10): PdfTextSpec => ({x, y, size, text})

/** Contact table: `담당 부서` spans both rows (no rule under it in the first column). */
export function contacts(y: number, second: {name: string; phone: string}): PdfPageSpec {
  const xs = [50, 110, 210, 260, 320, 390, 545]
  const ys = [y - 50, y - 25, y]
  return {
    lines: grid(xs, ys, ([x1, y1, x2, y2]) => y1 === y - 25 && y2 === y - 25 && x1 === 50 && x2 === 110),
    texts: [
      t(55, y - 30, '담당 부서'),
      ...[['해양환경정책관', '책임자', '과장', '정바다', '(044-200-5201)'], ['해양보전과', '담당자', '사무관', second.name, second.phone]].flatMap((cells, row) =>
        cells.map((text, col) => t(xs[col + 1] + 4, y - 17 - row * 25, text))
      )
    ]
  }
}

/** A one-page release: kind line, header table, headline box, subtitle, a wrapped paragraph, contacts, page number. */
export function releasePdf(): Uint8Array {
  const table = contacts(200, {name: '한갯벌', phone: '(044-200-5205)'})
  return makePdf([
    {
      lines: [...grid([50, 120, 330, 380, 545], [760, 785]), ...grid([50, 545], [690, 730]), ...table.lines!],
      texts: [
        t(50, 800, '해양수산부', 16),
        t(440, 800, '보도자료', 16),
        t(55, 768, '보도시점'),
        t(125, 768, '2024. 7. 1.(월) 12:00'),
        t(335, 768, '배포'),
        t(385, 768, '2024. 6. 28.(금)'),
        t(60, 703, '해양 쓰레기 수거 확대', 20),
        t(120, 660, '- 연안 정화 예산 두 배로 -', 14),
        // 40 characters of 12 points: the line reaches the right margin and wraps.
        t(50, 600, '□ 해양수산부(장관 강해원)는 연안 정화 사업을 두 배로 늘리고 해안 쓰레기', 12),
        t(62, 580, '수거를 확대한다고 밝혔다.', 12),
        t(50, 550, 'ㅇ 수거한 쓰레기는 재활용한다.', 12),
        ...table.texts,
        t(280, 30, '- 1 -')
      ]
    }
  ])
}
