import {describe, expect, it} from 'vitest'
import {fromText, parse} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'
import {rolePattern} from '../src/lib/construct/contacts.js'

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

describe('contact role words', () => {
  it.each(['책임자', '책 임 자', '담당자', '담당', '실무자', '실무담당자', '총괄', '부책임자', '총괄책임자', '연락처'])('%j is a role', (value) => {
    expect(rolePattern.test(value)).toBe(true)
  })

  it.each(['과장', '책임', '담당자님'])('%j is no role', (value) => {
    expect(rolePattern.test(value)).toBe(false)
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

type Node = {type: string; name?: string; value?: string; children?: Node[]}
const words = (node: Node): string => node.value ?? (node.children ?? []).map(words).join(' ')
const inline = (node: Node) => (node.type === 'field' ? `${node.name}:${words(node)}` : words(node))

/**
 * The contacts as the tree shows them, from the lines after a short release (or after `before`): each row of each
 * contacts node, its cells (and table syntax) joined by ` | `, each field as `name:value` and the
 * text between fields as is.
 */
function fields(lines: string, before = release): string[][] {
  const text = before + lines + '\n'
  const tree = fromText(text)
  assertTreeInvariants(tree, text)
  return (tree.children as Node[])
    .filter((node) => node.type === 'contacts')
    .map((node) =>
      // The people the contacts node reads (its `contact` children) are checked through `parse`.
      node.children!.filter((row) => row.type !== 'contact').map((row) =>
        row.type === 'paragraph' ? row.children!.map(inline).join(' ') : row.children!.map((cell) => (cell.children ? cell.children.map(inline).join(' ') : words(cell))).join(' | ')
      )
    )
}

describe('contacts in the tree', () => {
  it.each<[string, string[][], Array<Array<string | null>>]>([
    // The old layout: a department line, then people lines with their labels.
    ['담당부서 : 미래정책국 제도기획과\n담 당 자 : 사무관 오세린 ☎ 044-123-4561', [['label:담당부서 : department:미래정책국 제도기획과','role:담 당 자 : title:사무관 name:오세린 ☎ phone:044-123-4561']], [[null,'미래정책국 제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    // One table in three shapes: a Markdown pipe table, one cell per line, an HTML table.
    ['| 담당 부서 | 제도기획과 | 책임자 | 과장 | 한결 | 044-123-4560 |\n| --- | --- | --- | --- | --- | --- |\n| | | 담당자 | 사무관 | 오세린 | 044-123-4561 |', [['| | label:담당 부서 | | | department:제도기획과 | | | role:책임자 | | | title:과장 | | | name:한결 | | | phone:044-123-4560 | |','| --- | --- | --- | --- | --- | --- |','| |  | | |  | | | role:담당자 | | | title:사무관 | | | name:오세린 | | | phone:044-123-4561 | |']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    ['담당 부서\n제도기획과\n책임자\n과장\n한결\n044-123-4560\n담당자\n사무관\n오세린\n044-123-4561', [['label:담당 부서','department:제도기획과','role:책임자','title:과장','name:한결','phone:044-123-4560','role:담당자','title:사무관','name:오세린','phone:044-123-4561']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    ['<table><tr><td>담당 부서</td><td>제도기획과</td><td>책임자</td><td>과장</td><td>한결</td><td>044-123-4560</td></tr></table>', [['<table><tr> | <td> | label:담당 부서 | </td> | <td> | department:제도기획과 | </td> | <td> | role:책임자 | </td> | <td> | title:과장 | </td> | <td> | name:한결 | </td> | <td> | phone:044-123-4560 | </td> | </tr></table>']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    // An e-mail column; a sentence naming the person, the title after the name.
    ['담당 부서\t제도기획과\t책임자\t과장\t한결\thg@korea.kr', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 | name:한결 | email:hg@korea.kr']], [[null,'제도기획과','책임자','과장','한결',null,'hg@korea.kr']]],
    ['□ 자세한 내용은 제도기획과 오세린 주무관(044-123-4562)에게 문의하시기 바랍니다.', [['□ 자세한 내용은 department:제도기획과 name:오세린 title:주무관 phone:(044-123-4562 )에게 문의하시기 바랍니다.']], [[null,'제도기획과',null,'주무관','오세린','044-123-4562',null]]],
    // One person per column under row labels.
    ['구분\t책임자\t담당자\n소속\t제도기획과\t제도기획과\n직위\t과장\t사무관\n성명\t한결\t오세린\n전화\t044-123-4560\t044-123-4561', [['label:구분 | role:책임자 | role:담당자','label:소속 | department:제도기획과 | department:제도기획과','label:직위 | title:과장 | title:사무관','label:성명 | name:한결 | name:오세린','label:전화 | phone:044-123-4560 | phone:044-123-4561']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    // PDF text: a role word above its person; people alone, with the end of a list between them.
    ['책임자\n과장 한결 (044-123-4560)', [['role:책임자','title:과장 name:한결 phone:(044-123-4560 )']], [[null,null,'책임자','과장','한결','044-123-4560',null]]],
    ['한결 (044-123-4560)\n끝.\n오세린 (044-123-4561)', [['name:한결 phone:(044-123-4560 )','끝.','name:오세린 phone:(044-123-4561 )']], [[null,null,null,null,'한결','044-123-4560',null],[null,null,null,null,'오세린','044-123-4561',null]]],
    // The second row of a department, read after the people.
    ['담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\n\t운영지원과', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 | name:한결 | phone:044-123-4560',' | department:운영지원과']], [[null,'제도기획과 운영지원과','책임자','과장','한결','044-123-4560',null]]],
    // Title and name in one Markdown cell split by <br>; a head's title glued to its unit.
    ['| 담당 부서 | 제도기획과 | 책임자 | 과장<br>한결 | 044-123-4560 |\n| --- | --- | --- | --- | --- |', [['| | label:담당 부서 | | | department:제도기획과 | | | role:책임자 | | | title:과장 <br> name:한결 | | | phone:044-123-4560 | |']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t책임자\t청년정책총괄과장 한결\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:청년정책총괄과장 name:한결 | phone:044-123-4560']], [[null,'제도기획과 청년정책총괄과','책임자','과장','한결','044-123-4560',null]]],
    // A group before the label; 담당 after 담당자 is a title; a shared-prefix extension; 담당과장 opening the table.
    ['<총괄> 담당부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560', [['group:<총괄> label:담당부서 | department:제도기획과 | role:책임자 | title:과장 | name:한결 | phone:044-123-4560']], [['총괄','제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t담당자\t담당\t오세린\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:담당 | name:오세린 | phone:044-123-4561']], [[null,'제도기획과','담당자','담당','오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t책임자\t과장 한결\t044-123-4560, 4561', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 name:한결 | phone:044-123-4560 , phone:4561']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당과장\t제도기획과\t과장 한결\t044-123-4560', [['role:담당과장 | department:제도기획과 | title:과장 name:한결 | phone:044-123-4560']], [[null,'제도기획과','담당과장','과장','한결','044-123-4560',null]]],
    // The name before the title; HP and 전화 labelling numbers; a row continuing the one above.
    ['담당 부서\t제도기획과\t책임자\t한결 과장\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:책임자 | name:한결 title:과장 | phone:044-123-4560']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린\tHP 010-1234-5678', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 | HP phone:010-1234-5678']], [[null,'제도기획과','담당자','주무관','오세린','010-1234-5678',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관\t오세린\t044-123-4561\n\t\t\t전화 044-123-4599', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 | name:오세린 | phone:044-123-4561',' |  |  | 전화 phone:044-123-4599']], [[null,'제도기획과','담당자','주무관','오세린','044-123-4561',null]]],
    // Spaced titles and names; 연락처 and 자료문의 labels.
    ['담당 부서\t제도기획과\t담당자\t과 장\t한 결\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:과 title:장 | name:한 name:결 | phone:044-123-4560']], [[null,'제도기획과','담당자','과장','한결','044-123-4560',null]]],
    ['연락처\t제도기획과\t주무관 오세린\t044-123-4561', [['label:연락처 | department:제도기획과 | title:주무관 name:오세린 | phone:044-123-4561']], [[null,'제도기획과',null,'주무관','오세린','044-123-4561',null]]],
    ['자료문의 : 제도기획과 한결 과장(044-123-4560), 오세린 사무관(044-123-4561)', [['label:자료문의 : department:제도기획과 name:한결 title:과장 phone:(044-123-4560 ), name:오세린 title:사무관 phone:(044-123-4561 )']], [[null,'제도기획과',null,'과장','한결','044-123-4560',null],[null,'제도기획과',null,'사무관','오세린','044-123-4561',null]]]
  ])('reads %j', (lines, expected, people) => {
    expect(fields(lines)).toEqual(expected)
    expect(contacts(lines)).toEqual(people)
  })
})

describe('contact layouts in the tree', () => {
  it.each<[string, string[][], Array<Array<string | null>>]>([
    // One person per column: the row labels of every spelling say what each row holds (a department without a unit's ending too).
    ['부서\t미래전략\t홍보소통\n직위\t과장\t사무관\n성명\t한결\t오세린\n전화\t044-123-4560\t044-123-4561', [['label:부서 | department:미래전략 | department:홍보소통','label:직위 | title:과장 | title:사무관','label:성명 | name:한결 | name:오세린','label:전화 | phone:044-123-4560 | phone:044-123-4561']], [[null,'미래전략',null,'과장','한결','044-123-4560',null],[null,'홍보소통',null,'사무관','오세린','044-123-4561',null]]],
    ['담당부서\t미래전략\t홍보소통\n직급\t과장\t사무관\n이름\t한결\t오세린\n전화번호\t044-123-4560\t044-123-4561', [['label:담당부서 | department:미래전략 | department:홍보소통','label:직급 | title:과장 | title:사무관','label:이름 | name:한결 | name:오세린','label:전화번호 | phone:044-123-4560 | phone:044-123-4561']], [[null,'미래전략',null,'과장','한결','044-123-4560',null],[null,'홍보소통',null,'사무관','오세린','044-123-4561',null]]],
    ['부서명\t미래전략\t홍보소통\n직책\t과장\t사무관\n성명:\t한결\t오세린\n연락처\t044-123-4560\t044-123-4561', [['label:부서명 | department:미래전략 | department:홍보소통','label:직책 | title:과장 | title:사무관','label:성명: | name:한결 | name:오세린','label:연락처 | phone:044-123-4560 | phone:044-123-4561']], [[null,'미래전략',null,'과장','한결','044-123-4560',null],[null,'홍보소통',null,'사무관','오세린','044-123-4561',null]]],
    ['역할\t책임자\t담당자\n성명\t한결\t오세린\n전화\t044-123-4560\t044-123-4561', [['label:역할 | role:책임자 | role:담당자','label:성명 | name:한결 | name:오세린','label:전화 | phone:044-123-4560 | phone:044-123-4561']], [[null,null,'책임자',null,'한결','044-123-4560',null],[null,null,'담당자',null,'오세린','044-123-4561',null]]],
    ['성명\t한결\t오세린\n전화\t044-123-4560\t044-123-4561', [['label:성명 | name:한결 | name:오세린','label:전화 | phone:044-123-4560 | phone:044-123-4561']], [[null,null,null,null,'한결','044-123-4560',null],[null,null,null,null,'오세린','044-123-4561',null]]],
    ['※ 문의: 제도기획과 사무관 한결(044-123-4560), 주무관 오세린(044-123-4561)에게 연락주시기 바랍니다.', [['※ 문의: department:제도기획과 title:사무관 name:한결 phone:(044-123-4560 ), title:주무관 name:오세린 phone:(044-123-4561 )에게 연락주시기 바랍니다.']], [[null,'제도기획과',null,'사무관','한결','044-123-4560',null],[null,'제도기획과',null,'주무관','오세린','044-123-4561',null]]],
    // Contact sentences: two people, an e-mail, department words before the name.
    ['□ 이 자료에 대해 궁금한 점은 한결 사무관(hg@korea.kr)에게 문의하시기 바랍니다.', [['□ 이 자료에 대해 궁금한 점은 name:한결 title:사무관 ( email:hg@korea.kr )에게 문의하시기 바랍니다.']], [[null,null,null,'사무관','한결',null,'hg@korea.kr']]],
    ['□ 자세한 사항은 미래정책국 제도기획과 한결(044-123-4560)에게 연락주십시오.', [['□ 자세한 사항은 department:미래정책국 department:제도기획과 name:한결 phone:(044-123-4560 )에게 연락주십시오.']], [[null,'미래정책국 제도기획과',null,null,'한결','044-123-4560',null]]],
    ['담당 부서\n제도기획과\n책임자\n과장\n한결\n(044)\n123-4560\n담당자\n사무관\n오세린\n044-123-4561', [['label:담당 부서','department:제도기획과','role:책임자','title:과장','name:한결','( phone:044 )','phone:123-4560','role:담당자','title:사무관','name:오세린','phone:044-123-4561']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    // A number broken over two lines or two rows of one column.
    ['담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-\n\t\t\t\t\t4560\n\t\t담당자\t사무관\t오세린\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 | name:한결 | phone:044-123-',' |  |  |  |  | phone:4560',' |  | role:담당자 | title:사무관 | name:오세린 | phone:044-123-4561']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당자\t과장 한결 사무관 오세린\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:과장 name:한결 title:사무관 name:오세린 | phone:044-123-4560']], [[null,'제도기획과','담당자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린',null,null]]],
    // Several people in one cell: title and name pairs, titles then names, names only, spaced one-letter words.
    ['담당 부서\t제도기획과\t담당자\t사무관 주무관 오세린 강다온\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:사무관 title:주무관 name:오세린 name:강다온 | phone:044-123-4561']], [[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null],[null,'제도기획과','담당자','주무관','강다온',null,null]]],
    ['담당 부서\t제도기획과\t담당자\t오세린 강다온 윤슬기\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | name:오세린 name:강다온 name:윤슬기 | phone:044-123-4561']], [[null,'제도기획과','담당자',null,'오세린','044-123-4561',null],[null,'제도기획과','담당자',null,'강다온',null,null],[null,'제도기획과','담당자',null,'윤슬기',null,null]]],
    ['담당 부서\t제도기획과\t담당자\t과 장 한 결\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:과 title:장 name:한 name:결 | phone:044-123-4560']], [[null,'제도기획과','담당자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 TEL 044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 TEL phone:044-123-4561']], [[null,'제도기획과','담당자','주무관','오세린','044-123-4561',null]]],
    // Words that only label the number or e-mail after them.
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 Tel. 044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 Tel. phone:044-123-4561']], [[null,'제도기획과','담당자','주무관','오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 tel 044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 tel phone:044-123-4561']], [[null,'제도기획과','담당자','주무관','오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 전화 044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 전화 phone:044-123-4561']], [[null,'제도기획과','담당자','주무관','오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 E-mail os@korea.kr', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 E-mail email:os@korea.kr']], [[null,'제도기획과','담당자','주무관','오세린',null,'os@korea.kr']]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 e-mail os@korea.kr', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 e-mail email:os@korea.kr']], [[null,'제도기획과','담당자','주무관','오세린',null,'os@korea.kr']]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 이메일 os@korea.kr', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 이메일 email:os@korea.kr']], [[null,'제도기획과','담당자','주무관','오세린',null,'os@korea.kr']]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 HP 044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 HP phone:044-123-4561']], [[null,'제도기획과','담당자','주무관','오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 FAX 044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 FAX phone:044-123-4561']], [[null,'제도기획과','담당자','주무관','오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 팩스 044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 팩스 phone:044-123-4561']], [[null,'제도기획과','담당자','주무관','오세린','044-123-4561',null]]],
    ['| 담당 부서 | 제도기획과 | 책임자 | 과장<br/>한결 | 044-123-4560 |\n| --- | --- | --- | --- | --- |', [['| | label:담당 부서 | | | department:제도기획과 | | | role:책임자 | | | title:과장 <br/> name:한결 | | | phone:044-123-4560 | |']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    // Markdown line breaks and emphasis inside a cell.
    ['| 담당 부서 | 제도기획과 | 책임자 | **과장 한결** | 044-123-4560 |\n| --- | --- | --- | --- | --- |', [['| | label:담당 부서 | | | department:제도기획과 | | | role:책임자 | | | ** title:과장 name:한결 ** | | | phone:044-123-4560 | |']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['| 담당 부서 | 제도기획과 | 책임자 | 과장<BR>한결 | 044-123-4560 |\n| --- | --- | --- | --- | --- |', [['| | label:담당 부서 | | | department:제도기획과 | | | role:책임자 | | | title:과장 <BR> name:한결 | | | phone:044-123-4560 | |']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['소속\t직위\t성명\t연락처\n제도기획과\t과장\t한결\t044-123-4560', [['label:소속 | label:직위 | label:성명 | label:연락처','department:제도기획과 | title:과장 | name:한결 | phone:044-123-4560']], [[null,'제도기획과',null,'과장','한결','044-123-4560',null]]],
    // A row of column labels over the people.
    ['구분\t소속\t직위\t성명\t전화번호\n책임자\t제도기획과\t과장\t한결\t044-123-4560', [['label:구분 | label:소속 | label:직위 | label:성명 | label:전화번호','role:책임자 | department:제도기획과 | title:과장 | name:한결 | phone:044-123-4560']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]]
  ])('reads %j', (lines, expected, people) => {
    expect(fields(lines)).toEqual(expected)
    expect(contacts(lines)).toEqual(people)
  })
})

describe('contacts in PDF reading order', () => {
  it.each<[string, string[][], Array<Array<string | null>>]>([
    // PDF text: department, role and title lines above each person.
    ['미래정책국\n제도기획과\n책임자 과장\n한결 (044-123-4560)\n담당자 사무관\n오세린 (044-123-4561)', [['department:미래정책국','department:제도기획과','role:책임자 title:과장','name:한결 phone:(044-123-4560 )','role:담당자 title:사무관','name:오세린 phone:(044-123-4561 )']], [[null,'미래정책국 제도기획과','책임자','과장','한결','044-123-4560',null],[null,'미래정책국 제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    // Above the people, an attachment list, a sentence, a note, a quotation mark or a long line is no part of them.
    ['<붙임> 1. 추진 일정\n2. 참석자 명단\n한결 (044-123-4560)', [['name:한결 phone:(044-123-4560 )']], [[null,null,null,null,'한결','044-123-4560',null]]],
    ['정부는 앞으로도 제도를 살피겠다고 밝혔다.\n과장\n한결 (044-123-4560)', [['title:과장','name:한결 phone:(044-123-4560 )']], [[null,null,null,'과장','한결','044-123-4560',null]]],
    ['※ 참고 자료는 누리집에\n과장\n한결 (044-123-4560)', [['title:과장','name:한결 phone:(044-123-4560 )']], [[null,null,null,'과장','한결','044-123-4560',null]]],
    ['”\n과장\n한결 (044-123-4560)', [['title:과장','name:한결 phone:(044-123-4560 )']], [[null,null,null,'과장','한결','044-123-4560',null]]],
    ['이 줄은 서른 자를 넘도록 길게 쓴 줄이어서 연락처 묶음에 들지 않는다\n과장\n한결 (044-123-4560)', [['title:과장','name:한결 phone:(044-123-4560 )']], [[null,null,null,'과장','한결','044-123-4560',null]]],
    // A line ending a sentence is no person; a role or a department printed right after the people is theirs.
    ['한결 (044-123-4560)\n오세린 (044-123-4561)에게 연락하면 된다.', [['name:한결 phone:(044-123-4560 )']], [[null,null,null,null,'한결','044-123-4560',null]]],
    ['한결 (044-123-4560)\n책임자', [['name:한결 phone:(044-123-4560 )','role:책임자']], [[null,null,null,null,'한결','044-123-4560',null]]],
    ['한결 (044-123-4560)\n\n운영지원과', [['name:한결 phone:(044-123-4560 )','department:운영지원과']], [[null,'운영지원과',null,null,'한결','044-123-4560',null]]]
  ])('reads %j', (lines, expected, people) => {
    expect(fields(lines)).toEqual(expected)
    expect(contacts(lines)).toEqual(people)
  })
})

describe('contacts printed in the header box', () => {
  // Table rows with a label cell (a row with an empty first cell goes on), and old-layout lines.
  it.each<[string, string[][], Array<Array<string | null>>, string]>([
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n담당부서\t제도기획과\t담당자\t사무관 오세린\n\t\t전화\t044-123-4561\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['label:담당부서 | department:제도기획과 | role:담당자 | title:사무관 name:오세린',' |  | label:전화 | phone:044-123-4561']], [[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]], '새 제도 시행'],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n자료문의\t제도기획과 과장 한결 (044-123-4560)\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['label:자료문의 | department:제도기획과 title:과장 name:한결 phone:(044-123-4560 )']], [[null,'제도기획과',null,'과장','한결','044-123-4560',null]], '새 제도 시행'],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n담당부서 : 미래정책국 제도기획과\n담당자 : 사무관 오세린 (044-123-4561)\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['label:담당부서 : department:미래정책국 제도기획과','role:담당자 : title:사무관 name:오세린 phone:(044-123-4561 )']], [[null,'미래정책국 제도기획과','담당자','사무관','오세린','044-123-4561',null]], '새 제도 시행'],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n담당부서 : 미래정책국 제도기획과\n담당자 : 사무관 오세린, 주무관 강다온\n전화번호 : 044-123-4561, 4562\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['label:담당부서 : department:미래정책국 제도기획과','role:담당자 : title:사무관 name:오세린 , title:주무관 name:강다온','label:전화번호 : phone:044-123-4561 , phone:4562']], [[null,'미래정책국 제도기획과','담당자','사무관','오세린','044-123-4561',null],[null,'미래정책국 제도기획과','담당자','주무관','강다온','044-123-4562',null]], '새 제도 시행'],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n담당 과장\t제도기획과\t한결\t044-123-4560\n담당자\t제도기획과\t오세린\t044-123-4561\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['role:담당 과장 | department:제도기획과 | name:한결 | phone:044-123-4560','role:담당자 | department:제도기획과 | name:오세린 | phone:044-123-4561']], [[null,'제도기획과','담당과장','과장','한결','044-123-4560',null],[null,'제도기획과','담당자',null,'오세린','044-123-4561',null]], '새 제도 시행'],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n홍보담당\t대변인실\t주무관 강다온\t044-123-4562\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['label:홍보담당 | department:대변인실 | title:주무관 name:강다온 | phone:044-123-4562']], [[null,'대변인실',null,'주무관','강다온','044-123-4562',null]], '새 제도 시행'],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n연락처 : 제도기획과 주무관 강다온 044-123-4562\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['label:연락처 : department:제도기획과 title:주무관 name:강다온 phone:044-123-4562']], [[null,'제도기획과',null,'주무관','강다온','044-123-4562',null]], '새 제도 시행'],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n담당부서\t제도기획과\n책임자\t과장 한결\t044-123-4560\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['label:담당부서 | department:제도기획과','role:책임자 | title:과장 name:한결 | phone:044-123-4560']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]], '새 제도 시행'],
    // An old-layout line of people without numbers opens the contacts when a number line follows.
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n담 당 자 : 과장 한결, 사무관 오세린\n전화번호 : 044-123-4560, 4561\n\n새 제도 시행\n\n□ 본문이 시작된다.\n', [['role:담 당 자 : title:과장 name:한결 , title:사무관 name:오세린','label:전화번호 : phone:044-123-4560 , phone:4561']], [[null,null,'담당자','과장','한결','044-123-4560',null],[null,null,'담당자','사무관','오세린','044-123-4561',null]], '새 제도 시행']
  ])('reads %j', (text, expected, people, headline) => {
    const release = parse(text)
    expect(fields(text, '')).toEqual(expected)
    expect([release.contacts.map((c) => [c.group, c.department, c.role, c.title, c.name, c.phone, c.email]), release.headline]).toEqual([people, headline])
  })
})

