/** Run with tsx: parse a VFile made with the `vfile` this script imports, and print what a user reads. */
import {VFile} from 'vfile'
import {parse} from '../../src/index.js'

const file = new VFile({path: 'release.txt', value: '보도자료\n\n보도시점 2025. 5. 28.(수) 16:00\n\n정책 첫걸음\n\n□ 본문입니다.\n'})
const release = parse(file)
console.log(JSON.stringify({headline: release.headline, iso: release.embargo?.iso ?? null, onFile: file.data.pressRelease === release, rules: file.messages.map((m) => m.ruleId)}))
