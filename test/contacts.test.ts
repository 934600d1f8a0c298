import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {isDepartmentText, isTitle, rolePattern, splitGluedTitle} from '../src/lib/construct/contacts.js'

const release = '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n\n새 제도 시행\n\n□ 본문이 시작된다.\n\n'

/** Each contact `parse` reads from the lines after a short release: group, department, role, title, name, phone, email. */
function contacts(lines: string) {
  return parse(release + lines + '\n').contacts.map((c) => [c.group, c.department, c.role, c.title, c.name, c.phone, c.email])
}

describe('contact tables', () => {
  it.each([
    [
      'a responsible and a working person, spaced title and name, a number in brackets',
      '담당 부서\t미래정책국 제도기획과\t책임자\t과  장\t한 결\t(044-123-4560)\n\t\t담당자\t사무관\t오세린\t044-123-4561',
      [
        [null, '미래정책국 제도기획과', '책임자', '과장', '한결', '044-123-4560', null],
        [null, '미래정책국 제도기획과', '담당자', '사무관', '오세린', '044-123-4561', null]
      ]
    ],
    [
      'an area code closed by a bracket, spaces in the number, an email column',
      '담당 부서\t제도기획과\t책임자\t과장\t한결\t02) 2100 1234\thg@korea.kr',
      [[null, '제도기획과', '책임자', '과장', '한결', '02-2100-1234', 'hg@korea.kr']]
    ],
    [
      'groups in angle brackets, dotted and bracketed numbers',
      '담당 부서 <총괄>\t제도기획과\t책임자\t과장\t한결\t(02)2100-1234\n담당 부서 <협조>\t지원과\t담당자\t주무관\t오세린\t044.202.1234',
      [
        ['총괄', '제도기획과', '책임자', '과장', '한결', '02-2100-1234', null],
        ['협조', '지원과', '담당자', '주무관', '오세린', '044-202-1234', null]
      ]
    ],
    ['a group in square brackets before the department', '[홍보]\t대변인실\t담당자\t주무관\t오세린\t044-123-4562', [['홍보', '대변인실', '담당자', '주무관', '오세린', '044-123-4562', null]]],
    ['a group in lenticular brackets', '【협조】\t지원과\t책임자\t과장\t한결\t044-123-4560', [['협조', '지원과', '책임자', '과장', '한결', '044-123-4560', null]]],
    [
      'a number without separators, 부책임자',
      '담당 부서\t제도기획과\t부책임자\t팀장\t한결\t0442021234',
      [[null, '제도기획과', '부책임자', '팀장', '한결', '044-202-1234', null]]
    ],
    ['총괄책임자', '담당 부서\t제도기획과\t총괄책임자\t국장\t한결\t044-123-4560', [[null, '제도기획과', '총괄책임자', '국장', '한결', '044-123-4560', null]]],
    [
      'several people in one cell',
      '담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\n\t\t담당자\t사무관 오세린 (044-123-4561) 주무관 강다온 (044-123-4562)',
      [
        [null, '제도기획과', '책임자', '과장', '한결', '044-123-4560', null],
        [null, '제도기획과', '담당자', '사무관', '오세린', '044-123-4561', null],
        [null, '제도기획과', '담당자', '주무관', '강다온', '044-123-4562', null]
      ]
    ],
    [
      'titles, names and numbers listed in three cells',
      '담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\n\t\t담당자\t사무관 주무관 주무관\t오세린 강다온 윤슬기\t(044-123-4561) (044-123-4562) (044-123-4563)',
      [
        [null, '제도기획과', '책임자', '과장', '한결', '044-123-4560', null],
        [null, '제도기획과', '담당자', '사무관', '오세린', '044-123-4561', null],
        [null, '제도기획과', '담당자', '주무관', '강다온', '044-123-4562', null],
        [null, '제도기획과', '담당자', '주무관', '윤슬기', '044-123-4563', null]
      ]
    ],
    [
      'two titles, two names and two numbers listed in cells',
      '담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\n\t\t담당자\t사무관 주무관\t오세린 강다온\t(044-123-4561) (044-123-4562)',
      [
        [null, '제도기획과', '책임자', '과장', '한결', '044-123-4560', null],
        [null, '제도기획과', '담당자', '사무관', '오세린', '044-123-4561', null],
        [null, '제도기획과', '담당자', '주무관', '강다온', '044-123-4562', null]
      ]
    ],
    [
      'a table followed by an appendix label',
      '담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\n\t\t담당자\t사무관\t오세린\t044-123-4561\n\n붙임\t1. 일정',
      [
        [null, '제도기획과', '책임자', '과장', '한결', '044-123-4560', null],
        [null, '제도기획과', '담당자', '사무관', '오세린', '044-123-4561', null]
      ]
    ],
    [
      'a department with a note in brackets, glued or spaced, kept as printed',
      '담당 부서\t주택토지실\t책임자\t과장\t한결\t(044-201-3400)\n\t토지정책과(토지거래량)\t담당자\t사무관\t오세린\t(044-201-3402)\n담당 부서\t통계부 (지가 변동률)\t담당자\t차장\t윤다온\t(053-663-8542)',
      [
        [null, '주택토지실 토지정책과(토지거래량)', '책임자', '과장', '한결', '044-201-3400', null],
        [null, '주택토지실 토지정책과(토지거래량)', '담당자', '사무관', '오세린', '044-201-3402', null],
        [null, '통계부 (지가 변동률)', '담당자', '차장', '윤다온', '053-663-8542', null]
      ]
    ],
    [
      'the end of a list (`끝`) run into a number\'s cell, which names no department',
      '담당 부서\t제도기획과\t책임자\t과장\t한결\t(044-123-4560)\n\t\t담당자\t사무관\t오세린\t(044-123-4561)  끝\n\t\t담당자\t주무관\t윤다온\t(044-123-4562)',
      [
        [null, '제도기획과', '책임자', '과장', '한결', '044-123-4560', null],
        [null, '제도기획과', '담당자', '사무관', '오세린', '044-123-4561', null],
        [null, '제도기획과', '담당자', '주무관', '윤다온', '044-123-4562', null]
      ]
    ]
  ])('%s', (_, lines, expected) => {
    expect(contacts(lines)).toEqual(expected)
  })

  it('keep a unit\'s department to a name\'s length, whatever words follow the numbers of thousands of rows', () => {
    const rows = '담당 부서\t제도기획과\t책임자\t과장\t한결\t(044-123-4560)\n' + '\t\t담당자\t사무관\t오세린\t(044-123-4561)  덧붙임\n'.repeat(2000)
    const people = parse(release + rows).contacts
    expect(people.length).toBeGreaterThanOrEqual(2001)
    expect(Math.max(...people.map((p) => p.department?.length ?? 0))).toBeLessThanOrEqual(160)
    expect(people[0].department).toMatch(/^제도기획과/)
  })
})

