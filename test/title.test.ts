import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'

const header = '보도자료\n보도시점\t2025. 5. 28.(수) 12:00\n\n'

/** The headline and subtitles `parse` reads from a title box between a header and a body. */
function title(box: string) {
  const release = parse(header + box + '\n\n□ 본문이 시작된다.\n')
  return [release.headline, release.subtitles]
}

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

describe('title box', () => {
  it.each([
    ['새 제도 시행\n- 첫째 부제\n- 둘째 부제', '새 제도 시행', ['첫째 부제', '둘째 부제']],
    // Any dash, with blank lines between.
    ['새 제도 시행\n\n– 첫째 부제\n\n— 둘째 부제', '새 제도 시행', ['첫째 부제', '둘째 부제']],
    ['제목\nㅡ 부제', '제목', ['부제']],
    ['제목\n~ 물결 부제', '제목', ['물결 부제']],
    ['제목 하나\n▸ 부제 하나\n▸ 부제 둘', '제목 하나', ['부제 하나', '부제 둘']],
    ['제목 하나\n➊ 첫 번째 과제\n➋ 두 번째 과제', '제목 하나', ['➊ 첫 번째 과제', '➋ 두 번째 과제']],
    // Several subtitles on one line.
    ['제목\n- 부제 하나 - 부제 둘', '제목', ['부제 하나', '부제 둘']],
    // A subtitle glued to its headline, both long enough.
    ['새 제도를 시행하여 국민 편익을 높인다  - 지역별 설명회를 연다', '새 제도를 시행하여 국민 편익을 높인다', ['지역별 설명회를 연다']],
    // A headline over two lines when dashed subtitles follow, or when the first line ends open.
    ['지역 산업 육성을 위한\n종합 계획 발표\n- 부제 하나', '지역 산업 육성을 위한 종합 계획 발표', ['부제 하나']],
    ['제목,\n이어지는 줄\n- 부제', '제목, 이어지는 줄', ['부제']],
    ['짧은 제목\n두 번째 줄', '짧은 제목 두 번째 줄', []],
    // Up to three continuation lines.
    ['제목 과\n이어짐\n셋째\n넷째\n다섯째', '제목 과 이어짐 셋째 넷째', []],
    // A long second line without a dash is a subtitle printed without one.
    ['짧은 제목입니다\n부제 없는 두 번째 줄은 길게 이어진다', '짧은 제목입니다', ['부제 없는 두 번째 줄은 길게 이어진다']],
    ['제목\n- 부제 【참고】', '제목', ['부제']],
    ['제목\n- -', '제목', []],
    ['## 제목\n## - 부제', '제목', ['부제']],
    // A sentence is a headline with no subtitles when nothing else is there.
    ['국토교통부는 4월 13일 정부세종청사에서 회의를 열었다.', '국토교통부는 4월 13일 정부세종청사에서 회의를 열었다.', []],
    // Lines that start like body text end the title box: a bullet, an indented long line, a sentence, a very long line.
    ['짧은 제목\n□ 바로 이어지는 본문', '짧은 제목', []],
    ['짧은 제목\n  들여쓴 본문 문단은 이렇게 길게 이어지며 사십 자를 넘는 길이를 가지고 있다고 한다', '짧은 제목', []],
    ['짧은 제목\n  들여쓴 짧은 줄', '짧은 제목 들여쓴 짧은 줄', []],
    ['짧은 제목\n본문은 이렇게 끝난다.', '짧은 제목', []],
    [
      '짧은 제목\n이 줄은 아흔 자를 넘도록 길게 쓴 문장으로 제목 아래에 붙어 있지만 본문의 첫 문단이어서 제목에 들어가지 않아야 하는 줄이고 끝에 마침표가 없다 정말로 길게 이어진다',
      '짧은 제목',
      []
    ],
    ['제목은 이렇게 끝난다.\n두 번째 줄', '제목은 이렇게 끝난다.', []],
    // A dash inside one line splits off a subtitle only when both sides are ten letters or more and the subtitle does not end in a dash.
    ['짧은 제목 - 부제가 아주 길게 이어진다', '짧은 제목 - 부제가 아주 길게 이어진다', []],
    ['열 글자를 넘는 긴 제목입니다 - 짧은 부제', '열 글자를 넘는 긴 제목입니다 - 짧은 부제', []],
    ['열 글자를 넘는 긴 제목입니다 - 부제도 열 글자를 넘는다 -', '열 글자를 넘는 긴 제목입니다 - 부제도 열 글자를 넘는다 -', []],
    ['열 글자를 넘는 긴 제목입니다 – 부제도 열 글자를 넘는다', '열 글자를 넘는 긴 제목입니다', ['부제도 열 글자를 넘는다']],
    ['붙임 1. 일정', null, []]
  ])('reads %j', (box, headline, subtitles) => {
    expect(title(box)).toEqual([headline, subtitles])
  })
})