describe('people in one cell or across cells', () => {
  it.each<[string, string[][], Array<Array<string | null>>]>([
    // Up to eight names alone in one cell; title and name pairs; titles then as many names; titles in a cell of their own.
    ['담당 부서\t제도기획과\t담당자\t오세린 강다온 윤슬기 한결 나래 다온 보람 새봄\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | name:오세린 name:강다온 name:윤슬기 name:한결 name:나래 name:다온 name:보람 name:새봄 | phone:044-123-4561']], [[null,'제도기획과','담당자',null,'오세린','044-123-4561',null],[null,'제도기획과','담당자',null,'강다온',null,null],[null,'제도기획과','담당자',null,'윤슬기',null,null],[null,'제도기획과','담당자',null,'한결',null,null],[null,'제도기획과','담당자',null,'나래',null,null],[null,'제도기획과','담당자',null,'다온',null,null],[null,'제도기획과','담당자',null,'보람',null,null],[null,'제도기획과','담당자',null,'새봄',null,null]]],
    ['담당 부서\t제도기획과\t담당자\t과장 한결 사무관 오세린 주무관 강다온\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:과장 name:한결 title:사무관 name:오세린 title:주무관 name:강다온 | phone:044-123-4560']], [[null,'제도기획과','담당자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린',null,null],[null,'제도기획과','담당자','주무관','강다온',null,null]]],
    ['담당 부서\t제도기획과\t담당자\t사무관 주무관 주무관 오세린 강다온 윤슬기\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:사무관 title:주무관 title:주무관 name:오세린 name:강다온 name:윤슬기 | phone:044-123-4561']], [[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null],[null,'제도기획과','담당자','주무관','강다온',null,null],[null,'제도기획과','담당자','주무관','윤슬기',null,null]]],
    ['담당 부서\t제도기획과\t담당자\t사무관 주무관\t오세린\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:사무관 title:주무관 | name:오세린 | phone:044-123-4561']], [[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    // Row labels decide what unusual words are (a grade as the title); a name before its title in one cell.
    ['소속\t미래전략\t홍보소통\n직급\t행정7급\t행정6급\n성명\t한결\t오세린\n전화\t044-123-4560\t044-123-4561', [['label:소속 | department:미래전략 | department:홍보소통','label:직급 | title:행정7급 | title:행정6급','label:성명 | name:한결 | name:오세린','label:전화 | phone:044-123-4560 | phone:044-123-4561']], [[null,'미래전략',null,'행정7급','한결','044-123-4560',null],[null,'홍보소통',null,'행정6급','오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당자\t한결 과장\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:담당자 | name:한결 title:과장 | phone:044-123-4560']], [[null,'제도기획과','담당자','과장','한결','044-123-4560',null]]]
  ])('reads %j', (lines, expected, people) => {
    expect(fields(lines)).toEqual(expected)
    expect(contacts(lines)).toEqual(people)
  })

  it.each<[string, string[][]]>([
    // A name cell before a title cell: the name is no department.
    ['담당 부서\t제도기획과\t담당자\t한결\t과장\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:담당자 | name:한결 | title:과장 | phone:044-123-4560']]]
  ])('shows the fields of %j', (lines, expected) => {
    expect(fields(lines)).toEqual(expected)
  })
})