describe('contact lines', () => {
  it.each([
    [
      'old labels with ☎',
      '담당과장 : 제도기획과 과장 한결 ☎ 044-123-4560\n담 당 자 : 사무관 오세린 ☎ 044-123-4561',
      [
        [null, '제도기획과', '담당과장', '과장', '한결', '044-123-4560', null],
        [null, '제도기획과', '담당자', '사무관', '오세린', '044-123-4561', null]
      ]
    ],
    ['문의 : with the department first', '문의 : 제도기획과 사무관 한결 (044-123-4560)', [[null, '제도기획과', null, '사무관', '한결', '044-123-4560', null]]],
    [
      'a department line, people without numbers, then a shared-prefix number line',
      '담당부서 : 제도기획과\n담 당 자 : 과장 한결, 사무관 오세린\n전화번호 : (044)123-4560, 4561',
      [
        [null, '제도기획과', '담당자', '과장', '한결', '044-123-4560', null],
        [null, '제도기획과', '담당자', '사무관', '오세린', '044-123-4561', null]
      ]
    ],
    [
      'a sentence asking the reader to call',
      '□ 자세한 내용은 제도기획과 주무관 강다온(044-123-4562)에게 연락주시기 바랍니다.',
      [[null, '제도기획과', null, '주무관', '강다온', '044-123-4562', null]]
    ]
  ])('%s', (_, lines, expected) => {
    expect(contacts(lines)).toEqual(expected)
  })
})

describe('contact words', () => {
  it.each([
    ['과장', true],
    ['사무관', true],
    ['기술서기관', true],
    ['홍보담당관', true],
    ['지역센터장', true],
    ['한결', false],
    ['제도기획과', false],
    ['과', false]
  ])('isTitle(%j) is %s', (value, expected) => {
    expect(isTitle(value)).toBe(expected)
  })

  it.each([
    ['제도기획과', true],
    ['미래 정책국', true],
    ['대변인실', true],
    ['홍보TF', true],
    ['기획과', false],
    ['사무관', false],
    ['오세린', false]
  ])('isDepartmentText(%j) is %s', (value, expected) => {
    expect(isDepartmentText(value)).toBe(expected)
  })

  it.each(['책임자', '책 임 자', '담당자', '담당', '실무자', '실무담당자', '총괄', '부책임자', '총괄책임자', '연락처'])('%j is a role', (value) => {
    expect(rolePattern.test(value)).toBe(true)
  })

  it.each(['과장', '책임', '담당자님'])('%j is no role', (value) => {
    expect(rolePattern.test(value)).toBe(false)
  })
})

