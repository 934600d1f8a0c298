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
 * issuers' releases, spaced or not (`책 임 자 :`); the ones that are role words (`담당자`,
 * `책임자`, `담당과장`) give the person that role, and one naming the department (`담당부서 :`) none.
 */
export const contactLineLabels = ['담당과장', '담당국장', '담당팀장', '담당부서', '담당자', '책임자', '자료문의', '홍보담당', '문의처', '문의', '연락처', '전화번호', '전화', '담당', '취재문의']

/**
 * Labels of a contact table's column naming what each person answers for (`안건 | 부서 | 담당자 |
 * 연락처`: an agenda item of a ministers' meeting, a task, a programme); its cells are no part of
 * a contact.
 */
export const subjectColumnLabels = ['안건', '과제', '과제명', '사업', '사업명', '주제', '업무', '담당업무', '소관업무']

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

// ---------------------------------------------------------------------------------------------
// Speakers and quotations

/**
 * Titles that end a speaker phrase whole (`… 장관은`, `… 관계자는`): ministers and the heads of
 * government, of regions and of public bodies; grades and posts; the professions and roles quoted
 * in the releases of every ministry (`교수`, `변호사`, `선수`, `내정자`, `관계자`).
 */
export const speakerTitles = [
  '장관', '차관', '차관보', '총리', '대통령', '부총리', '비서관', '대변인', '시장', '도지사', '지사', '군수', '구청장', '교육감', '의장', '대표', '대표이사', '교수', '박사',
  '위원', '의원', '이사', '고문', '대사', '총영사', '영사', '참사관', '총재', '부총재', '단원', '선수', '감독', '작가', '변호사', '회계사', '의사', '간호사', '교사', '대리',
  '직무대리', '직무대행', '권한대행', '대행', '내정자', '관계자', '전문가', '책임자', '담당자', '연구관', '사무관', '주무관', '서기관'
]

/**
 * What a head's title `…장` ends a unit's name with, as speaker phrases print it (`청장`,
 * `과장`, `센터장`, `연구소장`, `도시경제과장`): a unit's last letter or word.
 */
export const headedUnitEnds = [
  '청', '처', '원', '실', '국', '과', '팀', '단', '부', '소', '회', '사', '총', '관', '차', '교', '선', '기', '함', '반', '학', '역', '서', '점', '센터', '본부', '위원', '이사',
  '지부', '사무국', '연구소', '지사', '병원', '협회'
]

/**
 * The fields of the posts named `…관` in speaker phrases (`수산정책관`, `기획조정관`,
 * `홍보담당관`, `교섭관`): the word before `관`, a unit's name before it.
 */
export const officerFields = [
  '정책', '담당', '심의', '관리', '조정', '기획', '협력', '교섭', '홍보', '대외', '감사', '외교', '상황', '연구', '조사', '안전', '재정', '법무', '국제', '통상', '운영',
  '지원', '혁신', '전략', '총괄', '분석', '평가', '정보', '보좌', '참사', '서기', '사무', '주무', '행정', '기술', '통계'
]

/** Titles only as the whole word: `연구원` also ends an institute's name, `공사` a corporation's, `감사` an audit. */
export const wholeWordTitles = [
  '연구원', '선임연구원', '책임연구원', '수석연구원', '주임연구원', '전임연구원', '객원연구원', '초빙연구원', '위촉연구원', '전문연구원', '공사', '감사', '상임감사'
]

/** Words that end like a title and never name a speaker (`현장`, `입장`; `시장` as a market; buildings `…관`). */
export const notTitleWords = [
  '현장', '공장', '광장', '입장', '주장', '성장', '확장', '연장', '등장', '시장', '기관', '도서관', '박물관', '미술관', '기념관', '체육관', '대사관', '영사관', '과학관',
  '전시관', '회관', '본관', '별관', '세관', '공관'
]

/** Titles a surname may be printed glued to in a speaker phrase (`홍차관`, `황장관`). */
export const surnameTitles = ['장관', '차관', '총리', '청장', '처장', '위원장', '실장', '국장', '과장', '차장', '원장', '단장', '대사', '총장', '의원', '대표']

/** Titles a minister is printed glued to the ministry's name with (`행정안전부장관`, `외교부제1차관`). */
export const ministerTitles = ['장관', '차관']

/** Titles that begin with a letter that is also a surname, never a surname glued to a title (`이사장`, `정교수`). */
export const surnameLikeTitles = ['이사장', '정교수', '조원장', '차차관']

