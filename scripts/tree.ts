import {readFileSync} from 'node:fs'
import {fromText} from '../src/index.js'
const tree = fromText(readFileSync(process.argv[2], 'utf8'))
const show = (n: any, d = 0): void => {
  const attrs = ['marker', 'depth', 'name', 'label', 'role'].filter((k) => n[k] !== undefined).map((k) => `${k}=${n[k]}`).join(' ')
  const pos = n.position ? `${n.position.start.line}:${n.position.start.column}-${n.position.end.line}:${n.position.end.column}` : '-'
  console.log(' '.repeat(d * 2) + n.type + (attrs ? ' ' + attrs : '') + ' ' + pos + (n.value !== undefined ? ' ' + JSON.stringify(n.value.slice(0, 60)) : ''))
  for (const c of n.children ?? []) show(c, d + 1)
}
show(tree)
