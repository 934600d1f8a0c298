/**
 * Adversarial text families: one unit of release vocabulary repeated (or nested) until the text
 * reaches a size. Each once cost more than linear time or overflowed the stack; the benchmark
 * prints their cost per MB and the tests parse them whole.
 */
export interface Family {
  /** What is repeated. */
  name: string
  /** Text of about `bytes` UTF-8 bytes. */
  make: (bytes: number) => string
}

/** `head`, then `unit` repeated until the text is about `bytes` long in UTF-8. */
function repeated(name: string, unit: string, head = ''): Family {
  return {name, make: (bytes) => head + unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))))}
}

/** Lines made by `line(i)` until the text is about `bytes` long in UTF-8. */
function lines(name: string, line: (i: number) => string): Family {
  return {
    name,
    make(bytes) {
      const out: string[] = []
      let size = 0
      for (let i = 0; size < bytes; i++) {
        const value = line(i)
        out.push(value)
        size += Buffer.byteLength(value) + 1
      }
      return out.join('\n')
    }
  }
}

const markers = ['□', '○', 'ㅇ', '-', '·', '*', '※', '▪', '①', '가.', '(1)', '1.']

export const families: Family[] = [
  repeated('times after a label', '오후 2시 ', '보도시점 '),
  repeated('clock times after a label', '16:00 ', '보도시점 '),
  repeated('dates after a label', '2025. 5. 28.(수) 5. 29.(목) ', '보도시점 '),
  repeated('embargo labels', '보도시점\n'),
  repeated('run-together labels', '보도시점 : 배포 : '),
  repeated('appendix labels', '붙임\n'),
  repeated('numbered appendix labels', '붙임 1. 가 1부.\n'),
  repeated('contact labels', '담당 부서\n'),
  repeated('HTML table tags', '<table><tr><td>'),
  repeated('HTML cells on one line', '<td>가</td>', '<table><tr>'),
  repeated('bullets on one line', '- A ', '제목입니다\n'),
  repeated('bullet lines', '- A\n', '제목입니다\n'),
  lines('marker kinds in turn', (i) => `${markers[i % markers.length]} 항목 ${i}`),
  lines('indented nesting', (i) => `${' '.repeat(i % 200)}- 항목`),
  repeated('Markdown pipe rows', '| 가 | 나 |\n', '| a | b |\n|---|---|\n'),
  repeated('emphasis marks in one paragraph', '* (<br>'),
  repeated('numbered list items', '2025. 5. 28.(수) <br>\n'),
  repeated('Markdown <br> and closing tags', '<br>\r\n\n“</td>'),
  repeated('pipes and tags on lines', '<table>\n|※ 2025. 5. 28.(수) - '),
  repeated('Markdown quote nesting', '>'),
  repeated('Markdown list nesting', '- '),
  repeated('Markdown emphasis', '**가'),
  repeated('open parentheses', '('),
  repeated('open quotes', '“장관은 '),
  repeated('channel markers', '(온라인) '),
  repeated('schedule times', '16:00~16:05 (5\') ■ 개회\n', '붙임\n'),
  repeated('TAB rows', '가\t나\t다\n'),
  repeated('phone lists', '(044)201-3398, 3400, '),
  repeated('control bytes', '\u0001\u0002가')
]
