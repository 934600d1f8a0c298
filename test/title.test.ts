import {describe, expect, it} from 'vitest'
import {fromText, parse} from '../src/index.js'
import {VFile} from 'vfile'
import {assertTreeInvariants} from './invariants.js'

const header = '보도자료\n보도시점\t2025. 5. 28.(수) 12:00\n\n'

/** The headline and subtitles `parse` reads from a title box between a header and a body. */
function title(box: string) {
  const text = header + box + '\n\n□ 본문이 시작된다.\n'
  assertTreeInvariants(fromText(text), text)
  const release = parse(text)
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
    // A dash inside one line splits off a subtitle only when both sides are ten letters or more.
    ['짧은 제목 - 부제가 아주 길게 이어진다', '짧은 제목 - 부제가 아주 길게 이어진다', []],
    ['열 글자를 넘는 긴 제목입니다 - 짧은 부제', '열 글자를 넘는 긴 제목입니다 - 짧은 부제', []],
    // A subtitle closed by a dash after a space is one (`제목 - 부제 -`); a dash glued to its last word is no close.
    ['열 글자를 넘는 긴 제목입니다 - 부제도 열 글자를 넘는다 -', '열 글자를 넘는 긴 제목입니다', ['부제도 열 글자를 넘는다']],
    ['열 글자를 넘는 긴 제목입니다 - 부제도 열 글자를 넘는다-', '열 글자를 넘는 긴 제목입니다 - 부제도 열 글자를 넘는다-', []],
    // Lines closed by a dash under the headline, their opening dash lost, are subtitles.
    ['우리 손으로 만든 위성,\n국민이 정한 이름은 ｢하늘｣\n하늘을 넓힌다는 뜻을 담은 이름 -\n공모에 1만 건 넘게 응모 -', '우리 손으로 만든 위성, 국민이 정한 이름은 ｢하늘｣', ['하늘을 넓힌다는 뜻을 담은 이름', '공모에 1만 건 넘게 응모']],
    ['열 글자를 넘는 긴 제목입니다 – 부제도 열 글자를 넘는다', '열 글자를 넘는 긴 제목입니다', ['부제도 열 글자를 넘는다']],
    ['붙임 1. 일정', null, []]
  ])('reads %j', (box, headline, subtitles) => {
    expect(title(box)).toEqual([headline, subtitles])
  })
})

describe('title box lines that end open', () => {
  // A first line that ends mid-phrase takes the next line into the headline, however long the two are.
  it.each(['및', '과', '와', '의', '을', '를', '에', '에서', '으로', '로', '하고', '하며', '하여', '통해', '위해', '위한', '따라', '등', '·', '…', 'ㆍ', '‧', '∙', '은', '는', '이', '가', '도', '한', '인', '된'])(
    'joins the next line after %j',
    (ending) => {
      expect(title(`지역 산업 경쟁력 강화 계획 ${ending}\n정부가 새 지원책을 함께 마련`)).toEqual([`지역 산업 경쟁력 강화 계획 ${ending} 정부가 새 지원책을 함께 마련`, []])
    }
  )

  it('keeps a closed first line apart from a long second line', () => {
    expect(title('지역 산업 경쟁력 강화 계획\n정부가 새 지원책을 함께 마련')).toEqual(['지역 산업 경쟁력 강화 계획', ['정부가 새 지원책을 함께 마련']])
  })
})

