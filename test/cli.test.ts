import {existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {spawn, spawnSync} from 'node:child_process'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough, Readable, Writable} from 'node:stream'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {cli, helpText} from '../src/cli.js'
import {messages} from '../src/messages.js'
import {makePdf, releasePdf} from './pdf.js'

const seedPath = new URL('../fixtures/seed-release/input.txt', import.meta.url).pathname
const seed = readFileSync(seedPath)
const update = Boolean(process.env.UPDATE)

async function run(argv: string[], options: {stdin?: Buffer; cwd?: string; tty?: boolean} = {}) {
  const stdout = new PassThrough()
  const stderr = Object.assign(new PassThrough(), {isTTY: options.tty ?? false, columns: 80})
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (c) => out.push(c))
  stderr.on('data', (c) => err.push(c))
  const stdin = Object.assign(Readable.from(options.stdin ? [options.stdin] : []), {isTTY: options.stdin === undefined})
  const code = await cli(argv, {stdin, stdout, stderr, cwd: options.cwd})
  return {code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8')}
}

/** A folder of inputs: the seed in UTF-8 and CP949 (in a subfolder), an empty file, random bytes, an HWP 5 header. */
function batchFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-'))
  mkdirSync(join(dir, 'sub'))
  writeFileSync(join(dir, 'a-seed.txt'), seed)
  writeFileSync(join(dir, 'sub', 'seed-cp949.txt'), iconv.encode(seed.toString('utf8'), 'cp949'))
  writeFileSync(join(dir, 'b-empty.txt'), '')
  let state = 1
  writeFileSync(join(dir, 'c-random.bin'), Buffer.from(Array.from({length: 3000}, () => (state = (state * 48271) % 2147483647) & 0xff)))
  writeFileSync(join(dir, 'd-report.hwp'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
  return dir
}

describe('cli', () => {
  it('prints the help (golden)', async () => {
    const golden = new URL('./cli-help.txt', import.meta.url).pathname
    const {code, stdout} = await run(['--help'])
    expect(code).toBe(0)
    if (update || !existsSync(golden)) writeFileSync(golden, stdout)
    expect(stdout).toBe(readFileSync(golden, 'utf8'))
    expect(stdout).toBe(helpText)
  })

  it('prints the version', async () => {
    const {code, stdout} = await run(['--version'])
    expect(code).toBe(0)
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version)
  })

  it('exits with 2 and one line with a hint on bad usage, never the help or a message about JavaScript', async () => {
    const cases: Array<[string[], string]> = [
      [['--bogus'], 'bodojaryo: Unknown option `--bogus`; run `bodojaryo --help` for the options\n'],
      [['--quite', seedPath], 'bodojaryo: Unknown option `--quite`; did you mean `--quiet`? (run `bodojaryo --help` for the options)\n'],
      [[seedPath, '-o'], 'bodojaryo: Option `--output` needs a value; run `bodojaryo --help` for the options\n'],
      [['--tree=yes', seedPath], 'bodojaryo: Option `--tree` takes no value; run `bodojaryo --help` for the options\n'],
      [['--format', 'xml', seedPath], 'bodojaryo: Unknown format `xml`, expected one of json, ndjson, tree, markdown; run `bodojaryo --help` for the options\n'],
      [['--jobs', '0', seedPath], 'bodojaryo: Expected `--jobs` to be a whole number of 1 or more, not `0`; run `bodojaryo --help` for the options\n']
    ]
    for (const [argv, line] of cases) {
      const {code, stderr, stdout} = await run(argv)
      expect(code, argv.join(' ')).toBe(2)
      expect(stderr, argv.join(' ')).toBe(line)
      expect(stdout).toBe('')
    }
  })

  it('parses one file into pretty JSON', async () => {
    const {code, stdout, stderr} = await run([seedPath])
    expect(code).toBe(0)
    const release = JSON.parse(stdout)
    expect(release.embargo.iso).toBe('2025-05-28T16:00:00+09:00')
    expect(stdout).toContain('\n  "kind"')
    // The release has info diagnostics (no kind printed) and no warnings: only the summary.
    expect(stderr).toMatch(/^1 file, 1 parsed, 0 failed, 0 warnings, [\d.]+ s\n$/)
    const verbose = await run([seedPath, '--verbose'])
    expect(verbose.stderr).toMatch(/^.*input\.txt:\d+:\d+: No document kind .* missing-kind\n(?:.*  department-carried\n)*1 file, 1 parsed/)
  })

  it('parses stdin', async () => {
    const {code, stdout} = await run([], {stdin: seed})
    expect(code).toBe(0)
    expect(JSON.parse(stdout).contacts[0].name).toBe('장두원')
  })

  it('gives one NDJSON record per file, in order, and error records for binaries', async () => {
    const dir = batchFolder()
    const {code, stdout, stderr} = await run([dir, '--jobs', '1'])
    expect(code).toBe(1)
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((r) => r.path.slice(dir.length + 1))).toEqual(['a-seed.txt', 'b-empty.txt', 'c-random.bin', 'd-report.hwp', 'sub/seed-cp949.txt'])
    expect(records[0]).toMatchObject({ok: true, data: {embargo: {iso: '2025-05-28T16:00:00+09:00'}}})
    expect(records[4]).toMatchObject({ok: true, data: {embargo: {iso: '2025-05-28T16:00:00+09:00'}}})
    expect(records[4].messages.map((m: {ruleId: string}) => m.ruleId)).toContain('decoded-as-cp949')
    expect(records[1]).toMatchObject({ok: false, error: {code: 'ERR_EMPTY_INPUT'}})
    expect(records[2]).toMatchObject({ok: false, error: {code: 'ERR_BINARY_INPUT'}})
    expect(records[3]).toMatchObject({ok: false, error: {code: 'ERR_INVALID_DOCUMENT'}})
    expect(records[3].error.message).toMatch(/HWP 5/)
    expect(stderr).toMatch(/c-random\.bin: .*ERR_BINARY_INPUT/)
    expect(stderr).toMatch(/b-empty\.txt: .*ERR_EMPTY_INPUT/)
    expect(stderr).toMatch(/5 files, 2 parsed, 3 failed, \d+ warnings?, [\d.]+ s\n$/)
  })

  it.skipIf(!existsSync(new URL('../dist/worker.js', import.meta.url)))('keeps input order with worker threads', async () => {
    const dir = batchFolder()
    const one = await run([dir, '--jobs', '1'])
    const two = await run([dir, '--jobs', '2'])
    expect(two.code).toBe(1)
    expect(two.stdout).toBe(one.stdout)
  })

  it('reads globs and writes one file per input with -o, mirroring folders and keeping extensions', async () => {
    const dir = batchFolder()
    const out = join(dir, 'out')
    const {code, stdout, stderr} = await run(['**/*.txt', '-o', out], {cwd: dir})
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/b-empty\.txt: .*ERR_EMPTY_INPUT/)
    expect(readdirSync(out).sort()).toEqual(['a-seed.txt.json', 'sub'])
    expect(readdirSync(join(out, 'sub'))).toEqual(['seed-cp949.txt.json'])
    expect(JSON.parse(readFileSync(join(out, 'sub', 'seed-cp949.txt.json'), 'utf8')).headline).toMatch(/^인공지능/)
  })

  it('gives inputs that share a base name their own output files, or refuses before writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-'))
    for (const name of ['text/x.txt', 'original/x.txt', 'x.txt', 'x.md']) {
      mkdirSync(join(dir, name, '..'), {recursive: true})
      writeFileSync(join(dir, name), seed)
    }
    const all = await run(['**/x.*', '-o', 'out', '--jobs', '1'], {cwd: dir})
    expect(all.code).toBe(0)
    expect(all.stderr).toMatch(/4 files, 4 parsed/)
    expect((await run(['.', '-o', 'out', '--jobs', '1'], {cwd: dir})).stderr).toMatch(/4 files, 4 parsed/)
    expect(readdirSync(join(dir, 'out'), {recursive: true}).map(String).sort()).toEqual(['original', 'original/x.txt.json', 'text', 'text/x.txt.json', 'x.md.json', 'x.txt.json'])
    const clash = await run(['text', 'original', '-o', 'clash'], {cwd: dir})
    expect(clash.code).toBe(2)
    expect(clash.stderr).toMatch(/would both write `clash\/x\.txt\.json`/)
    expect(existsSync(join(dir, 'clash'))).toBe(false)
  })

  it('writes the whole output to one file with -o file.json or -o file.ndjson, replacing it whole', async () => {
    const dir = batchFolder()
    writeFileSync(join(dir, 'all.json'), 'old')
    const json = await run([join(dir, 'a-seed.txt'), join(dir, 'sub'), '-o', 'all.json'], {cwd: dir})
    expect(json.code).toBe(0)
    expect(json.stdout).toBe('')
    const records = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'))
    expect(records.map((r: {ok: boolean}) => r.ok)).toEqual([true, true])
    const ndjson = await run([dir, '-o', join(dir, 'out', 'all.ndjson'), '--jobs', '1'])
    expect(ndjson.code).toBe(1)
    const lines = readFileSync(join(dir, 'out', 'all.ndjson'), 'utf8').trim().split('\n')
    expect(lines.map((line) => JSON.parse(line).path.slice(dir.length + 1))).toEqual(['a-seed.txt', 'all.json', 'b-empty.txt', 'c-random.bin', 'd-report.hwp', 'sub/seed-cp949.txt'])
    // Run again: what the first run wrote is not read as input.
    await run([dir, '-o', join(dir, 'out', 'all.ndjson'), '--jobs', '1'])
    expect(readFileSync(join(dir, 'out', 'all.ndjson'), 'utf8').trim().split('\n')).toHaveLength(lines.length)
    const one = await run([join(dir, 'a-seed.txt'), '-o', join(dir, 'one.json')])
    expect(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')).embargo.iso).toBe('2025-05-28T16:00:00+09:00')
    expect(one.code).toBe(0)
    // No temporary file is left beside the outputs.
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('refuses, without a stack trace, an -o that names an existing file of another kind or clashes with -F', async () => {
    const dir = batchFolder()
    for (const argv of [[seedPath, '-o', join(dir, 'a-seed.txt')], [seedPath, '-o', join(dir, 'x.json'), '-F', 'markdown']]) {
      const {code, stderr} = await run(argv)
      expect(code, argv.join(' ')).toBe(2)
      expect(stderr).toMatch(/^bodojaryo: /)
      expect(stderr).not.toMatch(/\n\s+at /)
    }
    expect(readFileSync(join(dir, 'a-seed.txt'))).toEqual(seed)
  })

  it('gives the same shape for a one-file folder, a one-file glob and two files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-'))
    writeFileSync(join(dir, 'only.txt'), seed)
    const folder = await run([dir])
    const glob = await run(['*.txt'], {cwd: dir})
    // One record each, the same but for the path: as given, the folder's file under the folder's name.
    expect(JSON.parse(folder.stdout)).toMatchObject({path: join(dir, 'only.txt'), ok: true})
    expect(JSON.parse(glob.stdout)).toEqual({...JSON.parse(folder.stdout), path: 'only.txt'})
    const markdown = await run([dir, seedPath, '-F', 'markdown', '--jobs', '1'])
    expect(markdown.stdout.match(/^# 인공지능/gm)).toHaveLength(2)
    expect(markdown.stdout).toContain(`<!-- ${join(dir, 'only.txt')} -->`)
    const json = await run([dir, '-F', 'json'])
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ok: true, data: expect.objectContaining({headline: expect.stringMatching(/^인공지능/)})})])
  })

  it('makes an empty or blank input an error record with a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-'))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'empty.hwpx'), '')
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\u3000\r\n')
    const {code, stdout} = await run([dir, '--jobs', '1'])
    expect(code).toBe(1)
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((r) => [r.ok, r.error.code])).toEqual([[false, 'ERR_EMPTY_INPUT'], [false, 'ERR_EMPTY_INPUT'], [false, 'ERR_EMPTY_INPUT']])
    const piped = await run([], {stdin: Buffer.from('')})
    expect(piped.code).toBe(1)
    expect(piped.stderr).toMatch(/<stdin>: .*ERR_EMPTY_INPUT/)
  })

  it('makes a pattern or folder that gives no file a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-'))
    mkdirSync(join(dir, 'none'))
    const cases: Array<[string[], string]> = [
      [['*.txt'], `bodojaryo: No files match \`*.txt\`; check the pattern (it is matched from ${dir})\n`],
      [['none'], 'bodojaryo: No files in folder `none`; hidden files (named with a leading dot) are not read\n']
    ]
    for (const [argv, line] of cases) {
      const {code, stderr, stdout} = await run(argv, {cwd: dir})
      expect(code, argv.join(' ')).toBe(2)
      expect(stderr).toBe(line)
      expect(stdout).toBe('')
    }
  })

  it('ends quietly when the reader of stdout goes away', async () => {
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}))
      }
    })
    const stderr = Object.assign(new PassThrough(), {isTTY: false})
    const err: Buffer[] = []
    stderr.on('data', (c) => err.push(c))
    const dir = batchFolder()
    const code = await cli([dir, '--jobs', '1'], {stdin: Object.assign(Readable.from([]), {isTTY: true}), stdout, stderr})
    expect(code).toBe(0)
    expect(Buffer.concat(err).toString()).not.toMatch(/EPIPE|cannot write/)
  })

  it.skipIf(!existsSync(new URL('../dist/cli.js', import.meta.url)))('leaves neither a partial output nor a temporary file when interrupted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-'))
    mkdirSync(join(dir, 'in'))
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, 'in', `r${String(i).padStart(3, '0')}.txt`), seed)
    const bin = new URL('../bin.js', import.meta.url).pathname
    const child = spawn(process.execPath, [bin, 'in', '-o', 'all.ndjson', '--jobs', '1'], {cwd: dir, stdio: 'ignore'})
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)))
    // Interrupt once the temporary file is being written.
    for (let i = 0; i < 500 && !readdirSync(dir).some((name) => name.endsWith('.tmp')); i++) await new Promise((done) => setTimeout(done, 10))
    expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(true)
    child.kill('SIGINT')
    expect(await exited).toBe('SIGINT')
    expect(readdirSync(dir)).toEqual(['in'])
  })

  it.skipIf(!existsSync(new URL('../dist/cli.js', import.meta.url)))('ends quietly on a real closed pipe (`| head -1`)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-'))
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.txt`), seed)
    const bin = new URL('../bin.js', import.meta.url).pathname
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" . --jobs 1 | head -1`], {cwd: dir, encoding: 'utf8'})
    expect(JSON.parse(result.stdout)).toMatchObject({ok: true})
    expect(result.stderr).not.toMatch(/EPIPE|Error|\n\s+at /)
    expect(result.stderr).toMatch(/\d+ files?, \d+ parsed, 0 failed/)
  })

  it('prints the JSON Schema', async () => {
    const {code, stdout} = await run(['--schema'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')))
  })

  it('reports a missing path as an error record and goes on', async () => {
    const {code, stdout} = await run(['no-such-file.txt', seedPath])
    expect(code).toBe(1)
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records[0]).toMatchObject({ok: false, error: {code: 'ENOENT'}})
    expect(records[1].ok).toBe(true)
  })

  it('reads PDF files and PDF on stdin; a broken or image-only PDF is an error record and the batch goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-pdf-'))
    const pdf = releasePdf()
    writeFileSync(join(dir, 'a-release.pdf'), pdf)
    writeFileSync(join(dir, 'b-truncated.pdf'), pdf.slice(0, 300))
    writeFileSync(join(dir, 'c-scan.pdf'), makePdf([{texts: [], lines: [[50, 50, 500, 50]]}]))
    writeFileSync(join(dir, 'd-seed.txt'), seed)
    for (const jobs of ['1', '2']) {
      const {code, stdout} = await run([dir, '--jobs', jobs])
      expect(code, jobs).toBe(1)
      const records = stdout.trim().split('\n').map((line) => JSON.parse(line))
      expect(records.map((r: {ok: boolean; error?: {code: string}}) => r.error?.code ?? r.ok)).toEqual([true, 'ERR_INVALID_DOCUMENT', 'ERR_IMAGE_ONLY_PDF', true])
      expect(records[0].data.headline).toBe('해양 쓰레기 수거 확대')
    }
    const piped = await run([], {stdin: Buffer.from(pdf)})
    expect(piped.code).toBe(0)
    expect(JSON.parse(piped.stdout).contacts[1].name).toBe('한갯벌')
    const tree = JSON.parse((await run(['--format', 'tree', join(dir, 'a-release.pdf')])).stdout)
    expect(tree.data.source.format).toBe('pdf')
    expect(tree.data.source.lines.slice(0, 2)).toMatchObject([{page: 1, row: null}, {page: 1, row: 0}])
  })

  it('prints the tree and Markdown formats', async () => {
    const tree = JSON.parse((await run(['--tree', seedPath])).stdout)
    expect(tree.type).toBe('root')
    expect(tree.children.map((c: {type: string}) => c.type)).toContain('contacts')
    const markdown = (await run(['--format', 'markdown', seedPath])).stdout
    expect(markdown).toContain('# 인공지능·디지털 대전환을')
  })

  it('reports warnings and errors by default, info with --verbose, less with --quiet and --silent, and fails on warnings with --frail', async () => {
    const dir = batchFolder()
    const bare = join(dir, 'bare.txt')
    // No embargo (a warning), no contacts and no kind (info).
    writeFileSync(bare, '안내 말씀\n')
    const normal = await run([bare])
    expect(normal.stderr).toMatch(/^\S*bare\.txt:1:1: .* missing-embargo\n1 file, 1 parsed, 0 failed, 1 warning, [\d.]+ s\n$/)
    expect(normal.code).toBe(0)
    const verbose = await run([bare, '--verbose'])
    expect(verbose.stderr).toContain('missing-embargo')
    expect(verbose.stderr).toContain('missing-contacts')
    expect(verbose.stderr).toContain('missing-kind')
    // --quiet: the same for an input with a warning; nothing at all for a run without one.
    expect((await run([bare, '--quiet'])).stderr).toMatch(/^\S*bare\.txt:1:1: .* missing-embargo\n1 file, 1 parsed, 0 failed, 1 warning, [\d.]+ s\n$/)
    expect((await run([seedPath, '--quiet'])).stderr).toBe('')
    expect((await run([seedPath, '--quiet', '--verbose'])).stderr).toBe('')
    // --silent: errors alone (a refused input), never a summary.
    expect((await run([bare, '--silent'])).stderr).toBe('')
    const failed = await run([join(dir, 'c-random.bin'), bare, '--silent', '--jobs', '1'])
    expect(failed.stderr).toMatch(/^\S*c-random\.bin: .* ERR_BINARY_INPUT\n$/)
    expect(failed.code).toBe(1)
    expect((await run([bare, '--frail'])).code).toBe(1)
  })

  it('prints no info diagnostics by default over every fixture, only with --verbose', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-cli-'))
    const fixtures = new URL('../fixtures/', import.meta.url).pathname
    for (const name of readdirSync(fixtures)) {
      if (existsSync(join(fixtures, name, 'input.txt'))) writeFileSync(join(dir, `${name}.txt`), readFileSync(join(fixtures, name, 'input.txt')))
    }
    const severity = (line: string) => messages[/ {2}([a-z0-9-]+)$/.exec(line)?.[1] as keyof typeof messages]?.severity
    const diagnostics = (stderr: string) => stderr.split('\n').filter((line) => / {2}[a-z0-9-]+$/.test(line))
    const normal = diagnostics((await run(['.', '--jobs', '1'], {cwd: dir})).stderr)
    const verbose = diagnostics((await run(['.', '--jobs', '1', '--verbose'], {cwd: dir})).stderr)
    expect(verbose.filter((line) => severity(line) === 'info').length).toBeGreaterThan(10)
    expect(normal.length).toBeGreaterThan(0)
    expect(normal.filter((line) => severity(line) === 'info')).toEqual([])
    expect(normal).toEqual(verbose.filter((line) => severity(line) !== 'info'))
  })

  it('prints the paths of a folder’s or a glob’s files as given, not made absolute', async () => {
    const dir = batchFolder()
    const folder = await run(['.', '--jobs', '1'], {cwd: dir})
    const paths = folder.stdout.trim().split('\n').map((line) => JSON.parse(line).path)
    expect(paths).toEqual(['a-seed.txt', 'b-empty.txt', 'c-random.bin', 'd-report.hwp', 'sub/seed-cp949.txt'])
    expect(folder.stderr).toMatch(/^b-empty\.txt: .* ERR_EMPTY_INPUT$/m)
    const named = await run(['sub/', '--jobs', '1', '-F', 'markdown'], {cwd: dir})
    expect(named.stdout).toMatch(/^# 인공지능/m)
    const glob = await run(['sub/*.txt', 'a-*', '--jobs', '1'], {cwd: dir})
    expect(glob.stdout.trim().split('\n').map((line) => JSON.parse(line).path)).toEqual(['sub/seed-cp949.txt', 'a-seed.txt'])
    const list = await run(['sub', 'b-empty.txt', '-F', 'json', '--jobs', '1'], {cwd: dir})
    expect(list.stderr).toMatch(/^b-empty\.txt: /m)
    expect(JSON.parse(list.stdout).map((r: {path: string}) => r.path)).toEqual(['sub/seed-cp949.txt', 'b-empty.txt'])
    const markdown = await run(['sub', seedPath, '-F', 'markdown', '--jobs', '1'], {cwd: dir})
    expect(markdown.stdout).toContain('<!-- sub/seed-cp949.txt -->')
  })

  it('draws a progress bar only on a TTY', async () => {
    const dir = batchFolder()
    const tty = await run([dir, '--jobs', '1'], {tty: true})
    expect(tty.stderr).toMatch(/\[[#-]+\] 5\/5 [\d.]+\/s ETA \d+s/)
    const pipe = await run([dir, '--jobs', '1'])
    expect(pipe.stderr).not.toContain('ETA')
  })

  it('reads a file named relative to the working folder it is given, and prints its path as given', async () => {
    const dir = batchFolder()
    const {code, stdout, stderr} = await run(['a-seed.txt', '--verbose', '--jobs', '1'], {cwd: dir})
    expect(code).toBe(0)
    expect(JSON.parse(stdout).headline).toMatch(/^인공지능/)
    expect(stderr).toMatch(/^a-seed\.txt:\d+:\d+: No document kind/m)
  })

  it('forces an encoding with --encoding', async () => {
    const dir = batchFolder()
    const {code, stdout} = await run([join(dir, 'sub', 'seed-cp949.txt'), '--encoding', 'euc-kr'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).headline).toMatch(/^인공지능/)
  })

  describe('check', () => {
    it('finds nothing to flag in the supplied release, and exits 0 under --frail', async () => {
      const {code, stdout, stderr} = await run(['check', '--frail', seedPath, '--jobs', '1'])
      expect(code).toBe(0)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^1 file, 0 failed, 0 warnings, \d+ info, [\d.]+ s\n$/)
    })

    it('names a weekday changed by hand, with the span of its date, and exits 1 under --frail', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-check-'))
      const text = seed.toString('utf8')
      expect(text).toContain('보도시점 2025. 5. 28.(수) 16:00')
      writeFileSync(join(dir, 'changed.txt'), text.replace('보도시점 2025. 5. 28.(수)', '보도시점 2025. 5. 28.(목)'))
      const changed = join(dir, 'changed.txt')
      const frail = await run(['check', '--frail', changed, '--jobs', '1'])
      expect(frail.code).toBe(1)
      expect(frail.stdout).toBe(changed + ':3:6-3:21  warning  Unexpected weekday `(목)` for 2025-05-28, expected `(수)`  weekday-mismatch\n')
      expect(frail.stderr).toMatch(/^1 file, 0 failed, 1 warning, /)
      const lenient = await run(['check', changed, '--jobs', '1'])
      expect(lenient.code).toBe(0)
      expect(lenient.stdout).toBe(frail.stdout)
      // A path relative to the working folder the command is given, printed as given.
      const relative = await run(['check', 'changed.txt', '--jobs', '1'], {cwd: dir})
      expect(relative.stdout).toBe(frail.stdout.replace(changed, 'changed.txt'))
    })

    it('reports what was inferred with --verbose, and a file it cannot read as an error line', async () => {
      const dir = batchFolder()
      const {code, stdout} = await run(['check', '--verbose', dir, '--jobs', '1'])
      expect(code).toBe(1)
      expect(stdout).toMatch(/a-seed\.txt:\d+:\d+(?:-\d+:\d+)?  info  .*  department-carried$/m)
      expect(stdout).toMatch(/b-empty\.txt  error  .*  ERR_EMPTY_INPUT$/m)
      expect(stdout).toMatch(/c-random\.bin  error  .*  ERR_BINARY_INPUT$/m)
    })

    it('refuses unknown options with its own help named', async () => {
      const {code, stderr} = await run(['check', '--frial', seedPath])
      expect(code).toBe(2)
      expect(stderr).toContain('--frail')
      expect(stderr).toContain('bodojaryo check --help')
    })
  })
})