/**
 * The last words of an organisation named in a speaker phrase (`행정안전부`, `한국개발연구원`,
 * `서울대학교`, `주한미국대사관`, `몽골측`): government bodies, public bodies, companies, schools,
 * regions, and a side of a meeting (`…측`).
 */
export const speakerOrganisationEnds = [
  '부', '처', '청', '원', '위', '실', '공사', '공단', '재단', '협회', '학회', '연합회', '조합', '공제회', '대학교', '대학', '대', '연구소', '센터', '본부', '법인', '회사', '기업',
  '그룹', '은행', '병원', '학교', '박물관', '도서관', '미술관', '기념관', '과학관', '대사관', '영사관', '세관', '위원회', '사무국', '시', '도', '군', '구', '측'
]

/** Words that end like an organisation and are none: people (`공무원`, `직원`), and common nouns ending in 원, 위, 시, 도, 구, 군 (`지원`, `범위`, `실시`, `제도`, `연구`). */
export const notOrganisationEnds = [
  '공무원', '직원', '회원', '인원', '요원', '대원', '선원', '사원', '교원', '단원', '의원', '위원', '조원', '지원', '민원', '재원', '자원', '동원', '복원', '정원', '공원', '증원',
  '감원', '충원', '기원', '차원', '일원', '전원', '소원', '근원', '행위', '지위', '범위', '순위', '단위', '부위', '직위', '품위', '상위', '하위', '주위', '권위', '학위', '우위',
  '수위', '지시', '표시', '개시', '게시', '실시', '감시', '제시', '일시', '동시', '즉시', '당시', '수시', '도시', '역시', '전시', '무시', '중시', '경시', '명시', '공시', '고시',
  '잠시', '임시', '항시', '평시', '상시', '응시', '정도', '제도', '속도', '용도', '태도', '강도', '빈도', '밀도', '온도', '농도', '각도', '지도', '의도', '한도', '연도', '년도',
  '주도', '보도', '유도', '추도', '전도', '인도', '시도', '부도', '난도', '연구', '요구', '도구', '출구', '입구', '가구', '인구', '창구', '탐구', '추구', '항구', '직군', '대군',
  '장군'
]

/** Whole words that end like an organisation and name none alone: the government in general, parts, ministries together (`관계부처`, `각 부처`). */
export const notOrganisationWords = [
  '구원', '정부', '지방정부', '중앙정부', '일부', '전부', '내부', '외부', '세부', '본부', '간부', '학부', '대부', '전국', '지역', '학생', '연구진', '관계부처', '관계기관',
  '유관기관', '정부부처', '중앙부처', '소관부처', '주관부처', '관련부처', '전부처', '전 부처', '각부처', '각 부처', '부처', '관계부처합동'
]

/** Groups and roles quoted without a name (`관계자`, `전문가들`, `참석자`, `주민`), in the releases of every ministry. */
export const speakerGroups = [
  '관계자', '전문가', '참석자', '참가자', '수상자', '연구진', '의료진', '대표단', '주민', '시민', '학생', '학부모', '청년', '직원', '근로자', '노동자', '농업인', '어업인',
  '소상공인', '기업인', '회원', '위원', '관계관', '실무자', '담당자', '책임자', '대원', '요원', '단원', '선원', '조합원', '관계기관', '유가족', '피해자', '이용자', '소비자'
]

/**
 * Words of two to four letters, a surname first, that are never a name: adverbs and time words
 * (`이번`, `한편`), common nouns (`지역`, `국민`) and titles alone (`장관`, `과장`).
 */
export const notNameWords = [
  '이번', '이날', '이어', '이후', '이에', '이와', '이를', '이는', '이어서', '한편', '또한', '특히', '아울러', '그러면서', '먼저', '우선', '앞서', '최근', '지난', '오늘', '내일', '올해',
  '정부', '전국', '지역', '현장', '관계', '관련', '기관', '부처', '공공', '민간', '국민', '국가', '시민', '주민', '장관', '차관', '위원', '대표', '대상', '우리', '모든', '각각',
  '전체', '신규', '주요', '이사', '의원', '감사', '총장', '회장', '사장', '원장', '청장', '처장', '국장', '과장', '실장', '단장', '소장', '부장', '교수', '박사', '고문', '대사',
  '사무', '기획', '정책', '담당'
]

/**
 * Family names a speaker phrase's name is read with: the common ones of one letter, and the
 * two-letter ones. Shorter than `surnames`: before a title, a rarer one reads as a word.
 */
export const speakerSurnames = '김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용'.split('')

/** The two-letter family names a speaker phrase's name is read with. */
export const speakerDoubleSurnames = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']

