/**
 * The words press releases print, as data: every spelling the constructs recognise, with where
 * each comes from. Constructs read these lists (directly, or through the patterns and tests built
 * from them in `patterns.ts` and `words.ts`) and keep no list of spellings of their own.
 *
 * Sources, in the notes beside each list: the releases of the government's policy briefing
 * portal (2017–2026, every ministry and agency), the layouts of the ministries' own templates,
 * and the ranks and grades of the civil service, police, fire, coast guard and armed forces as
 * the personnel acts name them.
 */

/** A word as a pattern source that allows spaces between its letters (`보 도 시 점`, `과  장`). */
export function spaced(word: string): string {
  let out = ''
  for (const char of word) out += (out ? '\\s*' : '') + (specials.includes(char) ? '\\' + char : char)
  return out
}

/** The chars a pattern source escapes. */
const specials = '.*+?^$' + '{}()|[]\\/'

/** Words as one alternation, longest first so that a longer spelling wins over its prefix. */
export function alternation(words: readonly string[], between: (word: string) => string = spaced): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(between).join('|')
}

/** A char escaped for a pattern source. */
export function escape(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

// ---------------------------------------------------------------------------------------------
// The header box

/**
 * Labels of the embargo (보도시점). `보도시점` and `보도일시` on most templates; `보도일자`,
 * `보도시간` and `엠바고` on some agencies'; `보도일` and `보도` alone on older ones (these two only
 * before a value, a colon or the end of the cell: they begin other words).
 */
export const embargoLabels = ['보도시점', '보도일시', '보도시간', '보도일자', '엠바고', '보도가능시점', '보도가능일시', '보도가능시간', '보도예정일시']

/** Embargo labels that begin other words too, recognised only before a value, a colon, a closing bracket or the end. */
export const shortEmbargoLabels = ['보도일', '보도']

/**
 * Embargo labels printed inside a cell after the distribution's value (`배포 : … / 보도일시 : …`):
 * the long spellings only, as `보도` alone begins too many words there.
 */
export const innerEmbargoLabels = ['보도시점', '보도일시', '보도일자', '보도시간', '엠바고']

/**
 * Labels of the distribution (배포). `배포` and `배포일시` on most templates; `배포일`, `배포일자`,
 * `배포시점`, `배부일시` on some; `자료제공`, `제공일시` and `작성일` where a release is given out
 * rather than distributed; `등록일` on a portal's page saved as text.
 */
export const distributionLabels = ['배포', '배포일시', '배포시점', '배포일자', '배포일', '배부일시', '자료제공', '자료제공일', '자료제공일시', '제공일시', '작성일', '등록일']

/**
 * Distribution labels that head other values too (`자료제공 : 홍보담당관실`, `작성일` of a form):
 * read as the distribution only before a date or alone in their cell.
 */
export const datedDistributionLabels = ['자료제공', '자료제공일', '자료제공일시', '제공일시', '작성일', '등록일']

/** Distribution labels printed inside a cell after the embargo's value (`… / 배포 : 2026. 4. 13.`). */
export const innerDistributionLabels = ['배포', '배포일시', '배포시점']

/**
 * Words after `배포` that make it a value, not a label: `배포 즉시`, `배포 후`, `배포 시`, `배포 직후`
 * (the embargo of a release that may be reported once given out).
 */
export const distributionValueWords = ['즉시', '후', '직후', '시']

/** Editions of the newspapers an embargo names: morning (`조간`) and evening (`석간`). */
export const editions = ['조간', '석간']

/**
 * Words of reporting at once or at any time: `배포 즉시`, `즉시 보도`, `바로 보도`, `배포 후`,
 * `배포 시`, `제한 없음`, `수시`, as the embargo's value on every template (never before `간` or
 * `각`: `배포 시간`, `수 시간`).
 */
export const immediateWords = ['즉시', '바로보도', '배포후', '배포직후', '배포시점', '배포시', '제한없음', '수시']

/**
 * Document kinds printed at the top: `보도자료` and `보도참고자료` on every template; the others on
 * corrections, explanations, joint releases, notices and schedules.
 */
export const kinds = [
  '공동보도자료', '공동보도참고자료', '보도참고자료', '보도설명자료', '보도해명자료', '보도자료', '동정자료', '설명자료', '해명자료', '참고자료', '알림자료',
  '긴급지시', '정정보도자료', '보도계획'
]

/**
 * Media an embargo names for a channel: `(온라인)`, `<지면>`, `누리망·방송`, `인터넷, 지면`.
 * 온라인/지면 on most templates, 누리망 at the police and defence ministries, 전매체 for releases
 * open to every medium, 통신·방송 in older ones.
 */
export const media = ['온라인', '인터넷', '인터넷신문', '지면', '방송', '누리망', '전매체', '신문', '통신', '뉴스통신', 'TV', '라디오', '모바일', '웹']

/** Words of media in a sentence of the header (`… 매체는 …`, `신문은 …`, `방송·인터넷은 …`): the media and their kinds. */
export const mediumWords = ['매체', '신문', '방송', '인터넷', '온라인', '지면', '통신']

/** What joins media named together: `인터넷·지면`, `온라인, 방송`, `방송 및 인터넷`. */
export const mediaSeparators = [',', '·', '‧', 'ㆍ', '∙', '・', '/', '및']

/**
 * Titles of boxes printed in the body, never a headline: a summary (`< 요 약 >`), an outline, key
 * points, a table's or figure's caption word.
 */
export const boxTitles = ['요약', '개요', '주요내용', '주요 내용', '핵심내용', '핵심요약', '한눈에보기', '참고', '목차', '순서', '붙임', '별첨', '사진', '그림', '표']

// ---------------------------------------------------------------------------------------------
// Contacts

/**
 * Labels that open a contact table or line. `담당 부서` on every current template (spaced or
 * not, `담당부서명`); `자료문의`, `문의(처)`, `연락처`, `배포부서`, `홍보담당` on older ones and on
 * agencies'; `담당 기관`, `보도자료 담당부서`, `소관 부서`, `취재 문의` on others.
 */
export const contactTableLabels = [
  '담당부서', '담당부서명', '담당부서(기관)', '담당기관', '보도자료담당부서', '보도담당부서', '소관부서', '주관부서', '담당부처', '작성부서', '자료문의', '취재문의',
  '문의부서', '배포부서', '홍보담당', '문의', '문의처', '연락처', '자료제공부서'
]

/**
 * Words labels are made of: a label cell of words all of these (`담당 기관`, `보도자료 담당부서`,
 * `문의 부서`) is a label, even in a spelling no list above has, and none of its words is a value.
 */
export const labelWords = [
  '담당', '부서', '부서명', '부처', '기관', '기관명', '문의', '문의처', '연락', '연락처', '자료', '보도자료', '보도', '홍보', '취재', '소관', '주관', '작성', '제공',
  '배포', '처', '명', '관련', '및', '전화', '번호', '사항'
]

/** The words of `labelWords` one of which a label must hold (not only `자료` or `보도`). */
export const labelHeads = ['담당', '부서', '부처', '기관', '문의', '연락', '연락처', '홍보', '취재', '소관', '주관']

/**
 * Labels of a table's columns, or of its rows in a table of one person per column, with the
 * field each names: `부서 | 직위 | 성명 | 연락처`, `구분 | 책임자 | 담당자`.
 */
export const fieldLabels: Record<'department' | 'title' | 'name' | 'role' | 'phone' | 'email', readonly string[]> = {
  department: ['부서', '부서명', '소속', '담당부서', '소관부서', '기관', '기관명', '소속기관'],
  title: ['직위', '직급', '직책', '직명'],
  name: ['성명', '이름', '담당자명'],
  role: ['구분', '역할'],
  phone: ['전화', '전화번호', '연락처', '연락처(전화)', '사무실', '내선', '유선', '휴대전화', '휴대폰', 'TEL', 'Tel', '전화(사무실)'],
  email: ['이메일', 'E-mail', 'e-mail', 'Email', 'email', 'E-메일', '메일', '전자우편']
}

/**
 * Labels of a line of contacts (`문의 : …`, `담당자 : …`, `【담당】 …`) in older and smaller
 * issuers' releases; the ones that are role words (`담당자`, `담당과장`) give the person that role.
 */
export const contactLineLabels = ['담당과장', '담당국장', '담당팀장', '담당자', '자료문의', '홍보담당', '문의처', '문의', '연락처', '전화번호', '전화', '담당', '취재문의']

/** Words before a number that only label it (`TEL 044-…`, `☎`, `이메일 a@…`). */
export const numberLabels = ['TEL', 'Tel', 'tel', '전화', 'E-mail', 'e-mail', 'Email', 'email', '이메일', 'HP', 'FAX', 'fax', '팩스', '휴대폰', '내선', '사무실', '핸드폰']

/**
 * Roles a contact table gives its people: the one responsible (`책임자`) and the one in charge
 * (`담당자`) on every template; `부책임자`, `총괄책임자`, `실무자`, `실무담당자` on some; `담당과장`
 * and its kin in the old layout's labels (`담당과장 : …`).
 */
export const roles = ['책임자', '담당자', '부책임자', '총괄책임자', '총괄', '실무자', '실무담당자', '총괄담당자', '담당', '주무담당', '책임관']

/** Titles a role word may carry glued after `담당` (`담당과장`, `담당사무관`): the role is the whole, the title its end. */
export const headRoles = ['책임자', '총괄책임자', '책임관', '담당과장', '담당국장', '담당팀장', '담당실장', '담당관']

/**
 * Job titles and ranks, whole: positions (과장, 팀장, 국장 …), grades of the civil service (사무관,
 * 서기관, 주무관 …), research and curatorial grades, ranks of the police, coast guard, fire
 * services and armed forces, and the titles of public bodies and companies.
 */
export const titles = [
  // Positions of ministries and agencies.
  '과장', '팀장', '국장', '실장', '단장', '본부장', '센터장', '소장', '원장', '관장', '처장', '청장', '차장', '부장', '담당관', '정책관', '기획관', '심의관',
  '협력관', '분석관', '감독관', '조정관', '대변인', '부대변인', '공보관', '홍보관', '행정관', '조사관', '수사관', '전문관', '전문위원', '전문경력관',
  '실무관', '사무국장', '사무처장', '부단장', '부센터장', '부소장', '부원장', '부팀장', '부본부장', '부처장', '계장', '반장', '파트장', '팀원', '위원', '상임위원',
  '비서관', '보좌관', '국제협력관', '기술정책관', '선임전문관', '감사관', '차관보', '참사관', '서기관보',
  // Grades of the civil service.
  '사무관', '서기관', '부이사관', '이사관', '관리관', '주무관', '주사', '주사보', '서기', '서기보', '사무관보', '행정사무관', '행정주사', '행정주사보', '지도관',
  '지도사', '농촌지도관', '농촌지도사', '장학관', '장학사', '교육연구관', '교육연구사', '검사', '부장검사', '수의사무관',
  // Research and curatorial grades.
  '연구관', '연구사', '연구원', '책임연구원', '선임연구원', '주임연구원', '전임연구원', '수석연구원', '연구위원', '부연구위원', '선임연구위원', '학예연구관',
  '학예연구사', '학예사', '보건연구관', '보건연구사', '기상연구관', '기상연구사', '연구교수', '교수', '부교수', '조교수',
  // Police and coast guard ranks.
  '치안총감', '치안정감', '치안감', '경무관', '총경', '경정', '경감', '경위', '경사', '경장', '순경',
  // Fire service ranks.
  '소방총감', '소방정감', '소방감', '소방준감', '소방정', '소방령', '소방경', '소방위', '소방장', '소방교', '소방사',
  // Armed forces ranks.
  '대장', '중장', '준장', '대령', '중령', '소령', '대위', '중위', '소위', '준위', '원사', '상사', '중사', '하사', '군무서기관', '군무사무관', '군무주무관',
  // Public bodies and companies.
  '이사', '상무', '전무', '대리', '과장대리', '사원', '주임', '선임', '책임', '수석', '차석', '매니저', '프로', '전문원', '담당', '총괄', '센터장대리', '부문장',
  '실무담당'
]

/**
 * Words a title may carry before it (`외무사무관`, `기술서기관`, `학예연구관`, `해군 소령`): the
 * service or the field of a grade.
 */
export const titleFields = [
  '외무', '기술', '공업', '시설', '행정', '전산', '통계', '약무', '간호', '기상', '보건', '학예', '농업', '수의', '환경', '해양수산', '방송통신', '교육', '세무',
  '관세', '검찰', '마약', '출입국관리', '교정', '보호', '공안', '감사', '사서', '의무', '식품위생', '토목', '건축', '화공', '전기', '기계', '선박', '항공',
  '산림', '녹지', '수산', '지적', '임업', '방송', '통신', '정보통신', '전산', '농림', '기록연구', '해군', '공군', '육군', '해병', '군무', '일반직',
  '별정직', '임기제', '전문임기제', '선임', '수석', '책임', '주임', '총괄', '부'
]

/**
 * Titles of an organisation's head as a release's lead prints them in brackets after its name
 * (`산림청(청장 박은식)은`, `중소벤처기업부(장관 한성숙, 이하 중기부)는`) or before the head's name
 * (`구윤철 부총리 겸 재정경제부장관은`): ministers, commissioners, presidents and chairs.
 */
export const headTitles = [
  '장관', '차관', '제1차관', '제2차관', '청장', '처장', '원장', '위원장', '부위원장', '이사장', '총장', '회장', '실장', '본부장', '대표', '대표이사', '사장', '소장',
  '관장', '단장', '센터장', '총재', '의장', '총리', '부총리', '국무총리', '대변인', '직무대행', '차관보'
]

/** Words a lead names its issuer by without giving its name: `정부는 …`, `관계부처는 …`. */
export const issuerWords = ['정부', '우리정부', '관계부처', '당국', '우리부', '본부']

/** What may follow a title: an acting post (`과장직무대리`, `팀장 직무대행`, `과장(직대)`). */
export const titleSuffixes = ['직무대리', '직무대행', '직대', '대행', '(직대)', '(직무대리)']

/**
 * The last word of an organisation's or unit's name: ministries (…부), agencies (…처, …청),
 * commissions (…위원회), institutes (…원), and the units inside them (…실, …국, …관, …과, …팀,
 * …담당관, …센터, …본부, …단). From the organisation charts the contact tables and logo lines print.
 */
export const organisationSuffixes = [
  '부', '처', '청', '원', '위원회', '실', '국', '과', '팀', '관', '본부', '센터', '공사', '공단', '재단', '협회', '연구소', '연구원', '사무국', '사무처', '단',
  '소', '담당관', '담당관실', '정책관실', '지원단', '추진단', '사업단', '기획단', '회', '학교', '대학교', '병원', '박물관', '미술관', '도서관', '기념관',
  '경찰서', '소방서', '세무서', '세관', '법원', '검찰청', '지청', '사령부', '군', '시', '도', '구', 'TF', '반', '과학원', '진흥원', '협의회', '조합', '공제회'
]

/**
 * Tags of a contact table's groups: a bracketed word or phrase before or beside the label
 * (`<총괄>`, `【협조】`, `[홍보]`).
 */
export const groupBrackets: ReadonlyArray<readonly [string, string]> = [
  ['<', '>'],
  ['【', '】'],
  ['[', ']'],
  ['〈', '〉'],
  ['［', '］']
]

/**
 * Family names, the most common first (those of 99% of Koreans, and the two-syllable ones): a
 * word of two to four letters that starts with one reads as a person's name.
 */
export const surnames = (
  '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 ' +
  '염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 계 피 두 감 음 빈 동 온 호 범 ' +
  '좌 팽 승 간 상 시 갈 단 견 당 화 창 옹 순 빙 명 묵 야 초 판 궁 양 매 개 이 뇌 근 자 내 쇠 낭 황보 남궁 제갈 선우 독고 동방 사공 서문 어금 망절'
).split(' ')

// ---------------------------------------------------------------------------------------------
// Appendices

/** Labels of appendices: `붙임` and `참고` on most templates, `별첨`, `별지`, `첨부`, `부록` on others; `통계표` heads statistics pages. */
export const appendixLabels = ['따로붙임', '붙임', '별첨', '별지', '참고', '참고자료', '첨부', '부록', '통계표']

/**
 * Appendix labels that also title a box inside a page (`(참고) 차액가맹금이란? ㅇ …` on the page of
 * `붙임 1`): printed unnumbered between two numbered pages of another label, such a label heads a
 * box of the first page, not a page of its own (`별첨` there is an attachment of its own).
 */
export const boxAppendixLabels = ['참고']

/** Titles of a page that is printed with a release but is no appendix when unlabelled: a biography, an introduction. */
export const unlistedPageWords = ['약력', '프로필', '이력', '소개자료', '소개']

// ---------------------------------------------------------------------------------------------
// A web page saved as text

/**
 * Labels of a board post's fields, printed by the ministries' sites and the policy briefing portal
 * beside a release's title: the day it was posted (the distribution), the unit and person in
 * charge (contacts), and the fields that say nothing of the release (views, files).
 */
export const webFieldLabels: Record<'posted' | 'contact' | 'other', readonly string[]> = {
  posted: ['등록일', '등록일자', '등록일시', '작성일', '작성일자', '작성일시', '게시일', '게시일자', '게시일시', '등록', '작성', '게시', '날짜', '일자'],
  contact: ['담당부서', '담당자', '담당', '부서', '부서명', '연락처', '전화번호', '전화', '문의', '담당자연락처', '이메일'],
  other: ['조회수', '조회', '첨부파일', '첨부', '글번호', '번호', '추천', '추천수', '작성자', '출처', '분류', '공공누리']
}

/**
 * The words of a web page's menus, buttons and footer, each a line of its own or several on a
 * line (`로그인 회원가입 사이트맵`): skip links, account and search, sharing and printing, paging
 * through a board, the sites' policies. From the ministries' sites and the policy briefing portal.
 */
export const webPageWords = [
  '본문바로가기', '주메뉴바로가기', '메뉴바로가기', '하단바로가기', '바로가기', '로그인', '로그아웃', '회원가입', '마이페이지', '사이트맵', '전체메뉴', '메뉴', '통합검색', '검색',
  '검색어', '검색어입력', 'ENGLISH', 'English', 'ENG', '한국어', '홈', 'HOME', 'Home', '목록', '목록보기', '이전글', '다음글', '인쇄', '인쇄하기', '공유', '공유하기',
  '스크랩', '글자크기', '확대', '축소', '페이스북', '트위터', '엑스', '카카오톡', '카카오스토리', '블로그', '밴드', 'URL복사', '링크복사', '맨위로', '위로', 'TOP', 'top',
  '만족도', '만족도조사', '개인정보처리방침', '저작권정책', '이메일무단수집거부', '이용약관', '찾아오시는길', '오시는길', '관련사이트', '누리집', '웹접근성', '미리보기',
  '바로보기', '다운로드', '내려받기', '닫기', '열기', '이전', '다음', '더보기', '본문', '첨부파일', '원문', '원문보기', '공공누리', '뉴스', '소식', '알림', '알림·소식',
  '정책브리핑', '브리핑룸'
]

/**
 * The words of `webPageWords` no release prints on a line of its own, that tell a web page: skip
 * links, account and site map, paging through a board, the sites' policies.
 */
export const webPageMarks = [
  '본문바로가기', '주메뉴바로가기', '메뉴바로가기', '하단바로가기', '로그인', '로그아웃', '회원가입', '마이페이지', '사이트맵', '전체메뉴', '통합검색', '이전글', '다음글',
  '목록보기', '개인정보처리방침', '저작권정책', '이메일무단수집거부', '이용약관', '찾아오시는길', 'URL복사', '링크복사', '만족도조사', '웹접근성'
]

/** Where a web page's furniture begins at the foot of its post: paging, the list, the sites' policies. */
export const webPageFootWords = ['목록', '목록보기', '이전글', '다음글', '개인정보처리방침', '저작권정책', '이메일무단수집거부', '이용약관']
