/** Parse the supplied release (fixtures/seed-release/input.txt) and print the typed object as JSON. */
import {readFileSync} from 'node:fs'
import {parse} from '../src/index.js'

const path = process.argv[2] ?? new URL('../fixtures/seed-release/input.txt', import.meta.url)
console.log(JSON.stringify(parse(new Uint8Array(readFileSync(path))), null, 2))
