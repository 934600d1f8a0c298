import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {cli} from '../src/cli.js'
import {runBatch, type Outcome} from '../src/lib/batch.js'
import {crafted, craftedHwp} from './crafted.js'

const seedPath = () => new URL('../fixtures/seed-release/input.txt', import.meta.url).pathname
const seed = readFileSync(seedPath())
const workerUrl = new URL('../dist/worker.js', import.meta.url)
const built = existsSync(workerUrl)

async function run(argv: string[], {cwd}: {cwd?: string} = {}): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => (out += d))
  stderr.on('data', (d) => (err += d))
  const code = await cli(argv, {stdin: new PassThrough(), stdout, stderr, cwd})
  return {code, stdout: out, stderr: err}
}

/** Two good releases with a table bomb and a deflate bomb between them. */
function bombFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-batch-'))
  writeFileSync(join(dir, 'a-good.txt'), seed)
  writeFileSync(join(dir, 'b-table.hwpx'), crafted.cellAddress())
  writeFileSync(join(dir, 'c-deflate.hwp'), craftedHwp.deflateBomb(40 * 1024 * 1024))
  writeFileSync(join(dir, 'd-good.txt'), seed)
  return dir
}

const records = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line))

describe('the batch survives hostile files', () => {
  for (const jobs of ['1', '2']) {
    it.skipIf(jobs !== '1' && !built)(`gives bombs error records between good ones, with --jobs ${jobs}`, async () => {
      const dir = bombFolder()
      const {code, stdout, stderr} = await run([dir, '--jobs', jobs])
      expect(code).toBe(1)
      const got = records(stdout)
      expect(got.map((r) => [r.path.slice(dir.length + 1), r.ok, r.error?.code ?? null])).toEqual([
        ['a-good.txt', true, null],
        ['b-table.hwpx', false, 'ERR_RESOURCE_LIMIT'],
        ['c-deflate.hwp', false, 'ERR_RESOURCE_LIMIT'],
        ['d-good.txt', true, null]
      ])
      expect(stderr).toMatch(/4 files, 2 parsed, 2 failed, \d+ warnings?, [\d.]+ s\n$/)
    })
  }

  it('refuses a FIFO, an empty .hwpx and a symbolic link loop with records; follows a link to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-special-'))
    writeFileSync(join(dir, 'a-good.txt'), seed)
    writeFileSync(join(dir, 'b-empty.hwpx'), new Uint8Array(0))
    execFileSync('mkfifo', [join(dir, 'c-pipe.txt')])
    mkdirSync(join(dir, 'd-sub'))
    symlinkSync(dir, join(dir, 'd-sub', 'loop'))
    symlinkSync(join(dir, 'a-good.txt'), join(dir, 'e-link.txt'))
    const {code, stdout, stderr} = await run([dir, '--jobs', '1'])
    expect(code).toBe(1)
    expect(records(stdout).map((r) => [r.path.slice(dir.length + 1), r.error?.code ?? null])).toEqual([
      ['a-good.txt', null],
      ['b-empty.hwpx', 'ERR_EMPTY_INPUT'],
      ['c-pipe.txt', 'ERR_NOT_A_FILE'],
      ['d-sub/loop', 'ERR_SYMLINK_LOOP'],
      ['e-link.txt', null]
    ])
    expect(stderr).toMatch(/b-empty\.hwpx: Unexpected empty input: the file holds no text  ERR_EMPTY_INPUT/)
    expect(stderr).toMatch(/5 files, 2 parsed, 3 failed/)
  })

  it('caps --jobs at four per core with a message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-jobs-'))
    writeFileSync(join(dir, 'a.txt'), seed)
    const {code, stderr} = await run([join(dir, 'a.txt'), '--jobs', '100000'])
    expect(code).toBe(0)
    expect(stderr).toMatch(/^bodojaryo: `--jobs 100000` is more than four per core; using \d+\n/)
  })

  for (const jobs of [1, 2]) {
    it.skipIf(!built)(`gives an input that never ends or fills the heap one error record, replaces its worker and writes the rest in order, with ${jobs} job${jobs > 1 ? 's' : ''}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-stall-'))
      const names = ['a.txt', 'b-stall.txt', 'c.txt', 'd-oom.txt', 'e.txt']
      const paths = names.map((name) => join(dir, name))
      for (const path of paths) writeFileSync(path, seed)
      const got: Array<[string, string | null]> = []
      const started = performance.now()
      await runBatch(paths.map((path) => ({path})), {format: 'json'}, 'ndjson', jobs, new URL('./stall-worker.mjs', import.meta.url), async (outcome) => {
        got.push([outcome.path.slice(dir.length + 1), outcome.error?.code ?? null])
      }, {heapMb: 64, timeoutMs: 1000})
      expect(got).toEqual([
        ['a.txt', null],
        ['b-stall.txt', 'ERR_TIMEOUT'],
        ['c.txt', null],
        ['d-oom.txt', 'ERR_RESOURCE_LIMIT'],
        ['e.txt', null]
      ])
      // An input that never ends costs its time limit, not the run.
      expect(performance.now() - started).toBeLessThan(15_000)
    })
  }

  it.skipIf(!built)('gives a file whose worker runs out of memory an error record, and goes on with a new worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-oom-'))
    const paths = ['a.txt', 'b-big.txt', 'c.txt', 'd.txt'].map((name) => join(dir, name))
    for (const path of paths) writeFileSync(path, seed)
    // About 6 MB of contact rows: far more than a 24 MB heap holds once parsed.
    writeFileSync(paths[1], '담당 부서\t기획과\t책임자\t과장\t홍길동\t(044-202-1234)\n'.repeat(100_000))
    const got: Outcome[] = []
    await runBatch(paths.map((path) => ({path})), {format: 'json'}, 'ndjson', 2, workerUrl, async (outcome) => {
      got.push(outcome)
    }, {heapMb: 24})
    expect(got.map((o) => [o.path, o.ok, o.error?.code ?? null])).toEqual([
      [paths[0], true, null],
      [paths[1], false, 'ERR_RESOURCE_LIMIT'],
      [paths[2], true, null],
      [paths[3], true, null]
    ])
    expect(got[1].error?.message).toMatch(/out of memory.*24 MB/)
  })
})

describe('the command line under a time limit, and its output folder', () => {
  it.skipIf(!built)('gives a file that takes longer than --timeout one error record, and writes every other result and the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-timeout-'))
    const input = join(dir, 'in')
    mkdirSync(input)
    for (const name of ['a', 'b', 'd', 'e']) writeFileSync(join(input, `${name}.txt`), seed)
    // Four megabytes of list items take seconds to parse: longer than a time limit of one.
    writeFileSync(join(input, 'c-slow.txt'), '제목입니다\n' + '- A\n'.repeat(1_000_000))
    const out = join(dir, 'all.ndjson')
    const started = performance.now()
    const {code, stderr} = await run([input, '-o', out, '--timeout', '1'])
    expect(code).toBe(1)
    expect(records(readFileSync(out, 'utf8')).map((r) => [r.path.slice(input.length + 1), r.error?.code ?? null])).toEqual([
      ['a.txt', null],
      ['b.txt', null],
      ['c-slow.txt', 'ERR_TIMEOUT'],
      ['d.txt', null],
      ['e.txt', null]
    ])
    expect(stderr).toMatch(/c-slow\.txt: Parsing took longer than the time limit of 1 s \(`--timeout`\); the file was skipped {2}ERR_TIMEOUT\n/)
    expect(stderr).toMatch(/5 files, 4 parsed, 1 failed, \d+ warnings?, [\d.]+ s\n$/)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(performance.now() - started).toBeLessThan(15_000)
  })

  it('refuses a --timeout that is no number of seconds', async () => {
    for (const value of ['x', '-1', '']) {
      const {code, stderr} = await run([seedPath(), `--timeout=${value}`])
      expect(code, value).toBe(2)
      expect(stderr).toContain(`Expected \`--timeout\` to be a number of seconds of 0 or more, not \`${value}\``)
    }
  })

  it('never writes through a folder under -o that is a symbolic link, and writes the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-out-'))
    const elsewhere = mkdtempSync(join(tmpdir(), 'bodojaryo-elsewhere-'))
    mkdirSync(join(dir, 'in', 'sub'), {recursive: true})
    writeFileSync(join(dir, 'in', 'a.txt'), seed)
    writeFileSync(join(dir, 'in', 'sub', 'b.txt'), seed)
    mkdirSync(join(dir, 'out'))
    symlinkSync(elsewhere, join(dir, 'out', 'sub'))
    const {code, stderr} = await run([join(dir, 'in'), '-o', join(dir, 'out'), '--jobs', '1'])
    expect(code).toBe(1)
    expect(readdirSync(elsewhere)).toEqual([])
    expect(existsSync(join(dir, 'out', 'a.txt.json'))).toBe(true)
    expect(stderr).toMatch(/b\.txt: Output folder `.*out\/sub` is a symbolic link or no folder; nothing is written through it {2}ERR_UNSAFE_OUTPUT\n/)
    expect(stderr).toMatch(/2 files, 1 parsed, 1 failed/)
  })

  it('reads each file of a glob or a folder once: never through a link back up, nor again through a linked folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-glob-'))
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'a.txt'), seed)
    writeFileSync(join(dir, 'sub', 'b.txt'), seed)
    symlinkSync(dir, join(dir, 'sub', 'loop'))
    symlinkSync(join(dir, 'sub'), join(dir, 'same'))
    const glob = await run(['**/*.txt', '--jobs', '1'], {cwd: dir})
    // A glob's files are named as the shell would list them, relative to the working folder.
    expect(records(glob.stdout).map((r) => r.path)).toEqual(['a.txt', 'sub/b.txt'])
    const folder = await run([dir, '--jobs', '1'])
    expect(records(folder.stdout).map((r) => [r.path.slice(dir.length + 1), r.error?.code ?? null])).toEqual([
      ['a.txt', null],
      ['sub/b.txt', null],
      ['sub/loop', 'ERR_SYMLINK_LOOP']
    ])
  })
})
