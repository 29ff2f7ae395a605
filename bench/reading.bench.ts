// The "with reading" part of `npm run bench:photos`, in a process of its own so that its peak RSS is that of a photo check
// with reading alone: a 12 MP JPEG of a synthetic ID card checked and read (the read running beside the check, as the
// documents step does it), against the same run's baseline of the check followed by the read; then RSS over
// BENCH_READS checks with reading in a row (it must stay flat). Budget: p50 ≤ 1 s with reading, peak RSS ≤ 400 MB.
// `dvbot check-photo --doc` itself (its own reader per run, as each command has: worker start and model load included)
// is timed against the same command as it was, the check and then the read.
// Run alone: node --import tsx bench/reading.bench.ts [CARD.jpg] [RUNS] (without a card, a 12 MP one is rendered first).
// Last line: one JSON object.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCheckPhoto } from '../src/commands/check-photo.ts';
import { inspectDocumentPhoto } from '../src/photos/inspect.ts';
import { createTextReader, type TextReader } from '../src/photos/read/reader.ts';
import { checkAndRead } from '../src/documents/reading/check-and-read.ts';
import { readDocument } from '../src/documents/reading/read-document.ts';

const READS_IN_A_ROW = Number(process.env.BENCH_READS ?? 100);
const rssMb = () => Math.round(process.memoryUsage().rss / 1048576);
const median = (xs: readonly number[]) => (xs.length ? Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!) : null);

type ReadingFigures = Record<string, number | string | null>;

/** Runs this file in a child process on `cardFile` and returns its figures (printed as they come). */
export function benchReadingApart(cardFile: string, runs: number): ReadingFigures {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), cardFile, String(runs)], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: process.env,
  });
  const lines = child.stdout.trim().split('\n');
  for (const line of lines.slice(0, -1)) console.log(line);
  if (child.status !== 0) throw new Error('the reading benchmark failed');
  return JSON.parse(lines.at(-1)!) as ReadingFigures;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** `dvbot check-photo FILE --doc id_card --json`, now (read beside the check) and as it was (check, then read). */
async function benchCommand(cardFile: string, card: Buffer, runs: number): Promise<ReadingFigures> {
  const silent = { out: () => undefined, err: () => undefined };
  const now = () => runCheckPhoto([cardFile, '--doc', 'id_card', '--json'], silent);
  const before = async () => {
    const reader = createTextReader({ timeoutMs: 60_000 });
    try {
      const report = await inspectDocumentPhoto(card, { doc: 'id_card', fileName: cardFile });
      return report.output ? await readDocument(reader, report.output.bytes, 'id_card') : undefined;
    } finally {
      await reader.close();
    }
  };
  await now();
  await before();
  const nowMs: number[] = [], beforeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    nowMs.push((await timed(now)).ms);
    beforeMs.push((await timed(before)).ms);
  }
  const [after, baseline] = [median(nowMs)!, median(beforeMs)!];
  console.log(`dvbot check-photo --doc id_card (own reader, model load included): median ${after} ms over ${runs} runs; as it was, check then read (same run): ${baseline} ms = ${(after / baseline).toFixed(2)}×`);
  return { command_check_photo_ms: after, command_check_then_read_ms: baseline };
}

async function benchReading(card: Buffer, runs: number): Promise<ReadingFigures> {
  const reader: TextReader = createTextReader({ timeoutMs: 60_000 });
  try {
    const check = (bytes: Buffer) => inspectDocumentPhoto(bytes, { doc: 'id_card', fileName: 'IMG_0101.JPG' });
    const read = (bytes: Buffer) => readDocument(reader, bytes, 'id_card');
    const oneAfterOther = async () => {
      const report = await check(card);
      return report.output ? read(report.output.bytes) : undefined;
    };
    const side = async () => (await checkAndRead(card, check, read)).reading;
    const first = await side();
    await oneAfterOther();
    const fields = first?.ok ? Object.keys(first.reading.fields).join(',') : 'none';
    console.log(`12 MP ID-card JPEG (${(card.length / 1048576).toFixed(2)} MB), check + read: fields read [${fields}]`);
    // Interleaved, so that the machine's load weighs on both alike.
    const sideMs: number[] = [], afterMs: number[] = [], readMs: number[] = [], checkMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = await timed(side);
      sideMs.push(s.ms);
      if (s.value?.ok) readMs.push(s.value.ms);
      afterMs.push((await timed(oneAfterOther)).ms);
      checkMs.push((await timed(() => check(card))).ms);
    }
    const [withReading, baseline] = [median(sideMs)!, median(afterMs)!];
    console.log(`JPEG check with reading (read beside the check): median ${withReading} ms over ${runs} runs; check then read (baseline, same run): ${baseline} ms = ${(withReading / baseline).toFixed(2)}×`);
    console.log(`  the check alone: median ${median(checkMs)} ms; the read alone (queue to answer): median ${median(readMs)} ms`);
    let rssAfter10 = 0;
    for (let i = 1; i <= READS_IN_A_ROW; i++) {
      await side();
      if (i === 10) rssAfter10 = rssMb();
    }
    const rssAfterAll = rssMb();
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(`RSS after 10 checks with reading ${rssAfter10} MB, after ${READS_IN_A_ROW} in a row ${rssAfterAll} MB; peak RSS of check + read ${peak} MB`);
    return {
      jpeg_check_with_reading_ms: withReading, jpeg_check_then_read_ms: baseline, jpeg_check_alone_ms: median(checkMs), reading_ms: median(readMs),
      reads_in_a_row: READS_IN_A_ROW, rss_after_10_reads_mb: rssAfter10, rss_after_all_reads_mb: rssAfterAll, reading_peak_rss_mb: peak,
    };
  } finally {
    await reader.close();
  }
}

/** Renders the 12 MP card photo the benchmarks read (in a process of its own: rendering does not count towards RSS). */
async function makeCard(file: string): Promise<void> {
  const { CHEN, photograph } = await import('../test/fixtures/reading/photos.ts');
  writeFileSync(file, await photograph(CHEN, { width: 4000, tilt: 3 }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--make-card') await makeCard(process.argv[3]!);
  else {
    let cardFile = process.argv[2];
    if (!cardFile) {
      cardFile = join(mkdtempSync(join(tmpdir(), 'dvbot-reading-bench-')), 'card.jpg');
      spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--make-card', cardFile], { stdio: 'inherit' });
    }
    const card = readFileSync(cardFile);
    const runs = Number(process.argv[3] ?? 9);
    const figures = await benchReading(card, runs);
    console.log(JSON.stringify({ ...figures, ...(await benchCommand(cardFile, card, runs)) }));
  }
}
