// Photo-check benchmark: `npm run bench:photos`. Budgets: 12 MP JPEG check ≤ 1.5× a bare sharp decode of the
// same file; 12 MP HEIC ≤ 1.2 s; peak RSS of the checks ≤ 400 MB. Also: the HEIC check against a bare heic-decode of the
// same file, and four photos sent at once through the worker pool. Each check and its baseline run in alternation, so a
// machine that is busy with something else slows both alike; peak RSS is measured in child processes that only check.
// With DVBOT_PHOTO_CALIBRATION set, a real 12 MP phone HEIC from that set (a grid of HEVC tiles, as phones write them;
// the synthetic one is a single HEVC picture) is measured the same way. Last line: one JSON object.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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
  const grid = await phoneGridHeic();
  if (grid) copyFileSync(grid, join(dir, 'phone-grid.heic'));
}

/** The first HEIC of at least 12 MP in the calibration set (phone photos there are tiled grids), if the set is here. */
async function phoneGridHeic(): Promise<string | undefined> {
  const set = process.env.DVBOT_PHOTO_CALIBRATION;
  if (!set || !existsSync(set)) return undefined;
  for (const name of readdirSync(set).filter((f) => /\.heic$/i.test(f)).sort()) {
    const meta = await sharp(join(set, name)).metadata().catch(() => undefined);
    if (meta?.width && meta.height && meta.width * meta.height >= 12_000_000) return join(set, name);
  }
  return undefined;
}

/** Medians of wall-clock and CPU time (all threads of this process: on a loaded machine the steadier of the two). */
type Stat = { median: number; cpu: number; times: number[] };

/** Runs `a` and `b` in alternation (after one warm-up each) and returns the medians of each. */
async function paired(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[Stat, Stat]> {
  await a();
  await b();
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const t = performance.now();
      const c = process.cpuUsage();
      await fn();
      const used = process.cpuUsage(c);
      wall[k]!.push(performance.now() - t);
      cpu[k]!.push((used.user + used.system) / 1000);
    }
  }
  return [stat(wall[0], cpu[0]), stat(wall[1], cpu[1])];
}

