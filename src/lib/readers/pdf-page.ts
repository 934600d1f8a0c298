/**
 * One PDF page → rows: text runs and drawn rules in, lines of runs and table rows of cells out.
 * Knows pages and nothing about press releases or the text shape built from the rows.
 */
import {maxPageRules, maxTableCells, overLimit} from '../limits.js'

/** A run of text on the page, in points from the page's top-left corner. */
export interface Run {
  text: string
  left: number
  right: number
  /** Baseline, from the top. */
  base: number
  /** Font size. */
  size: number
}

/** An axis-aligned rule: horizontal (`y` fixed, `from`…`to` along x) or vertical. */
export interface Rule {
  horizontal: boolean
  /** The fixed coordinate (y for horizontal, x for vertical), from the top-left. */
  at: number
  from: number
  to: number
}

/** A box: left, top, right, bottom in points from the page's top-left corner. */
export type Box = [number, number, number, number]

/** A line of runs outside tables, left to right. */
export interface LineBlock {
  kind: 'line'
  runs: Run[]
  box: Box
  size: number
}

/** A table row: one text per grid column (covered positions of merged cells empty). */
export interface RowBlock {
  kind: 'row'
  cells: string[]
  box: Box
  /** 0-based row in its table. */
  row: number
  /** Index of the table on the page. */
  table: number
}

export type PageBlock = LineBlock | RowBlock

/** Most clipping boxes a page's tables are looked for in. */
const maxClips = 3000

/** Rules closer than this (points) are the same rule; ends this close still meet. */
const near = 2.5

/**
 * The blocks of one page, top to bottom: tables found from their rules become rows of cells
 * (merged cells from missing inner rules), every other run joins the line of its baseline.
 */
export function pageBlocks(runs: Run[], rules: Rule[], clips: Box[] = []): PageBlock[] {
  // Comparing boxes pairwise is quadratic: a page clipping more boxes than any table has cells is read from its rules.
  const cells = clips.length > maxClips ? [] : cellClips(clips)
  const merged = mergeRules([...rules, ...clipRules(cells)])
  // Tables are found by comparing rules that cross: a page may not draw more than a budget.
  if (merged.length > maxPageRules) overLimit('rules per PDF page', maxPageRules, 'pdf')
  const tables = findTables(merged, cells)
  const loose: Run[] = []
  const inTable: Run[][] = tables.map(() => [])
  for (const run of runs) {
    const y = run.base - run.size * 0.3
    const x = (run.left + Math.min(run.right, run.left + run.size * 2)) / 2
    const t = tables.findIndex((g) => x > g.xs[0] && x < g.xs[g.xs.length - 1] && y > g.ys[0] && y < g.ys[g.ys.length - 1])
    if (t < 0) loose.push(run)
    else inTable[t].push(run)
  }
  const blocks: PageBlock[] = []
  for (const line of groupLines(loose)) blocks.push(line)
  tables.forEach((grid, t) => {
    for (const row of gridRows(grid, inTable[t], t)) blocks.push(row)
  })
  blocks.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0])
  return blocks
}

/**
 * Collinear pieces (dotted and dashed rules are drawn as many short strokes) joined into one
 * rule: rules of one direction within 0.8 pt of a line's first are that line, and along it pieces
 * less than 3.5 pt apart join. Sorting makes it O(n log n) however many pieces a page draws.
 */
export function mergeRules(rules: Rule[]): Rule[] {
  const sorted = rules.slice().sort((a, b) => Number(a.horizontal) - Number(b.horizontal) || a.at - b.at)
  const out: Rule[] = []
  let i = 0
  while (i < sorted.length) {
    const first = sorted[i]
    let j = i
    while (j < sorted.length && sorted[j].horizontal === first.horizontal && sorted[j].at - first.at <= 0.8) j++
    const line = sorted.slice(i, j).sort((a, b) => a.from - b.from)
    let current: Rule | null = null
    for (const rule of line) {
      if (current && rule.from <= current.to + 3.5) current.to = Math.max(current.to, rule.to)
      else {
        current = {...rule}
        out.push(current)
      }
    }
    i = j
  }
  return out.filter((r) => r.to - r.from > 2)
}