/**
 * Titles whose holder a speaker printed by the title alone (`차관은`) or with a surname (`황
 * 장관은`) is, to be found named in full earlier in the release.
 */
export const officeTitles = [
  '장관', '차관', '차관보', '총리', '대통령', '청장', '처장', '원장', '위원장', '실장', '국장', '본부장', '단장', '대사', '총장', '회장', '의장', '지사', '시장', '군수', '구청장',
  '교육감', '관리관', '정책관', '조정관', '심의관', '기획관', '담당관', '과장', '팀장', '센터장', '소장'
]

/**
 * Nouns of saying after a quotation and `라는` (`… 라는 말을`, `… 라는 당부를`), as the
 * releases of every ministry print them.
 */
export const sayingNouns = [
  '말', '말씀', '발언', '지시', '당부', '주문', '강조', '언급', '메시지', '소감', '각오', '의지', '입장', '뜻', '의견', '지적', '주장', '요청', '다짐', '약속', '조언', '제언', '호소',
  '설명', '답변', '인사', '평가', '질문', '물음', '목소리', '얘기', '이야기', '축사', '격려', '당부사항', '지시사항'
]

/** The particles and words a noun of saying is followed by (`말을`, `당부가`, `말처럼`, `지시(…)`). */
export const sayingNounEnds = ['을', '를', '이', '가', '은', '는', '에', '과', '와', '처럼', '대로', '로', '으로', '(']

/**
 * Stems of verbs of saying after a quotation and `을`/`를` (`… 를 지시했다`, `… 을 당부하였으며`,
 * `… 를 밝혔다`).
 */
export const sayingVerbStems = [
  '지시', '당부', '주문', '강조', '요청', '촉구', '요구', '제안', '약속', '다짐', '언급', '역설', '피력', '전달', '표명', '밝', '말', '전하', '전했', '부탁', '호소', '권고', '지적',
  '주장', '설명', '답'
]

/** Verbs of saying that follow `고` standing alone after words whose quotation marks were lost (`… 하겠다 고 밝혔다`). */
export const sayingVerbs = ['말했', '밝혔', '강조했', '당부했', '덧붙였', '전했', '설명했', '주문했', '요청했', '말하', '밝히', '강조하', '당부하', '덧붙이', '전하']

/** Adverbs and connectives that end a speaker phrase read backwards from its particle (`이날`, `또한`, `한편`). */
export const speakerStopWords = [
  '이날', '또한', '한편', '아울러', '특히', '이어', '이어서', '끝으로', '마지막으로', '그러면서', '먼저', '우선', '또', '앞서', '그럼에도', '이에', '그리고', '오늘', '당일', '이와',
  '함께', '현장에서', '다만', '또한,', '이후'
]

// ---------------------------------------------------------------------------------------------
// The lead and the publisher

/**
 * The last words of a body of government, what a joint release's ministries are: ministries
 * (…부), agencies (…처, …청), commissions (…위원회), institutes (…원).
 */
export const governmentEnds = ['부', '처', '청', '위원회', '원']

/** The first words of the offices that are no ministry's unit though named `…실`: `국무조정실`, `국가안보실`, `대통령비서실`. */
export const governmentOfficeStarts = ['국무', '국가', '대통령']

/**
 * Titles of an organisation's head printed in brackets after its name in a lead
 * (`방송미디어통신위원회(위원장 김종철)`, `산림청(청장 박은식)은`), as the publisher is read from it.
 */
export const bracketHeadTitles = [
  '장관', '처장', '청장', '원장', '위원장', '총장', '이사장', '회장', '차관', '본부장', '대표', '실장', '단장', '센터장', '소장', '부장', '국장', '총재', '의장', '관장'
]

/** Words after a partner that make a release joint (`국토교통부와 함께`, `… 과 공동으로`, `… 와 합동으로`). */
export const jointWords = ['함께', '공동으로', '합동으로']

// ---------------------------------------------------------------------------------------------
// Contact tables' people

/** The last words of a division, the unit under a bureau: `…과`, `…팀`, `…담당관`. */
export const divisionEnds = ['과', '팀', '담당관']

/** Titles that name an office, not a person's grade (`정책관`, `담당관`, `대변인`): the name of a unit as well as of its head. */
export const officeNamingTitles = ['정책관', '기획관', '심의관', '협력관', '조정관', '담당관', '분석관', '감독관', '대변인']

/** The ends of a head's title in a table read column by column: `…장` (`과장`, `원장`, `국장`), and `…담당관`. */
export const headTitleEnds = ['장', '담당관', '관장', '원장', '국장', '실장', '단장']