const mid = (xs: number[]) => Math.round([...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]! * 10) / 10;
const stat = (wall: number[], cpu: number[]): Stat => ({ median: mid(wall), cpu: mid(cpu), times: [...wall].sort((x, y) => x - y).map(Math.round) });
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Runs this file again with `flag` in a fresh process and returns its last line, parsed. */
function child<T>(flag: string, dir: string): T {
  const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, flag, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

async function bench(dir: string): Promise<void> {
  const jpeg = readFileSync(join(dir, 'phone.jpg'));
  const heic = (() => { try { return readFileSync(join(dir, 'phone.heic')); } catch { return undefined; } })();
  const check = await inspectDocumentPhoto(jpeg, { doc: 'id_card', fileName: 'IMG_0001.JPG' });
  console.log(`12 MP JPEG ${check.width}×${check.height}, ${(jpeg.length / 1048576).toFixed(2)} MB: ok=${check.ok} problems=[${check.problems.map((p) => p.code)}]`);
  const [jpegCheck, jpegDecode] = await paired(RUNS, () => inspectDocumentPhoto(jpeg, { doc: 'id_card', fileName: 'IMG_0001.JPG' }), () => sharp(jpeg).raw().toBuffer());
  console.log(`JPEG bare sharp decode (full size, raw RGB): median ${jpegDecode.median} ms over ${RUNS} runs [${jpegDecode.times}], CPU ${jpegDecode.cpu} ms`);
  console.log(`JPEG whole check (sniff, EXIF, decode, outline, blur/colour/glare, registrar JPEG): median ${jpegCheck.median} ms [${jpegCheck.times}], CPU ${jpegCheck.cpu} ms = ${ratio(jpegCheck.median, jpegDecode.median)}× the decode (CPU: ${ratio(jpegCheck.cpu, jpegDecode.cpu)}×)`);
  let heicCheck: Stat | undefined;
  let heicDecode: Stat | undefined;
  if (heic) {
    const r = await inspectDocumentPhoto(heic, { doc: 'id_card' });
    console.log(`12 MP HEIC ${r.width}×${r.height}, ${(heic.length / 1048576).toFixed(2)} MB: ok=${r.ok} problems=[${r.problems.map((p) => p.code)}] output ${r.output?.bytes.length} bytes`);
    [heicCheck, heicDecode] = await paired(HEIC_RUNS, () => inspectDocumentPhoto(heic, { doc: 'id_card' }), () => decodeHeic({ buffer: heic }));
    console.log(`HEIC whole check (libheif decode + checks + JPEG encode): median ${heicCheck.median} ms over ${HEIC_RUNS} runs [${heicCheck.times}], CPU ${heicCheck.cpu} ms`);
    console.log(`HEIC bare heic-decode (RGBA): median ${heicDecode.median} ms [${heicDecode.times}], CPU ${heicDecode.cpu} ms = the check is ${ratio(heicCheck.median, heicDecode.median)}× the decode (CPU: ${ratio(heicCheck.cpu, heicDecode.cpu)}×)`);
  } else {
    console.log('HEIC: skipped, heif-enc (apt-get install libheif-examples) is not available to build a 12 MP HEIC');
  }
  const grid = existsSync(join(dir, 'phone-grid.heic')) ? readFileSync(join(dir, 'phone-grid.heic')) : undefined;
  let gridCheck: Stat | undefined;
  let gridDecode: Stat | undefined;
  if (grid) {
    const r = await inspectDocumentPhoto(grid, { doc: 'id_card' });
    console.log(`phone HEIC (calibration set) ${r.width}×${r.height}, ${(grid.length / 1048576).toFixed(2)} MB: ok=${r.ok} problems=[${r.problems.map((p) => p.code)}]`);
    [gridCheck, gridDecode] = await paired(HEIC_RUNS, () => inspectDocumentPhoto(grid, { doc: 'id_card' }), () => decodeHeic({ buffer: grid }));
    console.log(`phone HEIC whole check: median ${gridCheck.median} ms [${gridCheck.times}], CPU ${gridCheck.cpu} ms; bare heic-decode: median ${gridDecode.median} ms [${gridDecode.times}], CPU ${gridDecode.cpu} ms = ${ratio(gridCheck.median, gridDecode.median)}× the decode`);
  }
  const checks = child<{ peak_rss_mb: number; runs: number }>('--checks-rss', dir);
  console.log(`peak RSS of the photo checks alone (fresh process, ${checks.runs} rounds of JPEG, HEIC${grid ? ' and phone HEIC' : ''} checks): ${checks.peak_rss_mb} MB`);
  const reading = benchReadingApart(join(dir, 'card.jpg'), RUNS);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`peak RSS of this process (checks, bare heic-decode, text reading) ${peakRssMb} MB (sharp concurrency ${sharp.concurrency()})`);
  const four = child<{ ms: number; peak_rss_mb: number; ok: boolean[]; workers: number }>('--together', dir);
  console.log(`4 photos at once (2 JPEG + 2 HEIC, worker pool of ${four.workers}): ${four.ms} ms, ok=${four.ok}, peak RSS ${four.peak_rss_mb} MB`);
  console.log(JSON.stringify({
    jpeg_check_ms: jpegCheck.median, jpeg_decode_ms: jpegDecode.median, jpeg_ratio: ratio(jpegCheck.median, jpegDecode.median), jpeg_cpu_ratio: ratio(jpegCheck.cpu, jpegDecode.cpu),
    heic_check_ms: heicCheck?.median ?? null, ...reading, heic_decode_ms: heicDecode?.median ?? null,
    heic_ratio: heicCheck && heicDecode ? ratio(heicCheck.median, heicDecode.median) : null, heic_cpu_ratio: heicCheck && heicDecode ? ratio(heicCheck.cpu, heicDecode.cpu) : null,
    phone_heic_check_ms: gridCheck?.median ?? null, phone_heic_decode_ms: gridDecode?.median ?? null,
    phone_heic_ratio: gridCheck && gridDecode ? ratio(gridCheck.median, gridDecode.median) : null,
    checks_peak_rss_mb: checks.peak_rss_mb, peak_rss_mb: peakRssMb, four_at_once_ms: four.ms, four_at_once_peak_rss_mb: four.peak_rss_mb,
  }));
}

/** Photo checks only, in a row, in a fresh process: the peak RSS they need on their own. */
async function checksRss(dir: string): Promise<void> {
  const files = ['phone.jpg', 'phone.heic', 'phone-grid.heic'].filter((f) => existsSync(join(dir, f))).map((f) => readFileSync(join(dir, f)));
  const runs = 4;
  for (let i = 0; i < runs; i++) for (const bytes of files) await inspectDocumentPhoto(bytes, { doc: 'id_card' });
  console.log(JSON.stringify({ runs, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

/** Four uploads sent together (front and back, twice), as a web-chat or Slack user can. */
async function together(dir: string): Promise<void> {
  const files = ['phone.jpg', 'phone.heic', 'phone.jpg', 'phone.heic'].map((f) => readFileSync(join(dir, f)));
  const workers = Math.max(1, Math.min(4, availableParallelism() - 1));
  const photos = createPhotoInspector({ workers, timeoutMs: 120_000 });
  const t = performance.now();
  const reports = await Promise.all(files.map((bytes) => photos.inspect(bytes, { doc: 'id_card' })));
  const ms = Math.round(performance.now() - t);
  await photos.close();
  console.log(JSON.stringify({ ms, workers, ok: reports.map((r) => r.ok), peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

const makeAt = process.argv.indexOf('--make-fixtures');
const togetherAt = process.argv.indexOf('--together');
const rssAt = process.argv.indexOf('--checks-rss');
if (makeAt >= 0) {
  await makeFixtures(process.argv[makeAt + 1]!);
} else if (togetherAt >= 0) {
  await together(process.argv[togetherAt + 1]!);
} else if (rssAt >= 0) {
  await checksRss(process.argv[rssAt + 1]!);
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
