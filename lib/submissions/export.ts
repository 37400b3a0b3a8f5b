import type { StoredSubmission } from './repository';
import { columnsFor, exportParts, toRow, type ExportFormat } from './table';

/**
 * Submissions as a CSV, JSON or NDJSON byte stream. Rows are pulled from `rows` only as the reader
 * consumes the stream (the repository reads them in batches), so memory stays flat at any volume and every
 * row is written: there is no cap.
 */
export function exportStream(
  rows: AsyncIterable<StoredSubmission>,
  format: ExportFormat,
  purposeIds: readonly string[],
  fieldKeys: readonly string[],
): { contentType: string; body: ReadableStream<Uint8Array> } {
  const parts = exportParts(format, columnsFor(purposeIds, fieldKeys));
  const iterator = rows[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (parts.head) controller.enqueue(encoder.encode(parts.head));
    },
    async pull(controller) {
      // Up to 100 rows per chunk: few chunks, and the stream's queue bounds what is held in memory.
      let text = '';
      for (let i = 0; i < 100; i++) {
        const next = await iterator.next();
        if (next.done) {
          controller.enqueue(encoder.encode(text + parts.tail));
          controller.close();
          return;
        }
        text +=
          (first ? '' : parts.separator) + parts.row(toRow(next.value, purposeIds, fieldKeys));
        first = false;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
  return { contentType: parts.contentType, body };
}
