/**
 * The package as a user gets it: packed, installed from the tarball into a new project made
 * with `tsc --init` (strict, isolatedModules, verbatimModuleSyntax, no skipLibCheck), type-checked
 * with node and bundler resolution, and run; then publint and attw on the same tarball.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const built = existsSync(join(root, 'dist', 'index.d.ts'))

const consumer = `import {BodojaryoError, fromText, isBodojaryoError, parse, toMarkdown} from 'bodojaryo'
import type {Contact, ErrorCode, PressRelease, RuleId, Tree, VFile} from 'bodojaryo'
import schema from 'bodojaryo/schema.json' with {type: 'json'}

const text = '보도시점 2025. 5. 28.(수) 16:00\\n\\n정책 첫걸음\\n\\n□ 본문입니다.\\n'
const release: PressRelease = parse(text)
const tree: Tree.Root = fromText(text)
const node: Tree.Node = tree.children[0] ?? tree
const position: Tree.Position | undefined = node.position
const contacts: readonly Contact[] = release.contacts

function lint(file: VFile): RuleId[] {
  parse(file)
  return file.messages.map((message) => message.ruleId as RuleId)
}

let code: ErrorCode | null = null
try {
  parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
} catch (error) {
  if (isBodojaryoError(error)) code = error.code
  if (!(error instanceof BodojaryoError)) throw new Error('not a BodojaryoError')
}

console.log(JSON.stringify({
  iso: release.embargo?.iso ?? null,
  headline: release.headline,
  line: position?.start.line ?? null,
  contacts: contacts.length,
  code,
  markdown: toMarkdown(release).includes('# 정책 첫걸음'),
  schema: schema.$schema,
  lint: typeof lint
}))
`

describe.skipIf(!built)('the packed package', () => {
  let dir = ''
  let tarball = ''

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bodojaryo-package-'))
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {cwd: root, stdio: 'pipe'})
    tarball = join(dir, readdirSync(dir).find((name) => name.endsWith('.tgz'))!)
    const project = join(dir, 'project')
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {cwd: project, stdio: 'pipe'})
  }, 120_000)

  afterAll(() => {
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  it('holds the files a user needs and no install-time script', () => {
    const files = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n')
    for (const name of ['package/CHANGELOG.md', 'package/README.md', 'package/LICENSE', 'package/bin.js', 'package/dist/index.d.ts', 'package/schema.json']) {
      expect(files).toContain(name)
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'project', 'node_modules', 'bodojaryo', 'package.json'), 'utf8'))
    expect(pkg.scripts?.prepare).toBeUndefined()
    expect(pkg.scripts?.install).toBeUndefined()
    expect(pkg.scripts?.postinstall).toBeUndefined()
    expect(pkg.repository.url).toBe('git+https://github.com/bodojaryo/bodojaryo.git')
    expect(pkg.bugs.url).toMatch(/^https:\/\//)
  })

  it('type-checks and runs a consumer in a `tsc --init` project, node and bundler resolution', () => {
    const project = join(dir, 'project')
    execFileSync(bin('tsc'), ['--init'], {cwd: project, stdio: 'pipe'})
    const written = readFileSync(join(project, 'tsconfig.json'), 'utf8')
    expect(written).toMatch(/"verbatimModuleSyntax": true/)
    expect(written).toMatch(/"isolatedModules": true/)
    // The declarations themselves are checked: no skipLibCheck.
    const strict = written.replace(/^\s*"skipLibCheck": true,?\s*$/m, '')
    expect(strict).not.toMatch(/"skipLibCheck"/)
    writeFileSync(join(project, 'tsconfig.json'), strict.replace(/"compilerOptions": \{/, '"compilerOptions": {\n    "resolveJsonModule": true,'))
    writeFileSync(
      join(project, 'tsconfig.bundler.json'),
      JSON.stringify({extends: './tsconfig.json', compilerOptions: {module: 'preserve', moduleResolution: 'bundler', noEmit: true}})
    )
    writeFileSync(join(project, 'index.ts'), consumer)
    const tsc = (config: string) => {
      try {
        execFileSync(bin('tsc'), ['-p', config], {cwd: project, encoding: 'utf8', stdio: 'pipe'})
        return ''
      } catch (error) {
        return String((error as {stdout?: string}).stdout)
      }
    }
    expect(tsc('tsconfig.bundler.json')).toBe('')
    expect(tsc('tsconfig.json')).toBe('')
    const out = JSON.parse(execFileSync('node', ['index.js'], {cwd: project, encoding: 'utf8'}))
    expect(out).toEqual({
      iso: '2025-05-28T16:00:00+09:00',
      headline: '정책 첫걸음',
      line: 1,
      contacts: 0,
      code: 'ERR_BINARY_INPUT',
      markdown: true,
      schema: 'https://json-schema.org/draft/2020-12/schema',
      lint: 'function'
    })
  }, 60_000)

  it('runs the installed command', () => {
    const command = join(dir, 'project', 'node_modules', '.bin', 'bodojaryo')
    const version = execFileSync(command, ['--version'], {encoding: 'utf8'}).trim()
    expect(version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
    const schema = JSON.parse(execFileSync(command, ['--schema'], {encoding: 'utf8'}))
    expect(schema.title).toBe('PressRelease')
  })

  it('passes publint and attw (ESM only) on the tarball', () => {
    const lint = execFileSync(bin('publint'), ['run', '--strict', tarball], {encoding: 'utf8'})
    expect(lint).toContain('All good')
    // attw exits non-zero on any problem; `esm-only` ignores CommonJS resolution.
    const types = execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], {encoding: 'utf8'})
    expect(types).toContain('"bodojaryo"')
  }, 60_000)
})
