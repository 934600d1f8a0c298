/** Worker thread of the CLI: parses the files it is sent and answers with what to write. */
import {parentPort} from 'node:worker_threads'
import {processOutcome, type BatchOptions, type OutputShape} from './lib/batch.js'

parentPort?.on('message', async (task: {id: number; path: string; options: BatchOptions; shape: OutputShape}) => {
  parentPort!.postMessage({id: task.id, outcome: await processOutcome(task.path, task.options, task.shape)})
})
