/** Worker thread of the CLI: parses the inputs it is sent and answers with what to write. */
import {parentPort} from 'node:worker_threads'
import {runTask, type WorkerTask} from './lib/batch.js'

parentPort?.on('message', async (task: WorkerTask) => {
  parentPort!.postMessage({id: task.id, outcome: await runTask(task)})
})
// Loaded: the time limit of the task sent meanwhile counts from here.
parentPort?.postMessage({ready: true})