/** Runs grouped into lines by baseline, each line's runs left to right. */
export function groupLines(runs: Run[]): LineBlock[] {
  const sorted = runs.slice().sort((a, b) => a.base - b.base || a.left - b.left)
  const lines: LineBlock[] = []
  let current: Run[] = []
  let base = 0
  let size = 0
  const flush = () => {
    if (current.length === 0) return
    current.sort((a, b) => a.left - b.left)
    let top = Infinity
    let bottom = -Infinity
    let right = -Infinity
    let max = 0
    for (const r of current) {
      top = Math.min(top, r.base - r.size * 0.85)
      bottom = Math.max(bottom, r.base + r.size * 0.15)
      right = Math.max(right, r.right)
      max = Math.max(max, r.size)
    }
    lines.push({kind: 'line', runs: current, box: [current[0].left, top, right, bottom], size: max})
    current = []
  }
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.base - base) > Math.max(size, run.size) * 0.45) flush()
    if (current.length === 0) {
      base = run.base
      size = run.size
    }
    current.push(run)
  }
  flush()
  return lines
}

/** The text of runs on one line: a space where they stand apart, a TAB across a wide gap. */
export function joinRuns(runs: Run[], tabs: boolean): string {
  let out = ''
  let end = -Infinity
  for (const run of runs) {
    const gap = run.left - end
    if (out) {
      if (tabs && gap > run.size * 2.2) out = out.trimEnd() + '\t'
      else if (gap > run.size * 0.15 && !out.endsWith(' ') && !run.text.startsWith(' ')) out += ' '
    }
    out += run.text
    end = Math.max(end, run.right)
  }
  return out.trim()
}

/**
 * Clipping boxes that may be table cells: not most of the page, not a box filled by the boxes
 * inside it (a whole table), not a box inside another (a picture in a cell).
 */
function cellClips(clips: Box[]): Box[] {
  let height = 0
  for (const c of clips) height = Math.max(height, c[3])
  const unique: Box[] = []
  for (const c of clips) {
    if (c[3] - c[1] > height * 0.4) continue
    if (!unique.some((o) => same(o, c))) unique.push(c)
  }
  // A box tiled by the boxes inside it is a whole table; one with a picture or two inside is a cell.
  const cells = unique.filter((c) => {
    let covered = 0
    for (const o of unique) if (o !== c && within(o, c)) covered += (o[2] - o[0]) * (o[3] - o[1])
    return covered < (c[2] - c[0]) * (c[3] - c[1]) * 0.8
  })
  return cells.filter((c) => !cells.some((o) => o !== c && within(c, o)))
}

function same(a: Box, b: Box): boolean {
  return Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[2] - b[2]) < 0.5 && Math.abs(a[3] - b[3]) < 0.5
}

/** Whether box `a` lies inside box `b`. */
function within(a: Box, b: Box): boolean {
  return a[0] >= b[0] - 0.5 && a[1] >= b[1] - 0.5 && a[2] <= b[2] + 0.5 && a[3] <= b[3] + 0.5
}

/**
 * The edges of clipping boxes that touch another box side by side or one above the other: a
 * word processor clips each table cell, so touching boxes are a table even with no rule drawn.
 */
function clipRules(clips: Box[]): Rule[] {
  const rules: Rule[] = []
  for (const c of clips) {
    const touches = clips.some(
      (o) =>
        o !== c &&
        (((Math.abs(o[0] - c[2]) <= near || Math.abs(o[2] - c[0]) <= near) && Math.min(o[3], c[3]) - Math.max(o[1], c[1]) > 2) ||
          ((Math.abs(o[1] - c[3]) <= near || Math.abs(o[3] - c[1]) <= near) && Math.min(o[2], c[2]) - Math.max(o[0], c[0]) > 2))
    )
    if (!touches) continue
    rules.push(
      {horizontal: true, at: c[1], from: c[0], to: c[2]},
      {horizontal: true, at: c[3], from: c[0], to: c[2]},
      {horizontal: false, at: c[0], from: c[1], to: c[3]},
      {horizontal: false, at: c[2], from: c[1], to: c[3]}
    )
  }
  return rules
}

interface Grid {
  /** Column boundaries, left to right. */
  xs: number[]
  /** Row boundaries, top to bottom. */
  ys: number[]
  horizontal: Rule[]
  vertical: Rule[]
}

/**
 * Tables: groups of crossing rules with at least two rules each way. Clipping boxes inside a
 * table (word processors clip each cell to its box) add the borders left undrawn.
 */
