import {describe, expect, it} from 'vitest'
import {isDepartmentText} from '../src/lib/construct/contacts.js'
import {fieldOfLabel, isLabelWords, isOrganisationName, isPersonName, isTitle, kindOfWord, roleWithTitle, splitRoleTitle, splitUnitTitle} from '../src/lib/words.js'

describe('job titles and ranks', () => {
  it.each([
    // Positions, grades, research grades, ranks of the police, fire services and armed forces.
    '과장', '과  장', '사무관', '주무관', '서기관', '팀장', '센터장', '사무국장', '연구관', '책임연구원', '학예연구사', '총경', '경정', '경감', '소방경', '소령',
    '대리', '부장', '담당관',
    // The field of a grade before it, an acting post after it.
    '외무사무관', '기술서기관', '보건연구관', '해군소령', '과장직무대리', '팀장직무대행'
  ])('%j is a title', (value) => {
    expect(isTitle(value)).toBe(true)
  })

  it.each([
    // A unit's name that ends like a title, a head's title glued to its unit, names and letters.
    '기획재정담당관', '조직인사담당관', '관광진흥과장', '새과장', '한결', '제도기획과', '과', '가나다라사무관'
  ])('%j is no title', (value) => {
    expect(isTitle(value)).toBe(false)
  })
})

describe('words printed glued', () => {
  it.each([
    ['청년정책총괄과장', {unit: '청년정책총괄과', title: '과장'}],
    ['관광진흥과장', {unit: '관광진흥과', title: '과장'}],
    ['홍보기획팀장', {unit: '홍보기획팀', title: '팀장'}],
    ['기획조정실장', {unit: '기획조정실', title: '실장'}],
    ['지역센터장', {unit: '지역센터', title: '센터장'}],
    // A title of its own, too short a unit, more after the title.
    ['사무국장', null],
    ['부센터장', null],
    ['과장', null],
    ['가과장', null],
    ['가나과장님', null]
  ])('splits %j into its unit and title', (value, expected) => {
    expect(splitUnitTitle(value)).toEqual(expected)
  })

  it.each([
    ['담당자서기관', {role: '담당자', title: '서기관'}],
    ['책임자과장', {role: '책임자', title: '과장'}],
    ['책임자', null],
    ['담당자님', null]
  ])('splits %j into its role and title', (value, expected) => {
    expect(splitRoleTitle(value)).toEqual(expected)
  })

  it.each([
    ['담당과장', {role: '담당과장', title: '과장'}],
    ['담당사무관', {role: '담당사무관', title: '사무관'}],
    ['담당자', null],
    ['담당부서', null]
  ])('reads %j as a role with its title', (value, expected) => {
    expect(roleWithTitle(value)).toEqual(expected)
  })
})

describe('labels', () => {
  it.each(['담당 부서', '담당 기관', '보도자료 담당부서', '담당부서명', '문의처', '자료 문의', '소관 부서', '담당 부서(기관)', '취재 문의', '연락처', '문 의 :'])('%j is a label', (value) => {
    expect(isLabelWords(value)).toBe(true)
  })

  it.each(['[홍보]', '<총괄>', '자료', '보도', '기획과', '홍길동', '담당 부서장님'])('%j is no label', (value) => {
    expect(isLabelWords(value)).toBe(false)
  })

  it.each([
    ['직위', 'title'],
    ['직 급', 'title'],
    ['성명', 'name'],
    ['연락처', 'phone'],
    ['전화번호', 'phone'],
    ['E-mail', 'email'],
    ['소속', 'department'],
    ['구분', 'role'],
    ['비고', null]
  ])('the label %j names the %s field', (value, field) => {
    expect(fieldOfLabel(value)).toBe(field)
  })
})

describe('units and names', () => {
  it.each(['제도기획과', '미래 정책국', '대변인실', '홍보TF팀', '기획과', '인사팀', '국토교통부 도시정책관', '가나다라회'])('%j is a department', (value) => {
    expect(isDepartmentText(value)).toBe(true)
  })

  it.each(['사무관', '오세린', '가나 사무관', '가나다라', '과장'])('%j is no department', (value) => {
    expect(isDepartmentText(value)).toBe(false)
  })

  it.each(['개인정보보호위원회', '국토교통부', '경찰청', '건설근로자공제회'])('%j names an organisation', (value) => {
    expect(isOrganisationName(value)).toBe(true)
  })

  it.each(['김  곤', '이 형 석', '최영범', '남궁선', '황보민'])('%j reads as a name', (value) => {
    expect(isPersonName(value)).toBe(true)
  })

  it.each(['과장', '담당자', '기획과', '성명', '총경', 'ABC', '가나다라마'])('%j reads as no name', (value) => {
    expect(isPersonName(value)).toBe(false)
  })

  it.each([
    ['과장', 'title'],
    ['책임자', 'role'],
    ['담당 기관', 'label'],
    ['오세린', 'name'],
    ['기획재정담당관', 'department'],
    ['2026', 'other']
  ])('%j is a %s', (value, kind) => {
    expect(kindOfWord(value)).toBe(kind)
  })
})