describe('title box ends', () => {
  // A line under the headline that ends a sentence or starts with a bullet is body text.
  it.each([
    ...['다.', '요.', '음.', '함.', '됨.', '임.', '다. "', '다.”'].map((end) => `짧은 제목\n본문 줄이 이렇게 끝${end}`),
    ...[...'□■○●◎ㅇ※▲◆◇【'].map((mark) => `짧은 제목\n${mark} 표시 줄`),
    '짧은 제목\n- 1 -',
    '짧은 제목\n\n\n\n- 세 줄 뒤 부제',
    '짧은 제목\n배포 2026. 4. 12.',
    '제목 및\n□ 본문',
    `제목,\n${'가'.repeat(61)}`
  ])('before the second line of %j', (box) => {
    expect(title(box)).toEqual([box.split('\n')[0], []])
  })

  it.each([
    ['- 부제만 있다', null, []],
    ['짧은 제목\n\n\n- 두 줄 뒤 부제', '짧은 제목', ['두 줄 뒤 부제']],
    // The lengths at which a line under the headline stops being a title line.
    [`짧다\n${'가'.repeat(60)}`, '짧다', ['가'.repeat(60)]],
    [`짧다\n${'가'.repeat(61)}`, '짧다', []],
    [`${'가'.repeat(80)}\n짧은 줄`, `${'가'.repeat(80)} 짧은 줄`, []],
    [`${'가'.repeat(81)}\n짧은 줄`, '가'.repeat(81), []],
    ['가나다라마바사아자차\n가나다라마바사아자차카타파하', '가나다라마바사아자차 가나다라마바사아자차카타파하', []],
    ['가나다라마바사아자차\n가나다라마바사아자차카타파하거', '가나다라마바사아자차', ['가나다라마바사아자차카타파하거']],
    ['가나다라마바사아자차카타파하거너더러\n(무급 가사노동 가치 평가)', '가나다라마바사아자차카타파하거너더러 (무급 가사노동 가치 평가)', []],
    ['새 제도 시행\n부제 줄이 대시 없이 길게 이어진다 및\n투자 연계', '새 제도 시행', ['부제 줄이 대시 없이 길게 이어진다 및', '투자 연계']]
  ])('reads %j', (box, headline, subtitles) => {
    expect(title(box)).toEqual([headline, subtitles])
  })
})

describe('glued subtitles', () => {
  it.each([
    // Ten letters on each side of the dash, no fewer.
    ['가나다라마바사아자차 - 가나다라마바사아자차', '가나다라마바사아자차', ['가나다라마바사아자차']],
    ['가나다라마바사아자 - 가나다라마바사아자차', '가나다라마바사아자 - 가나다라마바사아자차', []],
    ['가나다라마바사아자차 - 가나다라마바사아자', '가나다라마바사아자차 - 가나다라마바사아자', []],
    // On the line under the headline, after at most one blank line, the first subtitle's dash lost.
    ['새 제도 시행\n첫째 부제가 되는 말 - 둘째 부제가 되는 말', '새 제도 시행', ['첫째 부제가 되는 말', '둘째 부제가 되는 말']],
    ['새 제도 시행\n\n첫째 부제가 되는 말 - 둘째 부제가 되는 말', '새 제도 시행', ['첫째 부제가 되는 말', '둘째 부제가 되는 말']],
    ['새 제도 시행\n\n\n첫째 부제가 되는 말 - 둘째 부제가 되는 말', '새 제도 시행', []],
    ['새 제도 시행\n- 부제\n첫째 부제가 되는 말 - 둘째 부제가 되는 말', '새 제도 시행', ['부제']],
    // Up to ninety letters; a longer line is body text.
    [`제목\n${'가'.repeat(30)} - ${'나'.repeat(57)}`, '제목', ['가'.repeat(30), '나'.repeat(57)]],
    [`제목\n${'가'.repeat(30)} - ${'나'.repeat(58)}`, '제목', []]
  ])('reads %j', (box, headline, subtitles) => {
    expect(title(box)).toEqual([headline, subtitles])
  })
})

