/** Parse documents in a worker thread whose heap is small: what needs more dies there, not here. */
import {Worker} from 'node:worker_threads'

export interface HeapResult {
  name: string
  ok: boolean
  code?: string
  message?: string
}

/** The built package: the worker imports it (the tests run after the build). */
export const built = new URL('../dist/index.js', import.meta.url)

/**
 * Parse each document (with `parseAsync`) in one worker thread of a `heapMb` heap, one after
 * another; a worker that runs out of memory rejects with the name of the document it was on.
 */
export function inSmallHeap(documents: Array<{name: string; bytes: Uint8Array}>, heapMb: number): Promise<HeapResult[]> {
  const code = `
    const {parentPort, workerData} = require('node:worker_threads')
    import(workerData.url).then(async ({parseAsync}) => {
      for (const {name, bytes} of workerData.documents) {
        parentPort.postMessage({started: name})
        try {
          await parseAsync(bytes)
          parentPort.postMessage({name, ok: true})
        } catch (error) {
          parentPort.postMessage({name, ok: false, code: error.code, message: error.message})
        }
      }
      parentPort.close()
    })
  `
  return new Promise((resolve, reject) => {
    const results: HeapResult[] = []
    let current = ''
    const worker = new Worker(code, {eval: true, workerData: {url: built.href, documents}, resourceLimits: {maxOldGenerationSizeMb: heapMb}})
    worker.on('message', (message: HeapResult | {started: string}) => {
      if ('started' in message) current = message.started
      else results.push(message)
    })
    worker.on('error', (error: Error & {code?: string}) => reject(new Error(`${current}: ${error.code ?? ''} ${error.message}`)))
    worker.on('exit', () => resolve(results))
  })
}