/** Roles of the old layout that make a person the head (`담당과장 : …`), besides `책임자`. */
export const headRoleLabels = ['담당과장', '담당국장', '담당팀장', '담당실장']

// ---------------------------------------------------------------------------------------------
// Units named alone

/**
 * Units whose names end as a head's title does with `장` after them (`관광진흥과` → `관광진흥과장`,
 * `기획조정실장`, `홍보센터장`).
 */
export const unitHeadEnds = ['과', '팀', '국', '실', '단', '센터', '본부', '소', '원', '관', '부', '처', '청', '반']

/** The ends of a unit's name no person's name has (`…과`, `…팀`, `…위원회`, `…TF`), unlike `…원`, `…국`. */
export const unitEnds = ['과', '팀', '실', '처', '청', '부', '단', '본부', '센터', '위원회', '담당관', '담당관실', '공단', '공사', '재단', '협회', '연구소', '사무국', 'TF']

/** The ends of a unit's name printed alone on a line as a contact table's department cell (`운영지원과`, `홍보담당관실`). */
export const lineUnitEnds = ['과', '팀', '실', '국', '관', '단', '센터', '본부', '처', '청', '원', '소', '담당관']

// ---------------------------------------------------------------------------------------------
// The header's other cells

/** Notes a header prints on what the release holds (`사진없음 □ 사진있음 ■`, `쪽수 : 3쪽`, `매수 : 5매`). */
export const headerNoteWords = ['사진없음', '사진있음', '쪽수', '매수', '페이지수', '첨부없음', '첨부있음']

/** Units of a page count printed in a header's cell (`3쪽`, `총 5매`, `(4면)`, `12p`). */
export const pageUnits = ['쪽', '매', '면', '페이지', '장', 'p']

// ---------------------------------------------------------------------------------------------
// Times and schedules

/** Words for the part of the day printed before a time (`오후 2시`, `오전 10:30`), in the order a schedule tries them. */
export const dayPeriods = ['오전', '오후', '낮', '저녁', '밤', '새벽', '아침']

/** Labels of a schedule's time column (`시간`, `시 각`, `일시`, `시간대`). */
export const timeColumnLabels = ['시간', '시각', '일시', '시간대']

// ---------------------------------------------------------------------------------------------
// The footer and the licence

/** Words of the 공공누리 licence line of a release's footer (`공공누리 제1유형 : 출처표시`, `자유이용허락`, `저작물`). */
export const licenceWords = ['공공누리', '자유이용허락', '출처표시', '저작물']

/** The licence's mark printed alone on a line (`OPEN`). */
export const licenceMarks = ['OPEN']

/** Words a web page's licence of its contents names the site by (`이 누리집의 모든 콘텐츠는 …`). */
export const siteWords = ['누리집', '홈페이지', '사이트']

/** Words of a web page's licence of its contents (`… 공공누리 제1유형에 따라 …`, `저작권`). */
export const siteLicenceWords = ['공공누리', '저작권']

// ---------------------------------------------------------------------------------------------
// Contact tables' cells

/**
 * Role words a contact table's cell holds alone (spaced or not, `총괄` before any): `책임자`,
 * `담당자`, `실무자` on every template; `담당과장` and its kin (`headRoleLabels`) in the old layout;
 * `연락처` where a row of numbers takes a role's place.
 */
export const contactRoleCells = ['책임자', '담당자', '담당', '실무자', '실무담당자', '총괄', '부책임자', '연락처']

/**
 * Labels of a contact table's columns or rows, a cell alone (spaced or not, with a colon):
 * the table's label, and its columns' (`부서 | 직위 | 성명 | 전화번호 | 이메일`, `구분 | 역할`).
 */
export const contactColumnLabels = [
  '담당부서', '담당부서명', '자료문의', '배포부서', '홍보담당', '문의', '문의처', '연락처', '부서', '부서명', '소속', '직위', '직책', '성명', '이름', '전화', '전화번호', '이메일',
  'E-mail', 'Email', '직급', '구분', '역할'
]

/**
 * Labels of a contact row of an older header box (`담당부서 | 청년정책과 | 담당자 | …`, `자료문의 |
 * …`), besides the roles of `headRoleLabels`.
 */
export const headerContactLabels = ['담당부서', '자료문의', '문의', '문의처', '담당', '담당자', '연락처', '배포부서', '홍보담당', '책임자', '실무자', '전화', '전화번호']

/** Labels of the column that names people or their numbers, at a cell's start: `성명`, `이름`, `전화`, `연락처`. */
export const personColumnLabels = ['성명', '이름', '전화', '연락처']