describe('wrapped subtitles', () => {
  const long = '새 제도 시행\n- 지역별 설명회를 열어 현장의 목소리를 듣고 개선\n'
  it.each([
    // A short tail under a long subtitle, closing the title box, continues it.
    [long + '방안을 찾는다\n', ['지역별 설명회를 열어 현장의 목소리를 듣고 개선 방안을 찾는다']],
    [long + '방안을 찾는다\n- 다른 부제', ['지역별 설명회를 열어 현장의 목소리를 듣고 개선 방안을 찾는다', '다른 부제']],
    // Not a note in parentheses, a sentence, a bullet, nor a line another line follows.
    [long + '(누름틀 사용)\n', ['지역별 설명회를 열어 현장의 목소리를 듣고 개선']],
    [long + '방안을 찾는다.\n', ['지역별 설명회를 열어 현장의 목소리를 듣고 개선']],
    [long + '※ 방안을 찾는다\n', ['지역별 설명회를 열어 현장의 목소리를 듣고 개선']],
    [long + '방안을 찾는다\n다른 줄이 이어짐', ['지역별 설명회를 열어 현장의 목소리를 듣고 개선']],
    // Nor under a short subtitle; but a subtitle ending open always continues.
    ['새 제도 시행\n- 짧은 부제로 끝\n방안을 찾는다\n', ['짧은 부제로 끝']],
    ['새 제도 시행\n- 지역별 설명회를 열어 현장의 목소리를\n방안을 찾는다', ['지역별 설명회를 열어 현장의 목소리를 방안을 찾는다']],
    // Not across a blank line.
    ['새 제도 시행\n- 지역별 설명회 및\n\n투자 연계', ['지역별 설명회 및']]
  ])('reads %j', (box, subtitles) => {
    expect(title(box)).toEqual(['새 제도 시행', subtitles])
  })
})

