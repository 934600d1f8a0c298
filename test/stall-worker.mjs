// The CLI's worker, except that a file named `…stall…` never ends and one named `…oom…` fills
// the heap: what the batch does with a worker that hangs or dies, made certain. The CLI's worker
// takes each task first; this one then runs, before the answer is posted.
import {parentPort} from 'node:worker_threads'
import '../dist/worker.js'

parentPort.on('message', (task) => {
  const name = task.path.split('/').pop()
  if (name.includes('stall')) for (;;);
  if (name.includes('oom')) {
    const held = []
    for (;;) held.push(new Array(100_000).fill(held.length))
  }
})