describe('where contacts start and end', () => {
  it.each<[string, string[][], Array<Array<string | null>>]>([
    // A group cell alone; 실무자 as the role; 끝 without its period between people; old labels in square and angle brackets.
    ['<총괄>\t제도기획과\t책임자\t과장\t한결\t044-123-4560', [['group:<총괄> | department:제도기획과 | role:책임자 | title:과장 | name:한결 | phone:044-123-4560']], [['총괄','제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t실무자\t주무관\t오세린\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:실무자 | title:주무관 | name:오세린 | phone:044-123-4561']], [[null,'제도기획과','실무자','주무관','오세린','044-123-4561',null]]],
    ['한결 (044-123-4560)\n끝\n오세린 (044-123-4561)', [['name:한결 phone:(044-123-4560 )','끝','name:오세린 phone:(044-123-4561 )']], [[null,null,null,null,'한결','044-123-4560',null],[null,null,null,null,'오세린','044-123-4561',null]]],
    ['[담당] 제도기획과 사무관 한결 ☎ 044-123-4560', [['[ role:담당 ] department:제도기획과 title:사무관 name:한결 ☎ phone:044-123-4560']], [[null,'제도기획과','담당','사무관','한결','044-123-4560',null]]],
    ['〈담당〉 제도기획과 사무관 한결 ☎ 044-123-4560', [['〈 role:담당 〉 department:제도기획과 title:사무관 name:한결 ☎ phone:044-123-4560']], [[null,'제도기획과','담당','사무관','한결','044-123-4560',null]]],
    // A line with a role word and a number opens the contacts.
    ['제도기획과 책임자 과장 한결 044-123-4560', [['department:제도기획과 role:책임자 title:과장 name:한결 phone:044-123-4560']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    // A label block printed after the people ends before a bullet, a sentence or an appendix label.
    ['책임자\n과장 한결 (044-123-4560)\n담당자\n사무관 오세린 (044-123-4561)\n담당 부서\n제도기획과\n□ 다음 문단이 이어진다', [['role:책임자','title:과장 name:한결 phone:(044-123-4560 )','role:담당자','title:사무관 name:오세린 phone:(044-123-4561 )','label:담당 부서','department:제도기획과']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    ['책임자\n과장 한결 (044-123-4560)\n담당자\n사무관 오세린 (044-123-4561)\n담당 부서\n제도기획과\n정부는 제도를 살필 계획이다.', [['role:책임자','title:과장 name:한결 phone:(044-123-4560 )','role:담당자','title:사무관 name:오세린 phone:(044-123-4561 )','label:담당 부서','department:제도기획과']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    ['책임자\n과장 한결 (044-123-4560)\n담당자\n사무관 오세린 (044-123-4561)\n담당 부서\n제도기획과\n붙임 1. 일정', [['role:책임자','title:과장 name:한결 phone:(044-123-4560 )','role:담당자','title:사무관 name:오세린 phone:(044-123-4561 )','label:담당 부서','department:제도기획과']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    // A role word above the person across a blank line; a role and a department below.
    ['책임자\n\n과장 한결 (044-123-4560)', [['role:책임자','title:과장 name:한결 phone:(044-123-4560 )']], [[null,null,'책임자','과장','한결','044-123-4560',null]]],
    ['한결 (044-123-4560)\n\n책임자\n\n운영지원과', [['name:한결 phone:(044-123-4560 )','role:책임자','department:운영지원과']], [[null,'운영지원과',null,null,'한결','044-123-4560',null]]],
    // A table ends at an appendix label, and after more than three rows naming no one; a blank line inside it does not end it.
    ['담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\n붙임\t1. 일정', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 | name:한결 | phone:044-123-4560']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\n\t\t\t비고\n\t\t\t비고\n\t\t\t비고\n\t\t\t비고\n\t\t담당자\t사무관\t오세린\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 | name:한결 | phone:044-123-4560']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t책임자\t과장\t한결\t044-123-4560\n\n\t\t담당자\t사무관\t오세린\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 | name:한결 | phone:044-123-4560',' |  | role:담당자 | title:사무관 | name:오세린 | phone:044-123-4561']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린','044-123-4561',null]]]
  ])('reads %j', (lines, expected, people) => {
    expect(fields(lines)).toEqual(expected)
    expect(contacts(lines)).toEqual(people)
  })
})

describe('contact cells: markup, masked numbers, labels between words and numbers', () => {
  it.each<[string, string[][], Array<Array<string | null>>]>([
    // A line break with a space; numbers masked with stars, in and out of Markdown emphasis.
    ['| 담당 부서 | 제도기획과 | 책임자 | 과장<br />한결 | 044-123-4560 |\n| --- | --- | --- | --- | --- |', [['| | label:담당 부서 | | | department:제도기획과 | | | role:책임자 | | | title:과장 <br /> name:한결 | | | phone:044-123-4560 | |']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린\t010-1***-5678', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 | phone:010-1***-5678']], [[null,'제도기획과','담당자','주무관','오세린','010-1***-5678',null]]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린\t044-123-****', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 | phone:044-123-****']], [[null,'제도기획과','담당자','주무관','오세린','044-123-****',null]]],
    ['| 담당 부서 | 제도기획과 | 담당자 | **주무관 오세린** | 010-1***-5678 |\n| --- | --- | --- | --- | --- |', [['| | label:담당 부서 | | | department:제도기획과 | | | role:담당자 | | | ** title:주무관 name:오세린 ** | | | phone:010-1***-5678 | |']], [[null,'제도기획과','담당자','주무관','오세린','010-1***-5678',null]]],
    // A group after the label; a number and an e-mail in one cell; a label word with its period; spaces after an old-layout line.
    ['담당 부서 <총괄>\t제도기획과\t책임자\t과장\t한결\t044-123-4560', [['label:담당 부서 group:<총괄> | department:제도기획과 | role:책임자 | title:과장 | name:한결 | phone:044-123-4560']], [['총괄','제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t책임자\t과장 한결 044-123-4560 hg@korea.kr', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 name:한결 phone:044-123-4560 email:hg@korea.kr']], [[null,'제도기획과','책임자','과장','한결','044-123-4560','hg@korea.kr']]],
    ['담당 부서\t제도기획과\t담당자\t주무관 오세린 E-mail. os@korea.kr', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:주무관 name:오세린 E-mail. email:os@korea.kr']], [[null,'제도기획과','담당자','주무관','오세린',null,'os@korea.kr']]],
    ['담당부서 : 미래정책국 제도기획과   \n담 당 자 : 사무관 오세린 ☎ 044-123-4561', [['label:담당부서 : department:미래정책국 제도기획과','role:담 당 자 : title:사무관 name:오세린 ☎ phone:044-123-4561']], [[null,'미래정책국 제도기획과','담당자','사무관','오세린','044-123-4561',null]]],
    // Only the last five words before a number in a sentence name the person; a label between the words and the number; a person without a number closing the table.
    ['□ 국토교통부 미래정책국은 이번 제도와 관련하여 자세한 내용은 제도기획과 사무관 한결(044-123-4560)에게 문의하시기 바랍니다.', [['□ 국토교통부 미래정책국은 이번 제도와 관련하여 자세한 내용은 department:제도기획과 title:사무관 name:한결 phone:(044-123-4560 )에게 문의하시기 바랍니다.']], [[null,'제도기획과',null,'사무관','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t책임자\t과장 한결\t전화번호\t044-123-4560', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 name:한결 | label:전화번호 | phone:044-123-4560']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t제도기획과\t책임자\t과장 한결\t044-123-4560\n\t\t담당자\t사무관 오세린', [['label:담당 부서 | department:제도기획과 | role:책임자 | title:과장 name:한결 | phone:044-123-4560',' |  | role:담당자 | title:사무관 name:오세린']], [[null,'제도기획과','책임자','과장','한결','044-123-4560',null],[null,'제도기획과','담당자','사무관','오세린',null,null]]],
    // A row opening with the label 문의 or 자료문의 and a number opens the contacts after the body too.
    ['문의\t제도기획과 과장 한결\t044-123-4560', [['label:문의 | department:제도기획과 title:과장 name:한결 | phone:044-123-4560']], [[null,'제도기획과',null,'과장','한결','044-123-4560',null]]],
    ['자료문의\t제도기획과\t과장 한결\t044-123-4560\n\t\t주무관 오세린\t044-123-4561', [['label:자료문의 | department:제도기획과 | title:과장 name:한결 | phone:044-123-4560',' |  | title:주무관 name:오세린 | phone:044-123-4561']], [[null,'제도기획과',null,'과장','한결','044-123-4560',null],[null,'제도기획과',null,'주무관','오세린','044-123-4561',null]]],
    // A department's note in brackets, glued or spaced, of one word or several, is part of it.
    ['담당 부서\t토지정책과(토지거래량)\t책임자\t과장\t한결\t044-123-4560', [['label:담당 부서 | department:토지정책과(토지거래량) | role:책임자 | title:과장 | name:한결 | phone:044-123-4560']], [[null,'토지정책과(토지거래량)','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t통계기획과 (지가 변동률)\t책임자\t과장\t한결\t044-123-4560', [['label:담당 부서 | department:통계기획과 (지가 변동률) | role:책임자 | title:과장 | name:한결 | phone:044-123-4560']], [[null,'통계기획과 (지가 변동률)','책임자','과장','한결','044-123-4560',null]]],
    ['담당 부서\t통계기획과(지가 변동률 통계)\t책임자\t과장\t한결\t044-123-4560', [['label:담당 부서 | department:통계기획과(지가 변동률 통계) | role:책임자 | title:과장 | name:한결 | phone:044-123-4560']], [[null,'통계기획과(지가 변동률 통계)','책임자','과장','한결','044-123-4560',null]]],
    // Spaced row labels; 구분 giving roles; 담당 as the role after a department, spaced 담 당 as the title after 담당자; an e-mail before the number in a sentence.
    ['소 속\t미래전략\t홍보소통\n직 급\t행정7급\t행정6급\n성 명\t한결\t오세린\n전 화\t044-123-4560\t044-123-4561', [['label:소 속 | department:미래전략 | department:홍보소통','label:직 급 | title:행정7급 | title:행정6급','label:성 명 | name:한결 | name:오세린','label:전 화 | phone:044-123-4560 | phone:044-123-4561']], [[null,'미래전략',null,'행정7급','한결','044-123-4560',null],[null,'홍보소통',null,'행정6급','오세린','044-123-4561',null]]],
    ['구분\t총괄\t실무\n성명\t한결\t오세린\n전화\t044-123-4560\t044-123-4561', [['label:구분 | role:총괄 | role:실무','label:성명 | name:한결 | name:오세린','label:전화 | phone:044-123-4560 | phone:044-123-4561']], [[null,null,'총괄',null,'한결','044-123-4560',null],[null,null,'실무',null,'오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당\t오세린\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당 | name:오세린 | phone:044-123-4561']], [[null,'제도기획과','담당',null,'오세린','044-123-4561',null]]],
    ['담당 부서\t제도기획과\t담당자\t담 당\t오세린\t044-123-4561', [['label:담당 부서 | department:제도기획과 | role:담당자 | title:담 당 | name:오세린 | phone:044-123-4561']], [[null,'제도기획과','담당자','담당','오세린','044-123-4561',null]]],
    ['□ 자세한 내용은 제도기획과 주무관 오세린(os@korea.kr, 044-123-4561)에게 문의하시기 바랍니다.', [['□ 자세한 내용은 department:제도기획과 title:주무관 name:오세린 ( email:os@korea.kr , phone:044-123-4561 )에게 문의하시기 바랍니다.']], [[null,'제도기획과',null,'주무관','오세린','044-123-4561','os@korea.kr']]]
  ])('reads %j', (lines, expected, people) => {
    expect(fields(lines)).toEqual(expected)
    expect(contacts(lines)).toEqual(people)
  })
})

describe('contact fields of nothing but control chars', () => {
  it('name no one with an empty name', () => {
    const people = parse('별첨\r\u0000(044-202-6230)').contacts
    expect(people.map((p) => p.name)).not.toContain('')
  })
})