describe('subtitles in PDF text', () => {
  // Lines wrapped at the width of a page (about 35 Hangul letters), as PDF text prints them.
  const body = [
    '정부는 새 제도를 시행하여 국민의 편익을 높이고 지역별 설명회를 열어',
    '현장의 목소리를 듣는다고 밝혔다. 이번 제도는 전국에서 시행되며 관계',
    '기관과 함께 오랫동안 준비하여 온 것으로 많은 국민의 관심이 모이고 있다.',
    '정부는 앞으로도 제도가 잘 자리 잡도록 꾸준히 살피고 부족한 점은 바로',
    '개선하여 나갈 계획이라고 덧붙였다. 설명회는 이달 말까지 열리며 누구나',
    '참석할 수 있다. 자세한 일정은 각 지방정부 누리집에서 확인할 수 있으며',
    '사전 신청을 하지 않아도 현장에서 바로 참석할 수 있도록 자리를 마련한다.',
    '정부는 설명회에서 나온 의견을 모아 다음 달 제도 개선안에 반영할 예정이다.'
  ].join('\n')
  // The first line of the body, indented a little, run into the subtitle's line.
  const lead = '새 제도를 시행하여 국민의 편익을 높이고 지역별 설명회를 열어'
  it.each([
    // A subtitle run together with the first body line ends where the body begins: a date, an
    // issuer and its head, an issuer as the subject, a person and a title, a bullet.
    [`- 지역별 설명회를 열어 현장 의견을 듣는다 4월 10일 ${lead}`, '지역별 설명회를 열어 현장 의견을 듣는다'],
    [`- 지역별 설명회를 열어 현장 의견을 듣는다 국토교통부(장관 홍길동)는 ${lead}`, '지역별 설명회를 열어 현장 의견을 듣는다'],
    [`- 지역별 설명회를 열어 현장 의견을 듣는다 국토교통부는 ${lead}`, '지역별 설명회를 열어 현장 의견을 듣는다'],
    [`- 지역별 설명회를 열어 현장 의견을 듣는다 홍길동 국토교통부 장관은 ${lead}`, '지역별 설명회를 열어 현장 의견을 듣는다'],
    [`- 지역별 설명회를 열어 현장 의견을 듣는다 □ 정부는 ${lead}`, '지역별 설명회를 열어 현장 의견을 듣는다'],
    // An issuer run into the subtitle's last word starts with the first letter of its short name.
    [`- 지역별 설명회를 열어 현장 의견을 듣는다국토교통부(이하 국토부, 장관 홍길동)는 ${lead}`, '지역별 설명회를 열어 현장 의견을 듣는다'],
    // With no lead, where the rest is one line of the page.
    [`- 지역별 설명회를 열어 현장 의견을 듣는다 ${lead} 현장의`, '지역별 설명회를 열어 현장 의견을 듣는다'],
    // A glued dash between two subtitles on the line.
    [`- 지역별 설명회를 열어- 현장 의견을 듣는다 국토교통부는 ${lead}`, ['지역별 설명회를 열어', '현장 의견을 듣는다']],
    // Not within its first eight letters.
    ['- 지역별 4월 10일 설명회를 열어 현장 의견을 듣는다', '지역별 4월 10일 설명회를 열어 현장 의견을 듣는다']
  ])('reads %j', (line, subtitle) => {
    const release = parse(`보도자료\n보도시점 2026. 4. 13.(월) 12:00\n\n새 제도 시행\n${line}\n${body}\n`)
    expect([release.headline, release.subtitles]).toEqual(['새 제도 시행', Array.isArray(subtitle) ? subtitle : [subtitle]])
  })

  it('passes a paragraph of body text and a fragment run before the title box (PDF reading order)', () => {
    const lines = body.split('\n')
    const file = new VFile(`보도자료\n보도시점 2026. 4. 13.(월) 12:00\n\n.”\n${lines.slice(0, 3).join('\n')}\n\n새 제도 시행\n- 지역별 설명회를 열어 현장 의견을 듣는다\n\n${lines.slice(3).join('\n')}\n`)
    const release = parse(file)
    expect([release.headline, release.subtitles]).toEqual(['새 제도 시행', ['지역별 설명회를 열어 현장 의견을 듣는다']])
    expect(file.messages.map((m) => m.ruleId)).not.toContain('doubtful-headline')
  })

  it('splits a wrapped tail from the subtitle run into its line', () => {
    const box = '- 지역별 설명회를 열어 현장 의견을 듣고 제도 개선에 반영할 과제를\n함께 찾는다 - 관계 기관과 전담반을 꾸려 매달 점검\n- 내년부터 전국으로 넓힌다'
    const release = parse(`보도자료\n보도시점 2026. 4. 13.(월) 12:00\n\n새 제도 시행\n${box}\n${body}\n`)
    expect(release.subtitles).toEqual(['지역별 설명회를 열어 현장 의견을 듣고 제도 개선에 반영할 과제를 함께 찾는다', '관계 기관과 전담반을 꾸려 매달 점검', '내년부터 전국으로 넓힌다'])
  })

  it.each([
    // A wrapped subtitle's short last line, before the body's lead or a blank line.
    ['- 지역별 설명회를 열어 현장 의견을 듣고 제도 개선에 반영할 과제를 함께 찾는다...\n관계 기관 동행', '지역별 설명회를 열어 현장 의견을 듣고 제도 개선에 반영할 과제를 함께 찾는다... 관계 기관 동행'],
    // A line well short of the page's width ended its subtitle, even on a word that reads open (`논의`).
    ['- 지역별 설명회를 열어 현장 의견을 듣고 제도 개선에 반영할 과제를 함께\n찾아 논의', '지역별 설명회를 열어 현장 의견을 듣고 제도 개선에 반영할 과제를 함께 찾아 논의']
  ])('joins the tail of %j', (lines, subtitle) => {
    const release = parse(`보도자료\n보도시점 2026. 4. 13.(월) 12:00\n\n새 제도 시행\n${lines}\n국토교통부(장관 홍길동)는 ${body}\n`)
    expect([release.headline, release.subtitles]).toEqual(['새 제도 시행', [subtitle]])
  })
})

describe('subtitle dashes', () => {
  it.each(['-', '–', '—', '‐', '‑', '‒', '―', 'ㅡ'])('%j between two subtitles on a line splits them', (dash) => {
    expect(title(`제목\n- 부제 하나 ${dash} 부제 둘`)).toEqual(['제목', ['부제 하나', '부제 둘']])
  })

  it.each([
    ['제목\n- 【참고】 부제', []],
    ['제목\n-\t부제', ['부제']],
    ['제목\n- 부제 -', ['부제']]
  ])('reads %j', (box, subtitles) => {
    expect(title(box)).toEqual(['제목', subtitles])
  })
})