describe('contact word endings', () => {
  // A word of two to seven letters ending like a job title is one.
  it.each(['사무관', '서기관', '주무관', '연구관', '연구사', '연구원', '담당관', '전문관', '행정관', '조사관', '팀장', '과장', '국장', '실장', '부장', '차장', '센터장', '소장', '단장', '원장', '위원'])(
    'a word ending in %j is a title',
    (ending) => {
      expect(isTitle(`새${ending}`)).toBe(true)
    }
  )

  it.each([
    ['가나다라사무관', true],
    ['가나다라마사무관', false],
    ['새장', false],
    ['가관', false]
  ])('%j is a title: %s', (value, expected) => {
    expect(isTitle(value)).toBe(expected)
  })

  it.each(['부', '처', '청', '실', '국', '과', '관', '원', '팀', '단', '소', '센터', '위원회', '본부', '사무국', '공단', '공사', '재단', '협회', '연구소', 'TF', '반', '지원단', '추진단', '사업단', '기획단', '담당관실', '정책관실', '회'])(
    'a name ending in %j is a department',
    (ending) => {
      expect(isDepartmentText(`가나다라${ending}`)).toBe(true)
    }
  )

  it.each([
    // Four letters at least, spaces aside.
    ['가나과', false],
    ['가나다과', true],
    ['가 나 다 과', true],
    ['가나다라', false],
    ['가나 사무관', false]
  ])('%j is a department: %s', (value, expected) => {
    expect(isDepartmentText(value)).toBe(expected)
  })

  it.each([
    ['청년정책총괄과장', {unit: '청년정책총괄과', title: '과장'}],
    ['가나팀장', {unit: '가나팀', title: '팀장'}],
    ['가나국장', {unit: '가나국', title: '국장'}],
    ['가나실장', {unit: '가나실', title: '실장'}],
    // Not a unit of these kinds, too short, a title of its own, or more after the title.
    ['가나부장', null],
    ['가과장', null],
    ['사무국장', null],
    ['과장', null],
    ['가나과장님', null],
    ['AB과장', null]
  ])('splits %j into its unit and title', (value, expected) => {
    expect(splitGluedTitle(value)).toEqual(expected)
  })
})

describe('contact layouts', () => {
  const hg = (department: string | null, role: string | null, title = '과장') => [null, department, role, title, '한결', '044-123-4560', null]
  const os = (department: string | null, role: string | null) => [null, department, role, '사무관', '오세린', '044-123-4561', null]
  it.each([
    ['a row of column labels over the people', '부서\t직위\t성명\t전화번호\n제도기획과\t과장\t한결\t044-123-4560\n제도기획과\t사무관\t오세린\t044-123-4561', [hg('제도기획과', null), os('제도기획과', null)]],
    ['one person per column under row labels', '성명\t한결\t오세린\n직위\t과장\t사무관\n전화\t044-123-4560\t044-123-4561', [hg(null, null), os(null, null)]],
    ['an extension after the number', '담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560(4561)', [hg('제도기획과', '책임자')]],
    ['TEL and E-mail labels', '담당 부서\t제도기획과\t책임자\t과장\t한결\tTEL 044-123-4560\tE-mail hg@korea.kr', [[null, '제도기획과', '책임자', '과장', '한결', '044-123-4560', 'hg@korea.kr']]],
    ['a fax number after the phone', '담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\t팩스 044-123-4599', [hg('제도기획과', '책임자')]],
    ['a label in lenticular brackets', '【담당】 : 제도기획과 사무관 한결 ☎ 044-123-4560', [hg('제도기획과', '담당', '사무관')]],
    ['a label in angle brackets', '<담당> : 제도기획과 사무관 한결 ☎ 044-123-4560', [hg('제도기획과', '담당', '사무관')]],
    ['연락처 as the label', '연락처 : 제도기획과 사무관 한결 044-123-4560', [hg('제도기획과', null, '사무관')]],
    ['홍보담당 as the label', '홍보담당 : 대변인실 주무관 오세린 044-123-4561', [[null, '대변인실', null, '주무관', '오세린', '044-123-4561', null]]],
    ['two people on one line', '자료문의 : 제도기획과 과장 한결 044-123-4560, 사무관 오세린 044-123-4561', [hg('제도기획과', null), os('제도기획과', null)]],
    ['a spaced title and name', '담당 부서\t제도기획과\t책임자\t과 장\t한 결\t044-123-4560', [hg('제도기획과', '책임자')]],
    ['roles in the first column under the department', '담당 부서\t제도기획과\n책임자\t과장 한결 (044-123-4560)\n담당자\t사무관 오세린 (044-123-4561)', [hg('제도기획과', '책임자'), os('제도기획과', '담당자')]],
    ['the department label printed after its people', '책임자\n과장 한결 (044-123-4560)\n담당자\n사무관 오세린 (044-123-4561)\n담당 부서\n제도기획과', [hg('제도기획과', '책임자'), os('제도기획과', '담당자')]],
    ['people alone with their numbers', '한결 (044-123-4560)\n오세린 (044-123-4561)', [[null, null, null, null, '한결', '044-123-4560', null], [null, null, null, null, '오세린', '044-123-4561', null]]],
    ['a nationwide number', '담당 부서\t제도기획과\t책임자\t과장\t한결\t1588-1234', [[null, '제도기획과', '책임자', '과장', '한결', '1588-1234', null]]]
  ])('%s', (_, lines, expected) => {
    expect(contacts(lines)).toEqual(expected)
  })
})
