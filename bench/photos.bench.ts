// Photo-check benchmark: `npm run bench:photos`. Budget (DESIGN.md): 12 MP JPEG check ≤ 250 ms median and ≤ 2.5× a bare
// sharp decode of the same file; 12 MP HEIC ≤ 1.5 s; peak RSS ≤ 400 MB. Also: the HEIC check against a bare heic-decode
// of the same file, and four photos sent at once through the worker pool (its own process, for its own peak RSS).
// Last line: one JSON object.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import decodeHeic from 'heic-decode';
import sharp from 'sharp';
import { createPhotoInspector } from '../src/photos/inspector.ts';
import { inspectDocumentPhoto } from '../src/photos/inspect.ts';
import { benchReadingApart } from './reading.bench.ts';

const RUNS = 9;
const HEIC_RUNS = 5;

/** Builds the 12 MP inputs in a child process, so their rendering does not count towards this process's peak RSS. */
async function makeFixtures(dir: string): Promise<void> {
  const { asPhoneJpeg, shoot } = await import('../test/fixtures/photos/scene.ts');
  const scene = { width: 4000, height: 3000, cardWidth: 2300, angle: 4 };
  writeFileSync(join(dir, 'phone.jpg'), await shoot(scene, (i) => i, (i) => asPhoneJpeg(i).jpeg({ quality: 97 })));
  writeFileSync(join(dir, 'phone.png'), await shoot(scene, (i) => i, (i) => i.png({ compressionLevel: 1 })));
  const { CHEN, photograph } = await import('../test/fixtures/reading/photos.ts');
  writeFileSync(join(dir, 'card.jpg'), await photograph(CHEN, { width: 4000, tilt: 3 }));
  try {
    execFileSync('heif-enc', ['-q', '50', '-o', join(dir, 'phone.heic'), join(dir, 'phone.png')], { stdio: 'ignore' });
  } catch {
    // No HEVC encoder here: use the committed 12 MP HEIC of the same synthetic scene (made with heif-enc -q 50).
    copyFileSync(new URL('./fixtures/phone-12mp.heic', import.meta.url), join(dir, 'phone.heic'));
  }
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
}

async function bench(dir: string): Promise<void> {
  const jpeg = readFileSync(join(dir, 'phone.jpg'));
  const heic = (() => { try { return readFileSync(join(dir, 'phone.heic')); } catch { return undefined; } })();
  const check = await inspectDocumentPhoto(jpeg, { doc: 'id_card', fileName: 'IMG_0001.JPG' });
  console.log(`12 MP JPEG ${check.width}×${check.height}, ${(jpeg.length / 1048576).toFixed(2)} MB: ok=${check.ok} problems=[${check.problems.map((p) => p.code)}]`);
  const decodeMs = await median(RUNS, () => sharp(jpeg).raw().toBuffer());
  const checkMs = await median(RUNS, () => inspectDocumentPhoto(jpeg, { doc: 'id_card', fileName: 'IMG_0001.JPG' }));
  console.log(`JPEG bare sharp decode (full size, raw RGB): median ${decodeMs} ms over ${RUNS} runs`);
  console.log(`JPEG whole check (sniff, EXIF, decode, outline, blur/colour/glare, registrar JPEG): median ${checkMs} ms = ${(checkMs / decodeMs).toFixed(2)}× the decode`);
  let heicMs: number | null = null;
  let heicDecodeMs: number | null = null;
  if (heic) {
    const r = await inspectDocumentPhoto(heic, { doc: 'id_card' });
    console.log(`12 MP HEIC ${r.width}×${r.height}, ${(heic.length / 1048576).toFixed(2)} MB: ok=${r.ok} problems=[${r.problems.map((p) => p.code)}] output ${r.output?.bytes.length} bytes`);
    heicMs = await median(HEIC_RUNS, () => inspectDocumentPhoto(heic, { doc: 'id_card' }));
    console.log(`HEIC whole check (libheif decode + checks + JPEG encode): median ${heicMs} ms over ${HEIC_RUNS} runs`);
    heicDecodeMs = await median(HEIC_RUNS, () => decodeHeic({ buffer: heic }));
    console.log(`HEIC bare heic-decode (RGBA): median ${heicDecodeMs} ms = the check is ${(heicMs / heicDecodeMs).toFixed(2)}× the decode`);
  } else {
    console.log('HEIC: skipped, heif-enc (apt-get install libheif-examples) is not available to build a 12 MP HEIC');
  }
  const reading = benchReadingApart(join(dir, 'card.jpg'), RUNS);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`peak RSS ${peakRssMb} MB (sharp concurrency ${sharp.concurrency()})`);
  const together = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--together', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const four = JSON.parse(together.stdout.trim().split('\n').pop()!) as { ms: number; peak_rss_mb: number; ok: boolean[] };
  console.log(`4 photos at once (2 JPEG + 2 HEIC, worker pool): ${four.ms} ms, ok=${four.ok}, peak RSS ${four.peak_rss_mb} MB`);
  console.log(JSON.stringify({
    jpeg_check_ms: checkMs, jpeg_decode_ms: decodeMs, jpeg_ratio: Math.round((checkMs / decodeMs) * 100) / 100, heic_check_ms: heicMs, ...reading,
    heic_decode_ms: heicDecodeMs, peak_rss_mb: peakRssMb, four_at_once_ms: four.ms, four_at_once_peak_rss_mb: four.peak_rss_mb,
  }));
}

/** Four uploads sent together (front and back, twice), as a web-chat or Slack user can. */
async function together(dir: string): Promise<void> {
  const files = ['phone.jpg', 'phone.heic', 'phone.jpg', 'phone.heic'].map((f) => readFileSync(join(dir, f)));
  const photos = createPhotoInspector({ timeoutMs: 120_000 });
  const t = performance.now();
  const reports = await Promise.all(files.map((bytes) => photos.inspect(bytes, { doc: 'id_card' })));
  const ms = Math.round(performance.now() - t);
  await photos.close();
  console.log(JSON.stringify({ ms, ok: reports.map((r) => r.ok), peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

const makeAt = process.argv.indexOf('--make-fixtures');
const togetherAt = process.argv.indexOf('--together');
if (makeAt >= 0) {
  await makeFixtures(process.argv[makeAt + 1]!);
} else if (togetherAt >= 0) {
  await together(process.argv[togetherAt + 1]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-photo-bench-'));
  try {
    const made = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--make-fixtures', dir], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('could not build the benchmark images');
    await bench(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
