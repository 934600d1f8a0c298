import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {isDepartmentText, isTitle, rolePattern} from '../src/lib/construct/contacts.js'

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
    ]
  ])('%s', (_, lines, expected) => {
    expect(contacts(lines)).toEqual(expected)
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