describe('title boxes in Markdown tables', () => {
  // `<br><br>` inside the box leaves blank parts between lines of one headline.
  it.each([
    ['| 새 제도 시행<br><br>지역 설명회를 연다 |\n| --- |', '새 제도 시행 지역 설명회를 연다', []],
    ['| 새 제도를 시행하여 국민 편익을 높이기 위해<br><br>지역 설명회를 연다 |\n| --- |', '새 제도를 시행하여 국민 편익을 높이기 위해 지역 설명회를 연다', []],
    ['| 새 제도 시행<br><br>- 지역 설명회를 연다 |\n| --- |', '새 제도 시행', ['지역 설명회를 연다']],
    // Outside a box, a blank line ends the headline, unless dashed subtitles follow the next line.
    ['새 제도 시행\n\n지역 설명회를 연다', '새 제도 시행', []],
    ['새 제도 시행\n\n지역 설명회를 연다\n\n- 이달 말까지 전국에서', '새 제도 시행 지역 설명회를 연다', ['이달 말까지 전국에서']]
  ])('reads %j', (box, headline, subtitles) => {
    expect(title(box)).toEqual([headline, subtitles])
  })
})

describe('indented lines under the headline', () => {
  // An indent of two spaces or more on a line over forty letters marks a body paragraph.
  it.each([
    [`짧은 제목\n ${'가'.repeat(45)}`, ['가'.repeat(45)]],
    [`짧은 제목\n  ${'가'.repeat(40)}`, ['가'.repeat(40)]],
    [`짧은 제목\n  ${'가'.repeat(41)}`, []],
    [`짧은 제목\n${'가'.repeat(20)}  ${'나'.repeat(25)}`, [`${'가'.repeat(20)} ${'나'.repeat(25)}`]],
    ['짧은 제목\n❶ 첫 과제\n❷ 둘째 과제', ['❶ 첫 과제', '❷ 둘째 과제']]
  ])('reads %j', (box, subtitles) => {
    expect(title(box)).toEqual(['짧은 제목', subtitles])
  })
})

