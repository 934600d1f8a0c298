import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {cli} from '../src/cli.js'
import {runBatch, type Outcome} from '../src/lib/batch.js'
import {crafted, craftedHwp} from './crafted.js'

const seed = readFileSync(new URL('../fixtures/seed-release/input.txt', import.meta.url))
const workerUrl = new URL('../dist/worker.js', import.meta.url)
const built = existsSync(workerUrl)

async function run(argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => (out += d))
  stderr.on('data', (d) => (err += d))
  const code = await cli(argv, {stdin: new PassThrough(), stdout, stderr})
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

  it.skipIf(!built)('gives a file whose worker runs out of memory an error record, and goes on with a new worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-oom-'))
    const paths = ['a.txt', 'b-big.txt', 'c.txt', 'd.txt'].map((name) => join(dir, name))
    for (const path of paths) writeFileSync(path, seed)
    // About 6 MB of contact rows: far more than a 24 MB heap holds once parsed.
    writeFileSync(paths[1], '담당 부서\t기획과\t책임자\t과장\t홍길동\t(044-202-1234)\n'.repeat(100_000))
    const got: Outcome[] = []
    await runBatch(paths.map((path) => ({path})), {format: 'json'}, 'ndjson', 2, workerUrl, async (outcome) => {
      got.push(outcome)
    }, 24)
    expect(got.map((o) => [o.path, o.ok, o.error?.code ?? null])).toEqual([
      [paths[0], true, null],
      [paths[1], false, 'ERR_RESOURCE_LIMIT'],
      [paths[2], true, null],
      [paths[3], true, null]
    ])
    expect(got[1].error?.message).toMatch(/out of memory.*24 MB/)
  })
})
