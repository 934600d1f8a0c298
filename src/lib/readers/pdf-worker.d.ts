/** PDF.js's worker module, which `pdfjs-dist` ships without declarations; importing it sets `globalThis.pdfjsWorker`. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