function findTables(rules: Rule[], clips: Box[]): Grid[] {
  const parent = rules.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]]
    return i
  }
  const index = new Map(rules.map((r, i) => [r, i]))
  const horizontal = rules.filter((r) => r.horizontal)
  // Vertical rules by position: each horizontal rule looks only at those within its span.
  const vertical = rules.filter((r) => !r.horizontal).sort((a, b) => a.at - b.at)
  for (const h of horizontal) {
    let lo = 0
    let hi = vertical.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (vertical[mid].at < h.from - near) lo = mid + 1
      else hi = mid
    }
    for (let k = lo; k < vertical.length && vertical[k].at <= h.to + near; k++) {
      const v = vertical[k]
      if (h.at >= v.from - near && h.at <= v.to + near) parent[find(index.get(h)!)] = find(index.get(v)!)
    }
  }
  const groups = new Map<number, Rule[]>()
  rules.forEach((r, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(r)
    else groups.set(root, [r])
  })
  const grids: Grid[] = []
  for (const group of groups.values()) {
    const hs = group.filter((r) => r.horizontal)
    const vs = group.filter((r) => !r.horizontal)
    if (hs.length < 2 || vs.length < 2) continue
    let minX = Infinity
    let maxX = -Infinity
    let minY = Infinity
    let maxY = -Infinity
    for (const r of group) {
      if (r.horizontal) {
        minX = Math.min(minX, r.from)
        maxX = Math.max(maxX, r.to)
        minY = Math.min(minY, r.at)
        maxY = Math.max(maxY, r.at)
      } else {
        minY = Math.min(minY, r.from)
        maxY = Math.max(maxY, r.to)
        minX = Math.min(minX, r.at)
        maxX = Math.max(maxX, r.at)
      }
    }
    for (const [l, t, r, b] of clips) {
      if (l < minX - near || r > maxX + near || t < minY - near || b > maxY + near) continue
      if ((r - l) * (b - t) > (maxX - minX) * (maxY - minY) * 0.98) continue
      hs.push({horizontal: true, at: t, from: l, to: r}, {horizontal: true, at: b, from: l, to: r})
      vs.push({horizontal: false, at: l, from: t, to: b}, {horizontal: false, at: r, from: t, to: b})
    }
    const xs = cluster(vs.map((r) => r.at))
    const ys = cluster(hs.map((r) => r.at))
    // Tables open at the sides (no outer vertical rules) end where their horizontal rules end.
    let left = Infinity
    let right = -Infinity
    for (const r of hs) {
      left = Math.min(left, r.from)
      right = Math.max(right, r.to)
    }
    if (left < xs[0] - 8) xs.unshift(left)
    if (right > xs[xs.length - 1] + 8) xs.push(right)
    if (xs.length < 2 || ys.length < 2) continue
    if (xs[xs.length - 1] - xs[0] < 8 || ys[ys.length - 1] - ys[0] < 6) continue
    grids.push({xs, ys, horizontal: hs, vertical: vs})
  }
  return grids
}

/** Sorted distinct values, values within `near` of each other taken as one (their mean). */
function cluster(values: number[]): number[] {
  const sorted = values.slice().sort((a, b) => a - b)
  const out: number[] = []
  let sum = 0
  let count = 0
  let last = -Infinity
  for (const v of sorted) {
    if (count > 0 && v - last > near) {
      out.push(sum / count)
      sum = 0
      count = 0
    }
    sum += v
    count++
    last = v
  }
  if (count > 0) out.push(sum / count)
  return out
}

/** The rules lying at each of `bounds` (within `near` of it), found by halving. */
function rulesAt(rules: Rule[], bounds: number[]): Rule[][] {
  const out: Rule[][] = bounds.map(() => [])
  for (const rule of rules) {
    const from = rule.at - near
    for (let k = firstPast(bounds, (b) => b < from); k < bounds.length && bounds[k] <= rule.at + near; k++) out[k].push(rule)
  }
  return out
}

/** Index of the first of sorted `bounds` past those `before` holds for, found by halving. */
function firstPast(bounds: number[], before: (bound: number) => boolean): number {
  let lo = 0
  let hi = bounds.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(bounds[mid])) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Whether some rule lies at `at` and covers `from`…`to` (its middle part at least). */
function ruled(rules: Rule[], at: number, from: number, to: number): boolean {
  const a = from + (to - from) * 0.25
  const b = to - (to - from) * 0.25
  for (const r of rules) if (Math.abs(r.at - at) <= near && r.from <= a + near && r.to >= b - near) return true
  return false
}

