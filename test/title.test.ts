import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'

const header = '보도자료\n보도시점\t2025. 5. 28.(수) 12:00\n\n'

describe('subtitles', () => {
  it('continue onto the next short line when they end open (및, 위한, a comma …)', () => {
    const release = parse(header + '연구개발 성과 확산 방안 논의\n - 기술사업화 생태계 혁신 및\n   투자 연계 강화\n\n□ 본문이 시작된다.\n')
    expect(release.subtitles).toEqual(['기술사업화 생태계 혁신 및 투자 연계 강화'])
  })

  it('do not take in an appendix label that follows them', () => {
    const release = parse(header + '연구개발 성과 확산 방안 논의\n - 기술사업화 생태계 혁신 및\n참고 1. 추진 일정\n\n□ 본문이 시작된다.\n')
    expect(release.subtitles).toEqual(['기술사업화 생태계 혁신 및'])
  })
})
