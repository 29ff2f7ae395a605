// The "with reading" part of `npm run bench:photos`: the photo check followed by reading the document, on a 12 MP JPEG of
// a synthetic ID card; then RSS over many reads in a row (it must stay flat). Budget: p50 ≤ 1 s with reading, peak RSS ≤ 400 MB.
import { inspectDocumentPhoto } from '../src/photos/inspect.ts';
import { createTextReader } from '../src/photos/read/reader.ts';
import { readDocument } from '../src/documents/reading/read-document.ts';

const READS_IN_A_ROW = Number(process.env.BENCH_READS ?? 100);
const rssMb = () => Math.round(process.memoryUsage().rss / 1048576);

/** Measures check + read on `card` (median of `runs`), the read alone, and RSS after 10 and after `BENCH_READS` reads. */
export async function benchReading(card: Buffer, runs: number): Promise<Record<string, number | string | null>> {
  const reader = createTextReader({ timeoutMs: 60_000 });
  try {
    const checkAndRead = async () => {
      const report = await inspectDocumentPhoto(card, { doc: 'id_card', fileName: 'IMG_0101.JPG' });
      return report.output ? readDocument(reader, report.output.bytes, 'id_card') : undefined;
    };
    const first = await checkAndRead();
    const fields = first?.ok ? Object.keys(first.reading.fields).join(',') : 'none';
    console.log(`12 MP ID-card JPEG (${(card.length / 1048576).toFixed(2)} MB), check + read: fields read [${fields}]`);
    const times: number[] = [];
    const readTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const attempt = await checkAndRead();
      times.push(performance.now() - t);
      if (attempt?.ok) readTimes.push(attempt.ms);
    }
    const med = (xs: number[]) => (xs.length ? Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!) : null);
    console.log(`JPEG check with reading: median ${med(times)} ms over ${runs} runs (the reading alone: median ${med(readTimes)} ms)`);
    const output = (await inspectDocumentPhoto(card, { doc: 'id_card' })).output!.bytes;
    let rssAfter10 = 0;
    for (let i = 1; i <= READS_IN_A_ROW; i++) {
      await readDocument(reader, output, 'id_card');
      if (i === 10) rssAfter10 = rssMb();
    }
    const rssAfterAll = rssMb();
    console.log(`RSS after 10 reads ${rssAfter10} MB, after ${READS_IN_A_ROW} reads in a row ${rssAfterAll} MB`);
    return { jpeg_check_with_reading_ms: med(times), reading_ms: med(readTimes), reads_in_a_row: READS_IN_A_ROW, rss_after_10_reads_mb: rssAfter10, rss_after_all_reads_mb: rssAfterAll };
  } finally {
    await reader.close();
  }
}