/** The rows of a table: cells merged where an inner rule is missing, runs put in their cell. */
function gridRows(grid: Grid, runs: Run[], table: number): RowBlock[] {
  const {xs, ys} = grid
  const rows = ys.length - 1
  const cols = xs.length - 1
  if (rows * cols > maxTableCells) overLimit('table cells, rows × columns,', maxTableCells, 'pdf')
  // Each grid position looks only at the rules on its own sides.
  const vertical = rulesAt(grid.vertical, xs)
  const horizontal = rulesAt(grid.horizontal, ys)
  // Each grid position points to the first position of its merged cell.
  const owner = new Int32Array(rows * cols)
  for (let i = 0; i < owner.length; i++) owner[i] = i
  const find = (i: number): number => {
    while (owner[i] !== i) i = owner[i] = owner[owner[i]]
    return i
  }
  const join = (a: number, b: number) => {
    const ra = find(a)
    const rb = find(b)
    if (ra < rb) owner[rb] = ra
    else if (rb < ra) owner[ra] = rb
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !ruled(vertical[c + 1], xs[c + 1], ys[r], ys[r + 1])) join(r * cols + c, r * cols + c + 1)
      if (r + 1 < rows && !ruled(horizontal[r + 1], ys[r + 1], xs[c], xs[c + 1])) join(r * cols + c, (r + 1) * cols + c)
    }
  }
  // A merged region's first position is its smallest index (top row, then leftmost column).
  const cellRuns = new Map<number, Run[]>()
  for (const run of splitAcross(runs, xs)) {
    const y = run.base - run.size * 0.3
    const x = (run.left + run.right) / 2
    const c = Math.min(cols - 1, Math.max(0, upper(xs, x) - 1))
    const r = Math.min(rows - 1, Math.max(0, upper(ys, y) - 1))
    const at = find(r * cols + c)
    const list = cellRuns.get(at)
    if (list) list.push(run)
    else cellRuns.set(at, [run])
  }
  const out: RowBlock[] = []
  for (let r = 0; r < rows; r++) {
    const cells: string[] = []
    for (let c = 0; c < cols; c++) {
      const at = r * cols + c
      const list = find(at) === at ? cellRuns.get(at) : undefined
      cells.push(list ? groupLines(list).map((l) => joinRuns(l.runs, false)).join(' ').replace(/\t/g, ' ') : '')
    }
    if (cells.every((c) => c === '')) continue
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop()
    out.push({kind: 'row', cells, box: [xs[0], ys[r], xs[cols], ys[r + 1]], row: out.length, table})
  }
  return out
}

/** Index of the first boundary above `value`. */
function upper(bounds: number[], value: number): number {
  return firstPast(bounds, (bound) => bound <= value)
}

/**
 * Runs that cross a column boundary split at the space nearest it (PDF text extraction joins
 * neighbouring runs of two cells into one); character positions are estimated from their widths.
 */
function splitAcross(runs: Run[], xs: number[]): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    let rest: Run | null = run
    while (rest) {
      const next = upper(xs, rest.left + rest.size * 0.5)
      const boundary = next < xs.length && xs[next] < rest.right - rest.size * 0.5 ? xs[next] : undefined
      if (boundary === undefined) break
      const parts = splitAt(rest, boundary)
      if (!parts) break
      out.push(parts[0])
      rest = parts[1]
    }
    if (rest) out.push(rest)
  }
  return out
}

function splitAt(run: Run, x: number): [Run, Run] | null {
  const {text} = run
  const weights: number[] = []
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const w = code < 0x80 ? (code === 0x20 ? 0.3 : 0.55) : 1
    weights.push(w)
    total += w
  }
  const scale = (run.right - run.left) / (total || 1)
  let best = -1
  let bestDistance = Infinity
  let pos = run.left
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20) {
      const distance = Math.abs(pos + weights[i] * scale * 0.5 - x)
      if (distance < bestDistance) {
        best = i
        bestDistance = distance
      }
    }
    pos += weights[i] * scale
  }
  if (best <= 0 || bestDistance > run.size * 2) return null
  let at = run.left
  for (let i = 0; i < best; i++) at += weights[i] * scale
  const head = text.slice(0, best).trimEnd()
  const tail = text.slice(best + 1).trimStart()
  if (!head || !tail) return null
  return [
    {...run, text: head, right: at},
    {...run, text: tail, left: at + weights[best] * scale}
  ]
}