describe('title box lines of many shapes', () => {
  it.each([
    // A mark inside a line does not make it body text; only one at its start does.
    ['짧은 제목\n둘째 줄 ※ 참고', '짧은 제목 둘째 줄 ※ 참고', []],
    ['제목 및\n참고 ※ 표시가 있는 줄이다.', '제목 및 참고 ※ 표시가 있는 줄이다.', []],
    // A comma inside the first line leaves it closed; a first line ending open takes even a sentence.
    ['서울, 부산 동시 개최\n본문은 이렇게 끝난다.', '서울, 부산 동시 개최', []],
    ['지역 산업 육성 및\n본문은 이렇게 끝난다.', '지역 산업 육성 및 본문은 이렇게 끝난다.', []],
    // Only a line wholly in parentheses glosses the headline.
    ['가나다라마바사아자차카타파하거너더러\n가치 평가 (무급)', '가나다라마바사아자차카타파하거너더러', ['가치 평가 (무급)']],
    ['가나다라마바사아자차카타파하거너더러\n(무급) 가치 평가', '가나다라마바사아자차카타파하거너더러', ['(무급) 가치 평가']],
    // A glued subtitle may hold further dashes; one ending open takes the next line.
    ['열 글자를 넘는 긴 제목입니다 – 부제도 열 글자를 넘는다 - 그리고 더', '열 글자를 넘는 긴 제목입니다', ['부제도 열 글자를 넘는다', '그리고 더']],
    ['열 글자를 넘는 긴 제목입니다 – 부제도 열 글자를 넘는다 및\n투자 연계', '열 글자를 넘는 긴 제목입니다', ['부제도 열 글자를 넘는다 및 투자 연계']],
    ['새 제도 시행\n첫째 부제가 되는 말 - 둘째 부제가 되는 말 - 셋째 부제가 되는 말', '새 제도 시행', ['첫째 부제가 되는 말', '둘째 부제가 되는 말', '셋째 부제가 되는 말']],
    // Outside PDF text a subtitle holding a date is not cut there.
    ['새 제도 시행\n- 지역별 설명회를 연다 4월 10일 시작', '새 제도 시행', ['지역별 설명회를 연다 4월 10일 시작']],
    // A tail is no tail when the line after it starts like no title line.
    ['새 제도 시행\n- 지역별 설명회를 열어 현장의 목소리를 듣고 개선\n방안을 찾는다\n본문 □ 표시', '새 제도 시행', ['지역별 설명회를 열어 현장의 목소리를 듣고 개선']]
  ])('reads %j', (box, headline, subtitles) => {
    expect(title(box)).toEqual([headline, subtitles])
  })

  it('ends a title box at the end of the text', () => {
    const release = parse(header + '짧은 제목\n두 번째 줄')
    expect([release.headline, release.subtitles]).toEqual(['짧은 제목 두 번째 줄', []])
  })

  it('ends a subtitle ending open before the header printed under it', () => {
    const release = parse('보도자료\n\n새 제도 시행\n- 부제 및\n보도시점 2025. 5. 28.(수) 12:00\n\n□ 본문')
    expect([release.headline, release.subtitles, release.embargo?.date]).toEqual(['새 제도 시행', ['부제 및'], '2025-05-28'])
  })
})

describe('a headline checks itself', () => {
  it.each([
    // A line of the header that was not read as one: a label with a moment, a moment alone.
    ['공개일 : 2025. 5. 28.(수)\n청년 월세 지원 대상 넓힌다', '청년 월세 지원 대상 넓힌다'],
    ['2025. 5. 29.(목) 조간\n청년 월세 지원 대상 넓힌다', '청년 월세 지원 대상 넓힌다'],
    // A contact row or a contact label printed above the title.
    ['주거정책과\t사무관 도윤서\t044-201-3300\n청년 월세 지원 대상 넓힌다', '청년 월세 지원 대상 넓힌다'],
    ['담당 기관 : 주거정책과\n청년 월세 지원 대상 넓힌다', '청년 월세 지원 대상 넓힌다'],
    // A box's title in any brackets.
    ['【 주요 내용 】\n청년 월세 지원 대상 넓힌다', '청년 월세 지원 대상 넓힌다'],
    ['[요약]\n청년 월세 지원 대상 넓힌다', '청년 월세 지원 대상 넓힌다'],
    // Titles that only look like labels stay headlines.
    ['요약 통계로 본 청년 주거', '요약 통계로 본 청년 주거'],
    ['국토부: 청년 월세 지원 대상 넓힌다', '국토부: 청년 월세 지원 대상 넓힌다'],
    ['2025년 5월 1일부터 청년 월세 지원 대상 확대', '2025년 5월 1일부터 청년 월세 지원 대상 확대']
  ])('reads the headline of %j', (box, headline) => {
    expect(title(box)[0]).toBe(headline)
  })

  it('reads lines of columns laid out with spaces under the headline as no subtitles', () => {
    expect(title('고위공무원 신규임용\n기획조정관      일반직고위공무원     나 은 솔\n정책홍보관      일반직고위공무원     도 해 원')).toEqual(['고위공무원 신규임용', []])
  })

  it('keeps the first line, with a diagnostic, when no line near it reads as a headline', () => {
    const file = new VFile(header + '< 요 약 >\nㅇ 청년 월세 지원 대상을 넓힌다.\n')
    expect(parse(file).headline).toBe('< 요 약 >')
    expect(file.messages.map((m) => [m.ruleId, m.line])).toContainEqual(['doubtful-headline', 4])
  })
})
