/** Worker thread of the CLI: parses the files it is sent, answers with serialised records. */
import {parentPort} from 'node:worker_threads'
import {processFile, type BatchOptions} from './lib/batch.js'

parentPort?.on('message', (task: {id: number; path: string; options: BatchOptions}) => {
  const record = processFile(task.path, task.options)
  parentPort!.postMessage({id: task.id, record: JSON.stringify(record)})
})
